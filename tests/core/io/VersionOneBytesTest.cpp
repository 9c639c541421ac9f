// A straight network is written as version 1, byte for byte as before graph networks existed: the files
// under tests/fixtures/io/v1-saved were written by the writer of that time (commit 5fc4dc6) from the
// sources below. Set NEURONA_WRITE_V1_SAVED=1 to write them again (only ever from that commit).
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace neurona;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path kSource = NEURONA_SOURCE_DIR;
const fs::path kFixtures = NEURONA_FIXTURES_DIR;
const fs::path kSaved = kFixtures / "io" / "v1-saved";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool writeSaved() {
  const char* v = std::getenv("NEURONA_WRITE_V1_SAVED");
  return v != nullptr && std::string(v) == "1";
}

// Compares `text` with the saved bytes of `name` (or writes them when asked to).
void expectSaved(const std::string& name, const std::string& text) {
  const fs::path saved = kSaved / name;
  if (writeSaved()) {
    fs::create_directories(kSaved);
    std::ofstream(saved, std::ios::binary) << text;
    return;
  }
  ASSERT_TRUE(fs::exists(saved)) << saved;
  EXPECT_EQ(text, slurp(saved)) << name << ": a straight network must be written as before";
}

// A trained project with kept runs: xor.neurona with model-xor.json as its model and as a kept run's.
std::string trainedProjectText() {
  json p = json::parse(slurp(kSource / "resources" / "examples" / "xor.neurona"));
  const json model = json::parse(slurp(kFixtures / "io" / "model-xor.json"));
  p["model"] = model;
  p["history"] = json::parse(R"([{"epoch": 1, "loss": 0.7, "val_loss": 0.69}])");
  p["runs"] = {{"limit", 5},
               {"kept",
                {{{"id", 3},
                  {"name", "first"},
                  {"pinned", true},
                  {"status", "completed"},
                  {"epochs", 1},
                  {"setup", {{"network", p["network"]}}},
                  {"history", p["history"]},
                  {"model", model}}}}};
  return p.dump();
}

} // namespace

TEST(VersionOneBytes, StraightProjectsAreSavedAsBefore) {
  std::vector<std::pair<std::string, std::string>> sources;
  for (const char* name : {"xor", "tutorial", "spiral-deep", "three-classes-softmax"})
    sources.emplace_back(std::string(name) + ".neurona",
                         slurp(kSource / "resources" / "examples" / (std::string(name) + ".neurona")));
  for (const char* name : {"small-generator", "small-points", "small-regression"})
    sources.emplace_back(std::string(name) + ".neurona", slurp(kSource / "tests" / "fuzz" / "corpus" /
                                                               "project" / (std::string(name) + ".neurona")));
  sources.emplace_back("trained.neurona", trainedProjectText());
  for (const auto& [name, text] : sources) {
    Result<Project> p = ProjectFile::parse(text);
    ASSERT_TRUE(p.ok()) << name << ": " << toString(p.error.code) << " " << p.error.jsonPath;
    EXPECT_FALSE(p.value.network.isGraph()) << name;
    expectSaved(name, ProjectFile::serialize(p.value));
  }
}

TEST(VersionOneBytes, StraightModelsAreSavedAsBefore) {
  const std::vector<fs::path> sources = {
      kFixtures / "io" / "model-xor.json",
      kSource / "tests" / "fuzz" / "corpus" / "export" / "model-hostile-names.json",
      kSource / "tests" / "fuzz" / "corpus" / "export" / "model-regression-standardized.json",
      kSource / "tests" / "fuzz" / "corpus" / "export" / "model-softmax-3-classes.json"};
  for (const fs::path& source : sources) {
    Result<Model> m = ModelFile::read(source);
    ASSERT_TRUE(m.ok()) << source << ": " << toString(m.error.code) << " " << m.error.jsonPath;
    EXPECT_FALSE(m.value.spec.isGraph()) << source;
    expectSaved(source.filename().string(), ModelFile::serialize(m.value));
  }
}
