#include "CsvTokenizer.h"

namespace neurona {

std::string_view CsvTokenizer::trim(std::string_view s) const {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

void CsvTokenizer::consumeLineEnd() {
  if (m_pos >= m_text.size()) return;
  if (m_text[m_pos] == '\r') {
    ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '\n') ++m_pos;
  } else {
    ++m_pos;
  }
  ++m_line;
}

CsvTokenizer::Status CsvTokenizer::quotedField(std::string_view& field) {
  ++m_pos; // the opening quote
  std::size_t segment = m_pos;
  std::string* copy = nullptr; // only once an escaped quote or trailing text forces a copy
  for (;;) {
    if (m_pos >= m_text.size()) return Status::UnterminatedQuote;
    const char c = m_text[m_pos];
    if (c == '"') {
      if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') { // "" stands for one quote
        if (!copy) copy = &m_arena.emplace_back();
        copy->append(m_text.substr(segment, m_pos + 1 - segment));
        m_pos += 2;
        segment = m_pos;
        continue;
      }
      break;
    }
    if (c == '\n' || (c == '\r' && (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != '\n'))) ++m_line;
    ++m_pos;
  }
  const std::string_view inside = m_text.substr(segment, m_pos - segment);
  ++m_pos; // the closing quote
  // Text after the closing quote (not RFC 4180, but spreadsheets' users type it) is kept.
  const std::size_t restStart = m_pos;
  while (!atRecordEnd() && m_text[m_pos] != m_separator) ++m_pos;
  const std::string_view rest = trim(m_text.substr(restStart, m_pos - restStart));
  if (!rest.empty() && !copy) copy = &m_arena.emplace_back();
  if (copy) {
    copy->append(inside);
    copy->append(rest);
    field = *copy;
  } else {
    field = inside;
  }
  return Status::Record;
}

CsvTokenizer::Status CsvTokenizer::next(std::vector<std::string_view>& fields) {
  fields.clear();
  if (m_pos >= m_text.size()) return Status::End;
  m_recordLine = m_line;
  for (;;) {
    while (m_pos < m_text.size() && isSpace(m_text[m_pos])) ++m_pos;
    std::string_view field;
    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
      if (quotedField(field) == Status::UnterminatedQuote) return Status::UnterminatedQuote;
    } else {
      const std::size_t start = m_pos;
      const char* p = m_text.data() + m_pos;
      const char* end = m_text.data() + m_text.size();
      while (p != end && *p != m_separator && *p != '\n' && *p != '\r') ++p;
      m_pos = static_cast<std::size_t>(p - m_text.data());
      field = trim(m_text.substr(start, m_pos - start));
    }
    fields.push_back(field);
    if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
      ++m_pos;
      continue;
    }
    consumeLineEnd();
    return Status::Record;
  }
}

} // namespace neurona
