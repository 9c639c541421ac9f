// neurona-cli on image networks: a project over a CSV of bars (or the bars generator) with a small CNN
// trains, its model file holds the input shape and the image layers (version 2), info prints the image
// shapes, predict reads the pixel columns by name, and step refuses the network with a sentence.
#include "support/CliDirTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace cliimagemodel {
namespace {

using nlohmann::json;

class CliImageModel : public clitest::CliDirTest {
protected:
  // A project over `dataset`: conv2d 4@3 same relu -> maxpool2d 2 -> flatten -> dense 1 sigmoid, Adam.
  void writeProject(const std::string& name, const json& dataset, bool inputShape) {
    json network = {
        {"layers",
         {{{"type", "conv2d"}, {"filters", 4}, {"kernel", 3}, {"padding", "same"}, {"activation", "relu"}},
          {{"type", "maxpool2d"}, {"pool", 2}},
          {{"type", "flatten"}},
          {{"type", "dense"}, {"units", 1}, {"activation", "sigmoid"}}}}};
    if (inputShape) network["input_shape"] = {16, 16, 1};
    const json project = {{"format", "neurona-project"},
                          {"version", 2},
                          {"dataset", dataset},
                          {"network", network},
                          {"training",
                           {{"loss", "bce"},
                            {"optimizer", {{"name", "adam"}, {"learning_rate", 0.01}}},
                            {"batch_size", 32},
                            {"epochs", 5},
                            {"seed", 1}}}};
    std::ofstream(file(name)) << project.dump(2);
  }

  std::string slurp(const std::string& name) const {
    std::ifstream in(file(name));
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
};

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string lastField(const std::string& line) { return line.substr(line.rfind(',') + 1); }

// The percentage after `label` in the train summary ("training accuracy 93.8%"), -1 when absent.
double percentAfter(const std::string& text, const std::string& label) {
  const std::size_t at = text.find(label);
  return at == std::string::npos ? -1.0 : std::stod(text.substr(at + label.size()));
}

} // namespace

TEST_F(CliImageModel, BarsCsvTrainsInfoPredictsAndStepRefuses) {
  clitest::CliRun r = cli("dataset bars --samples 200 --seed 1 --out " + q(file("bars.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  writeProject("bars.neurona", {{"csv", "bars.csv"}}, true);

  r = cli("train " + q(file("bars.neurona")) + " --epochs 5 --out " + q(file("m.json")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_GE(percentAfter(r.err, "training accuracy "), 0.0) << r.err;
  const json model = json::parse(slurp("m.json"));
  EXPECT_EQ(model["version"], 2);
  EXPECT_EQ(model["input_shape"], json({16, 16, 1}));
  EXPECT_EQ(model["inputs"].size(), 256u);
  EXPECT_EQ(model["layers"][0]["type"], "conv2d");
  EXPECT_EQ(model["layers"][0]["weights"].size(), 3u);

  r = cli("info " + q(file("m.json")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Input shape: 16x16x1\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("conv2d 4 kernel 3 same relu        16x16x1 -> 16x16x4 40\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("maxpool2d pool 2 valid             16x16x4 -> 8x8x4   0\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("flatten                            8x8x4 -> 256       0\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Total parameters: 297\n"), std::string::npos) << r.out;

  // Bars are learnable: a few more epochs, and predict (the pixel columns taken by name) agrees with the
  // labels on at least 90% of the samples.
  r = cli("train " + q(file("bars.neurona")) + " --epochs 10 --out " + q(file("m10.json")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_GE(percentAfter(r.err, "training accuracy "), 90.0) << r.err;
  EXPECT_GE(percentAfter(r.err, "validation accuracy "), 90.0) << r.err;
  r = cli("predict " + q(file("m10.json")) + " " + q(file("bars.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<std::string> predicted = lines(r.out);
  const std::vector<std::string> data = lines(slurp("bars.csv"));
  ASSERT_EQ(predicted.size(), 201u);
  ASSERT_EQ(data.size(), 201u);
  EXPECT_EQ(predicted[0].substr(predicted[0].size() - 11), ",out0,label");
  int agree = 0;
  for (std::size_t i = 1; i < predicted.size(); ++i) {
    const std::string label = lastField(predicted[i]);
    EXPECT_TRUE(label == "horizontal" || label == "vertical") << predicted[i];
    agree += label == lastField(data[i]) ? 1 : 0;
  }
  EXPECT_GE(agree, 180);

  r = cli("step " + q(file("bars.neurona")) + " --sample 0");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("bars.neurona: step explains dense, dropout and batchnorm layers; this network has "
                         "convolution, pooling or flatten layers"))
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(CliImageModel, AGeneratorsImageShapeIsTheNetworksWhenTheFileGivesNone) {
  writeProject("gen.neurona", {{"generator", "bars"}, {"samples", 120}, {"seed", 2}}, false);
  clitest::CliRun r = cli("info " + q(file("gen.neurona")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("16x16x1 -> 16x16x4"), std::string::npos) << r.out;
  r = cli("train " + q(file("gen.neurona")) + " --epochs 2 --out " + q(file("g.json")) + " --quiet");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(json::parse(slurp("g.json"))["input_shape"], json({16, 16, 1}));

  // A shape of the file's own that does not hold the data is refused with validation's sentence.
  writeProject("wrong.neurona", {{"generator", "bars"}, {"samples", 120}, {"seed", 2}}, false);
  json p = json::parse(slurp("wrong.neurona"));
  p["network"]["input_shape"] = {8, 8, 1};
  std::ofstream(file("wrong.neurona")) << p.dump();
  r = cli("train " + q(file("wrong.neurona")) + " --epochs 1 --out " + q(file("w.json")));
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_TRUE(r.contains("wrong.neurona: ")) << r.err;

  // A bad size names its JSON path.
  p["network"]["input_shape"] = {16, 16};
  std::ofstream(file("bad.neurona")) << p.dump();
  r = cli("info " + q(file("bad.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("network.input_shape")) << r.err;
}

} // namespace cliimagemodel
