// Graph networks in model and project files (version 2): each layer's "name" and "inputs", the add and
// concat layers, which files are version 2, and the errors of a wiring that cannot be read.
#include "core/io/SampleModels.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <string>
#include <vector>

using namespace neurona;
using namespace neurona::samples;
using nlohmann::json;

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace graphfile {
namespace {

const std::filesystem::path kGraphFixtures = std::filesystem::path(NEURONA_FIXTURES_DIR) / "graph";

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

LayerSpec named(LayerSpec l, const std::string& name, std::vector<LayerId> inputs) {
  l.name = name;
  l.inputs = std::move(inputs);
  return l;
}

LayerSpec merge(LayerType type, const std::string& name, std::vector<LayerId> inputs,
                ActivationKind act = ActivationKind::Linear) {
  LayerSpec l = LayerSpec::merge(type);
  l.activation = act;
  return named(l, name, std::move(inputs));
}

// Learned values of the right shapes for `spec` over `features` inputs (without building a Network): the
// widths are worked out in list order.
ModelParams paramsFor(const NetworkSpec& spec, int features, std::uint64_t seed = 9) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  std::vector<int> width;
  ModelParams params;
  for (int i = 0; i < static_cast<int>(spec.layers.size()); ++i) {
    const LayerSpec& l = spec.layers[static_cast<std::size_t>(i)];
    std::vector<int> in;
    for (int s : spec.sourcesOf(i)) in.push_back(s < 0 ? features : width[static_cast<std::size_t>(s)]);
    LayerParams p;
    p.id = l.id;
    int out = in[0];
    if (l.type == LayerType::Dense) {
      out = l.units;
      p.weights = MatrixD::NullaryExpr(in[0], l.units, [&] { return u(rng); });
      p.bias = VectorD::NullaryExpr(l.units, [&] { return u(rng); });
    } else if (l.type == LayerType::Concat) {
      out = 0;
      for (int w : in) out += w;
    } else if (l.type == LayerType::BatchNorm) {
      p.gamma = VectorD::NullaryExpr(out, [&] { return 1.0 + 0.5 * u(rng); });
      p.beta = VectorD::NullaryExpr(out, [&] { return u(rng); });
      p.runningMean = VectorD::NullaryExpr(out, [&] { return u(rng); });
      p.runningVar = VectorD::NullaryExpr(out, [&] { return 1.0 + 0.5 * u(rng); });
    }
    width.push_back(out);
    params.push_back(std::move(p));
  }
  return params;
}

// input -> h1 (dense 8 relu) -> h2 (dense 8 relu); sum = add(h1, h2); out = dense 1 sigmoid of sum.
NetworkSpec residual() {
  NetworkSpec s;
  const LayerId h1 = s.append(named(dense(8, ActivationKind::Relu), "h1", {kNetworkInput}));
  const LayerId h2 = s.append(named(dense(8, ActivationKind::Relu), "h2", {h1}));
  const LayerId sum = s.append(merge(LayerType::Add, "sum", {h1, h2}));
  s.append(named(dense(1, ActivationKind::Sigmoid), "out", {sum}));
  return s;
}

// A diamond: a and b both read the input; concat(b, a) (b first) -> batchnorm -> dense 3 softmax. The
// layers a, b and the batchnorm have no name of their own (L1, L2, L4).
NetworkSpec diamond() {
  NetworkSpec s;
  const LayerId a = s.append(dense(3, ActivationKind::Tanh));
  LayerSpec bl = dense(2, ActivationKind::LeakyRelu, 0.2);
  bl.inputs = std::vector<LayerId>{kNetworkInput};
  const LayerId b = s.append(bl);
  s.append(merge(LayerType::Concat, "both", {b, a}, ActivationKind::Elu));
  s.append(batchNorm(1e-3));
  s.append(dense(3, ActivationKind::Softmax));
  return s;
}

Model modelOf(const NetworkSpec& spec, TaskKind task) {
  Model m;
  m.inputs = {"x1", "x2"};
  m.task = task;
  m.spec = spec;
  m.params = paramsFor(spec, 2);
  m.classes = task == TaskKind::BinaryClassification ? std::vector<std::string>{"no", "yes"}
                                                     : std::vector<std::string>{"a", "b", "c"};
  return m;
}

Project projectOf(const NetworkSpec& spec) {
  Project p = defaultProject();
  p.network = spec;
  return p;
}

json projectJson(const NetworkSpec& spec) { return ProjectFile::toJson(projectOf(spec)); }

} // namespace

