#include "neurona/core/optim/Optimizer.h"

#include "neurona/core/optim/Adagrad.h"
#include "neurona/core/optim/Adam.h"
#include "neurona/core/optim/AdamW.h"
#include "neurona/core/optim/RmsProp.h"
#include "neurona/core/optim/Sgd.h"

namespace neurona {

template <class T> bool BasicOptimizer<T>::step(std::span<const ParamSlot<T>> paramSlots, T* previous) {
  if (m_state.size() != paramSlots.size()) {
    m_state.assign(paramSlots.size(), {});
    m_steps = 0;
  }
  ++m_steps;
  const int vectors = stateVectors();
  bool finite = true;
  for (std::size_t i = 0; i < paramSlots.size(); ++i) {
    const ParamSlot<T>& s = paramSlots[i];
    std::vector<VectorT<T>>& st = m_state[i];
    if (static_cast<int>(st.size()) != vectors || (vectors > 0 && st[0].size() != s.size)) {
      st.resize(static_cast<std::size_t>(vectors));
      for (int v = 0; v < vectors; ++v) st[static_cast<std::size_t>(v)].setConstant(s.size, initialState(v));
    }
    finite = update(Eigen::Map<VectorT<T>>(s.value, s.size), Eigen::Map<const VectorT<T>>(s.grad, s.size), st, m_steps,
                    previous) &&
             finite;
    if (previous) previous += s.size;
  }
  return finite;
}

template <class T> void BasicOptimizer<T>::reset() {
  m_state.clear();
  m_steps = 0;
}

template <class T> std::unique_ptr<BasicOptimizer<T>> makeOptimizer(const OptimizerConfig& c) {
  if (c.name == "sgd") return std::make_unique<BasicSgd<T>>(c);
  if (c.name == "adam") return std::make_unique<BasicAdam<T>>(c);
  if (c.name == "adamw") return std::make_unique<BasicAdamW<T>>(c);
  if (c.name == "rmsprop") return std::make_unique<BasicRmsProp<T>>(c);
  if (c.name == "adagrad") return std::make_unique<BasicAdagrad<T>>(c);
  return nullptr;
}

template class BasicOptimizer<float>;
template class BasicOptimizer<double>;
template std::unique_ptr<BasicOptimizer<float>> makeOptimizer<float>(const OptimizerConfig&);
template std::unique_ptr<BasicOptimizer<double>> makeOptimizer<double>(const OptimizerConfig&);

} // namespace neurona
