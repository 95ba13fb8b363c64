<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackgroundWatchService</name>
    <message>
        <source>Asking the system whether the background watch is on...</source>
        <translation>Demande au système si la surveillance en arrière-plan est activée...</translation>
    </message>
    <message>
        <source>This system was not started by systemd, so the background watch (%1) cannot run here.</source>
        <translation>Ce système n&apos;a pas été démarré par systemd&#xa0;: la surveillance en arrière-plan (%1) ne peut pas fonctionner ici.</translation>
    </message>
    <message>
        <source>The background watch (%1) is not installed: it comes with the connection-doctor package.</source>
        <translation>La surveillance en arrière-plan (%1) n&apos;est pas installée&#xa0;: elle est fournie par le paquet connection-doctor.</translation>
    </message>
    <message>
        <source>An administrator has masked the background watch (%1), so it cannot be turned on.</source>
        <translation>Un administrateur a masqué la surveillance en arrière-plan (%1)&#xa0;: elle ne peut pas être activée.</translation>
    </message>
    <message>
        <source>The background watch is off: resets are seen only while this app watches.</source>
        <translation>La surveillance en arrière-plan est désactivée&#xa0;: les réinitialisations ne sont vues que pendant que cette application surveille.</translation>
    </message>
    <message>
        <source>The background watch is on: it keeps a log of every program&apos;s resets, for 7 days, also while this app is closed.</source>
        <translation>La surveillance en arrière-plan est activée&#xa0;: elle tient un journal des réinitialisations de tous les programmes, pendant 7 jours, même quand cette application est fermée.</translation>
    </message>
    <message>
        <source>The background watch is turned on but is not running; its messages are in journalctl -u %1.</source>
        <translation>La surveillance en arrière-plan est activée mais ne tourne pas&#xa0;; ses messages sont dans journalctl -u %1.</translation>
    </message>
    <message>
        <source>The background watch runs now, but is not turned on: it will not start again when the computer does.</source>
        <translation>La surveillance en arrière-plan tourne en ce moment, mais n&apos;est pas activée&#xa0;: elle ne redémarrera pas avec l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The background watch is now on.</source>
        <translation>La surveillance en arrière-plan est maintenant activée.</translation>
    </message>
    <message>
        <source>The background watch is now off.</source>
        <translation>La surveillance en arrière-plan est maintenant désactivée.</translation>
    </message>
    <message>
        <source>Permission was not given, so the background watch was not changed.</source>
        <translation>L&apos;autorisation n&apos;a pas été donnée&#xa0;: la surveillance en arrière-plan n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The background watch could not be turned on (exit status %1).</source>
        <translation>La surveillance en arrière-plan n&apos;a pas pu être activée (code de sortie %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned off (exit status %1).</source>
        <translation>La surveillance en arrière-plan n&apos;a pas pu être désactivée (code de sortie %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned on: %1</source>
        <translation>La surveillance en arrière-plan n&apos;a pas pu être activée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The background watch could not be turned off: %1</source>
        <translation>La surveillance en arrière-plan n&apos;a pas pu être désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: %1 is missing.</source>
        <translation>La surveillance en arrière-plan ne peut pas être modifiée ici&#xa0;: %1 est absent.</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: its action (%1) is not installed.</source>
        <translation>La surveillance en arrière-plan ne peut pas être modifiée ici&#xa0;: son action (%1) n&apos;est pas installée.</translation>
    </message>
    <message>
        <source>The background watch is part of Connection Doctor for Linux: here, resets are seen only while this app watches.</source>
        <translation>La surveillance en arrière-plan fait partie de Connection Doctor pour Linux : ici, les réinitialisations ne sont vues que pendant que cette application surveille.</translation>
    </message>
</context>
<context>
    <name>CaptivePortalCheck</name>
    <message>
        <source>No sign-in page test address is configured, so this step was skipped.</source>
        <translation>Aucune adresse n&apos;est configurée pour tester les pages d&apos;identification, cette étape a donc été ignorée.</translation>
    </message>
    <message>
        <source>No sign-in page (captive portal) is in the way.</source>
        <translation>Aucune page d&apos;identification (portail captif) ne bloque l&apos;accès.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way, as in hotels, trains or guest networks: open a web browser and sign in first.</source>
        <translation>Une page d&apos;identification bloque l&apos;accès, comme dans les hôtels, les trains ou les réseaux invités&#xa0;: ouvrez un navigateur web et identifiez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Whether a sign-in page is in the way could not be tested.</source>
        <translation>Impossible de vérifier si une page d&apos;identification bloque l&apos;accès.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>This step took too long and was stopped after %n seconds.</source>
        <translation>
            <numerusform>Cette étape a pris trop de temps et a été arrêtée au bout de %n seconde.</numerusform>
            <numerusform>Cette étape a pris trop de temps et a été arrêtée au bout de %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Unknown check &quot;%1&quot;; the checks are %2.</source>
        <translation>Vérification «&#xa0;%1&#xa0;» inconnue&#xa0;; les vérifications possibles sont %2.</translation>
    </message>
    <message>
        <source>Name at least one check: %1.</source>
        <translation>Indiquez au moins une vérification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Connexion réseau</translation>
    </message>
    <message>
        <source>Way out to the internet</source>
        <translation>Accès à Internet</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Serveurs de noms</translation>
    </message>
    <message>
        <source>Looking up names</source>
        <translation>Recherche des noms</translation>
    </message>
    <message>
        <source>Reaching well-known sites</source>
        <translation>Accès aux sites connus</translation>
    </message>
    <message>
        <source>Sign-in pages</source>
        <translation>Pages d&apos;identification</translation>
    </message>
    <message>
        <source>What your system says</source>
        <translation>Ce que dit votre système</translation>
    </message>
    <message>
        <source>Firewall on this computer</source>
        <translation>Pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>Your service&apos;s port</source>
        <translation>Port de votre service</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Large packets</source>
        <translation>Gros paquets</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Réglages du proxy</translation>
    </message>
    <message>
        <source>With and without the proxy</source>
        <translation>Avec et sans le proxy</translation>
    </message>
    <message>
        <source>Cut connections on this computer</source>
        <translation>Connexions coupées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Many connections at once</source>
        <translation>Nombreuses connexions simultanées</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Taille des envois</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <source>Quiet connections</source>
        <translation>Connexions inactives</translation>
    </message>
    <message>
        <source>What requests ask for</source>
        <translation>Ce que demandent les requêtes</translation>
    </message>
</context>
<context>
    <name>CheckContextLoader</name>
    <message>
        <source>In the settings file %1: %2</source>
        <translation>Dans le fichier de réglages %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--proxy takes http://host:port or socks5://host:port, not &quot;%1&quot;.</source>
        <translation>--proxy attend http://hôte:port ou socks5://hôte:port, et non «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>CheckRowList</name>
    <message>
        <source>Results of the checks</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>One row for each check, with what it found; open Details for the technical facts</source>
        <translation>Une ligne par vérification, avec ce qu&apos;elle a trouvé&#xa0;; ouvrez Détails pour les informations techniques</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Left out by your helpdesk&apos;s profile.</source>
        <translation>Vérification exclue par le profil de votre assistance informatique.</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>Testing... you can move on at any time.</source>
        <translation>Test en cours... vous pouvez passer à la suite à tout moment.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Stop the checks on this page; what was found so far stays</source>
        <translation>Arrêter les vérifications de cette page&#xa0;; ce qui a déjà été trouvé est conservé</translation>
    </message>
    <message>
        <source>Run the checks on this page again from the start</source>
        <translation>Relancer depuis le début les vérifications de cette page</translation>
    </message>
    <message>
        <source>Shown while the checks on this page run</source>
        <translation>Affiché pendant les vérifications de cette page</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>Progression des vérifications</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <source>Show or hide this part</source>
        <translation>Afficher ou masquer cette partie</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Finds out why your connections end with &quot;Connection reset by peer&quot; and what to do about it.</source>
        <translation>Trouve pourquoi vos connexions se terminent par «&#xa0;Connection reset by peer&#xa0;» et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Run without windows and print the results.</source>
        <translation>S&apos;exécute sans fenêtre et affiche les résultats.</translation>
    </message>
    <message>
        <source>The service whose connections fail: host:port, [IPv6]:port, a host name (port 443) or a URL. With --demo, a fault lab scenario name.</source>
        <translation>Le service dont les connexions échouent&#xa0;: hôte:port, [IPv6]:port, un nom d&apos;hôte (port 443) ou une URL. Avec --demo, le nom d&apos;un scénario du laboratoire de pannes.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>How many probes to run (default 5).</source>
        <translation>Nombre d&apos;essais de connexion à lancer (5 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds between the start of two probes (default 1000).</source>
        <translation>Millisecondes entre le début de deux essais (1000 par défaut).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds each step of a probe may take before it counts as timed out (default 5000).</source>
        <translation>Millisecondes que chaque étape d&apos;un essai peut durer avant d&apos;être considérée comme expirée (5000 par défaut).</translation>
    </message>
    <message>
        <source>Write the full report as JSON to this file.</source>
        <translation>Écrit le rapport complet au format JSON dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Start the built-in fault lab on this computer and practise on it: works with no network. With --headless and no --target, tours every way a connection can end.</source>
        <translation>Démarre le laboratoire de pannes intégré sur cet ordinateur pour s&apos;exercer&#xa0;: fonctionne sans réseau. Avec --headless et sans --target, passe en revue toutes les façons dont une connexion peut se terminer.</translation>
    </message>
    <message>
        <source>Only run the fault lab, print its ports and serve until interrupted (for training and testing).</source>
        <translation>Lance uniquement le laboratoire de pannes, affiche ses ports et reste actif jusqu&apos;à interruption (pour la formation et les tests).</translation>
    </message>
    <message>
        <source>Run these environment checks: connectivity, firewall, vpn, proxy, counters, or all (comma-separated).</source>
        <translation>Lance ces vérifications de l&apos;environnement&#xa0;: connectivity, firewall, vpn, proxy, counters, ou all (séparées par des virgules).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Override an endpoint the checks contact, as key=value (see docs/endpoints.md); may be repeated.</source>
        <translation>Remplace une adresse contactée par les vérifications, sous la forme clé=valeur (voir docs/endpoints.md)&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>Compare direct connections with this proxy (http://host:port or socks5://host:port).</source>
        <translation>Compare les connexions directes avec ce proxy (http://hôte:port ou socks5://hôte:port).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>With --lab: the IPv4 address to serve on (default 127.0.0.1).</source>
        <translation>Avec --lab&#xa0;: l&apos;adresse IPv4 d&apos;écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Find the cause: run every check and the active experiments against the target, then name the most likely cause and the fix.</source>
        <translation>Trouve la cause&#xa0;: lance toutes les vérifications et les tests actifs sur la cible, puis indique la cause la plus probable et la solution.</translation>
    </message>
    <message>
        <source>Seconds the diagnosis may take (default 120).</source>
        <translation>Durée maximale du diagnostic, en secondes (120 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Explain an error message you saw, such as &quot;ECONNRESET&quot; or &quot;Connection reset by peer&quot;.</source>
        <translation>Explique un message d&apos;erreur que vous avez vu, comme «&#xa0;ECONNRESET&#xa0;» ou «&#xa0;Connection reset by peer&#xa0;».</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Watch the target: probe it at a steady pace (--interval) for --duration seconds and count how connections end over time.</source>
        <translation>Surveille la cible&#xa0;: l&apos;essaie à un rythme régulier (--interval) pendant --duration secondes et compte comment les connexions se terminent au fil du temps.</translation>
    </message>
    <message>
        <source>Print nothing but errors; the exit status and the report say the rest.</source>
        <translation>N&apos;affiche que les erreurs&#xa0;; le code de sortie et le rapport disent le reste.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Give the service with --target.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Indiquez le service avec --target.</translation>
    </message>
    <message>
        <source>--listen takes an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--listen attend une adresse IPv4, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--monitor needs the --target to watch.</source>
        <translation>--monitor nécessite --target (la cible à surveiller).</translation>
    </message>
    <message>
        <source>--diagnose needs the --target whose connections fail.</source>
        <translation>--diagnose nécessite --target (le service dont les connexions échouent).</translation>
    </message>
    <message>
        <source>Write the report to this file, in the format its extension names: .html, .pdf, .json, .txt or .csv. May be given more than once.</source>
        <translation>Écrit le rapport dans ce fichier, au format indiqué par son extension&#xa0;: .html, .pdf, .json, .txt ou .csv. Peut être répété.</translation>
    </message>
    <message>
        <source>Hide these kinds of values in the written reports: a comma list of public-ip, private-ip, host, user, mac, path, or all or none (default none).</source>
        <translation>Masque ces types de valeurs dans les rapports écrits&#xa0;: une liste, séparée par des virgules, parmi public-ip, private-ip, host, user, mac, path, ou bien all ou none (none par défaut).</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Show a saved JSON report as the user saw it (with --headless: print it, or convert it with --report).</source>
        <translation>Affiche un rapport JSON enregistré tel que l&apos;utilisateur l&apos;a vu (avec --headless&#xa0;: l&apos;affiche dans le terminal, ou le convertit avec --report).</translation>
    </message>
    <message>
        <source>Start with a helpdesk&apos;s profile: the service, the checks to run, the budgets and a message.</source>
        <translation>Démarre avec le profil d&apos;une assistance informatique&#xa0;: le service, les vérifications à lancer, les durées allouées et un message.</translation>
    </message>
    <message>
        <source>The language to use: en, de, fr, es, pt_BR or ja (default: the system&apos;s).</source>
        <translation>La langue à utiliser&#xa0;: en, de, fr, es, pt_BR ou ja (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A profile (*.cdprofile) or a saved report (*.json) to open.</source>
        <translation>Un profil (*.cdprofile) ou un rapport enregistré (*.json) à ouvrir.</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang attend l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Watch every reset any program on this computer gets or sends: which program, which server, and who sent it (see docs/reset-watch.md). Alone, for --duration seconds; with probes, a diagnosis or the monitor, while they run.</source>
        <translation>Surveille chaque reset qu&apos;un programme de cet ordinateur reçoit ou envoie&#xa0;: quel programme, quel serveur, et qui l&apos;a envoyé (voir docs/reset-watch.md). Seule, pendant --duration secondes&#xa0;; avec des essais, un diagnostic ou la surveillance (--monitor), pendant leur exécution.</translation>
    </message>
    <message>
        <source>Seconds the monitor or the reset watch runs (default 60).</source>
        <translation>Durée de la surveillance (--monitor) ou de la surveillance des resets, en secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>With --monitor: write the counts per second as CSV to this file. With --watch-resets alone: write every reset as CSV.</source>
        <translation>Avec --monitor&#xa0;: écrit les comptes par seconde au format CSV dans ce fichier. Avec --watch-resets seul&#xa0;: écrit chaque reset au format CSV.</translation>
    </message>
    <message>
        <source>With --diagnose: what you were doing when the connection failed: website, app-error, upload, remote-session or other. With --explain, the diagnosis also weighs the error message you saw.</source>
        <translation>Avec --diagnose&#xa0;: ce que vous faisiez quand la connexion a échoué&#xa0;: website, app-error, upload, remote-session ou other. Avec --explain, le diagnostic tient aussi compte du message d&apos;erreur que vous avez vu.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>--activity takes one of %1, not &quot;%2&quot;.</source>
        <translation>--activity attend l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>With --diagnose, or in the wizard: do not start the reset watch (it runs by default where it needs no permission, so that every probe&apos;s reset says who sent it).</source>
        <translation>Avec --diagnose, ou dans l&apos;assistant : ne pas démarrer la surveillance des resets (elle démarre par défaut là où elle n&apos;a besoin d&apos;aucune autorisation, pour que chaque reset d&apos;une sonde dise qui l&apos;a envoyé).</translation>
    </message>
    <message>
        <source>Read what the background watch (connection-doctor-watch.service) saw while the app was not open: alone, every program&apos;s resets, printed and written as --watch-resets writes them; with a --target, the resets of that server go into the report too.</source>
        <translation>Lire ce que la surveillance en arrière-plan (connection-doctor-watch.service) a vu pendant que l&apos;application n&apos;était pas ouverte&#xa0;: seule, les resets de tous les programmes, affichés et écrits comme le fait --watch-resets&#xa0;; avec --target, les resets de ce serveur vont aussi dans le rapport.</translation>
    </message>
    <message>
        <source>With --reset-history: how far back to read: 1h, 24h or 7d (default 24h).</source>
        <translation>Avec --reset-history&#xa0;: jusqu&apos;où remonter&#xa0;: 1h, 24h ou 7d (24h par défaut).</translation>
    </message>
    <message>
        <source>window</source>
        <translation>période</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--since takes one of %1, not &quot;%2&quot;.</source>
        <translation>--since accepte l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--since and --history-dir go with --reset-history.</source>
        <translation>--since et --history-dir vont avec --reset-history.</translation>
    </message>
    <message>
        <source>--reset-history reads what the background watch saw; --watch-resets watches from now on. Give one of them.</source>
        <translation>--reset-history lit ce que la surveillance en arrière-plan a vu&#xa0;; --watch-resets surveille à partir de maintenant. Donnez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>--headless needs a --target (for example --target www.example.com:443), --checks, --watch-resets or --reset-history.</source>
        <translation>--headless a besoin d&apos;une --target (par exemple --target www.example.com:443), de --checks, de --watch-resets ou de --reset-history.</translation>
    </message>
    <message>
        <source>With --monitor: keep the monitor&apos;s running log (one line per connection, kept if the app is stopped) in this file instead of the app&apos;s data folder.</source>
        <translation>Avec --monitor : tenir le journal du moniteur (une ligne par connexion, conservé si l&apos;application est arrêtée) dans ce fichier au lieu du dossier de données de l&apos;application.</translation>
    </message>
    <message>
        <source>With --reset-history, or in the wizard&apos;s monitor: the background watch&apos;s log directory (default %1).</source>
        <translation>Avec --reset-history, ou dans la surveillance de l&apos;assistant&#xa0;: le dossier du journal de la surveillance en arrière-plan (par défaut %1).</translation>
    </message>
    <message>
        <source>Turn the background watch (%1) on or off, or say whether it is on: on, off or status. It keeps a log of every program&apos;s resets while the app is closed. Asks for an administrator&apos;s password (pkexec) unless run as root.</source>
        <translation>Activer ou désactiver la surveillance en arrière-plan (%1), ou dire si elle est activée&#xa0;: on, off ou status. Elle tient un journal des réinitialisations de tous les programmes pendant que l&apos;application est fermée. Demande le mot de passe d&apos;un administrateur (pkexec), sauf en tant que root.</translation>
    </message>
    <message>
        <source>
Exit status: 0 when every probe succeeded (with --diagnose: no problem found), 1 when any did not (a problem was found), 2 for bad usage, a bad target or a bad profile. --background-watch: 0 when the watch is (now) on or was turned off as asked, 1 when it could not be changed or is not on.
</source>
        <translation>
Code de sortie&#xa0;: 0 si tous les essais ont réussi (avec --diagnose&#xa0;: aucun problème trouvé), 1 si l&apos;un d&apos;eux a échoué (un problème a été trouvé), 2 en cas de mauvaise utilisation, de cible incorrecte ou de profil incorrect. --background-watch&#xa0;: 0 si la surveillance est (maintenant) activée ou a été désactivée comme demandé, 1 si elle n&apos;a pas pu être modifiée ou n&apos;est pas activée.
</translation>
    </message>
    <message>
        <source>--background-watch takes one of %1, not &quot;%2&quot;.</source>
        <translation>--background-watch prend l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DemoTour</name>
    <message>
        <source>the fault lab on this computer</source>
        <translation>le laboratoire de pannes de cet ordinateur</translation>
    </message>
    <message>
        <source>Demo: the fault lab serves every way a connection can end, on this computer only.</source>
        <translation>Démo&#xa0;: le laboratoire de pannes reproduit toutes les façons dont une connexion peut se terminer, sur cet ordinateur uniquement.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>No problem found: every test succeeded. %1</source>
        <translation>Aucun problème trouvé&#xa0;: tous les tests ont réussi. %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1. First thing to try: %2</source>
        <translation>Cause la plus probable&#xa0;: %1. À essayer en premier&#xa0;: %2</translation>
    </message>
    <message>
        <source>No likely cause found: nothing we saw explains a reset. %1</source>
        <translation>Aucune cause probable trouvée&#xa0;: rien de ce que nous avons vu n&apos;explique un reset. %1</translation>
    </message>
    <message>
        <source>What the tests found: %1. First thing to try: %2</source>
        <translation>Ce que les tests ont trouvé&#xa0;: %1. À essayer en premier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisSession</name>
    <message>
        <source>Enter the address of your service first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de votre service.</translation>
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
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>Copy what was found so far, to paste into an email or a support ticket</source>
        <translation>Copier ce qui a été trouvé jusqu&apos;ici, pour le coller dans un e-mail ou une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Is this computer connected to the internet?</source>
        <translation>Cet ordinateur est-il connecté à Internet&#xa0;?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Is a firewall blocking your service?</source>
        <translation>Un pare-feu bloque-t-il votre service&#xa0;?</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Is a VPN in the way?</source>
        <translation>Un VPN gêne-t-il la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Is a proxy server in the way?</source>
        <translation>Un serveur proxy gêne-t-il la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Deeper tests</source>
        <translation>Tests approfondis</translation>
    </message>
    <message>
        <source>Watch over time</source>
        <translation>Suivi dans la durée</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Go back to the previous step; its results are kept</source>
        <translation>Revenir à l&apos;étape précédente&#xa0;; ses résultats sont conservés</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Close Connection Doctor</source>
        <translation>Fermer Connection Doctor</translation>
    </message>
    <message>
        <source>Stop every test and close Connection Doctor</source>
        <translation>Arrêter tous les tests et fermer Connection Doctor</translation>
    </message>
    <message>
        <source>The language of the app and of the reports</source>
        <translation>La langue de l&apos;application et des rapports</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <source>Web addresses cannot be looked up: the name service (DNS) does not answer.</source>
        <translation>Impossible de trouver les adresses web&#xa0;: le service de noms (DNS) ne répond pas.</translation>
    </message>
    <message>
        <source>The name %1 cannot be found, although other names can: check that it is spelled right.</source>
        <translation>Le nom %1 est introuvable, alors que d&apos;autres noms sont trouvés&#xa0;: vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>Your service&apos;s name was found, but a well-known name was not: the name service may be filtered.</source>
        <translation>Le nom de votre service a été trouvé, mais pas celui d&apos;un site connu&#xa0;: le service de noms est peut-être filtré.</translation>
    </message>
    <message>
        <source>Names are found, but slowly (%1 seconds).</source>
        <translation>Les noms sont trouvés, mais lentement (%1 secondes).</translation>
    </message>
    <message>
        <source>Web addresses are looked up correctly.</source>
        <translation>Les adresses web sont trouvées correctement.</translation>
    </message>
</context>
<context>
    <name>DnsServersCheck</name>
    <message>
        <source>The list of name servers (DNS) could not be read.</source>
        <translation>Impossible de lire la liste des serveurs de noms (DNS).</translation>
    </message>
    <message>
        <source>No name server (DNS) is set, so web addresses cannot be looked up.</source>
        <translation>Aucun serveur de noms (DNS) n&apos;est configuré&#xa0;: les adresses web ne peuvent donc pas être trouvées.</translation>
    </message>
    <message>
        <source>Web addresses are looked up by %1.</source>
        <translation>Les adresses web sont recherchées par %1.</translation>
    </message>
    <message>
        <source>The list of name servers is not read on this system; the next step tests name lookups directly.</source>
        <translation>La liste des serveurs de noms n&apos;est pas lue sur ce système&#xa0;; l&apos;étape suivante teste directement la recherche des noms.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Reachability endpoints are host:port, separated by commas; &quot;%1&quot; is not.</source>
        <translation>Les adresses du test d&apos;accès s&apos;écrivent hôte:port, séparées par des virgules&#xa0;; «&#xa0;%1&#xa0;» n&apos;est pas de cette forme.</translation>
    </message>
    <message>
        <source>The reference name must be a host name.</source>
        <translation>Le nom de référence doit être un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Reference ports are numbers from 1 to 65535, separated by commas; &quot;%1&quot; is not.</source>
        <translation>Les ports de référence sont des nombres de 1 à 65535, séparés par des virgules&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The captive portal URL must be a plain http:// URL; &quot;%1&quot; is not.</source>
        <translation>L&apos;URL du portail captif doit être une simple URL http://&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>The captive portal status must be an HTTP status from 100 to 599.</source>
        <translation>Le statut du portail captif doit être un code HTTP de 100 à 599.</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot;.</source>
        <translation>Adresse de test «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>--endpoint takes key=value, for example reference_name=intranet.local.</source>
        <translation>--endpoint attend clé=valeur, par exemple reference_name=intranet.local.</translation>
    </message>
</context>
<context>
    <name>ErrorRecognizer</name>
    <message>
        <source>The connection was cut off (reset)</source>
        <translation>La connexion a été coupée (reset)</translation>
    </message>
    <message>
        <source>The connection was open, and then the other side, or a device on the way such as a firewall, proxy or load balancer, abruptly cut it off. This is a reset: the conversation was broken off in the middle instead of being ended politely.</source>
        <translation>La connexion était ouverte, puis l&apos;autre côté, ou un appareil sur le chemin comme un pare-feu, un proxy ou un répartiteur de charge, l&apos;a coupée brutalement. C&apos;est ce qu&apos;on appelle un «&#xa0;reset&#xa0;»&#xa0;: l&apos;échange a été interrompu en plein milieu au lieu de se terminer poliment.</translation>
    </message>
    <message>
        <source>The server turned the connection away (refused)</source>
        <translation>Le serveur a refusé la connexion (refused)</translation>
    </message>
    <message>
        <source>The computer at that address was reached, but nothing there accepted the connection: the service may be stopped, listening elsewhere, or blocked. This is not a reset: the connection never started, so nothing was cut off.</source>
        <translation>L&apos;ordinateur à cette adresse a été joint, mais rien n&apos;y a accepté la connexion&#xa0;: le service est peut-être arrêté, à l&apos;écoute ailleurs ou bloqué. Ce n&apos;est pas un «&#xa0;reset&#xa0;»&#xa0;: la connexion n&apos;a jamais commencé, donc rien n&apos;a été coupé.</translation>
    </message>
    <message>
        <source>No answer came in time (timed out)</source>
        <translation>Pas de réponse à temps (timed out)</translation>
    </message>
    <message>
        <source>The program waited for the other side, but no answer came within the time allowed. The server may be down or overloaded, or a firewall may be silently dropping the traffic. This is not a reset: nothing was cut off, there was only silence.</source>
        <translation>Le programme a attendu l&apos;autre côté, mais aucune réponse n&apos;est arrivée dans le délai prévu. Le serveur est peut-être en panne ou surchargé, ou un pare-feu élimine peut-être le trafic sans rien dire. Ce n&apos;est pas un «&#xa0;reset&#xa0;»&#xa0;: rien n&apos;a été coupé, il n&apos;y a eu que du silence.</translation>
    </message>
    <message>
        <source>Sending failed because the other side had already hung up (broken pipe)</source>
        <translation>L&apos;envoi a échoué car l&apos;autre côté avait déjà raccroché (broken pipe)</translation>
    </message>
    <message>
        <source>The program tried to send data on a connection that the other side had already closed. Usually the other side gave up first, for example after waiting too long, and the program only noticed when it next tried to send. This is not a reset itself, although it can follow one.</source>
        <translation>Le programme a essayé d&apos;envoyer des données sur une connexion que l&apos;autre côté avait déjà fermée. En général, l&apos;autre côté a abandonné en premier, par exemple après une trop longue attente, et le programme ne s&apos;en est aperçu qu&apos;au moment d&apos;envoyer à nouveau. Ce n&apos;est pas un «&#xa0;reset&#xa0;» en soi, même si cela peut en suivre un.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation>Le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>The name of the server could not be turned into an address, so no connection was even tried. The name may be misspelt, or the name service (DNS) of this network may not be working. This is not a reset.</source>
        <translation>Le nom du serveur n&apos;a pas pu être converti en adresse, donc aucune connexion n&apos;a même été tentée. Le nom est peut-être mal orthographié, ou le service de noms (DNS) de ce réseau ne fonctionne pas. Ce n&apos;est pas un «&#xa0;reset&#xa0;».</translation>
    </message>
    <message>
        <source>The secure connection was cut off while it was being set up</source>
        <translation>La connexion sécurisée a été coupée pendant son établissement</translation>
    </message>
    <message>
        <source>The connection was made, but while the two sides were setting up encryption, the other side or a device on the way ended it without a word. Filters and firewalls that inspect secure traffic often do this; to the user it looks much like a reset.</source>
        <translation>La connexion a été établie, mais pendant que les deux côtés mettaient en place le chiffrement, l&apos;autre côté ou un appareil sur le chemin y a mis fin sans un mot. Les filtres et pare-feu qui inspectent le trafic sécurisé font souvent cela&#xa0;; pour l&apos;utilisateur, cela ressemble beaucoup à un «&#xa0;reset&#xa0;».</translation>
    </message>
    <message>
        <source>The two sides could not agree on a secure connection</source>
        <translation>Les deux côtés n&apos;ont pas pu s&apos;entendre sur une connexion sécurisée</translation>
    </message>
    <message>
        <source>The server was reached, but setting up encryption failed: the two sides did not agree on how to encrypt, one of them turned the other down, or that port does not expect encrypted traffic at all. This is not a reset: the other side said no on purpose.</source>
        <translation>Le serveur a été joint, mais la mise en place du chiffrement a échoué&#xa0;: les deux côtés ne se sont pas entendus sur la façon de chiffrer, l&apos;un a refusé l&apos;autre, ou ce port n&apos;attend pas du tout de trafic chiffré. Ce n&apos;est pas un «&#xa0;reset&#xa0;»&#xa0;: l&apos;autre côté a dit non volontairement.</translation>
    </message>
    <message>
        <source>The other side ended the connection early</source>
        <translation>L&apos;autre côté a mis fin à la connexion trop tôt</translation>
    </message>
    <message>
        <source>The other side closed the connection before the conversation was finished, for example before it sent an answer. It ended it in the normal way rather than cutting it off, so this is not a reset, although some programs report it as one.</source>
        <translation>L&apos;autre côté a fermé la connexion avant la fin de l&apos;échange, par exemple avant d&apos;envoyer une réponse. Il l&apos;a terminée normalement au lieu de la couper, donc ce n&apos;est pas un «&#xa0;reset&#xa0;», même si certains programmes le signalent comme tel.</translation>
    </message>
</context>
<context>
    <name>EtwResetSource</name>
    <message>
        <source>Watching every program&apos;s resets on Windows needs Connection Doctor to run as an administrator (or a member of Performance Log Users). The system&apos;s reset counters are shown instead.</source>
        <translation>Pour surveiller les réinitialisations de tous les programmes sous Windows, Connection Doctor doit être lancé en tant qu’administrateur (ou membre du groupe Utilisateurs du journal de performances). Les compteurs de réinitialisations du système sont affichés à la place.</translation>
    </message>
    <message>
        <source>Windows did not start the event trace the reset watch reads (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows n’a pas démarré la trace d’événements que lit la surveillance des réinitialisations (erreur %1). Les compteurs de réinitialisations du système sont affichés à la place.</translation>
    </message>
    <message>
        <source>Windows did not let the reset watch read its network events (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows n’a pas permis à la surveillance des réinitialisations de lire ses événements réseau (erreur %1). Les compteurs de réinitialisations du système sont affichés à la place.</translation>
    </message>
    <message>
        <source>Windows&apos; network events name the connection a reset ended, not the packet, so who sent it (the server or a device on the way) cannot be told here.</source>
        <translation>Les événements réseau de Windows nomment la connexion qu’une réinitialisation a coupée, pas le paquet : qui l’a envoyée (le serveur ou un appareil sur le chemin) ne peut pas être dit ici.</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>S&amp;tart the tests</source>
        <translation>&amp;Lancer les tests</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Now we test your service itself: how long a quiet connection lasts, how large an upload may be, and what happens with many connections at once. Choose how long the tests may take.</source>
        <translation>Nous testons maintenant votre service lui-même&#xa0;: combien de temps tient une connexion inactive, quelle taille peut avoir un envoi, et ce qui se passe avec de nombreuses connexions simultanées. Choisissez la durée des tests.</translation>
    </message>
    <message>
        <source>&amp;Quick (about 1 minute)</source>
        <translation>&amp;Rapide (environ 1 minute)</translation>
    </message>
    <message>
        <source>Stan&amp;dard (about 2 minutes)</source>
        <translation>Stan&amp;dard (environ 2 minutes)</translation>
    </message>
    <message>
        <source>Th&amp;orough (about 5 minutes)</source>
        <translation>Appr&amp;ofondi (environ 5 minutes)</translation>
    </message>
    <message>
        <source>Progress of the tests</source>
        <translation>Progression des tests</translation>
    </message>
    <message>
        <source>At most %1:%2 left</source>
        <translation>Encore %1:%2 au maximum</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Run the tests &amp;again</source>
        <translation>Re&amp;lancer les tests</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas encore lancé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>How long the tests may take: longer tests find longer timeouts</source>
        <translation>Durée maximale des tests&#xa0;: des tests plus longs détectent des délais d&apos;expiration plus longs</translation>
    </message>
    <message>
        <source>Stop the tests; what was found so far stays</source>
        <translation>Arrêter les tests&#xa0;; ce qui a déjà été trouvé est conservé</translation>
    </message>
    <message>
        <source>Start the tests against your service</source>
        <translation>Lancer les tests sur votre service</translation>
    </message>
    <message>
        <source>How much of the time the tests may take has passed</source>
        <translation>Part déjà écoulée du temps prévu pour les tests</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Choose what to hide before you share this report. Below is exactly what will be shared.</source>
        <translation>Choisissez ce qu&apos;il faut masquer avant de partager ce rapport. Vous voyez ci-dessous exactement ce qui sera partagé.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Replace these in the report with placeholders such as [host-1]</source>
        <translation>Remplacer ces valeurs dans le rapport par des repères comme [host-1]</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Ce qui sera partagé</translation>
    </message>
    <message>
        <source>The report exactly as it will be saved, with the chosen values hidden</source>
        <translation>Le rapport exactement tel qu&apos;il sera enregistré, avec les valeurs choisies masquées</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>&amp;Enregistrer le rapport...</translation>
    </message>
    <message>
        <source>Choose where to save the report and in which format</source>
        <translation>Choisir où enregistrer le rapport et dans quel format</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>What will be shared:</source>
        <translation>Ce qui sera partagé&#xa0;:</translation>
    </message>
    <message>
        <source>Values hidden: %1</source>
        <translation>Valeurs masquées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>This computer is not connected to the internet</source>
        <translation>Cet ordinateur n&apos;est pas connecté à Internet</translation>
    </message>
    <message>
        <source>Your computer has no working connection to the internet at the moment, so no service can be reached. This is not a fault of the service you were using.</source>
        <translation>Votre ordinateur n&apos;a pas de connexion Internet qui fonctionne en ce moment, donc aucun service n&apos;est joignable. Ce n&apos;est pas la faute du service que vous utilisiez.</translation>
    </message>
    <message>
        <source>Check that Wi-Fi is switched on and connected, or that the network cable is plugged in.</source>
        <translation>Vérifiez que le Wi-Fi est activé et connecté, ou que le câble réseau est bien branché.</translation>
    </message>
    <message>
        <source>Restart your router, wait two minutes, and try again.</source>
        <translation>Redémarrez votre box (routeur), attendez deux minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>If other devices on the same network cannot reach the internet either, call your internet provider.</source>
        <translation>Si les autres appareils du même réseau n&apos;accèdent pas non plus à Internet, appelez votre fournisseur d&apos;accès.</translation>
    </message>
    <message>
        <source>Check the interface state, the default route and the gateway listed in the report&apos;s connectivity checks.</source>
        <translation>Vérifiez l&apos;état de l&apos;interface, la route par défaut et la passerelle indiqués dans les vérifications de connectivité du rapport.</translation>
    </message>
    <message>
        <source>Check DHCP leases and the upstream link.</source>
        <translation>Vérifiez les baux DHCP et la liaison montante.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found</source>
        <translation>Le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>Web addresses cannot be looked up</source>
        <translation>Impossible de trouver les adresses web</translation>
    </message>
    <message>
        <source>Other names can be looked up, but this one cannot: it may be misspelled, or it may no longer exist.</source>
        <translation>D&apos;autres noms sont trouvés, mais pas celui-ci&#xa0;: il est peut-être mal orthographié, ou n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Your computer cannot turn names like www.example.com into addresses, because the name service (DNS) it uses does not answer. Every connection by name fails.</source>
        <translation>Votre ordinateur n&apos;arrive pas à convertir des noms comme www.example.com en adresses, car le service de noms (DNS) qu&apos;il utilise ne répond pas. Toute connexion par nom échoue.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Ask whoever gave you the address whether it is still valid.</source>
        <translation>Demandez à la personne qui vous a donné l&apos;adresse si elle est toujours valable.</translation>
    </message>
    <message>
        <source>Restart your router and your computer.</source>
        <translation>Redémarrez votre box (routeur) et votre ordinateur.</translation>
    </message>
    <message>
        <source>If you use a VPN, switch it off and try again.</source>
        <translation>Si vous utilisez un VPN, désactivez-le et réessayez.</translation>
    </message>
    <message>
        <source>Check the DNS servers listed in the report and that they answer on port 53.</source>
        <translation>Vérifiez les serveurs DNS indiqués dans le rapport, et qu&apos;ils répondent sur le port 53.</translation>
    </message>
    <message>
        <source>Check the zone of the name; query it directly with dig or nslookup.</source>
        <translation>Vérifiez la zone du nom&#xa0;; interrogez-la directement avec dig ou nslookup.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way</source>
        <translation>Une page d&apos;identification bloque l&apos;accès</translation>
    </message>
    <message>
        <source>The network you are on (in a hotel, on a train, a guest network) wants you to sign in or accept terms on a web page first. Until then it cuts off or redirects connections.</source>
        <translation>Le réseau sur lequel vous êtes (dans un hôtel, un train, un réseau invité) vous demande d&apos;abord de vous identifier ou d&apos;accepter des conditions sur une page web. En attendant, il coupe ou redirige les connexions.</translation>
    </message>
    <message>
        <source>Open a web browser and go to any web site: the sign-in page should appear. Sign in, then try again.</source>
        <translation>Ouvrez un navigateur web et allez sur n&apos;importe quel site&#xa0;: la page d&apos;identification devrait apparaître. Identifiez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>Whitelist the service in the captive portal, or let the device authenticate before use.</source>
        <translation>Autorisez le service dans le portail captif (liste blanche), ou laissez l&apos;appareil s&apos;authentifier avant utilisation.</translation>
    </message>
    <message>
        <source>The service is not running, or not on this port</source>
        <translation>Le service ne fonctionne pas, ou pas sur ce port</translation>
    </message>
    <message>
        <source>The server itself answers that nothing accepts connections on this port. The service may be stopped, crashed, or moved to another port.</source>
        <translation>Le serveur lui-même répond que rien n&apos;accepte de connexions sur ce port. Le service est peut-être arrêté, planté ou déplacé sur un autre port.</translation>
    </message>
    <message>
        <source>Check that the address and port are right.</source>
        <translation>Vérifiez que l&apos;adresse et le port sont corrects.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that it refuses connections.</source>
        <translation>Signalez à l&apos;administrateur du service qu&apos;il refuse les connexions.</translation>
    </message>
    <message>
        <source>Check that the service is running and listening on the port (ss -ltnp, netstat -an).</source>
        <translation>Vérifiez que le service fonctionne et écoute sur le port (ss -ltnp, netstat -an).</translation>
    </message>
    <message>
        <source>Check the server&apos;s own firewall and any security group in front of it.</source>
        <translation>Vérifiez le pare-feu du serveur lui-même et tout groupe de sécurité placé devant lui.</translation>
    </message>
    <message>
        <source>A firewall blocks this connection</source>
        <translation>Un pare-feu bloque cette connexion</translation>
    </message>
    <message>
        <source>The connection is turned away by something close to you — a firewall or security program on this computer, or your network&apos;s firewall — before it reaches the server. Other ports on the same server work.</source>
        <translation>La connexion est refusée par quelque chose de proche de vous — un pare-feu ou un logiciel de sécurité sur cet ordinateur, ou le pare-feu de votre réseau — avant d&apos;atteindre le serveur. Les autres ports du même serveur fonctionnent.</translation>
    </message>
    <message>
        <source>Connections to this port are blocked on the way while other ports on the same server work: a firewall rule for this port.</source>
        <translation>Les connexions vers ce port sont bloquées en chemin, alors que les autres ports du même serveur fonctionnent&#xa0;: une règle de pare-feu vise ce port.</translation>
    </message>
    <message>
        <source>If you have a security program or firewall, allow the program you use, or pause the security program briefly to test.</source>
        <translation>Si vous avez un logiciel de sécurité ou un pare-feu, autorisez le programme que vous utilisez, ou mettez brièvement le logiciel de sécurité en pause pour tester.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, your network blocks it.</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d&apos;un téléphone)&#xa0;: si cela fonctionne, c&apos;est votre réseau qui bloque.</translation>
    </message>
    <message>
        <source>Look for a rule that rejects or drops the port in the local firewall (nft list ruleset, Windows Defender Firewall) and on the network&apos;s firewall.</source>
        <translation>Cherchez une règle qui rejette ou ignore ce port dans le pare-feu local (nft list ruleset, Pare-feu Windows Defender) et dans le pare-feu du réseau.</translation>
    </message>
    <message>
        <source>Adjust the firewall rule to allow the destination port, then run the diagnosis again.</source>
        <translation>Modifiez la règle de pare-feu pour autoriser le port de destination, puis relancez le diagnostic.</translation>
    </message>
    <message>
        <source>The proxy server blocks or breaks the connection</source>
        <translation>Le serveur proxy bloque ou coupe la connexion</translation>
    </message>
    <message>
        <source>Your connections go through a proxy server, and the proxy refuses or cuts off connections to this service, while a direct connection works.</source>
        <translation>Vos connexions passent par un serveur proxy, et ce proxy refuse ou coupe les connexions vers ce service, alors qu&apos;une connexion directe fonctionne.</translation>
    </message>
    <message>
        <source>Ask your IT department to allow this service through the proxy.</source>
        <translation>Demandez à votre service informatique d&apos;autoriser ce service à travers le proxy.</translation>
    </message>
    <message>
        <source>To test, bypass the proxy for this address (add it to the proxy exceptions).</source>
        <translation>Pour tester, contournez le proxy pour cette adresse (ajoutez-la aux exceptions du proxy).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s access rules and allowed ports for this destination (for HTTP CONNECT, the allowed ports list).</source>
        <translation>Vérifiez les règles d&apos;accès et les ports autorisés du proxy pour cette destination (pour HTTP CONNECT, la liste des ports autorisés).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s logs for the refusal quoted in the evidence.</source>
        <translation>Cherchez dans les journaux du proxy le refus cité dans les constats.</translation>
    </message>
    <message>
        <source>Large packets get lost in the VPN or tunnel</source>
        <translation>Les gros paquets se perdent dans le VPN ou le tunnel</translation>
    </message>
    <message>
        <source>The VPN may be cutting the connection</source>
        <translation>Le VPN coupe peut-être la connexion</translation>
    </message>
    <message>
        <source>Small messages get through, but large ones get stuck: the VPN or tunnel cannot carry full-sized packets and drops them. Uploads and downloads stall and then break.</source>
        <translation>Les petits messages passent, mais les gros restent bloqués&#xa0;: le VPN ou le tunnel ne peut pas transporter des paquets de taille normale et les élimine. Les envois et les téléchargements se figent, puis échouent.</translation>
    </message>
    <message>
        <source>A VPN is switched on and carries your traffic; VPNs often end idle or busy connections on their own.</source>
        <translation>Un VPN est activé et transporte votre trafic&#xa0;; les VPN coupent souvent d&apos;eux-mêmes les connexions inactives ou très chargées.</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department.</source>
        <translation>Désactivez le VPN et réessayez&#xa0;; si cela fonctionne, prévenez le fournisseur du VPN ou votre service informatique.</translation>
    </message>
    <message>
        <source>Lower the tunnel&apos;s MTU (for example to 1400), or enable MSS clamping on the VPN gateway.</source>
        <translation>Réduisez le MTU du tunnel (par exemple à 1400), ou activez le MSS clamping sur la passerelle VPN.</translation>
    </message>
    <message>
        <source>Check that ICMP &quot;fragmentation needed&quot; messages are not blocked on the path.</source>
        <translation>Vérifiez que les messages ICMP «&#xa0;fragmentation needed&#xa0;» ne sont pas bloqués sur le chemin.</translation>
    </message>
    <message>
        <source>This happens after pauses: if the program has a &quot;keep alive&quot; or &quot;reconnect&quot; setting, switch it on.</source>
        <translation>Cela arrive après des pauses&#xa0;: si le programme a un réglage «&#xa0;keep alive&#xa0;» (maintien de la connexion) ou «&#xa0;reconnexion&#xa0;», activez-le.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s support the number above: it is the cause.</source>
        <translation>Indiquez au support du service le délai ci-dessus&#xa0;: c&apos;est la cause du problème.</translation>
    </message>
    <message>
        <source>Or raise the idle timeout on the server, load balancer or firewall (for example nginx keepalive_timeout, an AWS ELB idle timeout, a NAT or firewall session timeout).</source>
        <translation>Ou augmentez le délai d&apos;inactivité sur le serveur, le répartiteur de charge ou le pare-feu (par exemple keepalive_timeout de nginx, le délai d&apos;inactivité d&apos;un ELB AWS, le délai de session d&apos;un NAT ou d&apos;un pare-feu).</translation>
    </message>
    <message>
        <source>Make clients reconnect and retry, with exponential backoff, when a pooled connection turns out dead.</source>
        <translation>Faites en sorte que les clients se reconnectent et réessaient, avec un délai exponentiel (exponential backoff), quand une connexion d&apos;un pool s&apos;avère morte.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off</source>
        <translation>Les envois de plus de %1 environ sont coupés</translation>
    </message>
    <message>
        <source>Try with a smaller file or fewer items at once.</source>
        <translation>Essayez avec un fichier plus petit ou moins d&apos;éléments à la fois.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator the size limit above.</source>
        <translation>Indiquez à l&apos;administrateur du service la limite de taille ci-dessus.</translation>
    </message>
    <message>
        <source>Raise the request size limit: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, or the limit of the proxy or web application firewall in front.</source>
        <translation>Augmentez la limite de taille des requêtes&#xa0;: client_max_body_size de nginx, LimitRequestBody d&apos;Apache, maxAllowedContentLength d&apos;IIS, ou la limite du proxy ou du pare-feu applicatif web placé devant.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to cutting the connection, so clients can say why.</source>
        <translation>Préférez répondre 413 Payload Too Large plutôt que couper la connexion, pour que les clients puissent en indiquer la raison.</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>Le serveur est surchargé</translation>
    </message>
    <message>
        <source>The more connections there are at the same time, the more of them the server cuts off: it is overloaded or limits how many clients it serves at once.</source>
        <translation>Plus il y a de connexions simultanées, plus le serveur en coupe&#xa0;: il est surchargé ou limite le nombre de clients qu&apos;il sert en même temps.</translation>
    </message>
    <message>
        <source>Try again later, outside busy hours.</source>
        <translation>Réessayez plus tard, en dehors des heures de pointe.</translation>
    </message>
    <message>
        <source>If your program makes many connections at once, reduce them.</source>
        <translation>Si votre programme ouvre de nombreuses connexions simultanées, réduisez-en le nombre.</translation>
    </message>
    <message>
        <source>Check the server&apos;s load, connection limits and accept queue (listen backlog, worker count, rate limits).</source>
        <translation>Vérifiez la charge du serveur, ses limites de connexions et sa file d&apos;attente d&apos;acceptation (listen backlog, nombre de workers, limites de débit).</translation>
    </message>
    <message>
        <source>Add capacity, or raise the limits; make clients retry with exponential backoff.</source>
        <translation>Ajoutez de la capacité ou augmentez les limites&#xa0;; faites réessayer les clients avec un délai exponentiel (exponential backoff).</translation>
    </message>
    <message>
        <source>If you are on Wi-Fi, move closer to the router or try a cable.</source>
        <translation>Si vous êtes en Wi-Fi, rapprochez-vous de la box (routeur) ou essayez avec un câble.</translation>
    </message>
    <message>
        <source>Restart your router; if it keeps happening, call your internet provider.</source>
        <translation>Redémarrez votre box (routeur)&#xa0;; si le problème persiste, appelez votre fournisseur d&apos;accès.</translation>
    </message>
    <message>
        <source>Make clients retry with exponential backoff.</source>
        <translation>Faites réessayer les clients avec un délai exponentiel (exponential backoff).</translation>
    </message>
    <message>
        <source>Secure connections to this site are being filtered</source>
        <translation>Les connexions sécurisées vers ce site sont filtrées</translation>
    </message>
    <message>
        <source>When your computer asks for a secure connection to this site by name, something on the way cuts it off; the same request with another name goes through. A filter (security software, a company or country firewall) is reading the name.</source>
        <translation>Quand votre ordinateur demande une connexion sécurisée vers ce site par son nom, quelque chose sur le chemin la coupe&#xa0;; la même demande avec un autre nom passe. Un filtre (logiciel de sécurité, pare-feu d&apos;entreprise ou d&apos;un pays) lit le nom.</translation>
    </message>
    <message>
        <source>If you have security software that checks web traffic, switch that feature off briefly to test.</source>
        <translation>Si vous avez un logiciel de sécurité qui analyse le trafic web, désactivez brièvement cette fonction pour tester.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot).</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d&apos;un téléphone).</translation>
    </message>
    <message>
        <source>Check web filtering and TLS inspection rules for this host name on firewalls and security software.</source>
        <translation>Vérifiez les règles de filtrage web et d&apos;inspection TLS pour ce nom d&apos;hôte sur les pare-feu et les logiciels de sécurité.</translation>
    </message>
    <message>
        <source>The server cuts off every connection right away</source>
        <translation>Le serveur coupe immédiatement toutes les connexions</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator: connections are reset as soon as they open.</source>
        <translation>Prévenez l&apos;administrateur du service&#xa0;: les connexions sont coupées (reset) dès leur ouverture.</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the time of the test; look for crashes, restarts, or access rules that reject this client.</source>
        <translation>Consultez les journaux de l&apos;application au moment du test&#xa0;; cherchez des plantages, des redémarrages ou des règles d&apos;accès qui rejettent ce client.</translation>
    </message>
    <message>
        <source>Check connection limits (per-IP limits, fail2ban, rate limiting).</source>
        <translation>Vérifiez les limites de connexions (limites par IP, fail2ban, limitation de débit).</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>Every test we ran succeeded: the connection works right now. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Tous nos tests ont réussi&#xa0;: la connexion fonctionne en ce moment. Si le problème va et vient, laissez la surveillance tourner pendant que vous travaillez pour le prendre sur le fait.</translation>
    </message>
    <message>
        <source>Keep the monitor running, and run the diagnosis again as soon as the error appears.</source>
        <translation>Laissez la surveillance tourner, et relancez le diagnostic dès que l&apos;erreur apparaît.</translation>
    </message>
    <message>
        <source>Compare the server&apos;s logs with the times the user saw the error.</source>
        <translation>Comparez les journaux du serveur avec les heures auxquelles l&apos;utilisateur a vu l&apos;erreur.</translation>
    </message>
    <message>
        <source>A device on the way cuts your connections</source>
        <translation>Un appareil sur le chemin coupe vos connexions</translation>
    </message>
    <message numerus="yes">
        <source>The connections are cut off by a device %n hop(s) from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</source>
        <translation>
            <numerusform>Les connexions sont coupées par un appareil situé à %n saut de vous — un pare-feu, un filtre, un proxy ou un équipement de sécurité sur le chemin — et non par le serveur, qui se trouve à %1 sauts.</numerusform>
            <numerusform>Les connexions sont coupées par un appareil situé à %n sauts de vous — un pare-feu, un filtre, un proxy ou un équipement de sécurité sur le chemin — et non par le serveur, qui se trouve à %1 sauts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections are cut off by a device on the way — a firewall, filter, proxy or security appliance — not by the server.</source>
        <translation>Les connexions sont coupées par un appareil sur le chemin — un pare-feu, un filtre, un proxy ou un équipement de sécurité — et non par le serveur.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a device on your network cuts the connections.</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d&apos;un téléphone)&#xa0;: si cela fonctionne, c&apos;est un appareil de votre réseau qui coupe les connexions.</translation>
    </message>
    <message>
        <source>Find the device at that distance (traceroute to the server) and look in its logs for the resets; firewalls, intrusion prevention and web filters send them.</source>
        <translation>Trouvez l&apos;appareil situé à cette distance (traceroute vers le serveur) et cherchez les resets dans ses journaux&#xa0;; les pare-feu, les systèmes de prévention d&apos;intrusion et les filtres web en envoient.</translation>
    </message>
    <message>
        <source>Adjust the rule that resets these connections, then watch again.</source>
        <translation>Modifiez la règle qui coupe ces connexions, puis relancez la surveillance des resets.</translation>
    </message>
    <message>
        <source>The server itself resets %1&apos;s connections</source>
        <translation>Le serveur lui-même coupe les connexions de %1</translation>
    </message>
    <message>
        <source>The resets come from the server (%1) itself, not from a device on the way: its software, or something on the server, ends these connections.</source>
        <translation>Les resets viennent du serveur (%1) lui-même, et non d&apos;un appareil sur le chemin&#xa0;: son logiciel, ou un autre élément du serveur, met fin à ces connexions.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator when the resets happened: the times are in the report.</source>
        <translation>Indiquez à l&apos;administrateur du service quand les resets se sont produits&#xa0;: les heures figurent dans le rapport.</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the times of the resets; look for crashes, restarts, timeouts, or access rules that reject this client.</source>
        <translation>Consultez les journaux de l&apos;application aux heures des resets&#xa0;; cherchez des plantages, des redémarrages, des délais d&apos;expiration ou des règles d&apos;accès qui rejettent ce client.</translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are closed after about %n second(s)</source>
        <translation>
            <numerusform>Les connexions inactives sont fermées au bout d&apos;environ %n seconde</numerusform>
            <numerusform>Les connexions inactives sont fermées au bout d&apos;environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are forgotten after about %n second(s)</source>
        <translation>
            <numerusform>Les connexions inactives sont oubliées au bout d&apos;environ %n seconde</numerusform>
            <numerusform>Les connexions inactives sont oubliées au bout d&apos;environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</source>
        <translation>
            <numerusform>Quand une connexion reste inactive pendant environ %n seconde, un appareil sur le chemin (un pare-feu ou un routeur NAT) ou le serveur l&apos;oublie. Rien ne se passe pendant la pause&#xa0;; le premier message envoyé ensuite reçoit un reset en réponse.</numerusform>
            <numerusform>Quand une connexion reste inactive pendant environ %n secondes, un appareil sur le chemin (un pare-feu ou un routeur NAT) ou le serveur l&apos;oublie. Rien ne se passe pendant la pause&#xa0;; le premier message envoyé ensuite reçoit un reset en réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are silently dropped after about %n second(s)</source>
        <translation>
            <numerusform>Les connexions inactives sont abandonnées sans prévenir au bout d&apos;environ %n seconde</numerusform>
            <numerusform>Les connexions inactives sont abandonnées sans prévenir au bout d&apos;environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</source>
        <translation>
            <numerusform>Quand une connexion reste inactive pendant environ %n seconde, un appareil sur le chemin (un routeur ou un pare-feu) l&apos;oublie sans prévenir personne. Le premier message envoyé après la pause ne reçoit aucune réponse, et le programme attend jusqu&apos;à ce qu&apos;il abandonne.</numerusform>
            <numerusform>Quand une connexion reste inactive pendant environ %n secondes, un appareil sur le chemin (un routeur ou un pare-feu) l&apos;oublie sans prévenir personne. Le premier message envoyé après la pause ne reçoit aucune réponse, et le programme attend jusqu&apos;à ce qu&apos;il abandonne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are cut off after about %n second(s)</source>
        <translation>
            <numerusform>Les connexions inactives sont coupées au bout d&apos;environ %n seconde</numerusform>
            <numerusform>Les connexions inactives sont coupées au bout d&apos;environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %1, a device %n hop(s) from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</source>
        <translation>
            <numerusform>Quand une connexion reste inactive pendant environ %1, un appareil situé à %n saut de vous (un routeur, un NAT ou un pare-feu) — et non le serveur — la coupe par un reset.</numerusform>
            <numerusform>Quand une connexion reste inactive pendant environ %1, un appareil situé à %n sauts de vous (un routeur, un NAT ou un pare-feu) — et non le serveur — la coupe par un reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.</source>
        <translation>
            <numerusform>Quand une connexion reste inactive pendant environ %n seconde, le serveur ou un appareil placé devant lui (un répartiteur de charge ou un pare-feu) la coupe par un reset, pendant la pause.</numerusform>
            <numerusform>Quand une connexion reste inactive pendant environ %n secondes, le serveur ou un appareil placé devant lui (un répartiteur de charge ou un pare-feu) la coupe par un reset, pendant la pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable TCP keep-alive (or application pings) every %n second(s) or less, below the idle timeout of about %1.</source>
        <translation>
            <numerusform>Activez le keep-alive TCP (ou des pings applicatifs) à intervalles de %n seconde au plus, sous le délai d&apos;inactivité d&apos;environ %1.</numerusform>
            <numerusform>Activez le keep-alive TCP (ou des pings applicatifs) à intervalles de %n secondes au plus, sous le délai d&apos;inactivité d&apos;environ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused</source>
        <translation>Les envois de plus de %1 environ sont refusés</translation>
    </message>
    <message>
        <source>The server accepts requests up to about %1 and answers larger ones with &quot;413 Payload Too Large&quot;: it says no, and the connection is not cut off. Smaller requests work.</source>
        <translation>Le serveur accepte les requêtes jusqu&apos;à environ %1 et répond aux plus grosses par «&#xa0;413 Payload Too Large&#xa0;»&#xa0;: il dit non, et la connexion n&apos;est pas coupée. Les requêtes plus petites fonctionnent.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped</source>
        <translation>Les envois de plus de %1 environ sont interrompus</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and closes the connection while a larger one is still being sent, without an answer. Smaller requests work.</source>
        <translation>Le serveur (ou ce qui se trouve devant lui) accepte les requêtes jusqu&apos;à environ %1 et ferme la connexion sans répondre pendant qu&apos;une requête plus grosse est encore en cours d&apos;envoi. Les requêtes plus petites fonctionnent.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to closing the connection, so clients can say why.</source>
        <translation>Préférez répondre 413 Payload Too Large plutôt que fermer la connexion, pour que les clients puissent en indiquer la raison.</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and cuts off anything larger with a reset, halfway through sending. Smaller requests work.</source>
        <translation>Le serveur (ou ce qui se trouve devant lui) accepte les requêtes jusqu&apos;à environ %1 et coupe tout ce qui est plus gros par un reset, en plein envoi. Les requêtes plus petites fonctionnent.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off at random</source>
        <translation>Environ %1&#xa0;% des connexions sont coupées au hasard</translation>
    </message>
    <message>
        <source>The network connection may be unstable</source>
        <translation>La connexion réseau est peut-être instable</translation>
    </message>
    <message>
        <source>This computer&apos;s counters show connections being reset while the tests ran: the network between you and the servers may drop them now and then.</source>
        <translation>Les compteurs de cet ordinateur montrent des connexions coupées (reset) pendant les tests&#xa0;: le réseau entre vous et les serveurs en perd peut-être de temps en temps.</translation>
    </message>
    <message>
        <source>Check the path for loss and flapping links (mtr, interface error counters), and the server&apos;s logs at the times of the resets.</source>
        <translation>Vérifiez les pertes et les liens instables sur le chemin (mtr, compteurs d&apos;erreurs des interfaces), ainsi que les journaux du serveur aux heures des resets.</translation>
    </message>
    <message>
        <source>The server cuts off about %1% of connections right away</source>
        <translation>Le serveur coupe immédiatement environ %1&#xa0;% des connexions</translation>
    </message>
    <message>
        <source>Nothing we saw explains a reset. Some tests found something worth knowing (below), but not a cause of the connections being cut off. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Rien de ce que nous avons vu n&apos;explique un reset. Certains tests ont trouvé quelque chose d&apos;utile à savoir (ci-dessous), mais pas de cause aux coupures des connexions. Si le problème va et vient, laissez la surveillance tourner pendant que vous travaillez pour le prendre sur le fait.</translation>
    </message>
    <message>
        <source>The service&apos;s answers never end</source>
        <translation>Les réponses du service ne finissent jamais</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>Chaque connexion au service (%n au total) a reçu une réponse qui ne finissait pas&#xa0;: elle allait bien au-delà de ce qu&apos;une réponse demande, ou continuait d&apos;arriver au compte-gouttes jusqu&apos;à la fin du temps accordé.</numerusform>
            <numerusform>Chaque connexion au service (%n au total) a reçu une réponse qui ne finissait pas&#xa0;: elle allait bien au-delà de ce qu&apos;une réponse demande, ou continuait d&apos;arriver au compte-gouttes jusqu&apos;à la fin du temps accordé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>%1 connexion au service sur %n a reçu une réponse qui ne finissait pas&#xa0;: elle allait bien au-delà de ce qu&apos;une réponse demande, ou continuait d&apos;arriver au compte-gouttes jusqu&apos;à la fin du temps accordé.</numerusform>
            <numerusform>%1 connexions au service sur %n ont reçu une réponse qui ne finissait pas&#xa0;: elle allait bien au-delà de ce qu&apos;une réponse demande, ou continuait d&apos;arriver au compte-gouttes jusqu&apos;à la fin du temps accordé.</numerusform>
        </translation>
    </message>
    <message>
        <source>A program that waits for the end of such an answer waits for ever, or gives up and cuts the connection. A server stuck in a loop, or a device on the way that holds connections open, does this.</source>
        <translation>Un programme qui attend la fin d&apos;une telle réponse attend indéfiniment, ou abandonne et coupe la connexion. C&apos;est ce que fait un serveur pris dans une boucle, ou un appareil sur le chemin qui garde les connexions ouvertes.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that its answers never end, and send them this report.</source>
        <translation>Dites à l&apos;administrateur du service que ses réponses ne finissent jamais, et envoyez-lui ce rapport.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the answers end there, a device on your network holds the connections open.</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d&apos;un téléphone)&#xa0;: si les réponses y finissent, un appareil de votre réseau garde les connexions ouvertes.</translation>
    </message>
    <message>
        <source>Look in the service&apos;s logs for requests that never complete, and at any proxy or load balancer in front of it (response buffering, streaming, keep-alive settings).</source>
        <translation>Cherchez dans les journaux du service les requêtes qui ne se terminent jamais, et examinez le proxy ou l&apos;équilibreur de charge placé devant (mise en mémoire tampon des réponses, streaming, réglages keep-alive).</translation>
    </message>
    <message>
        <source>Fetch the address with curl -v and watch where the answer stalls or repeats.</source>
        <translation>Récupérez l&apos;adresse avec curl -v et regardez où la réponse bloque ou se répète.</translation>
    </message>
    <message>
        <source>Something other than the service answers at this address</source>
        <translation>Autre chose que le service répond à cette adresse</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) was answered, but not as a web service answers.</source>
        <translation>
            <numerusform>Chaque connexion au service (%n au total) a reçu une réponse, mais pas comme répond un service web.</numerusform>
            <numerusform>Chaque connexion au service (%n au total) a reçu une réponse, mais pas comme répond un service web.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service were answered, but not as a web service answers.</source>
        <translation>
            <numerusform>%1 connexion au service sur %n a reçu une réponse, mais pas comme répond un service web.</numerusform>
            <numerusform>%1 connexions au service sur %n ont reçu une réponse, mais pas comme répond un service web.</numerusform>
        </translation>
    </message>
    <message>
        <source>Either another kind of service listens at this address and port, or something on the way (a security device, a filter, a proxy) answers in the service&apos;s place.</source>
        <translation>Soit un autre type de service écoute à cette adresse et sur ce port, soit quelque chose sur le chemin (un équipement de sécurité, un filtre, un proxy) répond à la place du service.</translation>
    </message>
    <message>
        <source>Check that the address and port are right: another kind of service may listen on this port.</source>
        <translation>Vérifiez que l&apos;adresse et le port sont corrects&#xa0;: un autre type de service écoute peut-être sur ce port.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the service answers normally there, something on your network answers in its place.</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d&apos;un téléphone)&#xa0;: si le service y répond normalement, quelque chose sur votre réseau répond à sa place.</translation>
    </message>
    <message>
        <source>Check what listens on the port (ss -ltnp) and that it speaks what the clients expect (HTTP, or TLS on 443).</source>
        <translation>Vérifiez ce qui écoute sur le port (ss -ltnp) et que cela parle ce qu&apos;attendent les clients (HTTP, ou TLS sur 443).</translation>
    </message>
    <message>
        <source>Read the first bytes of the answer in the evidence: another protocol&apos;s greeting (SSH, SMTP) means another service on the port; unreadable bytes may be an encrypted (TLS) service asked in plain text, or a device in between.</source>
        <translation>Lisez les premiers octets de la réponse dans les éléments de preuve&#xa0;: l&apos;accueil d&apos;un autre protocole (SSH, SMTP) signifie un autre service sur le port&#xa0;; des octets illisibles peuvent venir d&apos;un service chiffré (TLS) interrogé en clair, ou d&apos;un appareil entre les deux.</translation>
    </message>
    <message numerus="yes">
        <source>The packets show that a device %n hop(s) from you, not the server, sent the resets.</source>
        <translation>
            <numerusform>Les paquets montrent que c&apos;est un appareil situé à %n saut de vous, et non le serveur, qui a envoyé les resets.</numerusform>
            <numerusform>Les paquets montrent que c&apos;est un appareil situé à %n sauts de vous, et non le serveur, qui a envoyé les resets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The packets show that a device on the way, not the server, sent the resets.</source>
        <translation>Les paquets montrent que c&apos;est un appareil sur le chemin, et non le serveur, qui a envoyé les resets.</translation>
    </message>
    <message>
        <source>The packets show that the server itself sent the resets.</source>
        <translation>Les paquets montrent que c&apos;est le serveur lui-même qui a envoyé les resets.</translation>
    </message>
    <message>
        <source>Whether the server or a device on the way (a firewall or filter) sent the resets is not known.</source>
        <translation>On ne sait pas si c&apos;est le serveur ou un appareil sur le chemin (un pare-feu ou un filtre) qui a envoyé les resets.</translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</source>
        <translation>
            <numerusform>Quand une connexion reste inactive pendant environ %n seconde, le serveur ou un répartiteur de charge placé devant lui la ferme poliment. Un programme qui réutilise une telle connexion reçoit une erreur, ou un reset d&apos;un appareil qui l&apos;a oubliée.</numerusform>
            <numerusform>Quand une connexion reste inactive pendant environ %n secondes, le serveur ou un répartiteur de charge placé devant lui la ferme poliment. Un programme qui réutilise une telle connexion reçoit une erreur, ou un reset d&apos;un appareil qui l&apos;a oubliée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Plus il y a de connexions simultanées, plus le serveur en coupe&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
            <numerusform>Plus il y a de connexions simultanées, plus le serveur en coupe&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Plus il y a de connexions simultanées, plus le serveur en ferme sans répondre (sans reset)&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
            <numerusform>Plus il y a de connexions simultanées, plus le serveur en ferme sans répondre (sans reset)&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Plus il y a de connexions simultanées, plus elles sont nombreuses à ne pas recevoir de réponse à temps&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
            <numerusform>Plus il y a de connexions simultanées, plus elles sont nombreuses à ne pas recevoir de réponse à temps&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Plus il y a de connexions simultanées, plus elles sont nombreuses à se terminer sans réponse normale&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
            <numerusform>Plus il y a de connexions simultanées, plus elles sont nombreuses à se terminer sans réponse normale&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is overloaded or limits how many clients it serves at once.</source>
        <translation>Le serveur est surchargé ou limite le nombre de clients qu&apos;il sert en même temps.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</source>
        <translation>
            <numerusform>Connexions coupées&#xa0;: %1 sur %n (la part réelle se situe probablement entre %2&#xa0;% et %3&#xa0;%), qu&apos;il y en ait eu peu ou beaucoup d&apos;ouvertes à la fois&#xa0;: ce n&apos;est pas un problème de charge.</numerusform>
            <numerusform>Connexions coupées&#xa0;: %1 sur %n (la part réelle se situe probablement entre %2&#xa0;% et %3&#xa0;%), qu&apos;il y en ait eu peu ou beaucoup d&apos;ouvertes à la fois&#xa0;: ce n&apos;est pas un problème de charge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</source>
        <translation>
            <numerusform>Connexions coupées&#xa0;: %1 sur %n (la part réelle se situe probablement entre %2&#xa0;% et %3&#xa0;%). Le temps accordé n&apos;a pas suffi pour savoir si davantage de connexions sont coupées sous charge.</numerusform>
            <numerusform>Connexions coupées&#xa0;: %1 sur %n (la part réelle se situe probablement entre %2&#xa0;% et %3&#xa0;%). Le temps accordé n&apos;a pas suffi pour savoir si davantage de connexions sont coupées sous charge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every connection is cut off right away, by the server or a device on the way</source>
        <translation>Toutes les connexions sont coupées immédiatement, par le serveur ou par un appareil sur le chemin</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off right away, by the server or a device on the way</source>
        <translation>Environ %1&#xa0;% des connexions sont coupées immédiatement, par le serveur ou par un appareil sur le chemin</translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) opened and were then cut off at once.</source>
        <translation>
            <numerusform>La %n connexion s&apos;est ouverte, puis a été coupée aussitôt.</numerusform>
            <numerusform>Toutes les %n connexions se sont ouvertes, puis ont été coupées aussitôt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</source>
        <translation>
            <numerusform>Connexions ouvertes puis coupées&#xa0;: %1 sur %n (la part réelle se situe probablement entre %2&#xa0;% et %3&#xa0;%)&#xa0;; les autres ont fonctionné.</numerusform>
            <numerusform>Connexions ouvertes puis coupées&#xa0;: %1 sur %n (la part réelle se situe probablement entre %2&#xa0;% et %3&#xa0;%)&#xa0;; les autres ont fonctionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the logs of firewalls and intrusion-prevention systems on the way for resets of this address; run the diagnosis with the reset watch to see who sends them.</source>
        <translation>Cherchez les resets de cette adresse dans les journaux des pare-feu et des systèmes de prévention d&apos;intrusion sur le chemin&#xa0;; lancez le diagnostic avec la surveillance des resets pour voir qui les envoie.</translation>
    </message>
    <message>
        <source>Large packets vanish on the way: only packets up to %1 bytes get through</source>
        <translation>Les gros paquets disparaissent en chemin&#xa0;: seuls les paquets jusqu&apos;à %1 octets passent</translation>
    </message>
    <message>
        <source>Large packets vanish on the way to the service</source>
        <translation>Les gros paquets disparaissent sur le chemin du service</translation>
    </message>
    <message>
        <source>Packets of up to %1 bytes reach the service; larger ones (this computer sends up to %2 bytes) are lost on the way, and nothing says so.</source>
        <translation>Les paquets jusqu&apos;à %1 octets atteignent le service&#xa0;; les plus gros (cet ordinateur envoie jusqu&apos;à %2 octets) se perdent en chemin, sans que rien ne le signale.</translation>
    </message>
    <message>
        <source>Small packets reach the service, full-sized ones are lost on the way, and nothing says so.</source>
        <translation>Les petits paquets atteignent le service, ceux de taille normale se perdent en chemin, sans que rien ne le signale.</translation>
    </message>
    <message>
        <source>The VPN or tunnel carries this route: its packets do not fit the network under it, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Cette route passe par le VPN ou le tunnel&#xa0;: ses paquets sont trop grands pour le réseau qui le transporte, et les messages «&#xa0;packet too big&#xa0;» qui corrigeraient cela sont bloqués.</translation>
    </message>
    <message>
        <source>A link on the way (a VPN, PPPoE or a tunnel) carries smaller packets, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Un lien sur le chemin (un VPN, PPPoE ou un tunnel) transporte des paquets plus petits, et les messages «&#xa0;packet too big&#xa0;» qui corrigeraient cela sont bloqués.</translation>
    </message>
    <message>
        <source>Small requests work; uploads and large answers stall, then break or are reset.</source>
        <translation>Les petites requêtes fonctionnent&#xa0;; les envois et les grosses réponses se figent, puis échouent ou sont coupés (reset).</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department the packet size above.</source>
        <translation>Désactivez le VPN et réessayez&#xa0;; si cela fonctionne, indiquez la taille de paquet ci-dessus au fournisseur du VPN ou à votre service informatique.</translation>
    </message>
    <message>
        <source>Tell your network administrator or internet provider the packet size above: larger packets are lost on the way.</source>
        <translation>Indiquez la taille de paquet ci-dessus à votre administrateur réseau ou à votre fournisseur d&apos;accès&#xa0;: les paquets plus gros se perdent en chemin.</translation>
    </message>
    <message>
        <source>Set the MTU of %1 to %2 or less, or clamp the TCP MSS to %3 on the router or VPN gateway (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</source>
        <translation>Réglez le MTU de %1 à %2 ou moins, ou limitez le MSS TCP à %3 (MSS clamping) sur le routeur ou la passerelle VPN (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</translation>
    </message>
    <message>
        <source>the interface that carries this route</source>
        <translation>l&apos;interface par laquelle passe cette route</translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; (type 3, code 4) and ICMPv6 &quot;packet too big&quot; through on every firewall on the path.</source>
        <translation>Laissez passer ICMP «&#xa0;fragmentation needed&#xa0;» (type 3, code 4) et ICMPv6 «&#xa0;packet too big&#xa0;» sur chaque pare-feu du chemin.</translation>
    </message>
    <message>
        <source>A filter on the server cuts off these requests</source>
        <translation>Un filtre sur le serveur coupe ces requêtes</translation>
    </message>
    <message>
        <source>Something on the way reads your requests and cuts them off</source>
        <translation>Quelque chose sur le chemin lit vos requêtes et les coupe</translation>
    </message>
    <message>
        <source>The address&apos;s path (%1) sets it off: the same request for another path is answered.</source>
        <translation>C&apos;est le chemin de l&apos;adresse (%1) qui déclenche la coupure&#xa0;: la même requête pour un autre chemin reçoit une réponse.</translation>
    </message>
    <message>
        <source>The server name in the request (%1) sets it off: the same request with another name is answered.</source>
        <translation>C&apos;est le nom du serveur dans la requête (%1) qui déclenche la coupure&#xa0;: la même requête avec un autre nom reçoit une réponse.</translation>
    </message>
    <message>
        <source>Both the path and the server name in the request set it off.</source>
        <translation>Le chemin et le nom du serveur dans la requête déclenchent tous deux la coupure.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off, while the same server and port answer a neutral request: a content filter or intrusion-prevention system reads what is sent.</source>
        <translation>Les requêtes pour cette adresse sont coupées, alors que le même serveur et le même port répondent à une requête neutre&#xa0;: un filtre de contenu ou un système de prévention d&apos;intrusion lit ce qui est envoyé.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a filter on your network cuts these requests.</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d&apos;un téléphone)&#xa0;: si cela fonctionne, c&apos;est un filtre de votre réseau qui coupe ces requêtes.</translation>
    </message>
    <message>
        <source>Tell your IT department which address is cut off: the report says which part of the request sets the filter off.</source>
        <translation>Indiquez à votre service informatique quelle adresse est coupée&#xa0;: le rapport précise quelle partie de la requête déclenche le filtre.</translation>
    </message>
    <message>
        <source>Look in the logs of firewalls, intrusion-prevention systems and web application firewalls for the rule that matches this request, and adjust it.</source>
        <translation>Cherchez dans les journaux des pare-feu, des systèmes de prévention d&apos;intrusion et des pare-feu applicatifs web la règle qui correspond à cette requête, et modifiez-la.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service did not work.</source>
        <translation>
            <numerusform>Connexions au service qui n&apos;ont pas fonctionné&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Connexions au service qui n&apos;ont pas fonctionné&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test failed, and no known cause fits</source>
        <translation>Un test a échoué, et aucune cause connue ne correspond</translation>
    </message>
    <message>
        <source>What failed: %1 No cause the app knows explains it; the report&apos;s details say what happened.</source>
        <translation>Ce qui a échoué&#xa0;: %1 Aucune cause connue de l&apos;application ne l&apos;explique&#xa0;; les détails du rapport indiquent ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Run the diagnosis again when the error appears, and send the report to your helpdesk.</source>
        <translation>Relancez le diagnostic quand l&apos;erreur apparaît, et envoyez le rapport à votre assistance informatique.</translation>
    </message>
    <message>
        <source>Read the failed tests in the report&apos;s details, and compare them with the service&apos;s logs at that time.</source>
        <translation>Lisez les tests échoués dans les détails du rapport, et comparez-les avec les journaux du service à ce moment-là.</translation>
    </message>
    <message>
        <source>A filter reads your requests and cuts them off</source>
        <translation>Un filtre lit vos requêtes et les coupe</translation>
    </message>
    <message>
        <source>Neither the path nor the server name sets it off alone: only the two together do.</source>
        <translation>Ni le chemin ni le nom du serveur ne le déclenchent seuls : seulement les deux ensemble.</translation>
    </message>
    <message>
        <source>%1 on this computer ends its own connections</source>
        <translation>%1 sur cet ordinateur coupe lui-même ses connexions</translation>
    </message>
    <message>
        <source>The resets that ended %1&apos;s connections to %2 came from this computer, because the program itself ended them: %3. That is an error or a habit of the program, not of the network or the server.</source>
        <translation>Les réinitialisations qui ont coupé les connexions de %1 vers %2 venaient de cet ordinateur, parce que le programme les a lui-même terminées : %3. C’est une erreur ou une habitude du programme, pas du réseau ni du serveur.</translation>
    </message>
    <message>
        <source>Update %1, or try another program for the same task.</source>
        <translation>Mettez %1 à jour, ou essayez un autre programme pour la même tâche.</translation>
    </message>
    <message>
        <source>Tell whoever supports %1 when it happened: the times are in the report.</source>
        <translation>Indiquez au support de %1 quand c’est arrivé : les heures figurent dans le rapport.</translation>
    </message>
    <message>
        <source>Look at how the program closes its connections: closing a socket with received data unread, or with a zero linger time, makes the system send a reset (the report names the system&apos;s reason for each).</source>
        <translation>Regardez comment le programme ferme ses connexions : fermer un socket avec des données reçues non lues, ou avec un délai linger nul, fait envoyer une réinitialisation par le système (le rapport donne la raison du système pour chacune).</translation>
    </message>
    <message>
        <source>Check the program&apos;s logs at the times of the resets for errors that made it give up on the connection.</source>
        <translation>Cherchez dans les journaux du programme, aux heures des réinitialisations, les erreurs qui l’ont fait abandonner la connexion.</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>Checking: %1...</source>
        <translation>Vérifications en cours&#xa0;: %1...</translation>
    </message>
    <message>
        <source>Cannot write the monitor&apos;s log: %1</source>
        <translation>Impossible d&apos;écrire le journal de surveillance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Results for %1: %2.</source>
        <translation>Résultats pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Watching resets: %1.</source>
        <translation>Surveillance des resets&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Watching every program&apos;s resets for %n second(s)...</source>
        <translation>
            <numerusform>Surveillance des resets de tous les programmes pendant %n seconde...</numerusform>
            <numerusform>Surveillance des resets de tous les programmes pendant %n secondes...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen.</source>
        <translation>
            <numerusform>%n reset observé.</numerusform>
            <numerusform>%n resets observés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time.</source>
        <translation>
            <numerusform>Le système a abandonné %n événement qu&apos;il n&apos;a pas pu transmettre à temps.</numerusform>
            <numerusform>Le système a abandonné %n événements qu&apos;il n&apos;a pas pu transmettre à temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for %1: none.</source>
        <translation>Résultats pour %1&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>No connection finished before the stop.</source>
        <translation>Aucune connexion ne s’est terminée avant l’arrêt.</translation>
    </message>
    <message numerus="yes">
        <source>The %n connection(s) that finished worked; the rest were stopped.</source>
        <translation>
            <numerusform>La %n connexion terminée a fonctionné&#xa0;; les autres ont été arrêtées.</numerusform>
            <numerusform>Les %n connexions terminées ont fonctionné&#xa0;; les autres ont été arrêtées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %n second(s), one connection every %2 ms...</source>
        <translation>
            <numerusform>Surveillance de %1 pendant %n seconde, une connexion toutes les %2 ms...</numerusform>
            <numerusform>Surveillance de %1 pendant %n secondes, une connexion toutes les %2 ms...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing %1, %n time(s)...</source>
        <translation>
            <numerusform>Test de %1, %n fois...</numerusform>
            <numerusform>Test de %1, %n fois...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log in %1, from %2 on...</source>
        <translation>Lecture du journal de la surveillance en arrière-plan dans %1, à partir du %2...</translation>
    </message>
</context>
<context>
    <name>HelperResetSource</name>
    <message>
        <source>Permission was not given in time.</source>
        <translation>L&apos;autorisation n&apos;a pas été donnée à temps.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper did not answer.</source>
        <translation>Le programme auxiliaire de la surveillance des resets n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper (%1) is not installed.</source>
        <translation>Le programme auxiliaire de la surveillance des resets (%1) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper could not be started: %1</source>
        <translation>Le programme auxiliaire de la surveillance des resets n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer.</source>
        <translation>La surveillance des resets n&apos;est pas autorisée à voir les connexions de cet ordinateur.</translation>
    </message>
    <message>
        <source>Permission to watch resets was not given.</source>
        <translation>L&apos;autorisation de surveiller les resets n&apos;a pas été donnée.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped unexpectedly.</source>
        <translation>Le programme auxiliaire de la surveillance des resets s&apos;est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper ended without saying what it can see (exit status %1).</source>
        <translation>Le programme auxiliaire de la surveillance des resets s&apos;est terminé sans indiquer ce qu&apos;il peut voir (code de sortie %1).</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer: its helper is only for members of the connection-doctor group.</source>
        <translation>La surveillance des resets n’a pas le droit de voir les connexions de cet ordinateur&#xa0;: son programme auxiliaire est réservé aux membres du groupe connection-doctor.</translation>
    </message>
</context>
<context>
    <name>HttpContentExperiment</name>
    <message>
        <source>The service is not a web service, so what its requests ask for was not tested.</source>
        <translation>Le service n&apos;est pas un service web, ce que demandent ses requêtes n&apos;a donc pas été testé.</translation>
    </message>
    <message>
        <source>Requests to this service are encrypted, so a device on the way can read only the site&apos;s name (see the secure connection test).</source>
        <translation>Les requêtes vers ce service sont chiffrées, un appareil sur le chemin ne peut donc lire que le nom du site (voir le test «&#xa0;Connexion sécurisée&#xa0;»).</translation>
    </message>
    <message>
        <source>Requests for this address are not cut off for what they ask for.</source>
        <translation>Les requêtes pour cette adresse ne sont pas coupées à cause de ce qu&apos;elles demandent.</translation>
    </message>
    <message>
        <source>Requests to this server are cut off whatever they ask for.</source>
        <translation>Les requêtes vers ce serveur sont coupées, quoi qu&apos;elles demandent.</translation>
    </message>
    <message>
        <source>Some requests were cut off, but not every time: not a rule about what they ask for.</source>
        <translation>Certaines requêtes ont été coupées, mais pas à chaque fois&#xa0;: ce n&apos;est pas une règle liée à ce qu&apos;elles demandent.</translation>
    </message>
    <message>
        <source>Requests for %1 are cut off while other requests to the same server are answered: something reads the path.</source>
        <translation>Les requêtes pour %1 sont coupées alors que les autres requêtes vers le même serveur reçoivent une réponse&#xa0;: quelque chose lit le chemin.</translation>
    </message>
    <message>
        <source>Requests naming %1 are cut off while requests with another name are answered: something reads the server name.</source>
        <translation>Les requêtes qui nomment %1 sont coupées alors que les requêtes avec un autre nom reçoivent une réponse&#xa0;: quelque chose lit le nom du serveur.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off while other requests to the same server are answered: something reads them.</source>
        <translation>Les requêtes pour cette adresse sont coupées alors que les autres requêtes vers le même serveur reçoivent une réponse&#xa0;: quelque chose les lit.</translation>
    </message>
</context>
<context>
    <name>IdleTimeoutExperiment</name>
    <message>
        <source>No service was given, so idle connections were not tested.</source>
        <translation>Aucun service n&apos;a été indiqué, les connexions inactives n&apos;ont donc pas été testées.</translation>
    </message>
    <message>
        <source>The time allowed is too short to test idle connections.</source>
        <translation>Le temps accordé est trop court pour tester les connexions inactives.</translation>
    </message>
    <message>
        <source>Idle connections were cut off at random, not after a fixed idle time.</source>
        <translation>Les connexions inactives ont été coupées au hasard, pas après une durée d&apos;inactivité fixe.</translation>
    </message>
    <message numerus="yes">
        <source>Connections stayed open while idle for %n second(s), as long as we tested.</source>
        <translation>
            <numerusform>Les connexions sont restées ouvertes pendant %n seconde d&apos;inactivité, soit toute la durée du test.</numerusform>
            <numerusform>Les connexions sont restées ouvertes pendant %n secondes d&apos;inactivité, soit toute la durée du test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>La %n connexion a été coupée dès son ouverture, avant toute période d&apos;inactivité.</numerusform>
            <numerusform>Chacune des %n connexions a été coupée dès son ouverture, avant toute période d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server closed every one of %n connection(s) as soon as it opened.</source>
        <translation>
            <numerusform>Le serveur a fermé la %n connexion dès son ouverture.</numerusform>
            <numerusform>Le serveur a fermé chacune des %n connexions dès son ouverture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are closed after about %n second(s).</source>
        <translation>
            <numerusform>Les connexions laissées inactives sont fermées au bout d&apos;environ %n seconde.</numerusform>
            <numerusform>Les connexions laissées inactives sont fermées au bout d&apos;environ %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are cut off (reset) after about %n second(s) of quiet.</source>
        <translation>
            <numerusform>Les connexions laissées inactives sont coupées (reset) au bout d&apos;environ %n seconde d&apos;inactivité.</numerusform>
            <numerusform>Les connexions laissées inactives sont coupées (reset) au bout d&apos;environ %n secondes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are forgotten: the first message after the pause is answered with a reset.</source>
        <translation>
            <numerusform>Les connexions laissées inactives pendant environ %n seconde sont oubliées&#xa0;: le premier message après la pause reçoit un reset en réponse.</numerusform>
            <numerusform>Les connexions laissées inactives pendant environ %n secondes sont oubliées&#xa0;: le premier message après la pause reçoit un reset en réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are silently dropped: the first message after the pause gets no answer.</source>
        <translation>
            <numerusform>Les connexions laissées inactives pendant environ %n seconde sont abandonnées sans prévenir&#xa0;: le premier message après la pause ne reçoit aucune réponse.</numerusform>
            <numerusform>Les connexions laissées inactives pendant environ %n secondes sont abandonnées sans prévenir&#xa0;: le premier message après la pause ne reçoit aucune réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closes each connection after its answer, so no connection sits idle to be cut off.</source>
        <translation>Le serveur ferme chaque connexion après sa réponse : aucune connexion ne reste inactive assez longtemps pour être coupée.</translation>
    </message>
    <message numerus="yes">
        <source>Connections were lost when used after a pause, even after the shortest one tested (%n second(s)): they are forgotten sooner than that, or cut off at random.</source>
        <translation>
            <numerusform>Les connexions ont été perdues quand elles ont servi après une pause, même après la plus courte testée (%n seconde) : elles sont oubliées plus tôt, ou coupées au hasard.</numerusform>
            <numerusform>Les connexions ont été perdues quand elles ont servi après une pause, même après la plus courte testée (%n secondes) : elles sont oubliées plus tôt, ou coupées au hasard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections failed before they could sit idle, so idle time was not tested.</source>
        <translation>Les connexions ont échoué avant de pouvoir rester inactives : le délai d&apos;inactivité n&apos;a donc pas été testé.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off or closed as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>La connexion (%n) a été coupée ou fermée dès son ouverture, avant toute inactivité.</numerusform>
            <numerusform>Chacune des %n connexions a été coupée ou fermée dès son ouverture, avant toute inactivité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfacesCheck</name>
    <message>
        <source>This computer is not connected to any network: no network connection is switched on and set up.</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau&#xa0;: aucune connexion réseau n&apos;est activée et configurée.</translation>
    </message>
    <message>
        <source>This computer is connected to a network (%1).</source>
        <translation>Cet ordinateur est connecté à un réseau (%1).</translation>
    </message>
</context>
<context>
    <name>IntermittentResetExperiment</name>
    <message>
        <source>No service was given, so repeated connections were not tested.</source>
        <translation>Aucun service n&apos;a été indiqué, les connexions répétées n&apos;ont donc pas été testées.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, even many at once.</source>
        <translation>
            <numerusform>Aucune connexion répétée sur %n n&apos;a été coupée, même avec beaucoup de connexions simultanées.</numerusform>
            <numerusform>Aucune des %n connexions répétées n&apos;a été coupée, même avec beaucoup de connexions simultanées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</source>
        <translation>
            <numerusform>Plus il y a de connexions simultanées, plus elles sont souvent coupées&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
            <numerusform>Plus il y a de connexions simultanées, plus elles sont souvent coupées&#xa0;: %1&#xa0;% pour une seule, %2&#xa0;% pour %n à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off, however many there were at once.</source>
        <translation>
            <numerusform>La %n connexion a été coupée, quel que soit le nombre de connexions simultanées.</numerusform>
            <numerusform>Chacune des %n connexions a été coupée, quel que soit le nombre de connexions simultanées.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%), however many there are at once.</source>
        <translation>Environ %1&#xa0;% des connexions sont coupées (entre %2&#xa0;% et %3&#xa0;%), quel que soit leur nombre simultané.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%); whether more are cut off under load could not be told.</source>
        <translation>Environ %1&#xa0;% des connexions sont coupées (entre %2&#xa0;% et %3&#xa0;%)&#xa0;; impossible de dire si davantage sont coupées sous charge.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, but not all of them got a normal answer (see the details).</source>
        <translation>
            <numerusform>Aucune des %n connexion répétée n&apos;a été coupée, mais elle n&apos;a pas reçu de réponse normale (voir les détails).</numerusform>
            <numerusform>Aucune des %n connexions répétées n&apos;a été coupée, mais toutes n&apos;ont pas reçu de réponse normale (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>coupées</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>fermées sans réponse</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sans réponse à temps</translation>
    </message>
    <message>
        <source>ended without a normal answer</source>
        <translation>terminées sans réponse normale</translation>
    </message>
    <message numerus="yes">
        <source>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</source>
        <translation>
            <numerusform>Plus il y a de connexions simultanées, plus elles échouent souvent (surtout %1)&#xa0;: %2&#xa0;% pour une seule, %3&#xa0;% pour %n à la fois.</numerusform>
            <numerusform>Plus il y a de connexions simultanées, plus elles échouent souvent (surtout %1)&#xa0;: %2&#xa0;% pour une seule, %3&#xa0;% pour %n à la fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>A healthy web server.</source>
        <translation>Un serveur web en bonne santé.</translation>
    </message>
    <message>
        <source>A server that resets every connection as soon as it opens.</source>
        <translation>Un serveur qui coupe chaque connexion dès son ouverture.</translation>
    </message>
    <message>
        <source>A server that resets a connection once it has received a certain amount of data.</source>
        <translation>Un serveur qui coupe une connexion dès qu&apos;il a reçu une certaine quantité de données.</translation>
    </message>
    <message>
        <source>A firewall or load balancer that resets connections left idle too long.</source>
        <translation>Un pare-feu ou un répartiteur de charge qui coupe les connexions restées trop longtemps inactives.</translation>
    </message>
    <message>
        <source>A server that politely closes connections left idle too long.</source>
        <translation>Un serveur qui ferme poliment les connexions restées trop longtemps inactives.</translation>
    </message>
    <message>
        <source>A port where no program is listening.</source>
        <translation>Un port sur lequel aucun programme n&apos;écoute.</translation>
    </message>
    <message>
        <source>A server so busy it does not answer new connections at all.</source>
        <translation>Un serveur si occupé qu&apos;il ne répond plus du tout aux nouvelles connexions.</translation>
    </message>
    <message>
        <source>A server that answers, but very slowly.</source>
        <translation>Un serveur qui répond, mais très lentement.</translation>
    </message>
    <message>
        <source>An overloaded server that resets connections, more of them under load.</source>
        <translation>Un serveur surchargé qui coupe des connexions, d&apos;autant plus qu&apos;il est sollicité.</translation>
    </message>
    <message>
        <source>A web server that resets uploads above a size limit.</source>
        <translation>Un serveur web qui coupe les envois au-delà d&apos;une taille limite.</translation>
    </message>
    <message>
        <source>A secure (TLS) server behind a filter that resets connections to one site name.</source>
        <translation>Un serveur sécurisé (TLS) derrière un filtre qui coupe les connexions vers un nom de site précis.</translation>
    </message>
    <message>
        <source>A server that cuts off every fifth connection.</source>
        <translation>Un serveur qui coupe une connexion sur cinq.</translation>
    </message>
    <message>
        <source>A server that now and then cuts off every connection for a couple of seconds.</source>
        <translation>Un serveur qui, de temps en temps, coupe toutes les connexions pendant quelques secondes.</translation>
    </message>
</context>
<context>
    <name>LabHost</name>
    <message>
        <source>Could not open the unanswering listener.</source>
        <translation>Impossible d&apos;ouvrir le port d&apos;écoute qui ne répond jamais.</translation>
    </message>
</context>
<context>
    <name>LocalFirewallCheck</name>
    <message>
        <source>No firewall on this computer seems to be filtering connections.</source>
        <translation>Aucun pare-feu de cet ordinateur ne semble filtrer les connexions.</translation>
    </message>
    <message>
        <source>A firewall is switched on on this computer (%1); it could be what blocks or cuts connections.</source>
        <translation>Un pare-feu est activé sur cet ordinateur (%1)&#xa0;; c&apos;est peut-être lui qui bloque ou coupe les connexions.</translation>
    </message>
    <message>
        <source>The firewall&apos;s settings could not be read on this computer, so whether it filters connections is not known.</source>
        <translation>Les réglages du pare-feu n&apos;ont pas pu être lus sur cet ordinateur ; on ne sait donc pas s&apos;il filtre les connexions.</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>&amp;Watch</source>
        <translation>Sur&amp;veiller</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Connections shown</source>
        <translation>Connexions affichées</translation>
    </message>
    <message>
        <source>Your service</source>
        <translation>Votre service</translation>
    </message>
    <message>
        <source>All programs on this computer</source>
        <translation>Tous les programmes de cet ordinateur</translation>
    </message>
    <message>
        <source>Not watching yet: press Watch to start.</source>
        <translation>Pas encore de surveillance&#xa0;: cliquez sur Surveiller pour commencer.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Start trying your service every second</source>
        <translation>Commencer à tester votre service chaque seconde</translation>
    </message>
    <message>
        <source>Pause or resume the tries; what was counted stays</source>
        <translation>Mettre en pause ou reprendre les essais&#xa0;; ce qui a été compté est conservé</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Arrêter la surveillance</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>La période que montre le graphique</translation>
    </message>
    <message>
        <source>Your service alone, or connections cut off for every program on this computer</source>
        <translation>Votre service seul, ou les connexions coupées de tous les programmes de cet ordinateur</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <source>Problems that come and go are the hardest to catch.</source>
        <translation>Les problèmes intermittents sont les plus difficiles à repérer.</translation>
    </message>
    <message>
        <source>Let this run while you work: it tries your service every second and shows how often connections are cut off. You can go on to the results meanwhile.</source>
        <translation>Laissez ceci tourner pendant que vous travaillez&#xa0;: votre service est testé chaque seconde, et vous voyez à quelle fréquence les connexions sont coupées. Vous pouvez passer aux résultats en attendant.</translation>
    </message>
    <message>
        <source>&amp;Allow...</source>
        <translation>Aut&amp;oriser...</translation>
    </message>
    <message>
        <source>Let the app see every program&apos;s connections; your system asks for an administrator&apos;s password</source>
        <translation>Permettre à l&apos;application de voir les connexions de tous les programmes&#xa0;; votre système demande le mot de passe d&apos;un administrateur</translation>
    </message>
    <message>
        <source>What the watch can see</source>
        <translation>Ce que la surveillance des resets peut voir</translation>
    </message>
    <message>
        <source>How far back the chart and the table go, from the background watch&apos;s log</source>
        <translation>Jusqu&apos;où remontent le graphique et le tableau, d&apos;après le journal de la surveillance en arrière-plan</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>What the background watch&apos;s log holds</source>
        <translation>Ce que contient le journal de la surveillance en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the background</source>
        <translation>Continuer à surveiller en arrière-&amp;plan</translation>
    </message>
    <message>
        <source>Keep a log of every program&apos;s resets, also while this app is closed (the connection-doctor-watch service); your system asks for an administrator&apos;s password</source>
        <translation>Tenir un journal des réinitialisations de tous les programmes, même quand cette application est fermée (le service connection-doctor-watch)&#xa0;; votre système demande le mot de passe d&apos;un administrateur</translation>
    </message>
    <message>
        <source>Whether the background watch is on</source>
        <translation>Si la surveillance en arrière-plan est activée</translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log...</source>
        <translation>Lecture du journal de la surveillance en arrière-plan...</translation>
    </message>
    <message>
        <source>To keep one from now on, tick &quot;Keep watching in the background&quot; below.</source>
        <translation>Pour en tenir un dès maintenant, cochez «&#xa0;Continuer à surveiller en arrière-plan&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>Waiting for the system (it may ask for an administrator&apos;s password)...</source>
        <translation>En attente du système (il peut demander le mot de passe d&apos;un administrateur)...</translation>
    </message>
</context>
<context>
    <name>OsVerdictCheck</name>
    <message>
        <source>The operating system does not report on connectivity here, so this step was skipped.</source>
        <translation>Le système d&apos;exploitation n&apos;indique pas l&apos;état de la connexion ici, cette étape a donc été ignorée.</translation>
    </message>
    <message>
        <source>Your system says a sign-in page is in the way: open a web browser and sign in.</source>
        <translation>Votre système indique qu&apos;une page d&apos;identification bloque l&apos;accès&#xa0;: ouvrez un navigateur web et identifiez-vous.</translation>
    </message>
    <message>
        <source>Your system says it is not connected to a network.</source>
        <translation>Votre système indique qu&apos;il n&apos;est connecté à aucun réseau.</translation>
    </message>
    <message>
        <source>Your system says it reaches the local network but not the internet.</source>
        <translation>Votre système indique qu&apos;il accède au réseau local, mais pas à Internet.</translation>
    </message>
    <message>
        <source>Your system says it is online.</source>
        <translation>Votre système indique qu&apos;il est en ligne.</translation>
    </message>
    <message>
        <source>Your system does not know whether it is online.</source>
        <translation>Votre système ne sait pas s&apos;il est en ligne.</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Every connection worked.</source>
        <translation>Toutes les connexions ont fonctionné.</translation>
    </message>
    <message>
        <source>Connections were cut off abruptly (&quot;connection reset by peer&quot;): by the server or by something between you and it.</source>
        <translation>Les connexions ont été coupées brutalement («&#xa0;connection reset by peer&#xa0;»)&#xa0;: par le serveur ou par un élément entre vous et lui.</translation>
    </message>
    <message>
        <source>The server turned the connection away: nothing accepts connections on that port.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: rien n&apos;accepte de connexions sur ce port.</translation>
    </message>
    <message>
        <source>The server ended connections politely before answering.</source>
        <translation>Le serveur a fermé poliment les connexions avant de répondre.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>Le nom du serveur n&apos;a pas pu être trouvé.</translation>
    </message>
    <message>
        <source>There is no network path to the server.</source>
        <translation>Il n&apos;existe aucun chemin réseau vers le serveur.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up.</source>
        <translation>La connexion sécurisée (TLS) n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The proxy server refused or failed the connection.</source>
        <translation>Le serveur proxy a refusé la connexion ou n&apos;a pas pu l&apos;établir.</translation>
    </message>
    <message>
        <source>while looking up the name</source>
        <translation>pendant la recherche du nom</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>pendant la connexion</translation>
    </message>
    <message>
        <source>during the secure handshake</source>
        <translation>pendant la négociation sécurisée</translation>
    </message>
    <message>
        <source>while sending</source>
        <translation>pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>while waiting for the answer</source>
        <translation>en attendant la réponse</translation>
    </message>
    <message>
        <source>while the connection was idle</source>
        <translation>pendant que la connexion était inactive</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <source>%1 %2, after %3 ms</source>
        <translation>%1 %2, après %3 ms</translation>
    </message>
    <message>
        <source>(%1 bytes sent, %2 received)</source>
        <translation>(%1 octets envoyés, %2 reçus)</translation>
    </message>
    <message>
        <source>The answer never ended: it went on until the test had to stop reading.</source>
        <translation>La réponse ne s&apos;est jamais terminée : elle a continué jusqu&apos;à ce que le test doive arrêter de la lire.</translation>
    </message>
    <message>
        <source>Something answered, but not in the language the service should speak.</source>
        <translation>Quelque chose a répondu, mais pas dans le langage que le service devrait parler.</translation>
    </message>
</context>
<context>
    <name>PathMtuCheck</name>
    <message>
        <source>No service was given, so large packets were not tested.</source>
        <translation>Aucun service n&apos;a été indiqué, les gros paquets n&apos;ont donc pas été testés.</translation>
    </message>
    <message>
        <source>Small messages get through but large ones get stuck on the way: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Les petits messages passent, mais les gros restent bloqués en chemin&#xa0;: un problème de taille de paquet (MTU), souvent causé par un VPN ou un tunnel.</translation>
    </message>
    <message>
        <source>Large packets get through to your service.</source>
        <translation>Les gros paquets parviennent jusqu&apos;à votre service.</translation>
    </message>
    <message>
        <source>The service did not take even a small upload, so large packets could not be tested.</source>
        <translation>Le service n&apos;a même pas reçu un petit envoi, les gros paquets n&apos;ont donc pas pu être testés.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the large upload, so large packets were not tested.</source>
        <translation>Le service a répondu avant d&apos;avoir reçu le gros envoi, les gros paquets n&apos;ont donc pas été testés.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes are lost on the way to your service, and nothing says so: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Les paquets de plus de %1 octets se perdent sur le chemin de votre service, sans que rien ne le signale&#xa0;: un problème de taille de paquet (MTU), souvent causé par un VPN ou un tunnel.</translation>
    </message>
</context>
<context>
    <name>PayloadLimitExperiment</name>
    <message>
        <source>No service was given, so upload sizes were not tested.</source>
        <translation>Aucun service n&apos;a été indiqué, la taille des envois n&apos;a donc pas été testée.</translation>
    </message>
    <message>
        <source>Even a small upload is cut off, so the cause is not its size.</source>
        <translation>Même un petit envoi est coupé&#xa0;: la cause n&apos;est donc pas sa taille.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through, but some were cut off at random, whatever their size.</source>
        <translation>Les envois jusqu&apos;à %1 passent, mais certains ont été coupés au hasard, quelle que soit leur taille.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through.</source>
        <translation>Les envois jusqu&apos;à %1 passent.</translation>
    </message>
    <message>
        <source>The service did not accept an upload, so sizes could not be tested.</source>
        <translation>Le service n&apos;a accepté aucun envoi, les tailles n&apos;ont donc pas pu être testées.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused with the answer &quot;413 Payload Too Large&quot;.</source>
        <translation>Les envois de plus de %1 environ sont refusés avec la réponse «&#xa0;413 Payload Too Large&#xa0;».</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped: the server closes the connection while they are sent.</source>
        <translation>Les envois de plus de %1 environ sont interrompus&#xa0;: le serveur ferme la connexion pendant leur envoi.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off (reset) while they are sent.</source>
        <translation>Les envois de plus de %1 environ sont coupés (reset) pendant leur envoi.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through; the service answered a larger one before it had taken it, so larger sizes were not tested.</source>
        <translation>Les envois jusqu&apos;à %1 passent&#xa0;; le service a répondu à un envoi plus gros avant de l&apos;avoir reçu, les tailles supérieures n&apos;ont donc pas été testées.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the upload, so upload sizes were not tested.</source>
        <translation>Le service a répondu avant d&apos;avoir reçu l&apos;envoi, la taille des envois n&apos;a donc pas été testée.</translation>
    </message>
</context>
<context>
    <name>PortMatrix</name>
    <message>
        <source>The refusal comes from close to you (this computer&apos;s firewall, security software, or your network), not from the server.</source>
        <translation>Le refus vient d&apos;un élément proche de vous (le pare-feu de cet ordinateur, un logiciel de sécurité ou votre réseau), et non du serveur.</translation>
    </message>
    <message>
        <source>The refusal comes from the server&apos;s side.</source>
        <translation>Le refus vient du côté du serveur.</translation>
    </message>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>Aucun service n&apos;a été indiqué, son port n&apos;a donc pas été testé.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts connections.</source>
        <translation>Le port %1 de votre service accepte les connexions.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts only some connections (%2 of %3).</source>
        <translation>Le port %1 de votre service n&apos;accepte qu&apos;une partie des connexions (%2 sur %3).</translation>
    </message>
    <message>
        <source>Port %1 is blocked while other ports on the same server answer: a firewall rule for this port.</source>
        <translation>Le port %1 est bloqué alors que d&apos;autres ports du même serveur répondent&#xa0;: une règle de pare-feu vise ce port.</translation>
    </message>
    <message>
        <source>The server does not accept connections on any port tested.</source>
        <translation>Le serveur n&apos;accepte de connexions sur aucun des ports testés.</translation>
    </message>
</context>
<context>
    <name>PortMatrixCheck</name>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>Aucun service n&apos;a été indiqué, son port n&apos;a donc pas été testé.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The connection was reset (RST).</source>
        <translation>La connexion a été coupée (RST).</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN).</source>
        <translation>L&apos;autre côté a fermé la connexion (FIN).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing happened for %n ms.</source>
        <translation>
            <numerusform>Rien ne s&apos;est passé pendant %n ms.</numerusform>
            <numerusform>Rien ne s&apos;est passé pendant %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The peer kept sending without ever finishing: stopped after %n second(s) in all.</source>
        <translation>
            <numerusform>Le correspondant envoyait sans jamais finir&#xa0;: arrêté après %n seconde au total.</numerusform>
            <numerusform>Le correspondant envoyait sans jamais finir&#xa0;: arrêté après %n secondes au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection did not finish within %n second(s) in all.</source>
        <translation>
            <numerusform>La connexion ne s’est pas terminée en %n seconde au total.</numerusform>
            <numerusform>La connexion ne s’est pas terminée en %n secondes au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection after its answer.</source>
        <translation>Le serveur a fermé la connexion après sa réponse.</translation>
    </message>
    <message>
        <source>The answer did not start like an HTTP answer (&quot;%1&quot;): something else answered.</source>
        <translation>La réponse ne commençait pas comme une réponse HTTP (« %1 ») : quelque chose d&apos;autre a répondu.</translation>
    </message>
    <message numerus="yes">
        <source>The answer&apos;s header went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>L&apos;en-tête de la réponse a dépassé %n Kio sans se terminer : lecture arrêtée.</numerusform>
            <numerusform>L&apos;en-tête de la réponse a dépassé %n Kio sans se terminer : lecture arrêtée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s first line went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>La première ligne du serveur a dépassé %n Kio sans se terminer : lecture arrêtée.</numerusform>
            <numerusform>La première ligne du serveur a dépassé %n Kio sans se terminer : lecture arrêtée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer went on past %n MiB with no end in sight: stopped reading.</source>
        <translation>
            <numerusform>La réponse a dépassé %n Mio sans fin en vue : lecture arrêtée.</numerusform>
            <numerusform>La réponse a dépassé %n Mio sans fin en vue : lecture arrêtée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy did not answer within %n ms.</source>
        <translation>
            <numerusform>Le proxy n&apos;a pas répondu en %n ms.</numerusform>
            <numerusform>Le proxy n&apos;a pas répondu en %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system cannot limit the packet size of a connection.</source>
        <translation>Ce système ne peut pas limiter la taille des paquets d&apos;une connexion.</translation>
    </message>
    <message>
        <source>The connection was reset as soon as it opened.</source>
        <translation>La connexion a été réinitialisée dès son ouverture.</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN) as soon as it opened.</source>
        <translation>L’autre côté a fermé la connexion (FIN) dès son ouverture.</translation>
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
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>Valeur attendue pour «&#xa0;%1&#xa0;»&#xa0;: %2 (trouvé&#xa0;: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>«&#xa0;%1&#xa0;» est trop long&#xa0;: %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>une liste de noms</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>%1: unknown name &quot;%2&quot;. Known names: %3.</source>
        <translation>%1&#xa0;: nom «&#xa0;%2&#xa0;» inconnu. Noms connus&#xa0;: %3.</translation>
    </message>
    <message>
        <source>text, a number or a list of them</source>
        <translation>texte, un nombre ou une liste de ces valeurs</translation>
    </message>
    <message>
        <source>The profile is too big (%1 bytes; a profile is at most %2).</source>
        <translation>Le profil est trop volumineux (%1 octets&#xa0;; un profil fait au plus %2 octets).</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at byte %2.</source>
        <translation>Le profil n&apos;est pas un JSON valide&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object ({ ... }).</source>
        <translation>Le profil doit être un objet JSON ({ ... }).</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor profile: &quot;schema&quot; must be &quot;%1&quot;.</source>
        <translation>Ce n&apos;est pas un profil Connection Doctor&#xa0;: «&#xa0;schema&#xa0;» doit valoir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This profile was written for a newer version of Connection Doctor (%1).</source>
        <translation>Ce profil a été écrit pour une version plus récente de Connection Doctor (%1).</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>Réglage «&#xa0;%1&#xa0;» inconnu. Réglages connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;target&quot;: %1</source>
        <translation>«&#xa0;target&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>Impossible d&apos;ouvrir le profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile %1 was not used. %2</source>
        <translation>Le profil %1 n&apos;a pas été utilisé. %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
</context>
<context>
    <name>ProgramResetsView</name>
    <message>
        <source>Chart of resets over time by program and server</source>
        <translation>Graphique des resets au fil du temps, par programme et par serveur</translation>
    </message>
    <message>
        <source>One line for each of the programs and servers with the most resets; the table below lists them all</source>
        <translation>Une ligne pour chacun des programmes et serveurs ayant le plus de resets&#xa0;; le tableau ci-dessous les liste tous</translation>
    </message>
    <message>
        <source>Resets by program and server</source>
        <translation>Resets par programme et par serveur</translation>
    </message>
    <message>
        <source>Choose a row to show it alone in the chart; choose it again to show all</source>
        <translation>Choisissez une ligne pour l&apos;afficher seule dans le graphique&#xa0;; choisissez-la à nouveau pour tout afficher</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Changement de réseau</translation>
    </message>
</context>
<context>
    <name>ProxyComparisonCheck</name>
    <message>
        <source>No service was given, so the proxy was not compared.</source>
        <translation>Aucun service n&apos;a été indiqué, la comparaison avec le proxy n&apos;a donc pas été faite.</translation>
    </message>
    <message>
        <source>No proxy is used for this service, so there is nothing to compare.</source>
        <translation>Aucun proxy n&apos;est utilisé pour ce service&#xa0;: il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <source>Your service works both directly and through the proxy server.</source>
        <translation>Votre service fonctionne aussi bien en direct qu&apos;à travers le serveur proxy.</translation>
    </message>
    <message>
        <source>The proxy server refuses connections to your service</source>
        <translation>Le serveur proxy refuse les connexions vers votre service</translation>
    </message>
    <message>
        <source>Connections to your service break when they go through the proxy server</source>
        <translation>Les connexions vers votre service échouent quand elles passent par le serveur proxy</translation>
    </message>
    <message>
        <source>%1; it answered &quot;%2&quot;.</source>
        <translation>%1&#xa0;; sa réponse&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Your service works only through the proxy server: programs that do not use the proxy will fail.</source>
        <translation>Votre service ne fonctionne qu&apos;à travers le serveur proxy&#xa0;: les programmes qui n&apos;utilisent pas le proxy échoueront.</translation>
    </message>
    <message>
        <source>Your service fails both directly and through the proxy server, so the proxy is not the only problem.</source>
        <translation>Votre service échoue aussi bien en direct qu&apos;à travers le serveur proxy&#xa0;: le proxy n&apos;est donc pas le seul problème.</translation>
    </message>
</context>
<context>
    <name>ProxyHandshake</name>
    <message>
        <source>the proxy did not answer in time</source>
        <translation>le proxy n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the proxy connection failed: %1</source>
        <translation>la connexion au proxy a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP</source>
        <translation>le proxy a répondu quelque chose qui n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP: %1</source>
        <translation>le proxy a répondu quelque chose qui n&apos;est pas du HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>the SOCKS proxy refused to talk without a password, or is not SOCKS5</source>
        <translation>le proxy SOCKS a refusé de communiquer sans mot de passe, ou n&apos;est pas un proxy SOCKS5</translation>
    </message>
</context>
<context>
    <name>ProxySettingsCheck</name>
    <message>
        <source>A proxy setting on this computer cannot be understood; programs may fail to connect.</source>
        <translation>Un réglage de proxy de cet ordinateur est incompréhensible&#xa0;; des programmes risquent de ne pas pouvoir se connecter.</translation>
    </message>
    <message>
        <source>Connections to %1 go through the proxy server %2 (set by %3).</source>
        <translation>Les connexions vers %1 passent par le serveur proxy %2 (défini par %3).</translation>
    </message>
    <message>
        <source>A proxy is set, but connections to %1 go directly (an exception is set for it).</source>
        <translation>Un proxy est configuré, mais les connexions vers %1 sont directes (une exception est définie pour cette adresse).</translation>
    </message>
    <message>
        <source>No proxy server is set: connections go directly.</source>
        <translation>Aucun serveur proxy n&apos;est configuré&#xa0;: les connexions sont directes.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration address is not valid, so programs may not find their proxy.</source>
        <translation>L&apos;adresse de configuration automatique du proxy n&apos;est pas valide&#xa0;: les programmes risquent de ne pas trouver leur proxy.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration script cannot be loaded, so programs may not find their proxy.</source>
        <translation>Le script de configuration automatique du proxy ne peut pas être chargé&#xa0;: les programmes risquent de ne pas trouver leur proxy.</translation>
    </message>
</context>
<context>
    <name>ReachabilityCheck</name>
    <message>
        <source>No reference endpoints are configured, so this step was skipped.</source>
        <translation>Aucune adresse de référence n&apos;est configurée, cette étape a donc été ignorée.</translation>
    </message>
    <message>
        <source>Well-known sites on the internet can be reached.</source>
        <translation>Les sites connus d&apos;Internet sont accessibles.</translation>
    </message>
    <message>
        <source>Some well-known sites can be reached and others cannot (%1 of %2).</source>
        <translation>Certains sites connus sont accessibles, d&apos;autres non (%1 sur %2).</translation>
    </message>
    <message>
        <source>No well-known site on the internet can be reached.</source>
        <translation>Aucun site connu d&apos;Internet n&apos;est accessible.</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Public IP addresses</source>
        <translation>Adresses IP publiques</translation>
    </message>
    <message>
        <source>Private (local network) IP addresses</source>
        <translation>Adresses IP privées (réseau local)</translation>
    </message>
    <message>
        <source>Server and computer names (host names)</source>
        <translation>Noms des serveurs et des ordinateurs (noms d&apos;hôte)</translation>
    </message>
    <message>
        <source>Your user name and this computer&apos;s name</source>
        <translation>Votre nom d&apos;utilisateur et le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>Network card (MAC) addresses</source>
        <translation>Adresses des cartes réseau (MAC)</translation>
    </message>
    <message>
        <source>File and folder paths</source>
        <translation>Chemins des fichiers et des dossiers</translation>
    </message>
    <message>
        <source>Unknown kind of value to hide: &quot;%1&quot;. Known kinds: %2.</source>
        <translation>Type de valeur à masquer inconnu&#xa0;: «&#xa0;%1&#xa0;». Types connus&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>PDF reports are written by the app&apos;s export library.</source>
        <translation>Les rapports PDF sont écrits par la bibliothèque d&apos;export de l&apos;application.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Web page, for anyone (*.html *.htm)</source>
        <translation>Page web, pour tout le monde (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document, for printing (*.pdf)</source>
        <translation>Document PDF, pour l&apos;impression (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, for the helpdesk to open in Connection Doctor (*.json)</source>
        <translation>JSON, à ouvrir par l&apos;assistance informatique dans Connection Doctor (*.json)</translation>
    </message>
    <message>
        <source>Plain text, for a ticket or an email (*.txt)</source>
        <translation>Texte brut, pour une demande d&apos;assistance ou un e-mail (*.txt)</translation>
    </message>
    <message>
        <source>CSV, the counts over time for a spreadsheet (*.csv)</source>
        <translation>CSV, les comptes au fil du temps pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>Cannot tell which format to write &quot;%1&quot; in: end the file name with .html, .pdf, .json, .txt or .csv.</source>
        <translation>Impossible de savoir dans quel format écrire «&#xa0;%1&#xa0;»&#xa0;: terminez le nom du fichier par .html, .pdf, .json, .txt ou .csv.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Rapport Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Rapport Connection Doctor pour %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Aucune cause n&apos;a encore été identifiée&#xa0;: trop peu de tests ont été faits.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>Causes possibles, la plus probable en premier</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Ce que nous avons constaté</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator</source>
        <translation>Pour l&apos;assistance informatique ou l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Ce qu&apos;elle a trouvé</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Connexions essayées</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Connexions au fil du temps</translation>
    </message>
    <message>
        <source>Network changes</source>
        <translation>Changements de réseau</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Written by Connection Doctor %1. The same report as JSON (schema %2) can be opened in the app.</source>
        <translation>Écrit par Connection Doctor %1. Le même rapport au format JSON (schéma %2) peut être ouvert dans l&apos;application.</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Resets observés sur cet ordinateur</translation>
    </message>
    <message>
        <source>By program and server</source>
        <translation>Par programme et par serveur</translation>
    </message>
    <message>
        <source>Each reset, oldest first</source>
        <translation>Chaque reset, le plus ancien en premier</translation>
    </message>
</context>
<context>
    <name>ReportJsonReader</name>
    <message>
        <source>The report&apos;s &quot;%1&quot; has the wrong type.</source>
        <translation>Dans le rapport, «&#xa0;%1&#xa0;» n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; holds something that is not an entry.</source>
        <translation>Dans le rapport, «&#xa0;%1&#xa0;» contient un élément qui n&apos;est pas une entrée.</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor report: it is not valid JSON (%1 at byte %2).</source>
        <translation>Ce n&apos;est pas un rapport Connection Doctor&#xa0;: ce n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Connection Doctor report.</source>
        <translation>Ce fichier JSON n&apos;est pas un rapport Connection Doctor.</translation>
    </message>
    <message>
        <source>This report was written in a newer format (%1) than this version of Connection Doctor reads.</source>
        <translation>Ce rapport a été écrit dans un format plus récent (%1) que celui que lit cette version de Connection Doctor.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a Connection Doctor report.</source>
        <translation>%1 est trop volumineux pour être un rapport Connection Doctor.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; has more entries than a report can have.</source>
        <translation>« %1 » du rapport contient plus d&apos;entrées qu&apos;un rapport ne peut en avoir.</translation>
    </message>
</context>
<context>
    <name>ReportJsonWriter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Rapport Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Rapport Connection Doctor pour %1</translation>
    </message>
</context>
<context>
    <name>ReportTextWriter</name>
    <message>
        <source>Connection Doctor summary</source>
        <translation>Résumé de Connection Doctor</translation>
    </message>
    <message>
        <source>Connections tried: %1, of which %2 worked.</source>
        <translation>Connexions essayées&#xa0;: %1, dont %2 ont fonctionné.</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Rien n&apos;a encore été testé.</translation>
    </message>
    <message>
        <source>... and %1 more, all in the JSON report.</source>
        <translation>... et %1 autres, toutes dans le rapport JSON.</translation>
    </message>
    <message>
        <source>Most likely cause: %1 (%2%, %3)</source>
        <translation>Cause la plus probable&#xa0;: %1 (%2&#xa0;%, %3)</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator:</source>
        <translation>Pour l&apos;assistance informatique ou l&apos;administrateur du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Other possible causes: %1</source>
        <translation>Autres causes possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checks: %1 run, %2 passed.</source>
        <translation>Vérifications&#xa0;: %1 effectuées, %2 réussies.</translation>
    </message>
    <message>
        <source>Connection Doctor report</source>
        <translation>Rapport Connection Doctor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Aucune cause n&apos;a encore été identifiée&#xa0;: trop peu de tests ont été faits.</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>Causes possibles, la plus probable en premier</translation>
    </message>
    <message>
        <source>What we saw:</source>
        <translation>Ce que nous avons constaté&#xa0;:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire&#xa0;:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Connexions essayées</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Connexions au fil du temps</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, all in the JSON report.</source>
        <translation>
            <numerusform>... et %n autre entrée, également dans le rapport JSON.</numerusform>
            <numerusform>... et %n autres entrées, toutes dans le rapport JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>By program and server:</source>
        <translation>Par programme et par serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Each reset, oldest first:</source>
        <translation>Chaque reset, le plus ancien en premier&#xa0;:</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Resets observés sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Most likely cause</source>
        <translation>Cause la plus probable</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Connexions au fil du temps</translation>
    </message>
    <message>
        <source>Every check and what it found</source>
        <translation>Toutes les vérifications et leurs résultats</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <source>The most likely cause first, then every possible cause, the chart and the checks</source>
        <translation>La cause la plus probable d&apos;abord, puis toutes les causes possibles, le graphique et les vérifications</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Rien n&apos;a encore été testé.</translation>
    </message>
    <message>
        <source>Not enough was tested to name a cause.</source>
        <translation>Trop peu de tests ont été faits pour identifier une cause.</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>Ce que nous avons constaté</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>For your helpdesk or the server&apos;s administrator</source>
        <translation>Pour votre assistance informatique ou l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Details of the most likely cause</source>
        <translation>Détails de la cause la plus probable</translation>
    </message>
    <message>
        <source>Other possible causes</source>
        <translation>Autres causes possibles</translation>
    </message>
    <message>
        <source>Details of what the tests found</source>
        <translation>Détails de ce que les tests ont trouvé</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open report...</source>
        <translation>&amp;Ouvrir un rapport...</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exporter le rapport...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>A saved report, read-only.</source>
        <translation>Un rapport enregistré, en lecture seule.</translation>
    </message>
    <message>
        <source>Saved report - Connection Doctor</source>
        <translation>Rapport enregistré - Connection Doctor</translation>
    </message>
    <message>
        <source>Saved report for %1 - Connection Doctor</source>
        <translation>Rapport enregistré pour %1 - Connection Doctor</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Ouvrir un rapport</translation>
    </message>
    <message>
        <source>Connection Doctor reports (*.json)</source>
        <translation>Rapports Connection Doctor (*.json)</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Cut off (reset)</source>
        <translation>Coupées (reset)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Échec du proxy</translation>
    </message>
    <message>
        <source>Network connection came up</source>
        <translation>Connexion réseau établie</translation>
    </message>
    <message>
        <source>Network connection went down</source>
        <translation>Connexion réseau perdue</translation>
    </message>
    <message>
        <source>VPN connected</source>
        <translation>VPN connecté</translation>
    </message>
    <message>
        <source>VPN disconnected</source>
        <translation>VPN déconnecté</translation>
    </message>
    <message>
        <source>Proxy settings changed</source>
        <translation>Réglages du proxy modifiés</translation>
    </message>
    <message>
        <source>Computer woke from sleep</source>
        <translation>Sortie de veille de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The run was stopped before the end.</source>
        <translation>Les tests ont été arrêtés avant la fin.</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Identifiant du rapport</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Connection Doctor version</source>
        <translation>Version de Connection Doctor</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactive</translation>
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
        <translation>Interface %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <source>Most cut off in one minute: %1, from %2.</source>
        <translation>Maximum de coupures en une minute&#xa0;: %1, à partir de %2.</translation>
    </message>
    <message>
        <source>Network changes while watching: %1.</source>
        <translation>Changements de réseau pendant la surveillance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>boucle locale</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuelle</translation>
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
        <translation>autre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>The system counted %n reset(s) while watching.</source>
        <translation>
            <numerusform>Le système a compté %n reset pendant la surveillance.</numerusform>
            <numerusform>Le système a compté %n resets pendant la surveillance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n reset(s).</source>
        <translation>
            <numerusform>%n reset a été enregistré.</numerusform>
            <numerusform>%n resets ont été enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time, so some resets may be missing.</source>
        <translation>
            <numerusform>Le système a abandonné %n événement qu&apos;il n&apos;a pas pu transmettre à temps&#xa0;: il manque donc peut-être des resets.</numerusform>
            <numerusform>Le système a abandonné %n événements qu&apos;il n&apos;a pas pu transmettre à temps&#xa0;: il manque donc peut-être des resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out of the log to keep it to a bounded size.</source>
        <translation>
            <numerusform>%n reset, le plus ancien, a été retiré du journal pour en limiter la taille.</numerusform>
            <numerusform>Les %n resets les plus anciens ont été retirés du journal pour en limiter la taille.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier reset</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Quiet before the reset</source>
        <translation>Inactivité avant le reset</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why we think so</source>
        <translation>Pourquoi nous le pensons</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The reset watch saw %1.</source>
        <translation>La surveillance des resets a vu %1.</translation>
    </message>
    <message>
        <source>Answer without end</source>
        <translation>Réponse sans fin</translation>
    </message>
    <message>
        <source>Garbled answer</source>
        <translation>Réponse incompréhensible</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Watched for %1: no connection was tried.</source>
        <translation>Surveillance pendant %1&#xa0;: aucune connexion tentée.</translation>
    </message>
    <message numerus="yes">
        <source>Watched for %1: %n connection(s), %2 of them cut off (%3%; the true share is likely between %4% and %5%).</source>
        <translation>
            <numerusform>Surveillance pendant %1&#xa0;: %n connexion, dont %2 coupée (%3&#xa0;%&#xa0;; la part réelle se situe probablement entre %4&#xa0;% et %5&#xa0;%).</numerusform>
            <numerusform>Surveillance pendant %1&#xa0;: %n connexions, dont %2 coupées (%3&#xa0;%&#xa0;; la part réelle se situe probablement entre %4&#xa0;% et %5&#xa0;%).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resets of this server before the run</source>
        <translation>Resets de ce serveur avant l&apos;exécution</translation>
    </message>
    <message>
        <source>The background watch&apos;s log could not be read for the history of %1: %2</source>
        <translation>Le journal de la surveillance en arrière-plan n&apos;a pas pu être lu pour l&apos;historique de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The background watch&apos;s log from %1 to %2 holds %n reset(s) of connections to %3.</source>
        <translation>
            <numerusform>Le journal de la surveillance en arrière-plan du %1 au %2 contient %n reset de connexions vers %3.</numerusform>
            <numerusform>Le journal de la surveillance en arrière-plan du %1 au %2 contient %n resets de connexions vers %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s oldest %n reset(s), of every server, were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>Le plus ancien reset du journal (%n, tous serveurs confondus) a été omis pour garder la liste de taille limitée.</numerusform>
            <numerusform>Les %n plus anciens resets du journal (tous serveurs confondus) ont été omis pour garder la liste de taille limitée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch missed or did not write %n reset(s) of any server in that time, so some may be missing.</source>
        <translation>
            <numerusform>La surveillance en arrière-plan a manqué ou n&apos;a pas écrit %n reset (de n&apos;importe quel serveur) pendant ce temps&#xa0;; il peut donc en manquer.</numerusform>
            <numerusform>La surveillance en arrière-plan a manqué ou n&apos;a pas écrit %n resets (de n&apos;importe quel serveur) pendant ce temps&#xa0;; il peut donc en manquer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetChartView</name>
    <message>
        <source>Chart of connections cut off over time</source>
        <translation>Graphique des connexions coupées au fil du temps</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Connexions par seconde</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Changement de réseau</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and -, move with the arrow keys; the sentence under the chart says what it shows</source>
        <translation>Zoomez avec la molette de la souris ou avec + et -, déplacez-vous avec les touches fléchées&#xa0;; la phrase sous le graphique indique ce qu&apos;il montre</translation>
    </message>
</context>
<context>
    <name>ResetEvent</name>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
</context>
<context>
    <name>ResetHistory</name>
    <message>
        <source>The background watch&apos;s log (%1) is readable only by root and members of the %2 group: ask an administrator to add you to it (sudo adduser YOUR-NAME %2), then log in again.</source>
        <translation>Le journal de la surveillance en arrière-plan (%1) n&apos;est lisible que par root et les membres du groupe %2&#xa0;: demandez à un administrateur de vous y ajouter (sudo adduser VOTRE-NOM %2), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>There is no background watch log in %1: the background watch (connection-doctor-watch.service) has not run on this computer, or its log was removed.</source>
        <translation>Il n&apos;y a pas de journal de la surveillance en arrière-plan dans %1&#xa0;: la surveillance en arrière-plan (connection-doctor-watch.service) n&apos;a pas tourné sur cet ordinateur, ou son journal a été supprimé.</translation>
    </message>
    <message>
        <source>%1 is not a directory, so it holds no background watch log.</source>
        <translation>%1 n&apos;est pas un dossier et ne contient donc pas de journal de la surveillance en arrière-plan.</translation>
    </message>
    <message>
        <source>The background watch has written no log in %1 yet.</source>
        <translation>La surveillance en arrière-plan n&apos;a encore écrit aucun journal dans %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n of the log&apos;s files could not be read (%1).</source>
        <translation>
            <numerusform>%n fichier du journal n&apos;a pas pu être lu (%1).</numerusform>
            <numerusform>%n fichiers du journal n&apos;ont pas pu être lus (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The background watch could see no resets: %1; %2</source>
        <translation>La surveillance en arrière-plan ne pouvait voir aucun reset&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>The background watch wrote nothing after %1; its log ends at %2.</source>
        <translation>La surveillance en arrière-plan n&apos;a rien écrit après le %1&#xa0;; son journal s&apos;arrête le %2.</translation>
    </message>
    <message>
        <source>The background watch&apos;s log covers %1 to %2.</source>
        <translation>Le journal de la surveillance en arrière-plan couvre du %1 au %2.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n reset(s) in that time.</source>
        <translation>
            <numerusform>Il contient %n reset sur cette période.</numerusform>
            <numerusform>Il contient %n resets sur cette période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>Le plus ancien (%n) a été omis pour garder la liste de taille limitée.</numerusform>
            <numerusform>Les %n plus anciens ont été omis pour garder la liste de taille limitée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) the watch could not take in time, so some resets may be missing.</source>
        <translation>
            <numerusform>Le système a abandonné %n événement que la surveillance n&apos;a pas pu prendre à temps&#xa0;; des resets peuvent donc manquer.</numerusform>
            <numerusform>Le système a abandonné %n événements que la surveillance n&apos;a pas pu prendre à temps&#xa0;; des resets peuvent donc manquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch did not write %n reset(s), to keep its log to a bounded size.</source>
        <translation>
            <numerusform>La surveillance en arrière-plan n&apos;a pas écrit %n reset, pour garder son journal de taille limitée.</numerusform>
            <numerusform>La surveillance en arrière-plan n&apos;a pas écrit %n resets, pour garder son journal de taille limitée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the log could not be read (cut off by a crash or a power cut) and were skipped.</source>
        <translation>
            <numerusform>%n ligne du journal était illisible (coupée par un plantage ou une panne de courant) et a été ignorée.</numerusform>
            <numerusform>%n lignes du journal étaient illisibles (coupées par un plantage ou une panne de courant) et ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetLog</name>
    <message>
        <source>other programs and servers</source>
        <translation>autres programmes et serveurs</translation>
    </message>
    <message>
        <source>other servers</source>
        <translation>autres serveurs</translation>
    </message>
</context>
<context>
    <name>ResetPatterns</name>
    <message>
        <source>No connection was cut off in the last %1 min.</source>
        <translation>Aucune connexion coupée sur les %1 dernières min.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, regularly, about one every %3 s.</source>
        <translation>Connexions coupées sur les %1 dernières min&#xa0;: %2, régulièrement, environ une toutes les %3 s.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, in bursts (%3).</source>
        <translation>Connexions coupées sur les %1 dernières min&#xa0;: %2, par salves (%3).</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, at irregular times.</source>
        <translation>Connexions coupées sur les %1 dernières min&#xa0;: %2, à intervalles irréguliers.</translation>
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
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier reset</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Quiet before</source>
        <translation>Inactivité avant</translation>
    </message>
</context>
<context>
    <name>ResetSenderJudge</name>
    <message>
        <source>its SYN-ACK</source>
        <translation>son SYN-ACK</translation>
    </message>
    <message>
        <source>its packets</source>
        <translation>ses paquets</translation>
    </message>
    <message>
        <source>its SYN-ACK on another connection</source>
        <translation>son SYN-ACK sur une autre connexion</translation>
    </message>
    <message>
        <source>This computer answered a packet for a connection it no longer had (or never had) with a reset.</source>
        <translation>Cet ordinateur a répondu par un reset à un paquet destiné à une connexion qu&apos;il n&apos;avait plus (ou n&apos;avait jamais eue).</translation>
    </message>
    <message>
        <source>This computer sent the reset: %1 ended the connection abruptly.</source>
        <translation>Cet ordinateur a envoyé le reset&#xa0;: %1 a mis fin brutalement à la connexion.</translation>
    </message>
    <message>
        <source>The reset&apos;s packet was not seen, so who sent it cannot be told.</source>
        <translation>Le paquet du reset n&apos;a pas été vu, il est donc impossible de dire qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>Packets were not being captured, so who sent the reset cannot be told.</source>
        <translation>Les paquets n&apos;étaient pas capturés, il est donc impossible de dire qui a envoyé le reset.</translation>
    </message>
    <message>
        <source>its IP ID is 0, while the server&apos;s packets had other IDs</source>
        <translation>son IP ID vaut 0, alors que les paquets du serveur avaient d&apos;autres ID</translation>
    </message>
    <message numerus="yes">
        <source>%n resets came in a burst with changing sequence numbers, as injecting devices send them</source>
        <translation>
            <numerusform>%n reset est arrivé en rafale avec des numéros de séquence changeants, comme en envoient les appareils qui injectent des resets</numerusform>
            <numerusform>%n resets sont arrivés en rafale avec des numéros de séquence changeants, comme en envoient les appareils qui injectent des resets</numerusform>
        </translation>
    </message>
    <message>
        <source>it carried text: &quot;%1&quot;</source>
        <translation>il contenait du texte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>its sequence number is not the one the server was due to send</source>
        <translation>son numéro de séquence n&apos;est pas celui que le serveur devait envoyer</translation>
    </message>
    <message>
        <source>its sequence number is the one the server was due to send next</source>
        <translation>son numéro de séquence est celui que le serveur devait envoyer ensuite</translation>
    </message>
    <message>
        <source>it carries TCP timestamps, like the server&apos;s packets</source>
        <translation>il porte des horodatages TCP, comme les paquets du serveur</translation>
    </message>
    <message numerus="yes">
        <source>The reset came from %n hop(s) away (TTL %1), but none of the server&apos;s own packets were seen to compare.</source>
        <translation>
            <numerusform>Le reset venait d&apos;une distance de %n saut (TTL %1), mais aucun paquet du serveur lui-même n&apos;a été vu pour comparer.</numerusform>
            <numerusform>Le reset venait d&apos;une distance de %n sauts (TTL %1), mais aucun paquet du serveur lui-même n&apos;a été vu pour comparer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs on this computer, so distance cannot tell who sent the reset.</source>
        <translation>Le serveur tourne sur cet ordinateur, la distance ne permet donc pas de dire qui a envoyé le reset.</translation>
    </message>
    <message numerus="yes">
        <source>The reset arrived with TTL %1, from %n hop(s) away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</source>
        <translation>
            <numerusform>Le reset est arrivé avec le TTL %1, soit à %n saut de distance&#xa0;; les paquets du serveur (%2) arrivent avec le TTL %3, soit à %4 sauts&#xa0;: c&apos;est un appareil entre vous et le serveur qui l&apos;a envoyé.</numerusform>
            <numerusform>Le reset est arrivé avec le TTL %1, soit à %n sauts de distance&#xa0;; les paquets du serveur (%2) arrivent avec le TTL %3, soit à %4 sauts&#xa0;: c&apos;est un appareil entre vous et le serveur qui l&apos;a envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hop(s) away.</source>
        <translation>
            <numerusform>Le reset venait de la même distance que les paquets du serveur (%1)&#xa0;: TTL %2, à %n saut.</numerusform>
            <numerusform>Le reset venait de la même distance que les paquets du serveur (%1)&#xa0;: TTL %2, à %n sauts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from further away (TTL %1, %n hop(s)) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</source>
        <translation>
            <numerusform>Le reset venait de plus loin (TTL %1, %n saut) que les paquets du serveur (TTL %2)&#xa0;: un élément au-delà du serveur, ou un appareil qui a fixé son propre TTL.</numerusform>
            <numerusform>Le reset venait de plus loin (TTL %1, %n sauts) que les paquets du serveur (TTL %2)&#xa0;: un élément au-delà du serveur, ou un appareil qui a fixé son propre TTL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlike the server&apos;s own packets: %1.</source>
        <translation>Contrairement aux paquets du serveur lui-même&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Like the server&apos;s own packets: %1.</source>
        <translation>Comme pour les paquets du serveur lui-même&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NAT routers and load balancers can change TTLs, and a device can copy the server&apos;s: this is strong evidence, not proof.</source>
        <translation>Les routeurs NAT et les répartiteurs de charge peuvent modifier les TTL, et un appareil peut copier celui du serveur&#xa0;: c&apos;est un indice fort, pas une preuve.</translation>
    </message>
    <message>
        <source>This computer&apos;s system says why it sent the reset: %1 (%2).</source>
        <translation>Le système de cet ordinateur dit pourquoi il a envoyé la réinitialisation : %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWatch</name>
    <message>
        <source>Without packet capture the watch cannot tell who sent each reset (%1).</source>
        <translation>Sans capture des paquets, la surveillance ne peut pas dire qui a envoyé chaque reset (%1).</translation>
    </message>
    <message>
        <source>Without the kernel&apos;s events the watch cannot name the program behind each reset (%1).</source>
        <translation>Sans les événements du noyau, la surveillance ne peut pas nommer le programme à l&apos;origine de chaque reset (%1).</translation>
    </message>
    <message>
        <source>Only the system&apos;s count of resets is shown, without programs or servers.</source>
        <translation>Seul le nombre de resets compté par le système est affiché, sans programmes ni serveurs.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped.</source>
        <translation>Le programme auxiliaire de la surveillance des resets s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>This system has no way to ask for permission here (pkexec is missing).</source>
        <translation>Ce système ne peut pas demander d’autorisation ici (pkexec est absent).</translation>
    </message>
    <message>
        <source>Starting the reset watch...</source>
        <translation>Démarrage de la surveillance des resets...</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>Surveillance des resets&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Resets counted by the system, for every program together.</source>
        <translation>Resets comptés par le système, pour tous les programmes ensemble.</translation>
    </message>
    <message>
        <source>No program on this computer has had a connection reset since the watch started.</source>
        <translation>Aucun programme de cet ordinateur n&apos;a eu de connexion coupée (reset) depuis le début de la surveillance des resets.</translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen on this computer. The most: %1.</source>
        <translation>
            <numerusform>%n reset observé sur cet ordinateur. Le plus fréquent&#xa0;: %1.</numerusform>
            <numerusform>%n resets observés sur cet ordinateur. Le plus fréquent&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWatchRules</name>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s), each after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>Les connexions de %1 vers %2 ont été coupées (reset) %n fois, chaque fois après %3 à %4 d&apos;inactivité.</numerusform>
            <numerusform>Les connexions de %1 vers %2 ont été coupées (reset) %n fois, chaque fois après %3 à %4 d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s); %5 of them after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>Les connexions de %1 vers %2 ont été coupées (reset) %n fois, dont %5 fois après %3 à %4 d&apos;inactivité.</numerusform>
            <numerusform>Les connexions de %1 vers %2 ont été coupées (reset) %n fois, dont %5 fois après %3 à %4 d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resets were sent by %1.</source>
        <translation>Expéditeur des resets&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>%n reset dont le paquet a été vu venait d&apos;un appareil sur le chemin, et non du serveur.</numerusform>
            <numerusform>Chacun des %n resets dont les paquets ont été vus venait d&apos;un appareil sur le chemin, et non du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>%1 sur %n reset dont le paquet a été vu venait d&apos;un appareil sur le chemin, et non du serveur.</numerusform>
            <numerusform>%1 des %n resets dont les paquets ont été vus venaient d&apos;un appareil sur le chemin, et non du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them refused the connection before it was established.</source>
        <translation>
            <numerusform>%n d&apos;entre eux a refusé la connexion avant qu&apos;elle soit établie.</numerusform>
            <numerusform>%n d&apos;entre eux ont refusé la connexion avant qu&apos;elle soit établie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 resets of connections to %n different server(s) came within 5 seconds, starting at %2.</source>
        <translation>
            <numerusform>%1 resets de connexions vers %n serveur sont survenus en moins de 5 secondes, à partir de %2.</numerusform>
            <numerusform>%1 resets de connexions vers %n serveurs différents sont survenus en moins de 5 secondes, à partir de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) was of a connection to the proxy server (%1).</source>
        <translation>
            <numerusform>%n reset concernait une connexion vers le serveur proxy (%1).</numerusform>
            <numerusform>Les %n resets concernaient tous des connexions vers le serveur proxy (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All traffic goes through the VPN, and %1 of the %n reset(s) came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>Tout le trafic passe par le VPN, et %1 sur %n reset venait d&apos;un appareil sur le chemin, et non du serveur.</numerusform>
            <numerusform>Tout le trafic passe par le VPN, et %1 des %n resets venaient d&apos;un appareil sur le chemin, et non du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) of %1&apos;s connections to %2 was sent by the server itself.</source>
        <translation>
            <numerusform>%n reset des connexions de %1 vers %2 a été envoyé par le serveur lui-même.</numerusform>
            <numerusform>Les %n resets des connexions de %1 vers %2 ont tous été envoyés par le serveur lui-même.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 of the %n reset(s) of %1&apos;s connections to %2 were sent by the server itself.</source>
        <translation>
            <numerusform>%3 sur %n reset des connexions de %1 vers %2 a été envoyé par le serveur lui-même.</numerusform>
            <numerusform>%3 des %n resets des connexions de %1 vers %2 ont été envoyés par le serveur lui-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refusal&apos;s packets came from the server itself.</source>
        <translation>Les paquets du refus venaient du serveur lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>That device is %n hop(s) from you; the server is %1 hops away.</source>
        <translation>
            <numerusform>Cet appareil est à %n saut de vous&#xa0;; le serveur est à %1 sauts.</numerusform>
            <numerusform>Cet appareil est à %n sauts de vous&#xa0;; le serveur est à %1 sauts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The refusal&apos;s packets came from a device %n hop(s) from you, not from the server (%1 hops away).</source>
        <translation>
            <numerusform>Les paquets du refus venaient d’un appareil à %n saut de vous, pas du serveur (à %1 sauts).</numerusform>
            <numerusform>Les paquets du refus venaient d’un appareil à %n sauts de vous, pas du serveur (à %1 sauts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of the resets were sent by %1.</source>
        <translation>La plupart des resets venaient de&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This computer sent %n reset(s) that ended %1&apos;s connections to %2.</source>
        <translation>
            <numerusform>Cet ordinateur a envoyé %n réinitialisation qui a coupé les connexions de %1 vers %2.</numerusform>
            <numerusform>Cet ordinateur a envoyé %n réinitialisations qui ont coupé les connexions de %1 vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s reason for each: %1 (%2).</source>
        <translation>La raison du système pour chacune : %1 (%2).</translation>
    </message>
    <message>
        <source>The system&apos;s reason for most of them: %1 (%2).</source>
        <translation>La raison du système pour la plupart : %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWording</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message numerus="yes">
        <source>a device %n hop(s) away</source>
        <translation>
            <numerusform>un appareil à %n saut</numerusform>
            <numerusform>un appareil à %n sauts</numerusform>
        </translation>
    </message>
    <message>
        <source>a device between you and the server</source>
        <translation>un appareil entre vous et le serveur</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>every program&apos;s connections, from the system&apos;s own events</source>
        <translation>les connexions de tous les programmes, d&apos;après les événements du système lui-même</translation>
    </message>
    <message>
        <source>packets only, without the programs behind them</source>
        <translation>les paquets seulement, sans les programmes qui sont derrière</translation>
    </message>
    <message>
        <source>the system&apos;s count of resets only</source>
        <translation>uniquement le nombre de resets compté par le système</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message numerus="yes">
        <source>about %n ms</source>
        <translation>
            <numerusform>environ %n ms</numerusform>
            <numerusform>environ %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>environ %n s</numerusform>
            <numerusform>environ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4): %5, sent by %6</source>
        <translation>%1 %2 → %3 (%4)&#xa0;: %5, expéditeur&#xa0;: %6</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), sent by %3</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: %n reset, expéditeur&#xa0;: %3</numerusform>
            <numerusform>%1 → %2&#xa0;: %n resets, expéditeur&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, typically after %1 of quiet</source>
        <translation>, généralement après %1 d&apos;inactivité</translation>
    </message>
    <message>
        <source>none: it was in use</source>
        <translation>aucune&#xa0;: elle était en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>, typically while in use</source>
        <translation>, généralement en cours d&apos;utilisation</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), mostly sent by %3</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: %n reset, surtout de l’expéditeur %3</numerusform>
            <numerusform>%1 → %2&#xa0;: %n resets, surtout de l’expéditeur %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the kernel gave no particular reason</source>
        <translation>le noyau n’a pas donné de raison particulière</translation>
    </message>
    <message>
        <source>nothing on this computer listens on that port any more, or the connection was already gone</source>
        <translation>plus rien n’écoute sur ce port de cet ordinateur, ou la connexion n’existait déjà plus</translation>
    </message>
    <message>
        <source>the program closed the connection before reading all that had arrived</source>
        <translation>le programme a fermé la connexion avant d’avoir lu tout ce qui était arrivé</translation>
    </message>
    <message>
        <source>the program closed the connection with data still unread</source>
        <translation>le programme a fermé la connexion avec des données encore non lues</translation>
    </message>
    <message>
        <source>the program had closed the connection, and the other side did not finish closing it in time</source>
        <translation>le programme avait fermé la connexion, et l’autre côté n’a pas fini de la fermer à temps</translation>
    </message>
    <message>
        <source>the computer was out of memory for connections</source>
        <translation>l’ordinateur n’avait plus de mémoire pour les connexions</translation>
    </message>
    <message>
        <source>the other side stopped answering keep-alive checks</source>
        <translation>l’autre côté a cessé de répondre aux vérifications keep-alive</translation>
    </message>
    <message>
        <source>the program cut the connection off at once instead of closing it</source>
        <translation>le programme a coupé la connexion d’un coup au lieu de la fermer</translation>
    </message>
    <message>
        <source>the program disconnected with data still unread</source>
        <translation>le programme s’est déconnecté avec des données encore non lues</translation>
    </message>
    <message>
        <source>%1; why: %2 (%3)</source>
        <translation>%1 ; raison : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server&apos;s name, then its address</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and other names</source>
        <translation>%1 et d&apos;autres noms</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>What we found, most likely cause first.</source>
        <translation>Ce que nous avons trouvé, la cause la plus probable en premier.</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exporter le rapport...</translation>
    </message>
    <message>
        <source>Save the report as a web page, PDF, text or JSON file to send to your helpdesk</source>
        <translation>Enregistrer le rapport en page web, PDF, texte ou fichier JSON pour l&apos;envoyer à votre assistance informatique</translation>
    </message>
    <message>
        <source>Your helpdesk asks you to send the report to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Votre assistance informatique vous demande d&apos;envoyer le rapport à &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Include this server&apos;s resets from before this run (the background watch&apos;s log)</source>
        <translation>&amp;Inclure les resets de ce serveur d&apos;avant cette exécution (journal de la surveillance en arrière-plan)</translation>
    </message>
    <message>
        <source>Adds what the background watch saw of this server&apos;s connections over the last 7 days, in any program, to the report and every export. Off unless you or your helpdesk turn it on.</source>
        <translation>Ajoute au rapport et à chaque export ce que la surveillance en arrière-plan a vu des connexions à ce serveur ces 7 derniers jours, dans tous les programmes. Désactivé tant que ni vous ni votre support ne l&apos;activez.</translation>
    </message>
</context>
<context>
    <name>RouteCheck</name>
    <message>
        <source>The routing table could not be read, so this step was skipped.</source>
        <translation>La table de routage n&apos;a pas pu être lue, cette étape a donc été ignorée.</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>directement</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>This computer has no way out to the internet: there is no default route (no router is set).</source>
        <translation>Cet ordinateur n&apos;a aucune sortie vers Internet&#xa0;: il n&apos;y a pas de route par défaut (aucun routeur n&apos;est défini).</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves through %1.</source>
        <translation>Le trafic vers Internet sort par %1.</translation>
    </message>
    <message>
        <source>Traffic to the internet goes through the router %1 (%2).</source>
        <translation>Le trafic vers Internet passe par le routeur %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Enter a web address or a server name, for example www.example.com or mail.example.com:993.</source>
        <translation>Saisissez une adresse web ou un nom de serveur, par exemple www.example.com ou mail.example.com:993.</translation>
    </message>
    <message>
        <source>The address is too long to be real; check what was pasted.</source>
        <translation>L&apos;adresse est trop longue pour être réelle&#xa0;; vérifiez ce qui a été collé.</translation>
    </message>
    <message>
        <source>The address contains a space; remove it and try again.</source>
        <translation>L&apos;adresse contient un espace&#xa0;; supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>This web address is not valid: %1</source>
        <translation>Cette adresse web n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The web address has no server name after &quot;%1://&quot;.</source>
        <translation>L&apos;adresse web n&apos;a pas de nom de serveur après «&#xa0;%1://&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; addresses have no usual port; add one, for example %2:8080.</source>
        <translation>Les adresses «&#xa0;%1&#xa0;» n&apos;ont pas de port habituel&#xa0;; ajoutez-en un, par exemple %2:8080.</translation>
    </message>
    <message>
        <source>An IPv6 address in brackets needs a closing &quot;]&quot;.</source>
        <translation>Une adresse IPv6 entre crochets doit se terminer par «&#xa0;]&#xa0;».</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address, as in [2001:db8::1]:443.</source>
        <translation>Seul un port peut suivre l&apos;adresse IPv6, comme dans [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address. Write IPv6 addresses with a port as [address]:port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide. Écrivez les adresses IPv6 avec un port sous la forme [adresse]:port.</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>Le nom du serveur est manquant.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number. Ports are numbers from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre. Les ports sont des nombres de 1 à 65535.</translation>
    </message>
    <message>
        <source>The port %1 is out of range. Ports are numbers from 1 to 65535.</source>
        <translation>Le port %1 est hors limites. Les ports sont des nombres de 1 à 65535.</translation>
    </message>
    <message>
        <source>The server name is longer than %1 characters, which no real name is.</source>
        <translation>Le nom du serveur dépasse %1 caractères, ce qu&apos;aucun vrai nom ne fait.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read two ways. Did you mean %2 (the address %3, port %4)? For the address %1 itself, write [%1].</source>
        <translation>«&#xa0;%1&#xa0;» peut se lire de deux façons. Vouliez-vous dire %2 (l&apos;adresse %3, port %4)&#xa0;? Pour l&apos;adresse %1 elle-même, écrivez [%1].</translation>
    </message>
</context>
<context>
    <name>TcpCountersCheck</name>
    <message>
        <source>This computer&apos;s connection statistics could not be read, so this step was skipped.</source>
        <translation>Les statistiques de connexion de cet ordinateur n&apos;ont pas pu être lues, cette étape a donc été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>Connections on this computer were reset while we watched: %1 in %n second(s).</source>
        <translation>
            <numerusform>Des connexions de cet ordinateur ont été coupées (reset) pendant l&apos;observation&#xa0;: %1 en %n seconde.</numerusform>
            <numerusform>Des connexions de cet ordinateur ont été coupées (reset) pendant l&apos;observation&#xa0;: %1 en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No connection on this computer was reset while we watched (%n second(s)).</source>
        <translation>
            <numerusform>Aucune connexion de cet ordinateur n&apos;a été coupée pendant l&apos;observation (%n seconde).</numerusform>
            <numerusform>Aucune connexion de cet ordinateur n&apos;a été coupée pendant l&apos;observation (%n secondes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineSvg</name>
    <message>
        <source>Connections per second by how they ended, %1 to %2</source>
        <translation>Connexions par seconde selon leur issue, de %1 à %2</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
</context>
<context>
    <name>TlsSniExperiment</name>
    <message>
        <source>The service does not use a secure (TLS) connection, so this test does not apply.</source>
        <translation>Le service n&apos;utilise pas de connexion sécurisée (TLS), ce test ne s&apos;applique donc pas.</translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer.</source>
        <translation>Les connexions sécurisées ne sont pas disponibles sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Secure connections are cut off because of the site&apos;s name: something between you and the server filters it.</source>
        <translation>Les connexions sécurisées sont coupées à cause du nom du site&#xa0;: un élément entre vous et le serveur le filtre.</translation>
    </message>
    <message>
        <source>Secure connections are cut off during setup, whatever the site name.</source>
        <translation>Les connexions sécurisées sont coupées pendant leur établissement, quel que soit le nom du site.</translation>
    </message>
    <message>
        <source>Secure connections to your service are set up normally.</source>
        <translation>Les connexions sécurisées vers votre service s&apos;établissent normalement.</translation>
    </message>
    <message>
        <source>Secure connections to your service fail (%1).</source>
        <translation>Les connexions sécurisées vers votre service échouent (%1).</translation>
    </message>
</context>
<context>
    <name>UnsupportedResetSource</name>
    <message>
        <source>Watching every program&apos;s resets is not available on this system yet.</source>
        <translation>La surveillance des resets de tous les programmes n&apos;est pas encore disponible sur ce système.</translation>
    </message>
</context>
<context>
    <name>VpnCheck</name>
    <message>
        <source>No VPN is switched on.</source>
        <translation>Aucun VPN n&apos;est activé.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on and carries all your internet traffic; VPNs are a common cause of cut connections.</source>
        <translation>Un VPN (%1) est activé et transporte tout votre trafic Internet&#xa0;; les VPN sont une cause fréquente de connexions coupées.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on; it carries only some of your traffic.</source>
        <translation>Un VPN (%1) est activé&#xa0;; il ne transporte qu&apos;une partie de votre trafic.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Practice &amp;example:</source>
        <translation>&amp;Exemple d&apos;entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Tell us what stopped working. We will test your connection step by step and tell you what to do.</source>
        <translation>Dites-nous ce qui ne fonctionne plus. Nous allons tester votre connexion étape par étape et vous dire quoi faire.</translation>
    </message>
    <message>
        <source>A website won&apos;t load</source>
        <translation>Un site web ne s&apos;affiche pas</translation>
    </message>
    <message>
        <source>An app shows an error</source>
        <translation>Une application affiche une erreur</translation>
    </message>
    <message>
        <source>An upload fails</source>
        <translation>Un envoi de fichier échoue</translation>
    </message>
    <message>
        <source>A remote server or SSH session drops</source>
        <translation>Une session SSH ou à distance se coupe</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>What were you doing</source>
        <translation>Que faisiez-vous</translation>
    </message>
    <message>
        <source>for example www.example.com or mail.example.com:993</source>
        <translation>par exemple www.example.com ou mail.example.com:993</translation>
    </message>
    <message>
        <source>Web address or server name</source>
        <translation>Adresse web ou nom du serveur</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problème avec l&apos;adresse</translation>
    </message>
    <message>
        <source>Optional: paste the error message you saw here</source>
        <translation>Facultatif&#xa0;: collez ici le message d&apos;erreur que vous avez vu</translation>
    </message>
    <message>
        <source>The error message you saw</source>
        <translation>Le message d&apos;erreur que vous avez vu</translation>
    </message>
    <message>
        <source>Practice example</source>
        <translation>Exemple d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;What were you doing?</source>
        <translation>&amp;Que faisiez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>W&amp;here? (web address or server name)</source>
        <translation>&amp;Où&#xa0;? (adresse web ou nom du serveur)</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>Message d&apos;e&amp;rreur&#xa0;:</translation>
    </message>
    <message>
        <source>We do not recognise this message; the tests will find out what is happening.</source>
        <translation>Nous ne reconnaissons pas ce message&#xa0;; les tests vont trouver ce qui se passe.</translation>
    </message>
    <message>
        <source>Choose what you were doing when the connection failed</source>
        <translation>Choisissez ce que vous faisiez quand la connexion a échoué</translation>
    </message>
    <message>
        <source>A server on this computer that fails in a known way, to practise on</source>
        <translation>Un serveur sur cet ordinateur qui tombe en panne d&apos;une façon connue, pour vous entraîner</translation>
    </message>
    <message>
        <source>The address of the service whose connections fail</source>
        <translation>L&apos;adresse du service dont les connexions échouent</translation>
    </message>
    <message>
        <source>Optional: the error text; we explain it and take the address from it</source>
        <translation>Facultatif&#xa0;: le texte de l&apos;erreur&#xa0;; nous l&apos;expliquons et en tirons l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Open a saved report...</source>
        <translation>Ou&amp;vrir un rapport enregistré...</translation>
    </message>
    <message>
        <source>For helpdesks: show a report someone sent you, as they saw it</source>
        <translation>Pour l&apos;assistance informatique&#xa0;: afficher un rapport qu&apos;on vous a envoyé, tel que son auteur l&apos;a vu</translation>
    </message>
    <message>
        <source>Message from your helpdesk:</source>
        <translation>Message de votre assistance informatique&#xa0;:</translation>
    </message>
    <message>
        <source>Message from your helpdesk</source>
        <translation>Message de votre assistance informatique</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The fault lab could not start: %1</source>
        <translation>Le laboratoire de pannes n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>This message is not one we recognise, so we cannot say for sure what it means. Run a diagnosis against the service to find out what is happening.</source>
        <translation>Nous ne reconnaissons pas ce message, nous ne pouvons donc pas dire avec certitude ce qu&apos;il signifie. Lancez un diagnostic sur le service pour savoir ce qui se passe.</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Signalé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>To find the cause: connection-doctor --headless --diagnose --target %1</source>
        <translation>Pour trouver la cause&#xa0;: connection-doctor --headless --diagnose --target %1</translation>
    </message>
    <message>
        <source>Run connection-doctor --help to see the options.</source>
        <translation>Lancez connection-doctor --help pour voir les options.</translation>
    </message>
    <message>
        <source>With --demo, --target names a fault lab scenario, such as reset-after-idle.</source>
        <translation>Avec --demo, --target désigne un scénario du laboratoire de pannes, par exemple reset-after-idle.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: it is not a file. Give the service with --target.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier. Indiquez le service avec --target.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Neither --target nor the profile names the service to test.</source>
        <translation>Ni --target ni le profil n&apos;indiquent le service à tester.</translation>
    </message>
</context>
</TS>
