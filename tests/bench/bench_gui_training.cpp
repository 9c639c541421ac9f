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
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/NetworkView.h"
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
#include <map>
#include <string>
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

// With BENCH_BREAKDOWN set: the GUI thread's time per receiver class and event type, to see what a
// frame spends its time on.
class TimingApplication : public QApplication {
public:
  using QApplication::QApplication;
  bool notify(QObject* receiver, QEvent* event) override {
    if (!m_on) return QApplication::notify(receiver, event);
    if (m_depth > 0) { // nested: only paint events, by widget (a window's repaint paints them all at once)
      if (event->type() != QEvent::Paint) return QApplication::notify(receiver, event);
      std::string key = std::string("  paint ") + receiver->metaObject()->className() + " " +
                        receiver->objectName().toStdString();
      QElapsedTimer t;
      t.start();
      const bool r = QApplication::notify(receiver, event);
      m_total[key] += t.nsecsElapsed() * 1e-6;
      return r;
    }
    // Named before it is delivered: the receiver may delete itself.
    std::string key = receiver->metaObject()->className();
    key += " / ";
    key += std::to_string(static_cast<int>(event->type()));
    ++m_depth;
    QElapsedTimer t;
    t.start();
    const bool r = QApplication::notify(receiver, event);
    m_total[key] += t.nsecsElapsed() * 1e-6;
    --m_depth;
    return r;
  }
  void setOn(bool on) { m_on = on; }
  const std::map<std::string, double>& totals() const { return m_total; }

private:
  bool m_on = false;
  int m_depth = 0;
  std::map<std::string, double> m_total;
};

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(std::min<double>(v.size() - 1, q * (v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char* argv[]) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  TimingApplication app(argc, argv);
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
  // The window stands in for a projector's screen (under offscreen the screen is 800×800, which would
  // squeeze the canvas): BENCH_SIZE=WxH, 1280x720 unless set.
  const QStringList size =
      qEnvironmentVariable("BENCH_SIZE", QStringLiteral("1280x720")).split(QLatin1Char('x'));
  w.setFixedSize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1280,
                 size.value(1).toInt() > 0 ? size.value(1).toInt() : 720);
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
    app.setOn(qEnvironmentVariableIsSet("BENCH_BREAKDOWN"));
    c->play();
  });
  while (!done) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
  const double guiSeconds = run.nsecsElapsed() * 1e-9;
  probe.stop();

  const int trained = c->epoch();
  std::printf(
      "GUI training benchmark: [2,16,16,1], 1000 points (800 train / 200 validation), Adam, batch 32, "
      "%d epochs, 128x128 boundary grid + per-neuron grids, all docks visible, window %dx%d\n",
      trained, w.width(), w.height());
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
  // What one repaint of the canvas costs with the trained network's colours, and without its lines.
  {
    QWidget* viewport = w.canvas()->viewport();
    const auto repaintMs = [&] {
      QElapsedTimer t;
      t.start();
      for (int i = 0; i < 30; ++i) viewport->repaint();
      return t.nsecsElapsed() * 1e-6 / 30;
    };
    const double all = repaintMs();
    QList<QGraphicsItem*> lines;
    for (QGraphicsItem* item : w.canvas()->scene()->items())
      if (item->type() == ConnectionItem::Type && item->isVisible()) lines << item;
    for (QGraphicsItem* item : lines) item->setVisible(false);
    const double withoutLines = repaintMs();
    for (QGraphicsItem* item : lines) item->setVisible(true);
    std::printf("  canvas repaint (%dx%d): %.1f ms, of which the %lld line sets %.1f ms\n", viewport->width(),
                viewport->height(), all, static_cast<long long>(lines.size()), all - withoutLines);
  }
  if (qEnvironmentVariableIsSet("BENCH_BREAKDOWN")) {
    std::vector<std::pair<double, std::string>> rows;
    for (const auto& [k, v] : app.totals()) rows.emplace_back(v, k);
    std::sort(rows.rbegin(), rows.rend());
    std::printf("  GUI thread time by receiver / event type (ms per second of training):\n");
    for (std::size_t i = 0; i < std::min<std::size_t>(rows.size(), 25); ++i)
      std::printf("    %8.1f  %s\n", rows[i].first / guiSeconds, rows[i].second.c_str());
  }
  return 0;
}
