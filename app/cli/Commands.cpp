#include "cli/Commands.h"

#include "cli/Messages.h"
#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/Generators.h"
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/NumpyTrainExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/export/PytorchTrainExporter.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/train/Trainer.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
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

namespace {

// --format pytorch-train or numpy-train: the project's training run as a PyTorch script or as
// from-scratch NumPy code. Refused as train refuses the project (its data, its network, the trainer's
// checks); numpy-train also refuses data beyond the rows it embeds.
int exportTrainingScript(const Command& c, const Project& project, std::ostream& err) {
  const std::filesystem::path path = c.model;
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  Result<PreparedData> data = ProjectData::prepare(project, dir);
  if (!data.ok()) {
    if (data.error.file.empty()) data.error.file = c.model;
    err << describe(data.error) << "\n";
    return kBadFile;
  }
  const PreparedData& d = data.value;
  if (const int refused = refuseInvalidNetwork(printable(c.model), project, d, err); refused != kOk)
    return refused;
  const Error refusal = Trainer::check(project.network, project.training, d.train,
                                       d.validation.samples() > 0 ? &d.validation : nullptr);
  if (!refusal.ok()) {
    err << printable(c.model) << ": " << describeTrainRefusal(refusal) << "\n";
    return kBadFile;
  }
  Result<std::string> script = *c.format == ExportFormat::NumpyTrain
                                   ? NumpyTrainExporter::generate(project, dir)
                                   : PytorchTrainExporter::generate(project, dir);
  if (!script.ok()) {
    if (script.error.file.empty()) script.error.file = c.model;
    err << describe(script.error) << "\n";
    return kBadFile;
  }
  if (const Error e = AtomicFile::write(c.out, script.value); !e.ok()) {
    err << describe(e) << "\n";
    return kBadFile;
  }
  return kOk;
}

} // namespace

int runExport(const Command& c, std::ostream& out, std::ostream& err) {
  Result<std::string> text = AtomicFile::read(c.model);
  if (!text.ok()) {
    err << describe(text.error) << "\n";
    return kBadFile;
  }
  // A model file or a project holding one, told apart by the "format" key (not by the name); each reader
  // then reports its own errors.
  const bool isProject = isProjectDocument(nlohmann::json::parse(text.value, nullptr, false));
  if (isTrainingRun(*c.format) && !isProject) {
    err << trainingScriptNeedsProject(c.model, toString(*c.format)) << "\n";
    return kBadFile;
  }
  Model model;
  if (isProject) {
    Result<Project> p = ProjectFile::parse(text.value);
    if (!p.ok()) {
      p.error.file = c.model;
      err << describe(p.error) << "\n";
      return kBadFile;
    }
    if (isTrainingRun(*c.format)) {
      if (const int code = exportTrainingScript(c, p.value, err); code != kOk) return code;
      out << "exported " << printable(c.model) << " as " << toString(*c.format) << " to " << printable(c.out)
          << "\n";
      return kOk;
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
  case ExportFormat::PytorchTrain:
  case ExportFormat::NumpyTrain: break; // a project's, above
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
  case Verb::Sweep: return runSweep(c, out, err, errIsTerminal);
  case Verb::Step: return runStep(c, out, err);
  case Verb::None: break;
  }
  err << CommandLine::usage(Verb::None);
  return kUsage;
}

} // namespace neurona::cli