TEST(GraphFile, ResidualModelRoundTripWritesVersion2WithNamesAndInputs) {
  const Model m = modelOf(residual(), TaskKind::BinaryClassification);
  const json j = ModelFile::toJson(m);
  EXPECT_EQ(j["version"], 2);
  const json& layers = j["layers"];
  ASSERT_EQ(layers.size(), 4u);
  EXPECT_EQ(layers[0]["name"], "h1");
  EXPECT_EQ(layers[0]["inputs"], json({"input"}));
  EXPECT_EQ(layers[1]["inputs"], json({"h1"}));
  EXPECT_EQ(layers[2],
            json({{"type", "add"}, {"name", "sum"}, {"inputs", {"h1", "h2"}}, {"activation", "linear"}}))
      << "a merge layer stores no learned values";
  EXPECT_EQ(layers[3]["inputs"], json({"sum"}));
  Result<Model> back = ModelFile::parse(ModelFile::serialize(m));
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  // The layer that reads the one before it keeps no explicit inputs after reading (the same network).
  NetworkSpec expected = m.spec;
  expected.layers[1].inputs.reset();
  expected.layers[3].inputs.reset();
  expected.layers[0].inputs.reset();
  EXPECT_EQ(back.value.spec, expected);
  EXPECT_EQ(back.value.params, m.params);
  EXPECT_EQ(back.value.params[2].weights.size(), 0) << "add: an entry with only the id";
  EXPECT_EQ(back.value.params[2].id, back.value.spec.layers[2].id);
  EXPECT_EQ(ModelFile::serialize(back.value), ModelFile::serialize(m));
}

TEST(GraphFile, DiamondKeepsTheConcatOrderAndDefaultNames) {
  const Model m = modelOf(diamond(), TaskKind::MulticlassClassification);
  const json j = ModelFile::toJson(m);
  EXPECT_EQ(j["version"], 2);
  const json& layers = j["layers"];
  EXPECT_EQ(layers[0]["name"], "L1");
  EXPECT_EQ(layers[1]["name"], "L2");
  EXPECT_EQ(layers[1]["inputs"], json({"input"}));
  EXPECT_EQ(layers[2]["name"], "both");
  EXPECT_EQ(layers[2]["inputs"], json({"L2", "L1"})) << "concat keeps the order of its inputs";
  EXPECT_EQ(layers[2]["activation"], "elu");
  EXPECT_EQ(layers[2]["alpha"], 1.0);
  EXPECT_EQ(layers[3]["name"], "L4");
  EXPECT_EQ(layers[3]["gamma"].size(), 5u) << "the batchnorm after concat(2, 3) has 5 features";
  EXPECT_EQ(layers[4]["weights"].size(), 5u);
  Result<Model> back = ModelFile::fromJson(j);
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  const NetworkSpec& s = back.value.spec;
  EXPECT_EQ(s.layers[0].name, "") << "a default name is not kept as the layer's own";
  EXPECT_EQ(s.layers[2].name, "both");
  ASSERT_TRUE(s.layers[2].inputs.has_value());
  EXPECT_EQ(*s.layers[2].inputs, (std::vector<LayerId>{s.layers[1].id, s.layers[0].id}));
  EXPECT_EQ(s.sourcesOf(1), std::vector<int>{-1});
  EXPECT_EQ(back.value.outputCount(), 3);
  EXPECT_EQ(back.value.params, m.params);
  EXPECT_EQ(ModelFile::toJson(back.value), j);
}

