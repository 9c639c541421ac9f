// libFuzzer harness: any text through the model-file loader gives a model or an error with a JSON
// path; an accepted model must predict without crashing on a row of zeros.
#include "neurona/core/io/Model.h"
#include "neurona/core/io/ModelFile.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = neurona::ModelFile::parse(text);
  if (!loaded.ok()) return 0;
  const neurona::Model& m = loaded.value;
  const neurona::MatrixD x = neurona::MatrixD::Zero(1, static_cast<Eigen::Index>(m.inputs.size()));
  (void)neurona::predictModel(m, x);
  (void)neurona::ModelFile::serialize(m);
  return 0;
}
