#include "ui/images/SampleGallery.h"

#include "ui/forms/FlowLayout.h"
#include "ui/images/SampleGalleryModel.h"
#include "ui/images/SampleTileDelegate.h"
#include "ui/style/NumberFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// A picture is never smaller than this on screen, so a 16 × 16 digit still reads on a projector.
constexpr int kMinImageSide = 48;
} // namespace

SampleGallery::SampleGallery(QWidget* parent)
    : QWidget(parent), m_model(new SampleGalleryModel(this)), m_delegate(new SampleTileDelegate(this)) {
  setObjectName(QStringLiteral("sampleGallery"));
  m_trueLabel = new QLabel(this);
  m_trueFilter = new QComboBox(this);
  m_trueFilter->setObjectName(QStringLiteral("galleryTrueClass"));
  m_trueFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_trueLabel->setBuddy(m_trueFilter);
  m_predictedLabel = new QLabel(this);
  m_predictedFilter = new QComboBox(this);
  m_predictedFilter->setObjectName(QStringLiteral("galleryPredictedClass"));
  m_predictedFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_predictedLabel->setBuddy(m_predictedFilter);
  m_mistakesOnly = new QCheckBox(this);
  m_mistakesOnly->setObjectName(QStringLiteral("galleryMistakesOnly"));
  m_count = new QLabel(this);
  m_count->setObjectName(QStringLiteral("galleryCount"));
  m_count->setWordWrap(true);

  m_view = new QListView(this);
  m_view->setObjectName(QStringLiteral("galleryTiles"));
  m_view->setViewMode(QListView::IconMode);
  m_view->setMovement(QListView::Static);
  m_view->setResizeMode(QListView::Adjust);
  m_view->setWrapping(true);
  m_view->setFlow(QListView::LeftToRight);
  m_view->setUniformItemSizes(true); // one size for all: the layout never asks ten thousand tiles
  m_view->setSpacing(0);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->setDragEnabled(false);
  m_view->setMouseTracking(true); // hover highlight
  m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
  // Always there, so that the number of columns does not change when the scroll bar comes and goes.
  m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
  m_view->setModel(m_model);
  m_view->setItemDelegate(m_delegate);
  m_view->installEventFilter(this);

  auto pair = [this](QLabel* label, QWidget* box) {
    auto* w = new QWidget(this);
    auto* row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(box);
    return w;
  };
  auto* bar = new FlowLayout;
  bar->addWidget(pair(m_trueLabel, m_trueFilter));
  bar->addWidget(pair(m_predictedLabel, m_predictedFilter));
  bar->addWidget(m_mistakesOnly);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(bar);
  layout->addWidget(m_count);
  layout->addWidget(m_view, 1);
  setTabOrder(m_trueFilter, m_predictedFilter);
  setTabOrder(m_predictedFilter, m_mistakesOnly);
  setTabOrder(m_mistakesOnly, m_view);

  connect(m_trueFilter, &QComboBox::currentIndexChanged, this, &SampleGallery::applyFilters);
  connect(m_predictedFilter, &QComboBox::currentIndexChanged, this, &SampleGallery::applyFilters);
  connect(m_mistakesOnly, &QCheckBox::toggled, this, &SampleGallery::applyFilters);
  connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) {
    m_selected = m_model->sampleAt(index.row());
    if (m_selected >= 0) emit sampleSelected(m_selected);
  });
  connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& index) {
            if (!m_resetting && index.isValid()) m_selected = m_model->sampleAt(index.row());
          });
  // A reset (a filter, new samples) loses the view's selection: it comes back if the sample is still shown.
  connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
  connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
    m_resetting = false;
    restoreSelection();
  });

  retranslateUi();
  layoutTiles();
}

void SampleGallery::setData(GalleryData data) {
  m_selected = -1;
  m_model->setGallery(std::move(data));
  fillClassFilters();
  updatePredictionControls();
  updateCount();
  layoutTiles();
}

void SampleGallery::setPredictions(std::vector<int> predicted, std::vector<double> confidence) {
  const bool had = m_model->hasPredictions();
  m_model->setPredictions(std::move(predicted), std::move(confidence));
  if (had != m_model->hasPredictions()) updatePredictionControls();
  updateCount();
}

bool SampleGallery::selectSample(int sampleIndex) {
  const int row = m_model->rowOf(sampleIndex);
  m_selected = row >= 0 ? sampleIndex : -1;
  if (row < 0) {
    m_view->selectionModel()->clearSelection();
    return false;
  }
  restoreSelection();
  return true;
}

void SampleGallery::restoreSelection() {
  const int row = m_model->rowOf(m_selected);
  if (row < 0) return;
  const QModelIndex index = m_model->index(row);
  m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
  m_view->scrollTo(index);
}

int SampleGallery::shownCount() const { return m_model->rowCount(); }

void SampleGallery::fillClassFilters() {
  const QSignalBlocker blockTrue(m_trueFilter);
  const QSignalBlocker blockPredicted(m_predictedFilter);
  for (QComboBox* box : {m_trueFilter, m_predictedFilter}) {
    box->clear();
    // The two "all" entries read differently: a screen reader names a combo box by its current text.
    box->addItem(box == m_trueFilter ? tr("All classes") : tr("Any prediction"), SampleGalleryModel::kAll);
    const int classes = static_cast<int>(m_model->gallery().classNames.size());
    for (int k = 0; k < classes; ++k) box->addItem(m_model->className(k), k);
    box->setCurrentIndex(0);
  }
  const QSignalBlocker blockMistakes(m_mistakesOnly);
  m_mistakesOnly->setChecked(false);
}

