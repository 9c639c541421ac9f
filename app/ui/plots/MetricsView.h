#pragma once
// The confusion matrix (rows: true class, columns: predicted; on the validation or test part when
// there is one) and a table of the current metrics on the training and held-out parts. For regression
// only the table is shown (MAE, RMSE, R²). Updated from each snapshot.
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

private:
  void retranslateUi();

  QLabel* m_confusionTitle;
  QTableWidget* m_confusion;
  QTableWidget* m_metrics;
  std::vector<std::string> m_classes;
  bool m_regression = false;
  SnapshotPtr m_snapshot;
};
