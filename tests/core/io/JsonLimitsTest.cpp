// Issue #15 items 4, 5 and 8: JSON from strangers. Nesting beyond kMaxJsonDepth is refused with the
// limit and the bracket's position before anything parses or copies it; files beyond kMaxReadBytes are
// refused before they are read; a type the reader did not expect is an error, never an exception; a
// number beyond the double range has its line and column.
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

const std::string kProjectHead = R"({"format": "neurona-project", "version": 1, "dataset": {"generator": "moons"},
 "network": {"layers": [{"type": "dense", "units": 1, "activation": "sigmoid"}]}, )";

std::string nested(int levels, const std::string& open, const std::string& inner, const std::string& close) {
  std::string s;
  for (int i = 0; i < levels; ++i) s += open;
  s += inner;
  for (int i = 0; i < levels; ++i) s += close;
  return s;
}

} // namespace

TEST(JsonLimits, DeepNestingUnderAnUnknownKeyIsRefusedWithTheLimit) {
  for (const int levels : {kMaxJsonDepth, 100'000}) {
    const std::string text = kProjectHead + R"("extra": )" + nested(levels, R"({"a": )", "1", "}") + "}";
    const Result<Project> p = ProjectFile::parse(text);
    ASSERT_EQ(p.error.code, ErrorCode::TooDeep) << levels;
    EXPECT_EQ(p.error.expected, kMaxJsonDepth);
    EXPECT_EQ(p.error.line, 2);
    // The bracket that opens level kMaxJsonDepth + 1: the document is level 1, "extra" opens level 2.
    const std::size_t lineStart = text.find('\n') + 1;
    const std::size_t at = text.find("\"extra\": ") + 9 + 6 * static_cast<std::size_t>(kMaxJsonDepth - 1);
    EXPECT_EQ(p.error.column, static_cast<std::int64_t>(at - lineStart + 1));
  }
  // One level less is accepted, and brackets inside strings do not count.
  const std::string fine = kProjectHead + R"("extra": )" + nested(kMaxJsonDepth - 1, "[", "\"[[[{{{\\\"[[\"", "]") + "}";
  EXPECT_TRUE(ProjectFile::parse(fine).ok()) << toString(ProjectFile::parse(fine).error.code);
  const Result<Model> m = ModelFile::parse(nested(200'000, "[", "", "]"));
  EXPECT_EQ(m.error.code, ErrorCode::TooDeep);
}

TEST(JsonLimits, AFormatThatIsNotAStringIsAnErrorNotAnException) {
  EXPECT_EQ(ProjectFile::parse(R"({"format": 1})").error.code, ErrorCode::WrongType);
  EXPECT_EQ(ModelFile::parse(R"({"format": 1})").error.code, ErrorCode::WrongType);
  EXPECT_EQ(ModelFile::parse(R"({"format": null, "version": "1"})").error.code, ErrorCode::WrongType);
}

TEST(JsonLimits, ANumberBeyondTheDoubleRangeHasItsLineAndColumn) {
  const Result<Project> p = ProjectFile::parse("{\"format\": \"neurona-project\",\n  \"note\": \"1e400\",\n"
                                               "  \"version\": 1e400}");
  EXPECT_EQ(p.error.code, ErrorCode::NotJson);
  EXPECT_EQ(p.error.detail, "number-overflow");
  EXPECT_EQ(p.error.line, 3);
  EXPECT_EQ(p.error.column, 14);
}

TEST(JsonLimits, AFileLargerThanTheLimitIsRefusedBeforeItIsRead) {
  const fs::path file = fs::temp_directory_path() / ("neurona_huge_" + std::to_string(::getpid()) + ".json");
  { std::ofstream(file) << "{}"; }
  fs::resize_file(file, kMaxReadBytes + 1); // sparse: no disk space used
  const Result<Model> m = ModelFile::read(file);
  EXPECT_EQ(m.error.code, ErrorCode::TooLarge);
  EXPECT_EQ(m.error.actual, static_cast<std::int64_t>(kMaxReadBytes + 1));
  EXPECT_EQ(m.error.expected, static_cast<std::int64_t>(kMaxReadBytes));
  EXPECT_EQ(m.error.file, file.string());
  EXPECT_EQ(ProjectFile::read(file).error.code, ErrorCode::TooLarge);
  EXPECT_EQ(AtomicFile::read(file, 10).error.code, ErrorCode::TooLarge);
  fs::remove(file);
}

// Issue #15 item 8: a save killed between creating its temporary file and renaming it leaves the file
// behind; the next save of the same file removes it (and only such files), and a save keeps the mode
// of the file it replaces.
TEST(AtomicFileHygiene, TheNextSaveRemovesAKilledSavesTemporaryAndKeepsTheMode) {
  const fs::path dir = fs::temp_directory_path() / ("neurona_hygiene_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "p.neurona";
  ASSERT_TRUE(AtomicFile::write(target, "one").ok());
  // What a killed save leaves: a temporary file nobody holds.
  const fs::path stale = dir / ".p.neurona.Ab3xYz";
  { std::ofstream(stale) << "half a file"; }
  // Not ours: another file's temporary, a longer suffix, a folder, a symbolic link.
  const fs::path other = dir / ".q.neurona.Ab3xYz";
  const fs::path longer = dir / ".p.neurona.Ab3xYz7";
  { std::ofstream(other) << "x"; }
  { std::ofstream(longer) << "x"; }
  fs::create_directory(dir / ".p.neurona.Folder");
  fs::create_symlink(other, dir / ".p.neurona.Linked");

  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  ASSERT_TRUE(AtomicFile::write(target, "two").ok());
  EXPECT_EQ(AtomicFile::read(target).value, "two");
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(other));
  EXPECT_TRUE(fs::exists(longer));
  EXPECT_TRUE(fs::is_directory(dir / ".p.neurona.Folder"));
  EXPECT_TRUE(fs::is_symlink(dir / ".p.neurona.Linked"));
  EXPECT_EQ(fs::status(target).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
  fs::remove_all(dir);
}
