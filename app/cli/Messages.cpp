#include "cli/Messages.h"

#include "neurona/core/sweep/SettingKeys.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace neurona::cli {

namespace {

std::string where(const Error& e) {
  std::ostringstream s;
  s << (e.file.empty() ? std::string("neurona-cli") : e.file);
  if (e.line > 0) {
    s << ':' << e.line;
    if (e.column > 0) s << ':' << e.column;
  }
  return s.str();
}

// What is wrong, as the rest of a sentence whose subject is the JSON path ("has 3 rows, expected 4").
std::string predicate(const Error& e) {
  std::ostringstream s;
  switch (e.code) {
  case ErrorCode::None: s << "has no error"; break;
  case ErrorCode::CannotOpen: s << "cannot be opened"; break;
  case ErrorCode::NotRegularFile: s << "is not a regular file (a folder, a device or a pipe)"; break;
  case ErrorCode::CannotWrite: s << "cannot be written"; break;
  case ErrorCode::NotJson: s << "is not valid JSON"; break;
  case ErrorCode::MissingFormat: s << "is missing: not a Neurona file"; break;
  case ErrorCode::WrongFormat: s << "is \"" << e.detail << "\", not the expected kind of file"; break;
  case ErrorCode::NewerVersion:
    s << e.actual << " is newer than this program reads (up to " << e.expected << "); please update Neurona";
    break;
  case ErrorCode::MissingKey: s << "is missing"; break;
  case ErrorCode::WrongType:
    s << "should be ";
    if (e.detail.empty())
      s << "another type";
    else
      s << (e.detail == "object" || e.detail == "array" || e.detail == "integer" ? "an " : "a ") << e.detail;
    break;
  case ErrorCode::UnknownName: s << "has an unknown name \"" << e.detail << "\""; break;
  case ErrorCode::BadValue:
    // The image layers' shapes (model files), which a number's range does not say.
    if (e.detail == "pixels") {
      s << "holds " << e.actual << " values, but the model has " << e.expected << " inputs";
      break;
    }
    if (e.detail == "needs-image") {
      s << "reads flat values; convolution and pooling need an image (an input_shape, and no flatten or "
           "dense layer before them)";
      break;
    }
    if (e.detail == "reads-image") {
      s << "is a dense layer that reads an image; a flatten layer must come before it";
      break;
    }
    if (e.detail == "needs-image-classes") {
      s << "holds drawn pictures, but the data set is not pictures with classes";
      break;
    }
    if (e.detail == "window") {
      s << "is larger than its input: the input is " << e.expected << " wide along it, the window "
        << e.actual;
      break;
    }
    s << "is out of range";
    if (!e.detail.empty()) s << " (" << e.detail << ")";
    if (e.expected != 0 || e.actual != 0)
      s << ": expected " << e.expected << ", found " << e.actual;
    else if (e.value != 0 || e.min != 0 || e.max != 0)
      s << ": found " << e.value << ", allowed " << e.min << " to " << e.max;
    break;
  case ErrorCode::WrongRowCount: s << "has " << e.actual << " rows, expected " << e.expected; break;
  case ErrorCode::WrongColumnCount: s << "has " << e.actual << " columns, expected " << e.expected; break;
  case ErrorCode::WrongLength: s << "has " << e.actual << " entries, expected " << e.expected; break;
  case ErrorCode::BadCsv:
    s << "cannot be read as CSV (" << e.detail << ")";
    if (e.expected != 0 || e.actual != 0) s << ": expected " << e.expected << ", found " << e.actual;
    break;
  case ErrorCode::InconsistentModel:
    s << "does not fit (" << e.detail << "): expected " << e.expected << ", found " << e.actual;
    break;
  case ErrorCode::TooDeep:
    s << "nests arrays and objects deeper than the limit of " << e.expected << " levels";
    break;
  case ErrorCode::TooLarge:
    s << "is too large (" << bytesText(e.actual) << "; the limit is " << bytesText(e.expected) << ")";
    break;
  case ErrorCode::NonFinitePreprocessing:
    s << "gives an infinite " << e.detail << " for input " << e.column << " (\"" << e.columnName
      << "\"): its values are too large to scale (near 1e308)";
    break;
  case ErrorCode::TooManyRowsForCode:
    s << "has " << e.actual << " training and validation rows, more than the " << e.expected
      << " that numpy-train embeds in its code";
    break;
  case ErrorCode::UnsupportedInCode:
    if (e.detail == "several-targets") {
      s << "has several targets, which this format writes only for one";
      break;
    }
    if (e.detail == "graph") {
      s << "has a network with branches, which this format writes only for a straight stack of layers";
      break;
    }
    if (e.detail == "image") {
      s << "has convolution, pooling or flatten layers, which this format does not write yet";
      break;
    }
    s << "has a layer after the output layer, which numpy-train does not write (" << e.detail << ")";
    break;
  case ErrorCode::DuplicateName:
    s << "is \"" << e.detail << "\", already the name of layers[" << e.expected
      << "]; every layer needs a name of its own";
    break;
  case ErrorCode::InputNotBefore:
    s << "names \"" << e.detail
      << "\", which is not listed before this layer; list every layer after the layers it reads";
    break;
  // A project's image data: a CSV's image_shape, an image folder.
  case ErrorCode::ImageShapeMismatch:
    s << "holds " << e.expected << " values (height x width x channels), but the CSV has " << e.actual
      << " feature columns";
    break;
  case ErrorCode::NotAFolder: s << "is not a folder"; break;
  case ErrorCode::TooManyFiles:
    s << "holds more than " << e.expected << " files, the most that are read";
    break;
  case ErrorCode::NoImages:
    s << "has no readable PNG, JPEG or BMP picture in a class sub-folder";
    if (e.actual > 0) s << " (" << e.actual << (e.actual == 1 ? " file" : " files") << " skipped)";
    break;
  case ErrorCode::SingleClass:
    if (e.jsonPath != "dataset.images") {
      s << "is not accepted (" << toString(e.code) << ")";
      break;
    }
    s << "has pictures of one class only (\"" << e.text
      << "\"); a classification needs two or more sub-folders of pictures";
    break;
  default: s << "is not accepted (" << toString(e.code) << ")"; break; // not a file's code
  }
  return s.str();
}

// A CSV problem in words: `cause` is the reader's code (core's CsvReader, or the predict input table's
// TooFewColumns / MissingColumn / NonNumericFeature); text is the field at fault; expected and actual
// carry the counts.
std::string csvSentence(const Error& e) {
  std::string text; // the field, quoted
  if (!e.text.empty()) text.append(1, '"').append(e.text).append(1, '"');
  std::ostringstream s;
  switch (e.cause) {
  case ErrorCode::Empty: s << "the file is empty"; break;
  case ErrorCode::NotText:
    s << "this is not a text file (binary data at byte " << e.actual << "); save it as CSV";
    break;
  case ErrorCode::InvalidUtf8:
    s << "the text is not valid UTF-8 (byte " << e.actual << "); save the file as UTF-8 CSV";
    break;
  case ErrorCode::TooLarge:
    s << "the file is too large (" << e.actual / 1000000 << " MB; the limit is " << e.expected / 1000000
      << " MB)";
    break;
  case ErrorCode::UnterminatedQuote: s << "a quotation mark opened here is never closed"; break;
  case ErrorCode::NoFeatureColumns:
    if (e.expected > 2) // several label columns leave no input
      s << "the file needs at least " << e.expected << " columns (one or more inputs and the "
        << e.expected - 1 << " label columns); it has " << e.actual;
    else
      s << "the file needs at least two columns (one or more inputs and the label); it has " << e.actual;
    break;
  case ErrorCode::NoRows: s << "there are no rows of data"; break;
  case ErrorCode::RaggedRow:
    s << "this line has " << e.actual << " values, but the first line has " << e.expected;
    break;
  case ErrorCode::NonNumericFeature: s << '"' << e.text << "\" is not a number"; break; // also an empty cell
  case ErrorCode::NonFiniteValue: s << text << " is infinite or too large"; break;
  case ErrorCode::MissingValue:
    s << "a value is missing (" << (text.empty() ? std::string("an empty cell") : text) << "); " << e.actual
      << (e.actual == 1 ? " row has" : " rows have") << " missing values";
    break;
  case ErrorCode::LabelColumnNotFound: s << "there is no label column " << text; break;
  case ErrorCode::NonNumericTarget:
    s << "the target " << text << " is not a number, so this cannot be a regression";
    break;
  case ErrorCode::SingleClass:
    s << "every row has the same label (" << text << "): there is nothing to tell apart";
    break;
  case ErrorCode::TooManyClasses:
    s << "the label column has " << e.actual << " different values; at most " << e.expected
      << " classes are allowed";
    break;
  case ErrorCode::WrongClassCount:
    s << "a binary task needs exactly 2 classes; the labels have " << e.actual;
    break;
  case ErrorCode::UnknownClass: s << "the label " << text << " is not one of the model's classes"; break;
  case ErrorCode::TooFewColumns:
    s << "the model needs " << e.expected << " input columns; the file has " << e.actual;
    break;
  case ErrorCode::MissingColumn: s << "this row has no value in the column"; break;
  default: s << "the file cannot be read as CSV (" << e.detail << ")"; break;
  }
  return s.str();
}

} // namespace

