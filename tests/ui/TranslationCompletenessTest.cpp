// Every tr() text of the app must be in translations/neurona_es.ts with a finished Spanish
// translation. Qt's own lupdate extracts the texts from the sources into a throw-away catalogue, which
// is then compared with the real one.
#include "support/QtApp.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct TsMessage {
  QString context;
  QString source;
  QString comment; // disambiguation: part of the identity of a message
  QString type;    // "", "unfinished", "obsolete" or "vanished"
  bool translated = false;
};

QString id(const TsMessage& m) {
  return m.comment.isEmpty() ? m.context + QStringLiteral(" | ") + m.source
                             : m.context + QStringLiteral(" | ") + m.source + QStringLiteral(" (") +
                                   m.comment + QLatin1Char(')');
}

bool readTs(const QString& path, QList<TsMessage>& out, QString& error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    error = QStringLiteral("cannot open ") + path;
    return false;
  }
  QXmlStreamReader xml(&f);
  QString context;
  TsMessage m;
  bool inMessage = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == QLatin1String("name") && !inMessage) {
        context = xml.readElementText();
      } else if (name == QLatin1String("message")) {
        m = TsMessage{context, {}, {}, {}, false};
        inMessage = true;
      } else if (inMessage && name == QLatin1String("source")) {
        m.source = xml.readElementText();
      } else if (inMessage && name == QLatin1String("comment")) {
        m.comment = xml.readElementText();
      } else if (inMessage && name == QLatin1String("translation")) {
        m.type = xml.attributes().value(QLatin1String("type")).toString();
        // Plural messages keep their forms in <numerusform> children.
        m.translated = !xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty();
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
      out << m;
      inMessage = false;
    }
  }
  if (xml.hasError()) {
    error = path + QStringLiteral(": ") + xml.errorString();
    return false;
  }
  return true;
}

bool isDead(const TsMessage& m) {
  return m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished");
}

// Texts of `sources` (dead ones ignored) that the catalogue lacks or has not finished translating.
QStringList missingFrom(const QList<TsMessage>& sources, const QList<TsMessage>& catalogue) {
  QHash<QString, const TsMessage*> byId;
  for (const TsMessage& m : catalogue) byId.insert(id(m), &m);
  QStringList missing;
  for (const TsMessage& s : sources) {
    if (isDead(s)) continue;
    const TsMessage* t = byId.value(id(s));
    if (!t)
      missing << QStringLiteral("missing:    ") + id(s);
    else if (isDead(*t) || t->type == QLatin1String("unfinished") || !t->translated)
      missing << QStringLiteral("unfinished: ") + id(s);
  }
  return missing;
}

// Entries of a catalogue that are unfinished or obsolete: a finished catalogue has none.
QStringList untidyEntries(const QList<TsMessage>& catalogue) {
  QStringList out;
  for (const TsMessage& m : catalogue)
    if (!m.type.isEmpty() || !m.translated)
      out << (m.type.isEmpty() ? QStringLiteral("empty") : m.type) + QStringLiteral(": ") + id(m);
  return out;
}

// Runs Qt 6's lupdate over `inputs` (files or folders) into a new catalogue `ts`.
bool extract(const QStringList& inputs, const QString& ts, QString& error) {
#ifdef NEURONA_LUPDATE
  QProcess lupdate;
  lupdate.setProcessChannelMode(QProcess::MergedChannels);
  lupdate.start(QStringLiteral(NEURONA_LUPDATE),
                QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-extensions"), QStringLiteral("cpp,h")} +
                    inputs + QStringList{QStringLiteral("-ts"), ts});
  if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit ||
      lupdate.exitCode() != 0) {
    error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll()) +
            lupdate.errorString();
    return false;
  }
  return QFile::exists(ts);
#else
  Q_UNUSED(inputs);
  Q_UNUSED(ts);
  error = QStringLiteral("NEURONA_LUPDATE is not defined");
  return false;
#endif
}

void writeFile(const QString& path, const QByteArray& text) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  f.write(text);
}

} // namespace

