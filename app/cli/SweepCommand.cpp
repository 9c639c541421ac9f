// neurona-cli sweep: a project trained once per combination of settings (SweepPlan, SweepRunner), the
// results as one CSV row per run and, with --images, each run's decision boundary as a PNG.
#include "cli/Commands.h"
#include "cli/Messages.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/NumberText.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/SettingKeys.h"
#include "neurona/core/sweep/SweepPlan.h"
#include "neurona/core/sweep/SweepRunner.h"
#include "pictures/BoundaryRaster.h"
#include "pictures/PngWriter.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <mutex>
#include <ostream>

namespace neurona::cli {

namespace {

namespace fs = std::filesystem;

// The pictures' sizes: each run's tile, and the gap between the grid's tiles (and around them).
constexpr int kTileSize = 256;
constexpr int kGridGap = 8;

// An empty CSV field for a metric that has no value.
std::string metricField(double v) { return std::isfinite(v) ? shortestText(v) : std::string(); }

// A CSV field: quoted when it holds a separator, a quote or a line break (keys and values are the
// user's text).
std::string sweepCsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string s = "\"";
  for (char ch : text) s += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return s + "\"";
}

// The metric columns of the CSV for a task, by their history names.
std::vector<const EpochField*> metricColumns(bool classification) {
  const std::vector<std::string_view> names =
      classification ? std::vector<std::string_view>{"loss", "val_loss", "accuracy", "val_accuracy"}
                     : std::vector<std::string_view>{"loss", "val_loss", "mae", "val_mae",
                                                     "rmse", "val_rmse", "r2",  "val_r2"};
  std::vector<const EpochField*> columns;
  for (std::string_view name : names)
    for (const EpochField& f : kEpochFields)
      if (f.name == name) columns.push_back(&f);
  return columns;
}

std::string resultsCsv(const std::vector<SweepSetting>& settings, const std::vector<SweepOutcome>& outcomes,
                       bool classification) {
  const std::vector<const EpochField*> columns = metricColumns(classification);
  std::string csv;
  for (const SweepSetting& s : settings) csv.append(sweepCsvField(s.key)).append(",");
  for (const EpochField* f : columns) csv.append(f->name).append(",");
  csv += "epochs,status\n";
  for (const SweepOutcome& o : outcomes) {
    for (const std::string& v : o.values) csv.append(sweepCsvField(SettingKeys::display(v))).append(",");
    for (const EpochField* f : columns) csv.append(metricField(o.final.*f->member)).append(",");
    csv.append(std::to_string(o.epochs)).append(",").append(toString(o.status)).append("\n");
  }
  return csv;
}

// "run 3 (training.optimizer.learning_rate=0.1, network.layers[0].units=4)"
std::string runName(const SweepPlan& plan, int run) {
  std::string s = "run " + std::to_string(run + 1) + " (";
  const std::vector<std::string> values = plan.valuesOf(run);
  for (std::size_t i = 0; i < values.size(); ++i)
    s.append(i > 0 ? ", " : "").append(plan.settings()[i].key).append("=").append(values[i]);
  return printable(s + ")");
}

// "run-001.png": numbered from 1, zero-padded to the width of the run count (at least 3 digits).
std::string imageName(int run, int runs) {
  const std::size_t width = std::max<std::size_t>(3, std::to_string(runs).size());
  std::string number = std::to_string(run + 1);
  if (number.size() < width) number.insert(0, width - number.size(), '0');
  return "run-" + number + ".png";
}

// The files the sweep writes that name one it reads (the project, its CSV data) or each other: the flag
// and the file it would replace; empty when none does.
std::pair<std::string, fs::path> sweepOutputOverInput(const Command& c, const Project& project,
                                                      const fs::path& dir, int runs) {
  std::vector<fs::path> inputs{c.project};
  if (project.dataset.kind == DatasetSourceKind::Csv) {
    const fs::path csv = project.dataset.csvPath;
    inputs.push_back(csv.is_absolute() ? csv : dir / csv);
  }
  for (const fs::path& input : inputs)
    if (sameFile(c.out, input)) return {"--out", input};
  if (c.images.empty()) return {};
  std::vector<fs::path> images{fs::path(c.images) / "grid.png"};
  for (int run = 0; run < runs; ++run) images.push_back(fs::path(c.images) / imageName(run, runs));
  inputs.push_back(c.out);
  for (const fs::path& image : images)
    for (const fs::path& input : inputs)
      if (sameFile(image, input)) return {"--images", input};
  return {};
}

// Writes each run's boundary and the grid into `dir` (created if missing); false after an error.
bool writeImages(const fs::path& dir, const SweepPlan& plan, const SweepRunner& runner,
                 const std::vector<SweepOutcome>& outcomes, std::ostream& err) {
  std::error_code ec;
  fs::create_directory(dir, ec); // that folder only, never its parents
  if (!fs::is_directory(dir)) {
    err << "neurona-cli sweep: " << printable(dir.string()) << ": the folder cannot be created\n";
    return false;
  }
  std::vector<BoundaryRaster> tiles;
  for (const SweepOutcome& o : outcomes) {
    const PreparedData* data = runner.data(o.run);
    BoundaryRaster tile;
    if (o.model && data != nullptr) tile = BoundaryRaster::render(*o.model, data->raw, kTileSize, kTileSize);
    if (!tile.empty()) {
      if (const Error e = AtomicFile::write(dir / imageName(o.run, plan.size()), PngWriter::encode(tile));
          !e.ok()) {
        err << describe(e) << "\n";
        return false;
      }
    }
    tiles.push_back(std::move(tile));
  }
  // Rows are the first setting's values, columns the second's (and the rest, row-major).
  const int columns = plan.settings().size() >= 2
                          ? plan.size() / static_cast<int>(plan.settings()[0].values.size())
                          : plan.size();
  const std::string grid = PngWriter::encode(BoundaryRaster::grid(tiles, columns, kGridGap));
  if (const Error e = AtomicFile::write(dir / "grid.png", grid); !e.ok()) {
    err << describe(e) << "\n";
    return false;
  }
  return true;
}

} // namespace

