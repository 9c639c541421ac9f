#include "neurona/core/io/ModelFile.h"
#include "core/io/SampleModels.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

using namespace neurona;
using namespace neurona::samples;
using nlohmann::json;

namespace {

json binaryJson() { return ModelFile::toJson(binaryModel()); }

Error errorOf(const json& doc) { return ModelFile::fromJson(doc).error; }

} // namespace

TEST(ModelFile, RoundTripKeepsEveryValueAndPrediction) {
  for (const Model& m : {binaryModel(), multiclassModel(), regressionModel()}) {
    const std::string text = ModelFile::serialize(m);
    Result<Model> back = ModelFile::parse(text);
    ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
    EXPECT_EQ(back.value, m);
    const MatrixD x = sampleInputs(50, m.inputCount());
    EXPECT_TRUE(sameValues(predictModel(back.value, x), predictModel(m, x)));
  }
}

TEST(ModelFile, FileRoundTripThroughDisk) {
  const auto path = std::filesystem::temp_directory_path() / "neurona_model_roundtrip.json";
  const Model m = multiclassModel();
  ASSERT_TRUE(ModelFile::write(path, m).ok());
  Result<Model> back = ModelFile::read(path);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value, m);
  std::filesystem::remove(path);
}

TEST(ModelFile, ContractKeysAndWeightLayout) {
  const Model m = binaryModel();
  const json j = ModelFile::toJson(m);
  EXPECT_EQ(j["format"], "neurona-model");
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["inputs"], json({"x1", "x2"}));
  EXPECT_EQ(j["transforms"], json({"x1^2", "x1*x2", "sin(x2)"}));
  EXPECT_EQ(j["preprocessing"]["kind"], "standardize");
  EXPECT_EQ(j["preprocessing"]["mean"].size(), 5u); // inputs + transforms
  EXPECT_EQ(j["preprocessing"]["scale"].size(), 5u);
  EXPECT_EQ(j["task"], "binary-classification");
  EXPECT_EQ(j["classes"], json({"no", "yes"}));
  const json& d0 = j["layers"][0];
  EXPECT_EQ(d0["type"], "dense");
  EXPECT_EQ(d0["units"], 5);
  EXPECT_EQ(d0["activation"], "relu");
  ASSERT_EQ(d0["weights"].size(), 5u);    // one row per input
  EXPECT_EQ(d0["weights"][0].size(), 5u); // one column per unit
  EXPECT_EQ(d0["weights"][2][3].get<double>(), m.params[0].weights(2, 3));
  EXPECT_EQ(d0["bias"].size(), 5u);
  EXPECT_EQ(j["layers"][1], json({{"type", "dropout"}, {"rate", 0.2}}));
  const json& bn = j["layers"][2];
  EXPECT_EQ(bn["type"], "batchnorm");
  for (const char* k : {"gamma", "beta", "mean", "var"}) EXPECT_EQ(bn[k].size(), 5u) << k;
  EXPECT_EQ(bn["epsilon"], 1e-3);
  EXPECT_EQ(j["layers"][3]["alpha"], 0.2);
  // Indented text keeps each weight row on one line.
  const std::string text = ModelFile::serialize(m);
  EXPECT_NE(text.find("\"weights\": [\n"), std::string::npos);
}

TEST(ModelFile, MinMaxStoresMinAndScale) {
  const json j = ModelFile::toJson(multiclassModel());
  EXPECT_EQ(j["preprocessing"]["kind"], "minmax");
  EXPECT_EQ(j["preprocessing"]["min"].size(), 4u);
  EXPECT_FALSE(j["preprocessing"].contains("mean"));
}

