#pragma once
// A model as ONNX (opset 13, IR 7) through Debian's libonnx protobuf types. The graph takes the raw
// inputs "input" [batch, inputs] (float) and gives "output" [batch, outputs]:
//   transforms  Gather the x1/x2 columns, Mul / Sin, Concat after the inputs
//   preprocessing  Sub(offset), Div(scale)
//   dense       Gemm(h, W, b) with W stored inputs x units, then the activation op(s)
//               (gelu = 0.5·x·(1 + Erf(x/√2)) and swish = x·Sigmoid(x), which opset 13 lacks as ops)
//   batchnorm   folded into Mul(scale) and Add(shift) with the running statistics
//   dropout     omitted (identity at inference)
//   images      Reshape the channels-last input to [N, H, W, C], Transpose to NCHW; Conv (weights
//               [F][C][KH][KW]), MaxPool, AveragePool (count_include_pad 0) with explicit pads
//               [top, left, bottom, right] for "same"; Transpose back to NHWC and Flatten before a layer
//               that reads features (flatten, dense, concat, batchnorm, the output)
// Sigmoid and softmax outputs are probabilities. Task, class names and input names travel in the
// model's metadata_props. Lives in the separate neurona_onnx library (neurona_core stays onnx-free).
#include "neurona/core/Error.h"
#include "neurona/core/io/Model.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace neurona {

class OnnxExporter {
public:
  static constexpr int kOpset = 13;
  static constexpr int kIrVersion = 7;

  static std::string serialize(const Model& model); // the ModelProto's bytes
  static Error write(const std::filesystem::path& file, const Model& model);
  // Runs onnx::checker::check_model and strict shape inference (onnx::shape_inference::InferShapes with
  // type checks and errors thrown) on serialized bytes. The value is the inferred shape of "output" (-1
  // for the symbolic batch); errors: OnnxParse, OnnxChecker, OnnxShapeInference with onnx's message in
  // detail.
  static Result<std::vector<std::int64_t>> check(const std::string& bytes);
};

} // namespace neurona
