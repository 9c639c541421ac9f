#include "neurona/core/data/ImageFolder.h"

#include "neurona/core/data/PixelNames.h"

// The one place stb's decoders and resizer are compiled (core/CMakeLists.txt keeps this file out of the
// unity batches): only the PNG, JPEG and BMP decoders, reading from memory (the files are read here,
// after their size is checked). stb's own code is not held to the project's warnings.
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_ONLY_BMP
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS (1 << 16) // beyond it the header itself is refused; kMaxSide is checked below
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_STATIC
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wcast-qual"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cctype>
#include <fstream>
#include <memory>
#include <system_error>

namespace neurona {

namespace fs = std::filesystem;

namespace {

constexpr double kLuma[3] = {0.299, 0.587, 0.114}; // ITU-R BT.601, the usual luma weights

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.empty() || name.front() == '.';
}

// Whether `p` (canonical) lies inside `root` (canonical).
bool inside(const fs::path& p, const fs::path& root) {
  const auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
  return r == root.end();
}

// The entries of a folder sorted by name, hidden ones left out; counts every entry met in `seen`.
std::vector<fs::directory_entry> entries(const fs::path& dir, std::int64_t& seen, bool& tooMany) {
  std::vector<fs::directory_entry> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (++seen > ImageFolder::kMaxFiles) {
      tooMany = true;
      return out;
    }
    if (!hidden(it->path())) out.push_back(*it);
  }
  std::sort(out.begin(), out.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
  return out;
}

SkippedImage skip(const std::string& path, ErrorCode reason, std::int64_t expected = 0,
                  std::int64_t actual = 0, std::string detail = {}) {
  return {path, reason, expected, actual, std::move(detail)};
}

struct StbFree {
  void operator()(stbi_uc* p) const { stbi_image_free(p); }
};

} // namespace

bool ImageFolder::isImageName(const std::string& name) {
  const std::string ext = lower(fs::path(name).extension().string());
  return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp";
}

Result<std::vector<double>> ImageFolder::decode(std::string_view bytes, const ImageFolderOptions& options) {
  Result<std::vector<double>> out;
  if (bytes.size() > static_cast<std::size_t>(kMaxFileBytes)) {
    out.error.code = ErrorCode::TooLarge;
    out.error.expected = kMaxFileBytes;
    out.error.actual = static_cast<std::int64_t>(bytes.size());
    return out;
  }
  const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
  const int length = static_cast<int>(bytes.size());
  int w = 0, h = 0, comp = 0;
  // The header first: a picture's claimed size is checked before any pixel is decoded.
  if (!stbi_info_from_memory(data, length, &w, &h, &comp)) {
    out.error.code = ErrorCode::NotImage;
    out.error.detail = stbi_failure_reason() ? stbi_failure_reason() : "";
    return out;
  }
  if (w <= 0 || h <= 0 || w > kMaxSide || h > kMaxSide) {
    out.error.code = ErrorCode::ImageTooLarge;
    out.error.expected = kMaxSide;
    out.error.actual = std::max(w, h);
    return out;
  }
  // Gray pictures are read as one channel, colour ones as three (an alpha channel is left out).
  const bool grayFile = comp == 1 || comp == 2;
  const int channels = options.color == ImageColor::Rgb ? 3 : 1;
  const int read = options.color == ImageColor::Rgb || !grayFile ? 3 : 1;
  int dw = 0, dh = 0, dc = 0;
  const std::unique_ptr<stbi_uc, StbFree> pixels(stbi_load_from_memory(data, length, &dw, &dh, &dc, read));
  if (!pixels || dw != w || dh != h) {
    out.error.code = ErrorCode::NotImage;
    out.error.detail = stbi_failure_reason() ? stbi_failure_reason() : "";
    return out;
  }
  // Values in [0, 1], in the channels asked for.
  const std::size_t cells = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  std::vector<float> source(cells * static_cast<std::size_t>(channels));
  for (std::size_t i = 0; i < cells; ++i) {
    const stbi_uc* p = pixels.get() + i * static_cast<std::size_t>(read);
    if (channels == 3 || read == 1) {
      for (int c = 0; c < channels; ++c)
        source[i * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)] =
            static_cast<float>(p[c] / 255.0);
    } else {
      // luma = 0.299 R + 0.587 G + 0.114 B
      source[i] = static_cast<float>((kLuma[0] * p[0] + kLuma[1] * p[1] + kLuma[2] * p[2]) / 255.0);
    }
  }
  const int outH = options.size[0], outW = options.size[1];
  std::vector<float> resized;
  if (outH == h && outW == w) {
    resized = std::move(source);
  } else {
    // Shrinking averages the pixels each output pixel covers (a box filter); enlarging interpolates
    // linearly (a triangle filter). Both keep the values within [0, 1].
    resized.resize(static_cast<std::size_t>(outH) * static_cast<std::size_t>(outW) *
                   static_cast<std::size_t>(channels));
    const stbir_filter fw = outW < w ? STBIR_FILTER_BOX : STBIR_FILTER_TRIANGLE;
    const stbir_filter fh = outH < h ? STBIR_FILTER_BOX : STBIR_FILTER_TRIANGLE;
    if (!stbir_resize(source.data(), w, h, 0, resized.data(), outW, outH, 0, STBIR_TYPE_FLOAT, channels,
                      STBIR_ALPHA_CHANNEL_NONE, 0, STBIR_EDGE_CLAMP, STBIR_EDGE_CLAMP, fw, fh,
                      STBIR_COLORSPACE_LINEAR, nullptr)) {
      out.error.code = ErrorCode::NotImage;
      out.error.detail = "resize";
      return out;
    }
  }
  out.value.resize(resized.size());
  for (std::size_t i = 0; i < resized.size(); ++i)
    out.value[i] = std::clamp(static_cast<double>(resized[i]), 0.0, 1.0);
  return out;
}