TEST(ModelFile, PredictionMatchesHandComputation) {
  // One sigmoid unit on standardized inputs: y = σ(w·(x − μ)/s + b).
  Model m;
  m.inputs = {"a", "b"};
  m.pipeline.preprocessing = {PreprocessingKind::Standardize, VectorD{{1.0, -2.0}}, VectorD{{2.0, 0.5}}};
  m.spec.append(dense(1, ActivationKind::Sigmoid));
  LayerParams p;
  p.id = m.spec.layers[0].id;
  p.weights = MatrixD{{0.5}, {-1.5}};
  p.bias = VectorD{{0.25}};
  m.params = {p};
  m.classes = {"0", "1"};
  const MatrixD x{{3.0, -1.0}};
  const double z = 0.5 * (3.0 - 1.0) / 2.0 - 1.5 * (-1.0 + 2.0) / 0.5 + 0.25; // = -2.5
  const MatrixD y = predictModel(m, x);
  ASSERT_EQ(y.rows(), 1);
  EXPECT_NEAR(y(0, 0), 1.0 / (1.0 + std::exp(-z)), 1e-15);
  EXPECT_EQ(predictedClasses(m, y)(0), 0);
}

TEST(ModelFile, MissingFormatIsRefused) {
  json j = binaryJson();
  j.erase("format");
  EXPECT_EQ(errorOf(j).code, ErrorCode::MissingFormat);
  j["format"] = "neurona-project";
  const Error e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::WrongFormat);
  EXPECT_EQ(e.detail, "neurona-project");
}

TEST(ModelFile, NewerVersionIsRefused) {
  json j = binaryJson();
  j["version"] = 3; // version 2 (graph networks) is read
  const Error e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::NewerVersion);
  EXPECT_EQ(e.jsonPath, "version");
  EXPECT_EQ(e.expected, 2);
  EXPECT_EQ(e.actual, 3);
}

TEST(ModelFile, WrongWeightRowsNameTheLayer) {
  // The dense layer at index 3 takes 5 inputs (batchnorm keeps the width of the first dense layer).
  json j = binaryJson();
  j["layers"][3]["weights"].erase(4);
  Error e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::WrongRowCount);
  EXPECT_EQ(e.jsonPath, "layers[3].weights");
  EXPECT_EQ(e.expected, 5);
  EXPECT_EQ(e.actual, 4);

  j = binaryJson();
  j["layers"][3]["weights"][1].push_back(0.0);
  e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::WrongColumnCount);
  EXPECT_EQ(e.jsonPath, "layers[3].weights[1]");
  EXPECT_EQ(e.expected, 4);
  EXPECT_EQ(e.actual, 5);
}

TEST(ModelFile, WrongVectorLengthsAreRefused) {
  json j = binaryJson();
  j["layers"][0]["bias"].push_back(1.0);
  Error e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::WrongLength);
  EXPECT_EQ(e.jsonPath, "layers[0].bias");
  EXPECT_EQ(e.expected, 5);
  EXPECT_EQ(e.actual, 6);

  j = binaryJson();
  j["layers"][2]["var"].erase(0);
  EXPECT_EQ(errorOf(j).jsonPath, "layers[2].var");

  j = binaryJson();
  j["preprocessing"]["mean"].erase(0);
  e = errorOf(j);
  EXPECT_EQ(e.jsonPath, "preprocessing.mean");
  EXPECT_EQ(e.expected, 5);
  EXPECT_EQ(e.actual, 4);

  j = binaryJson();
  j["classes"] = {"a", "b", "c"};
  e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::WrongLength);
  EXPECT_EQ(e.jsonPath, "classes");
}

TEST(ModelFile, BadValuesAndTypesAreRefused) {
  json j = binaryJson();
  j["layers"][0]["activation"] = "sigmoidal";
  Error e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::UnknownName);
  EXPECT_EQ(e.jsonPath, "layers[0].activation");
  EXPECT_EQ(e.detail, "sigmoidal");

  j = binaryJson();
  j["layers"][0]["weights"][1][2] = "0.5";
  e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::WrongType);
  EXPECT_EQ(e.jsonPath, "layers[0].weights[1][2]");

  j = binaryJson();
  j["layers"][1]["rate"] = 1.0;
  EXPECT_EQ(errorOf(j).code, ErrorCode::BadValue);

  j = binaryJson();
  j["transforms"] = {"x3^2"};
  EXPECT_EQ(errorOf(j).jsonPath, "transforms[0]");

  j = binaryJson();
  j.erase("layers");
  e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::MissingKey);
  EXPECT_EQ(e.jsonPath, "layers");

  j = binaryJson();
  j["layers"] = json::array({j["layers"][1]}); // only a dropout layer: no output
  EXPECT_EQ(errorOf(j).code, ErrorCode::BadValue);

  j = binaryJson();
  j["layers"][4]["units"] = 2; // a binary sigmoid output must have 1 unit
  j["layers"][4]["weights"] = json::array();
  for (int r = 0; r < 4; ++r) j["layers"][4]["weights"].push_back({0.1, 0.2});
  j["layers"][4]["bias"] = {0.0, 0.0};
  e = errorOf(j);
  EXPECT_EQ(e.code, ErrorCode::BadValue);
  EXPECT_EQ(e.jsonPath, "layers[4].units");
}

