#include "ui/concepts/ConceptsPanel.h"
#include "model/Project.h"
#include "support/QtApp.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/concepts/ConceptLibrary.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include <qcustomplot.h>

#include <QDockWidget>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

#include <gtest/gtest.h>

#include <cmath>

using neurona::ActivationKind;

namespace {

// The y value of a graph at the sample nearest to x.
double valueAt(QCPGraph* g, double x) {
  auto it = g->data()->findBegin(x, false);
  return it->value;
}

} // namespace

TEST(ConceptLibrary, everyKeyHasATitleABodyAndValidLinks) {
  qtApp();
  ASSERT_FALSE(ConceptLibrary::keys().isEmpty());
  for (const QString& key : ConceptLibrary::keys()) {
    const auto e = ConceptLibrary::entry(key);
    ASSERT_TRUE(e.has_value()) << key.toStdString();
    EXPECT_EQ(e->key, key);
    EXPECT_FALSE(e->title.isEmpty()) << key.toStdString();
    EXPECT_GT(e->html.size(), 80) << key.toStdString();
    EXPECT_TRUE(ConceptLibrary::groups().contains(e->group)) << key.toStdString();
    EXPECT_FALSE(ConceptLibrary::groupTitle(e->group).isEmpty());
    for (const QString& r : e->related)
      EXPECT_TRUE(ConceptLibrary::contains(r)) << key.toStdString() << " → " << r.toStdString();
  }
  QStringList keys = ConceptLibrary::keys();
  EXPECT_EQ(keys.removeDuplicates(), 0);
}

TEST(ConceptLibrary, coversTheIssuesListWithStableKeys) {
  qtApp();
  for (ActivationKind a : neurona::allActivations()) {
    const auto e = ConceptLibrary::entry(ConceptLibrary::keyFor(a));
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->activation, a); // every activation has a plot
  }
  for (neurona::LossKind l : neurona::allLosses())
    EXPECT_TRUE(ConceptLibrary::contains(ConceptLibrary::keyFor(l)));
  for (const char* k : {"activation/relu",
                        "activation/leaky_relu",
                        "loss/bce",
                        "loss/huber",
                        "optimizer/sgd",
                        "optimizer/adam",
                        "optimizer/adamw",
                        "optimizer/rmsprop",
                        "optimizer/adagrad",
                        "regularization/l1",
                        "regularization/l2",
                        "layer/dropout",
                        "layer/batchnorm",
                        "concept/training-loop",
                        "concept/epoch",
                        "concept/batch-size",
                        "concept/learning-rate",
                        "concept/overfitting",
                        "concept/underfitting",
                        "concept/vanishing-gradients",
                        "concept/exploding-gradients"})
    EXPECT_TRUE(ConceptLibrary::contains(QString::fromLatin1(k))) << k;
  EXPECT_FALSE(ConceptLibrary::entry(QStringLiteral("activation/nope")).has_value());
  EXPECT_FALSE(ConceptLibrary::entry(QStringLiteral("relu")).has_value());
  EXPECT_EQ(ConceptLibrary::optimizerKey(QStringLiteral("Adam")), QStringLiteral("optimizer/adam"));

  neurona::LayerSpec dense;
  dense.activation = ActivationKind::Tanh;
  EXPECT_EQ(ConceptLibrary::keyForLayer(dense), QStringLiteral("activation/tanh"));
  neurona::LayerSpec dropout;
  dropout.type = neurona::LayerType::Dropout;
  EXPECT_EQ(ConceptLibrary::keyForLayer(dropout), QStringLiteral("layer/dropout"));
}

