#pragma once
// Small training jobs and event-loop helpers for the training tests (app and ui).
#include "support/WaitFor.h"
#include "training/TrainingJob.h"

#include "neurona/core/data/Generators.h"
#include "neurona/core/io/Project.h"
#include "neurona/core/io/ProjectData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>
#include <memory>
#include <stdexcept>

namespace trainingtest {

using ::waitFor; // support/WaitFor.h

// A generated dataset prepared the way projects are (split + pipeline), with a dense stack on it.
inline std::shared_ptr<TrainingJob> makeJob(const char* generator = "xor", int samples = 200,
                                            std::vector<int> hidden = {8}, double validation = 0.2) {
  neurona::Project project;
  project.dataset.generator = generator;
  project.split.validation = validation;
  project.split.test = 0.0;
  project.split.seed = 3;
  project.preprocessing = neurona::PreprocessingKind::Standardize;
  neurona::GeneratorOptions opts;
  opts.samples = samples;
  opts.noise = 0.05;
  opts.seed = 7;
  neurona::Result<neurona::Dataset> gen = neurona::generateDataset(generator, opts);
  if (!gen.ok()) throw std::runtime_error("generator");
  auto job = std::make_shared<TrainingJob>();
  job->data = neurona::ProjectData::prepare(project, std::move(gen.value));
  const bool regression = job->data.raw.task == neurona::TaskKind::Regression;
  job->spec = neurona::NetworkSpec::denseStack(hidden, 1, neurona::ActivationKind::Tanh,
                                               regression ? neurona::ActivationKind::Linear
                                                          : neurona::ActivationKind::Sigmoid);
  job->config.loss = regression ? neurona::LossKind::Mse : neurona::LossKind::Bce;
  job->config.optimizer = *neurona::OptimizerConfig::defaults("adam");
  job->config.batchSize = 32;
  job->config.seed = 5;
  const auto& f = job->data.raw.features;
  job->grid = {f.col(0).minCoeff() - 0.5,
               f.col(0).maxCoeff() + 0.5,
               f.col(1).minCoeff() - 0.5,
               f.col(1).maxCoeff() + 0.5,
               32,
               32};
  job->live.learningRate = 0.01;
  job->live.gridResolution = 32;
  return job;
}

// A job whose validation data has one input more than its training data: the trainer refuses it
// (ErrorCode::InputMismatch) before any training.
inline std::shared_ptr<TrainingJob> makeMismatchedJob() {
  auto job = makeJob();
  neurona::Dataset& v = job->data.validation;
  v.features.conservativeResize(Eigen::NoChange, v.features.cols() + 1);
  v.features.col(v.features.cols() - 1).setZero();
  v.featureNames.push_back("x3");
  return job;
}

} // namespace trainingtest
