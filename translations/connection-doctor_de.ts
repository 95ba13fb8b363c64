<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackgroundWatchService</name>
    <message>
        <source>Asking the system whether the background watch is on...</source>
        <translation>Das System wird gefragt, ob die Hintergrundüberwachung eingeschaltet ist...</translation>
    </message>
    <message>
        <source>This system was not started by systemd, so the background watch (%1) cannot run here.</source>
        <translation>Dieses System wurde nicht von systemd gestartet, daher kann die Hintergrundüberwachung (%1) hier nicht laufen.</translation>
    </message>
    <message>
        <source>The background watch (%1) is not installed: it comes with the connection-doctor package.</source>
        <translation>Die Hintergrundüberwachung (%1) ist nicht installiert: Sie gehört zum Paket connection-doctor.</translation>
    </message>
    <message>
        <source>An administrator has masked the background watch (%1), so it cannot be turned on.</source>
        <translation>Ein Administrator hat die Hintergrundüberwachung (%1) maskiert, daher kann sie nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>The background watch is off: resets are seen only while this app watches.</source>
        <translation>Die Hintergrundüberwachung ist aus: Verbindungsabbrüche werden nur gesehen, solange diese App überwacht.</translation>
    </message>
    <message>
        <source>The background watch is on: it keeps a log of every program&apos;s resets, for 7 days, also while this app is closed.</source>
        <translation>Die Hintergrundüberwachung ist an: Sie protokolliert die Verbindungsabbrüche aller Programme 7 Tage lang, auch wenn diese App geschlossen ist.</translation>
    </message>
    <message>
        <source>The background watch is turned on but is not running; its messages are in journalctl -u %1.</source>
        <translation>Die Hintergrundüberwachung ist eingeschaltet, läuft aber nicht; ihre Meldungen zeigt journalctl -u %1.</translation>
    </message>
    <message>
        <source>The background watch runs now, but is not turned on: it will not start again when the computer does.</source>
        <translation>Die Hintergrundüberwachung läuft gerade, ist aber nicht eingeschaltet: Beim nächsten Start des Computers startet sie nicht wieder.</translation>
    </message>
    <message>
        <source>The background watch is now on.</source>
        <translation>Die Hintergrundüberwachung ist jetzt an.</translation>
    </message>
    <message>
        <source>The background watch is now off.</source>
        <translation>Die Hintergrundüberwachung ist jetzt aus.</translation>
    </message>
    <message>
        <source>Permission was not given, so the background watch was not changed.</source>
        <translation>Die Erlaubnis wurde nicht erteilt, daher wurde die Hintergrundüberwachung nicht geändert.</translation>
    </message>
    <message>
        <source>The background watch could not be turned on (exit status %1).</source>
        <translation>Die Hintergrundüberwachung konnte nicht eingeschaltet werden (Exit-Status %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned off (exit status %1).</source>
        <translation>Die Hintergrundüberwachung konnte nicht ausgeschaltet werden (Exit-Status %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned on: %1</source>
        <translation>Die Hintergrundüberwachung konnte nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>The background watch could not be turned off: %1</source>
        <translation>Die Hintergrundüberwachung konnte nicht ausgeschaltet werden: %1</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: %1 is missing.</source>
        <translation>Die Hintergrundüberwachung kann hier nicht geändert werden: %1 fehlt.</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: its action (%1) is not installed.</source>
        <translation>Die Hintergrundüberwachung kann hier nicht geändert werden: Ihre Aktion (%1) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The background watch is part of Connection Doctor for Linux: here, resets are seen only while this app watches.</source>
        <translation>Die Hintergrundüberwachung gehört zu Connection Doctor für Linux: Hier werden Resets nur gesehen, solange diese App überwacht.</translation>
    </message>
</context>
<context>
    <name>CaptivePortalCheck</name>
    <message>
        <source>No sign-in page test address is configured, so this step was skipped.</source>
        <translation>Es ist keine Testadresse für Anmeldeseiten eingerichtet, daher wurde dieser Schritt übersprungen.</translation>
    </message>
    <message>
        <source>No sign-in page (captive portal) is in the way.</source>
        <translation>Es steht keine Anmeldeseite (Captive Portal) im Weg.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way, as in hotels, trains or guest networks: open a web browser and sign in first.</source>
        <translation>Eine Anmeldeseite steht im Weg, wie in Hotels, Zügen oder Gastnetzwerken: Öffnen Sie einen Webbrowser und melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Whether a sign-in page is in the way could not be tested.</source>
        <translation>Ob eine Anmeldeseite im Weg steht, konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>This step took too long and was stopped after %n seconds.</source>
        <translation>
            <numerusform>Dieser Schritt hat zu lange gedauert und wurde nach %n Sekunde beendet.</numerusform>
            <numerusform>Dieser Schritt hat zu lange gedauert und wurde nach %n Sekunden beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Unknown check &quot;%1&quot;; the checks are %2.</source>
        <translation>Unbekannte Prüfung „%1“; verfügbar sind: %2.</translation>
    </message>
    <message>
        <source>Name at least one check: %1.</source>
        <translation>Geben Sie mindestens eine Prüfung an: %1.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <source>Way out to the internet</source>
        <translation>Weg ins Internet</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Namensserver</translation>
    </message>
    <message>
        <source>Looking up names</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Reaching well-known sites</source>
        <translation>Bekannte Websites erreichen</translation>
    </message>
    <message>
        <source>Sign-in pages</source>
        <translation>Anmeldeseiten</translation>
    </message>
    <message>
        <source>What your system says</source>
        <translation>Was Ihr System meldet</translation>
    </message>
    <message>
        <source>Firewall on this computer</source>
        <translation>Firewall auf diesem Computer</translation>
    </message>
    <message>
        <source>Your service&apos;s port</source>
        <translation>Port Ihres Dienstes</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Large packets</source>
        <translation>Große Pakete</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>With and without the proxy</source>
        <translation>Mit und ohne Proxy</translation>
    </message>
    <message>
        <source>Cut connections on this computer</source>
        <translation>Abgebrochene Verbindungen auf diesem Computer</translation>
    </message>
    <message>
        <source>Many connections at once</source>
        <translation>Viele Verbindungen gleichzeitig</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Upload-Größe</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>Quiet connections</source>
        <translation>Ruhende Verbindungen</translation>
    </message>
    <message>
        <source>What requests ask for</source>
        <translation>Angefragte Inhalte</translation>
    </message>
</context>
<context>
    <name>CheckContextLoader</name>
    <message>
        <source>In the settings file %1: %2</source>
        <translation>In der Einstellungsdatei %1: %2</translation>
    </message>
    <message>
        <source>--proxy takes http://host:port or socks5://host:port, not &quot;%1&quot;.</source>
        <translation>--proxy erwartet http://host:port oder socks5://host:port, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CheckRowList</name>
    <message>
        <source>Results of the checks</source>
        <translation>Ergebnisse der Prüfungen</translation>
    </message>
    <message>
        <source>One row for each check, with what it found; open Details for the technical facts</source>
        <translation>Eine Zeile pro Prüfung mit ihrem Ergebnis; unter „Details“ stehen die technischen Angaben</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Left out by your helpdesk&apos;s profile.</source>
        <translation>Laut Profil Ihres IT-Supports ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Testing... you can move on at any time.</source>
        <translation>Test läuft... Sie können jederzeit weitergehen.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vorzeitig angehalten.</translation>
    </message>
    <message>
        <source>Stop the checks on this page; what was found so far stays</source>
        <translation>Die Prüfungen auf dieser Seite anhalten; bisherige Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <source>Run the checks on this page again from the start</source>
        <translation>Die Prüfungen auf dieser Seite noch einmal von vorn ausführen</translation>
    </message>
    <message>
        <source>Shown while the checks on this page run</source>
        <translation>Wird angezeigt, während die Prüfungen auf dieser Seite laufen</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <source>Show or hide this part</source>
        <translation>Diesen Teil ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Finds out why your connections end with &quot;Connection reset by peer&quot; and what to do about it.</source>
        <translation>Findet heraus, warum Ihre Verbindungen mit „Connection reset by peer“ enden, und was Sie dagegen tun können.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Run without windows and print the results.</source>
        <translation>Ohne Fenster ausführen und die Ergebnisse ausgeben.</translation>
    </message>
    <message>
        <source>The service whose connections fail: host:port, [IPv6]:port, a host name (port 443) or a URL. With --demo, a fault lab scenario name.</source>
        <translation>Der Dienst, dessen Verbindungen fehlschlagen: host:port, [IPv6]:port, ein Hostname (Port 443) oder eine URL. Mit --demo der Name eines Szenarios im Fehlerlabor.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>How many probes to run (default 5).</source>
        <translation>Anzahl der Testverbindungen (Standard: 5).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds between the start of two probes (default 1000).</source>
        <translation>Millisekunden zwischen dem Start zweier Testverbindungen (Standard: 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds each step of a probe may take before it counts as timed out (default 5000).</source>
        <translation>Millisekunden, die jeder Schritt einer Testverbindung dauern darf, bevor er als Zeitüberschreitung gilt (Standard: 5000).</translation>
    </message>
    <message>
        <source>Write the full report as JSON to this file.</source>
        <translation>Den vollständigen Bericht als JSON in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Start the built-in fault lab on this computer and practise on it: works with no network. With --headless and no --target, tours every way a connection can end.</source>
        <translation>Das eingebaute Fehlerlabor auf diesem Computer starten und daran üben: funktioniert ganz ohne Netzwerk. Mit --headless und ohne --target werden alle Arten vorgeführt, wie eine Verbindung enden kann.</translation>
    </message>
    <message>
        <source>Only run the fault lab, print its ports and serve until interrupted (for training and testing).</source>
        <translation>Nur das Fehlerlabor ausführen, seine Ports ausgeben und bis zur Unterbrechung bereitstehen (für Schulungen und Tests).</translation>
    </message>
    <message>
        <source>Run these environment checks: connectivity, firewall, vpn, proxy, counters, or all (comma-separated).</source>
        <translation>Diese Umgebungsprüfungen ausführen: connectivity, firewall, vpn, proxy, counters oder all (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Override an endpoint the checks contact, as key=value (see docs/endpoints.md); may be repeated.</source>
        <translation>Einen Endpunkt, den die Prüfungen kontaktieren, als Schlüssel=Wert überschreiben (siehe docs/endpoints.md); mehrfach möglich.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>Schlüssel=Wert</translation>
    </message>
    <message>
        <source>Compare direct connections with this proxy (http://host:port or socks5://host:port).</source>
        <translation>Direkte Verbindungen mit diesem Proxy vergleichen (http://host:port oder socks5://host:port).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --lab: the IPv4 address to serve on (default 127.0.0.1).</source>
        <translation>Mit --lab: die IPv4-Adresse, auf der das Labor erreichbar ist (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Find the cause: run every check and the active experiments against the target, then name the most likely cause and the fix.</source>
        <translation>Die Ursache finden: alle Prüfungen und aktiven Experimente mit dem Ziel ausführen, dann die wahrscheinlichste Ursache und die Lösung nennen.</translation>
    </message>
    <message>
        <source>Seconds the diagnosis may take (default 120).</source>
        <translation>Sekunden, die die Diagnose dauern darf (Standard: 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Explain an error message you saw, such as &quot;ECONNRESET&quot; or &quot;Connection reset by peer&quot;.</source>
        <translation>Eine Fehlermeldung erklären, die Sie gesehen haben, etwa „ECONNRESET“ oder „Connection reset by peer“.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Watch the target: probe it at a steady pace (--interval) for --duration seconds and count how connections end over time.</source>
        <translation>Das Ziel beobachten: --duration Sekunden lang in gleichmäßigem Takt (--interval) testen und zählen, wie Verbindungen im Lauf der Zeit enden.</translation>
    </message>
    <message>
        <source>Print nothing but errors; the exit status and the report say the rest.</source>
        <translation>Nur Fehler ausgeben; alles Weitere zeigen Exit-Status und Bericht.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Give the service with --target.</source>
        <translation>Unerwartetes Argument „%1“. Geben Sie den Dienst mit --target an.</translation>
    </message>
    <message>
        <source>--listen takes an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--listen erwartet eine IPv4-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--monitor needs the --target to watch.</source>
        <translation>--monitor braucht mit --target das Ziel, das beobachtet werden soll.</translation>
    </message>
    <message>
        <source>--diagnose needs the --target whose connections fail.</source>
        <translation>--diagnose braucht mit --target das Ziel, dessen Verbindungen fehlschlagen.</translation>
    </message>
    <message>
        <source>Write the report to this file, in the format its extension names: .html, .pdf, .json, .txt or .csv. May be given more than once.</source>
        <translation>Den Bericht in diese Datei schreiben, im Format, das die Dateiendung angibt: .html, .pdf, .json, .txt oder .csv. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>Hide these kinds of values in the written reports: a comma list of public-ip, private-ip, host, user, mac, path, or all or none (default none).</source>
        <translation>Diese Arten von Werten in den geschriebenen Berichten ausblenden: eine durch Kommas getrennte Liste aus public-ip, private-ip, host, user, mac, path, oder all oder none (Standard: none).</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Show a saved JSON report as the user saw it (with --headless: print it, or convert it with --report).</source>
        <translation>Einen gespeicherten JSON-Bericht so anzeigen, wie der Nutzer ihn gesehen hat (mit --headless: ausgeben oder mit --report umwandeln).</translation>
    </message>
    <message>
        <source>Start with a helpdesk&apos;s profile: the service, the checks to run, the budgets and a message.</source>
        <translation>Mit dem Profil eines IT-Supports starten: Dienst, auszuführende Prüfungen, Zeitlimits und eine Nachricht.</translation>
    </message>
    <message>
        <source>The language to use: en, de, fr, es, pt_BR or ja (default: the system&apos;s).</source>
        <translation>Die zu verwendende Sprache: en, de, fr, es, pt_BR oder ja (Standard: die Sprache des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>A profile (*.cdprofile) or a saved report (*.json) to open.</source>
        <translation>Ein zu öffnendes Profil (*.cdprofile) oder ein gespeicherter Bericht (*.json).</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Watch every reset any program on this computer gets or sends: which program, which server, and who sent it (see docs/reset-watch.md). Alone, for --duration seconds; with probes, a diagnosis or the monitor, while they run.</source>
        <translation>Jeden Reset überwachen, den ein Programm auf diesem Computer empfängt oder sendet: welches Programm, welcher Server und wer ihn gesendet hat (siehe docs/reset-watch.md). Allein für --duration Sekunden; zusammen mit Testverbindungen, einer Diagnose oder der Langzeitbeobachtung, solange diese laufen.</translation>
    </message>
    <message>
        <source>Seconds the monitor or the reset watch runs (default 60).</source>
        <translation>Laufzeit der Langzeitbeobachtung oder der Reset-Überwachung in Sekunden (Standard: 60).</translation>
    </message>
    <message>
        <source>With --monitor: write the counts per second as CSV to this file. With --watch-resets alone: write every reset as CSV.</source>
        <translation>Mit --monitor: die Zählwerte pro Sekunde als CSV in diese Datei schreiben. Nur mit --watch-resets: jeden Reset als CSV schreiben.</translation>
    </message>
    <message>
        <source>With --diagnose: what you were doing when the connection failed: website, app-error, upload, remote-session or other. With --explain, the diagnosis also weighs the error message you saw.</source>
        <translation>Mit --diagnose: was Sie gerade gemacht haben, als die Verbindung fehlschlug: website, app-error, upload, remote-session oder other. Mit --explain berücksichtigt die Diagnose zusätzlich die Fehlermeldung, die Sie gesehen haben.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>--activity takes one of %1, not &quot;%2&quot;.</source>
        <translation>--activity erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>With --diagnose, or in the wizard: do not start the reset watch (it runs by default where it needs no permission, so that every probe&apos;s reset says who sent it).</source>
        <translation>Mit --diagnose oder im Assistenten: den Reset-Wächter nicht starten (er läuft standardmäßig, wo er keine Berechtigung braucht, damit jeder Reset einer Probe sagt, wer ihn gesendet hat).</translation>
    </message>
    <message>
        <source>Read what the background watch (connection-doctor-watch.service) saw while the app was not open: alone, every program&apos;s resets, printed and written as --watch-resets writes them; with a --target, the resets of that server go into the report too.</source>
        <translation>Liest, was die Hintergrundüberwachung (connection-doctor-watch.service) gesehen hat, während die App nicht geöffnet war: allein die Resets aller Programme, ausgegeben und geschrieben wie bei --watch-resets; mit --target kommen die Resets dieses Servers zusätzlich in den Bericht.</translation>
    </message>
    <message>
        <source>With --reset-history: how far back to read: 1h, 24h or 7d (default 24h).</source>
        <translation>Mit --reset-history: wie weit zurück gelesen wird: 1h, 24h oder 7d (Standard 24h).</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>--since takes one of %1, not &quot;%2&quot;.</source>
        <translation>--since erwartet eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--since and --history-dir go with --reset-history.</source>
        <translation>--since und --history-dir gehören zu --reset-history.</translation>
    </message>
    <message>
        <source>--reset-history reads what the background watch saw; --watch-resets watches from now on. Give one of them.</source>
        <translation>--reset-history liest, was die Hintergrundüberwachung gesehen hat; --watch-resets überwacht ab jetzt. Geben Sie eines davon an.</translation>
    </message>
    <message>
        <source>--headless needs a --target (for example --target www.example.com:443), --checks, --watch-resets or --reset-history.</source>
        <translation>--headless braucht ein --target (zum Beispiel --target www.example.com:443), --checks, --watch-resets oder --reset-history.</translation>
    </message>
    <message>
        <source>With --monitor: keep the monitor&apos;s running log (one line per connection, kept if the app is stopped) in this file instead of the app&apos;s data folder.</source>
        <translation>Mit --monitor: das laufende Protokoll des Monitors (eine Zeile je Verbindung, bleibt erhalten, wenn die App beendet wird) in dieser Datei statt im Datenordner der App führen.</translation>
    </message>
    <message>
        <source>With --reset-history, or in the wizard&apos;s monitor: the background watch&apos;s log directory (default %1).</source>
        <translation>Mit --reset-history oder in der Überwachung des Assistenten: das Protokollverzeichnis der Hintergrundüberwachung (Standard %1).</translation>
    </message>
    <message>
        <source>Turn the background watch (%1) on or off, or say whether it is on: on, off or status. It keeps a log of every program&apos;s resets while the app is closed. Asks for an administrator&apos;s password (pkexec) unless run as root.</source>
        <translation>Die Hintergrundüberwachung (%1) ein- oder ausschalten oder sagen, ob sie an ist: on, off oder status. Sie protokolliert die Verbindungsabbrüche aller Programme, während die App geschlossen ist. Fragt nach dem Passwort eines Administrators (pkexec), außer als root.</translation>
    </message>
    <message>
        <source>
Exit status: 0 when every probe succeeded (with --diagnose: no problem found), 1 when any did not (a problem was found), 2 for bad usage, a bad target or a bad profile. --background-watch: 0 when the watch is (now) on or was turned off as asked, 1 when it could not be changed or is not on.
</source>
        <translation>
Exit-Status: 0, wenn jede Testverbindung erfolgreich war (mit --diagnose: kein Problem gefunden), 1, wenn eine davon nicht erfolgreich war (ein Problem wurde gefunden), 2 bei falscher Verwendung, ungültigem Ziel oder ungültigem Profil. --background-watch: 0, wenn die Überwachung (jetzt) an ist oder wie gewünscht ausgeschaltet wurde, 1, wenn sie nicht geändert werden konnte oder nicht an ist.
</translation>
    </message>
    <message>
        <source>--background-watch takes one of %1, not &quot;%2&quot;.</source>
        <translation>--background-watch nimmt einen der Werte %1, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>DemoTour</name>
    <message>
        <source>the fault lab on this computer</source>
        <translation>das Fehlerlabor auf diesem Computer</translation>
    </message>
    <message>
        <source>Demo: the fault lab serves every way a connection can end, on this computer only.</source>
        <translation>Demo: Das Fehlerlabor zeigt jede Art, wie eine Verbindung enden kann – nur auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>No problem found: every test succeeded. %1</source>
        <translation>Kein Problem gefunden: Alle Tests waren erfolgreich. %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1. First thing to try: %2</source>
        <translation>Wahrscheinlichste Ursache: %1. Erster Schritt: %2</translation>
    </message>
    <message>
        <source>No likely cause found: nothing we saw explains a reset. %1</source>
        <translation>Keine wahrscheinliche Ursache gefunden: Nichts, was wir gesehen haben, erklärt einen Reset. %1</translation>
    </message>
    <message>
        <source>What the tests found: %1. First thing to try: %2</source>
        <translation>Ergebnis der Tests: %1. Erster Schritt: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisSession</name>
    <message>
        <source>Enter the address of your service first.</source>
        <translation>Geben Sie zuerst die Adresse Ihres Dienstes ein.</translation>
    </message>
</context>
<context>
    <name>DiagnosisWizard</name>
    <message>
        <source>Connection Doctor</source>
        <translation>Connection Doctor</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy what was found so far, to paste into an email or a support ticket</source>
        <translation>Die bisherigen Ergebnisse kopieren, um sie in eine E-Mail oder ein Support-Ticket einzufügen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Is this computer connected to the internet?</source>
        <translation>Ist dieser Computer mit dem Internet verbunden?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Is a firewall blocking your service?</source>
        <translation>Blockiert eine Firewall Ihren Dienst?</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Is a VPN in the way?</source>
        <translation>Stört ein VPN die Verbindung?</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Is a proxy server in the way?</source>
        <translation>Stört ein Proxyserver die Verbindung?</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Deeper tests</source>
        <translation>Genauere Tests</translation>
    </message>
    <message>
        <source>Watch over time</source>
        <translation>Langzeitbeobachtung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Go back to the previous step; its results are kept</source>
        <translation>Zum vorherigen Schritt zurückgehen; seine Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Zum nächsten Schritt weitergehen</translation>
    </message>
    <message>
        <source>Close Connection Doctor</source>
        <translation>Connection Doctor schließen</translation>
    </message>
    <message>
        <source>Stop every test and close Connection Doctor</source>
        <translation>Alle Tests beenden und Connection Doctor schließen</translation>
    </message>
    <message>
        <source>The language of the app and of the reports</source>
        <translation>Die Sprache der App und der Berichte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <source>Web addresses cannot be looked up: the name service (DNS) does not answer.</source>
        <translation>Webadressen können nicht aufgelöst werden: Der Namensdienst (DNS) antwortet nicht.</translation>
    </message>
    <message>
        <source>The name %1 cannot be found, although other names can: check that it is spelled right.</source>
        <translation>Der Name %1 wird nicht gefunden, andere Namen aber schon: Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Your service&apos;s name was found, but a well-known name was not: the name service may be filtered.</source>
        <translation>Der Name Ihres Dienstes wurde gefunden, ein bekannter anderer Name aber nicht: Der Namensdienst wird möglicherweise gefiltert.</translation>
    </message>
    <message>
        <source>Names are found, but slowly (%1 seconds).</source>
        <translation>Namen werden gefunden, aber langsam (%1 Sekunden).</translation>
    </message>
    <message>
        <source>Web addresses are looked up correctly.</source>
        <translation>Webadressen werden korrekt aufgelöst.</translation>
    </message>
</context>
<context>
    <name>DnsServersCheck</name>
    <message>
        <source>The list of name servers (DNS) could not be read.</source>
        <translation>Die Liste der Namensserver (DNS) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No name server (DNS) is set, so web addresses cannot be looked up.</source>
        <translation>Es ist kein Namensserver (DNS) eingestellt, daher können Webadressen nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Web addresses are looked up by %1.</source>
        <translation>Webadressen werden von %1 aufgelöst.</translation>
    </message>
    <message>
        <source>The list of name servers is not read on this system; the next step tests name lookups directly.</source>
        <translation>Auf diesem System wird die Liste der Namensserver nicht ausgelesen; der nächste Schritt testet die Namensauflösung direkt.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Reachability endpoints are host:port, separated by commas; &quot;%1&quot; is not.</source>
        <translation>Endpunkte für die Erreichbarkeit haben die Form host:port, durch Kommas getrennt; „%1“ passt nicht dazu.</translation>
    </message>
    <message>
        <source>The reference name must be a host name.</source>
        <translation>Der Referenzname muss ein Hostname sein.</translation>
    </message>
    <message>
        <source>Reference ports are numbers from 1 to 65535, separated by commas; &quot;%1&quot; is not.</source>
        <translation>Referenzports sind Zahlen von 1 bis 65535, durch Kommas getrennt; „%1“ ist keine solche Zahl.</translation>
    </message>
    <message>
        <source>The captive portal URL must be a plain http:// URL; &quot;%1&quot; is not.</source>
        <translation>Die Captive-Portal-URL muss eine einfache http://-URL sein; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>The captive portal status must be an HTTP status from 100 to 599.</source>
        <translation>Der Captive-Portal-Status muss ein HTTP-Statuscode von 100 bis 599 sein.</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot;.</source>
        <translation>Unbekannter Endpunkt „%1“.</translation>
    </message>
    <message>
        <source>--endpoint takes key=value, for example reference_name=intranet.local.</source>
        <translation>--endpoint erwartet Schlüssel=Wert, zum Beispiel reference_name=intranet.local.</translation>
    </message>
</context>
<context>
    <name>ErrorRecognizer</name>
    <message>
        <source>The connection was cut off (reset)</source>
        <translation>Die Verbindung wurde abgebrochen (Reset)</translation>
    </message>
    <message>
        <source>The connection was open, and then the other side, or a device on the way such as a firewall, proxy or load balancer, abruptly cut it off. This is a reset: the conversation was broken off in the middle instead of being ended politely.</source>
        <translation>Die Verbindung stand, doch dann hat die Gegenseite oder ein Gerät auf dem Weg – etwa eine Firewall, ein Proxy oder ein Load Balancer – sie abrupt abgebrochen. Das ist ein Reset: Das Gespräch wurde mittendrin gekappt, statt ordentlich beendet zu werden.</translation>
    </message>
    <message>
        <source>The server turned the connection away (refused)</source>
        <translation>Der Server hat die Verbindung abgewiesen (refused)</translation>
    </message>
    <message>
        <source>The computer at that address was reached, but nothing there accepted the connection: the service may be stopped, listening elsewhere, or blocked. This is not a reset: the connection never started, so nothing was cut off.</source>
        <translation>Der Computer unter dieser Adresse wurde erreicht, aber dort hat nichts die Verbindung angenommen: Der Dienst ist vielleicht gestoppt, läuft auf einem anderen Port oder wird blockiert. Das ist kein Reset: Die Verbindung kam nie zustande, also wurde auch nichts abgebrochen.</translation>
    </message>
    <message>
        <source>No answer came in time (timed out)</source>
        <translation>Keine Antwort in der erlaubten Zeit (timed out)</translation>
    </message>
    <message>
        <source>The program waited for the other side, but no answer came within the time allowed. The server may be down or overloaded, or a firewall may be silently dropping the traffic. This is not a reset: nothing was cut off, there was only silence.</source>
        <translation>Das Programm hat auf die Gegenseite gewartet, aber in der erlaubten Zeit kam keine Antwort. Der Server ist vielleicht ausgefallen oder überlastet, oder eine Firewall verwirft die Daten stillschweigend. Das ist kein Reset: Nichts wurde abgebrochen, es herrschte nur Stille.</translation>
    </message>
    <message>
        <source>Sending failed because the other side had already hung up (broken pipe)</source>
        <translation>Senden fehlgeschlagen, weil die Gegenseite schon aufgelegt hatte (broken pipe)</translation>
    </message>
    <message>
        <source>The program tried to send data on a connection that the other side had already closed. Usually the other side gave up first, for example after waiting too long, and the program only noticed when it next tried to send. This is not a reset itself, although it can follow one.</source>
        <translation>Das Programm wollte Daten über eine Verbindung senden, die die Gegenseite bereits geschlossen hatte. Meist hat die Gegenseite zuerst aufgegeben, etwa nach zu langem Warten, und das Programm hat es erst beim nächsten Sendeversuch bemerkt. Das ist selbst kein Reset, kann aber auf einen folgen.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation>Der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The name of the server could not be turned into an address, so no connection was even tried. The name may be misspelt, or the name service (DNS) of this network may not be working. This is not a reset.</source>
        <translation>Der Servername konnte nicht in eine Adresse umgewandelt werden, daher wurde gar keine Verbindung versucht. Vielleicht ist der Name falsch geschrieben, oder der Namensdienst (DNS) dieses Netzwerks funktioniert nicht. Das ist kein Reset.</translation>
    </message>
    <message>
        <source>The secure connection was cut off while it was being set up</source>
        <translation>Die sichere Verbindung wurde beim Aufbau abgebrochen</translation>
    </message>
    <message>
        <source>The connection was made, but while the two sides were setting up encryption, the other side or a device on the way ended it without a word. Filters and firewalls that inspect secure traffic often do this; to the user it looks much like a reset.</source>
        <translation>Die Verbindung kam zustande, doch während beide Seiten die Verschlüsselung einrichteten, hat die Gegenseite oder ein Gerät auf dem Weg sie kommentarlos beendet. Filter und Firewalls, die verschlüsselten Datenverkehr prüfen, tun das oft; für den Nutzer sieht es fast wie ein Reset aus.</translation>
    </message>
    <message>
        <source>The two sides could not agree on a secure connection</source>
        <translation>Beide Seiten konnten sich nicht auf eine sichere Verbindung einigen</translation>
    </message>
    <message>
        <source>The server was reached, but setting up encryption failed: the two sides did not agree on how to encrypt, one of them turned the other down, or that port does not expect encrypted traffic at all. This is not a reset: the other side said no on purpose.</source>
        <translation>Der Server wurde erreicht, aber die Verschlüsselung ließ sich nicht einrichten: Beide Seiten haben sich nicht auf ein Verfahren geeinigt, eine Seite hat die andere abgelehnt, oder dieser Port erwartet gar keinen verschlüsselten Datenverkehr. Das ist kein Reset: Die Gegenseite hat absichtlich abgelehnt.</translation>
    </message>
    <message>
        <source>The other side ended the connection early</source>
        <translation>Die Gegenseite hat die Verbindung vorzeitig beendet</translation>
    </message>
    <message>
        <source>The other side closed the connection before the conversation was finished, for example before it sent an answer. It ended it in the normal way rather than cutting it off, so this is not a reset, although some programs report it as one.</source>
        <translation>Die Gegenseite hat die Verbindung geschlossen, bevor der Austausch fertig war, zum Beispiel bevor sie eine Antwort geschickt hat. Sie hat sie auf normalem Weg beendet und nicht abgebrochen, es ist also kein Reset, auch wenn manche Programme es so melden.</translation>
    </message>
</context>
<context>
    <name>EtwResetSource</name>
    <message>
        <source>Watching every program&apos;s resets on Windows needs Connection Doctor to run as an administrator (or a member of Performance Log Users). The system&apos;s reset counters are shown instead.</source>
        <translation>Um die Resets aller Programme unter Windows zu beobachten, muss Connection Doctor als Administrator laufen (oder als Mitglied der Gruppe „Leistungsprotokollbenutzer“). Stattdessen werden die Reset-Zähler des Systems gezeigt.</translation>
    </message>
    <message>
        <source>Windows did not start the event trace the reset watch reads (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows hat die Ereignisablaufverfolgung, die die Reset-Beobachtung liest, nicht gestartet (Fehler %1). Stattdessen werden die Reset-Zähler des Systems gezeigt.</translation>
    </message>
    <message>
        <source>Windows did not let the reset watch read its network events (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows hat der Reset-Beobachtung nicht erlaubt, seine Netzwerkereignisse zu lesen (Fehler %1). Stattdessen werden die Reset-Zähler des Systems gezeigt.</translation>
    </message>
    <message>
        <source>Windows&apos; network events name the connection a reset ended, not the packet, so who sent it (the server or a device on the way) cannot be told here.</source>
        <translation>Die Netzwerkereignisse von Windows nennen die Verbindung, die ein Reset beendet hat, nicht das Paket; wer ihn gesendet hat (der Server oder ein Gerät auf dem Weg), lässt sich hier nicht sagen.</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>S&amp;tart the tests</source>
        <translation>&amp;Tests starten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Now we test your service itself: how long a quiet connection lasts, how large an upload may be, and what happens with many connections at once. Choose how long the tests may take.</source>
        <translation>Jetzt testen wir Ihren Dienst selbst: wie lange eine ruhende Verbindung hält, wie groß ein Upload sein darf und was bei vielen gleichzeitigen Verbindungen passiert. Wählen Sie, wie lange die Tests dauern dürfen.</translation>
    </message>
    <message>
        <source>&amp;Quick (about 1 minute)</source>
        <translation>S&amp;chnell (etwa 1 Minute)</translation>
    </message>
    <message>
        <source>Stan&amp;dard (about 2 minutes)</source>
        <translation>Stan&amp;dard (etwa 2 Minuten)</translation>
    </message>
    <message>
        <source>Th&amp;orough (about 5 minutes)</source>
        <translation>&amp;Gründlich (etwa 5 Minuten)</translation>
    </message>
    <message>
        <source>Progress of the tests</source>
        <translation>Fortschritt der Tests</translation>
    </message>
    <message>
        <source>At most %1:%2 left</source>
        <translation>Noch höchstens %1:%2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Run the tests &amp;again</source>
        <translation>Tests &amp;erneut starten</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How long the tests may take: longer tests find longer timeouts</source>
        <translation>Wie lange die Tests dauern dürfen: Längere Tests finden auch längere Zeitlimits</translation>
    </message>
    <message>
        <source>Stop the tests; what was found so far stays</source>
        <translation>Die Tests anhalten; bisherige Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <source>Start the tests against your service</source>
        <translation>Die Tests mit Ihrem Dienst starten</translation>
    </message>
    <message>
        <source>How much of the time the tests may take has passed</source>
        <translation>Wie viel der für die Tests verfügbaren Zeit schon vergangen ist</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Choose what to hide before you share this report. Below is exactly what will be shared.</source>
        <translation>Wählen Sie, was ausgeblendet werden soll, bevor Sie diesen Bericht weitergeben. Unten sehen Sie genau, was weitergegeben wird.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Replace these in the report with placeholders such as [host-1]</source>
        <translation>Diese Angaben im Bericht durch Platzhalter wie [host-1] ersetzen</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Was weitergegeben wird</translation>
    </message>
    <message>
        <source>The report exactly as it will be saved, with the chosen values hidden</source>
        <translation>Der Bericht genau so, wie er gespeichert wird; die gewählten Werte sind ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>Bericht &amp;speichern...</translation>
    </message>
    <message>
        <source>Choose where to save the report and in which format</source>
        <translation>Wählen Sie, wo und in welchem Format der Bericht gespeichert wird</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>What will be shared:</source>
        <translation>Was weitergegeben wird:</translation>
    </message>
    <message>
        <source>Values hidden: %1</source>
        <translation>Ausgeblendete Werte: %1</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>This computer is not connected to the internet</source>
        <translation>Dieser Computer ist nicht mit dem Internet verbunden</translation>
    </message>
    <message>
        <source>Your computer has no working connection to the internet at the moment, so no service can be reached. This is not a fault of the service you were using.</source>
        <translation>Ihr Computer hat zurzeit keine funktionierende Internetverbindung, daher ist kein Dienst erreichbar. Der Fehler liegt nicht bei dem Dienst, den Sie benutzt haben.</translation>
    </message>
    <message>
        <source>Check that Wi-Fi is switched on and connected, or that the network cable is plugged in.</source>
        <translation>Prüfen Sie, ob das WLAN eingeschaltet und verbunden ist oder ob das Netzwerkkabel eingesteckt ist.</translation>
    </message>
    <message>
        <source>Restart your router, wait two minutes, and try again.</source>
        <translation>Starten Sie Ihren Router neu, warten Sie zwei Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>If other devices on the same network cannot reach the internet either, call your internet provider.</source>
        <translation>Wenn auch andere Geräte im selben Netzwerk nicht ins Internet kommen, rufen Sie Ihren Internetanbieter an.</translation>
    </message>
    <message>
        <source>Check the interface state, the default route and the gateway listed in the report&apos;s connectivity checks.</source>
        <translation>Prüfen Sie den Schnittstellenstatus, die Standardroute und das Gateway, die in den Konnektivitätsprüfungen des Berichts aufgeführt sind.</translation>
    </message>
    <message>
        <source>Check DHCP leases and the upstream link.</source>
        <translation>Prüfen Sie die DHCP-Leases und die Uplink-Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found</source>
        <translation>Der Name des Servers wird nicht gefunden</translation>
    </message>
    <message>
        <source>Web addresses cannot be looked up</source>
        <translation>Webadressen können nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>Other names can be looked up, but this one cannot: it may be misspelled, or it may no longer exist.</source>
        <translation>Andere Namen lassen sich auflösen, dieser aber nicht: Vielleicht ist er falsch geschrieben oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Your computer cannot turn names like www.example.com into addresses, because the name service (DNS) it uses does not answer. Every connection by name fails.</source>
        <translation>Ihr Computer kann Namen wie www.example.com nicht in Adressen umwandeln, weil der verwendete Namensdienst (DNS) nicht antwortet. Jede Verbindung über einen Namen schlägt fehl.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse.</translation>
    </message>
    <message>
        <source>Ask whoever gave you the address whether it is still valid.</source>
        <translation>Fragen Sie dort, woher Sie die Adresse haben, ob sie noch gültig ist.</translation>
    </message>
    <message>
        <source>Restart your router and your computer.</source>
        <translation>Starten Sie Ihren Router und Ihren Computer neu.</translation>
    </message>
    <message>
        <source>If you use a VPN, switch it off and try again.</source>
        <translation>Wenn Sie ein VPN nutzen, schalten Sie es aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the DNS servers listed in the report and that they answer on port 53.</source>
        <translation>Prüfen Sie die im Bericht aufgeführten DNS-Server und ob sie auf Port 53 antworten.</translation>
    </message>
    <message>
        <source>Check the zone of the name; query it directly with dig or nslookup.</source>
        <translation>Prüfen Sie die Zone des Namens; fragen Sie ihn direkt mit dig oder nslookup ab.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way</source>
        <translation>Eine Anmeldeseite steht im Weg</translation>
    </message>
    <message>
        <source>The network you are on (in a hotel, on a train, a guest network) wants you to sign in or accept terms on a web page first. Until then it cuts off or redirects connections.</source>
        <translation>Das Netzwerk, in dem Sie sind (im Hotel, im Zug, ein Gastnetzwerk), verlangt, dass Sie sich zuerst auf einer Webseite anmelden oder Nutzungsbedingungen akzeptieren. Bis dahin bricht es Verbindungen ab oder leitet sie um.</translation>
    </message>
    <message>
        <source>Open a web browser and go to any web site: the sign-in page should appear. Sign in, then try again.</source>
        <translation>Öffnen Sie einen Webbrowser und rufen Sie eine beliebige Website auf: Die Anmeldeseite sollte erscheinen. Melden Sie sich an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Whitelist the service in the captive portal, or let the device authenticate before use.</source>
        <translation>Geben Sie den Dienst im Captive Portal frei oder lassen Sie das Gerät sich vor der Nutzung authentifizieren.</translation>
    </message>
    <message>
        <source>The service is not running, or not on this port</source>
        <translation>Der Dienst läuft nicht oder nicht auf diesem Port</translation>
    </message>
    <message>
        <source>The server itself answers that nothing accepts connections on this port. The service may be stopped, crashed, or moved to another port.</source>
        <translation>Der Server selbst antwortet, dass auf diesem Port nichts Verbindungen annimmt. Der Dienst ist vielleicht gestoppt, abgestürzt oder auf einen anderen Port umgezogen.</translation>
    </message>
    <message>
        <source>Check that the address and port are right.</source>
        <translation>Prüfen Sie, ob Adresse und Port stimmen.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that it refuses connections.</source>
        <translation>Teilen Sie dem Administrator des Dienstes mit, dass der Dienst Verbindungen abweist.</translation>
    </message>
    <message>
        <source>Check that the service is running and listening on the port (ss -ltnp, netstat -an).</source>
        <translation>Prüfen Sie, ob der Dienst läuft und auf dem Port lauscht (ss -ltnp, netstat -an).</translation>
    </message>
    <message>
        <source>Check the server&apos;s own firewall and any security group in front of it.</source>
        <translation>Prüfen Sie die Firewall des Servers selbst und alle vorgeschalteten Security Groups.</translation>
    </message>
    <message>
        <source>A firewall blocks this connection</source>
        <translation>Eine Firewall blockiert diese Verbindung</translation>
    </message>
    <message>
        <source>The connection is turned away by something close to you — a firewall or security program on this computer, or your network&apos;s firewall — before it reaches the server. Other ports on the same server work.</source>
        <translation>Die Verbindung wird von etwas in Ihrer Nähe abgewiesen – einer Firewall oder einem Sicherheitsprogramm auf diesem Computer oder der Firewall Ihres Netzwerks –, bevor sie den Server erreicht. Andere Ports auf demselben Server funktionieren.</translation>
    </message>
    <message>
        <source>Connections to this port are blocked on the way while other ports on the same server work: a firewall rule for this port.</source>
        <translation>Verbindungen zu diesem Port werden unterwegs blockiert, während andere Ports auf demselben Server funktionieren: eine Firewall-Regel für diesen Port.</translation>
    </message>
    <message>
        <source>If you have a security program or firewall, allow the program you use, or pause the security program briefly to test.</source>
        <translation>Wenn Sie ein Sicherheitsprogramm oder eine Firewall haben, erlauben Sie dort das Programm, das Sie verwenden, oder pausieren Sie das Sicherheitsprogramm kurz zum Testen.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, your network blocks it.</source>
        <translation>Versuchen Sie es über ein anderes Netzwerk (z. B. einen Handy-Hotspot): Wenn es dort funktioniert, blockiert Ihr Netzwerk die Verbindung.</translation>
    </message>
    <message>
        <source>Look for a rule that rejects or drops the port in the local firewall (nft list ruleset, Windows Defender Firewall) and on the network&apos;s firewall.</source>
        <translation>Suchen Sie in der lokalen Firewall (nft list ruleset, Windows Defender Firewall) und in der Netzwerk-Firewall nach einer Regel, die den Port ablehnt oder verwirft.</translation>
    </message>
    <message>
        <source>Adjust the firewall rule to allow the destination port, then run the diagnosis again.</source>
        <translation>Passen Sie die Firewall-Regel so an, dass der Zielport erlaubt ist, und führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <source>The proxy server blocks or breaks the connection</source>
        <translation>Der Proxyserver blockiert oder unterbricht die Verbindung</translation>
    </message>
    <message>
        <source>Your connections go through a proxy server, and the proxy refuses or cuts off connections to this service, while a direct connection works.</source>
        <translation>Ihre Verbindungen laufen über einen Proxyserver, und dieser lehnt Verbindungen zu diesem Dienst ab oder bricht sie ab, während eine direkte Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Ask your IT department to allow this service through the proxy.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, diesen Dienst im Proxy freizugeben.</translation>
    </message>
    <message>
        <source>To test, bypass the proxy for this address (add it to the proxy exceptions).</source>
        <translation>Umgehen Sie zum Testen den Proxy für diese Adresse (tragen Sie sie in die Proxy-Ausnahmen ein).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s access rules and allowed ports for this destination (for HTTP CONNECT, the allowed ports list).</source>
        <translation>Prüfen Sie die Zugriffsregeln und erlaubten Ports des Proxys für dieses Ziel (bei HTTP CONNECT die Liste der erlaubten Ports).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s logs for the refusal quoted in the evidence.</source>
        <translation>Suchen Sie in den Logs des Proxys nach der Ablehnung, die in den Befunden zitiert ist.</translation>
    </message>
    <message>
        <source>Large packets get lost in the VPN or tunnel</source>
        <translation>Große Pakete gehen im VPN oder Tunnel verloren</translation>
    </message>
    <message>
        <source>The VPN may be cutting the connection</source>
        <translation>Das VPN bricht möglicherweise die Verbindung ab</translation>
    </message>
    <message>
        <source>Small messages get through, but large ones get stuck: the VPN or tunnel cannot carry full-sized packets and drops them. Uploads and downloads stall and then break.</source>
        <translation>Kleine Nachrichten kommen durch, große bleiben hängen: Das VPN oder der Tunnel kann keine Pakete in voller Größe transportieren und verwirft sie. Uploads und Downloads stocken und brechen dann ab.</translation>
    </message>
    <message>
        <source>A VPN is switched on and carries your traffic; VPNs often end idle or busy connections on their own.</source>
        <translation>Ein VPN ist eingeschaltet und leitet Ihren Datenverkehr; VPNs beenden inaktive oder stark ausgelastete Verbindungen oft von sich aus.</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department.</source>
        <translation>Schalten Sie das VPN aus und versuchen Sie es erneut; wenn es dann funktioniert, informieren Sie den VPN-Anbieter oder Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Lower the tunnel&apos;s MTU (for example to 1400), or enable MSS clamping on the VPN gateway.</source>
        <translation>Senken Sie die MTU des Tunnels (zum Beispiel auf 1400) oder aktivieren Sie MSS-Clamping am VPN-Gateway.</translation>
    </message>
    <message>
        <source>Check that ICMP &quot;fragmentation needed&quot; messages are not blocked on the path.</source>
        <translation>Stellen Sie sicher, dass ICMP-Meldungen „fragmentation needed“ auf dem Pfad nicht blockiert werden.</translation>
    </message>
    <message>
        <source>This happens after pauses: if the program has a &quot;keep alive&quot; or &quot;reconnect&quot; setting, switch it on.</source>
        <translation>Das passiert nach Pausen: Wenn das Programm eine Einstellung wie „Keep-Alive“ oder „Automatisch neu verbinden“ hat, schalten Sie sie ein.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s support the number above: it is the cause.</source>
        <translation>Nennen Sie dem Support des Dienstes die Zahl oben: Sie ist die Ursache.</translation>
    </message>
    <message>
        <source>Or raise the idle timeout on the server, load balancer or firewall (for example nginx keepalive_timeout, an AWS ELB idle timeout, a NAT or firewall session timeout).</source>
        <translation>Oder erhöhen Sie den Idle-Timeout auf dem Server, dem Load Balancer oder der Firewall (zum Beispiel nginx keepalive_timeout, den Idle-Timeout eines AWS ELB, den Session-Timeout von NAT oder Firewall).</translation>
    </message>
    <message>
        <source>Make clients reconnect and retry, with exponential backoff, when a pooled connection turns out dead.</source>
        <translation>Lassen Sie Clients sich neu verbinden und es mit exponentiellem Backoff erneut versuchen, wenn sich eine Verbindung aus dem Pool als tot erweist.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off</source>
        <translation>Uploads über etwa %1 werden abgebrochen</translation>
    </message>
    <message>
        <source>Try with a smaller file or fewer items at once.</source>
        <translation>Versuchen Sie es mit einer kleineren Datei oder weniger Elementen auf einmal.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator the size limit above.</source>
        <translation>Teilen Sie dem Administrator des Dienstes die oben genannte Größengrenze mit.</translation>
    </message>
    <message>
        <source>Raise the request size limit: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, or the limit of the proxy or web application firewall in front.</source>
        <translation>Erhöhen Sie die maximale Anfragegröße: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength oder das Limit des vorgeschalteten Proxys bzw. der Web Application Firewall.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to cutting the connection, so clients can say why.</source>
        <translation>Antworten Sie besser mit 413 Payload Too Large, statt die Verbindung abzubrechen, damit Clients den Grund nennen können.</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>Der Server ist überlastet</translation>
    </message>
    <message>
        <source>The more connections there are at the same time, the more of them the server cuts off: it is overloaded or limits how many clients it serves at once.</source>
        <translation>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon bricht der Server ab: Er ist überlastet oder begrenzt, wie viele Clients er gleichzeitig bedient.</translation>
    </message>
    <message>
        <source>Try again later, outside busy hours.</source>
        <translation>Versuchen Sie es später noch einmal, außerhalb der Stoßzeiten.</translation>
    </message>
    <message>
        <source>If your program makes many connections at once, reduce them.</source>
        <translation>Wenn Ihr Programm viele Verbindungen gleichzeitig aufbaut, verringern Sie deren Zahl.</translation>
    </message>
    <message>
        <source>Check the server&apos;s load, connection limits and accept queue (listen backlog, worker count, rate limits).</source>
        <translation>Prüfen Sie die Last des Servers, die Verbindungslimits und die Accept-Queue (Listen-Backlog, Anzahl der Worker, Rate-Limits).</translation>
    </message>
    <message>
        <source>Add capacity, or raise the limits; make clients retry with exponential backoff.</source>
        <translation>Erhöhen Sie die Kapazität oder die Limits; lassen Sie Clients es mit exponentiellem Backoff erneut versuchen.</translation>
    </message>
    <message>
        <source>If you are on Wi-Fi, move closer to the router or try a cable.</source>
        <translation>Wenn Sie WLAN nutzen, gehen Sie näher an den Router oder versuchen Sie es mit einem Kabel.</translation>
    </message>
    <message>
        <source>Restart your router; if it keeps happening, call your internet provider.</source>
        <translation>Starten Sie Ihren Router neu; wenn es weiter passiert, rufen Sie Ihren Internetanbieter an.</translation>
    </message>
    <message>
        <source>Make clients retry with exponential backoff.</source>
        <translation>Lassen Sie Clients es mit exponentiellem Backoff erneut versuchen.</translation>
    </message>
    <message>
        <source>Secure connections to this site are being filtered</source>
        <translation>Sichere Verbindungen zu dieser Website werden gefiltert</translation>
    </message>
    <message>
        <source>When your computer asks for a secure connection to this site by name, something on the way cuts it off; the same request with another name goes through. A filter (security software, a company or country firewall) is reading the name.</source>
        <translation>Wenn Ihr Computer eine sichere Verbindung zu dieser Website unter ihrem Namen anfragt, bricht etwas auf dem Weg sie ab; dieselbe Anfrage mit einem anderen Namen kommt durch. Ein Filter (Sicherheitssoftware, eine Firmen- oder Landes-Firewall) liest den Namen mit.</translation>
    </message>
    <message>
        <source>If you have security software that checks web traffic, switch that feature off briefly to test.</source>
        <translation>Wenn Sie Sicherheitssoftware haben, die den Webverkehr prüft, schalten Sie diese Funktion zum Testen kurz aus.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot).</source>
        <translation>Versuchen Sie es über ein anderes Netzwerk (z. B. einen Handy-Hotspot).</translation>
    </message>
    <message>
        <source>Check web filtering and TLS inspection rules for this host name on firewalls and security software.</source>
        <translation>Prüfen Sie auf Firewalls und in der Sicherheitssoftware die Regeln für Webfilter und TLS-Inspektion zu diesem Hostnamen.</translation>
    </message>
    <message>
        <source>The server cuts off every connection right away</source>
        <translation>Der Server bricht jede Verbindung sofort ab</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator: connections are reset as soon as they open.</source>
        <translation>Teilen Sie dem Administrator des Dienstes mit: Verbindungen werden sofort nach dem Aufbau abgebrochen (Reset).</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the time of the test; look for crashes, restarts, or access rules that reject this client.</source>
        <translation>Prüfen Sie die Logs der Anwendung zum Zeitpunkt des Tests; suchen Sie nach Abstürzen, Neustarts oder Zugriffsregeln, die diesen Client ablehnen.</translation>
    </message>
    <message>
        <source>Check connection limits (per-IP limits, fail2ban, rate limiting).</source>
        <translation>Prüfen Sie die Verbindungslimits (Limits pro IP, fail2ban, Rate-Limiting).</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message>
        <source>Every test we ran succeeded: the connection works right now. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Alle Tests waren erfolgreich: Die Verbindung funktioniert im Moment. Wenn das Problem nur ab und zu auftritt, lassen Sie die Überwachung laufen, während Sie arbeiten, um es zu erwischen.</translation>
    </message>
    <message>
        <source>Keep the monitor running, and run the diagnosis again as soon as the error appears.</source>
        <translation>Lassen Sie die Überwachung weiterlaufen und starten Sie die Diagnose erneut, sobald der Fehler auftritt.</translation>
    </message>
    <message>
        <source>Compare the server&apos;s logs with the times the user saw the error.</source>
        <translation>Vergleichen Sie die Logs des Servers mit den Zeitpunkten, zu denen der Nutzer den Fehler gesehen hat.</translation>
    </message>
    <message>
        <source>A device on the way cuts your connections</source>
        <translation>Ein Gerät auf dem Weg bricht Ihre Verbindungen ab</translation>
    </message>
    <message numerus="yes">
        <source>The connections are cut off by a device %n hop(s) from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</source>
        <translation>
            <numerusform>Die Verbindungen werden von einem Gerät abgebrochen, das %n Hop von Ihnen entfernt ist – einer Firewall, einem Filter, einem Proxy oder einem Sicherheitsgerät auf dem Weg –, nicht vom Server, der %1 Hops entfernt ist.</numerusform>
            <numerusform>Die Verbindungen werden von einem Gerät abgebrochen, das %n Hops von Ihnen entfernt ist – einer Firewall, einem Filter, einem Proxy oder einem Sicherheitsgerät auf dem Weg –, nicht vom Server, der %1 Hops entfernt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections are cut off by a device on the way — a firewall, filter, proxy or security appliance — not by the server.</source>
        <translation>Die Verbindungen werden von einem Gerät auf dem Weg abgebrochen – einer Firewall, einem Filter, einem Proxy oder einem Sicherheitsgerät –, nicht vom Server.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a device on your network cuts the connections.</source>
        <translation>Versuchen Sie es über ein anderes Netzwerk (z. B. einen Handy-Hotspot): Wenn es dort funktioniert, bricht ein Gerät in Ihrem Netzwerk die Verbindungen ab.</translation>
    </message>
    <message>
        <source>Find the device at that distance (traceroute to the server) and look in its logs for the resets; firewalls, intrusion prevention and web filters send them.</source>
        <translation>Suchen Sie das Gerät in dieser Entfernung (Traceroute zum Server) und in seinen Logs nach den Resets; Firewalls, Intrusion-Prevention-Systeme und Webfilter senden sie.</translation>
    </message>
    <message>
        <source>Adjust the rule that resets these connections, then watch again.</source>
        <translation>Passen Sie die Regel an, die diese Verbindungen abbricht, und starten Sie dann die Reset-Überwachung erneut.</translation>
    </message>
    <message>
        <source>The server itself resets %1&apos;s connections</source>
        <translation>Der Server selbst bricht die Verbindungen von %1 ab (Reset)</translation>
    </message>
    <message>
        <source>The resets come from the server (%1) itself, not from a device on the way: its software, or something on the server, ends these connections.</source>
        <translation>Die Resets kommen vom Server (%1) selbst, nicht von einem Gerät auf dem Weg: Seine Software oder etwas anderes auf dem Server beendet diese Verbindungen.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator when the resets happened: the times are in the report.</source>
        <translation>Teilen Sie dem Administrator des Dienstes mit, wann die Resets aufgetreten sind: Die Zeitpunkte stehen im Bericht.</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the times of the resets; look for crashes, restarts, timeouts, or access rules that reject this client.</source>
        <translation>Prüfen Sie die Logs der Anwendung zu den Zeitpunkten der Resets; suchen Sie nach Abstürzen, Neustarts, Timeouts oder Zugriffsregeln, die diesen Client ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are closed after about %n second(s)</source>
        <translation>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunde geschlossen</numerusform>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunden geschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are forgotten after about %n second(s)</source>
        <translation>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunde vergessen</numerusform>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunden vergessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</source>
        <translation>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunde lang nichts läuft, vergisst ein Gerät auf dem Weg (eine Firewall oder ein NAT-Router) oder der Server sie. Während der Pause passiert nichts; die erste Nachricht, die danach gesendet wird, wird mit einem Reset beantwortet.</numerusform>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunden lang nichts läuft, vergisst ein Gerät auf dem Weg (eine Firewall oder ein NAT-Router) oder der Server sie. Während der Pause passiert nichts; die erste Nachricht, die danach gesendet wird, wird mit einem Reset beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are silently dropped after about %n second(s)</source>
        <translation>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunde stillschweigend verworfen</numerusform>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunden stillschweigend verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</source>
        <translation>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunde lang nichts läuft, vergisst ein Gerät auf dem Weg (ein Router oder eine Firewall) sie, ohne jemandem Bescheid zu geben. Die erste Nachricht nach der Pause bekommt überhaupt keine Antwort, und das Programm wartet, bis es aufgibt.</numerusform>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunden lang nichts läuft, vergisst ein Gerät auf dem Weg (ein Router oder eine Firewall) sie, ohne jemandem Bescheid zu geben. Die erste Nachricht nach der Pause bekommt überhaupt keine Antwort, und das Programm wartet, bis es aufgibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are cut off after about %n second(s)</source>
        <translation>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunde abgebrochen</numerusform>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunden abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %1, a device %n hop(s) from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</source>
        <translation>
            <numerusform>Wenn über eine Verbindung etwa %1 lang nichts läuft, bricht ein Gerät, das %n Hop von Ihnen entfernt ist (ein Router, ein NAT-Gerät oder eine Firewall), sie mit einem Reset ab – nicht der Server.</numerusform>
            <numerusform>Wenn über eine Verbindung etwa %1 lang nichts läuft, bricht ein Gerät, das %n Hops von Ihnen entfernt ist (ein Router, ein NAT-Gerät oder eine Firewall), sie mit einem Reset ab – nicht der Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.</source>
        <translation>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunde lang nichts läuft, bricht der Server oder ein vorgeschaltetes Gerät (ein Load Balancer oder eine Firewall) sie mit einem Reset ab, noch während der Pause.</numerusform>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunden lang nichts läuft, bricht der Server oder ein vorgeschaltetes Gerät (ein Load Balancer oder eine Firewall) sie mit einem Reset ab, noch während der Pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable TCP keep-alive (or application pings) every %n second(s) or less, below the idle timeout of about %1.</source>
        <translation>
            <numerusform>Aktivieren Sie TCP-Keep-Alive (oder Pings auf Anwendungsebene) im Abstand von höchstens %n Sekunde, also unterhalb des Idle-Timeouts von etwa %1.</numerusform>
            <numerusform>Aktivieren Sie TCP-Keep-Alive (oder Pings auf Anwendungsebene) im Abstand von höchstens %n Sekunden, also unterhalb des Idle-Timeouts von etwa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused</source>
        <translation>Uploads über etwa %1 werden abgewiesen</translation>
    </message>
    <message>
        <source>The server accepts requests up to about %1 and answers larger ones with &quot;413 Payload Too Large&quot;: it says no, and the connection is not cut off. Smaller requests work.</source>
        <translation>Der Server nimmt Anfragen bis etwa %1 an und beantwortet größere mit „413 Payload Too Large“: Er lehnt ab, und die Verbindung wird nicht abgebrochen. Kleinere Anfragen funktionieren.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped</source>
        <translation>Uploads über etwa %1 werden gestoppt</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and closes the connection while a larger one is still being sent, without an answer. Smaller requests work.</source>
        <translation>Der Server (oder etwas davor) nimmt Anfragen bis etwa %1 an und schließt die Verbindung ohne Antwort, während eine größere noch gesendet wird. Kleinere Anfragen funktionieren.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to closing the connection, so clients can say why.</source>
        <translation>Antworten Sie besser mit 413 Payload Too Large, statt die Verbindung zu schließen, damit Clients den Grund nennen können.</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and cuts off anything larger with a reset, halfway through sending. Smaller requests work.</source>
        <translation>Der Server (oder etwas davor) nimmt Anfragen bis etwa %1 an und bricht alles Größere mitten im Senden mit einem Reset ab. Kleinere Anfragen funktionieren.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off at random</source>
        <translation>Etwa %1 % der Verbindungen werden zufällig abgebrochen</translation>
    </message>
    <message>
        <source>The network connection may be unstable</source>
        <translation>Die Netzwerkverbindung ist möglicherweise instabil</translation>
    </message>
    <message>
        <source>This computer&apos;s counters show connections being reset while the tests ran: the network between you and the servers may drop them now and then.</source>
        <translation>Die Zähler dieses Computers zeigen, dass während der Tests Verbindungen abgebrochen wurden (Reset): Das Netzwerk zwischen Ihnen und den Servern verliert sie möglicherweise hin und wieder.</translation>
    </message>
    <message>
        <source>Check the path for loss and flapping links (mtr, interface error counters), and the server&apos;s logs at the times of the resets.</source>
        <translation>Prüfen Sie den Pfad auf Paketverlust und instabile Links (mtr, Fehlerzähler der Schnittstellen) sowie die Logs des Servers zu den Zeitpunkten der Resets.</translation>
    </message>
    <message>
        <source>The server cuts off about %1% of connections right away</source>
        <translation>Der Server bricht etwa %1 % der Verbindungen sofort ab</translation>
    </message>
    <message>
        <source>Nothing we saw explains a reset. Some tests found something worth knowing (below), but not a cause of the connections being cut off. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Nichts, was wir gesehen haben, erklärt einen Reset. Einige Tests haben etwas Wissenswertes gefunden (siehe unten), aber keine Ursache dafür, dass die Verbindungen abgebrochen werden. Wenn das Problem nur ab und zu auftritt, lassen Sie die Überwachung laufen, während Sie arbeiten, um es zu erwischen.</translation>
    </message>
    <message>
        <source>The service&apos;s answers never end</source>
        <translation>Die Antworten des Dienstes enden nie</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>Jede Verbindung zum Dienst (%n insgesamt) bekam eine Antwort, die nie endete: Sie ging weit über das hinaus, was eine Antwort braucht, oder tröpfelte weiter, bis die erlaubte Zeit um war.</numerusform>
            <numerusform>Jede Verbindung zum Dienst (%n insgesamt) bekam eine Antwort, die nie endete: Sie ging weit über das hinaus, was eine Antwort braucht, oder tröpfelte weiter, bis die erlaubte Zeit um war.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>%1 von %n Verbindung zum Dienst bekam eine Antwort, die nie endete: Sie ging weit über das hinaus, was eine Antwort braucht, oder tröpfelte weiter, bis die erlaubte Zeit um war.</numerusform>
            <numerusform>%1 von %n Verbindungen zum Dienst bekamen eine Antwort, die nie endete: Sie ging weit über das hinaus, was eine Antwort braucht, oder tröpfelte weiter, bis die erlaubte Zeit um war.</numerusform>
        </translation>
    </message>
    <message>
        <source>A program that waits for the end of such an answer waits for ever, or gives up and cuts the connection. A server stuck in a loop, or a device on the way that holds connections open, does this.</source>
        <translation>Ein Programm, das auf das Ende einer solchen Antwort wartet, wartet ewig oder gibt auf und bricht die Verbindung ab. Ein Server, der in einer Schleife hängt, oder ein Gerät auf dem Weg, das Verbindungen offen hält, verhält sich so.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that its answers never end, and send them this report.</source>
        <translation>Sagen Sie dem Administrator des Dienstes, dass seine Antworten nie enden, und schicken Sie ihm diesen Bericht.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the answers end there, a device on your network holds the connections open.</source>
        <translation>Versuchen Sie es über ein anderes Netzwerk (z. B. einen Handy-Hotspot): Wenn die Antworten dort enden, hält ein Gerät in Ihrem Netzwerk die Verbindungen offen.</translation>
    </message>
    <message>
        <source>Look in the service&apos;s logs for requests that never complete, and at any proxy or load balancer in front of it (response buffering, streaming, keep-alive settings).</source>
        <translation>Suchen Sie in den Logs des Dienstes nach Anfragen, die nie abgeschlossen werden, und prüfen Sie Proxy oder Load Balancer davor (Antwortpufferung, Streaming, Keep-Alive-Einstellungen).</translation>
    </message>
    <message>
        <source>Fetch the address with curl -v and watch where the answer stalls or repeats.</source>
        <translation>Rufen Sie die Adresse mit curl -v ab und beobachten Sie, wo die Antwort stockt oder sich wiederholt.</translation>
    </message>
    <message>
        <source>Something other than the service answers at this address</source>
        <translation>Unter dieser Adresse antwortet etwas anderes als der Dienst</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) was answered, but not as a web service answers.</source>
        <translation>
            <numerusform>Jede Verbindung zum Dienst (%n insgesamt) bekam eine Antwort, aber nicht so, wie ein Webdienst antwortet.</numerusform>
            <numerusform>Jede Verbindung zum Dienst (%n insgesamt) bekam eine Antwort, aber nicht so, wie ein Webdienst antwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service were answered, but not as a web service answers.</source>
        <translation>
            <numerusform>%1 von %n Verbindung zum Dienst bekam eine Antwort, aber nicht so, wie ein Webdienst antwortet.</numerusform>
            <numerusform>%1 von %n Verbindungen zum Dienst bekamen eine Antwort, aber nicht so, wie ein Webdienst antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Either another kind of service listens at this address and port, or something on the way (a security device, a filter, a proxy) answers in the service&apos;s place.</source>
        <translation>Entweder lauscht unter dieser Adresse und diesem Port eine andere Art von Dienst, oder etwas auf dem Weg (ein Sicherheitsgerät, ein Filter, ein Proxy) antwortet an seiner Stelle.</translation>
    </message>
    <message>
        <source>Check that the address and port are right: another kind of service may listen on this port.</source>
        <translation>Prüfen Sie, ob Adresse und Port stimmen: Auf diesem Port lauscht vielleicht eine andere Art von Dienst.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the service answers normally there, something on your network answers in its place.</source>
        <translation>Versuchen Sie es über ein anderes Netzwerk (z. B. einen Handy-Hotspot): Wenn der Dienst dort normal antwortet, antwortet etwas in Ihrem Netzwerk an seiner Stelle.</translation>
    </message>
    <message>
        <source>Check what listens on the port (ss -ltnp) and that it speaks what the clients expect (HTTP, or TLS on 443).</source>
        <translation>Prüfen Sie, was auf dem Port lauscht (ss -ltnp) und ob es spricht, was die Clients erwarten (HTTP, oder TLS auf 443).</translation>
    </message>
    <message>
        <source>Read the first bytes of the answer in the evidence: another protocol&apos;s greeting (SSH, SMTP) means another service on the port; unreadable bytes may be an encrypted (TLS) service asked in plain text, or a device in between.</source>
        <translation>Lesen Sie die ersten Bytes der Antwort in den Belegen: Die Begrüßung eines anderen Protokolls (SSH, SMTP) bedeutet einen anderen Dienst auf dem Port; unlesbare Bytes können ein verschlüsselter (TLS-)Dienst sein, der im Klartext angesprochen wurde, oder ein Gerät dazwischen.</translation>
    </message>
    <message numerus="yes">
        <source>The packets show that a device %n hop(s) from you, not the server, sent the resets.</source>
        <translation>
            <numerusform>Die Pakete zeigen, dass ein Gerät, das %n Hop von Ihnen entfernt ist, die Resets gesendet hat, nicht der Server.</numerusform>
            <numerusform>Die Pakete zeigen, dass ein Gerät, das %n Hops von Ihnen entfernt ist, die Resets gesendet hat, nicht der Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The packets show that a device on the way, not the server, sent the resets.</source>
        <translation>Die Pakete zeigen, dass ein Gerät auf dem Weg die Resets gesendet hat, nicht der Server.</translation>
    </message>
    <message>
        <source>The packets show that the server itself sent the resets.</source>
        <translation>Die Pakete zeigen, dass der Server selbst die Resets gesendet hat.</translation>
    </message>
    <message>
        <source>Whether the server or a device on the way (a firewall or filter) sent the resets is not known.</source>
        <translation>Ob der Server oder ein Gerät auf dem Weg (eine Firewall oder ein Filter) die Resets gesendet hat, ist nicht bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</source>
        <translation>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunde lang nichts läuft, schließt der Server oder ein vorgeschalteter Load Balancer sie ordnungsgemäß. Ein Programm, das eine solche Verbindung danach wieder benutzt, bekommt einen Fehler oder einen Reset von einem Gerät, das die Verbindung inzwischen vergessen hat.</numerusform>
            <numerusform>Wenn über eine Verbindung etwa %n Sekunden lang nichts läuft, schließt der Server oder ein vorgeschalteter Load Balancer sie ordnungsgemäß. Ein Programm, das eine solche Verbindung danach wieder benutzt, bekommt einen Fehler oder einen Reset von einem Gerät, das die Verbindung inzwischen vergessen hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon bricht der Server ab: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon bricht der Server ab: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon schließt der Server ohne Antwort (kein Reset): %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon schließt der Server ohne Antwort (kein Reset): %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon bekommen nicht rechtzeitig eine Antwort: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon bekommen nicht rechtzeitig eine Antwort: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon enden ohne normale Antwort: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto mehr davon enden ohne normale Antwort: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is overloaded or limits how many clients it serves at once.</source>
        <translation>Der Server ist überlastet oder begrenzt, wie viele Clients er gleichzeitig bedient.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</source>
        <translation>
            <numerusform>Abgebrochene Verbindungen: %1 von %n (der tatsächliche Anteil liegt wahrscheinlich zwischen %2 % und %3 %), egal ob wenige oder viele gleichzeitig offen waren: kein Lastproblem.</numerusform>
            <numerusform>Abgebrochene Verbindungen: %1 von %n (der tatsächliche Anteil liegt wahrscheinlich zwischen %2 % und %3 %), egal ob wenige oder viele gleichzeitig offen waren: kein Lastproblem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</source>
        <translation>
            <numerusform>Abgebrochene Verbindungen: %1 von %n (der tatsächliche Anteil liegt wahrscheinlich zwischen %2 % und %3 %). Ob unter Last mehr abgebrochen werden, ließ sich in der verfügbaren Zeit nicht feststellen.</numerusform>
            <numerusform>Abgebrochene Verbindungen: %1 von %n (der tatsächliche Anteil liegt wahrscheinlich zwischen %2 % und %3 %). Ob unter Last mehr abgebrochen werden, ließ sich in der verfügbaren Zeit nicht feststellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every connection is cut off right away, by the server or a device on the way</source>
        <translation>Jede Verbindung wird sofort abgebrochen, vom Server oder von einem Gerät auf dem Weg</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off right away, by the server or a device on the way</source>
        <translation>Etwa %1 % der Verbindungen werden sofort abgebrochen, vom Server oder von einem Gerät auf dem Weg</translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) opened and were then cut off at once.</source>
        <translation>
            <numerusform>Die %n Verbindung wurde aufgebaut und dann sofort abgebrochen.</numerusform>
            <numerusform>Alle %n Verbindungen wurden aufgebaut und dann sofort abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</source>
        <translation>
            <numerusform>Aufgebaut und dann abgebrochen: %1 von %n Verbindung (der tatsächliche Anteil liegt wahrscheinlich zwischen %2 % und %3 %); die übrigen haben funktioniert.</numerusform>
            <numerusform>Aufgebaut und dann abgebrochen: %1 von %n Verbindungen (der tatsächliche Anteil liegt wahrscheinlich zwischen %2 % und %3 %); die übrigen haben funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the logs of firewalls and intrusion-prevention systems on the way for resets of this address; run the diagnosis with the reset watch to see who sends them.</source>
        <translation>Suchen Sie in den Logs der Firewalls und Intrusion-Prevention-Systeme auf dem Weg nach Resets für diese Adresse; führen Sie die Diagnose mit der Reset-Überwachung aus, um zu sehen, wer sie sendet.</translation>
    </message>
    <message>
        <source>Large packets vanish on the way: only packets up to %1 bytes get through</source>
        <translation>Große Pakete verschwinden unterwegs: Nur Pakete bis %1 Byte kommen durch</translation>
    </message>
    <message>
        <source>Large packets vanish on the way to the service</source>
        <translation>Große Pakete verschwinden auf dem Weg zum Dienst</translation>
    </message>
    <message>
        <source>Packets of up to %1 bytes reach the service; larger ones (this computer sends up to %2 bytes) are lost on the way, and nothing says so.</source>
        <translation>Pakete bis %1 Byte erreichen den Dienst; größere (dieser Computer sendet bis zu %2 Byte) gehen unterwegs verloren, ohne dass etwas darauf hinweist.</translation>
    </message>
    <message>
        <source>Small packets reach the service, full-sized ones are lost on the way, and nothing says so.</source>
        <translation>Kleine Pakete erreichen den Dienst, Pakete in voller Größe gehen unterwegs verloren, ohne dass etwas darauf hinweist.</translation>
    </message>
    <message>
        <source>The VPN or tunnel carries this route: its packets do not fit the network under it, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Diese Route läuft über das VPN oder den Tunnel: Seine Pakete passen nicht durch das Netzwerk darunter, und die „packet too big“-Meldungen, die das beheben würden, werden blockiert.</translation>
    </message>
    <message>
        <source>A link on the way (a VPN, PPPoE or a tunnel) carries smaller packets, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Eine Verbindungsstrecke auf dem Weg (ein VPN, PPPoE oder ein Tunnel) transportiert nur kleinere Pakete, und die „packet too big“-Meldungen, die das beheben würden, werden blockiert.</translation>
    </message>
    <message>
        <source>Small requests work; uploads and large answers stall, then break or are reset.</source>
        <translation>Kleine Anfragen funktionieren; Uploads und große Antworten stocken und scheitern dann oder werden mit einem Reset abgebrochen.</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department the packet size above.</source>
        <translation>Schalten Sie das VPN aus und versuchen Sie es erneut; wenn es dann funktioniert, nennen Sie dem VPN-Anbieter oder Ihrer IT-Abteilung die oben genannte Paketgröße.</translation>
    </message>
    <message>
        <source>Tell your network administrator or internet provider the packet size above: larger packets are lost on the way.</source>
        <translation>Nennen Sie Ihrem Netzwerkadministrator oder Internetanbieter die oben genannte Paketgröße: Größere Pakete gehen unterwegs verloren.</translation>
    </message>
    <message>
        <source>Set the MTU of %1 to %2 or less, or clamp the TCP MSS to %3 on the router or VPN gateway (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</source>
        <translation>Setzen Sie die MTU von %1 auf %2 oder weniger, oder begrenzen Sie die TCP-MSS am Router oder VPN-Gateway auf %3 (MSS-Clamping) (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</translation>
    </message>
    <message>
        <source>the interface that carries this route</source>
        <translation>der Schnittstelle, über die diese Route läuft</translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; (type 3, code 4) and ICMPv6 &quot;packet too big&quot; through on every firewall on the path.</source>
        <translation>Lassen Sie ICMP „fragmentation needed“ (Typ 3, Code 4) und ICMPv6 „packet too big“ auf jeder Firewall auf dem Pfad durch.</translation>
    </message>
    <message>
        <source>A filter on the server cuts off these requests</source>
        <translation>Ein Filter auf dem Server bricht diese Anfragen ab</translation>
    </message>
    <message>
        <source>Something on the way reads your requests and cuts them off</source>
        <translation>Etwas auf dem Weg liest Ihre Anfragen mit und bricht sie ab</translation>
    </message>
    <message>
        <source>The address&apos;s path (%1) sets it off: the same request for another path is answered.</source>
        <translation>Der Pfad der Adresse (%1) löst den Abbruch aus: Dieselbe Anfrage für einen anderen Pfad wird beantwortet.</translation>
    </message>
    <message>
        <source>The server name in the request (%1) sets it off: the same request with another name is answered.</source>
        <translation>Der Servername in der Anfrage (%1) löst den Abbruch aus: Dieselbe Anfrage mit einem anderen Namen wird beantwortet.</translation>
    </message>
    <message>
        <source>Both the path and the server name in the request set it off.</source>
        <translation>Sowohl der Pfad als auch der Servername in der Anfrage lösen den Abbruch aus.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off, while the same server and port answer a neutral request: a content filter or intrusion-prevention system reads what is sent.</source>
        <translation>Anfragen für diese Adresse werden abgebrochen, während derselbe Server und Port eine neutrale Anfrage beantworten: Ein Inhaltsfilter oder ein Intrusion-Prevention-System liest mit, was gesendet wird.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a filter on your network cuts these requests.</source>
        <translation>Versuchen Sie es über ein anderes Netzwerk (z. B. einen Handy-Hotspot): Wenn es dort funktioniert, bricht ein Filter in Ihrem Netzwerk diese Anfragen ab.</translation>
    </message>
    <message>
        <source>Tell your IT department which address is cut off: the report says which part of the request sets the filter off.</source>
        <translation>Teilen Sie Ihrer IT-Abteilung mit, welche Adresse abgebrochen wird: Der Bericht nennt den Teil der Anfrage, der den Filter auslöst.</translation>
    </message>
    <message>
        <source>Look in the logs of firewalls, intrusion-prevention systems and web application firewalls for the rule that matches this request, and adjust it.</source>
        <translation>Suchen Sie in den Logs von Firewalls, Intrusion-Prevention-Systemen und Web Application Firewalls nach der Regel, die auf diese Anfrage zutrifft, und passen Sie sie an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service did not work.</source>
        <translation>
            <numerusform>%1 von %n Verbindung zum Dienst hat nicht funktioniert.</numerusform>
            <numerusform>%1 von %n Verbindungen zum Dienst haben nicht funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test failed, and no known cause fits</source>
        <translation>Ein Test ist fehlgeschlagen, und keine bekannte Ursache passt</translation>
    </message>
    <message>
        <source>What failed: %1 No cause the app knows explains it; the report&apos;s details say what happened.</source>
        <translation>Fehlgeschlagen: %1 Keine Ursache, die die App kennt, erklärt das; die Details des Berichts zeigen, was passiert ist.</translation>
    </message>
    <message>
        <source>Run the diagnosis again when the error appears, and send the report to your helpdesk.</source>
        <translation>Führen Sie die Diagnose erneut aus, wenn der Fehler auftritt, und schicken Sie den Bericht an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>Read the failed tests in the report&apos;s details, and compare them with the service&apos;s logs at that time.</source>
        <translation>Lesen Sie die fehlgeschlagenen Tests in den Details des Berichts und vergleichen Sie sie mit den Logs des Dienstes zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>A filter reads your requests and cuts them off</source>
        <translation>Ein Filter liest Ihre Anfragen und bricht sie ab</translation>
    </message>
    <message>
        <source>Neither the path nor the server name sets it off alone: only the two together do.</source>
        <translation>Weder der Pfad noch der Servername allein lösen ihn aus: nur beide zusammen.</translation>
    </message>
    <message>
        <source>%1 on this computer ends its own connections</source>
        <translation>%1 auf diesem Computer beendet seine eigenen Verbindungen</translation>
    </message>
    <message>
        <source>The resets that ended %1&apos;s connections to %2 came from this computer, because the program itself ended them: %3. That is an error or a habit of the program, not of the network or the server.</source>
        <translation>Die Resets, die die Verbindungen von %1 zu %2 beendet haben, kamen von diesem Computer, weil das Programm sie selbst beendet hat: %3. Das ist ein Fehler oder eine Eigenart des Programms, nicht des Netzwerks oder des Servers.</translation>
    </message>
    <message>
        <source>Update %1, or try another program for the same task.</source>
        <translation>Aktualisieren Sie %1 oder versuchen Sie ein anderes Programm für dieselbe Aufgabe.</translation>
    </message>
    <message>
        <source>Tell whoever supports %1 when it happened: the times are in the report.</source>
        <translation>Sagen Sie dem Support von %1, wann es passiert ist: Die Zeiten stehen im Bericht.</translation>
    </message>
    <message>
        <source>Look at how the program closes its connections: closing a socket with received data unread, or with a zero linger time, makes the system send a reset (the report names the system&apos;s reason for each).</source>
        <translation>Prüfen Sie, wie das Programm seine Verbindungen schließt: Wird ein Socket mit ungelesenen empfangenen Daten oder mit einer Linger-Zeit von null geschlossen, sendet das System einen Reset (der Bericht nennt für jeden den Grund des Systems).</translation>
    </message>
    <message>
        <source>Check the program&apos;s logs at the times of the resets for errors that made it give up on the connection.</source>
        <translation>Suchen Sie in den Protokollen des Programms zu den Zeiten der Resets nach Fehlern, wegen derer es die Verbindung aufgegeben hat.</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>Checking: %1...</source>
        <translation>Prüfung läuft: %1...</translation>
    </message>
    <message>
        <source>Cannot write the monitor&apos;s log: %1</source>
        <translation>Das Protokoll der Überwachung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Results for %1: %2.</source>
        <translation>Ergebnisse für %1: %2.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vorzeitig angehalten.</translation>
    </message>
    <message>
        <source>Watching resets: %1.</source>
        <translation>Reset-Überwachung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Watching every program&apos;s resets for %n second(s)...</source>
        <translation>
            <numerusform>Die Resets aller Programme werden %n Sekunde lang überwacht...</numerusform>
            <numerusform>Die Resets aller Programme werden %n Sekunden lang überwacht...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen.</source>
        <translation>
            <numerusform>%n Reset beobachtet.</numerusform>
            <numerusform>%n Resets beobachtet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time.</source>
        <translation>
            <numerusform>Das System hat %n Ereignis verworfen, das es nicht rechtzeitig weitergeben konnte.</numerusform>
            <numerusform>Das System hat %n Ereignisse verworfen, die es nicht rechtzeitig weitergeben konnte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for %1: none.</source>
        <translation>Ergebnisse für %1: keine.</translation>
    </message>
    <message>
        <source>No connection finished before the stop.</source>
        <translation>Vor dem Anhalten wurde keine Verbindung fertig.</translation>
    </message>
    <message numerus="yes">
        <source>The %n connection(s) that finished worked; the rest were stopped.</source>
        <translation>
            <numerusform>Die %n fertige Verbindung hat funktioniert; der Rest wurde angehalten.</numerusform>
            <numerusform>Die %n fertigen Verbindungen haben funktioniert; der Rest wurde angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %n second(s), one connection every %2 ms...</source>
        <translation>
            <numerusform>%1 wird %n Sekunde lang beobachtet, eine Verbindung alle %2 ms...</numerusform>
            <numerusform>%1 wird %n Sekunden lang beobachtet, eine Verbindung alle %2 ms...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing %1, %n time(s)...</source>
        <translation>
            <numerusform>%1 wird %n-mal getestet...</numerusform>
            <numerusform>%1 wird %n-mal getestet...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log in %1, from %2 on...</source>
        <translation>Lese das Protokoll der Hintergrundüberwachung in %1 ab %2...</translation>
    </message>
</context>
<context>
    <name>HelperResetSource</name>
    <message>
        <source>Permission was not given in time.</source>
        <translation>Die Erlaubnis wurde nicht rechtzeitig erteilt.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper did not answer.</source>
        <translation>Das Hilfsprogramm der Reset-Überwachung hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper (%1) is not installed.</source>
        <translation>Das Hilfsprogramm der Reset-Überwachung (%1) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper could not be started: %1</source>
        <translation>Das Hilfsprogramm der Reset-Überwachung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer.</source>
        <translation>Die Reset-Überwachung darf die Verbindungen auf diesem Computer nicht sehen.</translation>
    </message>
    <message>
        <source>Permission to watch resets was not given.</source>
        <translation>Die Erlaubnis, Resets zu überwachen, wurde nicht erteilt.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped unexpectedly.</source>
        <translation>Das Hilfsprogramm der Reset-Überwachung wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper ended without saying what it can see (exit status %1).</source>
        <translation>Das Hilfsprogramm der Reset-Überwachung wurde beendet, ohne mitzuteilen, was es sehen kann (Exit-Status %1).</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer: its helper is only for members of the connection-doctor group.</source>
        <translation>Die Reset-Überwachung darf die Verbindungen auf diesem Computer nicht sehen: Ihr Hilfsprogramm ist nur für Mitglieder der Gruppe connection-doctor.</translation>
    </message>
</context>
<context>
    <name>HttpContentExperiment</name>
    <message>
        <source>The service is not a web service, so what its requests ask for was not tested.</source>
        <translation>Der Dienst ist kein Webdienst, daher wurde nicht getestet, was seine Anfragen abrufen.</translation>
    </message>
    <message>
        <source>Requests to this service are encrypted, so a device on the way can read only the site&apos;s name (see the secure connection test).</source>
        <translation>Anfragen an diesen Dienst sind verschlüsselt, daher kann ein Gerät auf dem Weg nur den Namen der Website lesen (siehe den Test „Sichere Verbindung“).</translation>
    </message>
    <message>
        <source>Requests for this address are not cut off for what they ask for.</source>
        <translation>Anfragen für diese Adresse werden nicht wegen ihres Inhalts abgebrochen.</translation>
    </message>
    <message>
        <source>Requests to this server are cut off whatever they ask for.</source>
        <translation>Anfragen an diesen Server werden abgebrochen, egal was sie abrufen.</translation>
    </message>
    <message>
        <source>Some requests were cut off, but not every time: not a rule about what they ask for.</source>
        <translation>Einige Anfragen wurden abgebrochen, aber nicht jedes Mal: keine Regel, die sich nach ihrem Inhalt richtet.</translation>
    </message>
    <message>
        <source>Requests for %1 are cut off while other requests to the same server are answered: something reads the path.</source>
        <translation>Anfragen für %1 werden abgebrochen, während andere Anfragen an denselben Server beantwortet werden: Etwas liest den Pfad mit.</translation>
    </message>
    <message>
        <source>Requests naming %1 are cut off while requests with another name are answered: something reads the server name.</source>
        <translation>Anfragen, die %1 nennen, werden abgebrochen, während Anfragen mit einem anderen Namen beantwortet werden: Etwas liest den Servernamen mit.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off while other requests to the same server are answered: something reads them.</source>
        <translation>Anfragen für diese Adresse werden abgebrochen, während andere Anfragen an denselben Server beantwortet werden: Etwas liest sie mit.</translation>
    </message>
</context>
<context>
    <name>IdleTimeoutExperiment</name>
    <message>
        <source>No service was given, so idle connections were not tested.</source>
        <translation>Es wurde kein Dienst angegeben, daher wurden inaktive Verbindungen nicht getestet.</translation>
    </message>
    <message>
        <source>The time allowed is too short to test idle connections.</source>
        <translation>Die verfügbare Zeit reicht nicht, um inaktive Verbindungen zu testen.</translation>
    </message>
    <message>
        <source>Idle connections were cut off at random, not after a fixed idle time.</source>
        <translation>Inaktive Verbindungen wurden zufällig abgebrochen, nicht nach einer festen Ruhezeit.</translation>
    </message>
    <message numerus="yes">
        <source>Connections stayed open while idle for %n second(s), as long as we tested.</source>
        <translation>
            <numerusform>Verbindungen ohne Datenverkehr blieben %n Sekunde lang offen – so lange haben wir getestet.</numerusform>
            <numerusform>Verbindungen ohne Datenverkehr blieben %n Sekunden lang offen – so lange haben wir getestet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>Die %n Verbindung wurde sofort nach dem Aufbau abgebrochen, noch vor jeder Ruhezeit.</numerusform>
            <numerusform>Jede der %n Verbindungen wurde sofort nach dem Aufbau abgebrochen, noch vor jeder Ruhezeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server closed every one of %n connection(s) as soon as it opened.</source>
        <translation>
            <numerusform>Der Server hat die %n Verbindung sofort nach dem Aufbau geschlossen.</numerusform>
            <numerusform>Der Server hat jede der %n Verbindungen sofort nach dem Aufbau geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are closed after about %n second(s).</source>
        <translation>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunde geschlossen.</numerusform>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunden geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are cut off (reset) after about %n second(s) of quiet.</source>
        <translation>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunde Ruhezeit abgebrochen (Reset).</numerusform>
            <numerusform>Inaktive Verbindungen werden nach etwa %n Sekunden Ruhezeit abgebrochen (Reset).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are forgotten: the first message after the pause is answered with a reset.</source>
        <translation>
            <numerusform>Verbindungen, die etwa %n Sekunde lang inaktiv sind, werden vergessen: Die erste Nachricht nach der Pause wird mit einem Reset beantwortet.</numerusform>
            <numerusform>Verbindungen, die etwa %n Sekunden lang inaktiv sind, werden vergessen: Die erste Nachricht nach der Pause wird mit einem Reset beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are silently dropped: the first message after the pause gets no answer.</source>
        <translation>
            <numerusform>Verbindungen, die etwa %n Sekunde lang inaktiv sind, werden stillschweigend verworfen: Die erste Nachricht nach der Pause bekommt keine Antwort.</numerusform>
            <numerusform>Verbindungen, die etwa %n Sekunden lang inaktiv sind, werden stillschweigend verworfen: Die erste Nachricht nach der Pause bekommt keine Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closes each connection after its answer, so no connection sits idle to be cut off.</source>
        <translation>Der Server schließt jede Verbindung nach seiner Antwort, daher bleibt keine Verbindung ungenutzt offen, die abgebrochen werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>Connections were lost when used after a pause, even after the shortest one tested (%n second(s)): they are forgotten sooner than that, or cut off at random.</source>
        <translation>
            <numerusform>Verbindungen gingen verloren, als sie nach einer Pause benutzt wurden, selbst nach der kürzesten getesteten (%n Sekunde): Sie werden früher vergessen oder zufällig abgebrochen.</numerusform>
            <numerusform>Verbindungen gingen verloren, als sie nach einer Pause benutzt wurden, selbst nach der kürzesten getesteten (%n Sekunden): Sie werden früher vergessen oder zufällig abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections failed before they could sit idle, so idle time was not tested.</source>
        <translation>Die Verbindungen scheiterten, bevor sie ungenutzt offen bleiben konnten; die Leerlaufzeit wurde daher nicht getestet.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off or closed as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>Die %n Verbindung wurde gleich beim Öffnen abgebrochen oder geschlossen, noch vor jeder Leerlaufzeit.</numerusform>
            <numerusform>Jede der %n Verbindungen wurde gleich beim Öffnen abgebrochen oder geschlossen, noch vor jeder Leerlaufzeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfacesCheck</name>
    <message>
        <source>This computer is not connected to any network: no network connection is switched on and set up.</source>
        <translation>Dieser Computer ist mit keinem Netzwerk verbunden: Keine Netzwerkverbindung ist eingeschaltet und eingerichtet.</translation>
    </message>
    <message>
        <source>This computer is connected to a network (%1).</source>
        <translation>Dieser Computer ist mit einem Netzwerk verbunden (%1).</translation>
    </message>
</context>
<context>
    <name>IntermittentResetExperiment</name>
    <message>
        <source>No service was given, so repeated connections were not tested.</source>
        <translation>Es wurde kein Dienst angegeben, daher wurden wiederholte Verbindungen nicht getestet.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, even many at once.</source>
        <translation>
            <numerusform>Die %n wiederholte Verbindung wurde nicht abgebrochen, auch nicht bei vielen gleichzeitig.</numerusform>
            <numerusform>Keine der %n wiederholten Verbindungen wurde abgebrochen, auch nicht bei vielen gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</source>
        <translation>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto öfter werden sie abgebrochen: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto öfter werden sie abgebrochen: %1 % einzeln, %2 % bei %n gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off, however many there were at once.</source>
        <translation>
            <numerusform>Die %n Verbindung wurde abgebrochen, egal wie viele gleichzeitig bestanden.</numerusform>
            <numerusform>Jede der %n Verbindungen wurde abgebrochen, egal wie viele gleichzeitig bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%), however many there are at once.</source>
        <translation>Etwa %1 % der Verbindungen werden abgebrochen (zwischen %2 % und %3 %), egal wie viele gleichzeitig bestehen.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%); whether more are cut off under load could not be told.</source>
        <translation>Etwa %1 % der Verbindungen werden abgebrochen (zwischen %2 % und %3 %); ob unter Last mehr abgebrochen werden, ließ sich nicht feststellen.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, but not all of them got a normal answer (see the details).</source>
        <translation>
            <numerusform>Keine der %n wiederholten Verbindung wurde abgebrochen, aber sie bekam keine normale Antwort (siehe Details).</numerusform>
            <numerusform>Keine der %n wiederholten Verbindungen wurde abgebrochen, aber nicht alle bekamen eine normale Antwort (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>ended without a normal answer</source>
        <translation>ohne normale Antwort beendet</translation>
    </message>
    <message numerus="yes">
        <source>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</source>
        <translation>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto öfter schlagen sie fehl (meist %1): %2 % einzeln, %3 % bei %n gleichzeitig.</numerusform>
            <numerusform>Je mehr Verbindungen gleichzeitig bestehen, desto öfter schlagen sie fehl (meist %1): %2 % einzeln, %3 % bei %n gleichzeitig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>A healthy web server.</source>
        <translation>Ein intakter Webserver.</translation>
    </message>
    <message>
        <source>A server that resets every connection as soon as it opens.</source>
        <translation>Ein Server, der jede Verbindung gleich nach dem Aufbau abbricht (Reset).</translation>
    </message>
    <message>
        <source>A server that resets a connection once it has received a certain amount of data.</source>
        <translation>Ein Server, der eine Verbindung abbricht (Reset), sobald er eine bestimmte Datenmenge empfangen hat.</translation>
    </message>
    <message>
        <source>A firewall or load balancer that resets connections left idle too long.</source>
        <translation>Eine Firewall oder ein Load Balancer, der zu lange inaktive Verbindungen abbricht (Reset).</translation>
    </message>
    <message>
        <source>A server that politely closes connections left idle too long.</source>
        <translation>Ein Server, der zu lange inaktive Verbindungen ordnungsgemäß schließt.</translation>
    </message>
    <message>
        <source>A port where no program is listening.</source>
        <translation>Ein Port, an dem kein Programm lauscht.</translation>
    </message>
    <message>
        <source>A server so busy it does not answer new connections at all.</source>
        <translation>Ein Server, der so ausgelastet ist, dass er auf neue Verbindungen gar nicht antwortet.</translation>
    </message>
    <message>
        <source>A server that answers, but very slowly.</source>
        <translation>Ein Server, der antwortet, aber sehr langsam.</translation>
    </message>
    <message>
        <source>An overloaded server that resets connections, more of them under load.</source>
        <translation>Ein überlasteter Server, der Verbindungen abbricht (Reset), umso mehr, je höher die Last ist.</translation>
    </message>
    <message>
        <source>A web server that resets uploads above a size limit.</source>
        <translation>Ein Webserver, der Uploads über einer Größengrenze abbricht (Reset).</translation>
    </message>
    <message>
        <source>A secure (TLS) server behind a filter that resets connections to one site name.</source>
        <translation>Ein sicherer (TLS-)Server hinter einem Filter, der Verbindungen zu einem bestimmten Websitenamen abbricht (Reset).</translation>
    </message>
    <message>
        <source>A server that cuts off every fifth connection.</source>
        <translation>Ein Server, der jede fünfte Verbindung abbricht.</translation>
    </message>
    <message>
        <source>A server that now and then cuts off every connection for a couple of seconds.</source>
        <translation>Ein Server, der ab und zu für ein paar Sekunden alle Verbindungen abbricht.</translation>
    </message>
</context>
<context>
    <name>LabHost</name>
    <message>
        <source>Could not open the unanswering listener.</source>
        <translation>Der nicht antwortende Listener konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>LocalFirewallCheck</name>
    <message>
        <source>No firewall on this computer seems to be filtering connections.</source>
        <translation>Auf diesem Computer scheint keine Firewall Verbindungen zu filtern.</translation>
    </message>
    <message>
        <source>A firewall is switched on on this computer (%1); it could be what blocks or cuts connections.</source>
        <translation>Auf diesem Computer ist eine Firewall eingeschaltet (%1); sie könnte Verbindungen blockieren oder abbrechen.</translation>
    </message>
    <message>
        <source>The firewall&apos;s settings could not be read on this computer, so whether it filters connections is not known.</source>
        <translation>Die Einstellungen der Firewall ließen sich auf diesem Computer nicht lesen; ob sie Verbindungen filtert, ist daher nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Überwachen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Connections shown</source>
        <translation>Angezeigte Verbindungen</translation>
    </message>
    <message>
        <source>Your service</source>
        <translation>Ihr Dienst</translation>
    </message>
    <message>
        <source>All programs on this computer</source>
        <translation>Alle Programme auf diesem Computer</translation>
    </message>
    <message>
        <source>Not watching yet: press Watch to start.</source>
        <translation>Noch keine Überwachung: Klicken Sie zum Starten auf „Überwachen“.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start trying your service every second</source>
        <translation>Ihren Dienst ab jetzt jede Sekunde testen</translation>
    </message>
    <message>
        <source>Pause or resume the tries; what was counted stays</source>
        <translation>Die Tests pausieren oder fortsetzen; bisher Gezähltes bleibt erhalten</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Überwachung beenden</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>Welchen Zeitraum das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Your service alone, or connections cut off for every program on this computer</source>
        <translation>Nur Ihr Dienst oder abgebrochene Verbindungen aller Programme auf diesem Computer</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Problems that come and go are the hardest to catch.</source>
        <translation>Probleme, die kommen und gehen, sind am schwersten zu fassen.</translation>
    </message>
    <message>
        <source>Let this run while you work: it tries your service every second and shows how often connections are cut off. You can go on to the results meanwhile.</source>
        <translation>Lassen Sie dies laufen, während Sie arbeiten: Ihr Dienst wird jede Sekunde getestet, und Sie sehen, wie oft Verbindungen abbrechen. Sie können währenddessen schon zu den Ergebnissen weitergehen.</translation>
    </message>
    <message>
        <source>&amp;Allow...</source>
        <translation>&amp;Erlauben...</translation>
    </message>
    <message>
        <source>Let the app see every program&apos;s connections; your system asks for an administrator&apos;s password</source>
        <translation>Der App erlauben, die Verbindungen aller Programme zu sehen; Ihr System fragt dafür nach dem Passwort eines Administrators</translation>
    </message>
    <message>
        <source>What the watch can see</source>
        <translation>Was die Reset-Überwachung sehen kann</translation>
    </message>
    <message>
        <source>How far back the chart and the table go, from the background watch&apos;s log</source>
        <translation>Wie weit Diagramm und Tabelle zurückreichen, aus dem Protokoll der Hintergrundüberwachung</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>What the background watch&apos;s log holds</source>
        <translation>Was das Protokoll der Hintergrundüberwachung enthält</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the background</source>
        <translation>Im &amp;Hintergrund weiter überwachen</translation>
    </message>
    <message>
        <source>Keep a log of every program&apos;s resets, also while this app is closed (the connection-doctor-watch service); your system asks for an administrator&apos;s password</source>
        <translation>Die Verbindungsabbrüche aller Programme protokollieren, auch wenn diese App geschlossen ist (der Dienst connection-doctor-watch); Ihr System fragt nach dem Passwort eines Administrators</translation>
    </message>
    <message>
        <source>Whether the background watch is on</source>
        <translation>Ob die Hintergrundüberwachung an ist</translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log...</source>
        <translation>Das Protokoll der Hintergrundüberwachung wird gelesen...</translation>
    </message>
    <message>
        <source>To keep one from now on, tick &quot;Keep watching in the background&quot; below.</source>
        <translation>Um ab jetzt eines zu führen, kreuzen Sie unten „Im Hintergrund weiter überwachen“ an.</translation>
    </message>
    <message>
        <source>Waiting for the system (it may ask for an administrator&apos;s password)...</source>
        <translation>Warten auf das System (es fragt vielleicht nach dem Passwort eines Administrators)...</translation>
    </message>
</context>
<context>
    <name>OsVerdictCheck</name>
    <message>
        <source>The operating system does not report on connectivity here, so this step was skipped.</source>
        <translation>Das Betriebssystem meldet hier keinen Verbindungsstatus, daher wurde dieser Schritt übersprungen.</translation>
    </message>
    <message>
        <source>Your system says a sign-in page is in the way: open a web browser and sign in.</source>
        <translation>Laut Ihrem System steht eine Anmeldeseite im Weg: Öffnen Sie einen Webbrowser und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Your system says it is not connected to a network.</source>
        <translation>Laut Ihrem System besteht keine Verbindung zu einem Netzwerk.</translation>
    </message>
    <message>
        <source>Your system says it reaches the local network but not the internet.</source>
        <translation>Laut Ihrem System ist das lokale Netzwerk erreichbar, das Internet aber nicht.</translation>
    </message>
    <message>
        <source>Your system says it is online.</source>
        <translation>Laut Ihrem System sind Sie online.</translation>
    </message>
    <message>
        <source>Your system does not know whether it is online.</source>
        <translation>Ihr System weiß nicht, ob es online ist.</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Every connection worked.</source>
        <translation>Alle Verbindungen haben funktioniert.</translation>
    </message>
    <message>
        <source>Connections were cut off abruptly (&quot;connection reset by peer&quot;): by the server or by something between you and it.</source>
        <translation>Verbindungen wurden abrupt abgebrochen („connection reset by peer“): vom Server oder von etwas zwischen Ihnen und dem Server.</translation>
    </message>
    <message>
        <source>The server turned the connection away: nothing accepts connections on that port.</source>
        <translation>Der Server hat die Verbindung abgewiesen: Auf diesem Port nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>The server ended connections politely before answering.</source>
        <translation>Der Server hat Verbindungen ordnungsgemäß beendet, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>Der Name des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>There is no network path to the server.</source>
        <translation>Der Server ist über das Netzwerk nicht erreichbar.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up.</source>
        <translation>Die sichere (TLS-)Verbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The proxy server refused or failed the connection.</source>
        <translation>Der Proxyserver hat die Verbindung abgelehnt oder konnte sie nicht herstellen.</translation>
    </message>
    <message>
        <source>while looking up the name</source>
        <translation>beim Auflösen des Namens</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>during the secure handshake</source>
        <translation>beim Aufbau der Verschlüsselung</translation>
    </message>
    <message>
        <source>while sending</source>
        <translation>beim Senden</translation>
    </message>
    <message>
        <source>while waiting for the answer</source>
        <translation>beim Warten auf die Antwort</translation>
    </message>
    <message>
        <source>while the connection was idle</source>
        <translation>während die Verbindung inaktiv war</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>am Ende</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <source>%1 %2, after %3 ms</source>
        <translation>%1 %2, nach %3 ms</translation>
    </message>
    <message>
        <source>(%1 bytes sent, %2 received)</source>
        <translation>(%1 Byte gesendet, %2 empfangen)</translation>
    </message>
    <message>
        <source>The answer never ended: it went on until the test had to stop reading.</source>
        <translation>Die Antwort endete nie: Sie lief weiter, bis der Test aufhören musste zu lesen.</translation>
    </message>
    <message>
        <source>Something answered, but not in the language the service should speak.</source>
        <translation>Etwas hat geantwortet, aber nicht in der Sprache, die der Dienst sprechen sollte.</translation>
    </message>
</context>
<context>
    <name>PathMtuCheck</name>
    <message>
        <source>No service was given, so large packets were not tested.</source>
        <translation>Es wurde kein Dienst angegeben, daher wurden große Pakete nicht getestet.</translation>
    </message>
    <message>
        <source>Small messages get through but large ones get stuck on the way: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Kleine Nachrichten kommen durch, große bleiben unterwegs hängen: ein Problem mit der Paketgröße (MTU), oft verursacht durch ein VPN oder einen Tunnel.</translation>
    </message>
    <message>
        <source>Large packets get through to your service.</source>
        <translation>Große Pakete kommen bei Ihrem Dienst an.</translation>
    </message>
    <message>
        <source>The service did not take even a small upload, so large packets could not be tested.</source>
        <translation>Der Dienst hat nicht einmal einen kleinen Upload entgegengenommen, daher konnten große Pakete nicht getestet werden.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the large upload, so large packets were not tested.</source>
        <translation>Der Dienst hat geantwortet, bevor er den großen Upload vollständig entgegengenommen hatte, daher wurden große Pakete nicht getestet.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes are lost on the way to your service, and nothing says so: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Pakete über %1 Byte gehen auf dem Weg zu Ihrem Dienst verloren, ohne dass etwas darauf hinweist: ein Problem mit der Paketgröße (MTU), oft verursacht durch ein VPN oder einen Tunnel.</translation>
    </message>
</context>
<context>
    <name>PayloadLimitExperiment</name>
    <message>
        <source>No service was given, so upload sizes were not tested.</source>
        <translation>Es wurde kein Dienst angegeben, daher wurden Upload-Größen nicht getestet.</translation>
    </message>
    <message>
        <source>Even a small upload is cut off, so the cause is not its size.</source>
        <translation>Selbst ein kleiner Upload wird abgebrochen, die Ursache ist also nicht die Größe.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through, but some were cut off at random, whatever their size.</source>
        <translation>Uploads bis %1 kommen durch, aber einige wurden zufällig abgebrochen, unabhängig von ihrer Größe.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through.</source>
        <translation>Uploads bis %1 kommen durch.</translation>
    </message>
    <message>
        <source>The service did not accept an upload, so sizes could not be tested.</source>
        <translation>Der Dienst hat keinen Upload angenommen, daher konnten Größen nicht getestet werden.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused with the answer &quot;413 Payload Too Large&quot;.</source>
        <translation>Uploads über etwa %1 werden mit der Antwort „413 Payload Too Large“ abgewiesen.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped: the server closes the connection while they are sent.</source>
        <translation>Uploads über etwa %1 werden gestoppt: Der Server schließt die Verbindung, während sie gesendet werden.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off (reset) while they are sent.</source>
        <translation>Uploads über etwa %1 werden beim Senden abgebrochen (Reset).</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through; the service answered a larger one before it had taken it, so larger sizes were not tested.</source>
        <translation>Uploads bis %1 kommen durch; auf einen größeren hat der Dienst geantwortet, bevor er ihn vollständig entgegengenommen hatte, daher wurden größere Uploads nicht getestet.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the upload, so upload sizes were not tested.</source>
        <translation>Der Dienst hat geantwortet, bevor er den Upload vollständig entgegengenommen hatte, daher wurden Upload-Größen nicht getestet.</translation>
    </message>
</context>
<context>
    <name>PortMatrix</name>
    <message>
        <source>The refusal comes from close to you (this computer&apos;s firewall, security software, or your network), not from the server.</source>
        <translation>Die Ablehnung kommt aus Ihrer Nähe (Firewall oder Sicherheitssoftware dieses Computers oder Ihr Netzwerk), nicht vom Server.</translation>
    </message>
    <message>
        <source>The refusal comes from the server&apos;s side.</source>
        <translation>Die Ablehnung kommt von der Serverseite.</translation>
    </message>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>Es wurde kein Dienst angegeben, daher wurde kein Port getestet.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts connections.</source>
        <translation>Port %1 Ihres Dienstes nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts only some connections (%2 of %3).</source>
        <translation>Port %1 Ihres Dienstes nimmt nur einen Teil der Verbindungen an (%2 von %3).</translation>
    </message>
    <message>
        <source>Port %1 is blocked while other ports on the same server answer: a firewall rule for this port.</source>
        <translation>Port %1 ist blockiert, während andere Ports auf demselben Server antworten: eine Firewall-Regel für diesen Port.</translation>
    </message>
    <message>
        <source>The server does not accept connections on any port tested.</source>
        <translation>Der Server nimmt auf keinem der getesteten Ports Verbindungen an.</translation>
    </message>
</context>
<context>
    <name>PortMatrixCheck</name>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>Es wurde kein Dienst angegeben, daher wurde kein Port getestet.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The connection was reset (RST).</source>
        <translation>Die Verbindung wurde zurückgesetzt (RST).</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN).</source>
        <translation>Die Gegenseite hat die Verbindung geschlossen (FIN).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing happened for %n ms.</source>
        <translation>
            <numerusform>%n ms lang passierte nichts.</numerusform>
            <numerusform>%n ms lang passierte nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The peer kept sending without ever finishing: stopped after %n second(s) in all.</source>
        <translation>
            <numerusform>Die Gegenstelle sendete immer weiter, ohne je fertig zu werden: nach insgesamt %n Sekunde abgebrochen.</numerusform>
            <numerusform>Die Gegenstelle sendete immer weiter, ohne je fertig zu werden: nach insgesamt %n Sekunden abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection did not finish within %n second(s) in all.</source>
        <translation>
            <numerusform>Die Verbindung wurde nicht innerhalb von insgesamt %n Sekunde fertig.</numerusform>
            <numerusform>Die Verbindung wurde nicht innerhalb von insgesamt %n Sekunden fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection after its answer.</source>
        <translation>Der Server hat die Verbindung nach seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The answer did not start like an HTTP answer (&quot;%1&quot;): something else answered.</source>
        <translation>Die Antwort begann nicht wie eine HTTP-Antwort („%1“): Etwas anderes hat geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>The answer&apos;s header went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>Der Kopf der Antwort ging über %n KiB hinaus, ohne zu enden: Lesen abgebrochen.</numerusform>
            <numerusform>Der Kopf der Antwort ging über %n KiB hinaus, ohne zu enden: Lesen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s first line went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>Die erste Zeile des Servers ging über %n KiB hinaus, ohne zu enden: Lesen abgebrochen.</numerusform>
            <numerusform>Die erste Zeile des Servers ging über %n KiB hinaus, ohne zu enden: Lesen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer went on past %n MiB with no end in sight: stopped reading.</source>
        <translation>
            <numerusform>Die Antwort ging über %n MiB hinaus, ohne dass ein Ende in Sicht war: Lesen abgebrochen.</numerusform>
            <numerusform>Die Antwort ging über %n MiB hinaus, ohne dass ein Ende in Sicht war: Lesen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy did not answer within %n ms.</source>
        <translation>
            <numerusform>Der Proxy hat nicht innerhalb von %n ms geantwortet.</numerusform>
            <numerusform>Der Proxy hat nicht innerhalb von %n ms geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system cannot limit the packet size of a connection.</source>
        <translation>Dieses System kann die Paketgröße einer Verbindung nicht begrenzen.</translation>
    </message>
    <message>
        <source>The connection was reset as soon as it opened.</source>
        <translation>Die Verbindung wurde gleich beim Öffnen zurückgesetzt.</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN) as soon as it opened.</source>
        <translation>Die Gegenseite hat die Verbindung gleich beim Öffnen geschlossen (FIN).</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>„%1“ muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>„%1“ ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>eine Liste von Namen</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>%1: unknown name &quot;%2&quot;. Known names: %3.</source>
        <translation>%1: unbekannter Name „%2“. Bekannte Namen: %3.</translation>
    </message>
    <message>
        <source>text, a number or a list of them</source>
        <translation>Text, eine Zahl oder eine Liste davon</translation>
    </message>
    <message>
        <source>The profile is too big (%1 bytes; a profile is at most %2).</source>
        <translation>Das Profil ist zu groß (%1 Byte; ein Profil hat höchstens %2).</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at byte %2.</source>
        <translation>Das Profil ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object ({ ... }).</source>
        <translation>Das Profil muss ein JSON-Objekt sein ({ ... }).</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor profile: &quot;schema&quot; must be &quot;%1&quot;.</source>
        <translation>Dies ist kein Profil für Connection Doctor: „schema“ muss „%1“ sein.</translation>
    </message>
    <message>
        <source>This profile was written for a newer version of Connection Doctor (%1).</source>
        <translation>Dieses Profil wurde für eine neuere Version von Connection Doctor geschrieben (%1).</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>Unbekannte Einstellung „%1“. Bekannte Einstellungen: %2.</translation>
    </message>
    <message>
        <source>&quot;target&quot;: %1</source>
        <translation>„target“: %1</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>Das Profil %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The profile %1 was not used. %2</source>
        <translation>Das Profil %1 wurde nicht verwendet. %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>ProgramResetsView</name>
    <message>
        <source>Chart of resets over time by program and server</source>
        <translation>Diagramm der Resets im Zeitverlauf, nach Programm und Server</translation>
    </message>
    <message>
        <source>One line for each of the programs and servers with the most resets; the table below lists them all</source>
        <translation>Eine Linie für jedes der Programme und Server mit den meisten Resets; die Tabelle darunter listet alle auf</translation>
    </message>
    <message>
        <source>Resets by program and server</source>
        <translation>Resets nach Programm und Server</translation>
    </message>
    <message>
        <source>Choose a row to show it alone in the chart; choose it again to show all</source>
        <translation>Wählen Sie eine Zeile, um nur sie im Diagramm anzuzeigen; wählen Sie sie erneut, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Netzwerkänderung</translation>
    </message>
</context>
<context>
    <name>ProxyComparisonCheck</name>
    <message>
        <source>No service was given, so the proxy was not compared.</source>
        <translation>Es wurde kein Dienst angegeben, daher fand kein Vergleich mit dem Proxy statt.</translation>
    </message>
    <message>
        <source>No proxy is used for this service, so there is nothing to compare.</source>
        <translation>Für diesen Dienst wird kein Proxy verwendet, es gibt also nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Your service works both directly and through the proxy server.</source>
        <translation>Ihr Dienst funktioniert sowohl direkt als auch über den Proxyserver.</translation>
    </message>
    <message>
        <source>The proxy server refuses connections to your service</source>
        <translation>Der Proxyserver lehnt Verbindungen zu Ihrem Dienst ab</translation>
    </message>
    <message>
        <source>Connections to your service break when they go through the proxy server</source>
        <translation>Verbindungen zu Ihrem Dienst brechen ab, wenn sie über den Proxyserver laufen</translation>
    </message>
    <message>
        <source>%1; it answered &quot;%2&quot;.</source>
        <translation>%1; der Proxy antwortete „%2“.</translation>
    </message>
    <message>
        <source>Your service works only through the proxy server: programs that do not use the proxy will fail.</source>
        <translation>Ihr Dienst funktioniert nur über den Proxyserver: Programme, die den Proxy nicht verwenden, scheitern.</translation>
    </message>
    <message>
        <source>Your service fails both directly and through the proxy server, so the proxy is not the only problem.</source>
        <translation>Ihr Dienst scheitert sowohl direkt als auch über den Proxyserver, der Proxy ist also nicht das einzige Problem.</translation>
    </message>
</context>
<context>
    <name>ProxyHandshake</name>
    <message>
        <source>the proxy did not answer in time</source>
        <translation>der Proxy hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the proxy connection failed: %1</source>
        <translation>die Verbindung zum Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP</source>
        <translation>der Proxy hat etwas geantwortet, das kein HTTP ist</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP: %1</source>
        <translation>der Proxy hat etwas geantwortet, das kein HTTP ist: %1</translation>
    </message>
    <message>
        <source>the SOCKS proxy refused to talk without a password, or is not SOCKS5</source>
        <translation>der SOCKS-Proxy verweigert die Kommunikation ohne Passwort oder ist kein SOCKS5</translation>
    </message>
</context>
<context>
    <name>ProxySettingsCheck</name>
    <message>
        <source>A proxy setting on this computer cannot be understood; programs may fail to connect.</source>
        <translation>Eine Proxy-Einstellung auf diesem Computer ist fehlerhaft; Programme können womöglich keine Verbindung herstellen.</translation>
    </message>
    <message>
        <source>Connections to %1 go through the proxy server %2 (set by %3).</source>
        <translation>Verbindungen zu %1 laufen über den Proxyserver %2 (festgelegt durch %3).</translation>
    </message>
    <message>
        <source>A proxy is set, but connections to %1 go directly (an exception is set for it).</source>
        <translation>Ein Proxy ist eingestellt, aber Verbindungen zu %1 laufen direkt (dafür ist eine Ausnahme eingerichtet).</translation>
    </message>
    <message>
        <source>No proxy server is set: connections go directly.</source>
        <translation>Kein Proxyserver eingestellt: Verbindungen laufen direkt.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration address is not valid, so programs may not find their proxy.</source>
        <translation>Die Adresse für die automatische Proxy-Konfiguration ist ungültig, daher finden Programme ihren Proxy möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration script cannot be loaded, so programs may not find their proxy.</source>
        <translation>Das Skript für die automatische Proxy-Konfiguration kann nicht geladen werden, daher finden Programme ihren Proxy möglicherweise nicht.</translation>
    </message>
</context>
<context>
    <name>ReachabilityCheck</name>
    <message>
        <source>No reference endpoints are configured, so this step was skipped.</source>
        <translation>Es sind keine Referenz-Endpunkte eingerichtet, daher wurde dieser Schritt übersprungen.</translation>
    </message>
    <message>
        <source>Well-known sites on the internet can be reached.</source>
        <translation>Bekannte Websites im Internet sind erreichbar.</translation>
    </message>
    <message>
        <source>Some well-known sites can be reached and others cannot (%1 of %2).</source>
        <translation>Manche bekannten Websites sind erreichbar, andere nicht (%1 von %2).</translation>
    </message>
    <message>
        <source>No well-known site on the internet can be reached.</source>
        <translation>Keine bekannte Website im Internet ist erreichbar.</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Public IP addresses</source>
        <translation>Öffentliche IP-Adressen</translation>
    </message>
    <message>
        <source>Private (local network) IP addresses</source>
        <translation>Private IP-Adressen (lokales Netzwerk)</translation>
    </message>
    <message>
        <source>Server and computer names (host names)</source>
        <translation>Server- und Computernamen (Hostnamen)</translation>
    </message>
    <message>
        <source>Your user name and this computer&apos;s name</source>
        <translation>Ihr Benutzername und der Name dieses Computers</translation>
    </message>
    <message>
        <source>Network card (MAC) addresses</source>
        <translation>Adressen der Netzwerkkarten (MAC)</translation>
    </message>
    <message>
        <source>File and folder paths</source>
        <translation>Datei- und Ordnerpfade</translation>
    </message>
    <message>
        <source>Unknown kind of value to hide: &quot;%1&quot;. Known kinds: %2.</source>
        <translation>Unbekannte Art von auszublendenden Werten: „%1“. Bekannte Arten: %2.</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>PDF reports are written by the app&apos;s export library.</source>
        <translation>PDF-Berichte werden von der Exportbibliothek der App geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Web page, for anyone (*.html *.htm)</source>
        <translation>Webseite, für alle (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document, for printing (*.pdf)</source>
        <translation>PDF-Dokument, zum Drucken (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, for the helpdesk to open in Connection Doctor (*.json)</source>
        <translation>JSON, für den IT-Support zum Öffnen in Connection Doctor (*.json)</translation>
    </message>
    <message>
        <source>Plain text, for a ticket or an email (*.txt)</source>
        <translation>Reiner Text, für ein Ticket oder eine E-Mail (*.txt)</translation>
    </message>
    <message>
        <source>CSV, the counts over time for a spreadsheet (*.csv)</source>
        <translation>CSV, die Zählwerte im Zeitverlauf für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Cannot tell which format to write &quot;%1&quot; in: end the file name with .html, .pdf, .json, .txt or .csv.</source>
        <translation>Unklar, in welchem Format „%1“ geschrieben werden soll: Der Dateiname muss auf .html, .pdf, .json, .txt oder .csv enden.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Bericht von Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Bericht von Connection Doctor für %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Noch keine Ursache benannt: Es wurde nicht genug getestet.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was Sie jetzt tun sollten</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>Mögliche Ursachen, wahrscheinlichste zuerst</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Was wir festgestellt haben</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator</source>
        <translation>Für den IT-Support oder den Administrator des Servers</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Versuchte Verbindungen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Verbindungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Network changes</source>
        <translation>Netzwerkänderungen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Written by Connection Doctor %1. The same report as JSON (schema %2) can be opened in the app.</source>
        <translation>Erstellt von Connection Doctor %1. Derselbe Bericht als JSON (Schema %2) lässt sich in der App öffnen.</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Auf diesem Computer beobachtete Resets</translation>
    </message>
    <message>
        <source>By program and server</source>
        <translation>Nach Programm und Server</translation>
    </message>
    <message>
        <source>Each reset, oldest first</source>
        <translation>Alle Resets, älteste zuerst</translation>
    </message>
</context>
<context>
    <name>ReportJsonReader</name>
    <message>
        <source>The report&apos;s &quot;%1&quot; has the wrong type.</source>
        <translation>„%1“ im Bericht hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; holds something that is not an entry.</source>
        <translation>„%1“ im Bericht enthält etwas, das kein Eintrag ist.</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor report: it is not valid JSON (%1 at byte %2).</source>
        <translation>Dies ist kein Bericht von Connection Doctor: Es ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Connection Doctor report.</source>
        <translation>Diese JSON-Datei ist kein Bericht von Connection Doctor.</translation>
    </message>
    <message>
        <source>This report was written in a newer format (%1) than this version of Connection Doctor reads.</source>
        <translation>Dieser Bericht wurde in einem neueren Format (%1) geschrieben, als diese Version von Connection Doctor lesen kann.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a Connection Doctor report.</source>
        <translation>%1 ist zu groß für einen Bericht von Connection Doctor.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; has more entries than a report can have.</source>
        <translation>„%1“ im Bericht hat mehr Einträge, als ein Bericht haben kann.</translation>
    </message>
</context>
<context>
    <name>ReportJsonWriter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Bericht von Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Bericht von Connection Doctor für %1</translation>
    </message>
</context>
<context>
    <name>ReportTextWriter</name>
    <message>
        <source>Connection Doctor summary</source>
        <translation>Zusammenfassung von Connection Doctor</translation>
    </message>
    <message>
        <source>Connections tried: %1, of which %2 worked.</source>
        <translation>Versuchte Verbindungen: %1, davon %2 erfolgreich.</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Es wurde noch nichts getestet.</translation>
    </message>
    <message>
        <source>... and %1 more, all in the JSON report.</source>
        <translation>... und %1 weitere, alle im JSON-Bericht.</translation>
    </message>
    <message>
        <source>Most likely cause: %1 (%2%, %3)</source>
        <translation>Wahrscheinlichste Ursache: %1 (%2 %, %3)</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator:</source>
        <translation>Für den IT-Support oder den Administrator des Servers:</translation>
    </message>
    <message>
        <source>Other possible causes: %1</source>
        <translation>Weitere mögliche Ursachen: %1</translation>
    </message>
    <message>
        <source>Checks: %1 run, %2 passed.</source>
        <translation>Prüfungen: %1 ausgeführt, %2 bestanden.</translation>
    </message>
    <message>
        <source>Connection Doctor report</source>
        <translation>Bericht von Connection Doctor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Noch keine Ursache benannt: Es wurde nicht genug getestet.</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>Mögliche Ursachen, wahrscheinlichste zuerst</translation>
    </message>
    <message>
        <source>What we saw:</source>
        <translation>Was wir festgestellt haben:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Versuchte Verbindungen</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Verbindungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, all in the JSON report.</source>
        <translation>
            <numerusform>... und %n weiterer Eintrag, ebenfalls im JSON-Bericht.</numerusform>
            <numerusform>... und %n weitere Einträge, alle im JSON-Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>By program and server:</source>
        <translation>Nach Programm und Server:</translation>
    </message>
    <message>
        <source>Each reset, oldest first:</source>
        <translation>Alle Resets, älteste zuerst:</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Auf diesem Computer beobachtete Resets</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Most likely cause</source>
        <translation>Wahrscheinlichste Ursache</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was Sie jetzt tun sollten</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Verbindungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Every check and what it found</source>
        <translation>Alle Prüfungen und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Der Bericht</translation>
    </message>
    <message>
        <source>The most likely cause first, then every possible cause, the chart and the checks</source>
        <translation>Zuerst die wahrscheinlichste Ursache, dann alle möglichen Ursachen, das Diagramm und die Prüfungen</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Es wurde noch nichts getestet.</translation>
    </message>
    <message>
        <source>Not enough was tested to name a cause.</source>
        <translation>Es wurde nicht genug getestet, um eine Ursache zu nennen.</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Was wir festgestellt haben</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>For your helpdesk or the server&apos;s administrator</source>
        <translation>Für Ihren IT-Support oder den Administrator des Servers</translation>
    </message>
    <message>
        <source>Details of the most likely cause</source>
        <translation>Details zur wahrscheinlichsten Ursache</translation>
    </message>
    <message>
        <source>Other possible causes</source>
        <translation>Weitere mögliche Ursachen</translation>
    </message>
    <message>
        <source>Details of what the tests found</source>
        <translation>Details zu dem, was die Tests gefunden haben</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open report...</source>
        <translation>Bericht ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>A saved report, read-only.</source>
        <translation>Ein gespeicherter Bericht, schreibgeschützt.</translation>
    </message>
    <message>
        <source>Saved report - Connection Doctor</source>
        <translation>Gespeicherter Bericht - Connection Doctor</translation>
    </message>
    <message>
        <source>Saved report for %1 - Connection Doctor</source>
        <translation>Gespeicherter Bericht für %1 - Connection Doctor</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Connection Doctor reports (*.json)</source>
        <translation>Berichte von Connection Doctor (*.json)</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cut off (reset)</source>
        <translation>Abgebrochen (Reset)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <source>Network connection came up</source>
        <translation>Netzwerkverbindung hergestellt</translation>
    </message>
    <message>
        <source>Network connection went down</source>
        <translation>Netzwerkverbindung getrennt</translation>
    </message>
    <message>
        <source>VPN connected</source>
        <translation>VPN verbunden</translation>
    </message>
    <message>
        <source>VPN disconnected</source>
        <translation>VPN getrennt</translation>
    </message>
    <message>
        <source>Proxy settings changed</source>
        <translation>Proxy-Einstellungen geändert</translation>
    </message>
    <message>
        <source>Computer woke from sleep</source>
        <translation>Computer aus dem Ruhezustand aufgewacht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The run was stopped before the end.</source>
        <translation>Der Durchlauf wurde vorzeitig angehalten.</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Connection Doctor version</source>
        <translation>Version von Connection Doctor</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Computername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>Schnittstelle %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Most cut off in one minute: %1, from %2.</source>
        <translation>Die meisten Abbrüche in einer Minute: %1, ab %2.</translation>
    </message>
    <message>
        <source>Network changes while watching: %1.</source>
        <translation>Netzwerkänderungen während der Beobachtung: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>CAN bus</source>
        <translation>CAN-Bus</translation>
    </message>
    <message>
        <source>WiMAX</source>
        <translation>WiMAX</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>The system counted %n reset(s) while watching.</source>
        <translation>
            <numerusform>Das System hat während der Überwachung %n Reset gezählt.</numerusform>
            <numerusform>Das System hat während der Überwachung %n Resets gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n reset(s).</source>
        <translation>
            <numerusform>Aufgezeichnet wurde %n Reset.</numerusform>
            <numerusform>Aufgezeichnet wurden %n Resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time, so some resets may be missing.</source>
        <translation>
            <numerusform>Das System hat %n Ereignis verworfen, das es nicht rechtzeitig weitergeben konnte; daher fehlen möglicherweise einige Resets.</numerusform>
            <numerusform>Das System hat %n Ereignisse verworfen, die es nicht rechtzeitig weitergeben konnte; daher fehlen möglicherweise einige Resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out of the log to keep it to a bounded size.</source>
        <translation>
            <numerusform>%n Reset, der älteste, wurde aus dem Protokoll entfernt, damit es nicht unbegrenzt wächst.</numerusform>
            <numerusform>Die ältesten %n Resets wurden aus dem Protokoll entfernt, damit es nicht unbegrenzt wächst.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Quiet before the reset</source>
        <translation>Ruhezeit vor dem Reset</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why we think so</source>
        <translation>Warum wir das annehmen</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The reset watch saw %1.</source>
        <translation>Die Reset-Überwachung sah %1.</translation>
    </message>
    <message>
        <source>Answer without end</source>
        <translation>Antwort ohne Ende</translation>
    </message>
    <message>
        <source>Garbled answer</source>
        <translation>Unverständliche Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Watched for %1: no connection was tried.</source>
        <translation>%1 lang beobachtet: keine Verbindung versucht.</translation>
    </message>
    <message numerus="yes">
        <source>Watched for %1: %n connection(s), %2 of them cut off (%3%; the true share is likely between %4% and %5%).</source>
        <translation>
            <numerusform>%1 lang beobachtet: %n Verbindung, davon %2 abgebrochen (%3 %; der wahre Anteil liegt wahrscheinlich zwischen %4 % und %5 %).</numerusform>
            <numerusform>%1 lang beobachtet: %n Verbindungen, davon %2 abgebrochen (%3 %; der wahre Anteil liegt wahrscheinlich zwischen %4 % und %5 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resets of this server before the run</source>
        <translation>Resets dieses Servers vor dem Lauf</translation>
    </message>
    <message>
        <source>The background watch&apos;s log could not be read for the history of %1: %2</source>
        <translation>Das Protokoll der Hintergrundüberwachung konnte für den Verlauf von %1 nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The background watch&apos;s log from %1 to %2 holds %n reset(s) of connections to %3.</source>
        <translation>
            <numerusform>Das Protokoll der Hintergrundüberwachung von %1 bis %2 enthält %n Reset von Verbindungen zu %3.</numerusform>
            <numerusform>Das Protokoll der Hintergrundüberwachung von %1 bis %2 enthält %n Resets von Verbindungen zu %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s oldest %n reset(s), of every server, were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>%n Reset, der älteste des Protokolls (aller Server), wurde weggelassen, damit die Liste begrenzt bleibt.</numerusform>
            <numerusform>Die ältesten %n Resets des Protokolls (aller Server) wurden weggelassen, damit die Liste begrenzt bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch missed or did not write %n reset(s) of any server in that time, so some may be missing.</source>
        <translation>
            <numerusform>Die Hintergrundüberwachung hat in dieser Zeit %n Reset (irgendeines Servers) verpasst oder nicht geschrieben; es können also welche fehlen.</numerusform>
            <numerusform>Die Hintergrundüberwachung hat in dieser Zeit %n Resets (irgendeines Servers) verpasst oder nicht geschrieben; es können also welche fehlen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetChartView</name>
    <message>
        <source>Chart of connections cut off over time</source>
        <translation>Diagramm der abgebrochenen Verbindungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Verbindungen pro Sekunde</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Netzwerkänderung</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and -, move with the arrow keys; the sentence under the chart says what it shows</source>
        <translation>Mit dem Mausrad oder + und - zoomen, mit den Pfeiltasten verschieben; der Satz unter dem Diagramm beschreibt, was es zeigt</translation>
    </message>
</context>
<context>
    <name>ResetEvent</name>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
</context>
<context>
    <name>ResetHistory</name>
    <message>
        <source>The background watch&apos;s log (%1) is readable only by root and members of the %2 group: ask an administrator to add you to it (sudo adduser YOUR-NAME %2), then log in again.</source>
        <translation>Das Protokoll der Hintergrundüberwachung (%1) können nur root und Mitglieder der Gruppe %2 lesen: Bitten Sie eine Administratorin oder einen Administrator, Sie hinzuzufügen (sudo adduser IHR-NAME %2), und melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <source>There is no background watch log in %1: the background watch (connection-doctor-watch.service) has not run on this computer, or its log was removed.</source>
        <translation>In %1 gibt es kein Protokoll der Hintergrundüberwachung: Die Hintergrundüberwachung (connection-doctor-watch.service) ist auf diesem Computer nicht gelaufen, oder ihr Protokoll wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is not a directory, so it holds no background watch log.</source>
        <translation>%1 ist kein Verzeichnis und enthält daher kein Protokoll der Hintergrundüberwachung.</translation>
    </message>
    <message>
        <source>The background watch has written no log in %1 yet.</source>
        <translation>Die Hintergrundüberwachung hat in %1 noch kein Protokoll geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n of the log&apos;s files could not be read (%1).</source>
        <translation>
            <numerusform>%n Datei des Protokolls konnte nicht gelesen werden (%1).</numerusform>
            <numerusform>%n Dateien des Protokolls konnten nicht gelesen werden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The background watch could see no resets: %1; %2</source>
        <translation>Die Hintergrundüberwachung konnte keine Resets sehen: %1; %2</translation>
    </message>
    <message>
        <source>The background watch wrote nothing after %1; its log ends at %2.</source>
        <translation>Die Hintergrundüberwachung hat nach %1 nichts geschrieben; ihr Protokoll endet am %2.</translation>
    </message>
    <message>
        <source>The background watch&apos;s log covers %1 to %2.</source>
        <translation>Das Protokoll der Hintergrundüberwachung reicht von %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n reset(s) in that time.</source>
        <translation>
            <numerusform>Es enthält %n Reset in dieser Zeit.</numerusform>
            <numerusform>Es enthält %n Resets in dieser Zeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>%n, der älteste, wurde weggelassen, damit die Liste begrenzt bleibt.</numerusform>
            <numerusform>Die ältesten %n wurden weggelassen, damit die Liste begrenzt bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) the watch could not take in time, so some resets may be missing.</source>
        <translation>
            <numerusform>Das System hat %n Ereignis verworfen, das die Überwachung nicht rechtzeitig annehmen konnte; es können also Resets fehlen.</numerusform>
            <numerusform>Das System hat %n Ereignisse verworfen, die die Überwachung nicht rechtzeitig annehmen konnte; es können also Resets fehlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch did not write %n reset(s), to keep its log to a bounded size.</source>
        <translation>
            <numerusform>Die Hintergrundüberwachung hat %n Reset nicht geschrieben, damit ihr Protokoll begrenzt bleibt.</numerusform>
            <numerusform>Die Hintergrundüberwachung hat %n Resets nicht geschrieben, damit ihr Protokoll begrenzt bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the log could not be read (cut off by a crash or a power cut) and were skipped.</source>
        <translation>
            <numerusform>%n Zeile des Protokolls war nicht lesbar (durch einen Absturz oder Stromausfall abgeschnitten) und wurde übersprungen.</numerusform>
            <numerusform>%n Zeilen des Protokolls waren nicht lesbar (durch einen Absturz oder Stromausfall abgeschnitten) und wurden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetLog</name>
    <message>
        <source>other programs and servers</source>
        <translation>andere Programme und Server</translation>
    </message>
    <message>
        <source>other servers</source>
        <translation>andere Server</translation>
    </message>
</context>
<context>
    <name>ResetPatterns</name>
    <message>
        <source>No connection was cut off in the last %1 min.</source>
        <translation>In den letzten %1 Min. wurde keine Verbindung abgebrochen.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, regularly, about one every %3 s.</source>
        <translation>Abgebrochene Verbindungen in den letzten %1 Min.: %2, regelmäßig, etwa eine alle %3 s.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, in bursts (%3).</source>
        <translation>Abgebrochene Verbindungen in den letzten %1 Min.: %2, gehäuft in Schüben (%3).</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, at irregular times.</source>
        <translation>Abgebrochene Verbindungen in den letzten %1 Min.: %2, zu unregelmäßigen Zeiten.</translation>
    </message>
</context>
<context>
    <name>ResetRowsModel</name>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>%n Reset</numerusform>
            <numerusform>%n Resets</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Quiet before</source>
        <translation>Ruhezeit davor</translation>
    </message>
</context>
<context>
    <name>ResetSenderJudge</name>
    <message>
        <source>its SYN-ACK</source>
        <translation>sein SYN-ACK</translation>
    </message>
    <message>
        <source>its packets</source>
        <translation>seine Pakete</translation>
    </message>
    <message>
        <source>its SYN-ACK on another connection</source>
        <translation>sein SYN-ACK auf einer anderen Verbindung</translation>
    </message>
    <message>
        <source>This computer answered a packet for a connection it no longer had (or never had) with a reset.</source>
        <translation>Dieser Computer hat ein Paket für eine Verbindung, die er nicht mehr (oder nie) hatte, mit einem Reset beantwortet.</translation>
    </message>
    <message>
        <source>This computer sent the reset: %1 ended the connection abruptly.</source>
        <translation>Dieser Computer hat den Reset gesendet: %1 hat die Verbindung abrupt beendet.</translation>
    </message>
    <message>
        <source>The reset&apos;s packet was not seen, so who sent it cannot be told.</source>
        <translation>Das Paket des Resets wurde nicht gesehen, daher lässt sich nicht sagen, wer ihn gesendet hat.</translation>
    </message>
    <message>
        <source>Packets were not being captured, so who sent the reset cannot be told.</source>
        <translation>Es wurden keine Pakete mitgeschnitten, daher lässt sich nicht sagen, wer den Reset gesendet hat.</translation>
    </message>
    <message>
        <source>its IP ID is 0, while the server&apos;s packets had other IDs</source>
        <translation>seine IP ID ist 0, während die Pakete des Servers andere IDs hatten</translation>
    </message>
    <message numerus="yes">
        <source>%n resets came in a burst with changing sequence numbers, as injecting devices send them</source>
        <translation>
            <numerusform>%n Reset kam in einer schnellen Folge mit wechselnden Sequenznummern, wie Geräte sie senden, die Resets einschleusen</numerusform>
            <numerusform>%n Resets kamen in einer schnellen Folge mit wechselnden Sequenznummern, wie Geräte sie senden, die Resets einschleusen</numerusform>
        </translation>
    </message>
    <message>
        <source>it carried text: &quot;%1&quot;</source>
        <translation>er enthielt Text: „%1“</translation>
    </message>
    <message>
        <source>its sequence number is not the one the server was due to send</source>
        <translation>seine Sequenznummer ist nicht die, die der Server hätte senden müssen</translation>
    </message>
    <message>
        <source>its sequence number is the one the server was due to send next</source>
        <translation>seine Sequenznummer ist genau die, die der Server als Nächstes senden musste</translation>
    </message>
    <message>
        <source>it carries TCP timestamps, like the server&apos;s packets</source>
        <translation>er trägt TCP-Zeitstempel, wie die Pakete des Servers</translation>
    </message>
    <message numerus="yes">
        <source>The reset came from %n hop(s) away (TTL %1), but none of the server&apos;s own packets were seen to compare.</source>
        <translation>
            <numerusform>Der Reset kam aus %n Hop Entfernung (TTL %1), aber es wurden keine eigenen Pakete des Servers zum Vergleich gesehen.</numerusform>
            <numerusform>Der Reset kam aus %n Hops Entfernung (TTL %1), aber es wurden keine eigenen Pakete des Servers zum Vergleich gesehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs on this computer, so distance cannot tell who sent the reset.</source>
        <translation>Der Server läuft auf diesem Computer, daher lässt sich anhand der Entfernung nicht sagen, wer den Reset gesendet hat.</translation>
    </message>
    <message numerus="yes">
        <source>The reset arrived with TTL %1, from %n hop(s) away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</source>
        <translation>
            <numerusform>Der Reset kam mit TTL %1 an, aus %n Hop Entfernung; die Pakete des Servers (%2) kommen mit TTL %3 an, aus %4 Hops Entfernung: Ein Gerät zwischen Ihnen und dem Server hat ihn gesendet.</numerusform>
            <numerusform>Der Reset kam mit TTL %1 an, aus %n Hops Entfernung; die Pakete des Servers (%2) kommen mit TTL %3 an, aus %4 Hops Entfernung: Ein Gerät zwischen Ihnen und dem Server hat ihn gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hop(s) away.</source>
        <translation>
            <numerusform>Der Reset kam aus derselben Entfernung wie die Pakete des Servers (%1): TTL %2, %n Hop entfernt.</numerusform>
            <numerusform>Der Reset kam aus derselben Entfernung wie die Pakete des Servers (%1): TTL %2, %n Hops entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from further away (TTL %1, %n hop(s)) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</source>
        <translation>
            <numerusform>Der Reset kam aus größerer Entfernung (TTL %1, %n Hop) als die Pakete des Servers (TTL %2): etwas hinter dem Server oder ein Gerät, das seine eigene TTL gesetzt hat.</numerusform>
            <numerusform>Der Reset kam aus größerer Entfernung (TTL %1, %n Hops) als die Pakete des Servers (TTL %2): etwas hinter dem Server oder ein Gerät, das seine eigene TTL gesetzt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlike the server&apos;s own packets: %1.</source>
        <translation>Anders als bei den eigenen Paketen des Servers: %1.</translation>
    </message>
    <message>
        <source>Like the server&apos;s own packets: %1.</source>
        <translation>Wie bei den eigenen Paketen des Servers: %1.</translation>
    </message>
    <message>
        <source>NAT routers and load balancers can change TTLs, and a device can copy the server&apos;s: this is strong evidence, not proof.</source>
        <translation>NAT-Router und Load Balancer können TTLs verändern, und ein Gerät kann die des Servers nachahmen: Das ist ein starkes Indiz, aber kein Beweis.</translation>
    </message>
    <message>
        <source>This computer&apos;s system says why it sent the reset: %1 (%2).</source>
        <translation>Das System dieses Computers sagt, warum es den Reset gesendet hat: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWatch</name>
    <message>
        <source>Without packet capture the watch cannot tell who sent each reset (%1).</source>
        <translation>Ohne Paketmitschnitt kann die Reset-Überwachung nicht erkennen, wer die einzelnen Resets gesendet hat (%1).</translation>
    </message>
    <message>
        <source>Without the kernel&apos;s events the watch cannot name the program behind each reset (%1).</source>
        <translation>Ohne die Ereignisse des Kernels kann die Reset-Überwachung nicht das Programm hinter den einzelnen Resets nennen (%1).</translation>
    </message>
    <message>
        <source>Only the system&apos;s count of resets is shown, without programs or servers.</source>
        <translation>Es wird nur die Reset-Zählung des Systems angezeigt, ohne Programme oder Server.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped.</source>
        <translation>Das Hilfsprogramm der Reset-Überwachung wurde beendet.</translation>
    </message>
    <message>
        <source>This system has no way to ask for permission here (pkexec is missing).</source>
        <translation>Dieses System kann hier nicht um Erlaubnis fragen (pkexec fehlt).</translation>
    </message>
    <message>
        <source>Starting the reset watch...</source>
        <translation>Reset-Überwachung wird gestartet...</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>Reset-Überwachung: %1.</translation>
    </message>
    <message>
        <source>Resets counted by the system, for every program together.</source>
        <translation>Vom System gezählte Resets, für alle Programme zusammen.</translation>
    </message>
    <message>
        <source>No program on this computer has had a connection reset since the watch started.</source>
        <translation>Seit dem Start der Reset-Überwachung wurde bei keinem Programm auf diesem Computer eine Verbindung abgebrochen (Reset).</translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen on this computer. The most: %1.</source>
        <translation>
            <numerusform>%n Reset auf diesem Computer beobachtet. Am häufigsten: %1.</numerusform>
            <numerusform>%n Resets auf diesem Computer beobachtet. Am häufigsten: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWatchRules</name>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s), each after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>Die Verbindungen von %1 zu %2 wurden %n-mal abgebrochen (Reset), jedes Mal nach %3 bis %4 Ruhezeit.</numerusform>
            <numerusform>Die Verbindungen von %1 zu %2 wurden %n-mal abgebrochen (Reset), jedes Mal nach %3 bis %4 Ruhezeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s); %5 of them after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>Die Verbindungen von %1 zu %2 wurden %n-mal abgebrochen (Reset); %5-mal davon nach %3 bis %4 Ruhezeit.</numerusform>
            <numerusform>Die Verbindungen von %1 zu %2 wurden %n-mal abgebrochen (Reset); %5-mal davon nach %3 bis %4 Ruhezeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resets were sent by %1.</source>
        <translation>Absender der Resets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>%n Reset, dessen Paket gesehen wurde, kam von einem Gerät auf dem Weg, nicht vom Server.</numerusform>
            <numerusform>Alle %n Resets, deren Pakete gesehen wurden, kamen von einem Gerät auf dem Weg, nicht vom Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>%1 von %n Reset, dessen Paket gesehen wurde, kam von einem Gerät auf dem Weg, nicht vom Server.</numerusform>
            <numerusform>%1 der %n Resets, deren Pakete gesehen wurden, kamen von einem Gerät auf dem Weg, nicht vom Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them refused the connection before it was established.</source>
        <translation>
            <numerusform>%n davon hat die Verbindung abgewiesen, bevor sie aufgebaut war.</numerusform>
            <numerusform>%n davon haben die Verbindung abgewiesen, bevor sie aufgebaut war.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 resets of connections to %n different server(s) came within 5 seconds, starting at %2.</source>
        <translation>
            <numerusform>%1 Resets von Verbindungen zu %n Server kamen innerhalb von 5 Sekunden, ab %2.</numerusform>
            <numerusform>%1 Resets von Verbindungen zu %n verschiedenen Servern kamen innerhalb von 5 Sekunden, ab %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) was of a connection to the proxy server (%1).</source>
        <translation>
            <numerusform>%n Reset betraf eine Verbindung zum Proxyserver (%1).</numerusform>
            <numerusform>Alle %n Resets betrafen Verbindungen zum Proxyserver (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All traffic goes through the VPN, and %1 of the %n reset(s) came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>Der gesamte Datenverkehr läuft über das VPN, und %1 von %n Reset kam von einem Gerät auf dem Weg, nicht vom Server.</numerusform>
            <numerusform>Der gesamte Datenverkehr läuft über das VPN, und %1 der %n Resets kamen von einem Gerät auf dem Weg, nicht vom Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) of %1&apos;s connections to %2 was sent by the server itself.</source>
        <translation>
            <numerusform>%n Reset der Verbindungen von %1 zu %2 wurde vom Server selbst gesendet.</numerusform>
            <numerusform>Alle %n Resets der Verbindungen von %1 zu %2 wurden vom Server selbst gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 of the %n reset(s) of %1&apos;s connections to %2 were sent by the server itself.</source>
        <translation>
            <numerusform>%3 von %n Reset der Verbindungen von %1 zu %2 wurde vom Server selbst gesendet.</numerusform>
            <numerusform>%3 der %n Resets der Verbindungen von %1 zu %2 wurden vom Server selbst gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refusal&apos;s packets came from the server itself.</source>
        <translation>Die Pakete der Ablehnung kamen vom Server selbst.</translation>
    </message>
    <message numerus="yes">
        <source>That device is %n hop(s) from you; the server is %1 hops away.</source>
        <translation>
            <numerusform>Dieses Gerät ist %n Hop von Ihnen entfernt; der Server %1 Hops.</numerusform>
            <numerusform>Dieses Gerät ist %n Hops von Ihnen entfernt; der Server %1 Hops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The refusal&apos;s packets came from a device %n hop(s) from you, not from the server (%1 hops away).</source>
        <translation>
            <numerusform>Die Pakete der Ablehnung kamen von einem Gerät %n Hop von Ihnen entfernt, nicht vom Server (%1 Hops entfernt).</numerusform>
            <numerusform>Die Pakete der Ablehnung kamen von einem Gerät %n Hops von Ihnen entfernt, nicht vom Server (%1 Hops entfernt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of the resets were sent by %1.</source>
        <translation>Die meisten Resets kamen von: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This computer sent %n reset(s) that ended %1&apos;s connections to %2.</source>
        <translation>
            <numerusform>Dieser Computer hat %n Reset gesendet, der die Verbindungen von %1 zu %2 beendet hat.</numerusform>
            <numerusform>Dieser Computer hat %n Resets gesendet, die die Verbindungen von %1 zu %2 beendet haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s reason for each: %1 (%2).</source>
        <translation>Der Grund des Systems für jeden: %1 (%2).</translation>
    </message>
    <message>
        <source>The system&apos;s reason for most of them: %1 (%2).</source>
        <translation>Der Grund des Systems für die meisten: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWording</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message numerus="yes">
        <source>a device %n hop(s) away</source>
        <translation>
            <numerusform>ein Gerät %n Hop entfernt</numerusform>
            <numerusform>ein Gerät %n Hops entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>a device between you and the server</source>
        <translation>ein Gerät zwischen Ihnen und dem Server</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>every program&apos;s connections, from the system&apos;s own events</source>
        <translation>die Verbindungen aller Programme, anhand der eigenen Ereignisse des Systems</translation>
    </message>
    <message>
        <source>packets only, without the programs behind them</source>
        <translation>nur Pakete, ohne die Programme dahinter</translation>
    </message>
    <message>
        <source>the system&apos;s count of resets only</source>
        <translation>nur die Reset-Zählung des Systems</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message numerus="yes">
        <source>about %n ms</source>
        <translation>
            <numerusform>etwa %n ms</numerusform>
            <numerusform>etwa %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>etwa %n s</numerusform>
            <numerusform>etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>unbekannter Zustand</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4): %5, sent by %6</source>
        <translation>%1 %2 → %3 (%4): %5, Absender: %6</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), sent by %3</source>
        <translation>
            <numerusform>%1 → %2: %n Reset, Absender: %3</numerusform>
            <numerusform>%1 → %2: %n Resets, Absender: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, typically after %1 of quiet</source>
        <translation>, meist nach %1 Ruhezeit</translation>
    </message>
    <message>
        <source>none: it was in use</source>
        <translation>keine: Die Verbindung war in Benutzung</translation>
    </message>
    <message>
        <source>, typically while in use</source>
        <translation>, meist während der Benutzung</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), mostly sent by %3</source>
        <translation>
            <numerusform>%1 → %2: %n Reset, meist mit Absender %3</numerusform>
            <numerusform>%1 → %2: %n Resets, meist mit Absender %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the kernel gave no particular reason</source>
        <translation>der Kernel hat keinen bestimmten Grund genannt</translation>
    </message>
    <message>
        <source>nothing on this computer listens on that port any more, or the connection was already gone</source>
        <translation>auf diesem Computer wartet an diesem Port nichts mehr, oder die Verbindung bestand schon nicht mehr</translation>
    </message>
    <message>
        <source>the program closed the connection before reading all that had arrived</source>
        <translation>das Programm hat die Verbindung geschlossen, bevor es alles Angekommene gelesen hatte</translation>
    </message>
    <message>
        <source>the program closed the connection with data still unread</source>
        <translation>das Programm hat die Verbindung mit noch ungelesenen Daten geschlossen</translation>
    </message>
    <message>
        <source>the program had closed the connection, and the other side did not finish closing it in time</source>
        <translation>das Programm hatte die Verbindung geschlossen, und die Gegenseite hat das Schließen nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>the computer was out of memory for connections</source>
        <translation>dem Computer ging der Speicher für Verbindungen aus</translation>
    </message>
    <message>
        <source>the other side stopped answering keep-alive checks</source>
        <translation>die Gegenseite hat nicht mehr auf Keep-alive-Prüfungen geantwortet</translation>
    </message>
    <message>
        <source>the program cut the connection off at once instead of closing it</source>
        <translation>das Programm hat die Verbindung sofort abgebrochen, statt sie zu schließen</translation>
    </message>
    <message>
        <source>the program disconnected with data still unread</source>
        <translation>das Programm hat die Verbindung mit noch ungelesenen Daten getrennt</translation>
    </message>
    <message>
        <source>%1; why: %2 (%3)</source>
        <translation>%1; Grund: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server&apos;s name, then its address</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and other names</source>
        <translation>%1 und weitere Namen</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>What we found, most likely cause first.</source>
        <translation>Unsere Ergebnisse, die wahrscheinlichste Ursache zuerst.</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>Save the report as a web page, PDF, text or JSON file to send to your helpdesk</source>
        <translation>Den Bericht als Webseite, PDF-, Text- oder JSON-Datei speichern, um ihn an Ihren IT-Support zu senden</translation>
    </message>
    <message>
        <source>Your helpdesk asks you to send the report to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Ihr IT-Support bittet Sie, den Bericht an &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; zu senden.</translation>
    </message>
    <message>
        <source>&amp;Include this server&apos;s resets from before this run (the background watch&apos;s log)</source>
        <translation>Resets dieses Servers von vor diesem Lauf e&amp;inbeziehen (Protokoll der Hintergrundüberwachung)</translation>
    </message>
    <message>
        <source>Adds what the background watch saw of this server&apos;s connections over the last 7 days, in any program, to the report and every export. Off unless you or your helpdesk turn it on.</source>
        <translation>Fügt dem Bericht und jedem Export hinzu, was die Hintergrundüberwachung in den letzten 7 Tagen von den Verbindungen zu diesem Server gesehen hat, in jedem Programm. Aus, solange weder Sie noch Ihr Helpdesk es einschalten.</translation>
    </message>
</context>
<context>
    <name>RouteCheck</name>
    <message>
        <source>The routing table could not be read, so this step was skipped.</source>
        <translation>Die Routingtabelle konnte nicht gelesen werden, daher wurde dieser Schritt übersprungen.</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>This computer has no way out to the internet: there is no default route (no router is set).</source>
        <translation>Dieser Computer hat keinen Weg ins Internet: Es gibt keine Standardroute (kein Router eingestellt).</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves through %1.</source>
        <translation>Der Internetverkehr läuft über %1.</translation>
    </message>
    <message>
        <source>Traffic to the internet goes through the router %1 (%2).</source>
        <translation>Der Internetverkehr läuft über den Router %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Enter a web address or a server name, for example www.example.com or mail.example.com:993.</source>
        <translation>Geben Sie eine Webadresse oder einen Servernamen ein, zum Beispiel www.example.com oder mail.example.com:993.</translation>
    </message>
    <message>
        <source>The address is too long to be real; check what was pasted.</source>
        <translation>Die Adresse ist zu lang, um echt zu sein; prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>The address contains a space; remove it and try again.</source>
        <translation>Die Adresse enthält ein Leerzeichen; entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This web address is not valid: %1</source>
        <translation>Diese Webadresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>The web address has no server name after &quot;%1://&quot;.</source>
        <translation>In der Webadresse fehlt der Servername nach „%1://“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; addresses have no usual port; add one, for example %2:8080.</source>
        <translation>Für „%1“-Adressen gibt es keinen üblichen Port; geben Sie einen an, zum Beispiel %2:8080.</translation>
    </message>
    <message>
        <source>An IPv6 address in brackets needs a closing &quot;]&quot;.</source>
        <translation>Eine IPv6-Adresse in eckigen Klammern braucht ein schließendes „]“.</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address, as in [2001:db8::1]:443.</source>
        <translation>Auf die IPv6-Adresse darf nur ein Port folgen, wie in [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address. Write IPv6 addresses with a port as [address]:port.</source>
        <translation>„%1“ ist keine gültige Adresse. Schreiben Sie IPv6-Adressen mit Port als [Adresse]:Port.</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>Der Servername fehlt.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number. Ports are numbers from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl. Ports sind Zahlen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The port %1 is out of range. Ports are numbers from 1 to 65535.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs. Ports sind Zahlen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The server name is longer than %1 characters, which no real name is.</source>
        <translation>Der Servername ist länger als %1 Zeichen – so lang ist kein echter Name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>„%1“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read two ways. Did you mean %2 (the address %3, port %4)? For the address %1 itself, write [%1].</source>
        <translation>„%1“ lässt sich auf zwei Arten lesen. Meinten Sie %2 (die Adresse %3, Port %4)? Für die Adresse %1 selbst schreiben Sie [%1].</translation>
    </message>
</context>
<context>
    <name>TcpCountersCheck</name>
    <message>
        <source>This computer&apos;s connection statistics could not be read, so this step was skipped.</source>
        <translation>Die Verbindungsstatistik dieses Computers konnte nicht gelesen werden, daher wurde dieser Schritt übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Connections on this computer were reset while we watched: %1 in %n second(s).</source>
        <translation>
            <numerusform>Während der Beobachtung wurden auf diesem Computer Verbindungen abgebrochen: %1 in %n Sekunde.</numerusform>
            <numerusform>Während der Beobachtung wurden auf diesem Computer Verbindungen abgebrochen: %1 in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No connection on this computer was reset while we watched (%n second(s)).</source>
        <translation>
            <numerusform>Während der Beobachtung (%n Sekunde) wurde auf diesem Computer keine Verbindung abgebrochen.</numerusform>
            <numerusform>Während der Beobachtung (%n Sekunden) wurde auf diesem Computer keine Verbindung abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineSvg</name>
    <message>
        <source>Connections per second by how they ended, %1 to %2</source>
        <translation>Verbindungen pro Sekunde nach Ausgang, %1 bis %2</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
</context>
<context>
    <name>TlsSniExperiment</name>
    <message>
        <source>The service does not use a secure (TLS) connection, so this test does not apply.</source>
        <translation>Der Dienst verwendet keine sichere (TLS-)Verbindung, daher entfällt dieser Test.</translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer.</source>
        <translation>Sichere Verbindungen sind auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <source>Secure connections are cut off because of the site&apos;s name: something between you and the server filters it.</source>
        <translation>Sichere Verbindungen werden wegen des Namens der Website abgebrochen: Etwas zwischen Ihnen und dem Server filtert ihn.</translation>
    </message>
    <message>
        <source>Secure connections are cut off during setup, whatever the site name.</source>
        <translation>Sichere Verbindungen werden beim Aufbau abgebrochen, unabhängig vom Namen der Website.</translation>
    </message>
    <message>
        <source>Secure connections to your service are set up normally.</source>
        <translation>Sichere Verbindungen zu Ihrem Dienst werden normal aufgebaut.</translation>
    </message>
    <message>
        <source>Secure connections to your service fail (%1).</source>
        <translation>Sichere Verbindungen zu Ihrem Dienst schlagen fehl (%1).</translation>
    </message>
</context>
<context>
    <name>UnsupportedResetSource</name>
    <message>
        <source>Watching every program&apos;s resets is not available on this system yet.</source>
        <translation>Die Überwachung der Resets aller Programme ist auf diesem System noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>VpnCheck</name>
    <message>
        <source>No VPN is switched on.</source>
        <translation>Es ist kein VPN eingeschaltet.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on and carries all your internet traffic; VPNs are a common cause of cut connections.</source>
        <translation>Ein VPN (%1) ist eingeschaltet und leitet Ihren gesamten Internetverkehr; VPNs sind eine häufige Ursache für abgebrochene Verbindungen.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on; it carries only some of your traffic.</source>
        <translation>Ein VPN (%1) ist eingeschaltet; es leitet nur einen Teil Ihres Datenverkehrs.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Practice &amp;example:</source>
        <translation>Übungs&amp;beispiel:</translation>
    </message>
    <message>
        <source>Tell us what stopped working. We will test your connection step by step and tell you what to do.</source>
        <translation>Sagen Sie uns, was nicht mehr funktioniert. Wir testen Ihre Verbindung Schritt für Schritt und sagen Ihnen, was zu tun ist.</translation>
    </message>
    <message>
        <source>A website won&apos;t load</source>
        <translation>Eine Website lädt nicht</translation>
    </message>
    <message>
        <source>An app shows an error</source>
        <translation>Eine App zeigt einen Fehler an</translation>
    </message>
    <message>
        <source>An upload fails</source>
        <translation>Ein Upload schlägt fehl</translation>
    </message>
    <message>
        <source>A remote server or SSH session drops</source>
        <translation>Eine Remote- oder SSH-Sitzung bricht ab</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>What were you doing</source>
        <translation>Was Sie gerade gemacht haben</translation>
    </message>
    <message>
        <source>for example www.example.com or mail.example.com:993</source>
        <translation>zum Beispiel www.example.com oder mail.example.com:993</translation>
    </message>
    <message>
        <source>Web address or server name</source>
        <translation>Webadresse oder Servername</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>Optional: paste the error message you saw here</source>
        <translation>Optional: Fügen Sie hier die Fehlermeldung ein, die Sie gesehen haben</translation>
    </message>
    <message>
        <source>The error message you saw</source>
        <translation>Die Fehlermeldung, die Sie gesehen haben</translation>
    </message>
    <message>
        <source>Practice example</source>
        <translation>Übungsbeispiel</translation>
    </message>
    <message>
        <source>&amp;What were you doing?</source>
        <translation>Was haben Sie &amp;gerade gemacht?</translation>
    </message>
    <message>
        <source>W&amp;here? (web address or server name)</source>
        <translation>W&amp;o? (Webadresse oder Servername)</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Fehlermeldung:</translation>
    </message>
    <message>
        <source>We do not recognise this message; the tests will find out what is happening.</source>
        <translation>Diese Meldung kennen wir nicht; die Tests werden herausfinden, was los ist.</translation>
    </message>
    <message>
        <source>Choose what you were doing when the connection failed</source>
        <translation>Wählen Sie, was Sie gerade gemacht haben, als die Verbindung fehlschlug</translation>
    </message>
    <message>
        <source>A server on this computer that fails in a known way, to practise on</source>
        <translation>Ein Server auf diesem Computer, der auf bekannte Weise fehlschlägt, zum Üben</translation>
    </message>
    <message>
        <source>The address of the service whose connections fail</source>
        <translation>Die Adresse des Dienstes, dessen Verbindungen fehlschlagen</translation>
    </message>
    <message>
        <source>Optional: the error text; we explain it and take the address from it</source>
        <translation>Optional: der Fehlertext; wir erklären ihn und übernehmen die Adresse daraus</translation>
    </message>
    <message>
        <source>&amp;Open a saved report...</source>
        <translation>Ge&amp;speicherten Bericht öffnen...</translation>
    </message>
    <message>
        <source>For helpdesks: show a report someone sent you, as they saw it</source>
        <translation>Für den IT-Support: einen Bericht, den Ihnen jemand geschickt hat, so anzeigen, wie er ihn gesehen hat</translation>
    </message>
    <message>
        <source>Message from your helpdesk:</source>
        <translation>Nachricht von Ihrem IT-Support:</translation>
    </message>
    <message>
        <source>Message from your helpdesk</source>
        <translation>Nachricht von Ihrem IT-Support</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The fault lab could not start: %1</source>
        <translation>Das Fehlerlabor konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>This message is not one we recognise, so we cannot say for sure what it means. Run a diagnosis against the service to find out what is happening.</source>
        <translation>Diese Meldung kennen wir nicht, daher können wir nicht sicher sagen, was sie bedeutet. Führen Sie eine Diagnose für den Dienst aus, um herauszufinden, was los ist.</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Gemeldet von: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>To find the cause: connection-doctor --headless --diagnose --target %1</source>
        <translation>So finden Sie die Ursache: connection-doctor --headless --diagnose --target %1</translation>
    </message>
    <message>
        <source>Run connection-doctor --help to see the options.</source>
        <translation>Mit connection-doctor --help sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>With --demo, --target names a fault lab scenario, such as reset-after-idle.</source>
        <translation>Mit --demo nennt --target ein Szenario des Fehlerlabors, zum Beispiel reset-after-idle.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: it is not a file. Give the service with --target.</source>
        <translation>Unerwartetes Argument „%1“: Es ist keine Datei. Geben Sie den Dienst mit --target an.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Neither --target nor the profile names the service to test.</source>
        <translation>Weder --target noch das Profil nennt den zu testenden Dienst.</translation>
    </message>
</context>
</TS>
