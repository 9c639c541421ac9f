#include "neurona/core/nn/MergeLayer.h"

#include "neurona/core/nn/Activation.h"

#include <numeric>
#include <utility>

namespace neurona {

template <class T>
BasicMergeLayer<T>::BasicMergeLayer(const LayerSpec& spec, std::vector<int> blockWidths)
    : BasicLayer<T>(spec.id, std::accumulate(blockWidths.begin(), blockWidths.end(), 0)), m_type(spec.type),
      m_activation(spec.activation), m_alpha(static_cast<T>(spec.activationAlpha())),
      m_blocks(std::move(blockWidths)),
      m_outputs(spec.type == LayerType::Add && !m_blocks.empty() ? m_blocks.front() : this->m_inputs) {}

template <class T>
void BasicMergeLayer<T>::merge(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& z) const {
  if (m_type == LayerType::Concat) {
    z = x;
    return;
  }
  // add: z = Σ_k x.middleCols(k·w, w); validation guarantees equal widths.
  const Eigen::Index w = m_outputs;
  z = x.leftCols(w);
  for (std::size_t k = 1; k < m_blocks.size(); ++k) z += x.middleCols(static_cast<Eigen::Index>(k) * w, w);
}

template <class T> void BasicMergeLayer<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode, Rng&) {
  merge(x, m_z);
  activationForward<T>(m_activation, m_alpha, m_z, m_a);
}

template <class T>
void BasicMergeLayer<T>::infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  MatrixT<T> z;
  merge(x, z);
  activationForward<T>(m_activation, m_alpha, z, out);
}

template <class T>
void BasicMergeLayer<T>::backward(const Eigen::Ref<const MatrixT<T>>&,
                                  const Eigen::Ref<const MatrixT<T>>& dOut, MatrixT<T>* dx) {
  if (!dx) return;
  // dz = f'(z) ⊙ ∂L/∂a; concat: ∂L/∂x = dz; add: every block receives dz (∂z/∂x_k = I).
  activationBackward<T>(m_activation, m_alpha, m_z, m_a, dOut, m_dz);
  if (m_type == LayerType::Concat) {
    *dx = m_dz;
    return;
  }
  const Eigen::Index w = m_outputs;
  dx->resize(m_dz.rows(), this->m_inputs);
  for (std::size_t k = 0; k < m_blocks.size(); ++k)
    dx->middleCols(static_cast<Eigen::Index>(k) * w, w) = m_dz;
}

template class BasicMergeLayer<float>;
template class BasicMergeLayer<double>;

} // namespace neurona
