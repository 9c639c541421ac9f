#include "neurona/core/data/PixelNames.h"

#include <cmath>

namespace neurona {

std::vector<std::string> pixelNames(const std::array<int, 3>& shape) {
  std::vector<std::string> names;
  if (shape[0] <= 0 || shape[1] <= 0 || shape[2] <= 0) return names;
  const long long count = static_cast<long long>(shape[0]) * shape[1] * shape[2];
  names.reserve(static_cast<std::size_t>(count));
  for (long long k = 0; k < count; ++k) {
    std::string name = "p"; // appended: GCC 12 warns falsely (-Wrestrict) on "p" + std::to_string(k)
    name.append(std::to_string(k));
    names.push_back(std::move(name));
  }
  return names;
}

std::optional<std::array<int, 3>> squareImageShape(std::span<const std::string> featureNames) {
  const auto count = static_cast<long long>(featureNames.size());
  const auto side = static_cast<long long>(std::llround(std::sqrt(static_cast<double>(count))));
  if (side < 2 || side * side != count) return std::nullopt;
  for (long long k = 0; k < count; ++k) {
    const std::string& name = featureNames[static_cast<std::size_t>(k)];
    if (name.size() < 2 || name[0] != 'p' || name.compare(1, std::string::npos, std::to_string(k)) != 0)
      return std::nullopt;
  }
  return std::array<int, 3>{static_cast<int>(side), static_cast<int>(side), 1};
}

} // namespace neurona
