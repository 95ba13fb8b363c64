<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>This step took too long and was stopped after %n seconds.</source>
        <translation>
            <numerusform>This step took too long and was stopped after %n second.</numerusform>
            <numerusform>This step took too long and was stopped after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <source>The connections are cut off by a device %n hop(s) from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</source>
        <translation>
            <numerusform>The connections are cut off by a device %n hop from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</numerusform>
            <numerusform>The connections are cut off by a device %n hops from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are closed after about %n second(s)</source>
        <translation>
            <numerusform>Idle connections are closed after about %n second</numerusform>
            <numerusform>Idle connections are closed after about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are forgotten after about %n second(s)</source>
        <translation>
            <numerusform>Idle connections are forgotten after about %n second</numerusform>
            <numerusform>Idle connections are forgotten after about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</source>
        <translation>
            <numerusform>When a connection stays quiet for about %n second, something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</numerusform>
            <numerusform>When a connection stays quiet for about %n seconds, something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are silently dropped after about %n second(s)</source>
        <translation>
            <numerusform>Idle connections are silently dropped after about %n second</numerusform>
            <numerusform>Idle connections are silently dropped after about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</source>
        <translation>
            <numerusform>When a connection stays quiet for about %n second, something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</numerusform>
            <numerusform>When a connection stays quiet for about %n seconds, something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are cut off after about %n second(s)</source>
        <translation>
            <numerusform>Idle connections are cut off after about %n second</numerusform>
            <numerusform>Idle connections are cut off after about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %1, a device %n hop(s) from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</source>
        <translation>
            <numerusform>When a connection stays quiet for about %1, a device %n hop from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</numerusform>
            <numerusform>When a connection stays quiet for about %1, a device %n hops from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.</source>
        <translation>
            <numerusform>When a connection stays quiet for about %n second, the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.</numerusform>
            <numerusform>When a connection stays quiet for about %n seconds, the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable TCP keep-alive (or application pings) every %n second(s) or less, below the idle timeout of about %1.</source>
        <translation>
            <numerusform>Enable TCP keep-alive (or application pings) every %n second or less, below the idle timeout of about %1.</numerusform>
            <numerusform>Enable TCP keep-alive (or application pings) every %n seconds or less, below the idle timeout of about %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</numerusform>
            <numerusform>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>%1 of %n connection to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</numerusform>
            <numerusform>%1 of %n connections to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) was answered, but not as a web service answers.</source>
        <translation>
            <numerusform>Every connection to the service (%n in all) was answered, but not as a web service answers.</numerusform>
            <numerusform>Every connection to the service (%n in all) was answered, but not as a web service answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service were answered, but not as a web service answers.</source>
        <translation>
            <numerusform>%1 of %n connection to the service were answered, but not as a web service answers.</numerusform>
            <numerusform>%1 of %n connections to the service were answered, but not as a web service answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The packets show that a device %n hop(s) from you, not the server, sent the resets.</source>
        <translation>
            <numerusform>The packets show that a device %n hop from you, not the server, sent the resets.</numerusform>
            <numerusform>The packets show that a device %n hops from you, not the server, sent the resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</source>
        <translation>
            <numerusform>When a connection stays quiet for about %n second, the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</numerusform>
            <numerusform>When a connection stays quiet for about %n seconds, the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</numerusform>
            <numerusform>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</numerusform>
            <numerusform>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</numerusform>
            <numerusform>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</numerusform>
            <numerusform>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</source>
        <translation>
            <numerusform>%1 of %n connection were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</numerusform>
            <numerusform>%1 of %n connections were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</source>
        <translation>
            <numerusform>%1 of %n connection were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</numerusform>
            <numerusform>%1 of %n connections were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) opened and were then cut off at once.</source>
        <translation>
            <numerusform>All %n connection opened and were then cut off at once.</numerusform>
            <numerusform>All %n connections opened and were then cut off at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</source>
        <translation>
            <numerusform>%1 of %n connection opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</numerusform>
            <numerusform>%1 of %n connections opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service did not work.</source>
        <translation>
            <numerusform>%1 of %n connection to the service did not work.</numerusform>
            <numerusform>%1 of %n connections to the service did not work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message numerus="yes">
        <source>Watching every program&apos;s resets for %n second(s)...</source>
        <translation>
            <numerusform>Watching every program&apos;s resets for %n second...</numerusform>
            <numerusform>Watching every program&apos;s resets for %n seconds...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen.</source>
        <translation>
            <numerusform>%n reset seen.</numerusform>
            <numerusform>%n resets seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time.</source>
        <translation>
            <numerusform>The system dropped %n event it could not hand over in time.</numerusform>
            <numerusform>The system dropped %n events it could not hand over in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n connection(s) that finished worked; the rest were stopped.</source>
        <translation>
            <numerusform>The %n connection that finished worked; the rest were stopped.</numerusform>
            <numerusform>The %n connections that finished worked; the rest were stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %n second(s), one connection every %2 ms...</source>
        <translation>
            <numerusform>Watching %1 for %n second, one connection every %2 ms...</numerusform>
            <numerusform>Watching %1 for %n seconds, one connection every %2 ms...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing %1, %n time(s)...</source>
        <translation>
            <numerusform>Probing %1, %n time...</numerusform>
            <numerusform>Probing %1, %n times...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleTimeoutExperiment</name>
    <message numerus="yes">
        <source>Connections stayed open while idle for %n second(s), as long as we tested.</source>
        <translation>
            <numerusform>Connections stayed open while idle for %n second, as long as we tested.</numerusform>
            <numerusform>Connections stayed open while idle for %n seconds, as long as we tested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>Every one of %n connection was cut off as soon as it opened, before any idle time.</numerusform>
            <numerusform>Every one of %n connections was cut off as soon as it opened, before any idle time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server closed every one of %n connection(s) as soon as it opened.</source>
        <translation>
            <numerusform>The server closed every one of %n connection as soon as it opened.</numerusform>
            <numerusform>The server closed every one of %n connections as soon as it opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are closed after about %n second(s).</source>
        <translation>
            <numerusform>Connections left idle are closed after about %n second.</numerusform>
            <numerusform>Connections left idle are closed after about %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are cut off (reset) after about %n second(s) of quiet.</source>
        <translation>
            <numerusform>Connections left idle are cut off (reset) after about %n second of quiet.</numerusform>
            <numerusform>Connections left idle are cut off (reset) after about %n seconds of quiet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are forgotten: the first message after the pause is answered with a reset.</source>
        <translation>
            <numerusform>Connections left idle for about %n second are forgotten: the first message after the pause is answered with a reset.</numerusform>
            <numerusform>Connections left idle for about %n seconds are forgotten: the first message after the pause is answered with a reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are silently dropped: the first message after the pause gets no answer.</source>
        <translation>
            <numerusform>Connections left idle for about %n second are silently dropped: the first message after the pause gets no answer.</numerusform>
            <numerusform>Connections left idle for about %n seconds are silently dropped: the first message after the pause gets no answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections were lost when used after a pause, even after the shortest one tested (%n second(s)): they are forgotten sooner than that, or cut off at random.</source>
        <translation>
            <numerusform>Connections were lost when used after a pause, even after the shortest one tested (%n second): they are forgotten sooner than that, or cut off at random.</numerusform>
            <numerusform>Connections were lost when used after a pause, even after the shortest one tested (%n seconds): they are forgotten sooner than that, or cut off at random.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off or closed as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>Every one of %n connection was cut off or closed as soon as it opened, before any idle time.</numerusform>
            <numerusform>Every one of %n connections was cut off or closed as soon as it opened, before any idle time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntermittentResetExperiment</name>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, even many at once.</source>
        <translation>
            <numerusform>None of %n repeated connection was cut off, even many at once.</numerusform>
            <numerusform>None of %n repeated connections was cut off, even many at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</source>
        <translation>
            <numerusform>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</numerusform>
            <numerusform>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off, however many there were at once.</source>
        <translation>
            <numerusform>Every one of %n connection was cut off, however many there were at once.</numerusform>
            <numerusform>Every one of %n connections was cut off, however many there were at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, but not all of them got a normal answer (see the details).</source>
        <translation>
            <numerusform>None of %n repeated connection was cut off, but not all of them got a normal answer (see the details).</numerusform>
            <numerusform>None of %n repeated connections was cut off, but not all of them got a normal answer (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</source>
        <translation>
            <numerusform>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</numerusform>
            <numerusform>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message numerus="yes">
        <source>Nothing happened for %n ms.</source>
        <translation>
            <numerusform>Nothing happened for %n ms.</numerusform>
            <numerusform>Nothing happened for %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The peer kept sending without ever finishing: stopped after %n second(s) in all.</source>
        <translation>
            <numerusform>The peer kept sending without ever finishing: stopped after %n second in all.</numerusform>
            <numerusform>The peer kept sending without ever finishing: stopped after %n seconds in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection did not finish within %n second(s) in all.</source>
        <translation>
            <numerusform>The connection did not finish within %n second in all.</numerusform>
            <numerusform>The connection did not finish within %n seconds in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer&apos;s header went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>The answer&apos;s header went on past %n KiB without ending: stopped reading.</numerusform>
            <numerusform>The answer&apos;s header went on past %n KiB without ending: stopped reading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s first line went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>The server&apos;s first line went on past %n KiB without ending: stopped reading.</numerusform>
            <numerusform>The server&apos;s first line went on past %n KiB without ending: stopped reading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer went on past %n MiB with no end in sight: stopped reading.</source>
        <translation>
            <numerusform>The answer went on past %n MiB with no end in sight: stopped reading.</numerusform>
            <numerusform>The answer went on past %n MiB with no end in sight: stopped reading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy did not answer within %n ms.</source>
        <translation>
            <numerusform>The proxy did not answer within %n ms.</numerusform>
            <numerusform>The proxy did not answer within %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTextWriter</name>
    <message numerus="yes">
        <source>... and %n more, all in the JSON report.</source>
        <translation>
            <numerusform>... and %n more, all in the JSON report.</numerusform>
            <numerusform>... and %n more, all in the JSON report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message numerus="yes">
        <source>The system counted %n reset(s) while watching.</source>
        <translation>
            <numerusform>The system counted %n reset while watching.</numerusform>
            <numerusform>The system counted %n resets while watching.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n reset(s).</source>
        <translation>
            <numerusform>It recorded %n reset.</numerusform>
            <numerusform>It recorded %n resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time, so some resets may be missing.</source>
        <translation>
            <numerusform>The system dropped %n event it could not hand over in time, so some resets may be missing.</numerusform>
            <numerusform>The system dropped %n events it could not hand over in time, so some resets may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out of the log to keep it to a bounded size.</source>
        <translation>
            <numerusform>The oldest %n were left out of the log to keep it to a bounded size.</numerusform>
            <numerusform>The oldest %n were left out of the log to keep it to a bounded size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watched for %1: %n connection(s), %2 of them cut off (%3%; the true share is likely between %4% and %5%).</source>
        <translation>
            <numerusform>Watched for %1: %n connection, %2 of them cut off (%3%; the true share is likely between %4% and %5%).</numerusform>
            <numerusform>Watched for %1: %n connections, %2 of them cut off (%3%; the true share is likely between %4% and %5%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch&apos;s log from %1 to %2 holds %n reset(s) of connections to %3.</source>
        <translation>
            <numerusform>The background watch&apos;s log from %1 to %2 holds %n reset of connections to %3.</numerusform>
            <numerusform>The background watch&apos;s log from %1 to %2 holds %n resets of connections to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s oldest %n reset(s), of every server, were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>The log&apos;s oldest %n reset, of every server, were left out to keep the list to a bounded size.</numerusform>
            <numerusform>The log&apos;s oldest %n resets, of every server, were left out to keep the list to a bounded size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch missed or did not write %n reset(s) of any server in that time, so some may be missing.</source>
        <translation>
            <numerusform>The background watch missed or did not write %n reset of any server in that time, so some may be missing.</numerusform>
            <numerusform>The background watch missed or did not write %n resets of any server in that time, so some may be missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetHistory</name>
    <message numerus="yes">
        <source>%n of the log&apos;s files could not be read (%1).</source>
        <translation>
            <numerusform>%n of the log&apos;s files could not be read (%1).</numerusform>
            <numerusform>%n of the log&apos;s files could not be read (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n reset(s) in that time.</source>
        <translation>
            <numerusform>It holds %n reset in that time.</numerusform>
            <numerusform>It holds %n resets in that time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>The oldest %n were left out to keep the list to a bounded size.</numerusform>
            <numerusform>The oldest %n were left out to keep the list to a bounded size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) the watch could not take in time, so some resets may be missing.</source>
        <translation>
            <numerusform>The system dropped %n event the watch could not take in time, so some resets may be missing.</numerusform>
            <numerusform>The system dropped %n events the watch could not take in time, so some resets may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch did not write %n reset(s), to keep its log to a bounded size.</source>
        <translation>
            <numerusform>The background watch did not write %n reset, to keep its log to a bounded size.</numerusform>
            <numerusform>The background watch did not write %n resets, to keep its log to a bounded size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the log could not be read (cut off by a crash or a power cut) and were skipped.</source>
        <translation>
            <numerusform>%n line of the log could not be read (cut off by a crash or a power cut) and was skipped.</numerusform>
            <numerusform>%n lines of the log could not be read (cut off by a crash or a power cut) and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetRowsModel</name>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>%n reset</numerusform>
            <numerusform>%n resets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetSenderJudge</name>
    <message numerus="yes">
        <source>%n resets came in a burst with changing sequence numbers, as injecting devices send them</source>
        <translation>
            <numerusform>%n reset came in a burst with changing sequence numbers, as injecting devices send them</numerusform>
            <numerusform>%n resets came in a burst with changing sequence numbers, as injecting devices send them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from %n hop(s) away (TTL %1), but none of the server&apos;s own packets were seen to compare.</source>
        <translation>
            <numerusform>The reset came from %n hop away (TTL %1), but none of the server&apos;s own packets were seen to compare.</numerusform>
            <numerusform>The reset came from %n hops away (TTL %1), but none of the server&apos;s own packets were seen to compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset arrived with TTL %1, from %n hop(s) away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</source>
        <translation>
            <numerusform>The reset arrived with TTL %1, from %n hop away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</numerusform>
            <numerusform>The reset arrived with TTL %1, from %n hops away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hop(s) away.</source>
        <translation>
            <numerusform>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hop away.</numerusform>
            <numerusform>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hops away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from further away (TTL %1, %n hop(s)) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</source>
        <translation>
            <numerusform>The reset came from further away (TTL %1, %n hop) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</numerusform>
            <numerusform>The reset came from further away (TTL %1, %n hops) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWatch</name>
    <message numerus="yes">
        <source>%n reset(s) seen on this computer. The most: %1.</source>
        <translation>
            <numerusform>%n reset seen on this computer. The most: %1.</numerusform>
            <numerusform>%n resets seen on this computer. The most: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWatchRules</name>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s), each after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>%1&apos;s connections to %2 were reset %n time, each after %3 to %4 of quiet.</numerusform>
            <numerusform>%1&apos;s connections to %2 were reset %n times, each after %3 to %4 of quiet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s); %5 of them after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>%1&apos;s connections to %2 were reset %n time; %5 of them after %3 to %4 of quiet.</numerusform>
            <numerusform>%1&apos;s connections to %2 were reset %n times; %5 of them after %3 to %4 of quiet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>Each of the %n reset whose packets were seen came from a device on the way, not from the server.</numerusform>
            <numerusform>Each of the %n resets whose packets were seen came from a device on the way, not from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>%1 of the %n reset whose packets were seen came from a device on the way, not from the server.</numerusform>
            <numerusform>%1 of the %n resets whose packets were seen came from a device on the way, not from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them refused the connection before it was established.</source>
        <translation>
            <numerusform>%n of them refused the connection before it was established.</numerusform>
            <numerusform>%n of them refused the connection before it was established.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 resets of connections to %n different server(s) came within 5 seconds, starting at %2.</source>
        <translation>
            <numerusform>%1 resets of connections to %n different server came within 5 seconds, starting at %2.</numerusform>
            <numerusform>%1 resets of connections to %n different servers came within 5 seconds, starting at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) was of a connection to the proxy server (%1).</source>
        <translation>
            <numerusform>Each of the %n reset was of a connection to the proxy server (%1).</numerusform>
            <numerusform>Each of the %n resets was of a connection to the proxy server (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All traffic goes through the VPN, and %1 of the %n reset(s) came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>All traffic goes through the VPN, and %1 of the %n reset came from a device on the way, not from the server.</numerusform>
            <numerusform>All traffic goes through the VPN, and %1 of the %n resets came from a device on the way, not from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) of %1&apos;s connections to %2 was sent by the server itself.</source>
        <translation>
            <numerusform>Each of the %n reset of %1&apos;s connections to %2 was sent by the server itself.</numerusform>
            <numerusform>Each of the %n resets of %1&apos;s connections to %2 was sent by the server itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 of the %n reset(s) of %1&apos;s connections to %2 were sent by the server itself.</source>
        <translation>
            <numerusform>%3 of the %n reset of %1&apos;s connections to %2 were sent by the server itself.</numerusform>
            <numerusform>%3 of the %n resets of %1&apos;s connections to %2 were sent by the server itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That device is %n hop(s) from you; the server is %1 hops away.</source>
        <translation>
            <numerusform>That device is %n hop from you; the server is %1 hops away.</numerusform>
            <numerusform>That device is %n hops from you; the server is %1 hops away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The refusal&apos;s packets came from a device %n hop(s) from you, not from the server (%1 hops away).</source>
        <translation>
            <numerusform>The refusal&apos;s packets came from a device %n hop from you, not from the server (%1 hops away).</numerusform>
            <numerusform>The refusal&apos;s packets came from a device %n hops from you, not from the server (%1 hops away).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer sent %n reset(s) that ended %1&apos;s connections to %2.</source>
        <translation>
            <numerusform>This computer sent %n reset that ended %1&apos;s connections to %2.</numerusform>
            <numerusform>This computer sent %n resets that ended %1&apos;s connections to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWording</name>
    <message numerus="yes">
        <source>a device %n hop(s) away</source>
        <translation>
            <numerusform>a device %n hop away</numerusform>
            <numerusform>a device %n hops away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n ms</source>
        <translation>
            <numerusform>about %n ms</numerusform>
            <numerusform>about %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>about %n s</numerusform>
            <numerusform>about %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), sent by %3</source>
        <translation>
            <numerusform>%1 → %2: %n reset, sent by %3</numerusform>
            <numerusform>%1 → %2: %n resets, sent by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), mostly sent by %3</source>
        <translation>
            <numerusform>%1 → %2: %n reset, mostly sent by %3</numerusform>
            <numerusform>%1 → %2: %n resets, mostly sent by %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TcpCountersCheck</name>
    <message numerus="yes">
        <source>Connections on this computer were reset while we watched: %1 in %n second(s).</source>
        <translation>
            <numerusform>Connections on this computer were reset while we watched: %1 in %n second.</numerusform>
            <numerusform>Connections on this computer were reset while we watched: %1 in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No connection on this computer was reset while we watched (%n second(s)).</source>
        <translation>
            <numerusform>No connection on this computer was reset while we watched (%n second).</numerusform>
            <numerusform>No connection on this computer was reset while we watched (%n seconds).</numerusform>
        </translation>
    </message>
</context>
</TS>
