#include "neurona/core/Error.h"

namespace neurona {

std::string_view toString(ErrorCode c) {
  switch (c) {
  case ErrorCode::None: return "none";
  case ErrorCode::CannotOpen: return "cannot-open";
  case ErrorCode::NotRegularFile: return "not-regular-file";
  case ErrorCode::CannotWrite: return "cannot-write";
  case ErrorCode::NotJson: return "not-json";
  case ErrorCode::MissingFormat: return "missing-format";
  case ErrorCode::WrongFormat: return "wrong-format";
  case ErrorCode::NewerVersion: return "newer-version";
  case ErrorCode::MissingKey: return "missing-key";
  case ErrorCode::WrongType: return "wrong-type";
  case ErrorCode::UnknownName: return "unknown-name";
  case ErrorCode::BadValue: return "bad-value";
  case ErrorCode::WrongRowCount: return "wrong-row-count";
  case ErrorCode::WrongColumnCount: return "wrong-column-count";
  case ErrorCode::WrongLength: return "wrong-length";
  case ErrorCode::BadCsv: return "bad-csv";
  case ErrorCode::InconsistentModel: return "inconsistent-model";
  case ErrorCode::TooLarge: return "too-large";
  case ErrorCode::Empty: return "empty";
  case ErrorCode::NotText: return "not-text";
  case ErrorCode::InvalidUtf8: return "invalid-utf8";
  case ErrorCode::UnterminatedQuote: return "unterminated-quote";
  case ErrorCode::NoFeatureColumns: return "no-feature-columns";
  case ErrorCode::NoRows: return "no-rows";
  case ErrorCode::RaggedRow: return "ragged-row";
  case ErrorCode::NonNumericFeature: return "non-numeric-feature";
  case ErrorCode::NonFiniteValue: return "non-finite-value";
  case ErrorCode::MissingValue: return "missing-value";
  case ErrorCode::LabelColumnNotFound: return "label-column-not-found";
  case ErrorCode::NonNumericTarget: return "non-numeric-target";
  case ErrorCode::SingleClass: return "single-class";
  case ErrorCode::TooManyClasses: return "too-many-classes";
  case ErrorCode::WrongClassCount: return "wrong-class-count";
  case ErrorCode::UnknownClass: return "unknown-class";
  case ErrorCode::TooFewColumns: return "too-few-columns";
  case ErrorCode::MissingColumn: return "missing-column";
  case ErrorCode::BadOptions: return "bad-options";
  case ErrorCode::InconsistentDataset: return "inconsistent-dataset";
  case ErrorCode::UnknownGenerator: return "unknown-generator";
  case ErrorCode::BadSamples: return "bad-samples";
  case ErrorCode::BadNoise: return "bad-noise";
  case ErrorCode::BadClasses: return "bad-classes";
  case ErrorCode::UnknownParam: return "unknown-param";
  case ErrorCode::BadParam: return "bad-param";
  case ErrorCode::BadInputs: return "bad-inputs";
  case ErrorCode::NoOutputLayer: return "no-output-layer";
  case ErrorCode::EmptyDataset: return "empty-dataset";
  case ErrorCode::BadOptimizer: return "bad-optimizer";
  case ErrorCode::LossActivationMismatch: return "loss-activation-mismatch";
  case ErrorCode::InputMismatch: return "input-mismatch";
  case ErrorCode::TargetMismatch: return "target-mismatch";
  case ErrorCode::ModelMismatch: return "model-mismatch";
  case ErrorCode::TooDeep: return "too-deep";
  case ErrorCode::BadSchedule: return "bad-schedule";
  case ErrorCode::NetworkTooLarge: return "network-too-large";
  case ErrorCode::NonFinitePreprocessing: return "non-finite-preprocessing";
  case ErrorCode::SampleOutOfRange: return "sample-out-of-range";
  case ErrorCode::OnnxParse: return "onnx-parse";
  case ErrorCode::OnnxChecker: return "onnx-checker";
  case ErrorCode::OnnxShapeInference: return "onnx-shape-inference";
  case ErrorCode::UnknownSetting: return "unknown-setting";
  case ErrorCode::BadSettingValue: return "bad-setting-value";
  case ErrorCode::TooManyRowsForCode: return "too-many-rows-for-code";
  case ErrorCode::UnsupportedInCode: return "unsupported-in-code";
  case ErrorCode::DuplicateName: return "duplicate-name";
  case ErrorCode::InputNotBefore: return "input-not-before";
  case ErrorCode::ImageShapeMismatch: return "image-shape-mismatch";
  case ErrorCode::NotAFolder: return "not-a-folder";
  case ErrorCode::TooManyFiles: return "too-many-files";
  case ErrorCode::NoImages: return "no-images";
  case ErrorCode::ImageTooLarge: return "image-too-large";
  case ErrorCode::NotImage: return "not-image";
  case ErrorCode::OutsideFolder: return "outside-folder";
  }
  return {};
}

std::string errorExcerpt(std::string_view s) {
  if (s.size() <= kErrorTextMax) return std::string(s);
  std::size_t n = kErrorTextMax;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n; // stay on a UTF-8 boundary
  return std::string(s.substr(0, n));
}

} // namespace neurona
