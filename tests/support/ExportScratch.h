#pragma once
// A scratch folder for the tests that run an exported model outside Neurona: the input CSV the exported
// program reads, shell commands run with their output and errors captured, and the "out0,out1,…" CSV they
// print read back as a matrix. Emptied when made, removed when destroyed.
#include "neurona/core/Types.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

class ExportScratch {
public:
  static constexpr const char* kPython = "/usr/bin/python3"; // Debian's, with NumPy and PyTorch

  explicit ExportScratch(const std::string& name)
      : m_dir(std::filesystem::temp_directory_path() /
              ("neurona_" + name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
  }
  ~ExportScratch() {
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
  }
  ExportScratch(const ExportScratch&) = delete;
  ExportScratch& operator=(const ExportScratch&) = delete;

  const std::filesystem::path& dir() const { return m_dir; }
  std::filesystem::path file(const std::string& name) const { return m_dir / name; }
  void save(const std::string& name, const std::string& text) const { std::ofstream(file(name)) << text; }

  // input.csv: a header of the input names, then each row of x at full precision.
  void writeInputs(const std::vector<std::string>& names, const neurona::MatrixD& x) const {
    std::ofstream csv(file("input.csv"));
    for (std::size_t c = 0; c < names.size(); ++c) csv << (c ? "," : "") << names[c];
    csv << "\n";
    char buf[64];
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
      for (Eigen::Index c = 0; c < x.cols(); ++c) {
        std::snprintf(buf, sizeof buf, "%.17g", x(r, c));
        csv << (c ? "," : "") << buf;
      }
      csv << "\n";
    }
  }

  // Runs a shell command with stdout into `out` (a name in the folder, or an absolute path) and stderr
  // into stderr.txt; returns its exit status, -1 when it did not exit.
  int run(const std::string& command, const std::string& out = "/dev/null") const {
    const std::string full = command + " > '" + (out.front() == '/' ? out : file(out).string()) + "' 2> '" +
                             file("stderr.txt").string() + "'";
    const int status = std::system(full.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string stderrText() const {
    std::ifstream in(file("stderr.txt"));
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static bool pythonHas(const std::string& module) {
    const std::string cmd = std::string(kPython) + " -c 'import " + module + "' > /dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
  }

  // The "out0,out1,…" CSV an exported program printed: one matrix row per line. `header` gets the first
  // line (empty when there was none); a row shorter than the first is padded with NaN, so that it fails
  // any comparison.
  neurona::MatrixD readOutputs(const std::string& csvName, std::string* header = nullptr) const {
    std::ifstream in(file(csvName));
    std::string line;
    if (!std::getline(in, line)) line.clear();
    if (header) *header = line;
    std::vector<std::vector<double>> rows;
    while (std::getline(in, line)) {
      std::stringstream ls(line);
      std::string cell;
      std::vector<double> row;
      while (std::getline(ls, cell, ',')) row.push_back(std::stod(cell));
      rows.push_back(std::move(row));
    }
    std::size_t cols = 0;
    for (const auto& r : rows) cols = std::max(cols, r.size());
    neurona::MatrixD m = neurona::MatrixD::Constant(static_cast<Eigen::Index>(rows.size()),
                                                    static_cast<Eigen::Index>(cols), std::nan(""));
    for (std::size_t r = 0; r < rows.size(); ++r)
      for (std::size_t c = 0; c < rows[r].size(); ++c)
        m(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = rows[r][c];
    return m;
  }

private:
  std::filesystem::path m_dir;
};
