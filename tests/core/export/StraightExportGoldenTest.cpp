// Straight networks export byte for byte as they did before graph networks (issue #20): every model file in
// tests/fixtures/export, exported in every format, equals the stored export, with Neurona's version number
// written as @VERSION@. NEURONA_UPDATE_GOLDEN=1 rewrites the stored exports (and the sample models' files):
// only after a deliberate change of an export.
#include "core/io/SampleModels.h"
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/io/ModelFile.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

const fs::path kGoldenDir = fs::path(NEURONA_FIXTURES_DIR) / "export";
constexpr const char* kVersionMark = "@VERSION@";

std::string readGolden(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool updating() {
  const char* v = std::getenv("NEURONA_UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

// The text exports with "Neurona <version>" written as "Neurona @VERSION@".
std::string markVersion(std::string text) {
  const std::string from = std::string("Neurona ") + NEURONA_VERSION;
  const std::string to = std::string("Neurona ") + kVersionMark;
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// ONNX: the version is ModelProto.producer_version, a top-level length-delimited field (number 3, tag
// 0x1a), so that replacing it with its length byte changes no enclosing length.
std::string markOnnxVersion(std::string bytes) {
  const std::string version = NEURONA_VERSION;
  const std::string field = std::string(1, '\x1a') + static_cast<char>(version.size()) + version;
  const std::size_t at = bytes.find(field);
  EXPECT_NE(at, std::string::npos) << "no producer_version in the ONNX bytes";
  if (at != std::string::npos)
    bytes.replace(at, field.size(),
                  std::string(1, '\x1a') + static_cast<char>(std::string(kVersionMark).size()) +
                      kVersionMark);
  return bytes;
}

// The stored models: the three sample models (every layer kind, transform and preprocessing, written
// once as files so that the check does not depend on the random engine) and the hand-made XOR model.
std::vector<std::pair<std::string, fs::path>> goldenModels() {
  return {{"binary", kGoldenDir / "binary.model.json"},
          {"multiclass", kGoldenDir / "multiclass.model.json"},
          {"regression", kGoldenDir / "regression.model.json"},
          {"xor", fs::path(NEURONA_FIXTURES_DIR) / "io" / "model-xor.json"}};
}

} // namespace

TEST(StraightExportGolden, everyFormatIsByteIdenticalToTheStoredExport) {
  if (updating()) {
    for (const auto& [name, make] :
         {std::pair{"binary", &samples::binaryModel}, std::pair{"multiclass", &samples::multiclassModel},
          std::pair{"regression", &samples::regressionModel}})
      ASSERT_TRUE(ModelFile::write(kGoldenDir / (std::string(name) + ".model.json"), make()).ok());
  }
  int compared = 0;
  for (const auto& [name, path] : goldenModels()) {
    const auto model = ModelFile::read(path);
    ASSERT_TRUE(model.ok()) << path;
    ASSERT_FALSE(model.value.spec.isGraph()) << name << ": a straight network";
    const std::vector<std::pair<std::string, std::string>> exports = {
        {".numpy.py", markVersion(NumpyExporter::generate(model.value))},
        {".pytorch.py", markVersion(PytorchExporter::generate(model.value))},
        {".keras.py", markVersion(KerasExporter::generate(model.value))},
        {".h", markVersion(CppHeaderExporter::generate(model.value))},
        {".onnx", markOnnxVersion(OnnxExporter::serialize(model.value))}};
    for (const auto& [suffix, bytes] : exports) {
      const fs::path golden = kGoldenDir / (name + suffix);
      if (updating()) std::ofstream(golden, std::ios::binary) << bytes;
      ASSERT_TRUE(fs::exists(golden)) << golden;
      EXPECT_TRUE(readGolden(golden) == bytes) << golden << " differs from the export";
      ++compared;
    }
  }
  EXPECT_EQ(compared, 20);
}
