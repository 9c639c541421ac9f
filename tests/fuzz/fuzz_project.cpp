// libFuzzer harness: any text through the project-file loader gives a project or an error; an
// accepted project must serialise again and load back.
#include "neurona/core/io/ProjectFile.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = neurona::ProjectFile::parse(text);
  if (!loaded.ok()) return 0;
  const std::string again = neurona::ProjectFile::serialize(loaded.value);
  if (!neurona::ProjectFile::parse(again).ok()) std::abort();
  return 0;
}
