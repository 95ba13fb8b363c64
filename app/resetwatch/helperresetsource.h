#ifndef CDOC_HELPERRESETSOURCE_H
#define CDOC_HELPERRESETSOURCE_H

#include "reseteventsource.h"

#include <QtCore/QProcess>
#include <QtCore/QTimer>

#include <memory>

// Linux: runs cdoc-reset-helper (directly, where its file capabilities let
// this user run it, or through pkexec with the user's permission) and reads
// its JSON lines. The helper ends when we close its input, so even a helper
// running as root through pkexec goes when we stop or die.
class HelperResetSource : public ResetEventSource
{
    Q_OBJECT

public:
    explicit HelperResetSource(QObject *parent = nullptr);
    ~HelperResetSource() override;

    void start() override;
    bool startWithPermission() override;
    bool canAskPermission() const override;
    void stop() override;
    bool isRunning() const override;

    // Where the helper is: $CDOC_RESET_HELPER, beside this program, or the
    // installed one in libexec. Empty when none exists. It may exist and
    // still not be ours to run (mode 0750 for its group): pkexec can.
    static QString helperPath();
    // How long the helper may take to say hello before we give up on it
    // (pkexec waits for the user to type a password: longer).
    static constexpr int HelloTimeoutMs = 5000;
    static constexpr int PermissionTimeoutMs = 120000;

private:
    void launch(const QString &program, const QStringList &arguments, int helloTimeoutMs);
    // Lets a process go without waiting for it: its input closed (how the
    // helper, even as root, learns to stop), then asked to end; it deletes
    // itself when it has. Whatever it still says is not heard.
    void release(std::unique_ptr<QProcess> process);
    void readLines();
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleError(QProcess::ProcessError error);
    void fail(const QString &whyNot);

    std::unique_ptr<QProcess> m_process;
    QTimer m_helloTimer;
    QByteArray m_buffer;
    bool m_helloSeen = false;
    bool m_viaPkexec = false;
    bool m_stopping = false;
};

#endif // CDOC_HELPERRESETSOURCE_H
