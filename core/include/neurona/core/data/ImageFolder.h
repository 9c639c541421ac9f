#pragma once
// A folder of pictures as a classification data set: one sub-folder per class (its name is the class name;
// classes sorted by name), each holding PNG, JPEG or BMP files. Every picture is resized to one size and
// its values scaled to [0, 1], in one channel (luma) or three (red, green, blue): the features are the
// pixels p0 ... in height, width, channel order (Dataset::imageShape).
//
// The files come from anywhere, so each is checked before it is decoded (its size on disk, its width and
// height from the header) and a picture that cannot be read is skipped and listed, not fatal: the data set
// holds the readable ones. Hidden files and folders (".name") and files of other kinds (by their
// extension) are left out without a word; symbolic links are followed only within the folder.
#include "neurona/core/Error.h"
#include "neurona/core/data/Dataset.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace neurona {

// How the pictures become channels: one (luma 0.299 R + 0.587 G + 0.114 B) or three.
enum class ImageColor { Grayscale, Rgb };

struct ImageFolderOptions {
  std::array<int, 2> size{28, 28}; // [height, width] every picture is resized to
  ImageColor color = ImageColor::Grayscale;
};

// A picture left out: its path relative to the folder ("cat/03.png", '/' between the parts) and why
// (reason: CannotOpen, NotRegularFile, TooLarge with the file's bytes in `actual` and the limit in
// `expected`, ImageTooLarge with its larger side in `actual` and the limit in `expected`, NotImage with
// the decoder's words in `detail`, or OutsideFolder).
struct SkippedImage {
  std::string path;
  ErrorCode reason = ErrorCode::None;
  std::int64_t expected = 0;
  std::int64_t actual = 0;
  std::string detail;
};

struct ImageFolderResult {
  Dataset dataset;
  std::vector<SkippedImage> skipped; // in the order met (classes by name, files by name)
  Error error;
  bool ok() const { return error.ok(); }
};

class ImageFolder {
public:
  static constexpr int kMaxSide = 4096;                             // a picture's width or height
  static constexpr std::int64_t kMaxFileBytes = 32LL * 1024 * 1024; // one file
  static constexpr std::int64_t kMaxFiles = 100'000;                // entries in the class folders

  // Errors (file = the folder): CannotOpen (it does not exist), NotAFolder, TooManyFiles (expected = the
  // limit), NoImages (no readable picture; actual = the files skipped), SingleClass (text = the one class
  // with readable pictures).
  static ImageFolderResult load(const std::filesystem::path& folder, const ImageFolderOptions& options);

  // One file's bytes as H·W·C values in [0, 1] (the options' size and color); the error's code is a
  // SkippedImage reason (NotImage, ImageTooLarge).
  static Result<std::vector<double>> decode(std::string_view bytes, const ImageFolderOptions& options);

  // Whether a file name is one the folder reads (.png, .jpg, .jpeg, .bmp in any case).
  static bool isImageName(const std::string& name);
};

} // namespace neurona
