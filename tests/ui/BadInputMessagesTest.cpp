// The bad inputs of the README's reliability table as the app meets them: a CSV loaded or saved in the
// Data panel, a project opened, a layer in the Problems panel. Each gives its sentence (with the line and
// column where they apply) and leaves the data as it was, never a crash.
#include "model/Project.h"
#include "support/ProjectFixtures.h"
#include "support/QtApp.h"
#include "ui/problems/DiagnosticText.h"
#include "ui/text/ErrorText.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

class BadInputMessages : public ::testing::Test {
protected:
  void SetUp() override {
    qtApp();
    ASSERT_TRUE(m_tmp.isValid());
    m_doc = std::make_unique<Project>();
    ASSERT_TRUE(m_doc->loadCsv(write("good.csv", "x1,x2,label\n0,0,a\n1,1,b\n2,0,a\n0,2,b\n")).ok());
    m_doc->undoStack()->clear();
  }

  QString write(const QString& name, const std::string& bytes) const {
    const QString path = m_tmp.filePath(name);
    fs::create_directories(fs::path(path.toStdString()).parent_path());
    std::ofstream(path.toStdString(), std::ios::binary) << bytes;
    return path;
  }

  // Loads `path` expecting a refusal; returns the sentence and checks that the data did not change.
  std::string refusal(const QString& path) {
    const int before = m_doc->undoStack()->count();
    const auto samples = m_doc->rawData().samples();
    const neurona::Error error = m_doc->loadCsv(path);
    EXPECT_FALSE(error.ok()) << path.toStdString();
    EXPECT_EQ(m_doc->undoStack()->count(), before) << "a refused file must not become an undo step";
    EXPECT_EQ(m_doc->rawData().samples(), samples) << "a refused file must not replace the data";
    return ErrorText::sentence(error).toStdString();
  }

  QTemporaryDir m_tmp;
  std::unique_ptr<Project> m_doc;
};

} // namespace

TEST_F(BadInputMessages, EmptyFileSaysSo) {
  EXPECT_EQ(refusal(write("empty.csv", "")), "The file is empty.");
}

TEST_F(BadInputMessages, BinaryGarbageIsNotText) {
  std::mt19937 rng(7);
  std::string garbage(4096, '\0');
  for (char& c : garbage) c = static_cast<char>(rng() & 0xFF);
  EXPECT_EQ(refusal(write("photo.csv", garbage)),
            "This is not a text file (line 1 contains binary data). Save it as CSV from your spreadsheet.");
}

TEST_F(BadInputMessages, FiftyMegabyteSingleLineNamesTheLine) {
  const std::string sentence =
      refusal(write("long.csv", "x1,x2,label\n" + std::string(50u << 20, '7') + "\n"));
  EXPECT_EQ(sentence, "Line 2 has 1 values, but the first line has 3.");
  EXPECT_EQ(refusal(write("one-line.csv", std::string(50u << 20, 'a'))),
            "The file needs at least two columns: one or more inputs and the label. It has 1.");
  // A project of one 50 MB line whose task is a 50 MB word: the sentence quotes 64 bytes of it.
  Project project;
  const neurona::Error error = project.open(
      write("long.neurona", R"({"format": "neurona-project", "version": 1, "task": ")" +
                                std::string(50u << 20, 't') + R"(", "dataset": {"generator": "xor"}})"));
  EXPECT_EQ(ErrorText::sentence(error).toStdString(),
            "The setting task has a value Neurona does not accept (" + std::string(64, 't') + "...).");
}

TEST_F(BadInputMessages, NanAndInfNameLineAndColumn) {
  EXPECT_EQ(refusal(write("nan.csv", "x1,x2,label\n1,2,a\n3,NaN,b\n")),
            "Line 3, column 2 (“x2”) has no value (1 row(s) have missing values).");
  EXPECT_EQ(refusal(write("inf.csv", "x1,x2,label\n1,2,a\n-inf,4,b\n")),
            "Line 3, column 1 (“x1”): “-inf” is infinite or too large.");
}

TEST_F(BadInputMessages, SingleClassHasNothingToTellApart) {
  EXPECT_EQ(refusal(write("one.csv", "x1,x2,label\n1,2,yes\n3,4,yes\n")),
            "Every row has the same label (“yes”): there is nothing to tell apart.");
}

TEST_F(BadInputMessages, NonAsciiPathLoadsAndSaves) {
  const QString path = write("datos/ñandú/pérdida.csv", "x1,x2,clase\n0,0,sí\n1,1,no\n2,0,sí\n");
  ASSERT_TRUE(m_doc->loadCsv(path).ok());
  EXPECT_EQ(m_doc->rawData().samples(), 3);
  EXPECT_EQ(m_doc->rawData().classNames, (std::vector<std::string>{"no", "sí"}));
  EXPECT_EQ(m_doc->data().source.csvPath, QFileInfo(path).canonicalFilePath().toStdString());
  const QString copy = m_tmp.filePath(QStringLiteral("datos/ñandú/copia «2».csv"));
  ASSERT_TRUE(m_doc->saveCsv(copy).ok());
  ASSERT_TRUE(m_doc->loadCsv(copy).ok());
  EXPECT_EQ(m_doc->rawData().samples(), 3);
}

