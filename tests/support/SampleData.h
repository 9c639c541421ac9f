#pragma once
// Small data sets the plot tests draw.
#include "neurona/core/data/Dataset.h"

// Four points of two classes, "no" and "yes", on two features.
inline neurona::Dataset binaryData() {
  neurona::Dataset d;
  d.featureNames = {"a", "b"};
  d.features.resize(4, 2);
  d.features << -0.5, -1, 0.5, 1, -0.2, 0.3, 0.7, -0.4;
  d.labels.resize(4);
  d.labels << 0, 1, 0, 1;
  d.classNames = {"no", "yes"};
  return d;
}
