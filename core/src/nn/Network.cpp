#include "neurona/core/nn/Network.h"

#include "neurona/core/nn/Activation.h"
#include "neurona/core/nn/Loss.h"

#include <array>
#include <stdexcept>
#include <utility>

namespace neurona {

template <class T>
BasicNetwork<T>::BasicNetwork(const NetworkSpec& spec, int inputs, Rng& rng)
    : m_spec(spec), m_inputs(inputs) {
  if (inputs < 1) throw std::invalid_argument("Network: fewer than 1 input");
  m_outputIndex = spec.outputIndex();
  if (m_outputIndex < 0 || spec.layers[static_cast<std::size_t>(m_outputIndex)].type != LayerType::Dense)
    throw std::invalid_argument("Network: the spec has no dense output layer");
  m_graph = spec.isGraph();
  const int n = static_cast<int>(spec.layers.size());
  if (m_graph && m_outputIndex != n - 1)
    throw std::invalid_argument("Network: a graph's output layer must be its last layer");
  if (spec.inputShape) {
    const std::array<int, 3>& d = *spec.inputShape;
    if (d[0] < 1 || d[1] < 1 || d[2] < 1 || static_cast<std::int64_t>(d[0]) * d[1] * d[2] != inputs)
      throw std::invalid_argument("Network: the input shape does not hold the inputs");
  }
  const std::vector<LayerTensorShape> shapes = inferShapes(spec, inputs);
  for (int i = 0; i < n; ++i) {
    const LayerSpec& l = spec.layers[static_cast<std::size_t>(i)];
    const LayerTensorShape& shape = shapes[static_cast<std::size_t>(i)];
    if (shape.issue != ShapeIssue::None)
      throw std::invalid_argument("Network: a layer's shape does not fit its input");
    std::vector<int> src = m_graph ? spec.sourcesOf(i) : std::vector<int>{i - 1};
    std::vector<int> blocks;
    for (int s : src) {
      if (s >= i) throw std::invalid_argument("Network: a layer reads a layer listed after it");
      blocks.push_back(s < 0 ? inputs : m_widths[static_cast<std::size_t>(s)]);
    }
    if (blocks.empty()) throw std::invalid_argument("Network: a layer reads nothing");
    if (!isMerge(l.type) && blocks.size() != 1)
      throw std::invalid_argument("Network: only merge layers read several");
    const int width = blocks.front();
    switch (l.type) {
    case LayerType::Dense: m_layers.push_back(std::make_unique<BasicDenseLayer<T>>(l, width, rng)); break;
    case LayerType::Add:
      for (int b : blocks)
        if (b != width) throw std::invalid_argument("Network: an add layer's inputs differ in width");
      m_layers.push_back(std::make_unique<BasicMergeLayer<T>>(l, blocks));
      break;
    case LayerType::Concat: m_layers.push_back(std::make_unique<BasicMergeLayer<T>>(l, blocks)); break;
    case LayerType::Dropout: m_layers.push_back(std::make_unique<BasicDropoutLayer<T>>(l, width)); break;
    case LayerType::BatchNorm: m_layers.push_back(std::make_unique<BasicBatchNormLayer<T>>(l, width)); break;
    case LayerType::Conv2d:
      m_layers.push_back(std::make_unique<BasicConv2dLayer<T>>(l, shape.input, rng));
      break;
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
      m_layers.push_back(std::make_unique<BasicPool2dLayer<T>>(l, shape.input));
      break;
    case LayerType::Flatten: m_layers.push_back(std::make_unique<BasicFlattenLayer<T>>(l, width)); break;
    }
    m_widths.push_back(m_layers.back()->outputs());
    m_sources.push_back(std::move(src));
  }
  m_summary = summarize(spec, inputs);
  rebuildSlots();
}

template <class T>
BasicNetwork<T>::BasicNetwork(const BasicNetwork& o)
    : m_spec(o.m_spec), m_inputs(o.m_inputs), m_summary(o.m_summary), m_outputIndex(o.m_outputIndex),
      m_graph(o.m_graph), m_sources(o.m_sources), m_widths(o.m_widths) {
  for (const auto& l : o.m_layers) m_layers.push_back(l->clone());
  rebuildSlots();
}

template <class T> BasicNetwork<T>& BasicNetwork<T>::operator=(const BasicNetwork& o) {
  if (this != &o) {
    BasicNetwork copy(o);
    *this = std::move(copy);
  }
  return *this;
}

template <class T> BasicNetwork<T>::~BasicNetwork() = default;

template <class T> void BasicNetwork<T>::rebuildSlots() {
  m_slots.clear();
  for (auto& l : m_layers) l->appendSlots(m_slots);
  m_output = static_cast<BasicDenseLayer<T>*>(m_layers[static_cast<std::size_t>(m_outputIndex)].get());
}

template <class T> template <class U> BasicNetwork<U> BasicNetwork<T>::convert() const {
  Rng rng(0);
  BasicNetwork<U> out(m_spec, m_inputs, rng);
  out.setParams(params());
  return out;
}

template <class T> ModelParams BasicNetwork<T>::params() const {
  ModelParams p;
  p.reserve(m_layers.size());
  for (const auto& l : m_layers) p.push_back(l->params());
  return p;
}

template <class T> bool BasicNetwork<T>::setParams(const ModelParams& p) {
  if (p.size() != m_layers.size()) return false;
  const ModelParams old = params();
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    if (!m_layers[i]->setParams(p[i])) {
      for (std::size_t k = 0; k < i; ++k) m_layers[k]->setParams(old[k]);
      return false;
    }
  }
  return true;
}

