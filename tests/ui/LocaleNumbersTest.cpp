// Numbers on screen follow the interface language (Spanish 0,5; English 0.5) and switch with it at
// run time; files keep the '.' whatever the language.
#include "support/QtApp.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/LossPlot.h"
#include "ui/plots/MetricsView.h"
#include "ui/shell/LanguageManager.h"
#include "ui/style/NumberFormat.h"
#include "ui/training/TrainingPanel.h"

#include "neurona/core/io/Project.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace {

// Starts in English and leaves the application in English, whatever the test switched to.
struct Languages {
  LanguageManager manager;
  Languages() {
    qtApp();
    switchTo(QStringLiteral("en"));
  }
  ~Languages() { switchTo(QStringLiteral("en")); }
  // Switches as the Language menu does; the windows hear of it through posted events.
  bool switchTo(const QString& code) {
    const bool ok = manager.setLanguage(code);
    QCoreApplication::processEvents();
    return ok;
  }
};

} // namespace

TEST(LocaleNumbers, formattingFollowsTheLanguage) {
  Languages languages;
  EXPECT_EQ(NumberFormat::number(0.5), QStringLiteral("0.5"));
  EXPECT_EQ(NumberFormat::percent(0.875), QStringLiteral("87.5%"));
  ASSERT_TRUE(languages.switchTo(QStringLiteral("es")));
  EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));
  EXPECT_EQ(NumberFormat::number(0.5), QStringLiteral("0,5"));
  EXPECT_EQ(NumberFormat::fixed(3.14159, 2), QStringLiteral("3,14"));
  // "87,5 %" once the catalogue has the Spanish spacing; the number is what this test is about.
  EXPECT_TRUE(NumberFormat::percent(0.875).startsWith(QStringLiteral("87,5")));
  EXPECT_TRUE(NumberFormat::percent(0.875).endsWith(QStringLiteral("%")));
  EXPECT_EQ(NumberFormat::number(std::nan("")), QStringLiteral("–"));
}

TEST(LocaleNumbers, panelsAndPlotsShowDecimalCommasInSpanishAndPointsInEnglish) {
  Languages languages;
  // As in the app: the panels live inside a window, and only the window is told of the language.
  QWidget window;
  auto* layout = new QVBoxLayout(&window);
  Project project;
  TrainingController controller(&project);
  project.setSetting(SettingKey::LearningRate, 0.05);
  auto* training = new TrainingPanel(&project, &controller, &window);
  auto* metrics = new MetricsView(&window);
  auto* loss = new LossPlot(&window);
  auto* boundary = new BoundaryPlot(&window);
  for (QWidget* w : std::initializer_list<QWidget*>{training, metrics, loss, boundary}) layout->addWidget(w);
  window.resize(900, 1200);
  window.show();

  metrics->setClasses({"a", "b"}, false);
  auto s = std::make_shared<Snapshot>();
  s->trainClassification.accuracy = 0.875;
  s->trainClassification.confusion = Eigen::MatrixXi::Zero(2, 2);
  metrics->showSnapshot(s);
  neurona::EpochRecord r;
  r.epoch = 1;
  r.loss = 0.25;
  r.accuracy = 0.5;
  loss->appendEpochs({r}, 0);
  boundary->xAxis->setRange(-1.0, 1.0);
  const auto ticks = [&] {
    boundary->replot();
    const QVector<QString> labels = boundary->xAxis->tickVectorLabels();
    return QStringList(labels.begin(), labels.end());
  };
  const auto rateText = [&] { return training->rateField()->text(); };
  const auto accuracyCell = [&] { return metrics->metrics()->item(0, 0)->text(); };

  EXPECT_TRUE(rateText().startsWith(QStringLiteral("0.05"))) << rateText().toStdString();
  EXPECT_EQ(accuracyCell(), QStringLiteral("87.5%"));
  EXPECT_TRUE(loss->hoverText(1).contains(QStringLiteral("0.25")));
  EXPECT_TRUE(ticks().contains(QStringLiteral("0.5"))) << ticks().join(' ').toStdString();

  ASSERT_TRUE(languages.switchTo(QStringLiteral("es")));
  EXPECT_TRUE(rateText().startsWith(QStringLiteral("0,05"))) << rateText().toStdString();
  EXPECT_TRUE(accuracyCell().startsWith(QStringLiteral("87,5"))) << accuracyCell().toStdString();
  EXPECT_TRUE(loss->hoverText(1).contains(QStringLiteral("0,25"))) << loss->hoverText(1).toStdString();
  EXPECT_EQ(loss->lossPlot()->locale().decimalPoint(), QStringLiteral(","));
  EXPECT_TRUE(ticks().contains(QStringLiteral("0,5"))) << ticks().join(' ').toStdString();

  // The value behind the field is untouched by the switch.
  EXPECT_DOUBLE_EQ(project.settings().optimizer.learningRate, 0.05);

  ASSERT_TRUE(languages.switchTo(QStringLiteral("en")));
  EXPECT_TRUE(rateText().startsWith(QStringLiteral("0.05"))) << rateText().toStdString();
  EXPECT_EQ(accuracyCell(), QStringLiteral("87.5%"));
  EXPECT_TRUE(ticks().contains(QStringLiteral("0.5"))) << ticks().join(' ').toStdString();
}

