#pragma once
// Class probabilities as horizontal bars, one line per class: its name, the bar, the percentage. The
// most probable class is marked by an arrow and bold text besides its colour. Screen readers get the
// same as one description ("7: 93%, highest; 1: 4%; …").
#include <QString>
#include <QWidget>

#include <vector>

class ProbabilityBars : public QWidget {
  Q_OBJECT
public:
  explicit ProbabilityBars(QWidget* parent = nullptr);

  void setClassNames(std::vector<QString> names);
  // One probability per class (anything else clears the bars).
  void setProbabilities(const std::vector<double>& probabilities);
  const std::vector<double>& probabilities() const { return m_probabilities; }
  int topClass() const; // -1 without probabilities
  QString className(int k) const;
  QString lineText(int k) const; // "7: 93%"
  QString summary() const;       // every line, the highest marked: the accessible description

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* e) override;
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  int lines() const;

  std::vector<QString> m_names;
  std::vector<double> m_probabilities;
};
