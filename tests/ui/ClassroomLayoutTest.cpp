// The classroom layout of issue #17, measured on the real window at a projector's 1280×720 and at
// 1920×1080, in English and Spanish, with the tutorial and with the deepest template, and in
// presentation mode after one and two Ctrl+= steps: the canvas gets at least 45% of the window, every
// text fits its widget, nothing scrolls sideways, no control is squeezed or pushed off the toolbar,
// the neurons' maps are large enough to read, and in presentation mode the smallest text on the screen
// is at least 16 px tall and the plots keep their labels apart. Each case leaves a screenshot in
// <build>/screenshots/ for people to look at.
#include "model/TrainingJobs.h"
#include "support/ProjectFixtures.h"
#include "support/WindowFixture.h"

#include "model/NetworkTemplates.h"
#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/lessons/LessonController.h"
#include "ui/lessons/LessonPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PresentationController.h"
#include "ui/style/Theme.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFontInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

#include <qcustomplot.h>

#include <algorithm>
#include <sstream>

using trainingtest::waitFor;

namespace {

enum class Net { Tutorial, Deepest, SixByEight };

struct Case {
  QSize size;
  const char* language;
  Net network;
  int steps; // Ctrl+= presses

  std::string name() const {
    std::ostringstream s;
    s << language << "_" << size.width() << "x" << size.height() << "_"
      << (network == Net::Tutorial  ? "tutorial"
          : network == Net::Deepest ? "deepest"
                                    : "sixByEight");
    if (steps > 0) s << "_zoom" << steps;
    return s.str();
  }
};

// What a person would read as the widget's path: its object name and its ancestors'.
std::string where(const QWidget* w) {
  std::string path;
  for (const QWidget* p = w; p && !p->isWindow(); p = p->parentWidget()) {
    const QString name =
        p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName();
    path = name.toStdString() + (path.empty() ? "" : "/" + path);
  }
  return path;
}

QString withoutMnemonic(QString text) {
  text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
  text.remove(QLatin1Char('&'));
  text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
  return text;
}

int widestLine(const QFontMetrics& fm, const QString& text) {
  int widest = 0;
  for (const QString& line : text.split(QLatin1Char('\n')))
    widest = std::max(widest, fm.horizontalAdvance(line));
  return widest;
}

// The part of the widget that is not clipped by its ancestors (a dock, a scroll area's viewport), in its
// own coordinates.
QRect unclipped(const QWidget* w) {
  const QWidget* window = w->window();
  QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
  for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget())
    r &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
  r &= window->rect();
  return r.translated(-w->mapTo(window, QPoint(0, 0)));
}

// A horizontal span [left, left + width) of `w` shows completely: inside every ancestor.
bool spanShows(const QWidget* w, int left, int width) {
  const QRect visible = unclipped(w);
  return visible.left() <= left && visible.right() >= left + width - 1;
}

// Widgets the person sees: visible, in the window, not scrolled entirely out of view.
bool seen(const QWidget* w) { return w->isVisible() && !unclipped(w).isEmpty(); }

class Report {
public:
  void add(const std::string& line) { m_lines.push_back(line); }
  bool empty() const { return m_lines.empty(); }
  std::string text() const {
    std::string s;
    for (const std::string& l : m_lines) s += "  " + l + "\n";
    return s;
  }

private:
  std::vector<std::string> m_lines;
};

void checkLabel(const QLabel* l, Report& r) {
  if (!seen(l) || l->text().isEmpty() || l->wordWrap() || !l->pixmap().isNull()) return;
  QString text = l->text();
  int needed = 0;
  if (l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
    QTextDocument doc;
    doc.setDefaultFont(l->font());
    doc.setDocumentMargin(0);
    doc.setHtml(text);
    needed = static_cast<int>(std::ceil(doc.idealWidth()));
  } else {
    needed = widestLine(l->fontMetrics(), withoutMnemonic(text));
  }
  const QRect room = l->contentsRect().adjusted(l->margin(), 0, -l->margin(), 0);
  const Qt::Alignment h = l->alignment() & Qt::AlignHorizontal_Mask;
  const int left = h & Qt::AlignRight     ? room.right() + 1 - needed
                   : h & Qt::AlignHCenter ? room.left() + (room.width() - needed) / 2
                                          : room.left();
  if (needed > room.width() || !spanShows(l, left, needed))
    r.add("label \"" + text.toStdString() + "\" needs " + std::to_string(needed) + " px, has " +
          std::to_string(room.width()) + " (shown " + std::to_string(unclipped(l).width()) + ") in " +
          where(l));
}