template <class T>
void BasicNetwork<T>::predict(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out,
                              NetworkWorkspace<T>& ws) const {
  const std::size_t n = m_layers.size();
  if (m_graph) {
    graphActivations(x, ws.perLayer, ws.gathered, static_cast<int>(n) - 1);
    out.swap(ws.perLayer.back());
    return;
  }
  if (n == 1) {
    m_layers[0]->infer(x, out);
    return;
  }
  m_layers[0]->infer(x, ws.a);
  MatrixT<T>* cur = &ws.a;
  MatrixT<T>* next = &ws.b;
  for (std::size_t i = 1; i + 1 < n; ++i) {
    m_layers[i]->infer(*cur, *next);
    std::swap(cur, next);
  }
  m_layers[n - 1]->infer(*cur, out);
}

template <class T>
void BasicNetwork<T>::predict(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  predict(x, out, m_ws);
}

template <class T>
void BasicNetwork<T>::predictWithLogits(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& logits,
                                        MatrixT<T>& out, NetworkWorkspace<T>& ws) const {
  const std::size_t oi = static_cast<std::size_t>(m_outputIndex);
  if (m_graph) { // the output is the last layer
    graphActivations(x, ws.perLayer, ws.gathered, m_outputIndex - 1);
    m_output->linear(inputOf(m_outputIndex, x, ws.perLayer, ws.gathered), logits);
    activationForward<T>(m_output->activation(), m_output->alpha(), logits, out);
    return;
  }
  MatrixT<T>* cur = &ws.a;
  MatrixT<T>* next = &ws.b;
  for (std::size_t i = 0; i < oi; ++i) {
    if (i == 0)
      m_layers[0]->infer(x, *cur);
    else {
      m_layers[i]->infer(*cur, *next);
      std::swap(cur, next);
    }
  }
  if (oi == 0)
    m_output->linear(x, logits);
  else
    m_output->linear(*cur, logits);
  activationForward<T>(m_output->activation(), m_output->alpha(), logits, out);
  for (std::size_t i = oi + 1; i < m_layers.size(); ++i) {
    m_layers[i]->infer(out, *cur);
    out.swap(*cur);
  }
}

template <class T>
void BasicNetwork<T>::activations(const Eigen::Ref<const MatrixT<T>>& x,
                                  std::vector<MatrixT<T>>& perLayer) const {
  if (m_graph) {
    MatrixT<T> gathered;
    graphActivations(x, perLayer, gathered, static_cast<int>(m_layers.size()) - 1);
    return;
  }
  perLayer.resize(m_layers.size());
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    if (i == 0)
      m_layers[0]->infer(x, perLayer[0]);
    else
      m_layers[i]->infer(perLayer[i - 1], perLayer[i]);
  }
}

