#include "ui/canvas/CanvasInternals.h"

#include "model/Project.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/style/NumberFormat.h"
#include "ui/style/Theme.h"

#include <QGraphicsItem>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <cmath>

CanvasInternals::CanvasInternals(NetworkView* view, Project* doc, QObject* parent)
    : QObject(parent), m_view(view), m_doc(doc) {
  m_view->viewport()->installEventFilter(this);
  m_view->viewport()->setMouseTracking(true);
  // Rebuilt blocks start blank: paint the last snapshot again when it still fits.
  connect(m_doc, &Project::networkChanged, this, [this] { showSnapshot(m_snapshot); });
  // The neuron maps are pictures in the theme's colours: paint them again in the new ones.
  connect(&Theme::instance(), &Theme::changed, this, [this] { showSnapshot(m_snapshot); });
}

QImage CanvasInternals::neuronImage(const neurona::GridResult& grid, int layer, int unit, Scale scale,
                                    int size) {
  QImage img(size, size, QImage::Format_RGB32);
  if (layer < 0 || layer >= static_cast<int>(grid.layers.size())) return {};
  const neurona::MatrixF& out = grid.layers[static_cast<std::size_t>(layer)];
  if (unit < 0 || unit >= out.cols() || out.rows() != static_cast<Eigen::Index>(grid.grid.nx) * grid.grid.ny)
    return {};
  const auto col = out.col(unit);
  const float lo = col.minCoeff(), hi = col.maxCoeff();
  const bool probability = scale == Scale::Probability;
  const double magnitude = std::max(1e-6, static_cast<double>(std::max(std::abs(lo), std::abs(hi))));
  const Theme& theme = Theme::instance();
  const int nx = grid.grid.nx, ny = grid.grid.ny;
  for (int py = 0; py < size; ++py) {
    const int iy = std::clamp((size - 1 - py) * ny / size, 0, ny - 1);
    auto* line = reinterpret_cast<QRgb*>(img.scanLine(py));
    for (int px = 0; px < size; ++px) {
      const int ix = std::clamp(px * nx / size, 0, nx - 1);
      const double v = col(static_cast<Eigen::Index>(iy) * nx + ix);
      line[px] = (probability ? theme.boundaryColor(v) : theme.diverging(v / magnitude)).rgb();
    }
  }
  return img;
}

QImage CanvasInternals::mapImage(const float* values, int height, int width, int channels, int channel,
                                 double magnitude, bool grey) {
  QImage img(width, height, QImage::Format_RGB32);
  const Theme& theme = Theme::instance();
  const double scale = 1.0 / std::max(1e-6, magnitude);
  for (int y = 0; y < height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
    for (int x = 0; x < width; ++x) {
      const double v = values[(static_cast<std::ptrdiff_t>(y) * width + x) * channels + channel] * scale;
      if (grey) {
        const int g = std::clamp(static_cast<int>(std::lround(255.0 * v)), 0, 255);
        line[x] = qRgb(g, g, g);
      } else {
        line[x] = theme.diverging(std::clamp(v, -1.0, 1.0)).rgb();
      }
    }
  }
  return img;
}

void CanvasInternals::setFocus(const neurona::VectorD& rawPixels) {
  m_focus = rawPixels;
  showSnapshot(m_snapshot);
}

