#include "redactor.h"

#include "checks/checkcatalog.h"
#include "probe/target.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtNetwork/QHostAddress>

#include <algorithm>

namespace {

// What each kind of value looks like. The look-behinds keep a match from
// starting inside a longer word, number or path.
const QRegularExpression &macPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f:-])"));
    return re;
}

const QRegularExpression &ipv6Pattern()
{
    // Bare, or in brackets as in "[2001:db8::1]:443"; a dotted quad at the
    // end for IPv4-mapped addresses ("::ffff:192.0.2.1").
    static const QRegularExpression re(QStringLiteral(
        "\\[((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{1,4})?)(?:%[\\w.-]+)?\\]"
        "|(?<![\\w:.\\[])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{1,4})?)(?:%[\\w-]+)?(?![\\w:]|\\.\\d)"));
    return re;
}

const QRegularExpression &ipv4Pattern()
{
    static const QRegularExpression re(QStringLiteral("(?<!\\w)(?<!\\d\\.)(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\w|\\.\\d)"));
    return re;
}

const QRegularExpression &unixPathPattern()
{
    // Not after a word, a colon (URLs) or another slash.
    static const QRegularExpression re(QStringLiteral("(?<![\\w:/.~-])~?/[\\w.@%+~-]+(?:/[\\w.@%+~-]*)*"));
    return re;
}

const QRegularExpression &fileUrlPattern()
{
    // file:///home/alice/corp.pac: the path after the scheme.
    static const QRegularExpression re(QStringLiteral("(?<=file://)/[^\\s\"'<>]+"));
    return re;
}

const QRegularExpression &windowsPathPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<!\\w)(?:[A-Za-z]:\\\\|\\\\\\\\)[^\\s\"'<>|*?]+"));
    return re;
}

const QRegularExpression &dottedNamePattern()
{
    // A run of dotted labels, not inside a path ("x/resolv.conf") but after
    // a URL's "//"; whether it is a host name is decided by looksLikeHost().
    static const QRegularExpression re(QStringLiteral("(?<![\\w.-])(?<![^/]/)[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+"));
    return re;
}

// The system's own files say nothing about the user.
bool isSystemPath(const QString &path)
{
    static const QStringList prefixes{QStringLiteral("/proc/"), QStringLiteral("/sys/"), QStringLiteral("/etc/"),
                                      QStringLiteral("/dev/"), QStringLiteral("/usr/"), QStringLiteral("/run/"),
                                      QStringLiteral("/lib/"), QStringLiteral("/bin/"), QStringLiteral("/sbin/")};
    for (const QString &prefix : prefixes) {
        if (path.startsWith(prefix))
            return true;
    }
    return false;
}

bool looksLikeHost(const QString &token)
{
    static const QSet<QString> fileEndings{
        QStringLiteral("conf"), QStringLiteral("json"), QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("html"),
        QStringLiteral("htm"), QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("jpg"),
        QStringLiteral("log"), QStringLiteral("md"), QStringLiteral("cpp"), QStringLiteral("hpp"), QStringLiteral("xml"),
        QStringLiteral("ts"), QStringLiteral("qm"), QStringLiteral("desktop"), QStringLiteral("cdprofile"), QStringLiteral("ini"),
        QStringLiteral("cfg"), QStringLiteral("yml"), QStringLiteral("yaml"), QStringLiteral("sh"), QStringLiteral("py"),
        QStringLiteral("so"), QStringLiteral("dll"), QStringLiteral("exe"), QStringLiteral("js"), QStringLiteral("css"),
        QStringLiteral("pem"), QStringLiteral("key"), QStringLiteral("crt"), QStringLiteral("tmp"), QStringLiteral("deb"),
        QStringLiteral("gz"), QStringLiteral("tar"), QStringLiteral("zip"), QStringLiteral("pac"), QStringLiteral("jsonl"),
    };
    static const QSet<QString> checkIds = [] {
        QSet<QString> ids{QStringLiteral("monitor.patterns")};
        for (const QString &group : CheckCatalog::groups()) {
            for (const QString &id : CheckCatalog::checkIds(group))
                ids.insert(id);
        }
        return ids;
    }();
    static const QRegularExpression camelCase(QStringLiteral("[a-z][A-Z]"));
    static const QRegularExpression topLabel(QStringLiteral("^[A-Za-z]{2,63}$"));
    if (checkIds.contains(token) || token.contains(QLatin1Char('_')) || token.contains(camelCase))
        return false;
    const QString last = token.section(QLatin1Char('.'), -1);
    return topLabel.match(last).hasMatch() && !fileEndings.contains(last.toLower());
}

