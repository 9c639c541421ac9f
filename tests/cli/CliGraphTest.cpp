// neurona-cli on graph networks (version-2 files): info prints each layer's name, type, inputs and
// shape; step refuses a graph with a sentence and exit code 2; a straight network's info is unchanged.
#include "neurona/core/io/ProjectFile.h"
#include "support/CliDirTest.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace neurona;

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace cligraph {
namespace {

const std::string kGraph = NEURONA_FIXTURES_DIR "/graph/";
const std::string kExamples = NEURONA_SOURCE_DIR "/resources/examples/";

class CliGraph : public clitest::CliDirTest {};

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_F(CliGraph, InfoPrintsEachLayerWithItsNameInputsAndShape) {
  const std::string table = "Layers (a graph; \"input\" is the network's input, the last layer its output):\n"
                            "  #  name  layer            inputs  shape      parameters\n"
                            "  0  h1    dense 8 relu     input   2 -> 8     24\n"
                            "  1  h2    dense 8 relu     h1      8 -> 8     72\n"
                            "  2  sum   add linear       h1, h2  8, 8 -> 8  0\n"
                            "  3  out   dense 1 sigmoid  sum     8 -> 1     9\n"
                            "Total parameters: 105\n";
  clitest::CliRun r = cli("info " + q(kGraph + "residual-model.json"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Network inputs: 2, outputs: 1\n" + table)) << r.out;
  r = cli("info " + q(kGraph + "residual.neurona"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Network inputs: 2\n" + table)) << r.out;
}

TEST_F(CliGraph, InfoShowsAConcatsWidthsInTheOrderOfItsInputs) {
  Result<Project> p = ProjectFile::read(kGraph + "residual.neurona");
  ASSERT_TRUE(p.ok());
  // h2 becomes dense 3; the merge a concat(h2, input) with tanh; a loose dropout reads nothing.
  NetworkSpec& s = p.value.network;
  s.makeInputsExplicit(); // so that out keeps reading sum
  s.layers[1].units = 3;
  s.layers[2].type = LayerType::Concat;
  s.layers[2].activation = ActivationKind::Tanh;
  s.layers[2].inputs = std::vector<LayerId>{s.layers[1].id, kNetworkInput};
  LayerSpec loose;
  loose.type = LayerType::Dropout;
  loose.name = "loose \x1b[31m";
  loose.inputs = std::vector<LayerId>{};
  s.insert(3, loose);
  ASSERT_TRUE(ProjectFile::write(file("concat.neurona"), p.value).ok());
  const clitest::CliRun r = cli("info " + q(file("concat.neurona")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "  2  sum             concat tanh       h2, input  3, 2 -> 5  0\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "  3  loose \\x1b[31m  dropout rate 0.5  nothing    none -> 0  0\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "  4  out             dense 1 sigmoid   sum        5 -> 1     6\n")) << r.out;
}

TEST_F(CliGraph, InfoOnAStraightNetworkIsAsBefore) {
  const clitest::CliRun r = cli("info " + q(kExamples + "tutorial.neurona"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Layers:\n"
                              "  #   layer                              shape          parameters\n"
                              "  0   dense 4 relu                       2 -> 4         12\n"
                              "  1   dense 8 relu                       4 -> 8         40\n"
                              "  2   dense 1 sigmoid                    8 -> 1         9\n"
                              "Total parameters: 61\n"))
      << r.out;
}

TEST_F(CliGraph, StepRefusesAGraphNetwork) {
  const clitest::CliRun r = cli("step " + q(kGraph + "residual.neurona") + " --sample 0");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_EQ(r.err, kGraph +
                       "residual.neurona: step explains a straight chain of layers; this network is a graph "
                       "(add, concat, or a layer that does not read the one before it)\n");
}

TEST_F(CliGraph, StepTakesAStraightChainWithNamesOfItsOwn) {
  // Names alone make a version-2 file, not a graph that step cannot follow.
  Project p = defaultProject();
  p.dataset.samples = 40;
  p.network.layers[0].name = "hidden";
  ASSERT_TRUE(ProjectFile::write(file("named.neurona"), p).ok());
  const clitest::CliRun r = cli("step " + q(file("named.neurona")) + " --sample 0");
  EXPECT_EQ(r.code, 0) << r.err;
}

TEST_F(CliGraph, BadWiringIsABadFileNamingTheJsonPath) {
  std::ifstream in(kGraph + "residual.neurona");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = text.find("\"inputs\": [\"h1\", \"h2\"]");
  ASSERT_NE(at, std::string::npos);
  std::string later = text;
  later.replace(at, 22, "\"inputs\": [\"h1\", \"out\"]");
  std::ofstream(file("later.neurona")) << later;
  clitest::CliRun r = cli("info " + q(file("later.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            file("later.neurona") +
                ": network.layers[2].inputs[1] names \"out\", which is not listed before this layer; list "
                "every layer after the layers it reads\n");
  std::string dup = text;
  dup.replace(dup.find("\"name\": \"h2\""), 12, "\"name\": \"h1\"");
  std::ofstream(file("dup.neurona")) << dup;
  r = cli("info " + q(file("dup.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            file("dup.neurona") +
                ": network.layers[1].name is \"h1\", already the name of layers[0]; every layer needs a "
                "name of its own\n");
  std::string unknown = text;
  unknown.replace(at, 22, "\"inputs\": [\"h1\", \"h9\"]");
  std::ofstream(file("unknown.neurona")) << unknown;
  r = cli("info " + q(file("unknown.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, file("unknown.neurona") + ": network.layers[2].inputs[1] has an unknown name \"h9\"\n");
}

// The whole command-line path on a version-2 model: train writes it, info reads it, predict runs it, and
// the exports of it give predict's numbers (NumPy in Debian's python3, ONNX through python3-onnx).
TEST_F(CliGraph, TrainedGraphModelPredictsAsItsExportsDo) {
  clitest::CliRun r =
      cli("train " + q(kGraph + "residual.neurona") + " --epochs 30 --quiet --out " + q(file("m.json")));
  ASSERT_EQ(r.code, 0) << r.err;
  std::ifstream model(file("m.json"));
  const std::string text((std::istreambuf_iterator<char>(model)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(contains(text, "\"version\": 2")) << text.substr(0, 200);
  EXPECT_TRUE(contains(text, "\"type\": \"add\""));
  r = cli("info " + q(file("m.json")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "  2  sum   add linear       h1, h2  8, 8 -> 8  0\n")) << r.out;

  std::ofstream(file("input.csv")) << "x1,x2\n0.5,-0.25\n-1.5,0.75\n0.125,1.25\n2,-2\n-0.3,-0.6\n";
  r = cli("predict " + q(file("m.json")) + " " + q(file("input.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<double> predicted;
  {
    std::istringstream lines(r.out);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "x1,x2,out0,label");
    while (std::getline(lines, line)) {
      std::istringstream cells(line);
      std::string cell;
      for (int c = 0; c < 3 && std::getline(cells, cell, ','); ++c)
        if (c == 2) predicted.push_back(std::stod(cell));
    }
  }
  ASSERT_EQ(predicted.size(), 5u);

  const auto exportedOutputs = [&](const std::string& format, const std::string& runner) {
    const std::string out = file("m." + format);
    const clitest::CliRun e = cli("export " + q(file("m.json")) + " --format " + format + " --out " + q(out));
    EXPECT_EQ(e.code, 0) << format << ": " << e.err;
    const std::string command = "/usr/bin/python3 " + runner + q(out) + " " + q(file("input.csv")) + " > " +
                                q(file(format + ".csv")) + " 2> " + q(file(format + ".err"));
    EXPECT_EQ(std::system(command.c_str()), 0) << format;
    std::ifstream in(file(format + ".csv"));
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line.rfind("out0", 0), 0u) << format << ": " << line;
    std::vector<double> values;
    while (std::getline(in, line)) values.push_back(std::stod(line.substr(0, line.find(','))));
    return values;
  };
  const std::vector<double> numpy = exportedOutputs("numpy", "");
  const std::vector<double> onnx = exportedOutputs("onnx", q(NEURONA_FIXTURES_DIR "/io/onnx_eval.py") + " ");
  ASSERT_EQ(numpy.size(), predicted.size());
  ASSERT_EQ(onnx.size(), predicted.size());
  for (std::size_t i = 0; i < predicted.size(); ++i) {
    EXPECT_NEAR(numpy[i], predicted[i], 1e-5) << i;
    EXPECT_NEAR(onnx[i], predicted[i], 1e-5) << i;
  }
}

} // namespace cligraph
