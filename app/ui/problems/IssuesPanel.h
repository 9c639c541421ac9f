#pragma once
// The list of validation problems, as sentences, each with a one-click fix where there is an obvious
// one. Clicking a problem selects its layer. Under them, the problems a training run's health shows
// (HealthMonitor: vanishing gradients, dead neurons), which are about the learned values rather than the
// design, so they never enter the project's validation; each links to its Concepts entry.
#include "neurona/core/graph/Validation.h"

#include <QWidget>

#include <vector>

class Project;
class QLabel;
class QPushButton;
class QVBoxLayout;

class IssuesPanel : public QWidget {
  Q_OBJECT
public:
  explicit IssuesPanel(Project* doc, QWidget* parent = nullptr);

  QStringList issueTexts() const;
  QList<QPushButton*> fixButtons() const;
  // The Concepts links shown, one per row that has one (their href is the concept key).
  QList<QLabel*> conceptLinks() const { return m_links; }

  // The training's problems, listed after the project's. Forgotten when the network, the data or the
  // project change (they described other learned values).
  void setTrainingDiagnostics(std::vector<neurona::Diagnostic> diagnostics);
  const std::vector<neurona::Diagnostic>& trainingDiagnostics() const { return m_training; }

signals:
  void layerClicked(neurona::LayerId id);
  void conceptRequested(const QString& key);

protected:
  void changeEvent(QEvent* e) override;
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  void rebuild();
  void addRow(const neurona::Diagnostic& d, int row);

  Project* m_doc;
  QLabel* m_header;
  QWidget* m_rows;
  QVBoxLayout* m_rowsLayout;
  QList<QLabel*> m_texts;
  QList<QPushButton*> m_buttons;
  QList<QLabel*> m_links;
  std::vector<neurona::Diagnostic> m_training;
};
