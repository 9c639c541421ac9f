#pragma once
// The sample gallery's rows: the samples that pass the filters (true class, predicted class, only
// mistakes), each row one sample of a GalleryData. Pictures are made when a tile is first drawn and kept
// in a bounded cache, so ten thousand samples cost nothing until they scroll into view.
#include "ui/images/GalleryData.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>

#include <vector>

class SampleGalleryModel : public QAbstractListModel {
  Q_OBJECT
public:
  enum Role {
    SampleIndexRole = Qt::UserRole + 1, // int: the sample's row in the data
    TrueClassRole,                      // int
    PredictedClassRole,                 // int, -1 while there are no predictions
    ConfidenceRole,                     // double in [0, 1], or an invalid QVariant
    MistakeRole,                        // bool: predicted, and not the true class
    ImageRole,                          // QImage at the data's own size (Grayscale8 or RGB888)
  };
  static constexpr int kAll = -1; // a class filter that lets every class through

  explicit SampleGalleryModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  // New samples: predictions and filters are dropped (a filter's class may not exist any more).
  void setGallery(GalleryData data);
  const GalleryData& gallery() const { return m_data; }
  // One predicted class and confidence per sample; anything else (empty included) means none yet.
  void setPredictions(std::vector<int> predicted, std::vector<double> confidence);
  bool hasPredictions() const { return !m_predicted.empty(); }
  void setFilter(int trueClass, int predictedClass, bool mistakesOnly);

  int sampleCount() const { return m_data.isValid() ? m_data.sampleCount() : 0; }
  int sampleAt(int row) const; // -1 when out of range
  int rowOf(int sample) const; // -1 when the filters hide it (or there is no such sample)
  int shownMistakes() const;   // among the rows shown
  bool isMistake(int sample) const;
  QString className(int k) const;

  QString caption(int sample) const;        // "7 · 93%", or the true class before any prediction
  QString accessibleText(int sample) const; // "Sample 12: true 3, predicted 8, 61%, wrong"
  QImage image(int sample) const;
  int cachedImageCount() const { return m_images.count(); }

  // The texts are made in data(); after a language change every row says them again.
  void retranslate();

private:
  // Rebuilds the shown rows; a model reset only when the set of rows changed, so that predictions
  // arriving while training keep the scroll position and the selection.
  void refilter();
  bool passes(int sample) const;

  GalleryData m_data;
  std::vector<int> m_predicted;
  std::vector<double> m_confidence;
  int m_trueFilter = kAll;
  int m_predictedFilter = kAll;
  bool m_mistakesOnly = false;
  std::vector<int> m_rows;  // shown row → sample
  std::vector<int> m_rowOf; // sample → shown row or -1
  mutable QCache<int, QImage> m_images;
};
