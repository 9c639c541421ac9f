// A batch size above the number of training samples is the whole training set: one step per epoch, and
// exactly the weights of a full-batch run (neurona-cli says so in a note).
#include "neurona/core/data/Generators.h"
#include "neurona/core/train/Trainer.h"

#include <gtest/gtest.h>

namespace neurona {

TEST(BatchSizeLimit, ABatchLargerThanTheDataIsOneFullBatchPerEpoch) {
  GeneratorOptions o;
  o.samples = 50;
  o.seed = 9;
  const Dataset data = generateDataset("moons", o).value;
  TrainingConfig c;
  c.loss = LossKind::Bce;
  c.optimizer = *OptimizerConfig::defaults("sgd");
  c.optimizer.learningRate = 0.1;
  c.epochs = 4;
  c.seed = 3;
  const NetworkSpec spec = NetworkSpec::denseStack({5}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid);

  struct Count : TrainingObserver {
    int steps = 0;
    ObserverAction onBatch(const BatchRecord& b, const Trainer&) override {
      EXPECT_EQ(b.batches, 1);
      EXPECT_EQ(b.samples, 50);
      ++steps;
      return ObserverAction::Continue;
    }
  } count;
  c.batchSize = 5000;
  Trainer big(spec, c, data);
  const TrainingResult r = big.run(count);
  EXPECT_EQ(r.status, TrainingStatus::Completed);
  EXPECT_EQ(count.steps, 4);

  c.batchSize = 0; // the full batch
  Trainer full(spec, c, data);
  full.run();
  EXPECT_EQ(big.params(), full.params());
  c.batchSize = 50;
  Trainer exact(spec, c, data);
  exact.run();
  EXPECT_EQ(big.params(), exact.params());
}

} // namespace neurona
