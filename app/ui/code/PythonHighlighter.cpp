#include "ui/code/PythonHighlighter.h"

#include <QColor>
#include <QFont>

PythonHighlighter::PythonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document),
      m_keyword(QStringLiteral(
          R"(\b(?:and|as|assert|break|class|continue|def|del|elif|else|except|False|finally|for|from|global|)"
          R"(if|import|in|is|lambda|None|nonlocal|not|or|pass|raise|return|True|try|while|with|yield)\b)")),
      m_number(
          QStringLiteral(R"(\b(?:0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)\b)")),
      m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')")) {
  m_keywordFormat.setFontWeight(QFont::Bold);
  m_commentFormat.setFontItalic(true);
  updateColors(false);
}

void PythonHighlighter::updateColors(bool dark) {
  m_keywordFormat.setForeground(dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x7a, 0x1f, 0xa2));
  m_numberFormat.setForeground(dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0x98, 0x50, 0x00));
  m_stringFormat.setForeground(dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x1e, 0x7b, 0x34));
  m_commentFormat.setForeground(dark ? QColor(0x9d, 0xa5, 0xb4) : QColor(0x5c, 0x63, 0x70));
  rehighlight();
}

void PythonHighlighter::highlightBlock(const QString& text) {
  // Strings first: a '#' inside one does not start a comment, and a comment hides what follows it.
  qsizetype commentAt = -1;
  QList<std::pair<qsizetype, qsizetype>> strings;
  for (auto it = m_string.globalMatch(text); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    strings.append({m.capturedStart(), m.capturedEnd()});
  }
  for (qsizetype i = 0; i < text.size() && commentAt < 0; ++i) {
    if (text.at(i) != QLatin1Char('#')) continue;
    bool inString = false;
    for (const auto& [from, to] : strings) inString = inString || (i >= from && i < to);
    if (!inString) commentAt = i;
  }
  const qsizetype codeEnd = commentAt < 0 ? text.size() : commentAt;
  const QString code = text.left(codeEnd);
  for (auto it = m_keyword.globalMatch(code); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), m_keywordFormat);
  }
  for (auto it = m_number.globalMatch(code); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    // Not the digits of a name (W1, relu_backward2).
    const qsizetype at = m.capturedStart();
    if (at > 0 && (code.at(at - 1).isLetter() || code.at(at - 1) == QLatin1Char('_'))) continue;
    setFormat(static_cast<int>(at), static_cast<int>(m.capturedLength()), m_numberFormat);
  }
  for (const auto& [from, to] : strings)
    if (from < codeEnd) setFormat(static_cast<int>(from), static_cast<int>(to - from), m_stringFormat);
  if (commentAt >= 0)
    setFormat(static_cast<int>(commentAt), static_cast<int>(text.size() - commentAt), m_commentFormat);
}
