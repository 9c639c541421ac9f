#pragma once
// From a project's description to the data a training run uses, the same way in the GUI and the CLI:
//   dataset (generator | CSV relative to the project file | embedded points; task forced or inferred;
//            "targets": "inputs" makes it a regression whose targets are its raw inputs)
//   -> stratified split (split.seed) -> pipeline fitted on the training rows -> prepared parts.
// The trained values then become a Model with the pipeline, input names, task and classes.
#include "neurona/core/Error.h"
#include "neurona/core/data/Dataset.h"
#include "neurona/core/data/FeaturePipeline.h"
#include "neurona/core/data/ImageFolder.h"
#include "neurona/core/data/Split.h"
#include "neurona/core/io/Project.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace neurona {

struct PreparedData {
  Dataset raw;                     // as generated or read, before transforms and preprocessing
  DatasetSplit split;              // row indices into raw
  FeaturePipeline pipeline;        // fitted on the training rows
  Dataset train, validation, test; // after the pipeline (validation/test may be empty); targets that
                                   // are the inputs are the preprocessed raw inputs there
  // An image folder's pictures that could not be read (see ImageFolder); the data holds the others.
  // Filled by prepare(project, dir), also when it fails.
  std::vector<SkippedImage> skippedImages;
};

class ProjectData {
public:
  // Errors: a generator setting out of range -> BadValue / UnknownName at "dataset.<key>" (the
  // generator's code in detail); a CSV file that cannot be opened -> CannotOpen with the file; another CSV
  // problem -> BadCsv with the CSV's file, the reader's code as cause, its line, column, text and counts
  // (detail spells "cause: text"); painted points the reader refuses -> BadValue at "dataset.points[i]";
  // a forced task that the data cannot have (any but regression for several label columns or for
  // "targets": "inputs") -> BadValue at "task".
  // An "image_shape" (a CSV's or embedded points') that does not hold the feature columns ->
  // ImageShapeMismatch at "dataset.image_shape" (file = the CSV, none for points). An image folder (relative
  // to projectDir) -> ImageFolder::load's errors at "dataset.images" with the folder as file; its unreadable
  // pictures go to `skipped` (when given) and are not an error. The drawn pictures (dataset.drawn) follow the
  // source's samples; refused: data that is not pictures with classes -> BadValue at "dataset.drawn" (detail
  // "needs-image-classes"), a picture of another size -> WrongLength at "dataset.drawn[i].pixels", a class
  // the data does not have -> UnknownName at "dataset.drawn[i].label".
  static Result<Dataset> loadDataset(const Project& project, const std::filesystem::path& projectDir,
                                     std::vector<SkippedImage>* skipped = nullptr);
  // Appends drawn pictures to loaded data, checked as loadDataset does (nothing changes on an error).
  static Error appendDrawn(Dataset& data, const std::vector<DrawnSample>& drawn);
  // Loaded data as embedded points ("dataset": {"points", "inputs", "image_shape", "drawn"}), for a
  // project whose data file has gone: the rows before the last drawn.size() (the drawn pictures, kept as
  // `drawn`), labelled with their class or their one regression target. A regression must be saved with
  // its task forced ("task": "regression"), or its numbers could be read back as classes. Nothing when
  // the points cannot hold the data: several targets, or targets that are the inputs.
  static std::optional<DatasetSource> asPoints(const Dataset& raw,
                                               const std::vector<DrawnSample>& drawn = {});
  static Result<PreparedData> prepare(const Project& project, const std::filesystem::path& projectDir);
  static PreparedData prepare(const Project& project, Dataset raw); // split + pipeline of loaded data
  // NonFinitePreprocessing when the fitted pipeline has an infinite or undefined offset or scale
  // (features near ±1e308 overflow the variance or the range): training on it would be meaningless and
  // its model could not be saved. The first overload checks this too; the second leaves it to callers.
  static Error checkPipeline(const PreparedData& data);

  // The project's network as a run on `data` trains it: a network without an input shape takes the
  // prepared data's image shape (a generator's images, a CSV whose columns are p0 ... p{s*s-1}), so that
  // a project file need not repeat what its data says. This is the one place where that happens:
  // ProjectRun (train, sweep, step's checks) validates and trains this network and makeModel stores it,
  // so a trained model always carries its input_shape. A shape the file gives is kept as it is;
  // validate() then reports InputShapeMismatch when it does not hold the data's features. Data with
  // transforms appended has no image shape (ProjectData's prepared parts drop it).
  static NetworkSpec network(const Project& project, const PreparedData& data);
  static NetworkSpec network(const NetworkSpec& network, const PreparedData& data); // the same rule
  // The model of a run: the network (as network() gives it) with `params`, the pipeline, input names
  // (p0 ... for images), task and classes.
  static Model makeModel(const Project& project, const PreparedData& data, const ModelParams& params);
  // True when `model` can seed training of `spec` on `features` network inputs (same layers and shapes).
  static bool modelFits(const Model& model, const NetworkSpec& spec, int features);
};

} // namespace neurona
