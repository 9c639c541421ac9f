#include "neurona/core/io/ProjectFile.h"
#include "core/io/SampleModels.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/train/Trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>

using namespace neurona;
using namespace neurona::samples;
using nlohmann::json;

namespace {

std::filesystem::path examples() {
  return std::filesystem::path(NEURONA_SOURCE_DIR) / "resources" / "examples";
}

// A project that sets every key to a non-default value.
Project fullProject() {
  Project p;
  p.dataset.kind = DatasetSourceKind::Generator;
  p.dataset.generator = "spiral";
  p.dataset.samples = 321;
  p.dataset.noise = 0.15;
  p.dataset.classes = 3;
  p.dataset.seed = 42;
  p.dataset.params = {{"turns", 2.5}};
  p.task = TaskKind::MulticlassClassification;
  p.split = {0.25, 0.1, 9};
  p.preprocessing = PreprocessingKind::MinMax;
  p.transforms = {FeatureTransform::X1TimesX2, FeatureTransform::SinX1};
  LayerSpec d1 = dense(6, ActivationKind::LeakyRelu, 0.05);
  d1.weightInit = InitKind::HeNormal;
  d1.biasInit = InitKind::Uniform;
  d1.l1 = 0.001;
  d1.l2 = 0.002;
  p.network.append(d1);
  p.network.append(dropout(0.3));
  LayerSpec bn = batchNorm(1e-4);
  bn.momentum = 0.2;
  p.network.append(bn);
  p.network.append(dense(3, ActivationKind::Softmax));
  p.training.loss = LossKind::Cce;
  p.training.optimizer = *OptimizerConfig::defaults("adamw");
  p.training.optimizer.learningRate = 0.004;
  p.training.optimizer.beta1 = 0.8;
  p.training.optimizer.beta2 = 0.99;
  p.training.optimizer.eps = 1e-7;
  p.training.optimizer.amsgrad = true;
  p.training.optimizer.weightDecay = 0.05;
  p.training.schedule = {ScheduleKind::Step, 7, 0.5, 100, 0.0};
  p.training.epochs = 77;
  p.training.batchSize = 12;
  p.training.shuffle = false;
  p.training.seed = 1234567890123ULL;
  p.training.l1 = 1e-4;
  p.training.l2 = 2e-4;
  p.training.clipNorm = 5.0;
  p.training.earlyStopping = {12, true, 1e-4};
  EpochRecord r1;
  r1.epoch = 1;
  r1.loss = 0.9;
  r1.valLoss = 1.1;
  r1.accuracy = 0.5;
  EpochRecord r2 = r1;
  r2.epoch = 2;
  r2.loss = 0.7;
  r2.learningRate = 0.004;
  p.history = {r1, r2};
  p.canvas = {{"layers", {{"1", {{"x", 10.5}, {"y", -3}}}}}, {"zoom", 1.25}};
  Model m = sampleModel({d1, dropout(0.3), bn, dense(3, ActivationKind::Softmax)}, 2, p.transforms,
                        PreprocessingKind::MinMax, TaskKind::MulticlassClassification);
  p.model = m;
  return p;
}

} // namespace

TEST(ProjectFile, RoundTripKeepsEverySetting) {
  const Project p = fullProject();
  const std::string text = ProjectFile::serialize(p);
  Result<Project> back = ProjectFile::parse(text);
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  EXPECT_EQ(back.value.dataset, p.dataset);
  EXPECT_EQ(back.value.network, p.network);
  EXPECT_EQ(back.value.training, p.training);
  EXPECT_EQ(back.value.model, p.model);
  EXPECT_EQ(back.value.canvas, p.canvas);
  EXPECT_EQ(back.value.unknown.dump(), p.unknown.dump());
  EXPECT_EQ(back.value.task, p.task);
  EXPECT_EQ(back.value.split, p.split);
  EXPECT_EQ(back.value.transforms, p.transforms);
  EXPECT_TRUE(back.value == p);
  // Same predictions from the embedded model.
  const MatrixD x = sampleInputs(20, 2);
  EXPECT_TRUE(sameValues(predictModel(*back.value.model, x), predictModel(*p.model, x)));
  // And a second save is byte-identical.
  EXPECT_EQ(ProjectFile::serialize(back.value), text);
}

