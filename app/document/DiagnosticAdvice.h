#pragma once
// Turns the core's validation codes into sentences for people, and offers a one-click fix where the
// remedy is obvious ("Set output to 3 units with softmax").
#include "neurona/core/graph/Validation.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class ProjectDocument;

struct DiagnosticFix {
  QString text;                                // button text
  std::function<void(ProjectDocument&)> apply; // pushes an undo step (or changes the training context)
};

class DiagnosticAdvice {
  Q_DECLARE_TR_FUNCTIONS(DiagnosticAdvice)
public:
  static QString describe(const neurona::Diagnostic& d, const ProjectDocument& doc);
  static std::optional<DiagnosticFix> fix(const neurona::Diagnostic& d, const ProjectDocument& doc);
  // All sentences about one layer, one per line (block tooltips).
  static QString describeLayer(neurona::LayerId id, const ProjectDocument& doc);
};
