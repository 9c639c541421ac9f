#include "model/NetworkTemplates.h"

#include "model/Project.h"

#include <algorithm>

using neurona::ActivationKind;
using neurona::InitKind;
using neurona::NetworkSpec;

QList<NetworkTemplate> NetworkTemplates::all() {
  return {NetworkTemplate::Tutorial, NetworkTemplate::LogisticRegression, NetworkTemplate::Xor,
          NetworkTemplate::DeepSpiral, NetworkTemplate::Softmax};
}

QString NetworkTemplates::name(NetworkTemplate t) {
  switch (t) {
  case NetworkTemplate::Tutorial: return tr("Tutorial network [2, 4, 8, 1]");
  case NetworkTemplate::LogisticRegression: return tr("Logistic regression");
  case NetworkTemplate::Xor: return tr("XOR 2-4-1");
  case NetworkTemplate::DeepSpiral: return tr("Deep spiral 2-16-16-16-1");
  case NetworkTemplate::Softmax: return tr("Softmax for K classes");
  }
  return {};
}

QString NetworkTemplates::description(NetworkTemplate t) {
  switch (t) {
  case NetworkTemplate::Tutorial:
    return tr("Two hidden layers of 4 and 8 ReLU neurons and one sigmoid output: the classic first network.");
  case NetworkTemplate::LogisticRegression:
    return tr("No hidden layer: a single sigmoid neuron that draws a straight boundary.");
  case NetworkTemplate::Xor: return tr("One hidden layer of 4 tanh neurons: just enough to solve XOR.");
  case NetworkTemplate::DeepSpiral:
    return tr("Three hidden layers of 16 tanh neurons, deep enough for the two spirals.");
  case NetworkTemplate::Softmax:
    return tr("One hidden layer and a softmax output with one neuron per class of the data set.");
  }
  return {};
}

NetworkSpec NetworkTemplates::build(NetworkTemplate t, int classes) {
  switch (t) {
  case NetworkTemplate::Tutorial:
    return NetworkSpec::denseStack({4, 8}, 1, ActivationKind::Relu, ActivationKind::Sigmoid,
                                   InitKind::HeUniform);
  case NetworkTemplate::LogisticRegression:
    return NetworkSpec::denseStack({}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  case NetworkTemplate::Xor:
    return NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid);
  case NetworkTemplate::DeepSpiral:
    return NetworkSpec::denseStack({16, 16, 16}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid);
  case NetworkTemplate::Softmax:
    return NetworkSpec::denseStack({8}, std::max(2, classes), ActivationKind::Relu, ActivationKind::Softmax,
                                   InitKind::HeUniform);
  }
  return {};
}

bool NetworkTemplates::apply(Project& project, NetworkTemplate t) {
  return project.replaceNetwork(build(t, project.validationContext().classes),
                                tr("Apply template %1").arg(name(t)));
}
