#include "reportwindow.h"

#include "exportdialog.h"
#include "report/reportjsonreader.h"
#include "report/reportwording.h"
#include "reportview.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QStandardPaths>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMenu>
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
    m_file = menuBar()->addMenu(QString());
    m_open = m_file->addAction(QString(), this, &ReportWindow::chooseAndOpen);
    m_open->setShortcut(QKeySequence::Open);
    m_export = m_file->addAction(QString(), this, &ReportWindow::exportReport);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence::Save);
    m_file->addSeparator();
    m_close = m_file->addAction(QString(), this, &QWidget::close);
    m_close->setShortcut(QKeySequence::Close);

    m_banner->setObjectName(QStringLiteral("savedReportBanner"));
    m_banner->setTextFormat(Qt::PlainText); // the report's words, never markup
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
    retranslate();
}

void ReportWindow::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_open->setText(tr("&Open report..."));
    m_export->setText(tr("&Export report..."));
    m_close->setText(tr("&Close"));
    m_banner->setAccessibleName(tr("About this report"));
    setReport(m_view->report());
}

void ReportWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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

QString ReportWindow::askForReport(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open report"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                        tr("Connection Doctor reports (*.json)"));
}

void ReportWindow::chooseAndOpen()
{
    const QString path = askForReport(this);
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
