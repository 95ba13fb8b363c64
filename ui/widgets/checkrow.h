#ifndef CDOC_CHECKROW_H
#define CDOC_CHECKROW_H

#include "checks/checkresult.h"

#include <QtWidgets/QFrame>

class CollapsibleSection;
class QLabel;

// One check as the user sees it: a status mark, the check's short name,
// its one plain sentence, and the technical details folded away for a
// helpdesk.
class CheckRow : public QFrame
{
    Q_OBJECT

public:
    explicit CheckRow(const CheckResult &result, QWidget *parent = nullptr);

    QString checkId() const { return m_id; }
    CollapsibleSection *details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_id;
    CollapsibleSection *m_details;
};

#endif // CDOC_CHECKROW_H
