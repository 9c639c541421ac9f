#include "cli/Commands.h"
#include "cli/InputTable.h"
#include "cli/Messages.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/NumberText.h"

#include <ostream>

namespace neurona::cli {

namespace {

std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char ch : s) {
    if (ch == '"') q += '"';
    q += ch;
  }
  q += '"';
  return q;
}

} // namespace

int runPredict(const Command& c, std::ostream& out, std::ostream& err) {
  const Result<Model> m = ModelFile::read(c.model);
  if (!m.ok()) {
    err << describe(m.error) << "\n";
    return kBadFile;
  }
  const Model& model = m.value;
  const Result<InputTable> table = InputTable::read(c.input, model.inputs);
  if (!table.ok()) {
    err << describe(table.error) << "\n";
    return kBadFile;
  }
  const MatrixD y = predictModel(model, table.value.values);
  const Eigen::VectorXi cls = predictedClasses(model, y);
  const bool classification = isClassification(model.task);

  std::string csv;
  for (const std::string& name : model.inputs) csv.append(csvField(name)).append(",");
  for (Eigen::Index k = 0; k < y.cols(); ++k) csv.append(k ? ",out" : "out").append(std::to_string(k));
  if (classification) csv += ",label";
  csv += "\n";
  const auto inputs = static_cast<std::size_t>(model.inputCount());
  for (Eigen::Index r = 0; r < y.rows(); ++r) {
    for (std::size_t i = 0; i < inputs; ++i)
      csv.append(csvField(table.value.rawCells[static_cast<std::size_t>(r) * inputs + i])).append(",");
    for (Eigen::Index k = 0; k < y.cols(); ++k) csv.append(k ? "," : "").append(shortestText(y(r, k)));
    if (classification) csv.append(",").append(csvField(model.classes[static_cast<std::size_t>(cls(r))]));
    csv += "\n";
  }
  if (c.out.empty()) {
    out << csv;
    return kOk;
  }
  const Error e = AtomicFile::write(c.out, csv);
  if (!e.ok()) {
    err << describe(e) << "\n";
    return kBadFile;
  }
  return kOk;
}

} // namespace neurona::cli
