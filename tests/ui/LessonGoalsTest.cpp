// Every bundled lesson loads and trains headless to the goal it states, with the data preparation and
// the Trainer that neurona-cli uses; the other statements its text makes ("claims": with a patch on the
// project, or on the project as shipped) hold too. Lessons and texts are read from the app's resources.
//
// Only the projects' own seeds run here. To check that a goal holds with margin and not by luck, run
// with NEURONA_LESSON_SEED=N, which replaces every project's training seed.
#include "model/lessons/LessonLibrary.h"
#include "ui/concepts/ConceptLibrary.h"

#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/train/LayerHealth.h"
#include "neurona/core/train/Trainer.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace {

nlohmann::json toNlohmann(const QJsonObject& o) {
  return nlohmann::json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

// The lesson's project with a JSON merge patch applied, the way the index describes a fix.
neurona::Project lessonProject(const Lesson& lesson, const QJsonObject& patch) {
  QFile f(lesson.projectPath);
  EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << lesson.projectPath.toStdString();
  nlohmann::json doc = nlohmann::json::parse(f.readAll().toStdString());
  if (!patch.isEmpty()) doc.merge_patch(toNlohmann(patch));
  neurona::Result<neurona::Project> loaded = neurona::ProjectFile::fromJson(doc);
  EXPECT_TRUE(loaded.ok()) << lesson.id.toStdString() << ": " << loaded.error.jsonPath << " "
                           << loaded.error.detail;
  if (const char* seed = std::getenv("NEURONA_LESSON_SEED"))
    loaded.value.training.seed = std::strtoull(seed, nullptr, 10);
  return loaded.value;
}

struct Measured {
  double value = std::nan("");
  neurona::TrainingStatus status = neurona::TrainingStatus::Running;
};

// Trains `project` for goal.epochs epochs as `neurona-cli train` does and measures the goal's metric.
// lossDrop: 1 − (loss after) / (loss of the untrained network); gap: validation loss − training loss;
// gradientReach: ‖∂L/∂W‖ of the first dense layer over the output layer's, on the split (LayerHealth, the
// numbers Training Health plots); parameters: the network's trainable parameter count.
Measured measure(neurona::Project project, const LessonGoal& goal) {
  Measured m;
  project.training.epochs = goal.epochs;
  neurona::Result<neurona::PreparedData> data =
      neurona::ProjectData::prepare(project, std::filesystem::path());
  EXPECT_TRUE(data.ok()) << data.error.jsonPath << " " << data.error.detail;
  if (!data.ok()) return m;
  const neurona::PreparedData& d = data.value;
  neurona::ValidationContext ctx;
  ctx.inputs = static_cast<int>(d.train.featureCount());
  ctx.task = d.raw.task;
  ctx.classes = d.raw.classCount();
  ctx.loss = project.training.loss;
  ctx.targets = static_cast<int>(std::max<Eigen::Index>(1, d.raw.targetCount())); // an autoencoder has 2
  // As `neurona-cli train` runs it: a network without an input shape takes its pictures' shape.
  const neurona::NetworkSpec network = neurona::ProjectData::network(project, d);
  EXPECT_FALSE(neurona::hasErrors(neurona::validate(network, ctx)));
  neurona::Trainer trainer(network, project.training, d.train,
                           d.validation.samples() > 0 ? &d.validation : nullptr);
  const neurona::Dataset& split = goal.split == QLatin1String("validation") ? d.validation : d.train;
  EXPECT_GT(split.samples(), 0);
  const double before = trainer.evaluateLoss(split);
  if (goal.epochs > 0) m.status = trainer.run().status;
  if (goal.metric == QLatin1String("accuracy"))
    m.value = trainer.classificationMetrics(split).accuracy;
  else if (goal.metric == QLatin1String("r2"))
    m.value = trainer.regressionMetrics(split).r2;
  else if (goal.metric == QLatin1String("loss"))
    m.value = trainer.evaluateLoss(split);
  else if (goal.metric == QLatin1String("lossDrop"))
    m.value = 1.0 - trainer.evaluateLoss(split) / before;
  else if (goal.metric == QLatin1String("gap"))
    m.value = trainer.evaluateLoss(d.validation) - trainer.evaluateLoss(d.train);
  else if (goal.metric == QLatin1String("gradientReach")) {
    const neurona::NetworkD net = trainer.network().convert<double>();
    const neurona::HealthReport health = neurona::LayerHealth::measure(
        net, split.features, neurona::targetMatrix<double>(split, net.outputs()), project.training.loss);
    EXPECT_GE(health.layers.size(), 2u);
    if (health.layers.size() >= 2) m.value = health.layers.front().gradNorm / health.layers.back().gradNorm;
  } else if (goal.metric == QLatin1String("parameters")) {
    m.value = static_cast<double>(trainer.network().parameterCount());
  }
  return m;
}

std::string describe(const LessonGoal& g) {
  std::string s = g.split.toStdString() + " " + g.metric.toStdString();
  if (g.atLeast) s += " >= " + std::to_string(*g.atLeast);
  if (g.atMost) s += " <= " + std::to_string(*g.atMost);
  return s + " after " + std::to_string(g.epochs) + " epochs";
}

class LessonGoals : public ::testing::TestWithParam<int> {};

} // namespace

