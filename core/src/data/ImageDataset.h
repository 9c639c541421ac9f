#pragma once
// Internal to the image generators: a painter's pictures as a classification dataset.
#include "ImagePainter.h"
#include "neurona/core/data/Dataset.h"

namespace neurona {

class ImageDataset {
public:
  // `samples` pictures of size x size (grayscale, imageShape [size, size, 1], features p0 ... named as
  // PixelNames says), classes as equal as the count allows (the first samples % K one more) in a
  // shuffled order. The labels, the order and the clean pictures come from rng; the Gaussian pixel noise
  // of standard deviation `noise` (then clamped to [0, 1]) from noiseRng alone, so that for the same
  // rng the same pictures come out whatever the noise.
  static Dataset paint(const ImagePainter& painter, int samples, int size, double noise, Rng& rng,
                       Rng& noiseRng);
};

} // namespace neurona
