#include "ui/experiments/ExperimentBoard.h"

#include "model/Project.h"
#include "pictures/BoundaryImage.h"
#include "training/SweepController.h"
#include "ui/experiments/RunStatusText.h"
#include "ui/experiments/SweepDialog.h"
#include "ui/experiments/SweepGrid.h"
#include "ui/forms/FlowLayout.h"
#include "ui/plots/PlotStyle.h"
#include "ui/problems/DiagnosticText.h"
#include "ui/style/Theme.h"
#include "ui/text/ErrorText.h"

#include "neurona/core/sweep/SettingKeys.h"
#include "neurona/core/train/Trainer.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <set>

namespace {

enum Column { Pinned, Name, Status, Epochs, FirstMetric };

// The final metrics a table shows for the task the runs are of.
struct MetricColumn {
  const char* title;
  double neurona::EpochRecord::*member;
  bool percent;
};
const MetricColumn kClassification[] = {
    {QT_TRANSLATE_NOOP("ExperimentBoard", "Loss"), &neurona::EpochRecord::loss, false},
    {QT_TRANSLATE_NOOP("ExperimentBoard", "Val. loss"), &neurona::EpochRecord::valLoss, false},
    {QT_TRANSLATE_NOOP("ExperimentBoard", "Accuracy"), &neurona::EpochRecord::accuracy, true},
    {QT_TRANSLATE_NOOP("ExperimentBoard", "Val. accuracy"), &neurona::EpochRecord::valAccuracy, true}};
const MetricColumn kRegression[] = {
    {QT_TRANSLATE_NOOP("ExperimentBoard", "Loss"), &neurona::EpochRecord::loss, false},
    {QT_TRANSLATE_NOOP("ExperimentBoard", "Val. loss"), &neurona::EpochRecord::valLoss, false},
    {QT_TRANSLATE_NOOP("ExperimentBoard", "RMSE"), &neurona::EpochRecord::rmse, false},
    {QT_TRANSLATE_NOOP("ExperimentBoard", "Val. RMSE"), &neurona::EpochRecord::valRmse, false}};

// A table cell that sorts by number (NaN last) and shows it rounded.
class NumberItem : public QTableWidgetItem {
public:
  NumberItem(double v, bool percent) : m_value(v) {
    setText(!std::isfinite(v) ? QStringLiteral("—")
            : percent         ? QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 1)
                              : QString::number(v, 'g', 4));
    setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setFlags(flags() & ~Qt::ItemIsEditable);
  }
  bool operator<(const QTableWidgetItem& other) const override {
    const auto* o = dynamic_cast<const NumberItem*>(&other);
    if (!o) return QTableWidgetItem::operator<(other);
    if (!std::isfinite(o->m_value)) return std::isfinite(m_value);
    return std::isfinite(m_value) && m_value < o->m_value;
  }

private:
  double m_value;
};

// "layers[0].units = 8": one setting of a run, empty when the run's setup does not have the key.
QString settingText(const QString& key, const ExperimentBoard::Settings& settings) {
  const auto it = settings.find(key.toStdString());
  if (it == settings.end()) return {};
  return QStringLiteral("%1 = %2").arg(QString::fromStdString(neurona::SettingKeys::brief(it->first)),
                                       QString::fromStdString(neurona::SettingKeys::display(it->second)));
}

} // namespace