TEST(ConceptLibrary, activationCurvesMatchTheClosedForms) {
  const auto sig = ConceptLibrary::activationCurve(ActivationKind::Sigmoid, -4.0, 4.0, 81);
  ASSERT_EQ(sig.z.size(), 81);
  for (int i = 0; i < sig.z.size(); ++i) {
    const double s = 1.0 / (1.0 + std::exp(-sig.z[i]));
    EXPECT_NEAR(sig.value[i], s, 1e-12);
    EXPECT_NEAR(sig.derivative[i], s * (1.0 - s), 1e-12);
  }
  // Softmax is drawn as its first output for logits (z, 0): the sigmoid again.
  const auto soft = ConceptLibrary::activationCurve(ActivationKind::Softmax, -4.0, 4.0, 81);
  for (int i = 0; i < soft.z.size(); ++i) {
    EXPECT_NEAR(soft.value[i], sig.value[i], 1e-12);
    EXPECT_NEAR(soft.derivative[i], sig.derivative[i], 1e-12);
  }
  const auto leaky = ConceptLibrary::activationCurve(ActivationKind::LeakyRelu, -2.0, 2.0, 5);
  EXPECT_DOUBLE_EQ(leaky.value[0], -0.02); // default slope 0.01
  EXPECT_DOUBLE_EQ(leaky.derivative[0], 0.01);
  EXPECT_DOUBLE_EQ(leaky.derivative[4], 1.0);
}

TEST(ConceptsPanel, showsAnEntryByKeyWithAPlotForActivations) {
  qtApp();
  ConceptsPanel panel;
  panel.resize(400, 700);
  panel.show();
  QSignalSpy shown(&panel, &ConceptsPanel::conceptShown);

  ASSERT_TRUE(panel.showConcept(QStringLiteral("activation/relu")));
  EXPECT_EQ(panel.currentKey(), QStringLiteral("activation/relu"));
  EXPECT_EQ(shown.count(), 1);
  EXPECT_TRUE(panel.currentHtml().contains(QStringLiteral("ReLU")));
  ASSERT_TRUE(panel.plot()->isVisible());
  ASSERT_EQ(panel.plot()->graphCount(), 2);
  EXPECT_GT(panel.plot()->graph(0)->dataCount(), 100);
  EXPECT_DOUBLE_EQ(valueAt(panel.plot()->graph(0), -1.0), 0.0); // relu(−1)
  EXPECT_DOUBLE_EQ(valueAt(panel.plot()->graph(0), 2.0), 2.0);
  EXPECT_DOUBLE_EQ(valueAt(panel.plot()->graph(1), -1.0), 0.0); // relu′(−1)
  EXPECT_DOUBLE_EQ(valueAt(panel.plot()->graph(1), 2.0), 1.0);
  ASSERT_NE(panel.tree()->currentItem(), nullptr);
  EXPECT_EQ(panel.tree()->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("activation/relu"));

  ASSERT_TRUE(panel.showConcept(QStringLiteral("loss/bce")));
  EXPECT_TRUE(panel.currentHtml().contains(QStringLiteral("cross-entropy")));
  EXPECT_FALSE(panel.plot()->isVisible()); // losses have no activation plot

  EXPECT_FALSE(panel.showConcept(QStringLiteral("loss/unknown")));
  EXPECT_EQ(panel.currentKey(), QStringLiteral("loss/bce"));
  EXPECT_EQ(shown.count(), 2);
}

TEST(ConceptsPanel, treeSelectionLinksAndFilterShowEntries) {
  qtApp();
  ConceptsPanel panel;
  panel.show();
  // Picking an item in the list.
  QTreeWidgetItem* adam = nullptr;
  for (QTreeWidgetItem* it :
       panel.tree()->findItems(QStringLiteral("Adam"), Qt::MatchExactly | Qt::MatchRecursive))
    adam = it;
  ASSERT_NE(adam, nullptr);
  panel.tree()->setCurrentItem(adam);
  EXPECT_EQ(panel.currentKey(), QStringLiteral("optimizer/adam"));
  // A "See also" link.
  auto* text = panel.findChild<QTextBrowser*>(QStringLiteral("conceptsText"));
  ASSERT_NE(text, nullptr);
  EXPECT_TRUE(text->toHtml().contains(QStringLiteral("concept:optimizer/adamw")));
  emit text->anchorClicked(QUrl(QStringLiteral("concept:optimizer/adamw")));
  EXPECT_EQ(panel.currentKey(), QStringLiteral("optimizer/adamw"));
  // The search box hides what does not match.
  panel.setFilter(QStringLiteral("relu"));
  int visible = 0;
  for (int g = 0; g < panel.tree()->topLevelItemCount(); ++g)
    for (int i = 0; i < panel.tree()->topLevelItem(g)->childCount(); ++i)
      if (!panel.tree()->topLevelItem(g)->child(i)->isHidden()) ++visible;
  EXPECT_EQ(visible, 2); // ReLU and Leaky ReLU
  panel.setFilter(QString());
}

