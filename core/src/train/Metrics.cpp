#include "neurona/core/train/Metrics.h"

#include <cmath>

namespace neurona {

template <class T> Eigen::VectorXi predictClasses(const Eigen::Ref<const MatrixT<T>>& outputs) {
  Eigen::VectorXi c(outputs.rows());
  if (outputs.cols() == 1) {
    for (Eigen::Index i = 0; i < outputs.rows(); ++i) c(i) = outputs(i, 0) >= T(0.5) ? 1 : 0;
  } else {
    for (Eigen::Index i = 0; i < outputs.rows(); ++i) {
      Eigen::Index k = 0;
      outputs.row(i).maxCoeff(&k);
      c(i) = static_cast<int>(k);
    }
  }
  return c;
}

ClassificationMetrics classificationMetrics(const Eigen::Ref<const Eigen::VectorXi>& truth,
                                            const Eigen::Ref<const Eigen::VectorXi>& predicted, int classes) {
  ClassificationMetrics m;
  m.confusion.setZero(classes, classes);
  Eigen::Index correct = 0, counted = 0;
  for (Eigen::Index i = 0; i < truth.size() && i < predicted.size(); ++i) {
    const int t = truth(i), p = predicted(i);
    if (t < 0 || t >= classes || p < 0 || p >= classes) continue;
    ++m.confusion(t, p);
    ++counted;
    correct += t == p ? 1 : 0;
  }
  m.accuracy = counted > 0 ? static_cast<double>(correct) / static_cast<double>(counted) : 0.0;
  for (int k = 0; k < classes; ++k) {
    const double tp = m.confusion(k, k);
    const double predictedK = m.confusion.col(k).sum(), actualK = m.confusion.row(k).sum();
    const double p = predictedK > 0 ? tp / predictedK : 0.0;
    const double r = actualK > 0 ? tp / actualK : 0.0;
    m.precision.push_back(p);
    m.recall.push_back(r);
    m.f1.push_back(p + r > 0 ? 2.0 * p * r / (p + r) : 0.0);
  }
  return m;
}

RegressionMetrics regressionMetrics(const Eigen::Ref<const MatrixD>& truth,
                                    const Eigen::Ref<const MatrixD>& predicted) {
  const Eigen::Index n = truth.rows(), targets = truth.cols();
  if (n == 0 || targets == 0 || predicted.rows() != n || predicted.cols() != targets) return {};
  std::vector<TargetMetrics> perTarget;
  for (Eigen::Index k = 0; k < targets; ++k) {
    TargetMetrics t;
    const VectorD d = predicted.col(k) - truth.col(k);
    t.mae = d.cwiseAbs().mean();
    const double ssRes = d.squaredNorm();
    t.rmse = std::sqrt(ssRes / static_cast<double>(n));
    const double ssTot = (truth.col(k).array() - truth.col(k).mean()).square().sum();
    t.r2 = ssTot > 0.0 ? 1.0 - ssRes / ssTot : (ssRes == 0.0 ? 1.0 : 0.0);
    perTarget.push_back(t);
  }
  return averageTargets(std::move(perTarget));
}

RegressionMetrics averageTargets(std::vector<TargetMetrics> perTarget) {
  RegressionMetrics m;
  if (perTarget.empty()) return m;
  // Sums from 0 and a division by K: one target gives its own values exactly.
  for (const TargetMetrics& t : perTarget) {
    m.mae += t.mae;
    m.rmse += t.rmse;
    m.r2 += t.r2;
  }
  const auto k = static_cast<double>(perTarget.size());
  m.mae /= k;
  m.rmse /= k;
  m.r2 /= k;
  m.perTarget = std::move(perTarget);
  return m;
}

template <class T> MatrixT<T> targetMatrix(const Dataset& data, int outputs) {
  const Eigen::Index n = data.samples();
  if (data.task == TaskKind::Regression) {
    if (data.targets.rows() == n && data.targets.cols() > 0) return data.targets.cast<T>();
    return MatrixT<T>::Zero(n, 1);
  }
  if (outputs <= 1) {
    MatrixT<T> y(n, 1);
    for (Eigen::Index i = 0; i < n; ++i) y(i, 0) = i < data.labels.size() && data.labels(i) == 1 ? T(1) : T(0);
    return y;
  }
  MatrixT<T> y = MatrixT<T>::Zero(n, outputs);
  for (Eigen::Index i = 0; i < n && i < data.labels.size(); ++i) {
    const int k = data.labels(i);
    if (k >= 0 && k < outputs) y(i, k) = T(1);
  }
  return y;
}

template Eigen::VectorXi predictClasses<float>(const Eigen::Ref<const MatrixF>&);
template Eigen::VectorXi predictClasses<double>(const Eigen::Ref<const MatrixD>&);
template MatrixF targetMatrix<float>(const Dataset&, int);
template MatrixD targetMatrix<double>(const Dataset&, int);

} // namespace neurona
