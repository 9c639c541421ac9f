#pragma once
// What a lesson may lock in a project, so that a class changes only what the lesson is about. The
// project refuses edits of a locked part; each panel disables its own controls when locksChanged()
// says so. The file names ("network", "learningRate", …) are those of a lesson index (README, Lessons).
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

enum class Lock { Network, Data, Optimizer, LearningRate, BatchSize, Loss, Regularisation };

// A set of locks (a bit per Lock).
class Locks {
  Q_DECLARE_TR_FUNCTIONS(Locks)
public:
  Locks() = default;
  static std::span<const Lock> all();
  static QString fileName(Lock lock); // "learningRate"
  static std::optional<Lock> fromFileName(const QString& name);
  static QString displayName(Lock lock); // "the learning rate", translated
  static QStringList fileNames();        // every lockable name, in order

  bool contains(Lock lock) const { return (m_bits & bit(lock)) != 0; }
  void insert(Lock lock) { m_bits |= bit(lock); }
  bool isEmpty() const { return m_bits == 0; }
  bool operator==(const Locks&) const = default;

private:
  static unsigned bit(Lock lock) { return 1u << static_cast<unsigned>(lock); }
  unsigned m_bits = 0;
};