TEST(ProjectFile, EveryOptimizerKeepsItsPytorchParameters) {
  for (std::string_view name : optimizerNames()) {
    Project p = defaultProject();
    p.training.optimizer = *OptimizerConfig::defaults(name);
    p.training.optimizer.learningRate = 0.123;
    p.training.optimizer.momentum = name == "sgd" || name == "rmsprop" ? 0.7 : 0.0;
    p.training.optimizer.nesterov = name == "sgd";
    p.training.optimizer.centered = name == "rmsprop";
    p.training.optimizer.lrDecay = name == "adagrad" ? 0.01 : 0.0;
    const json j = ProjectFile::toJson(p);
    const json& o = j["training"]["optimizer"];
    EXPECT_EQ(o["name"], name);
    EXPECT_EQ(o["learning_rate"], 0.123);
    EXPECT_TRUE(o.contains("weight_decay"));
    if (name == "sgd") {
      EXPECT_EQ(o["nesterov"], true);
    }
    if (name == "adam") {
      EXPECT_EQ(o["betas"], json({0.9, 0.999}));
    }
    if (name == "rmsprop") {
      EXPECT_EQ(o["alpha"], 0.99);
    }
    Result<Project> back = ProjectFile::fromJson(j);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value.training.optimizer, p.training.optimizer) << name;
  }
}

TEST(ProjectFile, DiskRoundTripIsAtomicAndLeavesNoTemporaryFile) {
  const auto dir = std::filesystem::temp_directory_path() / "neurona_project_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto file = dir / "p.neurona";
  Project p = fullProject();
  ASSERT_TRUE(ProjectFile::write(file, p).ok());
  p.training.epochs = 5;
  ASSERT_TRUE(ProjectFile::write(file, p).ok()); // overwrite
  Result<Project> back = ProjectFile::read(file);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value.training.epochs, 5);
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 1);
  // A failed write (the target is a folder) reports it and leaves nothing behind.
  std::filesystem::create_directories(dir / "folder.neurona");
  const Error e = ProjectFile::write(dir / "folder.neurona", p);
  EXPECT_EQ(e.code, ErrorCode::CannotWrite);
  entries = 0;
  for ([[maybe_unused]] const auto& x : std::filesystem::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 2);
  EXPECT_TRUE(ProjectFile::read(file).ok()); // the old file is intact
  std::filesystem::remove_all(dir);
}

TEST(ProjectFile, MissingOptionalKeysTakeDefaults) {
  const json j = json::parse(R"({"format": "neurona-project", "version": 1,
    "dataset": {"generator": "moons"},
    "network": {"layers": [{"type": "dense", "units": 1, "activation": "sigmoid"}]}})");
  Result<Project> p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok()) << p.error.jsonPath;
  EXPECT_FALSE(p.value.task.has_value());
  EXPECT_EQ(p.value.split, SplitSettings{});
  EXPECT_EQ(p.value.preprocessing, PreprocessingKind::None);
  EXPECT_EQ(p.value.training, TrainingConfig{});
  EXPECT_FALSE(p.value.model.has_value());
  EXPECT_TRUE(p.value.history.empty());
  EXPECT_EQ(p.value.dataset.samples, DatasetSource{}.samples);
  // An optimizer with only a name gets PyTorch's defaults for it.
  json k = j;
  k["training"] = {{"optimizer", {{"name", "adagrad"}}}};
  p = ProjectFile::fromJson(k);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value.training.optimizer, *OptimizerConfig::defaults("adagrad"));
  EXPECT_EQ(p.value.training.optimizer.eps, 1e-10);
}

TEST(ProjectFile, UnknownKeysAreKeptOnSave) {
  json j = ProjectFile::toJson(fullProject());
  j["x_future"] = {{"a", 1}};
  j["x_null"] = nullptr;
  j["training"]["x_empty"] = json::object();
  j["training"]["x_warmup"] = 3;
  j["training"]["optimizer"]["foreach"] = true;
  j["split"]["x_stratify"] = false;
  j["network"]["x_name"] = "my net";
  j["dataset"]["x_note"] = "drawn in class";
  Result<Project> p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok());
  p.value.training.epochs = 9; // an edit in between
  const json out = ProjectFile::toJson(p.value);
  EXPECT_EQ(out["x_future"], j["x_future"]);
  EXPECT_TRUE(out.contains("x_null"));
  EXPECT_EQ(out["training"]["x_empty"], json::object());
  EXPECT_EQ(out["training"]["x_warmup"], 3);
  EXPECT_EQ(out["training"]["optimizer"]["foreach"], true);
  EXPECT_EQ(out["split"]["x_stratify"], false);
  EXPECT_EQ(out["network"]["x_name"], "my net");
  EXPECT_EQ(out["dataset"]["x_note"], "drawn in class");
  EXPECT_EQ(out["training"]["epochs"], 9);
}

