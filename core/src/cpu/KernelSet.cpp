#include "neurona/core/cpu/KernelSet.h"

#include "kernels/KernelTable.h"

#include <array>
#include <atomic>
#include <vector>

// The copies of the kernels this build contains (core/CMakeLists.txt compiles one per set and defines
// NEURONA_KERNELS_AVX2 / NEURONA_KERNELS_AVX512 for the wider ones). The baseline copy is always there;
// in a NEURONA_NATIVE build it is the only one, compiled for the build machine.
namespace neurona::kernels {
namespace baseline {
extern const KernelTables kTables;
}
#if defined(NEURONA_KERNELS_AVX2)
namespace avx2 {
extern const KernelTables kTables;
}
#endif
#if defined(NEURONA_KERNELS_AVX512)
namespace avx512 {
extern const KernelTables kTables;
}
#endif
} // namespace neurona::kernels

namespace neurona {

namespace {

using kernels::KernelTables;

constexpr std::array<std::string_view, 3> kNames = {"baseline", "avx2", "avx512"};

// Every compiled copy, narrowest first.
const std::vector<const KernelTables*>& compiledTables() {
  static const std::vector<const KernelTables*> tables = {
      &kernels::baseline::kTables,
#if defined(NEURONA_KERNELS_AVX2)
      &kernels::avx2::kTables,
#endif
#if defined(NEURONA_KERNELS_AVX512)
      &kernels::avx512::kTables,
#endif
  };
  return tables;
}

const KernelTables* tablesOf(KernelSet s) {
  for (const KernelTables* t : compiledTables())
    if (t->set == s) return t;
  return nullptr;
}

// The baseline copy is compiled like the rest of the program (for the build machine in a native build), so
// it runs wherever the program runs.
bool runnable(const KernelTables* t) { return t == compiledTables().front() || cpuSupports(t->set); }

std::atomic<const KernelTables*> g_active{nullptr};

} // namespace

std::string_view toString(KernelSet s) { return kNames[static_cast<std::size_t>(s)]; }

std::optional<KernelSet> kernelSetFromString(std::string_view s) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == s) return static_cast<KernelSet>(i);
  return std::nullopt;
}

std::span<const KernelSet> compiledKernelSets() {
  static const std::vector<KernelSet> sets = [] {
    std::vector<KernelSet> v;
    for (const KernelTables* t : compiledTables()) v.push_back(t->set);
    return v;
  }();
  return sets;
}

bool cpuSupports(KernelSet s) {
  switch (s) {
  case KernelSet::Baseline: return true;
#if defined(__x86_64__) && defined(__GNUC__)
  // What -march=x86-64-v3 and -v4 let the compiler use (GCC's checks include the operating system's
  // support for the wider registers).
  case KernelSet::Avx2:
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi") &&
           __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
  case KernelSet::Avx512:
    return cpuSupports(KernelSet::Avx2) && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512dq") &&
           __builtin_cpu_supports("avx512vl");
#else
  default: return false;
#endif
  }
  return false;
}

std::span<const KernelSet> availableKernelSets() {
  static const std::vector<KernelSet> sets = [] {
    std::vector<KernelSet> v;
    for (const KernelTables* t : compiledTables())
      if (runnable(t)) v.push_back(t->set);
    return v;
  }();
  return sets;
}

KernelSet bestKernelSet() { return availableKernelSets().back(); }

KernelSet activeKernelSet() { return kernels::activeTables().set; }

bool useKernelSet(KernelSet s) {
  const KernelTables* t = tablesOf(s);
  if (!t || !runnable(t)) return false;
  g_active.store(t, std::memory_order_release);
  return true;
}

KernelRequest requestKernelSet(const char* name) {
  KernelRequest r;
  r.set = bestKernelSet();
  if (!name || !*name) return r;
  r.name = name;
  const std::optional<KernelSet> s = kernelSetFromString(r.name);
  if (!s) {
    r.error = KernelRequestError::UnknownName;
  } else if (const KernelTables* t = tablesOf(*s); !t || !runnable(t)) {
    r.error = KernelRequestError::NotAvailable;
  } else {
    r.set = *s;
  }
  return r;
}

namespace kernels {

const KernelTables& activeTables() {
  const KernelTables* t = g_active.load(std::memory_order_acquire);
  if (!t) {
    // First use: the best set. Two threads arriving together pick the same one.
    const KernelTables* best = tablesOf(bestKernelSet());
    if (g_active.compare_exchange_strong(t, best, std::memory_order_acq_rel)) t = best;
  }
  return *t;
}

} // namespace kernels

} // namespace neurona
