#include "ui/code/CodeView.h"

#include "model/Project.h"
#include "model/TrainingJobs.h"
#include "model/TrainingSettings.h"
#include "support/WindowFixture.h"
#include "ui/code/CodeCommentText.h"
#include "ui/text/ErrorText.h"

#include "neurona/core/export/NumpyTrainExporter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using neurona::CodeComment;

namespace {

// Spanish for two texts only: enough to see the view retranslate and regenerate its comments.
class TwoTextTranslator : public QTranslator {
public:
  QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                    int n = -1) const override {
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    if (qstrcmp(context, "CodeCommentText") == 0 && qstrcmp(source, "1. The data") == 0)
      return QStringLiteral("1. Los datos");
    if (qstrcmp(context, "CodeView") == 0 && qstrcmp(source, "Copy") == 0) return QStringLiteral("Copiar");
    return {};
  }
  bool isEmpty() const override { return false; }
};

// The tutorial project (a new project) in a shown code view.
class CodeViewTest : public WindowFixture {
protected:
  void SetUp() override {
    WindowFixture::SetUp();
    project.newProject();
    view = std::make_unique<CodeView>(&project);
    view->resize(800, 600);
    view->show();
    ASSERT_TRUE(trainingtest::waitFor([&] { return !view->text().isEmpty(); }))
        << view->errorText().toStdString();
  }
  void TearDown() override {
    view.reset();
    WindowFixture::TearDown();
  }

  Project project;
  std::unique_ptr<CodeView> view;
};

} // namespace

TEST_F(CodeViewTest, everyCommentIdHasTheCoresEnglishSentence) {
  // CommandLine is the enum's last id; every id before it must have its case in CodeCommentText.
  const int last = static_cast<int>(CodeComment::CommandLine);
  for (int i = 0; i <= last; ++i) {
    const auto id = static_cast<CodeComment>(i);
    EXPECT_EQ(CodeCommentText::text(id), neurona::englishCodeComment(id)) << "comment id " << i;
  }
}

TEST_F(CodeViewTest, showsTheTutorialsTrainingCodeAsTheCliWritesIt) {
  const QString code = view->text();
  EXPECT_TRUE(code.contains(QStringLiteral("def forward("))) << code.left(400).toStdString();
  EXPECT_TRUE(code.contains(QStringLiteral("LEARNING_RATE = ")));
  EXPECT_TRUE(view->errorText().isEmpty());
  EXPECT_TRUE(view->editor()->isReadOnly());
  // In English the comments are core's own: the view shows exactly what neurona-cli export writes.
  const QString dir = QDir::currentPath();
  const auto cli = neurona::NumpyTrainExporter::generate(project.toFile(dir), dir.toStdString());
  ASSERT_TRUE(cli.ok());
  EXPECT_EQ(code.toStdString(), cli.value);
  EXPECT_TRUE(
      code.contains(QString::fromStdString("# " + neurona::englishCodeComment(CodeComment::SectionData))));
  EXPECT_TRUE(code.contains(QStringLiteral("# A Neurona project's training run")));
}

TEST_F(CodeViewTest, aChangedSettingRegeneratesTheCodeAfterAPause) {
  ASSERT_FALSE(view->text().contains(QStringLiteral("LEARNING_RATE = 0.123")));
  ASSERT_TRUE(project.setSetting(SettingKey::LearningRate, 0.123));
  EXPECT_FALSE(
      view->text().contains(QStringLiteral("LEARNING_RATE = 0.123"))); // not at once: after the debounce
  ASSERT_TRUE(
      trainingtest::waitFor([&] { return view->text().contains(QStringLiteral("LEARNING_RATE = 0.123")); }));
}

TEST_F(CodeViewTest, aHiddenViewWaitsUntilItIsShownAgain) {
  view->hide();
  ASSERT_TRUE(project.setSetting(SettingKey::LearningRate, 0.123));
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 2 * CodeView::kDebounceMs) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  EXPECT_FALSE(view->text().contains(QStringLiteral("LEARNING_RATE = 0.123")));
  view->show();
  ASSERT_TRUE(
      trainingtest::waitFor([&] { return view->text().contains(QStringLiteral("LEARNING_RATE = 0.123")); }));
}

TEST_F(CodeViewTest, copyPutsTheWholeCodeOnTheClipboard) {
  QApplication::clipboard()->clear();
  view->copyButton()->click();
  EXPECT_EQ(QApplication::clipboard()->text(), view->text());
}

TEST_F(CodeViewTest, buttonsAndTextHaveAccessibleNames) {
  EXPECT_FALSE(view->copyButton()->accessibleName().isEmpty());
  EXPECT_FALSE(view->saveButton()->accessibleName().isEmpty());
  EXPECT_FALSE(view->editor()->accessibleName().isEmpty());
  EXPECT_EQ(view->copyButton()->text(), QStringLiteral("Copy"));
}

TEST_F(CodeViewTest, saveToWritesTheCodeShown) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("train.py"));
  ASSERT_TRUE(view->saveTo(path));
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_EQ(QString::fromUtf8(f.readAll()), view->text());
}

