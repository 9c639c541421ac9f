#include "ui/plots/PlotSaveMenu.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include <qcustomplot.h>

namespace {

QString tr(const char* text) { return QCoreApplication::translate("PlotSaveMenu", text); }

} // namespace

namespace PlotSaveMenu {

// Inside the namespace so that lupdate files its texts under the PlotSaveMenu context.
static void saveWithDialog(QCustomPlot* plot, bool pdf) {
  const QString filter = pdf ? tr("PDF document (*.pdf)") : tr("PNG image (*.png)");
  QString path = QFileDialog::getSaveFileName(plot, pdf ? tr("Save Plot as PDF") : tr("Save Plot as PNG"),
                                              QString(), filter);
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
  if (!PlotSaveMenu::save(plot, path)) {
    QMessageBox box(QMessageBox::Warning, tr("Save Plot"),
                    tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, plot);
    box.setTextFormat(Qt::PlainText); // a file name is shown as it is, never as markup
    box.exec();
  }
}

void addActions(QMenu* menu, QCustomPlot* plot) {
  QObject::connect(menu->addAction(tr("Save as PNG…")), &QAction::triggered, plot,
                   [plot] { saveWithDialog(plot, false); });
  QObject::connect(menu->addAction(tr("Save as PDF…")), &QAction::triggered, plot,
                   [plot] { saveWithDialog(plot, true); });
}

bool save(QCustomPlot* plot, const QString& path) {
  if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0)
    return plot->savePdf(path);
  return plot->savePng(path, 0, 0, 2.0); // twice the screen resolution, for slides
}

void install(QCustomPlot* plot) {
  plot->setContextMenuPolicy(Qt::CustomContextMenu);
  QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint& pos) {
    QMenu menu(plot);
    addActions(&menu, plot);
    menu.exec(plot->mapToGlobal(pos));
  });
}

} // namespace PlotSaveMenu
