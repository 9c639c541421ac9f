#include "ui/shell/MainWindow.h"
#include "training/SweepController.h"
#include "ui/experiments/ExperimentBoard.h"
#include "ui/export/ModelExport.h"

#include "model/NetworkTemplates.h"
#include "model/Project.h"
#include "training/HealthMonitor.h"
#include "training/TrainingController.h"
#include "ui/canvas/CanvasInternals.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PaletteMime.h"
#include "ui/canvas/PalettePanel.h"
#include "ui/canvas/PropertiesPanel.h"
#include "ui/canvas/WeightEditor.h"
#include "ui/code/CodeView.h"
#include "ui/concepts/ConceptLibrary.h"
#include "ui/concepts/ConceptsPanel.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/data/DatasetPanel.h"
#include "ui/explain/ExplainOverlay.h"
#include "ui/explain/ExplainPanel.h"
#include "ui/glassbox/LayerMapView.h"
#include "ui/glassbox/LossLandscapeView.h"
#include "ui/health/TrainingHealthView.h"
#include "ui/images/ImagesView.h"
#include "ui/lessons/LessonController.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/BoundaryView.h"
#include "ui/plots/CurvesView.h"
#include "ui/plots/LossPlot.h"
#include "ui/problems/IssuesPanel.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/PresentationController.h"
#include "ui/shell/StatusSummary.h"
#include "ui/training/RunBar.h"
#include "ui/training/RunMessages.h"
#include "ui/training/TrainingPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QWhatsThis>

#include <algorithm>

namespace {
// The left column's heights in percent: the data (or a lesson's text), the layers, and Problems, which
// keeps room for a problem and its fix button at 1280 × 720.
const QList<int> kLeftColumnShares = {40, 28, 32};

// Bump when the docks change, so that an old saved layout is not applied to a new set of docks.
constexpr int kLayoutVersion = 4; // 4: the classroom layout of issue #17
} // namespace

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_languages(languages) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/neurona.svg")));
  setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

  // The one document, and the training that follows it. A new project is the tutorial network.
  m_project = new Project(this);
  m_controller = new TrainingController(m_project, this);
  m_canvas = new NetworkView(m_project, this);
  setCentralWidget(m_canvas);

  createActions();
  createMenus();
  createViews();

  // Full screen, text size and colours for a projector: at the end of the View menu.
  m_presentation = new PresentationController(this);
  m_viewMenu->addSeparator();
  m_viewMenu->addAction(m_boardAction);
  m_resetLayoutAction = m_viewMenu->addAction(QString());
  m_resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));
  connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::arrangeDocks);
  m_viewMenu->addSeparator();
  m_presentation->addActionsTo(m_viewMenu);
  // After the panels have taken the new text size.
  connect(m_presentation, &PresentationController::scaleChanged, this,
          [this] { QTimer::singleShot(0, this, &MainWindow::fitColumnsToText); });
  // Ctrl+= / Ctrl+- scale the fonts and the canvas together, so they are the presentation controller's;
  // the canvas's own zoom entries keep Ctrl+wheel and their menu items.
  m_zoomInAction->setShortcut(QKeySequence());
  m_zoomOutAction->setShortcut(QKeySequence());

  m_files = new FileActions(this, m_project);
  m_modelExport = new ModelExport(this, m_project);
  m_lessons = new LessonController(this, m_project, m_files, m_languages, m_lessonsMenu, m_datasetDock);
  connect(m_lessons, &LessonController::lessonShown, this, [this] { shareLeftColumn(true); });
  connect(m_lessons, &LessonController::lessonHidden, this, [this] { shareLeftColumn(false); });
  connect(m_lessons, &LessonController::conceptRequested, this, [this](const QString& key) {
    if (m_conceptsPanel->showConcept(key)) {
      m_conceptsDock->show();
      m_conceptsDock->raise();
    }
  });
  setAcceptDrops(true);

  m_summary = new StatusSummary(m_project, m_controller, this);
  statusBar()->addPermanentWidget(m_summary);
  m_statusLabel = new QLabel(this);
  statusBar()->addPermanentWidget(m_statusLabel);
  // A message is read whole: one too long to fit beside the run's summary (the end of a run, in Spanish,
  // with presentation mode's large text) hides the summary while it shows.
  connect(statusBar(), &QStatusBar::messageChanged, this, &MainWindow::makeRoomForMessage);
  m_runMessages = new RunMessages(m_project, m_controller, this);

  connect(m_project, &Project::locksChanged, this, &MainWindow::updateEditActions);
  buildFileMenu();
  retranslateUi();
  // The whole screen, as a class sees it on a projector (main() shows the window maximised on a first
  // start; without a window manager that does nothing, and this size stands).
  if (const QScreen* screen = QGuiApplication::primaryScreen()) resize(screen->availableGeometry().size());
  arrangeDocks();
}

