#include "neurona/core/io/NumberText.h"

#include <array>
#include <charconv>

namespace neurona {

std::string shortestText(double v) {
  // to_chars without a precision is the shortest round-trip form and ignores the C locale.
  std::array<char, 32> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return std::string(buf.data(), r.ptr);
}

} // namespace neurona