void CanvasInternals::showImageLayers(const Snapshot& snapshot) {
  NetworkScene* scene = m_view->networkScene();
  const neurona::NetworkSpec spec = m_doc->runnableNetwork();
  const neurona::Dataset& raw = m_doc->rawData();
  if (!spec.inputShape || raw.samples() == 0) return;
  const auto [height, width, channels] = *spec.inputShape;
  const neurona::VectorD sample =
      m_focus.size() == raw.featureCount() ? m_focus : neurona::VectorD(raw.features.row(0).transpose());
  if (sample.size() != static_cast<Eigen::Index>(height) * width * channels) return;

  // The picture itself in the input block: grey from 0 (black) to 1 (white), as the data holds it.
  if (LayerBlockItem* in = scene->inputBlock(); in && in->showsMaps()) {
    const neurona::VectorF pixels = sample.cast<float>();
    QVector<QImage> images;
    for (int c = 0; c < channels; ++c)
      images.push_back(mapImage(pixels.data(), height, width, channels, c, 1.0, true));
    in->setNeuronImages(images);
  }

  std::vector<neurona::MatrixF> perLayer;
  const bool probed = m_probe.setModel(spec, m_doc->prepared().pipeline, static_cast<int>(raw.featureCount()),
                                       snapshot.params) &&
                      m_probe.run(sample, perLayer) && perLayer.size() == spec.layers.size();
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const neurona::LayerSpec& l = spec.layers[i];
    LayerBlockItem* b = scene->block(l.id);
    if (!b) continue;
    if (!b->showsMaps()) {
      // A column (flatten, dense): each neuron's value for this picture as its colour. The output's
      // probabilities go from neutral (0) to full (1), so the answer stands out; other values are scaled
      // by the layer's largest.
      if (!probed) continue;
      const neurona::MatrixF& v = perLayer[i];
      const bool probability =
          l.type == neurona::LayerType::Dense && (l.activation == neurona::ActivationKind::Sigmoid ||
                                                  l.activation == neurona::ActivationKind::Softmax);
      const double magnitude =
          probability ? 1.0 : std::max(1e-6, static_cast<double>(v.cwiseAbs().maxCoeff()));
      QVector<QImage> dots;
      for (Eigen::Index u = 0; u < v.cols(); ++u) {
        QImage dot(1, 1, QImage::Format_RGB32);
        dot.setPixel(0, 0, Theme::instance().diverging(std::clamp(v(0, u) / magnitude, -1.0, 1.0)).rgb());
        dots.push_back(dot);
      }
      b->setNeuronImages(dots);
      continue;
    }
    const neurona::LayerShape* shape = m_doc->shapeOf(l.id);
    if (!shape || !shape->outputShape.image || !probed) {
      b->setNeuronImages({});
      b->setFilterImages({});
      continue;
    }
    const neurona::TensorShape& out = shape->outputShape;
    const neurona::MatrixF& values = perLayer[i];
    if (values.size() != out.features) continue;
    // One scale for all of a layer's maps, so a filter that found little looks faint beside one that
    // found much.
    const double magnitude = values.cwiseAbs().maxCoeff();
    QVector<QImage> maps;
    for (int c = 0; c < out.channels; ++c)
      maps.push_back(mapImage(values.data(), out.height, out.width, out.channels, c, magnitude, false));
    b->setNeuronImages(maps);

    // A filter's weights, W[(kh·KW + kw)·C_in + c, f], averaged over the input channels it reads.
    QVector<QImage> filters;
    const neurona::MatrixD& w = (*snapshot.params)[i].weights;
    const int kh = l.kernel[0], kw = l.kernel[1], cin = shape->inputShape.channels;
    if (l.type == neurona::LayerType::Conv2d && w.rows() == static_cast<Eigen::Index>(kh) * kw * cin &&
        w.cols() == l.filters) {
      const double wmax = w.cwiseAbs().maxCoeff();
      for (int f = 0; f < l.filters; ++f) {
        std::vector<float> mean(static_cast<std::size_t>(kh) * kw);
        for (int k = 0; k < kh * kw; ++k)
          mean[static_cast<std::size_t>(k)] =
              static_cast<float>(w.col(f).segment(static_cast<Eigen::Index>(k) * cin, cin).mean());
        filters.push_back(mapImage(mean.data(), kh, kw, 1, 0, wmax / std::max(1, cin), false));
      }
    }
    b->setFilterImages(filters);
  }
}

void CanvasInternals::setEnabled(bool on) {
  m_enabled = on;
  if (!on)
    clear();
  else
    showSnapshot(m_snapshot);
}

void CanvasInternals::setHoldEdges(bool hold) {
  if (hold == m_holdEdges) return;
  m_holdEdges = hold;
  if (!hold) showSnapshot(m_snapshot);
}

void CanvasInternals::clear() {
  NetworkScene* scene = m_view->networkScene();
  for (const neurona::LayerSpec& l : m_doc->network().layers) {
    if (LayerBlockItem* b = scene->block(l.id)) {
      b->setNeuronImages({});
      b->setFilterImages({});
    }
    if (ConnectionItem* c = scene->connectionInto(l.id)) c->setWeights(neurona::MatrixD());
  }
  if (LayerBlockItem* in = scene->inputBlock()) in->setNeuronImages({});
  m_probe.clear();
}