TEST(GraphFile, MergeOutputLayerHasTheWidthOfItsInputs) {
  // A concat as the output: two one-unit layers side by side under softmax are the two outputs of a
  // binary model.
  NetworkSpec s;
  const LayerId a = s.append(named(dense(1, ActivationKind::Linear), "a", {kNetworkInput}));
  const LayerId b = s.append(named(dense(1, ActivationKind::Linear), "b", {kNetworkInput}));
  s.append(merge(LayerType::Concat, "out", {a, b}, ActivationKind::Softmax));
  const Model m = modelOf(s, TaskKind::BinaryClassification);
  EXPECT_EQ(m.outputCount(), 2);
  Result<Model> back = ModelFile::parse(ModelFile::serialize(m));
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  EXPECT_EQ(back.value.outputCount(), 2);
  json j = ModelFile::toJson(m);
  j["classes"] = {"a", "b", "c"};
  j["task"] = "multiclass-classification";
  const Error e = ModelFile::fromJson(j).error;
  EXPECT_EQ(e.code, ErrorCode::BadValue);
  EXPECT_EQ(e.jsonPath, "layers[2]");
  EXPECT_EQ(e.expected, 3);
  EXPECT_EQ(e.actual, 2);
}

TEST(GraphFile, OnlyGraphNetworksAreWrittenAsVersion2) {
  EXPECT_EQ(ModelFile::toJson(binaryModel())["version"], 1);
  EXPECT_FALSE(ModelFile::toJson(binaryModel())["layers"][0].contains("name"));
  EXPECT_EQ(
      projectJson(NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Sigmoid))["version"],
      1);
  // Explicit inputs that are the default chain are no graph.
  NetworkSpec chain = NetworkSpec::denseStack({4, 3}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  chain.makeInputsExplicit();
  const json c = projectJson(chain);
  EXPECT_EQ(c["version"], 1);
  EXPECT_FALSE(c["network"]["layers"][1].contains("inputs"));
  // A name of its own, a merge or another wiring is.
  NetworkSpec own = NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  own.layers[0].name = "hidden";
  const json o = projectJson(own);
  EXPECT_EQ(o["version"], 2);
  EXPECT_EQ(o["network"]["layers"][0]["name"], "hidden");
  EXPECT_EQ(o["network"]["layers"][1]["name"], "L2");
  EXPECT_EQ(o["network"]["layers"][1]["inputs"], json({"hidden"}));
  EXPECT_EQ(projectJson(residual())["version"], 2);
  EXPECT_EQ(projectJson(diamond())["version"], 2);
  // A straight network with a graph model, or a graph in a kept run, makes the project version 2.
  Project withModel =
      projectOf(NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Sigmoid));
  withModel.model = modelOf(residual(), TaskKind::BinaryClassification);
  EXPECT_EQ(ProjectFile::toJson(withModel)["version"], 2);
  EXPECT_EQ(ProjectFile::toJson(withModel)["model"]["version"], 2);
  Project withRun = projectOf(NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Sigmoid));
  KeptRun run;
  run.id = 1;
  run.setup = ProjectFile::setupToJson(residual(), withRun.training);
  withRun.runs.push_back(run);
  EXPECT_EQ(ProjectFile::toJson(withRun)["version"], 2);
  EXPECT_EQ(ProjectFile::toJson(withRun)["runs"]["kept"][0]["setup"]["network"]["layers"][2]["type"], "add");
  withRun.runs[0].setup = ProjectFile::setupToJson(withRun.network, withRun.training);
  EXPECT_EQ(ProjectFile::toJson(withRun)["version"], 1);
}

TEST(GraphFile, ProjectRoundTripKeepsNamesWiringAndMergeSettings) {
  for (const NetworkSpec& spec : {residual(), diamond()}) {
    Project p = projectOf(spec);
    p.model = modelOf(spec, spec.layers.size() == 4 ? TaskKind::BinaryClassification
                                                    : TaskKind::MulticlassClassification);
    const std::string text = ProjectFile::serialize(p);
    Result<Project> back = ProjectFile::parse(text);
    ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
    EXPECT_EQ(ProjectFile::serialize(back.value), text) << "a second save writes the same bytes";
    const NetworkSpec& s = back.value.network;
    ASSERT_EQ(s.layers.size(), spec.layers.size());
    for (int i = 0; i < static_cast<int>(s.layers.size()); ++i) {
      EXPECT_EQ(s.nameOf(i), spec.nameOf(i));
      EXPECT_EQ(s.sourcesOf(i), spec.sourcesOf(i)) << i;
      EXPECT_EQ(s.layers[static_cast<std::size_t>(i)].type, spec.layers[static_cast<std::size_t>(i)].type);
      EXPECT_EQ(s.layers[static_cast<std::size_t>(i)].activation,
                spec.layers[static_cast<std::size_t>(i)].activation);
    }
    EXPECT_EQ(back.value.model->params, p.model->params);
  }
}