std::string describe(const Error& e) {
  // "model.json: layers[2].weights has 3 rows, expected 4"; without a JSON path the file is the subject.
  // Names and fields in it come from the file: printable() keeps their control bytes off the terminal.
  const std::string subject = e.jsonPath.empty() ? std::string("the file") : e.jsonPath;
  if (e.code == ErrorCode::NotJson) return printable(where(e) + ": not valid JSON");
  if (e.code == ErrorCode::BadCsv && e.jsonPath.empty()) return printable(where(e) + ": " + csvSentence(e));
  if (e.code == ErrorCode::SampleOutOfRange) {
    std::ostringstream s;
    s << "there is no training sample " << e.actual << ": the project has " << e.expected << " training "
      << (e.expected == 1 ? "sample" : "samples") << " (numbered 0 to " << e.expected - 1 << ")";
    return printable(where(e) + ": " + s.str());
  }
  return printable(where(e) + ": " + subject + " " + predicate(e));
}

std::string printable(std::string_view text) {
  std::string s;
  s.reserve(text.size());
  char buf[8];
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
    if (c == '\n') {
      s += "\\n";
    } else if (c == '\r') {
      s += "\\r";
    } else if (c == '\t') {
      s += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      s += buf;
    } else if (c == 0xc2 && next >= 0x80 && next <= 0x9f) { // U+0080..U+009F in UTF-8
      std::snprintf(buf, sizeof buf, "\\u%04x", next);
      s += buf;
      ++i;
    } else {
      s += static_cast<char>(c);
    }
  }
  return s;
}

