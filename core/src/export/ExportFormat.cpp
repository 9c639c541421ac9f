#include "neurona/core/export/ExportFormat.h"

#include <array>

namespace neurona {
namespace {
constexpr std::array<ExportFormat, 7> kFormats{
    ExportFormat::Onnx, ExportFormat::Numpy,        ExportFormat::Pytorch,   ExportFormat::Keras,
    ExportFormat::Cpp,  ExportFormat::PytorchTrain, ExportFormat::NumpyTrain};
}

std::string_view toString(ExportFormat f) {
  switch (f) {
  case ExportFormat::Onnx: return "onnx";
  case ExportFormat::Numpy: return "numpy";
  case ExportFormat::Pytorch: return "pytorch";
  case ExportFormat::Keras: return "keras";
  case ExportFormat::Cpp: return "cpp";
  case ExportFormat::PytorchTrain: return "pytorch-train";
  case ExportFormat::NumpyTrain: return "numpy-train";
  }
  return {};
}

std::optional<ExportFormat> exportFormatFromString(std::string_view s) {
  for (ExportFormat f : kFormats)
    if (toString(f) == s) return f;
  return std::nullopt;
}

std::span<const ExportFormat> allExportFormats() { return kFormats; }

std::string_view defaultExtension(ExportFormat f) {
  switch (f) {
  case ExportFormat::Onnx: return ".onnx";
  case ExportFormat::Cpp: return ".h";
  default: return ".py";
  }
}

bool isTrainingRun(ExportFormat f) {
  return f == ExportFormat::PytorchTrain || f == ExportFormat::NumpyTrain;
}

} // namespace neurona
