#include "checkrow.h"

#include "checks/checkcatalog.h"
#include "collapsiblesection.h"
#include "statusicon.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

CheckRow::CheckRow(const CheckResult &result, QWidget *parent)
    : QFrame(parent)
    , m_id(result.id)
{
    setObjectName(QStringLiteral("checkRow_") + result.id);
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcon::pixmap(result.status, 24, devicePixelRatioF()));
    icon->setAccessibleName(StatusIcon::text(result.status));
    icon->setToolTip(StatusIcon::text(result.status));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(CheckCatalog::displayName(result.id).toHtmlEscaped()), this);
    auto *summary = new QLabel(result.summary, this);
    summary->setTextFormat(Qt::PlainText); // from a check, or a saved report: never markup
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *facts = new QLabel(this);
    QStringList lines = result.details;
    lines.prepend(QStringLiteral("%1 (%2)").arg(result.id, Vocabulary::wireName(result.status)));
    if (result.resetOrigin)
        lines << QStringLiteral("reset_origin: %1").arg(Vocabulary::wireName(*result.resetOrigin));
    facts->setTextFormat(Qt::PlainText);
    facts->setText(lines.join(QLatin1Char('\n')));
    facts->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details = new CollapsibleSection(tr("Details"), facts, this);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(summary);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    // Read as one sentence by a screen reader: "Problem: Your service's port. ..."
    setAccessibleName(QStringLiteral("%1: %2").arg(StatusIcon::text(result.status), CheckCatalog::displayName(result.id)));
    setAccessibleDescription(result.summary);
}

void CheckRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_details->setTitle(tr("Details"));
    QFrame::changeEvent(event);
}
