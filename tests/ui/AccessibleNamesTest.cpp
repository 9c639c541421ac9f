// Every input control of the main window has a name a screen reader can say, and no two controls of one
// panel share it, in English and in Spanish (issue #16): the name comes from the control's visible
// label (a buddy) or is set where there is no label.
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "model/TrainingJobs.h"
#include "training/TrainingController.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/WeightEditor.h"
#include "ui/experiments/ExperimentBoard.h"
#include "ui/experiments/SweepDialog.h"
#include "ui/explain/ExplainPanel.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>

namespace {

class AccessibleNamesTest : public WindowFixture {};

QString accessibleName(QWidget* w) {
  QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
  return a ? a->text(QAccessible::Name) : QString();
}

bool isInputControl(QWidget* w) {
  if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget())) return false;
  if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget())) return false;
  return qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
         qobject_cast<QAbstractSlider*>(w) || qobject_cast<QLineEdit*>(w) ||
         (qobject_cast<QAbstractButton*>(w) && qobject_cast<QAbstractButton*>(w)->isCheckable());
}

QString panelOf(QWidget* w) {
  for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
    if (auto* dock = qobject_cast<QDockWidget*>(p)) return dock->objectName();
  return QStringLiteral("window");
}

std::string problems(MainWindow& w) {
  std::string out;
  QMap<QString, QMap<QString, int>> seen; // panel → name → count
  for (QWidget* c : w.findChildren<QWidget*>()) {
    if (!c->isVisibleTo(&w) || !isInputControl(c) || qobject_cast<QScrollBar*>(c)) continue;
    if (qobject_cast<QAbstractSlider*>(c) && c->parentWidget() &&
        c->parentWidget()->inherits("QAbstractScrollArea"))
      continue; // a scroll bar
    const QString name = accessibleName(c);
    if (name.trimmed().isEmpty()) {
      out += "unnamed " + std::string(c->metaObject()->className()) + " '" + c->objectName().toStdString() +
             "' in " + panelOf(c).toStdString() + "\n";
      continue;
    }
    ++seen[panelOf(c)][name];
  }
  for (auto p = seen.begin(); p != seen.end(); ++p)
    for (auto n = p->begin(); n != p->end(); ++n)
      if (n.value() > 1)
        out += std::to_string(n.value()) + " controls named '" + n.key().toStdString() + "' in " +
               p.key().toStdString() + "\n";
  return out;
}

} // namespace

TEST_F(AccessibleNamesTest, everyInputControlHasAUniqueNameInBothLanguages) {
  for (const char* language : {"en", "es"}) {
    languages.setLanguage(QString::fromLatin1(language));
    MainWindow w(&languages);
    w.resize(1280, 720);
    w.show();
    ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(problems(w), "") << language;
  }
}

// The experiment board and the sweep dialog, with runs on the board and the dialog's second row on.
TEST_F(AccessibleNamesTest, theExperimentBoardAndTheSweepDialogNameEveryControl) {
  for (const char* language : {"en", "es"}) {
    languages.setLanguage(QString::fromLatin1(language));
    MainWindow w(&languages);
    w.resize(1280, 720);
    w.show();
    ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
    w.project()->keepRuns(std::vector<neurona::KeptRun>(3));
    ExperimentBoard* board = w.showExperimentBoard();
    SweepDialog dialog(w.project(), board);
    dialog.setSecondRowEnabled(true);
    dialog.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(problems(w), "") << language;
    // Each control that has no label of its own says what it is in the current language.
    for (QWidget* c :
         {static_cast<QWidget*>(board->table()), board->findChild<QWidget*>(QStringLiteral("runLimitSpin")),
          board->findChild<QWidget*>(QStringLiteral("sweepProgress")),
          dialog.findChild<QWidget*>(QStringLiteral("sweepValuesEdit2"))}) {
      ASSERT_NE(c, nullptr);
      EXPECT_FALSE(accessibleName(c).isEmpty()) << c->objectName().toStdString();
    }
    EXPECT_EQ(accessibleName(board->table()), std::string(language) == "es"
                                                  ? QStringLiteral("Ejecuciones guardadas")
                                                  : QStringLiteral("Kept runs"));
  }
}