bool isPrivate(const QHostAddress &address)
{
    static const QList<QPair<QHostAddress, int>> ranges{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),     QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),  QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),      QHostAddress::parseSubnet(QStringLiteral("fec0::/10")),
    };
    QHostAddress plain = address;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        plain = QHostAddress(v4);
    for (const auto &range : ranges) {
        if (plain.isInSubnet(range))
            return true;
    }
    return false;
}

// Loopback and "any" addresses are the same on every computer.
bool isAnonymous(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    const QHostAddress plain = mapped ? QHostAddress(v4) : address;
    return plain.isLoopback() || plain == QHostAddress::AnyIPv4 || plain == QHostAddress::AnyIPv6;
}

void visitJson(QJsonObject *object, const std::function<void(QString &)> &visit);

void visitJson(QJsonValue *value, const std::function<void(QString &)> &visit)
{
    if (value->isString()) {
        QString text = value->toString();
        visit(text);
        *value = text;
    } else if (value->isArray()) {
        QJsonArray array = value->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            visitJson(&item, visit);
            array.replace(i, item);
        }
        *value = array;
    } else if (value->isObject()) {
        QJsonObject object = value->toObject();
        visitJson(&object, visit);
        *value = object;
    }
}

void visitJson(QJsonObject *object, const std::function<void(QString &)> &visit)
{
    QJsonObject result;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        QString key = it.key();
        visit(key);
        QJsonValue value = it.value();
        visitJson(&value, visit);
        result.insert(key, value);
    }
    *object = result;
}

void visitList(QStringList *list, const std::function<void(QString &)> &visit)
{
    for (QString &s : *list)
        visit(s);
}

} // namespace

QList<Redactor::Category> Redactor::allCategories()
{
    return {PublicAddresses, PrivateAddresses, HostNames, UserAndMachineNames, MacAddresses, FilePaths};
}

QString Redactor::wireName(Category category)
{
    switch (category) {
    case PublicAddresses: return QStringLiteral("public-ip");
    case PrivateAddresses: return QStringLiteral("private-ip");
    case HostNames: return QStringLiteral("host");
    case UserAndMachineNames: return QStringLiteral("user");
    case MacAddresses: return QStringLiteral("mac");
    case FilePaths: return QStringLiteral("path");
    }
    return {};
}

QString Redactor::label(Category category)
{
    switch (category) {
    case PublicAddresses: return tr("Public IP addresses");
    case PrivateAddresses: return tr("Private (local network) IP addresses");
    case HostNames: return tr("Server and computer names (host names)");
    case UserAndMachineNames: return tr("Your user name and this computer's name");
    case MacAddresses: return tr("Network card (MAC) addresses");
    case FilePaths: return tr("File and folder paths");
    }
    return {};
}