TEST(ModelFile, SyntaxErrorsGiveLineAndColumn) {
  const Result<Model> m = ModelFile::parse("{\n  \"format\": \"neurona-model\",\n  \"version\": 1,,\n}");
  EXPECT_EQ(m.error.code, ErrorCode::NotJson);
  EXPECT_EQ(m.error.line, 3);
  EXPECT_EQ(m.error.column, 16);
}

TEST(ModelFile, MissingFileCannotOpen) {
  const Result<Model> m = ModelFile::read("/nonexistent/neurona/model.json");
  EXPECT_EQ(m.error.code, ErrorCode::CannotOpen);
  EXPECT_EQ(m.error.file, "/nonexistent/neurona/model.json");
}

TEST(ModelFile, FixturesGiveTheirErrors) {
  struct Case {
    const char* file;
    ErrorCode code;
    const char* path;
  };
  const Case cases[] = {
      {"model-no-format.json", ErrorCode::MissingFormat, "format"},
      {"model-version-9.json", ErrorCode::NewerVersion, "version"},
      {"model-bad-rows.json", ErrorCode::WrongRowCount, "layers[2].weights"},
  };
  for (const Case& c : cases) {
    const Result<Model> m = ModelFile::read(std::string(NEURONA_FIXTURES_DIR) + "/io/" + c.file);
    EXPECT_EQ(m.error.code, c.code) << c.file;
    EXPECT_EQ(m.error.jsonPath, c.path) << c.file;
  }
  const Result<Model> good = ModelFile::read(std::string(NEURONA_FIXTURES_DIR) + "/io/model-xor.json");
  ASSERT_TRUE(good.ok()) << toString(good.error.code) << " " << good.error.jsonPath;
  // The fixture is a hand-made XOR network: check its four corners.
  const MatrixD x{{0, 0}, {0, 1}, {1, 0}, {1, 1}};
  const Eigen::VectorXi cls = predictedClasses(good.value, predictModel(good.value, x));
  EXPECT_EQ(cls, (Eigen::VectorXi(4) << 0, 1, 1, 0).finished());
}

TEST(ModelFile, OutOfRangeNumbersAreRefused) {
  std::string text = ModelFile::serialize(binaryModel());
  const std::string bias = "\"bias\": [";
  const std::size_t at = text.find(bias) + bias.size();
  Result<Model> m = ModelFile::parse(text.substr(0, at) + "1e999, " + text.substr(at));
  // A number beyond double's range is a syntax error for nlohmann (it has no position for it).
  EXPECT_EQ(m.error.code, ErrorCode::NotJson);
  EXPECT_EQ(m.error.detail, "number-overflow");
  json j = binaryJson();
  j["layers"][0]["units"] = 1e30;
  EXPECT_EQ(errorOf(j).jsonPath, "layers[0].units");
  j = binaryJson();
  j["layers"][0]["units"] = 18446744073709551615ull;
  EXPECT_EQ(errorOf(j).code, ErrorCode::BadValue);
  j = binaryJson();
  j["layers"][0]["bias"][0] = std::numeric_limits<double>::infinity(); // dumps as null
  m = ModelFile::parse(j.dump());
  EXPECT_EQ(m.error.code, ErrorCode::WrongType);
  EXPECT_EQ(m.error.jsonPath, "layers[0].bias[0]");
}
