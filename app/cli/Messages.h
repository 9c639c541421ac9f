#pragma once
// The sentences neurona-cli prints for core's error codes (core itself returns codes plus data).
#include "neurona/core/cpu/KernelSet.h"
#include "neurona/core/data/CsvReader.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/FileError.h"

#include <cstdint>
#include <string>

namespace neurona::cli {

// "FILE: JSONPATH: what is wrong" / "FILE:LINE:COLUMN: what is wrong".
std::string describe(const FileError& e);
// One validation diagnostic of a network, e.g. "network.layers[2]: softmax is only allowed on the output
// layer".
std::string describe(const Diagnostic& d, const NetworkSpec& spec);
// A refused NEURONA_KERNELS, e.g. "NEURONA_KERNELS=avx512: this computer cannot run the avx512 kernels
// (available: baseline, avx2)".
std::string describe(const KernelRequest& r);
// A size for people: "830 KB", "490 MB", "7.5 GB".
std::string bytesText(std::int64_t bytes);

} // namespace neurona::cli
