// The progress display of `neurona-cli train`, driven directly (the bar only shows on a terminal,
// which the end-to-end tests do not have). neurona-cli's sources are not in a library, so the
// translation unit is compiled into this test.
#include "cli/Progress.cpp"
#include "neurona/core/train/Trainer.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace neurona;

namespace {

// A Trainer only to satisfy the observer's signature (Progress does not read it).
struct TinyRun {
  Dataset data;
  NetworkSpec spec = NetworkSpec::denseStack({}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  std::unique_ptr<Trainer> trainer;
  TinyRun() {
    data.featureNames = {"x1", "x2"};
    data.features = MatrixD{{0, 0}, {1, 1}};
    data.labels = Eigen::VectorXi{{0, 1}};
    data.classNames = {"0", "1"};
    trainer = std::make_unique<Trainer>(spec, TrainingConfig{}, data);
  }
};

EpochRecord record(int epoch) {
  EpochRecord r;
  r.epoch = epoch;
  r.loss = 1.0 / epoch;
  r.accuracy = 0.5;
  return r;
}

} // namespace

TEST(Progress, OneLinePerTenPercentWithoutTerminal) {
  TinyRun run;
  std::ostringstream out;
  cli::Progress p(out, false, 0, 25);
  for (int e = 1; e <= 25; ++e) p.onEpoch(record(e), *run.trainer);
  p.finish();
  const std::string text = out.str();
  int lines = 0;
  for (char c : text) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, 10) << text;
  EXPECT_EQ(text.rfind("10% epoch 3/25", 0), 0u) << text; // 2.5 epochs is 10%: printed after epoch 3
  EXPECT_NE(text.find("100% epoch 25/25"), std::string::npos);
  EXPECT_EQ(text.find('\r'), std::string::npos);
}

TEST(Progress, FewEpochsStillPrintAtMostOneLineEach) {
  TinyRun run;
  std::ostringstream out;
  cli::Progress p(out, false, 0, 4);
  for (int e = 1; e <= 4; ++e) p.onEpoch(record(e), *run.trainer);
  const std::string text = out.str();
  int lines = 0;
  for (char c : text) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, 4) << text;
}

TEST(Progress, BarOnATerminal) {
  TinyRun run;
  std::ostringstream out;
  cli::Progress p(out, true, 0, 10);
  for (int e = 1; e <= 10; ++e) p.onEpoch(record(e), *run.trainer);
  p.finish();
  const std::string text = out.str();
  EXPECT_EQ(text.front(), '\r');
  // The last epoch is always drawn, full.
  EXPECT_NE(text.find("[##############################] 100% epoch 10/10"), std::string::npos) << text;
  EXPECT_NE(text.find("loss 0.1"), std::string::npos);
  EXPECT_NE(text.find("ETA 00:00"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
}
