#include "document/SetDatasetCommand.h"

SetDatasetCommand::SetDatasetCommand(DatasetDocument* doc, DatasetDocument::Content before,
                                     DatasetDocument::Content after, const QString& text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)) {}

void SetDatasetCommand::undo() { m_doc->setContent(m_before); }

void SetDatasetCommand::redo() { m_doc->setContent(m_after); }
