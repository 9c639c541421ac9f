#include "ui/text/ErrorText.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

} // namespace

QString ErrorText::skippedImage(const neurona::SkippedImage& s) {
  using neurona::ErrorCode;
  const QString path = QDir::toNativeSeparators(q(s.path));
  switch (s.reason) {
  case ErrorCode::TooLarge:
    return tr("%1 was left out: it is larger than %2 MB.").arg(path).arg(s.expected / (1024 * 1024));
  case ErrorCode::ImageTooLarge:
    return tr("%1 was left out: it is %2 pixels wide or tall, more than %3.")
        .arg(path)
        .arg(s.actual)
        .arg(s.expected);
  case ErrorCode::NotImage:
    return tr("%1 was left out: it is not a PNG, JPEG or BMP picture that can be read.").arg(path);
  case ErrorCode::OutsideFolder:
    return tr("%1 was left out: it is a link that leads out of the folder.").arg(path);
  default: return tr("%1 was left out: it cannot be read.").arg(path);
  }
}

QString ErrorText::sentence(const neurona::Error& e) {
  using neurona::ErrorCode;
  const QString file = QDir::toNativeSeparators(q(e.file));
  const QString line = QString::number(e.line);
  const QString column =
      e.columnName.empty() ? QString::number(e.column) : tr("%1 (“%2”)").arg(e.column).arg(q(e.columnName));
  switch (e.code) {
  case ErrorCode::None: return {};
  // A file: a project, a model, a project's data file (the CSV reader's own CannotOpen names no file).
  case ErrorCode::CannotOpen:
    if (e.file.empty())
      return tr("The file could not be opened. Check that it exists and that you may read it.");
    if (!QFileInfo::exists(q(e.file)))
      return tr("%1 does not exist any more. It may have been moved or deleted.").arg(file);
    return tr("The file %1 could not be opened.").arg(file);
  case ErrorCode::NotRegularFile:
    return tr("%1 is not a file that Neurona can read (a folder, a device or a pipe).").arg(file);
  case ErrorCode::CannotWrite: {
    const QFileInfo folder(QFileInfo(q(e.file)).absolutePath());
    if (!folder.exists())
      return tr("%1 could not be saved: the folder %2 does not exist.")
          .arg(file, QDir::toNativeSeparators(folder.filePath()));
    return tr("%1 could not be saved: the folder cannot be written to, or the disk is full. A file that was "
              "there is left as it was.")
        .arg(file);
  }
  case ErrorCode::NotJson:
    return tr("%1 is damaged: line %2, column %3 is not valid JSON.").arg(file).arg(e.line).arg(e.column);
  case ErrorCode::MissingFormat:
  case ErrorCode::WrongFormat: return tr("%1 is not a Neurona project.").arg(file);
  case ErrorCode::NewerVersion:
    return tr("%1 was saved by a newer Neurona (format %2; this one reads up to %3).")
        .arg(file)
        .arg(e.actual)
        .arg(e.expected);
  case ErrorCode::BadCsv:
    return tr("The data file %1 could not be read: line %2, column %3 (%4).")
        .arg(file)
        .arg(e.line)
        .arg(e.column)
        .arg(q(e.detail));
  case ErrorCode::BadValue:
    // The image layers' shapes in a model file, which a value's range does not say.
    if (e.detail == "pixels")
      return tr("%1: the image shape holds %2 values, but the model has %3 inputs.")
          .arg(q(e.jsonPath))
          .arg(e.actual)
          .arg(e.expected);
    if (e.detail == "needs-image")
      return tr("%1: convolution and pooling need an image, but this layer reads a flat list of numbers.")
          .arg(q(e.jsonPath));
    if (e.detail == "reads-image")
      return tr("%1: a Dense layer reads an image here; a Flatten layer must come before it.")
          .arg(q(e.jsonPath));
    if (e.detail == "needs-image-classes")
      return tr("%1: drawn pictures belong to data of pictures with classes, and this data set is not.")
          .arg(q(e.jsonPath));
    if (e.detail == "window")
      return tr("%1: the window is %2 pixels, larger than its input (%3 pixels).")
          .arg(q(e.jsonPath))
          .arg(e.actual)
          .arg(e.expected);
    [[fallthrough]];
  case ErrorCode::UnknownName:
    return tr("The setting %1 has a value Neurona does not accept (%2).").arg(q(e.jsonPath), q(e.detail));
  // A CSV file read directly.
  case ErrorCode::TooLarge:
    return tr("The file is too large (%1 MB). The limit is %2 MB.")
        .arg(e.actual / 1048576)
        .arg(e.expected / 1048576);
  case ErrorCode::Empty: return tr("The file is empty.");
  case ErrorCode::NotText:
    return tr("This is not a text file (line %1 contains binary data). Save it as CSV from your spreadsheet.")
        .arg(line);
  case ErrorCode::InvalidUtf8:
    return tr("Line %1 contains characters that are not valid text. Save the file as UTF-8 CSV.").arg(line);
  case ErrorCode::UnterminatedQuote:
    return tr("A quotation mark opened on line %1 is never closed.").arg(line);
  case ErrorCode::NoFeatureColumns:
    return tr("The file needs at least two columns: one or more inputs and the label. It has %1.")
        .arg(e.actual);
  case ErrorCode::NoRows: return tr("The file has a header but no rows of data.");
  case ErrorCode::RaggedRow:
    return tr("Line %1 has %2 values, but the first line has %3.").arg(line).arg(e.actual).arg(e.expected);
  case ErrorCode::NonNumericFeature:
    return tr("Line %1, column %2: “%3” is not a number.").arg(line, column, q(e.text));
  case ErrorCode::NonFiniteValue:
    return tr("Line %1, column %2: “%3” is infinite or too large.").arg(line, column, q(e.text));
  case ErrorCode::MissingValue:
    return tr("Line %1, column %2 has no value (%n row(s) have missing values).", nullptr,
              static_cast<int>(e.actual))
        .arg(line, column);
  case ErrorCode::LabelColumnNotFound: return tr("There is no label column called “%1”.").arg(q(e.text));
  case ErrorCode::NonNumericTarget:
    return tr("Line %1: the target “%2” is not a number, so this cannot be a regression.")
        .arg(line, q(e.text));
  case ErrorCode::SingleClass:
    if (e.jsonPath == "dataset.images")
      return tr("The folder %1 has pictures of one class only (“%2”). Put the pictures of each class in a "
                "sub-folder of their own: two or more are needed.")
          .arg(file, q(e.text));
    return tr("Every row has the same label (“%1”): there is nothing to tell apart.").arg(q(e.text));
  case ErrorCode::TooManyClasses:
    return tr("The label column has %1 different values; at most %2 classes are allowed.")
        .arg(e.actual)
        .arg(e.expected);
  case ErrorCode::WrongClassCount:
    return tr("A binary problem needs exactly 2 classes; the file has %1.").arg(e.actual);
  case ErrorCode::UnknownClass:
    return tr("Line %1: the label “%2” is not one of the project's classes.").arg(line, q(e.text));
  // Why the engine refuses to train.
  case ErrorCode::NoOutputLayer: return tr("The network has no output layer.");
  case ErrorCode::InputMismatch: return tr("The validation data has other inputs than the training data.");
  case ErrorCode::EmptyDataset: return tr("There is no training data.");
  case ErrorCode::LossActivationMismatch: return tr("The loss does not fit the output layer's activation.");
  case ErrorCode::TargetMismatch: return tr("The output layer does not fit the labels of the data.");
  case ErrorCode::BadOptimizer: return tr("The optimizer settings are not valid.");
  case ErrorCode::ModelMismatch: return tr("The saved weights do not fit this network.");
  case ErrorCode::TooDeep:
    return tr("%1 is damaged or not a Neurona file: line %2, column %3 nests lists deeper than %4 levels.")
        .arg(file)
        .arg(e.line)
        .arg(e.column)
        .arg(e.expected);
  case ErrorCode::BadSchedule:
    return tr("The learning-rate schedule's %1 cannot be %2: the learning rate would become negative or "
              "undefined.")
        .arg(q(e.detail))
        .arg(e.value);
  case ErrorCode::NetworkTooLarge:
    return tr("This network is too large to train: it would need about %1 MB of memory, and the limit is "
              "%2 MB. Use fewer or smaller layers, or a smaller batch.")
        .arg(e.actual / 1048576)
        .arg(e.expected / 1048576);
  case ErrorCode::NonFinitePreprocessing:
    return tr("The values of input %1 are too large to scale (near 10^308). Choose no preprocessing or "
              "rescale the data.")
        .arg(column);
  case ErrorCode::SampleOutOfRange:
    return tr("There is no training sample %1: the training samples are numbered 0 to %2.")
        .arg(e.actual)
        .arg(e.expected - 1);
  case ErrorCode::TooManyRowsForCode:
    return tr("The data has %1 training and validation rows, more than the %2 that the code can hold. Use "
              "fewer rows to see the code.")
        .arg(e.actual)
        .arg(e.expected);
  case ErrorCode::UnsupportedInCode:
    if (e.detail == "several-targets")
      return tr("The data has several targets. This works only for one target.");
    if (e.detail == "image")
      return tr(
          "The network has image layers (convolution, pooling or flatten). This works only for networks "
          "of dense, dropout and batchnorm layers.");
    if (e.detail == "graph")
      return tr("The network has branches (layers that read several layers, or are read by several). This "
                "works only for a straight stack of layers.");
    return tr(
        "The network has a layer after the output layer, which the code cannot write. Remove it or move "
        "it before the output layer.");
  case ErrorCode::DuplicateName:
    return tr("%1 could not be read: two layers are called “%2” (%3). Each layer needs a name of its own.")
        .arg(file, q(e.detail), q(e.jsonPath));
  case ErrorCode::InputNotBefore:
    return tr("%1 could not be read: %2 reads the layer “%3”, which is not listed before it. Every layer "
              "must come after the layers it reads.")
        .arg(file, q(e.jsonPath), q(e.detail));
  // A project's image data.
  case ErrorCode::ImageShapeMismatch:
    return tr("The image shape of %1 holds %2 values, but the file has %3 input columns.")
        .arg(file)
        .arg(e.expected)
        .arg(e.actual);
  case ErrorCode::NotAFolder: return tr("%1 is not a folder.").arg(file);
  case ErrorCode::TooManyFiles:
    return tr("The folder %1 holds more than %2 files, the most that Neurona reads.")
        .arg(file)
        .arg(e.expected);
  case ErrorCode::NoImages:
    return tr("The folder %1 has no picture that Neurona can read (PNG, JPEG or BMP) in a sub-folder of its "
              "own. Put the pictures of each class in a sub-folder named after the class.")
        .arg(file);
  case ErrorCode::UnknownSetting: return tr("There is no setting called %1 in a project.").arg(q(e.text));
  case ErrorCode::BadSettingValue: return tr("The setting %1 cannot be %2.").arg(q(e.detail), q(e.text));
  default: break;
  }
  const std::string_view id = neurona::toString(e.code);
  return tr("%1 could not be read (%2 at %3).")
      .arg(file, QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size())), q(e.jsonPath));
}