std::string describe(const SkippedImage& s) {
  std::ostringstream out;
  out << s.path << " ";
  switch (s.reason) {
  case ErrorCode::TooLarge:
    out << "is too large (" << bytesText(s.actual) << "; the limit is " << bytesText(s.expected) << ")";
    break;
  case ErrorCode::ImageTooLarge:
    out << "is " << s.actual << " pixels wide or tall; pictures of at most " << s.expected << " are read";
    break;
  case ErrorCode::NotImage:
    out << "is not a PNG, JPEG or BMP picture that can be read";
    if (!s.detail.empty()) out << " (" << s.detail << ")";
    break;
  case ErrorCode::OutsideFolder: out << "is a link that leads out of the folder"; break;
  case ErrorCode::NotRegularFile: out << "is not a regular file"; break;
  default: out << "cannot be read"; break;
  }
  return printable(out.str());
}

void warnSkippedImages(std::ostream& err, std::string_view folder, const std::vector<SkippedImage>& skipped) {
  constexpr std::size_t kShown = 10;
  for (std::size_t i = 0; i < skipped.size() && i < kShown; ++i)
    err << "warning: " << printable(folder) << ": skipped " << describe(skipped[i]) << "\n";
  if (skipped.size() > kShown)
    err << "warning: " << printable(folder) << ": and " << skipped.size() - kShown << " more files skipped\n";
}

std::string describeGeneratorError(const Error& e, const GeneratorInfo& info) {
  std::ostringstream s;
  switch (e.code) {
  case ErrorCode::BadSamples: s << "--samples " << e.value << " is outside " << e.min << ".." << e.max; break;
  case ErrorCode::BadNoise: s << "--noise " << e.value << " is outside " << e.min << ".." << e.max; break;
  case ErrorCode::BadClasses: s << "--classes " << e.value << " is outside " << e.min << ".." << e.max; break;
  case ErrorCode::UnknownParam:
    s << info.name << " has no parameter '" << e.text << "'";
    if (!info.params.empty()) {
      s << " (parameters:";
      for (const GeneratorParam& p : info.params) s << " " << p.name;
      s << ")";
    }
    break;
  case ErrorCode::BadParam:
    s << "--param " << e.text << "=" << e.value << " is outside " << e.min << ".." << e.max;
    break;
  default: s << toString(e.code); break;
  }
  return s.str();
}

