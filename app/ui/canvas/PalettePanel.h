#pragma once
// The palette dock: layer blocks and activation chips to drag onto the canvas. Each entry has an
// icon and a tooltip that explains the concept. Double-clicking an entry adds it without dragging.
#include "ui/canvas/PaletteMime.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

class PalettePanel : public QWidget {
  Q_OBJECT
public:
  explicit PalettePanel(QWidget* parent = nullptr);

  QListWidget* blockList() const { return m_blocks; }
  QListWidget* activationList() const { return m_activations; }
  // The payload a drag of row `row` of either list carries (as the drag itself builds it).
  QMimeData* mimeDataForBlockRow(int row) const;
  QMimeData* mimeDataForActivationRow(int row) const;

signals:
  void blockChosen(PaletteBlock b);                 // double-click on a block
  void activationChosen(neurona::ActivationKind a); // double-click on a chip

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();

  QLabel* m_blocksTitle;
  QLabel* m_activationsTitle;
  QLabel* m_hint;
  QListWidget* m_blocks;
  QListWidget* m_activations;
};
