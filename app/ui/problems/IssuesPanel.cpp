#include "ui/problems/IssuesPanel.h"

#include "model/Fixes.h"
#include "model/Project.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/forms/WrapButton.h"
#include "ui/problems/DiagnosticText.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

IssuesPanel::IssuesPanel(Project* doc, QWidget* parent) : QWidget(parent), m_doc(doc) {
  setObjectName(QStringLiteral("issuesPanel"));
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 8, 8, 8);
  m_header = new QLabel(this);
  m_header->setWordWrap(true);
  QFont f = m_header->font();
  f.setBold(true);
  m_header->setFont(f);
  outer->addWidget(m_header);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  m_rows = new QWidget(scroll);
  m_rowsLayout = new QVBoxLayout(m_rows);
  m_rowsLayout->setContentsMargins(0, 0, 0, 0);
  m_rowsLayout->addStretch(1);
  scroll->setWidget(m_rows);
  outer->addWidget(scroll, 1);
  // The texts name layers ("Dense 2") and settings: any change of them may change a sentence.
  for (auto signal :
       {&Project::diagnosticsChanged, &Project::networkChanged, &Project::locksChanged, &Project::loaded})
    connect(doc, signal, this, &IssuesPanel::rebuild);
  connect(&Theme::instance(), &Theme::changed, this, &IssuesPanel::rebuild);
  // The training's problems described the learned values of what was there before.
  for (auto signal :
       {&Project::networkChanged, &Project::dataChanged, &Project::preparationChanged, &Project::loaded})
    connect(doc, signal, this, [this] {
      if (m_training.empty()) return;
      m_training.clear();
      rebuild();
    });
  rebuild();
}

void IssuesPanel::setTrainingDiagnostics(std::vector<neurona::Diagnostic> diagnostics) {
  if (diagnostics == m_training) return;
  m_training = std::move(diagnostics);
  rebuild();
}

QStringList IssuesPanel::issueTexts() const {
  QStringList out;
  for (QLabel* l : m_texts) out << l->text();
  return out;
}

QList<QPushButton*> IssuesPanel::fixButtons() const { return m_buttons; }

void IssuesPanel::rebuild() {
  // Rows are rebuilt from scratch: there are only a handful, and fixes capture the current state.
  while (m_rowsLayout->count() > 1) {
    QLayoutItem* item = m_rowsLayout->takeAt(0);
    if (QWidget* w = item->widget()) w->deleteLater();
    delete item;
  }
  m_texts.clear();
  m_buttons.clear();
  m_links.clear();

  const auto& diags = m_doc->diagnostics();
  // A training problem about a layer that is gone has nothing left to say.
  std::vector<neurona::Diagnostic> training;
  for (const auto& d : m_training)
    if (d.layer == neurona::kNoLayer || m_doc->layer(d.layer)) training.push_back(d);
  int errors = 0;
  for (const auto& d : diags) errors += d.severity == neurona::Severity::Error ? 1 : 0;
  if (diags.empty() && training.empty())
    m_header->setText(tr("✓ No problems: the network is ready to train."));
  else if (errors > 0)
    m_header->setText(errors == 1 ? tr("1 problem to fix before training:")
                                  : tr("%1 problems to fix before training:").arg(errors));
  else if (diags.empty())
    m_header->setText(tr("The network trains, but its training shows a problem:"));
  else
    m_header->setText(tr("Ready to train, with a hint:"));

  int row = 0;
  for (const auto& d : diags) addRow(d, row++);
  for (const auto& d : training) addRow(d, row++);
}

void IssuesPanel::addRow(const neurona::Diagnostic& d, int row) {
  const bool error = d.severity == neurona::Severity::Error;
  auto* frame = new QFrame(m_rows);
  frame->setObjectName(QStringLiteral("issueRow"));
  const QColor c = error ? CanvasStyle::errorColour() : CanvasStyle::warningColour();
  frame->setStyleSheet(
      QStringLiteral("QFrame#issueRow { border-left: 4px solid %1; background: %2; "
                     "border-radius: 4px; }")
          // A pale tint behind dark text; on black paper the white text needs black.
          .arg(c.name(), Theme::instance().highContrast() ? QStringLiteral("black") : c.lighter(190).name()));
  auto* h = new QHBoxLayout(frame);
  h->setContentsMargins(10, 6, 6, 6);
  auto* column = new QVBoxLayout;
  column->setContentsMargins(0, 0, 0, 0);
  auto* text = new QLabel(DiagnosticText::describe(d, *m_doc), frame);
  text->setTextFormat(Qt::PlainText);
  text->setWordWrap(true);
  text->setToolTip(tr("Click to select the layer"));
  column->addWidget(text);
  m_texts << text;
  if (const QString key = DiagnosticText::conceptKey(d); !key.isEmpty()) {
    auto* link = new QLabel(frame);
    link->setObjectName(QStringLiteral("issueConceptLink"));
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setText(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(key, tr("What is this? (Concepts)").toHtmlEscaped()));
    link->setAccessibleName(tr("Explain this problem in the Concepts dock"));
    connect(link, &QLabel::linkActivated, this, &IssuesPanel::conceptRequested);
    column->addWidget(link, 0, Qt::AlignLeft);
    m_links << link;
  }
  h->addLayout(column, 1);
  if (const auto fix = Fixes::forDiagnostic(d, *m_doc)) {
    // Under the sentence, so that neither squeezes the other in a narrow dock; a long label wraps.
    auto* button = new WrapButton(Fixes::label(*fix, *m_doc), frame);
    button->setCursor(Qt::PointingHandCursor);
    // A fix that touches what a lesson locks is not offered as a click.
    const bool locked = (fix->touchesNetwork() && m_doc->isLocked(Lock::Network)) ||
                        (fix->loss && m_doc->isLocked(Lock::Loss));
    button->setEnabled(!locked);
    if (locked) button->setToolTip(tr("Locked by this lesson"));
    // Queued: the fix rebuilds this panel, which must not delete the button inside its own signal.
    connect(
        button, &QPushButton::clicked, this, [this, f = *fix] { m_doc->applyFix(f); }, Qt::QueuedConnection);
    column->addWidget(button, 0, Qt::AlignLeft);
    m_buttons << button;
  }
  if (d.layer != neurona::kNoLayer) {
    frame->setProperty("layer", static_cast<qulonglong>(d.layer));
    frame->installEventFilter(this);
    text->installEventFilter(this);
    text->setProperty("layer", static_cast<qulonglong>(d.layer));
  }
  m_rowsLayout->insertWidget(row, frame);
}

bool IssuesPanel::eventFilter(QObject* watched, QEvent* e) {
  if (e->type() == QEvent::MouseButtonPress && watched->property("layer").isValid())
    emit layerClicked(static_cast<neurona::LayerId>(watched->property("layer").toULongLong()));
  return QWidget::eventFilter(watched, e);
}

void IssuesPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) rebuild();
  QWidget::changeEvent(e);
}