TEST(ProjectFile, DatasetSources) {
  json j = ProjectFile::toJson(defaultProject());
  j["dataset"] = {{"csv", "data/points.csv"}, {"label_column", "kind"}};
  Result<Project> p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value.dataset.kind, DatasetSourceKind::Csv);
  EXPECT_EQ(p.value.dataset.csvPath, "data/points.csv");
  EXPECT_EQ(p.value.dataset.labelColumn, "kind");
  EXPECT_EQ(ProjectFile::toJson(p.value)["dataset"], j["dataset"]);

  j["dataset"] = {{"points", {{0.5, 1.0, "red"}, {-0.5, 2.0, "blue"}}}, {"inputs", {"a", "b"}}};
  p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value.dataset.kind, DatasetSourceKind::Points);
  EXPECT_EQ(p.value.dataset.labels, (std::vector<std::string>{"red", "blue"}));
  EXPECT_EQ(p.value.dataset.points(1, 1), 2.0);
  EXPECT_EQ(ProjectFile::toJson(p.value)["dataset"], j["dataset"]);

  j["dataset"] = {{"points", {{0.5, 1.0, 0}, {-0.5, 2.0, 1}}}, {"inputs", {"a", "b"}}};
  p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p.value.dataset.numericLabels);
  EXPECT_EQ(ProjectFile::toJson(p.value)["dataset"], j["dataset"]); // numbers stay numbers
}

TEST(ProjectFile, BadProjectsGiveTheirErrors) {
  const json good = ProjectFile::toJson(fullProject());
  struct Case {
    std::function<void(json&)> edit;
    ErrorCode code;
    std::string path;
  };
  const std::vector<Case> cases = {
      {[](json& j) { j.erase("format"); }, ErrorCode::MissingFormat, "format"},
      {[](json& j) { j["format"] = "neurona-model"; }, ErrorCode::WrongFormat, "format"},
      {[](json& j) { j["version"] = 3; }, ErrorCode::NewerVersion, "version"},
      {[](json& j) { j.erase("dataset"); }, ErrorCode::MissingKey, "dataset"},
      {[](json& j) {
         j["dataset"] = {{"nothing", 1}};
       },
       ErrorCode::MissingKey, "dataset.generator"},
      {[](json& j) {
         j["dataset"] = {{"points", {{1.0, 2.0, "a"}, {1.0, "b"}}}, {"inputs", {"x1", "x2"}}};
       },
       ErrorCode::WrongColumnCount, "dataset.points[1]"},
      {[](json& j) { j["task"] = "clustering"; }, ErrorCode::UnknownName, "task"},
      {[](json& j) { j["split"]["validation"] = 1.5; }, ErrorCode::BadValue, "split.validation"},
      {[](json& j) { j["network"]["layers"][1]["type"] = "conv3d"; }, ErrorCode::UnknownName,
       "network.layers[1].type"},
      {[](json& j) { j["network"]["layers"][0]["units"] = "six"; }, ErrorCode::WrongType,
       "network.layers[0].units"},
      {[](json& j) { j["training"]["optimizer"]["name"] = "lbfgs"; }, ErrorCode::UnknownName,
       "training.optimizer.name"},
      {[](json& j) { j["training"]["optimizer"]["betas"] = {0.9}; }, ErrorCode::WrongLength,
       "training.optimizer.betas"},
      {[](json& j) { j["training"]["loss"] = "hinge"; }, ErrorCode::UnknownName, "training.loss"},
      {[](json& j) { j["training"]["schedule"]["kind"] = "cyclic"; }, ErrorCode::UnknownName,
       "training.schedule.kind"},
      {[](json& j) { j["model"]["layers"][0]["bias"] = {1.0}; }, ErrorCode::WrongLength,
       "model.layers[0].bias"},
      {[](json& j) { j["model"]["version"] = 3; }, ErrorCode::NewerVersion, "model.version"},
      {[](json& j) { j["history"][0].erase("epoch"); }, ErrorCode::MissingKey, "history[0].epoch"},
      {[](json& j) { j["canvas"] = 3; }, ErrorCode::WrongType, "canvas"},
  };
  for (const Case& c : cases) {
    json j = good;
    c.edit(j);
    const Error e = ProjectFile::fromJson(j).error;
    EXPECT_EQ(e.code, c.code) << c.path << " got " << toString(e.code) << " at " << e.jsonPath;
    EXPECT_EQ(e.jsonPath, c.path);
  }
}

