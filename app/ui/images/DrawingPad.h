#pragma once
// The drawing pad: draw an image sample with the mouse. In Add mode the drawing becomes a new sample of
// the chosen class ("Add sample", or Enter); in Test mode every change of the drawing goes out (at most
// every 30 ms) for the network to classify, and its answer comes back as probability bars. Data with
// colour is drawn in gray and given to each channel alike.
#include <QString>
#include <QWidget>

#include <vector>

class PadCanvas;
class ProbabilityBars;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

class DrawingPad : public QWidget {
  Q_OBJECT
public:
  enum class Mode { Add, Test };
  static constexpr int kCoalesceMs = 30; // the app's refresh interval (TrainingWorker::kFrameInterval)

  explicit DrawingPad(QWidget* parent = nullptr);

  // The samples' shape; the drawing is cleared.
  void setImageShape(int height, int width, int channels);
  int imageHeight() const;
  int imageWidth() const;
  int imageChannels() const { return m_channels; }
  // The classes, for the Add mode's class and the Test mode's bars.
  void setClassNames(const std::vector<QString>& names);

  void setMode(Mode mode);
  Mode mode() const { return m_mode; }
  // The network's answer for the drawing, one probability per class (shown in Test mode).
  void setProbabilities(const std::vector<double>& probabilities);

  // The drawing as a sample: H·W·C values in [0, 1], channels-last, gray replicated over the channels.
  std::vector<double> pixels() const;
  void clear();

  PadCanvas* canvas() const { return m_canvas; }
  ProbabilityBars* probabilityBars() const { return m_bars; }
  QPushButton* addModeButton() const { return m_addMode; }
  QPushButton* testModeButton() const { return m_testMode; }
  QPushButton* eraserButton() const { return m_eraser; }
  QPushButton* clearButton() const { return m_clear; }
  QComboBox* classBox() const { return m_class; }
  QPushButton* addButton() const { return m_add; }

signals:
  // Add mode: the drawing, as a sample of class `classIndex` (H·W·C values); the pad is then cleared.
  void sampleDrawn(int classIndex, std::vector<double> pixels);
  // Test mode: the drawing changed (coalesced to one signal per kCoalesceMs).
  void drawingChanged(std::vector<double> pixels);
  void modeChanged(DrawingPad::Mode mode);

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void addSample();
  void onEnter();
  void updateControls();
  void onPixelsChanged();

  int m_channels = 1;
  Mode m_mode = Mode::Add;
  PadCanvas* m_canvas;
  ProbabilityBars* m_bars;
  QPushButton* m_addMode;
  QPushButton* m_testMode;
  QPushButton* m_eraser;
  QPushButton* m_clear;
  QLabel* m_classLabel;
  QComboBox* m_class;
  QPushButton* m_add;
  QWidget* m_addPanel;
  QWidget* m_testPanel;
  QLabel* m_testLabel;
  QLabel* m_hint;
  QTimer* m_coalesce;
};
