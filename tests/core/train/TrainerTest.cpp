#include "neurona/core/train/GridEvaluator.h"
#include "neurona/core/train/Metrics.h"
#include "neurona/core/train/Trainer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <thread>

namespace neurona {
namespace {

// Two Gaussian blobs (binary) or three (multi-class), or a noisy line (regression).
Dataset blobs(int n, int classes, std::uint64_t seed, double spread = 0.4) {
  Rng rng(seed);
  std::normal_distribution<double> noise(0.0, spread);
  Dataset d;
  d.featureNames = {"x1", "x2"};
  d.task = classes == 2 ? TaskKind::BinaryClassification : TaskKind::MulticlassClassification;
  d.features.resize(n, 2);
  d.labels.resize(n);
  for (int k = 0; k < classes; ++k) d.classNames.push_back(std::to_string(k));
  for (int i = 0; i < n; ++i) {
    const int k = i % classes;
    const double angle = 2.0 * 3.14159265358979 * k / classes;
    d.features(i, 0) = 1.5 * std::cos(angle) + noise(rng);
    d.features(i, 1) = 1.5 * std::sin(angle) + noise(rng);
    d.labels(i) = k;
  }
  return d;
}

Dataset line(int n, std::uint64_t seed) {
  Rng rng(seed);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  Dataset d;
  d.task = TaskKind::Regression;
  d.features.resize(n, 2);
  d.targets.resize(n, 1);
  for (int i = 0; i < n; ++i) {
    d.features(i, 0) = u(rng);
    d.features(i, 1) = u(rng);
    d.targets(i) = 2.0 * d.features(i, 0) - d.features(i, 1) + 0.5;
  }
  return d;
}

TrainingConfig adamConfig(int epochs, int batch) {
  TrainingConfig c;
  c.loss = LossKind::Bce;
  c.optimizer = *OptimizerConfig::defaults("adam");
  c.optimizer.learningRate = 0.02;
  c.epochs = epochs;
  c.batchSize = batch;
  c.seed = 42;
  return c;
}

NetworkSpec binarySpec() { return NetworkSpec::denseStack({8}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid); }

TEST(Trainer, LearnsSeparableBlobsAndReportsHistory) {
  const Dataset train = blobs(200, 2, 1), val = blobs(100, 2, 2);
  Trainer t(binarySpec(), adamConfig(30, 16), train, &val);
  const TrainingResult r = t.run();
  EXPECT_EQ(r.status, TrainingStatus::Completed);
  EXPECT_EQ(r.epochs, 30);
  ASSERT_EQ(r.history.size(), 30u);
  EXPECT_LT(r.history.back().loss, r.history.front().loss);
  EXPECT_GT(r.history.back().valAccuracy, 0.97);
  EXPECT_GT(r.history.back().accuracy, 0.95);
  EXPECT_NEAR(r.history.back().valLoss, t.evaluateLoss(val), 1e-6);
  const ClassificationMetrics m = t.classificationMetrics(val);
  EXPECT_NEAR(m.accuracy, r.history.back().valAccuracy, 1e-12);
  EXPECT_EQ(m.confusion.sum(), 100);
}

TEST(Trainer, MulticlassWithSoftmaxAndRegression) {
  const Dataset train = blobs(300, 3, 3);
  TrainingConfig c = adamConfig(40, 32);
  c.loss = LossKind::Cce;
  Trainer t(NetworkSpec::denseStack({8}, 3, ActivationKind::Relu, ActivationKind::Softmax), c, train);
  EXPECT_EQ(t.run().status, TrainingStatus::Completed);
  EXPECT_GT(t.history().back().accuracy, 0.95);

  const Dataset reg = line(200, 4);
  TrainingConfig rc = adamConfig(60, 20);
  rc.loss = LossKind::Mse;
  Trainer tr(NetworkSpec::denseStack({}, 1, ActivationKind::Relu, ActivationKind::Linear), rc, reg, &reg);
  tr.run();
  EXPECT_GT(tr.history().back().valR2, 0.99);
  EXPECT_LT(tr.history().back().valRmse, 0.1);
  const RegressionMetrics m = tr.regressionMetrics(reg);
  EXPECT_NEAR(m.r2, tr.history().back().valR2, 1e-9);
}

TEST(Trainer, SameSeedSameWeightsBitForBit) {
  NetworkSpec spec = binarySpec();
  LayerSpec drop;
  drop.type = LayerType::Dropout;
  drop.rate = 0.2;
  spec.insert(1, drop); // dropout draws come from the seeded engine too
  const Dataset train = blobs(120, 2, 5);
  TrainingConfig c = adamConfig(5, 10);
  Trainer a(spec, c, train), b(spec, c, train);
  a.run();
  b.run();
  EXPECT_EQ(a.params(), b.params());
  c.seed = 43;
  Trainer other(spec, c, train);
  other.run();
  EXPECT_FALSE(other.params() == a.params());
}

TEST(Trainer, ShuffleOffKeepsDataOrderAndLastPartialBatch) {
  struct Sizes : TrainingObserver {
    std::vector<long long> sizes;
    ObserverAction onBatch(const BatchRecord& b, const Trainer&) override {
      sizes.push_back(b.samples);
      return ObserverAction::Continue;
    }
  } obs;
  const Dataset train = blobs(10, 2, 6);
  TrainingConfig c = adamConfig(1, 4);
  c.shuffle = false;
  Trainer t(binarySpec(), c, train);
  t.run(obs);
  EXPECT_EQ(obs.sizes, (std::vector<long long>{4, 4, 2}));

  // In data order the run equals doing the three steps by hand on a copy of the initial network.
  Trainer ref(binarySpec(), c, train); // same seed → same initial weights
  Network net = ref.network();
  auto opt = makeOptimizer<float>(c.optimizer);
  const MatrixF x = train.features.cast<float>();
  const MatrixF y = targetMatrix<float>(train, 1);
  Rng rng(0);
  for (Eigen::Index start : {0, 4, 8}) {
    const Eigen::Index n = std::min<Eigen::Index>(4, 10 - start);
    net.forwardBackward(x.middleRows(start, n), y.middleRows(start, n), LossKind::Bce, rng);
    opt->step(net.paramSlots());
  }
  EXPECT_EQ(net.params(), t.params());
}

TEST(Trainer, FullBatchIsOneStepPerEpoch) {
  struct Count : TrainingObserver {
    int batches = 0;
    ObserverAction onBatch(const BatchRecord& b, const Trainer&) override {
      EXPECT_EQ(b.batches, 1);
      ++batches;
      return ObserverAction::Continue;
    }
  } obs;
  Trainer t(binarySpec(), adamConfig(3, 0), blobs(50, 2, 7));
  t.run(obs);
  EXPECT_EQ(obs.batches, 3);
}

TEST(Trainer, DivergenceKeepsLastFiniteWeights) {
  const Dataset reg = line(64, 8);
  TrainingConfig c;
  c.loss = LossKind::Mse;
  c.optimizer = *OptimizerConfig::defaults("sgd");
  c.optimizer.learningRate = 1e6;
  c.epochs = 500;
  c.batchSize = 0;
  Trainer t(NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Linear), c, reg);
  const TrainingResult r = t.run();
  EXPECT_EQ(r.status, TrainingStatus::Diverged);
  EXPECT_LT(r.epochs, 500);
  EXPECT_TRUE(t.network().parametersFinite());
  for (const LayerParams& p : t.params()) EXPECT_TRUE(p.weights.allFinite());
}

TEST(Trainer, DivergenceKeepsTheParametersOfTheLastFiniteStep) {
  // The parameters after each step that did not diverge, as an observer sees them.
  struct Keep : TrainingObserver {
    VectorF last;
    int steps = 0;
    ObserverAction onBatch(const BatchRecord&, const Trainer& t) override {
      t.network().copyParameters(last);
      ++steps;
      return ObserverAction::Continue;
    }
  };
  Dataset reg = line(64, 8);
  reg.targets *= 100.0; // large errors, large gradients
  // lr 1e38: the very first update overflows (the step is undone); lr 1e12: the updates stay finite until a
  // loss overflows (the step is never taken).
  for (const double lr : {1e38, 1e12}) {
    TrainingConfig c;
    c.loss = LossKind::Mse;
    c.optimizer = *OptimizerConfig::defaults("sgd");
    c.optimizer.learningRate = lr;
    c.epochs = 100;
    c.batchSize = 16;
    c.shuffle = false;
    Trainer t(NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Linear), c, reg);
    Keep obs;
    t.network().copyParameters(obs.last);
    const TrainingResult r = t.run(obs);
    EXPECT_EQ(r.status, TrainingStatus::Diverged) << lr;
    if (lr > 1e30)
      EXPECT_EQ(obs.steps, 0);
    else
      EXPECT_GE(obs.steps, 1);
    VectorF now;
    t.network().copyParameters(now);
    EXPECT_TRUE(now.allFinite()) << lr;
    EXPECT_TRUE(sameValues(now, obs.last)) << lr; // bit for bit the last finite step's
  }
}