void checkButton(const QAbstractButton* b, Report& r) {
  if (!seen(b) || b->text().isEmpty()) return;
  if (const auto* tool = qobject_cast<const QToolButton*>(b);
      tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
    return;
  const int needed = b->sizeHint().width();
  if (b->width() < needed || !spanShows(b, 0, b->width()))
    r.add("button \"" + b->text().toStdString() + "\" needs " + std::to_string(needed) + " px, has " +
          std::to_string(b->width()) + " (shown " + std::to_string(unclipped(b).width()) + ") in " +
          where(b));
}

void checkCombo(const QComboBox* c, Report& r) {
  if (!seen(c)) return;
  QStyleOptionComboBox opt;
  opt.initFrom(c);
  opt.editable = c->isEditable();
  opt.frame = c->hasFrame();
  opt.subControls = QStyle::SC_All;
  const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
  for (int i = 0; i < c->count(); ++i) {
    const int needed = c->fontMetrics().horizontalAdvance(c->itemText(i)) +
                       (c->itemIcon(i).isNull() ? 0 : c->iconSize().width() + 4);
    if (needed > field.width()) {
      r.add("combo box item \"" + c->itemText(i).toStdString() + "\" needs " + std::to_string(needed) +
            " px, has " + std::to_string(field.width()) + " in " + where(c));
      break;
    }
  }
  if (!spanShows(c, 0, c->width()))
    r.add("combo box cut by its parent (" + std::to_string(unclipped(c).width()) + " of " +
          std::to_string(c->width()) + " px) in " + where(c));
}

void checkTabs(const QTabBar* bar, Report& r) {
  if (!seen(bar)) return;
  const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
  for (int i = 0; i < bar->count(); ++i) {
    if (!bar->isTabVisible(i)) continue;
    const QRect tab = bar->tabRect(i);
    const int needed = bar->fontMetrics().horizontalAdvance(withoutMnemonic(bar->tabText(i))) + space +
                       (bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4);
    if (tab.width() < needed || tab.left() < 0 || tab.right() >= bar->width() ||
        !spanShows(bar, tab.left(), tab.width()))
      r.add("tab \"" + bar->tabText(i).toStdString() + "\" needs " + std::to_string(needed) + " px, has " +
            std::to_string(tab.width()) + " at " + std::to_string(tab.left()) + " of a " +
            std::to_string(bar->width()) + " px bar in " + where(bar));
  }
}

void checkHeader(const QHeaderView* h, Report& r) {
  if (!seen(h) || !h->model()) return;
  const QFontMetrics fm(h->font());
  const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
  for (int s = 0; s < h->count(); ++s) {
    if (h->isSectionHidden(s)) continue;
    const QString text = h->model()->headerData(s, h->orientation(), Qt::DisplayRole).toString();
    if (text.isEmpty()) continue;
    const int lines = static_cast<int>(text.count(QLatin1Char('\n'))) + 1;
    const int needed = widestLine(fm, text) + margin;
    const int has = h->orientation() == Qt::Horizontal ? h->sectionSize(s) : h->width();
    const int tall = h->orientation() == Qt::Horizontal ? h->height() : h->sectionSize(s);
    if (has < needed || tall < lines * fm.height())
      r.add("header \"" + text.toStdString() + "\" needs " + std::to_string(needed) + "x" +
            std::to_string(lines * fm.height()) + " px, has " + std::to_string(has) + "x" +
            std::to_string(tall) + " in " + where(h));
  }
}

void checkGroupBox(const QGroupBox* g, Report& r) {
  if (!seen(g) || g->title().isEmpty()) return;
  const int needed = g->fontMetrics().horizontalAdvance(withoutMnemonic(g->title()));
  if (needed > g->width() - 8)
    r.add("group box title \"" + g->title().toStdString() + "\" needs " + std::to_string(needed) +
          " px, has " + std::to_string(g->width()) + " in " + where(g));
}

// Controls squeezed below their smallest useful size (a spin box cutting its digits, a slider with no
// room to move).
void checkControl(const QWidget* w, Report& r) {
  if (!seen(w)) return;
  const QSize min = w->minimumSizeHint();
  if (w->width() < min.width())
    r.add(std::string(w->metaObject()->className()) + " squeezed to " + std::to_string(w->width()) + " of " +
          std::to_string(min.width()) + " px in " + where(w));
}

void checkScrollArea(const QAbstractScrollArea* a, Report& r) {
  if (!seen(a) || qobject_cast<const QGraphicsView*>(a)) return; // the canvas pans by dragging
  if (a->horizontalScrollBar()->isVisible() || a->horizontalScrollBar()->maximum() > 0)
    r.add("scrolls sideways by " + std::to_string(a->horizontalScrollBar()->maximum()) + " px: " + where(a));
  if (const auto* s = qobject_cast<const QScrollArea*>(a);
      s && s->widget() && s->widget()->width() > s->viewport()->width())
    r.add("content " + std::to_string(s->widget()->width()) + " px wide in a " +
          std::to_string(s->viewport()->width()) + " px scroll area: " + where(a));
}

// Every text the person reads, at least `px` tall: the widgets' fonts, the plots' axes and legends.
void checkTextHeight(QWidget* window, int px, Report& r) {
  for (QWidget* w : window->findChildren<QWidget*>()) {
    if (!seen(w)) continue;
    const bool text = qobject_cast<QLabel*>(w) ? !static_cast<QLabel*>(w)->text().isEmpty()
                      : qobject_cast<QAbstractButton*>(w)
                          ? !static_cast<QAbstractButton*>(w)->text().isEmpty()
                          : qobject_cast<QComboBox*>(w) || qobject_cast<QTabBar*>(w) ||
                                qobject_cast<QHeaderView*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                                qobject_cast<QAbstractItemView*>(w);
    if (text && QFontInfo(w->font()).pixelSize() < px)
      r.add(std::string(w->metaObject()->className()) + " text " +
            std::to_string(QFontInfo(w->font()).pixelSize()) + " px in " + where(w));
  }
  for (QCustomPlot* plot : window->findChildren<QCustomPlot*>()) {
    if (!seen(plot)) continue;
    for (QCPAxis* axis : plot->axisRect()->axes()) {
      if (!axis->visible()) continue;
      for (const QFont& f : {axis->tickLabelFont(), axis->labelFont()})
        if (QFontInfo(f).pixelSize() < px)
          r.add("axis text " + std::to_string(QFontInfo(f).pixelSize()) + " px in " + where(plot));
    }
    if (plot->legend->visible() && QFontInfo(plot->legend->font()).pixelSize() < px)
      r.add("legend text " + std::to_string(QFontInfo(plot->legend->font()).pixelSize()) + " px in " +
            where(plot));
  }
}

// Tick labels of a plot's axes keep apart, and the legend stays inside the axes.
void checkPlotLabels(QCustomPlot* plot, Report& r) {
  if (!seen(plot)) return;
  plot->replot(QCustomPlot::rpImmediateRefresh);
  for (QCPAxis* axis : plot->axisRect()->axes()) {
    if (!axis->visible() || !axis->tickLabels()) continue;
    const QFontMetrics fm(axis->tickLabelFont());
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    double last = -1e9;
    for (int i = 0; horizontal && i < ticks.size() && i < labels.size(); ++i) {
      const double at = axis->coordToPixel(ticks[i]);
      if (at < plot->axisRect()->left() - 1 || at > plot->axisRect()->right() + 1) continue;
      const double half = fm.horizontalAdvance(labels[i]) / 2.0;
      if (at - half <= last + 2)
        r.add("tick label \"" + labels[i].toStdString() + "\" touches its neighbour in " + where(plot));
      last = at + half;
    }
    if (!horizontal) {
      // Vertical: consecutive labels' centres at least a text height apart.
      std::vector<double> at;
      for (int i = 0; i < ticks.size(); ++i) {
        const double y = axis->coordToPixel(ticks[i]);
        if (y >= plot->axisRect()->top() - 1 && y <= plot->axisRect()->bottom() + 1) at.push_back(y);
      }
      std::sort(at.begin(), at.end());
      for (std::size_t i = 1; i < at.size(); ++i)
        if (at[i] - at[i - 1] < fm.ascent() + 2) {
          r.add("vertical tick labels " + std::to_string(int(at[i] - at[i - 1])) + " px apart on a " +
                std::to_string(plot->axisRect()->height()) + " px axis from " +
                std::to_string(axis->range().lower) + " to " + std::to_string(axis->range().upper) + " in " +
                where(plot));
          break;
        }
    }
  }
  if (plot->legend->visible() && !plot->axisRect()->rect().contains(plot->legend->outerRect()))
    r.add("legend outside its axes in " + where(plot));
}

// Everything the issue asks of one window, as a list of what is wrong.
// Thumbnails with their names below (the data sets): each grid cell holds the icon and the whole name,
// wrapped at spaces, so none ends in "…".
void checkIconList(const QListView* v, Report& r) {
  if (!seen(v) || v->viewMode() != QListView::IconMode || !v->model()) return;
  const QFontMetrics fm(v->font());
  const QSize cell = v->gridSize();
  for (int row = 0; row < v->model()->rowCount(); ++row) {
    const QString text = v->model()->index(row, 0).data().toString();
    const QRect needs =
        fm.boundingRect(QRect(0, 0, cell.width() - 6, 10000), Qt::TextWordWrap | Qt::AlignHCenter, text);
    if (needs.width() > cell.width() - 6 || v->iconSize().height() + 8 + needs.height() > cell.height())
      r.add("\"" + text.toStdString() + "\" needs " + std::to_string(needs.width()) + "x" +
            std::to_string(needs.height()) + " px under its icon, the cell is " +
            std::to_string(cell.width()) + "x" + std::to_string(cell.height()) + " in " + where(v));
  }
}

Report inspect(MainWindow& w) {
  Report r;
  for (QLabel* l : w.findChildren<QLabel*>()) checkLabel(l, r);
  for (QAbstractButton* b : w.findChildren<QAbstractButton*>()) checkButton(b, r);
  for (QComboBox* c : w.findChildren<QComboBox*>()) checkCombo(c, r);
  for (QTabBar* t : w.findChildren<QTabBar*>()) checkTabs(t, r);
  for (QHeaderView* h : w.findChildren<QHeaderView*>()) checkHeader(h, r);
  for (QGroupBox* g : w.findChildren<QGroupBox*>()) checkGroupBox(g, r);
  for (QListView* v : w.findChildren<QListView*>()) checkIconList(v, r);
  for (QWidget* c : w.findChildren<QWidget*>())
    if (qobject_cast<QAbstractSpinBox*>(c) || qobject_cast<QComboBox*>(c) || qobject_cast<QSlider*>(c) ||
        qobject_cast<QPushButton*>(c))
      checkControl(c, r);
  // A plot shorter or narrower than it asked for cuts its axis names.
  for (QCustomPlot* p : w.findChildren<QCustomPlot*>())
    if (seen(p) && (p->height() < p->minimumHeight() || p->width() < p->minimumWidth()))
      r.add("plot squeezed to " + std::to_string(p->width()) + "x" + std::to_string(p->height()) + " of " +
            std::to_string(p->minimumWidth()) + "x" + std::to_string(p->minimumHeight()) + " px in " +
            where(p));
  for (QAbstractScrollArea* a : w.findChildren<QAbstractScrollArea*>()) checkScrollArea(a, r);
  for (QToolBar* t : w.findChildren<QToolBar*>())
    for (QToolButton* b : t->findChildren<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
      if (b->isVisible()) r.add("toolbar " + t->objectName().toStdString() + " hides controls behind »");
  const QSize min = w.minimumSizeHint();
  if (min.width() > w.width() || min.height() > w.height()) {
    std::string docks;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
      if (d->isVisible())
        docks += " " + d->objectName().toStdString() + " " + std::to_string(d->minimumSizeHint().width()) +
                 "x" + std::to_string(d->minimumSizeHint().height());
    r.add("the window needs " + std::to_string(min.width()) + "x" + std::to_string(min.height()) +
          ": it would grow past the screen (docks:" + docks + ")");
  }
  return r;
}

// Six layers of up to eight units: five hidden layers of eight and the output.
neurona::NetworkSpec sixByEight(const neurona::NetworkSpec& tutorial) {
  neurona::NetworkSpec spec = tutorial;
  const neurona::LayerSpec hidden = tutorial.layers.front();
  const neurona::LayerSpec output = tutorial.layers.back();
  spec.layers.clear();
  for (int i = 0; i < 6; ++i) {
    neurona::LayerSpec l = i < 5 ? hidden : output;
    l.id = static_cast<neurona::LayerId>(100 + i);
    l.units = i < 5 ? 8 : output.units; // a valid network, so it trains
    spec.layers.push_back(l);
  }
  return spec;
}

class ClassroomLayoutTest : public WindowFixture, public ::testing::WithParamInterface<Case> {
protected:
  void TearDown() override {
    // The next test starts at the normal text size.
    QMainWindow plain;
    PresentationController(&plain).resetZoom();
    WindowFixture::TearDown();
  }
};

TEST_P(ClassroomLayoutTest, everythingReadsOnOneScreen) {
  const Case c = GetParam();
  QElapsedTimer clock;
  clock.start();
  languages.setLanguage(QString::fromLatin1(c.language));
  MainWindow w(&languages);
  w.setFixedSize(c.size); // the screen under offscreen is 800×800: the window stands in for it
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  if (c.network == Net::Deepest) {
    ASSERT_TRUE(NetworkTemplates::apply(*w.project(), NetworkTemplate::DeepSpiral));
  }
  if (c.network == Net::SixByEight)
    projecttest::loadNetwork(*w.project(), sixByEight(w.project()->network()));
  w.findChild<QAction*>(QStringLiteral("resetLayoutAction"))->trigger();
  for (int i = 0; i < c.steps; ++i) w.presentation()->zoomIn();
  // A short run, so the plots have curves, ticks and a legend, and the neurons their maps.
  w.controller()->play();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() >= 30; }, 10000));
  w.controller()->pause();
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot() && w.controller()->snapshot()->idle; }, 10000));
  for (int i = 0; i < 3; ++i) QCoreApplication::processEvents(); // layouts asked for by the last changes

  const QString dir = QStringLiteral(NEURONA_BINARY_DIR "/screenshots");
  QDir().mkpath(dir);
  w.grab().save(dir + QStringLiteral("/classroom_%1.png").arg(QString::fromStdString(c.name())));

  // The canvas's share of the window.
  const QSize canvas = w.canvas()->size();
  const double share = double(canvas.width()) * canvas.height() / (double(w.width()) * w.height());
  EXPECT_GE(share, 0.45) << "canvas " << canvas.width() << "x" << canvas.height();

  // The neurons' maps, as wide on the screen as the circles are drawn.
  NetworkScene* scene = w.canvas()->networkScene();
  const double neuron = 2.0 * scene->metrics().neuronRadius * w.canvas()->zoom();
  if (c.network != Net::Deepest) {
    EXPECT_GE(neuron, 32.0) << "a neuron's map";
  }
  const double canvasText = scene->metrics().body.pixelSize() * w.canvas()->zoom();

  const Report report = inspect(w);
  EXPECT_TRUE(report.empty()) << "cut, elided or hidden:\n" << report.text();

  Report plots;
  for (QCustomPlot* p : w.findChildren<QCustomPlot*>()) checkPlotLabels(p, plots);
  EXPECT_TRUE(plots.empty()) << plots.text();

  // The play button sits in the toolbar row at the top.
  auto* toolbar = w.findChild<QToolBar*>(QStringLiteral("runToolbar"));
  ASSERT_NE(toolbar, nullptr);
  auto* play = w.findChild<QPushButton*>(QStringLiteral("playButton"));
  ASSERT_NE(play, nullptr);
  EXPECT_TRUE(toolbar->isAncestorOf(play)) << "Play lives in the toolbar";
  EXPECT_TRUE(play->isVisibleTo(&w));

  if (c.steps > 0) {
    Report small;
    checkTextHeight(&w, 16, small);
    EXPECT_GE(canvasText, 16.0) << "the canvas's smallest text";
    EXPECT_TRUE(small.empty()) << "text under 16 px:\n" << small.text();
  }
  std::cout << "[ measured ] " << c.name() << ": canvas share " << share << " (" << canvas.width() << "x"
            << canvas.height() << ", columns " << w.datasetDock()->width() << " + "
            << w.boundaryDock()->width() << "), neuron " << neuron << " px, canvas text " << canvasText
            << " px, " << clock.elapsed() << " ms\n";
}

