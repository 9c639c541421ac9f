#pragma once
// The runnable form of one spec layer. A batch is samples × features (column-major), so every unit is
// one contiguous column across the batch.
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"
#include "neurona/core/nn/LayerParams.h"

#include <memory>
#include <vector>

namespace neurona {

enum class Mode { Train, Inference };

// One learnable tensor: its values and gradient (contiguous, `size` entries). Optimizer state is indexed
// by the slot's position in BasicNetwork::paramSlots(). Only dense weights (isWeight) receive L1/L2.
template <class T> struct ParamSlot {
  T* value = nullptr;
  T* grad = nullptr;
  Eigen::Index size = 0;
  bool isWeight = false;
  LayerId layer = kNoLayer;
  double l1 = 0.0; // the layer's own penalties (the run's global ones are added by the trainer)
  double l2 = 0.0;
};

template <class T> class BasicLayer {
public:
  virtual ~BasicLayer() = default;
  virtual std::unique_ptr<BasicLayer> clone() const = 0;
  virtual LayerType type() const = 0;
  LayerId id() const { return m_id; }
  int inputs() const { return m_inputs; }
  virtual int outputs() const { return m_inputs; }

  // Training-path forward: keeps what backward needs; the result is output().
  virtual void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) = 0;
  virtual const MatrixT<T>& output() const = 0;
  // Given ∂L/∂output, accumulate nothing: overwrite this layer's parameter gradients and, when dx is not
  // null, write ∂L/∂x. x is the input given to the last forward().
  virtual void backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                        MatrixT<T>* dx) = 0;
  // Inference-only forward into a caller's buffer; const, so several threads may share one network.
  virtual void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const = 0;

  virtual void appendSlots(std::vector<ParamSlot<T>>& paramSlots) { (void)paramSlots; }
  virtual LayerParams params() const;
  virtual bool setParams(const LayerParams& p); // false when shapes differ
  virtual std::int64_t parameterCount() const { return 0; }

protected:
  BasicLayer(LayerId id, int inputs) : m_id(id), m_inputs(inputs) {}
  BasicLayer(const BasicLayer&) = default;
  BasicLayer& operator=(const BasicLayer&) = default;
  LayerId m_id;
  int m_inputs;
};

extern template class BasicLayer<float>;
extern template class BasicLayer<double>;

} // namespace neurona
