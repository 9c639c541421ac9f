// The Neurona desktop app.
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include "ui/shell/FileActions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Neurona"));
  QApplication::setApplicationName(QStringLiteral("Neurona"));
  QApplication::setApplicationVersion(QStringLiteral(NEURONA_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("neurona"));

  LanguageManager languages;
  languages.setLanguage(LanguageManager::startupLanguage());

  // `neurona path/to/project.neurona` (and the desktop file's %f) opens that project; without one, the
  // last project, or on the first start the bundled tutorial.
  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("project"),
                               QApplication::translate("main", "The project to open."),
                               QStringLiteral("[project.neurona]"));
  parser.process(app);

  MainWindow window(&languages);
  window.files()->openAtStartup(parser.positionalArguments().value(0));
  if (window.restoreLayout())
    window.show();
  else
    window.showMaximized(); // first start: the whole screen, as a class sees it on a projector
  // Work autosaved by an instance that crashed or was killed: offered once the window is up.
  QTimer::singleShot(0, &window, [&window] { window.files()->offerRecovery(); });
  return QApplication::exec();
}