// Children are destroyed after this class is gone; the project's undo stack and the controller signal
// while they go, and those signals must not reach a half-destroyed window.
MainWindow::~MainWindow() {
  m_controller->disconnect();
  m_controller->stop();
  m_project->undoStack()->disconnect();
  m_project->disconnect();
  // Docks hide while the window's children go; their handlers read members that are gone by then.
  for (QDockWidget* dock : m_onDemandDocks) dock->disconnect(this);
}

LossPlot* MainWindow::lossPlot() const { return m_curves->lossPlot(); }
MetricsView* MainWindow::metricsView() const { return m_curves->metricsView(); }

void MainWindow::createActions() {
  m_quitAction = new QAction(this);
  m_quitAction->setShortcut(QKeySequence::Quit);
  m_quitAction->setMenuRole(QAction::QuitRole);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

  m_playAction = new QAction(this);
  m_playAction->setObjectName(QStringLiteral("playAction"));
  m_playAction->setShortcut(Qt::Key_Space);
  connect(m_playAction, &QAction::triggered, m_controller, &TrainingController::togglePlay);
  m_stepAction = new QAction(this);
  m_stepAction->setObjectName(QStringLiteral("stepAction"));
  // Ctrl+→ always steps (the menu shows it); → alone steps where the canvas does not use it.
  m_stepAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Right), QKeySequence(Qt::Key_Right)});
  connect(m_stepAction, &QAction::triggered, m_controller, &TrainingController::step);
  m_resetAction = new QAction(this);
  m_resetAction->setObjectName(QStringLiteral("resetAction"));
  m_resetAction->setShortcut(Qt::Key_R);
  connect(m_resetAction, &QAction::triggered, m_controller, &TrainingController::reset);
  for (QAction* a : {m_playAction, m_stepAction, m_resetAction}) a->setShortcutContext(Qt::WindowShortcut);

  // Runs kept for comparison, and sweeps: a window of their own, so that the classroom layout stays as it is.
  m_sweeps = new SweepController(m_project, this);
  m_boardAction = new QAction(this);
  m_boardAction->setObjectName(QStringLiteral("experimentBoardAction"));
  m_boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
  connect(m_boardAction, &QAction::triggered, this, [this] { showExperimentBoard()->raise(); });
  m_sweepAction = new QAction(this);
  m_sweepAction->setObjectName(QStringLiteral("sweepAction"));
  m_sweepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
  connect(m_sweepAction, &QAction::triggered, this, [this] { showExperimentBoard()->newSweep(); });
  m_explainAction = new QAction(this);
  m_explainAction->setObjectName(QStringLiteral("explainAction"));
  m_explainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  connect(m_explainAction, &QAction::triggered, this, [this] {
    m_explainDock->show();
    m_explainDock->raise();
    // The formulas need more height than the loss curves: the plot above gives some up.
    if (!m_explainDock->isFloating()) resizeDocks({m_boundaryDock, m_explainDock}, {45, 55}, Qt::Vertical);
  });
  // ← and → step through the explained step while it is on screen (→ alone steps an epoch otherwise).
  m_explainBackAction = new QAction(this);
  m_explainBackAction->setShortcut(Qt::Key_Left);
  m_explainNextAction = new QAction(this);
  m_explainNextAction->setShortcut(Qt::Key_Right);
  for (QAction* a : {m_explainBackAction, m_explainNextAction}) {
    a->setShortcutContext(Qt::WindowShortcut);
    a->setEnabled(false);
    addAction(a);
  }
  connect(m_controller, &TrainingController::stateChanged, this, [this] {
    m_playAction->setIcon(
        style()->standardIcon(m_controller->isRunning() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  });

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

  // Undo and redo go through the project, which first makes a run in progress an undo step of its own.
  QUndoStack* stack = m_project->undoStack();
  m_undoAction = new QAction(this);
  m_undoAction->setObjectName(QStringLiteral("undoAction"));
  m_undoAction->setShortcut(QKeySequence::Undo);
  connect(m_undoAction, &QAction::triggered, m_project, &Project::undo);
  m_redoAction = new QAction(this);
  m_redoAction->setObjectName(QStringLiteral("redoAction"));
  // Both keys explicitly: QKeySequence::Redo already holds Ctrl+Shift+Z on some desktops, and the same key
  // twice on one action is an "ambiguous shortcut" that does nothing.
  m_redoAction->setShortcuts(
      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  connect(m_redoAction, &QAction::triggered, m_project, &Project::redo);
  connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
  connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoTexts);
  connect(m_project, &Project::modifiedChanged, this, &MainWindow::updateUndoTexts);

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
}

void MainWindow::createMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
  m_lessonsMenu = new QMenu(this); // buildFileMenu() places it
  m_lessonsMenu->setObjectName(QStringLiteral("lessonsMenu"));
  // Templates live in the File menu: choosing one is like starting a new network.
  m_templatesMenu = new QMenu(this);
  m_templatesMenu->setObjectName(QStringLiteral("templatesMenu"));
  for (NetworkTemplate t : NetworkTemplates::all()) {
    QAction* a = m_templatesMenu->addAction(QString());
    a->setData(static_cast<int>(t));
    connect(a, &QAction::triggered, this, [this, t] {
      if (NetworkTemplates::apply(*m_project, t)) m_canvas->fitNetwork();
    });
    m_templateActions << a;
  }

  m_editMenu = menuBar()->addMenu(QString());
  m_editMenu->setObjectName(QStringLiteral("editMenu"));
  m_editMenu->addAction(m_undoAction);
  m_editMenu->addAction(m_redoAction);
  m_editMenu->addSeparator();
  m_editMenu->addAction(m_duplicateAction);
  // Arrange lays out a network with branches (one undo step); the canvas enables it only for a graph.
  m_canvas->arrangeAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  m_editMenu->addAction(m_canvas->arrangeAction());
  m_editMenu->addAction(m_deleteAction);

  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
  for (QAction* a : {m_zoomInAction, m_zoomOutAction, m_fitAction}) m_viewMenu->addAction(a);
  m_viewMenu->addSeparator();

  m_trainMenu = menuBar()->addMenu(QString());
  m_trainMenu->setObjectName(QStringLiteral("trainMenu"));
  m_trainMenu->addAction(m_playAction);
  m_trainMenu->addAction(m_stepAction);
  m_trainMenu->addAction(m_resetAction);
  m_trainMenu->addSeparator();
  m_trainMenu->addAction(m_explainAction);
  m_trainMenu->addAction(m_sweepAction);

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

ExperimentBoard* MainWindow::showExperimentBoard() {
  if (!m_board) {
    m_board = new ExperimentBoard(m_project, m_sweeps, this);
    connect(m_board, &ExperimentBoard::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
  }
  m_board->show();
  m_board->activateWindow();
  return m_board;
}

QDockWidget* MainWindow::addDock(const QString& objectName, Qt::DockWidgetArea area, QWidget* content) {
  auto* dock = new QDockWidget(this);
  dock->setObjectName(objectName);
  dock->setWidget(content);
  addDockWidget(area, dock);
  m_viewMenu->addAction(dock->toggleViewAction());
  return dock;
}

void MainWindow::createViews() {
  // Each view gets the project (and the training controller) to observe; none talks to another.
  m_datasetPanel = new DatasetPanel(m_project);
  m_datasetDock = addDock(QStringLiteral("datasetDock"), Qt::LeftDockWidgetArea, m_datasetPanel);
  m_palette = new PalettePanel;
  m_paletteDock = addDock(QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea, m_palette);
  m_boundary = new BoundaryView(m_project, m_controller);
  m_images = new ImagesView(m_project, m_controller);
  m_boundaryStack = new QStackedWidget;
  m_boundaryStack->addWidget(m_boundary);
  m_boundaryStack->addWidget(m_images);
  m_boundaryDock = addDock(QStringLiteral("boundaryDock"), Qt::RightDockWidgetArea, m_boundaryStack);
  m_curves = new CurvesView(m_project, m_controller);
  m_lossDock = addDock(QStringLiteral("lossDock"), Qt::RightDockWidgetArea, m_curves);
  m_properties = new PropertiesPanel(m_project);
  m_propertiesDock = addDock(QStringLiteral("propertiesDock"), Qt::BottomDockWidgetArea, m_properties);
  m_trainingPanel = new TrainingPanel(m_project, m_controller);
  m_trainingDock = addDock(QStringLiteral("trainingDock"), Qt::BottomDockWidgetArea, m_trainingPanel);
  splitDockWidget(m_propertiesDock, m_trainingDock, Qt::Horizontal);
  m_conceptsPanel = new ConceptsPanel;
  m_conceptsDock = addDock(QStringLiteral("conceptsDock"), Qt::RightDockWidgetArea, m_conceptsPanel);
  m_lossDock->raise(); // the loss plot stays in front; Concepts is one click away
  m_issues = new IssuesPanel(m_project);
  m_issuesDock = addDock(QStringLiteral("issuesDock"), Qt::BottomDockWidgetArea, m_issues);
  splitDockWidget(m_propertiesDock, m_issuesDock, Qt::Horizontal);

  // The network's internals drawn on the canvas from the run's pictures; hovering a neuron shows its map
  // large in the boundary plot.
  m_internals = new CanvasInternals(m_canvas, m_project, this);
  connect(m_controller, &TrainingController::snapshotReady, m_internals, &CanvasInternals::showSnapshot);
  connect(m_controller, &TrainingController::startFailed, m_internals, &CanvasInternals::clear);
  connect(m_internals, &CanvasInternals::neuronHovered, m_boundary->plot(), &BoundaryPlot::showNeuronMap);
  connect(m_internals, &CanvasInternals::neuronHoverEnded, m_boundary->plot(), &BoundaryPlot::clearNeuronMap);
  // Pictures: the one chosen in the gallery or drawn on the pad is the one the canvas shows.
  connect(m_images, &ImagesView::focusChanged, m_internals, &CanvasInternals::setFocus);
  for (auto signal : {&Project::dataChanged, &Project::loaded})
    connect(m_project, signal, this, [this] {
      m_internals->setFocus({}); // another data set: its first picture
      showDataPage();
    });
  showDataPage();
  m_weightEditor = new WeightEditor(m_project, this);
  connect(m_internals, &CanvasInternals::edgeClicked, this,
          [this](const CanvasInternals::Edge& edge, const QPoint& globalPos) {
            m_controller->pause(); // a weight that moves under the cursor cannot be typed
            m_weightEditor->openFor(edge, m_internals->shownParams(), globalPos);
          });

  // Explain One Step: the panel in the right column, its numbers on the canvas, its sample on the plot.
  m_explain = new ExplainPanel(m_project, [this] { return m_internals->shownParams(); });
  m_explainDock = addDock(QStringLiteral("explainDock"), Qt::RightDockWidgetArea, m_explain);
  m_explainDock->hide();
  // The NumPy code of the whole run, kept up to date while it is on screen.
  m_codeView = new CodeView(m_project);
  m_codeDock = addDock(QStringLiteral("codeDock"), Qt::RightDockWidgetArea, m_codeView);
  m_codeDock->hide();
  // Training health: measured on each snapshot; its problems join the Problems dock.
  m_health = new HealthMonitor(m_project, m_controller, this);
  connect(m_issues, &IssuesPanel::conceptRequested, this, [this](const QString& key) {
    m_conceptsPanel->showConcept(key);
    m_conceptsDock->show();
    m_conceptsDock->raise();
  });
  connect(m_health, &HealthMonitor::diagnosticsChanged, m_issues,
          [this] { m_issues->setTrainingDiagnostics(m_health->diagnostics()); });
  m_healthDock = addDock(QStringLiteral("healthDock"), Qt::RightDockWidgetArea,
                         new TrainingHealthView(m_project, m_health));
  m_healthDock->hide();
  // How each layer bends the input plane, and the loss around the current weights.
  m_layerMap = new LayerMapView(m_project);
  connect(m_controller, &TrainingController::snapshotReady, m_layerMap, &LayerMapView::showSnapshot);
  m_layerMapDock = addDock(QStringLiteral("layerMapDock"), Qt::RightDockWidgetArea, m_layerMap);
  m_layerMapDock->hide();
  m_landscape = new LossLandscapeView(m_project);
  connect(m_controller, &TrainingController::snapshotReady, m_landscape, &LossLandscapeView::showSnapshot);
  m_landscapeDock = addDock(QStringLiteral("landscapeDock"), Qt::RightDockWidgetArea, m_landscape);
  m_landscapeDock->hide();
  m_onDemandDocks = {m_explainDock, m_codeDock, m_healthDock, m_layerMapDock, m_landscapeDock};
  // Shown from the View menu, such a dock comes to the front of the tabs it shares.
  for (QDockWidget* dock : m_onDemandDocks)
    connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool on) {
      if (on) dock->raise();
    });
  m_explainOverlay = new ExplainOverlay(m_canvas, m_internals, m_project, this);
  connect(m_explain, &ExplainPanel::stageShown, m_explainOverlay, &ExplainOverlay::show);
  connect(m_explain, &ExplainPanel::cleared, m_explainOverlay, &ExplainOverlay::clear);
  connect(m_explain, &ExplainPanel::sampleMarked, m_boundary->plot(), &BoundaryPlot::setMarkedRow);
  connect(m_controller, &TrainingController::snapshotReady, m_explain, &ExplainPanel::valuesChanged);
  connect(m_boundary->plot(), &BoundaryPlot::planeClicked, m_explain, [this](double x1, double x2) {
    if (m_explain->isActive()) m_explain->pickNearest(x1, x2);
  });
  connect(m_explainBackAction, &QAction::triggered, m_explain, &ExplainPanel::back);
  connect(m_explainNextAction, &QAction::triggered, m_explain, &ExplainPanel::next);
  connect(m_explainDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (visible == m_explain->isActive()) return;
    if (visible) m_controller->pause(); // the step is explained on values that stay still
    // While explaining, → belongs to the explanation; Ctrl+→ still steps an epoch.
    m_stepAction->setShortcuts(
        visible ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Right)}
                : QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Right), QKeySequence(Qt::Key_Right)});
    m_canvas->setArrowKeysFree(visible);
    m_explainBackAction->setEnabled(visible);
    m_explainNextAction->setEnabled(visible);
    m_explain->setActive(visible);
  });

  NetworkScene* scene = m_canvas->networkScene();
  connect(scene, &NetworkScene::currentLayerChanged, m_properties, &PropertiesPanel::setLayer);
  connect(m_canvas, &NetworkView::layerActivated, this,
          [this](neurona::LayerId id) { showLayerProperties(id); });
  connect(m_canvas, &NetworkView::statusMessage, this,
          [this](const QString& text) { statusBar()->showMessage(text, 4000); });
  connect(m_issues, &IssuesPanel::layerClicked, this, [this, scene](neurona::LayerId id) {
    scene->selectOnly(id);
    if (LayerBlockItem* b = scene->block(id)) m_canvas->ensureVisible(b);
  });
  connect(m_palette, &PalettePanel::blockChosen, this,
          [this](PaletteBlock b) { m_canvas->addFromPalette(static_cast<int>(b)); });
  connect(m_palette, &PalettePanel::activationChosen, this, [this, scene](neurona::ActivationKind a) {
    const neurona::LayerSpec* l = m_project->layer(scene->currentLayer());
    if (l && (l->type == neurona::LayerType::Dense || neurona::isMerge(l->type)))
      m_project->setLayerProperty(l->id, LayerProperty::Activation, static_cast<int>(a));
    else
      statusBar()->showMessage(tr("Select a Dense layer first, or drop the activation onto one."), 4000);
  });

  // Focusing a control shows the idea behind it (learning rate, batch size, the optimizer …); selecting
  // a layer shows what it is about.
  connect(ControlHelp::instance(), &ControlHelp::conceptRequested, m_conceptsPanel,
          [this](const QString& key) { m_conceptsPanel->showConcept(key); });
  connect(scene, &NetworkScene::currentLayerChanged, m_conceptsPanel, [this](neurona::LayerId id) {
    if (const neurona::LayerSpec* l = m_project->layer(id))
      m_conceptsPanel->showConcept(ConceptLibrary::keyForLayer(*l));
  });
}

