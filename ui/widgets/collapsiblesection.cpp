#include "collapsiblesection.h"

#include <QtCore/QEvent>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_content(content)
{
    setTitle(title);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
    m_content->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, &CollapsibleSection::setExpanded);
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(expanded);
}

bool CollapsibleSection::isExpanded() const
{
    return m_toggle->isChecked();
}

void CollapsibleSection::setTitle(const QString &title)
{
    m_toggle->setText(title);
    m_toggle->setAccessibleName(title);
    m_toggle->setAccessibleDescription(tr("Show or hide this part"));
}

void CollapsibleSection::changeEvent(QEvent *event)
{
    // The title is the owner's to translate; the description is ours.
    if (event->type() == QEvent::LanguageChange)
        m_toggle->setAccessibleDescription(tr("Show or hide this part"));
    QWidget::changeEvent(event);
}
