#pragma once
// One undoable change of the data: a painted point, a removed point, a regeneration or a loaded CSV.
// It keeps the whole state before and after (a few thousand points at most in the GUI).
#include "document/DatasetDocument.h"

#include <QUndoCommand>

class SetDatasetCommand : public QUndoCommand {
public:
  SetDatasetCommand(DatasetDocument* doc, DatasetDocument::Content before, DatasetDocument::Content after,
                    const QString& text);
  void undo() override;
  void redo() override;

private:
  DatasetDocument* m_doc;
  DatasetDocument::Content m_before, m_after;
};
