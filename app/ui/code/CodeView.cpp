#include "ui/code/CodeView.h"

#include "model/Project.h"
#include "ui/code/CodeCommentText.h"
#include "ui/code/PythonHighlighter.h"
#include "ui/text/ErrorText.h"

#include "neurona/core/export/NumpyTrainExporter.h"
#include "neurona/core/io/AtomicFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <filesystem>

CodeView::CodeView(Project* project, QWidget* parent)
    : QWidget(parent), m_project(project), m_edit(new QPlainTextEdit(this)), m_error(new QLabel(this)),
      m_copy(new QPushButton(this)), m_save(new QPushButton(this)), m_timer(new QTimer(this)) {
  setObjectName(QStringLiteral("codeView"));
  m_edit->setObjectName(QStringLiteral("codeViewText"));
  m_edit->setReadOnly(true);
  m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
  m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  m_highlighter = new PythonHighlighter(m_edit->document());
  m_highlighter->updateColors(palette().color(QPalette::Base).lightness() < 128);
  m_error->setObjectName(QStringLiteral("codeViewError"));
  m_error->setWordWrap(true);
  m_error->setTextFormat(Qt::PlainText);
  m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_error->hide();
  m_copy->setObjectName(QStringLiteral("codeViewCopy"));
  m_save->setObjectName(QStringLiteral("codeViewSave"));

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_copy);
  buttons->addWidget(m_save);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(buttons);
  layout->addWidget(m_error);
  layout->addWidget(m_edit, 1);

  m_timer->setSingleShot(true);
  connect(m_timer, &QTimer::timeout, this, &CodeView::regenerate);
  connect(m_copy, &QPushButton::clicked, this, &CodeView::copyToClipboard);
  connect(m_save, &QPushButton::clicked, this, &CodeView::chooseFileAndSave);

  // Everything the code is made of: the network, the data and its preparation, the settings, and the
  // learned values (the code continues from the project's model when training would).
  const auto changed = [this] { scheduleRegenerate(); };
  for (auto signal :
       {&Project::networkChanged, &Project::dataChanged, &Project::preparationChanged,
        &Project::trainingReplaced, &Project::trainingCleared, &Project::loaded, &Project::fileChanged})
    connect(project, signal, this, changed);
  connect(project, &Project::settingChanged, this, changed);
  connect(project, &Project::layerChanged, this, changed);
  // A run reports many epochs a second: regenerating at most about once a second keeps the GUI free.
  connect(project, &Project::trainingAppended, this, [this] {
    m_stale = true;
    if (m_active && !m_timer->isActive()) m_timer->start(1000);
  });
  retranslate();
}

void CodeView::setActive(bool active) {
  if (m_active == active) return;
  m_active = active;
  if (!m_active)
    m_timer->stop();
  else if (m_stale)
    scheduleRegenerate(0);
}

void CodeView::scheduleRegenerate(int delayMs) {
  m_stale = true;
  if (m_active) m_timer->start(delayMs); // restarts: a held spin box regenerates once, after it stops
}

void CodeView::regenerate() {
  m_timer->stop();
  m_stale = false;
  // Relative data paths are read against the project's folder, as ModelExport does for its training
  // script; an untitled project's data path is absolute or the current folder's.
  const QString dir =
      m_project->path().isEmpty() ? QDir::currentPath() : QFileInfo(m_project->path()).absolutePath();
  const neurona::Project file = m_project->toFile(dir);
  const neurona::Result<std::string> code = neurona::NumpyTrainExporter::generate(
      file, std::filesystem::path(dir.toStdString()),
      [](neurona::CodeComment id) { return CodeCommentText::text(id); });
  if (!code.ok()) {
    m_code.clear();
    m_edit->clear();
    m_edit->hide();
    m_error->setText(ErrorText::sentence(code.error));
    m_error->show();
  } else {
    m_code = code.value;
    // Keep the reader's place: the code changes in a few numbers, not in its length much.
    const int scroll = m_edit->verticalScrollBar()->value();
    const int hscroll = m_edit->horizontalScrollBar()->value();
    m_edit->setPlainText(QString::fromStdString(m_code));
    m_edit->verticalScrollBar()->setValue(scroll);
    m_edit->horizontalScrollBar()->setValue(hscroll);
    m_error->clear();
    m_error->hide();
    m_edit->show();
  }
  m_copy->setEnabled(!m_code.empty());
  m_save->setEnabled(!m_code.empty());
}

QString CodeView::text() const { return m_code.empty() ? QString() : m_edit->toPlainText(); }

QString CodeView::errorText() const { return m_error->text(); }

void CodeView::copyToClipboard() {
  if (!m_code.empty()) QApplication::clipboard()->setText(m_edit->toPlainText());
}

QString CodeView::suggestedPath() const {
  const QString path = m_project->path();
  const QString folder = path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                        : QFileInfo(path).absolutePath();
  const QString base = path.isEmpty() ? QStringLiteral("neurona") : QFileInfo(path).completeBaseName();
  return QDir(folder).filePath(base + QStringLiteral("_numpy_train.py"));
}

void CodeView::chooseFileAndSave() {
  if (m_stale) regenerate(); // save what the project is now, not what a pending edit will replace
  if (m_code.empty()) return;
  QString path =
      QFileDialog::getSaveFileName(this, tr("Save Code"), suggestedPath(), tr("Python script (*.py)"));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".py");
  saveTo(path);
}

bool CodeView::saveTo(const QString& path) {
  if (m_code.empty()) return false;
  const neurona::Error e =
      neurona::AtomicFile::write(QFileInfo(path).absoluteFilePath().toStdString(), m_code);
  if (e.ok()) return true;
  QMessageBox box(QMessageBox::Warning, tr("Cannot Save Code"), ErrorText::sentence(e), QMessageBox::Ok,
                  this);
  box.setObjectName(QStringLiteral("codeViewSaveError"));
  box.setTextFormat(Qt::PlainText);
  box.exec();
  return false;
}

void CodeView::retranslate() {
  m_copy->setText(tr("Copy"));
  m_copy->setToolTip(tr("Copy the whole code to the clipboard"));
  m_copy->setAccessibleName(tr("Copy the code"));
  m_save->setText(tr("Save as .py…"));
  m_save->setToolTip(tr("Save the code as a Python script that trains the network with NumPy"));
  m_save->setAccessibleName(tr("Save the code as a Python file"));
  m_edit->setAccessibleName(tr("Training code in Python with NumPy"));
  m_error->setAccessibleName(tr("Why the code cannot be written"));
}

void CodeView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    scheduleRegenerate(0); // the comments are in the new language
  } else if (event->type() == QEvent::PaletteChange) {
    m_highlighter->updateColors(palette().color(QPalette::Base).lightness() < 128);
  }
  QWidget::changeEvent(event);
}

void CodeView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  setActive(true);
}

void CodeView::hideEvent(QHideEvent* event) {
  QWidget::hideEvent(event);
  setActive(false);
}
