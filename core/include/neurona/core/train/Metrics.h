#pragma once
// Evaluation metrics.
//   classification: accuracy, confusion matrix (rows: true class, columns: predicted), per-class
//                   precision = tp/(tp+fp), recall = tp/(tp+fn), F1 = 2pr/(p+r) (0 when undefined)
//   regression:     MAE = mean|ŷ−y|, RMSE = √mean(ŷ−y)², R² = 1 − SS_res/SS_tot
//                   (constant truth: 1 when predicted exactly, else 0, as scikit-learn), per target
//                   column; with K targets the headline values are their plain means (scikit-learn's
//                   multioutput="uniform_average"): MAE = Σ MAE_k / K, RMSE = Σ RMSE_k / K, R² = Σ R²_k / K
#include "neurona/core/Types.h"
#include "neurona/core/data/Dataset.h"
#include "neurona/core/graph/Kinds.h"

#include <vector>

namespace neurona {

struct ClassificationMetrics {
  double accuracy = 0.0;
  Eigen::MatrixXi confusion; // classes × classes, [true][predicted]
  std::vector<double> precision, recall, f1;
};

struct TargetMetrics {
  double mae = 0.0;
  double rmse = 0.0;
  double r2 = 0.0;
};

struct RegressionMetrics {
  // The means over the targets (one target: its own values).
  double mae = 0.0;
  double rmse = 0.0;
  double r2 = 0.0;
  std::vector<TargetMetrics> perTarget; // one per target column, in column order
};

// Predicted class per sample: one output column → (output ≥ 0.5), several → argmax (first on ties).
template <class T> Eigen::VectorXi predictClasses(const Eigen::Ref<const MatrixT<T>>& outputs);

ClassificationMetrics classificationMetrics(const Eigen::Ref<const Eigen::VectorXi>& truth,
                                            const Eigen::Ref<const Eigen::VectorXi>& predicted, int classes);
// truth and predicted: samples × K. Zeros and no per-target values when the shapes differ or are empty.
RegressionMetrics regressionMetrics(const Eigen::Ref<const MatrixD>& truth,
                                    const Eigen::Ref<const MatrixD>& predicted);
// The headline means of per-target values (kept as perTarget); zeros for none.
RegressionMetrics averageTargets(std::vector<TargetMetrics> perTarget);

// The target matrix for a dataset and an output layer: regression → the targets (samples × K; a zero
// column when the dataset has none); classification with
// one output → 0/1 column (class 1 positive); with K outputs → one-hot rows.
template <class T> MatrixT<T> targetMatrix(const Dataset& data, int outputs);

extern template Eigen::VectorXi predictClasses<float>(const Eigen::Ref<const MatrixF>&);
extern template Eigen::VectorXi predictClasses<double>(const Eigen::Ref<const MatrixD>&);
extern template MatrixF targetMatrix<float>(const Dataset&, int);
extern template MatrixD targetMatrix<double>(const Dataset&, int);

} // namespace neurona