TEST(Trainer, DivergenceKeepsTheBatchNormStatisticsOfTheLastFiniteStep) {
  struct Keep : TrainingObserver {
    ModelParams last;
    ObserverAction onBatch(const BatchRecord&, const Trainer& t) override {
      last = t.params(); // batchnorm running mean and variance included
      return ObserverAction::Continue;
    }
  } obs;
  Dataset reg = line(64, 8);
  reg.targets *= 100.0;
  NetworkSpec spec = NetworkSpec::denseStack({4, 4}, 1, ActivationKind::Relu, ActivationKind::Linear);
  LayerSpec bn;
  bn.type = LayerType::BatchNorm;
  spec.insert(1, bn);
  TrainingConfig c;
  c.loss = LossKind::Mse;
  c.optimizer = *OptimizerConfig::defaults("sgd");
  c.optimizer.learningRate = 1e12;
  c.epochs = 100;
  c.batchSize = 16;
  c.shuffle = false;
  Trainer t(spec, c, reg);
  obs.last = t.params();
  const TrainingResult r = t.run(obs);
  EXPECT_EQ(r.status, TrainingStatus::Diverged);
  EXPECT_TRUE(t.network().parametersFinite()); // the running statistics too
  EXPECT_EQ(t.params(), obs.last);
}

