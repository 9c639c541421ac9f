// This copy's table of kernels, named after the widest instruction set the compiler targets for it.
#include "kernels/KernelImpl.h"

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace {

#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512DQ__) && defined(__AVX512VL__)
constexpr KernelSet kSet = KernelSet::Avx512;
#elif defined(__AVX2__) && defined(__FMA__)
constexpr KernelSet kSet = KernelSet::Avx2;
#else
constexpr KernelSet kSet = KernelSet::Baseline;
#endif

template <class T> constexpr KernelTable<T> tableOf() {
  return {&denseForward<T>,   &denseBackward<T>,      &activationForward<T>,  &activationBackward<T>,
          &lossSum<T>,        &lossGradientOutput<T>, &lossGradientLogits<T>, &batchNormTrain<T>,
          &batchNormInfer<T>, &batchNormBackward<T>,  &optimizerUpdate<T>,    &countCorrect<T>,
          &maxPoolWindow<T>,  &maxPoolRoute<T>};
}

} // namespace

const KernelTables kTables = {kSet, tableOf<float>(), tableOf<double>()};

} // namespace neurona::kernels::NEURONA_KERNEL_NS
