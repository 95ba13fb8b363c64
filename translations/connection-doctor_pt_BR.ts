<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BackgroundWatchService</name>
    <message>
        <source>Asking the system whether the background watch is on...</source>
        <translation>Perguntando ao sistema se o monitoramento em segundo plano está ligado...</translation>
    </message>
    <message>
        <source>This system was not started by systemd, so the background watch (%1) cannot run here.</source>
        <translation>Este sistema não foi iniciado pelo systemd, então o monitoramento em segundo plano (%1) não pode rodar aqui.</translation>
    </message>
    <message>
        <source>The background watch (%1) is not installed: it comes with the connection-doctor package.</source>
        <translation>O monitoramento em segundo plano (%1) não está instalado: ele vem com o pacote connection-doctor.</translation>
    </message>
    <message>
        <source>An administrator has masked the background watch (%1), so it cannot be turned on.</source>
        <translation>Um administrador mascarou o monitoramento em segundo plano (%1), então ele não pode ser ligado.</translation>
    </message>
    <message>
        <source>The background watch is off: resets are seen only while this app watches.</source>
        <translation>O monitoramento em segundo plano está desligado: as redefinições só são vistas enquanto este aplicativo monitora.</translation>
    </message>
    <message>
        <source>The background watch is on: it keeps a log of every program&apos;s resets, for 7 days, also while this app is closed.</source>
        <translation>O monitoramento em segundo plano está ligado: ele guarda um registro das redefinições de todos os programas por 7 dias, também com este aplicativo fechado.</translation>
    </message>
    <message>
        <source>The background watch is turned on but is not running; its messages are in journalctl -u %1.</source>
        <translation>O monitoramento em segundo plano está ligado, mas não está rodando; as mensagens dele estão em journalctl -u %1.</translation>
    </message>
    <message>
        <source>The background watch runs now, but is not turned on: it will not start again when the computer does.</source>
        <translation>O monitoramento em segundo plano está rodando agora, mas não está ligado: ele não vai iniciar de novo quando o computador iniciar.</translation>
    </message>
    <message>
        <source>The background watch is now on.</source>
        <translation>O monitoramento em segundo plano agora está ligado.</translation>
    </message>
    <message>
        <source>The background watch is now off.</source>
        <translation>O monitoramento em segundo plano agora está desligado.</translation>
    </message>
    <message>
        <source>Permission was not given, so the background watch was not changed.</source>
        <translation>A permissão não foi dada, então o monitoramento em segundo plano não foi alterado.</translation>
    </message>
    <message>
        <source>The background watch could not be turned on (exit status %1).</source>
        <translation>Não foi possível ligar o monitoramento em segundo plano (código de saída %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned off (exit status %1).</source>
        <translation>Não foi possível desligar o monitoramento em segundo plano (código de saída %1).</translation>
    </message>
    <message>
        <source>The background watch could not be turned on: %1</source>
        <translation>Não foi possível ligar o monitoramento em segundo plano: %1</translation>
    </message>
    <message>
        <source>The background watch could not be turned off: %1</source>
        <translation>Não foi possível desligar o monitoramento em segundo plano: %1</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: %1 is missing.</source>
        <translation>O monitoramento em segundo plano não pode ser alterado aqui: falta o %1.</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: its action (%1) is not installed.</source>
        <translation>O monitoramento em segundo plano não pode ser alterado aqui: a ação dele (%1) não está instalada.</translation>
    </message>
    <message>
        <source>The background watch is part of Connection Doctor for Linux: here, resets are seen only while this app watches.</source>
        <translation>A vigilância em segundo plano faz parte do Connection Doctor para Linux: aqui, os resets só são vistos enquanto este aplicativo vigia.</translation>
    </message>
</context>
<context>
    <name>CaptivePortalCheck</name>
    <message>
        <source>No sign-in page test address is configured, so this step was skipped.</source>
        <translation>Nenhum endereço para testar páginas de login foi configurado, então esta etapa foi pulada.</translation>
    </message>
    <message>
        <source>No sign-in page (captive portal) is in the way.</source>
        <translation>Nenhuma página de login (portal cativo) está atrapalhando.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way, as in hotels, trains or guest networks: open a web browser and sign in first.</source>
        <translation>Há uma página de login no caminho, como em hotéis, trens ou redes para visitantes: abra o navegador e faça login primeiro.</translation>
    </message>
    <message>
        <source>Whether a sign-in page is in the way could not be tested.</source>
        <translation>Não foi possível testar se há uma página de login no caminho.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>This step took too long and was stopped after %n seconds.</source>
        <translation>
            <numerusform>Esta etapa demorou demais e foi interrompida após %n segundo.</numerusform>
            <numerusform>Esta etapa demorou demais e foi interrompida após %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Unknown check &quot;%1&quot;; the checks are %2.</source>
        <translation>Verificação desconhecida &quot;%1&quot;; as verificações disponíveis são %2.</translation>
    </message>
    <message>
        <source>Name at least one check: %1.</source>
        <translation>Indique pelo menos uma verificação: %1.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Conexão de rede</translation>
    </message>
    <message>
        <source>Way out to the internet</source>
        <translation>Saída para a internet</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Servidores de nomes</translation>
    </message>
    <message>
        <source>Looking up names</source>
        <translation>Consulta de nomes</translation>
    </message>
    <message>
        <source>Reaching well-known sites</source>
        <translation>Acesso a sites conhecidos</translation>
    </message>
    <message>
        <source>Sign-in pages</source>
        <translation>Páginas de login</translation>
    </message>
    <message>
        <source>What your system says</source>
        <translation>O que o sistema informa</translation>
    </message>
    <message>
        <source>Firewall on this computer</source>
        <translation>Firewall deste computador</translation>
    </message>
    <message>
        <source>Your service&apos;s port</source>
        <translation>Porta do seu serviço</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Large packets</source>
        <translation>Pacotes grandes</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Configurações de proxy</translation>
    </message>
    <message>
        <source>With and without the proxy</source>
        <translation>Com e sem o proxy</translation>
    </message>
    <message>
        <source>Cut connections on this computer</source>
        <translation>Conexões cortadas neste computador</translation>
    </message>
    <message>
        <source>Many connections at once</source>
        <translation>Muitas conexões ao mesmo tempo</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Tamanho do envio</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexão segura</translation>
    </message>
    <message>
        <source>Quiet connections</source>
        <translation>Conexões ociosas</translation>
    </message>
    <message>
        <source>What requests ask for</source>
        <translation>O que as requisições pedem</translation>
    </message>
</context>
<context>
    <name>CheckContextLoader</name>
    <message>
        <source>In the settings file %1: %2</source>
        <translation>No arquivo de configurações %1: %2</translation>
    </message>
    <message>
        <source>--proxy takes http://host:port or socks5://host:port, not &quot;%1&quot;.</source>
        <translation>--proxy aceita http://host:porta ou socks5://host:porta, e não &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>CheckRowList</name>
    <message>
        <source>Results of the checks</source>
        <translation>Resultados das verificações</translation>
    </message>
    <message>
        <source>One row for each check, with what it found; open Details for the technical facts</source>
        <translation>Uma linha para cada verificação, com o que ela encontrou; abra Detalhes para ver os dados técnicos</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Left out by your helpdesk&apos;s profile.</source>
        <translation>Deixada de fora pelo perfil do suporte técnico.</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Testar de novo</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testando</translation>
    </message>
    <message>
        <source>Testing... you can move on at any time.</source>
        <translation>Testando... você pode avançar quando quiser.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Interrompido antes do fim.</translation>
    </message>
    <message>
        <source>Stop the checks on this page; what was found so far stays</source>
        <translation>Interrompe as verificações desta página; o que já foi encontrado é mantido</translation>
    </message>
    <message>
        <source>Run the checks on this page again from the start</source>
        <translation>Executa de novo, desde o início, as verificações desta página</translation>
    </message>
    <message>
        <source>Shown while the checks on this page run</source>
        <translation>Exibido enquanto as verificações desta página estão em andamento</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>Progresso das verificações</translation>
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
        <translation>Mostra ou oculta esta parte</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 aceita um número inteiro de %2 a %3, e não &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Finds out why your connections end with &quot;Connection reset by peer&quot; and what to do about it.</source>
        <translation>Descobre por que suas conexões terminam com &quot;Connection reset by peer&quot; e o que fazer a respeito.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Run without windows and print the results.</source>
        <translation>Executa sem janelas e exibe os resultados.</translation>
    </message>
    <message>
        <source>The service whose connections fail: host:port, [IPv6]:port, a host name (port 443) or a URL. With --demo, a fault lab scenario name.</source>
        <translation>O serviço cujas conexões falham: host:porta, [IPv6]:porta, um nome de host (porta 443) ou uma URL. Com --demo, o nome de um cenário do laboratório de falhas.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>How many probes to run (default 5).</source>
        <translation>Quantas tentativas de conexão fazer (padrão: 5).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds between the start of two probes (default 1000).</source>
        <translation>Milissegundos entre o início de duas tentativas (padrão: 1000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds each step of a probe may take before it counts as timed out (default 5000).</source>
        <translation>Milissegundos que cada etapa de uma tentativa pode levar antes de contar como tempo esgotado (padrão: 5000).</translation>
    </message>
    <message>
        <source>Write the full report as JSON to this file.</source>
        <translation>Grava o relatório completo em JSON neste arquivo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Start the built-in fault lab on this computer and practise on it: works with no network. With --headless and no --target, tours every way a connection can end.</source>
        <translation>Inicia o laboratório de falhas embutido neste computador para você praticar: funciona sem rede. Com --headless e sem --target, percorre todas as formas como uma conexão pode terminar.</translation>
    </message>
    <message>
        <source>Only run the fault lab, print its ports and serve until interrupted (for training and testing).</source>
        <translation>Executa só o laboratório de falhas, exibe as portas dele e fica atendendo até ser interrompido (para treinamento e testes).</translation>
    </message>
    <message>
        <source>Run these environment checks: connectivity, firewall, vpn, proxy, counters, or all (comma-separated).</source>
        <translation>Executa estas verificações do ambiente: connectivity, firewall, vpn, proxy, counters ou all (separadas por vírgula).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Override an endpoint the checks contact, as key=value (see docs/endpoints.md); may be repeated.</source>
        <translation>Substitui um endpoint que as verificações contatam, no formato chave=valor (veja docs/endpoints.md); pode ser usada mais de uma vez.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>chave=valor</translation>
    </message>
    <message>
        <source>Compare direct connections with this proxy (http://host:port or socks5://host:port).</source>
        <translation>Compara as conexões diretas com as conexões por este proxy (http://host:porta ou socks5://host:porta).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>With --lab: the IPv4 address to serve on (default 127.0.0.1).</source>
        <translation>Com --lab: o endereço IPv4 em que atender (padrão: 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>Find the cause: run every check and the active experiments against the target, then name the most likely cause and the fix.</source>
        <translation>Encontra a causa: executa todas as verificações e os experimentos ativos no destino e depois indica a causa mais provável e a solução.</translation>
    </message>
    <message>
        <source>Seconds the diagnosis may take (default 120).</source>
        <translation>Segundos que o diagnóstico pode levar (padrão: 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Explain an error message you saw, such as &quot;ECONNRESET&quot; or &quot;Connection reset by peer&quot;.</source>
        <translation>Explica uma mensagem de erro que você viu, como &quot;ECONNRESET&quot; ou &quot;Connection reset by peer&quot;.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Watch the target: probe it at a steady pace (--interval) for --duration seconds and count how connections end over time.</source>
        <translation>Monitora o destino: testa-o em ritmo constante (--interval) por --duration segundos e conta como as conexões terminam ao longo do tempo.</translation>
    </message>
    <message>
        <source>Print nothing but errors; the exit status and the report say the rest.</source>
        <translation>Exibe apenas erros; o código de saída e o relatório dizem o resto.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Give the service with --target.</source>
        <translation>Argumento inesperado &quot;%1&quot;. Informe o serviço com --target.</translation>
    </message>
    <message>
        <source>--listen takes an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--listen aceita um endereço IPv4, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--monitor needs the --target to watch.</source>
        <translation>--monitor precisa do --target a monitorar.</translation>
    </message>
    <message>
        <source>--diagnose needs the --target whose connections fail.</source>
        <translation>--diagnose precisa do --target cujas conexões falham.</translation>
    </message>
    <message>
        <source>Write the report to this file, in the format its extension names: .html, .pdf, .json, .txt or .csv. May be given more than once.</source>
        <translation>Grava o relatório neste arquivo, no formato indicado pela extensão: .html, .pdf, .json, .txt ou .csv. Pode ser usada mais de uma vez.</translation>
    </message>
    <message>
        <source>Hide these kinds of values in the written reports: a comma list of public-ip, private-ip, host, user, mac, path, or all or none (default none).</source>
        <translation>Oculta estes tipos de valores nos relatórios gravados: uma lista separada por vírgulas de public-ip, private-ip, host, user, mac, path, ou all ou none (padrão: none).</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>Show a saved JSON report as the user saw it (with --headless: print it, or convert it with --report).</source>
        <translation>Mostra um relatório JSON salvo como o usuário o viu (com --headless: exibe-o ou o converte com --report).</translation>
    </message>
    <message>
        <source>Start with a helpdesk&apos;s profile: the service, the checks to run, the budgets and a message.</source>
        <translation>Inicia com um perfil do suporte técnico: o serviço, as verificações a executar, os limites de tempo e uma mensagem.</translation>
    </message>
    <message>
        <source>The language to use: en, de, fr, es, pt_BR or ja (default: the system&apos;s).</source>
        <translation>O idioma a usar: en, de, fr, es, pt_BR ou ja (padrão: o do sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>A profile (*.cdprofile) or a saved report (*.json) to open.</source>
        <translation>Um perfil (*.cdprofile) ou um relatório salvo (*.json) para abrir.</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang aceita um destes: %1, e não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Watch every reset any program on this computer gets or sends: which program, which server, and who sent it (see docs/reset-watch.md). Alone, for --duration seconds; with probes, a diagnosis or the monitor, while they run.</source>
        <translation>Monitora todos os resets que qualquer programa deste computador recebe ou envia: qual programa, qual servidor e quem enviou o reset (veja docs/reset-watch.md). Usado sozinho, monitora por --duration segundos; junto com tentativas, um diagnóstico ou o monitoramento, enquanto eles rodam.</translation>
    </message>
    <message>
        <source>Seconds the monitor or the reset watch runs (default 60).</source>
        <translation>Segundos de duração do monitoramento ou do monitoramento de resets (padrão: 60).</translation>
    </message>
    <message>
        <source>With --monitor: write the counts per second as CSV to this file. With --watch-resets alone: write every reset as CSV.</source>
        <translation>Com --monitor: grava as contagens por segundo em CSV neste arquivo. Só com --watch-resets: grava cada reset em CSV.</translation>
    </message>
    <message>
        <source>With --diagnose: what you were doing when the connection failed: website, app-error, upload, remote-session or other. With --explain, the diagnosis also weighs the error message you saw.</source>
        <translation>Com --diagnose: o que você estava fazendo quando a conexão falhou: website, app-error, upload, remote-session ou other. Com --explain, o diagnóstico também leva em conta a mensagem de erro que você viu.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>atividade</translation>
    </message>
    <message>
        <source>--activity takes one of %1, not &quot;%2&quot;.</source>
        <translation>--activity aceita um destes: %1, e não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>With --diagnose, or in the wizard: do not start the reset watch (it runs by default where it needs no permission, so that every probe&apos;s reset says who sent it).</source>
        <translation>Com --diagnose, ou no assistente: não iniciar a vigilância de resets (ela roda por padrão onde não precisa de permissão, para que cada reset de uma sonda diga quem o enviou).</translation>
    </message>
    <message>
        <source>Read what the background watch (connection-doctor-watch.service) saw while the app was not open: alone, every program&apos;s resets, printed and written as --watch-resets writes them; with a --target, the resets of that server go into the report too.</source>
        <translation>Lê o que o monitoramento em segundo plano (connection-doctor-watch.service) viu enquanto o aplicativo não estava aberto: sozinho, os resets de todos os programas, exibidos e gravados como --watch-resets faz; com --target, os resets desse servidor também vão para o relatório.</translation>
    </message>
    <message>
        <source>With --reset-history: how far back to read: 1h, 24h or 7d (default 24h).</source>
        <translation>Com --reset-history: até quando ler para trás: 1h, 24h ou 7d (padrão 24h).</translation>
    </message>
    <message>
        <source>window</source>
        <translation>período</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>--since takes one of %1, not &quot;%2&quot;.</source>
        <translation>--since aceita um de %1, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--since and --history-dir go with --reset-history.</source>
        <translation>--since e --history-dir acompanham --reset-history.</translation>
    </message>
    <message>
        <source>--reset-history reads what the background watch saw; --watch-resets watches from now on. Give one of them.</source>
        <translation>--reset-history lê o que o monitoramento em segundo plano viu; --watch-resets monitora a partir de agora. Informe um dos dois.</translation>
    </message>
    <message>
        <source>--headless needs a --target (for example --target www.example.com:443), --checks, --watch-resets or --reset-history.</source>
        <translation>--headless precisa de um --target (por exemplo --target www.example.com:443), --checks, --watch-resets ou --reset-history.</translation>
    </message>
    <message>
        <source>With --monitor: keep the monitor&apos;s running log (one line per connection, kept if the app is stopped) in this file instead of the app&apos;s data folder.</source>
        <translation>Com --monitor: manter o registro do monitor (uma linha por conexão, preservado se o aplicativo for encerrado) neste arquivo em vez da pasta de dados do aplicativo.</translation>
    </message>
    <message>
        <source>With --reset-history, or in the wizard&apos;s monitor: the background watch&apos;s log directory (default %1).</source>
        <translation>Com --reset-history, ou no monitor do assistente: a pasta do registro do monitoramento em segundo plano (padrão %1).</translation>
    </message>
    <message>
        <source>Turn the background watch (%1) on or off, or say whether it is on: on, off or status. It keeps a log of every program&apos;s resets while the app is closed. Asks for an administrator&apos;s password (pkexec) unless run as root.</source>
        <translation>Ligar ou desligar o monitoramento em segundo plano (%1), ou dizer se ele está ligado: on, off ou status. Ele guarda um registro das redefinições de todos os programas enquanto o aplicativo está fechado. Pede a senha de um administrador (pkexec), a não ser como root.</translation>
    </message>
    <message>
        <source>
Exit status: 0 when every probe succeeded (with --diagnose: no problem found), 1 when any did not (a problem was found), 2 for bad usage, a bad target or a bad profile. --background-watch: 0 when the watch is (now) on or was turned off as asked, 1 when it could not be changed or is not on.
</source>
        <translation>
Código de saída: 0 quando todas as tentativas deram certo (com --diagnose: nenhum problema encontrado), 1 quando alguma falhou (um problema foi encontrado), 2 para uso incorreto, destino inválido ou perfil inválido. --background-watch: 0 quando o monitoramento está (agora) ligado ou foi desligado como pedido, 1 quando não pôde ser alterado ou não está ligado.
</translation>
    </message>
    <message>
        <source>--background-watch takes one of %1, not &quot;%2&quot;.</source>
        <translation>--background-watch aceita um de %1, não &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>DemoTour</name>
    <message>
        <source>the fault lab on this computer</source>
        <translation>o laboratório de falhas deste computador</translation>
    </message>
    <message>
        <source>Demo: the fault lab serves every way a connection can end, on this computer only.</source>
        <translation>Demonstração: o laboratório de falhas mostra todas as formas como uma conexão pode terminar, só neste computador.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>No problem found: every test succeeded. %1</source>
        <translation>Nenhum problema encontrado: todos os testes deram certo. %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1. First thing to try: %2</source>
        <translation>Causa mais provável: %1. O que tentar primeiro: %2</translation>
    </message>
    <message>
        <source>No likely cause found: nothing we saw explains a reset. %1</source>
        <translation>Nenhuma causa provável encontrada: nada do que observamos explica um reset. %1</translation>
    </message>
    <message>
        <source>What the tests found: %1. First thing to try: %2</source>
        <translation>O que os testes encontraram: %1. O que tentar primeiro: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisSession</name>
    <message>
        <source>Enter the address of your service first.</source>
        <translation>Primeiro, digite o endereço do seu serviço.</translation>
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
        <translation>&amp;Copiar resumo</translation>
    </message>
    <message>
        <source>Copy what was found so far, to paste into an email or a support ticket</source>
        <translation>Copia o que foi encontrado até agora, para colar em um e-mail ou chamado de suporte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Is this computer connected to the internet?</source>
        <translation>Este computador está conectado à internet?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Is a firewall blocking your service?</source>
        <translation>Um firewall está bloqueando seu serviço?</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Is a VPN in the way?</source>
        <translation>Uma VPN está atrapalhando?</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Is a proxy server in the way?</source>
        <translation>Um servidor proxy está atrapalhando?</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Deeper tests</source>
        <translation>Testes detalhados</translation>
    </message>
    <message>
        <source>Watch over time</source>
        <translation>Acompanhar ao longo do tempo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>Go back to the previous step; its results are kept</source>
        <translation>Volta para a etapa anterior; os resultados dela são mantidos</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Avança para a próxima etapa</translation>
    </message>
    <message>
        <source>Close Connection Doctor</source>
        <translation>Fecha o Connection Doctor</translation>
    </message>
    <message>
        <source>Stop every test and close Connection Doctor</source>
        <translation>Interrompe todos os testes e fecha o Connection Doctor</translation>
    </message>
    <message>
        <source>The language of the app and of the reports</source>
        <translation>O idioma do aplicativo e dos relatórios</translation>
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
        <translation>Não é possível localizar endereços da web: o serviço de nomes (DNS) não responde.</translation>
    </message>
    <message>
        <source>The name %1 cannot be found, although other names can: check that it is spelled right.</source>
        <translation>O nome %1 não foi encontrado, embora outros nomes sejam: confira se ele está escrito corretamente.</translation>
    </message>
    <message>
        <source>Your service&apos;s name was found, but a well-known name was not: the name service may be filtered.</source>
        <translation>O nome do seu serviço foi encontrado, mas um nome bem conhecido não: o serviço de nomes pode estar sendo filtrado.</translation>
    </message>
    <message>
        <source>Names are found, but slowly (%1 seconds).</source>
        <translation>Os nomes são encontrados, mas devagar (%1 segundos).</translation>
    </message>
    <message>
        <source>Web addresses are looked up correctly.</source>
        <translation>Os endereços da web são localizados corretamente.</translation>
    </message>
</context>
<context>
    <name>DnsServersCheck</name>
    <message>
        <source>The list of name servers (DNS) could not be read.</source>
        <translation>Não foi possível ler a lista de servidores de nomes (DNS).</translation>
    </message>
    <message>
        <source>No name server (DNS) is set, so web addresses cannot be looked up.</source>
        <translation>Nenhum servidor de nomes (DNS) está configurado, então não é possível localizar endereços da web.</translation>
    </message>
    <message>
        <source>Web addresses are looked up by %1.</source>
        <translation>Os endereços da web são consultados em %1.</translation>
    </message>
    <message>
        <source>The list of name servers is not read on this system; the next step tests name lookups directly.</source>
        <translation>Neste sistema, a lista de servidores de nomes não é lida; a próxima etapa testa a consulta de nomes diretamente.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Reachability endpoints are host:port, separated by commas; &quot;%1&quot; is not.</source>
        <translation>Os endpoints de alcance devem estar no formato host:porta, separados por vírgulas; &quot;%1&quot; não está.</translation>
    </message>
    <message>
        <source>The reference name must be a host name.</source>
        <translation>O nome de referência deve ser um nome de host.</translation>
    </message>
    <message>
        <source>Reference ports are numbers from 1 to 65535, separated by commas; &quot;%1&quot; is not.</source>
        <translation>As portas de referência devem ser números de 1 a 65535, separados por vírgulas; &quot;%1&quot; não é.</translation>
    </message>
    <message>
        <source>The captive portal URL must be a plain http:// URL; &quot;%1&quot; is not.</source>
        <translation>A URL do portal cativo deve ser uma URL http:// simples; &quot;%1&quot; não é.</translation>
    </message>
    <message>
        <source>The captive portal status must be an HTTP status from 100 to 599.</source>
        <translation>O status do portal cativo deve ser um status HTTP de 100 a 599.</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot;.</source>
        <translation>Endpoint &quot;%1&quot; desconhecido.</translation>
    </message>
    <message>
        <source>--endpoint takes key=value, for example reference_name=intranet.local.</source>
        <translation>--endpoint aceita chave=valor, por exemplo reference_name=intranet.local.</translation>
    </message>
</context>
<context>
    <name>ErrorRecognizer</name>
    <message>
        <source>The connection was cut off (reset)</source>
        <translation>A conexão foi cortada (reset)</translation>
    </message>
    <message>
        <source>The connection was open, and then the other side, or a device on the way such as a firewall, proxy or load balancer, abruptly cut it off. This is a reset: the conversation was broken off in the middle instead of being ended politely.</source>
        <translation>A conexão estava aberta e, de repente, o outro lado, ou um equipamento no caminho, como um firewall, proxy ou balanceador de carga, a cortou. Isso é um reset: a conversa foi interrompida no meio, em vez de ser encerrada educadamente.</translation>
    </message>
    <message>
        <source>The server turned the connection away (refused)</source>
        <translation>O servidor recusou a conexão (refused)</translation>
    </message>
    <message>
        <source>The computer at that address was reached, but nothing there accepted the connection: the service may be stopped, listening elsewhere, or blocked. This is not a reset: the connection never started, so nothing was cut off.</source>
        <translation>O computador nesse endereço foi alcançado, mas nada lá aceitou a conexão: o serviço pode estar parado, rodando em outro endereço ou porta, ou bloqueado. Isso não é um reset: a conexão nem chegou a começar, então nada foi cortado.</translation>
    </message>
    <message>
        <source>No answer came in time (timed out)</source>
        <translation>A resposta não chegou a tempo (timed out)</translation>
    </message>
    <message>
        <source>The program waited for the other side, but no answer came within the time allowed. The server may be down or overloaded, or a firewall may be silently dropping the traffic. This is not a reset: nothing was cut off, there was only silence.</source>
        <translation>O programa esperou pelo outro lado, mas nenhuma resposta chegou dentro do tempo permitido. O servidor pode estar fora do ar ou sobrecarregado, ou um firewall pode estar descartando o tráfego sem avisar. Isso não é um reset: nada foi cortado, houve apenas silêncio.</translation>
    </message>
    <message>
        <source>Sending failed because the other side had already hung up (broken pipe)</source>
        <translation>O envio falhou porque o outro lado já tinha desligado (broken pipe)</translation>
    </message>
    <message>
        <source>The program tried to send data on a connection that the other side had already closed. Usually the other side gave up first, for example after waiting too long, and the program only noticed when it next tried to send. This is not a reset itself, although it can follow one.</source>
        <translation>O programa tentou enviar dados por uma conexão que o outro lado já tinha fechado. Normalmente o outro lado desistiu primeiro, por exemplo depois de esperar demais, e o programa só percebeu quando tentou enviar de novo. Isso não é um reset em si, embora possa vir depois de um.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation>O nome do servidor não foi encontrado</translation>
    </message>
    <message>
        <source>The name of the server could not be turned into an address, so no connection was even tried. The name may be misspelt, or the name service (DNS) of this network may not be working. This is not a reset.</source>
        <translation>Não foi possível converter o nome do servidor em um endereço, então nenhuma conexão chegou a ser tentada. O nome pode estar escrito errado, ou o serviço de nomes (DNS) desta rede pode não estar funcionando. Isso não é um reset.</translation>
    </message>
    <message>
        <source>The secure connection was cut off while it was being set up</source>
        <translation>A conexão segura foi cortada enquanto era estabelecida</translation>
    </message>
    <message>
        <source>The connection was made, but while the two sides were setting up encryption, the other side or a device on the way ended it without a word. Filters and firewalls that inspect secure traffic often do this; to the user it looks much like a reset.</source>
        <translation>A conexão foi feita, mas, enquanto os dois lados configuravam a criptografia, o outro lado ou um equipamento no caminho a encerrou sem dizer nada. Filtros e firewalls que inspecionam tráfego seguro costumam fazer isso; para o usuário, parece muito com um reset.</translation>
    </message>
    <message>
        <source>The two sides could not agree on a secure connection</source>
        <translation>Os dois lados não se entenderam sobre a conexão segura</translation>
    </message>
    <message>
        <source>The server was reached, but setting up encryption failed: the two sides did not agree on how to encrypt, one of them turned the other down, or that port does not expect encrypted traffic at all. This is not a reset: the other side said no on purpose.</source>
        <translation>O servidor foi alcançado, mas a configuração da criptografia falhou: os dois lados não concordaram sobre como criptografar, um deles recusou o outro, ou essa porta nem espera tráfego criptografado. Isso não é um reset: o outro lado disse não de propósito.</translation>
    </message>
    <message>
        <source>The other side ended the connection early</source>
        <translation>O outro lado encerrou a conexão antes da hora</translation>
    </message>
    <message>
        <source>The other side closed the connection before the conversation was finished, for example before it sent an answer. It ended it in the normal way rather than cutting it off, so this is not a reset, although some programs report it as one.</source>
        <translation>O outro lado fechou a conexão antes de a conversa terminar, por exemplo antes de enviar uma resposta. Ele a encerrou do jeito normal, em vez de cortá-la, então isso não é um reset, embora alguns programas o informem como um.</translation>
    </message>
</context>
<context>
    <name>EtwResetSource</name>
    <message>
        <source>Watching every program&apos;s resets on Windows needs Connection Doctor to run as an administrator (or a member of Performance Log Users). The system&apos;s reset counters are shown instead.</source>
        <translation>Para observar as redefinições de todos os programas no Windows, o Connection Doctor precisa ser executado como administrador (ou membro de Usuários de log de desempenho). Em vez disso, são mostrados os contadores de redefinições do sistema.</translation>
    </message>
    <message>
        <source>Windows did not start the event trace the reset watch reads (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>O Windows não iniciou o rastreamento de eventos que a observação de redefinições lê (erro %1). Em vez disso, são mostrados os contadores de redefinições do sistema.</translation>
    </message>
    <message>
        <source>Windows did not let the reset watch read its network events (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>O Windows não permitiu que a observação de redefinições lesse seus eventos de rede (erro %1). Em vez disso, são mostrados os contadores de redefinições do sistema.</translation>
    </message>
    <message>
        <source>Windows&apos; network events name the connection a reset ended, not the packet, so who sent it (the server or a device on the way) cannot be told here.</source>
        <translation>Os eventos de rede do Windows indicam a conexão que uma redefinição encerrou, não o pacote; por isso não é possível dizer aqui quem a enviou (o servidor ou um dispositivo no caminho).</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>S&amp;tart the tests</source>
        <translation>&amp;Iniciar os testes</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>P&amp;arar</translation>
    </message>
    <message>
        <source>Now we test your service itself: how long a quiet connection lasts, how large an upload may be, and what happens with many connections at once. Choose how long the tests may take.</source>
        <translation>Agora vamos testar o próprio serviço: quanto tempo dura uma conexão ociosa, qual o tamanho máximo de um envio e o que acontece com muitas conexões ao mesmo tempo. Escolha quanto tempo os testes podem levar.</translation>
    </message>
    <message>
        <source>&amp;Quick (about 1 minute)</source>
        <translation>&amp;Rápido (cerca de 1 minuto)</translation>
    </message>
    <message>
        <source>Stan&amp;dard (about 2 minutes)</source>
        <translation>Pa&amp;drão (cerca de 2 minutos)</translation>
    </message>
    <message>
        <source>Th&amp;orough (about 5 minutes)</source>
        <translation>Co&amp;mpleto (cerca de 5 minutos)</translation>
    </message>
    <message>
        <source>Progress of the tests</source>
        <translation>Progresso dos testes</translation>
    </message>
    <message>
        <source>At most %1:%2 left</source>
        <translation>Faltam no máximo %1:%2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Run the tests &amp;again</source>
        <translation>&amp;Testar de novo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How long the tests may take: longer tests find longer timeouts</source>
        <translation>Quanto tempo os testes podem levar: testes mais longos detectam tempos limite mais longos</translation>
    </message>
    <message>
        <source>Stop the tests; what was found so far stays</source>
        <translation>Interrompe os testes; o que já foi encontrado é mantido</translation>
    </message>
    <message>
        <source>Start the tests against your service</source>
        <translation>Inicia os testes no seu serviço</translation>
    </message>
    <message>
        <source>How much of the time the tests may take has passed</source>
        <translation>Quanto do tempo previsto para os testes já passou</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Choose what to hide before you share this report. Below is exactly what will be shared.</source>
        <translation>Escolha o que ocultar antes de compartilhar este relatório. Abaixo está exatamente o que será compartilhado.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Replace these in the report with placeholders such as [host-1]</source>
        <translation>Substitui estes valores no relatório por marcadores como [host-1]</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>O que será compartilhado</translation>
    </message>
    <message>
        <source>The report exactly as it will be saved, with the chosen values hidden</source>
        <translation>O relatório exatamente como será salvo, com os valores escolhidos ocultos</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>&amp;Salvar relatório...</translation>
    </message>
    <message>
        <source>Choose where to save the report and in which format</source>
        <translation>Escolhe onde salvar o relatório e em qual formato</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fecha sem salvar</translation>
    </message>
    <message>
        <source>What will be shared:</source>
        <translation>O que será compartilhado:</translation>
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
        <translation>Este computador não está conectado à internet</translation>
    </message>
    <message>
        <source>Your computer has no working connection to the internet at the moment, so no service can be reached. This is not a fault of the service you were using.</source>
        <translation>No momento, seu computador está sem uma conexão com a internet que funcione, então nenhum serviço pode ser acessado. O problema não é do serviço que você estava usando.</translation>
    </message>
    <message>
        <source>Check that Wi-Fi is switched on and connected, or that the network cable is plugged in.</source>
        <translation>Verifique se o Wi-Fi está ligado e conectado ou se o cabo de rede está bem encaixado.</translation>
    </message>
    <message>
        <source>Restart your router, wait two minutes, and try again.</source>
        <translation>Reinicie o roteador, espere dois minutos e tente de novo.</translation>
    </message>
    <message>
        <source>If other devices on the same network cannot reach the internet either, call your internet provider.</source>
        <translation>Se outros aparelhos na mesma rede também não acessam a internet, ligue para o seu provedor de internet.</translation>
    </message>
    <message>
        <source>Check the interface state, the default route and the gateway listed in the report&apos;s connectivity checks.</source>
        <translation>Verifique o estado da interface, a rota padrão e o gateway listados nas verificações de conectividade do relatório.</translation>
    </message>
    <message>
        <source>Check DHCP leases and the upstream link.</source>
        <translation>Verifique as concessões de DHCP e o link upstream.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found</source>
        <translation>O nome do servidor não é encontrado</translation>
    </message>
    <message>
        <source>Web addresses cannot be looked up</source>
        <translation>Não é possível localizar endereços da web</translation>
    </message>
    <message>
        <source>Other names can be looked up, but this one cannot: it may be misspelled, or it may no longer exist.</source>
        <translation>Outros nomes são encontrados, mas este não: ele pode estar escrito errado ou pode não existir mais.</translation>
    </message>
    <message>
        <source>Your computer cannot turn names like www.example.com into addresses, because the name service (DNS) it uses does not answer. Every connection by name fails.</source>
        <translation>Seu computador não consegue converter nomes como www.example.com em endereços, porque o serviço de nomes (DNS) que ele usa não responde. Toda conexão feita pelo nome falha.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation>Confira se o endereço está escrito corretamente.</translation>
    </message>
    <message>
        <source>Ask whoever gave you the address whether it is still valid.</source>
        <translation>Pergunte a quem passou o endereço se ele ainda é válido.</translation>
    </message>
    <message>
        <source>Restart your router and your computer.</source>
        <translation>Reinicie o roteador e o computador.</translation>
    </message>
    <message>
        <source>If you use a VPN, switch it off and try again.</source>
        <translation>Se você usa uma VPN, desligue-a e tente de novo.</translation>
    </message>
    <message>
        <source>Check the DNS servers listed in the report and that they answer on port 53.</source>
        <translation>Verifique os servidores DNS listados no relatório e se eles respondem na porta 53.</translation>
    </message>
    <message>
        <source>Check the zone of the name; query it directly with dig or nslookup.</source>
        <translation>Verifique a zona do nome; consulte-a diretamente com dig ou nslookup.</translation>
    </message>
    <message>
        <source>A sign-in page is in the way</source>
        <translation>Há uma página de login no caminho</translation>
    </message>
    <message>
        <source>The network you are on (in a hotel, on a train, a guest network) wants you to sign in or accept terms on a web page first. Until then it cuts off or redirects connections.</source>
        <translation>A rede em que você está (em um hotel, em um trem, uma rede para visitantes) pede que você faça login ou aceite os termos em uma página da web primeiro. Até lá, ela corta ou redireciona as conexões.</translation>
    </message>
    <message>
        <source>Open a web browser and go to any web site: the sign-in page should appear. Sign in, then try again.</source>
        <translation>Abra o navegador e acesse qualquer site: a página de login deve aparecer. Faça login e tente de novo.</translation>
    </message>
    <message>
        <source>Whitelist the service in the captive portal, or let the device authenticate before use.</source>
        <translation>Coloque o serviço na lista de permissões do portal cativo ou deixe o dispositivo se autenticar antes do uso.</translation>
    </message>
    <message>
        <source>The service is not running, or not on this port</source>
        <translation>O serviço não está em execução, ou não nesta porta</translation>
    </message>
    <message>
        <source>The server itself answers that nothing accepts connections on this port. The service may be stopped, crashed, or moved to another port.</source>
        <translation>O próprio servidor responde que nada aceita conexões nesta porta. O serviço pode ter sido parado, ter travado ou ter mudado para outra porta.</translation>
    </message>
    <message>
        <source>Check that the address and port are right.</source>
        <translation>Confira se o endereço e a porta estão corretos.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that it refuses connections.</source>
        <translation>Avise o administrador do serviço que ele está recusando conexões.</translation>
    </message>
    <message>
        <source>Check that the service is running and listening on the port (ss -ltnp, netstat -an).</source>
        <translation>Verifique se o serviço está em execução e escutando na porta (ss -ltnp, netstat -an).</translation>
    </message>
    <message>
        <source>Check the server&apos;s own firewall and any security group in front of it.</source>
        <translation>Verifique o firewall do próprio servidor e qualquer grupo de segurança na frente dele.</translation>
    </message>
    <message>
        <source>A firewall blocks this connection</source>
        <translation>Um firewall bloqueia esta conexão</translation>
    </message>
    <message>
        <source>The connection is turned away by something close to you — a firewall or security program on this computer, or your network&apos;s firewall — before it reaches the server. Other ports on the same server work.</source>
        <translation>A conexão é recusada por algo perto de você — um firewall ou programa de segurança neste computador, ou o firewall da sua rede — antes de chegar ao servidor. Outras portas do mesmo servidor funcionam.</translation>
    </message>
    <message>
        <source>Connections to this port are blocked on the way while other ports on the same server work: a firewall rule for this port.</source>
        <translation>As conexões com esta porta são bloqueadas no caminho, enquanto outras portas do mesmo servidor funcionam: uma regra de firewall para esta porta.</translation>
    </message>
    <message>
        <source>If you have a security program or firewall, allow the program you use, or pause the security program briefly to test.</source>
        <translation>Se você tem um programa de segurança ou firewall, libere o programa que você usa ou pause o programa de segurança por um instante para testar.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, your network blocks it.</source>
        <translation>Tente em outra rede (como o hotspot do celular): se funcionar lá, é a sua rede que está bloqueando.</translation>
    </message>
    <message>
        <source>Look for a rule that rejects or drops the port in the local firewall (nft list ruleset, Windows Defender Firewall) and on the network&apos;s firewall.</source>
        <translation>Procure uma regra que rejeite ou descarte a porta no firewall local (nft list ruleset, Firewall do Windows Defender) e no firewall da rede.</translation>
    </message>
    <message>
        <source>Adjust the firewall rule to allow the destination port, then run the diagnosis again.</source>
        <translation>Ajuste a regra do firewall para permitir a porta de destino e execute o diagnóstico de novo.</translation>
    </message>
    <message>
        <source>The proxy server blocks or breaks the connection</source>
        <translation>O servidor proxy bloqueia ou interrompe a conexão</translation>
    </message>
    <message>
        <source>Your connections go through a proxy server, and the proxy refuses or cuts off connections to this service, while a direct connection works.</source>
        <translation>Suas conexões passam por um servidor proxy, e o proxy recusa ou corta as conexões com este serviço, enquanto uma conexão direta funciona.</translation>
    </message>
    <message>
        <source>Ask your IT department to allow this service through the proxy.</source>
        <translation>Peça ao departamento de TI para liberar este serviço no proxy.</translation>
    </message>
    <message>
        <source>To test, bypass the proxy for this address (add it to the proxy exceptions).</source>
        <translation>Para testar, ignore o proxy para este endereço (adicione-o às exceções do proxy).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s access rules and allowed ports for this destination (for HTTP CONNECT, the allowed ports list).</source>
        <translation>Verifique as regras de acesso e as portas permitidas do proxy para este destino (no HTTP CONNECT, a lista de portas permitidas).</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s logs for the refusal quoted in the evidence.</source>
        <translation>Procure nos logs do proxy a recusa citada nas evidências.</translation>
    </message>
    <message>
        <source>Large packets get lost in the VPN or tunnel</source>
        <translation>Pacotes grandes se perdem na VPN ou no túnel</translation>
    </message>
    <message>
        <source>The VPN may be cutting the connection</source>
        <translation>A VPN pode estar cortando a conexão</translation>
    </message>
    <message>
        <source>Small messages get through, but large ones get stuck: the VPN or tunnel cannot carry full-sized packets and drops them. Uploads and downloads stall and then break.</source>
        <translation>Mensagens pequenas passam, mas as grandes ficam presas: a VPN ou o túnel não consegue transportar pacotes de tamanho normal e os descarta. Envios e downloads travam e depois falham.</translation>
    </message>
    <message>
        <source>A VPN is switched on and carries your traffic; VPNs often end idle or busy connections on their own.</source>
        <translation>Uma VPN está ligada e transporta o seu tráfego; as VPNs costumam encerrar por conta própria conexões ociosas ou muito ativas.</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department.</source>
        <translation>Desligue a VPN e tente de novo; se funcionar, avise o provedor da VPN ou o departamento de TI.</translation>
    </message>
    <message>
        <source>Lower the tunnel&apos;s MTU (for example to 1400), or enable MSS clamping on the VPN gateway.</source>
        <translation>Reduza o MTU do túnel (por exemplo, para 1400) ou ative o MSS clamping no gateway da VPN.</translation>
    </message>
    <message>
        <source>Check that ICMP &quot;fragmentation needed&quot; messages are not blocked on the path.</source>
        <translation>Verifique se as mensagens ICMP &quot;fragmentation needed&quot; não estão sendo bloqueadas no caminho.</translation>
    </message>
    <message>
        <source>This happens after pauses: if the program has a &quot;keep alive&quot; or &quot;reconnect&quot; setting, switch it on.</source>
        <translation>Isso acontece depois de pausas: se o programa tiver uma opção como &quot;keep alive&quot; ou &quot;reconectar&quot;, ative-a.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s support the number above: it is the cause.</source>
        <translation>Informe o número acima ao suporte do serviço: ele é a causa.</translation>
    </message>
    <message>
        <source>Or raise the idle timeout on the server, load balancer or firewall (for example nginx keepalive_timeout, an AWS ELB idle timeout, a NAT or firewall session timeout).</source>
        <translation>Ou aumente o tempo limite de ociosidade no servidor, no balanceador de carga ou no firewall (por exemplo, keepalive_timeout do nginx, o idle timeout de um AWS ELB, o tempo limite de sessão de um NAT ou firewall).</translation>
    </message>
    <message>
        <source>Make clients reconnect and retry, with exponential backoff, when a pooled connection turns out dead.</source>
        <translation>Faça os clientes reconectarem e tentarem de novo, com backoff exponencial, quando uma conexão do pool estiver morta.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off</source>
        <translation>Envios maiores que cerca de %1 são cortados</translation>
    </message>
    <message>
        <source>Try with a smaller file or fewer items at once.</source>
        <translation>Tente com um arquivo menor ou com menos itens de cada vez.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator the size limit above.</source>
        <translation>Informe o limite de tamanho acima ao administrador do serviço.</translation>
    </message>
    <message>
        <source>Raise the request size limit: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, or the limit of the proxy or web application firewall in front.</source>
        <translation>Aumente o limite de tamanho das requisições: client_max_body_size do nginx, LimitRequestBody do Apache, maxAllowedContentLength do IIS, ou o limite do proxy ou do firewall de aplicação web na frente.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to cutting the connection, so clients can say why.</source>
        <translation>Prefira responder 413 Payload Too Large em vez de cortar a conexão, para que os clientes saibam o motivo.</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>O servidor está sobrecarregado</translation>
    </message>
    <message>
        <source>The more connections there are at the same time, the more of them the server cuts off: it is overloaded or limits how many clients it serves at once.</source>
        <translation>Quanto mais conexões ao mesmo tempo, mais delas o servidor corta: ele está sobrecarregado ou limita quantos clientes atende de uma vez.</translation>
    </message>
    <message>
        <source>Try again later, outside busy hours.</source>
        <translation>Tente de novo mais tarde, fora do horário de pico.</translation>
    </message>
    <message>
        <source>If your program makes many connections at once, reduce them.</source>
        <translation>Se o seu programa abre muitas conexões ao mesmo tempo, reduza a quantidade.</translation>
    </message>
    <message>
        <source>Check the server&apos;s load, connection limits and accept queue (listen backlog, worker count, rate limits).</source>
        <translation>Verifique a carga do servidor, os limites de conexão e a fila de aceitação (listen backlog, número de workers, limites de taxa).</translation>
    </message>
    <message>
        <source>Add capacity, or raise the limits; make clients retry with exponential backoff.</source>
        <translation>Aumente a capacidade ou os limites; faça os clientes tentarem de novo com backoff exponencial.</translation>
    </message>
    <message>
        <source>If you are on Wi-Fi, move closer to the router or try a cable.</source>
        <translation>Se você está no Wi-Fi, chegue mais perto do roteador ou experimente usar um cabo.</translation>
    </message>
    <message>
        <source>Restart your router; if it keeps happening, call your internet provider.</source>
        <translation>Reinicie o roteador; se continuar acontecendo, ligue para o seu provedor de internet.</translation>
    </message>
    <message>
        <source>Make clients retry with exponential backoff.</source>
        <translation>Faça os clientes tentarem de novo com backoff exponencial.</translation>
    </message>
    <message>
        <source>Secure connections to this site are being filtered</source>
        <translation>As conexões seguras com este site estão sendo filtradas</translation>
    </message>
    <message>
        <source>When your computer asks for a secure connection to this site by name, something on the way cuts it off; the same request with another name goes through. A filter (security software, a company or country firewall) is reading the name.</source>
        <translation>Quando seu computador pede uma conexão segura com este site pelo nome, algo no caminho a corta; o mesmo pedido com outro nome passa. Um filtro (programa de segurança, firewall de uma empresa ou de um país) está lendo o nome.</translation>
    </message>
    <message>
        <source>If you have security software that checks web traffic, switch that feature off briefly to test.</source>
        <translation>Se você tem um programa de segurança que verifica o tráfego da web, desative esse recurso por um instante para testar.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot).</source>
        <translation>Tente em outra rede (como o hotspot do celular).</translation>
    </message>
    <message>
        <source>Check web filtering and TLS inspection rules for this host name on firewalls and security software.</source>
        <translation>Verifique as regras de filtragem web e de inspeção TLS para este nome de host nos firewalls e programas de segurança.</translation>
    </message>
    <message>
        <source>The server cuts off every connection right away</source>
        <translation>O servidor corta todas as conexões na hora</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Tente de novo daqui a alguns minutos.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator: connections are reset as soon as they open.</source>
        <translation>Avise o administrador do serviço: as conexões sofrem reset assim que abrem.</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the time of the test; look for crashes, restarts, or access rules that reject this client.</source>
        <translation>Verifique os logs da aplicação no horário do teste; procure falhas, reinícios ou regras de acesso que rejeitem este cliente.</translation>
    </message>
    <message>
        <source>Check connection limits (per-IP limits, fail2ban, rate limiting).</source>
        <translation>Verifique os limites de conexão (limites por IP, fail2ban, limitação de taxa).</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Nenhum problema encontrado</translation>
    </message>
    <message>
        <source>Every test we ran succeeded: the connection works right now. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Todos os testes que fizemos deram certo: a conexão está funcionando agora. Se o problema vai e volta, deixe o monitoramento rodando enquanto você trabalha para flagrá-lo.</translation>
    </message>
    <message>
        <source>Keep the monitor running, and run the diagnosis again as soon as the error appears.</source>
        <translation>Mantenha o monitoramento rodando e execute o diagnóstico de novo assim que o erro aparecer.</translation>
    </message>
    <message>
        <source>Compare the server&apos;s logs with the times the user saw the error.</source>
        <translation>Compare os logs do servidor com os horários em que o usuário viu o erro.</translation>
    </message>
    <message>
        <source>A device on the way cuts your connections</source>
        <translation>Um equipamento no caminho corta suas conexões</translation>
    </message>
    <message numerus="yes">
        <source>The connections are cut off by a device %n hop(s) from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</source>
        <translation>
            <numerusform>As conexões são cortadas por um equipamento a %n salto de você — um firewall, filtro, proxy ou dispositivo de segurança no caminho — e não pelo servidor, que está a %1 saltos.</numerusform>
            <numerusform>As conexões são cortadas por um equipamento a %n saltos de você — um firewall, filtro, proxy ou dispositivo de segurança no caminho — e não pelo servidor, que está a %1 saltos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections are cut off by a device on the way — a firewall, filter, proxy or security appliance — not by the server.</source>
        <translation>As conexões são cortadas por um equipamento no caminho — um firewall, filtro, proxy ou dispositivo de segurança — e não pelo servidor.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a device on your network cuts the connections.</source>
        <translation>Tente em outra rede (como o hotspot do celular): se funcionar lá, é um equipamento da sua rede que está cortando as conexões.</translation>
    </message>
    <message>
        <source>Find the device at that distance (traceroute to the server) and look in its logs for the resets; firewalls, intrusion prevention and web filters send them.</source>
        <translation>Encontre o equipamento a essa distância (traceroute até o servidor) e procure os resets nos logs dele; firewalls, sistemas de prevenção de intrusão e filtros web enviam resets.</translation>
    </message>
    <message>
        <source>Adjust the rule that resets these connections, then watch again.</source>
        <translation>Ajuste a regra que corta (reset) essas conexões e monitore de novo.</translation>
    </message>
    <message>
        <source>The server itself resets %1&apos;s connections</source>
        <translation>O próprio servidor corta as conexões de %1</translation>
    </message>
    <message>
        <source>The resets come from the server (%1) itself, not from a device on the way: its software, or something on the server, ends these connections.</source>
        <translation>Os resets vêm do próprio servidor (%1), e não de um equipamento no caminho: o software dele, ou algo no servidor, encerra essas conexões.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator when the resets happened: the times are in the report.</source>
        <translation>Informe ao administrador do serviço quando os resets aconteceram: os horários estão no relatório.</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the times of the resets; look for crashes, restarts, timeouts, or access rules that reject this client.</source>
        <translation>Verifique os logs da aplicação nos horários dos resets; procure falhas, reinícios, tempos limite esgotados ou regras de acesso que rejeitem este cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are closed after about %n second(s)</source>
        <translation>
            <numerusform>Conexões ociosas são fechadas após cerca de %n segundo</numerusform>
            <numerusform>Conexões ociosas são fechadas após cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are forgotten after about %n second(s)</source>
        <translation>
            <numerusform>Conexões ociosas são esquecidas após cerca de %n segundo</numerusform>
            <numerusform>Conexões ociosas são esquecidas após cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</source>
        <translation>
            <numerusform>Quando uma conexão fica parada por cerca de %n segundo, algo no caminho (um firewall ou roteador com NAT) ou o servidor se esquece dela. Nada acontece durante a pausa; a primeira mensagem enviada depois dela é respondida com um reset.</numerusform>
            <numerusform>Quando uma conexão fica parada por cerca de %n segundos, algo no caminho (um firewall ou roteador com NAT) ou o servidor se esquece dela. Nada acontece durante a pausa; a primeira mensagem enviada depois dela é respondida com um reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are silently dropped after about %n second(s)</source>
        <translation>
            <numerusform>Conexões ociosas são descartadas sem aviso após cerca de %n segundo</numerusform>
            <numerusform>Conexões ociosas são descartadas sem aviso após cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</source>
        <translation>
            <numerusform>Quando uma conexão fica parada por cerca de %n segundo, algo no caminho (um roteador ou firewall) se esquece dela sem avisar ninguém. A primeira mensagem enviada depois da pausa não recebe resposta nenhuma, e o programa fica esperando até desistir.</numerusform>
            <numerusform>Quando uma conexão fica parada por cerca de %n segundos, algo no caminho (um roteador ou firewall) se esquece dela sem avisar ninguém. A primeira mensagem enviada depois da pausa não recebe resposta nenhuma, e o programa fica esperando até desistir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are cut off after about %n second(s)</source>
        <translation>
            <numerusform>Conexões ociosas são cortadas após cerca de %n segundo</numerusform>
            <numerusform>Conexões ociosas são cortadas após cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %1, a device %n hop(s) from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</source>
        <translation>
            <numerusform>Quando uma conexão fica parada por cerca de %1, um equipamento a %n salto de você (um roteador, NAT ou firewall) — e não o servidor — a corta com um reset.</numerusform>
            <numerusform>Quando uma conexão fica parada por cerca de %1, um equipamento a %n saltos de você (um roteador, NAT ou firewall) — e não o servidor — a corta com um reset.</numerusform>
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
            <numerusform>Quando uma conexão fica parada por cerca de %n segundo, o servidor ou um equipamento na frente dele (um balanceador de carga ou firewall) a corta com um reset, durante a pausa.</numerusform>
            <numerusform>Quando uma conexão fica parada por cerca de %n segundos, o servidor ou um equipamento na frente dele (um balanceador de carga ou firewall) a corta com um reset, durante a pausa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable TCP keep-alive (or application pings) every %n second(s) or less, below the idle timeout of about %1.</source>
        <translation>
            <numerusform>Ative o TCP keep-alive (ou pings da aplicação) a cada %n segundo ou menos, abaixo do tempo limite de ociosidade de cerca de %1.</numerusform>
            <numerusform>Ative o TCP keep-alive (ou pings da aplicação) a cada %n segundos ou menos, abaixo do tempo limite de ociosidade de cerca de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused</source>
        <translation>Envios maiores que cerca de %1 são recusados</translation>
    </message>
    <message>
        <source>The server accepts requests up to about %1 and answers larger ones with &quot;413 Payload Too Large&quot;: it says no, and the connection is not cut off. Smaller requests work.</source>
        <translation>O servidor aceita requisições de até cerca de %1 e responde às maiores com &quot;413 Payload Too Large&quot;: ele diz não, e a conexão não é cortada. Requisições menores funcionam.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped</source>
        <translation>Envios maiores que cerca de %1 são interrompidos</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and closes the connection while a larger one is still being sent, without an answer. Smaller requests work.</source>
        <translation>O servidor (ou algo na frente dele) aceita requisições de até cerca de %1 e fecha a conexão enquanto uma maior ainda está sendo enviada, sem dar resposta. Requisições menores funcionam.</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to closing the connection, so clients can say why.</source>
        <translation>Prefira responder 413 Payload Too Large em vez de fechar a conexão, para que os clientes saibam o motivo.</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and cuts off anything larger with a reset, halfway through sending. Smaller requests work.</source>
        <translation>O servidor (ou algo na frente dele) aceita requisições de até cerca de %1 e corta com um reset qualquer coisa maior, no meio do envio. Requisições menores funcionam.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off at random</source>
        <translation>Cerca de %1% das conexões são cortadas ao acaso</translation>
    </message>
    <message>
        <source>The network connection may be unstable</source>
        <translation>A conexão de rede pode estar instável</translation>
    </message>
    <message>
        <source>This computer&apos;s counters show connections being reset while the tests ran: the network between you and the servers may drop them now and then.</source>
        <translation>Os contadores deste computador mostram conexões sendo cortadas (reset) durante os testes: a rede entre você e os servidores pode estar derrubando-as de vez em quando.</translation>
    </message>
    <message>
        <source>Check the path for loss and flapping links (mtr, interface error counters), and the server&apos;s logs at the times of the resets.</source>
        <translation>Verifique se há perda de pacotes e links instáveis no caminho (mtr, contadores de erro das interfaces) e os logs do servidor nos horários dos resets.</translation>
    </message>
    <message>
        <source>The server cuts off about %1% of connections right away</source>
        <translation>O servidor corta na hora cerca de %1% das conexões</translation>
    </message>
    <message>
        <source>Nothing we saw explains a reset. Some tests found something worth knowing (below), but not a cause of the connections being cut off. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>Nada do que observamos explica um reset. Alguns testes encontraram algo que vale a pena saber (abaixo), mas não uma causa para as conexões serem cortadas. Se o problema vai e volta, deixe o monitoramento rodando enquanto você trabalha para flagrá-lo.</translation>
    </message>
    <message>
        <source>The service&apos;s answers never end</source>
        <translation>As respostas do serviço nunca terminam</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>Cada conexão com o serviço (%n no total) recebeu uma resposta que nunca terminou: ela foi muito além do que uma resposta precisa, ou continuou chegando aos poucos até acabar o tempo disponível.</numerusform>
            <numerusform>Cada conexão com o serviço (%n no total) recebeu uma resposta que nunca terminou: ela foi muito além do que uma resposta precisa, ou continuou chegando aos poucos até acabar o tempo disponível.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>%1 de %n conexão com o serviço recebeu uma resposta que nunca terminou: ela foi muito além do que uma resposta precisa, ou continuou chegando aos poucos até acabar o tempo disponível.</numerusform>
            <numerusform>%1 de %n conexões com o serviço receberam uma resposta que nunca terminou: ela foi muito além do que uma resposta precisa, ou continuou chegando aos poucos até acabar o tempo disponível.</numerusform>
        </translation>
    </message>
    <message>
        <source>A program that waits for the end of such an answer waits for ever, or gives up and cuts the connection. A server stuck in a loop, or a device on the way that holds connections open, does this.</source>
        <translation>Um programa que espera o fim de uma resposta assim espera para sempre, ou desiste e corta a conexão. Um servidor preso num loop, ou um dispositivo no caminho que mantém as conexões abertas, faz isso.</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that its answers never end, and send them this report.</source>
        <translation>Avise o administrador do serviço que as respostas dele nunca terminam e envie este relatório.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the answers end there, a device on your network holds the connections open.</source>
        <translation>Tente em outra rede (como o hotspot do celular): se as respostas terminarem lá, um dispositivo na sua rede está mantendo as conexões abertas.</translation>
    </message>
    <message>
        <source>Look in the service&apos;s logs for requests that never complete, and at any proxy or load balancer in front of it (response buffering, streaming, keep-alive settings).</source>
        <translation>Procure nos logs do serviço requisições que nunca terminam, e verifique o proxy ou balanceador de carga na frente dele (buffer de respostas, streaming, configurações de keep-alive).</translation>
    </message>
    <message>
        <source>Fetch the address with curl -v and watch where the answer stalls or repeats.</source>
        <translation>Busque o endereço com curl -v e veja onde a resposta trava ou se repete.</translation>
    </message>
    <message>
        <source>Something other than the service answers at this address</source>
        <translation>Algo diferente do serviço responde neste endereço</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) was answered, but not as a web service answers.</source>
        <translation>
            <numerusform>Cada conexão com o serviço (%n no total) recebeu resposta, mas não como um serviço web responde.</numerusform>
            <numerusform>Cada conexão com o serviço (%n no total) recebeu resposta, mas não como um serviço web responde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service were answered, but not as a web service answers.</source>
        <translation>
            <numerusform>%1 de %n conexão com o serviço recebeu resposta, mas não como um serviço web responde.</numerusform>
            <numerusform>%1 de %n conexões com o serviço receberam resposta, mas não como um serviço web responde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Either another kind of service listens at this address and port, or something on the way (a security device, a filter, a proxy) answers in the service&apos;s place.</source>
        <translation>Ou outro tipo de serviço escuta neste endereço e porta, ou algo no caminho (um equipamento de segurança, um filtro, um proxy) responde no lugar do serviço.</translation>
    </message>
    <message>
        <source>Check that the address and port are right: another kind of service may listen on this port.</source>
        <translation>Confira se o endereço e a porta estão corretos: outro tipo de serviço pode estar escutando nesta porta.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the service answers normally there, something on your network answers in its place.</source>
        <translation>Tente em outra rede (como o hotspot do celular): se o serviço responder normalmente lá, algo na sua rede responde no lugar dele.</translation>
    </message>
    <message>
        <source>Check what listens on the port (ss -ltnp) and that it speaks what the clients expect (HTTP, or TLS on 443).</source>
        <translation>Verifique o que escuta na porta (ss -ltnp) e se fala o que os clientes esperam (HTTP, ou TLS na 443).</translation>
    </message>
    <message>
        <source>Read the first bytes of the answer in the evidence: another protocol&apos;s greeting (SSH, SMTP) means another service on the port; unreadable bytes may be an encrypted (TLS) service asked in plain text, or a device in between.</source>
        <translation>Leia os primeiros bytes da resposta nas evidências: a saudação de outro protocolo (SSH, SMTP) indica outro serviço na porta; bytes ilegíveis podem ser um serviço criptografado (TLS) consultado em texto puro, ou um dispositivo no meio.</translation>
    </message>
    <message numerus="yes">
        <source>The packets show that a device %n hop(s) from you, not the server, sent the resets.</source>
        <translation>
            <numerusform>Os pacotes mostram que os resets foram enviados por um equipamento a %n salto de você, e não pelo servidor.</numerusform>
            <numerusform>Os pacotes mostram que os resets foram enviados por um equipamento a %n saltos de você, e não pelo servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The packets show that a device on the way, not the server, sent the resets.</source>
        <translation>Os pacotes mostram que os resets foram enviados por um equipamento no caminho, e não pelo servidor.</translation>
    </message>
    <message>
        <source>The packets show that the server itself sent the resets.</source>
        <translation>Os pacotes mostram que os resets foram enviados pelo próprio servidor.</translation>
    </message>
    <message>
        <source>Whether the server or a device on the way (a firewall or filter) sent the resets is not known.</source>
        <translation>Não se sabe se os resets foram enviados pelo servidor ou por um equipamento no caminho (um firewall ou filtro).</translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</source>
        <translation>
            <numerusform>Quando uma conexão fica parada por cerca de %n segundo, o servidor ou um balanceador de carga na frente dele a fecha educadamente. Um programa que volta a usar essa conexão recebe um erro, ou um reset de um equipamento que já se esqueceu dela.</numerusform>
            <numerusform>Quando uma conexão fica parada por cerca de %n segundos, o servidor ou um balanceador de carga na frente dele a fecha educadamente. Um programa que volta a usar essa conexão recebe um erro, ou um reset de um equipamento que já se esqueceu dela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas o servidor corta: %1% com uma só, %2% com %n de cada vez.</numerusform>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas o servidor corta: %1% com uma só, %2% com %n de cada vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas o servidor fecha sem resposta (sem reset): %1% com uma só, %2% com %n de cada vez.</numerusform>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas o servidor fecha sem resposta (sem reset): %1% com uma só, %2% com %n de cada vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas ficam sem resposta a tempo: %1% com uma só, %2% com %n de cada vez.</numerusform>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas ficam sem resposta a tempo: %1% com uma só, %2% com %n de cada vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas terminam sem uma resposta normal: %1% com uma só, %2% com %n de cada vez.</numerusform>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais delas terminam sem uma resposta normal: %1% com uma só, %2% com %n de cada vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is overloaded or limits how many clients it serves at once.</source>
        <translation>O servidor está sobrecarregado ou limita quantos clientes atende de uma vez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</source>
        <translation>
            <numerusform>%1 de %n conexão foi cortada (a proporção real provavelmente fica entre %2% e %3%), com poucas ou muitas abertas ao mesmo tempo: não é um problema de carga.</numerusform>
            <numerusform>%1 de %n conexões foram cortadas (a proporção real provavelmente fica entre %2% e %3%), com poucas ou muitas abertas ao mesmo tempo: não é um problema de carga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</source>
        <translation>
            <numerusform>%1 de %n conexão foi cortada (a proporção real provavelmente fica entre %2% e %3%). No tempo disponível, não foi possível saber se mais conexões são cortadas quando há muita carga.</numerusform>
            <numerusform>%1 de %n conexões foram cortadas (a proporção real provavelmente fica entre %2% e %3%). No tempo disponível, não foi possível saber se mais conexões são cortadas quando há muita carga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every connection is cut off right away, by the server or a device on the way</source>
        <translation>Todas as conexões são cortadas na hora, pelo servidor ou por um equipamento no caminho</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off right away, by the server or a device on the way</source>
        <translation>Cerca de %1% das conexões são cortadas na hora, pelo servidor ou por um equipamento no caminho</translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) opened and were then cut off at once.</source>
        <translation>
            <numerusform>A %n conexão tentada abriu e depois foi cortada na hora.</numerusform>
            <numerusform>Todas as %n conexões abriram e depois foram cortadas na hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</source>
        <translation>
            <numerusform>%1 de %n conexão abriu e depois foi cortada (a proporção real provavelmente fica entre %2% e %3%); as demais funcionaram.</numerusform>
            <numerusform>%1 de %n conexões abriram e depois foram cortadas (a proporção real provavelmente fica entre %2% e %3%); as demais funcionaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the logs of firewalls and intrusion-prevention systems on the way for resets of this address; run the diagnosis with the reset watch to see who sends them.</source>
        <translation>Procure resets deste endereço nos logs dos firewalls e sistemas de prevenção de intrusão no caminho; execute o diagnóstico com o monitoramento de resets para ver quem os envia.</translation>
    </message>
    <message>
        <source>Large packets vanish on the way: only packets up to %1 bytes get through</source>
        <translation>Pacotes grandes somem no caminho: só passam pacotes de até %1 bytes</translation>
    </message>
    <message>
        <source>Large packets vanish on the way to the service</source>
        <translation>Pacotes grandes somem no caminho até o serviço</translation>
    </message>
    <message>
        <source>Packets of up to %1 bytes reach the service; larger ones (this computer sends up to %2 bytes) are lost on the way, and nothing says so.</source>
        <translation>Pacotes de até %1 bytes chegam ao serviço; os maiores (este computador envia até %2 bytes) se perdem no caminho, sem nenhum aviso.</translation>
    </message>
    <message>
        <source>Small packets reach the service, full-sized ones are lost on the way, and nothing says so.</source>
        <translation>Pacotes pequenos chegam ao serviço, os de tamanho normal se perdem no caminho, sem nenhum aviso.</translation>
    </message>
    <message>
        <source>The VPN or tunnel carries this route: its packets do not fit the network under it, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Esta rota passa pela VPN ou pelo túnel: os pacotes dele não cabem na rede por baixo dele, e as mensagens &quot;packet too big&quot; que resolveriam isso estão bloqueadas.</translation>
    </message>
    <message>
        <source>A link on the way (a VPN, PPPoE or a tunnel) carries smaller packets, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>Um link no caminho (uma VPN, PPPoE ou um túnel) transporta pacotes menores, e as mensagens &quot;packet too big&quot; que resolveriam isso estão bloqueadas.</translation>
    </message>
    <message>
        <source>Small requests work; uploads and large answers stall, then break or are reset.</source>
        <translation>Requisições pequenas funcionam; envios e respostas grandes travam e depois falham ou sofrem reset.</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department the packet size above.</source>
        <translation>Desligue a VPN e tente de novo; se funcionar, informe o tamanho de pacote acima ao provedor da VPN ou ao departamento de TI.</translation>
    </message>
    <message>
        <source>Tell your network administrator or internet provider the packet size above: larger packets are lost on the way.</source>
        <translation>Informe o tamanho de pacote acima ao administrador da rede ou ao seu provedor de internet: pacotes maiores se perdem no caminho.</translation>
    </message>
    <message>
        <source>Set the MTU of %1 to %2 or less, or clamp the TCP MSS to %3 on the router or VPN gateway (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</source>
        <translation>Defina o MTU da interface %1 como %2 ou menos, ou limite o MSS do TCP a %3 (MSS clamping) no roteador ou no gateway da VPN (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</translation>
    </message>
    <message>
        <source>the interface that carries this route</source>
        <translation>pela qual passa esta rota</translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; (type 3, code 4) and ICMPv6 &quot;packet too big&quot; through on every firewall on the path.</source>
        <translation>Libere o ICMP &quot;fragmentation needed&quot; (tipo 3, código 4) e o ICMPv6 &quot;packet too big&quot; em todos os firewalls do caminho.</translation>
    </message>
    <message>
        <source>A filter on the server cuts off these requests</source>
        <translation>Um filtro no servidor corta estas requisições</translation>
    </message>
    <message>
        <source>Something on the way reads your requests and cuts them off</source>
        <translation>Algo no caminho lê suas requisições e as corta</translation>
    </message>
    <message>
        <source>The address&apos;s path (%1) sets it off: the same request for another path is answered.</source>
        <translation>O caminho do endereço (%1) é o que dispara o corte: a mesma requisição para outro caminho é respondida.</translation>
    </message>
    <message>
        <source>The server name in the request (%1) sets it off: the same request with another name is answered.</source>
        <translation>O nome do servidor na requisição (%1) é o que dispara o corte: a mesma requisição com outro nome é respondida.</translation>
    </message>
    <message>
        <source>Both the path and the server name in the request set it off.</source>
        <translation>Tanto o caminho quanto o nome do servidor na requisição disparam o corte.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off, while the same server and port answer a neutral request: a content filter or intrusion-prevention system reads what is sent.</source>
        <translation>As requisições para este endereço são cortadas, enquanto o mesmo servidor e porta respondem a uma requisição neutra: um filtro de conteúdo ou sistema de prevenção de intrusão lê o que é enviado.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a filter on your network cuts these requests.</source>
        <translation>Tente em outra rede (como o hotspot do celular): se funcionar lá, é um filtro da sua rede que está cortando essas requisições.</translation>
    </message>
    <message>
        <source>Tell your IT department which address is cut off: the report says which part of the request sets the filter off.</source>
        <translation>Informe ao departamento de TI qual endereço é cortado: o relatório mostra qual parte da requisição aciona o filtro.</translation>
    </message>
    <message>
        <source>Look in the logs of firewalls, intrusion-prevention systems and web application firewalls for the rule that matches this request, and adjust it.</source>
        <translation>Procure nos logs dos firewalls, sistemas de prevenção de intrusão e firewalls de aplicação web a regra que corresponde a esta requisição e ajuste-a.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service did not work.</source>
        <translation>
            <numerusform>%1 de %n conexão com o serviço não funcionou.</numerusform>
            <numerusform>%1 de %n conexões com o serviço não funcionaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>A test failed, and no known cause fits</source>
        <translation>Um teste falhou, e nenhuma causa conhecida se encaixa</translation>
    </message>
    <message>
        <source>What failed: %1 No cause the app knows explains it; the report&apos;s details say what happened.</source>
        <translation>O que falhou: %1 Nenhuma causa conhecida pelo aplicativo explica isso; os detalhes do relatório mostram o que aconteceu.</translation>
    </message>
    <message>
        <source>Run the diagnosis again when the error appears, and send the report to your helpdesk.</source>
        <translation>Execute o diagnóstico de novo quando o erro aparecer e envie o relatório ao suporte técnico.</translation>
    </message>
    <message>
        <source>Read the failed tests in the report&apos;s details, and compare them with the service&apos;s logs at that time.</source>
        <translation>Leia os testes que falharam nos detalhes do relatório e compare-os com os logs do serviço naquele horário.</translation>
    </message>
    <message>
        <source>A filter reads your requests and cuts them off</source>
        <translation>Um filtro lê suas solicitações e as corta</translation>
    </message>
    <message>
        <source>Neither the path nor the server name sets it off alone: only the two together do.</source>
        <translation>Nem o caminho nem o nome do servidor o disparam sozinhos: só os dois juntos.</translation>
    </message>
    <message>
        <source>%1 on this computer ends its own connections</source>
        <translation>%1 neste computador encerra as próprias conexões</translation>
    </message>
    <message>
        <source>The resets that ended %1&apos;s connections to %2 came from this computer, because the program itself ended them: %3. That is an error or a habit of the program, not of the network or the server.</source>
        <translation>As redefinições que encerraram as conexões de %1 com %2 vieram deste computador, porque o próprio programa as encerrou: %3. É um erro ou um hábito do programa, não da rede nem do servidor.</translation>
    </message>
    <message>
        <source>Update %1, or try another program for the same task.</source>
        <translation>Atualize o %1 ou experimente outro programa para a mesma tarefa.</translation>
    </message>
    <message>
        <source>Tell whoever supports %1 when it happened: the times are in the report.</source>
        <translation>Informe ao suporte do %1 quando aconteceu: os horários estão no relatório.</translation>
    </message>
    <message>
        <source>Look at how the program closes its connections: closing a socket with received data unread, or with a zero linger time, makes the system send a reset (the report names the system&apos;s reason for each).</source>
        <translation>Verifique como o programa fecha as conexões: fechar um socket com dados recebidos não lidos, ou com tempo de linger zero, faz o sistema enviar uma redefinição (o relatório indica o motivo do sistema para cada uma).</translation>
    </message>
    <message>
        <source>Check the program&apos;s logs at the times of the resets for errors that made it give up on the connection.</source>
        <translation>Procure nos logs do programa, nos horários das redefinições, erros que o fizeram desistir da conexão.</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>Checking: %1...</source>
        <translation>Verificando: %1...</translation>
    </message>
    <message>
        <source>Cannot write the monitor&apos;s log: %1</source>
        <translation>Não foi possível gravar o registro do monitoramento: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <source>Results for %1: %2.</source>
        <translation>Resultados para %1: %2.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Interrompido antes do fim.</translation>
    </message>
    <message>
        <source>Watching resets: %1.</source>
        <translation>Monitorando os resets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Watching every program&apos;s resets for %n second(s)...</source>
        <translation>
            <numerusform>Monitorando os resets de todos os programas por %n segundo...</numerusform>
            <numerusform>Monitorando os resets de todos os programas por %n segundos...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen.</source>
        <translation>
            <numerusform>%n reset observado.</numerusform>
            <numerusform>%n resets observados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time.</source>
        <translation>
            <numerusform>O sistema descartou %n evento que não conseguiu repassar a tempo.</numerusform>
            <numerusform>O sistema descartou %n eventos que não conseguiu repassar a tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for %1: none.</source>
        <translation>Resultados para %1: nenhum.</translation>
    </message>
    <message>
        <source>No connection finished before the stop.</source>
        <translation>Nenhuma conexão terminou antes da interrupção.</translation>
    </message>
    <message numerus="yes">
        <source>The %n connection(s) that finished worked; the rest were stopped.</source>
        <translation>
            <numerusform>A %n conexão que terminou funcionou; as demais foram interrompidas.</numerusform>
            <numerusform>As %n conexões que terminaram funcionaram; as demais foram interrompidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %n second(s), one connection every %2 ms...</source>
        <translation>
            <numerusform>Monitorando %1 por %n segundo, uma conexão a cada %2 ms...</numerusform>
            <numerusform>Monitorando %1 por %n segundos, uma conexão a cada %2 ms...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing %1, %n time(s)...</source>
        <translation>
            <numerusform>Testando %1, %n vez...</numerusform>
            <numerusform>Testando %1, %n vezes...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log in %1, from %2 on...</source>
        <translation>Lendo o registro do monitoramento em segundo plano em %1, a partir de %2...</translation>
    </message>
</context>
<context>
    <name>HelperResetSource</name>
    <message>
        <source>Permission was not given in time.</source>
        <translation>A permissão não foi concedida a tempo.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper did not answer.</source>
        <translation>O programa auxiliar do monitoramento de resets não respondeu.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper (%1) is not installed.</source>
        <translation>O programa auxiliar do monitoramento de resets (%1) não está instalado.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper could not be started: %1</source>
        <translation>Não foi possível iniciar o programa auxiliar do monitoramento de resets: %1</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer.</source>
        <translation>O monitoramento de resets não tem permissão para ver as conexões deste computador.</translation>
    </message>
    <message>
        <source>Permission to watch resets was not given.</source>
        <translation>A permissão para monitorar os resets não foi concedida.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped unexpectedly.</source>
        <translation>O programa auxiliar do monitoramento de resets parou inesperadamente.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper ended without saying what it can see (exit status %1).</source>
        <translation>O programa auxiliar do monitoramento de resets terminou sem informar o que consegue ver (código de saída %1).</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer: its helper is only for members of the connection-doctor group.</source>
        <translation>O monitoramento de resets não tem permissão para ver as conexões deste computador: o programa auxiliar é só para membros do grupo connection-doctor.</translation>
    </message>
</context>
<context>
    <name>HttpContentExperiment</name>
    <message>
        <source>The service is not a web service, so what its requests ask for was not tested.</source>
        <translation>O serviço não é um serviço web, então o que as requisições dele pedem não foi testado.</translation>
    </message>
    <message>
        <source>Requests to this service are encrypted, so a device on the way can read only the site&apos;s name (see the secure connection test).</source>
        <translation>As requisições para este serviço são criptografadas, então um equipamento no caminho só consegue ler o nome do site (veja o teste &quot;Conexão segura&quot;).</translation>
    </message>
    <message>
        <source>Requests for this address are not cut off for what they ask for.</source>
        <translation>As requisições para este endereço não são cortadas por causa do que pedem.</translation>
    </message>
    <message>
        <source>Requests to this server are cut off whatever they ask for.</source>
        <translation>As requisições para este servidor são cortadas, não importa o que peçam.</translation>
    </message>
    <message>
        <source>Some requests were cut off, but not every time: not a rule about what they ask for.</source>
        <translation>Algumas requisições foram cortadas, mas não todas as vezes: não é uma regra sobre o que elas pedem.</translation>
    </message>
    <message>
        <source>Requests for %1 are cut off while other requests to the same server are answered: something reads the path.</source>
        <translation>As requisições para %1 são cortadas, enquanto outras requisições para o mesmo servidor são respondidas: algo está lendo o caminho.</translation>
    </message>
    <message>
        <source>Requests naming %1 are cut off while requests with another name are answered: something reads the server name.</source>
        <translation>As requisições que indicam %1 são cortadas, enquanto requisições com outro nome são respondidas: algo está lendo o nome do servidor.</translation>
    </message>
    <message>
        <source>Requests for this address are cut off while other requests to the same server are answered: something reads them.</source>
        <translation>As requisições para este endereço são cortadas, enquanto outras requisições para o mesmo servidor são respondidas: algo está lendo essas requisições.</translation>
    </message>
</context>
<context>
    <name>IdleTimeoutExperiment</name>
    <message>
        <source>No service was given, so idle connections were not tested.</source>
        <translation>Nenhum serviço foi informado, então as conexões ociosas não foram testadas.</translation>
    </message>
    <message>
        <source>The time allowed is too short to test idle connections.</source>
        <translation>O tempo permitido é curto demais para testar conexões ociosas.</translation>
    </message>
    <message>
        <source>Idle connections were cut off at random, not after a fixed idle time.</source>
        <translation>As conexões ociosas foram cortadas ao acaso, e não após um tempo fixo sem atividade.</translation>
    </message>
    <message numerus="yes">
        <source>Connections stayed open while idle for %n second(s), as long as we tested.</source>
        <translation>
            <numerusform>As conexões ficaram abertas mesmo paradas por %n segundo, durante todo o tempo do teste.</numerusform>
            <numerusform>As conexões ficaram abertas mesmo paradas por %n segundos, durante todo o tempo do teste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>A %n conexão foi cortada assim que abriu, antes de qualquer tempo ocioso.</numerusform>
            <numerusform>Todas as %n conexões foram cortadas assim que abriram, antes de qualquer tempo ocioso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server closed every one of %n connection(s) as soon as it opened.</source>
        <translation>
            <numerusform>O servidor fechou a %n conexão assim que ela abriu.</numerusform>
            <numerusform>O servidor fechou todas as %n conexões assim que elas abriram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are closed after about %n second(s).</source>
        <translation>
            <numerusform>Conexões deixadas ociosas são fechadas após cerca de %n segundo.</numerusform>
            <numerusform>Conexões deixadas ociosas são fechadas após cerca de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are cut off (reset) after about %n second(s) of quiet.</source>
        <translation>
            <numerusform>Conexões deixadas ociosas são cortadas (reset) após cerca de %n segundo sem atividade.</numerusform>
            <numerusform>Conexões deixadas ociosas são cortadas (reset) após cerca de %n segundos sem atividade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are forgotten: the first message after the pause is answered with a reset.</source>
        <translation>
            <numerusform>Conexões deixadas ociosas por cerca de %n segundo são esquecidas: a primeira mensagem enviada depois da pausa é respondida com um reset.</numerusform>
            <numerusform>Conexões deixadas ociosas por cerca de %n segundos são esquecidas: a primeira mensagem enviada depois da pausa é respondida com um reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are silently dropped: the first message after the pause gets no answer.</source>
        <translation>
            <numerusform>Conexões deixadas ociosas por cerca de %n segundo são descartadas sem aviso: a primeira mensagem enviada depois da pausa não recebe resposta.</numerusform>
            <numerusform>Conexões deixadas ociosas por cerca de %n segundos são descartadas sem aviso: a primeira mensagem enviada depois da pausa não recebe resposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closes each connection after its answer, so no connection sits idle to be cut off.</source>
        <translation>O servidor fecha cada conexão depois da resposta, então nenhuma conexão fica ociosa a ponto de ser cortada.</translation>
    </message>
    <message numerus="yes">
        <source>Connections were lost when used after a pause, even after the shortest one tested (%n second(s)): they are forgotten sooner than that, or cut off at random.</source>
        <translation>
            <numerusform>As conexões foram perdidas ao serem usadas depois de uma pausa, mesmo após a mais curta testada (%n segundo): elas são esquecidas antes disso, ou cortadas ao acaso.</numerusform>
            <numerusform>As conexões foram perdidas ao serem usadas depois de uma pausa, mesmo após a mais curta testada (%n segundos): elas são esquecidas antes disso, ou cortadas ao acaso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections failed before they could sit idle, so idle time was not tested.</source>
        <translation>As conexões falharam antes de poderem ficar ociosas, então o tempo de ociosidade não foi testado.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off or closed as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>A %n conexão foi cortada ou fechada assim que abriu, antes de qualquer ociosidade.</numerusform>
            <numerusform>Cada uma das %n conexões foi cortada ou fechada assim que abriu, antes de qualquer ociosidade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfacesCheck</name>
    <message>
        <source>This computer is not connected to any network: no network connection is switched on and set up.</source>
        <translation>Este computador não está conectado a nenhuma rede: nenhuma conexão de rede está ligada e configurada.</translation>
    </message>
    <message>
        <source>This computer is connected to a network (%1).</source>
        <translation>Este computador está conectado a uma rede (%1).</translation>
    </message>
</context>
<context>
    <name>IntermittentResetExperiment</name>
    <message>
        <source>No service was given, so repeated connections were not tested.</source>
        <translation>Nenhum serviço foi informado, então as conexões repetidas não foram testadas.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, even many at once.</source>
        <translation>
            <numerusform>Nenhuma de %n conexão repetida foi cortada, nem com muitas ao mesmo tempo.</numerusform>
            <numerusform>Nenhuma das %n conexões repetidas foi cortada, nem com muitas ao mesmo tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</source>
        <translation>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais vezes elas são cortadas: %1% com uma só, %2% com %n de cada vez.</numerusform>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais vezes elas são cortadas: %1% com uma só, %2% com %n de cada vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off, however many there were at once.</source>
        <translation>
            <numerusform>A %n conexão foi cortada, não importa quantas houvesse ao mesmo tempo.</numerusform>
            <numerusform>Todas as %n conexões foram cortadas, não importa quantas houvesse ao mesmo tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%), however many there are at once.</source>
        <translation>Cerca de %1% das conexões são cortadas (entre %2% e %3%), não importa quantas haja ao mesmo tempo.</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%); whether more are cut off under load could not be told.</source>
        <translation>Cerca de %1% das conexões são cortadas (entre %2% e %3%); não foi possível saber se mais conexões são cortadas quando há muita carga.</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, but not all of them got a normal answer (see the details).</source>
        <translation>
            <numerusform>Nenhuma das %n conexão repetida foi cortada, mas ela não recebeu uma resposta normal (veja os detalhes).</numerusform>
            <numerusform>Nenhuma das %n conexões repetidas foi cortada, mas nem todas receberam uma resposta normal (veja os detalhes).</numerusform>
        </translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>cortadas</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>fechadas sem resposta</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>ended without a normal answer</source>
        <translation>encerradas sem uma resposta normal</translation>
    </message>
    <message numerus="yes">
        <source>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</source>
        <translation>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais vezes elas falham (principalmente %1): %2% com uma só, %3% com %n de cada vez.</numerusform>
            <numerusform>Quanto mais conexões ao mesmo tempo, mais vezes elas falham (principalmente %1): %2% com uma só, %3% com %n de cada vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>A healthy web server.</source>
        <translation>Um servidor web saudável.</translation>
    </message>
    <message>
        <source>A server that resets every connection as soon as it opens.</source>
        <translation>Um servidor que corta (reset) toda conexão assim que ela abre.</translation>
    </message>
    <message>
        <source>A server that resets a connection once it has received a certain amount of data.</source>
        <translation>Um servidor que corta (reset) a conexão depois de receber uma certa quantidade de dados.</translation>
    </message>
    <message>
        <source>A firewall or load balancer that resets connections left idle too long.</source>
        <translation>Um firewall ou balanceador de carga que corta (reset) conexões ociosas por tempo demais.</translation>
    </message>
    <message>
        <source>A server that politely closes connections left idle too long.</source>
        <translation>Um servidor que fecha educadamente conexões ociosas por tempo demais.</translation>
    </message>
    <message>
        <source>A port where no program is listening.</source>
        <translation>Uma porta em que nenhum programa está escutando.</translation>
    </message>
    <message>
        <source>A server so busy it does not answer new connections at all.</source>
        <translation>Um servidor tão ocupado que nem responde a novas conexões.</translation>
    </message>
    <message>
        <source>A server that answers, but very slowly.</source>
        <translation>Um servidor que responde, mas muito devagar.</translation>
    </message>
    <message>
        <source>An overloaded server that resets connections, more of them under load.</source>
        <translation>Um servidor sobrecarregado que corta (reset) conexões, mais ainda quando há muita carga.</translation>
    </message>
    <message>
        <source>A web server that resets uploads above a size limit.</source>
        <translation>Um servidor web que corta (reset) envios acima de um limite de tamanho.</translation>
    </message>
    <message>
        <source>A secure (TLS) server behind a filter that resets connections to one site name.</source>
        <translation>Um servidor seguro (TLS) atrás de um filtro que corta (reset) as conexões para um determinado nome de site.</translation>
    </message>
    <message>
        <source>A server that cuts off every fifth connection.</source>
        <translation>Um servidor que corta uma em cada cinco conexões.</translation>
    </message>
    <message>
        <source>A server that now and then cuts off every connection for a couple of seconds.</source>
        <translation>Um servidor que, de vez em quando, corta todas as conexões por alguns segundos.</translation>
    </message>
</context>
<context>
    <name>LabHost</name>
    <message>
        <source>Could not open the unanswering listener.</source>
        <translation>Não foi possível abrir a porta que não responde.</translation>
    </message>
</context>
<context>
    <name>LocalFirewallCheck</name>
    <message>
        <source>No firewall on this computer seems to be filtering connections.</source>
        <translation>Nenhum firewall neste computador parece estar filtrando conexões.</translation>
    </message>
    <message>
        <source>A firewall is switched on on this computer (%1); it could be what blocks or cuts connections.</source>
        <translation>Há um firewall ligado neste computador (%1); ele pode ser o que bloqueia ou corta as conexões.</translation>
    </message>
    <message>
        <source>The firewall&apos;s settings could not be read on this computer, so whether it filters connections is not known.</source>
        <translation>Não foi possível ler as configurações do firewall neste computador; por isso não se sabe se ele filtra as conexões.</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Monitorar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Período exibido</translation>
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
        <translation>Conexões exibidas</translation>
    </message>
    <message>
        <source>Your service</source>
        <translation>Seu serviço</translation>
    </message>
    <message>
        <source>All programs on this computer</source>
        <translation>Todos os programas deste computador</translation>
    </message>
    <message>
        <source>Not watching yet: press Watch to start.</source>
        <translation>O monitoramento ainda não começou: clique em Monitorar para iniciar.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <source>Start trying your service every second</source>
        <translation>Começa a testar o seu serviço a cada segundo</translation>
    </message>
    <message>
        <source>Pause or resume the tries; what was counted stays</source>
        <translation>Pausa ou retoma as tentativas; o que já foi contado é mantido</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Encerra o monitoramento</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>Quanto tempo o gráfico mostra</translation>
    </message>
    <message>
        <source>Your service alone, or connections cut off for every program on this computer</source>
        <translation>Só o seu serviço, ou as conexões cortadas de todos os programas deste computador</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>O que o gráfico mostra</translation>
    </message>
    <message>
        <source>Problems that come and go are the hardest to catch.</source>
        <translation>Problemas que vão e voltam são os mais difíceis de flagrar.</translation>
    </message>
    <message>
        <source>Let this run while you work: it tries your service every second and shows how often connections are cut off. You can go on to the results meanwhile.</source>
        <translation>Deixe isto rodando enquanto você trabalha: ele testa o seu serviço a cada segundo e mostra com que frequência as conexões são cortadas. Enquanto isso, você pode seguir para os resultados.</translation>
    </message>
    <message>
        <source>&amp;Allow...</source>
        <translation>&amp;Permitir...</translation>
    </message>
    <message>
        <source>Let the app see every program&apos;s connections; your system asks for an administrator&apos;s password</source>
        <translation>Permite que o aplicativo veja as conexões de todos os programas; o sistema pede a senha de um administrador</translation>
    </message>
    <message>
        <source>What the watch can see</source>
        <translation>O que o monitoramento de resets consegue ver</translation>
    </message>
    <message>
        <source>How far back the chart and the table go, from the background watch&apos;s log</source>
        <translation>Até quando o gráfico e a tabela voltam, a partir do registro do monitoramento em segundo plano</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>What the background watch&apos;s log holds</source>
        <translation>O que o registro do monitoramento em segundo plano contém</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the background</source>
        <translation>Continuar &amp;monitorando em segundo plano</translation>
    </message>
    <message>
        <source>Keep a log of every program&apos;s resets, also while this app is closed (the connection-doctor-watch service); your system asks for an administrator&apos;s password</source>
        <translation>Guardar um registro das redefinições de todos os programas, também com este aplicativo fechado (o serviço connection-doctor-watch); o sistema pede a senha de um administrador</translation>
    </message>
    <message>
        <source>Whether the background watch is on</source>
        <translation>Se o monitoramento em segundo plano está ligado</translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log...</source>
        <translation>Lendo o registro do monitoramento em segundo plano...</translation>
    </message>
    <message>
        <source>To keep one from now on, tick &quot;Keep watching in the background&quot; below.</source>
        <translation>Para guardar um a partir de agora, marque &quot;Continuar monitorando em segundo plano&quot; abaixo.</translation>
    </message>
    <message>
        <source>Waiting for the system (it may ask for an administrator&apos;s password)...</source>
        <translation>Aguardando o sistema (ele pode pedir a senha de um administrador)...</translation>
    </message>
</context>
<context>
    <name>OsVerdictCheck</name>
    <message>
        <source>The operating system does not report on connectivity here, so this step was skipped.</source>
        <translation>Aqui o sistema operacional não informa o estado da conectividade, então esta etapa foi pulada.</translation>
    </message>
    <message>
        <source>Your system says a sign-in page is in the way: open a web browser and sign in.</source>
        <translation>Seu sistema diz que há uma página de login no caminho: abra o navegador e faça login.</translation>
    </message>
    <message>
        <source>Your system says it is not connected to a network.</source>
        <translation>Seu sistema diz que não está conectado a uma rede.</translation>
    </message>
    <message>
        <source>Your system says it reaches the local network but not the internet.</source>
        <translation>Seu sistema diz que alcança a rede local, mas não a internet.</translation>
    </message>
    <message>
        <source>Your system says it is online.</source>
        <translation>Seu sistema diz que está on-line.</translation>
    </message>
    <message>
        <source>Your system does not know whether it is online.</source>
        <translation>Seu sistema não sabe se está on-line.</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Every connection worked.</source>
        <translation>Todas as conexões funcionaram.</translation>
    </message>
    <message>
        <source>Connections were cut off abruptly (&quot;connection reset by peer&quot;): by the server or by something between you and it.</source>
        <translation>As conexões foram cortadas de forma abrupta (&quot;connection reset by peer&quot;): pelo servidor ou por algo entre você e ele.</translation>
    </message>
    <message>
        <source>The server turned the connection away: nothing accepts connections on that port.</source>
        <translation>O servidor recusou a conexão: nada aceita conexões nessa porta.</translation>
    </message>
    <message>
        <source>The server ended connections politely before answering.</source>
        <translation>O servidor encerrou as conexões educadamente antes de responder.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>Não foi possível localizar o nome do servidor.</translation>
    </message>
    <message>
        <source>There is no network path to the server.</source>
        <translation>Não há caminho de rede até o servidor.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up.</source>
        <translation>Não foi possível estabelecer a conexão segura (TLS).</translation>
    </message>
    <message>
        <source>The proxy server refused or failed the connection.</source>
        <translation>O servidor proxy recusou a conexão ou falhou ao fazê-la.</translation>
    </message>
    <message>
        <source>while looking up the name</source>
        <translation>ao consultar o nome</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>ao conectar</translation>
    </message>
    <message>
        <source>during the secure handshake</source>
        <translation>durante a negociação segura</translation>
    </message>
    <message>
        <source>while sending</source>
        <translation>ao enviar</translation>
    </message>
    <message>
        <source>while waiting for the answer</source>
        <translation>ao aguardar a resposta</translation>
    </message>
    <message>
        <source>while the connection was idle</source>
        <translation>com a conexão ociosa</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>no final</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 em %2 ms</translation>
    </message>
    <message>
        <source>%1 %2, after %3 ms</source>
        <translation>%1 %2, após %3 ms</translation>
    </message>
    <message>
        <source>(%1 bytes sent, %2 received)</source>
        <translation>(%1 bytes enviados, %2 recebidos)</translation>
    </message>
    <message>
        <source>The answer never ended: it went on until the test had to stop reading.</source>
        <translation>A resposta nunca terminou: continuou até o teste ter de parar de lê-la.</translation>
    </message>
    <message>
        <source>Something answered, but not in the language the service should speak.</source>
        <translation>Algo respondeu, mas não na linguagem que o serviço deveria falar.</translation>
    </message>
</context>
<context>
    <name>PathMtuCheck</name>
    <message>
        <source>No service was given, so large packets were not tested.</source>
        <translation>Nenhum serviço foi informado, então os pacotes grandes não foram testados.</translation>
    </message>
    <message>
        <source>Small messages get through but large ones get stuck on the way: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Mensagens pequenas passam, mas as grandes ficam presas no caminho: um problema de tamanho de pacote (MTU), muitas vezes causado por uma VPN ou um túnel.</translation>
    </message>
    <message>
        <source>Large packets get through to your service.</source>
        <translation>Os pacotes grandes chegam ao seu serviço.</translation>
    </message>
    <message>
        <source>The service did not take even a small upload, so large packets could not be tested.</source>
        <translation>O serviço não recebeu nem um envio pequeno, então não foi possível testar pacotes grandes.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the large upload, so large packets were not tested.</source>
        <translation>O serviço respondeu antes de receber o envio grande, então os pacotes grandes não foram testados.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes are lost on the way to your service, and nothing says so: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>Pacotes maiores que %1 bytes se perdem no caminho até o seu serviço, sem nenhum aviso: um problema de tamanho de pacote (MTU), muitas vezes causado por uma VPN ou um túnel.</translation>
    </message>
</context>
<context>
    <name>PayloadLimitExperiment</name>
    <message>
        <source>No service was given, so upload sizes were not tested.</source>
        <translation>Nenhum serviço foi informado, então os tamanhos de envio não foram testados.</translation>
    </message>
    <message>
        <source>Even a small upload is cut off, so the cause is not its size.</source>
        <translation>Até um envio pequeno é cortado, então a causa não é o tamanho.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through, but some were cut off at random, whatever their size.</source>
        <translation>Envios de até %1 passam, mas alguns foram cortados ao acaso, qualquer que fosse o tamanho.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through.</source>
        <translation>Envios de até %1 passam.</translation>
    </message>
    <message>
        <source>The service did not accept an upload, so sizes could not be tested.</source>
        <translation>O serviço não aceitou nenhum envio, então não foi possível testar os tamanhos.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused with the answer &quot;413 Payload Too Large&quot;.</source>
        <translation>Envios maiores que cerca de %1 são recusados com a resposta &quot;413 Payload Too Large&quot;.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped: the server closes the connection while they are sent.</source>
        <translation>Envios maiores que cerca de %1 são interrompidos: o servidor fecha a conexão enquanto eles são enviados.</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off (reset) while they are sent.</source>
        <translation>Envios maiores que cerca de %1 são cortados (reset) enquanto são enviados.</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through; the service answered a larger one before it had taken it, so larger sizes were not tested.</source>
        <translation>Envios de até %1 passam; o serviço respondeu a um maior antes de recebê-lo, então tamanhos maiores não foram testados.</translation>
    </message>
    <message>
        <source>The service answered before it had taken the upload, so upload sizes were not tested.</source>
        <translation>O serviço respondeu antes de receber o envio, então os tamanhos de envio não foram testados.</translation>
    </message>
</context>
<context>
    <name>PortMatrix</name>
    <message>
        <source>The refusal comes from close to you (this computer&apos;s firewall, security software, or your network), not from the server.</source>
        <translation>A recusa vem de perto de você (o firewall deste computador, um programa de segurança ou a sua rede), e não do servidor.</translation>
    </message>
    <message>
        <source>The refusal comes from the server&apos;s side.</source>
        <translation>A recusa vem do lado do servidor.</translation>
    </message>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>Nenhum serviço foi informado, então a porta dele não foi testada.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts connections.</source>
        <translation>A porta %1 do seu serviço aceita conexões.</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts only some connections (%2 of %3).</source>
        <translation>A porta %1 do seu serviço aceita só algumas conexões (%2 de %3).</translation>
    </message>
    <message>
        <source>Port %1 is blocked while other ports on the same server answer: a firewall rule for this port.</source>
        <translation>A porta %1 está bloqueada, enquanto outras portas do mesmo servidor respondem: uma regra de firewall para esta porta.</translation>
    </message>
    <message>
        <source>The server does not accept connections on any port tested.</source>
        <translation>O servidor não aceita conexões em nenhuma das portas testadas.</translation>
    </message>
</context>
<context>
    <name>PortMatrixCheck</name>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>Nenhum serviço foi informado, então a porta dele não foi testada.</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The connection was reset (RST).</source>
        <translation>A conexão foi cortada com um reset (RST).</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN).</source>
        <translation>O outro lado fechou a conexão (FIN).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing happened for %n ms.</source>
        <translation>
            <numerusform>Nada aconteceu por %n ms.</numerusform>
            <numerusform>Nada aconteceu por %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The peer kept sending without ever finishing: stopped after %n second(s) in all.</source>
        <translation>
            <numerusform>O outro lado continuou enviando sem nunca terminar: interrompido após %n segundo no total.</numerusform>
            <numerusform>O outro lado continuou enviando sem nunca terminar: interrompido após %n segundos no total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection did not finish within %n second(s) in all.</source>
        <translation>
            <numerusform>A conexão não terminou em %n segundo no total.</numerusform>
            <numerusform>A conexão não terminou em %n segundos no total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection after its answer.</source>
        <translation>O servidor fechou a conexão depois da resposta.</translation>
    </message>
    <message>
        <source>The answer did not start like an HTTP answer (&quot;%1&quot;): something else answered.</source>
        <translation>A resposta não começou como uma resposta HTTP (&quot;%1&quot;): outra coisa respondeu.</translation>
    </message>
    <message numerus="yes">
        <source>The answer&apos;s header went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>O cabeçalho da resposta passou de %n KiB sem terminar: leitura interrompida.</numerusform>
            <numerusform>O cabeçalho da resposta passou de %n KiB sem terminar: leitura interrompida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s first line went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>A primeira linha do servidor passou de %n KiB sem terminar: leitura interrompida.</numerusform>
            <numerusform>A primeira linha do servidor passou de %n KiB sem terminar: leitura interrompida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer went on past %n MiB with no end in sight: stopped reading.</source>
        <translation>
            <numerusform>A resposta passou de %n MiB sem fim à vista: leitura interrompida.</numerusform>
            <numerusform>A resposta passou de %n MiB sem fim à vista: leitura interrompida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy did not answer within %n ms.</source>
        <translation>
            <numerusform>O proxy não respondeu em %n ms.</numerusform>
            <numerusform>O proxy não respondeu em %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system cannot limit the packet size of a connection.</source>
        <translation>Este sistema não consegue limitar o tamanho dos pacotes de uma conexão.</translation>
    </message>
    <message>
        <source>The connection was reset as soon as it opened.</source>
        <translation>A conexão foi redefinida assim que foi aberta.</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN) as soon as it opened.</source>
        <translation>O outro lado fechou a conexão (FIN) assim que ela foi aberta.</translation>
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
        <translation>um número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>&quot;%1&quot; deve ser %2, e não %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>&quot;%1&quot; é longo demais: no máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>&quot;%1&quot; deve estar entre %2 e %3.</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>uma lista de nomes</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>um nome</translation>
    </message>
    <message>
        <source>%1: unknown name &quot;%2&quot;. Known names: %3.</source>
        <translation>%1: nome desconhecido &quot;%2&quot;. Nomes conhecidos: %3.</translation>
    </message>
    <message>
        <source>text, a number or a list of them</source>
        <translation>texto, um número ou uma lista deles</translation>
    </message>
    <message>
        <source>The profile is too big (%1 bytes; a profile is at most %2).</source>
        <translation>O perfil é grande demais (%1 bytes; um perfil tem no máximo %2).</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at byte %2.</source>
        <translation>O perfil não é um JSON válido: %1 no byte %2.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object ({ ... }).</source>
        <translation>O perfil deve ser um objeto JSON ({ ... }).</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor profile: &quot;schema&quot; must be &quot;%1&quot;.</source>
        <translation>Este não é um perfil do Connection Doctor: &quot;schema&quot; deve ser &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This profile was written for a newer version of Connection Doctor (%1).</source>
        <translation>Este perfil foi feito para uma versão mais nova do Connection Doctor (%1).</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>Configuração desconhecida &quot;%1&quot;. Configurações conhecidas: %2.</translation>
    </message>
    <message>
        <source>&quot;target&quot;: %1</source>
        <translation>&quot;target&quot;: %1</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>Não foi possível abrir o perfil %1: %2</translation>
    </message>
    <message>
        <source>The profile %1 was not used. %2</source>
        <translation>O perfil %1 não foi usado. %2</translation>
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
        <translation>Gráfico dos resets ao longo do tempo por programa e servidor</translation>
    </message>
    <message>
        <source>One line for each of the programs and servers with the most resets; the table below lists them all</source>
        <translation>Uma linha para cada um dos programas e servidores com mais resets; a tabela abaixo lista todos</translation>
    </message>
    <message>
        <source>Resets by program and server</source>
        <translation>Resets por programa e servidor</translation>
    </message>
    <message>
        <source>Choose a row to show it alone in the chart; choose it again to show all</source>
        <translation>Escolha uma linha para mostrá-la sozinha no gráfico; escolha-a de novo para mostrar todas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Resets</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Mudança de rede</translation>
    </message>
</context>
<context>
    <name>ProxyComparisonCheck</name>
    <message>
        <source>No service was given, so the proxy was not compared.</source>
        <translation>Nenhum serviço foi informado, então o proxy não foi comparado.</translation>
    </message>
    <message>
        <source>No proxy is used for this service, so there is nothing to compare.</source>
        <translation>Nenhum proxy é usado para este serviço, então não há o que comparar.</translation>
    </message>
    <message>
        <source>Your service works both directly and through the proxy server.</source>
        <translation>Seu serviço funciona tanto diretamente quanto pelo servidor proxy.</translation>
    </message>
    <message>
        <source>The proxy server refuses connections to your service</source>
        <translation>O servidor proxy recusa conexões com o seu serviço</translation>
    </message>
    <message>
        <source>Connections to your service break when they go through the proxy server</source>
        <translation>As conexões com o seu serviço falham quando passam pelo servidor proxy</translation>
    </message>
    <message>
        <source>%1; it answered &quot;%2&quot;.</source>
        <translation>%1; ele respondeu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Your service works only through the proxy server: programs that do not use the proxy will fail.</source>
        <translation>Seu serviço só funciona pelo servidor proxy: programas que não usam o proxy vão falhar.</translation>
    </message>
    <message>
        <source>Your service fails both directly and through the proxy server, so the proxy is not the only problem.</source>
        <translation>Seu serviço falha tanto diretamente quanto pelo servidor proxy, então o proxy não é o único problema.</translation>
    </message>
</context>
<context>
    <name>ProxyHandshake</name>
    <message>
        <source>the proxy did not answer in time</source>
        <translation>o proxy não respondeu a tempo</translation>
    </message>
    <message>
        <source>the proxy connection failed: %1</source>
        <translation>a conexão com o proxy falhou: %1</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP</source>
        <translation>o proxy respondeu algo que não é HTTP</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP: %1</source>
        <translation>o proxy respondeu algo que não é HTTP: %1</translation>
    </message>
    <message>
        <source>the SOCKS proxy refused to talk without a password, or is not SOCKS5</source>
        <translation>o proxy SOCKS se recusou a conversar sem senha, ou não é SOCKS5</translation>
    </message>
</context>
<context>
    <name>ProxySettingsCheck</name>
    <message>
        <source>A proxy setting on this computer cannot be understood; programs may fail to connect.</source>
        <translation>Uma configuração de proxy deste computador não pôde ser entendida; os programas podem não conseguir se conectar.</translation>
    </message>
    <message>
        <source>Connections to %1 go through the proxy server %2 (set by %3).</source>
        <translation>As conexões com %1 passam pelo servidor proxy %2 (definido por %3).</translation>
    </message>
    <message>
        <source>A proxy is set, but connections to %1 go directly (an exception is set for it).</source>
        <translation>Há um proxy configurado, mas as conexões com %1 vão direto (há uma exceção para ele).</translation>
    </message>
    <message>
        <source>No proxy server is set: connections go directly.</source>
        <translation>Nenhum servidor proxy está configurado: as conexões vão direto.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration address is not valid, so programs may not find their proxy.</source>
        <translation>O endereço de configuração automática do proxy não é válido, então os programas podem não encontrar o proxy.</translation>
    </message>
    <message>
        <source>The automatic proxy configuration script cannot be loaded, so programs may not find their proxy.</source>
        <translation>Não foi possível carregar o script de configuração automática do proxy, então os programas podem não encontrar o proxy.</translation>
    </message>
</context>
<context>
    <name>ReachabilityCheck</name>
    <message>
        <source>No reference endpoints are configured, so this step was skipped.</source>
        <translation>Nenhum endpoint de referência está configurado, então esta etapa foi pulada.</translation>
    </message>
    <message>
        <source>Well-known sites on the internet can be reached.</source>
        <translation>É possível acessar sites conhecidos na internet.</translation>
    </message>
    <message>
        <source>Some well-known sites can be reached and others cannot (%1 of %2).</source>
        <translation>Alguns sites conhecidos podem ser acessados e outros não (%1 de %2).</translation>
    </message>
    <message>
        <source>No well-known site on the internet can be reached.</source>
        <translation>Nenhum site conhecido na internet pode ser acessado.</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Public IP addresses</source>
        <translation>Endereços IP públicos</translation>
    </message>
    <message>
        <source>Private (local network) IP addresses</source>
        <translation>Endereços IP privados (da rede local)</translation>
    </message>
    <message>
        <source>Server and computer names (host names)</source>
        <translation>Nomes de servidores e computadores (nomes de host)</translation>
    </message>
    <message>
        <source>Your user name and this computer&apos;s name</source>
        <translation>Seu nome de usuário e o nome deste computador</translation>
    </message>
    <message>
        <source>Network card (MAC) addresses</source>
        <translation>Endereços de placas de rede (MAC)</translation>
    </message>
    <message>
        <source>File and folder paths</source>
        <translation>Caminhos de arquivos e pastas</translation>
    </message>
    <message>
        <source>Unknown kind of value to hide: &quot;%1&quot;. Known kinds: %2.</source>
        <translation>Tipo de valor a ocultar desconhecido: &quot;%1&quot;. Tipos conhecidos: %2.</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>PDF reports are written by the app&apos;s export library.</source>
        <translation>Os relatórios em PDF são gravados pela biblioteca de exportação do aplicativo.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Não foi possível gravar o relatório em %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Web page, for anyone (*.html *.htm)</source>
        <translation>Página da web, para qualquer pessoa (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document, for printing (*.pdf)</source>
        <translation>Documento PDF, para imprimir (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, for the helpdesk to open in Connection Doctor (*.json)</source>
        <translation>JSON, para o suporte técnico abrir no Connection Doctor (*.json)</translation>
    </message>
    <message>
        <source>Plain text, for a ticket or an email (*.txt)</source>
        <translation>Texto simples, para um chamado ou e-mail (*.txt)</translation>
    </message>
    <message>
        <source>CSV, the counts over time for a spreadsheet (*.csv)</source>
        <translation>CSV, as contagens ao longo do tempo para uma planilha (*.csv)</translation>
    </message>
    <message>
        <source>Cannot tell which format to write &quot;%1&quot; in: end the file name with .html, .pdf, .json, .txt or .csv.</source>
        <translation>Não é possível saber em qual formato gravar &quot;%1&quot;: termine o nome do arquivo com .html, .pdf, .json, .txt ou .csv.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Relatório do Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Relatório do Connection Doctor para %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Nenhuma causa foi apontada ainda: não houve testes suficientes.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>O que encontramos, o mais provável primeiro</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>O que observamos</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>O que você pode fazer</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator</source>
        <translation>Para o suporte técnico ou o administrador do servidor</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>O que encontrou</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Conexões tentadas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Como terminou</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tempo (ms)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Conexões ao longo do tempo</translation>
    </message>
    <message>
        <source>Network changes</source>
        <translation>Mudanças de rede</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Written by Connection Doctor %1. The same report as JSON (schema %2) can be opened in the app.</source>
        <translation>Gerado pelo Connection Doctor %1. O mesmo relatório em JSON (esquema %2) pode ser aberto no aplicativo.</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Resets observados neste computador</translation>
    </message>
    <message>
        <source>By program and server</source>
        <translation>Por programa e servidor</translation>
    </message>
    <message>
        <source>Each reset, oldest first</source>
        <translation>Cada reset, o mais antigo primeiro</translation>
    </message>
</context>
<context>
    <name>ReportJsonReader</name>
    <message>
        <source>The report&apos;s &quot;%1&quot; has the wrong type.</source>
        <translation>O campo &quot;%1&quot; do relatório tem o tipo errado.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; holds something that is not an entry.</source>
        <translation>O campo &quot;%1&quot; do relatório contém algo que não é um registro.</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor report: it is not valid JSON (%1 at byte %2).</source>
        <translation>Este não é um relatório do Connection Doctor: não é um JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Connection Doctor report.</source>
        <translation>Este arquivo JSON não é um relatório do Connection Doctor.</translation>
    </message>
    <message>
        <source>This report was written in a newer format (%1) than this version of Connection Doctor reads.</source>
        <translation>Este relatório foi gravado em um formato mais novo (%1) do que esta versão do Connection Doctor consegue ler.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a Connection Doctor report.</source>
        <translation>%1 é grande demais para ser um relatório do Connection Doctor.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; has more entries than a report can have.</source>
        <translation>O item &quot;%1&quot; do relatório tem mais entradas do que um relatório pode ter.</translation>
    </message>
</context>
<context>
    <name>ReportJsonWriter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Não foi possível gravar o relatório em %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Relatório do Connection Doctor</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>Relatório do Connection Doctor para %1</translation>
    </message>
</context>
<context>
    <name>ReportTextWriter</name>
    <message>
        <source>Connection Doctor summary</source>
        <translation>Resumo do Connection Doctor</translation>
    </message>
    <message>
        <source>Connections tried: %1, of which %2 worked.</source>
        <translation>Conexões tentadas: %1, das quais %2 funcionaram.</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Nada foi testado ainda.</translation>
    </message>
    <message>
        <source>... and %1 more, all in the JSON report.</source>
        <translation>... e mais %1, todas no relatório JSON.</translation>
    </message>
    <message>
        <source>Most likely cause: %1 (%2%, %3)</source>
        <translation>Causa mais provável: %1 (%2%, %3)</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator:</source>
        <translation>Para o suporte técnico ou o administrador do servidor:</translation>
    </message>
    <message>
        <source>Other possible causes: %1</source>
        <translation>Outras causas possíveis: %1</translation>
    </message>
    <message>
        <source>Checks: %1 run, %2 passed.</source>
        <translation>Verificações: %1 executadas, %2 passaram.</translation>
    </message>
    <message>
        <source>Connection Doctor report</source>
        <translation>Relatório do Connection Doctor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>Nenhuma causa foi apontada ainda: não houve testes suficientes.</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>O que encontramos, o mais provável primeiro</translation>
    </message>
    <message>
        <source>What we saw:</source>
        <translation>O que observamos:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>O que você pode fazer:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Conexões tentadas</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Conexões ao longo do tempo</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, all in the JSON report.</source>
        <translation>
            <numerusform>... e mais %n; tudo está no relatório JSON.</numerusform>
            <numerusform>... e mais %n; tudo está no relatório JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>By program and server:</source>
        <translation>Por programa e servidor:</translation>
    </message>
    <message>
        <source>Each reset, oldest first:</source>
        <translation>Cada reset, o mais antigo primeiro:</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>Resets observados neste computador</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Most likely cause</source>
        <translation>Causa mais provável</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>Conexões ao longo do tempo</translation>
    </message>
    <message>
        <source>Every check and what it found</source>
        <translation>Todas as verificações e o que cada uma encontrou</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>O que o gráfico mostra</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>O relatório</translation>
    </message>
    <message>
        <source>The most likely cause first, then every possible cause, the chart and the checks</source>
        <translation>Primeiro a causa mais provável, depois todas as causas possíveis, o gráfico e as verificações</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>Nada foi testado ainda.</translation>
    </message>
    <message>
        <source>Not enough was tested to name a cause.</source>
        <translation>Não houve testes suficientes para apontar uma causa.</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>O que observamos</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>O que você pode fazer</translation>
    </message>
    <message>
        <source>For your helpdesk or the server&apos;s administrator</source>
        <translation>Para o suporte técnico ou o administrador do servidor</translation>
    </message>
    <message>
        <source>Details of the most likely cause</source>
        <translation>Detalhes da causa mais provável</translation>
    </message>
    <message>
        <source>Other possible causes</source>
        <translation>Outras causas possíveis</translation>
    </message>
    <message>
        <source>Details of what the tests found</source>
        <translation>Detalhes do que os testes encontraram</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open report...</source>
        <translation>&amp;Abrir relatório...</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exportar relatório...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Sobre este relatório</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Computador: %1</translation>
    </message>
    <message>
        <source>A saved report, read-only.</source>
        <translation>Um relatório salvo, somente para leitura.</translation>
    </message>
    <message>
        <source>Saved report - Connection Doctor</source>
        <translation>Relatório salvo - Connection Doctor</translation>
    </message>
    <message>
        <source>Saved report for %1 - Connection Doctor</source>
        <translation>Relatório salvo para %1 - Connection Doctor</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <source>Connection Doctor reports (*.json)</source>
        <translation>Relatórios do Connection Doctor (*.json)</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Passed</source>
        <translation>Passou</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Funcionaram</translation>
    </message>
    <message>
        <source>Cut off (reset)</source>
        <translation>Cortadas (reset)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechadas</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nome não encontrado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falha na conexão segura</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>Falha no proxy</translation>
    </message>
    <message>
        <source>Network connection came up</source>
        <translation>Conexão de rede ativada</translation>
    </message>
    <message>
        <source>Network connection went down</source>
        <translation>Conexão de rede perdida</translation>
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
        <translation>Configurações de proxy alteradas</translation>
    </message>
    <message>
        <source>Computer woke from sleep</source>
        <translation>O computador saiu da suspensão</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>The run was stopped before the end.</source>
        <translation>Os testes foram interrompidos antes do fim.</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>ID do relatório</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operacional</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Connection Doctor version</source>
        <translation>Versão do Connection Doctor</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versão do Qt</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nome do computador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inativa</translation>
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
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>Most cut off in one minute: %1, from %2.</source>
        <translation>Mais conexões cortadas em um minuto: %1, a partir de %2.</translation>
    </message>
    <message>
        <source>Network changes while watching: %1.</source>
        <translation>Mudanças de rede durante o monitoramento: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
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
        <translation>loopback</translation>
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
        <translation>barramento CAN</translation>
    </message>
    <message>
        <source>WiMAX</source>
        <translation>WiMAX</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>The system counted %n reset(s) while watching.</source>
        <translation>
            <numerusform>O sistema contou %n reset durante o monitoramento.</numerusform>
            <numerusform>O sistema contou %n resets durante o monitoramento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n reset(s).</source>
        <translation>
            <numerusform>Ele registrou %n reset.</numerusform>
            <numerusform>Ele registrou %n resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time, so some resets may be missing.</source>
        <translation>
            <numerusform>O sistema descartou %n evento que não conseguiu repassar a tempo, então alguns resets podem estar faltando.</numerusform>
            <numerusform>O sistema descartou %n eventos que não conseguiu repassar a tempo, então alguns resets podem estar faltando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out of the log to keep it to a bounded size.</source>
        <translation>
            <numerusform>%n reset, o mais antigo, ficou de fora do registro para limitar o tamanho dele.</numerusform>
            <numerusform>Os %n resets mais antigos ficaram de fora do registro para limitar o tamanho dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>não se sabe</translation>
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
        <translation>Tempo ocioso antes do reset</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why we think so</source>
        <translation>Por que achamos isso</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processo %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The reset watch saw %1.</source>
        <translation>O monitoramento de resets viu %1.</translation>
    </message>
    <message>
        <source>Answer without end</source>
        <translation>Resposta sem fim</translation>
    </message>
    <message>
        <source>Garbled answer</source>
        <translation>Resposta ilegível</translation>
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
        <translation>Monitorado por %1: nenhuma conexão foi tentada.</translation>
    </message>
    <message numerus="yes">
        <source>Watched for %1: %n connection(s), %2 of them cut off (%3%; the true share is likely between %4% and %5%).</source>
        <translation>
            <numerusform>Monitorado por %1: %n conexão; cortadas: %2 (%3%; a proporção real provavelmente fica entre %4% e %5%).</numerusform>
            <numerusform>Monitorado por %1: %n conexões, %2 delas cortadas (%3%; a proporção real provavelmente fica entre %4% e %5%).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resets of this server before the run</source>
        <translation>Resets deste servidor antes da execução</translation>
    </message>
    <message>
        <source>The background watch&apos;s log could not be read for the history of %1: %2</source>
        <translation>Não foi possível ler o registro do monitoramento em segundo plano para o histórico de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The background watch&apos;s log from %1 to %2 holds %n reset(s) of connections to %3.</source>
        <translation>
            <numerusform>O registro do monitoramento em segundo plano de %1 a %2 contém %n reset de conexões com %3.</numerusform>
            <numerusform>O registro do monitoramento em segundo plano de %1 a %2 contém %n resets de conexões com %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s oldest %n reset(s), of every server, were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>%n reset, o mais antigo do registro (de todos os servidores), foi omitido para manter a lista limitada.</numerusform>
            <numerusform>Os %n resets mais antigos do registro (de todos os servidores) foram omitidos para manter a lista limitada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch missed or did not write %n reset(s) of any server in that time, so some may be missing.</source>
        <translation>
            <numerusform>O monitoramento em segundo plano perdeu ou não gravou %n reset (de qualquer servidor) nesse período, então pode faltar algum.</numerusform>
            <numerusform>O monitoramento em segundo plano perdeu ou não gravou %n resets (de qualquer servidor) nesse período, então pode faltar algum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetChartView</name>
    <message>
        <source>Chart of connections cut off over time</source>
        <translation>Gráfico das conexões cortadas ao longo do tempo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Conexões por segundo</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>Mudança de rede</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and -, move with the arrow keys; the sentence under the chart says what it shows</source>
        <translation>Amplie ou reduza com a roda do mouse ou com + e -, mova com as setas; a frase abaixo do gráfico diz o que ele mostra</translation>
    </message>
</context>
<context>
    <name>ResetEvent</name>
    <message>
        <source>unknown program</source>
        <translation>programa desconhecido</translation>
    </message>
</context>
<context>
    <name>ResetHistory</name>
    <message>
        <source>The background watch&apos;s log (%1) is readable only by root and members of the %2 group: ask an administrator to add you to it (sudo adduser YOUR-NAME %2), then log in again.</source>
        <translation>O registro do monitoramento em segundo plano (%1) só pode ser lido por root e por membros do grupo %2: peça a um administrador que adicione você (sudo adduser SEU-NOME %2) e depois entre novamente.</translation>
    </message>
    <message>
        <source>There is no background watch log in %1: the background watch (connection-doctor-watch.service) has not run on this computer, or its log was removed.</source>
        <translation>Não há registro do monitoramento em segundo plano em %1: o monitoramento em segundo plano (connection-doctor-watch.service) não foi executado neste computador, ou o registro foi removido.</translation>
    </message>
    <message>
        <source>%1 is not a directory, so it holds no background watch log.</source>
        <translation>%1 não é uma pasta, então não contém registro do monitoramento em segundo plano.</translation>
    </message>
    <message>
        <source>The background watch has written no log in %1 yet.</source>
        <translation>O monitoramento em segundo plano ainda não gravou nenhum registro em %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>não é um arquivo</translation>
    </message>
    <message numerus="yes">
        <source>%n of the log&apos;s files could not be read (%1).</source>
        <translation>
            <numerusform>Não foi possível ler %n arquivo do registro (%1).</numerusform>
            <numerusform>Não foi possível ler %n arquivos do registro (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The background watch could see no resets: %1; %2</source>
        <translation>O monitoramento em segundo plano não conseguia ver nenhum reset: %1; %2</translation>
    </message>
    <message>
        <source>The background watch wrote nothing after %1; its log ends at %2.</source>
        <translation>O monitoramento em segundo plano não gravou nada depois de %1; o registro termina em %2.</translation>
    </message>
    <message>
        <source>The background watch&apos;s log covers %1 to %2.</source>
        <translation>O registro do monitoramento em segundo plano cobre de %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n reset(s) in that time.</source>
        <translation>
            <numerusform>Contém %n reset nesse período.</numerusform>
            <numerusform>Contém %n resets nesse período.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>%n, o mais antigo, foi omitido para manter a lista limitada.</numerusform>
            <numerusform>Os %n mais antigos foram omitidos para manter a lista limitada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) the watch could not take in time, so some resets may be missing.</source>
        <translation>
            <numerusform>O sistema descartou %n evento que o monitoramento não conseguiu receber a tempo, então podem faltar resets.</numerusform>
            <numerusform>O sistema descartou %n eventos que o monitoramento não conseguiu receber a tempo, então podem faltar resets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch did not write %n reset(s), to keep its log to a bounded size.</source>
        <translation>
            <numerusform>O monitoramento em segundo plano não gravou %n reset, para manter o registro limitado.</numerusform>
            <numerusform>O monitoramento em segundo plano não gravou %n resets, para manter o registro limitado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the log could not be read (cut off by a crash or a power cut) and were skipped.</source>
        <translation>
            <numerusform>%n linha do registro não pôde ser lida (cortada por uma falha ou queda de energia) e foi ignorada.</numerusform>
            <numerusform>%n linhas do registro não puderam ser lidas (cortadas por uma falha ou queda de energia) e foram ignoradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetLog</name>
    <message>
        <source>other programs and servers</source>
        <translation>outros programas e servidores</translation>
    </message>
    <message>
        <source>other servers</source>
        <translation>outros servidores</translation>
    </message>
</context>
<context>
    <name>ResetPatterns</name>
    <message>
        <source>No connection was cut off in the last %1 min.</source>
        <translation>Nenhuma conexão foi cortada nos últimos %1 min.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, regularly, about one every %3 s.</source>
        <translation>Conexões cortadas nos últimos %1 min: %2, em intervalos regulares, cerca de uma a cada %3 s.</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, in bursts (%3).</source>
        <translation>Conexões cortadas nos últimos %1 min: %2, em rajadas (%3).</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, at irregular times.</source>
        <translation>Conexões cortadas nos últimos %1 min: %2, em momentos irregulares.</translation>
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
        <translation>não se sabe</translation>
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
        <translation>Tempo ocioso antes</translation>
    </message>
</context>
<context>
    <name>ResetSenderJudge</name>
    <message>
        <source>its SYN-ACK</source>
        <translation>o SYN-ACK dele</translation>
    </message>
    <message>
        <source>its packets</source>
        <translation>os pacotes dele</translation>
    </message>
    <message>
        <source>its SYN-ACK on another connection</source>
        <translation>o SYN-ACK dele em outra conexão</translation>
    </message>
    <message>
        <source>This computer answered a packet for a connection it no longer had (or never had) with a reset.</source>
        <translation>Este computador respondeu com um reset a um pacote de uma conexão que ele não tinha mais (ou nunca teve).</translation>
    </message>
    <message>
        <source>This computer sent the reset: %1 ended the connection abruptly.</source>
        <translation>Este computador enviou o reset: %1 encerrou a conexão de forma abrupta.</translation>
    </message>
    <message>
        <source>The reset&apos;s packet was not seen, so who sent it cannot be told.</source>
        <translation>O pacote do reset não foi visto, então não é possível saber quem o enviou.</translation>
    </message>
    <message>
        <source>Packets were not being captured, so who sent the reset cannot be told.</source>
        <translation>Os pacotes não estavam sendo capturados, então não é possível saber quem enviou o reset.</translation>
    </message>
    <message>
        <source>its IP ID is 0, while the server&apos;s packets had other IDs</source>
        <translation>o IP ID dele é 0, enquanto os pacotes do servidor tinham outros IDs</translation>
    </message>
    <message numerus="yes">
        <source>%n resets came in a burst with changing sequence numbers, as injecting devices send them</source>
        <translation>
            <numerusform>%n reset chegou em rajada com números de sequência variando, do jeito que os equipamentos que injetam resets os enviam</numerusform>
            <numerusform>%n resets chegaram em rajada com números de sequência variando, do jeito que os equipamentos que injetam resets os enviam</numerusform>
        </translation>
    </message>
    <message>
        <source>it carried text: &quot;%1&quot;</source>
        <translation>ele trazia um texto: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its sequence number is not the one the server was due to send</source>
        <translation>o número de sequência dele não é o que o servidor deveria enviar</translation>
    </message>
    <message>
        <source>its sequence number is the one the server was due to send next</source>
        <translation>o número de sequência dele é o próximo que o servidor deveria enviar</translation>
    </message>
    <message>
        <source>it carries TCP timestamps, like the server&apos;s packets</source>
        <translation>ele traz timestamps TCP, como os pacotes do servidor</translation>
    </message>
    <message numerus="yes">
        <source>The reset came from %n hop(s) away (TTL %1), but none of the server&apos;s own packets were seen to compare.</source>
        <translation>
            <numerusform>O reset veio de %n salto de distância (TTL %1), mas nenhum pacote do próprio servidor foi visto para comparar.</numerusform>
            <numerusform>O reset veio de %n saltos de distância (TTL %1), mas nenhum pacote do próprio servidor foi visto para comparar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs on this computer, so distance cannot tell who sent the reset.</source>
        <translation>O servidor roda neste computador, então a distância não permite saber quem enviou o reset.</translation>
    </message>
    <message numerus="yes">
        <source>The reset arrived with TTL %1, from %n hop(s) away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</source>
        <translation>
            <numerusform>O reset chegou com TTL %1, de %n salto de distância; os pacotes do servidor (%2) chegam com TTL %3, de %4 saltos de distância: quem o enviou foi um equipamento entre você e o servidor.</numerusform>
            <numerusform>O reset chegou com TTL %1, de %n saltos de distância; os pacotes do servidor (%2) chegam com TTL %3, de %4 saltos de distância: quem o enviou foi um equipamento entre você e o servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hop(s) away.</source>
        <translation>
            <numerusform>O reset veio da mesma distância que os pacotes do servidor (%1): TTL %2, a %n salto.</numerusform>
            <numerusform>O reset veio da mesma distância que os pacotes do servidor (%1): TTL %2, a %n saltos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from further away (TTL %1, %n hop(s)) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</source>
        <translation>
            <numerusform>O reset veio de mais longe (TTL %1, %n salto) que os pacotes do servidor (TTL %2): algo além do servidor, ou um equipamento que definiu o próprio TTL.</numerusform>
            <numerusform>O reset veio de mais longe (TTL %1, %n saltos) que os pacotes do servidor (TTL %2): algo além do servidor, ou um equipamento que definiu o próprio TTL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlike the server&apos;s own packets: %1.</source>
        <translation>Diferente dos pacotes do próprio servidor: %1.</translation>
    </message>
    <message>
        <source>Like the server&apos;s own packets: %1.</source>
        <translation>Como os pacotes do próprio servidor: %1.</translation>
    </message>
    <message>
        <source>NAT routers and load balancers can change TTLs, and a device can copy the server&apos;s: this is strong evidence, not proof.</source>
        <translation>Roteadores com NAT e balanceadores de carga podem alterar o TTL, e um equipamento pode copiar o do servidor: isto é um forte indício, e não uma prova.</translation>
    </message>
    <message>
        <source>This computer&apos;s system says why it sent the reset: %1 (%2).</source>
        <translation>O sistema deste computador diz por que enviou a redefinição: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWatch</name>
    <message>
        <source>Without packet capture the watch cannot tell who sent each reset (%1).</source>
        <translation>Sem a captura de pacotes, o monitoramento não consegue saber quem enviou cada reset (%1).</translation>
    </message>
    <message>
        <source>Without the kernel&apos;s events the watch cannot name the program behind each reset (%1).</source>
        <translation>Sem os eventos do kernel, o monitoramento não consegue dizer qual programa está por trás de cada reset (%1).</translation>
    </message>
    <message>
        <source>Only the system&apos;s count of resets is shown, without programs or servers.</source>
        <translation>Só é exibida a contagem de resets do sistema, sem programas nem servidores.</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped.</source>
        <translation>O programa auxiliar do monitoramento de resets parou.</translation>
    </message>
    <message>
        <source>This system has no way to ask for permission here (pkexec is missing).</source>
        <translation>Este sistema não tem como pedir permissão aqui (falta o pkexec).</translation>
    </message>
    <message>
        <source>Starting the reset watch...</source>
        <translation>Iniciando o monitoramento de resets...</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>Monitorando %1.</translation>
    </message>
    <message>
        <source>Resets counted by the system, for every program together.</source>
        <translation>Resets contados pelo sistema, de todos os programas juntos.</translation>
    </message>
    <message>
        <source>No program on this computer has had a connection reset since the watch started.</source>
        <translation>Nenhum programa deste computador teve uma conexão cortada (reset) desde que o monitoramento começou.</translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen on this computer. The most: %1.</source>
        <translation>
            <numerusform>%n reset observado neste computador. Onde houve mais: %1.</numerusform>
            <numerusform>%n resets observados neste computador. Onde houve mais: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWatchRules</name>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s), each after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>As conexões de %1 com %2 foram cortadas %n vez, após %3 a %4 sem atividade.</numerusform>
            <numerusform>As conexões de %1 com %2 foram cortadas %n vezes, cada uma após %3 a %4 sem atividade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s); %5 of them after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>As conexões de %1 com %2 foram cortadas %n vez; %5 delas após %3 a %4 sem atividade.</numerusform>
            <numerusform>As conexões de %1 com %2 foram cortadas %n vezes; %5 delas após %3 a %4 sem atividade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resets were sent by %1.</source>
        <translation>Quem enviou os resets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>Foi visto o pacote de %n reset, e ele veio de um equipamento no caminho, e não do servidor.</numerusform>
            <numerusform>Foram vistos os pacotes de %n resets, e todos vieram de um equipamento no caminho, e não do servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>%1 de %n reset cujo pacote foi visto veio de um equipamento no caminho, e não do servidor.</numerusform>
            <numerusform>%1 dos %n resets cujos pacotes foram vistos vieram de um equipamento no caminho, e não do servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them refused the connection before it was established.</source>
        <translation>
            <numerusform>%n deles recusou a conexão antes de ela ser estabelecida.</numerusform>
            <numerusform>%n deles recusaram a conexão antes de ela ser estabelecida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 resets of connections to %n different server(s) came within 5 seconds, starting at %2.</source>
        <translation>
            <numerusform>%1 resets de conexões com %n servidor diferente chegaram num intervalo de 5 segundos, a partir das %2.</numerusform>
            <numerusform>%1 resets de conexões com %n servidores diferentes chegaram num intervalo de 5 segundos, a partir das %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) was of a connection to the proxy server (%1).</source>
        <translation>
            <numerusform>Houve %n reset, de uma conexão com o servidor proxy (%1).</numerusform>
            <numerusform>Houve %n resets, todos de conexões com o servidor proxy (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All traffic goes through the VPN, and %1 of the %n reset(s) came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>Todo o tráfego passa pela VPN, e %1 de %n reset veio de um equipamento no caminho, e não do servidor.</numerusform>
            <numerusform>Todo o tráfego passa pela VPN, e %1 dos %n resets vieram de um equipamento no caminho, e não do servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) of %1&apos;s connections to %2 was sent by the server itself.</source>
        <translation>
            <numerusform>Houve %n reset nas conexões de %1 com %2, e ele foi enviado pelo próprio servidor.</numerusform>
            <numerusform>Houve %n resets nas conexões de %1 com %2, e todos foram enviados pelo próprio servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 of the %n reset(s) of %1&apos;s connections to %2 were sent by the server itself.</source>
        <translation>
            <numerusform>De %n reset nas conexões de %1 com %2, o próprio servidor enviou %3.</numerusform>
            <numerusform>Dos %n resets nas conexões de %1 com %2, o próprio servidor enviou %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refusal&apos;s packets came from the server itself.</source>
        <translation>Os pacotes da recusa vieram do próprio servidor.</translation>
    </message>
    <message numerus="yes">
        <source>That device is %n hop(s) from you; the server is %1 hops away.</source>
        <translation>
            <numerusform>Esse equipamento está a %n salto de você; o servidor está a %1 saltos.</numerusform>
            <numerusform>Esse equipamento está a %n saltos de você; o servidor está a %1 saltos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The refusal&apos;s packets came from a device %n hop(s) from you, not from the server (%1 hops away).</source>
        <translation>
            <numerusform>Os pacotes da recusa vieram de um equipamento a %n salto de você, não do servidor (a %1 saltos).</numerusform>
            <numerusform>Os pacotes da recusa vieram de um equipamento a %n saltos de você, não do servidor (a %1 saltos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of the resets were sent by %1.</source>
        <translation>Quem enviou a maioria dos resets: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This computer sent %n reset(s) that ended %1&apos;s connections to %2.</source>
        <translation>
            <numerusform>Este computador enviou %n redefinição que encerrou as conexões de %1 com %2.</numerusform>
            <numerusform>Este computador enviou %n redefinições que encerraram as conexões de %1 com %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s reason for each: %1 (%2).</source>
        <translation>O motivo do sistema para cada uma: %1 (%2).</translation>
    </message>
    <message>
        <source>The system&apos;s reason for most of them: %1 (%2).</source>
        <translation>O motivo do sistema para a maioria: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ResetWording</name>
    <message>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message numerus="yes">
        <source>a device %n hop(s) away</source>
        <translation>
            <numerusform>um equipamento a %n salto de distância</numerusform>
            <numerusform>um equipamento a %n saltos de distância</numerusform>
        </translation>
    </message>
    <message>
        <source>a device between you and the server</source>
        <translation>um equipamento entre você e o servidor</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>every program&apos;s connections, from the system&apos;s own events</source>
        <translation>as conexões de todos os programas, a partir dos eventos do próprio sistema</translation>
    </message>
    <message>
        <source>packets only, without the programs behind them</source>
        <translation>só os pacotes, sem os programas por trás deles</translation>
    </message>
    <message>
        <source>the system&apos;s count of resets only</source>
        <translation>só a contagem de resets do sistema</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recebido</translation>
    </message>
    <message numerus="yes">
        <source>about %n ms</source>
        <translation>
            <numerusform>cerca de %n ms</numerusform>
            <numerusform>cerca de %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>cerca de %n s</numerusform>
            <numerusform>cerca de %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>cerca de %n min</numerusform>
            <numerusform>cerca de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>estado desconhecido</translation>
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
        <translation>, normalmente após %1 sem atividade</translation>
    </message>
    <message>
        <source>none: it was in use</source>
        <translation>nenhum: estava em uso</translation>
    </message>
    <message>
        <source>, typically while in use</source>
        <translation>, normalmente enquanto estava em uso</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), mostly sent by %3</source>
        <translation>
            <numerusform>%1 → %2: %n reset, enviado principalmente por %3</numerusform>
            <numerusform>%1 → %2: %n resets, enviados principalmente por %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the kernel gave no particular reason</source>
        <translation>o kernel não deu nenhum motivo específico</translation>
    </message>
    <message>
        <source>nothing on this computer listens on that port any more, or the connection was already gone</source>
        <translation>nada mais escuta nessa porta deste computador, ou a conexão já não existia</translation>
    </message>
    <message>
        <source>the program closed the connection before reading all that had arrived</source>
        <translation>o programa fechou a conexão antes de ler tudo o que tinha chegado</translation>
    </message>
    <message>
        <source>the program closed the connection with data still unread</source>
        <translation>o programa fechou a conexão com dados ainda não lidos</translation>
    </message>
    <message>
        <source>the program had closed the connection, and the other side did not finish closing it in time</source>
        <translation>o programa tinha fechado a conexão, e o outro lado não terminou de fechá-la a tempo</translation>
    </message>
    <message>
        <source>the computer was out of memory for connections</source>
        <translation>o computador ficou sem memória para conexões</translation>
    </message>
    <message>
        <source>the other side stopped answering keep-alive checks</source>
        <translation>o outro lado parou de responder às verificações de keep-alive</translation>
    </message>
    <message>
        <source>the program cut the connection off at once instead of closing it</source>
        <translation>o programa cortou a conexão de uma vez em vez de fechá-la</translation>
    </message>
    <message>
        <source>the program disconnected with data still unread</source>
        <translation>o programa se desconectou com dados ainda não lidos</translation>
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
        <translation>%1 e outros nomes</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>What we found, most likely cause first.</source>
        <translation>O que encontramos, começando pela causa mais provável.</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exportar relatório...</translation>
    </message>
    <message>
        <source>Save the report as a web page, PDF, text or JSON file to send to your helpdesk</source>
        <translation>Salva o relatório como página da web, PDF, texto ou arquivo JSON para enviar ao suporte técnico</translation>
    </message>
    <message>
        <source>Your helpdesk asks you to send the report to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>O suporte técnico pede que você envie o relatório para &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Include this server&apos;s resets from before this run (the background watch&apos;s log)</source>
        <translation>&amp;Incluir os resets deste servidor de antes desta execução (registro do monitoramento em segundo plano)</translation>
    </message>
    <message>
        <source>Adds what the background watch saw of this server&apos;s connections over the last 7 days, in any program, to the report and every export. Off unless you or your helpdesk turn it on.</source>
        <translation>Adiciona ao relatório e a cada exportação o que o monitoramento em segundo plano viu das conexões com este servidor nos últimos 7 dias, em qualquer programa. Desligado, a menos que você ou seu suporte o liguem.</translation>
    </message>
</context>
<context>
    <name>RouteCheck</name>
    <message>
        <source>The routing table could not be read, so this step was skipped.</source>
        <translation>Não foi possível ler a tabela de rotas, então esta etapa foi pulada.</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>direto</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>This computer has no way out to the internet: there is no default route (no router is set).</source>
        <translation>Este computador não tem saída para a internet: não há rota padrão (nenhum roteador configurado).</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves through %1.</source>
        <translation>O tráfego para a internet sai por %1.</translation>
    </message>
    <message>
        <source>Traffic to the internet goes through the router %1 (%2).</source>
        <translation>O tráfego para a internet passa pelo roteador %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Enter a web address or a server name, for example www.example.com or mail.example.com:993.</source>
        <translation>Digite um endereço da web ou o nome de um servidor, por exemplo www.example.com ou mail.example.com:993.</translation>
    </message>
    <message>
        <source>The address is too long to be real; check what was pasted.</source>
        <translation>O endereço é longo demais para ser real; confira o que foi colado.</translation>
    </message>
    <message>
        <source>The address contains a space; remove it and try again.</source>
        <translation>O endereço contém um espaço; remova-o e tente de novo.</translation>
    </message>
    <message>
        <source>This web address is not valid: %1</source>
        <translation>Este endereço da web não é válido: %1</translation>
    </message>
    <message>
        <source>The web address has no server name after &quot;%1://&quot;.</source>
        <translation>Falta o nome do servidor depois de &quot;%1://&quot; no endereço da web.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; addresses have no usual port; add one, for example %2:8080.</source>
        <translation>Endereços &quot;%1&quot; não têm uma porta padrão; informe uma, por exemplo %2:8080.</translation>
    </message>
    <message>
        <source>An IPv6 address in brackets needs a closing &quot;]&quot;.</source>
        <translation>Um endereço IPv6 entre colchetes precisa de um &quot;]&quot; de fechamento.</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address, as in [2001:db8::1]:443.</source>
        <translation>Depois do endereço IPv6 só pode vir uma porta, como em [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; não é um endereço IPv6 válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address. Write IPv6 addresses with a port as [address]:port.</source>
        <translation>&quot;%1&quot; não é um endereço válido. Escreva endereços IPv6 com porta assim: [endereço]:porta.</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>Falta o nome do servidor.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number. Ports are numbers from 1 to 65535.</source>
        <translation>A porta &quot;%1&quot; não é um número. As portas são números de 1 a 65535.</translation>
    </message>
    <message>
        <source>The port %1 is out of range. Ports are numbers from 1 to 65535.</source>
        <translation>A porta %1 está fora do intervalo permitido. As portas são números de 1 a 65535.</translation>
    </message>
    <message>
        <source>The server name is longer than %1 characters, which no real name is.</source>
        <translation>O nome do servidor tem mais de %1 caracteres, e nenhum nome real é tão longo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>&quot;%1&quot; não é um nome de servidor válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read two ways. Did you mean %2 (the address %3, port %4)? For the address %1 itself, write [%1].</source>
        <translation>&quot;%1&quot; pode ser lido de duas formas. Você quis dizer %2 (o endereço %3, porta %4)? Para o próprio endereço %1, escreva [%1].</translation>
    </message>
</context>
<context>
    <name>TcpCountersCheck</name>
    <message>
        <source>This computer&apos;s connection statistics could not be read, so this step was skipped.</source>
        <translation>Não foi possível ler as estatísticas de conexão deste computador, então esta etapa foi pulada.</translation>
    </message>
    <message numerus="yes">
        <source>Connections on this computer were reset while we watched: %1 in %n second(s).</source>
        <translation>
            <numerusform>Conexões deste computador foram cortadas (reset) enquanto observávamos: %1 em %n segundo.</numerusform>
            <numerusform>Conexões deste computador foram cortadas (reset) enquanto observávamos: %1 em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No connection on this computer was reset while we watched (%n second(s)).</source>
        <translation>
            <numerusform>Nenhuma conexão deste computador foi cortada (reset) enquanto observávamos (%n segundo).</numerusform>
            <numerusform>Nenhuma conexão deste computador foi cortada (reset) enquanto observávamos (%n segundos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineSvg</name>
    <message>
        <source>Connections per second by how they ended, %1 to %2</source>
        <translation>Conexões por segundo, por forma de término, de %1 a %2</translation>
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
        <translation>O serviço não usa conexão segura (TLS), então este teste não se aplica.</translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer.</source>
        <translation>Conexões seguras não estão disponíveis neste computador.</translation>
    </message>
    <message>
        <source>Secure connections are cut off because of the site&apos;s name: something between you and the server filters it.</source>
        <translation>As conexões seguras são cortadas por causa do nome do site: algo entre você e o servidor está filtrando esse nome.</translation>
    </message>
    <message>
        <source>Secure connections are cut off during setup, whatever the site name.</source>
        <translation>As conexões seguras são cortadas enquanto são estabelecidas, qualquer que seja o nome do site.</translation>
    </message>
    <message>
        <source>Secure connections to your service are set up normally.</source>
        <translation>As conexões seguras com o seu serviço são estabelecidas normalmente.</translation>
    </message>
    <message>
        <source>Secure connections to your service fail (%1).</source>
        <translation>As conexões seguras com o seu serviço falham (%1).</translation>
    </message>
</context>
<context>
    <name>UnsupportedResetSource</name>
    <message>
        <source>Watching every program&apos;s resets is not available on this system yet.</source>
        <translation>O monitoramento dos resets de todos os programas ainda não está disponível neste sistema.</translation>
    </message>
</context>
<context>
    <name>VpnCheck</name>
    <message>
        <source>No VPN is switched on.</source>
        <translation>Nenhuma VPN está ligada.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on and carries all your internet traffic; VPNs are a common cause of cut connections.</source>
        <translation>Uma VPN (%1) está ligada e transporta todo o seu tráfego de internet; VPNs são uma causa comum de conexões cortadas.</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on; it carries only some of your traffic.</source>
        <translation>Uma VPN (%1) está ligada; ela transporta só parte do seu tráfego.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Practice &amp;example:</source>
        <translation>&amp;Exemplo para praticar:</translation>
    </message>
    <message>
        <source>Tell us what stopped working. We will test your connection step by step and tell you what to do.</source>
        <translation>Conte para a gente o que parou de funcionar. Vamos testar sua conexão passo a passo e dizer o que fazer.</translation>
    </message>
    <message>
        <source>A website won&apos;t load</source>
        <translation>Um site não carrega</translation>
    </message>
    <message>
        <source>An app shows an error</source>
        <translation>Um aplicativo mostra um erro</translation>
    </message>
    <message>
        <source>An upload fails</source>
        <translation>Um envio de arquivo falha</translation>
    </message>
    <message>
        <source>A remote server or SSH session drops</source>
        <translation>A conexão com um servidor remoto ou SSH cai</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
    <message>
        <source>What were you doing</source>
        <translation>O que você estava fazendo</translation>
    </message>
    <message>
        <source>for example www.example.com or mail.example.com:993</source>
        <translation>por exemplo www.example.com ou mail.example.com:993</translation>
    </message>
    <message>
        <source>Web address or server name</source>
        <translation>Endereço da web ou nome do servidor</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problema no endereço</translation>
    </message>
    <message>
        <source>Optional: paste the error message you saw here</source>
        <translation>Opcional: cole aqui a mensagem de erro que você viu</translation>
    </message>
    <message>
        <source>The error message you saw</source>
        <translation>A mensagem de erro que você viu</translation>
    </message>
    <message>
        <source>Practice example</source>
        <translation>Exemplo para praticar</translation>
    </message>
    <message>
        <source>&amp;What were you doing?</source>
        <translation>O que você estava &amp;fazendo?</translation>
    </message>
    <message>
        <source>W&amp;here? (web address or server name)</source>
        <translation>On&amp;de? (endereço da web ou nome do servidor)</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>&amp;Mensagem de erro:</translation>
    </message>
    <message>
        <source>We do not recognise this message; the tests will find out what is happening.</source>
        <translation>Não reconhecemos esta mensagem; os testes vão descobrir o que está acontecendo.</translation>
    </message>
    <message>
        <source>Choose what you were doing when the connection failed</source>
        <translation>Escolha o que você estava fazendo quando a conexão falhou</translation>
    </message>
    <message>
        <source>A server on this computer that fails in a known way, to practise on</source>
        <translation>Um servidor neste computador que falha de um jeito conhecido, para você praticar</translation>
    </message>
    <message>
        <source>The address of the service whose connections fail</source>
        <translation>O endereço do serviço cujas conexões falham</translation>
    </message>
    <message>
        <source>Optional: the error text; we explain it and take the address from it</source>
        <translation>Opcional: o texto do erro; nós o explicamos e tiramos o endereço dele</translation>
    </message>
    <message>
        <source>&amp;Open a saved report...</source>
        <translation>&amp;Abrir um relatório salvo...</translation>
    </message>
    <message>
        <source>For helpdesks: show a report someone sent you, as they saw it</source>
        <translation>Para o suporte técnico: mostra um relatório que alguém enviou, como a pessoa o viu</translation>
    </message>
    <message>
        <source>Message from your helpdesk:</source>
        <translation>Mensagem do seu suporte técnico:</translation>
    </message>
    <message>
        <source>Message from your helpdesk</source>
        <translation>Mensagem do seu suporte técnico</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The fault lab could not start: %1</source>
        <translation>Não foi possível iniciar o laboratório de falhas: %1</translation>
    </message>
    <message>
        <source>This message is not one we recognise, so we cannot say for sure what it means. Run a diagnosis against the service to find out what is happening.</source>
        <translation>Não reconhecemos esta mensagem, então não podemos dizer com certeza o que ela significa. Faça um diagnóstico do serviço para descobrir o que está acontecendo.</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Mensagem gerada por: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>To find the cause: connection-doctor --headless --diagnose --target %1</source>
        <translation>Para descobrir a causa: connection-doctor --headless --diagnose --target %1</translation>
    </message>
    <message>
        <source>Run connection-doctor --help to see the options.</source>
        <translation>Execute connection-doctor --help para ver as opções.</translation>
    </message>
    <message>
        <source>With --demo, --target names a fault lab scenario, such as reset-after-idle.</source>
        <translation>Com --demo, --target indica um cenário do laboratório de falhas, como reset-after-idle.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: it is not a file. Give the service with --target.</source>
        <translation>Argumento inesperado &quot;%1&quot;: não é um arquivo. Informe o serviço com --target.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <source>Neither --target nor the profile names the service to test.</source>
        <translation>Nem o --target nem o perfil indicam o serviço a testar.</translation>
    </message>
</context>
</TS>
