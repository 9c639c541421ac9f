// A 50 MB file that is one single line (line breaks lost, a stray quote, text without separators) is
// refused with its error and line within seconds, from memory and from disk.
#include "neurona/core/data/CsvReader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kSize = 50u << 20;

struct Timed {
  CsvResult result;
  double seconds = 0.0;
};

Timed readTimed(const std::string& text) {
  const auto start = std::chrono::steady_clock::now();
  Timed t{CsvReader::readString(text), 0.0};
  t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return t;
}

} // namespace

TEST(CsvLongLine, FiftyMegabytesWithoutSeparatorsIsOneColumn) {
  const Timed t = readTimed(std::string(kSize, 'a'));
  EXPECT_EQ(t.result.error.code, ErrorCode::NoFeatureColumns);
  EXPECT_EQ(t.result.error.line, 1u);
  EXPECT_EQ(t.result.error.actual, 1u);
  EXPECT_EQ(t.result.dataset.samples(), 0);
  EXPECT_LT(t.seconds, 60.0);
}

TEST(CsvLongLine, FiftyMegabyteRowUnderAHeaderIsARaggedRowWithAShortExcerpt) {
  const Timed t = readTimed("x1,x2,label\n" + std::string(kSize, '7') + "\n");
  EXPECT_EQ(t.result.error.code, ErrorCode::RaggedRow);
  EXPECT_EQ(t.result.error.line, 2u);
  EXPECT_EQ(t.result.error.actual, 1u);
  EXPECT_EQ(t.result.error.expected, 3u);
  EXPECT_LT(t.seconds, 60.0);
  // A number field of 50 MB in the right place: refused as a value, and the message excerpt stays short.
  const Timed n = readTimed("x1,x2,label\n1,2,0\n3," + std::string(kSize, '7') + ",1\n");
  EXPECT_EQ(n.result.error.code, ErrorCode::NonFiniteValue);
  EXPECT_EQ(n.result.error.line, 3u);
  EXPECT_EQ(n.result.error.column, 2u);
  EXPECT_LE(n.result.error.text.size(), 64u);
  EXPECT_LT(n.seconds, 60.0);
}

TEST(CsvLongLine, FiftyMegabytesAfterAnOpenQuoteIsAnUnterminatedQuoteFromDisk) {
  const fs::path file = fs::temp_directory_path() / ("neurona_long_line_" + std::to_string(::getpid()) + ".csv");
  {
    std::ofstream out(file, std::ios::binary);
    out << "x1,x2,label\n1,2,\"";
    const std::string chunk(1 << 20, 'q');
    for (std::size_t i = 0; i < kSize / chunk.size(); ++i) out << chunk;
  }
  const auto start = std::chrono::steady_clock::now();
  const CsvResult r = CsvReader::readFile(file);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fs::remove(file);
  EXPECT_EQ(r.error.code, ErrorCode::UnterminatedQuote);
  EXPECT_EQ(r.error.line, 2u);
  EXPECT_LT(seconds, 60.0);
}
