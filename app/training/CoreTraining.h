#pragma once
// The core engine headers that the training side of the app uses, in one include.
#include "neurona/core/nn/Network.h"
#include "neurona/core/optim/Optimizer.h"
#include "neurona/core/train/GridEvaluator.h"
#include "neurona/core/train/Metrics.h"
#include "neurona/core/train/Trainer.h"
