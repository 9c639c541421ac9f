#include "ui/concepts/ConceptsPanel.h"

#include "ui/concepts/ConceptLibrary.h"
#include "ui/plots/PlotStyle.h"
#include "ui/style/Theme.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kKeyRole = Qt::UserRole;
const QString kLinkScheme = QStringLiteral("concept");
} // namespace

ConceptsPanel::ConceptsPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("conceptsPanel"));

  m_filter = new QLineEdit(this);
  m_filter->setObjectName(QStringLiteral("conceptsFilter"));
  m_filter->setClearButtonEnabled(true);
  connect(m_filter, &QLineEdit::textChanged, this, &ConceptsPanel::setFilter);

  m_tree = new QTreeWidget(this);
  m_tree->setObjectName(QStringLiteral("conceptsTree"));
  m_tree->setHeaderHidden(true);
  m_tree->setRootIsDecorated(true);
  connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (item && !item->data(0, kKeyRole).toString().isEmpty())
      showConcept(item->data(0, kKeyRole).toString());
  });

  m_text = new QTextBrowser(this);
  m_text->setObjectName(QStringLiteral("conceptsText"));
  // Links between entries ("concept:loss/bce") stay inside the panel.
  m_text->setOpenLinks(false);
  connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    if (url.scheme() == kLinkScheme) showConcept(url.path());
  });

  m_plot = new QCustomPlot(this);
  m_plot->setObjectName(QStringLiteral("conceptsPlot"));
  m_plot->setMinimumHeight(170);
  m_plot->addGraph();
  m_plot->addGraph();
  m_plot->legend->setVisible(true);
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  m_plot->setVisible(false);

  auto* entry = new QWidget(this);
  auto* entryLayout = new QVBoxLayout(entry);
  entryLayout->setContentsMargins(0, 0, 0, 0);
  entryLayout->addWidget(m_text, 1);
  entryLayout->addWidget(m_plot);

  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(m_tree);
  split->addWidget(entry);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 2);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_filter);
  layout->addWidget(split, 1);

  connect(&Theme::instance(), &Theme::changed, this, [this] {
    styleThePlot();
    m_plot->replot();
  });
  connect(&Theme::instance(), &Theme::scaleChanged, this, [this] {
    styleThePlot();
    m_plot->replot();
  });

  retranslateUi();
  styleThePlot();
  showConcept(QStringLiteral("concept/training-loop"));
}

void ConceptsPanel::retranslateUi() {
  m_filter->setPlaceholderText(tr("Search concepts…"));
  m_filter->setAccessibleName(tr("Search concepts"));
  m_filter->setToolTip(tr("Type part of a name, for example “relu” or “learning”"));
  m_tree->setToolTip(tr("Choose a concept to read about it"));
  m_tree->setWhatsThis(tr("<p>The ideas behind neural networks, grouped by topic. Selecting a layer on the "
                          "canvas or a control in the training panel shows its entry here.</p>"));
  m_plot->setToolTip(tr("The activation function f(z) and its derivative f′(z)"));
  m_plot->graph(0)->setName(tr("function f(z)"));
  m_plot->graph(1)->setName(tr("derivative f′(z)"));
  rebuildTree();
  render();
}

void ConceptsPanel::rebuildTree() {
  const QSignalBlocker block(m_tree);
  m_tree->clear();
  QHash<QString, QTreeWidgetItem*> groupItems;
  for (const QString& group : ConceptLibrary::groups()) {
    auto* g = new QTreeWidgetItem(m_tree, {ConceptLibrary::groupTitle(group)});
    g->setFlags(Qt::ItemIsEnabled);
    g->setExpanded(true);
    groupItems.insert(group, g);
  }
  for (const QString& key : ConceptLibrary::keys()) {
    const auto entry = ConceptLibrary::entry(key);
    if (!entry || !groupItems.contains(entry->group)) continue;
    auto* item = new QTreeWidgetItem(groupItems.value(entry->group), {entry->title});
    item->setData(0, kKeyRole, key);
  }
  if (QTreeWidgetItem* current = itemFor(m_currentKey)) m_tree->setCurrentItem(current);
  setFilter(m_filter->text());
}