bool Redactor::parseCategories(const QString &list, Categories *categories, QString *error)
{
    Categories result;
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString name : names) {
        name = name.trimmed().toLower();
        if (name == QLatin1String("all")) {
            result = All;
            continue;
        }
        if (name == QLatin1String("none"))
            continue;
        bool found = false;
        for (Category c : allCategories()) {
            if (wireName(c) == name) {
                result |= c;
                found = true;
            }
        }
        if (!found) {
            QStringList known{QStringLiteral("all"), QStringLiteral("none")};
            for (Category c : allCategories())
                known << wireName(c);
            *error = tr("Unknown kind of value to hide: \"%1\". Known kinds: %2.").arg(name, known.join(QLatin1String(", ")));
            return false;
        }
    }
    *categories = result;
    return true;
}

Redactor::Redactor(Categories categories)
    : m_categories(categories)
{
}

void Redactor::forEachText(Report *r, const std::function<void(QString &)> &visit)
{
    visit(r->target);
    visit(r->headline);
    for (CheckResult &c : r->checks) {
        visit(c.id); // our ids never match; a crafted file's might
        visit(c.summary);
        visitList(&c.details, visit);
        visitJson(&c.data, visit);
    }
    for (ProbeResult &p : r->probes) {
        visit(p.peerAddress);
        visit(p.detail);
    }
    for (Finding &f : r->findings) {
        visit(f.title);
        visit(f.explanation);
        visitList(&f.evidence, visit);
        visitList(&f.userSteps, visit);
        visitList(&f.adminSteps, visit);
        visitJson(&f.data, visit);
    }
    for (NetworkEvent &e : r->events) {
        visit(e.kind);
        visit(e.subject);
    }
    // The reset log: addresses keep their ports ("[private-ip-1]:50412"),
    // the program's path is a path (and names its user), the evidence is
    // free text. The program's own name (curl, firefox) is the same on
    // every computer and stays, so the log still says which program it was.
    auto visitResets = [&visit](ResetWatchInfo *watch, QList<ResetEvent> *events) {
        visit(watch->whyNot);
        for (ResetEvent &e : *events) {
            visit(e.local);
            visit(e.remote);
            visit(e.remoteName);
            visit(e.exe);
            visit(e.tcpState); // fixed words in our reports; a crafted file's might not be
            visit(e.owner);
            visit(e.kernelReason);
            visitList(&e.evidence, visit);
        }
    };
    visitResets(&r->resetWatch, &r->resetEvents);
    // The background watch's resets of the target's server, and the
    // target's names and addresses they were chosen by.
    visitResets(&r->serverHistory.watch, &r->serverHistory.events);
    visitList(&r->serverHistory.servers, visit);
    EnvironmentInfo &env = r->environment;
    for (QString *s : {&env.os, &env.kernel, &env.appVersion, &env.qtVersion, &env.hostName, &env.userName, &env.timeZone})
        visit(*s);
    for (EnvironmentInfo::Interface &i : env.interfaces) {
        visit(i.name);
        visit(i.type);
        visitList(&i.addresses, visit);
        visit(i.hardwareAddress);
    }
    visitList(&env.proxy, visit);
    visitList(&env.dnsServers, visit);
}

