// libFuzzer harness: any text through the model-file loader, then every exporter. Names from the file
// must never become code: each text export is printable ASCII lines only, and has exactly the lines the
// same model with plain names ("n0", "n1", ...) gives, so no name can open a line, a comment or a
// statement. The ONNX export must serialize (where libonnx is built in).
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/ModelFile.h"
#ifdef NEURONA_FUZZ_ONNX
#include "neurona/core/export/OnnxExporter.h"
#endif

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

// Printable ASCII and line feeds only; the number of lines.
std::size_t checkedLines(const std::string& text) {
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u != '\n' && (u < 0x20 || u >= 0x7f)) std::abort();
  }
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

template <class Generate> void checkExport(const neurona::Model& m, const neurona::Model& plain, Generate generate) {
  if (checkedLines(generate(m)) != checkedLines(generate(plain))) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = neurona::ModelFile::parse(text);
  if (!loaded.ok()) return 0;
  const neurona::Model& m = loaded.value;
  // The exporters write every weight as text: keep the fuzzer to models of a sensible size.
  if (neurona::summarize(m.spec, m.featureCount()).totalParams > 100'000) return 0;
  neurona::Model plain = m;
  for (std::size_t i = 0; i < plain.inputs.size(); ++i) plain.inputs[i] = std::string("n").append(std::to_string(i));
  for (std::size_t k = 0; k < plain.classes.size(); ++k) plain.classes[k] = std::string("c").append(std::to_string(k));
  checkExport(m, plain, [](const neurona::Model& x) { return neurona::NumpyExporter::generate(x); });
  checkExport(m, plain, [](const neurona::Model& x) { return neurona::PytorchExporter::generate(x); });
  checkExport(m, plain, [](const neurona::Model& x) { return neurona::KerasExporter::generate(x); });
  checkExport(m, plain, [](const neurona::Model& x) { return neurona::CppHeaderExporter::generate(x); });
#ifdef NEURONA_FUZZ_ONNX
  if (neurona::OnnxExporter::serialize(m).empty()) std::abort();
#endif
  return 0;
}