ExperimentBoard::ExperimentBoard(Project* project, SweepController* sweeps, QWidget* parent)
    : QWidget(parent, Qt::Window), m_project(project), m_sweeps(sweeps) {
  setObjectName(QStringLiteral("experimentBoard"));
  auto* layout = new QVBoxLayout(this);
  m_tabs = new QTabWidget;
  m_tabs->setObjectName(QStringLiteral("experimentTabs"));
  layout->addWidget(m_tabs);

  // --- runs ---
  auto* runsPage = new QWidget;
  auto* runsLayout = new QVBoxLayout(runsPage);
  auto* actions = new QWidget;
  auto* flow = new FlowLayout(actions);
  m_restore = new QPushButton;
  m_restore->setObjectName(QStringLiteral("restoreRunButton"));
  m_pin = new QPushButton;
  m_pin->setObjectName(QStringLiteral("pinRunButton"));
  m_delete = new QPushButton;
  m_delete->setObjectName(QStringLiteral("deleteRunButton"));
  m_limitLabel = new QLabel;
  m_limit = new QSpinBox;
  m_limit->setObjectName(QStringLiteral("runLimitSpin"));
  m_limit->setRange(1, neurona::KeptRun::kMaxLimit);
  m_limitLabel->setBuddy(m_limit);
  for (QWidget* w :
       {static_cast<QWidget*>(m_restore), static_cast<QWidget*>(m_pin), static_cast<QWidget*>(m_delete),
        static_cast<QWidget*>(m_limitLabel), static_cast<QWidget*>(m_limit)})
    flow->addWidget(w);
  runsLayout->addWidget(actions);

  auto* split = new QSplitter(Qt::Vertical);
  split->setObjectName(QStringLiteral("experimentSplitter"));
  m_table = new QTableWidget;
  m_table->setObjectName(QStringLiteral("runTable"));
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  // Runs in the order they were kept until a header is clicked.
  m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
  m_table->setSortingEnabled(true);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setStretchLastSection(true);
  split->addWidget(m_table);

  auto* cardsScroll = new QScrollArea;
  cardsScroll->setObjectName(QStringLiteral("runCardsScroll"));
  cardsScroll->setWidgetResizable(true);
  cardsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_cards = new QWidget;
  m_cards->setObjectName(QStringLiteral("runCards"));
  new FlowLayout(m_cards, 8);
  cardsScroll->setWidget(m_cards);
  auto* cardsPane = new QWidget;
  auto* cardsLayout = new QVBoxLayout(cardsPane);
  cardsLayout->setContentsMargins(0, 0, 0, 0);
  m_noCards = new QLabel;
  m_noCards->setObjectName(QStringLiteral("noPinnedRunsLabel"));
  m_noCards->setWordWrap(true);
  cardsLayout->addWidget(m_noCards);
  cardsLayout->addWidget(cardsScroll, 1);
  split->addWidget(cardsPane);

  m_plot = new QCustomPlot;
  m_plot->setObjectName(QStringLiteral("runCurvesPlot"));
  m_plot->setMinimumHeight(160);
  m_plot->legend->setVisible(true);
  m_plot->yAxis2->setVisible(true);
  m_plot->yAxis2->setRange(0, 1);
  split->addWidget(m_plot);
  split->setSizes({40, 30, 30});
  runsLayout->addWidget(split, 1);
  m_tabs->addTab(runsPage, QString());

  // --- sweeps ---
  auto* sweepPage = new QWidget;
  auto* sweepLayout = new QVBoxLayout(sweepPage);
  auto* sweepBar = new QHBoxLayout;
  m_sweepButton = new QPushButton;
  m_sweepButton->setObjectName(QStringLiteral("newSweepButton"));
  m_progress = new QProgressBar;
  m_progress->setObjectName(QStringLiteral("sweepProgress"));
  m_cancelSweep = new QPushButton;
  m_cancelSweep->setObjectName(QStringLiteral("cancelSweepButton"));
  sweepBar->addWidget(m_sweepButton);
  sweepBar->addWidget(m_progress, 1);
  sweepBar->addWidget(m_cancelSweep);
  sweepLayout->addLayout(sweepBar);
  m_sweepState = new QLabel;
  m_sweepState->setObjectName(QStringLiteral("sweepStateLabel"));
  m_sweepState->setWordWrap(true);
  sweepLayout->addWidget(m_sweepState);
  auto* gridScroll = new QScrollArea;
  gridScroll->setWidgetResizable(true);
  m_grid = new SweepGrid(m_sweeps, [this](int run) {
    const auto& o = m_sweeps->outcomes()[static_cast<std::size_t>(run)];
    if (!o || !o->model) return QPixmap();
    neurona::KeptRun k;
    k.model = *o->model;
    return thumbnail(k, 96);
  });
  gridScroll->setWidget(m_grid);
  sweepLayout->addWidget(gridScroll, 1);
  m_tabs->addTab(sweepPage, QString());

  // --- behaviour ---
  connect(m_project, &Project::runsChanged, this, &ExperimentBoard::rebuild);
  connect(m_project, &Project::loaded, this, [this] { m_thumbnails.clear(); });
  connect(m_project, &Project::dataChanged, this, [this] {
    m_thumbnails.clear();
    rebuild();
  });
  connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExperimentBoard::updateButtons);
  connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
    if (m_filling) return;
    const quint64 id = m_table->item(item->row(), Name)->data(Qt::UserRole).toULongLong();
    // Edits go to the project, which sends runsChanged; the table is filled again from it.
    if (item->column() == Name) {
      if (!m_project->renameRun(id, item->text())) rebuild();
    } else if (item->column() == Pinned) {
      m_project->setRunPinned(id, item->checkState() == Qt::Checked);
    }
  });
  connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
    if (column == Name) return; // editing the name
    const quint64 id = m_table->item(row, Name)->data(Qt::UserRole).toULongLong();
    if (m_project->restoreRun(id))
      emit statusMessage(tr("Restored %1 as the current model.").arg(m_table->item(row, Name)->text()));
  });
  connect(m_restore, &QPushButton::clicked, this, [this] {
    const auto ids = selectedRuns();
    if (ids.size() != 1) return;
    const neurona::KeptRun* run = m_project->keptRun(ids.front());
    if (run && m_project->restoreRun(ids.front()))
      emit statusMessage(tr("Restored %1 as the current model.").arg(QString::fromStdString(run->name)));
    else
      emit statusMessage(tr("This run cannot be restored: its network no longer fits the data, or the lesson "
                            "locks what it changes."));
  });
  connect(m_pin, &QPushButton::clicked, this, [this] {
    const auto ids = selectedRuns();
    bool allPinned = !ids.empty();
    for (auto id : ids)
      if (const neurona::KeptRun* r = m_project->keptRun(id)) allPinned = allPinned && r->pinned;
    for (auto id : ids) m_project->setRunPinned(id, !allPinned);
  });
  connect(m_delete, &QPushButton::clicked, this, [this] {
    const auto ids = selectedRuns();
    m_project->deleteRuns(QList<quint64>(ids.begin(), ids.end()));
  });
  auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
  connect(del, &QShortcut::activated, m_delete, &QPushButton::click);
  connect(m_limit, &QSpinBox::editingFinished, this, [this] { m_project->setRunLimit(m_limit->value()); });

  connect(m_sweepButton, &QPushButton::clicked, this, &ExperimentBoard::newSweep);
  connect(m_cancelSweep, &QPushButton::clicked, m_sweeps, &SweepController::cancel);
  connect(m_sweeps, &SweepController::started, this, [this] {
    m_grid->rebuild();
    updateSweepProgress();
  });
  connect(m_sweeps, &SweepController::runFinished, this, [this](int run) {
    m_grid->updateCell(run);
    updateSweepProgress();
  });
  connect(m_sweeps, &SweepController::sweepFinished, this, [this](bool cancelled) {
    updateSweepProgress();
    emit statusMessage(cancelled
                           ? tr("Sweep cancelled: %1 of %2 runs trained.")
                                 .arg(m_sweeps->finishedCount())
                                 .arg(m_sweeps->total())
                           : tr("Sweep finished: %n run(s) kept on the board.", nullptr, m_sweeps->total()));
  });
  connect(m_grid, &SweepGrid::runClicked, this, [this](int run) {
    const std::uint64_t id = m_sweeps->keptRunId(run);
    if (id == 0) {
      emit statusMessage(tr("This run is still training."));
      return;
    }
    if (m_project->restoreRun(id))
      emit statusMessage(
          tr("Opened %1 as the current model.").arg(QString::fromStdString(m_project->keptRun(id)->name)));
  });
  connect(&Theme::instance(), &Theme::changed, this, [this] {
    m_thumbnails.clear();
    rebuild();
  });

  retranslate();
  rebuild();
  // Most of the screen: on a projector the board is what the class looks at.
  const QSize screen = (parent ? parent->screen() : this->screen())->availableGeometry().size();
  resize(std::max(800, screen.width() * 7 / 10), std::max(560, screen.height() * 8 / 10));
}

