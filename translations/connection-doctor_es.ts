<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackgroundWatchService</name>
    <message>
        <source>Asking the system whether the background watch is on...</source>
        <translation>Preguntando al sistema si la vigilancia en segundo plano está activada...</translation>
    </message>
    <message>
        <source>This system was not started by systemd, so the background watch (%1) cannot run here.</source>
        <translation>Este sistema no se inició con systemd, así que la vigilancia en segundo plano (%1) no puede funcionar aquí.</translation>
    </message>
    <message>
        <source>The background watch (%1) is not installed: it comes with the connection-doctor package.</source>
        <translation>La vigilancia en segundo plano (%1) no está instalada: viene con el paquete connection-doctor.</translation>
    </message>
    <message>
        <source>An administrator has masked the background watch (%1), so it cannot be turned on.</source>
        <translation>Un administrador ha enmascarado la vigilancia en segundo plano (%1), así que no se puede activar.</translation>
    </message>
    <message>
        <source>The background watch is off: resets are seen only while this app watches.</source>
        <translation>La vigilancia en segundo plano está desactivada: los reinicios solo se ven mientras esta aplicación vigila.</translation>
    </message>
    <message>
        <source>The background watch is on: it keeps a log of every program&apos;s resets, for 7 days, also while this app is closed.</source>
        <translation>La vigilancia en segundo plano está activada: guarda un registro de los reinicios de todos los programas durante 7 días, también con esta aplicación cerrada.</translation>
    </message>
    <message>
        <source>The background watch is turned on but is not running; its messages are in journalctl -u %1.</source>
        <translation>La vigilancia en segundo plano está activada pero no se está ejecutando; sus mensajes están en journalctl -u %1.</translation>
    </message>
    <message>
        <source>The background watch runs now, but is not turned on: it will not start again when the computer does.</source>
        <translation>La vigilancia en segundo plano se está ejecutando, pero no está activada: no volverá a arrancar cuando arranque el equipo.</translation>
    </message>
    <message>
        <source>The background watch is now on.</source>
        <translation>La vigilancia en segundo plano ya está activada.</translation>
    </message>
    <message>
        <source>The background watch is now off.</source>
        <translation>La vigilancia en segundo plano ya está desactivada.</translation>
    </message>
    <message>
        <source>Permission was not given, so the background watch was not changed.</source>
        <translation>No se dio permiso, así que la vigilancia en segundo plano no cambió.</translation>
    </message>
    <message>
        <source>The background watch could not be turned on (exit status %1).</source>
        <translation>No se pudo activar la vigilancia en segundo plano (código de salida %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned off (exit status %1).</source>
        <translation>No se pudo desactivar la vigilancia en segundo plano (código de salida %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned on: %1</source>
        <translation>No se pudo activar la vigilancia en segundo plano: %1</translation>
    </message>
    <message>
        <source>The background watch could not be turned off: %1</source>
        <translation>No se pudo desactivar la vigilancia en segundo plano: %1</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: %1 is missing.</source>
        <translation>La vigilancia en segundo plano no se puede cambiar aquí: falta %1.</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: its action (%1) is not installed.</source>
        <translation>La vigilancia en segundo plano no se puede cambiar aquí: su acción (%1) no está instalada.</translation>
    </message>
    <message>
        <source>The background watch is part of Connection Doctor for Linux: here, resets are seen only while this app watches.</source>
        <translation>La vigilancia en segundo plano forma parte de Connection Doctor para Linux: aquí, los reinicios solo se ven mientras esta aplicación vigila.</translation>
    </message>
</context>
<context>
    <name>CaptivePortalCheck</name>
    <message>
        <source>No sign-in page test address is configured, so this step was skipped.</source>
        <translation>No hay configurada ninguna dirección para comprobar las páginas de acceso, así que se omitió este paso.</translation>
    </message>
    <message>
        <source>No sign-in page (captive portal) is in the way.</source>
        <translation>No hay ninguna página de acceso (portal cautivo) de por medio.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way, as in hotels, trains or guest networks: open a web browser and sign in first.</source>
        <translation>Hay una página de acceso de por medio, como en hoteles, trenes o redes de invitados: abra un navegador web e inicie sesión primero.</translation>
    </message>
    <message>
        <source>Whether a sign-in page is in the way could not be tested.</source>
        <translation>No se pudo comprobar si hay una página de acceso de por medio.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>This step took too long and was stopped after %n seconds.</source>
        <translation>
            <numerusform>Este paso tardó demasiado y se detuvo tras %n segundo.</numerusform>
            <numerusform>Este paso tardó demasiado y se detuvo tras %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Unknown check &quot;%1&quot;; the checks are %2.</source>
        <translation>Comprobación desconocida &quot;%1&quot;; las comprobaciones son: %2.</translation>
    </message>
    <message>
        <source>Name at least one check: %1.</source>
        <translation>Indique al menos una comprobación: %1.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Conexión de red</translation>
    </message>
    <message>
        <source>Way out to the internet</source>
        <translation>Salida a internet</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Servidores de nombres</translation>
    </message>
    <message>
        <source>Looking up names</source>
        <translation>Búsqueda de nombres</translation>
    </message>
    <message>
        <source>Reaching well-known sites</source>
        <translation>Acceso a sitios conocidos</translation>
    </message>
    <message>
        <source>Sign-in pages</source>
        <translation>Páginas de acceso</translation>
    </message>
    <message>
        <source>What your system says</source>
        <translation>Lo que dice su sistema</translation>
    </message>
    <message>
        <source>Firewall on this computer</source>
        <translation>Firewall de este equipo</translation>
    </message>
    <message>
        <source>Your service&apos;s port</source>
        <translation>Puerto de su servicio</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Large packets</source>
        <translation>Paquetes grandes</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Configuración del proxy</translation>
    </message>
    <message>
        <source>With and without the proxy</source>
        <translation>Con y sin proxy</translation>
    </message>
    <message>
        <source>Cut connections on this computer</source>
        <translation>Conexiones cortadas en este equipo</translation>
    </message>
    <message>
        <source>Many connections at once</source>
        <translation>Muchas conexiones a la vez</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Tamaño de las subidas</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>Quiet connections</source>
        <translation>Conexiones inactivas</translation>
    </message>
    <message>
        <source>What requests ask for</source>
        <translation>Lo que piden las solicitudes</translation>
    </message>
</context>
<context>
    <name>CheckContextLoader</name>
    <message>
        <source>In the settings file %1: %2</source>
        <translation>En el archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>--proxy takes http://host:port or socks5://host:port, not &quot;%1&quot;.</source>
        <translation>--proxy admite http://host:puerto o socks5://host:puerto, no &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>CheckRowList</name>
    <message>
        <source>Results of the checks</source>
        <translation>Resultados de las comprobaciones</translation>
    </message>
    <message>
        <source>One row for each check, with what it found; open Details for the technical facts</source>
        <translation>Una fila por cada comprobación, con lo que encontró; abra Detalles para ver los datos técnicos</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Left out by your helpdesk&apos;s profile.</source>
        <translation>El perfil de su servicio de asistencia omite este paso.</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Testing... you can move on at any time.</source>
        <translation>Comprobando... puede continuar cuando quiera.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Stop the checks on this page; what was found so far stays</source>
        <translation>Detiene las comprobaciones de esta página; lo encontrado hasta ahora se conserva</translation>
    </message>
    <message>
        <source>Run the checks on this page again from the start</source>
        <translation>Vuelve a ejecutar desde el principio las comprobaciones de esta página</translation>
    </message>
    <message>
        <source>Shown while the checks on this page run</source>
        <translation>Se muestra mientras se ejecutan las comprobaciones de esta página</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>Progreso de las comprobaciones</translation>
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
        <translation>Muestra u oculta esta parte</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 admite un número entero de %2 a %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Finds out why your connections end with &quot;Connection reset by peer&quot; and what to do about it.</source>
        <translation>Averigua por qué sus conexiones terminan con &quot;Connection reset by peer&quot; y qué hacer al respecto.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Run without windows and print the results.</source>
        <translation>Ejecutar sin ventanas y mostrar los resultados.</translation>
    </message>
    <message>
        <source>The service whose connections fail: host:port, [IPv6]:port, a host name (port 443) or a URL. With --demo, a fault lab scenario name.</source>
        <translation>El servicio cuyas conexiones fallan: host:puerto, [IPv6]:puerto, un nombre de host (puerto 443) o una URL. Con --demo, el nombre de un escenario del laboratorio de fallos.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>How many probes to run (default 5).</source>
        <translation>Cuántas pruebas de conexión hacer (predeterminado: 5).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds between the start of two probes (default 1000).</source>
        <translation>Milisegundos entre el inicio de dos pruebas (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds each step of a probe may take before it counts as timed out (default 5000).</source>
        <translation>Milisegundos que puede tardar cada paso de una prueba antes de darse por agotado el tiempo (predeterminado: 5000).</translation>
    </message>
    <message>
        <source>Write the full report as JSON to this file.</source>
        <translation>Escribir el informe completo en formato JSON en este archivo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Start the built-in fault lab on this computer and practise on it: works with no network. With --headless and no --target, tours every way a connection can end.</source>
        <translation>Iniciar el laboratorio de fallos integrado en este equipo y practicar con él: funciona sin red. Con --headless y sin --target, recorre todas las formas en que puede terminar una conexión.</translation>
    </message>
    <message>
        <source>Only run the fault lab, print its ports and serve until interrupted (for training and testing).</source>
        <translation>Solo ejecutar el laboratorio de fallos, mostrar sus puertos y atender conexiones hasta que se interrumpa (para formación y pruebas).</translation>
    </message>
    <message>
        <source>Run these environment checks: connectivity, firewall, vpn, proxy, counters, or all (comma-separated).</source>
        <translation>Ejecutar estas comprobaciones del entorno: connectivity, firewall, vpn, proxy, counters o all (separadas por comas).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Override an endpoint the checks contact, as key=value (see docs/endpoints.md); may be repeated.</source>
        <translation>Sustituir un punto de conexión que usan las comprobaciones, como clave=valor (consulte docs/endpoints.md); se puede repetir.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>Compare direct connections with this proxy (http://host:port or socks5://host:port).</source>
        <translation>Comparar las conexiones directas con este proxy (http://host:puerto o socks5://host:puerto).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>With --lab: the IPv4 address to serve on (default 127.0.0.1).</source>
        <translation>Con --lab: la dirección IPv4 en la que escuchar (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Find the cause: run every check and the active experiments against the target, then name the most likely cause and the fix.</source>
        <translation>Encontrar la causa: ejecutar todas las comprobaciones y los experimentos activos contra el destino, y luego indicar la causa más probable y la solución.</translation>
    </message>
    <message>
        <source>Seconds the diagnosis may take (default 120).</source>
        <translation>Segundos que puede durar el diagnóstico (predeterminado: 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Explain an error message you saw, such as &quot;ECONNRESET&quot; or &quot;Connection reset by peer&quot;.</source>
        <translation>Explicar un mensaje de error que haya visto, como &quot;ECONNRESET&quot; o &quot;Connection reset by peer&quot;.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Watch the target: probe it at a steady pace (--interval) for --duration seconds and count how connections end over time.</source>
        <translation>Vigilar el destino: probarlo a un ritmo constante (--interval) durante --duration segundos y contar cómo terminan las conexiones a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Print nothing but errors; the exit status and the report say the rest.</source>
        <translation>No mostrar nada salvo los errores; el código de salida y el informe dicen el resto.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Give the service with --target.</source>
        <translation>Argumento inesperado &quot;%1&quot;. Indique el servicio con --target.</translation>
    </message>
    <message>
        <source>--listen takes an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--listen admite una dirección IPv4, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--monitor needs the --target to watch.</source>
        <translation>--monitor necesita el --target que se va a vigilar.</translation>
    </message>
    <message>
        <source>--diagnose needs the --target whose connections fail.</source>
        <translation>--diagnose necesita el --target cuyas conexiones fallan.</translation>
    </message>
    <message>
        <source>Write the report to this file, in the format its extension names: .html, .pdf, .json, .txt or .csv. May be given more than once.</source>
        <translation>Escribir el informe en este archivo, en el formato que indique su extensión: .html, .pdf, .json, .txt o .csv. Se puede indicar más de una vez.</translation>
    </message>
    <message>
        <source>Hide these kinds of values in the written reports: a comma list of public-ip, private-ip, host, user, mac, path, or all or none (default none).</source>
        <translation>Ocultar estos tipos de valores en los informes escritos: una lista separada por comas de public-ip, private-ip, host, user, mac, path, o bien all o none (predeterminado: none).</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>Show a saved JSON report as the user saw it (with --headless: print it, or convert it with --report).</source>
        <translation>Mostrar un informe JSON guardado tal como lo vio el usuario (con --headless: mostrarlo como texto, o convertirlo con --report).</translation>
    </message>
    <message>
        <source>Start with a helpdesk&apos;s profile: the service, the checks to run, the budgets and a message.</source>
        <translation>Empezar con el perfil de un servicio de asistencia: el servicio, las comprobaciones que se van a ejecutar, los tiempos máximos y un mensaje.</translation>
    </message>
    <message>
        <source>The language to use: en, de, fr, es, pt_BR or ja (default: the system&apos;s).</source>
        <translation>El idioma que se va a usar: en, de, fr, es, pt_BR o ja (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>A profile (*.cdprofile) or a saved report (*.json) to open.</source>
        <translation>Un perfil (*.cdprofile) o un informe guardado (*.json) que abrir.</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang admite uno de estos valores: %1; no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Watch every reset any program on this computer gets or sends: which program, which server, and who sent it (see docs/reset-watch.md). Alone, for --duration seconds; with probes, a diagnosis or the monitor, while they run.</source>
        <translation>Vigilar todos los resets que recibe o envía cualquier programa de este equipo: qué programa, qué servidor y quién lo envió (consulte docs/reset-watch.md). Si se usa sola, vigila durante --duration segundos; junto con pruebas, un diagnóstico o la vigilancia, mientras estos se ejecutan.</translation>
    </message>
    <message>
        <source>Seconds the monitor or the reset watch runs (default 60).</source>
        <translation>Segundos que dura la vigilancia o la vigilancia de resets (predeterminado: 60).</translation>
    </message>
    <message>
        <source>With --monitor: write the counts per second as CSV to this file. With --watch-resets alone: write every reset as CSV.</source>
        <translation>Con --monitor: escribir los recuentos por segundo en formato CSV en este archivo. Con --watch-resets solo: escribir cada reset en formato CSV.</translation>
    </message>
    <message>
        <source>With --diagnose: what you were doing when the connection failed: website, app-error, upload, remote-session or other. With --explain, the diagnosis also weighs the error message you saw.</source>
        <translation>Con --diagnose: qué estaba haciendo cuando falló la conexión: website, app-error, upload, remote-session o other. Con --explain, el diagnóstico también tiene en cuenta el mensaje de error que vio.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>--activity takes one of %1, not &quot;%2&quot;.</source>
        <translation>--activity admite uno de estos valores: %1; no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>With --diagnose, or in the wizard: do not start the reset watch (it runs by default where it needs no permission, so that every probe&apos;s reset says who sent it).</source>
        <translation>Con --diagnose, o en el asistente: no iniciar la vigilancia de resets (se inicia por defecto donde no necesita permiso, para que cada reset de una sonda diga quién lo envió).</translation>
    </message>
    <message>
        <source>Read what the background watch (connection-doctor-watch.service) saw while the app was not open: alone, every program&apos;s resets, printed and written as --watch-resets writes them; with a --target, the resets of that server go into the report too.</source>
        <translation>Lee lo que vio la vigilancia en segundo plano (connection-doctor-watch.service) mientras la aplicación no estaba abierta: sola, los resets de todos los programas, mostrados y escritos como con --watch-resets; con --target, los resets de ese servidor van también al informe.</translation>
    </message>
    <message>
        <source>With --reset-history: how far back to read: 1h, 24h or 7d (default 24h).</source>
        <translation>Con --reset-history: hasta cuándo leer hacia atrás: 1h, 24h o 7d (24h por omisión).</translation>
    </message>
    <message>
        <source>window</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>--since takes one of %1, not &quot;%2&quot;.</source>
        <translation>--since acepta uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>--since and --history-dir go with --reset-history.</source>
        <translation>--since y --history-dir van con --reset-history.</translation>
    </message>
    <message>
        <source>--reset-history reads what the background watch saw; --watch-resets watches from now on. Give one of them.</source>
        <translation>--reset-history lee lo que vio la vigilancia en segundo plano; --watch-resets vigila desde ahora. Indique uno de los dos.</translation>
    </message>
    <message>
        <source>--headless needs a --target (for example --target www.example.com:443), --checks, --watch-resets or --reset-history.</source>
        <translation>--headless necesita un --target (por ejemplo --target www.example.com:443), --checks, --watch-resets o --reset-history.</translation>
    </message>
    <message>
        <source>With --monitor: keep the monitor&apos;s running log (one line per connection, kept if the app is stopped) in this file instead of the app&apos;s data folder.</source>
        <translation>Con --monitor: guardar el registro del monitor (una línea por conexión, se conserva si la aplicación se detiene) en este archivo en lugar de la carpeta de datos de la aplicación.</translation>
    </message>
    <message>
        <source>With --reset-history, or in the wizard&apos;s monitor: the background watch&apos;s log directory (default %1).</source>
        <translation>Con --reset-history, o en la vigilancia del asistente: la carpeta del registro de la vigilancia en segundo plano (por omisión %1).</translation>
    </message>
    <message>
        <source>Turn the background watch (%1) on or off, or say whether it is on: on, off or status. It keeps a log of every program&apos;s resets while the app is closed. Asks for an administrator&apos;s password (pkexec) unless run as root.</source>
        <translation>Activar o desactivar la vigilancia en segundo plano (%1), o decir si está activada: on, off o status. Guarda un registro de los reinicios de todos los programas mientras la aplicación está cerrada. Pide la contraseña de un administrador (pkexec), salvo como root.</translation>
    </message>
    <message>
        <source>
Exit status: 0 when every probe succeeded (with --diagnose: no problem found), 1 when any did not (a problem was found), 2 for bad usage, a bad target or a bad profile. --background-watch: 0 when the watch is (now) on or was turned off as asked, 1 when it could not be changed or is not on.
</source>
        <translation>
Código de salida: 0 si todas las pruebas tuvieron éxito (con --diagnose: no se encontró ningún problema), 1 si alguna no lo tuvo (se encontró un problema), 2 si el uso, el destino o el perfil no son válidos. --background-watch: 0 si la vigilancia está (ahora) activada o se desactivó como se pidió, 1 si no se pudo cambiar o no está activada.
</translation>
    </message>
    <message>
        <source>--background-watch takes one of %1, not &quot;%2&quot;.</source>
        <translation>--background-watch admite uno de %1, no «%2».</translation>
    </message>
</context>
<context>
    <name>DemoTour</name>
    <message>
        <source>the fault lab on this computer</source>
        <translation>el laboratorio de fallos de este equipo</translation>
    </message>
    <message>
        <source>Demo: the fault lab serves every way a connection can end, on this computer only.</source>
        <translation>Demostración: el laboratorio de fallos reproduce todas las formas en que puede terminar una conexión, solo en este equipo.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>No problem found: every test succeeded. %1</source>
        <translation>No se encontró ningún problema: todas las pruebas tuvieron éxito. %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1. First thing to try: %2</source>
        <translation>Causa más probable: %1. Lo primero que puede probar: %2</translation>
    </message>
    <message>
        <source>No likely cause found: nothing we saw explains a reset. %1</source>
        <translation>No se encontró ninguna causa probable: nada de lo que vimos explica un reset. %1</translation>
    </message>
    <message>
        <source>What the tests found: %1. First thing to try: %2</source>
        <translation>Lo que encontraron las pruebas: %1. Lo primero que puede probar: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisSession</name>
    <message>
        <source>Enter the address of your service first.</source>
        <translation>Primero escriba la dirección de su servicio.</translation>
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
        <translation>&amp;Copiar resumen</translation>
    </message>
    <message>
        <source>Copy what was found so far, to paste into an email or a support ticket</source>
        <translation>Copia lo encontrado hasta ahora, para pegarlo en un correo electrónico o una solicitud de soporte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Is this computer connected to the internet?</source>
        <translation>¿Está este equipo conectado a internet?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Is a firewall blocking your service?</source>
        <translation>¿Hay un firewall bloqueando su servicio?</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Is a VPN in the way?</source>
        <translation>¿Hay una VPN de por medio?</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Is a proxy server in the way?</source>
        <translation>¿Hay un servidor proxy de por medio?</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Deeper tests</source>
        <translation>Pruebas a fondo</translation>
    </message>
    <message>
        <source>Watch over time</source>
        <translation>Vigilancia continua</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Go back to the previous step; its results are kept</source>
        <translation>Vuelve al paso anterior; sus resultados se conservan</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Pasa al paso siguiente</translation>
    </message>
    <message>
        <source>Close Connection Doctor</source>
        <translation>Cierra Connection Doctor</translation>
    </message>
    <message>
        <source>Stop every test and close Connection Doctor</source>
        <translation>Detiene todas las pruebas y cierra Connection Doctor</translation>
    </message>
    <message>
        <source>The language of the app and of the reports</source>
        <translation>El idioma de la aplicación y de los informes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <source>Web addresses cannot be looked up: the name service (DNS) does not answer.</source>
        <translation>No se pueden buscar direcciones web: el servicio de nombres (DNS) no responde.</translation>
    </message>
    <message>
        <source>The name %1 cannot be found, although other names can: check that it is spelled right.</source>
        <translation>No se encuentra el nombre %1, aunque otros nombres sí: compruebe que esté bien escrito.</translation>
    </message>
    <message>
        <source>Your service&apos;s name was found, but a well-known name was not: the name service may be filtered.</source>
        <translation>Se encontró el nombre de su servicio, pero no un nombre muy conocido: puede que el servicio de nombres esté filtrado.</translation>
    </message>
    <message>
        <source>Names are found, but slowly (%1 seconds).</source>
        <translation>Los nombres se encuentran, pero despacio (%1 segundos).</translation>
    </message>
    <message>
        <source>Web addresses are looked up correctly.</source>
        <translation>Las direcciones web se buscan correctamente.</translation>
    </message>
</context>
<context>
    <name>DnsServersCheck</name>
    <message>
        <source>The list of name servers (DNS) could not be read.</source>
        <translation>No se pudo leer la lista de servidores de nombres (DNS).</translation>
    </message>
    <message>
        <source>No name server (DNS) is set, so web addresses cannot be looked up.</source>
        <translation>No hay ningún servidor de nombres (DNS) configurado, así que no se pueden buscar direcciones web.</translation>
    </message>
    <message>
        <source>Web addresses are looked up by %1.</source>
        <translation>Las direcciones web se buscan mediante %1.</translation>
    </message>
    <message>
        <source>The list of name servers is not read on this system; the next step tests name lookups directly.</source>
        <translation>En este sistema no se lee la lista de servidores de nombres; el siguiente paso prueba directamente la búsqueda de nombres.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Reachability endpoints are host:port, separated by commas; &quot;%1&quot; is not.</source>
        <translation>Los puntos de referencia para comprobar el acceso se escriben como host:puerto, separados por comas; &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>The reference name must be a host name.</source>
        <translation>El nombre de referencia debe ser un nombre de host.</translation>
    </message>
    <message>
        <source>Reference ports are numbers from 1 to 65535, separated by commas; &quot;%1&quot; is not.</source>
        <translation>Los puertos de referencia son números del 1 al 65535, separados por comas; &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>The captive portal URL must be a plain http:// URL; &quot;%1&quot; is not.</source>
        <translation>La URL del portal cautivo debe ser una URL http:// simple; &quot;%1&quot; no lo es.</translation>
    </message>
    <message>
        <source>The captive portal status must be an HTTP status from 100 to 599.</source>
        <translation>El estado del portal cautivo debe ser un código de estado HTTP entre 100 y 599.</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot;.</source>
        <translation>Punto de conexión &quot;%1&quot; desconocido.</translation>
    </message>
    <message>
        <source>--endpoint takes key=value, for example reference_name=intranet.local.</source>
        <translation>--endpoint admite clave=valor, por ejemplo reference_name=intranet.local.</translation>
    </message>
</context>
<context>
    <name>ErrorRecognizer</name>
    <message>
        <source>The connection was cut off (reset)</source>
        <translation>La conexión se cortó (reset)</translation>
    </message>
    <message>
        <source>The connection was open, and then the other side, or a device on the way such as a firewall, proxy or load balancer, abruptly cut it off. This is a reset: the conversation was broken off in the middle instead of being ended politely.</source>
        <translation>La conexión estaba abierta y, de repente, el otro extremo o un dispositivo intermedio (como un firewall, un proxy o un balanceador de carga) la cortó. Esto es un reset: la conversación se interrumpió a medias en lugar de terminar de forma ordenada.</translation>
    </message>
    <message>
        <source>The server turned the connection away (refused)</source>
        <translation>El servidor rechazó la conexión (refused)</translation>
    </message>
    <message>
        <source>The computer at that address was reached, but nothing there accepted the connection: the service may be stopped, listening elsewhere, or blocked. This is not a reset: the connection never started, so nothing was cut off.</source>
        <translation>Se llegó al equipo de esa dirección, pero nada allí aceptó la conexión: puede que el servicio esté detenido, escuchando en otro puerto o bloqueado. No es un reset: la conexión nunca llegó a iniciarse, así que no se cortó nada.</translation>
    </message>
    <message>
        <source>No answer came in time (timed out)</source>
        <translation>No llegó ninguna respuesta a tiempo (timed out)</translation>
    </message>
    <message>
        <source>The program waited for the other side, but no answer came within the time allowed. The server may be down or overloaded, or a firewall may be silently dropping the traffic. This is not a reset: nothing was cut off, there was only silence.</source>
        <translation>El programa esperó al otro extremo, pero no llegó ninguna respuesta dentro del tiempo permitido. Puede que el servidor esté caído o sobrecargado, o que un firewall esté descartando el tráfico sin avisar. No es un reset: no se cortó nada, simplemente hubo silencio.</translation>
    </message>
    <message>
        <source>Sending failed because the other side had already hung up (broken pipe)</source>
        <translation>El envío falló porque el otro extremo ya había colgado (broken pipe)</translation>
    </message>
    <message>
        <source>The program tried to send data on a connection that the other side had already closed. Usually the other side gave up first, for example after waiting too long, and the program only noticed when it next tried to send. This is not a reset itself, although it can follow one.</source>
        <translation>El programa intentó enviar datos por una conexión que el otro extremo ya había cerrado. Normalmente el otro extremo se rindió primero, por ejemplo tras esperar demasiado, y el programa solo se dio cuenta al volver a enviar. No es un reset en sí, aunque puede producirse después de uno.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation>No se encontró el nombre del servidor</translation>
    </message>
    <message>
        <source>The name of the server could not be turned into an address, so no connection was even tried. The name may be misspelt, or the name service (DNS) of this network may not be working. This is not a reset.</source>
        <translation>No se pudo convertir el nombre del servidor en una dirección, así que ni siquiera se intentó conectar. Puede que el nombre esté mal escrito o que el servicio de nombres (DNS) de esta red no funcione. No es un reset.</translation>
    </message>
    <message>
        <source>The secure connection was cut off while it was being set up</source>
        <translation>La conexión segura se cortó mientras se establecía</translation>
    </message>
    <message>
        <source>The connection was made, but while the two sides were setting up encryption, the other side or a device on the way ended it without a word. Filters and firewalls that inspect secure traffic often do this; to the user it looks much like a reset.</source>
        <translation>La conexión se estableció, pero mientras los dos lados configuraban el cifrado, el otro extremo o un dispositivo intermedio la terminó sin decir nada. Los filtros y firewalls que inspeccionan el tráfico seguro suelen hacerlo; para el usuario se parece mucho a un reset.</translation>
    </message>
    <message>
        <source>The two sides could not agree on a secure connection</source>
        <translation>Los dos lados no se pusieron de acuerdo en una conexión segura</translation>
    </message>
    <message>
        <source>The server was reached, but setting up encryption failed: the two sides did not agree on how to encrypt, one of them turned the other down, or that port does not expect encrypted traffic at all. This is not a reset: the other side said no on purpose.</source>
        <translation>Se llegó al servidor, pero falló la configuración del cifrado: los dos lados no se pusieron de acuerdo en cómo cifrar, uno rechazó al otro, o ese puerto no espera tráfico cifrado en absoluto. No es un reset: el otro extremo se negó a propósito.</translation>
    </message>
    <message>
        <source>The other side ended the connection early</source>
        <translation>El otro extremo terminó la conexión antes de tiempo</translation>
    </message>
    <message>
        <source>The other side closed the connection before the conversation was finished, for example before it sent an answer. It ended it in the normal way rather than cutting it off, so this is not a reset, although some programs report it as one.</source>
        <translation>El otro extremo cerró la conexión antes de que terminara la conversación, por ejemplo antes de enviar una respuesta. La terminó de la forma normal en lugar de cortarla, así que no es un reset, aunque algunos programas lo notifican como tal.</translation>
    </message>
</context>
<context>
    <name>EtwResetSource</name>
    <message>
        <source>Watching every program&apos;s resets on Windows needs Connection Doctor to run as an administrator (or a member of Performance Log Users). The system&apos;s reset counters are shown instead.</source>
        <translation>Para vigilar los reinicios de todos los programas en Windows, Connection Doctor debe ejecutarse como administrador (o como miembro de Usuarios del registro de rendimiento). En su lugar se muestran los contadores de reinicios del sistema.</translation>
    </message>
    <message>
        <source>Windows did not start the event trace the reset watch reads (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows no inició el seguimiento de eventos que lee la vigilancia de reinicios (error %1). En su lugar se muestran los contadores de reinicios del sistema.</translation>
    </message>
    <message>
        <source>Windows did not let the reset watch read its network events (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows no permitió a la vigilancia de reinicios leer sus eventos de red (error %1). En su lugar se muestran los contadores de reinicios del sistema.</translation>
    </message>
    <message>
        <source>Windows&apos; network events name the connection a reset ended, not the packet, so who sent it (the server or a device on the way) cannot be told here.</source>
        <translation>Los eventos de red de Windows nombran la conexión que terminó un reinicio, no el paquete, así que aquí no se puede saber quién lo envió (el servidor o un dispositivo en el camino).</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>S&amp;tart the tests</source>
        <translation>&amp;Iniciar las pruebas</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Now we test your service itself: how long a quiet connection lasts, how large an upload may be, and what happens with many connections at once. Choose how long the tests may take.</source>
        <translation>Ahora probamos su propio servicio: cuánto dura una conexión inactiva, qué tamaño puede tener una subida y qué pasa con muchas conexiones a la vez. Elija cuánto tiempo pueden durar las pruebas.</translation>
    </message>
    <message>
        <source>&amp;Quick (about 1 minute)</source>
        <translation>&amp;Rápida (1 minuto aprox.)</translation>
    </message>
    <message>
        <source>Stan&amp;dard (about 2 minutes)</source>
        <translation>&amp;Normal (2 minutos aprox.)</translation>
    </message>
    <message>
        <source>Th&amp;orough (about 5 minutes)</source>
        <translation>Com&amp;pleta (5 minutos aprox.)</translation>
    </message>
    <message>
        <source>Progress of the tests</source>
        <translation>Progreso de las pruebas</translation>
    </message>
    <message>
        <source>At most %1:%2 left</source>
        <translation>Quedan como máximo %1:%2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Run the tests &amp;again</source>
        <translation>Repe&amp;tir las pruebas</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How long the tests may take: longer tests find longer timeouts</source>
        <translation>Cuánto pueden durar las pruebas: las pruebas más largas detectan tiempos de espera más largos</translation>
    </message>
    <message>
        <source>Stop the tests; what was found so far stays</source>
        <translation>Detiene las pruebas; lo encontrado hasta ahora se conserva</translation>
    </message>
    <message>
        <source>Start the tests against your service</source>
        <translation>Inicia las pruebas de su servicio</translation>
    </message>
    <message>
        <source>How much of the time the tests may take has passed</source>
        <translation>Cuánto ha transcurrido del tiempo que pueden durar las pruebas</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Choose what to hide before you share this report. Below is exactly what will be shared.</source>
        <translation>Elija qué ocultar antes de compartir este informe. Abajo verá exactamente lo que se compartirá.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Replace these in the report with placeholders such as [host-1]</source>
        <translation>Sustituye estos datos en el informe por marcadores como [host-1]</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Lo que se compartirá</translation>
    </message>
    <message>
        <source>The report exactly as it will be saved, with the chosen values hidden</source>
        <translation>El informe exactamente como se guardará, con los valores elegidos ocultos</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>&amp;Guardar informe...</translation>
    </message>
    <message>
        <source>Choose where to save the report and in which format</source>
        <translation>Permite elegir dónde guardar el informe y en qué formato</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cierra sin guardar</translation>
    </message>
    <message>
        <source>What will be shared:</source>
        <translation>Lo que se compartirá:</translation>
    </message>
    <message>
        <source>Values hidden: %1</source>
        <translation>Valores ocultos: %1</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>This computer is not connected to the internet</source>
        <translation>Este equipo no está conectado a internet</translation>
    </message>
    <message>
        <source>Your computer has no working connection to the internet at the moment, so no service can be reached. This is not a fault of the service you were using.</source>
        <translation>En este momento su equipo no tiene una conexión a internet que funcione, así que no se puede llegar a ningún servicio. No es un fallo del servicio que estaba usando.</translation>
    </message>
    <message>
        <source>Check that Wi-Fi is switched on and connected, or that the network cable is plugged in.</source>
        <translation>Compruebe que el Wi-Fi esté activado y conectado, o que el cable de red esté enchufado.</translation>
    </message>
    <message>
        <source>Restart your router, wait two minutes, and try again.</source>
        <translation>Reinicie el router, espere dos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>If other devices on the same network cannot reach the internet either, call your internet provider.</source>
        <translation>Si otros dispositivos de la misma red tampoco pueden acceder a internet, llame a su proveedor de internet.</translation>
    </message>
    <message>
        <source>Check the interface state, the default route and the gateway listed in the report&apos;s connectivity checks.</source>
        <translation>Revise el estado de la interfaz, la ruta predeterminada y la puerta de enlace que aparecen en las comprobaciones de conectividad del informe.</translation>
    </message>
    <message>
        <source>Check DHCP leases and the upstream link.</source>
        <translation>Revise las concesiones DHCP y el enlace ascendente (upstream).</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found</source>
        <translation>No se encuentra el nombre del servidor</translation>
    </message>
    <message>
        <source>Web addresses cannot be looked up</source>
        <translation>No se pueden buscar direcciones web</translation>
    </message>
    <message>
        <source>Other names can be looked up, but this one cannot: it may be misspelled, or it may no longer exist.</source>
        <translation>Otros nombres sí se encuentran, pero este no: puede que esté mal escrito o que ya no exista.</translation>
    </message>
    <message>
        <source>Your computer cannot turn names like www.example.com into addresses, because the name service (DNS) it uses does not answer. Every connection by name fails.</source>
        <translation>Su equipo no puede convertir nombres como www.example.com en direcciones, porque el servicio de nombres (DNS) que usa no responde. Falla toda conexión que use un nombre.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation>Revise cómo está escrita la dirección.</translation>
    </message>
    <message>
        <source>Ask whoever gave you the address whether it is still valid.</source>
        <translation>Pregunte a quien le dio la dirección si sigue siendo válida.</translation>
    </message>
    <message>
        <source>Restart your router and your computer.</source>
        <translation>Reinicie el router y el equipo.</translation>
    </message>
    <message>
        <source>If you use a VPN, switch it off and try again.</source>
        <translation>Si usa una VPN, desactívela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the DNS servers listed in the report and that they answer on port 53.</source>
        <translation>Revise los servidores DNS que aparecen en el informe y que respondan en el puerto 53.</translation>
    </message>
    <message>
        <source>Check the zone of the name; query it directly with dig or nslookup.</source>
        <translation>Revise la zona del nombre; consúltela directamente con dig o nslookup.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way</source>
        <translation>Hay una página de acceso de por medio</translation>
    </message>
    <message>
        <source>The network you are on (in a hotel, on a train, a guest network) wants you to sign in or accept terms on a web page first. Until then it cuts off or redirects connections.</source>
        <translation>La red a la que está conectado (en un hotel, en un tren, una red de invitados) le pide primero iniciar sesión o aceptar unas condiciones en una página web. Hasta entonces, corta o redirige las conexiones.</translation>
    </message>
    <message>
        <source>Open a web browser and go to any web site: the sign-in page should appear. Sign in, then try again.</source>
        <translation>Abra un navegador web y vaya a cualquier sitio: debería aparecer la página de acceso. Inicie sesión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Whitelist the service in the captive portal, or let the device authenticate before use.</source>
        <translation>Incluya el servicio en la lista de permitidos del portal cautivo, o permita que el dispositivo se autentique antes de usarlo.</translation>
    </message>
    <message>
        <source>The service is not running, or not on this port</source>
        <translation>El servicio no está en marcha, o no en este puerto</translation>
    </message>
    <message>
        <source>The server itself answers that nothing accepts connections on this port. The service may be stopped, crashed, or moved to another port.</source>
        <translation>El propio servidor responde que nada acepta conexiones en este puerto. Puede que el servicio esté detenido, se haya caído o se haya movido a otro puerto.</translation>
    </message>
    <message>
        <source>Check that the address and port are right.</source>
        <translation>Compruebe que la dirección y el puerto sean correctos.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that it refuses connections.</source>
        <translation>Avise al administrador del servicio de que rechaza las conexiones.</translation>
    </message>
    <message>
        <source>Check that the service is running and listening on the port (ss -ltnp, netstat -an).</source>
        <translation>Compruebe que el servicio esté en marcha y escuchando en el puerto (ss -ltnp, netstat -an).</translation>
    </message>
    <message>
        <source>Check the server&apos;s own firewall and any security group in front of it.</source>
        <translation>Revise el firewall del propio servidor y cualquier grupo de seguridad que tenga delante.</translation>
    </message>
    <message>
        <source>A firewall blocks this connection</source>
        <translation>Un firewall bloquea esta conexión</translation>
    </message>
    <message>
        <source>The connection is turned away by something close to you — a firewall or security program on this computer, or your network&apos;s firewall — before it reaches the server. Other ports on the same server work.</source>
        <translation>Algo cercano a usted rechaza la conexión —un firewall o programa de seguridad de este equipo, o el firewall de su red— antes de que llegue al servidor. Otros puertos del mismo servidor funcionan.</translation>
    </message>
    <message>
        <source>Connections to this port are blocked on the way while other ports on the same server work: a firewall rule for this port.</source>
        <translation>Las conexiones a este puerto se bloquean por el camino, mientras que otros puertos del mismo servidor funcionan: hay una regla de firewall para este puerto.</translation>
    </message>
    <message>
        <source>If you have a security program or firewall, allow the program you use, or pause the security program briefly to test.</source>
        <translation>Si tiene un programa de seguridad o un firewall, permita el programa que usa, o pause un momento el programa de seguridad para probar.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, your network blocks it.</source>
        <translation>Pruebe desde otra red (compartiendo la conexión del teléfono): si allí funciona, es su red la que lo bloquea.</translation>
    </message>
    <message>
        <source>Look for a rule that rejects or drops the port in the local firewall (nft list ruleset, Windows Defender Firewall) and on the network&apos;s firewall.</source>
        <translation>Busque una regla que rechace o descarte el puerto en el firewall local (nft list ruleset, Firewall de Windows Defender) y en el firewall de la red.</translation>
    </message>
    <message>
        <source>Adjust the firewall rule to allow the destination port, then run the diagnosis again.</source>
        <translation>Ajuste la regla del firewall para permitir el puerto de destino y vuelva a ejecutar el diagnóstico.</translation>
    </message>
    <message>
        <source>The proxy server blocks or breaks the connection</source>
        <translation>El servidor proxy bloquea o corta la conexión</translation>
    </message>
    <message>
        <source>Your connections go through a proxy server, and the proxy refuses or cuts off connections to this service, while a direct connection works.</source>
        <translation>Sus conexiones pasan por un servidor proxy, y el proxy rechaza o corta las conexiones a este servicio, mientras que una conexión directa funciona.</translation>
    </message>
    <message>
        <source>Ask your IT department to allow this service through the proxy.</source>
        <translation>Pida a su departamento de informática que permita este servicio a través del proxy.</translation>
    </message>
    <message>
        <source>To test, bypass the proxy for this address (add it to the proxy exceptions).</source>
        <translation>Para probar, evite el proxy para esta dirección (inclúyala en las excepciones del proxy).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s access rules and allowed ports for this destination (for HTTP CONNECT, the allowed ports list).</source>
        <translation>Revise las reglas de acceso y los puertos permitidos del proxy para este destino (en HTTP CONNECT, la lista de puertos permitidos).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s logs for the refusal quoted in the evidence.</source>
        <translation>Busque en los registros del proxy el rechazo citado en los datos observados.</translation>
    </message>
    <message>
        <source>Large packets get lost in the VPN or tunnel</source>
        <translation>Los paquetes grandes se pierden en la VPN o el túnel</translation>
    </message>
    <message>
        <source>The VPN may be cutting the connection</source>
        <translation>Puede que la VPN esté cortando la conexión</translation>
    </message>
    <message>
        <source>Small messages get through, but large ones get stuck: the VPN or tunnel cannot carry full-sized packets and drops them. Uploads and downloads stall and then break.</source>
        <translation>Los mensajes pequeños pasan, pero los grandes se atascan: la VPN o el túnel no puede transportar paquetes de tamaño completo y los descarta. Las subidas y descargas se quedan paradas y después fallan.</translation>
    </message>
    <message>
        <source>A VPN is switched on and carries your traffic; VPNs often end idle or busy connections on their own.</source>
        <translation>Hay una VPN activada que transporta su tráfico; las VPN suelen terminar por su cuenta las conexiones inactivas o con mucho tráfico.</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department.</source>
        <translation>Desactive la VPN y vuelva a intentarlo; si funciona, avise al proveedor de la VPN o a su departamento de informática.</translation>
    </message>
    <message>
        <source>Lower the tunnel&apos;s MTU (for example to 1400), or enable MSS clamping on the VPN gateway.</source>
        <translation>Reduzca la MTU del túnel (por ejemplo, a 1400) o active el MSS clamping en la puerta de enlace de la VPN.</translation>
    </message>
    <message>
        <source>Check that ICMP &quot;fragmentation needed&quot; messages are not blocked on the path.</source>
        <translation>Compruebe que los mensajes ICMP &quot;fragmentation needed&quot; no estén bloqueados en el camino.</translation>
    </message>
    <message>
        <source>This happens after pauses: if the program has a &quot;keep alive&quot; or &quot;reconnect&quot; setting, switch it on.</source>
        <translation>Esto ocurre después de las pausas: si el programa tiene una opción &quot;keep alive&quot; (mantener activa) o &quot;reconectar&quot;, actívela.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s support the number above: it is the cause.</source>
        <translation>Indique al soporte del servicio la cifra de arriba: esa es la causa.</translation>
    </message>
    <message>
        <source>Or raise the idle timeout on the server, load balancer or firewall (for example nginx keepalive_timeout, an AWS ELB idle timeout, a NAT or firewall session timeout).</source>
        <translation>O aumente el tiempo de espera por inactividad en el servidor, el balanceador de carga o el firewall (por ejemplo, keepalive_timeout de nginx, el idle timeout de un AWS ELB o el tiempo de espera de sesión de un NAT o firewall).</translation>
    </message>
    <message>
        <source>Make clients reconnect and retry, with exponential backoff, when a pooled connection turns out dead.</source>
        <translation>Haga que los clientes se reconecten y lo reintenten, con espera exponencial (exponential backoff), cuando una conexión del pool resulte estar muerta.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off</source>
        <translation>Se cortan las subidas de más de unos %1</translation>
    </message>
    <message>
        <source>Try with a smaller file or fewer items at once.</source>
        <translation>Pruebe con un archivo más pequeño o con menos elementos a la vez.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator the size limit above.</source>
        <translation>Indique al administrador del servicio el límite de tamaño de arriba.</translation>
    </message>
    <message>
        <source>Raise the request size limit: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, or the limit of the proxy or web application firewall in front.</source>
        <translation>Aumente el límite de tamaño de las solicitudes: client_max_body_size de nginx, LimitRequestBody de Apache, maxAllowedContentLength de IIS, o el límite del proxy o del firewall de aplicaciones web que haya delante.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to cutting the connection, so clients can say why.</source>
        <translation>Es preferible responder 413 Payload Too Large que cortar la conexión, para que los clientes puedan indicar el motivo.</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>El servidor está sobrecargado</translation>
    </message>
    <message>
        <source>The more connections there are at the same time, the more of them the server cuts off: it is overloaded or limits how many clients it serves at once.</source>
        <translation>Cuantas más conexiones hay a la vez, más corta el servidor: está sobrecargado o limita cuántos clientes atiende a la vez.</translation>
    </message>
    <message>
        <source>Try again later, outside busy hours.</source>
        <translation>Vuelva a intentarlo más tarde, fuera de las horas de más actividad.</translation>
    </message>
    <message>
        <source>If your program makes many connections at once, reduce them.</source>
        <translation>Si su programa abre muchas conexiones a la vez, redúzcalas.</translation>
    </message>
    <message>
        <source>Check the server&apos;s load, connection limits and accept queue (listen backlog, worker count, rate limits).</source>
        <translation>Revise la carga del servidor, los límites de conexiones y la cola de aceptación (listen backlog, número de workers, límites de frecuencia).</translation>
    </message>
    <message>
        <source>Add capacity, or raise the limits; make clients retry with exponential backoff.</source>
        <translation>Amplíe la capacidad o aumente los límites; haga que los clientes reintenten con espera exponencial.</translation>
    </message>
    <message>
        <source>If you are on Wi-Fi, move closer to the router or try a cable.</source>
        <translation>Si usa Wi-Fi, acérquese al router o pruebe con un cable.</translation>
    </message>
    <message>
        <source>Restart your router; if it keeps happening, call your internet provider.</source>
        <translation>Reinicie el router; si sigue ocurriendo, llame a su proveedor de internet.</translation>
    </message>
    <message>
        <source>Make clients retry with exponential backoff.</source>
        <translation>Haga que los clientes reintenten con espera exponencial.</translation>
    </message>
    <message>
        <source>Secure connections to this site are being filtered</source>
        <translation>Se están filtrando las conexiones seguras a este sitio</translation>
    </message>
    <message>
        <source>When your computer asks for a secure connection to this site by name, something on the way cuts it off; the same request with another name goes through. A filter (security software, a company or country firewall) is reading the name.</source>
        <translation>Cuando su equipo pide una conexión segura a este sitio por su nombre, algo en el camino la corta; la misma solicitud con otro nombre sí pasa. Un filtro (software de seguridad, un firewall de empresa o de país) está leyendo el nombre.</translation>
    </message>
    <message>
        <source>If you have security software that checks web traffic, switch that feature off briefly to test.</source>
        <translation>Si tiene un software de seguridad que revisa el tráfico web, desactive esa función un momento para probar.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot).</source>
        <translation>Pruebe desde otra red (compartiendo la conexión del teléfono).</translation>
    </message>
    <message>
        <source>Check web filtering and TLS inspection rules for this host name on firewalls and security software.</source>
        <translation>Revise las reglas de filtrado web y de inspección TLS para este nombre de host en los firewalls y el software de seguridad.</translation>
    </message>
    <message>
        <source>The server cuts off every connection right away</source>
        <translation>El servidor corta todas las conexiones de inmediato</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator: connections are reset as soon as they open.</source>
        <translation>Avise al administrador del servicio: las conexiones se cortan (reset) nada más abrirse.</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the time of the test; look for crashes, restarts, or access rules that reject this client.</source>
        <translation>Revise los registros de la aplicación a la hora de la prueba; busque fallos, reinicios o reglas de acceso que rechacen a este cliente.</translation>
    </message>
    <message>
        <source>Check connection limits (per-IP limits, fail2ban, rate limiting).</source>
        <translation>Revise los límites de conexiones (límites por IP, fail2ban, limitación de frecuencia).</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>No se encontró ningún problema</translation>
    </message>
    <message>
        <source>Every test we ran succeeded: the connection works right now. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Todas las pruebas que hicimos tuvieron éxito: la conexión funciona ahora mismo. Si el problema va y viene, deje la vigilancia en marcha mientras trabaja para detectarlo.</translation>
    </message>
    <message>
        <source>Keep the monitor running, and run the diagnosis again as soon as the error appears.</source>
        <translation>Mantenga la vigilancia en marcha y vuelva a ejecutar el diagnóstico en cuanto aparezca el error.</translation>
    </message>
    <message>
        <source>Compare the server&apos;s logs with the times the user saw the error.</source>
        <translation>Compare los registros del servidor con las horas en que el usuario vio el error.</translation>
    </message>
    <message>
        <source>A device on the way cuts your connections</source>
        <translation>Un dispositivo en el camino corta sus conexiones</translation>
    </message>
    <message numerus="yes">
        <source>The connections are cut off by a device %n hop(s) from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</source>
        <translation>
            <numerusform>Las conexiones las corta un dispositivo a %n salto de usted —un firewall, un filtro, un proxy o un equipo de seguridad en el camino—, no el servidor, que está a %1 saltos.</numerusform>
            <numerusform>Las conexiones las corta un dispositivo a %n saltos de usted —un firewall, un filtro, un proxy o un equipo de seguridad en el camino—, no el servidor, que está a %1 saltos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections are cut off by a device on the way — a firewall, filter, proxy or security appliance — not by the server.</source>
        <translation>Las conexiones las corta un dispositivo en el camino —un firewall, un filtro, un proxy o un equipo de seguridad—, no el servidor.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a device on your network cuts the connections.</source>
        <translation>Pruebe desde otra red (compartiendo la conexión del teléfono): si allí funciona, es un dispositivo de su red el que corta las conexiones.</translation>
    </message>
    <message>
        <source>Find the device at that distance (traceroute to the server) and look in its logs for the resets; firewalls, intrusion prevention and web filters send them.</source>
        <translation>Localice el dispositivo que está a esa distancia (traceroute hasta el servidor) y busque los resets en sus registros; los envían los firewalls, los sistemas de prevención de intrusiones y los filtros web.</translation>
    </message>
    <message>
        <source>Adjust the rule that resets these connections, then watch again.</source>
        <translation>Ajuste la regla que corta (reset) estas conexiones y vuelva a vigilarlas.</translation>
    </message>
    <message>
        <source>The server itself resets %1&apos;s connections</source>
        <translation>El propio servidor corta las conexiones de %1</translation>
    </message>
    <message>
        <source>The resets come from the server (%1) itself, not from a device on the way: its software, or something on the server, ends these connections.</source>
        <translation>Los resets vienen del propio servidor (%1), no de un dispositivo en el camino: su software, o algo en el servidor, termina estas conexiones.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator when the resets happened: the times are in the report.</source>
        <translation>Indique al administrador del servicio cuándo se produjeron los resets: las horas están en el informe.</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the times of the resets; look for crashes, restarts, timeouts, or access rules that reject this client.</source>
        <translation>Revise los registros de la aplicación a las horas de los resets; busque fallos, reinicios, tiempos de espera agotados o reglas de acceso que rechacen a este cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are closed after about %n second(s)</source>
        <translation>
            <numerusform>Las conexiones inactivas se cierran tras aproximadamente %n segundo</numerusform>
            <numerusform>Las conexiones inactivas se cierran tras unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are forgotten after about %n second(s)</source>
        <translation>
            <numerusform>Las conexiones inactivas se olvidan tras aproximadamente %n segundo</numerusform>
            <numerusform>Las conexiones inactivas se olvidan tras unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</source>
        <translation>
            <numerusform>Cuando una conexión pasa aproximadamente %n segundo sin actividad, algo en el camino (un firewall o un router con NAT) o el servidor la olvida. Durante la pausa no pasa nada; el primer mensaje que se envía después recibe un reset como respuesta.</numerusform>
            <numerusform>Cuando una conexión pasa unos %n segundos sin actividad, algo en el camino (un firewall o un router con NAT) o el servidor la olvida. Durante la pausa no pasa nada; el primer mensaje que se envía después recibe un reset como respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are silently dropped after about %n second(s)</source>
        <translation>
            <numerusform>Las conexiones inactivas se descartan sin aviso tras aproximadamente %n segundo</numerusform>
            <numerusform>Las conexiones inactivas se descartan sin aviso tras unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</source>
        <translation>
            <numerusform>Cuando una conexión pasa aproximadamente %n segundo sin actividad, algo en el camino (un router o un firewall) la olvida sin avisar a nadie. El primer mensaje que se envía después de la pausa no recibe ninguna respuesta, y el programa espera hasta que se rinde.</numerusform>
            <numerusform>Cuando una conexión pasa unos %n segundos sin actividad, algo en el camino (un router o un firewall) la olvida sin avisar a nadie. El primer mensaje que se envía después de la pausa no recibe ninguna respuesta, y el programa espera hasta que se rinde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are cut off after about %n second(s)</source>
        <translation>
            <numerusform>Las conexiones inactivas se cortan tras aproximadamente %n segundo</numerusform>
            <numerusform>Las conexiones inactivas se cortan tras unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %1, a device %n hop(s) from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</source>
        <translation>
            <numerusform>Cuando una conexión pasa aproximadamente %1 sin actividad, un dispositivo a %n salto de usted (un router, un NAT o un firewall) —no el servidor— la corta con un reset.</numerusform>
            <numerusform>Cuando una conexión pasa aproximadamente %1 sin actividad, un dispositivo a %n saltos de usted (un router, un NAT o un firewall) —no el servidor— la corta con un reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.</source>
        <translation>
            <numerusform>Cuando una conexión pasa aproximadamente %n segundo sin actividad, el servidor o un dispositivo delante de él (un balanceador de carga o un firewall) la corta con un reset, durante la pausa.</numerusform>
            <numerusform>Cuando una conexión pasa unos %n segundos sin actividad, el servidor o un dispositivo delante de él (un balanceador de carga o un firewall) la corta con un reset, durante la pausa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable TCP keep-alive (or application pings) every %n second(s) or less, below the idle timeout of about %1.</source>
        <translation>
            <numerusform>Active el keep-alive de TCP (o pings de la aplicación) cada %n segundo o menos, por debajo del tiempo de espera por inactividad de aproximadamente %1.</numerusform>
            <numerusform>Active el keep-alive de TCP (o pings de la aplicación) cada %n segundos o menos, por debajo del tiempo de espera por inactividad de aproximadamente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused</source>
        <translation>Se rechazan las subidas de más de unos %1</translation>
    </message>
    <message>
        <source>The server accepts requests up to about %1 and answers larger ones with &quot;413 Payload Too Large&quot;: it says no, and the connection is not cut off. Smaller requests work.</source>
        <translation>El servidor acepta solicitudes de hasta unos %1 y responde a las más grandes con &quot;413 Payload Too Large&quot;: dice que no, y la conexión no se corta. Las solicitudes más pequeñas funcionan.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped</source>
        <translation>Se detienen las subidas de más de unos %1</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and closes the connection while a larger one is still being sent, without an answer. Smaller requests work.</source>
        <translation>El servidor (o algo delante de él) acepta solicitudes de hasta unos %1 y cierra la conexión sin responder mientras todavía se está enviando una más grande. Las solicitudes más pequeñas funcionan.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to closing the connection, so clients can say why.</source>
        <translation>Es preferible responder 413 Payload Too Large que cerrar la conexión, para que los clientes puedan indicar el motivo.</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and cuts off anything larger with a reset, halfway through sending. Smaller requests work.</source>
        <translation>El servidor (o algo delante de él) acepta solicitudes de hasta unos %1 y corta con un reset cualquiera más grande, a mitad del envío. Las solicitudes más pequeñas funcionan.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off at random</source>
        <translation>Alrededor del %1% de las conexiones se cortan al azar</translation>
    </message>
    <message>
        <source>The network connection may be unstable</source>
        <translation>Puede que la conexión de red sea inestable</translation>
    </message>
    <message>
        <source>This computer&apos;s counters show connections being reset while the tests ran: the network between you and the servers may drop them now and then.</source>
        <translation>Los contadores de este equipo muestran conexiones cortadas (reset) durante las pruebas: puede que la red entre usted y los servidores las pierda de vez en cuando.</translation>
    </message>
    <message>
        <source>Check the path for loss and flapping links (mtr, interface error counters), and the server&apos;s logs at the times of the resets.</source>
        <translation>Revise la ruta en busca de pérdidas y enlaces inestables (mtr, contadores de errores de las interfaces) y los registros del servidor a las horas de los resets.</translation>
    </message>
    <message>
        <source>The server cuts off about %1% of connections right away</source>
        <translation>El servidor corta de inmediato alrededor del %1% de las conexiones</translation>
    </message>
    <message>
        <source>Nothing we saw explains a reset. Some tests found something worth knowing (below), but not a cause of the connections being cut off. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Nada de lo que vimos explica un reset. Algunas pruebas encontraron algo que conviene saber (abajo), pero no una causa de que se corten las conexiones. Si el problema va y viene, deje la vigilancia en marcha mientras trabaja para detectarlo.</translation>
    </message>
    <message>
        <source>The service&apos;s answers never end</source>
        <translation>Las respuestas del servicio nunca terminan</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>Cada conexión al servicio (%n en total) recibió una respuesta que nunca terminó: siguió mucho más allá de lo que necesita una respuesta, o siguió llegando a cuentagotas hasta que se acabó el tiempo disponible.</numerusform>
            <numerusform>Cada conexión al servicio (%n en total) recibió una respuesta que nunca terminó: siguió mucho más allá de lo que necesita una respuesta, o siguió llegando a cuentagotas hasta que se acabó el tiempo disponible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>%1 de %n conexión al servicio recibió una respuesta que nunca terminó: siguió mucho más allá de lo que necesita una respuesta, o siguió llegando a cuentagotas hasta que se acabó el tiempo disponible.</numerusform>
            <numerusform>%1 de %n conexiones al servicio recibieron una respuesta que nunca terminó: siguió mucho más allá de lo que necesita una respuesta, o siguió llegando a cuentagotas hasta que se acabó el tiempo disponible.</numerusform>
        </translation>
    </message>
    <message>
        <source>A program that waits for the end of such an answer waits for ever, or gives up and cuts the connection. A server stuck in a loop, or a device on the way that holds connections open, does this.</source>
        <translation>Un programa que espera el final de una respuesta así espera para siempre, o se rinde y corta la conexión. Lo hace un servidor atascado en un bucle, o un dispositivo en el camino que mantiene abiertas las conexiones.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that its answers never end, and send them this report.</source>
        <translation>Diga al administrador del servicio que sus respuestas nunca terminan y envíele este informe.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the answers end there, a device on your network holds the connections open.</source>
        <translation>Pruebe desde otra red (compartiendo la conexión del teléfono): si allí las respuestas terminan, un dispositivo de su red mantiene abiertas las conexiones.</translation>
    </message>
    <message>
        <source>Look in the service&apos;s logs for requests that never complete, and at any proxy or load balancer in front of it (response buffering, streaming, keep-alive settings).</source>
        <translation>Busque en los registros del servicio peticiones que nunca se completan, y revise el proxy o balanceador de carga que tenga delante (búfer de respuestas, streaming, ajustes de keep-alive).</translation>
    </message>
    <message>
        <source>Fetch the address with curl -v and watch where the answer stalls or repeats.</source>
        <translation>Pida la dirección con curl -v y observe dónde se detiene o se repite la respuesta.</translation>
    </message>
    <message>
        <source>Something other than the service answers at this address</source>
        <translation>En esta dirección responde algo distinto del servicio</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) was answered, but not as a web service answers.</source>
        <translation>
            <numerusform>Cada conexión al servicio (%n en total) recibió respuesta, pero no como responde un servicio web.</numerusform>
            <numerusform>Cada conexión al servicio (%n en total) recibió respuesta, pero no como responde un servicio web.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service were answered, but not as a web service answers.</source>
        <translation>
            <numerusform>%1 de %n conexión al servicio recibió respuesta, pero no como responde un servicio web.</numerusform>
            <numerusform>%1 de %n conexiones al servicio recibieron respuesta, pero no como responde un servicio web.</numerusform>
        </translation>
    </message>
    <message>
        <source>Either another kind of service listens at this address and port, or something on the way (a security device, a filter, a proxy) answers in the service&apos;s place.</source>
        <translation>O bien otro tipo de servicio escucha en esta dirección y puerto, o algo en el camino (un dispositivo de seguridad, un filtro, un proxy) responde en lugar del servicio.</translation>
    </message>
    <message>
        <source>Check that the address and port are right: another kind of service may listen on this port.</source>
        <translation>Compruebe que la dirección y el puerto sean correctos: puede que otro tipo de servicio escuche en este puerto.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the service answers normally there, something on your network answers in its place.</source>
        <translation>Pruebe desde otra red (compartiendo la conexión del teléfono): si allí el servicio responde con normalidad, algo en su red responde en su lugar.</translation>
    </message>
    <message>
        <source>Check what listens on the port (ss -ltnp) and that it speaks what the clients expect (HTTP, or TLS on 443).</source>
        <translation>Compruebe qué escucha en el puerto (ss -ltnp) y que hable lo que esperan los clientes (HTTP, o TLS en el 443).</translation>
    </message>
    <message>
        <source>Read the first bytes of the answer in the evidence: another protocol&apos;s greeting (SSH, SMTP) means another service on the port; unreadable bytes may be an encrypted (TLS) service asked in plain text, or a device in between.</source>
        <translation>Lea los primeros bytes de la respuesta en las pruebas: el saludo de otro protocolo (SSH, SMTP) indica otro servicio en el puerto; unos bytes ilegibles pueden ser un servicio cifrado (TLS) al que se preguntó en texto plano, o un dispositivo en medio.</translation>
    </message>
    <message numerus="yes">
        <source>The packets show that a device %n hop(s) from you, not the server, sent the resets.</source>
        <translation>
            <numerusform>Los paquetes muestran que los resets los envió un dispositivo a %n salto de usted, no el servidor.</numerusform>
            <numerusform>Los paquetes muestran que los resets los envió un dispositivo a %n saltos de usted, no el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The packets show that a device on the way, not the server, sent the resets.</source>
        <translation>Los paquetes muestran que los resets los envió un dispositivo en el camino, no el servidor.</translation>
    </message>
    <message>
        <source>The packets show that the server itself sent the resets.</source>
        <translation>Los paquetes muestran que los resets los envió el propio servidor.</translation>
    </message>
    <message>
        <source>Whether the server or a device on the way (a firewall or filter) sent the resets is not known.</source>
        <translation>No se sabe si los resets los envió el servidor o un dispositivo en el camino (un firewall o un filtro).</translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</source>
        <translation>
            <numerusform>Cuando una conexión pasa aproximadamente %n segundo sin actividad, el servidor o un balanceador de carga delante de él la cierra de forma ordenada. Un programa que vuelve a usar esa conexión recibe un error, o un reset de un dispositivo que ya la ha olvidado.</numerusform>
            <numerusform>Cuando una conexión pasa unos %n segundos sin actividad, el servidor o un balanceador de carga delante de él la cierra de forma ordenada. Un programa que vuelve a usar esa conexión recibe un error, o un reset de un dispositivo que ya la ha olvidado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Cuantas más conexiones hay a la vez, más corta el servidor: %1% con una sola, %2% con %n a la vez.</numerusform>
            <numerusform>Cuantas más conexiones hay a la vez, más corta el servidor: %1% con una sola, %2% con %n a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Cuantas más conexiones hay a la vez, más cierra el servidor sin responder (sin reset): %1% con una sola, %2% con %n a la vez.</numerusform>
            <numerusform>Cuantas más conexiones hay a la vez, más cierra el servidor sin responder (sin reset): %1% con una sola, %2% con %n a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Cuantas más conexiones hay a la vez, más de ellas no reciben respuesta a tiempo: %1% con una sola, %2% con %n a la vez.</numerusform>
            <numerusform>Cuantas más conexiones hay a la vez, más de ellas no reciben respuesta a tiempo: %1% con una sola, %2% con %n a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Cuantas más conexiones hay a la vez, más de ellas terminan sin una respuesta normal: %1% con una sola, %2% con %n a la vez.</numerusform>
            <numerusform>Cuantas más conexiones hay a la vez, más de ellas terminan sin una respuesta normal: %1% con una sola, %2% con %n a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is overloaded or limits how many clients it serves at once.</source>
        <translation>El servidor está sobrecargado o limita cuántos clientes atiende a la vez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</source>
        <translation>
            <numerusform>Conexiones cortadas: %1 de %n (la proporción real probablemente está entre el %2% y el %3%), tanto con pocas como con muchas abiertas a la vez: no es un problema de carga.</numerusform>
            <numerusform>Conexiones cortadas: %1 de %n (la proporción real probablemente está entre el %2% y el %3%), tanto con pocas como con muchas abiertas a la vez: no es un problema de carga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</source>
        <translation>
            <numerusform>Conexiones cortadas: %1 de %n (la proporción real probablemente está entre el %2% y el %3%). En el tiempo disponible no se pudo saber si se cortan más con carga.</numerusform>
            <numerusform>Conexiones cortadas: %1 de %n (la proporción real probablemente está entre el %2% y el %3%). En el tiempo disponible no se pudo saber si se cortan más con carga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every connection is cut off right away, by the server or a device on the way</source>
        <translation>Todas las conexiones se cortan de inmediato, por parte del servidor o de un dispositivo en el camino</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off right away, by the server or a device on the way</source>
        <translation>Alrededor del %1% de las conexiones se cortan de inmediato, por parte del servidor o de un dispositivo en el camino</translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) opened and were then cut off at once.</source>
        <translation>
            <numerusform>La %n conexión se abrió y luego se cortó de inmediato.</numerusform>
            <numerusform>Todas las %n conexiones se abrieron y luego se cortaron de inmediato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</source>
        <translation>
            <numerusform>Conexiones que se abrieron y luego se cortaron: %1 de %n (la proporción real probablemente está entre el %2% y el %3%); las demás funcionaron.</numerusform>
            <numerusform>Conexiones que se abrieron y luego se cortaron: %1 de %n (la proporción real probablemente está entre el %2% y el %3%); las demás funcionaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the logs of firewalls and intrusion-prevention systems on the way for resets of this address; run the diagnosis with the reset watch to see who sends them.</source>
        <translation>Busque resets de esta dirección en los registros de los firewalls y sistemas de prevención de intrusiones del camino; ejecute el diagnóstico con la vigilancia de resets para ver quién los envía.</translation>
    </message>
    <message>
        <source>Large packets vanish on the way: only packets up to %1 bytes get through</source>
        <translation>Los paquetes grandes desaparecen por el camino: solo pasan los paquetes de hasta %1 bytes</translation>
    </message>
    <message>
        <source>Large packets vanish on the way to the service</source>
        <translation>Los paquetes grandes desaparecen en el camino hacia el servicio</translation>
    </message>
    <message>
        <source>Packets of up to %1 bytes reach the service; larger ones (this computer sends up to %2 bytes) are lost on the way, and nothing says so.</source>
        <translation>Los paquetes de hasta %1 bytes llegan al servicio; los más grandes (este equipo envía hasta %2 bytes) se pierden por el camino, sin que nada lo indique.</translation>
    </message>
    <message>
        <source>Small packets reach the service, full-sized ones are lost on the way, and nothing says so.</source>
        <translation>Los paquetes pequeños llegan al servicio, los de tamaño completo se pierden por el camino, sin que nada lo indique.</translation>
    </message>
    <message>
        <source>The VPN or tunnel carries this route: its packets do not fit the network under it, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Esta ruta pasa por la VPN o el túnel: sus paquetes no caben en la red sobre la que funciona, y los mensajes &quot;packet too big&quot; que lo solucionarían están bloqueados.</translation>
    </message>
    <message>
        <source>A link on the way (a VPN, PPPoE or a tunnel) carries smaller packets, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Un enlace en el camino (una VPN, PPPoE o un túnel) transporta paquetes más pequeños, y los mensajes &quot;packet too big&quot; que lo solucionarían están bloqueados.</translation>
    </message>
    <message>
        <source>Small requests work; uploads and large answers stall, then break or are reset.</source>
        <translation>Las solicitudes pequeñas funcionan; las subidas y las respuestas grandes se quedan paradas y después fallan o se cortan (reset).</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department the packet size above.</source>
        <translation>Desactive la VPN y vuelva a intentarlo; si funciona, indique el tamaño de paquete de arriba al proveedor de la VPN o a su departamento de informática.</translation>
    </message>
    <message>
        <source>Tell your network administrator or internet provider the packet size above: larger packets are lost on the way.</source>
        <translation>Indique el tamaño de paquete de arriba a su administrador de red o a su proveedor de internet: los paquetes más grandes se pierden por el camino.</translation>
    </message>
    <message>
        <source>Set the MTU of %1 to %2 or less, or clamp the TCP MSS to %3 on the router or VPN gateway (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</source>
        <translation>Ajuste la MTU de %1 a %2 o menos, o limite el MSS de TCP a %3 (MSS clamping) en el router o la puerta de enlace de la VPN (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</translation>
    </message>
    <message>
        <source>the interface that carries this route</source>
        <translation>la interfaz por la que pasa esta ruta</translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; (type 3, code 4) and ICMPv6 &quot;packet too big&quot; through on every firewall on the path.</source>
        <translation>Deje pasar ICMP &quot;fragmentation needed&quot; (tipo 3, código 4) e ICMPv6 &quot;packet too big&quot; en todos los firewalls del camino.</translation>
    </message>
    <message>
        <source>A filter on the server cuts off these requests</source>
        <translation>Un filtro en el servidor corta estas solicitudes</translation>
    </message>
    <message>
        <source>Something on the way reads your requests and cuts them off</source>
        <translation>Algo en el camino lee sus solicitudes y las corta</translation>
    </message>
    <message>
        <source>The address&apos;s path (%1) sets it off: the same request for another path is answered.</source>
        <translation>El corte lo provoca la ruta de la dirección (%1): la misma solicitud para otra ruta recibe respuesta.</translation>
    </message>
    <message>
        <source>The server name in the request (%1) sets it off: the same request with another name is answered.</source>
        <translation>El corte lo provoca el nombre del servidor en la solicitud (%1): la misma solicitud con otro nombre recibe respuesta.</translation>
    </message>
    <message>
        <source>Both the path and the server name in the request set it off.</source>
        <translation>El corte lo provocan tanto la ruta como el nombre del servidor en la solicitud.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off, while the same server and port answer a neutral request: a content filter or intrusion-prevention system reads what is sent.</source>
        <translation>Las solicitudes para esta dirección se cortan, mientras que el mismo servidor y puerto responden a una solicitud neutra: un filtro de contenido o un sistema de prevención de intrusiones lee lo que se envía.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a filter on your network cuts these requests.</source>
        <translation>Pruebe desde otra red (compartiendo la conexión del teléfono): si allí funciona, es un filtro de su red el que corta estas solicitudes.</translation>
    </message>
    <message>
        <source>Tell your IT department which address is cut off: the report says which part of the request sets the filter off.</source>
        <translation>Indique a su departamento de informática qué dirección se corta: el informe dice qué parte de la solicitud activa el filtro.</translation>
    </message>
    <message>
        <source>Look in the logs of firewalls, intrusion-prevention systems and web application firewalls for the rule that matches this request, and adjust it.</source>
        <translation>Busque en los registros de los firewalls, los sistemas de prevención de intrusiones y los firewalls de aplicaciones web la regla que coincide con esta solicitud, y ajústela.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service did not work.</source>
        <translation>
            <numerusform>%1 de %n conexión al servicio no funcionó.</numerusform>
            <numerusform>%1 de %n conexiones al servicio no funcionaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test failed, and no known cause fits</source>
        <translation>Una prueba falló y ninguna causa conocida encaja</translation>
    </message>
    <message>
        <source>What failed: %1 No cause the app knows explains it; the report&apos;s details say what happened.</source>
        <translation>Lo que falló: %1 Ninguna causa que conozca la aplicación lo explica; los detalles del informe indican lo que pasó.</translation>
    </message>
    <message>
        <source>Run the diagnosis again when the error appears, and send the report to your helpdesk.</source>
        <translation>Vuelva a ejecutar el diagnóstico cuando aparezca el error y envíe el informe a su servicio de asistencia.</translation>
    </message>
    <message>
        <source>Read the failed tests in the report&apos;s details, and compare them with the service&apos;s logs at that time.</source>
        <translation>Lea las pruebas fallidas en los detalles del informe y compárelas con los registros del servicio a esa hora.</translation>
    </message>
    <message>
        <source>A filter reads your requests and cuts them off</source>
        <translation>Un filtro lee sus solicitudes y las corta</translation>
    </message>
    <message>
        <source>Neither the path nor the server name sets it off alone: only the two together do.</source>
        <translation>Ni la ruta ni el nombre del servidor lo activan por separado: solo los dos juntos.</translation>
    </message>
    <message>
        <source>%1 on this computer ends its own connections</source>
        <translation>%1 en este equipo corta sus propias conexiones</translation>
    </message>
    <message>
        <source>The resets that ended %1&apos;s connections to %2 came from this computer, because the program itself ended them: %3. That is an error or a habit of the program, not of the network or the server.</source>
        <translation>Los reinicios que cortaron las conexiones de %1 con %2 salieron de este equipo, porque el propio programa las terminó: %3. Es un error o una costumbre del programa, no de la red ni del servidor.</translation>
    </message>
    <message>
        <source>Update %1, or try another program for the same task.</source>
        <translation>Actualice %1 o pruebe otro programa para la misma tarea.</translation>
    </message>
    <message>
        <source>Tell whoever supports %1 when it happened: the times are in the report.</source>
        <translation>Diga al soporte de %1 cuándo ocurrió: las horas están en el informe.</translation>
    </message>
    <message>
        <source>Look at how the program closes its connections: closing a socket with received data unread, or with a zero linger time, makes the system send a reset (the report names the system&apos;s reason for each).</source>
        <translation>Revise cómo cierra el programa sus conexiones: cerrar un socket con datos recibidos sin leer, o con un tiempo de linger cero, hace que el sistema envíe un reinicio (el informe indica el motivo del sistema para cada uno).</translation>
    </message>
    <message>
        <source>Check the program&apos;s logs at the times of the resets for errors that made it give up on the connection.</source>
        <translation>Busque en los registros del programa, a las horas de los reinicios, errores que le hicieran abandonar la conexión.</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>Checking: %1...</source>
        <translation>Comprobando: %1...</translation>
    </message>
    <message>
        <source>Cannot write the monitor&apos;s log: %1</source>
        <translation>No se puede escribir el registro de la vigilancia: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Results for %1: %2.</source>
        <translation>Resultados para %1: %2.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Watching resets: %1.</source>
        <translation>Vigilando los resets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Watching every program&apos;s resets for %n second(s)...</source>
        <translation>
            <numerusform>Vigilando los resets de todos los programas durante %n segundo...</numerusform>
            <numerusform>Vigilando los resets de todos los programas durante %n segundos...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen.</source>
        <translation>
            <numerusform>Se vio %n reset.</numerusform>
            <numerusform>Se vieron %n resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time.</source>
        <translation>
            <numerusform>El sistema descartó %n evento que no pudo entregar a tiempo.</numerusform>
            <numerusform>El sistema descartó %n eventos que no pudo entregar a tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for %1: none.</source>
        <translation>Resultados para %1: ninguno.</translation>
    </message>
    <message>
        <source>No connection finished before the stop.</source>
        <translation>Ninguna conexión terminó antes de la parada.</translation>
    </message>
    <message numerus="yes">
        <source>The %n connection(s) that finished worked; the rest were stopped.</source>
        <translation>
            <numerusform>La %n conexión que terminó funcionó; el resto se detuvo.</numerusform>
            <numerusform>Las %n conexiones que terminaron funcionaron; el resto se detuvo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %n second(s), one connection every %2 ms...</source>
        <translation>
            <numerusform>Vigilando %1 durante %n segundo, una conexión cada %2 ms...</numerusform>
            <numerusform>Vigilando %1 durante %n segundos, una conexión cada %2 ms...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing %1, %n time(s)...</source>
        <translation>
            <numerusform>Probando %1, %n vez...</numerusform>
            <numerusform>Probando %1, %n veces...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log in %1, from %2 on...</source>
        <translation>Leyendo el registro de la vigilancia en segundo plano en %1, desde %2...</translation>
    </message>
</context>
<context>
    <name>HelperResetSource</name>
    <message>
        <source>Permission was not given in time.</source>
        <translation>No se concedió el permiso a tiempo.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper did not answer.</source>
        <translation>El programa auxiliar de la vigilancia de resets no respondió.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper (%1) is not installed.</source>
        <translation>El programa auxiliar de la vigilancia de resets (%1) no está instalado.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper could not be started: %1</source>
        <translation>No se pudo iniciar el programa auxiliar de la vigilancia de resets: %1</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer.</source>
        <translation>La vigilancia de resets no tiene permiso para ver las conexiones de este equipo.</translation>
    </message>
    <message>
        <source>Permission to watch resets was not given.</source>
        <translation>No se concedió el permiso para vigilar los resets.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped unexpectedly.</source>
        <translation>El programa auxiliar de la vigilancia de resets se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper ended without saying what it can see (exit status %1).</source>
        <translation>El programa auxiliar de la vigilancia de resets terminó sin indicar lo que puede ver (código de salida %1).</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer: its helper is only for members of the connection-doctor group.</source>
        <translation>La vigilancia de resets no tiene permiso para ver las conexiones de este equipo: su programa auxiliar es solo para los miembros del grupo connection-doctor.</translation>
    </message>
</context>
<context>
    <name>HttpContentExperiment</name>
    <message>
        <source>The service is not a web service, so what its requests ask for was not tested.</source>
        <translation>El servicio no es un servicio web, así que no se probó lo que piden sus solicitudes.</translation>
    </message>
    <message>
        <source>Requests to this service are encrypted, so a device on the way can read only the site&apos;s name (see the secure connection test).</source>
        <translation>Las solicitudes a este servicio están cifradas, así que un dispositivo en el camino solo puede leer el nombre del sitio (vea la prueba &quot;Conexión segura&quot;).</translation>
    </message>
    <message>
        <source>Requests for this address are not cut off for what they ask for.</source>
        <translation>Las solicitudes para esta dirección no se cortan por lo que piden.</translation>
    </message>
    <message>
        <source>Requests to this server are cut off whatever they ask for.</source>
        <translation>Las solicitudes a este servidor se cortan, pidan lo que pidan.</translation>
    </message>
    <message>
        <source>Some requests were cut off, but not every time: not a rule about what they ask for.</source>
        <translation>Algunas solicitudes se cortaron, pero no siempre: no es una regla sobre lo que piden.</translation>
    </message>
    <message>
        <source>Requests for %1 are cut off while other requests to the same server are answered: something reads the path.</source>
        <translation>Las solicitudes para %1 se cortan, mientras que otras solicitudes al mismo servidor reciben respuesta: algo lee la ruta.</translation>
    </message>
    <message>
        <source>Requests naming %1 are cut off while requests with another name are answered: something reads the server name.</source>
        <translation>Las solicitudes que nombran %1 se cortan, mientras que las solicitudes con otro nombre reciben respuesta: algo lee el nombre del servidor.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off while other requests to the same server are answered: something reads them.</source>
        <translation>Las solicitudes para esta dirección se cortan, mientras que otras solicitudes al mismo servidor reciben respuesta: algo las lee.</translation>
    </message>
</context>
<context>
    <name>IdleTimeoutExperiment</name>
    <message>
        <source>No service was given, so idle connections were not tested.</source>
        <translation>No se indicó ningún servicio, así que no se probaron las conexiones inactivas.</translation>
    </message>
    <message>
        <source>The time allowed is too short to test idle connections.</source>
        <translation>El tiempo disponible es demasiado corto para probar las conexiones inactivas.</translation>
    </message>
    <message>
        <source>Idle connections were cut off at random, not after a fixed idle time.</source>
        <translation>Las conexiones inactivas se cortaron al azar, no tras un tiempo fijo de inactividad.</translation>
    </message>
    <message numerus="yes">
        <source>Connections stayed open while idle for %n second(s), as long as we tested.</source>
        <translation>
            <numerusform>Las conexiones siguieron abiertas tras %n segundo de inactividad, el máximo que probamos.</numerusform>
            <numerusform>Las conexiones siguieron abiertas tras %n segundos de inactividad, el máximo que probamos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>La %n conexión se cortó nada más abrirse, antes de cualquier periodo de inactividad.</numerusform>
            <numerusform>Cada una de las %n conexiones se cortó nada más abrirse, antes de cualquier periodo de inactividad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server closed every one of %n connection(s) as soon as it opened.</source>
        <translation>
            <numerusform>El servidor cerró la %n conexión nada más abrirse.</numerusform>
            <numerusform>El servidor cerró cada una de las %n conexiones nada más abrirse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are closed after about %n second(s).</source>
        <translation>
            <numerusform>Las conexiones inactivas se cierran tras aproximadamente %n segundo.</numerusform>
            <numerusform>Las conexiones inactivas se cierran tras unos %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are cut off (reset) after about %n second(s) of quiet.</source>
        <translation>
            <numerusform>Las conexiones inactivas se cortan (reset) tras aproximadamente %n segundo de inactividad.</numerusform>
            <numerusform>Las conexiones inactivas se cortan (reset) tras unos %n segundos de inactividad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are forgotten: the first message after the pause is answered with a reset.</source>
        <translation>
            <numerusform>Las conexiones que pasan aproximadamente %n segundo inactivas se olvidan: el primer mensaje después de la pausa recibe un reset como respuesta.</numerusform>
            <numerusform>Las conexiones que pasan unos %n segundos inactivas se olvidan: el primer mensaje después de la pausa recibe un reset como respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are silently dropped: the first message after the pause gets no answer.</source>
        <translation>
            <numerusform>Las conexiones que pasan aproximadamente %n segundo inactivas se descartan sin aviso: el primer mensaje después de la pausa no recibe ninguna respuesta.</numerusform>
            <numerusform>Las conexiones que pasan unos %n segundos inactivas se descartan sin aviso: el primer mensaje después de la pausa no recibe ninguna respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closes each connection after its answer, so no connection sits idle to be cut off.</source>
        <translation>El servidor cierra cada conexión después de su respuesta, así que ninguna conexión queda inactiva como para que la corten.</translation>
    </message>
    <message numerus="yes">
        <source>Connections were lost when used after a pause, even after the shortest one tested (%n second(s)): they are forgotten sooner than that, or cut off at random.</source>
        <translation>
            <numerusform>Las conexiones se perdieron al usarse después de una pausa, incluso tras la más corta probada (%n segundo): se olvidan antes, o se cortan al azar.</numerusform>
            <numerusform>Las conexiones se perdieron al usarse después de una pausa, incluso tras la más corta probada (%n segundos): se olvidan antes, o se cortan al azar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections failed before they could sit idle, so idle time was not tested.</source>
        <translation>Las conexiones fallaron antes de poder quedar inactivas, así que no se probó el tiempo de inactividad.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off or closed as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>La %n conexión se cortó o se cerró en cuanto se abrió, antes de cualquier inactividad.</numerusform>
            <numerusform>Cada una de las %n conexiones se cortó o se cerró en cuanto se abrió, antes de cualquier inactividad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfacesCheck</name>
    <message>
        <source>This computer is not connected to any network: no network connection is switched on and set up.</source>
        <translation>Este equipo no está conectado a ninguna red: no hay ninguna conexión de red activada y configurada.</translation>
    </message>
    <message>
        <source>This computer is connected to a network (%1).</source>
        <translation>Este equipo está conectado a una red (%1).</translation>
    </message>
</context>
<context>
    <name>IntermittentResetExperiment</name>
    <message>
        <source>No service was given, so repeated connections were not tested.</source>
        <translation>No se indicó ningún servicio, así que no se probaron las conexiones repetidas.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, even many at once.</source>
        <translation>
            <numerusform>No se cortó la %n conexión repetida, ni siquiera con muchas a la vez.</numerusform>
            <numerusform>No se cortó ninguna de las %n conexiones repetidas, ni siquiera con muchas a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</source>
        <translation>
            <numerusform>Las conexiones se cortan más cuantas más hay a la vez: %1% con una sola, %2% con %n a la vez.</numerusform>
            <numerusform>Las conexiones se cortan más cuantas más hay a la vez: %1% con una sola, %2% con %n a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off, however many there were at once.</source>
        <translation>
            <numerusform>La %n conexión se cortó, sin importar cuántas hubiera a la vez.</numerusform>
            <numerusform>Cada una de las %n conexiones se cortó, sin importar cuántas hubiera a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%), however many there are at once.</source>
        <translation>Alrededor del %1% de las conexiones se cortan (entre el %2% y el %3%), sin importar cuántas haya a la vez.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%); whether more are cut off under load could not be told.</source>
        <translation>Alrededor del %1% de las conexiones se cortan (entre el %2% y el %3%); no se pudo saber si se cortan más con carga.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, but not all of them got a normal answer (see the details).</source>
        <translation>
            <numerusform>Ninguna de las %n conexión repetida se cortó, pero no recibió una respuesta normal (ver los detalles).</numerusform>
            <numerusform>Ninguna de las %n conexiones repetidas se cortó, pero no todas recibieron una respuesta normal (ver los detalles).</numerusform>
        </translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>cortadas</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>cerradas sin respuesta</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>ended without a normal answer</source>
        <translation>terminadas sin una respuesta normal</translation>
    </message>
    <message numerus="yes">
        <source>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</source>
        <translation>
            <numerusform>Las conexiones fallan más cuantas más hay a la vez (sobre todo %1): %2% con una sola, %3% con %n a la vez.</numerusform>
            <numerusform>Las conexiones fallan más cuantas más hay a la vez (sobre todo %1): %2% con una sola, %3% con %n a la vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>A healthy web server.</source>
        <translation>Un servidor web en buen estado.</translation>
    </message>
    <message>
        <source>A server that resets every connection as soon as it opens.</source>
        <translation>Un servidor que corta todas las conexiones nada más abrirse.</translation>
    </message>
    <message>
        <source>A server that resets a connection once it has received a certain amount of data.</source>
        <translation>Un servidor que corta la conexión cuando ha recibido cierta cantidad de datos.</translation>
    </message>
    <message>
        <source>A firewall or load balancer that resets connections left idle too long.</source>
        <translation>Un firewall o balanceador de carga que corta las conexiones que pasan demasiado tiempo inactivas.</translation>
    </message>
    <message>
        <source>A server that politely closes connections left idle too long.</source>
        <translation>Un servidor que cierra de forma ordenada las conexiones que pasan demasiado tiempo inactivas.</translation>
    </message>
    <message>
        <source>A port where no program is listening.</source>
        <translation>Un puerto en el que no escucha ningún programa.</translation>
    </message>
    <message>
        <source>A server so busy it does not answer new connections at all.</source>
        <translation>Un servidor tan ocupado que no responde en absoluto a las conexiones nuevas.</translation>
    </message>
    <message>
        <source>A server that answers, but very slowly.</source>
        <translation>Un servidor que responde, pero muy despacio.</translation>
    </message>
    <message>
        <source>An overloaded server that resets connections, more of them under load.</source>
        <translation>Un servidor sobrecargado que corta conexiones, más cuanto mayor es la carga.</translation>
    </message>
    <message>
        <source>A web server that resets uploads above a size limit.</source>
        <translation>Un servidor web que corta las subidas que superan un límite de tamaño.</translation>
    </message>
    <message>
        <source>A secure (TLS) server behind a filter that resets connections to one site name.</source>
        <translation>Un servidor seguro (TLS) detrás de un filtro que corta las conexiones a un nombre de sitio concreto.</translation>
    </message>
    <message>
        <source>A server that cuts off every fifth connection.</source>
        <translation>Un servidor que corta una de cada cinco conexiones.</translation>
    </message>
    <message>
        <source>A server that now and then cuts off every connection for a couple of seconds.</source>
        <translation>Un servidor que de vez en cuando corta todas las conexiones durante un par de segundos.</translation>
    </message>
</context>
<context>
    <name>LabHost</name>
    <message>
        <source>Could not open the unanswering listener.</source>
        <translation>No se pudo abrir el puerto de escucha que no responde.</translation>
    </message>
</context>
<context>
    <name>LocalFirewallCheck</name>
    <message>
        <source>No firewall on this computer seems to be filtering connections.</source>
        <translation>No parece que ningún firewall de este equipo esté filtrando las conexiones.</translation>
    </message>
    <message>
        <source>A firewall is switched on on this computer (%1); it could be what blocks or cuts connections.</source>
        <translation>Hay un firewall activado en este equipo (%1); podría ser lo que bloquea o corta las conexiones.</translation>
    </message>
    <message>
        <source>The firewall&apos;s settings could not be read on this computer, so whether it filters connections is not known.</source>
        <translation>No se pudo leer la configuración del cortafuegos en este equipo, así que no se sabe si filtra las conexiones.</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Vigilar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Connections shown</source>
        <translation>Conexiones mostradas</translation>
    </message>
    <message>
        <source>Your service</source>
        <translation>Su servicio</translation>
    </message>
    <message>
        <source>All programs on this computer</source>
        <translation>Todos los programas de este equipo</translation>
    </message>
    <message>
        <source>Not watching yet: press Watch to start.</source>
        <translation>Aún no se está vigilando: pulse Vigilar para empezar.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Start trying your service every second</source>
        <translation>Empieza a probar su servicio cada segundo</translation>
    </message>
    <message>
        <source>Pause or resume the tries; what was counted stays</source>
        <translation>Pausa o reanuda las pruebas; lo contado hasta ahora se conserva</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Deja de vigilar</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>Cuánto tiempo muestra el gráfico</translation>
    </message>
    <message>
        <source>Your service alone, or connections cut off for every program on this computer</source>
        <translation>Solo su servicio, o las conexiones cortadas de todos los programas de este equipo</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Lo que muestra el gráfico</translation>
    </message>
    <message>
        <source>Problems that come and go are the hardest to catch.</source>
        <translation>Los problemas que van y vienen son los más difíciles de detectar.</translation>
    </message>
    <message>
        <source>Let this run while you work: it tries your service every second and shows how often connections are cut off. You can go on to the results meanwhile.</source>
        <translation>Deje esto en marcha mientras trabaja: prueba su servicio cada segundo y muestra con qué frecuencia se cortan las conexiones. Mientras tanto, puede pasar a los resultados.</translation>
    </message>
    <message>
        <source>&amp;Allow...</source>
        <translation>Per&amp;mitir...</translation>
    </message>
    <message>
        <source>Let the app see every program&apos;s connections; your system asks for an administrator&apos;s password</source>
        <translation>Permite que la aplicación vea las conexiones de todos los programas; su sistema le pedirá la contraseña de un administrador</translation>
    </message>
    <message>
        <source>What the watch can see</source>
        <translation>Lo que puede ver la vigilancia de resets</translation>
    </message>
    <message>
        <source>How far back the chart and the table go, from the background watch&apos;s log</source>
        <translation>Hasta cuándo llegan el gráfico y la tabla, según el registro de la vigilancia en segundo plano</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>What the background watch&apos;s log holds</source>
        <translation>Lo que contiene el registro de la vigilancia en segundo plano</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the background</source>
        <translation>Seguir &amp;vigilando en segundo plano</translation>
    </message>
    <message>
        <source>Keep a log of every program&apos;s resets, also while this app is closed (the connection-doctor-watch service); your system asks for an administrator&apos;s password</source>
        <translation>Guardar un registro de los reinicios de todos los programas, también con esta aplicación cerrada (el servicio connection-doctor-watch); el sistema pide la contraseña de un administrador</translation>
    </message>
    <message>
        <source>Whether the background watch is on</source>
        <translation>Si la vigilancia en segundo plano está activada</translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log...</source>
        <translation>Leyendo el registro de la vigilancia en segundo plano...</translation>
    </message>
    <message>
        <source>To keep one from now on, tick &quot;Keep watching in the background&quot; below.</source>
        <translation>Para guardar uno desde ahora, marque «Seguir vigilando en segundo plano» abajo.</translation>
    </message>
    <message>
        <source>Waiting for the system (it may ask for an administrator&apos;s password)...</source>
        <translation>Esperando al sistema (puede pedir la contraseña de un administrador)...</translation>
    </message>
</context>
<context>
    <name>OsVerdictCheck</name>
    <message>
        <source>The operating system does not report on connectivity here, so this step was skipped.</source>
        <translation>El sistema operativo no informa aquí sobre la conectividad, así que se omitió este paso.</translation>
    </message>
    <message>
        <source>Your system says a sign-in page is in the way: open a web browser and sign in.</source>
        <translation>Su sistema indica que hay una página de acceso de por medio: abra un navegador web e inicie sesión.</translation>
    </message>
    <message>
        <source>Your system says it is not connected to a network.</source>
        <translation>Su sistema indica que no está conectado a ninguna red.</translation>
    </message>
    <message>
        <source>Your system says it reaches the local network but not the internet.</source>
        <translation>Su sistema indica que llega a la red local, pero no a internet.</translation>
    </message>
    <message>
        <source>Your system says it is online.</source>
        <translation>Su sistema indica que tiene conexión a internet.</translation>
    </message>
    <message>
        <source>Your system does not know whether it is online.</source>
        <translation>Su sistema no sabe si tiene conexión a internet.</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Every connection worked.</source>
        <translation>Todas las conexiones funcionaron.</translation>
    </message>
    <message>
        <source>Connections were cut off abruptly (&quot;connection reset by peer&quot;): by the server or by something between you and it.</source>
        <translation>Las conexiones se cortaron de golpe (&quot;connection reset by peer&quot;): lo hizo el servidor o algo entre usted y él.</translation>
    </message>
    <message>
        <source>The server turned the connection away: nothing accepts connections on that port.</source>
        <translation>El servidor rechazó la conexión: nada acepta conexiones en ese puerto.</translation>
    </message>
    <message>
        <source>The server ended connections politely before answering.</source>
        <translation>El servidor cerró las conexiones de forma ordenada antes de responder.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>No se pudo encontrar el nombre del servidor.</translation>
    </message>
    <message>
        <source>There is no network path to the server.</source>
        <translation>No hay ninguna ruta de red hasta el servidor.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up.</source>
        <translation>No se pudo establecer la conexión segura (TLS).</translation>
    </message>
    <message>
        <source>The proxy server refused or failed the connection.</source>
        <translation>El servidor proxy rechazó la conexión o no pudo establecerla.</translation>
    </message>
    <message>
        <source>while looking up the name</source>
        <translation>al buscar el nombre</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>al conectar</translation>
    </message>
    <message>
        <source>during the secure handshake</source>
        <translation>durante la negociación segura</translation>
    </message>
    <message>
        <source>while sending</source>
        <translation>al enviar</translation>
    </message>
    <message>
        <source>while waiting for the answer</source>
        <translation>mientras esperaba la respuesta</translation>
    </message>
    <message>
        <source>while the connection was idle</source>
        <translation>mientras la conexión estaba inactiva</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <source>%1 %2, after %3 ms</source>
        <translation>%1 %2, tras %3 ms</translation>
    </message>
    <message>
        <source>(%1 bytes sent, %2 received)</source>
        <translation>(%1 bytes enviados, %2 recibidos)</translation>
    </message>
    <message>
        <source>The answer never ended: it went on until the test had to stop reading.</source>
        <translation>La respuesta nunca terminó: siguió hasta que la prueba tuvo que dejar de leerla.</translation>
    </message>
    <message>
        <source>Something answered, but not in the language the service should speak.</source>
        <translation>Algo respondió, pero no en el lenguaje que debería hablar el servicio.</translation>
    </message>
</context>
<context>
    <name>PathMtuCheck</name>
    <message>
        <source>No service was given, so large packets were not tested.</source>
        <translation>No se indicó ningún servicio, así que no se probaron los paquetes grandes.</translation>
    </message>
    <message>
        <source>Small messages get through but large ones get stuck on the way: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Los mensajes pequeños pasan, pero los grandes se atascan por el camino: es un problema de tamaño de paquete (MTU), a menudo causado por una VPN o un túnel.</translation>
    </message>
    <message>
        <source>Large packets get through to your service.</source>
        <translation>Los paquetes grandes llegan a su servicio.</translation>
    </message>
    <message>
        <source>The service did not take even a small upload, so large packets could not be tested.</source>
        <translation>El servicio no recibió ni siquiera una subida pequeña, así que no se pudieron probar los paquetes grandes.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the large upload, so large packets were not tested.</source>
        <translation>El servicio respondió antes de haber recibido la subida grande, así que no se probaron los paquetes grandes.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes are lost on the way to your service, and nothing says so: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Los paquetes de más de %1 bytes se pierden en el camino hacia su servicio, sin que nada lo indique: es un problema de tamaño de paquete (MTU), a menudo causado por una VPN o un túnel.</translation>
    </message>
</context>
<context>
    <name>PayloadLimitExperiment</name>
    <message>
        <source>No service was given, so upload sizes were not tested.</source>
        <translation>No se indicó ningún servicio, así que no se probaron los tamaños de subida.</translation>
    </message>
    <message>
        <source>Even a small upload is cut off, so the cause is not its size.</source>
        <translation>Incluso una subida pequeña se corta, así que la causa no es el tamaño.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through, but some were cut off at random, whatever their size.</source>
        <translation>Las subidas de hasta %1 pasan, pero algunas se cortaron al azar, fuera cual fuera su tamaño.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through.</source>
        <translation>Las subidas de hasta %1 pasan.</translation>
    </message>
    <message>
        <source>The service did not accept an upload, so sizes could not be tested.</source>
        <translation>El servicio no aceptó ninguna subida, así que no se pudieron probar los tamaños.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused with the answer &quot;413 Payload Too Large&quot;.</source>
        <translation>Se rechazan las subidas de más de unos %1 con la respuesta &quot;413 Payload Too Large&quot;.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped: the server closes the connection while they are sent.</source>
        <translation>Se detienen las subidas de más de unos %1: el servidor cierra la conexión mientras se envían.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off (reset) while they are sent.</source>
        <translation>Se cortan (reset) las subidas de más de unos %1 mientras se envían.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through; the service answered a larger one before it had taken it, so larger sizes were not tested.</source>
        <translation>Las subidas de hasta %1 pasan; el servicio respondió a una más grande antes de haberla recibido, así que no se probaron tamaños mayores.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the upload, so upload sizes were not tested.</source>
        <translation>El servicio respondió antes de haber recibido la subida, así que no se probaron los tamaños de subida.</translation>
    </message>
</context>
<context>
    <name>PortMatrix</name>
    <message>
        <source>The refusal comes from close to you (this computer&apos;s firewall, security software, or your network), not from the server.</source>
        <translation>El rechazo viene de cerca de usted (el firewall de este equipo, un software de seguridad o su red), no del servidor.</translation>
    </message>
    <message>
        <source>The refusal comes from the server&apos;s side.</source>
        <translation>El rechazo viene del lado del servidor.</translation>
    </message>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>No se indicó ningún servicio, así que no se probó su puerto.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts connections.</source>
        <translation>El puerto %1 de su servicio acepta conexiones.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts only some connections (%2 of %3).</source>
        <translation>El puerto %1 de su servicio solo acepta algunas conexiones (%2 de %3).</translation>
    </message>
    <message>
        <source>Port %1 is blocked while other ports on the same server answer: a firewall rule for this port.</source>
        <translation>El puerto %1 está bloqueado, mientras que otros puertos del mismo servidor responden: hay una regla de firewall para este puerto.</translation>
    </message>
    <message>
        <source>The server does not accept connections on any port tested.</source>
        <translation>El servidor no acepta conexiones en ninguno de los puertos probados.</translation>
    </message>
</context>
<context>
    <name>PortMatrixCheck</name>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>No se indicó ningún servicio, así que no se probó su puerto.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The connection was reset (RST).</source>
        <translation>La conexión se cortó (RST).</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN).</source>
        <translation>El otro extremo cerró la conexión (FIN).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing happened for %n ms.</source>
        <translation>
            <numerusform>No pasó nada durante %n ms.</numerusform>
            <numerusform>No pasó nada durante %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The peer kept sending without ever finishing: stopped after %n second(s) in all.</source>
        <translation>
            <numerusform>El otro extremo seguía enviando sin terminar nunca: se detuvo tras %n segundo en total.</numerusform>
            <numerusform>El otro extremo seguía enviando sin terminar nunca: se detuvo tras %n segundos en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection did not finish within %n second(s) in all.</source>
        <translation>
            <numerusform>La conexión no terminó en %n segundo en total.</numerusform>
            <numerusform>La conexión no terminó en %n segundos en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection after its answer.</source>
        <translation>El servidor cerró la conexión después de su respuesta.</translation>
    </message>
    <message>
        <source>The answer did not start like an HTTP answer (&quot;%1&quot;): something else answered.</source>
        <translation>La respuesta no empezaba como una respuesta HTTP («%1»): respondió otra cosa.</translation>
    </message>
    <message numerus="yes">
        <source>The answer&apos;s header went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>El encabezado de la respuesta pasó de %n KiB sin terminar: se dejó de leer.</numerusform>
            <numerusform>El encabezado de la respuesta pasó de %n KiB sin terminar: se dejó de leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s first line went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>La primera línea del servidor pasó de %n KiB sin terminar: se dejó de leer.</numerusform>
            <numerusform>La primera línea del servidor pasó de %n KiB sin terminar: se dejó de leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer went on past %n MiB with no end in sight: stopped reading.</source>
        <translation>
            <numerusform>La respuesta pasó de %n MiB sin un final a la vista: se dejó de leer.</numerusform>
            <numerusform>La respuesta pasó de %n MiB sin un final a la vista: se dejó de leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy did not answer within %n ms.</source>
        <translation>
            <numerusform>El proxy no respondió en %n ms.</numerusform>
            <numerusform>El proxy no respondió en %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system cannot limit the packet size of a connection.</source>
        <translation>Este sistema no puede limitar el tamaño de los paquetes de una conexión.</translation>
    </message>
    <message>
        <source>The connection was reset as soon as it opened.</source>
        <translation>La conexión se reinició en cuanto se abrió.</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN) as soon as it opened.</source>
        <translation>El otro extremo cerró la conexión (FIN) en cuanto se abrió.</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>&quot;%1&quot; debe ser %2, no %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>&quot;%1&quot; es demasiado largo: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>&quot;%1&quot; debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>una lista de nombres</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>%1: unknown name &quot;%2&quot;. Known names: %3.</source>
        <translation>%1: nombre desconocido &quot;%2&quot;. Nombres conocidos: %3.</translation>
    </message>
    <message>
        <source>text, a number or a list of them</source>
        <translation>texto, un número o una lista de ellos</translation>
    </message>
    <message>
        <source>The profile is too big (%1 bytes; a profile is at most %2).</source>
        <translation>El perfil es demasiado grande (%1 bytes; un perfil ocupa como máximo %2).</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at byte %2.</source>
        <translation>El perfil no es un JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object ({ ... }).</source>
        <translation>El perfil debe ser un objeto JSON ({ ... }).</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor profile: &quot;schema&quot; must be &quot;%1&quot;.</source>
        <translation>Esto no es un perfil de Connection Doctor: &quot;schema&quot; debe ser &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This profile was written for a newer version of Connection Doctor (%1).</source>
        <translation>Este perfil se escribió para una versión más reciente de Connection Doctor (%1).</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>Ajuste desconocido &quot;%1&quot;. Ajustes conocidos: %2.</translation>
    </message>
    <message>
        <source>&quot;target&quot;: %1</source>
        <translation>&quot;target&quot;: %1</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>No se puede abrir el perfil %1: %2</translation>
    </message>
    <message>
        <source>The profile %1 was not used. %2</source>
        <translation>No se usó el perfil %1. %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
</context>
<context>
    <name>ProgramResetsView</name>
    <message>
        <source>Chart of resets over time by program and server</source>
        <translation>Gráfico de resets a lo largo del tiempo por programa y servidor</translation>
    </message>
    <message>
        <source>One line for each of the programs and servers with the most resets; the table below lists them all</source>
        <translation>Una línea por cada uno de los programas y servidores con más resets; la tabla de abajo los muestra todos</translation>
    </message>
    <message>
        <source>Resets by program and server</source>
        <translation>Resets por programa y servidor</translation>
    </message>
    <message>
        <source>Choose a row to show it alone in the chart; choose it again to show all</source>
        <translation>Elija una fila para mostrarla sola en el gráfico; vuelva a elegirla para mostrarlas todas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Cambio de red</translation>
    </message>
</context>
<context>
    <name>ProxyComparisonCheck</name>
    <message>
        <source>No service was given, so the proxy was not compared.</source>
        <translation>No se indicó ningún servicio, así que no se comparó el proxy.</translation>
    </message>
    <message>
        <source>No proxy is used for this service, so there is nothing to compare.</source>
        <translation>No se usa ningún proxy para este servicio, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Your service works both directly and through the proxy server.</source>
        <translation>Su servicio funciona tanto directamente como a través del servidor proxy.</translation>
    </message>
    <message>
        <source>The proxy server refuses connections to your service</source>
        <translation>El servidor proxy rechaza las conexiones a su servicio</translation>
    </message>
    <message>
        <source>Connections to your service break when they go through the proxy server</source>
        <translation>Las conexiones a su servicio fallan cuando pasan por el servidor proxy</translation>
    </message>
    <message>
        <source>%1; it answered &quot;%2&quot;.</source>
        <translation>%1; respondió &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Your service works only through the proxy server: programs that do not use the proxy will fail.</source>
        <translation>Su servicio solo funciona a través del servidor proxy: los programas que no usen el proxy fallarán.</translation>
    </message>
    <message>
        <source>Your service fails both directly and through the proxy server, so the proxy is not the only problem.</source>
        <translation>Su servicio falla tanto directamente como a través del servidor proxy, así que el proxy no es el único problema.</translation>
    </message>
</context>
<context>
    <name>ProxyHandshake</name>
    <message>
        <source>the proxy did not answer in time</source>
        <translation>el proxy no respondió a tiempo</translation>
    </message>
    <message>
        <source>the proxy connection failed: %1</source>
        <translation>falló la conexión con el proxy: %1</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP</source>
        <translation>el proxy respondió algo que no es HTTP</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP: %1</source>
        <translation>el proxy respondió algo que no es HTTP: %1</translation>
    </message>
    <message>
        <source>the SOCKS proxy refused to talk without a password, or is not SOCKS5</source>
        <translation>el proxy SOCKS se negó a comunicarse sin contraseña, o no es SOCKS5</translation>
    </message>
</context>
<context>
    <name>ProxySettingsCheck</name>
    <message>
        <source>A proxy setting on this computer cannot be understood; programs may fail to connect.</source>
        <translation>No se entiende una configuración de proxy de este equipo; puede que los programas no consigan conectarse.</translation>
    </message>
    <message>
        <source>Connections to %1 go through the proxy server %2 (set by %3).</source>
        <translation>Las conexiones a %1 pasan por el servidor proxy %2 (configurado por %3).</translation>
    </message>
    <message>
        <source>A proxy is set, but connections to %1 go directly (an exception is set for it).</source>
        <translation>Hay un proxy configurado, pero las conexiones a %1 van directas (tienen una excepción).</translation>
    </message>
    <message>
        <source>No proxy server is set: connections go directly.</source>
        <translation>No hay ningún servidor proxy configurado: las conexiones van directas.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration address is not valid, so programs may not find their proxy.</source>
        <translation>La dirección de configuración automática del proxy no es válida, así que puede que los programas no encuentren su proxy.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration script cannot be loaded, so programs may not find their proxy.</source>
        <translation>No se puede cargar el script de configuración automática del proxy, así que puede que los programas no encuentren su proxy.</translation>
    </message>
</context>
<context>
    <name>ReachabilityCheck</name>
    <message>
        <source>No reference endpoints are configured, so this step was skipped.</source>
        <translation>No hay puntos de referencia configurados, así que se omitió este paso.</translation>
    </message>
    <message>
        <source>Well-known sites on the internet can be reached.</source>
        <translation>Se puede acceder a sitios conocidos de internet.</translation>
    </message>
    <message>
        <source>Some well-known sites can be reached and others cannot (%1 of %2).</source>
        <translation>Se puede acceder a algunos sitios conocidos y a otros no (%1 de %2).</translation>
    </message>
    <message>
        <source>No well-known site on the internet can be reached.</source>
        <translation>No se puede acceder a ningún sitio conocido de internet.</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Public IP addresses</source>
        <translation>Direcciones IP públicas</translation>
    </message>
    <message>
        <source>Private (local network) IP addresses</source>
        <translation>Direcciones IP privadas (de la red local)</translation>
    </message>
    <message>
        <source>Server and computer names (host names)</source>
        <translation>Nombres de servidores y equipos (nombres de host)</translation>
    </message>
    <message>
        <source>Your user name and this computer&apos;s name</source>
        <translation>Su nombre de usuario y el nombre de este equipo</translation>
    </message>
    <message>
        <source>Network card (MAC) addresses</source>
        <translation>Direcciones de tarjetas de red (MAC)</translation>
    </message>
    <message>
        <source>File and folder paths</source>
        <translation>Rutas de archivos y carpetas</translation>
    </message>
    <message>
        <source>Unknown kind of value to hide: &quot;%1&quot;. Known kinds: %2.</source>
        <translation>Tipo de valor que ocultar desconocido: &quot;%1&quot;. Tipos conocidos: %2.</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>PDF reports are written by the app&apos;s export library.</source>
        <translation>Los informes PDF los escribe la biblioteca de exportación de la aplicación.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>No se puede escribir el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Web page, for anyone (*.html *.htm)</source>
        <translation>Página web, para cualquier persona (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document, for printing (*.pdf)</source>
        <translation>Documento PDF, para imprimir (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, for the helpdesk to open in Connection Doctor (*.json)</source>
        <translation>JSON, para que el servicio de asistencia lo abra en Connection Doctor (*.json)</translation>
    </message>
    <message>
        <source>Plain text, for a ticket or an email (*.txt)</source>
        <translation>Texto sin formato, para una solicitud de soporte o un correo (*.txt)</translation>
    </message>
    <message>
        <source>CSV, the counts over time for a spreadsheet (*.csv)</source>
        <translation>CSV, los recuentos a lo largo del tiempo para una hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Cannot tell which format to write &quot;%1&quot; in: end the file name with .html, .pdf, .json, .txt or .csv.</source>
        <translation>No se sabe en qué formato escribir &quot;%1&quot;: termine el nombre del archivo en .html, .pdf, .json, .txt o .csv.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Informe de Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Informe de Connection Doctor para %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Todavía no se ha indicado ninguna causa: no se probó lo suficiente.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>Lo que encontramos, empezando por lo más probable</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Qué vimos</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer usted</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator</source>
        <translation>Para el servicio de asistencia o el administrador del servidor</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Lo que encontró</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Conexiones intentadas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tiempo (ms)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Conexiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Network changes</source>
        <translation>Cambios de red</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Written by Connection Doctor %1. The same report as JSON (schema %2) can be opened in the app.</source>
        <translation>Generado por Connection Doctor %1. El mismo informe en formato JSON (esquema %2) se puede abrir en la aplicación.</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Resets vistos en este equipo</translation>
    </message>
    <message>
        <source>By program and server</source>
        <translation>Por programa y servidor</translation>
    </message>
    <message>
        <source>Each reset, oldest first</source>
        <translation>Cada reset, empezando por el más antiguo</translation>
    </message>
</context>
<context>
    <name>ReportJsonReader</name>
    <message>
        <source>The report&apos;s &quot;%1&quot; has the wrong type.</source>
        <translation>El campo &quot;%1&quot; del informe tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; holds something that is not an entry.</source>
        <translation>El campo &quot;%1&quot; del informe contiene algo que no es una entrada.</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor report: it is not valid JSON (%1 at byte %2).</source>
        <translation>Esto no es un informe de Connection Doctor: no es un JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Connection Doctor report.</source>
        <translation>Este archivo JSON no es un informe de Connection Doctor.</translation>
    </message>
    <message>
        <source>This report was written in a newer format (%1) than this version of Connection Doctor reads.</source>
        <translation>Este informe se escribió en un formato más reciente (%1) que el que lee esta versión de Connection Doctor.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a Connection Doctor report.</source>
        <translation>%1 es demasiado grande para ser un informe de Connection Doctor.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; has more entries than a report can have.</source>
        <translation>El campo &quot;%1&quot; del informe tiene más entradas de las que puede tener un informe.</translation>
    </message>
</context>
<context>
    <name>ReportJsonWriter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>No se puede escribir el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Informe de Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Informe de Connection Doctor para %1</translation>
    </message>
</context>
<context>
    <name>ReportTextWriter</name>
    <message>
        <source>Connection Doctor summary</source>
        <translation>Resumen de Connection Doctor</translation>
    </message>
    <message>
        <source>Connections tried: %1, of which %2 worked.</source>
        <translation>Conexiones intentadas: %1; funcionaron %2.</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Todavía no se ha probado nada.</translation>
    </message>
    <message>
        <source>... and %1 more, all in the JSON report.</source>
        <translation>... y %1 más, todas en el informe JSON.</translation>
    </message>
    <message>
        <source>Most likely cause: %1 (%2%, %3)</source>
        <translation>Causa más probable: %1 (%2%, %3)</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator:</source>
        <translation>Para el servicio de asistencia o el administrador del servidor:</translation>
    </message>
    <message>
        <source>Other possible causes: %1</source>
        <translation>Otras causas posibles: %1</translation>
    </message>
    <message>
        <source>Checks: %1 run, %2 passed.</source>
        <translation>Comprobaciones: %1 realizadas, %2 correctas.</translation>
    </message>
    <message>
        <source>Connection Doctor report</source>
        <translation>Informe de Connection Doctor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Todavía no se ha indicado ninguna causa: no se probó lo suficiente.</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>Lo que encontramos, empezando por lo más probable</translation>
    </message>
    <message>
        <source>What we saw:</source>
        <translation>Qué vimos:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Qué puede hacer usted:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Conexiones intentadas</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Conexiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, all in the JSON report.</source>
        <translation>
            <numerusform>... y %n más; todo está en el informe JSON.</numerusform>
            <numerusform>... y %n más; todo está en el informe JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>By program and server:</source>
        <translation>Por programa y servidor:</translation>
    </message>
    <message>
        <source>Each reset, oldest first:</source>
        <translation>Cada reset, empezando por el más antiguo:</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Resets vistos en este equipo</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Most likely cause</source>
        <translation>Causa más probable</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Conexiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Every check and what it found</source>
        <translation>Todas las comprobaciones y lo que encontraron</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Lo que muestra el gráfico</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>The most likely cause first, then every possible cause, the chart and the checks</source>
        <translation>Primero la causa más probable, después todas las causas posibles, el gráfico y las comprobaciones</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Todavía no se ha probado nada.</translation>
    </message>
    <message>
        <source>Not enough was tested to name a cause.</source>
        <translation>No se probó lo suficiente para indicar una causa.</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Qué vimos</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer usted</translation>
    </message>
    <message>
        <source>For your helpdesk or the server&apos;s administrator</source>
        <translation>Para su servicio de asistencia o el administrador del servidor</translation>
    </message>
    <message>
        <source>Details of the most likely cause</source>
        <translation>Detalles de la causa más probable</translation>
    </message>
    <message>
        <source>Other possible causes</source>
        <translation>Otras causas posibles</translation>
    </message>
    <message>
        <source>Details of what the tests found</source>
        <translation>Detalles de lo que encontraron las pruebas</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open report...</source>
        <translation>&amp;Abrir informe...</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exportar informe...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <source>A saved report, read-only.</source>
        <translation>Un informe guardado, de solo lectura.</translation>
    </message>
    <message>
        <source>Saved report - Connection Doctor</source>
        <translation>Informe guardado - Connection Doctor</translation>
    </message>
    <message>
        <source>Saved report for %1 - Connection Doctor</source>
        <translation>Informe guardado para %1 - Connection Doctor</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <source>Connection Doctor reports (*.json)</source>
        <translation>Informes de Connection Doctor (*.json)</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Funcionaron</translation>
    </message>
    <message>
        <source>Cut off (reset)</source>
        <translation>Cortadas (reset)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nombre no encontrado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inalcanzables</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Falló el proxy</translation>
    </message>
    <message>
        <source>Network connection came up</source>
        <translation>Se estableció la conexión de red</translation>
    </message>
    <message>
        <source>Network connection went down</source>
        <translation>Se perdió la conexión de red</translation>
    </message>
    <message>
        <source>VPN connected</source>
        <translation>VPN conectada</translation>
    </message>
    <message>
        <source>VPN disconnected</source>
        <translation>VPN desconectada</translation>
    </message>
    <message>
        <source>Proxy settings changed</source>
        <translation>Cambió la configuración del proxy</translation>
    </message>
    <message>
        <source>Computer woke from sleep</source>
        <translation>El equipo salió de la suspensión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The run was stopped before the end.</source>
        <translation>La ejecución se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>ID del informe</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Connection Doctor version</source>
        <translation>Versión de Connection Doctor</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versión de Qt</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactiva</translation>
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
        <translation>Interfaz %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>Most cut off in one minute: %1, from %2.</source>
        <translation>Máximo de conexiones cortadas en un minuto: %1, desde %2.</translation>
    </message>
    <message>
        <source>Network changes while watching: %1.</source>
        <translation>Cambios de red durante la vigilancia: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bucle local</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>CAN bus</source>
        <translation>bus CAN</translation>
    </message>
    <message>
        <source>WiMAX</source>
        <translation>WiMAX</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>The system counted %n reset(s) while watching.</source>
        <translation>
            <numerusform>El sistema contó %n reset durante la vigilancia.</numerusform>
            <numerusform>El sistema contó %n resets durante la vigilancia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n reset(s).</source>
        <translation>
            <numerusform>Registró %n reset.</numerusform>
            <numerusform>Registró %n resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time, so some resets may be missing.</source>
        <translation>
            <numerusform>El sistema descartó %n evento que no pudo entregar a tiempo, así que puede que falten algunos resets.</numerusform>
            <numerusform>El sistema descartó %n eventos que no pudo entregar a tiempo, así que puede que falten algunos resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out of the log to keep it to a bounded size.</source>
        <translation>
            <numerusform>Se omitió del registro %n reset, el más antiguo, para limitar su tamaño.</numerusform>
            <numerusform>Se omitieron del registro los %n resets más antiguos para limitar su tamaño.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Quiet before the reset</source>
        <translation>Inactividad antes del reset</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why we think so</source>
        <translation>Por qué lo creemos</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (proceso %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The reset watch saw %1.</source>
        <translation>La vigilancia de resets vio %1.</translation>
    </message>
    <message>
        <source>Answer without end</source>
        <translation>Respuesta sin fin</translation>
    </message>
    <message>
        <source>Garbled answer</source>
        <translation>Respuesta ilegible</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Watched for %1: no connection was tried.</source>
        <translation>Vigilancia de %1: no se intentó ninguna conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Watched for %1: %n connection(s), %2 of them cut off (%3%; the true share is likely between %4% and %5%).</source>
        <translation>
            <numerusform>Vigilancia de %1: %n conexión; cortadas: %2 (%3%; la proporción real probablemente está entre el %4% y el %5%).</numerusform>
            <numerusform>Vigilancia de %1: %n conexiones, %2 de ellas cortadas (%3%; la proporción real probablemente está entre el %4% y el %5%).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resets of this server before the run</source>
        <translation>Resets de este servidor antes de la ejecución</translation>
    </message>
    <message>
        <source>The background watch&apos;s log could not be read for the history of %1: %2</source>
        <translation>No se pudo leer el registro de la vigilancia en segundo plano para el historial de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The background watch&apos;s log from %1 to %2 holds %n reset(s) of connections to %3.</source>
        <translation>
            <numerusform>El registro de la vigilancia en segundo plano de %1 a %2 contiene %n reset de conexiones a %3.</numerusform>
            <numerusform>El registro de la vigilancia en segundo plano de %1 a %2 contiene %n resets de conexiones a %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s oldest %n reset(s), of every server, were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>Se omitió %n reset, el más antiguo del registro (de todos los servidores), para mantener la lista acotada.</numerusform>
            <numerusform>Se omitieron los %n resets más antiguos del registro (de todos los servidores) para mantener la lista acotada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch missed or did not write %n reset(s) of any server in that time, so some may be missing.</source>
        <translation>
            <numerusform>La vigilancia en segundo plano perdió o no escribió %n reset (de cualquier servidor) en ese tiempo, así que puede faltar alguno.</numerusform>
            <numerusform>La vigilancia en segundo plano perdió o no escribió %n resets (de cualquier servidor) en ese tiempo, así que puede faltar alguno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetChartView</name>
    <message>
        <source>Chart of connections cut off over time</source>
        <translation>Gráfico de conexiones cortadas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Conexiones por segundo</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Cambio de red</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and -, move with the arrow keys; the sentence under the chart says what it shows</source>
        <translation>Amplíe con la rueda de desplazamiento o con + y -, y muévase con las teclas de flecha; la frase bajo el gráfico indica lo que muestra</translation>
    </message>
</context>
<context>
    <name>ResetEvent</name>
    <message>
        <source>unknown program</source>
        <translation>programa desconocido</translation>
    </message>
</context>
<context>
    <name>ResetHistory</name>
    <message>
        <source>The background watch&apos;s log (%1) is readable only by root and members of the %2 group: ask an administrator to add you to it (sudo adduser YOUR-NAME %2), then log in again.</source>
        <translation>El registro de la vigilancia en segundo plano (%1) solo lo pueden leer root y los miembros del grupo %2: pida a un administrador que le añada (sudo adduser SU-NOMBRE %2) y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>There is no background watch log in %1: the background watch (connection-doctor-watch.service) has not run on this computer, or its log was removed.</source>
        <translation>No hay registro de la vigilancia en segundo plano en %1: la vigilancia en segundo plano (connection-doctor-watch.service) no se ha ejecutado en este equipo, o su registro se eliminó.</translation>
    </message>
    <message>
        <source>%1 is not a directory, so it holds no background watch log.</source>
        <translation>%1 no es una carpeta, así que no contiene el registro de la vigilancia en segundo plano.</translation>
    </message>
    <message>
        <source>The background watch has written no log in %1 yet.</source>
        <translation>La vigilancia en segundo plano todavía no ha escrito ningún registro en %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n of the log&apos;s files could not be read (%1).</source>
        <translation>
            <numerusform>No se pudo leer %n archivo del registro (%1).</numerusform>
            <numerusform>No se pudieron leer %n archivos del registro (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The background watch could see no resets: %1; %2</source>
        <translation>La vigilancia en segundo plano no podía ver ningún reset: %1; %2</translation>
    </message>
    <message>
        <source>The background watch wrote nothing after %1; its log ends at %2.</source>
        <translation>La vigilancia en segundo plano no escribió nada después de %1; su registro termina el %2.</translation>
    </message>
    <message>
        <source>The background watch&apos;s log covers %1 to %2.</source>
        <translation>El registro de la vigilancia en segundo plano abarca de %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n reset(s) in that time.</source>
        <translation>
            <numerusform>Contiene %n reset en ese tiempo.</numerusform>
            <numerusform>Contiene %n resets en ese tiempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>Se omitió %n, el más antiguo, para mantener la lista acotada.</numerusform>
            <numerusform>Se omitieron los %n más antiguos para mantener la lista acotada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) the watch could not take in time, so some resets may be missing.</source>
        <translation>
            <numerusform>El sistema descartó %n evento que la vigilancia no pudo recoger a tiempo, así que pueden faltar resets.</numerusform>
            <numerusform>El sistema descartó %n eventos que la vigilancia no pudo recoger a tiempo, así que pueden faltar resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch did not write %n reset(s), to keep its log to a bounded size.</source>
        <translation>
            <numerusform>La vigilancia en segundo plano no escribió %n reset, para mantener su registro acotado.</numerusform>
            <numerusform>La vigilancia en segundo plano no escribió %n resets, para mantener su registro acotado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the log could not be read (cut off by a crash or a power cut) and were skipped.</source>
        <translation>
            <numerusform>%n línea del registro no se pudo leer (cortada por un fallo o un corte de luz) y se omitió.</numerusform>
            <numerusform>%n líneas del registro no se pudieron leer (cortadas por un fallo o un corte de luz) y se omitieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetLog</name>
    <message>
        <source>other programs and servers</source>
        <translation>otros programas y servidores</translation>
    </message>
    <message>
        <source>other servers</source>
        <translation>otros servidores</translation>
    </message>
</context>
<context>
    <name>ResetPatterns</name>
    <message>
        <source>No connection was cut off in the last %1 min.</source>
        <translation>Ninguna conexión se cortó en los últimos %1 min.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, regularly, about one every %3 s.</source>
        <translation>Conexiones cortadas en los últimos %1 min: %2, con regularidad, aproximadamente una cada %3 s.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, in bursts (%3).</source>
        <translation>Conexiones cortadas en los últimos %1 min: %2, en ráfagas (%3).</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, at irregular times.</source>
        <translation>Conexiones cortadas en los últimos %1 min: %2, en momentos irregulares.</translation>
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
    <message>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Quiet before</source>
        <translation>Inactividad antes</translation>
    </message>
</context>
<context>
    <name>ResetSenderJudge</name>
    <message>
        <source>its SYN-ACK</source>
        <translation>su SYN-ACK</translation>
    </message>
    <message>
        <source>its packets</source>
        <translation>sus paquetes</translation>
    </message>
    <message>
        <source>its SYN-ACK on another connection</source>
        <translation>su SYN-ACK en otra conexión</translation>
    </message>
    <message>
        <source>This computer answered a packet for a connection it no longer had (or never had) with a reset.</source>
        <translation>Este equipo respondió con un reset a un paquete de una conexión que ya no tenía (o que nunca tuvo).</translation>
    </message>
    <message>
        <source>This computer sent the reset: %1 ended the connection abruptly.</source>
        <translation>Este equipo envió el reset: %1 terminó la conexión de golpe.</translation>
    </message>
    <message>
        <source>The reset&apos;s packet was not seen, so who sent it cannot be told.</source>
        <translation>No se vio el paquete del reset, así que no se puede saber quién lo envió.</translation>
    </message>
    <message>
        <source>Packets were not being captured, so who sent the reset cannot be told.</source>
        <translation>No se estaban capturando paquetes, así que no se puede saber quién envió el reset.</translation>
    </message>
    <message>
        <source>its IP ID is 0, while the server&apos;s packets had other IDs</source>
        <translation>su IP ID es 0, mientras que los paquetes del servidor tenían otros ID</translation>
    </message>
    <message numerus="yes">
        <source>%n resets came in a burst with changing sequence numbers, as injecting devices send them</source>
        <translation>
            <numerusform>%n reset llegó en ráfaga con números de secuencia cambiantes, como los envían los dispositivos que inyectan resets</numerusform>
            <numerusform>%n resets llegaron en ráfaga con números de secuencia cambiantes, como los envían los dispositivos que inyectan resets</numerusform>
        </translation>
    </message>
    <message>
        <source>it carried text: &quot;%1&quot;</source>
        <translation>llevaba texto: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its sequence number is not the one the server was due to send</source>
        <translation>su número de secuencia no es el que el servidor debía enviar</translation>
    </message>
    <message>
        <source>its sequence number is the one the server was due to send next</source>
        <translation>su número de secuencia es el que el servidor debía enviar a continuación</translation>
    </message>
    <message>
        <source>it carries TCP timestamps, like the server&apos;s packets</source>
        <translation>lleva marcas de tiempo TCP (timestamps), como los paquetes del servidor</translation>
    </message>
    <message numerus="yes">
        <source>The reset came from %n hop(s) away (TTL %1), but none of the server&apos;s own packets were seen to compare.</source>
        <translation>
            <numerusform>El reset llegó desde %n salto de distancia (TTL %1), pero no se vio ningún paquete del propio servidor con el que compararlo.</numerusform>
            <numerusform>El reset llegó desde %n saltos de distancia (TTL %1), pero no se vio ningún paquete del propio servidor con el que compararlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs on this computer, so distance cannot tell who sent the reset.</source>
        <translation>El servidor se ejecuta en este equipo, así que la distancia no permite saber quién envió el reset.</translation>
    </message>
    <message numerus="yes">
        <source>The reset arrived with TTL %1, from %n hop(s) away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</source>
        <translation>
            <numerusform>El reset llegó con TTL %1, desde %n salto de distancia; los paquetes del servidor (%2) llegan con TTL %3, desde %4 saltos de distancia: lo envió un dispositivo situado entre usted y el servidor.</numerusform>
            <numerusform>El reset llegó con TTL %1, desde %n saltos de distancia; los paquetes del servidor (%2) llegan con TTL %3, desde %4 saltos de distancia: lo envió un dispositivo situado entre usted y el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hop(s) away.</source>
        <translation>
            <numerusform>El reset llegó desde la misma distancia que los paquetes del servidor (%1): TTL %2, a %n salto.</numerusform>
            <numerusform>El reset llegó desde la misma distancia que los paquetes del servidor (%1): TTL %2, a %n saltos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from further away (TTL %1, %n hop(s)) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</source>
        <translation>
            <numerusform>El reset llegó desde más lejos (TTL %1, %n salto) que los paquetes del servidor (TTL %2): algo más allá del servidor, o un dispositivo que puso su propio TTL.</numerusform>
            <numerusform>El reset llegó desde más lejos (TTL %1, %n saltos) que los paquetes del servidor (TTL %2): algo más allá del servidor, o un dispositivo que puso su propio TTL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlike the server&apos;s own packets: %1.</source>
        <translation>A diferencia de los propios paquetes del servidor: %1.</translation>
    </message>
    <message>
        <source>Like the server&apos;s own packets: %1.</source>
        <translation>Igual que los propios paquetes del servidor: %1.</translation>
    </message>
    <message>
        <source>NAT routers and load balancers can change TTLs, and a device can copy the server&apos;s: this is strong evidence, not proof.</source>
        <translation>Los routers con NAT y los balanceadores de carga pueden cambiar el TTL, y un dispositivo puede copiar el del servidor: es un indicio sólido, no una prueba.</translation>
    </message>
    <message>
        <source>This computer&apos;s system says why it sent the reset: %1 (%2).</source>
        <translation>El sistema de este equipo dice por qué envió el reinicio: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWatch</name>
    <message>
        <source>Without packet capture the watch cannot tell who sent each reset (%1).</source>
        <translation>Sin la captura de paquetes, la vigilancia no puede saber quién envió cada reset (%1).</translation>
    </message>
    <message>
        <source>Without the kernel&apos;s events the watch cannot name the program behind each reset (%1).</source>
        <translation>Sin los eventos del kernel, la vigilancia no puede indicar qué programa hay detrás de cada reset (%1).</translation>
    </message>
    <message>
        <source>Only the system&apos;s count of resets is shown, without programs or servers.</source>
        <translation>Solo se muestra el recuento de resets del sistema, sin programas ni servidores.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped.</source>
        <translation>El programa auxiliar de la vigilancia de resets se detuvo.</translation>
    </message>
    <message>
        <source>This system has no way to ask for permission here (pkexec is missing).</source>
        <translation>Este sistema no puede pedir permiso aquí (falta pkexec).</translation>
    </message>
    <message>
        <source>Starting the reset watch...</source>
        <translation>Iniciando la vigilancia de resets...</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>Vigilando %1.</translation>
    </message>
    <message>
        <source>Resets counted by the system, for every program together.</source>
        <translation>Resets contados por el sistema, de todos los programas en conjunto.</translation>
    </message>
    <message>
        <source>No program on this computer has had a connection reset since the watch started.</source>
        <translation>Ningún programa de este equipo ha tenido una conexión cortada (reset) desde que empezó la vigilancia.</translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen on this computer. The most: %1.</source>
        <translation>
            <numerusform>Se vio %n reset en este equipo. Donde más: %1.</numerusform>
            <numerusform>Se vieron %n resets en este equipo. Donde más: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWatchRules</name>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s), each after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>Las conexiones de %1 a %2 se cortaron %n vez, tras entre %3 y %4 de inactividad.</numerusform>
            <numerusform>Las conexiones de %1 a %2 se cortaron %n veces, cada una tras entre %3 y %4 de inactividad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s); %5 of them after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>Las conexiones de %1 a %2 se cortaron %n vez; %5 de ellas, tras entre %3 y %4 de inactividad.</numerusform>
            <numerusform>Las conexiones de %1 a %2 se cortaron %n veces; %5 de ellas, tras entre %3 y %4 de inactividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resets were sent by %1.</source>
        <translation>Quién envió los resets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>Se vio el paquete de %n reset, y vino de un dispositivo en el camino, no del servidor.</numerusform>
            <numerusform>Se vieron los paquetes de %n resets, y todos vinieron de un dispositivo en el camino, no del servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>%1 de %n reset cuyo paquete se vio vino de un dispositivo en el camino, no del servidor.</numerusform>
            <numerusform>%1 de los %n resets cuyos paquetes se vieron vinieron de un dispositivo en el camino, no del servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them refused the connection before it was established.</source>
        <translation>
            <numerusform>%n de ellos rechazó la conexión antes de que se estableciera.</numerusform>
            <numerusform>%n de ellos rechazaron la conexión antes de que se estableciera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 resets of connections to %n different server(s) came within 5 seconds, starting at %2.</source>
        <translation>
            <numerusform>%1 resets de conexiones a %n servidor distinto llegaron en un plazo de 5 segundos, a partir de las %2.</numerusform>
            <numerusform>%1 resets de conexiones a %n servidores distintos llegaron en un plazo de 5 segundos, a partir de las %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) was of a connection to the proxy server (%1).</source>
        <translation>
            <numerusform>Hubo %n reset, de una conexión con el servidor proxy (%1).</numerusform>
            <numerusform>Hubo %n resets, todos de conexiones con el servidor proxy (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All traffic goes through the VPN, and %1 of the %n reset(s) came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>Todo el tráfico pasa por la VPN, y %1 de %n reset vino de un dispositivo en el camino, no del servidor.</numerusform>
            <numerusform>Todo el tráfico pasa por la VPN, y %1 de los %n resets vinieron de un dispositivo en el camino, no del servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) of %1&apos;s connections to %2 was sent by the server itself.</source>
        <translation>
            <numerusform>Hubo %n reset en las conexiones de %1 a %2, y lo envió el propio servidor.</numerusform>
            <numerusform>Hubo %n resets en las conexiones de %1 a %2, y todos los envió el propio servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 of the %n reset(s) of %1&apos;s connections to %2 were sent by the server itself.</source>
        <translation>
            <numerusform>De %n reset en las conexiones de %1 a %2, el propio servidor envió %3.</numerusform>
            <numerusform>De los %n resets en las conexiones de %1 a %2, el propio servidor envió %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refusal&apos;s packets came from the server itself.</source>
        <translation>Los paquetes del rechazo vinieron del propio servidor.</translation>
    </message>
    <message numerus="yes">
        <source>That device is %n hop(s) from you; the server is %1 hops away.</source>
        <translation>
            <numerusform>Ese dispositivo está a %n salto de usted; el servidor está a %1 saltos.</numerusform>
            <numerusform>Ese dispositivo está a %n saltos de usted; el servidor está a %1 saltos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The refusal&apos;s packets came from a device %n hop(s) from you, not from the server (%1 hops away).</source>
        <translation>
            <numerusform>Los paquetes del rechazo vinieron de un dispositivo a %n salto de usted, no del servidor (a %1 saltos).</numerusform>
            <numerusform>Los paquetes del rechazo vinieron de un dispositivo a %n saltos de usted, no del servidor (a %1 saltos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of the resets were sent by %1.</source>
        <translation>Quién envió la mayoría de los resets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This computer sent %n reset(s) that ended %1&apos;s connections to %2.</source>
        <translation>
            <numerusform>Este equipo envió %n reinicio que cortó las conexiones de %1 con %2.</numerusform>
            <numerusform>Este equipo envió %n reinicios que cortaron las conexiones de %1 con %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s reason for each: %1 (%2).</source>
        <translation>El motivo del sistema para cada uno: %1 (%2).</translation>
    </message>
    <message>
        <source>The system&apos;s reason for most of them: %1 (%2).</source>
        <translation>El motivo del sistema para la mayoría: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWording</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message numerus="yes">
        <source>a device %n hop(s) away</source>
        <translation>
            <numerusform>un dispositivo a %n salto de distancia</numerusform>
            <numerusform>un dispositivo a %n saltos de distancia</numerusform>
        </translation>
    </message>
    <message>
        <source>a device between you and the server</source>
        <translation>un dispositivo entre usted y el servidor</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>every program&apos;s connections, from the system&apos;s own events</source>
        <translation>las conexiones de todos los programas, a partir de los eventos del propio sistema</translation>
    </message>
    <message>
        <source>packets only, without the programs behind them</source>
        <translation>solo los paquetes, sin los programas que hay detrás</translation>
    </message>
    <message>
        <source>the system&apos;s count of resets only</source>
        <translation>solo el recuento de resets del sistema</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message numerus="yes">
        <source>about %n ms</source>
        <translation>
            <numerusform>alrededor de %n ms</numerusform>
            <numerusform>unos %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>alrededor de %n s</numerusform>
            <numerusform>unos %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>alrededor de %n min</numerusform>
            <numerusform>unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4): %5, sent by %6</source>
        <translation>%1 %2 → %3 (%4): %5, enviado por %6</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), sent by %3</source>
        <translation>
            <numerusform>%1 → %2: %n reset, enviado por %3</numerusform>
            <numerusform>%1 → %2: %n resets, enviados por %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, typically after %1 of quiet</source>
        <translation>, normalmente tras %1 de inactividad</translation>
    </message>
    <message>
        <source>none: it was in use</source>
        <translation>ninguna: estaba en uso</translation>
    </message>
    <message>
        <source>, typically while in use</source>
        <translation>, normalmente mientras estaba en uso</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), mostly sent by %3</source>
        <translation>
            <numerusform>%1 → %2: %n reset, enviado sobre todo por %3</numerusform>
            <numerusform>%1 → %2: %n resets, enviados sobre todo por %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the kernel gave no particular reason</source>
        <translation>el núcleo no dio ningún motivo concreto</translation>
    </message>
    <message>
        <source>nothing on this computer listens on that port any more, or the connection was already gone</source>
        <translation>ya nada escucha en ese puerto de este equipo, o la conexión ya no existía</translation>
    </message>
    <message>
        <source>the program closed the connection before reading all that had arrived</source>
        <translation>el programa cerró la conexión antes de leer todo lo que había llegado</translation>
    </message>
    <message>
        <source>the program closed the connection with data still unread</source>
        <translation>el programa cerró la conexión con datos aún sin leer</translation>
    </message>
    <message>
        <source>the program had closed the connection, and the other side did not finish closing it in time</source>
        <translation>el programa había cerrado la conexión y el otro extremo no terminó de cerrarla a tiempo</translation>
    </message>
    <message>
        <source>the computer was out of memory for connections</source>
        <translation>el equipo se quedó sin memoria para conexiones</translation>
    </message>
    <message>
        <source>the other side stopped answering keep-alive checks</source>
        <translation>el otro extremo dejó de responder a las comprobaciones keep-alive</translation>
    </message>
    <message>
        <source>the program cut the connection off at once instead of closing it</source>
        <translation>el programa cortó la conexión de golpe en lugar de cerrarla</translation>
    </message>
    <message>
        <source>the program disconnected with data still unread</source>
        <translation>el programa se desconectó con datos aún sin leer</translation>
    </message>
    <message>
        <source>%1; why: %2 (%3)</source>
        <translation>%1; motivo: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server&apos;s name, then its address</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and other names</source>
        <translation>%1 y otros nombres</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>What we found, most likely cause first.</source>
        <translation>Lo que encontramos, empezando por la causa más probable.</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exportar informe...</translation>
    </message>
    <message>
        <source>Save the report as a web page, PDF, text or JSON file to send to your helpdesk</source>
        <translation>Guarda el informe como página web, PDF, texto o archivo JSON para enviarlo a su servicio de asistencia</translation>
    </message>
    <message>
        <source>Your helpdesk asks you to send the report to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Su servicio de asistencia le pide que envíe el informe a &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Include this server&apos;s resets from before this run (the background watch&apos;s log)</source>
        <translation>&amp;Incluir los resets de este servidor de antes de esta ejecución (registro de la vigilancia en segundo plano)</translation>
    </message>
    <message>
        <source>Adds what the background watch saw of this server&apos;s connections over the last 7 days, in any program, to the report and every export. Off unless you or your helpdesk turn it on.</source>
        <translation>Añade al informe y a cada exportación lo que la vigilancia en segundo plano vio de las conexiones a este servidor en los últimos 7 días, en cualquier programa. Desactivado salvo que usted o su soporte lo activen.</translation>
    </message>
</context>
<context>
    <name>RouteCheck</name>
    <message>
        <source>The routing table could not be read, so this step was skipped.</source>
        <translation>No se pudo leer la tabla de rutas, así que se omitió este paso.</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>directamente</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>vía %1</translation>
    </message>
    <message>
        <source>This computer has no way out to the internet: there is no default route (no router is set).</source>
        <translation>Este equipo no tiene salida a internet: no hay ruta predeterminada (no hay ningún router configurado).</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves through %1.</source>
        <translation>El tráfico hacia internet sale por %1.</translation>
    </message>
    <message>
        <source>Traffic to the internet goes through the router %1 (%2).</source>
        <translation>El tráfico hacia internet pasa por el router %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Enter a web address or a server name, for example www.example.com or mail.example.com:993.</source>
        <translation>Escriba una dirección web o un nombre de servidor, por ejemplo www.example.com o mail.example.com:993.</translation>
    </message>
    <message>
        <source>The address is too long to be real; check what was pasted.</source>
        <translation>La dirección es demasiado larga para ser real; revise lo que ha pegado.</translation>
    </message>
    <message>
        <source>The address contains a space; remove it and try again.</source>
        <translation>La dirección contiene un espacio; quítelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This web address is not valid: %1</source>
        <translation>Esta dirección web no es válida: %1</translation>
    </message>
    <message>
        <source>The web address has no server name after &quot;%1://&quot;.</source>
        <translation>La dirección web no tiene nombre de servidor después de &quot;%1://&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; addresses have no usual port; add one, for example %2:8080.</source>
        <translation>Las direcciones &quot;%1&quot; no tienen un puerto habitual; indique uno, por ejemplo %2:8080.</translation>
    </message>
    <message>
        <source>An IPv6 address in brackets needs a closing &quot;]&quot;.</source>
        <translation>A la dirección IPv6 entre corchetes le falta el &quot;]&quot; de cierre.</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address, as in [2001:db8::1]:443.</source>
        <translation>Después de la dirección IPv6 solo puede ir un puerto, como en [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address. Write IPv6 addresses with a port as [address]:port.</source>
        <translation>&quot;%1&quot; no es una dirección válida. Escriba las direcciones IPv6 con puerto así: [dirección]:puerto.</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>Falta el nombre del servidor.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number. Ports are numbers from 1 to 65535.</source>
        <translation>El puerto &quot;%1&quot; no es un número. Los puertos son números del 1 al 65535.</translation>
    </message>
    <message>
        <source>The port %1 is out of range. Ports are numbers from 1 to 65535.</source>
        <translation>El puerto %1 está fuera de rango. Los puertos son números del 1 al 65535.</translation>
    </message>
    <message>
        <source>The server name is longer than %1 characters, which no real name is.</source>
        <translation>El nombre del servidor tiene más de %1 caracteres, y ningún nombre real es tan largo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>&quot;%1&quot; no es un nombre de servidor válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read two ways. Did you mean %2 (the address %3, port %4)? For the address %1 itself, write [%1].</source>
        <translation>&quot;%1&quot; se puede leer de dos formas. ¿Quería decir %2 (la dirección %3, puerto %4)? Para la propia dirección %1, escriba [%1].</translation>
    </message>
</context>
<context>
    <name>TcpCountersCheck</name>
    <message>
        <source>This computer&apos;s connection statistics could not be read, so this step was skipped.</source>
        <translation>No se pudieron leer las estadísticas de conexión de este equipo, así que se omitió este paso.</translation>
    </message>
    <message numerus="yes">
        <source>Connections on this computer were reset while we watched: %1 in %n second(s).</source>
        <translation>
            <numerusform>Se cortaron conexiones en este equipo mientras observábamos: %1 en %n segundo.</numerusform>
            <numerusform>Se cortaron conexiones en este equipo mientras observábamos: %1 en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No connection on this computer was reset while we watched (%n second(s)).</source>
        <translation>
            <numerusform>No se cortó ninguna conexión en este equipo mientras observábamos (%n segundo).</numerusform>
            <numerusform>No se cortó ninguna conexión en este equipo mientras observábamos (%n segundos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineSvg</name>
    <message>
        <source>Connections per second by how they ended, %1 to %2</source>
        <translation>Conexiones por segundo según cómo terminaron, de %1 a %2</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
</context>
<context>
    <name>TlsSniExperiment</name>
    <message>
        <source>The service does not use a secure (TLS) connection, so this test does not apply.</source>
        <translation>El servicio no usa una conexión segura (TLS), así que esta prueba no se aplica.</translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer.</source>
        <translation>Las conexiones seguras no están disponibles en este equipo.</translation>
    </message>
    <message>
        <source>Secure connections are cut off because of the site&apos;s name: something between you and the server filters it.</source>
        <translation>Las conexiones seguras se cortan por el nombre del sitio: algo entre usted y el servidor lo filtra.</translation>
    </message>
    <message>
        <source>Secure connections are cut off during setup, whatever the site name.</source>
        <translation>Las conexiones seguras se cortan mientras se establecen, sea cual sea el nombre del sitio.</translation>
    </message>
    <message>
        <source>Secure connections to your service are set up normally.</source>
        <translation>Las conexiones seguras con su servicio se establecen con normalidad.</translation>
    </message>
    <message>
        <source>Secure connections to your service fail (%1).</source>
        <translation>Las conexiones seguras con su servicio fallan (%1).</translation>
    </message>
</context>
<context>
    <name>UnsupportedResetSource</name>
    <message>
        <source>Watching every program&apos;s resets is not available on this system yet.</source>
        <translation>La vigilancia de los resets de todos los programas aún no está disponible en este sistema.</translation>
    </message>
</context>
<context>
    <name>VpnCheck</name>
    <message>
        <source>No VPN is switched on.</source>
        <translation>No hay ninguna VPN activada.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on and carries all your internet traffic; VPNs are a common cause of cut connections.</source>
        <translation>Hay una VPN (%1) activada que transporta todo su tráfico de internet; las VPN son una causa habitual de conexiones cortadas.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on; it carries only some of your traffic.</source>
        <translation>Hay una VPN (%1) activada; solo transporta parte de su tráfico.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Practice &amp;example:</source>
        <translation>E&amp;jemplo de práctica:</translation>
    </message>
    <message>
        <source>Tell us what stopped working. We will test your connection step by step and tell you what to do.</source>
        <translation>Cuéntenos qué ha dejado de funcionar. Probaremos su conexión paso a paso y le diremos qué hacer.</translation>
    </message>
    <message>
        <source>A website won&apos;t load</source>
        <translation>Una página web no carga</translation>
    </message>
    <message>
        <source>An app shows an error</source>
        <translation>Una aplicación muestra un error</translation>
    </message>
    <message>
        <source>An upload fails</source>
        <translation>Falla una subida de archivos</translation>
    </message>
    <message>
        <source>A remote server or SSH session drops</source>
        <translation>Se corta un servidor remoto o una sesión SSH</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>What were you doing</source>
        <translation>Qué estaba haciendo</translation>
    </message>
    <message>
        <source>for example www.example.com or mail.example.com:993</source>
        <translation>por ejemplo www.example.com o mail.example.com:993</translation>
    </message>
    <message>
        <source>Web address or server name</source>
        <translation>Dirección web o nombre del servidor</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>Optional: paste the error message you saw here</source>
        <translation>Opcional: pegue aquí el mensaje de error que vio</translation>
    </message>
    <message>
        <source>The error message you saw</source>
        <translation>El mensaje de error que vio</translation>
    </message>
    <message>
        <source>Practice example</source>
        <translation>Ejemplo de práctica</translation>
    </message>
    <message>
        <source>&amp;What were you doing?</source>
        <translation>¿&amp;Qué estaba haciendo?</translation>
    </message>
    <message>
        <source>W&amp;here? (web address or server name)</source>
        <translation>¿&amp;Dónde? (dirección web o nombre del servidor)</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>Mensaje de &amp;error:</translation>
    </message>
    <message>
        <source>We do not recognise this message; the tests will find out what is happening.</source>
        <translation>No reconocemos este mensaje; las pruebas averiguarán qué está pasando.</translation>
    </message>
    <message>
        <source>Choose what you were doing when the connection failed</source>
        <translation>Elija qué estaba haciendo cuando falló la conexión</translation>
    </message>
    <message>
        <source>A server on this computer that fails in a known way, to practise on</source>
        <translation>Un servidor de este equipo que falla de una forma conocida, para practicar</translation>
    </message>
    <message>
        <source>The address of the service whose connections fail</source>
        <translation>La dirección del servicio cuyas conexiones fallan</translation>
    </message>
    <message>
        <source>Optional: the error text; we explain it and take the address from it</source>
        <translation>Opcional: el texto del error; se lo explicamos y tomamos de él la dirección</translation>
    </message>
    <message>
        <source>&amp;Open a saved report...</source>
        <translation>A&amp;brir un informe guardado...</translation>
    </message>
    <message>
        <source>For helpdesks: show a report someone sent you, as they saw it</source>
        <translation>Para servicios de asistencia: muestra un informe que le enviaron, tal como lo vio quien lo envió</translation>
    </message>
    <message>
        <source>Message from your helpdesk:</source>
        <translation>Mensaje de su servicio de asistencia:</translation>
    </message>
    <message>
        <source>Message from your helpdesk</source>
        <translation>Mensaje de su servicio de asistencia</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The fault lab could not start: %1</source>
        <translation>No se pudo iniciar el laboratorio de fallos: %1</translation>
    </message>
    <message>
        <source>This message is not one we recognise, so we cannot say for sure what it means. Run a diagnosis against the service to find out what is happening.</source>
        <translation>No reconocemos este mensaje, así que no podemos decir con seguridad qué significa. Ejecute un diagnóstico contra el servicio para averiguar qué está pasando.</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Origen del mensaje: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>To find the cause: connection-doctor --headless --diagnose --target %1</source>
        <translation>Para encontrar la causa: connection-doctor --headless --diagnose --target %1</translation>
    </message>
    <message>
        <source>Run connection-doctor --help to see the options.</source>
        <translation>Ejecute connection-doctor --help para ver las opciones.</translation>
    </message>
    <message>
        <source>With --demo, --target names a fault lab scenario, such as reset-after-idle.</source>
        <translation>Con --demo, --target indica un escenario del laboratorio de fallos, como reset-after-idle.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: it is not a file. Give the service with --target.</source>
        <translation>Argumento inesperado &quot;%1&quot;: no es un archivo. Indique el servicio con --target.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Neither --target nor the profile names the service to test.</source>
        <translation>Ni --target ni el perfil indican el servicio que se va a probar.</translation>
    </message>
</context>
</TS>
