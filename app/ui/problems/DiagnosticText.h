#pragma once
// Turns the core's validation codes into sentences for people (the Problems dock, block tooltips).
// The one-click fixes themselves are the model's (model/Fixes.h).
#include "neurona/core/graph/Validation.h"

#include <QCoreApplication>
#include <QString>

class Project;

class DiagnosticText {
  Q_DECLARE_TR_FUNCTIONS(DiagnosticText)
public:
  static QString describe(const neurona::Diagnostic& d, const Project& project);
  // All sentences about one layer, one per line (block tooltips).
  static QString describeLayer(neurona::LayerId id, const Project& project);
  // The Concepts dock entry that explains the problem ("concept/dead-neurons"); empty when none does.
  static QString conceptKey(const neurona::Diagnostic& d);
};