TEST(ProjectData, TaskIsInferredFromPointLabels) {
  Project p = defaultProject();
  p.dataset.kind = DatasetSourceKind::Points;
  p.dataset.inputs = {"x1", "x2"};
  p.dataset.points = MatrixD{{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 2}, {3, 3}};
  const auto taskOf = [&](std::vector<std::string> labels) {
    p.dataset.labels = std::move(labels);
    Result<Dataset> d = ProjectData::loadDataset(p, ".");
    EXPECT_TRUE(d.ok()) << d.error.detail;
    return d.value.task;
  };
  EXPECT_EQ(taskOf({"red", "blue", "red", "blue", "red", "blue"}), TaskKind::BinaryClassification);
  EXPECT_EQ(taskOf({"0", "1", "2", "0", "1", "2"}), TaskKind::MulticlassClassification);
  EXPECT_EQ(taskOf({"0.5", "1.25", "2", "0", "1", "2"}), TaskKind::Regression);
  EXPECT_EQ(taskOf({"a", "b", "c", "a", "b", "c"}), TaskKind::MulticlassClassification);
  p.task = TaskKind::Regression;
  EXPECT_EQ(taskOf({"0", "1", "0", "1", "0", "1"}), TaskKind::Regression); // a forced task wins
}

TEST(ProjectData, CsvPathIsRelativeToTheProjectAndErrorsNameTheLine) {
  const auto dir = std::filesystem::temp_directory_path() / "neurona_projectdata_test";
  std::filesystem::create_directories(dir / "data");
  {
    std::ofstream(dir / "data" / "points.csv") << "a,b,kind\n0,0,x\n1,1,y\n2,2,x\n3,3,y\n";
    std::ofstream(dir / "data" / "broken.csv") << "a,b,kind\n0,0,x\n1,oops,y\n";
  }
  Project p = defaultProject();
  p.dataset.kind = DatasetSourceKind::Csv;
  p.dataset.csvPath = "data/points.csv";
  p.dataset.labelColumn = "kind";
  Result<Dataset> d = ProjectData::loadDataset(p, dir);
  ASSERT_TRUE(d.ok()) << d.error.detail;
  EXPECT_EQ(d.value.featureNames, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(d.value.classNames, (std::vector<std::string>{"x", "y"}));
  p.dataset.csvPath = "data/broken.csv";
  d = ProjectData::loadDataset(p, dir);
  EXPECT_EQ(d.error.code, ErrorCode::BadCsv);
  EXPECT_EQ(d.error.cause, ErrorCode::NonNumericFeature);
  EXPECT_EQ(d.error.text, "oops");
  EXPECT_EQ(d.error.detail, "non-numeric-feature: oops");
  EXPECT_EQ(d.error.line, 3);
  EXPECT_EQ(d.error.column, 2);
  EXPECT_EQ(d.error.file, (dir / "data" / "broken.csv").string());
  p.dataset.csvPath = "data/missing.csv";
  EXPECT_EQ(ProjectData::loadDataset(p, dir).error.code, ErrorCode::CannotOpen);
  std::filesystem::remove_all(dir);
}

TEST(ProjectData, GeneratorErrorsNameTheKey) {
  Project p = defaultProject();
  p.dataset.generator = "donut";
  Result<Dataset> d = ProjectData::loadDataset(p, ".");
  EXPECT_EQ(d.error.code, ErrorCode::UnknownName);
  EXPECT_EQ(d.error.jsonPath, "dataset.generator");
  p.dataset.generator = "circles";
  p.dataset.noise = -1.0;
  d = ProjectData::loadDataset(p, ".");
  EXPECT_EQ(d.error.code, ErrorCode::BadValue);
  EXPECT_EQ(d.error.jsonPath, "dataset.noise");
}

TEST(ProjectData, PrepareFitsThePipelineOnTheTrainingRowsOnly) {
  Project p = defaultProject();
  p.dataset.generator = "moons";
  p.dataset.samples = 200;
  p.split = {0.25, 0.0, 4};
  p.preprocessing = PreprocessingKind::Standardize;
  p.transforms = {FeatureTransform::X1Squared};
  Result<PreparedData> d = ProjectData::prepare(p, ".");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value.train.samples(), 150);
  EXPECT_EQ(d.value.validation.samples(), 50);
  EXPECT_EQ(d.value.train.featureCount(), 3);
  // Standardized on the training part: mean 0 there, not on validation.
  EXPECT_NEAR(d.value.train.features.col(2).mean(), 0.0, 1e-12);
  EXPECT_GT(std::abs(d.value.validation.features.col(0).mean()), 1e-6);
  const Model m = ProjectData::makeModel(p, d.value, ModelParams{});
  EXPECT_EQ(m.inputs, (std::vector<std::string>{"x1", "x2"}));
  EXPECT_EQ(m.featureCount(), 3);
  EXPECT_EQ(m.classes, d.value.raw.classNames);
}

