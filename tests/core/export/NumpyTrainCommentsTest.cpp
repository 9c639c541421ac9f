// NumpyTrainExporter's comments come from the caller's CodeCommentText (the app's translations): they
// appear in the code, and whatever they hold stays inside its comment line. Also its refusals.
#include "neurona/core/export/NumpyTrainExporter.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace neurona;

namespace {

const char* kProject = R"({"format": "neurona-project", "version": 1,
 "dataset": {"generator": "xor", "samples": 80, "noise": 0.05, "seed": 4},
 "split": {"validation": 0.25, "seed": 5}, "preprocessing": {"kind": "standardize"},
 "network": {"layers": [{"type": "dense", "units": 5, "activation": "tanh"},
                        {"type": "dropout", "rate": 0.2},
                        {"type": "dense", "units": 1, "activation": "sigmoid"}]},
 "training": {"loss": "bce", "optimizer": {"name": "adam", "learning_rate": 0.02}, "epochs": 10, "batch_size": 16,
              "shuffle": true, "seed": 9}})";

Project project(const std::string& text = kProject) {
  Result<Project> p = ProjectFile::parse(text);
  EXPECT_TRUE(p.ok()) << toString(p.error.code) << " " << p.error.jsonPath;
  return p.value;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool isComment(const std::string& line) {
  const std::size_t at = line.find_first_not_of(' ');
  return at != std::string::npos && line[at] == '#';
}

// A line that holds `text`, or empty.
std::string lineWith(const std::string& code, const std::string& text) {
  for (const std::string& line : lines(code))
    if (line.find(text) != std::string::npos) return line;
  return {};
}

constexpr CodeComment kLast = CodeComment::CommandLine;

TEST(NumpyTrainComments, EveryIdHasAnEnglishSentenceOnOneLine) {
  for (int i = 0; i <= static_cast<int>(kLast); ++i) {
    const std::string s = englishCodeComment(static_cast<CodeComment>(i));
    SCOPED_TRACE(i);
    EXPECT_FALSE(s.empty());
    EXPECT_EQ(s.find('\n'), std::string::npos);
  }
}

TEST(NumpyTrainComments, TheCallersSentencesAreTheComments) {
  const CodeCommentText spanish = [](CodeComment id) -> std::string {
    switch (id) {
    case CodeComment::SectionData: return "1. Los datos";
    case CodeComment::SectionBackward: return "7. Retropropagación: el gradiente, capa por capa";
    case CodeComment::ForwardDropout:
      return "Dropout en entrenamiento: cada valor se anula con probabilidad rate.";
    default: return "Comentario número " + std::to_string(static_cast<int>(id)) + " en español";
    }
  };
  Result<std::string> code = NumpyTrainExporter::generate(project(), ".", spanish);
  ASSERT_TRUE(code.ok()) << toString(code.error.code);
  EXPECT_EQ(lineWith(code.value, "Los datos"), "# 1. Los datos");
  EXPECT_EQ(lineWith(code.value, "Retropropagación"), "# 7. Retropropagación: el gradiente, capa por capa");
  EXPECT_EQ(lineWith(code.value, "Dropout en"),
            "    # Dropout en entrenamiento: cada valor se anula con probabilidad rate.");
  // Every sentence is the caller's: no English one is left.
  EXPECT_EQ(code.value.find(englishCodeComment(CodeComment::Title)), std::string::npos);
  EXPECT_NE(code.value.find("# Comentario número 0 en español"), std::string::npos);
  // The English default writes the English sentences.
  Result<std::string> english = NumpyTrainExporter::generate(project(), ".");
  ASSERT_TRUE(english.ok());
  EXPECT_NE(english.value.find("# 1. The data\n"), std::string::npos);
}

TEST(NumpyTrainComments, ASentenceCannotLeaveItsCommentLine) {
  // Line breaks of every kind, a form feed, a bidirectional override, a NUL and bytes that are not UTF-8.
  const std::string hostile =
      std::string("harmless\nimport os; os.system('touch pwned')\r\nPWNED_CR = 1\rPWNED_LS "
                  "= 2\u2028PWNED_PS = 3\u2029PWNED_NEL = 4\u0085PWNED_FF = 5\f"
                  "\u202eRLO\t\v") +
      std::string(1, '\0') + "NUL \xff\xfe\xc3";
  const CodeCommentText text = [&](CodeComment) { return hostile; };
  Result<std::string> code = NumpyTrainExporter::generate(project(), ".", text);
  ASSERT_TRUE(code.ok());
  for (const std::string& line : lines(code.value)) {
    if (line.find("harmless") != std::string::npos || line.find("PWNED") != std::string::npos ||
        line.find("os.system") != std::string::npos) {
      EXPECT_TRUE(isComment(line)) << line;
    }
  }
  for (const char c : code.value) {
    const auto u = static_cast<unsigned char>(c);
    ASSERT_TRUE(c == '\n' || u >= 0x20) << static_cast<int>(u); // no CR, FF, VT, NUL
    ASSERT_NE(u, 0xffu);
    ASSERT_NE(u, 0xfeu);
  }
  EXPECT_EQ(code.value.find("\u2028"), std::string::npos);
  EXPECT_EQ(code.value.find("\u2029"), std::string::npos);
  EXPECT_EQ(code.value.find("\u202e"), std::string::npos);
  EXPECT_NE(code.value.find("NUL \xef\xbf\xbd"), std::string::npos); // invalid bytes as U+FFFD
  // The coding declaration stays Neurona's: lines 1 and 2 are fixed.
  const std::vector<std::string> all = lines(code.value);
  ASSERT_GE(all.size(), 3u);
  EXPECT_EQ(all[0], "#!/usr/bin/env python3");
  EXPECT_EQ(all[1], "# -*- coding: utf-8 -*-");
}

TEST(NumpyTrainComments, NamesFromTheProjectAreEscapedLiterals) {
  Project p = project(R"({"format": "neurona-project", "version": 1,
 "dataset": {"inputs": ["x\"\"\")\nimport os#", "b\u202e"],
             "points": [[0.1, 0.2, "a\n"], [0.3, 0.1, "b"], [0.9, 0.8, "a\n"], [0.7, 0.6, "b"]]},
 "split": {"validation": 0.0},
 "network": {"layers": [{"type": "dense", "units": 1, "activation": "sigmoid"}]},
 "training": {"loss": "bce", "epochs": 3}})");
  Result<std::string> code = NumpyTrainExporter::generate(p, ".");
  ASSERT_TRUE(code.ok()) << toString(code.error.code);
  EXPECT_EQ(lineWith(code.value, "import os"),
            "INPUT_NAMES = [\"x\\\"\\\"\\\")\\nimport os#\", \"b\\u202e\"]");
  EXPECT_NE(code.value.find("CLASS_NAMES = [\"a\\n\", \"b\"]"), std::string::npos);
}

TEST(NumpyTrainComments, RefusesTooManyRowsAndALayerAfterTheOutput) {
  Project big = project();
  big.dataset.samples = 6000;
  Result<std::string> code = NumpyTrainExporter::generate(big, ".");
  EXPECT_EQ(code.error.code, ErrorCode::TooManyRowsForCode);
  EXPECT_EQ(code.error.expected, kMaxNumpyTrainRows);
  EXPECT_EQ(code.error.actual, 6000);
  big.dataset.samples = 5000;
  EXPECT_TRUE(NumpyTrainExporter::generate(big, ".").ok());

  Project after = project();
  LayerSpec dropout;
  dropout.type = LayerType::Dropout;
  dropout.rate = 0.1;
  after.network.append(dropout);
  after.training.loss = LossKind::Mse; // bce needs its sigmoid last (Trainer::check); mse does not
  code = NumpyTrainExporter::generate(after, ".");
  EXPECT_EQ(code.error.code, ErrorCode::UnsupportedInCode);
  EXPECT_EQ(code.error.detail, "layer-after-output");
}

} // namespace
