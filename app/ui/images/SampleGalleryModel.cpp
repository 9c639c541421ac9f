#include "ui/images/SampleGalleryModel.h"

#include "ui/style/NumberFormat.h"

#include <algorithm>
#include <cmath>

namespace {
// Pictures kept, in bytes: a few screens of tiles at any image size (16 × 16 gray is 256 bytes).
constexpr int kImageCacheBytes = 24 * 1024 * 1024;

unsigned char toByte(double v) {
  return static_cast<unsigned char>(std::lround(255.0 * std::clamp(v, 0.0, 1.0)));
}
} // namespace

SampleGalleryModel::SampleGalleryModel(QObject* parent) : QAbstractListModel(parent) {
  m_images.setMaxCost(kImageCacheBytes);
}

int SampleGalleryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SampleGalleryModel::data(const QModelIndex& index, int role) const {
  const int sample = index.isValid() ? sampleAt(index.row()) : -1;
  if (sample < 0) return {};
  switch (role) {
  case Qt::DisplayRole: return caption(sample);
  case Qt::AccessibleTextRole:
  case Qt::ToolTipRole: return accessibleText(sample);
  case SampleIndexRole: return sample;
  case TrueClassRole: return m_data.trueClass[static_cast<std::size_t>(sample)];
  case PredictedClassRole: return hasPredictions() ? m_predicted[static_cast<std::size_t>(sample)] : -1;
  case ConfidenceRole:
    return hasPredictions() ? QVariant(m_confidence[static_cast<std::size_t>(sample)]) : QVariant();
  case MistakeRole: return isMistake(sample);
  case ImageRole: return image(sample);
  default: return {};
  }
}

void SampleGalleryModel::setGallery(GalleryData data) {
  beginResetModel();
  m_data = std::move(data);
  m_predicted.clear();
  m_confidence.clear();
  m_trueFilter = kAll;
  m_predictedFilter = kAll;
  m_mistakesOnly = false;
  m_images.clear();
  m_rows.clear();
  m_rowOf.assign(static_cast<std::size_t>(sampleCount()), -1);
  for (int s = 0; s < sampleCount(); ++s) {
    m_rowOf[static_cast<std::size_t>(s)] = static_cast<int>(m_rows.size());
    m_rows.push_back(s);
  }
  endResetModel();
}

void SampleGalleryModel::setPredictions(std::vector<int> predicted, std::vector<double> confidence) {
  const auto n = static_cast<std::size_t>(sampleCount());
  if (predicted.size() == n && confidence.size() == n && n > 0) {
    m_predicted = std::move(predicted);
    m_confidence = std::move(confidence);
  } else {
    m_predicted.clear();
    m_confidence.clear();
  }
  refilter();
}

void SampleGalleryModel::setFilter(int trueClass, int predictedClass, bool mistakesOnly) {
  if (trueClass == m_trueFilter && predictedClass == m_predictedFilter && mistakesOnly == m_mistakesOnly)
    return;
  m_trueFilter = trueClass;
  m_predictedFilter = predictedClass;
  m_mistakesOnly = mistakesOnly;
  refilter();
}

bool SampleGalleryModel::passes(int sample) const {
  const auto s = static_cast<std::size_t>(sample);
  if (m_trueFilter != kAll && m_data.trueClass[s] != m_trueFilter) return false;
  // Filters on predictions let nothing through before there are predictions: "predicted 3" or "only
  // mistakes" are then empty, not everything.
  if (m_predictedFilter != kAll && (!hasPredictions() || m_predicted[s] != m_predictedFilter)) return false;
  if (m_mistakesOnly && !isMistake(sample)) return false;
  return true;
}

void SampleGalleryModel::refilter() {
  std::vector<int> rows;
  rows.reserve(static_cast<std::size_t>(sampleCount()));
  for (int s = 0; s < sampleCount(); ++s)
    if (passes(s)) rows.push_back(s);
  if (rows == m_rows) {
    if (!m_rows.empty()) emit dataChanged(index(0), index(rowCount() - 1));
    return;
  }
  beginResetModel();
  m_rows = std::move(rows);
  m_rowOf.assign(static_cast<std::size_t>(sampleCount()), -1);
  for (std::size_t r = 0; r < m_rows.size(); ++r)
    m_rowOf[static_cast<std::size_t>(m_rows[r])] = static_cast<int>(r);
  endResetModel();
}

int SampleGalleryModel::sampleAt(int row) const {
  return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)] : -1;
}

int SampleGalleryModel::rowOf(int sample) const {
  return sample >= 0 && sample < sampleCount() ? m_rowOf[static_cast<std::size_t>(sample)] : -1;
}

bool SampleGalleryModel::isMistake(int sample) const {
  if (!hasPredictions() || sample < 0 || sample >= sampleCount()) return false;
  const auto s = static_cast<std::size_t>(sample);
  return m_predicted[s] != m_data.trueClass[s];
}

int SampleGalleryModel::shownMistakes() const {
  return static_cast<int>(
      std::count_if(m_rows.begin(), m_rows.end(), [this](int s) { return isMistake(s); }));
}

QString SampleGalleryModel::className(int k) const {
  if (k >= 0 && k < static_cast<int>(m_data.classNames.size()) &&
      !m_data.classNames[static_cast<std::size_t>(k)].isEmpty())
    return m_data.classNames[static_cast<std::size_t>(k)];
  return QString::number(k);
}

QString SampleGalleryModel::caption(int sample) const {
  const auto s = static_cast<std::size_t>(sample);
  if (!hasPredictions()) return className(m_data.trueClass[s]);
  //: Under a sample's picture: the predicted class and the network's confidence, e.g. "7 · 93%".
  return tr("%1 · %2").arg(className(m_predicted[s]), NumberFormat::percent(m_confidence[s], 0));
}

QString SampleGalleryModel::accessibleText(int sample) const {
  const auto s = static_cast<std::size_t>(sample);
  const QString truth = className(m_data.trueClass[s]);
  if (!hasPredictions()) return tr("Sample %1: true %2, not predicted yet").arg(sample).arg(truth);
  const QString predicted = className(m_predicted[s]);
  const QString confidence = NumberFormat::percent(m_confidence[s], 0);
  return isMistake(sample)
             ? tr("Sample %1: true %2, predicted %3, %4, wrong").arg(sample).arg(truth, predicted, confidence)
             : tr("Sample %1: true %2, predicted %3, %4, right")
                   .arg(sample)
                   .arg(truth, predicted, confidence);
}

QImage SampleGalleryModel::image(int sample) const {
  if (sample < 0 || sample >= sampleCount()) return {};
  if (const QImage* cached = m_images.object(sample)) return *cached;
  const int h = m_data.height;
  const int w = m_data.width;
  const int c = m_data.channels;
  const auto row = m_data.pixels->row(sample);
  auto* made = new QImage(w, h, c == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
  for (int y = 0; y < h; ++y) {
    uchar* line = made->scanLine(y);
    // Channels-last: the value of (y, x, ch) is feature (y·W + x)·C + ch, so a line's bytes follow in order.
    for (int i = 0; i < w * c; ++i) line[i] = toByte(row(static_cast<Eigen::Index>(y) * w * c + i));
  }
  const QImage result = *made;
  m_images.insert(sample, made, static_cast<int>(made->sizeInBytes()));
  return result;
}

void SampleGalleryModel::retranslate() {
  if (!m_rows.empty()) emit dataChanged(index(0), index(rowCount() - 1));
}
