#pragma once
// The formats a trained model can be exported to. Names are a contract with neurona-cli (--format).
#include <optional>
#include <span>
#include <string_view>

namespace neurona {

// PytorchTrain and NumpyTrain are not a model's exports: each is a project's training run as code (a
// PyTorch script, PytorchTrainExporter; from-scratch NumPy code, NumpyTrainExporter), which needs the
// project rather than a model (isTrainingRun).
enum class ExportFormat { Onnx, Numpy, Pytorch, Keras, Cpp, PytorchTrain, NumpyTrain };

// "onnx", "numpy", "pytorch", "keras", "cpp", "pytorch-train", "numpy-train"
std::string_view toString(ExportFormat f);
std::optional<ExportFormat> exportFormatFromString(std::string_view s);
std::span<const ExportFormat> allExportFormats();
std::string_view defaultExtension(ExportFormat f); // ".onnx", ".py", ".h"
bool isTrainingRun(ExportFormat f);                // pytorch-train, numpy-train: a project's run

} // namespace neurona