template <class T>
const MatrixT<T>& BasicNetwork<T>::runForward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) {
  if (m_graph) return runGraphForward(x, mode, rng);
  m_layers[0]->forward(x, mode, rng);
  for (std::size_t i = 1; i < m_layers.size(); ++i)
    m_layers[i]->forward(m_layers[i - 1]->output(), mode, rng);
  return m_layers.back()->output();
}

template <class T>
const MatrixT<T>& BasicNetwork<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) {
  m_inputCopy = x;
  return runForward(m_inputCopy, mode, rng);
}

template <class T> T BasicNetwork<T>::loss(LossKind loss, const Eigen::Ref<const MatrixT<T>>& y) const {
  return lossValue<T>(loss, m_output->preActivation(), m_layers.back()->output(), y);
}

template <class T>
T BasicNetwork<T>::runBackward(const Eigen::Ref<const MatrixT<T>>& x, LossKind loss,
                               const Eigen::Ref<const MatrixT<T>>& y) {
  if (m_graph) return runGraphBackward(x, loss, y);
  const int last = static_cast<int>(m_layers.size()) - 1;
  auto inputOf = [&](int i) -> Eigen::Ref<const MatrixT<T>> {
    if (i == 0) return x;
    return m_layers[static_cast<std::size_t>(i - 1)]->output();
  };
  auto dense = [&](int i) -> BasicDenseLayer<T>* {
    BasicLayer<T>* l = m_layers[static_cast<std::size_t>(i)].get();
    return l->type() == LayerType::Dense ? static_cast<BasicDenseLayer<T>*>(l) : nullptr;
  };
  // A dense relu layer under dense layer i takes its activation's gradient from layer i's ∂L/∂x pass (one
  // pass over the batch less): its output, the mask.
  auto reluBelow = [&](int i) -> const MatrixT<T>* {
    if (i == 0 || !dense(i)) return nullptr;
    const BasicDenseLayer<T>* below = dense(i - 1);
    return below && below->activation() == ActivationKind::Relu ? &below->output() : nullptr;
  };
  T value;
  MatrixT<T>* grad = &m_dA;  // ∂L/∂(output of the current layer), or ∂L/∂z when gradIsLogits
  MatrixT<T>* other = &m_dB; // receives ∂L/∂(its input)
  bool gradIsLogits;
  const MatrixT<T>* mask = reluBelow(last);
  if (lossIsFused(loss)) {
    if (last != m_outputIndex || !lossFitsOutput(loss, m_output->activation()))
      throw std::invalid_argument("Network: a fused loss needs its activation on the last layer");
    value = lossGradientLogits<T>(loss, m_output->preActivation(), m_output->output(), y, m_dOut);
    m_output->backwardInto(inputOf(last), m_dOut, true, last > 0 ? grad : nullptr, mask);
  } else {
    value = lossGradientOutput<T>(loss, m_layers.back()->output(), y, m_dOut);
    if (BasicDenseLayer<T>* d = dense(last))
      d->backwardInto(inputOf(last), m_dOut, false, last > 0 ? grad : nullptr, mask);
    else
      m_layers.back()->backward(inputOf(last), m_dOut, last > 0 ? grad : nullptr);
  }
  gradIsLogits = mask != nullptr;
  for (int i = last - 1; i >= 0; --i) {
    MatrixT<T>* dx = i > 0 ? other : nullptr;
    if (BasicDenseLayer<T>* d = dense(i)) {
      mask = dx ? reluBelow(i) : nullptr;
      d->backwardInto(inputOf(i), *grad, gradIsLogits, dx, mask);
      gradIsLogits = mask != nullptr;
    } else {
      m_layers[static_cast<std::size_t>(i)]->backward(inputOf(i), *grad, dx);
      gradIsLogits = false;
    }
    std::swap(grad, other);
  }
  return value;
}

template <class T> T BasicNetwork<T>::backward(LossKind loss, const Eigen::Ref<const MatrixT<T>>& y) {
  return runBackward(m_inputCopy, loss, y);
}

template <class T>
T BasicNetwork<T>::forwardBackward(const Eigen::Ref<const MatrixT<T>>& x,
                                   const Eigen::Ref<const MatrixT<T>>& y, LossKind loss, Rng& rng) {
  runForward(x, Mode::Train, rng);
  return runBackward(x, loss, y);
}

