#include "labscenario.h"

#include "vocabulary/nametable.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

#include <array>
#include <utility>

namespace Lab {

namespace {
constexpr std::array<std::pair<Scenario, const char *>, 13> names{{
    {Scenario::Healthy, "healthy"},
    {Scenario::ResetOnAccept, "reset-on-accept"},
    {Scenario::ResetAfterBytes, "reset-after-bytes"},
    {Scenario::ResetAfterIdle, "reset-after-idle"},
    {Scenario::CloseAfterIdle, "close-after-idle"},
    {Scenario::Refused, "refused"},
    {Scenario::NoAnswer, "no-answer"},
    {Scenario::SlowReply, "slow-reply"},
    {Scenario::Overloaded, "overloaded"},
    {Scenario::HttpBodyLimit, "http-body-limit"},
    {Scenario::TlsResetOnSni, "tls-reset-on-sni"},
    {Scenario::EveryNthReset, "every-nth-reset"},
    {Scenario::ResetBursts, "reset-bursts"},
}};
} // namespace

QString wireName(Scenario scenario) { return NameTable::nameOf(names, scenario); }
std::optional<Scenario> scenarioFromWireName(const QString &name) { return NameTable::valueOf(names, name); }

QString describe(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Healthy:
        return QCoreApplication::translate("Lab", "A healthy web server.");
    case Scenario::ResetOnAccept:
        return QCoreApplication::translate("Lab", "A server that resets every connection as soon as it opens.");
    case Scenario::ResetAfterBytes:
        return QCoreApplication::translate("Lab", "A server that resets a connection once it has received a certain amount of data.");
    case Scenario::ResetAfterIdle:
        return QCoreApplication::translate("Lab", "A firewall or load balancer that resets connections left idle too long.");
    case Scenario::CloseAfterIdle:
        return QCoreApplication::translate("Lab", "A server that politely closes connections left idle too long.");
    case Scenario::Refused:
        return QCoreApplication::translate("Lab", "A port where no program is listening.");
    case Scenario::NoAnswer:
        return QCoreApplication::translate("Lab", "A server so busy it does not answer new connections at all.");
    case Scenario::SlowReply:
        return QCoreApplication::translate("Lab", "A server that answers, but very slowly.");
    case Scenario::Overloaded:
        return QCoreApplication::translate("Lab", "An overloaded server that resets connections, more of them under load.");
    case Scenario::HttpBodyLimit:
        return QCoreApplication::translate("Lab", "A web server that resets uploads above a size limit.");
    case Scenario::TlsResetOnSni:
        return QCoreApplication::translate("Lab", "A secure (TLS) server behind a filter that resets connections to one site name.");
    case Scenario::EveryNthReset:
        return QCoreApplication::translate("Lab", "A server that cuts off every fifth connection.");
    case Scenario::ResetBursts:
        return QCoreApplication::translate("Lab", "A server that now and then cuts off every connection for a couple of seconds.");
    }
    return {};
}

QList<Scenario> allScenarios() { return NameTable::valuesOf(names); }

} // namespace Lab
