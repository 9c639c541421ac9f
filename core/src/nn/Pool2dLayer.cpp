#include "neurona/core/nn/Pool2dLayer.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <type_traits>

namespace neurona {
namespace {

// best = max(best, cell), and where cell wins, from = index: branch-free over restrict pointers, so that the
// compiler vectorises it. Strictly greater: on a tie the first maximum keeps its place.
template <class T>
void keepGreater(const T* __restrict cell, T* __restrict best, T* __restrict from, T index, Eigen::Index n) {
  // The choice as a bit mask (all ones where the cell wins) on the values' bits: exact, and integer
  // and/or that the baseline instruction set vectorises, where a branch or a blend would not.
  using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
  const Bits indexBits = std::bit_cast<Bits>(index);
  for (Eigen::Index i = 0; i < n; ++i) {
    const Bits wins = Bits(0) - static_cast<Bits>(cell[i] > best[i]);
    best[i] =
        std::bit_cast<T>((std::bit_cast<Bits>(cell[i]) & wins) | (std::bit_cast<Bits>(best[i]) & ~wins));
    from[i] = std::bit_cast<T>((indexBits & wins) | (std::bit_cast<Bits>(from[i]) & ~wins));
  }
}

// to += from where the cell won (from_i = index), as a bit mask on the values' bits like keepGreater
template <class T>
void addWhereWon(const T* __restrict from, const T* __restrict winner, T index, T* __restrict to,
                 Eigen::Index n) {
  using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
  for (Eigen::Index i = 0; i < n; ++i) {
    const Bits won = Bits(0) - static_cast<Bits>(winner[i] == index);
    to[i] += std::bit_cast<T>(std::bit_cast<Bits>(from[i]) & won);
  }
}

} // namespace

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
                               MatrixT<T>* winner) const {
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
          T* best = o.data();
          T* from = winner ? winner->col(j).data() : nullptr;
          if (from) std::fill(from, from + n, static_cast<T>(first));
          for (int h = h0; h < h1; ++h)
            for (int w = w0; w < w1; ++w) {
              const int f = g.feature(h, w, ch);
              if (f == first) continue;
              if (from)
                keepGreater(x.col(f).data(), best, from, static_cast<T>(f), n);
              else
                o = o.cwiseMax(x.col(f));
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
  const int c = g.channels;
  if (m_max) {
    // ∂out/∂x is 1 at the winning cell and 0 elsewhere: each cell of the window takes the gradient where it
    // won, column against column (vectorised), rather than one scattered sample at a time
    for (int oh = 0; oh < g.outHeight; ++oh)
      for (int ow = 0; ow < g.outWidth; ++ow) {
        int h0, h1, w0, w1;
        window(oh, ow, h0, h1, w0, w1);
        for (int ch = 0; ch < c; ++ch) {
          const Eigen::Index j = (static_cast<Eigen::Index>(oh) * g.outWidth + ow) * c + ch;
          for (int h = h0; h < h1; ++h)
            for (int w = w0; w < w1; ++w) {
              const int f = g.feature(h, w, ch);
              addWhereWon(dOut.col(j).data(), m_winner.col(j).data(), static_cast<T>(f), dx->col(f).data(),
                          n);
            }
        }
      }
    return;
  }
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