std::vector<Case> cases() {
  std::vector<Case> all;
  for (const int steps : {0, 1, 2})
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
      for (const char* language : {"en", "es"})
        for (const Net net : {Net::Tutorial, Net::Deepest}) all.push_back({size, language, net, steps});
  for (const char* language : {"en", "es"}) all.push_back({QSize(1280, 720), language, Net::SixByEight, 0});
  return all;
}

INSTANTIATE_TEST_SUITE_P(Cases, ClassroomLayoutTest, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name(); });

class PresentationWindowTest : public WindowFixture {
protected:
  void TearDown() override {
    QMainWindow plain;
    PresentationController(&plain).resetZoom();
    WindowFixture::TearDown();
  }
};

// Larger text asks every panel for more room; the window must still end at the screen's edge.
TEST_F(PresentationWindowTest, neverGrowsTheWindowPastTheScreen) {
  MainWindow w(&languages);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  const QRect screen = w.screen()->availableGeometry();
  for (int i = 0; i < 3; ++i) {
    w.presentation()->zoomIn();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_LE(w.frameGeometry().width(), screen.width()) << "after " << i + 1 << " steps";
    EXPECT_LE(w.frameGeometry().height(), screen.height()) << "after " << i + 1 << " steps";
  }
}

} // namespace

