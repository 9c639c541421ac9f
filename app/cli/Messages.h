#pragma once
// The sentences neurona-cli prints for core's error codes (core itself returns codes plus data).
#include "neurona/core/Error.h"
#include "neurona/core/cpu/KernelSet.h"
#include "neurona/core/data/CsvReader.h"
#include "neurona/core/data/Generators.h"
#include "neurona/core/data/ImageFolder.h"
#include "neurona/core/graph/Validation.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace neurona::cli {

// "FILE: JSONPATH: what is wrong" / "FILE:LINE:COLUMN: what is wrong", for an Error of a file (read,
// written, or a project's data: BadCsv says what the CSV reader found, by its cause).
std::string describe(const Error& e);
// A picture of an image folder left out, e.g. "cat/03.png is not a PNG, JPEG or BMP picture that can be
// read (bad png sig)".
std::string describe(const SkippedImage& s);
// One warning line per skipped picture on `err` (at most 10, then "and N more files skipped"), each
// "warning: FOLDER: skipped cat/03.png ...". Nothing when none was skipped.
void warnSkippedImages(std::ostream& err, std::string_view folder, const std::vector<SkippedImage>& skipped);
// A generator's refusal of the dataset verb's options, e.g. "--noise 12 is outside 0..10".
std::string describeGeneratorError(const Error& e, const GeneratorInfo& info);
// A refusal of Trainer::check, e.g. "cannot train (target_mismatch)" (the caller names the project).
std::string describeTrainRefusal(const Error& e);
// One validation diagnostic of a network, e.g. "network.layers[2]: softmax is only allowed on the output
// layer".
std::string describe(const Diagnostic& d, const NetworkSpec& spec);
// A refused NEURONA_KERNELS, e.g. "NEURONA_KERNELS=avx512: this computer cannot run the avx512 kernels
// (available: baseline, avx2)".
std::string describe(const KernelRequest& r);
// Text from a file made safe to print on a terminal: control characters (C0, DEL and the C1 range
// U+0080..U+009F, which include the escape sequences' introducers) become \n, \r, \t or \xHH / \u00HH;
// everything else, UTF-8 included, stays as it is.
std::string printable(std::string_view text);
// The refusal to export a project that holds no trained model, with the command that trains it, e.g.
// "p.neurona: the project holds no trained model yet; train it first with: neurona-cli train p.neurona".
std::string untrainedProject(std::string_view file);
// The refusal of --format pytorch-train or numpy-train for a model file, e.g. "m.json: pytorch-train
// exports a project's training run; give the project (PROJECT.neurona), not a model file".
std::string trainingScriptNeedsProject(std::string_view file, std::string_view format);
// The refusal of step for a graph network, e.g. "p.neurona: step explains a straight chain of layers;
// this network is a graph (add, concat, or a layer that does not read the one before it)".
std::string stepNeedsStraightNetwork(std::string_view file);
// step on a network with convolution, pooling or flatten layers (their stages are not traced).
std::string stepNeedsFlatLayers(std::string_view file);
// A sweep's refusal of its settings (UnknownSetting, BadSettingValue; SweepPlan::create and
// parseSweepSetting), e.g. "unknown setting 'training.optimizer.lr'" or "the value 'relu' does not fit
// network.layers[0].units, which is a number". `projectDoc` is the project the keys name (for the types).
std::string describeSettingError(const Error& e, const nlohmann::json& projectDoc);
// A size for people: "830 KB", "490 MB", "7.5 GB".
std::string bytesText(std::int64_t bytes);

} // namespace neurona::cli