void SampleGallery::updatePredictionControls() {
  const bool predictions = m_model->hasPredictions();
  // Without predictions these filters would show nothing: they wait, at "All", for the first ones.
  if (!predictions) {
    const QSignalBlocker blockPredicted(m_predictedFilter);
    const QSignalBlocker blockMistakes(m_mistakesOnly);
    m_predictedFilter->setCurrentIndex(0);
    m_mistakesOnly->setChecked(false);
    applyFilters();
  }
  m_predictedFilter->setEnabled(predictions);
  m_predictedLabel->setEnabled(predictions);
  m_mistakesOnly->setEnabled(predictions);
}

void SampleGallery::applyFilters() {
  const int truth =
      m_trueFilter->currentIndex() < 0 ? SampleGalleryModel::kAll : m_trueFilter->currentData().toInt();
  const int predicted = m_predictedFilter->currentIndex() < 0 ? SampleGalleryModel::kAll
                                                              : m_predictedFilter->currentData().toInt();
  m_model->setFilter(truth, predicted, m_mistakesOnly->isChecked());
  updateCount();
}

QString SampleGallery::countText() const {
  const int total = m_model->sampleCount();
  if (total == 0) return tr("No image samples to show");
  const QString shown = tr("Showing %1 of %2 samples")
                            .arg(NumberFormat::integer(m_model->rowCount()), NumberFormat::integer(total));
  if (!m_model->hasPredictions()) return shown;
  //: After "Showing 37 of 2000 samples": how many of the samples shown the network gets wrong.
  return shown + tr(" · %Ln mistake(s)", nullptr, m_model->shownMistakes());
}

void SampleGallery::updateCount() {
  m_count->setText(countText());
  m_view->setAccessibleDescription(
      tr("One tile per sample: its picture and, under it, the predicted class and the confidence. Mistakes "
         "have a red dashed frame and a cross. Click a sample or press Enter to select it. %1")
          .arg(countText()));
}

void SampleGallery::layoutTiles() {
  // Tiles at least kMinImageSide (three lines of text, whichever is larger, so they grow with the
  // presentation scale) and then as wide as makes the columns fill the view exactly.
  const QFontMetrics fm(font());
  const int captionHeight = fm.height() + 2;
  const int minImage = std::max(kMinImageSide, 3 * fm.height());
  const int pad = 2 * SampleTileDelegate::margin() + 2;
  // Wide enough for the longest caption, so that "airplane · 100%" is not cut short.
  int caption = fm.horizontalAdvance(QStringLiteral("00 · 100%"));
  QFont bold = font();
  bold.setBold(true); // a mistake's caption
  const QFontMetrics boldMetrics(bold);
  for (const QString& name : m_model->gallery().classNames)
    caption = std::max(caption, boldMetrics.horizontalAdvance(name + QStringLiteral(" · 100%")));
  const int minWidth = std::max(minImage, caption + 4) + pad;
  const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
  const int available = std::max(minWidth, m_view->contentsRect().width() - scrollBar - 2);
  const int columns = std::max(1, available / minWidth);
  const int width = available / columns;
  const QSize tile(width, width - pad + captionHeight + pad);
  if (tile == m_delegate->tileSize() && m_view->gridSize() == tile) return;
  m_delegate->setTileSize(tile);
  m_view->setGridSize(tile);
  m_view->setIconSize(QSize(width - pad, width - pad));
}

bool SampleGallery::eventFilter(QObject* watched, QEvent* e) {
  if (watched == m_view) {
    if (e->type() == QEvent::Resize) layoutTiles();
    if (e->type() == QEvent::KeyPress) {
      const int key = static_cast<QKeyEvent*>(e)->key();
      if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        emitCurrent();
        return true;
      }
    }
  }
  return QWidget::eventFilter(watched, e);
}

void SampleGallery::emitCurrent() {
  const QModelIndex current = m_view->currentIndex();
  if (!current.isValid()) return;
  m_selected = m_model->sampleAt(current.row());
  m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
  emit sampleSelected(m_selected);
}

void SampleGallery::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  if (e->type() == QEvent::FontChange) layoutTiles();
  QWidget::changeEvent(e);
}

void SampleGallery::retranslateUi() {
  m_trueLabel->setText(tr("&True class:"));
  m_predictedLabel->setText(tr("&Predicted:"));
  m_mistakesOnly->setText(tr("Only &mistakes"));
  m_trueFilter->setAccessibleName(tr("Filter by true class"));
  m_trueFilter->setAccessibleDescription(tr("Shows only the samples of this class"));
  m_trueFilter->setToolTip(m_trueFilter->accessibleDescription());
  m_predictedFilter->setAccessibleName(tr("Filter by predicted class"));
  m_predictedFilter->setAccessibleDescription(
      tr("Shows only the samples the network puts in this class (after training has started)"));
  m_predictedFilter->setToolTip(m_predictedFilter->accessibleDescription());
  m_mistakesOnly->setAccessibleName(tr("Only mistakes"));
  m_mistakesOnly->setAccessibleDescription(
      tr("Shows only the samples whose predicted class is not their true class"));
  m_mistakesOnly->setToolTip(m_mistakesOnly->accessibleDescription());
  m_view->setAccessibleName(tr("Samples"));
  if (m_trueFilter->count() > 0) {
    m_trueFilter->setItemText(0, tr("All classes"));
    m_predictedFilter->setItemText(0, tr("Any prediction"));
  }
  m_model->retranslate();
  updateCount();
}
