#include "neurona/core/data/Generators.h"

#include "BarPainter.h"
#include "GlyphPainter.h"
#include "ImageDataset.h"
#include "ShapePainter.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace neurona {
namespace {

constexpr double kPi = std::numbers::pi;

// Every image generator's one parameter: the picture's side in pixels.
constexpr GeneratorParam kImageSize{"size", 16.0, 8.0, 64.0, true};

const std::vector<GeneratorInfo>& generatorTable() {
  static const std::vector<GeneratorInfo> table{
      {"gaussian-quantiles", false, true, 2, 2, 10, 1000, 0.0, {{"cov", 1.0, 1e-3, 100.0, false}}},
      {"circles", false, false, 2, 2, 2, 400, 0.05, {{"factor", 0.5, 0.01, 0.99, false}}},
      {"moons", false, false, 2, 2, 2, 400, 0.1, {}},
      {"xor", false, false, 2, 2, 2, 400, 0.0, {{"gap", 0.1, 0.0, 0.5, false}}},
      {"blobs", false, true, 3, 2, 10, 400, 0.0, {{"spread", 0.15, 1e-3, 10.0, false}}},
      {"spiral", false, true, 2, 2, 10, 400, 0.0, {{"turns", 1.0, 0.25, 5.0, false}}},
      {"checkerboard", false, false, 2, 2, 2, 400, 0.0, {{"cells", 4.0, 2.0, 20.0, true}}},
      {"stripes",
       false,
       true,
       2,
       2,
       10,
       400,
       0.0,
       {{"bands", 4.0, 2.0, 40.0, true}, {"angle", 0.0, -180.0, 180.0, false}}},
      {"plane",
       true,
       false,
       0,
       0,
       0,
       400,
       0.0,
       {{"w1", 1.0, -10.0, 10.0, false}, {"w2", 0.5, -10.0, 10.0, false}}},
      {"multi-gaussian",
       true,
       false,
       0,
       0,
       0,
       400,
       0.0,
       {{"bumps", 6.0, 1.0, 20.0, true}, {"width", 0.3, 0.01, 5.0, false}}},
      {"sine",
       true,
       false,
       0,
       0,
       0,
       400,
       0.0,
       {{"w1", 3.0, -20.0, 20.0, false}, {"w2", 2.0, -20.0, 20.0, false}}},
      {"shapes", false, false, 4, 4, 4, 1000, 0.1, {kImageSize}, GeneratorKind::Image},
      {"bars", false, false, 2, 2, 2, 500, 0.1, {kImageSize}, GeneratorKind::Image},
      {"glyphs", false, false, 10, 10, 10, 1000, 0.1, {kImageSize}, GeneratorKind::Image},
  };
  return table;
}

// Jitter comes from its own engine, so for one seed the clean pattern (and the sample order) is the
// same whatever the noise: noise only moves points (classification) or targets (regression).
constexpr std::uint64_t kNoiseStream = 0x9E3779B97F4A7C15ull;

struct Points {
  std::vector<double> x1, x2;
  std::vector<int> label;
  std::vector<double> target;
  void reserve(std::size_t n) {
    x1.reserve(n);
    x2.reserve(n);
    label.reserve(n);
  }
  void add(double a, double b, int c) {
    x1.push_back(a);
    x2.push_back(b);
    label.push_back(c);
  }
};

// Class sizes as equal as possible: the first samples % K classes get one more.
std::vector<int> classSizes(int samples, int classes) {
  std::vector<int> sizes(static_cast<std::size_t>(classes), samples / classes);
  for (int k = 0; k < samples % classes; ++k) ++sizes[static_cast<std::size_t>(k)];
  return sizes;
}

class Generator {
public:
  Generator(const GeneratorOptions& o, int classes)
      : m_samples(o.samples), m_classes(classes), m_rng(o.seed), m_params(o.params) {}

