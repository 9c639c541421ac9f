#pragma once
// The sample gallery: image samples as a grid of tiles, each with the predicted class and confidence
// under its picture, mistakes marked, and filters above (true class, predicted class, only mistakes).
// For image data it stands where the decision boundary stands for points. One QListView in icon mode
// over a list model, so ten thousand samples are as quick as ten: only the tiles in view are drawn.
#include "ui/images/GalleryData.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class SampleGalleryModel;
class SampleTileDelegate;

class SampleGallery : public QWidget {
  Q_OBJECT
public:
  explicit SampleGallery(QWidget* parent = nullptr);

  // New samples: the filters go back to "All" and the predictions are dropped.
  void setData(GalleryData data);
  // One predicted class and confidence (in [0, 1]) per sample; empty (or any other length) when there
  // are none yet. May come with every training snapshot: the scroll position and selection stay.
  void setPredictions(std::vector<int> predicted, std::vector<double> confidence);

  // Selects the tile of a sample (its row in the data) and scrolls to it, without emitting
  // sampleSelected. False, and nothing selected, when there is no such sample or a filter hides it.
  bool selectSample(int sampleIndex);
  int selectedSample() const { return m_selected; } // -1 when none

  int shownCount() const;
  QString countText() const;

  QComboBox* trueClassFilter() const { return m_trueFilter; }
  QComboBox* predictedClassFilter() const { return m_predictedFilter; }
  QCheckBox* mistakesOnlyBox() const { return m_mistakesOnly; }
  QListView* view() const { return m_view; }
  QLabel* countLabel() const { return m_count; }
  SampleGalleryModel* model() const { return m_model; }
  SampleTileDelegate* delegate() const { return m_delegate; }

signals:
  // A tile was clicked, or Enter pressed on it: the sample's row in the data (not the shown row).
  void sampleSelected(int sampleIndex);

protected:
  void changeEvent(QEvent* e) override;
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  void retranslateUi();
  void fillClassFilters();
  void applyFilters();
  void updatePredictionControls();
  void updateCount();
  void layoutTiles();
  void restoreSelection();
  void emitCurrent();

  SampleGalleryModel* m_model;
  SampleTileDelegate* m_delegate;
  QListView* m_view;
  QLabel* m_trueLabel;
  QComboBox* m_trueFilter;
  QLabel* m_predictedLabel;
  QComboBox* m_predictedFilter;
  QCheckBox* m_mistakesOnly;
  QLabel* m_count;
  int m_selected = -1;
  bool m_resetting = false;
};
