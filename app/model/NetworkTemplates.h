#pragma once
// Ready-made networks of the Templates menu. Applying one is a single undo step.
#include "neurona/core/graph/NetworkSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Project;

enum class NetworkTemplate { Tutorial, LogisticRegression, Xor, DeepSpiral, Softmax };

class NetworkTemplates {
  Q_DECLARE_TR_FUNCTIONS(NetworkTemplates)
public:
  static QList<NetworkTemplate> all();
  static QString name(NetworkTemplate t);        // menu text
  static QString description(NetworkTemplate t); // status tip
  // `classes` sizes the softmax template's output (at least 2).
  static neurona::NetworkSpec build(NetworkTemplate t, int classes);
  static bool apply(Project& project, NetworkTemplate t);
};
