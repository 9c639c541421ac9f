#include "support/QtApp.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "ui/canvas/PalettePanel.h"
#include "ui/canvas/PropertiesPanel.h"
#include "ui/concepts/ConceptLibrary.h"
#include "ui/concepts/ConceptsPanel.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/training/TrainingPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSlider>
#include <QTest>

#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <ostream>

// Failures print concept keys as text.
static void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

using neurona::ActivationKind;
using neurona::LayerSpec;
using neurona::LayerType;

namespace {

bool insideA(const QWidget* w, const char* className, const QWidget* stop) {
  for (const QWidget* p = w->parentWidget(); p && p != stop; p = p->parentWidget())
    if (p->inherits(className)) return true;
  return false;
}

// The controls a user edits or presses inside a dock. Left out: the parts Qt builds into other
// widgets (a spin box's line edit, a table's corner button, anything drawn by QCustomPlot).
QList<QWidget*> inputControls(QDockWidget* dock) {
  QList<QWidget*> out;
  QWidget* root = dock->widget();
  for (QWidget* w : root->findChildren<QWidget*>()) {
    const bool input = qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                       qobject_cast<QAbstractButton*>(w) || qobject_cast<QSlider*>(w) ||
                       qobject_cast<QLineEdit*>(w) || qobject_cast<QListWidget*>(w);
    if (!input) continue;
    if (insideA(w, "QAbstractSpinBox", root) || insideA(w, "QComboBox", root) ||
        insideA(w, "QAbstractItemView", root) || insideA(w, "QCustomPlot", root) ||
        insideA(w, "QTabBar", root)) // a tab bar's own scroll arrows
      continue;
    out << w;
  }
  return out;
}

// "trainingDock QDoubleSpinBox rateField: no tooltip" for each control that does not explain a known concept.
QStringList offenders(QDockWidget* dock) {
  QStringList problems;
  QStringList names;
  for (QWidget* w : inputControls(dock)) {
    const QString who = QStringLiteral("%1 %2 %3")
                            .arg(dock->objectName(), QString::fromLatin1(w->metaObject()->className()),
                                 w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName());
    const QString key = ControlHelp::conceptOf(w);
    if (w->objectName().isEmpty())
      problems << who + QStringLiteral(": no object name");
    else if (names.contains(w->objectName()))
      problems << who + QStringLiteral(": object name used twice");
    names << w->objectName();
    if (w->toolTip().trimmed().isEmpty()) problems << who + QStringLiteral(": no tooltip");
    if (w->whatsThis().trimmed().isEmpty()) problems << who + QStringLiteral(": no What's This");
    if (!ConceptLibrary::contains(key)) {
      problems << who + QStringLiteral(": concept \"%1\" unknown").arg(key);
    } else if (!w->whatsThis().contains(ConceptLibrary::title(key).toHtmlEscaped())) {
      problems << who + QStringLiteral(": What's This is not the entry of %1").arg(key);
    }
  }
  return problems;
}

LayerSpec layerOf(LayerType type) {
  LayerSpec l;
  l.type = type;
  return l;
}

class ControlHelpTest : public WindowFixture {
protected:
  void SetUp() override {
    WindowFixture::SetUp();
    QCoreApplication::processEvents();
  }
  void TearDown() override {
    languages.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
  }
  // ControlHelp rewrites its texts one event-loop turn after the widgets retranslate.
  static void settle() {
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
  }
};

} // namespace

