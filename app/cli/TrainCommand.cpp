#include "cli/Commands.h"
#include "cli/Messages.h"
#include "cli/Progress.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/NumberText.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/ProjectRun.h"
#include "neurona/core/train/Trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <variant>

namespace neurona::cli {

namespace {

namespace fs = std::filesystem;

// An empty CSV field for a metric that has no value.
std::string number(double v) { return std::isfinite(v) ? shortestText(v) : std::string(); }

// History as CSV: epoch, then every metric that has a value in some epoch.
std::string historyCsv(const std::vector<EpochRecord>& history) {
  std::vector<const EpochField*> used;
  for (const EpochField& c : kEpochFields)
    for (const EpochRecord& r : history)
      if (std::isfinite(r.*c.member)) {
        used.push_back(&c);
        break;
      }
  std::string csv = "epoch";
  for (const EpochField* c : used) csv.append(",").append(c->name);
  csv += "\n";
  for (const EpochRecord& r : history) {
    csv += std::to_string(r.epoch);
    for (const EpochField* c : used) csv.append(",").append(number(r.*c->member));
    csv += "\n";
  }
  return csv;
}

// The first output (--out or --history) that names an input of the run (the project, its CSV data) or
// the other output, as "--out" / "--history" with the file it would replace; empty when none does.
std::pair<std::string, fs::path> outputOverInput(const Command& c, const Project& project,
                                                 const fs::path& dir) {
  std::vector<fs::path> inputs{c.project};
  if (project.dataset.kind == DatasetSourceKind::Csv) {
    const fs::path csv = project.dataset.csvPath;
    inputs.push_back(csv.is_absolute() ? csv : dir / csv);
  }
  // Without --out the model goes next to the project as STEM.model.json.
  const fs::path model =
      c.out.empty() ? dir / (fs::path(c.project).stem().string() + ".model.json") : fs::path(c.out);
  for (const auto& [flag, output] :
       {std::pair{"--out", model}, std::pair{"--history", fs::path(c.history)}}) {
    if (output.empty()) continue;
    for (const fs::path& input : inputs)
      if (sameFile(output, input)) return {flag, input};
  }
  if (!c.history.empty() && sameFile(model, c.history)) return {"--history", model};
  return {};
}

} // namespace

// Whether `a` and `b` name the same file: the same path once symbolic links and ".." are resolved, or
// the same file on disk (a hard link).
bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code ec1, ec2;
  const fs::path ca = fs::weakly_canonical(fs::absolute(a), ec1);
  const fs::path cb = fs::weakly_canonical(fs::absolute(b), ec2);
  if (!ec1 && !ec2 && ca == cb) return true;
  std::error_code ec;
  return fs::equivalent(a, b, ec) && !ec;
}

void printNetworkRefusal(const std::string& projectFile, const Project& project, const PreparedData& d,
                         const std::vector<Diagnostic>& diagnostics, std::ostream& err) {
  // What a run would take, for a network refused as too large: samples pass through all at once for the
  // metrics, so the data set counts as well as the batch.
  const std::int64_t rows = std::max<std::int64_t>(project.training.batchSize, d.raw.samples());
  const int inputs = static_cast<int>(d.train.featureCount());
  const NetworkSpec network = ProjectData::network(project, d); // as validated: with the data's image shape
  for (const Diagnostic& diag : diagnostics) {
    if (diag.severity != Severity::Error) continue;
    err << projectFile << ": " << describe(diag, network);
    if (diag.code == DiagnosticCode::TooManyUnits)
      err << "; training it would need about " << bytesText(estimateMemoryBytes(network, inputs, rows))
          << " of memory";
    err << "\n";
  }
}

int refuseInvalidNetwork(const std::string& projectFile, const Project& project, const PreparedData& d,
                         std::ostream& err) {
  const RunRefusal refusal = ProjectRun::check(project, d);
  if (refusal.kind != RunRefusalKind::Network) return kOk;
  printNetworkRefusal(projectFile, project, d, refusal.diagnostics, err);
  return kBadFile;
}

