// One-click fixes of a graph network's problems: each is one undo step and leaves the problem gone.
#include "support/CoreApp.h"
#include "support/ProjectFixtures.h"

#include "model/Fixes.h"
#include "model/Project.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using neurona::ActivationKind;
using neurona::Diagnostic;
using neurona::DiagnosticCode;
using neurona::LayerId;
using neurona::LayerSpec;
using neurona::NetworkSpec;
using projecttest::loadData;
using projecttest::loadNetwork;

namespace {

class GraphFixesTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }

  // Applies the fix offered for the first diagnostic with `code`; false when none is offered.
  static bool fix(Project& doc, DiagnosticCode code) {
    for (const Diagnostic& d : doc.diagnostics())
      if (d.code == code)
        if (const auto f = Fixes::forDiagnostic(d, doc)) return doc.applyFix(*f);
    return false;
  }
  static bool has(const Project& doc, DiagnosticCode code) {
    for (const Diagnostic& d : doc.diagnostics())
      if (d.code == code) return true;
    return false;
  }
};

LayerSpec graphDense(int units, ActivationKind act = ActivationKind::Relu) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  return l;
}

} // namespace

TEST_F(GraphFixesTest, anAddOfDifferentWidthsGetsADenseLayerThatMatchesThemInOneUndoStep) {
  Project doc;
  loadData(doc, "moons");
  NetworkSpec net;
  const LayerId h1 = net.append(graphDense(8));
  const LayerId h2 = net.append(graphDense(4));
  LayerSpec add = LayerSpec::merge(neurona::LayerType::Add);
  add.inputs = std::vector<LayerId>{h1, h2};
  const LayerId a = net.append(add);
  LayerSpec out = graphDense(1, ActivationKind::Sigmoid);
  out.inputs = std::vector<LayerId>{a};
  net.append(out);
  loadNetwork(doc, net);
  ASSERT_TRUE(has(doc, DiagnosticCode::AddWidthMismatch));
  const int before = doc.undoStack()->count();
  ASSERT_TRUE(fix(doc, DiagnosticCode::AddWidthMismatch));
  EXPECT_EQ(doc.undoStack()->count(), before + 1);
  EXPECT_FALSE(neurona::hasErrors(doc.diagnostics()));
  EXPECT_EQ(doc.network().layers.size(), 5U);
  doc.undoStack()->undo();
  EXPECT_TRUE(has(doc, DiagnosticCode::AddWidthMismatch));
}

TEST_F(GraphFixesTest, aLooseLayerIsConnectedToTheConcatAfterItAndACycleLosesItsEdge) {
  Project doc;
  loadData(doc, "moons");
  NetworkSpec net;
  const LayerId h1 = net.append(graphDense(4));
  LayerSpec loose = graphDense(3);
  loose.inputs = std::vector<LayerId>{neurona::kNetworkInput};
  net.append(loose);
  LayerSpec concat = LayerSpec::merge(neurona::LayerType::Concat);
  concat.inputs = std::vector<LayerId>{h1, neurona::kNetworkInput};
  const LayerId c = net.append(concat);
  LayerSpec out = graphDense(1, ActivationKind::Sigmoid);
  out.inputs = std::vector<LayerId>{c};
  const LayerId o = net.append(out);
  net.find(h1)->inputs = std::vector<LayerId>{neurona::kNetworkInput, o}; // a cycle (and two inputs)
  loadNetwork(doc, net);
  ASSERT_TRUE(has(doc, DiagnosticCode::UnconnectedLayer));
  ASSERT_TRUE(has(doc, DiagnosticCode::GraphCycle));
  ASSERT_TRUE(fix(doc, DiagnosticCode::UnconnectedLayer));
  EXPECT_FALSE(has(doc, DiagnosticCode::UnconnectedLayer));
  ASSERT_TRUE(fix(doc, DiagnosticCode::GraphCycle));
  EXPECT_FALSE(neurona::hasErrors(doc.diagnostics()));
}
