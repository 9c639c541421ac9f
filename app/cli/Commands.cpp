#include "cli/Commands.h"

#include "cli/Messages.h"
#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/Generators.h"
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <ostream>

namespace neurona::cli {

int runDataset(const Command& c, std::ostream& out, std::ostream& err) {
  const GeneratorInfo* info = findGenerator(c.generator);
  if (!info) {
    err << "neurona-cli dataset: unknown generator '" << c.generator << "'. Generators:";
    for (const GeneratorInfo& g : allGenerators()) err << " " << g.name;
    err << "\n";
    return kUsage;
  }
  GeneratorOptions o;
  o.samples = c.samples.value_or(info->defaultSamples);
  o.noise = c.noise.value_or(info->defaultNoise);
  o.classes = c.classes.value_or(0);
  if (c.seed) o.seed = *c.seed;
  o.params = c.params;
  const Result<Dataset> r = generateDataset(c.generator, o);
  if (!r.ok()) {
    err << "neurona-cli dataset: " << describeGeneratorError(r.error, *info) << "\n";
    return kUsage;
  }
  if (!CsvWriter::writeFile(c.out, r.value).ok()) {
    err << c.out << ": cannot write the file\n";
    return kBadFile;
  }
  out << "wrote " << r.value.samples() << " samples of " << c.generator << " to " << c.out << "\n";
  return kOk;
}

bool isProjectDocument(const nlohmann::json& doc) {
  // (value() would throw on a "format" that is not a string.)
  const auto format = doc.is_object() ? doc.find("format") : doc.end();
  return doc.is_object() && format != doc.end() && format->is_string() &&
         format->get_ref<const std::string&>() == ProjectFile::kFormat;
}

int runExport(const Command& c, std::ostream& out, std::ostream& err) {
  Result<std::string> text = AtomicFile::read(c.model);
  if (!text.ok()) {
    err << describe(text.error) << "\n";
    return kBadFile;
  }
  // A model file or a project holding one, told apart by the "format" key (not by the name); each reader
  // then reports its own errors.
  Model model;
  if (isProjectDocument(nlohmann::json::parse(text.value, nullptr, false))) {
    Result<Project> p = ProjectFile::parse(text.value);
    if (!p.ok()) {
      p.error.file = c.model;
      err << describe(p.error) << "\n";
      return kBadFile;
    }
    if (!p.value.model) {
      err << untrainedProject(c.model) << "\n";
      return kBadFile;
    }
    model = std::move(*p.value.model);
  } else {
    Result<Model> m = ModelFile::parse(text.value);
    if (!m.ok()) {
      m.error.file = c.model;
      err << describe(m.error) << "\n";
      return kBadFile;
    }
    model = std::move(m.value);
  }
  Error e;
  switch (*c.format) {
  case ExportFormat::Onnx: e = OnnxExporter::write(c.out, model); break;
  case ExportFormat::Numpy: e = AtomicFile::write(c.out, NumpyExporter::generate(model)); break;
  case ExportFormat::Pytorch: e = AtomicFile::write(c.out, PytorchExporter::generate(model)); break;
  case ExportFormat::Keras: e = AtomicFile::write(c.out, KerasExporter::generate(model)); break;
  case ExportFormat::Cpp: e = AtomicFile::write(c.out, CppHeaderExporter::generate(model)); break;
  }
  if (!e.ok()) {
    err << describe(e) << "\n";
    return kBadFile;
  }
  out << "exported " << printable(c.model) << " as " << toString(*c.format) << " to " << printable(c.out)
      << "\n";
  return kOk;
}

int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                   bool errIsTerminal) {
  const auto parsed = CommandLine::parse(argc, argv);
  if (const auto* usage = std::get_if<UsageError>(&parsed)) {
    err << "neurona-cli";
    if (usage->verb != Verb::None) err << " " << toString(usage->verb);
    err << ": " << usage->message << "\n\n" << CommandLine::usage(usage->verb);
    return kUsage;
  }
  const Command& c = std::get<Command>(parsed);
  const KernelRequest kernels = requestKernelSet(std::getenv(kKernelsVariable));
  if (kernels.error != KernelRequestError::None) {
    err << "neurona-cli: " << describe(kernels) << "\n";
    return kBadSetting;
  }
  useKernelSet(kernels.set);
  if (c.version) {
    out << "neurona-cli " << NEURONA_VERSION << "\n"
        << "kernels: " << toString(activeKernelSet()) << "\n";
    return kOk;
  }
  if (c.help) {
    out << CommandLine::usage(c.verb);
    return kOk;
  }
  switch (c.verb) {
  case Verb::Dataset: return runDataset(c, out, err);
  case Verb::Train: return runTrain(c, out, err, errIsTerminal);
  case Verb::Predict: return runPredict(c, out, err);
  case Verb::Export: return runExport(c, out, err);
  case Verb::Info: return runInfo(c, out, err);
  case Verb::None: break;
  }
  err << CommandLine::usage(Verb::None);
  return kUsage;
}

} // namespace neurona::cli
