#pragma once
// An optimizer updates the parameter paramSlots from their gradients, one step at a time, with PyTorch
// 1.13's update rules. Its state (moments, momentum buffers, accumulators) is indexed by slot position
// and sized on the first step.
#include "neurona/core/nn/Layer.h"
#include "neurona/core/optim/OptimizerConfig.h"

#include <memory>
#include <span>
#include <vector>

namespace neurona {

template <class T> class BasicOptimizer {
public:
  explicit BasicOptimizer(const OptimizerConfig& config) : m_config(config) {}
  virtual ~BasicOptimizer() = default;
  BasicOptimizer(const BasicOptimizer&) = delete;
  BasicOptimizer& operator=(const BasicOptimizer&) = delete;

  // value ← update(value, grad) for every slot. The paramSlots must be the same (count and sizes) every step.
  // Returns false when a new value is not finite (the step diverged). When `previous` is given, the values
  // before the step are written there, slot after slot as BasicNetwork::copyParameters lays them out (as
  // many as the slots hold), in the same pass: a caller that keeps them can put them back with
  // loadParameters() at no other cost.
  bool step(std::span<const ParamSlot<T>> paramSlots, T* previous = nullptr);
  // Forget all state (as a freshly constructed PyTorch optimizer).
  void reset();

  const OptimizerConfig& config() const { return m_config; }
  double learningRate() const { return m_config.learningRate; }
  void setLearningRate(double lr) { m_config.learningRate = lr; }
  long long steps() const { return m_steps; }
  // The state vectors of slot `slot` after the last step (empty before the first), in the order each
  // optimizer keeps them: sgd [velocity] (with momentum); adam/adamw [m, v(, max v with amsgrad)];
  // rmsprop [square average, gradient average, momentum buffer]; adagrad [sum of squares].
  std::span<const VectorT<T>> state(std::size_t slot) const {
    if (slot >= m_state.size()) return {};
    return m_state[slot];
  }

protected:
  // Called once per slot per step; t is the 1-based step count. state holds stateVectors() vectors of
  // the slot's size (zero on the first step unless initialState() says otherwise). previous: as in step(),
  // for this slot. Returns false when a new value is not finite.
  virtual bool update(Eigen::Map<VectorT<T>> value, Eigen::Map<const VectorT<T>> grad,
                      std::vector<VectorT<T>>& state, long long t, T* previous) = 0;
  virtual int stateVectors() const = 0;
  virtual T initialState(int /*vector*/) const { return T(0); }

  OptimizerConfig m_config;

private:
  std::vector<std::vector<VectorT<T>>> m_state; // [slot][vector]
  long long m_steps = 0;
};

// Builds the optimizer named in config.name; nullptr for an unknown name.
template <class T> std::unique_ptr<BasicOptimizer<T>> makeOptimizer(const OptimizerConfig& config);

using Optimizer = BasicOptimizer<float>;

extern template class BasicOptimizer<float>;
extern template class BasicOptimizer<double>;
extern template std::unique_ptr<BasicOptimizer<float>> makeOptimizer<float>(const OptimizerConfig&);
extern template std::unique_ptr<BasicOptimizer<double>> makeOptimizer<double>(const OptimizerConfig&);

} // namespace neurona