int runSweep(const Command& c, std::ostream& out, std::ostream& err, bool errIsTerminal) {
  const fs::path projectPath = c.project;
  Result<Project> loaded = ProjectFile::read(projectPath);
  if (!loaded.ok()) {
    err << describe(loaded.error) << "\n";
    return kBadFile;
  }
  const Project& project = loaded.value;
  const fs::path dir = projectPath.has_parent_path() ? projectPath.parent_path() : fs::path(".");
  const std::string file = printable(projectPath.string());

  // The settings, checked in every combination before anything is trained. Their keys are the ones the
  // project file would have with every default written (ProjectFile::toJson).
  const nlohmann::json doc = ProjectFile::toJson(project);
  std::vector<SweepSetting> settings;
  for (const std::string& text : c.sets) {
    Result<SweepSetting> s = parseSweepSetting(text);
    if (!s.ok()) {
      err << "neurona-cli sweep: --set " << printable(text) << ": " << describeSettingError(s.error, doc)
          << "\n";
      return kBadSetting;
    }
    settings.push_back(std::move(s.value));
  }
  Result<SweepPlan> planned = SweepPlan::create(doc, std::move(settings), c.epochs);
  if (!planned.ok()) {
    err << file << ": " << describeSettingError(planned.error, doc) << "\n";
    return kBadSetting;
  }
  const SweepPlan& plan = planned.value;

  if (const auto [flag, input] = sweepOutputOverInput(c, project, dir, plan.size()); !flag.empty()) {
    err << "neurona-cli sweep: " << flag << " names " << printable(input.string())
        << ", which this sweep reads or writes already; choose another\n";
    return kUsage;
  }

  SweepRunner runner(plan, dir, c.jobs.value_or(0));
  if (const SweepRefusal refused = runner.check(); refused.refused()) {
    const RunRefusal& r = refused.refusal;
    const std::string where = file + ": " + runName(plan, refused.run);
    if (r.kind == RunRefusalKind::Data) {
      Error e = r.error;
      if (e.file.empty()) e.file = where;
      err << describe(e) << "\n";
    } else if (r.kind == RunRefusalKind::Network) {
      printNetworkRefusal(where, plan.project(refused.run), *runner.data(refused.run), r.diagnostics, err);
    } else {
      err << where << ": " << describeTrainRefusal(r.error) << "\n";
    }
    return kBadFile;
  }

  const PreparedData& first = *runner.data(0);
  const bool classification = isClassification(first.raw.task);
  bool images = !c.images.empty();
  if (images && first.raw.featureCount() != 2) {
    err << file << ": note: the data has " << first.raw.featureCount()
        << " inputs; boundary pictures are drawn for 2 inputs only, so --images writes none\n";
    images = false;
  }

  const int runs = plan.size();
  if (!c.quiet)
    err << "sweep: " << runs << (runs == 1 ? " run" : " runs") << ", " << runner.jobs() << " at a time\n";
  std::vector<SweepOutcome> outcomes = runner.run([&](const SweepOutcome& o) {
    if (c.quiet) return;
    const int done = runner.finishedCount();
    // On a terminal one line redrawn in place; otherwise a line per finished run.
    if (errIsTerminal) err << "\r\033[K";
    err << "sweep: " << done << "/" << runs << " runs done (" << runName(plan, o.run) << ": "
        << toString(o.status) << " after " << o.epochs << " epochs)";
    if (!errIsTerminal || done == runs) err << "\n";
    err.flush();
  });

  if (const Error e = AtomicFile::write(c.out, resultsCsv(plan.settings(), outcomes, classification));
      !e.ok()) {
    err << describe(e) << "\n";
    return kBadFile;
  }
  if (images && !writeImages(c.images, plan, runner, outcomes, err)) return kBadFile;
  out << "results of " << runs << (runs == 1 ? " run" : " runs") << " written to " << printable(c.out)
      << "\n";
  if (images) out << "boundary pictures written to " << printable(c.images) << "\n";
  return kOk;
}

} // namespace neurona::cli