  double param(std::string_view name, const GeneratorInfo& info) const {
    const auto it = m_params.find(std::string(name));
    if (it != m_params.end()) return it->second;
    for (const auto& p : info.params)
      if (p.name == name) return p.defaultValue;
    return 0;
  }
  double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
  double normal() { return m_normal(m_rng); }
  Rng& rng() { return m_rng; }
  int samples() const { return m_samples; }
  int classes() const { return m_classes; }

private:
  int m_samples;
  int m_classes;
  Rng m_rng;
  std::normal_distribution<double> m_normal{0.0, 1.0};
  const std::map<std::string, double>& m_params;
};

// Draws points uniformly in [-1,1]^2 until each class has its share; labelOf maps a point to a class.
template <class LabelOf> Points balancedUniform(Generator& g, LabelOf labelOf) {
  Points pts;
  pts.reserve(static_cast<std::size_t>(g.samples()));
  for (int c = 0; const int size : classSizes(g.samples(), g.classes())) {
    for (int i = 0; i < size;) {
      const double a = g.uniform(-1, 1);
      const double b = g.uniform(-1, 1);
      if (labelOf(a, b) != c) continue;
      pts.add(a, b, c);
      ++i;
    }
    ++c;
  }
  return pts;
}

Points gaussianQuantiles(Generator& g, const GeneratorInfo& info, double& scale) {
  const double sigma = std::sqrt(g.param("cov", info));
  scale = sigma;
  const auto n = static_cast<std::size_t>(g.samples());
  std::vector<double> a(n), b(n), r2(n);
  for (std::size_t i = 0; i < n; ++i) {
    a[i] = sigma * g.normal();
    b[i] = sigma * g.normal();
    r2[i] = a[i] * a[i] + b[i] * b[i];
  }
  // Classes are consecutive runs of the points sorted by distance to the centre.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return r2[i] < r2[j]; });
  Points pts;
  pts.reserve(n);
  std::size_t next = 0;
  for (int c = 0; const int size : classSizes(g.samples(), g.classes())) {
    for (int i = 0; i < size; ++i, ++next) pts.add(a[order[next]], b[order[next]], c);
    ++c;
  }
  return pts;
}

Points circles(Generator& g, const GeneratorInfo& info) {
  const double factor = g.param("factor", info);
  Points pts;
  pts.reserve(static_cast<std::size_t>(g.samples()));
  const auto sizes = classSizes(g.samples(), 2);
  // class 0: the outer ring (radius 1), class 1: the inner ring (radius factor).
  for (int c = 0; c < 2; ++c) {
    const double r = c == 0 ? 1.0 : factor;
    for (int i = 0; i < sizes[static_cast<std::size_t>(c)]; ++i) {
      const double t = g.uniform(0, 2 * kPi);
      pts.add(r * std::cos(t), r * std::sin(t), c);
    }
  }
  return pts;
}

Points moons(Generator& g) {
  Points pts;
  pts.reserve(static_cast<std::size_t>(g.samples()));
  const auto sizes = classSizes(g.samples(), 2);
  for (int i = 0; i < sizes[0]; ++i) { // upper half circle centred at (0, 0)
    const double t = g.uniform(0, kPi);
    pts.add(std::cos(t), std::sin(t), 0);
  }
  for (int i = 0; i < sizes[1]; ++i) { // lower half circle centred at (1, 0.5)
    const double t = g.uniform(0, kPi);
    pts.add(1 - std::cos(t), 0.5 - std::sin(t), 1);
  }
  return pts;
}

Points xorQuadrants(Generator& g, const GeneratorInfo& info) {
  const double gap = g.param("gap", info);
  Points pts;
  pts.reserve(static_cast<std::size_t>(g.samples()));
  const auto sizes = classSizes(g.samples(), 2);
  // class 0: x1 and x2 of the same sign; class 1: opposite signs. |xi| is uniform in [gap, 1].
  for (int c = 0; c < 2; ++c) {
    for (int i = 0; i < sizes[static_cast<std::size_t>(c)]; ++i) {
      const double s1 = g.uniform(0, 1) < 0.5 ? -1.0 : 1.0;
      const double s2 = c == 0 ? s1 : -s1;
      pts.add(s1 * g.uniform(gap, 1), s2 * g.uniform(gap, 1), c);
    }
  }
  return pts;
}

Points blobs(Generator& g, const GeneratorInfo& info) {
  const double spread = g.param("spread", info);
  const int k = g.classes();
  const double rotation = g.uniform(0, 2 * kPi);
  Points pts;
  pts.reserve(static_cast<std::size_t>(g.samples()));
  // Centres evenly on the unit circle (randomly rotated), so no two clusters coincide.
  for (int c = 0; const int size : classSizes(g.samples(), k)) {
    const double angle = rotation + 2 * kPi * c / k;
    const double cx = std::cos(angle);
    const double cy = std::sin(angle);
    for (int i = 0; i < size; ++i) {
      const double dx = spread * g.normal();
      const double dy = spread * g.normal();
      pts.add(cx + dx, cy + dy, c);
    }
    ++c;
  }
  return pts;
}

Points spiral(Generator& g, const GeneratorInfo& info) {
  const double turns = g.param("turns", info);
  const int k = g.classes();
  Points pts;
  pts.reserve(static_cast<std::size_t>(g.samples()));
  // Arm c: radius t, angle 2*pi*(turns*t + c/K), t uniform in [0.05, 1].
  for (int c = 0; const int size : classSizes(g.samples(), k)) {
    for (int i = 0; i < size; ++i) {
      const double t = g.uniform(0.05, 1.0);
      const double angle = 2 * kPi * (turns * t + static_cast<double>(c) / k);
      pts.add(t * std::cos(angle), t * std::sin(angle), c);
    }
    ++c;
  }
  return pts;
}

int positiveMod(long long a, int m) { return static_cast<int>(((a % m) + m) % m); }

// An image generator's dataset from options already checked, but for the number of pixel values.
template <class Fail>
Result<Dataset> imageDataset(const GeneratorInfo& info, const GeneratorOptions& options, int classes,
                             Fail& fail) {
  const auto it = options.params.find("size");
  const int size = static_cast<int>(it != options.params.end() ? it->second : kImageSize.defaultValue);
  const long long perSample = static_cast<long long>(size) * size;
  const long long maxSamples = std::min<long long>(kMaxGeneratedSamples, kMaxGeneratedValues / perSample);
  if (options.samples > maxSamples)
    return fail(ErrorCode::BadSamples, {}, options.samples, std::max(1, classes),
                static_cast<double>(maxSamples));
  // As for points, the noise has an engine of its own: the same seed gives the same clean pictures.
  Rng rng(options.seed);
  Rng noiseRng(options.seed ^ kNoiseStream);
  const ShapePainter shapes;
  const BarPainter bars;
  const GlyphPainter glyphs;
  const ImagePainter& painter = info.name == "shapes" ? static_cast<const ImagePainter&>(shapes)
                                : info.name == "bars" ? static_cast<const ImagePainter&>(bars)
                                                      : static_cast<const ImagePainter&>(glyphs);
  Result<Dataset> result;
  result.value = ImageDataset::paint(painter, options.samples, size, options.noise, rng, noiseRng);
  return result;
}

} // namespace

