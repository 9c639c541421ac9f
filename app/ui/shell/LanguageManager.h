#pragma once
// Installs the Spanish or English translation of the app and of Qt's own dialogs, and the matching
// locale for numbers on screen (0,5 in Spanish, 0.5 in English). The locale is switched first; then
// installing a translator makes Qt send QEvent::LanguageChange, so widgets retranslate and format
// their numbers again at run time. Files never use this locale (see NumberFormat).
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

class LanguageManager : public QObject {
  Q_OBJECT
public:
  explicit LanguageManager(QObject* parent = nullptr);

  static QStringList available(); // "en", "es"
  // The language to start with: the one saved in the settings, else the system locale's when
  // available, else English.
  static QString startupLanguage();
  // The locale numbers are shown in for a language: es_ES or en_US.
  static QLocale localeFor(const QString& code);

  bool setLanguage(const QString& code); // installs it and remembers it in the settings
  QString language() const { return m_language; }

private:
  QTranslator m_app;
  QTranslator m_qt;
  QString m_language;
};
