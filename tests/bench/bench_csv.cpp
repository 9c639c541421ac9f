// CSV load speed and memory: 1,000,000 rows x 3 columns (x1, x2, label), the target being
// under 2 s in memory proportional to the data. Run: build/tests/bench/bench_csv
// peak_rss_MB is the process's high-water mark after the load (getrusage), file_MB the file's size.
#include "neurona/core/data/CsvReader.h"
#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/Generators.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace {

constexpr int kRows = 1'000'000;

double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

std::filesystem::path benchDir() {
  static const auto dir =
      std::filesystem::temp_directory_path() / ("neurona_bench_csv_" + std::to_string(getpid()));
  return dir;
}

// The generated files go when the program ends.
struct RemoveBenchDir {
  RemoveBenchDir() { benchDir(); } // constructs the path first, so it is destroyed after this object
  ~RemoveBenchDir() {
    std::error_code ec;
    std::filesystem::remove_all(benchDir(), ec);
  }
} removeBenchDir;

// Writes the file row by row (small buffer), so that writing it does not set the memory high-water mark.
std::filesystem::path makeFile(const char* name, char sep, bool decimalComma, bool textLabels) {
  const auto dir = benchDir();
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  if (std::filesystem::exists(path)) return path;
  std::ofstream out(path, std::ios::binary);
  neurona::Rng rng(1);
  std::normal_distribution<double> normal(0.0, 1.0);
  out << "x1" << sep << "x2" << sep << "label\n";
  char buf[96];
  for (int i = 0; i < kRows; ++i) {
    const double a = normal(rng), b = normal(rng);
    const int c = a * b > 0 ? 1 : 0;
    int n = std::snprintf(buf, sizeof buf, "%.17g%c%.17g%c%s\n", a, sep, b, sep,
                          textLabels ? (c ? "yes" : "no") : (c ? "1" : "0"));
    if (decimalComma)
      for (int k = 0; k < n; ++k)
        if (buf[k] == '.') buf[k] = ',';
    out.write(buf, n);
  }
  return path;
}

void load(benchmark::State& state, const std::filesystem::path& path) {
  for (auto _ : state) {
    auto r = neurona::CsvReader::readFile(path);
    if (!r.ok() || r.dataset.samples() != kRows) state.SkipWithError("load failed");
    benchmark::DoNotOptimize(r.dataset.features.data());
  }
  state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
  state.counters["peak_rss_MB"] = peakRssMb();
  state.counters["rows_per_s"] =
      benchmark::Counter(static_cast<double>(kRows), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_CsvLoad_1M_comma(benchmark::State& state) { load(state, makeFile("comma.csv", ',', false, false)); }
void BM_CsvLoad_1M_semicolon_decimal_comma(benchmark::State& state) {
  load(state, makeFile("semicolon.csv", ';', true, false));
}
void BM_CsvLoad_1M_text_labels(benchmark::State& state) {
  load(state, makeFile("text.csv", ',', false, true));
}

void BM_CsvWrite_1M(benchmark::State& state) {
  neurona::GeneratorOptions o;
  o.samples = kRows;
  o.noise = 0.1;
  const auto g = neurona::generateDataset("moons", o);
  for (auto _ : state) {
    std::string text = neurona::CsvWriter::toString(g.value);
    benchmark::DoNotOptimize(text.data());
  }
}

} // namespace

BENCHMARK(BM_CsvLoad_1M_comma)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_CsvLoad_1M_semicolon_decimal_comma)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_CsvLoad_1M_text_labels)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_CsvWrite_1M)->Unit(benchmark::kMillisecond)->Iterations(3);
