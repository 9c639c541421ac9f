#pragma once
// The data of a project as one value: where the points come from (generator, CSV file or painted
// points), the task when the file forces one, and the points themselves. A CSV path is absolute and
// canonical in memory (symbolic links and ".." resolved as the operating system does); the project file
// stores it relative to its own folder.
#include "neurona/core/data/Dataset.h"
#include "neurona/core/io/Project.h"

#include <optional>

struct DataState {
  neurona::DatasetSource source;
  std::optional<neurona::TaskKind> task; // absent: inferred from the labels
  neurona::Dataset raw;
};
