#pragma once
// The confusion matrix (rows: true class, columns: predicted; on the validation or test part when
// there is one) and a table of the current metrics on the training and held-out parts. For regression
// only the table is shown (MAE, RMSE, R²). Updated from each snapshot. The tables are as tall as their
// rows, and a column header too long for a narrow column wraps between words instead of being cut.
#include "training/Snapshot.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QTableWidget;

class MetricsView : public QWidget {
  Q_OBJECT
public:
  explicit MetricsView(QWidget* parent = nullptr);

  void setClasses(const std::vector<std::string>& classNames, bool regression);
  void showSnapshot(const SnapshotPtr& snapshot);
  void clear();

  QTableWidget* confusion() const { return m_confusion; }
  QTableWidget* metrics() const { return m_metrics; }

protected:
  void changeEvent(QEvent* e) override;
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  void retranslateUi();
  void fitHeaders(); // wraps the metrics' column titles to their columns, then fits the tables' heights

  QLabel* m_metricsTitle;
  QLabel* m_confusionTitle;
  QTableWidget* m_confusion;
  QTableWidget* m_metrics;
  std::vector<std::string> m_classes;
  bool m_regression = false;
  SnapshotPtr m_snapshot;
  QStringList m_columnTitles;
};
