#pragma once
// Toy-problem generators for teaching. Names are a contract with project files and neurona-cli.
//
// Every generator takes samples, noise (0 gives clean data), a seed (it seeds its own Rng, so the same
// seed always gives the same dataset bit for bit on one build) and, where it applies, the number of
// classes, plus named extra parameters. Classification generators return classes of equal size (the
// first samples % classes classes get one more) with labels 0..K-1; regression generators return
// targets. Samples come out shuffled.
//
// Point generators (GeneratorKind::Points) give two features named x1, x2 and class names "0","1",...
// noise: for classification, the standard deviation of Gaussian jitter added to both coordinates after
// labelling, relative to the size of the pattern (about 0..1 is useful); for regression, the standard
// deviation of Gaussian noise added to the target (the clean targets lie within [-1, 1]).
//
// Image generators (GeneratorKind::Image: shapes, bars, glyphs) give grayscale pictures of size x size
// pixels (the parameter `size`): imageShape [size, size, 1], one feature per pixel, p0 ... in row-major
// order, values in [0, 1] (0 the background), classification with named classes (shapes: circle, square,
// triangle, cross; bars: horizontal, vertical; glyphs: 0 ... 9). noise: the standard deviation of
// Gaussian noise added to every pixel, the result clamped to [0, 1]. The same seed gives the same clean
// pictures whatever the noise.
#include "neurona/core/Error.h"
#include "neurona/core/data/Dataset.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace neurona {

struct GeneratorParam {
  std::string_view name;
  double defaultValue = 0;
  double min = 0; // inclusive
  double max = 0; // inclusive
  bool integer = false;
};

// What a generator's samples are: points of the plane (the app draws them as scatter plots) or pictures.
enum class GeneratorKind { Points, Image };

struct GeneratorInfo {
  std::string_view name; // "gaussian-quantiles", "circles", ... (file/CLI name)
  bool regression = false;
  bool hasClasses = false; // false: the class count is fixed at defaultClasses or absent (regression)
  int defaultClasses = 2;  // 0 for regression
  int minClasses = 2;
  int maxClasses = 2;
  int defaultSamples = 400;
  double defaultNoise = 0;
  std::vector<GeneratorParam> params; // the named extra parameters with their defaults and ranges
  GeneratorKind kind = GeneratorKind::Points;
};

// All 14 generators in a stable order: the 11 point generators, then the image ones (the GUI builds its
// picker from the point generators).
std::span<const GeneratorInfo> allGenerators();
const GeneratorInfo* findGenerator(std::string_view name); // nullptr when unknown

inline constexpr int kMaxGeneratedSamples = 10'000'000;
inline constexpr double kMaxGeneratorNoise = 10.0;
// Image generators: at most this many pixel values in all (samples x size x size), 400 MB of doubles.
inline constexpr long long kMaxGeneratedValues = 50'000'000;

struct GeneratorOptions {
  int samples = 400;
  double noise = 0;
  std::uint64_t seed = 1;
  int classes = 0;                      // 0: the generator's default; ignored by fixed-class generators
  std::map<std::string, double> params; // missing names take their defaults
};

// The dataset, or why the settings were refused: UnknownGenerator (text = the name), BadSamples (for
// images also when samples x size x size exceeds kMaxGeneratedValues; max is then the most samples),
// BadNoise,
// BadClasses (value = the setting, min/max = its allowed range; classification needs samples >= classes),
// UnknownParam (text = the parameter name, value), BadParam (text = the parameter name, value, min/max;
// integers where the parameter is one).
Result<Dataset> generateDataset(std::string_view name, const GeneratorOptions& options);

} // namespace neurona