TEST(GraphFile, ProjectKeepsALayerConnectedToNothing) {
  // A network being built: the canvas's loose layer (inputs set and empty) is read back as it is;
  // validation reports it. An add of unequal widths likewise.
  NetworkSpec s = residual();
  s.layers[1].inputs = std::vector<LayerId>{};
  const json j = projectJson(s);
  EXPECT_EQ(j["network"]["layers"][1]["inputs"], json::array());
  Result<Project> back = ProjectFile::fromJson(j);
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  ASSERT_TRUE(back.value.network.layers[1].inputs.has_value());
  EXPECT_TRUE(back.value.network.layers[1].inputs->empty());
  json unequal = projectJson(residual());
  unequal["network"]["layers"][1]["units"] = 5;
  EXPECT_TRUE(ProjectFile::fromJson(unequal).ok());
}

TEST(GraphFile, MergeLayersAreLinearByDefault) {
  json j = projectJson(residual());
  j["network"]["layers"][2].erase("activation");
  Result<Project> p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value.network.layers[2].activation, ActivationKind::Linear);
  json m = ModelFile::toJson(modelOf(residual(), TaskKind::BinaryClassification));
  m["layers"][2].erase("activation");
  Result<Model> model = ModelFile::fromJson(m);
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(model.value.spec.layers[2].activation, ActivationKind::Linear);
}

TEST(GraphFile, AStraightNetworkReadsTheSameFromEitherVersion) {
  const json v1 =
      projectJson(NetworkSpec::denseStack({4, 3}, 1, ActivationKind::Relu, ActivationKind::Sigmoid));
  json v2 = v1;
  v2["version"] = 2;
  json& layers = v2["network"]["layers"];
  layers[0]["name"] = "L1";
  layers[0]["inputs"] = {"input"};
  layers[1]["inputs"] = {"L1"};
  layers[2]["name"] = "L3";
  layers[2]["inputs"] = {"L2"};
  Result<Project> a = ProjectFile::fromJson(v1);
  Result<Project> b = ProjectFile::fromJson(v2);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.value.network, b.value.network);
  EXPECT_EQ(ProjectFile::toJson(b.value), v1) << "saved again as version 1";
}

