#include "reportwindow.h"

#include "exportdialog.h"
#include "report/reportjsonreader.h"
#include "report/reportwording.h"
#include "reportview.h"

#include <QtCore/QLocale>
#include <QtCore/QStandardPaths>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QVBoxLayout>

ReportWindow::ReportWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new QLabel)
    , m_view(new ReportView)
{
    setObjectName(QStringLiteral("reportWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Saved report - Connection Doctor"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open report..."), this, &ReportWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *exportAction = file->addAction(tr("&Export report..."), this, &ReportWindow::exportReport);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    m_banner->setObjectName(QStringLiteral("savedReportBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(8);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    resize(760, 680);
}

bool ReportWindow::openFile(const QString &path, QString *error)
{
    Report report;
    if (!ReportJsonReader::readFile(path, &report, error))
        return false;
    setReport(report);
    return true;
}

void ReportWindow::setReport(const Report &report)
{
    QStringList facts;
    for (const auto &[label, value] : ReportWording::runRows(report))
        facts << QStringLiteral("%1: %2").arg(label, value);
    if (!report.environment.hostName.isEmpty())
        facts << tr("Computer: %1").arg(report.environment.hostName);
    m_banner->setText(tr("A saved report, read-only.") + QLatin1Char('\n') + facts.join(QLatin1Char('\n')));
    setWindowTitle(report.target.isEmpty() ? tr("Saved report - Connection Doctor")
                                           : tr("Saved report for %1 - Connection Doctor").arg(report.target));
    m_view->setReport(report);
}

void ReportWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open report"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Connection Doctor reports (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open report"), error);
}

void ReportWindow::exportReport()
{
    ExportDialog dialog(m_view->report(), this);
    dialog.exec();
}