void MainWindow::buildFileMenu() {
  m_fileMenu->clear();
  m_files->addOpenActionsTo(m_fileMenu);
  m_fileMenu->addMenu(m_templatesMenu);
  m_fileMenu->addMenu(m_lessonsMenu);
  m_fileMenu->addSeparator();
  m_files->addSaveActionsTo(m_fileMenu);
  m_fileMenu->addAction(m_modelExport->action());
  m_fileMenu->addAction(m_exportCanvasAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quitAction);
}

void MainWindow::arrangeDocks() {
  // The classroom layout (issue #17): the run controls in one toolbar row at the top; on the left three
  // groups of tabs, two tabs each so their titles fit a narrow column in any language: Data and
  // Training (and a lesson's text), the layer palette and Properties, Problems and Concepts; the
  // network large in the middle; the decision boundary above the loss curves on the right. Nothing
  // sits under the canvas, so it keeps the window's full height, and no secondary panel covers the
  // plots.
  if (!m_runToolBar) {
    m_runToolBar = new QToolBar(this);
    m_runToolBar->setObjectName(QStringLiteral("runToolbar"));
    m_runToolBar->setMovable(false);
    m_runToolBar->setWindowTitle(tr("Run"));
    m_runToolBar->addWidget(m_trainingPanel->runBar());
    m_trainingPanel->runBar()->show();
    addToolBar(Qt::TopToolBarArea, m_runToolBar);
  }
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  // The side columns keep their width and scroll vertically where the window is too short for them
  // (presentation mode's largest text on a small screen): no dock pushes the window past the screen.
  // Concepts too: its plot would otherwise hold Problems, which it shares a place with, at the plot's full
  // height, so that a lesson could not take room from them at 1280 × 720. (The lesson's own text scrolls.)
  for (QDockWidget* dock : {m_datasetDock, m_paletteDock, m_propertiesDock, m_trainingDock, m_boundaryDock,
                            m_lossDock, m_conceptsDock}) {
    if (qobject_cast<QScrollArea*>(dock->widget())) continue;
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(dock->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(dock->widget());
    dock->setWidget(scroll);
  }
  auto* lesson = findChild<QDockWidget*>(QStringLiteral("lessonDock"));
  const bool lessonShown = lesson && lesson->isVisibleTo(this);
  const QList<QDockWidget*> left = {m_datasetDock,    m_trainingDock, m_paletteDock,
                                    m_propertiesDock, m_issuesDock,   m_conceptsDock};
  // Docked again before they are taken out: a dock removed while floating stays a floating window.
  for (QDockWidget* dock : left) {
    dock->setFloating(false);
    removeDockWidget(dock);
  }
  if (lesson) removeDockWidget(lesson);
  for (QDockWidget* dock : {m_boundaryDock, m_lossDock}) {
    dock->setFloating(false);
    removeDockWidget(dock);
  }
  addDockWidget(Qt::LeftDockWidgetArea, m_datasetDock);
  addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
  addDockWidget(Qt::LeftDockWidgetArea, m_issuesDock);
  tabifyDockWidget(m_datasetDock, m_trainingDock);
  if (lesson) tabifyDockWidget(m_trainingDock, lesson);
  tabifyDockWidget(m_paletteDock, m_propertiesDock);
  tabifyDockWidget(m_issuesDock, m_conceptsDock);
  addDockWidget(Qt::RightDockWidgetArea, m_boundaryDock);
  addDockWidget(Qt::RightDockWidgetArea, m_lossDock);
  for (QDockWidget* dock : left) dock->show();
  for (QDockWidget* dock : {m_boundaryDock, m_lossDock}) dock->show();
  // The glass box's docks share the loss curves' place, shown only when asked for.
  for (QDockWidget* dock : m_onDemandDocks) {
    const bool shown = dock->isVisibleTo(this);
    dock->setFloating(false);
    removeDockWidget(dock);
    tabifyDockWidget(m_lossDock, dock);
    dock->setVisible(shown);
    if (shown) dock->raise();
  }
  if (lesson) lesson->setVisible(lessonShown);
  (lessonShown ? lesson : m_datasetDock)->raise();
  m_paletteDock->raise();
  m_issuesDock->raise();

  const int leftWidth = std::max(leftColumnNeeds(), std::clamp(width() / 5, 250, 400));
  const int rightWidth = std::clamp(width() * 23 / 100, 285, 500);
  resizeDocks({m_datasetDock, m_boundaryDock}, {leftWidth, rightWidth}, Qt::Horizontal);
  m_arrangedColumns = {leftWidth, rightWidth};
  // Most of the left column for the data and the layers, the rest for Problems and Concepts; the
  // decision boundary a little taller than the loss curves.
  resizeDocks({m_datasetDock, m_paletteDock, m_issuesDock}, kLeftColumnShares, Qt::Vertical);
  resizeDocks({m_boundaryDock, m_lossDock}, {55, 45}, Qt::Vertical);
  m_curves->setSizes({65, 35});
}

void MainWindow::makeRoomForMessage(const QString& message) {
  if (message.isEmpty()) {
    m_summary->show();
    return;
  }
  // QStatusBar draws a message from its left edge up to its permanent widgets, a few pixels in.
  const int label = m_statusLabel->isVisible() ? m_statusLabel->sizeHint().width() + 12 : 0;
  const int grip = statusBar()->isSizeGripEnabled() ? 20 : 0;
  const int room = statusBar()->width() - label - grip - m_summary->sizeHint().width() - 12;
  m_summary->setVisible(statusBar()->fontMetrics().horizontalAdvance(message) + 8 <= room);
}

int MainWindow::leftColumnNeeds() const {
  // As wide as its widest row of tab titles, so none is elided.
  const auto titles = [](const QList<QDockWidget*>& docks) {
    int width = 0;
    for (const QDockWidget* d : docks)
      if (d)
        width += d->fontMetrics().horizontalAdvance(d->windowTitle()) +
                 d->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, d) + 2;
    return width + 8;
  };
  auto* lesson = findChild<QDockWidget*>(QStringLiteral("lessonDock"));
  QList<QDockWidget*> first = {m_datasetDock, m_trainingDock};
  if (lesson && lesson->isVisibleTo(this)) first << lesson;
  int least = std::max(
      {titles(first), titles({m_paletteDock, m_propertiesDock}), titles({m_issuesDock, m_conceptsDock})});
  // No panel is cut: at least as wide as the widest panel needs, beside a scroll bar.
  const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
  for (QDockWidget* dock :
       {m_datasetDock, m_trainingDock, m_paletteDock, m_propertiesDock, m_issuesDock, m_conceptsDock}) {
    const auto* scroll = qobject_cast<QScrollArea*>(dock->widget());
    const QWidget* content = scroll && scroll->widget() ? scroll->widget() : dock->widget();
    least = std::max(least, content->minimumSizeHint().width() + (scroll ? scrollBar + 2 : 0));
  }
  return least;
}

