#include "ui/MainWindow.h"

#include "ui/LanguageManager.h"

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

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_languages(languages) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/neurona.svg")));
  setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

  m_canvasPlaceholder = new QLabel(this);
  m_canvasPlaceholder->setObjectName(QStringLiteral("canvasArea"));
  m_canvasPlaceholder->setAlignment(Qt::AlignCenter);
  setCentralWidget(m_canvasPlaceholder);

  createActions();
  createMenus();
  createDocks();

  m_statusLabel = new QLabel(this);
  statusBar()->addPermanentWidget(m_statusLabel);

  retranslateUi();
  resize(1400, 900);
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
  m_fileMenu->addAction(m_quitAction);

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
  resizeDocks({m_datasetDock, m_boundaryDock}, {280, 420}, Qt::Horizontal);
}

void MainWindow::retranslateUi() {
  setWindowTitle(tr("Neurona"));
  m_fileMenu->setTitle(tr("&File"));
  m_editMenu->setTitle(tr("&Edit"));
  m_viewMenu->setTitle(tr("&View"));
  m_trainMenu->setTitle(tr("&Train"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));

  m_quitAction->setText(tr("&Quit"));
  m_playAction->setText(tr("&Play / Pause"));
  m_stepAction->setText(tr("&Step One Epoch"));
  m_resetAction->setText(tr("&Reset"));
  m_englishAction->setText(QStringLiteral("English"));   // language names stay in their own language
  m_spanishAction->setText(QStringLiteral("Español"));
  m_aboutAction->setText(tr("&About Neurona"));
  m_aboutQtAction->setText(tr("About &Qt"));

  m_paletteDock->setWindowTitle(tr("Layers"));
  m_propertiesDock->setWindowTitle(tr("Properties"));
  m_datasetDock->setWindowTitle(tr("Data"));
  m_trainingDock->setWindowTitle(tr("Training"));
  m_lossDock->setWindowTitle(tr("Loss"));
  m_boundaryDock->setWindowTitle(tr("Decision Boundary"));
  m_canvasPlaceholder->setText(tr("Network canvas"));
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
