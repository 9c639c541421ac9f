#pragma once
// Installs the Spanish or English translation of the app and of Qt's own dialogs.
// Installing a translator makes Qt send QEvent::LanguageChange, so widgets retranslate at run time.
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

  bool setLanguage(const QString& code); // installs it and remembers it in the settings
  QString language() const { return m_language; }

private:
  QTranslator m_app;
  QTranslator m_qt;
  QString m_language;
};