template <class T> T BasicNetwork<T>::penalty(double l1, double l2) const {
  double sum = 0.0;
  for (const ParamSlot<T>& s : m_slots) {
    if (!s.isWeight) continue;
    const Eigen::Map<const VectorT<T>> w(s.value, s.size);
    const double a = l1 + s.l1, b = l2 + s.l2;
    if (a != 0.0) sum += a * static_cast<double>(w.template lpNorm<1>());
    if (b != 0.0) sum += 0.5 * b * static_cast<double>(w.squaredNorm());
  }
  return static_cast<T>(sum);
}

template <class T> void BasicNetwork<T>::addPenaltyGradient(double l1, double l2) {
  for (const ParamSlot<T>& s : m_slots) {
    if (!s.isWeight) continue;
    const Eigen::Map<const VectorT<T>> w(s.value, s.size);
    Eigen::Map<VectorT<T>> g(s.grad, s.size);
    const T a = static_cast<T>(l1 + s.l1), b = static_cast<T>(l2 + s.l2);
    // ∂/∂w (a|w| + b·½w²) = a·sign(w) + b·w
    if (a != T(0)) g.array() += a * w.array().sign();
    if (b != T(0)) g.noalias() += b * w;
  }
}

template <class T> bool BasicNetwork<T>::parametersFinite() const {
  for (const ParamSlot<T>& s : m_slots)
    if (!Eigen::Map<const VectorT<T>>(s.value, s.size).allFinite()) return false;
  return runningStatisticsFinite();
}

template <class T> bool BasicNetwork<T>::runningStatisticsFinite() const {
  for (const auto& l : m_layers)
    if (l->type() == LayerType::BatchNorm) {
      const auto& bn = static_cast<const BasicBatchNormLayer<T>&>(*l);
      if (!bn.runningMean().allFinite() || !bn.runningVar().allFinite()) return false;
    }
  return true;
}

template <class T> void BasicNetwork<T>::copyParameters(VectorT<T>& flat) const {
  Eigen::Index total = 0;
  for (const ParamSlot<T>& s : m_slots) total += s.size;
  flat.resize(total);
  Eigen::Index at = 0;
  for (const ParamSlot<T>& s : m_slots) {
    flat.segment(at, s.size) = Eigen::Map<const VectorT<T>>(s.value, s.size);
    at += s.size;
  }
}

template <class T> void BasicNetwork<T>::loadParameters(const Eigen::Ref<const VectorT<T>>& flat) {
  Eigen::Index at = 0;
  for (const ParamSlot<T>& s : m_slots) {
    if (at + s.size > flat.size()) return;
    Eigen::Map<VectorT<T>>(s.value, s.size) = flat.segment(at, s.size);
    at += s.size;
  }
}

template <class T> Eigen::Index BasicNetwork<T>::statisticsSize() const {
  Eigen::Index total = 0;
  for (const auto& l : m_layers)
    if (l->type() == LayerType::BatchNorm) total += 2 * static_cast<Eigen::Index>(l->inputs());
  return total;
}

template <class T> void BasicNetwork<T>::writeStatistics(T* flat) const {
  for (const auto& l : m_layers)
    if (l->type() == LayerType::BatchNorm) {
      const auto& bn = static_cast<const BasicBatchNormLayer<T>&>(*l);
      const Eigen::Index n = bn.runningMean().size();
      Eigen::Map<VectorT<T>>(flat, n) = bn.runningMean();
      Eigen::Map<VectorT<T>>(flat + n, n) = bn.runningVar();
      flat += 2 * n;
    }
}

template <class T> void BasicNetwork<T>::readStatistics(const T* flat) {
  for (auto& l : m_layers)
    if (l->type() == LayerType::BatchNorm) {
      const Eigen::Index n = l->inputs();
      static_cast<BasicBatchNormLayer<T>&>(*l).setRunningStatistics(
          Eigen::Map<const VectorT<T>>(flat, n), Eigen::Map<const VectorT<T>>(flat + n, n));
      flat += 2 * n;
    }
}