TEST(ConceptsPanel, isADockOfTheMainWindowAndRetranslates) {
  qtApp();
  LanguageManager languages;
  languages.setLanguage(QStringLiteral("en"));
  MainWindow w(&languages);
  w.show();
  auto* dock = w.findChild<QDockWidget*>(QStringLiteral("conceptsDock"));
  ASSERT_NE(dock, nullptr);
  EXPECT_EQ(dock->windowTitle(), QStringLiteral("Concepts"));
  // A tab beside Problems in the left column: opening it never hides the loss curves or the palette.
  EXPECT_EQ(w.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
  EXPECT_FALSE(w.tabifiedDockWidgets(dock).contains(w.lossDock()));
  EXPECT_FALSE(
      w.tabifiedDockWidgets(dock).contains(w.findChild<QDockWidget*>(QStringLiteral("paletteDock"))));
  EXPECT_TRUE(w.tabifiedDockWidgets(dock).contains(w.issuesDock()));
  auto* panel = dock->findChild<ConceptsPanel*>();
  ASSERT_NE(panel, nullptr);
  ASSERT_TRUE(panel->showConcept(QStringLiteral("concept/learning-rate")));
  EXPECT_TRUE(panel->currentHtml().contains(QStringLiteral("Learning rate")));
  // The View menu toggles it.
  dock->toggleViewAction()->trigger();
  EXPECT_FALSE(dock->isVisible());
  dock->toggleViewAction()->trigger();
  EXPECT_TRUE(dock->isVisibleTo(&w));

  ASSERT_TRUE(languages.setLanguage(QStringLiteral("es")));
  QCoreApplication::processEvents();
  EXPECT_EQ(dock->windowTitle(), QStringLiteral("Conceptos"));
  EXPECT_TRUE(panel->currentHtml().contains(QStringLiteral("Tasa de aprendizaje")))
      << panel->currentHtml().toStdString();
  EXPECT_EQ(panel->currentKey(), QStringLiteral("concept/learning-rate")); // the same entry, in Spanish
  languages.setLanguage(QStringLiteral("en"));
  QCoreApplication::processEvents();
  EXPECT_EQ(dock->windowTitle(), QStringLiteral("Concepts"));
  EXPECT_TRUE(panel->currentHtml().contains(QStringLiteral("Learning rate")));
}

TEST(ConceptsPanel, selectingALayerOnTheCanvasShowsItsEntry) {
  qtApp();
  LanguageManager languages;
  languages.setLanguage(QStringLiteral("en"));
  MainWindow w(&languages);
  auto* view = w.findChild<NetworkView*>();
  ASSERT_NE(view, nullptr);
  Project* doc = w.project();
  ASSERT_GE(doc->layerCount(), 2);
  const neurona::LayerSpec& last = doc->network().layers.back();
  view->networkScene()->selectOnly(last.id);
  EXPECT_EQ(w.conceptsPanel()->currentKey(), ConceptLibrary::keyFor(last.activation));

  neurona::LayerSpec dropout;
  dropout.type = neurona::LayerType::Dropout;
  const neurona::LayerId id = doc->insertLayer(0, dropout);
  ASSERT_NE(id, neurona::kNoLayer);
  view->networkScene()->selectOnly(id);
  EXPECT_EQ(w.conceptsPanel()->currentKey(), QStringLiteral("layer/dropout"));
}
