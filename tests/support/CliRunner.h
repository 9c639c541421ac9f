#pragma once
// Runs the built neurona-cli through the shell and keeps its exit code, stdout and stderr, for the
// end-to-end CLI tests.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

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
inline CliRun runCli(const std::string& args, const std::filesystem::path& dir, const std::string& prefix = {}) {
  const std::filesystem::path out = dir / "stdout.txt", err = dir / "stderr.txt";
  const std::string cmd = prefix + "'" + kCli + "' " + args + " > " + quoted(out) + " 2> " + quoted(err);
  const int status = std::system(cmd.c_str());
  CliRun r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

} // namespace clitest
