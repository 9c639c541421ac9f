#include "model/files/Autosave.h"

#include "model/Project.h"

#include <QTimer>
#include <QUndoStack>

Autosave::Autosave(Project* project, const QString& dir, QObject* parent)
    : QObject(parent ? parent : project), m_project(project), m_store(std::make_unique<RecoveryStore>(dir)),
      m_timer(new QTimer(this)) {
  m_timer->setObjectName(QStringLiteral("autosaveTimer"));
  m_timer->setInterval(kIntervalMs);
  connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
  m_timer->start();
  const auto changed = [this] { m_pending = true; };
  connect(project->undoStack(), &QUndoStack::indexChanged, this, changed);
  connect(project, &Project::trainingAppended, this, changed);
  connect(project, &Project::loaded, this, changed);
  connect(project, &Project::modifiedChanged, this, [this](bool modified) {
    if (!modified) m_store->discard(); // saved: the file on disk is the safe copy now
  });
}

void Autosave::setInterval(int ms) { m_timer->setInterval(ms); }
int Autosave::interval() const { return m_timer->interval(); }

void Autosave::setDir(const QString& dir) {
  m_store->discard();
  m_store = std::make_unique<RecoveryStore>(dir);
  m_pending = true;
}

bool Autosave::saveNow() {
  if (!m_project->isModified()) {
    m_store->discard();
    return true;
  }
  if (!m_pending && m_store->hasFile()) return true;
  if (const neurona::Error e = m_store->write(m_project->toFile(m_store->dir()), m_project->path());
      !e.ok()) {
    emit failed(e);
    return false;
  }
  m_pending = false;
  return true;
}
