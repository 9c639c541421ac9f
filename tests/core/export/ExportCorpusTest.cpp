// The export fuzzer's inputs, checked with the real tools (issue #15): every model file in the harness's
// seed corpus and crash inputs that loads is exported, the Python scripts must parse with Python's own
// `ast`, and the C++ header must compile. The fuzzer itself only checks that names add no lines; this is
// the proof that what it accepts is valid code.
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/io/ModelFile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> exportInputs() {
  std::vector<fs::path> files;
  const fs::path fuzz = fs::path(NEURONA_SOURCE_DIR) / "tests" / "fuzz";
  for (const fs::path& dir : {fuzz / "corpus" / "export", fuzz / "regressions" / "export"}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

TEST(ExportCorpus, everyLoadableInputExportsToPythonThatParsesAndAHeaderThatCompiles) {
  if (std::system("/usr/bin/python3 -c 'import ast' > /dev/null 2>&1") != 0)
    GTEST_SKIP() << "no /usr/bin/python3";
  if (std::system("command -v g++ > /dev/null 2>&1") != 0) GTEST_SKIP() << "g++ is missing: cannot compile";
  const fs::path dir = fs::temp_directory_path() / ("neurona_export_corpus_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  int loaded = 0;
  std::vector<std::string> scripts;
  std::string includes;
  for (const fs::path& input : exportInputs()) {
    const auto m = neurona::ModelFile::parse(readAll(input));
    if (!m.ok()) continue;
    std::string stem = "m";
    stem += std::to_string(loaded++);
    for (const auto& [suffix, text] : {std::pair{"_numpy.py", neurona::NumpyExporter::generate(m.value)},
                                       std::pair{"_torch.py", neurona::PytorchExporter::generate(m.value)},
                                       std::pair{"_keras.py", neurona::KerasExporter::generate(m.value)}}) {
      scripts.push_back((dir / (stem + suffix)).string());
      std::ofstream(scripts.back(), std::ios::binary) << text;
    }
    // Each header in its own namespace-free translation unit: they all define the same names.
    std::ofstream(dir / (stem + ".h"), std::ios::binary) << neurona::CppHeaderExporter::generate(m.value);
    std::ofstream(dir / (stem + ".cpp")) << "#include \"" << stem << ".h\"\nint main() { return 0; }\n";
    includes += " " + stem + ".cpp";
  }
  ASSERT_GE(loaded, 3) << "the export corpus holds model files that load";
  std::string parse = "/usr/bin/python3 -c 'import ast, sys\nfor f in sys.argv[1:]: ast.parse(open(f, "
                      "encoding=\"ascii\").read(), f)'";
  for (const std::string& s : scripts) parse += " '" + s + "'";
  EXPECT_EQ(std::system(parse.c_str()), 0) << "a generated script does not parse";
  const std::string compile = "cd '" + dir.string() + "' && for f in" + includes +
                              "; do g++ -std=c++17 -fsyntax-only -Wall -Wextra -Werror $f || exit 1; done";
  EXPECT_EQ(std::system(compile.c_str()), 0) << "a generated header does not compile";
  fs::remove_all(dir);
}