TEST(LocaleNumbers, aSpanishFieldReadsTheDecimalComma) {
  Languages languages;
  ASSERT_TRUE(languages.switchTo(QStringLiteral("es")));
  QWidget window; // created after the switch: it starts in Spanish
  Project project;
  TrainingController controller(&project);
  auto* training = new TrainingPanel(&project, &controller, &window);
  window.show();
  QDoubleSpinBox* field = training->rateField();
  field->setFocus();
  field->selectAll();
  QTest::keyClicks(field, QStringLiteral("0,25"));
  QTest::keyClick(field, Qt::Key_Return);
  EXPECT_DOUBLE_EQ(project.settings().optimizer.learningRate, 0.25);
}

TEST(LocaleNumbers, filesWrittenInSpanishStillUseThePoint) {
  Languages languages;
  ASSERT_TRUE(languages.switchTo(QStringLiteral("es")));
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());

  Project project;
  ASSERT_TRUE(project.setSetting(SettingKey::LearningRate, 0.05));
  Preparation prep = project.preparation();
  prep.split.validation = 0.25;
  ASSERT_TRUE(project.setPreparation(prep));
  const QString projectPath = dir.filePath(QStringLiteral("p.neurona"));
  ASSERT_TRUE(project.save(projectPath).ok());
  QFile projectFile(projectPath);
  ASSERT_TRUE(projectFile.open(QIODevice::ReadOnly));
  const QString json = QString::fromUtf8(projectFile.readAll());
  EXPECT_TRUE(json.contains(QStringLiteral("0.05")));
  EXPECT_TRUE(json.contains(QStringLiteral("0.25")));
  EXPECT_FALSE(json.contains(QStringLiteral("0,05")));
  EXPECT_FALSE(json.contains(QStringLiteral("0,25")));

  neurona::DatasetSource source;
  source.kind = neurona::DatasetSourceKind::Generator;
  source.generator = "circles";
  source.samples = 40;
  source.noise = 0.1;
  source.seed = 3;
  ASSERT_TRUE(project.generateData(source).ok());
  const QString csvPath = dir.filePath(QStringLiteral("d.csv"));
  ASSERT_TRUE(project.saveCsv(csvPath).ok());
  QFile csv(csvPath);
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly | QIODevice::Text));
  const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 41); // header and 40 rows
  for (const QString& line : lines.mid(1)) {
    EXPECT_EQ(line.split(',').size(), 3) << line.toStdString(); // a decimal comma would split the numbers
    EXPECT_TRUE(line.contains('.')) << line.toStdString();
  }
}