TEST(GraphFile, BadWiringIsAFileErrorWithItsJsonPath) {
  const json good = projectJson(residual());
  struct Case {
    std::function<void(json&)> edit;
    ErrorCode code;
    std::string path;
    std::string detail;
  };
  const std::vector<Case> cases = {
      {[](json& j) { j["network"]["layers"][2]["inputs"][1] = "h3"; }, ErrorCode::UnknownName,
       "network.layers[2].inputs[1]", "h3"},
      {[](json& j) { j["network"]["layers"][1]["inputs"][0] = "out"; }, ErrorCode::InputNotBefore,
       "network.layers[1].inputs[0]", "out"},
      {[](json& j) { j["network"]["layers"][1]["inputs"][0] = "h2"; }, ErrorCode::InputNotBefore,
       "network.layers[1].inputs[0]", "h2"}, // itself
      {[](json& j) {
         j["network"]["layers"][3].erase("name");
         j["network"]["layers"][1]["inputs"][0] = "L4";
       },
       ErrorCode::InputNotBefore, "network.layers[1].inputs[0]", "L4"}, // a later layer's default name
      {[](json& j) { j["network"]["layers"][3]["name"] = "h1"; }, ErrorCode::DuplicateName,
       "network.layers[3].name", "h1"},
      {[](json& j) {
         j["network"]["layers"][3].erase("name");
         j["network"]["layers"][0]["name"] = "L4";
         j["network"]["layers"][1]["inputs"][0] = "L4";
         j["network"]["layers"][2]["inputs"][0] = "L4";
       },
       ErrorCode::DuplicateName, "network.layers[3]", "L4"}, // a default name taken by another layer
      {[](json& j) { j["network"]["layers"][2]["inputs"] = "h1"; }, ErrorCode::WrongType,
       "network.layers[2].inputs", "array"},
      {[](json& j) { j["network"]["layers"][2]["inputs"][0] = 1; }, ErrorCode::WrongType,
       "network.layers[2].inputs[0]", "string"},
      {[](json& j) { j["network"]["layers"][1]["name"] = 7; }, ErrorCode::WrongType, "network.layers[1].name",
       "string"},
      {[](json& j) { j["network"]["layers"][1]["name"] = "input"; }, ErrorCode::BadValue,
       "network.layers[1].name", "input"},
      {[](json& j) { j["network"]["layers"][1]["name"] = ""; }, ErrorCode::BadValue, "network.layers[1].name",
       "empty"},
  };
  for (const Case& c : cases) {
    json j = good;
    c.edit(j);
    const Error e = ProjectFile::fromJson(j).error;
    EXPECT_EQ(e.code, c.code) << c.path << " got " << toString(e.code) << " at " << e.jsonPath;
    EXPECT_EQ(e.jsonPath, c.path);
    EXPECT_EQ(e.detail, c.detail) << c.path;
  }
  // The duplicate names the earlier layer.
  json dup = good;
  dup["network"]["layers"][3]["name"] = "h1";
  EXPECT_EQ(ProjectFile::fromJson(dup).error.expected, 0);
  EXPECT_EQ(ProjectFile::fromJson(dup).error.actual, 3);
}

TEST(GraphFile, AModelMustBeCompletelyWired) {
  const json good = ModelFile::toJson(modelOf(residual(), TaskKind::BinaryClassification));
  struct Case {
    std::function<void(json&)> edit;
    ErrorCode code;
    std::string path;
  };
  const std::vector<Case> cases = {
      {[](json& j) { j["layers"][2]["inputs"] = {"h1"}; }, ErrorCode::WrongLength, "layers[2].inputs"},
      {[](json& j) { j["layers"][2].erase("inputs"); }, ErrorCode::MissingKey, "layers[2].inputs"},
      {[](json& j) {
         j["layers"][1]["inputs"] = {"h1", "input"};
       },
       ErrorCode::WrongLength, "layers[1].inputs"},
      {[](json& j) { j["layers"][1]["inputs"] = json::array(); }, ErrorCode::WrongLength, "layers[1].inputs"},
      // add(input, h2): 2 features and 8
      {[](json& j) {
         j["layers"][2]["inputs"] = {"h2", "input"};
       },
       ErrorCode::BadValue, "layers[2].inputs[1]"},
      {[](json& j) {
         j["layers"][2]["inputs"] = {"h1", "nowhere"};
       },
       ErrorCode::UnknownName, "layers[2].inputs[1]"},
      {[](json& j) { j["layers"][0]["inputs"] = {"h2"}; }, ErrorCode::InputNotBefore, "layers[0].inputs[0]"},
      // the dense after the add reads 8 features: 2 rows are refused
      {[](json& j) {
         j["layers"][2]["inputs"] = {"input", "input"};
       },
       ErrorCode::WrongRowCount, "layers[3].weights"},
      {[](json& j) { j["layers"][2]["activation"] = "wavy"; }, ErrorCode::UnknownName,
       "layers[2].activation"},
      {[](json& j) { j["version"] = 3; }, ErrorCode::NewerVersion, "version"},
  };
  for (const Case& c : cases) {
    json j = good;
    c.edit(j);
    const Error e = ModelFile::fromJson(j).error;
    EXPECT_EQ(e.code, c.code) << c.path << " got " << toString(e.code) << " at " << e.jsonPath;
    EXPECT_EQ(e.jsonPath, c.path);
  }
  json unequal = good;
  unequal["layers"][2]["inputs"] = {"h2", "input"};
  const Error e = ModelFile::fromJson(unequal).error;
  EXPECT_EQ(e.detail, "width");
  EXPECT_EQ(e.expected, 8);
  EXPECT_EQ(e.actual, 2);
}

