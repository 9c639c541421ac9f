#pragma once
// The Concepts dock: a searchable list of the ideas behind the app (activations, losses, optimizers,
// regularisation, layers, the training loop) and, for the selected one, its explanation and, for an
// activation, a small plot of the function and its derivative. Other panels call showConcept() with a
// ConceptLibrary key when the user selects a layer or a control.
#include <QString>
#include <QWidget>

class QCustomPlot;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

class ConceptsPanel : public QWidget {
  Q_OBJECT
public:
  explicit ConceptsPanel(QWidget* parent = nullptr);

  QString currentKey() const { return m_currentKey; }
  // The rendered entry (title and body), as the text view shows it.
  QString currentHtml() const;
  QCustomPlot* plot() const { return m_plot; }
  QTreeWidget* tree() const { return m_tree; }

public slots:
  // Shows the entry with this key (see ConceptLibrary), e.g. "activation/relu", "loss/bce",
  // "optimizer/adam", "concept/learning-rate". Returns false, and changes nothing, for an unknown key.
  bool showConcept(const QString& key);
  void setFilter(const QString& text); // hides entries whose title does not contain the text

signals:
  void conceptShown(const QString& key);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void rebuildTree();
  void render();
  void styleThePlot();
  QTreeWidgetItem* itemFor(const QString& key) const;

  QLineEdit* m_filter;
  QTreeWidget* m_tree;
  QTextBrowser* m_text;
  QCustomPlot* m_plot;
  QString m_currentKey;
};
