#pragma once
// A cheap check of whether a model without hidden layers can fit the data, for the canvas's gentle
// "this needs a hidden layer" hint. Heuristic, bounded work (at most 2,000 rows, 50 passes).
//   classification: a pocket multiclass perceptron on the standardized raw features reaches
//                   training accuracy >= minScore;
//   regression:     a least-squares linear fit reaches R^2 >= minScore.
#include "neurona/core/data/Dataset.h"

namespace neurona {

struct LinearFitCheck {
  bool separable = false;
  double score = 0; // accuracy (classification) or R^2 (regression; several targets: the worst one's) of the
                    // best linear fit found
};

LinearFitCheck checkLinearFit(const Dataset& ds, double minScore = 0.97);
bool isLinearlySeparable(const Dataset& ds, double minScore = 0.97);

} // namespace neurona
