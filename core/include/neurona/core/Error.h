#pragma once
// The engine's one error type: why something could not be read, written, generated or trained, as a
// code plus the data a message needs (the file, the JSON path such as "layers[2].weights", the line and
// column, expected and actual counts, the offending text). Core never writes sentences: the CLI turns an
// Error into one in app/cli/Messages.cpp, the GUI in DatasetDocument::errorText and
// TrainingWorkspace::startErrorText. Callers switch on the code; no code travels as a string.
//
// Every fallible core API returns an Error (ok() when nothing went wrong) or a Result<T>. Exceptions are
// left only for broken preconditions (programming errors), never as an error channel.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace neurona {

enum class ErrorCode {
  None,

  // Files (JSON model and project files, AtomicFile); which fields are set is noted per code.
  CannotOpen,        // the file does not exist or cannot be read (file; the CSV reader: text = path)
  NotRegularFile,    // a folder, a device or a pipe where a file was expected (file): never read
  CannotWrite,       // the file or its temporary sibling could not be written or renamed (file)
  NotJson,           // syntax error; line and column are set (detail "number-overflow" for 1e999)
  TooDeep,           // arrays and objects nested deeper than `expected` (kMaxJsonDepth); line and column
                     // of the bracket that goes one level too deep
  MissingFormat,     // no "format" key
  WrongFormat,       // "format" names another kind of file; detail holds it
  NewerVersion,      // "version" newer than this build reads; expected = newest supported, actual = found
  MissingKey,        // a required key is absent; jsonPath names it
  WrongType,         // a value has the wrong JSON type; detail names the expected type
  UnknownName,       // an enumeration value (activation, loss, ...) is not known; detail holds it
  BadValue,          // a number out of range (negative units, rate >= 1, ...); detail holds it
  WrongRowCount,     // a matrix has `actual` rows, `expected` wanted
  WrongColumnCount,  // a matrix row has `actual` columns, `expected` wanted
  WrongLength,       // a vector has `actual` entries, `expected` wanted
  BadCsv,            // a project's CSV file could not be read: cause = the reader's code, with its line,
                     // column, text, expected and actual; detail spells "cause: text" for display
  InconsistentModel, // the model does not fit the network or data it is used with; expected/actual set

  // The CSV reader (CsvReader, and neurona-cli's predict input table).
  TooLarge,          // actual = bytes, expected = the limit
  Empty,             // no data at all (empty, only a BOM or only blank lines)
  NotText,           // NUL byte or another control byte: a binary file (line, actual = byte offset)
  InvalidUtf8,       // not UTF-8 and Latin-1 not accepted (line, actual = byte offset)
  UnterminatedQuote, // a quoted field never closes (line where the record starts)
  NoFeatureColumns,  // fewer than 2 columns (actual = columns)
  NoRows,            // a header but no data rows, or every row dropped (actual = dropped rows)
  RaggedRow,         // line has `actual` fields, the first row (header) has `expected`
  NonNumericFeature, // line, column, columnName, text = the field
  NonFiniteValue,    // Inf or a number out of range (line, column, columnName, text)
  MissingValue,      // first missing cell (line, column, columnName, text); actual = rows with missing cells
  LabelColumnNotFound, // the caller's label column is not a header name nor a valid index (text)
  NonNumericTarget,    // regression forced but a label is text (line, column, text)
  SingleClass,         // classification with one class (text = that class)
  TooManyClasses,      // actual = distinct labels (exact), expected = the limit
  WrongClassCount,     // binary forced with actual != 2 classes
  UnknownClass,        // a label not in the given class names (line, column, text)
  TooFewColumns,       // predict input: the first row has `actual` columns, the model needs `expected`
  MissingColumn,       // predict input: a row has no field in the model's column (line, column)

  // The CSV writer.
  BadOptions,          // a separator other than ',', ';' or tab, or a decimal comma without ';'
  InconsistentDataset, // sizes or label ranges of the dataset do not agree (CsvWriter::isConsistent)

  // The dataset generators: value = the setting, min/max = its allowed range.
  UnknownGenerator, // text = the name
  BadSamples,       // classification needs samples >= classes
  BadNoise,         // allowed [0, kMaxGeneratorNoise]
  BadClasses,       //
  UnknownParam,     // text = the parameter name
  BadParam,         // text = the parameter name (integers where the parameter is one)