// Early stopping that watches the validation loss, with validation labels opposite to the training
// labels: the better the fit, the worse the validation loss, so it stops `patience` epochs past the best.
void checkEarlyStoppingRestoresBest(const NetworkSpec& spec) {
  const Dataset train = blobs(100, 2, 9);
  Dataset val = train;
  val.labels = 1 - val.labels.array();
  TrainingConfig c = adamConfig(200, 10);
  c.earlyStopping.patience = 3;
  c.earlyStopping.restoreBest = true;
  struct Keep : TrainingObserver {
    std::vector<ModelParams> perEpoch;
    ObserverAction onEpoch(const EpochRecord&, const Trainer& t) override {
      perEpoch.push_back(t.params());
      return ObserverAction::Continue;
    }
  } obs;
  Trainer t(spec, c, train, &val);
  const TrainingResult r = t.run(obs);
  EXPECT_EQ(r.status, TrainingStatus::EarlyStopped);
  EXPECT_EQ(r.epochs, r.bestEpoch + 3);
  ASSERT_GE(r.bestEpoch, 1);
  double best = 1e300;
  for (const EpochRecord& e : r.history) best = std::min(best, e.valLoss);
  EXPECT_EQ(r.history[static_cast<std::size_t>(r.bestEpoch - 1)].valLoss, best);
  EXPECT_EQ(t.params(), obs.perEpoch[static_cast<std::size_t>(r.bestEpoch - 1)]);
}

TEST(Trainer, EarlyStoppingRestoresBestWeights) { checkEarlyStoppingRestoresBest(binarySpec()); }

TEST(Trainer, EarlyStoppingRestoresBatchNormStatisticsToo) {
  NetworkSpec spec = binarySpec();
  LayerSpec bn;
  bn.type = LayerType::BatchNorm;
  spec.insert(1, bn);
  checkEarlyStoppingRestoresBest(spec); // params() holds the running mean and variance as well
}

