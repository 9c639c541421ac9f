#pragma once
// The properties dock: every setting of the selected layer as a form. Edits become document
// commands (spin box steps merge into one undo step); the form refreshes from document signals.
#include "model/LayerProperties.h"

#include "neurona/core/Types.h"

#include <QWidget>

class Project;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QStackedWidget;
class SizePairEditor;

class PropertiesPanel : public QWidget {
  Q_OBJECT
public:
  explicit PropertiesPanel(Project* doc, QWidget* parent = nullptr);

  neurona::LayerId layer() const { return m_layer; }
  QSpinBox* unitsEditor() const { return m_units; }
  QComboBox* activationEditor() const { return m_activation; }
  QDoubleSpinBox* rateEditor() const { return m_rate; }
  QWidget* editorOf(LayerProperty p) const { return editor(p); }
  bool isRowShown(LayerProperty p) const;

public slots:
  void setLayer(neurona::LayerId id);
  void focusFirstEditor();

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void refresh();
  QWidget* editor(LayerProperty p) const;
  void edit(LayerProperty p, const QVariant& value);

  Project* m_doc;
  neurona::LayerId m_layer = neurona::kNoLayer;

  QStackedWidget* m_stack;
  QLabel* m_empty;
  QLabel* m_title;
  QLabel* m_summary;
  QFormLayout* m_form;
  QSpinBox* m_units;
  QComboBox* m_activation;
  QDoubleSpinBox* m_alpha;
  QComboBox* m_weightInit;
  QComboBox* m_biasInit;
  QDoubleSpinBox* m_l1;
  QDoubleSpinBox* m_l2;
  QDoubleSpinBox* m_rate;
  QDoubleSpinBox* m_momentum;
  QDoubleSpinBox* m_epsilon;
  QSpinBox* m_filters;
  SizePairEditor* m_kernel;
  SizePairEditor* m_pool;
  SizePairEditor* m_stride;
  QComboBox* m_padding;
};