TEST_F(BadInputMessages, FileDeletedBeforeLoadingCannotBeOpened) {
  const QString path = write("gone.csv", "x1,x2,label\n1,2,a\n3,4,b\n");
  fs::remove(path.toStdString());
  EXPECT_EQ(refusal(path), QStringLiteral("%1 does not exist any more. It may have been moved or deleted.")
                               .arg(QDir::toNativeSeparators(path))
                               .toStdString());
}

TEST_F(BadInputMessages, SavingIntoAReadOnlyFolderSaysWhichFile) {
  // Root may write where a folder's mode forbids it; sysfs refuses new files to everyone.
  QString folder = QStringLiteral("/sys");
  if (::geteuid() != 0) {
    folder = m_tmp.filePath(QStringLiteral("read-only"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
  }
  const QString target = folder + QStringLiteral("/datos.csv");
  const neurona::Error error = m_doc->saveCsv(target);
  EXPECT_EQ(error.code, neurona::ErrorCode::CannotWrite);
  EXPECT_TRUE(ErrorText::sentence(error).startsWith(
      QStringLiteral("%1 could not be saved").arg(QDir::toNativeSeparators(target))))
      << ErrorText::sentence(error).toStdString();
  EXPECT_FALSE(QFileInfo::exists(target));
  QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(BadInputMessages, ProjectWithAZeroNegativeOrNaNLearningRateIsRefusedOnOpen) {
  const auto withRate = [](const std::string& rate) {
    return R"({"format": "neurona-project", "version": 1, "dataset": {"generator": "xor"},)"
           R"( "network": {"layers": [{"type": "dense", "units": 1, "activation": "sigmoid"}]},)"
           R"( "training": {"optimizer": {"name": "sgd", "learning_rate": )" +
           rate + "}}}";
  };
  Project project;
  QString error = ErrorText::sentence(project.open(write("zero.neurona", withRate("0"))));
  EXPECT_EQ(error.toStdString(),
            "The setting training.optimizer.learning_rate has a value Neurona does not accept (0.0).");
  error = ErrorText::sentence(project.open(write("negative.neurona", withRate("-0.5"))));
  EXPECT_EQ(error.toStdString(),
            "The setting training.optimizer.learning_rate has a value Neurona does not accept (-0.5).");
  const QString nan = write("nan.neurona", withRate("NaN"));
  error = ErrorText::sentence(project.open(nan));
  EXPECT_TRUE(
      error.startsWith(QDir::toNativeSeparators(nan) + QStringLiteral(" is damaged: line 1, column ")))
      << error.toStdString();
  EXPECT_TRUE(error.endsWith(QStringLiteral(" is not valid JSON."))) << error.toStdString();
}

TEST_F(BadInputMessages, ProjectOfANewerVersionIsRefusedOnOpen) {
  const QString path =
      write("future.neurona", R"({"format": "neurona-project", "version": 4, "dataset": {}})");
  Project project;
  EXPECT_EQ(ErrorText::sentence(project.open(path)),
            QStringLiteral("%1 was saved by a newer Neurona (format 4; this one reads up to 2).")
                .arg(QDir::toNativeSeparators(path)));
}

TEST_F(BadInputMessages, ZeroAndHundredThousandUnitsAreProblemsThatStopTraining) {
  Project doc;
  projecttest::loadNetwork(doc, neurona::NetworkSpec::denseStack({0}, 1, neurona::ActivationKind::Relu,
                                                                 neurona::ActivationKind::Sigmoid));
  const auto find = [&](neurona::DiagnosticCode code) -> const neurona::Diagnostic* {
    for (const neurona::Diagnostic& d : doc.diagnostics())
      if (d.code == code) return &d;
    return nullptr;
  };
  const neurona::Diagnostic* zero = find(neurona::DiagnosticCode::ZeroUnits);
  ASSERT_NE(zero, nullptr);
  EXPECT_FALSE(doc.canTrain());
  EXPECT_EQ(DiagnosticText::describe(*zero, doc),
            QStringLiteral("%1 has no neurons; a layer needs at least one.").arg(doc.layerName(zero->layer)));

  projecttest::loadNetwork(doc, neurona::NetworkSpec::denseStack({100000}, 1, neurona::ActivationKind::Relu,
                                                                 neurona::ActivationKind::Sigmoid));
  const neurona::Diagnostic* wide = find(neurona::DiagnosticCode::TooManyUnits);
  ASSERT_NE(wide, nullptr);
  EXPECT_FALSE(doc.canTrain());
  EXPECT_TRUE(
      DiagnosticText::describe(*wide, doc)
          .startsWith(
              QStringLiteral("%1 has 100000 neurons; the limit is 4096").arg(doc.layerName(wide->layer))))
      << DiagnosticText::describe(*wide, doc).toStdString();
}
