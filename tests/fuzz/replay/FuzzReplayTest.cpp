// The fuzzers' seed corpora (tests/fuzz/corpus/NAME) and every input that once broke a harness
// (tests/fuzz/regressions/NAME) replayed in the normal build, through the harness code itself: each
// harness is compiled into this test with its LLVMFuzzerTestOneInput renamed (see tests/CMakeLists.txt).
// A harness aborts on a broken invariant, a sanitizer build stops at memory errors, and each input must
// finish within a few seconds.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

extern "C" int neuronaFuzzCsv(const std::uint8_t* data, std::size_t size);
extern "C" int neuronaFuzzModel(const std::uint8_t* data, std::size_t size);
extern "C" int neuronaFuzzProject(const std::uint8_t* data, std::size_t size);
extern "C" int neuronaFuzzCli(const std::uint8_t* data, std::size_t size);
extern "C" int neuronaFuzzExport(const std::uint8_t* data, std::size_t size);
extern "C" int neuronaFuzzInfo(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

struct Harness {
  const char* name;
  int (*run)(const std::uint8_t*, std::size_t);
};

// gtest prints a parameter in a test's listing; the harness's name says which one it is.
void PrintTo(const Harness& h, std::ostream* os) { *os << h.name; }

std::vector<fs::path> inputs(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class FuzzReplay : public ::testing::TestWithParam<Harness> {};

} // namespace

TEST_P(FuzzReplay, SeedCorpusAndRegressionsRunCleanlyAndQuickly) {
  const Harness& h = GetParam();
  const fs::path root = fs::path(NEURONA_SOURCE_DIR) / "tests" / "fuzz";
  const std::vector<fs::path> seeds = inputs(root / "corpus" / h.name);
  const std::vector<fs::path> regressions = inputs(root / "regressions" / h.name);
  ASSERT_FALSE(seeds.empty()) << "no seed corpus for " << h.name;
  int replayed = 0;
  for (const auto* set : {&seeds, &regressions}) {
    for (const fs::path& file : *set) {
      const std::string data = bytes(file);
      const auto start = std::chrono::steady_clock::now();
      EXPECT_EQ(h.run(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()), 0) << file;
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      EXPECT_LT(seconds, 10.0) << file << " took " << seconds << " s";
      ++replayed;
    }
  }
  RecordProperty("inputs", replayed);
  // The empty input and a lone byte are the classic edge cases; every harness takes them too.
  EXPECT_EQ(h.run(nullptr, 0), 0);
  const std::uint8_t zero = 0;
  EXPECT_EQ(h.run(&zero, 1), 0);
}

INSTANTIATE_TEST_SUITE_P(Harnesses, FuzzReplay,
                         ::testing::Values(Harness{"csv", neuronaFuzzCsv}, Harness{"model", neuronaFuzzModel},
                                           Harness{"project", neuronaFuzzProject}, Harness{"cli", neuronaFuzzCli},
                                           Harness{"export", neuronaFuzzExport}, Harness{"info", neuronaFuzzInfo}),
                         [](const auto& info) { return std::string(info.param.name); });