void Redactor::learn(Report &report)
{
    // Names the report states outright, so they are found in any text,
    // whatever shape they have there. Account names that are also common
    // words are not searched for in text (every "test" would go); the
    // fields that hold them are hidden whole instead (see redact()).
    static const QSet<QString> commonWords{
        QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("administrator"), QStringLiteral("user"),
        QStringLiteral("test"), QStringLiteral("guest"), QStringLiteral("pi"), QStringLiteral("debian"),
        QStringLiteral("ubuntu"), QStringLiteral("localhost"), QStringLiteral("local")};
    QHash<QString, Category> known; // lower case -> kind
    auto add = [&known](const QString &name, Category category) {
        const QString key = name.toLower();
        if (key.size() >= 2 && !commonWords.contains(key) && !known.contains(key) && known.size() < MaxLearntNames)
            known.insert(key, category);
    };
    const EnvironmentInfo &env = report.environment;
    if (!env.userName.isEmpty())
        add(env.userName, UserAndMachineNames);
    if (!env.hostName.isEmpty()) {
        m_machineName = env.hostName.toLower();
        add(env.hostName, UserAndMachineNames);
        add(env.hostName.section(QLatin1Char('.'), 0, 0), UserAndMachineNames);
    }
    const Target::ParseResult target = Target::parse(report.target);
    if (target.ok() && QHostAddress(target.target.host()).isNull())
        add(target.target.host(), HostNames);
    // The names programs asked for (the reset log's remote_name) are
    // servers' names, whatever their shape ("intranet" has no dot).
    for (const QList<ResetEvent> *events : {&report.resetEvents, &report.serverHistory.events}) {
        for (const ResetEvent &e : *events) {
            if (!e.remoteName.isEmpty())
                add(e.remoteName, HostNames);
        }
    }

    // A home folder names its user: /home/alice, /Users/alice, C:\Users\alice.
    static const QRegularExpression home(QStringLiteral("(?:/home/|/Users/|[A-Za-z]:\\\\Users\\\\)([^/\\\\\\s\"']+)"));
    forEachText(&report, [&add](QString &text) { // reads only
        for (auto it = home.globalMatch(text); it.hasNext();)
            add(it.next().captured(1), UserAndMachineNames);
    });

    // One pattern for them all, longest first, so "alice-laptop" wins over
    // "alice"; matched without regard to case.
    QStringList names = known.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QStringList alternatives;
    for (const QString &name : std::as_const(names))
        alternatives << QRegularExpression::escape(name);
    m_knownNames = known;
    if (!alternatives.isEmpty()) {
        m_knownPattern = QRegularExpression(QStringLiteral("(?<![\\w-])(?:%1)(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))),
                                            QRegularExpression::CaseInsensitiveOption);
    }
}

QList<Redactor::Span> Redactor::findSpans(const QString &text) const
{
    QList<Span> spans;
    auto add = [&spans, this](qsizetype start, qsizetype length, Category category, const QString &key) {
        if (m_categories.testFlag(category))
            spans << Span{start, length, category, key};
    };
    for (auto it = macPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(m.capturedStart(), m.capturedLength(), MacAddresses, m.captured().toLower().replace(QLatin1Char('-'), QLatin1Char(':')));
    }
    auto addAddress = [&add](const QRegularExpressionMatch &m, const QString &literal) {
        const QHostAddress address(literal);
        if (address.isNull() || isAnonymous(address))
            return;
        add(m.capturedStart(), m.capturedLength(), isPrivate(address) ? PrivateAddresses : PublicAddresses,
            address.toString().toLower());
    };
    for (auto it = ipv6Pattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addAddress(m, m.hasCaptured(1) ? m.captured(1) : m.captured(2));
    }
    for (auto it = ipv4Pattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addAddress(m, m.captured());
    }
    for (const QRegularExpression *re : {&unixPathPattern(), &windowsPathPattern(), &fileUrlPattern()}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            // A full stop or comma after a path ends the sentence, not the path.
            QString path = m.captured();
            while (path.endsWith(QLatin1Char('.')) || path.endsWith(QLatin1Char(',')))
                path.chop(1);
            if (!isSystemPath(path))
                add(m.capturedStart(), path.size(), FilePaths, path);
        }
    }
    for (auto it = dottedNamePattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured().toLower();
        if (!looksLikeHost(m.captured()))
            continue;
        const bool machine = name == m_machineName;
        add(m.capturedStart(), m.capturedLength(), machine ? UserAndMachineNames : HostNames, name);
    }
    if (!m_knownNames.isEmpty()) {
        for (auto it = m_knownPattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString key = m.captured().toLower();
            add(m.capturedStart(), m.capturedLength(), m_knownNames.value(key, UserAndMachineNames), key);
        }
    }
    // Earliest first, and of those the longest: a path with a user name in
    // it is one path.
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<Span> kept;
    qsizetype end = 0;
    for (const Span &s : std::as_const(spans)) {
        if (s.start >= end) {
            kept << s;
            end = s.start + s.length;
        }
    }
    return kept;
}

