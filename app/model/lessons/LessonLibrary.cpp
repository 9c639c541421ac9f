#include "model/lessons/LessonLibrary.h"

#include "model/Locks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace {

const QString kEnglish = QStringLiteral("en");

// A lesson's files come from a teacher's folder or a shared drive: only a regular file (a device or a
// pipe would never end) of a sensible size is read; anything else reads as nothing.
bool isReadableFile(const QString& path) {
  const QFileInfo info(path);
  if (path.startsWith(QLatin1Char(':'))) return info.exists();
  return info.isFile() && info.size() <= LessonLibrary::kMaxFileBytes;
}

QString readText(const QString& path) {
  if (!isReadableFile(path)) return {};
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.read(LessonLibrary::kMaxFileBytes));
}

QMap<QString, QString> stringMap(const QJsonValue& v) {
  QMap<QString, QString> out;
  const QJsonObject o = v.toObject();
  for (auto it = o.begin(); it != o.end(); ++it)
    if (it.value().isString()) out.insert(it.key(), it.value().toString());
  return out;
}

QLocale localeFor(const QString& language) {
  return language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::Spain)
                                         : QLocale(QLocale::English);
}

} // namespace

bool LessonGoal::isMetBy(double value) const {
  if (!std::isfinite(value)) return false;
  if (atLeast && value < *atLeast) return false;
  if (atMost && value > *atMost) return false;
  return true;
}

std::optional<double> LessonGoal::valueIn(const neurona::EpochRecord& r) const {
  const bool validation = split == QLatin1String("validation");
  double v = neurona::EpochRecord::kNone;
  if (metric == QLatin1String("accuracy"))
    v = validation ? r.valAccuracy : r.accuracy;
  else if (metric == QLatin1String("r2"))
    v = validation ? r.valR2 : r.r2;
  else if (metric == QLatin1String("loss"))
    v = validation ? r.valLoss : r.loss;
  if (std::isnan(v)) return std::nullopt;
  return v;
}

QString Lesson::title(const QString& language) const {
  return titles.value(language, titles.value(kEnglish));
}

QString Lesson::html(const QString& language) const {
  const QString text = readText(textPaths.value(language));
  return text.isEmpty() ? readText(textPaths.value(kEnglish)) : text;
}

QString LessonLibrary::userFolder() {
  const QString fallback =
      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lessons");
  return QSettings().value(QLatin1String(kFolderKey), fallback).toString();
}

QString LessonLibrary::userIndex() { return QDir(userFolder()).filePath(QStringLiteral("lessons.json")); }

std::optional<LessonGoal> LessonLibrary::parseGoal(const QJsonObject& o) {
  LessonGoal g;
  g.metric = o.value(QLatin1String("metric")).toString();
  g.split = o.value(QLatin1String("split")).toString(QStringLiteral("validation"));
  if (o.value(QLatin1String("atLeast")).isDouble()) g.atLeast = o.value(QLatin1String("atLeast")).toDouble();
  if (o.value(QLatin1String("atMost")).isDouble()) g.atMost = o.value(QLatin1String("atMost")).toDouble();
  const QJsonValue epochs = o.value(QLatin1String("epochs"));
  g.epochs = epochs.toInt(-1);
  const QStringList metrics{QStringLiteral("accuracy"),  QStringLiteral("r2"),
                            QStringLiteral("loss"),      QStringLiteral("lossDrop"),
                            QStringLiteral("gap"),       QStringLiteral("gradientReach"),
                            QStringLiteral("parameters")};
  const QStringList splits{QStringLiteral("validation"), QStringLiteral("train")};
  if (!metrics.contains(g.metric) || !splits.contains(g.split) || g.epochs < 0 || !epochs.isDouble() ||
      (!g.atLeast && !g.atMost))
    return std::nullopt;
  return g;
}