TEST(Trainer, ObserverStopEndsAtBatchBoundary) {
  struct StopAfter : TrainingObserver {
    int seen = 0;
    ObserverAction onBatch(const BatchRecord&, const Trainer&) override {
      return ++seen == 3 ? ObserverAction::Stop : ObserverAction::Continue;
    }
  } obs;
  Trainer t(binarySpec(), adamConfig(10, 10), blobs(100, 2, 10));
  const TrainingResult r = t.run(obs);
  EXPECT_EQ(r.status, TrainingStatus::Stopped);
  EXPECT_EQ(obs.seen, 3);
  EXPECT_EQ(r.epochs, 0);
}

TEST(Trainer, PauseResumeAndStopFromAnotherThread) {
  TrainingConfig c = adamConfig(1000000, 8);
  Trainer t(binarySpec(), c, blobs(64, 2, 11));
  struct Progress : TrainingObserver {
    std::atomic<long long> batches{0};
    ObserverAction onBatch(const BatchRecord&, const Trainer&) override {
      batches.fetch_add(1, std::memory_order_relaxed);
      return ObserverAction::Continue;
    }
  } obs;
  TrainingResult result;
  std::thread worker([&] { result = t.run(obs); });
  auto waitFor = [](auto pred) {
    for (int i = 0; i < 2000 && !pred(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return pred();
  };
  ASSERT_TRUE(waitFor([&] { return obs.batches.load() > 20; }));
  t.stopToken().pause();
  ASSERT_TRUE(waitFor([&] { return t.stopToken().isWaiting(); }));
  const long long paused = obs.batches.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_EQ(obs.batches.load(), paused); // nothing runs while paused
  t.stopToken().resume();
  ASSERT_TRUE(waitFor([&] { return obs.batches.load() > paused + 20; }));
  t.stopToken().stop();
  worker.join();
  EXPECT_EQ(result.status, TrainingStatus::Stopped);
  EXPECT_TRUE(t.network().parametersFinite());
}

TEST(Trainer, StopWhilePausedEndsTheRun) {
  Trainer t(binarySpec(), adamConfig(1000000, 8), blobs(64, 2, 12));
  t.stopToken().pause();
  TrainingResult result;
  std::thread worker([&] { result = t.run(); });
  for (int i = 0; i < 2000 && !t.stopToken().isWaiting(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  t.stopToken().stop();
  worker.join();
  EXPECT_EQ(result.status, TrainingStatus::Stopped);
  EXPECT_EQ(result.epochs, 0);
}

TEST(Trainer, EpochsInChunksAndLiveSettings) {
  const Dataset train = blobs(80, 2, 13);
  TrainingConfig c = adamConfig(10, 16);
  c.schedule.kind = ScheduleKind::Step;
  c.schedule.stepSize = 2;
  c.schedule.gamma = 0.5;
  Trainer chunked(binarySpec(), c, train), whole(binarySpec(), c, train);
  while (!chunked.finished()) chunked.trainEpochs(3);
  whole.run();
  EXPECT_EQ(chunked.params(), whole.params()); // chunking does not change the run
  EXPECT_EQ(chunked.status(), TrainingStatus::Completed);
  EXPECT_DOUBLE_EQ(whole.history()[3].learningRate, 0.02 * 0.5);

  Trainer live(binarySpec(), c, train);
  live.trainEpochs(2);
  live.setLearningRate(0.1); // the schedule restarts from the new base rate
  live.setL2(0.01);
  live.trainEpochs(1);
  EXPECT_DOUBLE_EQ(live.history().back().learningRate, 0.1);
  EXPECT_GT(live.history().back().penalty, 0.0);
  live.setEpochs(12);
  live.run();
  EXPECT_EQ(live.epoch(), 12);
}

TEST(Trainer, GradientClippingBoundsTheStep) {
  // With SGD and clipNorm c, one full-batch step moves the parameters by at most lr · c.
  const Dataset reg = line(50, 14);
  TrainingConfig c;
  c.loss = LossKind::Mse;
  c.optimizer = *OptimizerConfig::defaults("sgd");
  c.optimizer.learningRate = 1.0;
  c.clipNorm = 0.01;
  c.epochs = 1;
  c.batchSize = 0;
  const NetworkSpec spec = NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Linear);
  Trainer t(spec, c, reg);
  VectorF before, after;
  t.network().copyParameters(before);
  t.run();
  t.network().copyParameters(after);
  EXPECT_LE((after - before).norm(), 0.01f * 1.0001f);
  EXPECT_GT((after - before).norm(), 0.009f);
}

// Each refusal is an ErrorCode from check() and create(), before any training; the constructor keeps
// them as its precondition.
TEST(Trainer, RejectsBadInputs) {
  const Dataset train = blobs(20, 2, 15);
  const auto refusal = [](const NetworkSpec& spec, const TrainingConfig& c, const Dataset& d,
                          const Dataset* val = nullptr) {
    const Error checked = Trainer::check(spec, c, d, val);
    const Result<std::unique_ptr<Trainer>> created = Trainer::create(spec, c, d, val);
    EXPECT_EQ(created.error.code, checked.code);
    EXPECT_EQ(created.value == nullptr, !checked.ok());
    return checked;
  };
  EXPECT_TRUE(refusal(binarySpec(), adamConfig(1, 4), train).ok());

  TrainingConfig c = adamConfig(1, 4);
  c.optimizer.name = "lbfgs";
  const Error optimizer = refusal(binarySpec(), c, train);
  EXPECT_EQ(optimizer.code, ErrorCode::BadOptimizer);
  EXPECT_EQ(optimizer.detail, "lbfgs");
  EXPECT_THROW(Trainer(binarySpec(), c, train), std::invalid_argument); // a broken precondition

  c = adamConfig(1, 4);
  c.loss = LossKind::Cce; // needs softmax, the spec ends in sigmoid
  EXPECT_EQ(refusal(binarySpec(), c, train).code, ErrorCode::LossActivationMismatch);

  const Error three = refusal(binarySpec(), adamConfig(1, 4), blobs(30, 3, 16));
  EXPECT_EQ(three.code, ErrorCode::TargetMismatch);
  EXPECT_EQ(three.expected, 1); // outputs
  EXPECT_EQ(three.actual, 3);   // classes

  TrainingConfig rc = adamConfig(1, 4);
  rc.loss = LossKind::Mse; // regression needs exactly one output
  EXPECT_EQ(
      refusal(NetworkSpec::denseStack({}, 2, ActivationKind::Relu, ActivationKind::Linear), rc, line(10, 1))
          .code,
      ErrorCode::TargetMismatch);

  EXPECT_EQ(refusal(binarySpec(), adamConfig(1, 4), Dataset{}).code, ErrorCode::EmptyDataset);

  NetworkSpec noOutput;
  LayerSpec dropout;
  dropout.type = LayerType::Dropout;
  noOutput.append(dropout);
  EXPECT_EQ(refusal(noOutput, adamConfig(1, 4), train).code, ErrorCode::NoOutputLayer);
}

TEST(Trainer, ValidationDataOfAnotherWidthIsInputMismatch) {
  const Dataset train = blobs(20, 2, 15);
  Dataset wide = blobs(10, 2, 16);
  wide.features.conservativeResize(Eigen::NoChange, 3);
  wide.features.col(2).setZero();
  wide.featureNames.push_back("x3");
  const Result<std::unique_ptr<Trainer>> t = Trainer::create(binarySpec(), adamConfig(1, 4), train, &wide);
  EXPECT_FALSE(t.ok());
  EXPECT_EQ(t.value, nullptr);
  EXPECT_EQ(t.error.code, ErrorCode::InputMismatch);
  EXPECT_EQ(t.error.expected, 2);
  EXPECT_EQ(t.error.actual, 3);
  EXPECT_EQ(toString(t.error.code), "input-mismatch");
}

TEST(Schedule, NamesRoundTrip) {
  for (ScheduleKind k : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential, ScheduleKind::Cosine})
    EXPECT_EQ(scheduleFromString(toString(k)), k);
  EXPECT_FALSE(scheduleFromString("linear"));
  EXPECT_EQ(toString(TrainingStatus::EarlyStopped), "early_stopped");
  EXPECT_EQ(toString(TrainingStatus::Diverged), "diverged");
}

TEST(Metrics, ClassificationAndRegression) {
  Eigen::VectorXi truth(6), pred(6);
  truth << 0, 0, 1, 1, 2, 2;
  pred << 0, 1, 1, 1, 2, 0;
  const ClassificationMetrics m = classificationMetrics(truth, pred, 3);
  EXPECT_DOUBLE_EQ(m.accuracy, 4.0 / 6.0);
  EXPECT_EQ(m.confusion(0, 1), 1);
  EXPECT_EQ(m.confusion(2, 0), 1);
  EXPECT_DOUBLE_EQ(m.precision[1], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.recall[1], 1.0);
  EXPECT_DOUBLE_EQ(m.f1[1], 0.8);
  EXPECT_DOUBLE_EQ(m.recall[2], 0.5);
  VectorD y(4), yhat(4);
  y << 1, 2, 3, 4;
  yhat << 1, 2, 3, 6;
  const RegressionMetrics r = regressionMetrics(y, yhat);
  EXPECT_DOUBLE_EQ(r.mae, 0.5);
  EXPECT_DOUBLE_EQ(r.rmse, 1.0);
  EXPECT_DOUBLE_EQ(r.r2, 1.0 - 4.0 / 5.0);
  MatrixF out(3, 2);
  out << 0.2f, 0.8f, 0.9f, 0.1f, 0.5f, 0.5f;
  EXPECT_EQ(predictClasses<float>(out), (Eigen::VectorXi(3) << 1, 0, 0).finished());
}

TEST(GridEvaluator, MatchesPredictWithThreadsMapAndLayers) {
  Rng rng(3);
  const NetworkSpec spec = NetworkSpec::denseStack({6, 5}, 3, ActivationKind::Tanh, ActivationKind::Softmax);
  const Network net(spec, 3, rng);
  GridSpec g{-2.0, 2.0, -1.0, 3.0, 37, 29};
  GridEvaluator one(1), two(2);
  // The model sees (x1, x2, x1·x2), standardised by a fixed scale.
  const GridEvaluator::InputMap map = [](const MatrixD& raw) {
    MatrixD m(raw.rows(), 3);
    m.leftCols(2) = raw * 0.5;
    m.col(2) = raw.col(0).cwiseProduct(raw.col(1));
    return m;
  };
  one.setInputMap(map);
  two.setInputMap(map);
  const GridResult a = one.evaluate(net, g, true), b = two.evaluate(net, g, true);
  const MatrixD pts = GridEvaluator::gridPoints(g);
  EXPECT_DOUBLE_EQ(pts(36, 0), 2.0);
  EXPECT_DOUBLE_EQ(pts(37, 1), -1.0 + 4.0 / 28.0);
  MatrixF expected;
  net.predict(map(pts).cast<float>(), expected);
  EXPECT_TRUE(sameValues(a.outputs, b.outputs));
  EXPECT_LT((a.outputs - expected).cwiseAbs().maxCoeff(), 1e-6f);
  ASSERT_EQ(a.argmax.size(), 37 * 29);
  EXPECT_EQ(a.argmax, predictClasses<float>(expected));
  ASSERT_EQ(b.layers.size(), 3u);
  EXPECT_EQ(b.layers[1].cols(), 5);
  EXPECT_TRUE(sameValues(b.layers[2], b.outputs));
  GridResult reuse;
  EXPECT_TRUE(two.evaluate(net, g, reuse));
  EXPECT_TRUE(reuse.layers.empty());
  GridEvaluator raw(2); // without a map the raw 2 columns do not fit a 3-input network
  EXPECT_FALSE(raw.evaluate(net, g, reuse));
}

} // namespace
} // namespace neurona
