#include "welcomepage.h"

#include "probe/target.h"
#include "session/diagnosissession.h"

#include <QtCore/QEvent>

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QVBoxLayout>

WelcomePage::WelcomePage(DiagnosisSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_activity(new QComboBox(this))
    , m_demoTargets(new QComboBox(this))
    , m_demoLabel(new QLabel(this))
    , m_target(new QLineEdit(this))
    , m_targetError(new QLabel(this))
    , m_pasted(new QPlainTextEdit(this))
    , m_explanation(new QLabel(this))
    , m_helpdeskMessage(new QLabel(this))
    , m_activityLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_pastedLabel(new QLabel(this))
    , m_openReport(new QPushButton(this))
{
    // In the order of Vocabulary::allActivities(), which retranslate() names.
    for (Vocabulary::Activity a : Vocabulary::allActivities())
        m_activity->addItem(QString(), int(a));

    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setClearButtonEnabled(true);
    m_targetError->setObjectName(QStringLiteral("targetError"));
    m_targetError->setWordWrap(true);
    m_targetError->setStyleSheet(QStringLiteral("color: palette(link);"));

    m_pasted->setObjectName(QStringLiteral("pastedError"));
    m_pasted->setTabChangesFocus(true);
    m_pasted->setMaximumHeight(80);
    m_explanation->setObjectName(QStringLiteral("pastedExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    m_demoTargets->setObjectName(QStringLiteral("demoTargets"));
    m_demoTargets->setVisible(false);
    m_demoLabel->setVisible(false);
    m_demoLabel->setBuddy(m_demoTargets);

    m_helpdeskMessage->setObjectName(QStringLiteral("helpdeskMessage"));
    m_helpdeskMessage->setWordWrap(true);
    m_helpdeskMessage->setTextFormat(Qt::PlainText);
    m_helpdeskMessage->setFrameShape(QFrame::StyledPanel);
    m_helpdeskMessage->setMargin(8);
    m_helpdeskMessage->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_helpdeskMessage);
    m_activityLabel->setBuddy(m_activity);
    form->addRow(m_activityLabel, m_activity);
    form->addRow(m_demoLabel, m_demoTargets);
    m_targetLabel->setBuddy(m_target);
    form->addRow(m_targetLabel, m_target);
    form->addRow(QString(), m_targetError);
    m_pastedLabel->setBuddy(m_pasted);
    form->addRow(m_pastedLabel, m_pasted);
    form->addRow(QString(), m_explanation);
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    connect(m_openReport, &QPushButton::clicked, this, &WelcomePage::openReportRequested);
    form->addRow(QString(), m_openReport);
    form->setAlignment(m_openReport, Qt::AlignLeft);
    setLayout(form);

    connect(m_target, &QLineEdit::textChanged, this, &WelcomePage::validateTarget);
    connect(m_pasted, &QPlainTextEdit::textChanged, this, &WelcomePage::explainPastedError);
    connect(m_demoTargets, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_target->setText(m_demoTargets->itemData(index).toString());
    });
    retranslate();
}

void WelcomePage::retranslate()
{
    setSubTitle(tr("Tell us what stopped working. We will test your connection step by step and tell you what to do."));
    const QStringList activities{tr("A website won't load"), tr("An app shows an error"), tr("An upload fails"),
                                 tr("A remote server or SSH session drops"), tr("Something else")};
    for (int i = 0; i < activities.size(); ++i)
        m_activity->setItemText(i, activities.at(i));
    m_activityLabel->setText(tr("&What were you doing?"));
    m_activity->setAccessibleName(tr("What were you doing"));
    m_activity->setAccessibleDescription(tr("Choose what you were doing when the connection failed"));
    m_demoLabel->setText(tr("Practice &example:"));
    m_demoTargets->setAccessibleName(tr("Practice example"));
    for (int i = 0; i < m_demoTargets->count(); ++i)
        m_demoTargets->setItemText(i, Lab::describe(Lab::Scenario(m_demoTargets->itemData(i, ScenarioRole).toInt())));
    m_demoTargets->setAccessibleDescription(tr("A server on this computer that fails in a known way, to practise on"));
    m_targetLabel->setText(tr("W&here? (web address or server name)"));
    m_target->setPlaceholderText(tr("for example www.example.com or mail.example.com:993"));
    m_target->setAccessibleName(tr("Web address or server name"));
    m_target->setAccessibleDescription(tr("The address of the service whose connections fail"));
    m_targetError->setAccessibleName(tr("Problem with the address"));
    m_pastedLabel->setText(tr("&Error message:"));
    m_pasted->setPlaceholderText(tr("Optional: paste the error message you saw here"));
    m_pasted->setAccessibleName(tr("The error message you saw"));
    m_pasted->setAccessibleDescription(tr("Optional: the error text; we explain it and take the address from it"));
    m_openReport->setText(tr("&Open a saved report..."));
    m_openReport->setToolTip(tr("For helpdesks: show a report someone sent you, as they saw it"));
    setHelpdeskMessage(m_message);
    validateTarget();
    explainPastedError();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::setDemoTargets(const QList<QPair<Lab::Scenario, QString>> &scenariosAndAddresses)
{
    m_demoTargets->clear();
    for (const auto &[scenario, address] : scenariosAndAddresses) {
        m_demoTargets->addItem(Lab::describe(scenario), address);
        m_demoTargets->setItemData(m_demoTargets->count() - 1, int(scenario), ScenarioRole);
    }
    m_demoTargets->setVisible(!scenariosAndAddresses.isEmpty());
    m_demoLabel->setVisible(!scenariosAndAddresses.isEmpty());
}

void WelcomePage::setHelpdeskMessage(const QString &message)
{
    m_message = message;
    m_helpdeskMessage->setText(tr("Message from your helpdesk:") + QLatin1Char('\n') + message);
    m_helpdeskMessage->setAccessibleName(tr("Message from your helpdesk"));
    m_helpdeskMessage->setVisible(!message.isEmpty());
}

void WelcomePage::setTargetText(const QString &text)
{
    m_target->setText(text);
}

void WelcomePage::validateTarget()
{
    const QString text = m_target->text();
    const Target::ParseResult parsed = Target::parse(text);
    m_targetValid = parsed.ok();
    // Say nothing until there is something to judge.
    m_targetError->setText(text.trimmed().isEmpty() || m_targetValid ? QString() : parsed.error);
    m_targetError->setVisible(!m_targetError->text().isEmpty());
    Q_EMIT completeChanged();
}

void WelcomePage::explainPastedError()
{
    const QString text = m_pasted->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_explanation->clear();
        return;
    }
    const RecognizedError e = m_session->setPastedError(text);
    if (!e.recognized) {
        m_explanation->setText(tr("We do not recognise this message; the tests will find out what is happening."));
        return;
    }
    m_explanation->setText(e.title + QStringLiteral("\n") + e.explanation);
    if (!e.target.isEmpty() && m_target->text().trimmed().isEmpty())
        m_target->setText(e.target);
}

bool WelcomePage::isComplete() const
{
    return m_targetValid;
}

bool WelcomePage::validatePage()
{
    m_session->setActivity(Vocabulary::Activity(m_activity->currentData().toInt()));
    QString error;
    if (!m_session->setTarget(m_target->text(), &error)) {
        m_targetError->setText(error);
        m_targetError->setVisible(true);
        return false;
    }
    return true;
}