namespace {

// On the screen, not behind another tab or scrolled away.
bool inSight(const QWidget* w) { return w->isVisible() && !w->visibleRegion().isEmpty(); }

double canvasShare(MainWindow& w) {
  const QSize c = w.canvas()->size();
  return double(c.width()) * c.height() / (double(w.width()) * w.height());
}

// Opening Concepts, Problems or Properties leaves the data, the network, the boundary and the loss in
// sight; after the person drags the panels about, View ▸ Reset Layout puts them back.
TEST_F(PresentationWindowTest, secondaryPanelsLeaveThePrimaryOnesInSightAndResetLayoutRestoresThem) {
  MainWindow w(&languages);
  w.setFixedSize(1280, 720);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  QAction* reset = w.findChild<QAction*>(QStringLiteral("resetLayoutAction"));
  ASSERT_NE(reset, nullptr);
  reset->trigger();
  QCoreApplication::processEvents();
  const int left = w.datasetDock()->width();
  const int right = w.boundaryDock()->width();

  for (QDockWidget* secondary : {w.conceptsDock(), w.issuesDock(), w.propertiesDock()}) {
    secondary->show();
    secondary->raise();
    QCoreApplication::processEvents();
    const std::string name = secondary->objectName().toStdString();
    EXPECT_TRUE(inSight(secondary)) << name;
    EXPECT_TRUE(inSight(w.datasetDock())) << name << " hides the data";
    EXPECT_TRUE(inSight(w.boundaryDock())) << name << " hides the boundary";
    EXPECT_TRUE(inSight(w.lossDock())) << name << " hides the loss";
    EXPECT_TRUE(inSight(w.canvas()->viewport())) << name << " hides the network";
    EXPECT_GE(canvasShare(w), 0.45) << name << " squeezes the canvas";
  }

  // A person rearranges: the boundary floats, the loss is closed, Concepts moves to the right.
  w.boundaryDock()->setFloating(true);
  w.lossDock()->close();
  w.removeDockWidget(w.conceptsDock());
  w.addDockWidget(Qt::RightDockWidgetArea, w.conceptsDock());
  w.conceptsDock()->show();
  QCoreApplication::processEvents();
  ASSERT_FALSE(inSight(w.lossDock()));

  reset->trigger();
  QCoreApplication::processEvents();
  EXPECT_FALSE(w.boundaryDock()->isFloating());
  EXPECT_EQ(w.dockWidgetArea(w.boundaryDock()), Qt::RightDockWidgetArea);
  EXPECT_EQ(w.dockWidgetArea(w.lossDock()), Qt::RightDockWidgetArea);
  EXPECT_EQ(w.dockWidgetArea(w.conceptsDock()), Qt::LeftDockWidgetArea);
  for (QDockWidget* primary : {w.datasetDock(), w.boundaryDock(), w.lossDock()})
    EXPECT_TRUE(inSight(primary)) << primary->objectName().toStdString();
  EXPECT_EQ(w.datasetDock()->width(), left);
  EXPECT_EQ(w.boundaryDock()->width(), right);
  EXPECT_GE(canvasShare(w), 0.45);
}

} // namespace

