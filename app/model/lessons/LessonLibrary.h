#pragma once
// The lessons: an index file (`lessons.json`, format "neurona-lessons") that lists, for each lesson, a
// project, its title and text in each language, the controls it locks and the goal a student should
// reach. The bundled index is ":/lessons/lessons.json"; a teacher's own index is read from
// userFolder() (README, "Lessons"). File names in an index are relative to the index's folder.
#include "neurona/core/train/TrainingObserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What a lesson asks for: `metric` on `split` at or above `atLeast` and/or at or below `atMost` after
// `epochs` epochs of training (the value at that epoch, not the best one on the way: an overfitting
// network may pass a goal early and lose it again). Metrics: "accuracy" and "loss" (classification),
// "r2" and "loss" (regression).
struct LessonGoal {
  QString metric; // "accuracy", "r2" or "loss"
  QString split;  // "validation" or "train"
  std::optional<double> atLeast;
  std::optional<double> atMost;
  int epochs = 0;

  bool isMetBy(double value) const;
  // The goal's metric in one epoch's record: validation values are computed in inference mode after
  // the epoch; training values are the epoch's running means. Empty when the record does not have it.
  std::optional<double> valueIn(const neurona::EpochRecord& record) const;
};

struct Lesson {
  QString id;
  QString projectPath;              // ":/lessons/01-tutorial.neurona", or a path on disk
  QMap<QString, QString> titles;    // language code ("en", "es") -> title
  QMap<QString, QString> textPaths; // language code -> HTML file
  QStringList locks;                // Locks::fileNames() names
  LessonGoal goal;
  // A JSON merge patch (RFC 7386) on the project for which the goal holds, when the project as it is
  // shipped is the problem the student has to fix (empty: the project itself reaches the goal).
  QJsonObject solution;
  // Further statements the lesson text makes, each a goal with an optional "patch" and an "about"; the
  // tests check them all.
  QJsonArray claims;

  QString title(const QString& language) const; // falls back to English
  QString html(const QString& language) const;  // the text file's contents; falls back to English
};

class LessonLibrary {
  Q_DECLARE_TR_FUNCTIONS(LessonLibrary)
public:
  static QString bundledIndex() { return QStringLiteral(":/lessons/lessons.json"); }
  // The largest lesson index or text file read: lessons are a few pages, not megabytes.
  static constexpr qint64 kMaxFileBytes = 1024 * 1024;
  // The folder of a teacher's own lessons: the setting "lessons/folder" when set (a shared folder of a
  // school, say), else "lessons" in the app's data location. Its index is lessons.json.
  static constexpr const char* kFolderKey = "lessons/folder";
  static QString userFolder();
  static QString userIndex();

  // Reads and checks an index. On a problem, returns no lessons and puts a sentence in *error.
  static QList<Lesson> load(const QString& indexPath, QString* error = nullptr);
  static const QList<Lesson>& bundled(); // read once
  // The lessons installed in `folder` (share/neurona/lessons, see DataPaths) that `known` does not
  // already have (by id): a distribution or a school may install more beside the program. A missing
  // folder or index gives none; a broken index gives none and a sentence in *error.
  static QList<Lesson> installedBeyond(const QList<Lesson>& known, const QString& folder,
                                       QString* error = nullptr);

  // "Goal: validation accuracy of at least 92% after 2,000 epochs." in the current language; numbers
  // follow the conventions of `language`.
  static QString goalText(const LessonGoal& goal, const QString& language);
  static QString metricName(const LessonGoal& goal); // "validation accuracy", translated
  static QString formatValue(const LessonGoal& goal, double value, const QString& language);

  // Reads a goal or claim object ("metric", "split", "atLeast", "atMost", "epochs"); empty when bad.
  // Claims may also use "lossDrop", "gap", "gradientReach" and "parameters" (README, "Lessons").
  static std::optional<LessonGoal> parseGoal(const QJsonObject& object);
};
