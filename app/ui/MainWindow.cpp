#include "ui/MainWindow.h"

#include "document/NetworkTemplates.h"
#include "document/ProjectDocument.h"
#include "ui/LanguageManager.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PaletteMime.h"
#include "ui/panels/IssuesPanel.h"
#include "ui/panels/PalettePanel.h"
#include "ui/panels/PropertiesPanel.h"
#include "ui/PresentationController.h"
#include "ui/ControlHelp.h"
#include "ui/ProjectSession.h"
#include "ui/TrainingWorkspace.h"
#include "ui/concepts/ConceptLibrary.h"
#include "ui/lessons/LessonController.h"
#include "ui/panels/ConceptsPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QWhatsThis>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QSettings>

#include <algorithm>

namespace {
// Bump when the docks change, so that an old saved layout is not applied to a new set of docks.
constexpr int kLayoutVersion = 3;
} // namespace

// The document is a child, so ~QWidget destroys it after this class and the session are half gone; its
// undo stack signals while it clears itself, and those signals must not reach them (UBSan's finding).
MainWindow::~MainWindow() { m_document->undoStack()->disconnect(); }

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_languages(languages) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/neurona.svg")));
  setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

  // The first start shows the tutorial network, so there is something to press Play on.
  m_document = new ProjectDocument(this);
  m_document->resetNetwork(NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
  m_canvas = new NetworkView(m_document, this);
  setCentralWidget(m_canvas);

  createActions();
  createMenus();
  createDocks();
  createCanvasUi();
  // Data, training, loss and boundary docks, the Train actions and the canvas internals (issue 7).
  m_training = new TrainingWorkspace(this, m_document, m_canvas,
                                     {m_datasetDock, m_trainingDock, m_lossDock, m_boundaryDock},
                                     {m_playAction, m_stepAction, m_resetAction});
  // Full screen, text size and colours for a projector: at the end of the View menu.
  m_presentation = new PresentationController(this);
  m_viewMenu->addSeparator();
  m_presentation->addActionsTo(m_viewMenu);
  // Ctrl+= / Ctrl+- scale the fonts and the canvas together (issue 8), so they are the presentation
  // controller's; the canvas's own zoom entries keep Ctrl+wheel and their menu items.
  m_zoomInAction->setShortcut(QKeySequence());
  m_zoomOutAction->setShortcut(QKeySequence());
  connect(m_presentation, &PresentationController::scaleChanged, m_canvas,
          [this, previous = m_presentation->scale()](double scale) mutable {
            m_canvas->zoomBy(scale / previous);
            previous = scale;
          });
  // Focusing a control shows the idea behind it (learning rate, batch size, the optimizer …).
  connect(ControlHelp::instance(), &ControlHelp::conceptRequested, m_conceptsPanel,
          [this](const QString& key) { m_conceptsPanel->showConcept(key); });
  // Selecting a layer shows what it is about: its activation, or the dropout / batch norm entry.
  connect(m_canvas->networkScene(), &NetworkScene::currentLayerChanged, m_conceptsPanel,
          [this](neurona::LayerId id) {
            if (const neurona::LayerSpec* l = m_document->layer(id))
              m_conceptsPanel->showConcept(ConceptLibrary::keyForLayer(*l));
          });

  // New, Open, Save, recent files, unsaved-changes prompts and autosave.
  m_session = new ProjectSession(this, m_training, m_document);
  connect(m_session, &ProjectSession::projectOpened, this, &MainWindow::projectOpened);
  setAcceptDrops(true);
  // Lessons: the controller owns its dock and fills File ▸ Lessons.
  new LessonController(this, m_languages);

  m_statusLabel = new QLabel(this);
  statusBar()->addPermanentWidget(m_statusLabel);

  buildFileMenu();
  retranslateUi();
  arrangeDocks();
}

void MainWindow::buildFileMenu() {
  m_fileMenu->clear();
  m_session->addOpenActionsTo(m_fileMenu);
  m_fileMenu->addMenu(m_templatesMenu);
  m_fileMenu->addMenu(m_lessonsMenu);
  m_fileMenu->addSeparator();
  m_session->addSaveActionsTo(m_fileMenu);
  m_fileMenu->addAction(m_exportCanvasAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quitAction);
}

