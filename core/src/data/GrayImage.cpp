#include "GrayImage.h"

#include <random>

namespace neurona {

GrayImage::GrayImage(int size)
    : m_size(size), m_pixels(static_cast<std::size_t>(size) * static_cast<std::size_t>(size), 0.0) {}

void GrayImage::addNoise(double sigma, Rng& rng) {
  std::normal_distribution<double> normal(0.0, sigma);
  for (double& pixel : m_pixels) pixel = std::clamp(pixel + normal(rng), 0.0, 1.0);
}

} // namespace neurona
