#pragma once
// Runs the built neurona-cli through the shell and keeps its exit code, stdout and stderr, for the
// end-to-end CLI tests.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace clitest {

inline const std::string kCli = NEURONA_BINARY_DIR "/app/neurona-cli";

struct CliRun {
  int code = -1; // -1 when the program did not exit normally (a crash)
  std::string out;
  std::string err;
  bool contains(const std::string& s) const { return err.find(s) != std::string::npos; }
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Single quotes for the shell; the test paths never contain one.
// Appended rather than `"'" + p.string()`: GCC 12 warns falsely (-Wrestrict) on that form in some
// unity batches.
inline std::string quoted(const std::filesystem::path& p) {
  std::string s = "'";
  s += p.string();
  s += '\'';
  return s;
}

// neurona-cli ARGS, its output captured in files in `dir`; `prefix` goes before it in the shell (e.g. a
// ulimit).
inline CliRun runCli(const std::string& args, const std::filesystem::path& dir,
                     const std::string& prefix = {}) {
  const std::filesystem::path out = dir / "stdout.txt", err = dir / "stderr.txt";
  const std::string cmd = prefix + "'" + kCli + "' " + args + " > " + quoted(out) + " 2> " + quoted(err);
  const int status = std::system(cmd.c_str());
  CliRun r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// COMMAND through the shell: its exit code, or -1 when it did not exit normally.
inline int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The first of /usr/bin/python3 and python3 that imports `module` (numpy, torch), or empty; asked once per
// module.
inline const std::string& pythonWith(const std::string& module) {
  static std::map<std::string, std::string> found;
  const auto known = found.find(module);
  if (known != found.end()) return known->second;
  std::string interpreter;
  for (const char* candidate : {"/usr/bin/python3", "python3"})
    if (shell(std::string(candidate) + " -c 'import " + module + "' > /dev/null 2>&1") == 0) {
      interpreter = candidate;
      break;
    }
  return found.emplace(module, interpreter).first->second;
}

// A CSV text (no quoting) as rows of cells.
using Table = std::vector<std::vector<std::string>>;
inline Table csvTable(const std::string& text) {
  Table rows;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream ls(line);
    for (std::string cell; std::getline(ls, cell, ',');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

} // namespace clitest
