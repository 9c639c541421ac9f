// libFuzzer harness: any bytes through the CSV reader must give a dataset or an error, never a crash,
// and an accepted dataset must be whole (consistent sizes, finite features).
#include "neurona/core/data/CsvReader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool drop : {false, true}) {
    neurona::CsvOptions options;
    options.dropMissingRows = drop;
    const neurona::CsvResult r = neurona::CsvReader::readString(text, options);
    if (!r.ok()) continue;
    const neurona::Dataset& d = r.dataset;
    if (d.samples() == 0 || d.featureCount() == 0) std::abort();
    if (static_cast<std::size_t>(d.featureCount()) != d.featureNames.size()) std::abort();
    if (!d.features.allFinite()) std::abort();
    if (neurona::isClassification(d.task)) {
      if (d.labels.size() != d.samples()) std::abort();
      for (int k : d.labels)
        if (k < 0 || k >= d.classCount()) std::abort();
    } else if (d.targets.size() != d.samples()) {
      std::abort();
    }
  }
  return 0;
}
