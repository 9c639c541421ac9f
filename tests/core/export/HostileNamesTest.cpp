// Issue #15 item 2: input and class names come from files written by strangers (a CSV header, a label
// column, a model file). Every exporter writes them only as escaped string literals: the generated
// Python parses and gives back exactly the names, the C++ header compiles, gives back the names and runs
// no code of theirs.
#include "core/io/SampleModels.h"
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace neurona;
using namespace neurona::samples;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPython3 = "/usr/bin/python3";

// Names that break out of a comment, a string or a docstring in Python or C++.
std::vector<std::string> hostileNames() {
  using namespace std::string_literals;
  return {
      "a\n#include <cstdlib>\nint x = std::system(\"touch PWNED\");\n",
      "b\r__import__('os').system('touch PWNED')\r",
      "c\0d"s,
      "e\"\"\"\nimport os; os.system('touch PWNED')\n\"\"\"",
      "f\\", // a trailing backslash escapes the closing quote
      "g */ int y = 1; /* ?\?= ?\?/",
      "h\\x41BC \x1b[31m\t\x7f",
      "\xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", // été € and an emoji (beyond the BMP)
      "i'''\n",
      "\xe2\x80\xa8 line separator",
  };
}

class HostileNames : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("neurona_hostile_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    // Five names (two inputs, three classes), each two hostile pieces joined: every piece is in one.
    const std::vector<std::string> pieces = hostileNames();
    m_model = multiclassModel();
    std::size_t next = 0;
    for (auto* list : {&m_model.inputs, &m_model.classes})
      for (std::string& name : *list) {
        name = pieces[next % pieces.size()] + pieces[(next + 1) % pieces.size()];
        next += 2;
      }
    ASSERT_GE(next, pieces.size());
  }
  void TearDown() override { fs::remove_all(m_dir); }

  fs::path file(const std::string& name) const { return m_dir / name; }
  void save(const std::string& name, const std::string& text) const {
    std::ofstream(file(name), std::ios::binary) << text;
  }
  std::string load(const std::string& name) const {
    std::ifstream in(file(name), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  int run(const std::string& command, const std::string& out) const {
    const std::string full = "cd '" + m_dir.string() + "' && " + command + " > '" + file(out).string() +
                             "' 2> '" + file("stderr.txt").string() + "'";
    const int status = std::system(full.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  // The names as JSON with every non-ASCII character escaped, as Python's json.dumps writes them.
  std::string expectedJson() const {
    return nlohmann::json::array({m_model.inputs, m_model.classes}).dump(-1, ' ', true);
  }

  // The script parses, and its INPUTS and CLASSES constants are exactly the names.
  void expectPythonKeepsNames(const std::string& script) {
    if (::access(kPython3, X_OK) != 0) GTEST_SKIP() << kPython3 << " is missing: cannot parse the export";
    save("model.py", script);
    save("names.py", "import ast, json, sys\n"
                     "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())\n"
                     "values = {}\n"
                     "for node in tree.body:\n"
                     "    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):\n"
                     "        if node.targets[0].id in ('INPUTS', 'CLASSES'):\n"
                     "            values[node.targets[0].id] = ast.literal_eval(node.value)\n"
                     "sys.stdout.write(json.dumps([values['INPUTS'], values['CLASSES']],"
                     " separators=(',', ':')))\n");
    ASSERT_EQ(run(std::string(kPython3) + " names.py model.py", "names.json"), 0) << load("stderr.txt");
    EXPECT_EQ(load("names.json"), expectedJson());
    EXPECT_FALSE(fs::exists(file("PWNED")));
  }

  fs::path m_dir;
  Model m_model;
};

} // namespace

TEST_F(HostileNames, NumpyExportKeepsNamesAsLiterals) { expectPythonKeepsNames(NumpyExporter::generate(m_model)); }

TEST_F(HostileNames, PytorchExportKeepsNamesAsLiterals) {
  expectPythonKeepsNames(PytorchExporter::generate(m_model));
}

TEST_F(HostileNames, KerasExportKeepsNamesAsLiterals) { expectPythonKeepsNames(KerasExporter::generate(m_model)); }

TEST_F(HostileNames, PythonExportHasNoRawControlCharacters) {
  for (const std::string& script : {NumpyExporter::generate(m_model), PytorchExporter::generate(m_model),
                                    KerasExporter::generate(m_model)})
    for (const char c : script) {
      const auto u = static_cast<unsigned char>(c);
      EXPECT_TRUE(u == '\n' || (u >= 0x20 && u < 0x7f)) << "byte " << int(u);
    }
}

TEST_F(HostileNames, CppHeaderCompilesKeepsNamesAndRunsNoCode) {
  if (std::system("command -v g++ > /dev/null 2>&1") != 0) GTEST_SKIP() << "g++ is missing: cannot compile";
  const std::string header = CppHeaderExporter::generate(m_model);
  for (const char c : header) {
    const auto u = static_cast<unsigned char>(c);
    EXPECT_TRUE(u == '\n' || (u >= 0x20 && u < 0x7f)) << "byte " << int(u);
  }
  save("model.h", header);
  save("check.cpp", "#include \"model.h\"\n");
  ASSERT_EQ(run("g++ -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -Wtrigraphs check.cpp",
                "syntax.txt"),
            0)
      << load("stderr.txt");
  // The names as the header gives them back, written out as JSON strings with the bytes unchanged.
  save("main.cpp", "#include \"model.h\"\n#include <cstdio>\n"
                   "static void put(const char* s, std::size_t n) {\n"
                   "  std::fputc('\"', stdout);\n"
                   "  for (std::size_t i = 0; i < n; ++i) std::printf(\"\\\\u%04x\", (unsigned char)s[i]);\n"
                   "  std::fputc('\"', stdout);\n}\n"
                   "int main() {\n"
                   "  for (int i = 0; i < neurona_model::kInputs; ++i) {\n"
                   "    put(neurona_model::kInputNames[i], neurona_model::kInputNameSizes[i]);\n"
                   "    std::fputc('\\n', stdout);\n  }\n"
                   "  for (int k = 0; k < neurona_model::kClasses; ++k) {\n"
                   "    put(neurona_model::kClassNames[k], neurona_model::kClassNameSizes[k]);\n"
                   "    std::fputc('\\n', stdout);\n  }\n}\n");
  ASSERT_EQ(run("g++ -std=c++17 -Wall -Wextra -Werror -o names main.cpp", "build.txt"), 0) << load("stderr.txt");
  ASSERT_EQ(run("./names", "names.txt"), 0) << load("stderr.txt");
  std::string expected;
  for (const auto* list : {&m_model.inputs, &m_model.classes})
    for (const std::string& name : *list) {
      expected += "\"";
      char buf[8];
      for (const char c : name) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
        expected += buf;
      }
      expected += "\"\n";
    }
  EXPECT_EQ(load("names.txt"), expected);
  EXPECT_FALSE(fs::exists(file("PWNED")));
}

TEST_F(HostileNames, OnnxExportStillChecks) {
  const std::string bytes = OnnxExporter::serialize(m_model);
  const auto check = OnnxExporter::check(bytes);
  EXPECT_TRUE(check.ok()) << check.error.detail;
}