int runTrain(const Command& c, std::ostream& out, std::ostream& err, bool errIsTerminal) {
  const fs::path projectPath = c.project;
  Result<Project> loaded = ProjectFile::read(projectPath);
  if (!loaded.ok()) {
    err << describe(loaded.error) << "\n";
    return kBadFile;
  }
  Project& project = loaded.value;
  if (c.epochs) project.training.epochs = *c.epochs;
  if (c.seed) project.training.seed = *c.seed;

  const fs::path dir = projectPath.has_parent_path() ? projectPath.parent_path() : fs::path(".");
  // An output over an input would replace the project (or its data) with the model or the history:
  // refused as a usage error before anything is trained or written.
  if (const auto [flag, input] = outputOverInput(c, project, dir); !flag.empty()) {
    err << "neurona-cli train: " << flag << " names " << printable(input.string())
        << ", which this run reads or writes already; choose another file\n";
    return kUsage;
  }
  Result<PreparedData> data = ProjectData::prepare(project, dir);
  // An image folder's unreadable pictures: left out, said once each (also before a refusal, which they
  // may explain).
  warnSkippedImages(err, (dir / project.dataset.imagesPath).string(), data.value.skippedImages);
  if (!data.ok()) {
    if (data.error.file.empty()) data.error.file = projectPath.string();
    err << describe(data.error) << "\n";
    return kBadFile;
  }
  const PreparedData& d = data.value;

  // The checks of ProjectRun::create, made here first so that the messages keep their order: the
  // network's errors, then the batch-size note, then the trainer's refusal.
  const RunRefusal refusal = ProjectRun::check(project, d);
  if (refusal.kind == RunRefusalKind::Network) {
    printNetworkRefusal(projectPath.string(), project, d, refusal.diagnostics, err);
    return kBadFile;
  }
  // A batch larger than the training part is the whole training part; said once, so that nobody wonders
  // why the batch size changes nothing.
  const Eigen::Index trainRows = d.train.samples();
  if (!c.quiet && project.training.batchSize > trainRows)
    err << projectPath.string() << ": note: the batch size " << project.training.batchSize
        << " is larger than the " << trainRows << " training samples, so every epoch is one batch of all "
        << trainRows << "\n";
  if (refusal.kind == RunRefusalKind::Trainer) {
    err << projectPath.string() << ": " << describeTrainRefusal(refusal.error) << "\n";
    return kBadFile;
  }

  auto created = ProjectRun::create(project, std::move(data.value));
  if (auto* refused = std::get_if<RunRefusal>(&created)) { // not after check() above; said alike
    if (refused->kind == RunRefusalKind::Network)
      err << projectPath.string() << ": the network cannot be trained on this data\n";
    else
      err << projectPath.string() << ": " << describeTrainRefusal(refused->error) << "\n";
    return kBadFile;
  }
  ProjectRun& run = *std::get<std::unique_ptr<ProjectRun>>(created);
  const bool continued = run.continued();
  const int saved = run.startEpoch();

  TrainingResult result;
  if (c.quiet) {
    result = run.run();
  } else {
    if (continued) err << "continuing from the model stored in the project (epoch " << saved << ")\n";
    Progress progress(err, errIsTerminal, saved, saved + project.training.epochs);
    result = run.run(&progress);
    progress.finish();
  }

  const PreparedData& prepared = run.data();
  const Trainer& trainer = run.trainer();
  const Model model = run.model();
  fs::path modelPath = c.out;
  if (modelPath.empty()) modelPath = dir / (projectPath.stem().string() + ".model.json");
  if (const Error e = ModelFile::write(modelPath, model); !e.ok()) {
    err << describe(e) << "\n";
    return kBadFile;
  }
  if (!c.history.empty()) {
    if (const Error e = AtomicFile::write(c.history, historyCsv(result.history)); !e.ok()) {
      err << describe(e) << "\n";
      return kBadFile;
    }
  }

  if (!c.quiet) {
    char line[256];
    int n = std::snprintf(line, sizeof line, "%s after %d epochs",
                          std::string(toString(result.status)).c_str(), result.epochs);
    const auto add = [&](const char* fmt, double v) {
      if (n < static_cast<int>(sizeof line))
        n += std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), fmt, v);
    };
    if (!result.history.empty()) add(", loss %.4g", result.history.back().loss);
    if (isClassification(prepared.raw.task)) {
      add(", training accuracy %.1f%%", 100.0 * trainer.classificationMetrics(prepared.train).accuracy);
      if (prepared.validation.samples() > 0)
        add(", validation accuracy %.1f%%",
            100.0 * trainer.classificationMetrics(prepared.validation).accuracy);
    }
    RegressionMetrics regression;
    if (!isClassification(prepared.raw.task)) {
      regression = trainer.regressionMetrics(prepared.train);
      add(", training RMSE %.4g", regression.rmse);
      add(", R2 %.4f", regression.r2);
      if (regression.perTarget.size() > 1)
        add(" (means over %.0f targets)", static_cast<double>(regression.perTarget.size()));
    }
    err << line << "\n";
    // Several targets: each one's training metrics on a line of its own, in the data's column order.
    if (regression.perTarget.size() > 1) {
      for (std::size_t k = 0; k < regression.perTarget.size(); ++k) {
        const TargetMetrics& t = regression.perTarget[k];
        std::snprintf(line, sizeof line, ": RMSE %.4g, MAE %.4g, R2 %.4f", t.rmse, t.mae, t.r2);
        err << "  target " << printable(prepared.train.targetName(static_cast<Eigen::Index>(k))) << line
            << "\n";
      }
    }
  }
  out << "model written to " << modelPath.string() << "\n";
  if (result.status == TrainingStatus::Diverged) {
    err << projectPath.string() << ": training diverged; the model holds the last finite weights\n";
    return kDiverged;
  }
  return kOk;
}

} // namespace neurona::cli
