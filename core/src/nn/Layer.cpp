#include "neurona/core/nn/Layer.h"

namespace neurona {

template <class T> LayerParams BasicLayer<T>::params() const {
  LayerParams p;
  p.id = m_id;
  return p;
}

template <class T> bool BasicLayer<T>::setParams(const LayerParams& p) { return p.id == m_id; }

template class BasicLayer<float>;
template class BasicLayer<double>;

} // namespace neurona