std::string describeTrainRefusal(const Error& e) {
  // The words neurona-cli has always printed: the code with underscores, e.g. "target_mismatch".
  std::string code(toString(e.code));
  std::replace(code.begin(), code.end(), '-', '_');
  std::ostringstream s;
  s << "cannot train (" << code << ")";
  if (e.code == ErrorCode::BadSchedule)
    s << ": the schedule's " << e.detail << " " << e.value
      << (e.detail == "eta_min" ? " must be finite and at least 0"
          : e.detail == "gamma" ? " must be finite and greater than 0"
                                : " must be at least 1");
  if (e.code == ErrorCode::NetworkTooLarge)
    s << ": the network would need about " << bytesText(e.actual) << " of memory, more than the limit of "
      << bytesText(e.expected);
  return s.str();
}

std::string describe(const Diagnostic& d, const NetworkSpec& spec) {
  std::ostringstream s;
  const int index = spec.indexOf(d.layer);
  if (index >= 0)
    s << "network.layers[" << index << "]: ";
  else
    s << "network: ";
  switch (d.code) {
  case DiagnosticCode::NoLayers: s << "the network needs a dense output layer"; break;
  case DiagnosticCode::NoInputs: s << "the data has no input columns"; break;
  case DiagnosticCode::ZeroUnits: s << "a dense layer needs at least 1 unit"; break;
  case DiagnosticCode::TooManyUnits:
    s << d.actual << " units is more than the limit of " << d.expected;
    break;
  case DiagnosticCode::OutputSizeMismatch:
    s << "the output layer has " << d.actual << " units, the task needs " << d.expected;
    break;
  case DiagnosticCode::OutputActivationMismatch:
    s << "the output activation does not fit the task (use "
      << toString(static_cast<ActivationKind>(d.expected)) << ")";
    break;
  case DiagnosticCode::LossActivationMismatch:
    s << "the loss " << toString(static_cast<LossKind>(d.actual)) << " needs a "
      << toString(static_cast<ActivationKind>(d.expected)) << " output";
    break;
  case DiagnosticCode::LossTaskMismatch:
    s << "the loss " << toString(static_cast<LossKind>(d.actual)) << " does not fit the task";
    break;
  case DiagnosticCode::SoftmaxNotLast: s << "softmax is only allowed on the output layer"; break;
  case DiagnosticCode::DropoutOnOutput: s << "dropout cannot follow the output layer"; break;
  case DiagnosticCode::DropoutRateOutOfRange: s << "the dropout rate must be in [0, 1)"; break;
  case DiagnosticCode::BatchNormAfterOutput: s << "batch normalisation cannot follow the output layer"; break;
  case DiagnosticCode::BadLayerParameter: s << "a layer parameter is out of range"; break;
  case DiagnosticCode::NoHiddenLayer: s << "without a hidden layer this data cannot be separated"; break;
  case DiagnosticCode::VanishingGradients:
    if (d.actual == 0)
      s << "no gradient reaches this layer";
    else
      s << "the gradient reaching this layer is " << d.actual << " times smaller than at the output layer";
    break;
  case DiagnosticCode::DeadUnits:
    s << d.actual << " of its " << d.expected << " units output 0 for every sample";
    break;
  case DiagnosticCode::GraphCycle: s << "it reads a layer listed after it (a cycle)"; break;
  case DiagnosticCode::MissingInput: s << "it reads a layer that is not in the network"; break;
  case DiagnosticCode::DuplicateName: s << "another layer has the same name"; break;
  case DiagnosticCode::AddWidthMismatch:
    s << "the add layer's inputs have " << d.expected << " and " << d.actual << " units; they must be equal";
    break;
  case DiagnosticCode::UnconnectedLayer: s << "it is not connected to the rest of the network"; break;
  case DiagnosticCode::MergeNeedsTwoInputs:
    s << "a merge layer needs at least 2 inputs, it has " << d.actual;
    break;
  case DiagnosticCode::TooManyInputs:
    s << "only add and concat layers read several layers; it reads " << d.actual;
    break;
  case DiagnosticCode::OutputNotDense: s << "the last layer is the output and must be dense"; break;
  case DiagnosticCode::InputShapeMismatch:
    s << "the input shape holds " << d.actual << " values, but the data has " << d.expected << " inputs";
    break;
  case DiagnosticCode::NeedsImageInput:
    s << "it reads flat values; convolution and pooling need an image (an input shape, and no flatten or "
         "dense layer before it)";
    break;
  case DiagnosticCode::BadWindowSize: s << "its window and stride sizes must be at least 1"; break;
  case DiagnosticCode::WindowLargerThanInput:
    s << "its window (" << d.actual << ") is larger than its input (" << d.expected << ")";
    break;
  case DiagnosticCode::DenseReadsImage:
    s << "a dense layer reads an image; put a flatten layer before it";
    break;
  }
  return s.str();
}

