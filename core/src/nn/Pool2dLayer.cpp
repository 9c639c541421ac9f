#include "neurona/core/nn/Pool2dLayer.h"

#include <algorithm>

namespace neurona {

template <class T>
BasicPool2dLayer<T>::BasicPool2dLayer(const LayerSpec& spec, const TensorShape& input)
    : BasicLayer<T>(spec.id, input.features), m_geometry(WindowGeometry::of(spec, input)),
      m_max(spec.type == LayerType::MaxPool2d) {
  if (!isPool(spec.type)) throw std::invalid_argument("Pool2dLayer: not a pooling layer");
}

template <class T>
void BasicPool2dLayer<T>::window(int oh, int ow, int& h0, int& h1, int& w0, int& w1) const {
  const WindowGeometry& g = m_geometry;
  h0 = std::max(g.inputRow(oh, 0), 0);
  h1 = std::min(g.inputRow(oh, g.windowHeight), g.inHeight);
  w0 = std::max(g.inputColumn(ow, 0), 0);
  w1 = std::min(g.inputColumn(ow, g.windowWidth), g.inWidth);
}

template <class T>
void BasicPool2dLayer<T>::pool(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out,
                               Eigen::MatrixXi* winner) const {
  const WindowGeometry& g = m_geometry;
  const Eigen::Index n = x.rows();
  const int c = g.channels;
  out.resize(n, outputs());
  if (winner) winner->resize(n, outputs());
  for (int oh = 0; oh < g.outHeight; ++oh)
    for (int ow = 0; ow < g.outWidth; ++ow) {
      int h0, h1, w0, w1;
      window(oh, ow, h0, h1, w0, w1); // never empty: padding is less than a window (Shapes.h)
      for (int ch = 0; ch < c; ++ch) {
        const Eigen::Index j = (static_cast<Eigen::Index>(oh) * g.outWidth + ow) * c + ch;
        auto o = out.col(j);
        const int first = g.feature(h0, w0, ch);
        o = x.col(first);
        if (m_max) {
          if (winner) winner->col(j).setConstant(first);
          for (int h = h0; h < h1; ++h)
            for (int w = w0; w < w1; ++w) {
              const int f = g.feature(h, w, ch);
              if (f == first) continue;
              for (Eigen::Index i = 0; i < n; ++i)
                if (x(i, f) > o(i)) { // strictly greater: the first maximum keeps its place
                  o(i) = x(i, f);
                  if (winner) (*winner)(i, j) = f;
                }
            }
        } else {
          for (int h = h0; h < h1; ++h)
            for (int w = w0; w < w1; ++w) {
              const int f = g.feature(h, w, ch);
              if (f != first) o += x.col(f);
            }
          o /= static_cast<T>((h1 - h0) * (w1 - w0)); // the cells inside the image only
        }
      }
    }
}

template <class T> void BasicPool2dLayer<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode, Rng&) {
  pool(x, m_out, m_max ? &m_winner : nullptr);
}

template <class T>
void BasicPool2dLayer<T>::infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  pool(x, out, nullptr);
}

template <class T>
void BasicPool2dLayer<T>::backward(const Eigen::Ref<const MatrixT<T>>& x,
                                   const Eigen::Ref<const MatrixT<T>>& dOut, MatrixT<T>* dx) {
  if (!dx) return; // no parameters
  const WindowGeometry& g = m_geometry;
  const Eigen::Index n = x.rows();
  dx->setZero(n, g.inputFeatures());
  if (m_max) {
    // ∂out/∂x is 1 at the winning cell and 0 elsewhere
    for (Eigen::Index j = 0; j < dOut.cols(); ++j)
      for (Eigen::Index i = 0; i < n; ++i) (*dx)(i, m_winner(i, j)) += dOut(i, j);
    return;
  }
  const int c = g.channels;
  for (int oh = 0; oh < g.outHeight; ++oh)
    for (int ow = 0; ow < g.outWidth; ++ow) {
      int h0, h1, w0, w1;
      window(oh, ow, h0, h1, w0, w1);
      const T share = T(1) / static_cast<T>((h1 - h0) * (w1 - w0)); // ∂mean/∂cell
      for (int ch = 0; ch < c; ++ch) {
        const Eigen::Index j = (static_cast<Eigen::Index>(oh) * g.outWidth + ow) * c + ch;
        for (int h = h0; h < h1; ++h)
          for (int w = w0; w < w1; ++w) dx->col(g.feature(h, w, ch)) += share * dOut.col(j);
      }
    }
}

template class BasicPool2dLayer<float>;
template class BasicPool2dLayer<double>;

} // namespace neurona
