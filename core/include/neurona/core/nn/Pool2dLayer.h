#pragma once
// Max or average pooling over channels-last images, each channel on its own (Keras MaxPooling2D and
// AveragePooling2D, TensorFlow's padding):
//   max: out[n, oh, ow, c] = max over the window's cells inside the image (padding never wins)
//   avg: out[n, oh, ow, c] = mean over the window's cells inside the image (padding not counted, as Keras
//        "same" does; a "valid" window is always whole)
// Backward: max routes each gradient to the cell that won (the first on ties), avg spreads it evenly.
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/graph/Shapes.h"
#include "neurona/core/nn/Layer.h"
#include "neurona/core/nn/WindowGeometry.h"

namespace neurona {

template <class T> class BasicPool2dLayer final : public BasicLayer<T> {
public:
  // spec.type: MaxPool2d or AvgPool2d. Throws std::invalid_argument when `input` is not an image the
  // pool fits.
  BasicPool2dLayer(const LayerSpec& spec, const TensorShape& input);
  std::unique_ptr<BasicLayer<T>> clone() const override { return std::make_unique<BasicPool2dLayer>(*this); }
  LayerType type() const override { return m_max ? LayerType::MaxPool2d : LayerType::AvgPool2d; }
  int outputs() const override { return m_geometry.positions() * m_geometry.channels; }
  const WindowGeometry& geometry() const { return m_geometry; }

  void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) override;
  const MatrixT<T>& output() const override { return m_out; }
  void backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                MatrixT<T>* dx) override;
  void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const override;

private:
  // out = the pool of x; for max, `winner` (when not null) gets each output's input feature.
  void pool(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out, MatrixT<T>* winner) const;
  // The window's rows [h0, h1) and columns [w0, w1) inside the image, for output (oh, ow).
  void window(int oh, int ow, int& h0, int& h1, int& w0, int& w1) const;
  // The input features of output (oh, ow)'s window in channel ch, inside the image, as T for the max-pool
  // kernels; returns how many (at most windowHeight·windowWidth).
  int windowFeatures(int oh, int ow, int ch, T* features) const;

  WindowGeometry m_geometry;
  bool m_max;
  MatrixT<T> m_out; // of the last training forward
  // max: the input feature each output of the last training forward came from, kept as a T so that the
  // forward's compare-and-select loop vectorises (feature indices are far below 2^24, exact in a float)
  MatrixT<T> m_winner;
};

extern template class BasicPool2dLayer<float>;
extern template class BasicPool2dLayer<double>;

} // namespace neurona