TEST_P(LessonGoals, trainsToItsGoalAndItsClaimsHold) {
  const QList<Lesson>& lessons = LessonLibrary::bundled();
  ASSERT_LT(GetParam(), lessons.size());
  const Lesson& lesson = lessons[GetParam()];
  const std::string id = lesson.id.toStdString();

  const Measured goal = measure(lessonProject(lesson, lesson.solution), lesson.goal);
  std::printf("[lesson] %s goal: %s -> %.4f\n", id.c_str(), describe(lesson.goal).c_str(), goal.value);
  EXPECT_NE(goal.status, neurona::TrainingStatus::Diverged) << id;
  EXPECT_TRUE(lesson.goal.isMetBy(goal.value))
      << id << ": " << describe(lesson.goal) << ", measured " << goal.value;

  for (const QJsonValue& v : lesson.claims) {
    const QJsonObject claim = v.toObject();
    const std::optional<LessonGoal> g = LessonLibrary::parseGoal(claim);
    ASSERT_TRUE(g.has_value()) << id << ": a claim that cannot be read";
    // "patch": "solution" measures the lesson's own solution.
    const QJsonValue patch = claim.value(QLatin1String("patch"));
    const Measured m =
        measure(lessonProject(lesson, patch.toString() == QLatin1String("solution") ? lesson.solution
                                                                                    : patch.toObject()),
                *g);
    const std::string about = claim.value(QLatin1String("about")).toString().toStdString();
    std::printf("[lesson] %s claim \"%s\": %s -> %.4g\n", id.c_str(), about.c_str(), describe(*g).c_str(),
                m.value);
    EXPECT_TRUE(g->isMetBy(m.value)) << id << ": " << about << ": " << describe(*g) << ", measured "
                                     << m.value;
  }
}

INSTANTIATE_TEST_SUITE_P(Bundled, LessonGoals, ::testing::Range(0, 11));

TEST(LessonLibrary, bundlesElevenLessonsInBothLanguages) {
  QString error;
  const QList<Lesson> lessons = LessonLibrary::load(LessonLibrary::bundledIndex(), &error);
  ASSERT_EQ(lessons.size(), 11) << error.toStdString();
  const QRegularExpression link(QStringLiteral("href=\"concept:([^\"]+)\""));
  for (const Lesson& l : lessons) {
    const std::string id = l.id.toStdString();
    EXPECT_TRUE(l.projectPath.startsWith(QLatin1String(":/lessons/"))) << id;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("es")}) {
      const bool es = lang == QLatin1String("es");
      EXPECT_FALSE(l.titles.value(lang).isEmpty()) << id << " " << lang.toStdString();
      const QString html = l.html(lang);
      ASSERT_TRUE(l.textPaths.contains(lang)) << id << " has no text in " << lang.toStdString();
      // Each text states the goal in words: its threshold and its number of epochs, written the way
      // the language writes numbers ("92%", "0.9", "2,000 epochs"; "92 %", "0,9", "2000 épocas").
      const double threshold = l.goal.atLeast.value_or(l.goal.atMost.value_or(0.0));
      QString shown = l.goal.metric == QLatin1String("accuracy")
                          ? QString::number(std::lround(100 * threshold)) +
                                (es ? QStringLiteral(" %") : QStringLiteral("%"))
                          : QString::number(threshold);
      if (es) shown.replace(QLatin1Char('.'), QLatin1Char(','));
      EXPECT_TRUE(html.contains(shown))
          << id << " " << lang.toStdString() << " does not state " << shown.toStdString();
      const QString epochs =
          es ? QStringLiteral("%1 épocas").arg(l.goal.epochs)
             : QLocale(QLocale::English).toString(l.goal.epochs) + QStringLiteral(" epochs");
      EXPECT_TRUE(html.contains(epochs))
          << id << " " << lang.toStdString() << " does not state " << epochs.toStdString();
      // Links to the Concepts dock name entries that exist.
      for (auto it = link.globalMatch(html); it.hasNext();) {
        const QString key = it.next().captured(1);
        EXPECT_TRUE(ConceptLibrary::contains(key))
            << id << " " << lang.toStdString() << " links to " << key.toStdString();
      }
    }
    // Both languages have the same sections and links, so neither says more than the other.
    const auto outline = [](const QString& html) {
      QStringList tags;
      const QRegularExpression tag(QStringLiteral("<(h4|li|a href=\"[^\"]*\")"));
      for (auto it = tag.globalMatch(html); it.hasNext();) tags << it.next().captured(1);
      return tags;
    };
    EXPECT_EQ(outline(l.html(QStringLiteral("en"))), outline(l.html(QStringLiteral("es")))) << id;
  }
}

