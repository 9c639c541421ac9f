#include "neurona/core/data/Preprocessing.h"
#include "neurona/core/data/FeaturePipeline.h"
#include "neurona/core/data/FeatureTransform.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace neurona;

namespace {

MatrixD sample() {
  MatrixD x(4, 3);
  x << 1, 10, 5, //
      2, 20, 5,  //
      3, 30, 5,  //
      4, 40, 5;
  return x;
}

} // namespace

TEST(Preprocessing, NamesRoundTrip) {
  for (auto k : {PreprocessingKind::None, PreprocessingKind::Standardize, PreprocessingKind::MinMax})
    EXPECT_EQ(preprocessingFromString(toString(k)), k);
  EXPECT_EQ(toString(PreprocessingKind::MinMax), "minmax");
  EXPECT_FALSE(preprocessingFromString("zscore"));
}

TEST(Preprocessing, StandardizeUsesPopulationStdAndKeepsConstantColumns) {
  const MatrixD x = sample();
  const auto p = Preprocessing::fit(PreprocessingKind::Standardize, x);
  EXPECT_DOUBLE_EQ(p.offset(0), 2.5);
  EXPECT_DOUBLE_EQ(p.scale(0), std::sqrt(1.25)); // mean((x - 2.5)^2) = 1.25
  EXPECT_EQ(p.scale(2), 1.0);
  const MatrixD y = p.apply(x);
  for (int j = 0; j < 2; ++j) {
    EXPECT_NEAR(y.col(j).mean(), 0.0, 1e-12);
    EXPECT_NEAR(y.col(j).squaredNorm() / 4, 1.0, 1e-12);
  }
  EXPECT_TRUE((y.col(2).array() == 0).all());
}

TEST(Preprocessing, MinMaxMapsTrainRangeToUnitInterval) {
  const auto p = Preprocessing::fit(PreprocessingKind::MinMax, sample());
  const MatrixD y = p.apply(sample());
  EXPECT_EQ(y(0, 1), 0.0);
  EXPECT_EQ(y(3, 1), 1.0);
  EXPECT_DOUBLE_EQ(y(1, 0), 1.0 / 3.0);
  EXPECT_EQ(p.scale(2), 1.0);
}

TEST(Preprocessing, FittedOnTrainingRowsOnly) {
  MatrixD all(6, 1);
  all << 0, 1, 2, 3, 100, 200; // the last two rows are the test part
  const auto p = Preprocessing::fit(PreprocessingKind::Standardize, all.topRows(4));
  EXPECT_DOUBLE_EQ(p.offset(0), 1.5);
  const MatrixD y = p.apply(all);
  EXPECT_NEAR(y.topRows(4).mean(), 0.0, 1e-12);
  EXPECT_GT(y(5, 0), 100.0); // test rows are scaled with the training statistics, not their own
  const auto m = Preprocessing::fit(PreprocessingKind::MinMax, all.topRows(4));
  EXPECT_DOUBLE_EQ(m.apply(all)(4, 0), 100.0 / 3.0);
}

TEST(Preprocessing, NoneIsIdentityAndMismatchThrows) {
  const auto p = Preprocessing::fit(PreprocessingKind::None, sample());
  EXPECT_EQ(p.offset.size(), 0);
  EXPECT_TRUE(sameValues(p.apply(sample()), sample()));
  const auto s = Preprocessing::fit(PreprocessingKind::Standardize, sample());
  EXPECT_THROW((void)s.apply(MatrixD::Zero(2, 2)), std::invalid_argument);
  const auto empty = Preprocessing::fit(PreprocessingKind::Standardize, MatrixD(0, 2));
  EXPECT_TRUE(empty.apply(MatrixD::Ones(1, 2)).allFinite());
}

TEST(FeatureTransform, NamesAndValues) {
  ASSERT_EQ(allFeatureTransforms().size(), 5u);
  for (auto t : allFeatureTransforms()) EXPECT_EQ(featureTransformFromString(toString(t)), t);
  EXPECT_EQ(toString(FeatureTransform::X1TimesX2), "x1*x2");
  EXPECT_EQ(toString(FeatureTransform::SinX2), "sin(x2)");
  EXPECT_FALSE(featureTransformFromString("x1^3"));

  MatrixD raw(2, 2);
  raw << 2, 3, -1, 0.5;
  const std::vector<FeatureTransform> all(allFeatureTransforms().begin(), allFeatureTransforms().end());
  const MatrixD out = applyTransforms(raw, all);
  ASSERT_EQ(out.cols(), 7);
  EXPECT_TRUE(sameValues(out.leftCols(2), raw));
  EXPECT_EQ(out(0, 2), 4);
  EXPECT_EQ(out(0, 3), 9);
  EXPECT_EQ(out(1, 4), -0.5);
  EXPECT_DOUBLE_EQ(out(0, 5), std::sin(2.0));
  EXPECT_DOUBLE_EQ(out(1, 6), std::sin(0.5));
  EXPECT_EQ(applyTransforms(MatrixD::Ones(3, 1), std::vector{FeatureTransform::SinX1}).cols(), 2);
  EXPECT_THROW((void)applyTransforms(MatrixD::Ones(3, 1), std::vector{FeatureTransform::X2Squared}),
               std::invalid_argument);
}

TEST(FeaturePipeline, TransformsThenPreprocessingFittedOnTrain) {
  MatrixD train(3, 2);
  train << 0, 1, 1, 2, 2, 3;
  const auto p = FeaturePipeline::fit({FeatureTransform::X1TimesX2}, PreprocessingKind::MinMax, train);
  EXPECT_EQ(p.inputCount(2), 3);
  EXPECT_EQ(p.preprocessing.offset.size(), 3);
  EXPECT_EQ(p.preprocessing.scale(2), 6.0); // x1*x2 over train: 0, 2, 6
  const MatrixD out = p.apply(train);
  EXPECT_EQ(out(2, 2), 1.0);
  EXPECT_DOUBLE_EQ(out(1, 2), 1.0 / 3.0);
  MatrixD other(1, 2);
  other << 4, 1;
  EXPECT_DOUBLE_EQ(p.apply(other)(0, 0), 2.0); // (4 - 0) / 2 with the training range
  EXPECT_FALSE(p.isIdentity());
  EXPECT_TRUE(FeaturePipeline{}.isIdentity());
  EXPECT_EQ(p, FeaturePipeline::fit({FeatureTransform::X1TimesX2}, PreprocessingKind::MinMax, train));
  EXPECT_FALSE(p ==
               FeaturePipeline::fit({FeatureTransform::X1TimesX2}, PreprocessingKind::Standardize, train));
  const auto none = FeaturePipeline::fit({}, PreprocessingKind::None, train);
  EXPECT_TRUE(sameValues(none.apply(train), train));
}
