#pragma once
// A translator that knows only the texts a test gives it: enough to see a widget say its texts again
// after a language change, without the app's .qm files.
#include <QString>
#include <QTranslator>

#include <map>
#include <string>
#include <utility>

class StubTranslator : public QTranslator {
public:
  // (context, source) -> translation
  using Texts = std::map<std::pair<std::string, std::string>, QString>;
  explicit StubTranslator(Texts texts) : m_texts(std::move(texts)) {}

  QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                    int n = -1) const override {
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    const auto it = m_texts.find({context ? context : "", source ? source : ""});
    return it == m_texts.end() ? QString() : it->second;
  }
  bool isEmpty() const override { return false; }

private:
  Texts m_texts;
};
