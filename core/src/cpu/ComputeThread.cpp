#include "neurona/core/cpu/ComputeThread.h"

#include <cstdint>

#if defined(__x86_64__) || defined(_M_X64) || defined(__i386__)
#include <xmmintrin.h>
#define NEURONA_MXCSR 1
#endif

namespace neurona {

namespace {

#if defined(NEURONA_MXCSR)
constexpr unsigned kFlushToZero = 0x8000;     // MXCSR.FTZ: subnormal results become 0
constexpr unsigned kDenormalsAreZero = 0x0040; // MXCSR.DAZ: subnormal inputs read as 0
#elif defined(__aarch64__)
constexpr std::uint64_t kFpcrFz = std::uint64_t{1} << 24; // FPCR.FZ: both directions at once

std::uint64_t readFpcr() {
  std::uint64_t v;
  asm volatile("mrs %0, fpcr" : "=r"(v));
  return v;
}
#endif

} // namespace

void enterComputeThread() {
#if defined(NEURONA_MXCSR)
  _mm_setcsr(_mm_getcsr() | kFlushToZero | kDenormalsAreZero);
#elif defined(__aarch64__)
  const std::uint64_t v = readFpcr() | kFpcrFz;
  asm volatile("msr fpcr, %0" : : "r"(v));
#endif
}

bool subnormalsFlushed() {
#if defined(NEURONA_MXCSR)
  const unsigned both = kFlushToZero | kDenormalsAreZero;
  return (_mm_getcsr() & both) == both;
#elif defined(__aarch64__)
  return (readFpcr() & kFpcrFz) != 0;
#else
  return false;
#endif
}

} // namespace neurona
