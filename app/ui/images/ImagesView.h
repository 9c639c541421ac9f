#pragma once
// The dock that stands where the decision boundary stands when the data are pictures: the sample
// gallery (what the network makes of each picture, from the training snapshots) and the drawing pad (draw
// a new sample into a class, or draw and watch the network's answer). Choosing a picture, or drawing one,
// makes it the picture whose feature maps the canvas shows (focusChanged).
#include "training/ImageProbe.h"
#include "training/Snapshot.h"

#include <QWidget>

#include <memory>

class DrawingPad;
class Project;
class QLabel;
class QTabWidget;
class SampleGallery;
class TrainingController;

class ImagesView : public QWidget {
  Q_OBJECT
public:
  ImagesView(Project* project, TrainingController* controller, QWidget* parent = nullptr);

  // Whether the project's data are pictures (the dock then shows this view instead of the boundary).
  static bool showsImages(const Project& project);

  SampleGallery* gallery() const { return m_gallery; }
  DrawingPad* pad() const { return m_pad; }
  QTabWidget* tabs() const { return m_tabs; }

signals:
  // The raw pixels of the picture the canvas should show: a chosen sample or the drawing under test.
  void focusChanged(const neurona::VectorD& rawPixels);

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void showData();
  void showSnapshot(const SnapshotPtr& snapshot);
  void testDrawing(const std::vector<double>& pixels);
  void addDrawing(int classIndex, const std::vector<double>& pixels);

  Project* m_project;
  TrainingController* m_controller;
  QTabWidget* m_tabs;
  SampleGallery* m_gallery;
  DrawingPad* m_pad;
  QLabel* m_padMessage;
  ImageProbe m_probe;
  std::shared_ptr<const SamplePredictions> m_shown; // the predictions the gallery has
  std::vector<double> m_drawing;                    // the last drawing under test
};