namespace {

// A lesson opened at a projector's size in Spanish: the Lesson dock takes most of the left column, so that
// its title, goal, several lines of its text, its locks and its buttons are all in sight, while the
// Problems dock still shows the fix the lesson points at. Closing the lesson gives the data its share back
// and leaves the fix whole.
TEST_F(PresentationWindowTest, aLessonAtAProjectorsSizeShowsItsTextButtonsAndTheFix) {
  languages.setLanguage(QStringLiteral("es"));
  MainWindow w(&languages);
  w.setFixedSize(1280, 720);
  w.show();
  QCoreApplication::processEvents();
  const int dataHeight = w.datasetDock()->height();
  auto* lessons = w.findChild<LessonController*>();
  ASSERT_NE(lessons, nullptr);
  QList<QAction*> entries;
  for (QAction* a : w.lessonsMenu()->actions())
    if (!a->isSeparator()) entries << a;
  ASSERT_GE(entries.size(), 2);
  entries[1]->trigger(); // Why XOR needs a hidden layer: a fix waits in Problems
  QCoreApplication::processEvents();
  QCoreApplication::processEvents();

  LessonPanel* panel = lessons->panel();
  EXPECT_GE(panel->height(), panel->minimumSizeHint().height()) << "nothing in the lesson overlaps";
  auto* text = panel->findChild<QTextBrowser*>(QStringLiteral("lessonText"));
  ASSERT_NE(text, nullptr);
  EXPECT_GE(text->viewport()->height(), 6 * text->fontMetrics().lineSpacing())
      << "six lines of the lesson at least; " << text->viewport()->height() << " px";
  EXPECT_TRUE(inSight(panel->restartButton()));
  EXPECT_TRUE(inSight(panel->closeButton()));
  QPushButton* fix = nullptr;
  for (QPushButton* b : w.issuesDock()->findChildren<QPushButton*>())
    if (b->isVisible()) fix = b;
  ASSERT_NE(fix, nullptr) << "lesson 2 starts with a fix to press";
  EXPECT_EQ(fix->visibleRegion().boundingRect().size(), fix->size()) << "the whole fix button";
  EXPECT_GE(canvasShare(w), 0.45);

  panel->closeButton()->click();
  QCoreApplication::processEvents();
  EXPECT_NEAR(w.datasetDock()->height(), dataHeight, 8);
  // The lesson's project stays open without it, and its fix is still whole in the arranged column.
  fix = nullptr;
  for (QPushButton* b : w.issuesDock()->findChildren<QPushButton*>())
    if (b->isVisible()) fix = b;
  ASSERT_NE(fix, nullptr);
  EXPECT_EQ(fix->visibleRegion().boundingRect().size(), fix->size()) << "the whole fix button, no lesson";
  languages.setLanguage(QStringLiteral("en"));
}

} // namespace