void MainWindow::shareLeftColumn(bool lesson) {
  QDockWidget* top = lesson ? m_lessons->dock() : m_datasetDock;
  // Only the arranged column: docks the user moved elsewhere or floated keep their own sizes.
  for (QDockWidget* dock : {top, m_paletteDock, m_issuesDock})
    if (!dock || dock->isFloating() || dockWidgetArea(dock) != Qt::LeftDockWidgetArea) return;
  // In pixels of the column as it is now: shares as small as these do not move the last dock.
  const int column = top->height() + m_paletteDock->height() + m_issuesDock->height();
  const QList<int> percent = lesson ? QList<int>{50, 22, 28} : kLeftColumnShares;
  QList<int> sizes;
  for (int share : percent) sizes << column * share / 100;
  resizeDocks({top, m_paletteDock, m_issuesDock}, sizes, Qt::Vertical);
}

void MainWindow::fitColumnsToText() {
  // Larger text (presentation mode) may need a wider left column than Reset Layout gave it: the right
  // one gives that width back, down to what its plots need, so the canvas keeps its width and
  // everything grows together. Smaller text returns to the arranged widths.
  if (m_datasetDock->isFloating() || dockWidgetArea(m_datasetDock) != Qt::LeftDockWidgetArea ||
      m_boundaryDock->isFloating() || dockWidgetArea(m_boundaryDock) != Qt::RightDockWidgetArea)
    return;
  const int left = std::max(leftColumnNeeds(), m_arrangedColumns.first);
  const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
  const int plots =
      std::max(m_boundary->minimumSizeHint().width(), m_curves->minimumSizeHint().width()) + scrollBar + 2;
  const int right = std::max(plots, m_arrangedColumns.second - (left - m_arrangedColumns.first));
  resizeDocks({m_datasetDock, m_boundaryDock}, {left, right}, Qt::Horizontal);
}