QList<Lesson> LessonLibrary::load(const QString& indexPath, QString* error) {
  const auto fail = [&](const QString& why) {
    if (error) *error = why;
    return QList<Lesson>{};
  };
  QFile file(indexPath);
  if (!isReadableFile(indexPath) || !file.open(QIODevice::ReadOnly))
    return fail(tr("%1 could not be opened.").arg(QDir::toNativeSeparators(indexPath)));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return fail(tr("%1 is not valid JSON (%2 at character %3).")
                    .arg(QDir::toNativeSeparators(indexPath), parseError.errorString())
                    .arg(parseError.offset));
  const QJsonObject root = doc.object();
  if (root.value(QLatin1String("format")).toString() != QLatin1String("neurona-lessons") ||
      root.value(QLatin1String("version")).toInt() != 1)
    return fail(tr("%1 is not a lesson index of version 1 (\"format\": \"neurona-lessons\").")
                    .arg(QDir::toNativeSeparators(indexPath)));

  const QDir dir = QFileInfo(indexPath).dir();
  const auto inDir = [&](const QString& name) {
    return indexPath.startsWith(QLatin1Char(':')) ? dir.path() + QLatin1Char('/') + name
                                                  : dir.absoluteFilePath(name);
  };
  QList<Lesson> lessons;
  const QJsonArray entries = root.value(QLatin1String("lessons")).toArray();
  for (qsizetype i = 0; i < entries.size(); ++i) {
    const QJsonObject o = entries.at(i).toObject();
    Lesson l;
    l.id = o.value(QLatin1String("id")).toString();
    const QString where = l.id.isEmpty() ? tr("Lesson %1").arg(i + 1) : tr("Lesson “%1”").arg(l.id);
    const auto bad = [&](const QString& why) {
      return fail(tr("%1 in %2: %3").arg(where, QDir::toNativeSeparators(indexPath), why));
    };
    l.titles = stringMap(o.value(QLatin1String("title")));
    if (l.id.isEmpty() || l.titles.value(kEnglish).isEmpty())
      return bad(tr("it needs an \"id\" and an English title."));
    const QString project = o.value(QLatin1String("project")).toString();
    l.projectPath = inDir(project);
    if (project.isEmpty() || !QFileInfo::exists(l.projectPath))
      return bad(tr("the project file “%1” is missing.").arg(project));
    const QMap<QString, QString> texts = stringMap(o.value(QLatin1String("text")));
    if (!texts.contains(kEnglish)) return bad(tr("it needs an English text."));
    for (auto it = texts.begin(); it != texts.end(); ++it) {
      l.textPaths.insert(it.key(), inDir(it.value()));
      if (!QFileInfo::exists(inDir(it.value())))
        return bad(tr("the text file “%1” is missing.").arg(it.value()));
    }
    for (const QJsonValue& v : o.value(QLatin1String("locks")).toArray()) {
      if (!Locks::fromFileName(v.toString()))
        return bad(tr("“%1” is not a control a lesson can lock (%2).")
                       .arg(v.toString(), Locks::fileNames().join(QStringLiteral(", "))));
      l.locks << v.toString();
    }
    const std::optional<LessonGoal> goal = parseGoal(o.value(QLatin1String("goal")).toObject());
    const QStringList goalMetrics{QStringLiteral("accuracy"), QStringLiteral("r2"), QStringLiteral("loss")};
    if (!goal || goal->epochs < 1 || !goalMetrics.contains(goal->metric))
      return bad(tr("the goal needs a \"metric\" (accuracy, r2 or loss), a \"split\" (validation or train), "
                    "\"epochs\" and \"atLeast\" or \"atMost\"."));
    l.goal = *goal;
    l.solution = o.value(QLatin1String("solution")).toObject();
    l.claims = o.value(QLatin1String("claims")).toArray();
    lessons << l;
  }
  if (lessons.isEmpty()) return fail(tr("%1 lists no lessons.").arg(QDir::toNativeSeparators(indexPath)));
  if (error) error->clear();
  return lessons;
}

QList<Lesson> LessonLibrary::installedBeyond(const QList<Lesson>& known, const QString& folder,
                                             QString* error) {
  QList<Lesson> out;
  if (folder.isEmpty()) return out;
  const QString index = QDir(folder).filePath(QStringLiteral("lessons.json"));
  if (!QFileInfo(index).isFile()) return out;
  for (Lesson& l : load(index, error)) {
    const bool seen =
        std::any_of(known.begin(), known.end(), [&](const Lesson& k) { return k.id == l.id; }) ||
        std::any_of(out.begin(), out.end(), [&](const Lesson& k) { return k.id == l.id; });
    if (!seen) out << std::move(l);
  }
  return out;
}

const QList<Lesson>& LessonLibrary::bundled() {
  static const QList<Lesson> lessons = load(bundledIndex());
  return lessons;
}

QString LessonLibrary::metricName(const LessonGoal& goal) {
  const bool validation = goal.split == QLatin1String("validation");
  if (goal.metric == QLatin1String("accuracy"))
    return validation ? tr("validation accuracy") : tr("training accuracy");
  if (goal.metric == QLatin1String("r2")) return validation ? tr("validation R²") : tr("training R²");
  return validation ? tr("validation loss") : tr("training loss");
}

QString LessonLibrary::formatValue(const LessonGoal& goal, double value, const QString& language) {
  const QLocale locale = localeFor(language);
  if (goal.metric == QLatin1String("accuracy")) return tr("%1%").arg(locale.toString(100.0 * value, 'g', 3));
  return locale.toString(value, 'g', 3);
}

QString LessonLibrary::goalText(const LessonGoal& goal, const QString& language) {
  const QString epochs = localeFor(language).toString(goal.epochs);
  const QString metric = metricName(goal);
  if (goal.atLeast && goal.atMost)
    return tr("Goal: %1 between %2 and %3 after %4 epochs.")
        .arg(metric, formatValue(goal, *goal.atLeast, language), formatValue(goal, *goal.atMost, language),
             epochs);
  if (goal.atLeast)
    return tr("Goal: %1 of at least %2 after %3 epochs.")
        .arg(metric, formatValue(goal, *goal.atLeast, language), epochs);
  return tr("Goal: %1 of at most %2 after %3 epochs.")
      .arg(metric, formatValue(goal, goal.atMost.value_or(0.0), language), epochs);
}
