#include "neurona/core/nn/Pool2dLayer.h"

#include "kernels/Views.h"

#include <algorithm>
#include <vector>

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

template <class T> int BasicPool2dLayer<T>::windowFeatures(int oh, int ow, int ch, T* features) const {
  int h0, h1, w0, w1;
  window(oh, ow, h0, h1, w0, w1);
  int count = 0;
  for (int h = h0; h < h1; ++h)
    for (int w = w0; w < w1; ++w) features[count++] = static_cast<T>(m_geometry.feature(h, w, ch));
  return count;
}

template <class T>
void BasicPool2dLayer<T>::pool(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out,
                               MatrixT<T>* winner) const {
  const WindowGeometry& g = m_geometry;
  const Eigen::Index n = x.rows();
  const int c = g.channels;
  out.resize(n, outputs());
  if (winner) winner->resize(n, outputs());
  // a max window's cells (columns of x) and their feature indices, for the kernel
  std::vector<const T*> cells(static_cast<std::size_t>(g.windowHeight) * g.windowWidth);
  std::vector<T> indices(cells.size());
  for (int oh = 0; oh < g.outHeight; ++oh)
    for (int ow = 0; ow < g.outWidth; ++ow) {
      int h0, h1, w0, w1;
      window(oh, ow, h0, h1, w0, w1); // never empty: padding is less than a window (Shapes.h)
      for (int ch = 0; ch < c; ++ch) {
        const Eigen::Index j = (static_cast<Eigen::Index>(oh) * g.outWidth + ow) * c + ch;
        auto o = out.col(j);
        if (m_max) {
          // the window's cells as columns of the batch, for one kernel call
          const int count = windowFeatures(oh, ow, ch, indices.data());
          for (int i = 0; i < count; ++i) cells[i] = x.col(static_cast<Eigen::Index>(indices[i])).data();
          kernels::table<T>().maxPoolWindow(cells.data(), indices.data(), count, n, o.data(),
                                            winner ? winner->col(j).data() : nullptr);
        } else {
          const int first = g.feature(h0, w0, ch);
          o = x.col(first);
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
  const int c = g.channels;
  if (m_max) {
    // ∂out/∂x is 1 at the winning cell and 0 elsewhere. When the windows tile the image, each cell is
    // written once and dx needs no clearing first; otherwise the windows add up.
    const bool tiles = g.tilesInput();
    if (tiles)
      dx->resize(n, g.inputFeatures());
    else
      dx->setZero(n, g.inputFeatures());
    std::vector<T*> cells(static_cast<std::size_t>(g.windowHeight) * g.windowWidth);
    std::vector<T> indices(cells.size());
    for (int oh = 0; oh < g.outHeight; ++oh)
      for (int ow = 0; ow < g.outWidth; ++ow)
        for (int ch = 0; ch < c; ++ch) {
          const Eigen::Index j = (static_cast<Eigen::Index>(oh) * g.outWidth + ow) * c + ch;
          const int count = windowFeatures(oh, ow, ch, indices.data());
          for (int i = 0; i < count; ++i) cells[i] = dx->col(static_cast<Eigen::Index>(indices[i])).data();
          kernels::table<T>().maxPoolRoute(dOut.col(j).data(), m_winner.col(j).data(), cells.data(),
                                           indices.data(), count, n, !tiles);
        }
    return;
  }
  dx->setZero(n, g.inputFeatures());
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