QPixmap ExperimentBoard::thumbnail(const neurona::KeptRun& run, int size) {
  if (run.id != 0)
    if (auto it = m_thumbnails.constFind(run.id); it != m_thumbnails.constEnd() && it->width() == size)
      return *it;
  QPixmap pixmap(size, size);
  const neurona::Dataset& raw = m_project->rawData();
  if (run.model && raw.featureCount() == 2 && run.model->inputCount() == 2) {
    BoundaryColors colors;
    colors.classes.clear();
    for (int k = 0; k < 8; ++k) colors.classes.push_back(Theme::instance().classColor(k));
    pixmap = QPixmap::fromImage(BoundaryImage::render(*run.model, raw, QSize(size, size), colors));
  } else {
    pixmap.fill(palette().color(QPalette::Mid));
  }
  if (run.id != 0) m_thumbnails.insert(run.id, pixmap);
  return pixmap;
}

QStringList ExperimentBoard::differingKeys(const std::vector<const Settings*>& runs) {
  std::set<std::string> all;
  for (const Settings* r : runs)
    for (const auto& [k, v] : *r) all.insert(k);
  QStringList out;
  for (const std::string& k : all) {
    std::set<std::string> seen;
    for (const Settings* r : runs) {
      const auto it = r->find(k);
      seen.insert(it == r->end() ? std::string() : it->second);
    }
    if (seen.size() > 1) out << QString::fromStdString(k);
  }
  return out;
}

