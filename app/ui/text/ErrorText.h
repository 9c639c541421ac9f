#pragma once
// The GUI's one place that turns the engine's error codes into sentences for people, in the current
// language (the CLI has its own, app/cli/Messages.cpp). Names and text from a file appear as they are,
// to be shown as plain text.
#include "neurona/core/Error.h"

#include <QCoreApplication>
#include <QString>

class ErrorText {
  Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
  static QString sentence(const neurona::Error& e);
};