QTreeWidgetItem* ConceptsPanel::itemFor(const QString& key) const {
  if (key.isEmpty()) return nullptr;
  for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
    QTreeWidgetItem* group = m_tree->topLevelItem(g);
    for (int i = 0; i < group->childCount(); ++i)
      if (group->child(i)->data(0, kKeyRole).toString() == key) return group->child(i);
  }
  return nullptr;
}

bool ConceptsPanel::showConcept(const QString& key) {
  if (!ConceptLibrary::contains(key)) return false;
  if (key == m_currentKey && !m_text->document()->isEmpty()) return true;
  m_currentKey = key;
  if (QTreeWidgetItem* item = itemFor(key)) {
    const QSignalBlocker block(m_tree);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
  }
  render();
  emit conceptShown(key);
  return true;
}

void ConceptsPanel::setFilter(const QString& text) {
  const QString needle = text.trimmed();
  for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
    QTreeWidgetItem* group = m_tree->topLevelItem(g);
    bool any = false;
    for (int i = 0; i < group->childCount(); ++i) {
      QTreeWidgetItem* item = group->child(i);
      const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                         item->data(0, kKeyRole).toString().contains(needle, Qt::CaseInsensitive);
      item->setHidden(!match);
      any = any || match;
    }
    group->setHidden(!any);
  }
}

QString ConceptsPanel::currentHtml() const { return m_text->toHtml(); }

void ConceptsPanel::render() {
  const auto entry = ConceptLibrary::entry(m_currentKey);
  if (!entry) {
    m_text->clear();
    m_plot->setVisible(false);
    return;
  }
  QString html = QStringLiteral("<h3>%1</h3>").arg(entry->title) + entry->html;
  if (!entry->related.isEmpty()) {
    QStringList links;
    for (const QString& k : entry->related)
      if (ConceptLibrary::contains(k))
        links << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                     .arg(kLinkScheme, k, ConceptLibrary::title(k).toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("See also:"), links.join(QStringLiteral(" · ")));
  }
  m_text->setHtml(html);

  if (entry->activation) {
    const ConceptLibrary::Curve c = ConceptLibrary::activationCurve(*entry->activation);
    m_plot->graph(0)->setData(c.z, c.value, true);
    m_plot->graph(1)->setData(c.z, c.derivative, true);
    double lo = 0.0, hi = 0.0;
    for (const QVector<double>* v : {&c.value, &c.derivative})
      for (double y : *v) {
        lo = std::min(lo, y);
        hi = std::max(hi, y);
      }
    const double pad = 0.08 * std::max(hi - lo, 1.0);
    m_plot->xAxis->setRange(c.z.front(), c.z.back());
    m_plot->yAxis->setRange(lo - pad, hi + pad);
    m_plot->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
  } else {
    m_plot->setVisible(false);
  }
}

void ConceptsPanel::styleThePlot() {
  const Theme& theme = Theme::instance();
  PlotStyle::apply(m_plot);
  m_plot->xAxis->setLabel(QStringLiteral("z"));
  // The derivative is dashed, so the two curves differ without colour as well.
  m_plot->graph(0)->setPen(QPen(theme.classColor(0), theme.lineWidth()));
  m_plot->graph(1)->setPen(QPen(theme.classColor(1), theme.lineWidth(), Qt::DashLine));
}

void ConceptsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    styleThePlot(); // tick numbers in the new language's locale
    retranslateUi();
  } else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
    styleThePlot();
    // The text keeps the link colour of the palette it was laid out with: lay it out again.
    if (event->type() == QEvent::PaletteChange) render();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
  }
  QWidget::changeEvent(event);
}