std::vector<std::uint64_t> ExperimentBoard::selectedRuns() const {
  std::vector<std::uint64_t> ids;
  for (const QModelIndex& i : m_table->selectionModel()->selectedRows(Name))
    ids.push_back(m_table->item(i.row(), Name)->data(Qt::UserRole).toULongLong());
  return ids;
}

void ExperimentBoard::rebuild() {
  // Each run's settings flattened once, in the project's order, for the table and the cards.
  std::vector<Settings> settings;
  std::vector<const Settings*> all, pinned;
  for (const neurona::KeptRun& r : m_project->runs())
    settings.push_back(neurona::SettingKeys::flatten(r.setup));
  for (std::size_t i = 0; i < settings.size(); ++i) {
    all.push_back(&settings[i]);
    if (m_project->runs()[i].pinned) pinned.push_back(&settings[i]);
  }
  fillTable(differingKeys(all), settings);
  fillCards(differingKeys(pinned), settings);
  fillPlot();
  m_limit->setValue(m_project->runLimit());
  updateButtons();
}

void ExperimentBoard::fillTable(const QStringList& differing, const std::vector<Settings>& settings) {
  m_filling = true;
  const bool regression = m_project->rawData().task == neurona::TaskKind::Regression;
  const auto& metrics = regression ? kRegression : kClassification;
  const int metricCount = 4;
  const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
  const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
  m_table->setSortingEnabled(false);
  m_table->clearContents();
  m_table->setColumnCount(FirstMetric + metricCount + 1);
  QStringList headers = {tr("Pinned"), tr("Name"), tr("Status"), tr("Epochs")};
  for (const MetricColumn& m : metrics) headers << tr(m.title);
  headers << tr("Settings that differ");
  m_table->setHorizontalHeaderLabels(headers);
  m_table->setRowCount(static_cast<int>(m_project->runs().size()));
  int row = 0;
  for (const neurona::KeptRun& r : m_project->runs()) {
    auto* pin = new QTableWidgetItem;
    pin->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    pin->setCheckState(r.pinned ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Pinned, pin);
    auto* name = new QTableWidgetItem(QString::fromStdString(r.name));
    name->setData(Qt::UserRole, QVariant::fromValue<quint64>(r.id));
    m_table->setItem(row, Name, name);
    auto* status = new QTableWidgetItem(RunStatusText::text(r.status));
    status->setFlags(status->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Status, status);
    m_table->setItem(row, Epochs, new NumberItem(r.epochs, false));
    const neurona::EpochRecord last = r.last();
    for (int m = 0; m < metricCount; ++m)
      m_table->setItem(row, FirstMetric + m, new NumberItem(last.*metrics[m].member, metrics[m].percent));
    QStringList parts;
    for (const QString& k : differing)
      if (const QString text = settingText(k, settings[static_cast<std::size_t>(row)]); !text.isEmpty())
        parts << text;
    auto* diff = new QTableWidgetItem(parts.join(QStringLiteral(", ")));
    diff->setFlags(diff->flags() & ~Qt::ItemIsEditable);
    diff->setToolTip(diff->text());
    m_table->setItem(row, FirstMetric + metricCount, diff);
    ++row;
  }
  m_table->setSortingEnabled(true);
  if (sortColumn >= 0 && sortColumn < m_table->columnCount()) m_table->sortItems(sortColumn, order);
  m_table->resizeColumnsToContents();
  m_filling = false;
}