TEST(LessonLibrary, refusesAnIndexWithAProblemAndSaysWhich) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const auto write = [&](const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
  };
  QFile example(QStringLiteral(":/lessons/02-xor.neurona"));
  ASSERT_TRUE(example.open(QIODevice::ReadOnly));
  write(QStringLiteral("p.neurona"), example.readAll());
  write(QStringLiteral("p.en.html"), "<p>Text</p>");
  const auto index = [&](const QString& lesson) {
    write(QStringLiteral("lessons.json"),
          QStringLiteral(R"({"format": "neurona-lessons", "version": 1, "lessons": [%1]})")
              .arg(lesson)
              .toUtf8());
    QString error;
    const QList<Lesson> lessons = LessonLibrary::load(dir.filePath(QStringLiteral("lessons.json")), &error);
    return std::make_pair(lessons.size(), error);
  };
  const QString good = QStringLiteral(
      R"({"id": "mine", "project": "p.neurona", "title": {"en": "Mine"}, "text": {"en": "p.en.html"},
          "locks": [%1], "goal": {"metric": "accuracy", "split": "validation", "atLeast": 0.9, "epochs": %2}})");

  auto [count, error] = index(good.arg(QStringLiteral("\"network\""), QStringLiteral("50")));
  EXPECT_EQ(count, 1) << error.toStdString();
  const QList<Lesson> mine = LessonLibrary::load(dir.filePath(QStringLiteral("lessons.json")));
  ASSERT_EQ(mine.size(), 1);
  EXPECT_EQ(mine[0].projectPath, dir.filePath(QStringLiteral("p.neurona")));
  EXPECT_EQ(mine[0].html(QStringLiteral("es")), QStringLiteral("<p>Text</p>")); // falls back to English
  EXPECT_EQ(mine[0].title(QStringLiteral("es")), QStringLiteral("Mine"));

  std::tie(count, error) = index(good.arg(QStringLiteral("\"seed\""), QStringLiteral("50")));
  EXPECT_EQ(count, 0);
  EXPECT_TRUE(error.contains(QStringLiteral("“seed”")) && error.contains(QStringLiteral("learningRate")))
      << error.toStdString();
  std::tie(count, error) = index(good.arg(QString(), QStringLiteral("0")));
  EXPECT_EQ(count, 0);
  EXPECT_TRUE(error.contains(QStringLiteral("goal"))) << error.toStdString();
  std::tie(count, error) = index(QString(good)
                                     .replace(QStringLiteral("p.neurona"), QStringLiteral("gone.neurona"))
                                     .arg(QString(), QStringLiteral("50")));
  EXPECT_EQ(count, 0);
  EXPECT_TRUE(error.contains(QStringLiteral("gone.neurona"))) << error.toStdString();
  write(QStringLiteral("lessons.json"), "{\"format\": \"neurona-lessons\", ");
  EXPECT_TRUE(LessonLibrary::load(dir.filePath(QStringLiteral("lessons.json")), &error).isEmpty());
  EXPECT_TRUE(error.contains(QStringLiteral("not valid JSON"))) << error.toStdString();
}

TEST(LessonLibrary, aGoalReadsItsMetricFromTheRightColumnOfAnEpoch) {
  neurona::EpochRecord r;
  r.epoch = 10;
  r.accuracy = 0.99;
  r.valAccuracy = 0.81;
  r.loss = 0.1;
  r.valLoss = 0.4;
  LessonGoal g = *LessonLibrary::parseGoal(
      QJsonDocument::fromJson(
          R"({"metric": "accuracy", "split": "validation", "atLeast": 0.8, "epochs": 10})")
          .object());
  EXPECT_EQ(g.valueIn(r), 0.81);
  EXPECT_TRUE(g.isMetBy(0.81));
  EXPECT_FALSE(g.isMetBy(0.79));
  EXPECT_FALSE(g.isMetBy(std::nan("")));
  g.split = QStringLiteral("train");
  EXPECT_EQ(g.valueIn(r), 0.99);
  g.metric = QStringLiteral("r2");
  EXPECT_FALSE(g.valueIn(r).has_value()); // a classification epoch has no R²
  g.metric = QStringLiteral("loss");
  g.split = QStringLiteral("validation");
  g.atLeast.reset();
  g.atMost = 0.5;
  EXPECT_EQ(g.valueIn(r), 0.4);
  EXPECT_TRUE(g.isMetBy(0.4));
  EXPECT_FALSE(g.isMetBy(0.6));
  EXPECT_FALSE(LessonLibrary::parseGoal(
      QJsonDocument::fromJson(R"({"metric": "speed", "atLeast": 1, "epochs": 1})").object()));
  EXPECT_FALSE(
      LessonLibrary::parseGoal(QJsonDocument::fromJson(R"({"metric": "loss", "epochs": 1})").object()));
}
