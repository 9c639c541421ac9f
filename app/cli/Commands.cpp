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

int runExport(const Command& c, std::ostream& out, std::ostream& err) {
  const Result<Model> m = ModelFile::read(c.model);
  if (!m.ok()) {
    err << describe(m.error) << "\n";
    return kBadFile;
  }
  Error e;
  switch (*c.format) {
  case ExportFormat::Onnx: e = OnnxExporter::write(c.out, m.value); break;
  case ExportFormat::Numpy: e = AtomicFile::write(c.out, NumpyExporter::generate(m.value)); break;
  case ExportFormat::Pytorch: e = AtomicFile::write(c.out, PytorchExporter::generate(m.value)); break;
  case ExportFormat::Keras: e = AtomicFile::write(c.out, KerasExporter::generate(m.value)); break;
  case ExportFormat::Cpp: e = AtomicFile::write(c.out, CppHeaderExporter::generate(m.value)); break;
  }
  if (!e.ok()) {
    err << describe(e) << "\n";
    return kBadFile;
  }
  out << "exported " << c.model << " as " << toString(*c.format) << " to " << c.out << "\n";
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
