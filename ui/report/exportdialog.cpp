#include "exportdialog.h"

#include "export/reportexporter.h"
#include "report/reportformat.h"
#include "report/reporttextwriter.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace {

// What most people would not want to send, but a helpdesk rarely needs.
constexpr Redactor::Categories DefaultHidden = Redactor::Categories(Redactor::UserAndMachineNames | Redactor::MacAddresses
                                                                    | Redactor::FilePaths);

} // namespace

ExportDialog::ExportDialog(const Report &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_preview(new QPlainTextEdit(this))
    , m_hiddenCount(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export report"));
    auto *intro = new QLabel(tr("Choose what to hide before you share this report. "
                                "Below is exactly what will be shared."), this);
    intro->setWordWrap(true);

    auto *hideBox = new QGroupBox(tr("Hide"), this);
    auto *hideLayout = new QVBoxLayout(hideBox);
    QSettings settings;
    const QString saved = settings.value(QStringLiteral("export/hide")).toString();
    Redactor::Categories initial = DefaultHidden;
    QString ignored;
    if (!saved.isEmpty())
        Redactor::parseCategories(saved, &initial, &ignored);
    for (Redactor::Category c : Redactor::allCategories()) {
        auto *box = new QCheckBox(Redactor::label(c), hideBox);
        box->setObjectName(QStringLiteral("hide_") + Redactor::wireName(c));
        box->setChecked(initial.testFlag(c));
        box->setToolTip(tr("Replace these in the report with placeholders such as [host-1]"));
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
        hideLayout->addWidget(box);
        m_boxes.insert(int(c), box);
    }

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setAccessibleName(tr("What will be shared"));
    m_preview->setAccessibleDescription(tr("The report exactly as it will be saved, with the chosen values hidden"));
    m_hiddenCount->setObjectName(QStringLiteral("hiddenCount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save report..."), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    saveButton->setToolTip(tr("Choose where to save the report and in which format"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving"));
    connect(saveButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(hideBox);
    layout->addWidget(new QLabel(tr("What will be shared:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_hiddenCount);
    layout->addWidget(buttons);
    resize(680, 640);
    updatePreview();
}

Redactor::Categories ExportDialog::categories() const
{
    Redactor::Categories result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            result |= Redactor::Category(it.key());
    }
    return result;
}

void ExportDialog::setCategories(Redactor::Categories categories)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(categories.testFlag(Redactor::Category(it.key())));
}

void ExportDialog::updatePreview()
{
    Redactor redactor(categories());
    m_shared = redactor.redact(m_report);
    m_preview->setPlainText(ReportTextWriter::document(m_shared));
    m_hiddenCount->setText(tr("Values hidden: %1").arg(redactor.replacements().size()));
}

bool ExportDialog::save(const QString &path, QString *error)
{
    if (!ReportExporter::write(m_shared, path, error))
        return false;
    QStringList hidden;
    for (Redactor::Category c : Redactor::allCategories()) {
        if (categories().testFlag(c))
            hidden << Redactor::wireName(c);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/hide"), hidden.isEmpty() ? QStringLiteral("none") : hidden.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return true;
}

void ExportDialog::chooseFileAndSave()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = QStringLiteral("connection-doctor-report-%1.html")
                             .arg(m_report.startedAt.isValid() ? m_report.startedAt.toString(QStringLiteral("yyyy-MM-dd-HHmm"))
                                                               : QDate::currentDate().toString(Qt::ISODate));
    QString filter = ReportFormat::nameFilter(ReportFormat::Html);
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QDir(folder).filePath(name),
                                                ReportFormat::nameFilters().join(QLatin1String(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!ReportFormat::fromPath(path)) {
        // No or another extension: the one of the chosen type.
        for (ReportFormat::Format f : ReportFormat::all()) {
            if (ReportFormat::nameFilter(f) == filter)
                path += QLatin1Char('.') + ReportFormat::suffix(f);
        }
    }
    QString error;
    if (!save(path, &error)) {
        QMessageBox::warning(this, tr("Export report"), error);
        return;
    }
    accept();
}
