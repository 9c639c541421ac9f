// The training workspace under load: trains [2,16,16,1] on 1000 points in the main window with every
// plot and the neuron heatmaps on, and reports
//   - the GUI thread's stalls (gaps of a 5 ms timer beyond its interval: p50, p99, max),
//   - boundary refreshes per second (replots of the boundary plot while training),
//   - training throughput against the same run headless (core Trainer, as `neurona-cli train` runs it),
//     and against the neurona-cli binary itself when its path is given.
// Usage: bench_gui_training [EPOCHS] [path/to/neurona-cli]   (QT_QPA_PLATFORM=offscreen or a display)
#include "model/Project.h"
#include "training/CoreTraining.h"
#include "training/TrainingController.h"
#include "ui/canvas/CanvasInternals.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/BoundaryView.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

neurona::Project benchProject(int epochs) {
  neurona::Project p;
  p.dataset.generator = "circles";
  p.dataset.samples = 1000;
  p.dataset.noise = 0.1;
  p.dataset.seed = 3;
  p.split = {0.2, 0.0, 3};
  p.preprocessing = neurona::PreprocessingKind::Standardize;
  p.network = neurona::NetworkSpec::denseStack({16, 16}, 1, neurona::ActivationKind::Tanh,
                                               neurona::ActivationKind::Sigmoid);
  p.training.loss = neurona::LossKind::Bce;
  p.training.optimizer = *neurona::OptimizerConfig::defaults("adam");
  p.training.optimizer.learningRate = 0.01;
  p.training.batchSize = 32;
  p.training.epochs = epochs;
  p.training.seed = 1;
  return p;
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(std::min<double>(v.size() - 1, q * (v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char* argv[]) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("NeuronaBench"));
  const int epochs = argc > 1 ? std::max(10, std::atoi(argv[1])) : 1500;
  const QString cli = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
  const neurona::Project project = benchProject(epochs);

  // Headless reference: what `neurona-cli train` does (prepare + Trainer::run), in this process.
  double headlessSeconds = 0.0;
  {
    const neurona::PreparedData data = neurona::ProjectData::prepare(project, std::filesystem::path()).value;
    QElapsedTimer t;
    t.start();
    neurona::Trainer trainer(project.network, project.training, data.train,
                             data.validation.samples() > 0 ? &data.validation : nullptr);
    trainer.run();
    headlessSeconds = t.nsecsElapsed() * 1e-9;
  }

  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("bench.neurona"));
  neurona::ProjectFile::write(path.toStdString(), project);

  double cliSeconds = 0.0;
  if (!cli.isEmpty()) {
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(cli, {QStringLiteral("train"), path, QStringLiteral("--quiet"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("m.json"))});
    p.waitForFinished(-1);
    cliSeconds = t.nsecsElapsed() * 1e-9;
  }

  LanguageManager languages;
  MainWindow w(&languages);
  w.resize(1600, 1000);
  w.show();
  if (!w.project()->open(path).ok()) {
    std::fprintf(stderr, "cannot open the project %s\n", qPrintable(path));
    return 1;
  }
  TrainingController* c = w.controller();
  if (qEnvironmentVariableIsSet("BENCH_NO_CANVAS")) { // for comparison: no neuron maps at all
    w.canvasInternals()->setEnabled(false);
    c->setNeuronGrids(false);
  }

  // GUI-thread responsiveness: a 5 ms timer; every gap beyond 5 ms is time the event loop was busy.
  std::vector<double> gaps;
  QElapsedTimer tick;
  QTimer probe;
  probe.setTimerType(Qt::PreciseTimer);
  probe.setInterval(5);
  QObject::connect(&probe, &QTimer::timeout, [&] {
    if (tick.isValid()) gaps.push_back(std::max(0.0, tick.nsecsElapsed() * 1e-6 - 5.0));
    tick.restart();
  });
  int replots = 0;
  QObject::connect(w.boundaryView()->plot(), &QCustomPlot::afterReplot, [&] { ++replots; });

  QElapsedTimer run;
  bool done = false;
  QObject::connect(c, &TrainingController::finished, [&] { done = true; });
  QTimer::singleShot(300, [&] {
    replots = 0;
    probe.start();
    run.start();
    c->play();
  });
  while (!done) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
  const double guiSeconds = run.nsecsElapsed() * 1e-9;
  probe.stop();

  const int trained = c->epoch();
  std::printf(
      "GUI training benchmark: [2,16,16,1], 1000 points (800 train / 200 validation), Adam, batch 32, "
      "%d epochs, 128x128 boundary grid + per-neuron grids, all docks visible\n",
      trained);
  std::printf(
      "  GUI thread stall (event-loop gap beyond a 5 ms timer): p50 %.2f ms, p99 %.2f ms, max %.2f ms "
      "(%zu samples)\n",
      percentile(gaps, 0.5), percentile(gaps, 0.99),
      gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end()), gaps.size());
  std::printf("  boundary refresh: %.1f frames/s (%d replots in %.2f s)\n", replots / guiSeconds, replots,
              guiSeconds);
  std::printf("  throughput: GUI %.0f epochs/s, headless Trainer %.0f epochs/s -> %.0f%%\n",
              trained / guiSeconds, epochs / headlessSeconds,
              100.0 * (trained / guiSeconds) / (epochs / headlessSeconds));
  if (cliSeconds > 0.0)
    std::printf("  neurona-cli train (process, incl. start-up): %.0f epochs/s -> GUI at %.0f%%\n",
                epochs / cliSeconds, 100.0 * (trained / guiSeconds) / (epochs / cliSeconds));
  return 0;
}