template <class T> void BasicNetwork<T>::copyRunningStatistics(VectorT<T>& flat) const {
  flat.resize(statisticsSize()); // no allocation when the size is already right
  writeStatistics(flat.data());
}

template <class T> void BasicNetwork<T>::loadRunningStatistics(const Eigen::Ref<const VectorT<T>>& flat) {
  if (flat.size() == statisticsSize()) readStatistics(flat.data());
}

template <class T> void BasicNetwork<T>::copyState(VectorT<T>& flat) const {
  Eigen::Index params = 0;
  for (const ParamSlot<T>& s : m_slots) params += s.size;
  flat.resize(params + statisticsSize());
  Eigen::Index at = 0;
  for (const ParamSlot<T>& s : m_slots) {
    flat.segment(at, s.size) = Eigen::Map<const VectorT<T>>(s.value, s.size);
    at += s.size;
  }
  writeStatistics(flat.data() + params);
}

template <class T> void BasicNetwork<T>::loadState(const Eigen::Ref<const VectorT<T>>& flat) {
  Eigen::Index params = 0;
  for (const ParamSlot<T>& s : m_slots) params += s.size;
  if (flat.size() != params + statisticsSize()) return;
  loadParameters(flat.head(params));
  readStatistics(flat.data() + params);
}

template <class T> void BasicNetwork<T>::copyGradients(VectorT<T>& flat) const {
  Eigen::Index total = 0;
  for (const ParamSlot<T>& s : m_slots) total += s.size;
  flat.resize(total);
  Eigen::Index at = 0;
  for (const ParamSlot<T>& s : m_slots) {
    flat.segment(at, s.size) = Eigen::Map<const VectorT<T>>(s.grad, s.size);
    at += s.size;
  }
}

template <class T> void BasicNetwork<T>::setDropoutMask(int layerIndex, const MatrixT<T>& keep) {
  auto* d = dynamic_cast<BasicDropoutLayer<T>*>(m_layers.at(static_cast<std::size_t>(layerIndex)).get());
  if (d) d->setFixedMask(keep);
}

// ---- graph networks -------------------------------------------------------------------------------

namespace {
template <class T>
const MatrixT<T>& outputAt(const std::vector<std::unique_ptr<BasicLayer<T>>>& layers, int i) {
  return layers[static_cast<std::size_t>(i)]->output();
}
template <class T> const MatrixT<T>& outputAt(const std::vector<MatrixT<T>>& perLayer, int i) {
  return perLayer[static_cast<std::size_t>(i)];
}
} // namespace

template <class T>
template <class Outputs>
Eigen::Ref<const MatrixT<T>> BasicNetwork<T>::inputOf(int i, const Eigen::Ref<const MatrixT<T>>& x,
                                                      const Outputs& outputs, MatrixT<T>& gathered) const {
  const std::vector<int>& src = m_sources[static_cast<std::size_t>(i)];
  if (src.size() == 1) {
    if (src.front() < 0) return x;
    return outputAt<T>(outputs, src.front());
  }
  // The sources side by side, in the order of the layer's inputs.
  gathered.resize(x.rows(), m_layers[static_cast<std::size_t>(i)]->inputs());
  Eigen::Index at = 0;
  for (int s : src) {
    const Eigen::Index w = s < 0 ? m_inputs : m_widths[static_cast<std::size_t>(s)];
    if (s < 0)
      gathered.middleCols(at, w) = x;
    else
      gathered.middleCols(at, w) = outputAt<T>(outputs, s);
    at += w;
  }
  return gathered;
}

template <class T>
void BasicNetwork<T>::graphActivations(const Eigen::Ref<const MatrixT<T>>& x,
                                       std::vector<MatrixT<T>>& perLayer, MatrixT<T>& gathered,
                                       int upTo) const {
  perLayer.resize(m_layers.size());
  for (int i = 0; i <= upTo; ++i) {
    const Eigen::Ref<const MatrixT<T>> in = inputOf(i, x, perLayer, gathered);
    m_layers[static_cast<std::size_t>(i)]->infer(in, perLayer[static_cast<std::size_t>(i)]);
  }
}

