#pragma once
// Runs a test body once under every kernel set this machine can run (neurona/core/cpu/KernelSet.h), so that
// the numeric checks hold for each compiled copy of the kernels, not only for the one the CPU picks.
#include "neurona/core/cpu/KernelSet.h"

#include <gtest/gtest.h>

#include <string>

namespace neurona::test {

template <class Body> void forEachKernelSet(Body&& body) {
  const KernelSet before = activeKernelSet();
  for (KernelSet s : availableKernelSets()) {
    SCOPED_TRACE("kernel set " + std::string(toString(s)));
    ASSERT_TRUE(useKernelSet(s));
    body();
  }
  useKernelSet(before);
}

} // namespace neurona::test
