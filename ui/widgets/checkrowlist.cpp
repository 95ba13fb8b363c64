#include "checkrowlist.h"

#include "checkrow.h"

#include <QtCore/QEvent>
#include <QtWidgets/QVBoxLayout>

CheckRowList::CheckRowList(QWidget *parent)
    : QScrollArea(parent)
    , m_rows(new QVBoxLayout)
{
    auto *host = new QWidget;
    auto *layout = new QVBoxLayout(host);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    setWidget(host);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    retranslate();
}

void CheckRowList::retranslate()
{
    setAccessibleName(tr("Results of the checks"));
    setAccessibleDescription(tr("One row for each check, with what it found; open Details for the technical facts"));
}

void CheckRowList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void CheckRowList::addResult(const CheckResult &result)
{
    m_rows->addWidget(new CheckRow(result, widget()));
}

void CheckRowList::setResults(const QList<CheckResult> &results)
{
    clear();
    for (const CheckResult &r : results)
        addResult(r);
}

void CheckRowList::clear()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
