#pragma once
// The engine's numeric code (layer forward and backward, activations, losses, optimizer updates, and so
// the grid evaluator) is compiled more than once, for successive generations of x86-64, and one copy is
// chosen at run time from the CPU, as NumPy and OpenBLAS do. One binary then runs everywhere and uses
// what the machine has:
//   baseline  x86-64 (SSE2), or the processor's own default elsewhere (NEON on aarch64)
//   avx2      x86-64-v3: AVX2 and FMA
//   avx512    x86-64-v4: AVX-512 F/BW/CD/DQ/VL
// A build with -DNEURONA_NATIVE=ON compiles one set only, for the build machine, and names it after the
// widest of these that the compiler targets.
//
// The best set the CPU supports is used unless the process asks for another with useKernelSet(), which
// neurona-cli does from the environment variable NEURONA_KERNELS (for tests and bug reports).
// Results agree between sets to rounding (FMA and wider sums round differently), so a run is bit for bit
// reproducible on one machine with one set.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace neurona {

enum class KernelSet { Baseline, Avx2, Avx512 };

std::string_view toString(KernelSet s); // "baseline", "avx2", "avx512"
std::optional<KernelSet> kernelSetFromString(std::string_view s);

// The sets this build contains (baseline first), whether or not the CPU can run them.
std::span<const KernelSet> compiledKernelSets();
// Whether this CPU (and its operating system) can run the set.
bool cpuSupports(KernelSet s);
// compiledKernelSets() that this CPU supports, narrowest first.
std::span<const KernelSet> availableKernelSets();
// The widest available set: what a process uses unless told otherwise.
KernelSet bestKernelSet();

// The set in use.
KernelSet activeKernelSet();
// Switches every later kernel call of the process to `s`. False (and nothing changed) when the set is not
// available. Meant for the start of a process, or between tests; a call while another thread computes
// lets that thread finish its current kernel with the old set.
bool useKernelSet(KernelSet s);

// A request for a kernel set by name, as NEURONA_KERNELS gives it.
enum class KernelRequestError { None, UnknownName, NotAvailable };
struct KernelRequest {
  KernelSet set = KernelSet::Baseline; // the set to use when error is None
  KernelRequestError error = KernelRequestError::None;
  std::string name;                    // the name asked for (for messages)
};
// No name (null or empty): the best set. A known name: that set when available, else NotAvailable.
// Anything else: UnknownName. Nothing is switched; pass the set to useKernelSet().
KernelRequest requestKernelSet(const char* name);

// The environment variable neurona-cli reads.
inline constexpr const char* kKernelsVariable = "NEURONA_KERNELS";

} // namespace neurona
