#pragma once
// A light Python highlighter for the code view: comments, keywords, numbers and strings, no more.
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class PythonHighlighter : public QSyntaxHighlighter {
  Q_OBJECT
public:
  explicit PythonHighlighter(QTextDocument* document);

  // Picks colours that read on the current palette (light or dark) and highlights again.
  void updateColors(bool dark);

protected:
  void highlightBlock(const QString& text) override;

private:
  QRegularExpression m_keyword;
  QRegularExpression m_number;
  QRegularExpression m_string;
  QTextCharFormat m_keywordFormat;
  QTextCharFormat m_numberFormat;
  QTextCharFormat m_stringFormat;
  QTextCharFormat m_commentFormat;
};