void ExperimentBoard::fillCards(const QStringList& differing, const std::vector<Settings>& settings) {
  QLayout* flow = m_cards->layout();
  while (QLayoutItem* item = flow->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const bool regression = m_project->rawData().task == neurona::TaskKind::Regression;
  int shown = 0;
  for (std::size_t index = 0; index < m_project->runs().size(); ++index) {
    const neurona::KeptRun& r = m_project->runs()[index];
    if (!r.pinned) continue;
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("runCard%1").arg(r.id));
    card->setFrameShape(QFrame::StyledPanel);
    // The boundary on the left, the name, metrics and the settings that set it apart on the right: a card
    // no taller than its picture, so that a row of them fits above the curves.
    auto* h = new QHBoxLayout(card);
    auto* picture = new QLabel;
    picture->setPixmap(thumbnail(r, 128));
    picture->setAccessibleName(tr("Decision boundary of %1").arg(QString::fromStdString(r.name)));
    h->addWidget(picture, 0, Qt::AlignTop);
    auto* v = new QVBoxLayout;
    v->setSpacing(2);
    h->addLayout(v);
    auto* title = new QLabel;
    title->setTextFormat(Qt::PlainText);
    title->setText(QString::fromStdString(r.name));
    title->setWordWrap(true);
    title->setMaximumWidth(260);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    v->addWidget(title);
    const neurona::EpochRecord last = r.last();
    // "Loss 0.24 · val. 0.33": a metric and its validation value on one line.
    const auto pair = [&](const QString& label, double train, double validation, bool percent) {
      const auto text = [percent](double x) {
        return percent ? QStringLiteral("%1%").arg(100.0 * x, 0, 'f', 1) : QString::number(x, 'g', 4);
      };
      if (!std::isfinite(train)) return;
      QString t = QStringLiteral("%1 %2").arg(label, text(train));
      if (std::isfinite(validation)) t += QStringLiteral(" · ") + tr("val. %1").arg(text(validation));
      v->addWidget(new QLabel(t));
    };
    v->addWidget(new QLabel(tr("%1 · %n epoch(s)", nullptr, r.epochs).arg(RunStatusText::text(r.status))));
    pair(tr("Loss"), last.loss, last.valLoss, false);
    if (regression)
      pair(tr("RMSE"), last.rmse, last.valRmse, false);
    else
      pair(tr("Accuracy"), last.accuracy, last.valAccuracy, true);
    // The settings in which the pinned runs differ, highlighted.
    for (const QString& k : differing) {
      const QString text = settingText(k, settings[index]);
      if (text.isEmpty()) continue;
      auto* l = new QLabel(text);
      l->setTextFormat(Qt::PlainText);
      l->setFont(bold);
      l->setAutoFillBackground(true);
      QPalette p = l->palette();
      p.setColor(QPalette::Window, palette().color(QPalette::Highlight).lighter(170));
      p.setColor(QPalette::WindowText, Qt::black);
      l->setPalette(p);
      v->addWidget(l);
    }
    v->addStretch(1);
    flow->addWidget(card);
    ++shown;
  }
  m_noCards->setVisible(shown == 0);
}

