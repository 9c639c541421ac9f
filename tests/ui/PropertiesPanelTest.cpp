#include "support/ProjectFixtures.h"
#include "support/QtApp.h"

#include "model/NetworkTemplates.h"
#include "model/Project.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PropertiesPanel.h"
#include "ui/problems/IssuesPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using neurona::ActivationKind;
using neurona::LayerId;

namespace {

struct AppFirst {
  AppFirst() { qtApp(); }
};

struct Panels : AppFirst {
  Project doc;
  NetworkView view{&doc};
  PropertiesPanel properties{&doc};
  IssuesPanel issues{&doc};

  Panels() {
    projecttest::loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
    QObject::connect(view.networkScene(), &NetworkScene::currentLayerChanged, &properties,
                     &PropertiesPanel::setLayer);
    view.resize(1200, 600);
    view.show();
    properties.show();
    issues.show();
  }
  LayerId id(int index) const { return doc.network().layers[static_cast<std::size_t>(index)].id; }
};

} // namespace

TEST(PropertiesPanel, followsTheCanvasSelectionAndShowsTheRowsOfTheLayerType) {
  Panels p;
  EXPECT_EQ(p.properties.layer(), neurona::kNoLayer);
  p.view.networkScene()->selectOnly(p.id(1));
  EXPECT_EQ(p.properties.layer(), p.id(1));
  EXPECT_EQ(p.properties.unitsEditor()->value(), 8);
  EXPECT_TRUE(p.properties.isRowShown(LayerProperty::Units));
  EXPECT_FALSE(p.properties.isRowShown(LayerProperty::Rate));
  EXPECT_FALSE(p.properties.isRowShown(LayerProperty::Alpha)); // relu has no alpha

  neurona::LayerSpec drop;
  drop.type = neurona::LayerType::Dropout;
  const LayerId dropout = p.doc.insertLayer(1, drop);
  p.view.networkScene()->selectOnly(dropout);
  EXPECT_TRUE(p.properties.isRowShown(LayerProperty::Rate));
  EXPECT_FALSE(p.properties.isRowShown(LayerProperty::Units));
  p.properties.rateEditor()->setValue(0.3);
  EXPECT_DOUBLE_EQ(p.doc.layer(dropout)->rate, 0.3);

  // Removing the shown layer empties the panel.
  p.doc.removeLayers({dropout});
  EXPECT_EQ(p.properties.layer(), neurona::kNoLayer);
}

TEST(PropertiesPanel, unitsFromTheBlockAndFromTheSpinBoxMergeIntoOneUndoStep) {
  Panels p;
  const LayerId dense2 = p.id(1);
  p.view.networkScene()->selectOnly(dense2);
  LayerBlockItem* block = p.view.networkScene()->block(dense2);
  const QPoint plus = p.view.mapFromScene(block->mapToScene(block->plusRect().center()));
  QTest::mouseClick(p.view.viewport(), Qt::LeftButton, Qt::NoModifier, plus);
  EXPECT_EQ(p.properties.unitsEditor()->value(), 9); // the form follows the document

  QSpinBox* units = p.properties.unitsEditor();
  units->setFocus();
  QTest::keyClick(units, Qt::Key_Up);
  QTest::keyClick(units, Qt::Key_Up);
  units->stepBy(1);
  EXPECT_EQ(p.doc.layer(dense2)->units, 12);
  EXPECT_EQ(block->content().units, 12);
  EXPECT_EQ(p.doc.undoStack()->count(), 1);
  EXPECT_EQ(p.doc.undoStack()->undoText(), QStringLiteral("Change units of Dense 2"));
  p.doc.undoStack()->undo();
  EXPECT_EQ(p.doc.layer(dense2)->units, 8);
  EXPECT_EQ(units->value(), 8);

  // The activation combo is a separate step.
  QComboBox* act = p.properties.activationEditor();
  act->setCurrentIndex(act->findData(static_cast<int>(ActivationKind::LeakyRelu)));
  EXPECT_EQ(p.doc.layer(dense2)->activation, ActivationKind::LeakyRelu);
  EXPECT_TRUE(p.properties.isRowShown(LayerProperty::Alpha));
  EXPECT_EQ(p.doc.undoStack()->undoText(), QStringLiteral("Change activation of Dense 2"));
}