void CanvasInternals::showSnapshot(const SnapshotPtr& snapshot) {
  m_snapshot = snapshot;
  // Points again after pictures: the input's neurons are plain circles, not the last picture.
  if (LayerBlockItem* in = m_view->networkScene()->inputBlock(); in && !in->showsMaps())
    in->setNeuronImages({});
  if (!m_enabled || !snapshot) {
    if (!snapshot) clear();
    return;
  }
  NetworkScene* scene = m_view->networkScene();
  const neurona::NetworkSpec& spec = m_doc->network();
  if (!snapshot->params || snapshot->params->size() != spec.layers.size())
    return; // the network changed since: wait for the new run
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const neurona::LayerSpec& l = spec.layers[i];
    const neurona::LayerParams& p = (*snapshot->params)[i];
    if (p.id != l.id) return;
    ConnectionItem* c = m_holdEdges ? nullptr : scene->connectionInto(l.id);
    if (c) {
      const neurona::LayerShape* shape = m_doc->shapeOf(l.id);
      const bool fits = l.type == neurona::LayerType::Dense && shape && p.weights.rows() == shape->inputs &&
                        p.weights.cols() == shape->outputs;
      c->setWeights(fits ? p.weights : neurona::MatrixD());
    }
    if (LayerBlockItem* b = scene->block(l.id); b && !b->showsMaps()) {
      if (i >= snapshot->grid.layers.size()) {
        b->setNeuronImages({});
        continue;
      }
      const int units = static_cast<int>(snapshot->grid.layers[i].cols());
      const bool probability =
          l.type == neurona::LayerType::Dense && (l.activation == neurona::ActivationKind::Sigmoid ||
                                                  l.activation == neurona::ActivationKind::Softmax);
      const Scale scale = probability ? Scale::Probability : Scale::Signed;
      QVector<QImage> images;
      images.reserve(units);
      for (int u = 0; u < units; ++u) {
        // Collapsed columns draw only their first and last few units: skip the hidden ones.
        bool drawn = false;
        for (int s = 0; s < b->slotCount() && !drawn; ++s) drawn = b->unitOfSlot(s) == u;
        images.push_back(drawn ? neuronImage(snapshot->grid, static_cast<int>(i), u, scale) : QImage());
      }
      b->setNeuronImages(images);
    }
  }
  showImageLayers(*snapshot);
}

std::shared_ptr<const neurona::ModelParams> CanvasInternals::shownParams() const {
  if (!m_snapshot || !m_snapshot->params || m_snapshot->params->size() != m_doc->network().layers.size())
    return nullptr;
  return m_snapshot->params;
}

std::optional<CanvasInternals::Edge> CanvasInternals::edgeAt(const QPointF& scenePos) const {
  const auto params = shownParams();
  if (!params) return std::nullopt;
  const neurona::NetworkSpec& spec = m_doc->network();
  NetworkScene* scene = m_view->networkScene();
  for (QGraphicsItem* item : scene->items(QRectF(scenePos - QPointF(4, 4), QSizeF(8, 8)))) {
    if (item->type() != ConnectionItem::Type) continue;
    auto* c = static_cast<ConnectionItem*>(item);
    LayerBlockItem* from = c->from();
    LayerBlockItem* to = c->to();
    if (!from || !to) continue;
    const int layerIndex = spec.indexOf(to->layerId());
    if (layerIndex < 0) continue;
    const neurona::MatrixD& w = (*params)[static_cast<std::size_t>(layerIndex)].weights;
    if (w.size() == 0) continue;
    // Edges are S-curves between the neuron centres; the closest one at this x is the hovered one.
    double best = 6.0;
    int bi = -1, bj = -1;
    for (int i = 0; i < from->slotCount(); ++i) {
      const int u = from->unitOfSlot(i);
      if (u < 0 || u >= w.rows()) continue;
      const QPointF a = from->mapToScene(from->slotCentre(i)) + QPointF(from->neuronRadius(), 0);
      for (int j = 0; j < to->slotCount(); ++j) {
        const int v = to->unitOfSlot(j);
        if (v < 0 || v >= w.cols()) continue;
        const QPointF b = to->mapToScene(to->slotCentre(j)) - QPointF(to->neuronRadius(), 0);
        if (scenePos.x() < a.x() || scenePos.x() > b.x()) continue;
        // The cubic with control points at 45% has y(t) = a.y + (b.y − a.y)·(3t² − 2t³); solve t from x.
        double lo = 0.0, hi = 1.0;
        const double dx = (b.x() - a.x()) * 0.45;
        for (int k = 0; k < 30; ++k) {
          const double t = 0.5 * (lo + hi);
          const double mt = 1.0 - t;
          const double x = mt * mt * mt * a.x() + 3 * mt * mt * t * (a.x() + dx) +
                           3 * mt * t * t * (b.x() - dx) + t * t * t * b.x();
          (x < scenePos.x() ? lo : hi) = t;
        }
        const double t = 0.5 * (lo + hi);
        const double y = a.y() + (b.y() - a.y()) * (3 * t * t - 2 * t * t * t);
        const double d = std::abs(y - scenePos.y());
        if (d < best) {
          best = d;
          bi = u;
          bj = v;
        }
      }
    }
    if (bi >= 0) return Edge{to->layerId(), bi, bj};
  }
  return std::nullopt;
}