void MainWindow::showDataPage() {
  const bool pictures = ImagesView::showsImages(*m_project);
  QWidget* shown = pictures ? static_cast<QWidget*>(m_images) : m_boundary;
  QWidget* hidden = pictures ? static_cast<QWidget*>(m_boundary) : m_images;
  // A stack asks for room for its largest page; the hidden one is left out, so the dock fits the one shown.
  hidden->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
  shown->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  const bool changed = m_boundaryStack->currentWidget() != shown;
  m_boundaryStack->setCurrentWidget(shown);
  m_boundaryDock->setWindowTitle(pictures ? tr("Samples") : tr("Decision Boundary"));
  // The gallery and the pad want height more than the loss curves do; the boundary shares it as arranged.
  if (changed && !m_boundaryDock->isFloating() && !m_lossDock->isFloating() &&
      dockWidgetArea(m_boundaryDock) == dockWidgetArea(m_lossDock))
    resizeDocks({m_boundaryDock, m_lossDock}, pictures ? QList<int>{70, 30} : QList<int>{55, 45},
                Qt::Vertical);
}

bool MainWindow::restoreLayout() {
  const QSettings settings;
  const bool geometry = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  const bool state =
      restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
  return geometry && state;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!m_files->confirmClose()) {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
  QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi() {
  m_files->retranslate();
  m_modelExport->retranslate();
  // The three big views, by the names a screen reader (and a test from outside) finds them under.
  m_canvas->setAccessibleName(tr("Network canvas"));
  m_boundary->setAccessibleName(tr("Decision boundary"));
  m_images->setAccessibleName(tr("Samples and drawing pad"));
  lossPlot()->setAccessibleName(tr("Loss"));
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
  m_boardAction->setText(tr("E&xperiment Board"));
  m_sweepAction->setText(tr("New S&weep…"));
  m_explainAction->setText(tr("E&xplain One Step"));
  m_explainAction->setStatusTip(
      tr("Follow one sample through the network, forward and back, with the real numbers"));
  m_explainBackAction->setText(tr("Previous Stage"));
  m_explainNextAction->setText(tr("Next Stage"));
  m_englishAction->setText(QStringLiteral("English")); // language names stay in their own language
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
  showDataPage();
  m_conceptsDock->setWindowTitle(tr("Concepts"));
  m_issuesDock->setWindowTitle(tr("Problems"));
  m_explainDock->setWindowTitle(tr("Explain One Step"));
  m_codeDock->setWindowTitle(tr("NumPy Code"));
  m_healthDock->setWindowTitle(tr("Training Health"));
  m_layerMapDock->setWindowTitle(tr("How Layers Bend Space"));
  m_landscapeDock->setWindowTitle(tr("Loss Landscape"));

  updateUndoTexts();
  m_deleteAction->setText(tr("&Delete Layer"));
  m_duplicateAction->setText(tr("D&uplicate Layer"));
  m_zoomInAction->setText(tr("Zoom &In"));
  m_zoomOutAction->setText(tr("Zoom &Out"));
  m_fitAction->setText(tr("Fit Net&work to View"));
  m_resetLayoutAction->setText(tr("Reset &Layout"));
  if (m_runToolBar) m_runToolBar->setWindowTitle(tr("Run"));
  m_exportCanvasAction->setText(tr("&Export Network Picture…"));
  m_templatesMenu->setTitle(tr("New from &Template"));
  for (QAction* a : m_templateActions) {
    const auto t = static_cast<NetworkTemplate>(a->data().toInt());
    a->setText(NetworkTemplates::name(t));
    a->setStatusTip(NetworkTemplates::description(t));
  }
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

void MainWindow::showLayerProperties(unsigned layerId) {
  m_canvas->networkScene()->selectOnly(layerId);
  m_propertiesDock->show();
  m_propertiesDock->raise();
  m_properties->setLayer(layerId);
  m_properties->focusFirstEditor();
}

void MainWindow::updateUndoTexts() {
  QUndoStack* stack = m_project->undoStack();
  // A run in progress is undoable too: it becomes a step when Undo is pressed.
  const bool training = m_project->isModified() && stack->isClean();
  m_undoAction->setEnabled(stack->canUndo() || training);
  m_redoAction->setEnabled(stack->canRedo());
  m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
  m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateEditActions() {
  // What a lesson's lock on the network allows; the project refuses the rest anyway.
  const bool network = !m_project->isLocked(Lock::Network);
  m_templatesMenu->menuAction()->setEnabled(network);
  m_deleteAction->setEnabled(network);
  m_duplicateAction->setEnabled(network);
  m_palette->setEnabled(network);
  m_palette->setToolTip(network ? QString() : tr("Locked by this lesson"));
}

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
  QTimer::singleShot(0, this, [this, path] { m_files->open(path); });
}
