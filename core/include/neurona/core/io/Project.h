#pragma once
// The whole workspace as a plain value: where the data comes from, how it is split and prepared, the
// network, the training settings, and optionally the trained model, its history and the canvas layout.
// It is what a `neurona-project` file holds (see ProjectFile).
#include "neurona/core/data/FeatureTransform.h"
#include "neurona/core/data/ImageFolder.h"
#include "neurona/core/data/Preprocessing.h"
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/io/KeptRun.h"
#include "neurona/core/io/Model.h"
#include "neurona/core/train/TrainingConfig.h"
#include "neurona/core/train/TrainingObserver.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace neurona {

enum class DatasetSourceKind { Generator, Csv, Points, Images };

// A picture drawn by hand into a class of image data ("dataset": {..., "drawn": [{"label": "7", "pixels":
// [...]}]}): H·W·C values in [0, 1], channels last, the data's shape. Added after the source's samples.
struct DrawnSample {
  std::string label; // the class name, as the data names its classes
  std::vector<double> pixels;
  bool operator==(const DrawnSample&) const = default;
};

struct DatasetSource {
  DatasetSourceKind kind = DatasetSourceKind::Generator;

  // generator ("dataset": {"generator": NAME, "samples", "noise", "classes", "seed", ...params})
  std::string generator = "gaussian-quantiles";
  int samples = 400;
  double noise = 0.0;
  int classes = 0; // 0: the generator's default
  std::uint64_t seed = 0;
  std::map<std::string, double> params; // the generator's named extra parameters (e.g. "cov")

  // csv ("dataset": {"csv": PATH, "label_column": NAME}); the path is relative to the project file
  std::string csvPath;
  std::string labelColumn; // empty: the reader's default (label/class/target/y, else the last column)
  // "label_column": [NAME, ...], a list (written back as one): 2+ columns are a regression with K
  // targets (CsvOptions::labelColumns); labelColumn is then empty.
  std::vector<std::string> labelColumns;
  // "image_shape": [H, W, C]: the feature columns are the pixels of an H × W × C image (H·W·C of them).
  // Unset: an image only when the columns are named p0 ... p{s·s−1} (CsvReader's square grayscale rule).
  std::optional<std::array<int, 3>> imageShape;

  // images ("dataset": {"images": FOLDER, "image_size": [H, W], "color": "grayscale" | "rgb"}): one
  // sub-folder per class; the path is relative to the project file, as a CSV's is.
  std::string imagesPath;
  std::array<int, 2> imageSize{28, 28};
  ImageColor color = ImageColor::Grayscale;

  // Any source: "targets": "inputs" makes the inputs the targets (reconstruction: a regression with as
  // many outputs as inputs; a CSV's label_column, if any, is then left out unread).
  bool targetsInputs = false;

  // points ("dataset": {"points": [[x1, x2, label], ...], "inputs": [...]}), painted data
  std::vector<std::string> inputs;
  MatrixD points;                  // samples x inputs
  std::vector<std::string> labels; // one per sample, as text
  bool numericLabels = false;      // labels are written back as JSON numbers

  // Any image source: pictures drawn by hand, in the order they were drawn.
  std::vector<DrawnSample> drawn;

  nlohmann::json extra = nlohmann::json::object(); // keys of "dataset" this version does not know

  bool operator==(const DatasetSource& o) const {
    return kind == o.kind && generator == o.generator && samples == o.samples && noise == o.noise &&
           classes == o.classes && seed == o.seed && params == o.params && csvPath == o.csvPath &&
           labelColumn == o.labelColumn && labelColumns == o.labelColumns && imageShape == o.imageShape &&
           imagesPath == o.imagesPath && imageSize == o.imageSize && color == o.color &&
           targetsInputs == o.targetsInputs && inputs == o.inputs && sameValues(points, o.points) &&
           labels == o.labels && numericLabels == o.numericLabels && drawn == o.drawn && extra == o.extra;
  }
};

struct SplitSettings {
  double validation = 0.2;
  double test = 0.0;
  std::uint64_t seed = 0;
  bool operator==(const SplitSettings&) const = default;
};

struct Project {
  DatasetSource dataset;
  std::optional<TaskKind> task; // absent: inferred from the labels (see ProjectData)
  SplitSettings split;
  PreprocessingKind preprocessing = PreprocessingKind::None;
  std::vector<FeatureTransform> transforms;
  NetworkSpec network;
  TrainingConfig training;
  std::optional<Model> model;                       // trained values; training continues from them
  std::vector<EpochRecord> history;                 // one record per trained epoch
  nlohmann::json canvas = nlohmann::json::object(); // layer positions, view: kept for the GUI as is
  std::vector<KeptRun> runs;                        // earlier runs kept for comparison, oldest first
  int runLimit = KeptRun::kDefaultLimit;            // runs kept at most (pinned ones count too)

  // Keys this version does not know, at the top level and inside the nested objects (dataset excepted,
  // see DatasetSource::extra), mirrored as a sparse tree; written back on save.
  nlohmann::json unknown = nlohmann::json::object();

  bool operator==(const Project& o) const;
};

// The project the GUI starts from when nothing is open: a 2-4-1 network on two gaussian quantiles.
Project defaultProject();

} // namespace neurona