void MainWindow::arrangeDocks() {
  // The side columns run the full height, so the bottom docks sit under the canvas only.
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  // Long panels scroll instead of forcing a window taller than a laptop or projector screen.
  // The side column keeps its content's width and scrolls vertically; the panels under the canvas
  // scroll both ways, so that no dock can push the window wider than the screen.
  for (QDockWidget* dock : {m_datasetDock, m_paletteDock, m_propertiesDock, m_trainingDock}) {
    if (qobject_cast<QScrollArea*>(dock->widget())) continue;
    const bool side = dock == m_datasetDock || dock == m_paletteDock;
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(dock->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QWidget* content = dock->widget();
    scroll->setWidget(content);
    if (side) {
      scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
      scroll->setMinimumWidth(content->minimumSizeHint().width() +
                              scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    }
    dock->setWidget(scroll);
  }
  // Under the canvas: Properties and Problems share one tab group, Training (with Play) stands beside it.
  removeDockWidget(m_trainingDock);
  tabifyDockWidget(m_propertiesDock, m_issuesDock);
  m_propertiesDock->raise();
  addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock, Qt::Horizontal);
  m_trainingDock->show();

  const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                        : QRect(0, 0, 1600, 1000);
  resize(std::min(1600, screen.width() * 19 / 20), std::min(1000, screen.height() * 19 / 20));
  const int side = std::clamp(width() / 5, 300, 360);
  resizeDocks({m_datasetDock, m_boundaryDock}, {side, std::clamp(width() * 2 / 7, 320, 480)}, Qt::Horizontal);
  resizeDocks({m_propertiesDock, m_trainingDock}, {1, 2}, Qt::Horizontal);
  resizeDocks({m_trainingDock}, {height() / 3}, Qt::Vertical);
}

bool MainWindow::restoreLayout() {
  const QSettings settings;
  const bool geometry = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  const bool state = restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
  return geometry && state;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (m_session && !m_session->confirmClose()) {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
  QMainWindow::closeEvent(event);
}

void MainWindow::createActions() {
  m_quitAction = new QAction(this);
  m_quitAction->setShortcut(QKeySequence::Quit);
  m_quitAction->setMenuRole(QAction::QuitRole);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

  // Training is not wired yet: these stay disabled until the training controller exists.
  m_playAction = new QAction(this);
  m_playAction->setShortcut(Qt::Key_Space);
  m_playAction->setEnabled(false);
  m_stepAction = new QAction(this);
  m_stepAction->setShortcut(Qt::Key_Right);
  m_stepAction->setEnabled(false);
  m_resetAction = new QAction(this);
  m_resetAction->setShortcut(Qt::Key_R);
  m_resetAction->setEnabled(false);

  auto* languages = new QActionGroup(this);
  m_englishAction = new QAction(languages);
  m_spanishAction = new QAction(languages);
  for (QAction* a : {m_englishAction, m_spanishAction}) a->setCheckable(true);
  m_englishAction->setData(QStringLiteral("en"));
  m_spanishAction->setData(QStringLiteral("es"));
  (m_languages && m_languages->language() == QStringLiteral("es") ? m_spanishAction : m_englishAction)
      ->setChecked(true);
  connect(languages, &QActionGroup::triggered, this, [this](QAction* a) {
    if (m_languages) m_languages->setLanguage(a->data().toString());
  });

  m_aboutAction = new QAction(this);
  m_aboutAction->setMenuRole(QAction::AboutRole);
  connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
  m_aboutQtAction = new QAction(this);
  m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
  connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
  m_lessonsMenu = new QMenu(this); // buildFileMenu() places it
  m_lessonsMenu->setObjectName(QStringLiteral("lessonsMenu"));

  m_editMenu = menuBar()->addMenu(QString());
  m_editMenu->setObjectName(QStringLiteral("editMenu"));

  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

  m_trainMenu = menuBar()->addMenu(QString());
  m_trainMenu->setObjectName(QStringLiteral("trainMenu"));
  m_trainMenu->addAction(m_playAction);
  m_trainMenu->addAction(m_stepAction);
  m_trainMenu->addAction(m_resetAction);

  m_languageMenu = menuBar()->addMenu(QString());
  m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
  m_languageMenu->addAction(m_englishAction);
  m_languageMenu->addAction(m_spanishAction);

  m_helpMenu = menuBar()->addMenu(QString());
  m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
  m_whatsThisAction = QWhatsThis::createAction(this);
  m_whatsThisAction->setObjectName(QStringLiteral("whatsThisAction"));
  m_helpMenu->addAction(m_whatsThisAction);
  m_helpMenu->addSeparator();
  m_helpMenu->addAction(m_aboutAction);
  m_helpMenu->addAction(m_aboutQtAction);
}

QDockWidget* MainWindow::addDock(const QString& objectName, Qt::DockWidgetArea area) {
  auto* dock = new QDockWidget(this);
  dock->setObjectName(objectName);
  dock->setWidget(new QWidget(dock));
  addDockWidget(area, dock);
  m_viewMenu->addAction(dock->toggleViewAction());
  return dock;
}

void MainWindow::createDocks() {
  m_datasetDock = addDock(QStringLiteral("datasetDock"), Qt::LeftDockWidgetArea);
  m_paletteDock = addDock(QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
  m_boundaryDock = addDock(QStringLiteral("boundaryDock"), Qt::RightDockWidgetArea);
  m_lossDock = addDock(QStringLiteral("lossDock"), Qt::RightDockWidgetArea);
  m_propertiesDock = addDock(QStringLiteral("propertiesDock"), Qt::BottomDockWidgetArea);
  m_trainingDock = addDock(QStringLiteral("trainingDock"), Qt::BottomDockWidgetArea);
  splitDockWidget(m_propertiesDock, m_trainingDock, Qt::Horizontal);
  m_conceptsDock = addDock(QStringLiteral("conceptsDock"), Qt::RightDockWidgetArea);
  delete m_conceptsDock->widget();
  m_conceptsPanel = new ConceptsPanel(m_conceptsDock);
  m_conceptsDock->setWidget(m_conceptsPanel);
  tabifyDockWidget(m_lossDock, m_conceptsDock);
  m_lossDock->raise(); // the loss plot stays in front; Concepts is one click away
  resizeDocks({m_datasetDock, m_boundaryDock}, {280, 420}, Qt::Horizontal);
}

void MainWindow::retranslateUi() {
  if (m_session) m_session->retranslate();
  if (m_training) m_training->retranslate();
  m_fileMenu->setTitle(tr("&File"));
  m_editMenu->setTitle(tr("&Edit"));
  m_viewMenu->setTitle(tr("&View"));
  m_trainMenu->setTitle(tr("&Train"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));

  m_quitAction->setText(tr("&Quit"));
  m_lessonsMenu->setTitle(tr("&Lessons"));
  m_playAction->setText(tr("&Play / Pause"));
  m_stepAction->setText(tr("&Step One Epoch"));
  m_resetAction->setText(tr("&Reset"));
  m_englishAction->setText(QStringLiteral("English"));   // language names stay in their own language
  m_spanishAction->setText(QStringLiteral("Español"));
  m_aboutAction->setText(tr("&About Neurona"));
  m_whatsThisAction->setText(tr("What's &This?"));
  m_whatsThisAction->setStatusTip(tr("Click a control afterwards to read the idea behind it."));
  m_aboutQtAction->setText(tr("About &Qt"));

  m_paletteDock->setWindowTitle(tr("Layers"));
  m_propertiesDock->setWindowTitle(tr("Properties"));
  m_datasetDock->setWindowTitle(tr("Data"));
  m_trainingDock->setWindowTitle(tr("Training"));
  m_lossDock->setWindowTitle(tr("Loss"));
  m_boundaryDock->setWindowTitle(tr("Decision Boundary"));
  m_conceptsDock->setWindowTitle(tr("Concepts"));
  retranslateCanvasUi();
  m_statusLabel->setText(tr("Ready"));
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::showAbout() {
  QMessageBox::about(
      this, tr("About Neurona"),
      tr("<h3>Neurona %1</h3>"
         "<p>Build small neural networks by dragging layers, train them on 2D data while you watch, "
         "and export the trained model.</p>"
         "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
         "<p>Built with Qt %2, QCustomPlot, Eigen, nlohmann-json, ONNX and protobuf.</p>")
          .arg(QStringLiteral(NEURONA_VERSION), QString::fromLatin1(qVersion())));
}

// --- network canvas wiring ---

void MainWindow::createCanvasUi() {
  NetworkScene* scene = m_canvas->networkScene();
  QUndoStack* stack = m_document->undoStack();

  m_undoAction = new QAction(this);
  m_undoAction->setObjectName(QStringLiteral("undoAction"));
  m_undoAction->setShortcut(QKeySequence::Undo);
  connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
  m_redoAction = new QAction(this);
  m_redoAction->setObjectName(QStringLiteral("redoAction"));
  m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
  connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
  connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
  connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoTexts);

  // Canvas-only keys: active while the canvas has focus, shown in the menus for discovery.
  const auto canvasAction = [this](const QKeySequence& key, auto slot) {
    auto* a = new QAction(this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_canvas->addAction(a);
    connect(a, &QAction::triggered, m_canvas, slot);
    return a;
  };
  m_deleteAction = canvasAction(QKeySequence::Delete, &NetworkView::deleteSelection);
  m_duplicateAction = canvasAction(QKeySequence(Qt::CTRL | Qt::Key_D), &NetworkView::duplicateSelection);
  m_fitAction = canvasAction(QKeySequence(Qt::Key_F), &NetworkView::fitNetwork);
  m_zoomInAction = new QAction(this);
  m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
  connect(m_zoomInAction, &QAction::triggered, m_canvas, [this] { m_canvas->zoomBy(1.25); });
  m_zoomOutAction = new QAction(this);
  m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
  connect(m_zoomOutAction, &QAction::triggered, m_canvas, [this] { m_canvas->zoomBy(0.8); });
  m_exportCanvasAction = new QAction(this);
  connect(m_exportCanvasAction, &QAction::triggered, m_canvas, &NetworkView::exportWithDialog);

  m_editMenu->addAction(m_undoAction);
  m_editMenu->addAction(m_redoAction);
  m_editMenu->addSeparator();
  m_editMenu->addAction(m_duplicateAction);
  m_editMenu->addAction(m_deleteAction);

  // Templates live in the File menu: choosing one is like starting a new network.
  m_templatesMenu = new QMenu(this);
  m_templatesMenu->setObjectName(QStringLiteral("templatesMenu"));
  for (NetworkTemplate t : NetworkTemplates::all()) {
    QAction* a = m_templatesMenu->addAction(QString());
    a->setData(static_cast<int>(t));
    connect(a, &QAction::triggered, this, [this, t] {
      NetworkTemplates::apply(*m_document, t);
      m_canvas->fitNetwork();
    });
    m_templateActions << a;
  }

  QAction* firstDock = m_viewMenu->actions().value(0);
  for (QAction* a : {m_zoomInAction, m_zoomOutAction, m_fitAction}) m_viewMenu->insertAction(firstDock, a);
  m_viewMenu->insertSeparator(firstDock);

  m_palette = new PalettePanel(m_paletteDock);
  m_paletteDock->setWidget(m_palette);
  m_properties = new PropertiesPanel(m_document, m_propertiesDock);
  m_propertiesDock->setWidget(m_properties);
  m_issuesDock = addDock(QStringLiteral("issuesDock"), Qt::BottomDockWidgetArea);
  m_issues = new IssuesPanel(m_document, m_issuesDock);
  m_issuesDock->setWidget(m_issues);
  splitDockWidget(m_propertiesDock, m_issuesDock, Qt::Horizontal);

  connect(scene, &NetworkScene::currentLayerChanged, m_properties, &PropertiesPanel::setLayer);
  connect(m_canvas, &NetworkView::layerActivated, this, [this](neurona::LayerId id) { showLayerProperties(id); });
  connect(m_canvas, &NetworkView::statusMessage, this, [this](const QString& text) {
    statusBar()->showMessage(text, 4000);
  });
  connect(m_issues, &IssuesPanel::layerClicked, this, [this, scene](neurona::LayerId id) {
    scene->selectOnly(id);
    if (LayerBlockItem* b = scene->block(id)) m_canvas->ensureVisible(b);
  });
  connect(m_palette, &PalettePanel::blockChosen, this,
          [this](PaletteBlock b) { addLayerFromPalette(static_cast<int>(b)); });
  connect(m_palette, &PalettePanel::activationChosen, this, [this, scene](neurona::ActivationKind a) {
    const neurona::LayerSpec* l = m_document->layer(scene->currentLayer());
    if (l && l->type == neurona::LayerType::Dense)
      m_document->setLayerProperty(l->id, LayerProperty::Activation, static_cast<int>(a));
    else
      statusBar()->showMessage(tr("Select a Dense layer first, or drop the activation onto one."), 4000);
  });
}

void MainWindow::addLayerFromPalette(int paletteBlock) {
  const auto b = static_cast<PaletteBlock>(paletteBlock);
  const auto spec = PaletteMime::layerFor(b, *m_document);
  if (!spec) {
    statusBar()->showMessage(tr("The input layer is always there: its size comes from the data set."), 4000);
    return;
  }
  // Hidden layers go just before the output; an output layer goes last.
  const int out = m_document->network().outputIndex();
  const int index = b == PaletteBlock::Output || out < 0 ? m_document->layerCount() : out;
  m_canvas->networkScene()->selectOnly(m_document->insertLayer(index, *spec));
}

void MainWindow::showLayerProperties(unsigned layerId) {
  m_canvas->networkScene()->selectOnly(layerId);
  m_propertiesDock->show();
  m_propertiesDock->raise();
  m_properties->setLayer(layerId);
  m_properties->focusFirstEditor();
}

void MainWindow::updateUndoTexts() {
  QUndoStack* stack = m_document->undoStack();
  m_undoAction->setEnabled(stack->canUndo());
  m_redoAction->setEnabled(stack->canRedo());
  m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
  m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::retranslateCanvasUi() {
  updateUndoTexts();
  m_deleteAction->setText(tr("&Delete Layer"));
  m_duplicateAction->setText(tr("D&uplicate Layer"));
  m_zoomInAction->setText(tr("Zoom &In"));
  m_zoomOutAction->setText(tr("Zoom &Out"));
  m_fitAction->setText(tr("Fit Net&work to View"));
  m_exportCanvasAction->setText(tr("&Export Network Picture…"));
  m_templatesMenu->setTitle(tr("New from &Template"));
  for (QAction* a : m_templateActions) {
    const auto t = static_cast<NetworkTemplate>(a->data().toInt());
    a->setText(NetworkTemplates::name(t));
    a->setStatusTip(NetworkTemplates::description(t));
  }
  m_issuesDock->setWindowTitle(tr("Problems"));
}

bool MainWindow::openProjectFile(const QString& path) { return m_session->openProject(path); }

namespace {
QString droppedFile(const QMimeData* mime) {
  if (!mime || !mime->hasUrls()) return {};
  for (const QUrl& url : mime->urls()) {
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    if (url.isLocalFile() && (suffix == QLatin1String("neurona") || suffix == QLatin1String("csv") ||
                              suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")))
      return url.toLocalFile();
  }
  return {};
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (!droppedFile(event->mimeData()).isEmpty())
    event->acceptProposedAction();
  else
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QString path = droppedFile(event->mimeData());
  if (path.isEmpty()) {
    QMainWindow::dropEvent(event);
    return;
  }
  event->acceptProposedAction();
  activateWindow();
  // Opening may ask about unsaved changes: not inside the drag-and-drop handler, which would keep
  // the source application waiting.
  QTimer::singleShot(0, this, [this, path] { m_session->open(path); });
}
