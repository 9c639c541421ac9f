#pragma once
// The comments of the NumPy training code (NumpyTrainExporter) in the current language. Each English
// source string is exactly core's englishCodeComment(id), so the English app writes the CLI's code.
#include "neurona/core/export/NumpyTrainExporter.h"

#include <QCoreApplication>

#include <string>

class CodeCommentText {
  Q_DECLARE_TR_FUNCTIONS(CodeCommentText)
public:
  static std::string text(neurona::CodeComment id);
};