TEST_F(ControlHelpTest, everyInputControlOfTheDocksExplainsAKnownConcept) {
  MainWindow w(&languages);
  w.show();
  Project* doc = w.project();
  neurona::LayerId dense = neurona::kNoLayer;
  for (const LayerSpec& l : doc->network().layers)
    if (l.type == LayerType::Dense && dense == neurona::kNoLayer) dense = l.id;
  ASSERT_NE(dense, neurona::kNoLayer);

  QStringList problems;
  for (QDockWidget* dock :
       {w.datasetDock(), w.trainingDock(), w.paletteDock(), w.boundaryDock(), w.lossDock()})
    problems += offenders(dock);

  // The properties form with each kind of layer selected: dense, dropout, batch normalisation.
  w.properties()->setLayer(dense);
  problems += offenders(w.propertiesDock());
  const neurona::LayerId dropout = doc->insertLayer(1, layerOf(LayerType::Dropout));
  const neurona::LayerId batchNorm = doc->insertLayer(1, layerOf(LayerType::BatchNorm));
  ASSERT_NE(dropout, neurona::kNoLayer);
  ASSERT_NE(batchNorm, neurona::kNoLayer);
  w.properties()->setLayer(dropout);
  ASSERT_TRUE(w.properties()->isRowShown(LayerProperty::Rate));
  problems += offenders(w.propertiesDock());
  w.properties()->setLayer(batchNorm);
  problems += offenders(w.propertiesDock());

  // Enough controls were walked for the walk to mean something (the training panel alone has 20).
  int walked = 0;
  for (QDockWidget* dock : {w.datasetDock(), w.trainingDock(), w.paletteDock(), w.boundaryDock(),
                            w.lossDock(), w.propertiesDock()})
    walked += static_cast<int>(inputControls(dock).size());
  EXPECT_GE(walked, 45);
  problems.removeDuplicates();
  EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ControlHelpTest, controlsAreAttachedToTheConceptTheyAreAbout) {
  MainWindow w(&languages);
  TrainingPanel* tp = w.trainingPanel();
  // The speed box is in the run bar, which the window moves into its toolbar.
  const auto field = [&w](const char* name) { return w.findChild<QWidget*>(QLatin1String(name)); };
  // The lessons find these by name; each one must exist once.
  for (const char* name : {"lossBox", "batchField", "l1Field", "l2Field", "momentumField", "beta1Field",
                           "beta2Field", "weightDecayField", "scheduleBox", "stepSizeField", "gammaField",
                           "tMaxField", "optimizerBox", "stopField", "seedField", "speedBox"}) {
    EXPECT_EQ(w.findChildren<QWidget*>(QLatin1String(name)).size(), 1) << name;
  }
  EXPECT_EQ(ControlHelp::conceptOf(tp->rateField()), QStringLiteral("concept/learning-rate"));
  EXPECT_EQ(ControlHelp::conceptOf(tp->rateSlider()), QStringLiteral("concept/learning-rate"));
  EXPECT_EQ(ControlHelp::conceptOf(field("batchField")), QStringLiteral("concept/batch-size"));
  EXPECT_EQ(ControlHelp::conceptOf(field("l1Field")), QStringLiteral("regularization/l1"));
  EXPECT_EQ(ControlHelp::conceptOf(field("l2Field")), QStringLiteral("regularization/l2"));
  EXPECT_EQ(ControlHelp::conceptOf(field("scheduleBox")), QStringLiteral("concept/learning-rate"));
  EXPECT_EQ(ControlHelp::conceptOf(field("earlyStoppingPatience")), QStringLiteral("concept/overfitting"));
  EXPECT_EQ(ControlHelp::conceptOf(tp->stepButton()), QStringLiteral("concept/epoch"));

  // A control with a tooltip of its own keeps it; one without gets the entry's title and summary.
  EXPECT_FALSE(
      tp->rateSlider()->toolTip().contains(ConceptLibrary::title(QStringLiteral("concept/learning-rate"))));
  EXPECT_TRUE(
      field("batchField")->toolTip().contains(ConceptLibrary::title(QStringLiteral("concept/batch-size"))));

  // The loss box follows the chosen loss.
  auto* loss = qobject_cast<QComboBox*>(field("lossBox"));
  ASSERT_NE(loss, nullptr);
  QStringList seen;
  for (int i = 0; i < loss->count(); ++i) {
    loss->setCurrentIndex(i);
    const QString key = ControlHelp::conceptOf(loss);
    EXPECT_EQ(key, ConceptLibrary::keyFor(static_cast<neurona::LossKind>(loss->currentData().toInt())));
    seen << key;
  }
  seen.removeDuplicates();
  EXPECT_GE(seen.size(), 3);

  // The dense layer's editors: units explain the dense layer, the activation editor the activation.
  Project* doc = w.project();
  const neurona::LayerId dense = doc->network().layers.front().id;
  ASSERT_EQ(doc->layer(dense)->type, LayerType::Dense);
  w.properties()->setLayer(dense);
  EXPECT_EQ(ControlHelp::conceptOf(w.properties()->unitsEditor()), QStringLiteral("layer/dense"));
  doc->setLayerProperty(dense, LayerProperty::Activation, static_cast<int>(ActivationKind::Tanh));
  EXPECT_EQ(ControlHelp::conceptOf(w.properties()->activationEditor()), QStringLiteral("activation/tanh"));
  doc->setLayerProperty(dense, LayerProperty::Activation, static_cast<int>(ActivationKind::Sigmoid));
  EXPECT_EQ(ControlHelp::conceptOf(w.properties()->activationEditor()), QStringLiteral("activation/sigmoid"));
  EXPECT_TRUE(w.properties()->activationEditor()->whatsThis().contains(
      ConceptLibrary::title(QStringLiteral("activation/sigmoid"))));
  const neurona::LayerId dropout = doc->insertLayer(1, layerOf(LayerType::Dropout));
  w.properties()->setLayer(dropout);
  EXPECT_EQ(ControlHelp::conceptOf(w.properties()->rateEditor()), QStringLiteral("layer/dropout"));
}