  // Network and Trainer refusals (Trainer::check), and the GUI worker's own.
  BadInputs,              // the network would have fewer than 1 input
  NoOutputLayer,          // the spec has no dense layer
  EmptyDataset,           // no training samples or no features
  BadOptimizer,           // the optimizer name is not known
  LossActivationMismatch, // a fused loss (BCE, CCE) whose output layer is not the last or not its activation
  InputMismatch,          // validation data has `actual` features, training data `expected`
  TargetMismatch,         // the labels or targets do not fit the task or the output layer's width
  ModelMismatch,          // saved weights do not fit the network (count, ids or shapes)
  BadSchedule,            // a learning-rate schedule parameter out of range: detail = its file key
                          // ("gamma", "eta_min", "step_size", "T_max"), value = the value
  NetworkTooLarge,        // training would need about `actual` bytes (estimateMemoryBytes), more than
                          // the limit `expected` (kMaxTrainingMemoryBytes)
  NonFinitePreprocessing, // the preprocessing fitted on the training rows has an infinite or undefined
                          // value (features near ±1e308): column = 1-based feature, columnName = its
                          // name, detail = "offset" or "scale"
  SampleOutOfRange,       // a sample index (StepExplainer): actual = the index asked for, expected = the
                          // number of training samples (valid indices 0 .. expected − 1)

  // Sweeps and settings named by their file key ("training.optimizer.learning_rate"; SettingKeys).
  UnknownSetting,  // no such key in a project file: text = the key as given
  BadSettingValue, // the value does not fit the key (type or range): text = the value, detail = the key,
                   // cause = the project reader's code for it when there is one

  // OnnxExporter::check: onnx's own message in detail.
  OnnxParse,          // the bytes are not a ModelProto
  OnnxChecker,        // onnx::checker::check_model refused the model
  OnnxShapeInference, // strict shape inference failed

  // NumpyTrainExporter: what the from-scratch code cannot hold.
  TooManyRowsForCode, // actual = training plus validation rows, expected = the limit (kMaxNumpyTrainRows)
  UnsupportedInCode,  // a part the code does not write: detail names it ("layer-after-output", or "graph" for
                      // a network with branches, which the training scripts and Explain One Step leave out)

  // Graph networks in files (version 2): a layer's "name" and "inputs".
  DuplicateName,  // two layers have the same name (own or default L1, L2, ...): detail = the name, jsonPath
                  // = the later layer's "name" (or the layer, for a default name), expected = the index of
                  // the earlier layer, actual = the later one's
  InputNotBefore, // an input names the layer itself or one listed after it (every layer comes after the
                  // layers it reads): detail = the name, jsonPath = that entry of "inputs"

  // Image data of a project (a CSV's "image_shape", an image folder).
  ImageShapeMismatch, // a CSV's "image_shape" holds `expected` values, the file has `actual` feature columns
                      // (jsonPath "dataset.image_shape", file = the CSV)
  NotAFolder,         // an image folder is a file or something else (file = the path)
  TooManyFiles,       // an image folder holds more than `expected` files (file = the folder)
  NoImages,           // an image folder has no readable picture in a class sub-folder (file = the folder,
                      // actual = files skipped)
  // Why one picture of an image folder was skipped (ImageFolder's SkippedImage; also CannotOpen,
  // NotRegularFile, and TooLarge: the file has `actual` bytes, more than `expected`).
  ImageTooLarge, // wider or taller than `expected` pixels (actual = its larger side)
  NotImage,      // not a PNG, JPEG or BMP picture the decoder reads (damaged, or another kind of file)
  OutsideFolder, // a symbolic link that leads out of the image folder: not followed
};

// Stable kebab-case identifiers, e.g. "wrong-row-count", "ragged-row", "input-mismatch" (the file codes
// keep the names neurona-cli and the README have always used).
std::string_view toString(ErrorCode c);

// Offending text taken from a file keeps at most this many bytes in an Error, so that a 50 MB field
// does not become a 50 MB message.
inline constexpr std::size_t kErrorTextMax = 64;
// The first kErrorTextMax bytes of `s`, cut on a UTF-8 character boundary.
std::string errorExcerpt(std::string_view s);

struct Error {
  ErrorCode code = ErrorCode::None;
  ErrorCode cause = ErrorCode::None; // BadCsv (and BadValue at "dataset.points"): the CSV reader's code
  std::string file;                  // the file concerned, when known
  std::string jsonPath;              // e.g. "layers[2].weights" or "model.layers[0].bias[3]"
  std::int64_t line = 0;             // 1-based line of the file, 0 when not applicable
  std::int64_t column = 0;           // 1-based, 0 when not applicable
  std::string columnName;            // the CSV column's header name
  std::int64_t expected = 0;
  std::int64_t actual = 0;
  double value = 0; // a generator setting out of range, and its allowed range
  double min = 0;
  double max = 0;
  std::string text;   // the offending field or name (errorExcerpt)
  std::string detail; // more about the code (a JSON type, a name, onnx's message)

  bool ok() const { return code == ErrorCode::None; }
};

// A value, or the reason it could not be had (value is default-constructed then).
template <class T> struct Result {
  T value{};
  Error error;
  bool ok() const { return error.ok(); }
};

} // namespace neurona
