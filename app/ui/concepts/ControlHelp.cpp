#include "ui/concepts/ControlHelp.h"

#include "ui/concepts/ConceptLibrary.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace {
const char* kConceptProperty = "neuronaConcept";
const char* kOwnTipProperty = "neuronaConceptOwnTooltip"; // the control set a tooltip of its own

// The first paragraph of an entry: what a tooltip has room for.
QString firstParagraph(const QString& html) {
  const int end = html.indexOf(QLatin1String("</p>"));
  return end < 0 ? html : html.left(end + 4);
}
} // namespace

ControlHelp* ControlHelp::instance() {
  static QPointer<ControlHelp> help;
  if (!help) help = new ControlHelp(QCoreApplication::instance());
  return help;
}

void ControlHelp::attach(QWidget* control, const QString& conceptKey) {
  if (!control || !ConceptLibrary::contains(conceptKey)) return;
  const bool first = !control->property(kConceptProperty).isValid();
  control->setProperty(kConceptProperty, conceptKey);
  if (first) {
    control->setProperty(kOwnTipProperty, !control->toolTip().isEmpty());
    control->installEventFilter(instance());
  }
  apply(control);
}

QString ControlHelp::conceptOf(const QWidget* control) {
  return control ? control->property(kConceptProperty).toString() : QString();
}

void ControlHelp::apply(QWidget* control) {
  const auto entry = ConceptLibrary::entry(conceptOf(control));
  if (!entry) return;
  control->setWhatsThis(QStringLiteral("<h3>%1</h3>%2").arg(entry->title.toHtmlEscaped(), entry->html));
  if (!control->property(kOwnTipProperty).toBool())
    control->setToolTip(
        QStringLiteral("<b>%1</b>%2").arg(entry->title.toHtmlEscaped(), firstParagraph(entry->html)));
}

bool ControlHelp::eventFilter(QObject* watched, QEvent* event) {
  auto* control = qobject_cast<QWidget*>(watched);
  if (!control) return false;
  if (event->type() == QEvent::FocusIn) {
    emit conceptRequested(conceptOf(control));
  } else if (event->type() == QEvent::LanguageChange) {
    // After the control's own retranslation, which may set its tooltip again.
    QTimer::singleShot(0, control, [control] {
      if (control->property(kOwnTipProperty).toBool() && control->toolTip().isEmpty())
        control->setProperty(kOwnTipProperty, false);
      apply(control);
    });
  }
  return false;
}
