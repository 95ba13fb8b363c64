#ifndef CDOC_REPORTWINDOW_H
#define CDOC_REPORTWINDOW_H

#include "report/report.h"

#include <QtWidgets/QMainWindow>

class QAction;
class QLabel;
class QMenu;
class ReportView;

// A saved report, read-only, as the user saw it on the Results page: what a
// helpdesk opens (connection-doctor --open FILE.json, or File > Open). It
// can be exported again, in another format.
class ReportWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ReportWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path, QString *error);
    void setReport(const Report &report);
    ReportView *view() const { return m_view; }

    // File > Open: asks for a report and opens it, or says why it could not.
    void chooseAndOpen();
    // The file dialog for a saved report; empty when the user cancels.
    static QString askForReport(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportReport();

    QMenu *m_file;
    QAction *m_open;
    QAction *m_export;
    QAction *m_close;
    QLabel *m_banner;
    ReportView *m_view;
};

#endif // CDOC_REPORTWINDOW_H