std::string describe(const KernelRequest& r) {
  std::string s = std::string(kKernelsVariable) + "=" + r.name + ": ";
  switch (r.error) {
  case KernelRequestError::None: return s + "accepted";
  case KernelRequestError::UnknownName: s += "not a kernel set (baseline, avx2 or avx512)"; break;
  case KernelRequestError::NotAvailable: s += "this computer cannot run the " + r.name + " kernels"; break;
  }
  s += " (available here:";
  for (KernelSet k : availableKernelSets()) s.append(" ").append(toString(k));
  return s + ")";
}

std::string untrainedProject(std::string_view file) {
  return printable(std::string(file) +
                   ": the project holds no trained model yet; train it first with: neurona-cli train " +
                   std::string(file));
}

std::string stepNeedsStraightNetwork(std::string_view file) {
  return printable(file) +
         ": step explains a straight chain of layers; this network is a graph (add, concat, "
         "or a layer that does not read the one before it)";
}

std::string stepNeedsFlatLayers(std::string_view file) {
  return printable(file) +
         ": step explains dense, dropout and batchnorm layers; this network has convolution, pooling or "
         "flatten layers";
}

std::string trainingScriptNeedsProject(std::string_view file, std::string_view format) {
  return printable(std::string(file) + ": " + std::string(format) +
                   " exports a project's training run; give the project (PROJECT.neurona), not a model file");
}

std::string describeSettingError(const Error& e, const nlohmann::json& projectDoc) {
  std::ostringstream s;
  if (e.code == ErrorCode::UnknownSetting) {
    s << "unknown setting '" << e.text
      << "': settings are named by the project file's keys, e.g. training.optimizer.learning_rate, "
         "network.layers[0].units, network.hidden_layers (see the README)";
  } else if (e.code == ErrorCode::BadSettingValue && e.detail == "runs") {
    s << "the settings make " << e.actual << " runs, more than the limit of " << e.expected;
  } else if (e.code == ErrorCode::BadSettingValue && e.detail == "duplicate") {
    s << "the setting '" << e.text << "' is given twice; give all its values in one --set";
  } else if (e.code == ErrorCode::BadSettingValue && e.text.empty()) {
    s << "the setting '" << e.detail << "' needs values: --set " << e.detail << "=VALUE,VALUE,...";
  } else if (e.code == ErrorCode::BadSettingValue) {
    s << "the value '" << e.text << "' does not fit the setting " << e.detail;
    if (e.cause != ErrorCode::None) {
      s << " (the project reader refuses it";
      if (!e.jsonPath.empty()) s << " at " << e.jsonPath;
      s << ": " << toString(e.cause) << ")";
    } else if (e.detail == "network.hidden_layers") {
      s << ", which is a whole number of layers from 0 to 64 (at least one hidden layer to repeat)";
    } else if (const nlohmann::json* place = SettingKeys::find(projectDoc, e.detail)) {
      const char* type = place->is_boolean()                                         ? "true or false"
                         : place->is_number_integer() || place->is_number_unsigned() ? "a whole number"
                         : place->is_number()                                        ? "a number"
                         : place->is_string()                                        ? "a word"
                                                                                     : "a list or an object";
      s << ", which is " << type;
      if (place->is_string()) s << " (now " << place->get<std::string>() << ")";
    }
  } else {
    s << toString(e.code);
  }
  return printable(s.str());
}

std::string bytesText(std::int64_t bytes) {
  const char* units[] = {"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1000.0 && u < 6) {
    v /= 1000.0;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 || v >= 10.0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

} // namespace neurona::cli
