#include "ui/shell/LanguageManager.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QWidget>

namespace {
constexpr auto kSettingsKey = "ui/language";
}

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QStringList LanguageManager::available() { return {QStringLiteral("en"), QStringLiteral("es")}; }

QString LanguageManager::startupLanguage() {
  const QString saved = QSettings().value(kSettingsKey).toString();
  if (available().contains(saved)) return saved;
  for (const QString& ui : QLocale::system().uiLanguages()) {
    const QString code = ui.left(2).toLower();
    if (available().contains(code)) return code;
  }
  return QStringLiteral("en");
}

QLocale LanguageManager::localeFor(const QString& code) {
  return code == QStringLiteral("es") ? QLocale(QLocale::Spanish, QLocale::Spain)
                                      : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool LanguageManager::setLanguage(const QString& code) {
  if (!available().contains(code)) return false;
  const QLocale locale = localeFor(code);
  QLocale::setDefault(locale);
  // A widget keeps the locale it was created with. Giving each window the new one passes it down to
  // every child that has not chosen its own, and spin boxes then show their values with it.
  for (QWidget* w : QApplication::topLevelWidgets()) w->setLocale(locale);
  QCoreApplication::removeTranslator(&m_app);
  QCoreApplication::removeTranslator(&m_qt);
  const bool ok = m_app.load(QStringLiteral(":/i18n/neurona_%1.qm").arg(code));
  if (ok) QCoreApplication::installTranslator(&m_app);
  // Qt's own strings (standard buttons, file dialogs) when Debian's qt6-translations-l10n is there.
  if (m_qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(&m_qt);
  m_language = code;
  QSettings().setValue(kSettingsKey, code);
  return ok;
}