TEST_F(AccessibleNamesTest, theCanvasAndThePlotsAreNamedInTheCurrentLanguage) {
  const std::map<std::string, std::vector<QString>> expected = {
      {"en", {QStringLiteral("Network canvas"), QStringLiteral("Decision boundary"), QStringLiteral("Loss")}},
      {"es",
       {QStringLiteral("Lienzo de la red"), QStringLiteral("Frontera de decisión"),
        QStringLiteral("Pérdida")}}};
  for (const auto& [language, names] : expected) {
    languages.setLanguage(QString::fromStdString(language));
    MainWindow w(&languages);
    w.show();
    QStringList all;
    for (QWidget* c : w.findChildren<QWidget*>()) all << c->accessibleName();
    for (const QString& n : names) EXPECT_TRUE(all.contains(n)) << language << ": " << n.toStdString();
  }
}

TEST_F(AccessibleNamesTest, everyFormFieldShowsAVisibleLabelAlsoInProperties) {
  MainWindow w(&languages);
  w.resize(1280, 720);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  w.canvas()->networkScene()->selectOnly(w.project()->network().layers.front().id); // fills Properties
  QCoreApplication::processEvents();
  int fields = 0;
  for (QFormLayout* form : w.findChildren<QFormLayout*>()) {
    for (int row = 0; row < form->rowCount(); ++row) {
      QLayoutItem* item = form->itemAt(row, QFormLayout::FieldRole);
      QWidget* field = item ? item->widget() : nullptr;
      if (!field || !field->isVisibleTo(&w) || !isInputControl(field)) continue;
      ++fields;
      auto* label = qobject_cast<QLabel*>(form->labelForField(field));
      EXPECT_TRUE(label && label->isVisibleTo(&w) && !label->text().trimmed().isEmpty())
          << field->metaObject()->className() << " '" << field->objectName().toStdString()
          << "' has no visible label";
    }
  }
  EXPECT_GT(fields, 20);
}

// The glass box: the explained step's panel and the weight editor, in both languages.
TEST_F(AccessibleNamesTest, theExplainedStepAndTheWeightEditorNameEveryControl) {
  for (const char* language : {"en", "es"}) {
    languages.setLanguage(QString::fromLatin1(language));
    MainWindow w(&languages);
    w.resize(1280, 720);
    w.show();
    ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
    w.explainAction()->trigger();
    QCoreApplication::processEvents();
    ASSERT_TRUE(w.explainDock()->isVisible());
    EXPECT_EQ(problems(w), "") << language;
    EXPECT_EQ(accessibleName(w.explainPanel()->sampleBox()),
              std::string(language) == "es" ? QStringLiteral("Ejemplo de entrenamiento que explicar")
                                            : QStringLiteral("Training sample to explain"));
    EXPECT_FALSE(accessibleName(w.explainPanel()->nextButton()).isEmpty());
    EXPECT_EQ(w.explainDock()->windowTitle(), std::string(language) == "es"
                                                  ? QStringLiteral("Explicar un paso")
                                                  : QStringLiteral("Explain One Step"));
    ASSERT_TRUE(trainingtest::waitFor(
        [&] { return w.controller()->snapshot() && w.controller()->snapshot()->params; }));
    WeightEditor* editor = w.weightEditor();
    editor->openFor({w.project()->network().layers[0].id, 1, 0}, w.controller()->snapshot()->params,
                    QPoint(10, 10));
    ASSERT_TRUE(editor->isVisible());
    EXPECT_EQ(accessibleName(editor->weightBox()),
              std::string(language) == "es"
                  ? QStringLiteral("Peso desde la entrada x2 hasta la neurona 1 de Densa 1")
                  : QStringLiteral("Weight from input x2 to neuron 1 of Dense 1"));
    EXPECT_NE(accessibleName(editor->biasBox()), accessibleName(editor->weightBox()));
    editor->close();
  }
}
