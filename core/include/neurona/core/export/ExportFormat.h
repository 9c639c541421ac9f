#pragma once
// The formats a trained model can be exported to. Names are a contract with neurona-cli (--format).
#include <optional>
#include <span>
#include <string_view>

namespace neurona {

// PytorchTrain is not a model's export: it is a project's training run as a PyTorch script
// (PytorchTrainExporter), which needs the project rather than a model.
enum class ExportFormat { Onnx, Numpy, Pytorch, Keras, Cpp, PytorchTrain };

std::string_view toString(ExportFormat f); // "onnx", "numpy", "pytorch", "keras", "cpp", "pytorch-train"
std::optional<ExportFormat> exportFormatFromString(std::string_view s);
std::span<const ExportFormat> allExportFormats();
std::string_view defaultExtension(ExportFormat f); // ".onnx", ".py", ".h"

} // namespace neurona
