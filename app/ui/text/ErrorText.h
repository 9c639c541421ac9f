#pragma once
// The GUI's one place that turns the engine's error codes into sentences for people, in the current
// language (the CLI has its own, app/cli/Messages.cpp). Names and text from a file appear as they are,
// to be shown as plain text.
#include "neurona/core/Error.h"
#include "neurona/core/data/ImageFolder.h"

#include <QCoreApplication>
#include <QString>

class ErrorText {
  Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
  static QString sentence(const neurona::Error& e);
  // Why a picture of an image folder was left out, e.g. "cat/03.png was left out: it is not a PNG, JPEG or
  // BMP picture that can be read." (ProjectData's skipped list; the load itself succeeded).
  static QString skippedImage(const neurona::SkippedImage& s);
};