TEST(GraphFile, ConcatsOfConcatsCannotAskForGigabytes) {
  // 2 inputs doubled 20 times is 2^21 features: a few lines of JSON that predict would need 16 MB a
  // sample for, and gigabytes a little further on.
  json m = {{"format", "neurona-model"},
            {"version", 2},
            {"inputs", {"a", "b"}},
            {"task", "regression"},
            {"layers", json::array()}};
  std::string previous = "input";
  for (int i = 0; i < 20; ++i) {
    const std::string name = "c" + std::to_string(i);
    m["layers"].push_back({{"type", "concat"}, {"name", name}, {"inputs", {previous, previous}}});
    previous = name;
  }
  const Error e = ModelFile::fromJson(m).error;
  EXPECT_EQ(e.code, ErrorCode::BadValue);
  EXPECT_EQ(e.jsonPath, "layers[19]");
  EXPECT_EQ(e.detail, "width");
  EXPECT_EQ(e.actual, std::int64_t{1} << 21);
  m["layers"].erase(19);
  EXPECT_TRUE(ModelFile::fromJson(m).ok()) << "2^20 features are read";
}

TEST(GraphFile, VersionsOneAndTwoAreReadAndThreeIsRefusedNamingIt) {
  json m = ModelFile::toJson(binaryModel());
  for (int v : {1, 2}) {
    m["version"] = v;
    EXPECT_TRUE(ModelFile::fromJson(m).ok()) << v;
  }
  m["version"] = 3;
  Error e = ModelFile::fromJson(m).error;
  EXPECT_EQ(e.code, ErrorCode::NewerVersion);
  EXPECT_EQ(e.actual, 3);
  EXPECT_EQ(e.expected, 2);
  json p = projectJson(residual());
  p["version"] = 1; // a graph in a file that says version 1 is read all the same
  EXPECT_TRUE(ProjectFile::fromJson(p).ok());
  p["version"] = 4;
  e = ProjectFile::fromJson(p).error;
  EXPECT_EQ(e.code, ErrorCode::NewerVersion);
  EXPECT_EQ(e.jsonPath, "version");
  EXPECT_EQ(e.actual, 4);
  EXPECT_EQ(e.expected, 2);
}

TEST(GraphFile, FixturesReadAndTheModelIsWrittenBackByteForByte) {
  Result<Project> p = ProjectFile::read(kGraphFixtures / "residual.neurona");
  ASSERT_TRUE(p.ok()) << toString(p.error.code) << " " << p.error.jsonPath;
  const NetworkSpec& s = p.value.network;
  ASSERT_EQ(s.layers.size(), 4u);
  EXPECT_EQ(s.nameOf(2), "sum");
  EXPECT_EQ(s.layers[2].type, LayerType::Add);
  EXPECT_EQ(s.sourcesOf(2), (std::vector<int>{0, 1}));
  EXPECT_EQ(s.outputIndex(), 3);
  EXPECT_TRUE(s.isGraph());
  EXPECT_EQ(ProjectFile::toJson(p.value)["version"], 2);

  const std::filesystem::path modelFile = kGraphFixtures / "residual-model.json";
  Result<Model> m = ModelFile::read(modelFile);
  ASSERT_TRUE(m.ok()) << toString(m.error.code) << " " << m.error.jsonPath;
  EXPECT_EQ(m.value.outputCount(), 1);
  EXPECT_EQ(m.value.spec.sourcesOf(2), (std::vector<int>{0, 1}));
  EXPECT_EQ(ModelFile::serialize(m.value), slurp(modelFile)) << "the fixture is as Neurona writes it";
  // The model belongs to the project's network: same types, units and wiring.
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(m.value.spec.nameOf(i), s.nameOf(i));
    EXPECT_EQ(m.value.spec.sourcesOf(i), s.sourcesOf(i));
  }
}

} // namespace graphfile
