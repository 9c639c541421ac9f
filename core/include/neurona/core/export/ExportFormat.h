#pragma once
// The formats a trained model can be exported to. Names are a contract with neurona-cli (--format).
#include <optional>
#include <span>
#include <string_view>

namespace neurona {

enum class ExportFormat { Onnx, Numpy, Pytorch, Keras, Cpp };

std::string_view toString(ExportFormat f); // "onnx", "numpy", "pytorch", "keras", "cpp"
std::optional<ExportFormat> exportFormatFromString(std::string_view s);
std::span<const ExportFormat> allExportFormats();
std::string_view defaultExtension(ExportFormat f); // ".onnx", ".py", ".h"

} // namespace neurona