TEST_F(CodeViewTest, theSavedCodeTrainsWithPython) {
  if (QProcess::execute(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"), QStringLiteral("import numpy")}) != 0)
    GTEST_SKIP() << "python3 with numpy is not installed";
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("train.py"));
  ASSERT_TRUE(view->saveTo(path));
  QProcess python;
  python.start(QStringLiteral("/usr/bin/python3"), {path, QStringLiteral("--epochs"), QStringLiteral("5")});
  ASSERT_TRUE(python.waitForFinished(60000));
  EXPECT_EQ(python.exitStatus(), QProcess::NormalExit);
  EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
  const QStringList lines =
      QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 6) << lines.join(QLatin1Char('\n')).toStdString();
  EXPECT_TRUE(lines.first().startsWith(QStringLiteral("epoch,loss")));
  EXPECT_TRUE(lines.last().startsWith(QStringLiteral("5,")));
}

TEST_F(CodeViewTest, tooManyRowsShowsTheErrorSentenceInsteadOfCode) {
  // A sentence for each new code, not the fallback that names the code.
  neurona::Error rows;
  rows.code = neurona::ErrorCode::TooManyRowsForCode;
  rows.actual = 6000;
  rows.expected = neurona::kMaxNumpyTrainRows;
  const QString sentence = ErrorText::sentence(rows);
  EXPECT_TRUE(sentence.contains(QStringLiteral("6000"))) << sentence.toStdString();
  EXPECT_FALSE(sentence.contains(QStringLiteral("TooManyRowsForCode")));
  // In the view: too many rows show the sentence instead of code, and fewer rows bring the code back.
  neurona::DatasetSource many;
  many.generator = "moons";
  many.samples = 6000;
  ASSERT_TRUE(project.generateData(many).ok());
  ASSERT_TRUE(trainingtest::waitFor([&] { return !view->errorText().isEmpty(); }));
  EXPECT_TRUE(view->text().isEmpty());
  EXPECT_FALSE(view->copyButton()->isEnabled());
  EXPECT_FALSE(view->saveButton()->isEnabled());
  EXPECT_TRUE(view->errorText().contains(QStringLiteral("5000"))) << view->errorText().toStdString();
  many.samples = 200;
  ASSERT_TRUE(project.generateData(many).ok());
  ASSERT_TRUE(trainingtest::waitFor([&] { return !view->text().isEmpty(); }));
  EXPECT_TRUE(view->errorText().isEmpty());
  EXPECT_TRUE(view->saveButton()->isEnabled());
  neurona::Error layer;
  layer.code = neurona::ErrorCode::UnsupportedInCode;
  layer.detail = "layer-after-output";
  EXPECT_FALSE(ErrorText::sentence(layer).contains(QStringLiteral("UnsupportedInCode")));
  // Each reason the code cannot be written has its own sentence.
  QStringList sentences;
  for (const char* detail : {"layer-after-output", "graph", "several-targets", "image"}) {
    layer.detail = detail;
    sentences << ErrorText::sentence(layer);
  }
  sentences.removeDuplicates();
  EXPECT_EQ(sentences.size(), 4) << sentences.join(QLatin1Char('\n')).toStdString();
  layer.detail = "image";
  EXPECT_TRUE(ErrorText::sentence(layer).contains(QStringLiteral("image")))
      << ErrorText::sentence(layer).toStdString();
  // A model file's image shapes: sentences with the numbers, not the detail's code word.
  neurona::Error shape;
  shape.code = neurona::ErrorCode::BadValue;
  shape.jsonPath = "layers[1].pool";
  shape.detail = "window";
  shape.expected = 2;
  shape.actual = 3;
  EXPECT_EQ(ErrorText::sentence(shape).toStdString(),
            "layers[1].pool: the window is 3 pixels, larger than its input (2 pixels).");
  for (const char* detail : {"pixels", "needs-image", "reads-image"}) {
    shape.detail = detail;
    EXPECT_FALSE(ErrorText::sentence(shape).contains(QString::fromLatin1(detail))) << detail;
  }
}

TEST_F(CodeViewTest, aLanguageChangeRetranslatesAndRegenerates) {
  languages.setLanguage(QStringLiteral("es"));
  // Without Spanish strings yet the texts may stay English: the view must still show code afterwards.
  ASSERT_TRUE(trainingtest::waitFor([&] { return !view->text().isEmpty(); }));
  languages.setLanguage(QStringLiteral("en"));
  ASSERT_TRUE(trainingtest::waitFor(
      [&] { return view->text().contains(QStringLiteral("# A Neurona project's training run")); }));
  EXPECT_EQ(view->copyButton()->text(), QStringLiteral("Copy"));
}

TEST_F(CodeViewTest, aTranslatorChangesTheCommentsAndButtons) {
  TwoTextTranslator spanish;
  ASSERT_TRUE(QCoreApplication::installTranslator(&spanish)); // posts LanguageChange to every widget
  EXPECT_TRUE(trainingtest::waitFor([&] { return view->copyButton()->text() == QStringLiteral("Copiar"); }));
  EXPECT_TRUE(
      trainingtest::waitFor([&] { return view->text().contains(QStringLiteral("# 1. Los datos\n")); }));
  EXPECT_FALSE(view->text().contains(QStringLiteral("# 1. The data\n")));
  QCoreApplication::removeTranslator(&spanish);
  EXPECT_TRUE(
      trainingtest::waitFor([&] { return view->text().contains(QStringLiteral("# 1. The data\n")); }));
  EXPECT_EQ(view->copyButton()->text(), QStringLiteral("Copy"));
}
