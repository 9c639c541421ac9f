#include "pictures/PngWriter.h"

#include <zlib.h>

#include <array>
#include <cstdint>

namespace {

void appendBigEndian(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xff);
}

// A chunk: length, type, data, and the CRC-32 of type and data.
void appendChunk(std::string& out, const char (&type)[5], const std::string& data) {
  appendBigEndian(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = out.size();
  out.append(type, 4);
  out += data;
  const auto* bytes = reinterpret_cast<const Bytef*>(out.data() + start);
  appendBigEndian(out, static_cast<std::uint32_t>(crc32(0L, bytes, static_cast<uInt>(out.size() - start))));
}

} // namespace

std::string PngWriter::encode(const BoundaryRaster& image) {
  if (image.empty()) return {};
  // The scanlines: a filter byte (0, none) then R, G, B per pixel.
  std::string raw;
  raw.reserve(static_cast<std::size_t>(image.height) * (1 + 3 * static_cast<std::size_t>(image.width)));
  for (int j = 0; j < image.height; ++j) {
    raw += '\0';
    for (int i = 0; i < image.width; ++i) {
      const std::uint32_t p =
          image.pixels[static_cast<std::size_t>(j) * static_cast<std::size_t>(image.width) +
                       static_cast<std::size_t>(i)];
      raw += static_cast<char>((p >> 16) & 0xff);
      raw += static_cast<char>((p >> 8) & 0xff);
      raw += static_cast<char>(p & 0xff);
    }
  }
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string compressed(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(compressed.data()), &size,
                reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()), 6) != Z_OK)
    return {};
  compressed.resize(size);

  std::string png("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  appendBigEndian(header, static_cast<std::uint32_t>(image.width));
  appendBigEndian(header, static_cast<std::uint32_t>(image.height));
  header += std::string("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter choice, no interlace
  appendChunk(png, "IHDR", header);
  appendChunk(png, "IDAT", compressed);
  appendChunk(png, "IEND", {});
  return png;
}
