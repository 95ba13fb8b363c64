#ifndef CDOC_MONITORPAGE_H
#define CDOC_MONITORPAGE_H

#include <QtCore/QTimer>
#include <QtWidgets/QWizardPage>

class DiagnosisSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class ProgramResetsView;
class ResetChartView;

// Step 7 (optional): the reset monitor. Tries the service at a steady pace
// in the background and draws how often connections are cut, over the
// last 5 minutes, hour or day; for this app's own tries, or for every
// program on the computer: the reset watch's programs, servers and senders
// where it may watch, else the system's counters, with a sentence saying
// what is missing and a button to allow it. "All programs" opens on what
// the background watch logged (the last hour, day or week) and goes on with
// the live watch's resets; a check box turns the background watch on or
// off. Keeps running when the user moves on, until paused or stopped.
class MonitorPage : public QWizardPage
{
    Q_OBJECT

public:
    MonitorPage(DiagnosisSession *session, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void start();
    void togglePause();
    void stop();
    void refresh();
    void updateButtons();
    void showView();
    void allowWatching();
    void refreshWatch();
    void readHistory();
    QString historyText() const;
    void toggleBackgroundWatch(bool on);
    void showBackgroundWatch();
    void handleBackgroundSwitched(bool ok, const QString &message);

    DiagnosisSession *m_session;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QComboBox *m_window;
    QComboBox *m_view;
    ResetChartView *m_chart;
    ProgramResetsView *m_programs;
    QStackedWidget *m_views;
    QLabel *m_watchStatus;
    QPushButton *m_allow;
    QLabel *m_sentence;
    QLabel *m_intro;
    QComboBox *m_historyWindow;
    QLabel *m_historyStatus;
    QCheckBox *m_keepWatching;
    QLabel *m_backgroundStatus;
    QString m_backgroundError; // the last switch's failure, until the next
    bool m_historyAsked = false;
    QTimer m_refresh;
};

#endif // CDOC_MONITORPAGE_H
