#include "neurona/core/Error.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace neurona;

namespace {

// Every code has its own identifier, in kebab case: callers print them and the README names them.
TEST(Error, EveryCodeHasItsOwnKebabCaseIdentifier) {
  std::set<std::string> seen;
  const int last = static_cast<int>(ErrorCode::OutsideFolder); // the last code
  for (int i = 0; i <= last; ++i) {
    const std::string id(toString(static_cast<ErrorCode>(i)));
    SCOPED_TRACE(i);
    ASSERT_FALSE(id.empty());
    EXPECT_TRUE(seen.insert(id).second) << id << " is used twice";
    for (char c : id) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << id;
  }
}

// The file codes keep the identifiers they had as FileErrorCode.
TEST(Error, FileCodesKeepTheirIdentifiers) {
  EXPECT_EQ(toString(ErrorCode::None), "none");
  EXPECT_EQ(toString(ErrorCode::CannotOpen), "cannot-open");
  EXPECT_EQ(toString(ErrorCode::CannotWrite), "cannot-write");
  EXPECT_EQ(toString(ErrorCode::NotJson), "not-json");
  EXPECT_EQ(toString(ErrorCode::MissingFormat), "missing-format");
  EXPECT_EQ(toString(ErrorCode::WrongFormat), "wrong-format");
  EXPECT_EQ(toString(ErrorCode::NewerVersion), "newer-version");
  EXPECT_EQ(toString(ErrorCode::MissingKey), "missing-key");
  EXPECT_EQ(toString(ErrorCode::WrongType), "wrong-type");
  EXPECT_EQ(toString(ErrorCode::UnknownName), "unknown-name");
  EXPECT_EQ(toString(ErrorCode::BadValue), "bad-value");
  EXPECT_EQ(toString(ErrorCode::WrongRowCount), "wrong-row-count");
  EXPECT_EQ(toString(ErrorCode::WrongColumnCount), "wrong-column-count");
  EXPECT_EQ(toString(ErrorCode::WrongLength), "wrong-length");
  EXPECT_EQ(toString(ErrorCode::BadCsv), "bad-csv");
  EXPECT_EQ(toString(ErrorCode::InconsistentModel), "inconsistent-model");
  // and the reader's, the generators' and the trainer's codes theirs
  EXPECT_EQ(toString(ErrorCode::RaggedRow), "ragged-row");
  EXPECT_EQ(toString(ErrorCode::BadSamples), "bad-samples");
  EXPECT_EQ(toString(ErrorCode::TargetMismatch), "target-mismatch");
}

TEST(Error, ExcerptKeepsSixtyFourBytesOnACharacterBoundary) {
  EXPECT_EQ(errorExcerpt("short"), "short");
  EXPECT_EQ(errorExcerpt(std::string(100, 'a')), std::string(64, 'a'));
  // 63 ASCII bytes, then "ñ" (2 bytes) across the limit: the cut falls before it.
  const std::string s = std::string(63, 'a') + "\xC3\xB1" + "bbb";
  EXPECT_EQ(errorExcerpt(s), std::string(63, 'a'));
}

TEST(Error, DefaultIsOkAndAResultIsOkUntilItHasAnError) {
  EXPECT_TRUE(Error{}.ok());
  Result<int> r;
  EXPECT_TRUE(r.ok());
  r.error.code = ErrorCode::Empty;
  EXPECT_FALSE(r.ok());
}

} // namespace