bool CanvasInternals::weightAt(const QPointF& scenePos, QString* text) const {
  const std::optional<Edge> edge = edgeAt(scenePos);
  if (!edge) return false;
  if (text) {
    const int index = m_doc->indexOf(edge->layer);
    const neurona::MatrixD& w = (*m_snapshot->params)[static_cast<std::size_t>(index)].weights;
    *text = tr("Weight from neuron %1 to neuron %2 of %3: %4 (click to change it)")
                .arg(edge->from + 1)
                .arg(edge->to + 1)
                .arg(m_doc->layerName(edge->layer))
                .arg(NumberFormat::number(w(edge->from, edge->to), 4));
  }
  return true;
}

bool CanvasInternals::eventFilter(QObject* watched, QEvent* e) {
  if (watched != m_view->viewport()) return QObject::eventFilter(watched, e);
  if (e->type() == QEvent::ToolTip && m_snapshot) {
    auto* help = static_cast<QHelpEvent*>(e);
    QString text;
    if (weightAt(m_view->mapToScene(help->pos()), &text)) {
      QToolTip::showText(help->globalPos(), text, m_view->viewport());
      return true;
    }
  } else if (e->type() == QEvent::MouseButtonPress && m_snapshot && m_enabled) {
    auto* mouse = static_cast<QMouseEvent*>(e);
    const QPointF scenePos = m_view->mapToScene(mouse->position().toPoint());
    bool onBlock = false;
    for (QGraphicsItem* item : m_view->networkScene()->items(scenePos))
      onBlock = onBlock || item->type() == LayerBlockItem::Type;
    if (mouse->button() == Qt::LeftButton && !onBlock) {
      if (const std::optional<Edge> edge = edgeAt(scenePos)) {
        emit edgeClicked(*edge, mouse->globalPosition().toPoint());
        return true; // not the start of a pan
      }
    }
  } else if (e->type() == QEvent::MouseMove && m_snapshot) {
    const QPointF scenePos = m_view->mapToScene(static_cast<QMouseEvent*>(e)->position().toPoint());
    int layer = -1, unit = -1;
    for (QGraphicsItem* item : m_view->networkScene()->items(scenePos)) {
      if (item->type() != LayerBlockItem::Type) continue;
      auto* b = static_cast<LayerBlockItem*>(item);
      if (b->isInput()) break;
      const QPointF local = b->mapFromScene(scenePos);
      for (int s = 0; s < b->slotCount(); ++s) {
        const QPointF d = local - b->slotCentre(s);
        if (std::hypot(d.x(), d.y()) <= b->neuronRadius() + 2.0 && b->unitOfSlot(s) >= 0) {
          layer = m_doc->indexOf(b->layerId());
          unit = b->unitOfSlot(s);
        }
      }
      break;
    }
    if (layer != m_hoverLayer || unit != m_hoverUnit) {
      m_hoverLayer = layer;
      m_hoverUnit = unit;
      if (layer >= 0)
        emit neuronHovered(layer, unit);
      else
        emit neuronHoverEnded();
    }
  } else if (e->type() == QEvent::Leave && m_hoverLayer >= 0) {
    m_hoverLayer = m_hoverUnit = -1;
    emit neuronHoverEnded();
  }
  return QObject::eventFilter(watched, e);
}
