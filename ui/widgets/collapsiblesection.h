#ifndef CDOC_COLLAPSIBLESECTION_H
#define CDOC_COLLAPSIBLESECTION_H

#include <QtWidgets/QWidget>

class QToolButton;

// A titled section that opens and closes with a click or the keyboard:
// the "Details" of a check, the evidence and fixes of a finding.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    CollapsibleSection(const QString &title, QWidget *content, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton *toggleButton() const { return m_toggle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *m_toggle;
    QWidget *m_content;
};

#endif // CDOC_COLLAPSIBLESECTION_H
