// The Neurona desktop app.
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Neurona"));
  QApplication::setApplicationName(QStringLiteral("Neurona"));
  QApplication::setApplicationVersion(QStringLiteral(NEURONA_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("neurona"));

  LanguageManager languages;
  languages.setLanguage(LanguageManager::startupLanguage());

  MainWindow window(&languages);
  window.show();
  return QApplication::exec();
}