ImageFolderResult ImageFolder::load(const fs::path& folder, const ImageFolderOptions& options) {
  ImageFolderResult out;
  out.error.file = folder.string();
  std::error_code ec;
  const fs::file_status status = fs::status(folder, ec);
  if (ec || !fs::exists(status)) {
    out.error.code = ErrorCode::CannotOpen;
    return out;
  }
  if (!fs::is_directory(status)) {
    out.error.code = ErrorCode::NotAFolder;
    return out;
  }
  const fs::path root = fs::canonical(folder, ec);
  if (ec) {
    out.error.code = ErrorCode::CannotOpen;
    return out;
  }

  const int channels = options.color == ImageColor::Rgb ? 3 : 1;
  const std::array<int, 3> shape{options.size[0], options.size[1], channels};
  const auto width = static_cast<std::size_t>(shape[0]) * static_cast<std::size_t>(shape[1]) *
                     static_cast<std::size_t>(channels);
  std::vector<std::vector<double>> rows;
  std::vector<int> labels;
  std::int64_t seen = 0;
  bool tooMany = false;
  const auto tooManyFiles = [&] {
    out.error.code = ErrorCode::TooManyFiles;
    out.error.expected = kMaxFiles;
    out.error.actual = seen;
  };

  for (const fs::directory_entry& dir : entries(root, seen, tooMany)) {
    if (!dir.is_directory(ec)) continue; // files beside the class folders are not pictures of a class
    const std::string className = dir.path().filename().string();
    const fs::path real = fs::canonical(dir.path(), ec);
    if (ec || !inside(real, root) || real == root) {
      out.skipped.push_back(skip(className, ErrorCode::OutsideFolder));
      continue;
    }
    const int label = static_cast<int>(out.dataset.classNames.size());
    bool any = false;
    for (const fs::directory_entry& file : entries(real, seen, tooMany)) {
      const std::string name = file.path().filename().string();
      if (!isImageName(name) || file.is_directory(ec)) continue;
      const std::string rel = className + "/" + name;
      const fs::path target = fs::canonical(file.path(), ec);
      if (ec) {
        out.skipped.push_back(skip(rel, ErrorCode::CannotOpen));
        continue;
      }
      if (!inside(target, root)) {
        out.skipped.push_back(skip(rel, ErrorCode::OutsideFolder));
        continue;
      }
      if (!fs::is_regular_file(target, ec)) {
        out.skipped.push_back(skip(rel, ErrorCode::NotRegularFile));
        continue;
      }
      const std::uintmax_t size = fs::file_size(target, ec);
      if (ec) {
        out.skipped.push_back(skip(rel, ErrorCode::CannotOpen));
        continue;
      }
      if (size > static_cast<std::uintmax_t>(kMaxFileBytes)) {
        out.skipped.push_back(skip(rel, ErrorCode::TooLarge, kMaxFileBytes, static_cast<std::int64_t>(size)));
        continue;
      }
      std::ifstream in(target, std::ios::binary);
      std::string bytes(static_cast<std::size_t>(size), '\0');
      if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        out.skipped.push_back(skip(rel, ErrorCode::CannotOpen));
        continue;
      }
      Result<std::vector<double>> pixels = decode(bytes, options);
      if (!pixels.ok()) {
        out.skipped.push_back(
            skip(rel, pixels.error.code, pixels.error.expected, pixels.error.actual, pixels.error.detail));
        continue;
      }
      rows.push_back(std::move(pixels.value));
      labels.push_back(label);
      any = true;
    }
    if (tooMany) break;
    // A class is a sub-folder with at least one readable picture.
    if (any) out.dataset.classNames.push_back(className);
  }
  if (tooMany) {
    tooManyFiles();
    return out;
  }
  if (rows.empty()) {
    out.error.code = ErrorCode::NoImages;
    out.error.actual = static_cast<std::int64_t>(out.skipped.size());
    return out;
  }
  if (out.dataset.classNames.size() < 2) {
    out.error.code = ErrorCode::SingleClass;
    out.error.text = errorExcerpt(out.dataset.classNames.front());
    return out;
  }

  Dataset& ds = out.dataset;
  ds.task = ds.classCount() == 2 ? TaskKind::BinaryClassification : TaskKind::MulticlassClassification;
  ds.imageShape = shape;
  ds.featureNames = pixelNames(shape);
  ds.features.resize(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(width));
  ds.labels.resize(static_cast<Eigen::Index>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto i = static_cast<Eigen::Index>(r);
    ds.features.row(i) =
        Eigen::Map<const Eigen::RowVectorXd>(rows[r].data(), static_cast<Eigen::Index>(width));
    ds.labels(i) = labels[r];
  }
  out.error = {};
  return out;
}

} // namespace neurona
