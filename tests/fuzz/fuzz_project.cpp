// libFuzzer harness: any text through the project-file loader gives a project or an error; an
// accepted project must serialise again and load back. A small accepted project then goes the way
// `neurona-cli train` takes it: its data is prepared (painted points and generators; a CSV or an image
// folder would need files), its network validated, and a valid one trains two epochs and predicts, never
// crashing.
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/train/Trainer.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

// Keeps each input fast: small data, small networks, short runs.
bool small(const neurona::Project& p) {
  using neurona::DatasetSourceKind;
  if (p.dataset.kind == DatasetSourceKind::Csv || p.dataset.kind == DatasetSourceKind::Images) return false;
  if (p.dataset.kind == DatasetSourceKind::Generator && p.dataset.samples > 300) return false;
  if (p.dataset.kind == DatasetSourceKind::Points && p.dataset.points.rows() > 300) return false;
  if (p.network.layers.size() > 8) return false;
  for (const neurona::LayerSpec& l : p.network.layers)
    if (l.units > 32) return false;
  return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = neurona::ProjectFile::parse(text);
  if (!loaded.ok()) return 0;
  const std::string again = neurona::ProjectFile::serialize(loaded.value);
  if (!neurona::ProjectFile::parse(again).ok()) std::abort();

  neurona::Project& project = loaded.value;
  if (!small(project)) return 0;
  const auto prepared = neurona::ProjectData::prepare(project, "/nonexistent");
  if (!prepared.ok()) return 0;
  const neurona::PreparedData& d = prepared.value;
  if (d.train.samples() == 0) return 0;
  neurona::ValidationContext ctx;
  ctx.inputs = static_cast<int>(d.train.featureCount());
  ctx.task = d.raw.task;
  ctx.classes = d.raw.classCount();
  ctx.loss = project.training.loss;
  if (neurona::hasErrors(neurona::validate(project.network, ctx))) return 0;
  project.training.epochs = 2;
  // The trainer's own refusals (ErrorCode::TargetMismatch, ...) are answers, not crashes.
  auto created = neurona::Trainer::create(project.network, project.training, d.train,
                                          d.validation.samples() > 0 ? &d.validation : nullptr);
  if (!created.ok()) return 0;
  neurona::Trainer& trainer = *created.value;
  if (project.model && neurona::ProjectData::modelFits(*project.model, project.network, ctx.inputs))
    (void)trainer.network().setParams(project.model->params);
  (void)trainer.run();
  const neurona::Model model = neurona::ProjectData::makeModel(project, d, trainer.params());
  (void)neurona::predictModel(model, d.raw.features);
  return 0;
}