QString Redactor::placeholder(Category category, const QString &key, const QString &original)
{
    // The machine's own name gets its own word, apart from the user's.
    QString kind;
    switch (category) {
    case PublicAddresses: kind = QStringLiteral("public-ip"); break;
    case PrivateAddresses: kind = QStringLiteral("private-ip"); break;
    case HostNames: kind = QStringLiteral("host"); break;
    case UserAndMachineNames:
        kind = key == m_machineName || key == m_machineName.section(QLatin1Char('.'), 0, 0) ? QStringLiteral("computer")
                                                                                             : QStringLiteral("user");
        break;
    case MacAddresses: kind = QStringLiteral("mac"); break;
    case FilePaths: kind = QStringLiteral("path"); break;
    }
    const QString mapKey = kind + QLatin1Char('|') + key;
    auto it = m_placeholders.constFind(mapKey);
    if (it != m_placeholders.constEnd())
        return *it;
    const QString name = QStringLiteral("[%1-%2]").arg(kind).arg(++m_counters[kind]);
    m_placeholders.insert(mapKey, name);
    m_replacements << Replacement{category, original, name};
    return name;
}

QString Redactor::redact(const QString &text)
{
    if (text.isEmpty() || !m_categories)
        return text;
    const QList<Span> spans = findSpans(text);
    if (spans.isEmpty())
        return text;
    QString result;
    qsizetype at = 0;
    for (const Span &s : spans) {
        result += QStringView(text).mid(at, s.start - at);
        result += placeholder(s.category, s.key, text.mid(s.start, s.length));
        at = s.start + s.length;
    }
    result += QStringView(text).mid(at);
    return result;
}

Report Redactor::redact(const Report &report)
{
    if (!m_categories)
        return report;
    // One copy: learnt from, then rewritten (visiting detaches its lists).
    Report redacted = report;
    learn(redacted);
    forEachText(&redacted, [this](QString &text) { text = redact(text); });
    // The fields that are nothing but a name are hidden whole, whatever the
    // name looks like.
    if (m_categories.testFlag(UserAndMachineNames)) {
        EnvironmentInfo &env = redacted.environment;
        if (!report.environment.userName.isEmpty() && env.userName == report.environment.userName)
            env.userName = placeholder(UserAndMachineNames, env.userName.toLower(), env.userName);
        if (!report.environment.hostName.isEmpty() && env.hostName == report.environment.hostName)
            env.hostName = placeholder(UserAndMachineNames, m_machineName, env.hostName);
    }
    // A server's name is hidden whole, also past the names learnt and
    // whatever its shape; the key is the name, so the same name in text
    // has the same placeholder. "localhost" says nothing about anyone. A
    // program's path likewise, even where its shape is not found in full
    // (a space in a folder's name); the key is the path, so the same path
    // in text gets the same placeholder.
    auto hideWhole = [this](const QList<ResetEvent> &original, QList<ResetEvent> *events) {
        for (qsizetype i = 0; i < events->size(); ++i) {
            const QString &name = original.at(i).remoteName;
            if (m_categories.testFlag(HostNames) && !name.isEmpty() && events->at(i).remoteName == name
                && name != QLatin1String("localhost"))
                (*events)[i].remoteName = placeholder(HostNames, name.toLower(), name);
            const QString &exe = original.at(i).exe;
            const bool isPath = exe.contains(QLatin1Char('/')) || exe.contains(QLatin1Char('\\'));
            if (m_categories.testFlag(FilePaths) && isPath && !isSystemPath(exe))
                (*events)[i].exe = placeholder(FilePaths, exe, exe);
        }
    };
    hideWhole(report.resetEvents, &redacted.resetEvents);
    hideWhole(report.serverHistory.events, &redacted.serverHistory.events);
    return redacted;
}
