#pragma once
// Internal to CsvReader: splits CSV text into records of fields (RFC 4180 quoting, lenient about
// spaces around fields and text after a closing quote). Fields are views into the text, or into the
// tokenizer's own arena when unescaping ("" inside quotes) needs a copy; both outlive the record.
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace neurona {

class CsvTokenizer {
public:
  enum class Status { Record, End, UnterminatedQuote };

  CsvTokenizer(std::string_view text, char separator) : m_text(text), m_separator(separator) {}

  // Reads the next record into fields (trimmed). Records whose fields are all empty are returned too
  // (the reader decides to skip them).
  Status next(std::vector<std::string_view>& fields);
  std::size_t recordLine() const { return m_recordLine; } // 1-based line where the last record started
  std::size_t offset() const { return m_pos; }
  std::size_t bytes() const { return m_text.size(); }

private:
  bool isSpace(char c) const { return c == ' ' || (c == '\t' && m_separator != '\t'); }
  std::string_view trim(std::string_view s) const;
  bool atRecordEnd() const {
    return m_pos >= m_text.size() || m_text[m_pos] == '\n' || m_text[m_pos] == '\r';
  }
  void consumeLineEnd();
  Status quotedField(std::string_view& field);

  std::string_view m_text;
  char m_separator;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
  std::size_t m_recordLine = 1;
  std::deque<std::string> m_arena; // a deque keeps earlier strings in place as it grows
};

} // namespace neurona
