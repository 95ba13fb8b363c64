#ifndef CDOC_EXPORTDIALOG_H
#define CDOC_EXPORTDIALOG_H

#include "report/redactor.h"
#include "report/report.h"

#include <QtCore/QHash>
#include <QtWidgets/QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

// Before a report leaves the computer, the user sees what will be shared
// and chooses what to hide (addresses, names, MAC addresses, paths); the
// preview is the report as it will be written. Then it is saved in the
// format the file name asks for.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const Report &report, QWidget *parent = nullptr);

    Redactor::Categories categories() const;
    void setCategories(Redactor::Categories categories);
    // The report as it will be shared.
    Report sharedReport() const { return m_shared; }

    // Writes the report to `path`; false with a message on failure.
    bool save(const QString &path, QString *error);

private:
    void updatePreview();
    void chooseFileAndSave();

    Report m_report;
    Report m_shared;
    QHash<int, QCheckBox *> m_boxes; // by Redactor::Category
    QPlainTextEdit *m_preview;
    QLabel *m_hiddenCount;
};

#endif // CDOC_EXPORTDIALOG_H