TEST(ProjectFile, ExamplesLoadAndValidate) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(examples())) {
    if (entry.path().extension() != ".neurona") continue;
    ++count;
    Result<Project> p = ProjectFile::read(entry.path());
    ASSERT_TRUE(p.ok()) << entry.path() << ": " << toString(p.error.code) << " " << p.error.jsonPath;
    Result<PreparedData> d = ProjectData::prepare(p.value, entry.path().parent_path());
    ASSERT_TRUE(d.ok()) << entry.path() << ": " << d.error.jsonPath << " " << d.error.detail;
    ValidationContext ctx;
    ctx.inputs = static_cast<int>(d.value.train.featureCount());
    ctx.task = d.value.raw.task;
    ctx.classes = d.value.raw.classCount();
    ctx.loss = p.value.training.loss;
    EXPECT_FALSE(hasErrors(validate(p.value.network, ctx))) << entry.path();
    // The unknown "description" key survives a save.
    EXPECT_TRUE(ProjectFile::toJson(p.value).contains("description")) << entry.path();
  }
  EXPECT_GE(count, 4);
  Result<Project> t = ProjectFile::read(examples() / "tutorial.neurona");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value.training.epochs, 50000);
  EXPECT_EQ(t.value.training.optimizer.learningRate, 0.5);
  EXPECT_EQ(t.value.training.batchSize, 0);
  EXPECT_EQ(t.value.training.loss, LossKind::Mse);
  EXPECT_EQ(t.value.dataset.params.at("cov"), 0.1);
  EXPECT_EQ(t.value.network.layers.size(), 3u);
}

TEST(ProjectData, TrainedModelPredictsLikeTheTrainer) {
  // The model built from a run (pipeline + network) must see the raw data as the trainer saw the
  // prepared data: same accuracy on the training rows.
  Result<Project> p = ProjectFile::read(examples() / "xor.neurona");
  ASSERT_TRUE(p.ok());
  p.value.training.epochs = 60;
  p.value.transforms = {FeatureTransform::X1TimesX2};
  Result<PreparedData> d = ProjectData::prepare(p.value, examples());
  ASSERT_TRUE(d.ok());
  Trainer trainer(p.value.network, p.value.training, d.value.train, &d.value.validation);
  trainer.run();
  const Model m = ProjectData::makeModel(p.value, d.value, trainer.params());
  const Dataset rawTrain = subset(d.value.raw, d.value.split.train);
  const Eigen::VectorXi predicted = predictedClasses(m, predictModel(m, rawTrain.features));
  const double accuracy = (predicted.array() == rawTrain.labels.array()).cast<double>().mean();
  EXPECT_NEAR(accuracy, trainer.classificationMetrics(d.value.train).accuracy, 1.5 / rawTrain.samples());
  EXPECT_GT(accuracy, 0.9);
  // And through a file.
  Result<Model> back = ModelFile::parse(ModelFile::serialize(m));
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(sameValues(predictModel(back.value, rawTrain.features), predictModel(m, rawTrain.features)));
}

TEST(ProjectData, ExtraInputsEndTheImageShapeOfImageData) {
  Project p = defaultProject();
  p.dataset.kind = DatasetSourceKind::Generator;
  p.dataset.generator = "bars";
  p.dataset.samples = 40;
  p.dataset.classes = 2;
  const PreparedData plain = ProjectData::prepare(p, ".").value;
  ASSERT_TRUE(plain.train.imageShape.has_value());
  EXPECT_EQ(plain.train.featureCount(), 256);
  // x1² is one more column than the picture has: the features are no longer a picture.
  p.transforms = {FeatureTransform::X1Squared};
  const Result<PreparedData> extra = ProjectData::prepare(p, ".");
  ASSERT_TRUE(extra.ok()) << extra.error.detail;
  EXPECT_EQ(extra.value.train.featureCount(), 257);
  EXPECT_FALSE(extra.value.train.imageShape.has_value());
  EXPECT_TRUE(extra.value.raw.imageShape.has_value());
}