std::span<const GeneratorInfo> allGenerators() { return generatorTable(); }

const GeneratorInfo* findGenerator(std::string_view name) {
  for (const auto& info : generatorTable())
    if (info.name == name) return &info;
  return nullptr;
}

Result<Dataset> generateDataset(std::string_view name, const GeneratorOptions& options) {
  Result<Dataset> result;
  auto fail = [&](ErrorCode code, std::string text, double value, double lo, double hi) {
    result.error.code = code;
    result.error.text = std::move(text);
    result.error.value = value;
    result.error.min = lo;
    result.error.max = hi;
    return result;
  };
  const GeneratorInfo* info = findGenerator(name);
  if (!info) return fail(ErrorCode::UnknownGenerator, std::string(name), 0, 0, 0);

  int classes = info->regression
                    ? 0
                    : (info->hasClasses && options.classes != 0 ? options.classes : info->defaultClasses);
  if (!info->regression && (classes < info->minClasses || classes > info->maxClasses))
    return fail(ErrorCode::BadClasses, {}, classes, info->minClasses, info->maxClasses);
  for (const auto& entry : options.params) {
    const std::string& key = entry.first;
    const double value = entry.second;
    const auto it = std::find_if(info->params.begin(), info->params.end(),
                                 [&key](const GeneratorParam& p) { return p.name == key; });
    if (it == info->params.end()) return fail(ErrorCode::UnknownParam, key, value, 0, 0);
    if (!std::isfinite(value) || value < it->min || value > it->max ||
        (it->integer && value != std::round(value)))
      return fail(ErrorCode::BadParam, key, value, it->min, it->max);
  }
  if (info->name == "stripes") {
    // Each class needs a band of its own.
    const auto bands = options.params.find("bands");
    const double b = bands != options.params.end() ? bands->second : info->params[0].defaultValue;
    if (classes > b) return fail(ErrorCode::BadClasses, {}, classes, info->minClasses, b);
  }
  const int minSamples = std::max(1, classes);
  if (options.samples < minSamples || options.samples > kMaxGeneratedSamples)
    return fail(ErrorCode::BadSamples, {}, options.samples, minSamples, kMaxGeneratedSamples);
  if (!std::isfinite(options.noise) || options.noise < 0 || options.noise > kMaxGeneratorNoise)
    return fail(ErrorCode::BadNoise, {}, options.noise, 0, kMaxGeneratorNoise);
  if (info->kind == GeneratorKind::Image) return imageDataset(*info, options, classes, fail);

  Generator g(options, classes);
  Rng noiseRng(options.seed ^ kNoiseStream);
  std::normal_distribution<double> jitter(0.0, 1.0);
  const auto n = static_cast<std::size_t>(options.samples);
  Points pts;
  double noiseScale = 1.0; // the size of the pattern's unit, so noise is relative to it
  const std::string_view id = info->name;

  if (id == "gaussian-quantiles") {
    pts = gaussianQuantiles(g, *info, noiseScale);
  } else if (id == "circles") {
    pts = circles(g, *info);
  } else if (id == "moons") {
    pts = moons(g);
  } else if (id == "xor") {
    pts = xorQuadrants(g, *info);
  } else if (id == "blobs") {
    pts = blobs(g, *info);
  } else if (id == "spiral") {
    pts = spiral(g, *info);
  } else if (id == "checkerboard") {
    const double cells = g.param("cells", *info);
    noiseScale = 2.0 / cells;
    pts = balancedUniform(g, [&](double a, double b) {
      const auto i = static_cast<long long>(std::floor((a + 1) / noiseScale));
      const auto j = static_cast<long long>(std::floor((b + 1) / noiseScale));
      return positiveMod(i + j, 2);
    });
  } else if (id == "stripes") {
    const double bands = g.param("bands", *info);
    const double angle = g.param("angle", *info) * kPi / 180;
    const double ca = std::cos(angle);
    const double sa = std::sin(angle);
    noiseScale = 2.0 / bands;
    // u = x . (cos a, sin a); the band is floor((u + 1) / width), its class band mod K.
    pts = balancedUniform(g, [&](double a, double b) {
      return positiveMod(static_cast<long long>(std::floor((a * ca + b * sa + 1) / noiseScale)), g.classes());
    });
  } else {
    pts.reserve(n);
    pts.target.reserve(n);
    std::vector<double> cx, cy;
    const double w1 = g.param("w1", *info);
    const double w2 = g.param("w2", *info);
    const double width = g.param("width", *info);
    if (id == "multi-gaussian") {
      const int bumps = static_cast<int>(g.param("bumps", *info));
      for (int k = 0; k < bumps; ++k) {
        cx.push_back(g.uniform(-0.8, 0.8));
        cy.push_back(g.uniform(-0.8, 0.8));
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      const double a = g.uniform(-1, 1);
      const double b = g.uniform(-1, 1);
      double y = 0;
      if (id == "plane") {
        // y = (w1 x1 + w2 x2) / (|w1| + |w2|), within [-1, 1]
        const double norm = std::abs(w1) + std::abs(w2);
        y = norm > 0 ? (w1 * a + w2 * b) / norm : 0.0;
      } else if (id == "multi-gaussian") {
        // y = clamp(sum_k s_k exp(-|x - c_k|^2 / (2 width^2)), -1, 1), signs alternating +, -, +, ...
        for (std::size_t k = 0; k < cx.size(); ++k) {
          const double d2 = (a - cx[k]) * (a - cx[k]) + (b - cy[k]) * (b - cy[k]);
          y += (k % 2 == 0 ? 1.0 : -1.0) * std::exp(-d2 / (2 * width * width));
        }
        y = std::clamp(y, -1.0, 1.0);
      } else { // sine: y = sin(w1 x1 + w2 x2)
        y = std::sin(w1 * a + w2 * b);
      }
      pts.x1.push_back(a);
      pts.x2.push_back(b);
      pts.target.push_back(y);
    }
  }

  // Shuffle (Fisher-Yates) so that classes are interleaved; the order only depends on the seed.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (std::size_t i = n; i > 1; --i) {
    const auto j = std::uniform_int_distribution<std::size_t>(0, i - 1)(g.rng());
    std::swap(order[i - 1], order[j]);
  }

  Dataset& ds = result.value;
  ds.featureNames = {"x1", "x2"};
  ds.features.resize(static_cast<Eigen::Index>(n), 2);
  const double sigma = options.noise * noiseScale;
  if (info->regression) {
    ds.task = TaskKind::Regression;
    ds.labelName = "target";
    ds.targets.resize(static_cast<Eigen::Index>(n), 1);
  } else {
    ds.task = classes == 2 ? TaskKind::BinaryClassification : TaskKind::MulticlassClassification;
    ds.labels.resize(static_cast<Eigen::Index>(n));
    for (int c = 0; c < classes; ++c) ds.classNames.push_back(std::to_string(c));
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    const std::size_t src = order[i];
    ds.features(r, 0) = pts.x1[src];
    ds.features(r, 1) = pts.x2[src];
    if (info->regression) {
      ds.targets(r) = pts.target[src] + (options.noise > 0 ? options.noise * jitter(noiseRng) : 0.0);
    } else {
      ds.labels(r) = pts.label[src];
      if (sigma > 0) {
        ds.features(r, 0) += sigma * jitter(noiseRng);
        ds.features(r, 1) += sigma * jitter(noiseRng);
      }
    }
  }
  return result;
}

} // namespace neurona
