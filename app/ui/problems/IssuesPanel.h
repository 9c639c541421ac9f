#pragma once
// The list of validation problems, as sentences, each with a one-click fix where there is an obvious
// one. Clicking a problem selects its layer.
#include "neurona/core/Types.h"

#include <QWidget>

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

signals:
  void layerClicked(neurona::LayerId id);

protected:
  void changeEvent(QEvent* e) override;
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  void rebuild();

  Project* m_doc;
  QLabel* m_header;
  QWidget* m_rows;
  QVBoxLayout* m_rowsLayout;
  QList<QLabel*> m_texts;
  QList<QPushButton*> m_buttons;
};