TEST(IssuesPanel, invalidOutputSizeListsTheProblemAndTheFixButtonResolvesIt) {
  Panels p;
  EXPECT_TRUE(p.issues.issueTexts().isEmpty());
  ASSERT_TRUE(p.doc.setSetting(SettingKey::Loss, static_cast<int>(neurona::LossKind::Cce)));
  neurona::DatasetSource blobs;
  blobs.generator = "blobs";
  blobs.classes = 3;
  ASSERT_TRUE(p.doc.generateData(blobs).ok());
  ASSERT_FALSE(p.issues.issueTexts().isEmpty());
  EXPECT_TRUE(p.issues.issueTexts().join(QLatin1Char(' ')).contains(QStringLiteral("3 classes")));
  EXPECT_TRUE(p.view.networkScene()->block(p.id(2))->content().error);

  QPushButton* fix = nullptr;
  for (QPushButton* b : p.issues.fixButtons())
    if (b->text() == QStringLiteral("Set output to 3 units with softmax")) fix = b;
  ASSERT_NE(fix, nullptr);
  QTest::mouseClick(fix, Qt::LeftButton);
  QCoreApplication::processEvents(); // the fix runs queued
  EXPECT_TRUE(p.doc.canTrain());
  EXPECT_EQ(p.doc.network().layers.back().units, 3);
  EXPECT_TRUE(p.issues.issueTexts().isEmpty());
  EXPECT_FALSE(p.view.networkScene()->block(p.id(2))->content().error);
}

// In a narrow Problems dock (a projector at 1280×720) the fix button sits under the sentence and its long
// label wraps onto more lines: nothing is cut and the dock does not scroll sideways.
TEST(IssuesPanel, aLongFixLabelWrapsUnderTheSentenceInANarrowDock) {
  Panels p;
  // Dense 1 (4) and Dense 2 (8) joined by an Add: the fix inserts a Dense of 8 before the Add.
  ASSERT_TRUE(p.doc.insertLayer(2, neurona::LayerSpec::merge(neurona::LayerType::Add)));
  const LayerId add = p.id(2);
  ASSERT_TRUE(p.doc.connectLayers(p.id(0), add));
  ASSERT_EQ(p.issues.fixButtons().size(), 1);
  QPushButton* fix = p.issues.fixButtons().front();
  EXPECT_TRUE(fix->text().startsWith(QStringLiteral("Insert a Dense layer of 8 neurons")))
      << fix->text().toStdString();
  p.issues.resize(240, 500);
  p.issues.show();
  QCoreApplication::processEvents();
  const QLabel* sentence = p.issues.findChildren<QLabel*>().front();
  for (QLabel* l : p.issues.findChildren<QLabel*>())
    if (l->text() == p.issues.issueTexts().front()) sentence = l;
  // Under the sentence, inside the dock, and taller than one line of text: wrapped, not cut.
  const QRect button = QRect(fix->mapTo(&p.issues, QPoint(0, 0)), fix->size());
  const QRect text = QRect(sentence->mapTo(&p.issues, QPoint(0, 0)), sentence->size());
  EXPECT_GE(button.top(), text.bottom());
  EXPECT_LE(button.right(), p.issues.width());
  EXPECT_GE(fix->height(), 2 * fix->fontMetrics().height());
  EXPECT_GE(fix->height(), fix->heightForWidth(fix->width()));
  EXPECT_GE(sentence->width(), 150) << "the sentence keeps the row's width";
  const auto* scroll = p.issues.findChild<QScrollArea*>();
  ASSERT_NE(scroll, nullptr);
  EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
  // Wide enough, it is one line again.
  p.issues.resize(900, 500);
  QCoreApplication::processEvents();
  EXPECT_LT(fix->height(), 2 * fix->fontMetrics().height());
}