TEST_F(ControlHelpTest, changingTheOptimizerMovesItsControlsToTheNewEntry) {
  MainWindow w(&languages);
  TrainingPanel* tp = w.trainingPanel();
  QComboBox* box = tp->optimizerBox();
  QWidget* beta1 = tp->findChild<QWidget*>(QStringLiteral("beta1Field"));
  QWidget* momentum = tp->findChild<QWidget*>(QStringLiteral("momentumField"));
  ASSERT_NE(beta1, nullptr);
  ASSERT_NE(momentum, nullptr);

  box->setCurrentIndex(box->findData(QStringLiteral("adam")));
  EXPECT_EQ(ControlHelp::conceptOf(box), QStringLiteral("optimizer/adam"));
  EXPECT_EQ(ControlHelp::conceptOf(beta1), QStringLiteral("optimizer/adam"));
  const QString adamHelp = box->whatsThis();
  EXPECT_TRUE(adamHelp.contains(ConceptLibrary::title(QStringLiteral("optimizer/adam"))));

  box->setCurrentIndex(box->findData(QStringLiteral("sgd")));
  EXPECT_EQ(ControlHelp::conceptOf(box), QStringLiteral("optimizer/sgd"));
  EXPECT_EQ(ControlHelp::conceptOf(momentum), QStringLiteral("optimizer/sgd"));
  EXPECT_NE(box->whatsThis(), adamHelp);
  EXPECT_TRUE(box->whatsThis().contains(ConceptLibrary::title(QStringLiteral("optimizer/sgd"))));
  EXPECT_TRUE(box->toolTip().contains(ConceptLibrary::title(QStringLiteral("optimizer/sgd"))));
}

TEST_F(ControlHelpTest, focusingAControlOrChoosingAPaletteEntryShowsItsConcept) {
  MainWindow w(&languages);
  w.show();
  w.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
  ConceptsPanel* concepts = w.conceptsPanel();
  ASSERT_TRUE(concepts->showConcept(QStringLiteral("concept/epoch")));

  TrainingPanel* tp = w.trainingPanel();
  tp->rateField()->setFocus(Qt::TabFocusReason);
  QCoreApplication::processEvents();
  ASSERT_TRUE(tp->rateField()->hasFocus());
  EXPECT_EQ(concepts->currentKey(), QStringLiteral("concept/learning-rate"));

  tp->findChild<QWidget*>(QStringLiteral("batchField"))->setFocus(Qt::TabFocusReason);
  QCoreApplication::processEvents();
  EXPECT_EQ(concepts->currentKey(), QStringLiteral("concept/batch-size"));

  // Choosing an activation chip or a layer block in the palette shows its entry.
  QListWidget* chips = w.palette()->activationList();
  for (int row : {3, 1}) {
    chips->setCurrentRow(row);
    const QString key = ControlHelp::conceptOf(chips);
    EXPECT_TRUE(key.startsWith(QStringLiteral("activation/"))) << key.toStdString();
    EXPECT_EQ(concepts->currentKey(), key);
  }
  EXPECT_NE(ControlHelp::conceptOf(chips), QString());
  QListWidget* blocks = w.palette()->blockList();
  blocks->setCurrentRow(-1);
  for (int row = 0; row < blocks->count(); ++row) {
    blocks->setCurrentRow(row);
    EXPECT_EQ(concepts->currentKey(), ControlHelp::conceptOf(blocks));
    EXPECT_TRUE(
        blocks->item(row)->whatsThis().contains(ConceptLibrary::title(ControlHelp::conceptOf(blocks))));
  }
  blocks->setCurrentRow(2); // Dropout
  EXPECT_EQ(concepts->currentKey(), QStringLiteral("layer/dropout"));
}

TEST_F(ControlHelpTest, whatsThisFollowsTheLanguage) {
  MainWindow w(&languages);
  TrainingPanel* tp = w.trainingPanel();
  QWidget* rate = tp->rateField();
  QWidget* batch = tp->findChild<QWidget*>(QStringLiteral("batchField"));
  const QString englishTitle = ConceptLibrary::title(QStringLiteral("concept/learning-rate"));
  const QString englishHelp = rate->whatsThis();
  ASSERT_TRUE(englishHelp.contains(englishTitle));

  ASSERT_TRUE(languages.setLanguage(QStringLiteral("es")));
  settle();
  const QString spanishTitle = ConceptLibrary::title(QStringLiteral("concept/learning-rate"));
  ASSERT_NE(spanishTitle, englishTitle); // the catalogue is loaded
  EXPECT_NE(rate->whatsThis(), englishHelp);
  EXPECT_TRUE(rate->whatsThis().contains(spanishTitle)) << rate->whatsThis().toStdString();
  EXPECT_FALSE(rate->whatsThis().contains(englishTitle));
  // A tooltip ControlHelp wrote is rewritten too; one the panel wrote is the panel's to translate.
  EXPECT_TRUE(batch->toolTip().contains(ConceptLibrary::title(QStringLiteral("concept/batch-size"))))
      << batch->toolTip().toStdString();
  EXPECT_EQ(ControlHelp::conceptOf(rate), QStringLiteral("concept/learning-rate"));

  ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
  settle();
  EXPECT_EQ(rate->whatsThis(), englishHelp);
}
