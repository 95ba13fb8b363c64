#ifndef CDOC_CHECKROWLIST_H
#define CDOC_CHECKROWLIST_H

#include "checks/checkresult.h"

#include <QtWidgets/QScrollArea>

class QVBoxLayout;

// A scrolling list of CheckRows, as the check and test pages show them.
class CheckRowList : public QScrollArea
{
    Q_OBJECT

public:
    explicit CheckRowList(QWidget *parent = nullptr);

    void addResult(const CheckResult &result);
    void setResults(const QList<CheckResult> &results);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QVBoxLayout *m_rows;
};

#endif // CDOC_CHECKROWLIST_H
