#include "neurona/core/data/LinearSeparability.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace neurona {
namespace {

constexpr Eigen::Index kMaxRows = 2000;
constexpr int kPasses = 50;

// Evenly strided rows (deterministic, no Rng needed for a hint) with a bias column, standardized.
MatrixD designMatrix(const Dataset& ds, std::vector<Eigen::Index>& rows) {
  const Eigen::Index n = ds.samples();
  const Eigen::Index m = std::min(n, kMaxRows);
  rows.resize(static_cast<std::size_t>(m));
  for (Eigen::Index i = 0; i < m; ++i) rows[static_cast<std::size_t>(i)] = i * n / m;
  const Eigen::Index d = ds.featureCount();
  MatrixD x(m, d + 1);
  for (Eigen::Index i = 0; i < m; ++i) x.row(i).head(d) = ds.features.row(rows[static_cast<std::size_t>(i)]);
  for (Eigen::Index j = 0; j < d; ++j) {
    const double mean = x.col(j).mean();
    const double sigma = std::sqrt((x.col(j).array() - mean).square().mean());
    x.col(j) = (x.col(j).array() - mean) / (sigma > 0 ? sigma : 1.0);
  }
  x.col(d).setOnes();
  return x;
}

double perceptronAccuracy(const MatrixD& x, const std::vector<int>& y, int classes) {
  const Eigen::Index m = x.rows();
  MatrixD w = MatrixD::Zero(x.cols(), classes);
  MatrixD scores(m, classes);
  auto accuracy = [&]() {
    scores.noalias() = x * w;
    Eigen::Index correct = 0;
    for (Eigen::Index i = 0; i < m; ++i) {
      Eigen::Index best = 0;
      scores.row(i).maxCoeff(&best);
      correct += best == y[static_cast<std::size_t>(i)];
    }
    return static_cast<double>(correct) / static_cast<double>(m);
  };
  double bestAccuracy = accuracy(); // the pocket: the best weights seen, since noise stops convergence
  for (int pass = 0; pass < kPasses && bestAccuracy < 1.0; ++pass) {
    bool changed = false;
    for (Eigen::Index i = 0; i < m; ++i) {
      Eigen::Index predicted = 0;
      (x.row(i) * w).maxCoeff(&predicted);
      const int truth = y[static_cast<std::size_t>(i)];
      if (predicted == truth) continue;
      // Multiclass perceptron: w_truth += x, w_predicted -= x.
      w.col(truth) += x.row(i).transpose();
      w.col(predicted) -= x.row(i).transpose();
      changed = true;
    }
    bestAccuracy = std::max(bestAccuracy, accuracy());
    if (!changed) break;
  }
  return bestAccuracy;
}

} // namespace

LinearFitCheck checkLinearFit(const Dataset& ds, double minScore) {
  LinearFitCheck check;
  if (ds.samples() == 0 || ds.featureCount() == 0) return check;
  std::vector<Eigen::Index> rows;
  const MatrixD x = designMatrix(ds, rows);
  if (ds.task == TaskKind::Regression) {
    if (ds.targets.rows() != ds.samples() || ds.targets.cols() < 1) return check;
    // Least squares w = argmin |Xw - y|^2 per target column; R^2 = 1 - SS_res / SS_tot. With several
    // targets the score is the worst column's: a linear model must fit each of them.
    const Eigen::ColPivHouseholderQR<MatrixD> qr(x);
    check.score = 1.0;
    for (Eigen::Index k = 0; k < ds.targets.cols(); ++k) {
      VectorD y(x.rows());
      for (Eigen::Index i = 0; i < x.rows(); ++i) y(i) = ds.targets(rows[static_cast<std::size_t>(i)], k);
      const VectorD w = qr.solve(y);
      VectorD residual = y;
      residual.noalias() -= x * w;
      const double ssTot = (y.array() - y.mean()).square().sum();
      check.score = std::min(check.score, ssTot > 0 ? 1.0 - residual.squaredNorm() / ssTot : 1.0);
    }
  } else {
    if (ds.labels.size() != ds.samples() || ds.classCount() < 1) return check;
    std::vector<int> y(static_cast<std::size_t>(x.rows()));
    for (std::size_t i = 0; i < y.size(); ++i) y[i] = ds.labels(rows[i]);
    check.score = perceptronAccuracy(x, y, std::max(2, ds.classCount()));
  }
  check.separable = check.score >= minScore;
  return check;
}

bool isLinearlySeparable(const Dataset& ds, double minScore) {
  return checkLinearFit(ds, minScore).separable;
}

} // namespace neurona