TEST(TranslationCompleteness, checkerFindsMissingAndUnfinishedTexts) {
#ifndef NEURONA_LUPDATE
  GTEST_SKIP() << "Qt 6 lupdate was not found at configure time";
#endif
  qtApp();
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("src")));
  writeFile(dir.filePath(QStringLiteral("src/Probe.cpp")),
            "#include <QCoreApplication>\n"
            "class Probe {\n"
            "  Q_DECLARE_TR_FUNCTIONS(Probe)\n"
            "public:\n"
            "  static QString a() { return tr(\"Learning rate\"); }\n"
            "  static QString b() { return tr(\"Forgotten text\"); }\n"
            "  static QString c() { return tr(\"Half done\"); }\n"
            "  static QString d() { return tr(\"Epoch\", \"of training\"); }\n"
            "};\n");
  writeFile(
      dir.filePath(QStringLiteral("es.ts")),
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"es\">\n"
      "<context><name>Probe</name>\n"
      "<message><source>Learning rate</source><translation>Tasa de aprendizaje</translation></message>\n"
      "<message><source>Half done</source><translation type=\"unfinished\">A medias</translation></message>\n"
      "<message><source>Epoch</source><translation>Época</translation></message>\n"
      "<message><source>Old text</source><translation type=\"vanished\">Texto viejo</translation></message>\n"
      "</context>\n</TS>\n");

  QString error;
  QList<TsMessage> sources, catalogue;
  const QString extracted = dir.filePath(QStringLiteral("extracted.ts"));
  ASSERT_TRUE(extract({dir.filePath(QStringLiteral("src"))}, extracted, error)) << error.toStdString();
  ASSERT_TRUE(readTs(extracted, sources, error)) << error.toStdString();
  ASSERT_TRUE(readTs(dir.filePath(QStringLiteral("es.ts")), catalogue, error)) << error.toStdString();
  ASSERT_EQ(sources.size(), 4);

  QStringList missing = missingFrom(sources, catalogue);
  missing.sort();
  EXPECT_EQ(missing, (QStringList{// the disambiguation makes it a different message
                                  QStringLiteral("missing:    Probe | Epoch (of training)"),
                                  QStringLiteral("missing:    Probe | Forgotten text"),
                                  QStringLiteral("unfinished: Probe | Half done")}));
  const QStringList untidy = untidyEntries(catalogue);
  EXPECT_EQ(untidy, (QStringList{QStringLiteral("unfinished: Probe | Half done"),
                                 QStringLiteral("vanished: Probe | Old text")}));
}

TEST(TranslationCompleteness, everyAppTextHasAFinishedSpanishTranslation) {
  if (qgetenv("NEURONA_CHECK_TRANSLATIONS") == "0")
    GTEST_SKIP()
        << "NEURONA_CHECK_TRANSLATIONS=0: translations/neurona_es.ts is not checked against the sources";
#ifndef NEURONA_LUPDATE
  GTEST_SKIP() << "Qt 6 lupdate was not found at configure time";
#endif
  qtApp();
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QDir app(QStringLiteral(NEURONA_SOURCE_DIR "/app"));
  // The same sources as the neurona_app target's translations (the CLI has no tr()).
  QStringList inputs;
  for (const char* sub : {"document", "training", "ui"})
    if (app.exists(QLatin1String(sub))) inputs << app.filePath(QLatin1String(sub));
  inputs << app.filePath(QStringLiteral("main.cpp"));

  QString error;
  QList<TsMessage> sources, catalogue;
  const QString extracted = dir.filePath(QStringLiteral("app.ts"));
  ASSERT_TRUE(extract(inputs, extracted, error)) << error.toStdString();
  ASSERT_TRUE(readTs(extracted, sources, error)) << error.toStdString();
  ASSERT_TRUE(readTs(QStringLiteral(NEURONA_SOURCE_DIR "/translations/neurona_es.ts"), catalogue, error))
      << error.toStdString();
  ASSERT_FALSE(sources.isEmpty());

  const QStringList missing = missingFrom(sources, catalogue);
  EXPECT_TRUE(missing.isEmpty()) << missing.size() << " texts lack a finished Spanish translation "
                                 << "(run the update_translations target, then translate them):\n"
                                 << missing.join(QLatin1Char('\n')).toStdString();
  const QStringList untidy = untidyEntries(catalogue);
  EXPECT_TRUE(untidy.isEmpty()) << "neurona_es.ts has " << untidy.size()
                                << " unfinished or obsolete entries:\n"
                                << untidy.join(QLatin1Char('\n')).toStdString();
}