template <class T>
const MatrixT<T>& BasicNetwork<T>::runGraphForward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode,
                                                   Rng& rng) {
  m_gathered.resize(m_layers.size());
  for (int i = 0; i < static_cast<int>(m_layers.size()); ++i) {
    const Eigen::Ref<const MatrixT<T>> in = inputOf(i, x, m_layers, m_gathered[static_cast<std::size_t>(i)]);
    m_layers[static_cast<std::size_t>(i)]->forward(in, mode, rng);
  }
  return m_layers.back()->output();
}

template <class T>
T BasicNetwork<T>::runGraphBackward(const Eigen::Ref<const MatrixT<T>>& x, LossKind loss,
                                    const Eigen::Ref<const MatrixT<T>>& y) {
  const int n = static_cast<int>(m_layers.size());
  m_grads.resize(m_layers.size());
  m_reached.assign(m_layers.size(), 0);
  auto input = [&](int i) -> Eigen::Ref<const MatrixT<T>> {
    const std::vector<int>& src = m_sources[static_cast<std::size_t>(i)];
    if (src.size() > 1) return m_gathered[static_cast<std::size_t>(i)];
    if (src.front() < 0) return x;
    return m_layers[static_cast<std::size_t>(src.front())]->output();
  };
  auto needsDx = [&](int i) {
    for (int s : m_sources[static_cast<std::size_t>(i)])
      if (s >= 0) return true;
    return false;
  };
  // Hands ∂L/∂(gathered input of i) to its sources: each takes its block, summed over its readers.
  auto scatter = [&](int i, const MatrixT<T>& dx) {
    Eigen::Index at = 0;
    for (int s : m_sources[static_cast<std::size_t>(i)]) {
      const Eigen::Index w = s < 0 ? m_inputs : m_widths[static_cast<std::size_t>(s)];
      if (s >= 0) {
        MatrixT<T>& g = m_grads[static_cast<std::size_t>(s)];
        if (m_reached[static_cast<std::size_t>(s)])
          g += dx.middleCols(at, w);
        else
          g = dx.middleCols(at, w);
        m_reached[static_cast<std::size_t>(s)] = 1;
      }
      at += w;
    }
  };
  const int last = n - 1; // the output layer (the constructor checked)
  T value;
  MatrixT<T>* dx = needsDx(last) ? &m_dA : nullptr;
  if (lossIsFused(loss)) {
    if (!lossFitsOutput(loss, m_output->activation()))
      throw std::invalid_argument("Network: a fused loss needs its activation on the last layer");
    value = lossGradientLogits<T>(loss, m_output->preActivation(), m_output->output(), y, m_dOut);
    m_output->backwardInto(input(last), m_dOut, true, dx, nullptr);
  } else {
    value = lossGradientOutput<T>(loss, m_output->output(), y, m_dOut);
    m_output->backwardInto(input(last), m_dOut, false, dx, nullptr);
  }
  if (dx) scatter(last, *dx);
  for (int i = last - 1; i >= 0; --i) {
    BasicLayer<T>* l = m_layers[static_cast<std::size_t>(i)].get();
    const LayerId id = l->id();
    if (!m_reached[static_cast<std::size_t>(i)]) {
      // Nothing reads this layer's output on the way to the loss: its parameters get no gradient.
      for (const ParamSlot<T>& s : m_slots)
        if (s.layer == id) Eigen::Map<VectorT<T>>(s.grad, s.size).setZero();
      continue;
    }
    dx = needsDx(i) ? &m_dA : nullptr;
    if (l->type() == LayerType::Dense)
      static_cast<BasicDenseLayer<T>*>(l)->backwardInto(input(i), m_grads[static_cast<std::size_t>(i)], false,
                                                        dx, nullptr);
    else
      l->backward(input(i), m_grads[static_cast<std::size_t>(i)], dx);
    if (dx) scatter(i, *dx);
  }
  return value;
}

template class BasicNetwork<float>;
template class BasicNetwork<double>;
template BasicNetwork<double> BasicNetwork<float>::convert<double>() const;
template BasicNetwork<float> BasicNetwork<double>::convert<float>() const;
template BasicNetwork<float> BasicNetwork<float>::convert<float>() const;
template BasicNetwork<double> BasicNetwork<double>::convert<double>() const;

} // namespace neurona