namespace {

// A message in the status bar is read whole: at a projector's size with large text, a long one (the end
// of a run, in Spanish) does not run under the run's summary at the right; the summary returns after it.
TEST_F(PresentationWindowTest, statusMessagesAreNeverCutByTheRunSummary) {
  languages.setLanguage(QStringLiteral("es"));
  MainWindow w(&languages);
  w.setFixedSize(1280, 720);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  w.presentation()->zoomIn();
  w.presentation()->zoomIn();
  // A run far enough for the summary's longest numbers (a five-digit epoch, a loss with five decimals).
  w.controller()->play();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() >= 10000; }, 30000));
  w.controller()->pause();
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot() && w.controller()->snapshot()->idle; }, 10000));
  QCoreApplication::processEvents();
  auto* summary = w.findChild<QLabel*>(QStringLiteral("trainingSummary"));
  ASSERT_NE(summary, nullptr);
  ASSERT_TRUE(summary->isVisible());
  ASSERT_FALSE(summary->text().isEmpty());

  const QString message =
      QStringLiteral("El entrenamiento ha llegado a la época 50000, el límite que fijaste.");
  w.statusBar()->showMessage(message);
  QCoreApplication::processEvents();
  // The room QStatusBar gives a message: from its left edge to the first permanent widget shown.
  int right = w.statusBar()->width();
  for (QWidget* child : w.statusBar()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
    if (child->isVisible() && child->x() > 0) right = std::min(right, child->x());
  const int needs = w.statusBar()->fontMetrics().horizontalAdvance(message);
  EXPECT_LE(needs + 6, right) << "the message needs " << needs << " px and has " << right;

  w.statusBar()->clearMessage();
  QCoreApplication::processEvents();
  EXPECT_TRUE(summary->isVisible()) << "the summary comes back after the message";
  w.statusBar()->showMessage(QStringLiteral("Guardado."));
  QCoreApplication::processEvents();
  EXPECT_TRUE(summary->isVisible()) << "a short message leaves the summary in place";
  languages.setLanguage(QStringLiteral("en"));
}

} // namespace
