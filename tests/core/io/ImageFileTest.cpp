// Image networks in model and project files (version 2): "input_shape", the conv2d, maxpool2d, avgpool2d
// and flatten layers, a conv2d's weights nested [KH][KW][C_in][F], the readers' errors with their JSON
// paths, and the data's image shape taken by a network that has none when a project is prepared.
#include "core/io/SampleModels.h"
#include "neurona/core/data/PixelNames.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/ProjectRun.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

using namespace neurona;
using namespace neurona::samples;
using nlohmann::json;

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace imagefile {
namespace {

LayerSpec conv(int filters, std::array<int, 2> kernel, PaddingKind padding, ActivationKind act,
               std::optional<std::array<int, 2>> stride = std::nullopt) {
  LayerSpec l;
  l.type = LayerType::Conv2d;
  l.filters = filters;
  l.kernel = kernel;
  l.padding = padding;
  l.activation = act;
  l.stride = stride;
  return l;
}

LayerSpec pool(LayerType type, std::array<int, 2> size,
               std::optional<std::array<int, 2>> stride = std::nullopt,
               PaddingKind padding = PaddingKind::Valid) {
  LayerSpec l;
  l.type = type;
  l.pool = size;
  l.stride = stride;
  l.padding = padding;
  return l;
}

LayerSpec flatten() {
  LayerSpec l;
  l.type = LayerType::Flatten;
  return l;
}

// A CNN over a 6 x 5 image of 2 channels: a non-square kernel with a non-square stride, both pools, a
// square kernel, flatten, softmax over 3 classes. Weights from the engine's initialisers, biases drawn.
Model cnnModel() {
  Model m;
  m.spec.inputShape = std::array<int, 3>{6, 5, 2};
  m.inputs = pixelNames(*m.spec.inputShape);
  m.task = TaskKind::MulticlassClassification;
  m.classes = {"a", "b", "c"};
  m.pipeline.preprocessing.kind = PreprocessingKind::None;
  for (const LayerSpec& l :
       {conv(3, {3, 2}, PaddingKind::Same, ActivationKind::LeakyRelu, std::array<int, 2>{1, 2}),
        pool(LayerType::AvgPool2d, {2, 2}, std::array<int, 2>{1, 1}),
        conv(4, {2, 2}, PaddingKind::Valid, ActivationKind::Relu), pool(LayerType::MaxPool2d, {2, 1}),
        flatten(), dense(3, ActivationKind::Softmax)})
    m.spec.append(l);
  m.spec.layers[0].alpha = 0.2;
  Rng rng(5);
  NetworkD net(m.spec, m.featureCount(), rng);
  m.params = net.params();
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  for (LayerParams& p : m.params)
    if (p.bias.size() > 0) p.bias = VectorD::NullaryExpr(p.bias.size(), [&] { return 0.3 * u(rng); });
  return m;
}

// A hand-written model: a 3 x 3 image of 2 channels, one 2 x 2 conv2d filter whose weight at [kh][kw][c]
// is 1 + 10·kh + 100·kw + 1000·c (every position distinct and readable from the number), flatten, and a
// linear dense layer that keeps the conv's first output position only (regression).
json handModel() {
  json w = json::array();
  for (int kh = 0; kh < 2; ++kh) {
    json row = json::array();
    for (int kw = 0; kw < 2; ++kw) {
      json cell = json::array();
      for (int c = 0; c < 2; ++c) cell.push_back(json::array({1 + 10 * kh + 100 * kw + 1000 * c}));
      row.push_back(cell);
    }
    w.push_back(row);
  }
  json inputs = json::array();
  for (int i = 0; i < 18; ++i) inputs.push_back("p" + std::to_string(i));
  return {{"format", "neurona-model"},
          {"version", 2},
          {"inputs", inputs},
          {"input_shape", {3, 3, 2}},
          {"task", "regression"},
          {"layers",
           {{{"type", "conv2d"},
             {"filters", 1},
             {"kernel", 2},
             {"padding", "valid"},
             {"activation", "linear"},
             {"weights", w},
             {"bias", {0.5}}},
            {{"type", "flatten"}},
            {{"type", "dense"},
             {"units", 1},
             {"activation", "linear"},
             {"weights", {{1.0}, {0.0}, {0.0}, {0.0}}},
             {"bias", {0.0}}}}}};
}

Project cnnProject() {
  Project p = defaultProject();
  p.dataset.generator = "bars";
  p.dataset.samples = 60;
  p.network = {};
  p.network.inputShape = std::array<int, 3>{16, 16, 1};
  LayerSpec c = conv(4, {3, 3}, PaddingKind::Same, ActivationKind::Elu);
  c.alpha = 0.5;
  c.weightInit = InitKind::HeNormal;
  c.biasInit = InitKind::Uniform;
  c.l1 = 1e-4;
  c.l2 = 0.25;
  p.network.append(c);
  p.network.append(pool(LayerType::MaxPool2d, {2, 2}));
  p.network.append(conv(2, {3, 1}, PaddingKind::Valid, ActivationKind::Relu, std::array<int, 2>{2, 1}));
  p.network.append(pool(LayerType::AvgPool2d, {1, 2}, std::array<int, 2>{1, 1}, PaddingKind::Same));
  p.network.append(flatten());
  p.network.append(dense(1, ActivationKind::Sigmoid));
  p.training.epochs = 3;
  return p;
}

} // namespace

TEST(ImageFile, CnnModelRoundTripsBitForBit) {
  const Model m = cnnModel();
  const std::string text = ModelFile::serialize(m);
  const Result<Model> back = ModelFile::parse(text);
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " at " << back.error.jsonPath;
  EXPECT_EQ(back.value, m); // spec and every learned value, bit for bit
  EXPECT_EQ(ModelFile::serialize(back.value), text);

  const json j = json::parse(text);
  EXPECT_EQ(j["version"], 2);
  EXPECT_EQ(j["input_shape"], json({6, 5, 2}));
  EXPECT_EQ(j["inputs"].size(), 60u);
  EXPECT_EQ(j["inputs"][59], "p59");
  const json& l = j["layers"];
  EXPECT_EQ(l[0]["type"], "conv2d");
  EXPECT_EQ(l[0]["kernel"], json({3, 2})); // a list when height and width differ
  EXPECT_EQ(l[0]["stride"], json({1, 2}));
  EXPECT_EQ(l[0]["padding"], "same");
  EXPECT_EQ(l[0]["alpha"], 0.2);
  EXPECT_EQ(l[0]["weights"].size(), 3u);          // KH
  EXPECT_EQ(l[0]["weights"][0].size(), 2u);       // KW
  EXPECT_EQ(l[0]["weights"][0][0].size(), 2u);    // C_in
  EXPECT_EQ(l[0]["weights"][0][0][0].size(), 3u); // F
  EXPECT_EQ(l[1]["type"], "avgpool2d");
  EXPECT_EQ(l[1]["pool"], 2); // one number when both agree
  EXPECT_EQ(l[1]["stride"], 1);
  EXPECT_EQ(l[2]["kernel"], 2);
  EXPECT_FALSE(l[2].contains("stride"));       // unset: the default
  EXPECT_EQ(l[2]["weights"][1][1].size(), 3u); // C_in of the second conv: the first's filters
  EXPECT_EQ(l[3]["type"], "maxpool2d");
  EXPECT_EQ(l[3]["pool"], json({2, 1}));
  EXPECT_FALSE(l[3].contains("stride"));
  EXPECT_EQ(l[4], json({{"type", "flatten"}}));

  // The model read back predicts as the one written (the nesting is read as it was written).
  const MatrixD x = sampleInputs(4, 60);
  EXPECT_TRUE(sameValues(predictModel(back.value, x), predictModel(m, x)));
}

TEST(ImageFile, NestedWeightsFollowTheRowIndexRule) {
  const Result<Model> m = ModelFile::fromJson(handModel());
  ASSERT_TRUE(m.ok()) << toString(m.error.code) << " at " << m.error.jsonPath;
  const MatrixD& w = m.value.params[0].weights;
  ASSERT_EQ(w.rows(), 8);
  ASSERT_EQ(w.cols(), 1);
  // row (kh·KW + kw)·C_in + c holds weights[kh][kw][c]
  for (int kh = 0; kh < 2; ++kh)
    for (int kw = 0; kw < 2; ++kw)
      for (int c = 0; c < 2; ++c)
        EXPECT_EQ(w((kh * 2 + kw) * 2 + c, 0), 1 + 10 * kh + 100 * kw + 1000 * c) << kh << kw << c;
  // And the engine reads them so: the first output is Σ x[kh, kw, c]·W[kh][kw][c] + b over the window at
  // the top left, with pixel (h, w, c) at feature (h·3 + w)·2 + c.
  MatrixD x(1, 18);
  for (int i = 0; i < 18; ++i) x(0, i) = 0.25 * i - 1.0;
  double expected = 0.5;
  for (int kh = 0; kh < 2; ++kh)
    for (int kw = 0; kw < 2; ++kw)
      for (int c = 0; c < 2; ++c)
        expected += x(0, (kh * 3 + kw) * 2 + c) * (1 + 10 * kh + 100 * kw + 1000 * c);
  EXPECT_DOUBLE_EQ(predictModel(m.value, x)(0, 0), expected);
}

TEST(ImageFile, CnnProjectRoundTripsBitForBit) {
  Project p = cnnProject();
  Result<PreparedData> data = ProjectData::prepare(p, ".");
  ASSERT_TRUE(data.ok());
  Rng rng(3);
  NetworkD net(p.network, static_cast<int>(data.value.train.featureCount()), rng);
  p.model = ProjectData::makeModel(p, data.value, net.params());
  const std::string text = ProjectFile::serialize(p);
  const Result<Project> back = ProjectFile::parse(text);
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " at " << back.error.jsonPath;
  EXPECT_EQ(back.value, p);
  EXPECT_EQ(ProjectFile::serialize(back.value), text);

  const json j = json::parse(text);
  EXPECT_EQ(j["version"], 2);
  EXPECT_EQ(j["network"]["input_shape"], json({16, 16, 1}));
  const json& c = j["network"]["layers"][0];
  EXPECT_EQ(c["filters"], 4);
  EXPECT_EQ(c["kernel"], 3);
  EXPECT_EQ(c["init"], "he_normal");
  EXPECT_EQ(c["bias_init"], "uniform");
  EXPECT_EQ(c["l2"], 0.25);
  EXPECT_EQ(j["network"]["layers"][2]["stride"], json({2, 1}));
  EXPECT_EQ(j["network"]["layers"][3]["padding"], "same");
  EXPECT_EQ(j["model"]["input_shape"], json({16, 16, 1}));
}

TEST(ImageFile, OnlyImageAndGraphFilesAreVersionTwo) {
  EXPECT_EQ(ModelFile::toJson(cnnModel())["version"], 2);
  EXPECT_EQ(ModelFile::toJson(binaryModel())["version"], 1);
  // An image input alone (a dense network reading all the pixels of a flattened image) needs it too.
  Project p = defaultProject();
  EXPECT_EQ(ProjectFile::toJson(p)["version"], 1);
  EXPECT_FALSE(ProjectFile::toJson(p)["network"].contains("input_shape"));
  p.network.inputShape = std::array<int, 3>{2, 1, 1};
  EXPECT_EQ(ProjectFile::toJson(p)["version"], 2);
  p.network.inputShape.reset();
  p.network.append(flatten());
  EXPECT_EQ(ProjectFile::toJson(p)["version"], 2);
  // A kept run's setup with image layers keeps the file at version 2 too.
  p = defaultProject();
  KeptRun run;
  run.id = 1;
  run.setup = ProjectFile::setupToJson(cnnProject().network, p.training);
  p.runs.push_back(run);
  EXPECT_EQ(ProjectFile::toJson(p)["version"], 2);
}

TEST(ImageFile, BadImageModelsGiveTheirPaths) {
  struct Case {
    std::function<void(json&)> edit;
    ErrorCode code;
    std::string path;
  };
  const json pool3 = {{"type", "maxpool2d"}, {"pool", 3}};
  const std::vector<Case> cases = {
      {[](json& j) { j["layers"][0]["filters"] = 0; }, ErrorCode::BadValue, "layers[0].filters"},
      {[](json& j) { j["layers"][0]["filters"] = 100000; }, ErrorCode::BadValue, "layers[0].filters"},
      {[](json& j) { j["layers"][0]["kernel"] = {2}; }, ErrorCode::WrongLength, "layers[0].kernel"},
      {[](json& j) {
         j["layers"][0]["kernel"] = {2, 2, 1};
       },
       ErrorCode::WrongLength, "layers[0].kernel"},
      {[](json& j) {
         j["layers"][0]["kernel"] = {2, 0};
       },
       ErrorCode::BadValue, "layers[0].kernel[1]"},
      {[](json& j) { j["layers"][0]["kernel"] = -2; }, ErrorCode::BadValue, "layers[0].kernel"},
      {[](json& j) { j["layers"][0]["kernel"] = 1000000; }, ErrorCode::BadValue, "layers[0].kernel"},
      {[](json& j) { j["layers"][0]["kernel"] = 3; }, ErrorCode::WrongLength, "layers[0].weights"},
      {[](json& j) { j["layers"][0]["kernel"] = 4; }, ErrorCode::BadValue, "layers[0].kernel"}, // > 3 x 3
      {[](json& j) { j["layers"][0]["stride"] = 0; }, ErrorCode::BadValue, "layers[0].stride"},
      {[](json& j) {
         j["layers"][0]["stride"] = {1, 1, 1};
       },
       ErrorCode::WrongLength, "layers[0].stride"},
      {[](json& j) { j["layers"][0]["padding"] = "full"; }, ErrorCode::UnknownName, "layers[0].padding"},
      {[](json& j) { j["layers"][0]["padding"] = 1; }, ErrorCode::WrongType, "layers[0].padding"},
      {[](json& j) { j["layers"][0].erase("kernel"); }, ErrorCode::MissingKey, "layers[0].kernel"},
      {[](json& j) { j["layers"][0].erase("weights"); }, ErrorCode::MissingKey, "layers[0].weights"},
      {[](json& j) { j["layers"][0]["weights"][1][0] = {{1.0}}; }, ErrorCode::WrongLength,
       "layers[0].weights[1][0]"}, // one channel where there are two
      {[](json& j) {
         j["layers"][0]["weights"][0][1][1] = {1.0, 2.0};
       },
       ErrorCode::WrongLength, "layers[0].weights[0][1][1]"}, // two filters where there is one
      {[](json& j) { j["layers"][0]["weights"][0][0][0][0] = "x"; }, ErrorCode::WrongType,
       "layers[0].weights[0][0][0][0]"},
      {[](json& j) {
         j["layers"][0]["weights"] = {{1.0, 2.0}, {3.0, 4.0}};
       },
       ErrorCode::WrongType, "layers[0].weights[0][0]"}, // a matrix is not the nested list
      {[](json& j) {
         j["layers"][0]["bias"] = {0.5, 0.5};
       },
       ErrorCode::WrongLength, "layers[0].bias"},
      {[](json& j) {
         j["input_shape"] = {3, 3, 1};
       },
       ErrorCode::BadValue, "input_shape"}, // 9 of 18 inputs
      {[](json& j) {
         j["input_shape"] = {3, 6};
       },
       ErrorCode::WrongLength, "input_shape"},
      {[](json& j) {
         j["input_shape"] = {0, 3, 6};
       },
       ErrorCode::BadValue, "input_shape[0]"},
      {[](json& j) {
         j["input_shape"] = {4096, 4096, 4096};
       },
       ErrorCode::BadValue, "input_shape"},
      {[](json& j) { j.erase("input_shape"); }, ErrorCode::BadValue, "layers[0].type"}, // flat input
      {[](json& j) { j["layers"].erase(1); }, ErrorCode::BadValue, "layers[1].type"},   // dense reads image
      {[&](json& j) { j["layers"].insert(j["layers"].begin() + 1, pool3); }, ErrorCode::BadValue,
       "layers[1].pool"}, // 3 x 3 on the conv's 2 x 2
      {[](json& j) {
         j["layers"][1] = {{"type", "avgpool2d"}, {"pool", {1, 2}}, {"padding", "valid"}};
       },
       ErrorCode::BadValue, "layers[2].type"}, // dense then reads an image
      {[](json& j) {
         j["layers"][1] = {{"type", "maxpool2d"}};
       },
       ErrorCode::MissingKey, "layers[1].pool"},
  };
  const json good = handModel();
  ASSERT_TRUE(ModelFile::fromJson(good).ok());
  for (const Case& c : cases) {
    json j = good;
    c.edit(j);
    const Error e = ModelFile::fromJson(j).error;
    EXPECT_EQ(e.code, c.code) << c.path << " got " << toString(e.code) << " at " << e.jsonPath;
    EXPECT_EQ(e.jsonPath, c.path);
  }
  // Inside a project, the same errors carry the model's prefix.
  json project = ProjectFile::toJson(defaultProject());
  project["model"] = good;
  project["model"]["layers"][0]["padding"] = "full";
  EXPECT_EQ(ProjectFile::fromJson(project).error.jsonPath, "model.layers[0].padding");
}

TEST(ImageFile, BadImageProjectsGiveTheirPaths) {
  struct Case {
    std::function<void(json&)> edit;
    ErrorCode code;
    std::string path;
  };
  const std::vector<Case> cases = {
      {[](json& j) {
         j["network"]["input_shape"] = {16, 16};
       },
       ErrorCode::WrongLength, "network.input_shape"},
      {[](json& j) {
         j["network"]["input_shape"] = {16, -1, 1};
       },
       ErrorCode::BadValue, "network.input_shape[1]"},
      {[](json& j) { j["network"]["input_shape"] = "16x16"; }, ErrorCode::WrongType, "network.input_shape"},
      {[](json& j) { j["network"]["layers"][0]["filters"] = -1; }, ErrorCode::BadValue,
       "network.layers[0].filters"},
      {[](json& j) { j["network"]["layers"][0]["filters"] = 1e9; }, ErrorCode::BadValue,
       "network.layers[0].filters"},
      {[](json& j) {
         j["network"]["layers"][0]["kernel"] = {3, 3, 3};
       },
       ErrorCode::WrongLength, "network.layers[0].kernel"},
      {[](json& j) { j["network"]["layers"][0]["kernel"] = 99999; }, ErrorCode::BadValue,
       "network.layers[0].kernel"},
      {[](json& j) { j["network"]["layers"][0]["padding"] = "full"; }, ErrorCode::UnknownName,
       "network.layers[0].padding"},
      {[](json& j) { j["network"]["layers"][1]["pool"] = 0; }, ErrorCode::BadValue, "network.layers[1].pool"},
      {[](json& j) {
         j["network"]["layers"][2]["stride"] = {2, "1"};
       },
       ErrorCode::WrongType, "network.layers[2].stride[1]"},
      {[](json& j) { j["network"]["layers"][0].erase("filters"); }, ErrorCode::MissingKey,
       "network.layers[0].filters"},
  };
  const json good = ProjectFile::toJson(cnnProject());
  ASSERT_TRUE(ProjectFile::fromJson(good).ok());
  for (const Case& c : cases) {
    json j = good;
    c.edit(j);
    const Error e = ProjectFile::fromJson(j).error;
    EXPECT_EQ(e.code, c.code) << c.path << " got " << toString(e.code) << " at " << e.jsonPath;
    EXPECT_EQ(e.jsonPath, c.path);
  }
}

TEST(ImageFile, ANetworkWithoutInputShapeTakesTheData) {
  Project p = cnnProject();
  p.network.inputShape.reset();
  Result<PreparedData> data = ProjectData::prepare(p, ".");
  ASSERT_TRUE(data.ok());
  const std::array<int, 3> bars{16, 16, 1};
  EXPECT_EQ(ProjectData::network(p, data.value).inputShape, bars);
  EXPECT_FALSE(ProjectRun::check(p, data.value).refused());
  EXPECT_EQ(ProjectData::makeModel(p, data.value, {}).spec.inputShape, bars);

  // A shape of the file's own is kept, and one that does not hold the data is reported.
  p.network.inputShape = std::array<int, 3>{8, 8, 2}; // 128 values, not 256
  EXPECT_EQ(ProjectData::network(p, data.value).inputShape, p.network.inputShape);
  const RunRefusal r = ProjectRun::check(p, data.value);
  ASSERT_EQ(r.kind, RunRefusalKind::Network);
  EXPECT_EQ(r.diagnostics[0].code, DiagnosticCode::InputShapeMismatch);

  // Transforms appended after the pixels end the image: the network has none to take.
  p.network.inputShape.reset();
  p.transforms = {FeatureTransform::X1Squared};
  data = ProjectData::prepare(p, ".");
  ASSERT_TRUE(data.ok());
  EXPECT_FALSE(ProjectData::network(p, data.value).inputShape);
  EXPECT_EQ(ProjectRun::check(p, data.value).kind, RunRefusalKind::Network);
}

} // namespace imagefile