void ExperimentBoard::fillPlot() {
  m_plot->clearGraphs();
  int k = 0;
  double maxEpoch = 1.0, maxLoss = 0.0;
  const bool regression = m_project->rawData().task == neurona::TaskKind::Regression;
  for (std::size_t index = 0; index < m_project->runs().size(); ++index) {
    const neurona::KeptRun& r = m_project->runs()[index];
    if (!r.pinned) continue;
    const QColor color = Theme::instance().classColor(k++);
    QVector<double> epochs, loss, accuracy;
    for (const neurona::EpochRecord& e : r.history) {
      if (!std::isfinite(e.loss)) continue;
      epochs << e.epoch;
      loss << e.loss;
      accuracy << (std::isfinite(e.accuracy) ? e.accuracy : qQNaN());
      maxEpoch = std::max(maxEpoch, static_cast<double>(e.epoch));
      maxLoss = std::max(maxLoss, e.loss);
    }
    QCPGraph* g = m_plot->addGraph();
    g->setName(QString::fromStdString(r.name));
    g->setPen(QPen(color, 2));
    g->setData(epochs, loss, true);
    if (!regression) {
      QCPGraph* a = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
      a->setPen(QPen(color, 1.5, Qt::DashLine));
      a->setData(epochs, accuracy, true);
      a->removeFromLegend();
    }
  }
  m_plot->legend->setVisible(m_plot->graphCount() > 0);
  m_plot->xAxis->setRange(0, maxEpoch);
  m_plot->yAxis->setRange(0, maxLoss > 0 ? maxLoss * 1.05 : 1.0);
  m_plot->yAxis2->setVisible(!regression);
  PlotStyle::apply(m_plot);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ExperimentBoard::updateButtons() {
  const auto ids = selectedRuns();
  m_restore->setEnabled(ids.size() == 1);
  m_pin->setEnabled(!ids.empty());
  m_delete->setEnabled(!ids.empty());
}

void ExperimentBoard::updateSweepProgress() {
  const bool running = m_sweeps->isRunning();
  m_sweepButton->setEnabled(!running);
  m_cancelSweep->setEnabled(running);
  m_progress->setRange(0, std::max(1, m_sweeps->total()));
  m_progress->setValue(m_sweeps->finishedCount());
  const double left = m_sweeps->secondsLeft();
  if (running)
    m_sweepState->setText(left < 0 ? tr("Training %1 runs…").arg(m_sweeps->total())
                                   : tr("%1 of %2 runs done, about %3 s left.")
                                         .arg(m_sweeps->finishedCount())
                                         .arg(m_sweeps->total())
                                         .arg(std::ceil(left)));
  else if (m_sweeps->total() > 0)
    m_sweepState->setText(tr("%1 of %2 runs done. Green: completed, red: diverged, blue: stopped early, "
                             "grey: stopped. Click a run to open it.")
                              .arg(m_sweeps->finishedCount())
                              .arg(m_sweeps->total()));
  else
    m_sweepState->setText(tr("A sweep trains the network once for each value of one or two settings and "
                             "shows every result side by side."));
}

void ExperimentBoard::newSweep() {
  if (m_sweeps->isRunning()) return;
  SweepDialog dialog(m_project, this);
  if (dialog.exec() != QDialog::Accepted) return;
  if (!m_sweeps->start(dialog.settings(), dialog.epochs())) {
    QString why;
    if (!m_sweeps->startError().ok()) {
      why = ErrorText::sentence(m_sweeps->startError());
    } else if (m_sweeps->refusal().refused()) {
      const neurona::SweepRefusal& r = m_sweeps->refusal();
      const QString values = SweepController::describe(dialog.settings(), m_sweeps->refusedValues());
      const QString reason = !r.refusal.diagnostics.empty()
                                 ? DiagnosticText::describe(r.refusal.diagnostics.front(), *m_project)
                                 : ErrorText::sentence(r.refusal.error);
      why = tr("The run with %1 cannot be trained: %2").arg(values, reason);
    }
    if (!why.isEmpty()) QMessageBox::warning(this, tr("Sweep"), why);
    return;
  }
  m_tabs->setCurrentIndex(1);
  show();
  raise();
}

void ExperimentBoard::retranslate() {
  setWindowTitle(tr("Experiment Board"));
  m_tabs->setTabText(0, tr("Runs"));
  m_tabs->setTabText(1, tr("Sweep"));
  m_restore->setText(tr("Restore as Current"));
  m_restore->setToolTip(
      tr("Make this run's network, settings and learned values the current ones (undoable)"));
  m_pin->setText(tr("Pin / Unpin"));
  m_delete->setText(tr("Delete"));
  m_limitLabel->setText(tr("Keep at most:"));
  m_limit->setSuffix(tr(" runs"));
  m_limit->setAccessibleName(tr("Runs kept at most"));
  m_noCards->setText(
      tr("Pin runs in the table to compare them here: their boundaries, metrics and the settings in "
         "which they differ."));
  m_sweepButton->setText(tr("New Sweep…"));
  m_cancelSweep->setText(tr("Cancel"));
  m_cancelSweep->setAccessibleName(tr("Cancel the sweep"));
  m_progress->setAccessibleName(tr("Sweep progress"));
  m_table->setAccessibleName(tr("Kept runs"));
  m_plot->setAccessibleName(tr("Loss (solid) and accuracy (dashed) of the pinned runs"));
  m_plot->xAxis->setLabel(tr("epoch"));
  m_plot->yAxis->setLabel(tr("loss"));
  m_plot->yAxis2->setLabel(tr("accuracy"));
  updateSweepProgress();
}

void ExperimentBoard::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    rebuild();
  }
  QWidget::changeEvent(event);
}
