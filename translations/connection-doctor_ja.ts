<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BackgroundWatchService</name>
    <message>
        <source>Asking the system whether the background watch is on...</source>
        <translation>バックグラウンド監視がオンかどうかをシステムに問い合わせています...</translation>
    </message>
    <message>
        <source>This system was not started by systemd, so the background watch (%1) cannot run here.</source>
        <translation>このシステムは systemd で起動されていないため、バックグラウンド監視 (%1) はここでは動きません。</translation>
    </message>
    <message>
        <source>The background watch (%1) is not installed: it comes with the connection-doctor package.</source>
        <translation>バックグラウンド監視 (%1) はインストールされていません。connection-doctor パッケージに含まれています。</translation>
    </message>
    <message>
        <source>An administrator has masked the background watch (%1), so it cannot be turned on.</source>
        <translation>管理者がバックグラウンド監視 (%1) をマスクしているため、オンにできません。</translation>
    </message>
    <message>
        <source>The background watch is off: resets are seen only while this app watches.</source>
        <translation>バックグラウンド監視はオフです。リセットはこのアプリが監視している間だけ記録されます。</translation>
    </message>
    <message>
        <source>The background watch is on: it keeps a log of every program&apos;s resets, for 7 days, also while this app is closed.</source>
        <translation>バックグラウンド監視はオンです。このアプリを閉じている間も、すべてのプログラムのリセットを 7 日間ログに残します。</translation>
    </message>
    <message>
        <source>The background watch is turned on but is not running; its messages are in journalctl -u %1.</source>
        <translation>バックグラウンド監視はオンですが動いていません。メッセージは journalctl -u %1 で見られます。</translation>
    </message>
    <message>
        <source>The background watch runs now, but is not turned on: it will not start again when the computer does.</source>
        <translation>バックグラウンド監視は今動いていますが、オンにはなっていません。次にコンピューターを起動したときには起動しません。</translation>
    </message>
    <message>
        <source>The background watch is now on.</source>
        <translation>バックグラウンド監視をオンにしました。</translation>
    </message>
    <message>
        <source>The background watch is now off.</source>
        <translation>バックグラウンド監視をオフにしました。</translation>
    </message>
    <message>
        <source>Permission was not given, so the background watch was not changed.</source>
        <translation>許可されなかったため、バックグラウンド監視は変更されていません。</translation>
    </message>
    <message>
        <source>The background watch could not be turned on (exit status %1).</source>
        <translation>バックグラウンド監視をオンにできませんでした (終了ステータス %1)。</translation>
    </message>
    <message>
        <source>The background watch could not be turned off (exit status %1).</source>
        <translation>バックグラウンド監視をオフにできませんでした (終了ステータス %1)。</translation>
    </message>
    <message>
        <source>The background watch could not be turned on: %1</source>
        <translation>バックグラウンド監視をオンにできませんでした: %1</translation>
    </message>
    <message>
        <source>The background watch could not be turned off: %1</source>
        <translation>バックグラウンド監視をオフにできませんでした: %1</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: %1 is missing.</source>
        <translation>ここではバックグラウンド監視を変更できません: %1 がありません。</translation>
    </message>
    <message>
        <source>The background watch cannot be changed here: its action (%1) is not installed.</source>
        <translation>ここではバックグラウンド監視を変更できません: そのアクション (%1) がインストールされていません。</translation>
    </message>
    <message>
        <source>The background watch is part of Connection Doctor for Linux: here, resets are seen only while this app watches.</source>
        <translation>バックグラウンド監視は Linux 版 Connection Doctor の機能です。このシステムでは、このアプリが監視している間のリセットだけが分かります。</translation>
    </message>
</context>
<context>
    <name>CaptivePortalCheck</name>
    <message>
        <source>No sign-in page test address is configured, so this step was skipped.</source>
        <translation>ログインページの確認に使うテスト用アドレスが設定されていないため、この手順はスキップしました。</translation>
    </message>
    <message>
        <source>No sign-in page (captive portal) is in the way.</source>
        <translation>ログインページ（キャプティブポータル）による妨げはありません。</translation>
    </message>
    <message>
        <source>A sign-in page is in the way, as in hotels, trains or guest networks: open a web browser and sign in first.</source>
        <translation>ホテルや電車、ゲスト用ネットワークのように、ログインページが接続を妨げています。まず Web ブラウザーを開いてログインしてください。</translation>
    </message>
    <message>
        <source>Whether a sign-in page is in the way could not be tested.</source>
        <translation>ログインページが接続を妨げているかどうかを確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>This step took too long and was stopped after %n seconds.</source>
        <translation>
            <numerusform>この手順は時間がかかりすぎたため、%n 秒で中止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCatalog</name>
    <message>
        <source>Unknown check &quot;%1&quot;; the checks are %2.</source>
        <translation>「%1」というチェックはありません。使用できるチェックは %2 です。</translation>
    </message>
    <message>
        <source>Name at least one check: %1.</source>
        <translation>チェックを 1 つ以上指定してください（%1）。</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>ネットワーク接続</translation>
    </message>
    <message>
        <source>Way out to the internet</source>
        <translation>インターネットへの経路</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>ネームサーバー</translation>
    </message>
    <message>
        <source>Looking up names</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <source>Reaching well-known sites</source>
        <translation>主要サイトへの接続</translation>
    </message>
    <message>
        <source>Sign-in pages</source>
        <translation>ログインページ</translation>
    </message>
    <message>
        <source>What your system says</source>
        <translation>システムの判定</translation>
    </message>
    <message>
        <source>Firewall on this computer</source>
        <translation>このコンピューターのファイアウォール</translation>
    </message>
    <message>
        <source>Your service&apos;s port</source>
        <translation>サービスのポート</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Large packets</source>
        <translation>大きなパケット</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <source>With and without the proxy</source>
        <translation>プロキシ経由と直接接続の比較</translation>
    </message>
    <message>
        <source>Cut connections on this computer</source>
        <translation>このコンピューターで切断された接続</translation>
    </message>
    <message>
        <source>Many connections at once</source>
        <translation>多数の同時接続</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>アップロードサイズ</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>暗号化接続</translation>
    </message>
    <message>
        <source>Quiet connections</source>
        <translation>通信のない接続</translation>
    </message>
    <message>
        <source>What requests ask for</source>
        <translation>リクエストの内容</translation>
    </message>
</context>
<context>
    <name>CheckContextLoader</name>
    <message>
        <source>In the settings file %1: %2</source>
        <translation>設定ファイル %1: %2</translation>
    </message>
    <message>
        <source>--proxy takes http://host:port or socks5://host:port, not &quot;%1&quot;.</source>
        <translation>--proxy には「%1」ではなく、http://host:port または socks5://host:port を指定してください。</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>CheckRowList</name>
    <message>
        <source>Results of the checks</source>
        <translation>チェックの結果</translation>
    </message>
    <message>
        <source>One row for each check, with what it found; open Details for the technical facts</source>
        <translation>チェックごとに結果を 1 行ずつ表示します。技術的な情報は「詳細」を開くと確認できます</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Left out by your helpdesk&apos;s profile.</source>
        <translation>ヘルプデスクのプロファイルにより除外されました。</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>テスト中</translation>
    </message>
    <message>
        <source>Testing... you can move on at any time.</source>
        <translation>テスト中です。いつでも次の手順へ進めます。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>途中で停止しました。</translation>
    </message>
    <message>
        <source>Stop the checks on this page; what was found so far stays</source>
        <translation>このページのチェックを停止します。それまでの結果は残ります</translation>
    </message>
    <message>
        <source>Run the checks on this page again from the start</source>
        <translation>このページのチェックを最初からもう一度実行します</translation>
    </message>
    <message>
        <source>Shown while the checks on this page run</source>
        <translation>このページのチェックを実行している間、表示されます</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>チェックの進行状況</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2。%3</translation>
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
        <translation>この部分の表示と非表示を切り替えます</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 には「%4」ではなく、%2 から %3 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>Finds out why your connections end with &quot;Connection reset by peer&quot; and what to do about it.</source>
        <translation>接続が「Connection reset by peer」で終わる原因と、その対処方法を調べます。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Run without windows and print the results.</source>
        <translation>ウィンドウを表示せずに実行し、結果を出力します。</translation>
    </message>
    <message>
        <source>The service whose connections fail: host:port, [IPv6]:port, a host name (port 443) or a URL. With --demo, a fault lab scenario name.</source>
        <translation>接続に失敗するサービス。host:port、[IPv6]:port、ホスト名（ポート 443）、または URL で指定します。--demo と併用する場合は、障害再現ラボのシナリオ名を指定します。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>How many probes to run (default 5).</source>
        <translation>テスト接続を行う回数（既定値: 5）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds between the start of two probes (default 1000).</source>
        <translation>テスト接続を開始する間隔（ミリ秒、既定値: 1000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Milliseconds each step of a probe may take before it counts as timed out (default 5000).</source>
        <translation>テスト接続の各段階がタイムアウトと見なされるまでの時間（ミリ秒、既定値: 5000）。</translation>
    </message>
    <message>
        <source>Write the full report as JSON to this file.</source>
        <translation>完全なレポートを JSON 形式でこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Start the built-in fault lab on this computer and practise on it: works with no network. With --headless and no --target, tours every way a connection can end.</source>
        <translation>内蔵の障害再現ラボをこのコンピューター上で起動し、練習に使います。ネットワークがなくても動作します。--headless を指定して --target を指定しない場合は、接続が終わるすべてのパターンを順に実演します。</translation>
    </message>
    <message>
        <source>Only run the fault lab, print its ports and serve until interrupted (for training and testing).</source>
        <translation>障害再現ラボだけを実行し、ポート番号を表示して、中断されるまで待ち受けます（トレーニングやテスト用）。</translation>
    </message>
    <message>
        <source>Run these environment checks: connectivity, firewall, vpn, proxy, counters, or all (comma-separated).</source>
        <translation>指定した環境チェックを実行します: connectivity, firewall, vpn, proxy, counters または all（カンマ区切り）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Override an endpoint the checks contact, as key=value (see docs/endpoints.md); may be repeated.</source>
        <translation>チェックの接続先（エンドポイント）をキー=値の形式で上書きします（docs/endpoints.md を参照）。複数回指定できます。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>キー=値</translation>
    </message>
    <message>
        <source>Compare direct connections with this proxy (http://host:port or socks5://host:port).</source>
        <translation>直接接続と、このプロキシを経由した接続を比較します（http://host:port または socks5://host:port）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --lab: the IPv4 address to serve on (default 127.0.0.1).</source>
        <translation>--lab と併用: 待ち受ける IPv4 アドレス（既定値: 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Find the cause: run every check and the active experiments against the target, then name the most likely cause and the fix.</source>
        <translation>原因を調べます。接続先に対してすべてのチェックと能動的なテストを実行し、最も可能性の高い原因と対処方法を示します。</translation>
    </message>
    <message>
        <source>Seconds the diagnosis may take (default 120).</source>
        <translation>診断にかけられる時間（秒、既定値: 120）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Explain an error message you saw, such as &quot;ECONNRESET&quot; or &quot;Connection reset by peer&quot;.</source>
        <translation>表示されたエラーメッセージ（「ECONNRESET」や「Connection reset by peer」など）の意味を説明します。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Watch the target: probe it at a steady pace (--interval) for --duration seconds and count how connections end over time.</source>
        <translation>接続先を監視します。--duration で指定した秒数の間、一定の間隔（--interval）でテスト接続を行い、接続の終わり方を時間の経過に沿って集計します。</translation>
    </message>
    <message>
        <source>Print nothing but errors; the exit status and the report say the rest.</source>
        <translation>エラー以外は何も出力しません。結果は終了ステータスとレポートで確認できます。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Give the service with --target.</source>
        <translation>予期しない引数「%1」があります。サービスは --target で指定してください。</translation>
    </message>
    <message>
        <source>--listen takes an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--listen には「%1」ではなく、IPv4 アドレスを指定してください。</translation>
    </message>
    <message>
        <source>--monitor needs the --target to watch.</source>
        <translation>--monitor を使うには、監視する接続先を --target で指定する必要があります。</translation>
    </message>
    <message>
        <source>--diagnose needs the --target whose connections fail.</source>
        <translation>--diagnose を使うには、接続に失敗する接続先を --target で指定する必要があります。</translation>
    </message>
    <message>
        <source>Write the report to this file, in the format its extension names: .html, .pdf, .json, .txt or .csv. May be given more than once.</source>
        <translation>レポートをこのファイルに書き出します。形式はファイルの拡張子（.html、.pdf、.json、.txt、.csv）で決まります。複数回指定できます。</translation>
    </message>
    <message>
        <source>Hide these kinds of values in the written reports: a comma list of public-ip, private-ip, host, user, mac, path, or all or none (default none).</source>
        <translation>書き出すレポートで、指定した種類の値を隠します: public-ip, private-ip, host, user, mac, path のカンマ区切りリスト、または all か none（既定値: none）。</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Show a saved JSON report as the user saw it (with --headless: print it, or convert it with --report).</source>
        <translation>保存された JSON レポートを、利用者が見たとおりに表示します（--headless と併用: 内容を出力するか、--report で別の形式に変換します）。</translation>
    </message>
    <message>
        <source>Start with a helpdesk&apos;s profile: the service, the checks to run, the budgets and a message.</source>
        <translation>ヘルプデスクのプロファイルを使って開始します。プロファイルでは、サービス、実行するチェック、テストにかける時間、メッセージが指定されます。</translation>
    </message>
    <message>
        <source>The language to use: en, de, fr, es, pt_BR or ja (default: the system&apos;s).</source>
        <translation>使用する言語: en, de, fr, es, pt_BR または ja（既定値: システムの言語）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>言語コード</translation>
    </message>
    <message>
        <source>A profile (*.cdprofile) or a saved report (*.json) to open.</source>
        <translation>開くプロファイル（*.cdprofile）または保存済みのレポート（*.json）。</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang には「%2」ではなく、%1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Watch every reset any program on this computer gets or sends: which program, which server, and who sent it (see docs/reset-watch.md). Alone, for --duration seconds; with probes, a diagnosis or the monitor, while they run.</source>
        <translation>このコンピューターのプログラムが受信または送信したすべてのリセットを監視し、どのプログラムか、どのサーバーか、誰が送信したかを調べます（docs/reset-watch.md を参照）。単独で使う場合は --duration で指定した秒数の間、テスト接続、診断、監視と併用する場合はそれらの実行中に監視します。</translation>
    </message>
    <message>
        <source>Seconds the monitor or the reset watch runs (default 60).</source>
        <translation>監視またはリセット監視を実行する時間（秒、既定値: 60）。</translation>
    </message>
    <message>
        <source>With --monitor: write the counts per second as CSV to this file. With --watch-resets alone: write every reset as CSV.</source>
        <translation>--monitor と併用: 1 秒ごとの集計を CSV 形式でこのファイルに書き出します。--watch-resets だけを指定した場合: すべてのリセットを CSV 形式で書き出します。</translation>
    </message>
    <message>
        <source>With --diagnose: what you were doing when the connection failed: website, app-error, upload, remote-session or other. With --explain, the diagnosis also weighs the error message you saw.</source>
        <translation>--diagnose と併用: 接続に失敗したときに何をしていたか。website, app-error, upload, remote-session または other を指定します。--explain も指定すると、診断では表示されたエラーメッセージも考慮します。</translation>
    </message>
    <message>
        <source>what</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>--activity takes one of %1, not &quot;%2&quot;.</source>
        <translation>--activity には「%2」ではなく、%1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>With --diagnose, or in the wizard: do not start the reset watch (it runs by default where it needs no permission, so that every probe&apos;s reset says who sent it).</source>
        <translation>--diagnose 使用時またはウィザードで：リセット監視を開始しません（権限が不要な環境では既定で動作し、各プローブのリセットを誰が送ったかを示します）。</translation>
    </message>
    <message>
        <source>Read what the background watch (connection-doctor-watch.service) saw while the app was not open: alone, every program&apos;s resets, printed and written as --watch-resets writes them; with a --target, the resets of that server go into the report too.</source>
        <translation>アプリを開いていない間にバックグラウンド監視 (connection-doctor-watch.service) が見たものを読みます。単独では、すべてのプログラムのリセットを --watch-resets と同じ形で表示・書き出します。--target と一緒に使うと、そのサーバーのリセットもレポートに入ります。</translation>
    </message>
    <message>
        <source>With --reset-history: how far back to read: 1h, 24h or 7d (default 24h).</source>
        <translation>--reset-history と一緒に: どこまでさかのぼって読むか: 1h、24h、7d (既定は 24h)。</translation>
    </message>
    <message>
        <source>window</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>--since takes one of %1, not &quot;%2&quot;.</source>
        <translation>--since には %1 のいずれかを指定します。「%2」は使えません。</translation>
    </message>
    <message>
        <source>--since and --history-dir go with --reset-history.</source>
        <translation>--since と --history-dir は --reset-history と一緒に使います。</translation>
    </message>
    <message>
        <source>--reset-history reads what the background watch saw; --watch-resets watches from now on. Give one of them.</source>
        <translation>--reset-history はバックグラウンド監視が見たものを読み、--watch-resets は今から監視します。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--headless needs a --target (for example --target www.example.com:443), --checks, --watch-resets or --reset-history.</source>
        <translation>--headless には --target (例: --target www.example.com:443)、--checks、--watch-resets、--reset-history のいずれかが必要です。</translation>
    </message>
    <message>
        <source>With --monitor: keep the monitor&apos;s running log (one line per connection, kept if the app is stopped) in this file instead of the app&apos;s data folder.</source>
        <translation>--monitor と一緒に: モニターの記録 (接続ごとに 1 行、アプリを止めても残ります) を、アプリのデータフォルダーではなくこのファイルに書きます。</translation>
    </message>
    <message>
        <source>With --reset-history, or in the wizard&apos;s monitor: the background watch&apos;s log directory (default %1).</source>
        <translation>--reset-history と一緒に、またはウィザードの監視で: バックグラウンド監視のログのディレクトリ (既定は %1)。</translation>
    </message>
    <message>
        <source>Turn the background watch (%1) on or off, or say whether it is on: on, off or status. It keeps a log of every program&apos;s resets while the app is closed. Asks for an administrator&apos;s password (pkexec) unless run as root.</source>
        <translation>バックグラウンド監視 (%1) をオンまたはオフにするか、オンかどうかを表示します: on、off または status。アプリを閉じている間も、すべてのプログラムのリセットをログに残します。root 以外では管理者のパスワードを求めます (pkexec)。</translation>
    </message>
    <message>
        <source>
Exit status: 0 when every probe succeeded (with --diagnose: no problem found), 1 when any did not (a problem was found), 2 for bad usage, a bad target or a bad profile. --background-watch: 0 when the watch is (now) on or was turned off as asked, 1 when it could not be changed or is not on.
</source>
        <translation>
終了ステータス: すべてのテスト接続が成功した場合は 0（--diagnose の場合: 問題が見つからなかった場合）、失敗したものがあった場合は 1（問題が見つかった場合）、使い方、接続先、プロファイルのいずれかに誤りがある場合は 2。 --background-watch: 監視が (今) オンの場合、または指示どおりオフにした場合は 0、変更できなかった場合またはオンでない場合は 1。
</translation>
    </message>
    <message>
        <source>--background-watch takes one of %1, not &quot;%2&quot;.</source>
        <translation>--background-watch には %1 のいずれかを指定します。「%2」は使えません。</translation>
    </message>
</context>
<context>
    <name>DemoTour</name>
    <message>
        <source>the fault lab on this computer</source>
        <translation>このコンピューター上の障害再現ラボ</translation>
    </message>
    <message>
        <source>Demo: the fault lab serves every way a connection can end, on this computer only.</source>
        <translation>デモ: 障害再現ラボが、接続が終わるすべてのパターンをこのコンピューター内だけで再現します。</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>No problem found: every test succeeded. %1</source>
        <translation>問題は見つかりませんでした。すべてのテストに成功しました。%1</translation>
    </message>
    <message>
        <source>Most likely cause: %1. First thing to try: %2</source>
        <translation>最も可能性の高い原因: %1。まず試すこと: %2</translation>
    </message>
    <message>
        <source>No likely cause found: nothing we saw explains a reset. %1</source>
        <translation>可能性の高い原因は見つかりませんでした。確認した内容の中に、リセットの原因を説明できるものはありません。%1</translation>
    </message>
    <message>
        <source>What the tests found: %1. First thing to try: %2</source>
        <translation>テストで見つかったこと: %1。まず試すこと: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisSession</name>
    <message>
        <source>Enter the address of your service first.</source>
        <translation>先にサービスのアドレスを入力してください。</translation>
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
        <translation>概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy what was found so far, to paste into an email or a support ticket</source>
        <translation>これまでにわかった内容をコピーして、メールやサポートへの問い合わせに貼り付けます</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Is this computer connected to the internet?</source>
        <translation>このコンピューターはインターネットに接続されていますか？</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Is a firewall blocking your service?</source>
        <translation>ファイアウォールがサービスへの接続をブロックしていませんか？</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Is a VPN in the way?</source>
        <translation>VPN が接続を妨げていませんか？</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Is a proxy server in the way?</source>
        <translation>プロキシサーバーが接続を妨げていませんか？</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Deeper tests</source>
        <translation>詳細テスト</translation>
    </message>
    <message>
        <source>Watch over time</source>
        <translation>継続監視</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <source>Go back to the previous step; its results are kept</source>
        <translation>前の手順に戻ります。その手順の結果は残ります</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>次の手順に進みます</translation>
    </message>
    <message>
        <source>Close Connection Doctor</source>
        <translation>Connection Doctor を閉じます</translation>
    </message>
    <message>
        <source>Stop every test and close Connection Doctor</source>
        <translation>すべてのテストを停止して、Connection Doctor を閉じます</translation>
    </message>
    <message>
        <source>The language of the app and of the reports</source>
        <translation>アプリとレポートで使う言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <source>Web addresses cannot be looked up: the name service (DNS) does not answer.</source>
        <translation>Web アドレスの名前解決ができません。名前解決サービス（DNS）が応答しません。</translation>
    </message>
    <message>
        <source>The name %1 cannot be found, although other names can: check that it is spelled right.</source>
        <translation>他の名前は見つかりますが、%1 という名前は見つかりません。つづりが正しいか確認してください。</translation>
    </message>
    <message>
        <source>Your service&apos;s name was found, but a well-known name was not: the name service may be filtered.</source>
        <translation>サービスの名前は見つかりましたが、よく知られた名前が見つかりませんでした。名前解決サービス（DNS）がフィルタリングされている可能性があります。</translation>
    </message>
    <message>
        <source>Names are found, but slowly (%1 seconds).</source>
        <translation>名前は見つかりますが、時間がかかっています（%1 秒）。</translation>
    </message>
    <message>
        <source>Web addresses are looked up correctly.</source>
        <translation>Web アドレスの名前解決は正常です。</translation>
    </message>
</context>
<context>
    <name>DnsServersCheck</name>
    <message>
        <source>The list of name servers (DNS) could not be read.</source>
        <translation>ネームサーバー（DNS）の一覧を読み取れませんでした。</translation>
    </message>
    <message>
        <source>No name server (DNS) is set, so web addresses cannot be looked up.</source>
        <translation>ネームサーバー（DNS）が設定されていないため、Web アドレスの名前解決ができません。</translation>
    </message>
    <message>
        <source>Web addresses are looked up by %1.</source>
        <translation>Web アドレスの名前解決には %1 が使われています。</translation>
    </message>
    <message>
        <source>The list of name servers is not read on this system; the next step tests name lookups directly.</source>
        <translation>このシステムではネームサーバーの一覧を読み取りません。次の手順で名前解決を直接テストします。</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Reachability endpoints are host:port, separated by commas; &quot;%1&quot; is not.</source>
        <translation>到達確認の接続先は host:port をカンマで区切って指定してください。「%1」はこの形式ではありません。</translation>
    </message>
    <message>
        <source>The reference name must be a host name.</source>
        <translation>参照用の名前にはホスト名を指定してください。</translation>
    </message>
    <message>
        <source>Reference ports are numbers from 1 to 65535, separated by commas; &quot;%1&quot; is not.</source>
        <translation>参照用のポートは 1～65535 の数値をカンマで区切って指定してください。「%1」は有効なポートではありません。</translation>
    </message>
    <message>
        <source>The captive portal URL must be a plain http:// URL; &quot;%1&quot; is not.</source>
        <translation>キャプティブポータルの URL には、通常の http:// の URL を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>The captive portal status must be an HTTP status from 100 to 599.</source>
        <translation>キャプティブポータルのステータスには、100～599 の HTTP ステータスコードを指定してください。</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot;.</source>
        <translation>「%1」というエンドポイントはありません。</translation>
    </message>
    <message>
        <source>--endpoint takes key=value, for example reference_name=intranet.local.</source>
        <translation>--endpoint にはキー=値の形式で指定してください（例: reference_name=intranet.local）。</translation>
    </message>
</context>
<context>
    <name>ErrorRecognizer</name>
    <message>
        <source>The connection was cut off (reset)</source>
        <translation>接続が途中で切断されました（リセット）</translation>
    </message>
    <message>
        <source>The connection was open, and then the other side, or a device on the way such as a firewall, proxy or load balancer, abruptly cut it off. This is a reset: the conversation was broken off in the middle instead of being ended politely.</source>
        <translation>接続はいったん確立されましたが、その後、通信相手か、途中にあるファイアウォール、プロキシ、ロードバランサーなどの機器によって突然切断されました。これが「リセット」です。通信が正常な手順で終了せず、途中で打ち切られた状態です。</translation>
    </message>
    <message>
        <source>The server turned the connection away (refused)</source>
        <translation>サーバーが接続を受け付けませんでした（拒否）</translation>
    </message>
    <message>
        <source>The computer at that address was reached, but nothing there accepted the connection: the service may be stopped, listening elsewhere, or blocked. This is not a reset: the connection never started, so nothing was cut off.</source>
        <translation>そのアドレスのコンピューターには届きましたが、接続を受け付けるものがありませんでした。サービスが停止している、別の場所で待ち受けている、またはブロックされている可能性があります。これはリセットではありません。接続が始まっていないため、切断されたものはありません。</translation>
    </message>
    <message>
        <source>No answer came in time (timed out)</source>
        <translation>時間内に応答がありませんでした（タイムアウト）</translation>
    </message>
    <message>
        <source>The program waited for the other side, but no answer came within the time allowed. The server may be down or overloaded, or a firewall may be silently dropping the traffic. This is not a reset: nothing was cut off, there was only silence.</source>
        <translation>プログラムは相手からの応答を待ちましたが、制限時間内に応答がありませんでした。サーバーが停止しているか過負荷になっている、またはファイアウォールが通信を黙って破棄している可能性があります。これはリセットではありません。切断されたのではなく、応答がなかっただけです。</translation>
    </message>
    <message>
        <source>Sending failed because the other side had already hung up (broken pipe)</source>
        <translation>相手がすでに接続を閉じていたため、送信に失敗しました（broken pipe）</translation>
    </message>
    <message>
        <source>The program tried to send data on a connection that the other side had already closed. Usually the other side gave up first, for example after waiting too long, and the program only noticed when it next tried to send. This is not a reset itself, although it can follow one.</source>
        <translation>プログラムが、相手がすでに閉じた接続でデータを送信しようとしました。通常は、待ち時間が長すぎたなどの理由で相手が先に接続を打ち切り、プログラムは次に送信しようとしたときに初めてそれに気付きます。これ自体はリセットではありませんが、リセットの後に起きることがあります。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation>サーバー名が見つかりませんでした</translation>
    </message>
    <message>
        <source>The name of the server could not be turned into an address, so no connection was even tried. The name may be misspelt, or the name service (DNS) of this network may not be working. This is not a reset.</source>
        <translation>サーバー名をアドレスに変換できなかったため、接続自体が行われていません。名前のつづりが間違っているか、このネットワークの名前解決サービス（DNS）が機能していない可能性があります。これはリセットではありません。</translation>
    </message>
    <message>
        <source>The secure connection was cut off while it was being set up</source>
        <translation>暗号化接続の確立中に接続が切断されました</translation>
    </message>
    <message>
        <source>The connection was made, but while the two sides were setting up encryption, the other side or a device on the way ended it without a word. Filters and firewalls that inspect secure traffic often do this; to the user it looks much like a reset.</source>
        <translation>接続は確立されましたが、双方が暗号化の準備をしている間に、相手または途中の機器が何の通知もなく接続を終了しました。暗号化された通信を検査するフィルターやファイアウォールでよく起こる動作で、利用者からはリセットとほとんど同じように見えます。</translation>
    </message>
    <message>
        <source>The two sides could not agree on a secure connection</source>
        <translation>暗号化接続の方式について双方が合意できませんでした</translation>
    </message>
    <message>
        <source>The server was reached, but setting up encryption failed: the two sides did not agree on how to encrypt, one of them turned the other down, or that port does not expect encrypted traffic at all. This is not a reset: the other side said no on purpose.</source>
        <translation>サーバーには届きましたが、暗号化の準備に失敗しました。暗号化の方式について双方が合意できなかったか、一方が相手を拒否したか、そのポートがそもそも暗号化された通信を想定していない可能性があります。これはリセットではありません。相手が意図的に拒否したものです。</translation>
    </message>
    <message>
        <source>The other side ended the connection early</source>
        <translation>相手が途中で接続を終了しました</translation>
    </message>
    <message>
        <source>The other side closed the connection before the conversation was finished, for example before it sent an answer. It ended it in the normal way rather than cutting it off, so this is not a reset, although some programs report it as one.</source>
        <translation>相手が、応答を送る前など、やり取りが終わる前に接続を閉じました。強制的に切断したのではなく通常の手順で終了したため、これはリセットではありません。ただし、プログラムによってはリセットとして報告することがあります。</translation>
    </message>
</context>
<context>
    <name>EtwResetSource</name>
    <message>
        <source>Watching every program&apos;s resets on Windows needs Connection Doctor to run as an administrator (or a member of Performance Log Users). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows ですべてのプログラムのリセットを監視するには、Connection Doctor を管理者（または Performance Log Users のメンバー）として実行する必要があります。代わりにシステムのリセット数を表示します。</translation>
    </message>
    <message>
        <source>Windows did not start the event trace the reset watch reads (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows がリセット監視の読むイベント トレースを開始しませんでした（エラー %1）。代わりにシステムのリセット数を表示します。</translation>
    </message>
    <message>
        <source>Windows did not let the reset watch read its network events (error %1). The system&apos;s reset counters are shown instead.</source>
        <translation>Windows がリセット監視にネットワーク イベントの読み取りを許可しませんでした（エラー %1）。代わりにシステムのリセット数を表示します。</translation>
    </message>
    <message>
        <source>Windows&apos; network events name the connection a reset ended, not the packet, so who sent it (the server or a device on the way) cannot be told here.</source>
        <translation>Windows のネットワーク イベントはリセットで終わった接続を示しますが、パケットは示さないため、誰が送ったか（サーバーか途中の機器か）はここでは分かりません。</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>S&amp;tart the tests</source>
        <translation>テストを開始(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Now we test your service itself: how long a quiet connection lasts, how large an upload may be, and what happens with many connections at once. Choose how long the tests may take.</source>
        <translation>次に、サービスそのものをテストします。通信のない接続がどのくらい維持されるか、どのくらいの大きさまでアップロードできるか、多数の接続を同時に行うとどうなるかを調べます。テストにかける時間を選んでください。</translation>
    </message>
    <message>
        <source>&amp;Quick (about 1 minute)</source>
        <translation>簡易（約 1 分）(&amp;Q)</translation>
    </message>
    <message>
        <source>Stan&amp;dard (about 2 minutes)</source>
        <translation>標準（約 2 分）(&amp;D)</translation>
    </message>
    <message>
        <source>Th&amp;orough (about 5 minutes)</source>
        <translation>詳細（約 5 分）(&amp;O)</translation>
    </message>
    <message>
        <source>Progress of the tests</source>
        <translation>テストの進行状況</translation>
    </message>
    <message>
        <source>At most %1:%2 left</source>
        <translation>残り最大 %1:%2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Run the tests &amp;again</source>
        <translation>テストを再実行(&amp;A)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How long the tests may take: longer tests find longer timeouts</source>
        <translation>テストにかける時間です。時間を長くするほど、長いタイムアウトも見つけられます</translation>
    </message>
    <message>
        <source>Stop the tests; what was found so far stays</source>
        <translation>テストを停止します。それまでの結果は残ります</translation>
    </message>
    <message>
        <source>Start the tests against your service</source>
        <translation>サービスに対するテストを開始します</translation>
    </message>
    <message>
        <source>How much of the time the tests may take has passed</source>
        <translation>テストにかけられる時間のうち、どれだけ経過したかを示します</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Choose what to hide before you share this report. Below is exactly what will be shared.</source>
        <translation>このレポートを共有する前に、隠す情報を選んでください。共有される内容は、下に表示されているとおりです。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す情報</translation>
    </message>
    <message>
        <source>Replace these in the report with placeholders such as [host-1]</source>
        <translation>レポート内のこれらの値を、[host-1] のような代わりの文字に置き換えます</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>共有される内容</translation>
    </message>
    <message>
        <source>The report exactly as it will be saved, with the chosen values hidden</source>
        <translation>選んだ値を隠した状態で、保存されるとおりのレポートを表示します</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>レポートを保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Choose where to save the report and in which format</source>
        <translation>レポートの保存先と形式を選びます</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>保存せずに閉じます</translation>
    </message>
    <message>
        <source>What will be shared:</source>
        <translation>共有される内容:</translation>
    </message>
    <message>
        <source>Values hidden: %1</source>
        <translation>隠した値: %1 件</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>This computer is not connected to the internet</source>
        <translation>このコンピューターはインターネットに接続されていません</translation>
    </message>
    <message>
        <source>Your computer has no working connection to the internet at the moment, so no service can be reached. This is not a fault of the service you were using.</source>
        <translation>現在、このコンピューターはインターネットに正しく接続されていないため、どのサービスにも接続できません。お使いのサービスの障害ではありません。</translation>
    </message>
    <message>
        <source>Check that Wi-Fi is switched on and connected, or that the network cable is plugged in.</source>
        <translation>Wi-Fi がオンになっていて接続されているか、またはネットワークケーブルが差し込まれているかを確認してください。</translation>
    </message>
    <message>
        <source>Restart your router, wait two minutes, and try again.</source>
        <translation>ルーターを再起動し、2 分ほど待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>If other devices on the same network cannot reach the internet either, call your internet provider.</source>
        <translation>同じネットワークの他の機器もインターネットに接続できない場合は、ご契約のインターネットプロバイダーに連絡してください。</translation>
    </message>
    <message>
        <source>Check the interface state, the default route and the gateway listed in the report&apos;s connectivity checks.</source>
        <translation>レポートの接続性チェックに記載されている、インターフェイスの状態、デフォルトルート、ゲートウェイを確認してください。</translation>
    </message>
    <message>
        <source>Check DHCP leases and the upstream link.</source>
        <translation>DHCP のリースと上位回線を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found</source>
        <translation>サーバー名が見つかりません</translation>
    </message>
    <message>
        <source>Web addresses cannot be looked up</source>
        <translation>Web アドレスの名前解決ができません</translation>
    </message>
    <message>
        <source>Other names can be looked up, but this one cannot: it may be misspelled, or it may no longer exist.</source>
        <translation>他の名前は解決できますが、この名前は解決できません。つづりが間違っているか、この名前がすでに存在しない可能性があります。</translation>
    </message>
    <message>
        <source>Your computer cannot turn names like www.example.com into addresses, because the name service (DNS) it uses does not answer. Every connection by name fails.</source>
        <translation>このコンピューターが使っている名前解決サービス（DNS）が応答しないため、www.example.com のような名前をアドレスに変換できません。名前を使った接続はすべて失敗します。</translation>
    </message>
    <message>
        <source>Check the spelling of the address.</source>
        <translation>アドレスのつづりを確認してください。</translation>
    </message>
    <message>
        <source>Ask whoever gave you the address whether it is still valid.</source>
        <translation>そのアドレスを教えてくれた人に、今も有効かどうかを確認してください。</translation>
    </message>
    <message>
        <source>Restart your router and your computer.</source>
        <translation>ルーターとコンピューターを再起動してください。</translation>
    </message>
    <message>
        <source>If you use a VPN, switch it off and try again.</source>
        <translation>VPN を使っている場合は、オフにしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Check the DNS servers listed in the report and that they answer on port 53.</source>
        <translation>レポートに記載されている DNS サーバーと、それらがポート 53 で応答するかを確認してください。</translation>
    </message>
    <message>
        <source>Check the zone of the name; query it directly with dig or nslookup.</source>
        <translation>その名前のゾーンを確認し、dig や nslookup で直接問い合わせてください。</translation>
    </message>
    <message>
        <source>A sign-in page is in the way</source>
        <translation>ログインページが接続を妨げています</translation>
    </message>
    <message>
        <source>The network you are on (in a hotel, on a train, a guest network) wants you to sign in or accept terms on a web page first. Until then it cuts off or redirects connections.</source>
        <translation>接続中のネットワーク（ホテル、電車、ゲスト用ネットワークなど）では、最初に Web ページでログインするか、利用規約に同意する必要があります。それまでは接続が切断されるか、別のページにリダイレクトされます。</translation>
    </message>
    <message>
        <source>Open a web browser and go to any web site: the sign-in page should appear. Sign in, then try again.</source>
        <translation>Web ブラウザーを開いて、任意の Web サイトにアクセスしてください。ログインページが表示されるはずです。ログインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Whitelist the service in the captive portal, or let the device authenticate before use.</source>
        <translation>キャプティブポータルでこのサービスを許可リストに追加するか、使用前に機器を認証させてください。</translation>
    </message>
    <message>
        <source>The service is not running, or not on this port</source>
        <translation>サービスが動作していないか、このポートでは動作していません</translation>
    </message>
    <message>
        <source>The server itself answers that nothing accepts connections on this port. The service may be stopped, crashed, or moved to another port.</source>
        <translation>サーバー自身が、このポートでは接続を受け付けていないと応答しています。サービスが停止した、異常終了した、または別のポートに移った可能性があります。</translation>
    </message>
    <message>
        <source>Check that the address and port are right.</source>
        <translation>アドレスとポートが正しいか確認してください。</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that it refuses connections.</source>
        <translation>サービスの管理者に、接続が拒否されることを伝えてください。</translation>
    </message>
    <message>
        <source>Check that the service is running and listening on the port (ss -ltnp, netstat -an).</source>
        <translation>サービスが動作していて、そのポートで待ち受けているか確認してください（ss -ltnp、netstat -an）。</translation>
    </message>
    <message>
        <source>Check the server&apos;s own firewall and any security group in front of it.</source>
        <translation>サーバー自体のファイアウォールと、その前段にあるセキュリティグループを確認してください。</translation>
    </message>
    <message>
        <source>A firewall blocks this connection</source>
        <translation>ファイアウォールがこの接続をブロックしています</translation>
    </message>
    <message>
        <source>The connection is turned away by something close to you — a firewall or security program on this computer, or your network&apos;s firewall — before it reaches the server. Other ports on the same server work.</source>
        <translation>接続がサーバーに届く前に、身近なところにあるもの（このコンピューターのファイアウォールやセキュリティソフト、またはネットワークのファイアウォール）によって拒否されています。同じサーバーの他のポートには接続できます。</translation>
    </message>
    <message>
        <source>Connections to this port are blocked on the way while other ports on the same server work: a firewall rule for this port.</source>
        <translation>同じサーバーの他のポートには接続できますが、このポートへの接続は途中でブロックされています。このポートに対するファイアウォールのルールが原因です。</translation>
    </message>
    <message>
        <source>If you have a security program or firewall, allow the program you use, or pause the security program briefly to test.</source>
        <translation>セキュリティソフトやファイアウォールを使っている場合は、お使いのプログラムを許可するか、テストのためにセキュリティソフトを一時的に停止してください。</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, your network blocks it.</source>
        <translation>別のネットワーク（スマートフォンのテザリングなど）から試してください。そこで接続できる場合は、今のネットワークでブロックされています。</translation>
    </message>
    <message>
        <source>Look for a rule that rejects or drops the port in the local firewall (nft list ruleset, Windows Defender Firewall) and on the network&apos;s firewall.</source>
        <translation>ローカルのファイアウォール（nft list ruleset、Windows Defender ファイアウォール）とネットワークのファイアウォールで、このポートを拒否または破棄するルールがないか確認してください。</translation>
    </message>
    <message>
        <source>Adjust the firewall rule to allow the destination port, then run the diagnosis again.</source>
        <translation>宛先ポートを許可するようにファイアウォールのルールを変更し、もう一度診断を実行してください。</translation>
    </message>
    <message>
        <source>The proxy server blocks or breaks the connection</source>
        <translation>プロキシサーバーが接続をブロックまたは切断しています</translation>
    </message>
    <message>
        <source>Your connections go through a proxy server, and the proxy refuses or cuts off connections to this service, while a direct connection works.</source>
        <translation>通信はプロキシサーバーを経由していますが、直接接続では問題がないのに、プロキシがこのサービスへの接続を拒否または切断しています。</translation>
    </message>
    <message>
        <source>Ask your IT department to allow this service through the proxy.</source>
        <translation>このサービスをプロキシ経由で利用できるよう、IT 部門に依頼してください。</translation>
    </message>
    <message>
        <source>To test, bypass the proxy for this address (add it to the proxy exceptions).</source>
        <translation>テストのため、このアドレスではプロキシを使わないように設定してください（プロキシの例外に追加します）。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s access rules and allowed ports for this destination (for HTTP CONNECT, the allowed ports list).</source>
        <translation>この宛先に対するプロキシのアクセスルールと許可ポートを確認してください（HTTP CONNECT の場合は許可ポートの一覧）。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s logs for the refusal quoted in the evidence.</source>
        <translation>根拠として示されている拒否の内容について、プロキシのログを確認してください。</translation>
    </message>
    <message>
        <source>Large packets get lost in the VPN or tunnel</source>
        <translation>VPN またはトンネル内で大きなパケットが失われています</translation>
    </message>
    <message>
        <source>The VPN may be cutting the connection</source>
        <translation>VPN が接続を切断している可能性があります</translation>
    </message>
    <message>
        <source>Small messages get through, but large ones get stuck: the VPN or tunnel cannot carry full-sized packets and drops them. Uploads and downloads stall and then break.</source>
        <translation>小さなデータは届きますが、大きなデータは途中で止まります。VPN またはトンネルが最大サイズのパケットを通せず、破棄しています。アップロードやダウンロードが止まり、その後失敗します。</translation>
    </message>
    <message>
        <source>A VPN is switched on and carries your traffic; VPNs often end idle or busy connections on their own.</source>
        <translation>VPN がオンになっていて、通信が VPN を経由しています。VPN は、通信のない接続や負荷の高い接続を独自に終了させることがよくあります。</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department.</source>
        <translation>VPN をオフにしてもう一度お試しください。それで接続できた場合は、VPN の提供元または IT 部門に伝えてください。</translation>
    </message>
    <message>
        <source>Lower the tunnel&apos;s MTU (for example to 1400), or enable MSS clamping on the VPN gateway.</source>
        <translation>トンネルの MTU を下げる（例: 1400）か、VPN ゲートウェイで MSS クランプを有効にしてください。</translation>
    </message>
    <message>
        <source>Check that ICMP &quot;fragmentation needed&quot; messages are not blocked on the path.</source>
        <translation>経路上で ICMP の「fragmentation needed」メッセージがブロックされていないか確認してください。</translation>
    </message>
    <message>
        <source>This happens after pauses: if the program has a &quot;keep alive&quot; or &quot;reconnect&quot; setting, switch it on.</source>
        <translation>この問題は通信が途切れた後に起こります。プログラムに「キープアライブ」や「再接続」の設定があれば、オンにしてください。</translation>
    </message>
    <message>
        <source>Tell the service&apos;s support the number above: it is the cause.</source>
        <translation>上記の秒数をサービスのサポート窓口に伝えてください。これが原因です。</translation>
    </message>
    <message>
        <source>Or raise the idle timeout on the server, load balancer or firewall (for example nginx keepalive_timeout, an AWS ELB idle timeout, a NAT or firewall session timeout).</source>
        <translation>または、サーバー、ロードバランサー、ファイアウォールのアイドルタイムアウトを延ばしてください（例: nginx の keepalive_timeout、AWS ELB のアイドルタイムアウト、NAT やファイアウォールのセッションタイムアウト）。</translation>
    </message>
    <message>
        <source>Make clients reconnect and retry, with exponential backoff, when a pooled connection turns out dead.</source>
        <translation>プール内の接続が切れていた場合に、クライアントが指数バックオフで再接続・再試行するようにしてください。</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off</source>
        <translation>約 %1 を超えるアップロードが切断されています</translation>
    </message>
    <message>
        <source>Try with a smaller file or fewer items at once.</source>
        <translation>小さいファイルで試すか、一度に送る項目を減らしてください。</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator the size limit above.</source>
        <translation>上記のサイズ上限をサービスの管理者に伝えてください。</translation>
    </message>
    <message>
        <source>Raise the request size limit: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, or the limit of the proxy or web application firewall in front.</source>
        <translation>リクエストサイズの上限を引き上げてください（nginx の client_max_body_size、Apache の LimitRequestBody、IIS の maxAllowedContentLength、または前段のプロキシや Web アプリケーションファイアウォールの上限）。</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to cutting the connection, so clients can say why.</source>
        <translation>接続を切断するのではなく、413 Payload Too Large を返すようにしてください。そうすればクライアント側で理由がわかります。</translation>
    </message>
    <message>
        <source>The server is overloaded</source>
        <translation>サーバーが過負荷になっています</translation>
    </message>
    <message>
        <source>The more connections there are at the same time, the more of them the server cuts off: it is overloaded or limits how many clients it serves at once.</source>
        <translation>同時接続数が多いほど、サーバーが切断する接続も増えています。サーバーが過負荷になっているか、同時に処理するクライアント数を制限しています。</translation>
    </message>
    <message>
        <source>Try again later, outside busy hours.</source>
        <translation>混雑する時間帯を避けて、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>If your program makes many connections at once, reduce them.</source>
        <translation>お使いのプログラムが多数の接続を同時に行っている場合は、その数を減らしてください。</translation>
    </message>
    <message>
        <source>Check the server&apos;s load, connection limits and accept queue (listen backlog, worker count, rate limits).</source>
        <translation>サーバーの負荷、接続数の上限、受け付けキューを確認してください（listen backlog、ワーカー数、レート制限）。</translation>
    </message>
    <message>
        <source>Add capacity, or raise the limits; make clients retry with exponential backoff.</source>
        <translation>処理能力を増やすか、上限を引き上げてください。また、クライアントが指数バックオフで再試行するようにしてください。</translation>
    </message>
    <message>
        <source>If you are on Wi-Fi, move closer to the router or try a cable.</source>
        <translation>Wi-Fi を使っている場合は、ルーターに近づくか、有線ケーブルで接続してみてください。</translation>
    </message>
    <message>
        <source>Restart your router; if it keeps happening, call your internet provider.</source>
        <translation>ルーターを再起動してください。それでも続く場合は、ご契約のインターネットプロバイダーに連絡してください。</translation>
    </message>
    <message>
        <source>Make clients retry with exponential backoff.</source>
        <translation>クライアントが指数バックオフで再試行するようにしてください。</translation>
    </message>
    <message>
        <source>Secure connections to this site are being filtered</source>
        <translation>このサイトへの暗号化接続がフィルタリングされています</translation>
    </message>
    <message>
        <source>When your computer asks for a secure connection to this site by name, something on the way cuts it off; the same request with another name goes through. A filter (security software, a company or country firewall) is reading the name.</source>
        <translation>このサイトの名前を指定して暗号化接続を要求すると、途中にある何かによって切断されます。別の名前で同じ要求を送ると接続できます。フィルター（セキュリティソフト、会社や国のファイアウォール）がサイト名を読み取っています。</translation>
    </message>
    <message>
        <source>If you have security software that checks web traffic, switch that feature off briefly to test.</source>
        <translation>Web 通信を検査するセキュリティソフトを使っている場合は、テストのためにその機能を一時的にオフにしてください。</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot).</source>
        <translation>別のネットワーク（スマートフォンのテザリングなど）から試してください。</translation>
    </message>
    <message>
        <source>Check web filtering and TLS inspection rules for this host name on firewalls and security software.</source>
        <translation>ファイアウォールやセキュリティソフトで、このホスト名に対する Web フィルタリングと TLS インスペクションのルールを確認してください。</translation>
    </message>
    <message>
        <source>The server cuts off every connection right away</source>
        <translation>サーバーがすべての接続をすぐに切断しています</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator: connections are reset as soon as they open.</source>
        <translation>接続が確立した直後にリセットされることを、サービスの管理者に伝えてください。</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the time of the test; look for crashes, restarts, or access rules that reject this client.</source>
        <translation>テスト時刻のアプリケーションのログを確認し、異常終了、再起動、このクライアントを拒否するアクセスルールがないか調べてください。</translation>
    </message>
    <message>
        <source>Check connection limits (per-IP limits, fail2ban, rate limiting).</source>
        <translation>接続数の制限を確認してください（IP ごとの制限、fail2ban、レート制限）。</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>問題は見つかりませんでした</translation>
    </message>
    <message>
        <source>Every test we ran succeeded: the connection works right now. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>実行したテストはすべて成功しました。現時点では接続は正常です。問題が起きたり起きなかったりする場合は、作業中に監視を続けて問題をとらえてください。</translation>
    </message>
    <message>
        <source>Keep the monitor running, and run the diagnosis again as soon as the error appears.</source>
        <translation>監視を続け、エラーが発生したらすぐにもう一度診断を実行してください。</translation>
    </message>
    <message>
        <source>Compare the server&apos;s logs with the times the user saw the error.</source>
        <translation>サーバーのログを、利用者がエラーを見た時刻と照らし合わせてください。</translation>
    </message>
    <message>
        <source>A device on the way cuts your connections</source>
        <translation>途中の機器が接続を切断しています</translation>
    </message>
    <message numerus="yes">
        <source>The connections are cut off by a device %n hop(s) from you — a firewall, filter, proxy or security appliance on the way — not by the server, which is %1 hops away.</source>
        <translation>
            <numerusform>接続を切断しているのはサーバーではなく、お使いのコンピューターから %n ホップ先にある機器（途中にあるファイアウォール、フィルター、プロキシ、セキュリティ機器など）です。サーバーは %1 ホップ先にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections are cut off by a device on the way — a firewall, filter, proxy or security appliance — not by the server.</source>
        <translation>接続を切断しているのはサーバーではなく、途中にある機器（ファイアウォール、フィルター、プロキシ、セキュリティ機器など）です。</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a device on your network cuts the connections.</source>
        <translation>別のネットワーク（スマートフォンのテザリングなど）から試してください。そこで接続できる場合は、今のネットワーク上の機器が接続を切断しています。</translation>
    </message>
    <message>
        <source>Find the device at that distance (traceroute to the server) and look in its logs for the resets; firewalls, intrusion prevention and web filters send them.</source>
        <translation>その距離にある機器を特定し（サーバーへの traceroute）、その機器のログでリセットを確認してください。リセットを送るのは、ファイアウォール、侵入防止システム、Web フィルターなどです。</translation>
    </message>
    <message>
        <source>Adjust the rule that resets these connections, then watch again.</source>
        <translation>これらの接続をリセットしているルールを変更してから、もう一度監視してください。</translation>
    </message>
    <message>
        <source>The server itself resets %1&apos;s connections</source>
        <translation>サーバー自身が %1 の接続をリセットしています</translation>
    </message>
    <message>
        <source>The resets come from the server (%1) itself, not from a device on the way: its software, or something on the server, ends these connections.</source>
        <translation>リセットは途中の機器からではなく、サーバー（%1）自身から送られています。サーバーのソフトウェア、またはサーバー上の何かがこれらの接続を終了させています。</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator when the resets happened: the times are in the report.</source>
        <translation>リセットが発生した時刻をサービスの管理者に伝えてください。時刻はレポートに記載されています。</translation>
    </message>
    <message>
        <source>Check the application&apos;s logs at the times of the resets; look for crashes, restarts, timeouts, or access rules that reject this client.</source>
        <translation>リセットが発生した時刻のアプリケーションのログを確認し、異常終了、再起動、タイムアウト、このクライアントを拒否するアクセスルールがないか調べてください。</translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are closed after about %n second(s)</source>
        <translation>
            <numerusform>通信のない接続が約 %n 秒後に閉じられています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are forgotten after about %n second(s)</source>
        <translation>
            <numerusform>通信のない接続が約 %n 秒後に忘れられています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a firewall or NAT router) or the server forgets it. Nothing happens during the pause; the first message sent after it is answered with a reset.</source>
        <translation>
            <numerusform>接続で約 %n 秒間通信がないと、途中の機器（ファイアウォールや NAT ルーター）またはサーバーがその接続を忘れてしまいます。通信が途切れている間は何も起きませんが、途切れた後に最初に送ったデータにはリセットが返されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are silently dropped after about %n second(s)</source>
        <translation>
            <numerusform>通信のない接続が約 %n 秒後に通知なしに破棄されています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), something on the way (a router or firewall) forgets it without telling anyone. The first message sent after the pause gets no answer at all, and the program waits until it gives up.</source>
        <translation>
            <numerusform>接続で約 %n 秒間通信がないと、途中の機器（ルーターやファイアウォール）が通知なしにその接続を忘れてしまいます。通信が途切れた後に最初に送ったデータにはまったく応答がなく、プログラムはあきらめるまで待ち続けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle connections are cut off after about %n second(s)</source>
        <translation>
            <numerusform>通信のない接続が約 %n 秒後に切断されています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %1, a device %n hop(s) from you (a router, NAT or firewall) — not the server — cuts it off with a reset.</source>
        <translation>
            <numerusform>接続で通信のない状態が約 %1続くと、サーバーではなく、お使いのコンピューターから %n ホップ先の機器（ルーター、NAT、ファイアウォール）がリセットで接続を切断します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a device in front of it (a load balancer or firewall) cuts it off with a reset, during the pause.</source>
        <translation>
            <numerusform>接続で約 %n 秒間通信がないと、通信が途切れている間に、サーバーまたはその前段の機器（ロードバランサーやファイアウォール）がリセットで接続を切断します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable TCP keep-alive (or application pings) every %n second(s) or less, below the idle timeout of about %1.</source>
        <translation>
            <numerusform>TCP keep-alive（またはアプリケーションの ping）を %n 秒以下の間隔で有効にして、約 %1のアイドルタイムアウトより短くしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused</source>
        <translation>約 %1 を超えるアップロードが拒否されています</translation>
    </message>
    <message>
        <source>The server accepts requests up to about %1 and answers larger ones with &quot;413 Payload Too Large&quot;: it says no, and the connection is not cut off. Smaller requests work.</source>
        <translation>サーバーは約 %1 までのリクエストを受け付け、それより大きいものには「413 Payload Too Large」と応答します。サーバーが受け付けを断っているだけで、接続は切断されません。小さいリクエストは正常に処理されます。</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped</source>
        <translation>約 %1 を超えるアップロードが中断されています</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and closes the connection while a larger one is still being sent, without an answer. Smaller requests work.</source>
        <translation>サーバー（またはその前段の機器）は約 %1 までのリクエストを受け付けますが、それより大きいリクエストは送信の途中で、応答を返さずに接続を閉じます。小さいリクエストは正常に処理されます。</translation>
    </message>
    <message>
        <source>Prefer answering 413 Payload Too Large to closing the connection, so clients can say why.</source>
        <translation>接続を閉じるのではなく、413 Payload Too Large を返すようにしてください。そうすればクライアント側で理由がわかります。</translation>
    </message>
    <message>
        <source>The server (or something in front of it) accepts requests up to about %1 and cuts off anything larger with a reset, halfway through sending. Smaller requests work.</source>
        <translation>サーバー（またはその前段の機器）は約 %1 までのリクエストを受け付けますが、それより大きいものは送信の途中でリセットにより切断します。小さいリクエストは正常に処理されます。</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off at random</source>
        <translation>接続の約 %1% が不規則に切断されています</translation>
    </message>
    <message>
        <source>The network connection may be unstable</source>
        <translation>ネットワーク接続が不安定な可能性があります</translation>
    </message>
    <message>
        <source>This computer&apos;s counters show connections being reset while the tests ran: the network between you and the servers may drop them now and then.</source>
        <translation>このコンピューターのカウンターによると、テストの実行中に接続がリセットされています。お使いのコンピューターとサーバーの間のネットワークで、ときどき接続が切れている可能性があります。</translation>
    </message>
    <message>
        <source>Check the path for loss and flapping links (mtr, interface error counters), and the server&apos;s logs at the times of the resets.</source>
        <translation>経路上のパケットロスや不安定なリンク（mtr、インターフェイスのエラーカウンター）と、リセットが発生した時刻のサーバーのログを確認してください。</translation>
    </message>
    <message>
        <source>The server cuts off about %1% of connections right away</source>
        <translation>サーバーが接続の約 %1% をすぐに切断しています</translation>
    </message>
    <message>
        <source>Nothing we saw explains a reset. Some tests found something worth knowing (below), but not a cause of the connections being cut off. If the problem comes and goes, let the monitor run while you work to catch it.</source>
        <translation>確認した内容の中に、リセットの原因を説明できるものはありません。いくつかのテストで知っておくとよいこと（下記）が見つかりましたが、接続が切断される原因ではありません。問題が起きたり起きなかったりする場合は、作業中に監視を続けて問題をとらえてください。</translation>
    </message>
    <message>
        <source>The service&apos;s answers never end</source>
        <translation>サービスの応答が終わりません</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>サービスへのすべての接続（計 %n 件）が、終わらない応答を受け取りました。応答に必要な量をはるかに超えて続いたか、許された時間が切れるまで少しずつ届き続けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service got an answer that never ended: it went on far past what an answer needs, or kept trickling in until the time allowed ran out.</source>
        <translation>
            <numerusform>サービスへの接続 %n 件のうち %1 件が、終わらない応答を受け取りました。応答に必要な量をはるかに超えて続いたか、許された時間が切れるまで少しずつ届き続けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A program that waits for the end of such an answer waits for ever, or gives up and cuts the connection. A server stuck in a loop, or a device on the way that holds connections open, does this.</source>
        <translation>このような応答の終わりを待つプログラムは、いつまでも待ち続けるか、あきらめて接続を切断します。ループに陥ったサーバーや、接続を開いたままにする途中の機器がこうした動きをします。</translation>
    </message>
    <message>
        <source>Tell the service&apos;s administrator that its answers never end, and send them this report.</source>
        <translation>サービスの管理者に、応答が終わらないことを伝え、このレポートを送ってください。</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the answers end there, a device on your network holds the connections open.</source>
        <translation>別のネットワーク（スマートフォンのテザリングなど）から試してください。そこで応答が終わる場合は、今のネットワークにある機器が接続を開いたままにしています。</translation>
    </message>
    <message>
        <source>Look in the service&apos;s logs for requests that never complete, and at any proxy or load balancer in front of it (response buffering, streaming, keep-alive settings).</source>
        <translation>サービスのログで完了しないリクエストを探し、前段にあるプロキシやロードバランサーの設定（応答のバッファリング、ストリーミング、キープアライブ）を確認してください。</translation>
    </message>
    <message>
        <source>Fetch the address with curl -v and watch where the answer stalls or repeats.</source>
        <translation>curl -v でアドレスを取得し、応答がどこで止まるか、または繰り返すかを確認してください。</translation>
    </message>
    <message>
        <source>Something other than the service answers at this address</source>
        <translation>このアドレスではサービス以外のものが応答しています</translation>
    </message>
    <message numerus="yes">
        <source>Every connection to the service (%n in all) was answered, but not as a web service answers.</source>
        <translation>
            <numerusform>サービスへのすべての接続（計 %n 件）に応答はありましたが、Web サービスの応答の形ではありませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service were answered, but not as a web service answers.</source>
        <translation>
            <numerusform>サービスへの接続 %n 件のうち %1 件に応答はありましたが、Web サービスの応答の形ではありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Either another kind of service listens at this address and port, or something on the way (a security device, a filter, a proxy) answers in the service&apos;s place.</source>
        <translation>このアドレスとポートで別の種類のサービスが待ち受けているか、途中にある何か（セキュリティ機器、フィルター、プロキシ）がサービスの代わりに応答しています。</translation>
    </message>
    <message>
        <source>Check that the address and port are right: another kind of service may listen on this port.</source>
        <translation>アドレスとポートが正しいか確認してください。このポートでは別の種類のサービスが待ち受けているかもしれません。</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if the service answers normally there, something on your network answers in its place.</source>
        <translation>別のネットワーク（スマートフォンのテザリングなど）から試してください。そこでサービスが普通に応答する場合は、今のネットワーク上の何かが代わりに応答しています。</translation>
    </message>
    <message>
        <source>Check what listens on the port (ss -ltnp) and that it speaks what the clients expect (HTTP, or TLS on 443).</source>
        <translation>そのポートで何が待ち受けているか（ss -ltnp）、そしてクライアントが期待するもの（HTTP、または 443 番での TLS）を話しているかを確認してください。</translation>
    </message>
    <message>
        <source>Read the first bytes of the answer in the evidence: another protocol&apos;s greeting (SSH, SMTP) means another service on the port; unreadable bytes may be an encrypted (TLS) service asked in plain text, or a device in between.</source>
        <translation>証拠欄にある応答の最初のバイトを読んでください。別のプロトコルのあいさつ（SSH、SMTP）ならそのポートに別のサービスがあり、読めないバイトなら、暗号化（TLS）サービスに平文で問い合わせたか、間に機器があります。</translation>
    </message>
    <message numerus="yes">
        <source>The packets show that a device %n hop(s) from you, not the server, sent the resets.</source>
        <translation>
            <numerusform>パケットを見ると、リセットを送ったのはサーバーではなく、お使いのコンピューターから %n ホップ先にある機器です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The packets show that a device on the way, not the server, sent the resets.</source>
        <translation>パケットを見ると、リセットを送ったのはサーバーではなく、途中の機器です。</translation>
    </message>
    <message>
        <source>The packets show that the server itself sent the resets.</source>
        <translation>パケットを見ると、リセットを送ったのはサーバー自身です。</translation>
    </message>
    <message>
        <source>Whether the server or a device on the way (a firewall or filter) sent the resets is not known.</source>
        <translation>リセットを送ったのがサーバーなのか、途中の機器（ファイアウォールやフィルター）なのかはわかっていません。</translation>
    </message>
    <message numerus="yes">
        <source>When a connection stays quiet for about %n second(s), the server or a load balancer in front of it closes it politely. A program that uses such a connection again gets an error, or a reset from a device that has lost track of it.</source>
        <translation>
            <numerusform>接続で約 %n 秒間通信がないと、サーバーまたはその前段のロードバランサーが正常な手順で接続を閉じます。そのような接続を再び使ったプログラムは、エラーになるか、その接続をもう把握していない機器からリセットを受け取ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server cuts off: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>同時接続数が多いほど、サーバーが切断する接続も増えています（単独では %1%、%n 本同時では %2%）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them the server closes without an answer (no reset): %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>同時接続数が多いほど、サーバーが応答せずに閉じる接続（リセットではありません）も増えています（単独では %1%、%n 本同時では %2%）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them get no answer in time: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>同時接続数が多いほど、時間内に応答が得られない接続も増えています（単独では %1%、%n 本同時では %2%）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The more connections there are at the same time, the more of them end without a normal answer: %1% alone, %2% with %n at once.</source>
        <translation>
            <numerusform>同時接続数が多いほど、正常な応答なしで終わる接続も増えています（単独では %1%、%n 本同時では %2%）。</numerusform>
        </translation>
    </message>
    <message>
        <source>It is overloaded or limits how many clients it serves at once.</source>
        <translation>サーバーが過負荷になっているか、同時に処理するクライアント数を制限しています。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%), whether few or many were open at once: not a load problem.</source>
        <translation>
            <numerusform>%n 件の接続のうち %1 件が切断されました（実際の割合はおそらく %2%～%3% の間です）。同時に開いていた接続が少なくても多くても同じで、負荷の問題ではありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) were cut off (the true share is likely between %2% and %3%). Whether more are cut off under load could not be told in the time allowed.</source>
        <translation>
            <numerusform>%n 件の接続のうち %1 件が切断されました（実際の割合はおそらく %2%～%3% の間です）。負荷が高いときに切断が増えるかどうかは、制限時間内には判断できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every connection is cut off right away, by the server or a device on the way</source>
        <translation>すべての接続が、サーバーまたは途中の機器によってすぐに切断されています</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off right away, by the server or a device on the way</source>
        <translation>接続の約 %1% が、サーバーまたは途中の機器によってすぐに切断されています</translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) opened and were then cut off at once.</source>
        <translation>
            <numerusform>%n 件の接続はすべて確立された後、すぐに切断されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) opened and were then cut off (the true share is likely between %2% and %3%); the others worked.</source>
        <translation>
            <numerusform>%n 件の接続のうち %1 件は、確立された後に切断されました（実際の割合はおそらく %2%～%3% の間です）。それ以外の接続は成功しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Look in the logs of firewalls and intrusion-prevention systems on the way for resets of this address; run the diagnosis with the reset watch to see who sends them.</source>
        <translation>途中にあるファイアウォールや侵入防止システムのログで、このアドレスへのリセットを確認してください。誰がリセットを送っているかを調べるには、リセット監視を有効にして診断を実行してください。</translation>
    </message>
    <message>
        <source>Large packets vanish on the way: only packets up to %1 bytes get through</source>
        <translation>大きなパケットが途中で失われています（届くのは %1 バイトまでのパケットだけです）</translation>
    </message>
    <message>
        <source>Large packets vanish on the way to the service</source>
        <translation>大きなパケットがサービスに届く途中で失われています</translation>
    </message>
    <message>
        <source>Packets of up to %1 bytes reach the service; larger ones (this computer sends up to %2 bytes) are lost on the way, and nothing says so.</source>
        <translation>%1 バイトまでのパケットはサービスに届きますが、それより大きいパケット（このコンピューターは最大 %2 バイトで送信します）は途中で失われ、そのことを知らせるメッセージもありません。</translation>
    </message>
    <message>
        <source>Small packets reach the service, full-sized ones are lost on the way, and nothing says so.</source>
        <translation>小さなパケットはサービスに届きますが、最大サイズのパケットは途中で失われ、そのことを知らせるメッセージもありません。</translation>
    </message>
    <message>
        <source>The VPN or tunnel carries this route: its packets do not fit the network under it, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>このルートは VPN またはトンネルを通っています。そのパケットが下にあるネットワークに収まらず、これを解決するはずの「packet too big」メッセージがブロックされています。</translation>
    </message>
    <message>
        <source>A link on the way (a VPN, PPPoE or a tunnel) carries smaller packets, and the &quot;packet too big&quot; messages that would fix this are blocked.</source>
        <translation>途中の回線（VPN、PPPoE、トンネルなど）はより小さなパケットしか通せず、これを解決するはずの「packet too big」メッセージがブロックされています。</translation>
    </message>
    <message>
        <source>Small requests work; uploads and large answers stall, then break or are reset.</source>
        <translation>小さなリクエストは正常に処理されますが、アップロードや大きな応答は途中で止まり、その後失敗するかリセットされます。</translation>
    </message>
    <message>
        <source>Switch the VPN off and try again; if it works, tell the VPN&apos;s provider or your IT department the packet size above.</source>
        <translation>VPN をオフにしてもう一度お試しください。それで接続できた場合は、上記のパケットサイズを VPN の提供元または IT 部門に伝えてください。</translation>
    </message>
    <message>
        <source>Tell your network administrator or internet provider the packet size above: larger packets are lost on the way.</source>
        <translation>上記のパケットサイズをネットワーク管理者またはご契約のインターネットプロバイダーに伝えてください。それより大きいパケットは途中で失われています。</translation>
    </message>
    <message>
        <source>Set the MTU of %1 to %2 or less, or clamp the TCP MSS to %3 on the router or VPN gateway (iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3).</source>
        <translation>%1 の MTU を %2 以下に設定するか、ルーターまたは VPN ゲートウェイで TCP MSS を %3 に制限（MSS クランプ）してください（iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss %3）。</translation>
    </message>
    <message>
        <source>the interface that carries this route</source>
        <translation>このルートが通るインターフェイス</translation>
    </message>
    <message>
        <source>Let ICMP &quot;fragmentation needed&quot; (type 3, code 4) and ICMPv6 &quot;packet too big&quot; through on every firewall on the path.</source>
        <translation>経路上のすべてのファイアウォールで、ICMP の「fragmentation needed」（タイプ 3、コード 4）と ICMPv6 の「packet too big」を通過させてください。</translation>
    </message>
    <message>
        <source>A filter on the server cuts off these requests</source>
        <translation>サーバー上のフィルターがこれらのリクエストを切断しています</translation>
    </message>
    <message>
        <source>Something on the way reads your requests and cuts them off</source>
        <translation>途中にある何かがリクエストの内容を読み取り、切断しています</translation>
    </message>
    <message>
        <source>The address&apos;s path (%1) sets it off: the same request for another path is answered.</source>
        <translation>アドレスのパス（%1）が原因です。別のパスに対する同じリクエストには応答があります。</translation>
    </message>
    <message>
        <source>The server name in the request (%1) sets it off: the same request with another name is answered.</source>
        <translation>リクエスト内のサーバー名（%1）が原因です。別の名前で同じリクエストを送ると応答があります。</translation>
    </message>
    <message>
        <source>Both the path and the server name in the request set it off.</source>
        <translation>リクエスト内のパスとサーバー名の両方が原因です。</translation>
    </message>
    <message>
        <source>Requests for this address are cut off, while the same server and port answer a neutral request: a content filter or intrusion-prevention system reads what is sent.</source>
        <translation>このアドレスへのリクエストは切断されますが、同じサーバーとポートは中立的なリクエストには応答します。コンテンツフィルターまたは侵入防止システムが送信内容を読み取っています。</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot): if it works there, a filter on your network cuts these requests.</source>
        <translation>別のネットワーク（スマートフォンのテザリングなど）から試してください。そこで接続できる場合は、今のネットワーク上のフィルターがこれらのリクエストを切断しています。</translation>
    </message>
    <message>
        <source>Tell your IT department which address is cut off: the report says which part of the request sets the filter off.</source>
        <translation>どのアドレスが切断されるかを IT 部門に伝えてください。リクエストのどの部分がフィルターに引っかかるかはレポートに記載されています。</translation>
    </message>
    <message>
        <source>Look in the logs of firewalls, intrusion-prevention systems and web application firewalls for the rule that matches this request, and adjust it.</source>
        <translation>ファイアウォール、侵入防止システム、Web アプリケーションファイアウォールのログで、このリクエストに一致するルールを探し、調整してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) to the service did not work.</source>
        <translation>
            <numerusform>サービスへの接続 %n 件のうち %1 件が失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A test failed, and no known cause fits</source>
        <translation>テストが失敗しましたが、当てはまる既知の原因はありません</translation>
    </message>
    <message>
        <source>What failed: %1 No cause the app knows explains it; the report&apos;s details say what happened.</source>
        <translation>失敗した内容: %1 このアプリが知っている原因では説明できません。何が起きたかはレポートの詳細に記載されています。</translation>
    </message>
    <message>
        <source>Run the diagnosis again when the error appears, and send the report to your helpdesk.</source>
        <translation>エラーが発生したときにもう一度診断を実行し、レポートをヘルプデスクに送ってください。</translation>
    </message>
    <message>
        <source>Read the failed tests in the report&apos;s details, and compare them with the service&apos;s logs at that time.</source>
        <translation>レポートの詳細で失敗したテストを確認し、その時刻のサービスのログと照らし合わせてください。</translation>
    </message>
    <message>
        <source>A filter reads your requests and cuts them off</source>
        <translation>フィルターがリクエストの内容を読み取り、接続を切断しています</translation>
    </message>
    <message>
        <source>Neither the path nor the server name sets it off alone: only the two together do.</source>
        <translation>パスとサーバー名のどちらか一方だけでは作動せず、両方がそろったときだけ作動します。</translation>
    </message>
    <message>
        <source>%1 on this computer ends its own connections</source>
        <translation>このコンピューターの %1 が自分で接続を切っています</translation>
    </message>
    <message>
        <source>The resets that ended %1&apos;s connections to %2 came from this computer, because the program itself ended them: %3. That is an error or a habit of the program, not of the network or the server.</source>
        <translation>%1 から %2 への接続を終わらせたリセットはこのコンピューターから送られました。プログラム自身が接続を終わらせたためです：%3。ネットワークやサーバーではなく、プログラムの誤りまたは癖です。</translation>
    </message>
    <message>
        <source>Update %1, or try another program for the same task.</source>
        <translation>%1 を更新するか、同じ用途の別のプログラムを試してください。</translation>
    </message>
    <message>
        <source>Tell whoever supports %1 when it happened: the times are in the report.</source>
        <translation>%1 のサポート担当に、いつ起きたかを伝えてください。時刻はレポートにあります。</translation>
    </message>
    <message>
        <source>Look at how the program closes its connections: closing a socket with received data unread, or with a zero linger time, makes the system send a reset (the report names the system&apos;s reason for each).</source>
        <translation>プログラムが接続をどう閉じているか確認してください。受信データを読まずにソケットを閉じたり、linger 時間 0 で閉じたりすると、システムがリセットを送ります（レポートには各リセットのシステム側の理由があります）。</translation>
    </message>
    <message>
        <source>Check the program&apos;s logs at the times of the resets for errors that made it give up on the connection.</source>
        <translation>リセットの時刻のプログラムのログで、接続を諦める原因になったエラーを確認してください。</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>Checking: %1...</source>
        <translation>チェック中: %1...</translation>
    </message>
    <message>
        <source>Cannot write the monitor&apos;s log: %1</source>
        <translation>監視ログを書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Results for %1: %2.</source>
        <translation>%1 の結果: %2。</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>途中で停止しました。</translation>
    </message>
    <message>
        <source>Watching resets: %1.</source>
        <translation>リセットを監視しています: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Watching every program&apos;s resets for %n second(s)...</source>
        <translation>
            <numerusform>すべてのプログラムのリセットを %n 秒間監視しています...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen.</source>
        <translation>
            <numerusform>%n 件のリセットを確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time.</source>
        <translation>
            <numerusform>システムが、時間内に受け渡せなかった %n 件のイベントを破棄しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Results for %1: none.</source>
        <translation>%1 の結果: なし。</translation>
    </message>
    <message>
        <source>No connection finished before the stop.</source>
        <translation>停止までに終わった接続はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The %n connection(s) that finished worked; the rest were stopped.</source>
        <translation>
            <numerusform>終わった %n 件の接続は正常でした。残りは停止されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 for %n second(s), one connection every %2 ms...</source>
        <translation>
            <numerusform>%1 を %n 秒間監視しています（%2 ms ごとに 1 回接続）...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing %1, %n time(s)...</source>
        <translation>
            <numerusform>%1 に %n 回テスト接続しています...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log in %1, from %2 on...</source>
        <translation>%1 のバックグラウンド監視のログを %2 から読んでいます...</translation>
    </message>
</context>
<context>
    <name>HelperResetSource</name>
    <message>
        <source>Permission was not given in time.</source>
        <translation>時間内に許可されませんでした。</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper did not answer.</source>
        <translation>リセット監視のヘルパーが応答しませんでした。</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper (%1) is not installed.</source>
        <translation>リセット監視のヘルパー（%1）がインストールされていません。</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper could not be started: %1</source>
        <translation>リセット監視のヘルパーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer.</source>
        <translation>リセット監視には、このコンピューターの接続を確認する権限がありません。</translation>
    </message>
    <message>
        <source>Permission to watch resets was not given.</source>
        <translation>リセットを監視する許可が得られませんでした。</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped unexpectedly.</source>
        <translation>リセット監視のヘルパーが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper ended without saying what it can see (exit status %1).</source>
        <translation>リセット監視のヘルパーが、確認できる範囲を報告せずに終了しました（終了ステータス %1）。</translation>
    </message>
    <message>
        <source>The reset watch is not allowed to see connections on this computer: its helper is only for members of the connection-doctor group.</source>
        <translation>リセット監視には、このコンピューターの接続を見る権限がありません。ヘルパーは connection-doctor グループのメンバー専用です。</translation>
    </message>
</context>
<context>
    <name>HttpContentExperiment</name>
    <message>
        <source>The service is not a web service, so what its requests ask for was not tested.</source>
        <translation>このサービスは Web サービスではないため、リクエストの内容のテストは行いませんでした。</translation>
    </message>
    <message>
        <source>Requests to this service are encrypted, so a device on the way can read only the site&apos;s name (see the secure connection test).</source>
        <translation>このサービスへのリクエストは暗号化されているため、途中の機器が読み取れるのはサイト名だけです（「暗号化接続」のテストを参照）。</translation>
    </message>
    <message>
        <source>Requests for this address are not cut off for what they ask for.</source>
        <translation>このアドレスへのリクエストが、その内容を理由に切断されることはありません。</translation>
    </message>
    <message>
        <source>Requests to this server are cut off whatever they ask for.</source>
        <translation>このサーバーへのリクエストは、内容に関係なく切断されます。</translation>
    </message>
    <message>
        <source>Some requests were cut off, but not every time: not a rule about what they ask for.</source>
        <translation>一部のリクエストが切断されましたが、毎回ではありません。リクエストの内容に基づくルールによるものではありません。</translation>
    </message>
    <message>
        <source>Requests for %1 are cut off while other requests to the same server are answered: something reads the path.</source>
        <translation>%1 へのリクエストは切断されますが、同じサーバーへの他のリクエストには応答があります。何かがパスを読み取っています。</translation>
    </message>
    <message>
        <source>Requests naming %1 are cut off while requests with another name are answered: something reads the server name.</source>
        <translation>%1 を指定したリクエストは切断されますが、別の名前のリクエストには応答があります。何かがサーバー名を読み取っています。</translation>
    </message>
    <message>
        <source>Requests for this address are cut off while other requests to the same server are answered: something reads them.</source>
        <translation>このアドレスへのリクエストは切断されますが、同じサーバーへの他のリクエストには応答があります。何かがリクエストを読み取っています。</translation>
    </message>
</context>
<context>
    <name>IdleTimeoutExperiment</name>
    <message>
        <source>No service was given, so idle connections were not tested.</source>
        <translation>サービスが指定されていないため、通信のない接続のテストは行いませんでした。</translation>
    </message>
    <message>
        <source>The time allowed is too short to test idle connections.</source>
        <translation>テストに使える時間が短すぎるため、通信のない接続をテストできません。</translation>
    </message>
    <message>
        <source>Idle connections were cut off at random, not after a fixed idle time.</source>
        <translation>通信のない接続は、一定の時間ではなく不規則なタイミングで切断されました。</translation>
    </message>
    <message numerus="yes">
        <source>Connections stayed open while idle for %n second(s), as long as we tested.</source>
        <translation>
            <numerusform>テストした %n 秒間、通信がなくても接続は維持されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>%n 件の接続はすべて、通信のない時間が始まる前に、確立した直後に切断されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server closed every one of %n connection(s) as soon as it opened.</source>
        <translation>
            <numerusform>サーバーは %n 件の接続をすべて、確立した直後に閉じました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are closed after about %n second(s).</source>
        <translation>
            <numerusform>通信のない接続は約 %n 秒後に閉じられます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle are cut off (reset) after about %n second(s) of quiet.</source>
        <translation>
            <numerusform>通信のない接続は、無通信の状態が約 %n 秒続くと切断（リセット）されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are forgotten: the first message after the pause is answered with a reset.</source>
        <translation>
            <numerusform>約 %n 秒間通信のなかった接続は忘れられてしまいます。通信が途切れた後に最初に送ったデータには、リセットが返されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections left idle for about %n second(s) are silently dropped: the first message after the pause gets no answer.</source>
        <translation>
            <numerusform>約 %n 秒間通信のなかった接続は、通知なしに破棄されます。通信が途切れた後に最初に送ったデータには、まったく応答がありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closes each connection after its answer, so no connection sits idle to be cut off.</source>
        <translation>サーバーは応答のたびに接続を閉じるため、アイドル状態のまま切断される接続はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Connections were lost when used after a pause, even after the shortest one tested (%n second(s)): they are forgotten sooner than that, or cut off at random.</source>
        <translation>
            <numerusform>一時停止の後に使った接続は、テストした最短の停止（%n 秒）の後でも失われました。それより短い時間で忘れられるか、ランダムに切断されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connections failed before they could sit idle, so idle time was not tested.</source>
        <translation>接続がアイドル状態になる前に失敗したため、アイドル時間はテストしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off or closed as soon as it opened, before any idle time.</source>
        <translation>
            <numerusform>%n 件の接続はすべて、開いた直後、アイドル時間の前に切断または終了されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterfacesCheck</name>
    <message>
        <source>This computer is not connected to any network: no network connection is switched on and set up.</source>
        <translation>このコンピューターはどのネットワークにも接続されていません。有効で設定済みのネットワーク接続がありません。</translation>
    </message>
    <message>
        <source>This computer is connected to a network (%1).</source>
        <translation>このコンピューターはネットワークに接続されています（%1）。</translation>
    </message>
</context>
<context>
    <name>IntermittentResetExperiment</name>
    <message>
        <source>No service was given, so repeated connections were not tested.</source>
        <translation>サービスが指定されていないため、繰り返し接続のテストは行いませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, even many at once.</source>
        <translation>
            <numerusform>%n 件の繰り返し接続のうち、切断されたものは 1 件もありませんでした（多数の同時接続でも同様です）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections are cut off more often the more of them there are at once: %1% alone, %2% with %n at a time.</source>
        <translation>
            <numerusform>同時接続数が多いほど、接続が切断される頻度が高くなります（単独では %1%、%n 本同時では %2%）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of %n connection(s) was cut off, however many there were at once.</source>
        <translation>
            <numerusform>同時接続数に関係なく、%n 件の接続がすべて切断されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%), however many there are at once.</source>
        <translation>同時接続数に関係なく、接続の約 %1% が切断されます（%2%～%3% の間）。</translation>
    </message>
    <message>
        <source>About %1% of connections are cut off (between %2% and %3%); whether more are cut off under load could not be told.</source>
        <translation>接続の約 %1% が切断されます（%2%～%3% の間）。負荷が高いときに切断が増えるかどうかは判断できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>None of %n repeated connection(s) was cut off, but not all of them got a normal answer (see the details).</source>
        <translation>
            <numerusform>繰り返した %n 件の接続はどれも切断されませんでしたが、すべてが正常な応答を受け取ったわけではありません（詳細を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>応答なしで閉じられる</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>ended without a normal answer</source>
        <translation>正常な応答なしで終了</translation>
    </message>
    <message numerus="yes">
        <source>Connections fail more often the more of them there are at once (mostly %1): %2% alone, %3% with %n at a time.</source>
        <translation>
            <numerusform>同時接続数が多いほど、接続が失敗する頻度が高くなります（主に「%1」。単独では %2%、%n 本同時では %3%）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>A healthy web server.</source>
        <translation>正常な Web サーバー。</translation>
    </message>
    <message>
        <source>A server that resets every connection as soon as it opens.</source>
        <translation>すべての接続を確立直後にリセットするサーバー。</translation>
    </message>
    <message>
        <source>A server that resets a connection once it has received a certain amount of data.</source>
        <translation>一定量のデータを受信すると接続をリセットするサーバー。</translation>
    </message>
    <message>
        <source>A firewall or load balancer that resets connections left idle too long.</source>
        <translation>通信のない状態が長く続いた接続をリセットするファイアウォールまたはロードバランサー。</translation>
    </message>
    <message>
        <source>A server that politely closes connections left idle too long.</source>
        <translation>通信のない状態が長く続いた接続を正常な手順で閉じるサーバー。</translation>
    </message>
    <message>
        <source>A port where no program is listening.</source>
        <translation>どのプログラムも待ち受けていないポート。</translation>
    </message>
    <message>
        <source>A server so busy it does not answer new connections at all.</source>
        <translation>混雑のため、新しい接続にまったく応答しないサーバー。</translation>
    </message>
    <message>
        <source>A server that answers, but very slowly.</source>
        <translation>応答はするものの、非常に遅いサーバー。</translation>
    </message>
    <message>
        <source>An overloaded server that resets connections, more of them under load.</source>
        <translation>過負荷のため接続をリセットするサーバー（負荷が高いほど多くリセットします）。</translation>
    </message>
    <message>
        <source>A web server that resets uploads above a size limit.</source>
        <translation>サイズ上限を超えるアップロードをリセットする Web サーバー。</translation>
    </message>
    <message>
        <source>A secure (TLS) server behind a filter that resets connections to one site name.</source>
        <translation>特定のサイト名への接続をリセットするフィルターの背後にある、暗号化（TLS）対応のサーバー。</translation>
    </message>
    <message>
        <source>A server that cuts off every fifth connection.</source>
        <translation>5 回に 1 回接続を切断するサーバー。</translation>
    </message>
    <message>
        <source>A server that now and then cuts off every connection for a couple of seconds.</source>
        <translation>ときどき数秒間、すべての接続を切断するサーバー。</translation>
    </message>
</context>
<context>
    <name>LabHost</name>
    <message>
        <source>Could not open the unanswering listener.</source>
        <translation>応答しない待ち受けソケットを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>LocalFirewallCheck</name>
    <message>
        <source>No firewall on this computer seems to be filtering connections.</source>
        <translation>このコンピューターには、接続をフィルタリングしているファイアウォールは見当たりません。</translation>
    </message>
    <message>
        <source>A firewall is switched on on this computer (%1); it could be what blocks or cuts connections.</source>
        <translation>このコンピューターでファイアウォールが有効になっています（%1）。これが接続をブロックまたは切断している可能性があります。</translation>
    </message>
    <message>
        <source>The firewall&apos;s settings could not be read on this computer, so whether it filters connections is not known.</source>
        <translation>このコンピューターではファイアウォールの設定を読み取れなかったため、接続をフィルタリングしているかどうかはわかりません。</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>&amp;Watch</source>
        <translation>監視開始(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>表示する期間</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>過去 5 分間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Connections shown</source>
        <translation>表示する接続</translation>
    </message>
    <message>
        <source>Your service</source>
        <translation>お使いのサービス</translation>
    </message>
    <message>
        <source>All programs on this computer</source>
        <translation>このコンピューターのすべてのプログラム</translation>
    </message>
    <message>
        <source>Not watching yet: press Watch to start.</source>
        <translation>まだ監視していません。「監視開始」を押して開始してください。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Start trying your service every second</source>
        <translation>1 秒ごとにサービスへの接続を試し始めます</translation>
    </message>
    <message>
        <source>Pause or resume the tries; what was counted stays</source>
        <translation>接続の試行を一時停止または再開します。それまでの集計は残ります</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>監視を停止します</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>グラフに表示する期間</translation>
    </message>
    <message>
        <source>Your service alone, or connections cut off for every program on this computer</source>
        <translation>お使いのサービスだけを表示するか、このコンピューターのすべてのプログラムで切断された接続を表示するかを選びます</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>グラフの内容</translation>
    </message>
    <message>
        <source>Problems that come and go are the hardest to catch.</source>
        <translation>起きたり起きなかったりする問題は、最もとらえにくいものです。</translation>
    </message>
    <message>
        <source>Let this run while you work: it tries your service every second and shows how often connections are cut off. You can go on to the results meanwhile.</source>
        <translation>作業中はこの監視を動かしたままにしてください。1 秒ごとにサービスへの接続を試し、接続がどのくらいの頻度で切断されるかを表示します。その間に結果のページへ進むこともできます。</translation>
    </message>
    <message>
        <source>&amp;Allow...</source>
        <translation>許可(&amp;A)...</translation>
    </message>
    <message>
        <source>Let the app see every program&apos;s connections; your system asks for an administrator&apos;s password</source>
        <translation>すべてのプログラムの接続をこのアプリで確認できるようにします。システムから管理者のパスワードを求められます</translation>
    </message>
    <message>
        <source>What the watch can see</source>
        <translation>監視で確認できる範囲</translation>
    </message>
    <message>
        <source>How far back the chart and the table go, from the background watch&apos;s log</source>
        <translation>グラフと表がさかのぼる期間 (バックグラウンド監視のログから)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>What the background watch&apos;s log holds</source>
        <translation>バックグラウンド監視のログの内容</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the background</source>
        <translation>バックグラウンドで監視を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Keep a log of every program&apos;s resets, also while this app is closed (the connection-doctor-watch service); your system asks for an administrator&apos;s password</source>
        <translation>このアプリを閉じている間も、すべてのプログラムのリセットをログに残します (connection-doctor-watch サービス)。システムが管理者のパスワードを求めます</translation>
    </message>
    <message>
        <source>Whether the background watch is on</source>
        <translation>バックグラウンド監視がオンかどうか</translation>
    </message>
    <message>
        <source>Reading the background watch&apos;s log...</source>
        <translation>バックグラウンド監視のログを読み込んでいます...</translation>
    </message>
    <message>
        <source>To keep one from now on, tick &quot;Keep watching in the background&quot; below.</source>
        <translation>今後ログを残すには、下の「バックグラウンドで監視を続ける」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Waiting for the system (it may ask for an administrator&apos;s password)...</source>
        <translation>システムを待っています (管理者のパスワードを求められることがあります)...</translation>
    </message>
</context>
<context>
    <name>OsVerdictCheck</name>
    <message>
        <source>The operating system does not report on connectivity here, so this step was skipped.</source>
        <translation>この環境ではオペレーティングシステムが接続状態を報告しないため、この手順はスキップしました。</translation>
    </message>
    <message>
        <source>Your system says a sign-in page is in the way: open a web browser and sign in.</source>
        <translation>システムによると、ログインページが接続を妨げています。Web ブラウザーを開いてログインしてください。</translation>
    </message>
    <message>
        <source>Your system says it is not connected to a network.</source>
        <translation>システムによると、ネットワークに接続されていません。</translation>
    </message>
    <message>
        <source>Your system says it reaches the local network but not the internet.</source>
        <translation>システムによると、ローカルネットワークには接続されていますが、インターネットには接続されていません。</translation>
    </message>
    <message>
        <source>Your system says it is online.</source>
        <translation>システムによると、オンラインです。</translation>
    </message>
    <message>
        <source>Your system does not know whether it is online.</source>
        <translation>システムは、オンラインかどうかを判断できていません。</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Every connection worked.</source>
        <translation>すべての接続が成功しました。</translation>
    </message>
    <message>
        <source>Connections were cut off abruptly (&quot;connection reset by peer&quot;): by the server or by something between you and it.</source>
        <translation>接続が突然切断されました（「connection reset by peer」）。サーバー、またはお使いのコンピューターとサーバーの間にある何かによって切断されています。</translation>
    </message>
    <message>
        <source>The server turned the connection away: nothing accepts connections on that port.</source>
        <translation>サーバーが接続を拒否しました。そのポートで接続を受け付けているものがありません。</translation>
    </message>
    <message>
        <source>The server ended connections politely before answering.</source>
        <translation>サーバーが応答する前に、正常な手順で接続を終了しました。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>サーバー名を解決できませんでした。</translation>
    </message>
    <message>
        <source>There is no network path to the server.</source>
        <translation>サーバーへのネットワーク経路がありません。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up.</source>
        <translation>暗号化（TLS）接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The proxy server refused or failed the connection.</source>
        <translation>プロキシサーバーが接続を拒否したか、接続に失敗しました。</translation>
    </message>
    <message>
        <source>while looking up the name</source>
        <translation>名前の解決中</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>during the secure handshake</source>
        <translation>暗号化のハンドシェイク中</translation>
    </message>
    <message>
        <source>while sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>while waiting for the answer</source>
        <translation>応答の待機中</translation>
    </message>
    <message>
        <source>while the connection was idle</source>
        <translation>無通信の状態で待機中</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>終了時</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1（%2 ms）</translation>
    </message>
    <message>
        <source>%1 %2, after %3 ms</source>
        <translation>%2に %1（%3 ms 後）</translation>
    </message>
    <message>
        <source>(%1 bytes sent, %2 received)</source>
        <translation>（送信 %1 バイト、受信 %2 バイト）</translation>
    </message>
    <message>
        <source>The answer never ended: it went on until the test had to stop reading.</source>
        <translation>応答が終わりませんでした。テストが読み取りをやめるまで続きました。</translation>
    </message>
    <message>
        <source>Something answered, but not in the language the service should speak.</source>
        <translation>何かが応答しましたが、そのサービスが使うはずの形式ではありませんでした。</translation>
    </message>
</context>
<context>
    <name>PathMtuCheck</name>
    <message>
        <source>No service was given, so large packets were not tested.</source>
        <translation>サービスが指定されていないため、大きなパケットのテストは行いませんでした。</translation>
    </message>
    <message>
        <source>Small messages get through but large ones get stuck on the way: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>小さなデータは届きますが、大きなデータは途中で止まります。パケットサイズ（MTU）の問題で、VPN やトンネルが原因であることがよくあります。</translation>
    </message>
    <message>
        <source>Large packets get through to your service.</source>
        <translation>大きなパケットもサービスに届いています。</translation>
    </message>
    <message>
        <source>The service did not take even a small upload, so large packets could not be tested.</source>
        <translation>サービスが小さなアップロードさえ受け取らなかったため、大きなパケットをテストできませんでした。</translation>
    </message>
    <message>
        <source>The service answered before it had taken the large upload, so large packets were not tested.</source>
        <translation>サービスが大きなアップロードを受け取り終える前に応答したため、大きなパケットのテストは行いませんでした。</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes are lost on the way to your service, and nothing says so: a packet size (MTU) problem, often caused by a VPN or tunnel.</source>
        <translation>%1 バイトを超えるパケットはサービスに届く途中で失われ、そのことを知らせるメッセージもありません。パケットサイズ（MTU）の問題で、VPN やトンネルが原因であることがよくあります。</translation>
    </message>
</context>
<context>
    <name>PayloadLimitExperiment</name>
    <message>
        <source>No service was given, so upload sizes were not tested.</source>
        <translation>サービスが指定されていないため、アップロードサイズのテストは行いませんでした。</translation>
    </message>
    <message>
        <source>Even a small upload is cut off, so the cause is not its size.</source>
        <translation>小さなアップロードでも切断されるため、原因はサイズではありません。</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through, but some were cut off at random, whatever their size.</source>
        <translation>%1 までのアップロードは成功しますが、サイズに関係なく一部が不規則に切断されました。</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through.</source>
        <translation>%1 までのアップロードは成功します。</translation>
    </message>
    <message>
        <source>The service did not accept an upload, so sizes could not be tested.</source>
        <translation>サービスがアップロードを受け付けなかったため、サイズをテストできませんでした。</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are refused with the answer &quot;413 Payload Too Large&quot;.</source>
        <translation>約 %1 を超えるアップロードは、「413 Payload Too Large」という応答で拒否されます。</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are stopped: the server closes the connection while they are sent.</source>
        <translation>約 %1 を超えるアップロードは中断されます。送信中にサーバーが接続を閉じます。</translation>
    </message>
    <message>
        <source>Uploads larger than about %1 are cut off (reset) while they are sent.</source>
        <translation>約 %1 を超えるアップロードは、送信中に切断（リセット）されます。</translation>
    </message>
    <message>
        <source>Uploads of up to %1 go through; the service answered a larger one before it had taken it, so larger sizes were not tested.</source>
        <translation>%1 までのアップロードは成功します。それより大きいアップロードには、サービスが受け取り終える前に応答したため、さらに大きいサイズのテストは行いませんでした。</translation>
    </message>
    <message>
        <source>The service answered before it had taken the upload, so upload sizes were not tested.</source>
        <translation>サービスがアップロードを受け取り終える前に応答したため、アップロードサイズのテストは行いませんでした。</translation>
    </message>
</context>
<context>
    <name>PortMatrix</name>
    <message>
        <source>The refusal comes from close to you (this computer&apos;s firewall, security software, or your network), not from the server.</source>
        <translation>拒否はサーバーからではなく、身近なところ（このコンピューターのファイアウォール、セキュリティソフト、またはお使いのネットワーク）から来ています。</translation>
    </message>
    <message>
        <source>The refusal comes from the server&apos;s side.</source>
        <translation>拒否はサーバー側から来ています。</translation>
    </message>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>サービスが指定されていないため、ポートのテストは行いませんでした。</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts connections.</source>
        <translation>サービスのポート %1 は接続を受け付けています。</translation>
    </message>
    <message>
        <source>Your service&apos;s port %1 accepts only some connections (%2 of %3).</source>
        <translation>サービスのポート %1 は一部の接続しか受け付けていません（%3 回中 %2 回）。</translation>
    </message>
    <message>
        <source>Port %1 is blocked while other ports on the same server answer: a firewall rule for this port.</source>
        <translation>同じサーバーの他のポートは応答しますが、ポート %1 はブロックされています。このポートに対するファイアウォールのルールが原因です。</translation>
    </message>
    <message>
        <source>The server does not accept connections on any port tested.</source>
        <translation>テストしたどのポートでも、サーバーは接続を受け付けていません。</translation>
    </message>
</context>
<context>
    <name>PortMatrixCheck</name>
    <message>
        <source>No service was given, so its port was not tested.</source>
        <translation>サービスが指定されていないため、ポートのテストは行いませんでした。</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The connection was reset (RST).</source>
        <translation>接続がリセットされました（RST）。</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN).</source>
        <translation>相手が接続を閉じました（FIN）。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing happened for %n ms.</source>
        <translation>
            <numerusform>%n ms の間、何も起きませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The peer kept sending without ever finishing: stopped after %n second(s) in all.</source>
        <translation>
            <numerusform>相手側が終わらないまま送信を続けたため、合計 %n 秒で打ち切りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection did not finish within %n second(s) in all.</source>
        <translation>
            <numerusform>接続は合計 %n 秒以内に終わりませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection after its answer.</source>
        <translation>サーバーは応答の後に接続を閉じました。</translation>
    </message>
    <message>
        <source>The answer did not start like an HTTP answer (&quot;%1&quot;): something else answered.</source>
        <translation>応答が HTTP の応答として始まっていませんでした（「%1」）。別の何かが応答しました。</translation>
    </message>
    <message numerus="yes">
        <source>The answer&apos;s header went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>応答のヘッダーが %n KiB を超えても終わりませんでした。読み取りを止めました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s first line went on past %n KiB without ending: stopped reading.</source>
        <translation>
            <numerusform>サーバーの最初の行が %n KiB を超えても終わりませんでした。読み取りを止めました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer went on past %n MiB with no end in sight: stopped reading.</source>
        <translation>
            <numerusform>応答が %n MiB を超えても終わる気配がありませんでした。読み取りを止めました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy did not answer within %n ms.</source>
        <translation>
            <numerusform>プロキシが %n ミリ秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>This system cannot limit the packet size of a connection.</source>
        <translation>このシステムでは、接続のパケットサイズを制限できません。</translation>
    </message>
    <message>
        <source>The connection was reset as soon as it opened.</source>
        <translation>接続は開いた直後にリセットされました。</translation>
    </message>
    <message>
        <source>The peer closed the connection (FIN) as soon as it opened.</source>
        <translation>相手側が接続を開いた直後に閉じました（FIN）。</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>true/false</source>
        <translation>true/false の値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空の値</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>&quot;%1&quot; には%3ではなく、%2を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>&quot;%1&quot; が長すぎます。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>&quot;%1&quot; には %2～%3 の値を指定してください。</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>名前のリスト</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>%1: unknown name &quot;%2&quot;. Known names: %3.</source>
        <translation>%1: &quot;%2&quot; という名前はありません。使用できる名前は %3 です。</translation>
    </message>
    <message>
        <source>text, a number or a list of them</source>
        <translation>テキスト、数値、またはそれらのリスト</translation>
    </message>
    <message>
        <source>The profile is too big (%1 bytes; a profile is at most %2).</source>
        <translation>プロファイルが大きすぎます（%1 バイト。プロファイルの上限は %2 バイトです）。</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at byte %2.</source>
        <translation>プロファイルが正しい JSON ではありません（%2 バイト目: %1）。</translation>
    </message>
    <message>
        <source>The profile must be a JSON object ({ ... }).</source>
        <translation>プロファイルは JSON オブジェクト（{ ... }）である必要があります。</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor profile: &quot;schema&quot; must be &quot;%1&quot;.</source>
        <translation>これは Connection Doctor のプロファイルではありません。&quot;schema&quot; は &quot;%1&quot; である必要があります。</translation>
    </message>
    <message>
        <source>This profile was written for a newer version of Connection Doctor (%1).</source>
        <translation>このプロファイルは、新しいバージョンの Connection Doctor 用に作成されています（%1）。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2.</source>
        <translation>&quot;%1&quot; という設定はありません。使用できる設定は %2 です。</translation>
    </message>
    <message>
        <source>&quot;target&quot;: %1</source>
        <translation>&quot;target&quot;: %1</translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation>プロファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The profile %1 was not used. %2</source>
        <translation>プロファイル %1 は使用されませんでした。%2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
</context>
<context>
    <name>ProgramResetsView</name>
    <message>
        <source>Chart of resets over time by program and server</source>
        <translation>プログラムとサーバー別のリセットの推移グラフ</translation>
    </message>
    <message>
        <source>One line for each of the programs and servers with the most resets; the table below lists them all</source>
        <translation>リセットが最も多いプログラムとサーバーの組み合わせごとに 1 本の線を表示します。すべての組み合わせは下の表に一覧表示されます</translation>
    </message>
    <message>
        <source>Resets by program and server</source>
        <translation>プログラムとサーバー別のリセット</translation>
    </message>
    <message>
        <source>Choose a row to show it alone in the chart; choose it again to show all</source>
        <translation>行を選ぶと、その行だけをグラフに表示します。もう一度選ぶと、すべてを表示します</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>リセット数</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>ネットワークの変化</translation>
    </message>
</context>
<context>
    <name>ProxyComparisonCheck</name>
    <message>
        <source>No service was given, so the proxy was not compared.</source>
        <translation>サービスが指定されていないため、プロキシの比較は行いませんでした。</translation>
    </message>
    <message>
        <source>No proxy is used for this service, so there is nothing to compare.</source>
        <translation>このサービスにはプロキシが使われていないため、比較するものはありません。</translation>
    </message>
    <message>
        <source>Your service works both directly and through the proxy server.</source>
        <translation>サービスには、直接でもプロキシサーバー経由でも接続できます。</translation>
    </message>
    <message>
        <source>The proxy server refuses connections to your service</source>
        <translation>プロキシサーバーがサービスへの接続を拒否しています</translation>
    </message>
    <message>
        <source>Connections to your service break when they go through the proxy server</source>
        <translation>プロキシサーバーを経由すると、サービスへの接続が切れます</translation>
    </message>
    <message>
        <source>%1; it answered &quot;%2&quot;.</source>
        <translation>%1。プロキシの応答は「%2」でした。</translation>
    </message>
    <message>
        <source>Your service works only through the proxy server: programs that do not use the proxy will fail.</source>
        <translation>サービスにはプロキシサーバー経由でしか接続できません。プロキシを使わないプログラムは接続に失敗します。</translation>
    </message>
    <message>
        <source>Your service fails both directly and through the proxy server, so the proxy is not the only problem.</source>
        <translation>サービスには直接でもプロキシサーバー経由でも接続できないため、問題はプロキシだけではありません。</translation>
    </message>
</context>
<context>
    <name>ProxyHandshake</name>
    <message>
        <source>the proxy did not answer in time</source>
        <translation>プロキシが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the proxy connection failed: %1</source>
        <translation>プロキシへの接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP</source>
        <translation>プロキシが HTTP 以外の応答を返しました</translation>
    </message>
    <message>
        <source>the proxy answered something that is not HTTP: %1</source>
        <translation>プロキシが HTTP 以外の応答を返しました: %1</translation>
    </message>
    <message>
        <source>the SOCKS proxy refused to talk without a password, or is not SOCKS5</source>
        <translation>SOCKS プロキシがパスワードなしでの通信を拒否したか、SOCKS5 ではありません</translation>
    </message>
</context>
<context>
    <name>ProxySettingsCheck</name>
    <message>
        <source>A proxy setting on this computer cannot be understood; programs may fail to connect.</source>
        <translation>このコンピューターのプロキシ設定を解釈できません。プログラムが接続に失敗する可能性があります。</translation>
    </message>
    <message>
        <source>Connections to %1 go through the proxy server %2 (set by %3).</source>
        <translation>%1 への接続はプロキシサーバー %2 を経由します（設定元: %3）。</translation>
    </message>
    <message>
        <source>A proxy is set, but connections to %1 go directly (an exception is set for it).</source>
        <translation>プロキシが設定されていますが、%1 への接続は直接行われます（例外として設定されています）。</translation>
    </message>
    <message>
        <source>No proxy server is set: connections go directly.</source>
        <translation>プロキシサーバーは設定されていません。接続は直接行われます。</translation>
    </message>
    <message>
        <source>The automatic proxy configuration address is not valid, so programs may not find their proxy.</source>
        <translation>プロキシの自動構成アドレスが無効なため、プログラムがプロキシを見つけられない可能性があります。</translation>
    </message>
    <message>
        <source>The automatic proxy configuration script cannot be loaded, so programs may not find their proxy.</source>
        <translation>プロキシの自動構成スクリプトを読み込めないため、プログラムがプロキシを見つけられない可能性があります。</translation>
    </message>
</context>
<context>
    <name>ReachabilityCheck</name>
    <message>
        <source>No reference endpoints are configured, so this step was skipped.</source>
        <translation>確認用の接続先が設定されていないため、この手順はスキップしました。</translation>
    </message>
    <message>
        <source>Well-known sites on the internet can be reached.</source>
        <translation>インターネット上の主要サイトに接続できます。</translation>
    </message>
    <message>
        <source>Some well-known sites can be reached and others cannot (%1 of %2).</source>
        <translation>一部の主要サイトには接続できますが、接続できないサイトもあります（%2 件中 %1 件に接続可能）。</translation>
    </message>
    <message>
        <source>No well-known site on the internet can be reached.</source>
        <translation>インターネット上のどの主要サイトにも接続できません。</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Public IP addresses</source>
        <translation>グローバル IP アドレス</translation>
    </message>
    <message>
        <source>Private (local network) IP addresses</source>
        <translation>プライベート IP アドレス（ローカルネットワーク）</translation>
    </message>
    <message>
        <source>Server and computer names (host names)</source>
        <translation>サーバー名とコンピューター名（ホスト名）</translation>
    </message>
    <message>
        <source>Your user name and this computer&apos;s name</source>
        <translation>ユーザー名とこのコンピューターの名前</translation>
    </message>
    <message>
        <source>Network card (MAC) addresses</source>
        <translation>ネットワークカードのアドレス（MAC アドレス）</translation>
    </message>
    <message>
        <source>File and folder paths</source>
        <translation>ファイルとフォルダーのパス</translation>
    </message>
    <message>
        <source>Unknown kind of value to hide: &quot;%1&quot;. Known kinds: %2.</source>
        <translation>「%1」という種類の値はありません。隠せる種類は %2 です。</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>PDF reports are written by the app&apos;s export library.</source>
        <translation>PDF 形式のレポートは、アプリのエクスポートライブラリで作成します。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>レポートを %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Web page, for anyone (*.html *.htm)</source>
        <translation>Web ページ（誰でも開けます） (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document, for printing (*.pdf)</source>
        <translation>PDF 文書（印刷用） (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, for the helpdesk to open in Connection Doctor (*.json)</source>
        <translation>JSON（ヘルプデスクが Connection Doctor で開くため） (*.json)</translation>
    </message>
    <message>
        <source>Plain text, for a ticket or an email (*.txt)</source>
        <translation>テキスト（問い合わせやメール用） (*.txt)</translation>
    </message>
    <message>
        <source>CSV, the counts over time for a spreadsheet (*.csv)</source>
        <translation>CSV（表計算ソフト用の時間ごとの集計） (*.csv)</translation>
    </message>
    <message>
        <source>Cannot tell which format to write &quot;%1&quot; in: end the file name with .html, .pdf, .json, .txt or .csv.</source>
        <translation>「%1」をどの形式で書き出すか判断できません。ファイル名の末尾を .html、.pdf、.json、.txt、.csv のいずれかにしてください。</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Connection Doctor レポート</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>%1 の Connection Doctor レポート</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>まだ原因は特定されていません。十分なテストが行われていないためです。</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>今すぐできること</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>調査結果（可能性の高い順）</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>確認された内容</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>ご自身でできること</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator</source>
        <translation>ヘルプデスクまたはサーバー管理者向け</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>試行した接続</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>終わり方</translation>
    </message>
    <message>
        <source>When</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>所要時間（ms）</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信バイト数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>接続の推移</translation>
    </message>
    <message>
        <source>Network changes</source>
        <translation>ネットワークの変化</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Written by Connection Doctor %1. The same report as JSON (schema %2) can be opened in the app.</source>
        <translation>Connection Doctor %1 で作成しました。同じレポートの JSON 版（スキーマ %2）は、アプリで開くことができます。</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>このコンピューターで確認されたリセット</translation>
    </message>
    <message>
        <source>By program and server</source>
        <translation>プログラムとサーバー別</translation>
    </message>
    <message>
        <source>Each reset, oldest first</source>
        <translation>各リセット（古い順）</translation>
    </message>
</context>
<context>
    <name>ReportJsonReader</name>
    <message>
        <source>The report&apos;s &quot;%1&quot; has the wrong type.</source>
        <translation>レポートの &quot;%1&quot; の型が正しくありません。</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; holds something that is not an entry.</source>
        <translation>レポートの &quot;%1&quot; に、項目として読み取れないものが含まれています。</translation>
    </message>
    <message>
        <source>This is not a Connection Doctor report: it is not valid JSON (%1 at byte %2).</source>
        <translation>これは Connection Doctor のレポートではありません。正しい JSON ではありません（%2 バイト目: %1）。</translation>
    </message>
    <message>
        <source>This JSON file is not a Connection Doctor report.</source>
        <translation>この JSON ファイルは Connection Doctor のレポートではありません。</translation>
    </message>
    <message>
        <source>This report was written in a newer format (%1) than this version of Connection Doctor reads.</source>
        <translation>このレポートは、このバージョンの Connection Doctor では読み取れない新しい形式（%1）で作成されています。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a Connection Doctor report.</source>
        <translation>%1 は Connection Doctor のレポートとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; has more entries than a report can have.</source>
        <translation>レポートの &quot;%1&quot; の項目数が、レポートとしてありえない数になっています。</translation>
    </message>
</context>
<context>
    <name>ReportJsonWriter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>レポートを %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Connection Doctor report</source>
        <translation>Connection Doctor レポート</translation>
    </message>
    <message>
        <source>Connection Doctor report for %1</source>
        <translation>%1 の Connection Doctor レポート</translation>
    </message>
</context>
<context>
    <name>ReportTextWriter</name>
    <message>
        <source>Connection Doctor summary</source>
        <translation>Connection Doctor の概要</translation>
    </message>
    <message>
        <source>Connections tried: %1, of which %2 worked.</source>
        <translation>試行した接続: %1 回（うち成功 %2 回）。</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>まだ何もテストしていません。</translation>
    </message>
    <message>
        <source>... and %1 more, all in the JSON report.</source>
        <translation>... ほか %1 件（すべて JSON レポートに記載されています）。</translation>
    </message>
    <message>
        <source>Most likely cause: %1 (%2%, %3)</source>
        <translation>最も可能性の高い原因: %1（%2%、%3）</translation>
    </message>
    <message>
        <source>For the helpdesk or the server&apos;s administrator:</source>
        <translation>ヘルプデスクまたはサーバー管理者向け:</translation>
    </message>
    <message>
        <source>Other possible causes: %1</source>
        <translation>その他の考えられる原因: %1</translation>
    </message>
    <message>
        <source>Checks: %1 run, %2 passed.</source>
        <translation>チェック: %1 件実行（うち問題なし %2 件）。</translation>
    </message>
    <message>
        <source>Connection Doctor report</source>
        <translation>Connection Doctor レポート</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>No cause has been named yet: not enough was tested.</source>
        <translation>まだ原因は特定されていません。十分なテストが行われていないためです。</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>調査結果（可能性の高い順）</translation>
    </message>
    <message>
        <source>What we saw:</source>
        <translation>確認された内容:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>ご自身でできること:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>試行した接続</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>接続の推移</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more, all in the JSON report.</source>
        <translation>
            <numerusform>... ほか %n 件（すべて JSON レポートに記載されています）。</numerusform>
        </translation>
    </message>
    <message>
        <source>By program and server:</source>
        <translation>プログラムとサーバー別:</translation>
    </message>
    <message>
        <source>Each reset, oldest first:</source>
        <translation>各リセット（古い順）:</translation>
    </message>
    <message>
        <source>Resets seen on this computer</source>
        <translation>このコンピューターで確認されたリセット</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Most likely cause</source>
        <translation>最も可能性の高い原因</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>今すぐできること</translation>
    </message>
    <message>
        <source>Connections over time</source>
        <translation>接続の推移</translation>
    </message>
    <message>
        <source>Every check and what it found</source>
        <translation>すべてのチェックとその結果</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>グラフの内容</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>The most likely cause first, then every possible cause, the chart and the checks</source>
        <translation>最も可能性の高い原因を最初に示し、続いて考えられるすべての原因、グラフ、チェックを表示します</translation>
    </message>
    <message>
        <source>Nothing has been tested yet.</source>
        <translation>まだ何もテストしていません。</translation>
    </message>
    <message>
        <source>Not enough was tested to name a cause.</source>
        <translation>原因を特定できるほどのテストが行われていません。</translation>
    </message>
    <message>
        <source>What we saw</source>
        <translation>確認された内容</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>ご自身でできること</translation>
    </message>
    <message>
        <source>For your helpdesk or the server&apos;s administrator</source>
        <translation>ヘルプデスクまたはサーバー管理者向け</translation>
    </message>
    <message>
        <source>Details of the most likely cause</source>
        <translation>最も可能性の高い原因の詳細</translation>
    </message>
    <message>
        <source>Other possible causes</source>
        <translation>その他の考えられる原因</translation>
    </message>
    <message>
        <source>Details of what the tests found</source>
        <translation>テストで見つかったことの詳細</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open report...</source>
        <translation>レポートを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>レポートをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>このレポートについて</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>コンピューター: %1</translation>
    </message>
    <message>
        <source>A saved report, read-only.</source>
        <translation>保存されたレポートです（読み取り専用）。</translation>
    </message>
    <message>
        <source>Saved report - Connection Doctor</source>
        <translation>保存されたレポート - Connection Doctor</translation>
    </message>
    <message>
        <source>Saved report for %1 - Connection Doctor</source>
        <translation>%1 の保存されたレポート - Connection Doctor</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>レポートを開く</translation>
    </message>
    <message>
        <source>Connection Doctor reports (*.json)</source>
        <translation>Connection Doctor レポート (*.json)</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Passed</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Cut off (reset)</source>
        <translation>切断（リセット）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>名前解決エラー</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>暗号化接続エラー</translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation>プロキシエラー</translation>
    </message>
    <message>
        <source>Network connection came up</source>
        <translation>ネットワーク接続が有効になりました</translation>
    </message>
    <message>
        <source>Network connection went down</source>
        <translation>ネットワーク接続が切れました</translation>
    </message>
    <message>
        <source>VPN connected</source>
        <translation>VPN に接続しました</translation>
    </message>
    <message>
        <source>VPN disconnected</source>
        <translation>VPN から切断しました</translation>
    </message>
    <message>
        <source>Proxy settings changed</source>
        <translation>プロキシ設定が変更されました</translation>
    </message>
    <message>
        <source>Computer woke from sleep</source>
        <translation>コンピューターがスリープから復帰しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The run was stopped before the end.</source>
        <translation>実行は途中で停止されました。</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>レポート ID</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Connection Doctor version</source>
        <translation>Connection Doctor のバージョン</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt のバージョン</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>コンピューター名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>up</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>down</source>
        <translation>無効</translation>
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
        <translation>インターフェイス %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>Most cut off in one minute: %1, from %2.</source>
        <translation>1 分間の最多切断数: %1 件（%2 から）。</translation>
    </message>
    <message>
        <source>Network changes while watching: %1.</source>
        <translation>監視中のネットワークの変化: %1 件。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>イーサネット</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>ループバック</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>仮想</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>CAN bus</source>
        <translation>CAN バス</translation>
    </message>
    <message>
        <source>WiMAX</source>
        <translation>WiMAX</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>The system counted %n reset(s) while watching.</source>
        <translation>
            <numerusform>監視中にシステムが数えたリセットは %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n reset(s).</source>
        <translation>
            <numerusform>記録されたリセットは %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) it could not hand over in time, so some resets may be missing.</source>
        <translation>
            <numerusform>システムが、時間内に受け渡せなかった %n 件のイベントを破棄したため、一部のリセットが記録されていない可能性があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out of the log to keep it to a bounded size.</source>
        <translation>
            <numerusform>ログのサイズを一定に保つため、古いものから %n 件をログから除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>リセット数</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認時刻</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Quiet before the reset</source>
        <translation>リセット前の無通信時間</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Why we think so</source>
        <translation>判断の根拠</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（プロセス %2）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The reset watch saw %1.</source>
        <translation>リセット監視で確認できた範囲: %1。</translation>
    </message>
    <message>
        <source>Answer without end</source>
        <translation>終わらない応答</translation>
    </message>
    <message>
        <source>Garbled answer</source>
        <translation>解読できない応答</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Watched for %1: no connection was tried.</source>
        <translation>%1 監視しましたが、接続は試みられませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Watched for %1: %n connection(s), %2 of them cut off (%3%; the true share is likely between %4% and %5%).</source>
        <translation>
            <numerusform>%1 監視しました。接続 %n 件のうち %2 件が切断されました（%3%、実際の割合はおそらく %4%～%5% の間です）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resets of this server before the run</source>
        <translation>実行前のこのサーバーのリセット</translation>
    </message>
    <message>
        <source>The background watch&apos;s log could not be read for the history of %1: %2</source>
        <translation>%1 の履歴のためのバックグラウンド監視のログを読めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>The background watch&apos;s log from %1 to %2 holds %n reset(s) of connections to %3.</source>
        <translation>
            <numerusform>%1 から %2 までのバックグラウンド監視のログには、%3 への接続のリセットが %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s oldest %n reset(s), of every server, were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>リストの大きさを抑えるため、ログの最も古いリセット %n 件 (すべてのサーバーのもの) を省きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch missed or did not write %n reset(s) of any server in that time, so some may be missing.</source>
        <translation>
            <numerusform>この間、バックグラウンド監視はいずれかのサーバーのリセット %n 件を取りこぼしたか書きませんでした。一部が欠けている可能性があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetChartView</name>
    <message>
        <source>Chart of connections cut off over time</source>
        <translation>切断された接続の推移グラフ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>1 秒あたりの接続数</translation>
    </message>
    <message>
        <source>Network change</source>
        <translation>ネットワークの変化</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and -, move with the arrow keys; the sentence under the chart says what it shows</source>
        <translation>マウスホイールまたは + と - キーで拡大・縮小し、方向キーで移動します。グラフの内容は、グラフの下の文で説明しています</translation>
    </message>
</context>
<context>
    <name>ResetEvent</name>
    <message>
        <source>unknown program</source>
        <translation>不明なプログラム</translation>
    </message>
</context>
<context>
    <name>ResetHistory</name>
    <message>
        <source>The background watch&apos;s log (%1) is readable only by root and members of the %2 group: ask an administrator to add you to it (sudo adduser YOUR-NAME %2), then log in again.</source>
        <translation>バックグラウンド監視のログ (%1) を読めるのは root と %2 グループのメンバーだけです。管理者にグループへの追加を依頼し (sudo adduser あなたの名前 %2)、ログインし直してください。</translation>
    </message>
    <message>
        <source>There is no background watch log in %1: the background watch (connection-doctor-watch.service) has not run on this computer, or its log was removed.</source>
        <translation>%1 にバックグラウンド監視のログがありません。このコンピューターでバックグラウンド監視 (connection-doctor-watch.service) が動いていないか、ログが削除されています。</translation>
    </message>
    <message>
        <source>%1 is not a directory, so it holds no background watch log.</source>
        <translation>%1 はディレクトリではないため、バックグラウンド監視のログはありません。</translation>
    </message>
    <message>
        <source>The background watch has written no log in %1 yet.</source>
        <translation>バックグラウンド監視はまだ %1 にログを書いていません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ファイルではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n of the log&apos;s files could not be read (%1).</source>
        <translation>
            <numerusform>ログのファイル %n 個を読めませんでした (%1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The background watch could see no resets: %1; %2</source>
        <translation>バックグラウンド監視はリセットを見ることができませんでした: %1、%2</translation>
    </message>
    <message>
        <source>The background watch wrote nothing after %1; its log ends at %2.</source>
        <translation>バックグラウンド監視は %1 以降何も書いていません。ログは %2 で終わっています。</translation>
    </message>
    <message>
        <source>The background watch&apos;s log covers %1 to %2.</source>
        <translation>バックグラウンド監視のログは %1 から %2 までです。</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n reset(s) in that time.</source>
        <translation>
            <numerusform>この間のリセットは %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n were left out to keep the list to a bounded size.</source>
        <translation>
            <numerusform>リストの大きさを抑えるため、最も古い %n 件を省きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system dropped %n event(s) the watch could not take in time, so some resets may be missing.</source>
        <translation>
            <numerusform>監視が間に合わず、システムがイベント %n 件を破棄しました。一部のリセットが欠けている可能性があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The background watch did not write %n reset(s), to keep its log to a bounded size.</source>
        <translation>
            <numerusform>ログの大きさを抑えるため、バックグラウンド監視はリセット %n 件を書きませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the log could not be read (cut off by a crash or a power cut) and were skipped.</source>
        <translation>
            <numerusform>ログの %n 行を読めなかったため (クラッシュや停電で途切れたもの)、飛ばしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetLog</name>
    <message>
        <source>other programs and servers</source>
        <translation>その他のプログラムとサーバー</translation>
    </message>
    <message>
        <source>other servers</source>
        <translation>その他のサーバー</translation>
    </message>
</context>
<context>
    <name>ResetPatterns</name>
    <message>
        <source>No connection was cut off in the last %1 min.</source>
        <translation>過去 %1 分間に切断された接続はありません。</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, regularly, about one every %3 s.</source>
        <translation>過去 %1 分間に切断された接続: %2 件（規則的に、約 %3 秒に 1 件）。</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, in bursts (%3).</source>
        <translation>過去 %1 分間に切断された接続: %2 件（集中的に発生、%3 回）。</translation>
    </message>
    <message>
        <source>Cut off connections in the last %1 min: %2, at irregular times.</source>
        <translation>過去 %1 分間に切断された接続: %2 件（不規則に発生）。</translation>
    </message>
</context>
<context>
    <name>ResetRowsModel</name>
    <message numerus="yes">
        <source>%n reset(s)</source>
        <translation>
            <numerusform>リセット %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>リセット数</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認時刻</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Quiet before</source>
        <translation>無通信時間</translation>
    </message>
</context>
<context>
    <name>ResetSenderJudge</name>
    <message>
        <source>its SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <source>its packets</source>
        <translation>この接続のパケット</translation>
    </message>
    <message>
        <source>its SYN-ACK on another connection</source>
        <translation>別の接続での SYN-ACK</translation>
    </message>
    <message>
        <source>This computer answered a packet for a connection it no longer had (or never had) with a reset.</source>
        <translation>このコンピューターは、すでに存在しない（または最初から存在しない）接続宛てのパケットに、リセットで応答しました。</translation>
    </message>
    <message>
        <source>This computer sent the reset: %1 ended the connection abruptly.</source>
        <translation>このコンピューターがリセットを送信しました。%1 が接続を突然終了しました。</translation>
    </message>
    <message>
        <source>The reset&apos;s packet was not seen, so who sent it cannot be told.</source>
        <translation>リセットのパケットを確認できなかったため、送信元を判断できません。</translation>
    </message>
    <message>
        <source>Packets were not being captured, so who sent the reset cannot be told.</source>
        <translation>パケットをキャプチャしていなかったため、リセットの送信元を判断できません。</translation>
    </message>
    <message>
        <source>its IP ID is 0, while the server&apos;s packets had other IDs</source>
        <translation>IP ID が 0 である（サーバーのパケットの ID は 0 以外）</translation>
    </message>
    <message numerus="yes">
        <source>%n resets came in a burst with changing sequence numbers, as injecting devices send them</source>
        <translation>
            <numerusform>シーケンス番号の異なる %n 件のリセットが立て続けに届いた（リセットを割り込ませる機器に特有の送り方）</numerusform>
        </translation>
    </message>
    <message>
        <source>it carried text: &quot;%1&quot;</source>
        <translation>テキスト「%1」を含んでいた</translation>
    </message>
    <message>
        <source>its sequence number is not the one the server was due to send</source>
        <translation>シーケンス番号が、サーバーが送るはずの番号と異なる</translation>
    </message>
    <message>
        <source>its sequence number is the one the server was due to send next</source>
        <translation>シーケンス番号が、サーバーが次に送るはずの番号と一致する</translation>
    </message>
    <message>
        <source>it carries TCP timestamps, like the server&apos;s packets</source>
        <translation>サーバーのパケットと同じく TCP タイムスタンプが付いている</translation>
    </message>
    <message numerus="yes">
        <source>The reset came from %n hop(s) away (TTL %1), but none of the server&apos;s own packets were seen to compare.</source>
        <translation>
            <numerusform>リセットは %n ホップ先（TTL %1）から届きましたが、比較に使えるサーバー自身のパケットを確認できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs on this computer, so distance cannot tell who sent the reset.</source>
        <translation>サーバーがこのコンピューター上で動作しているため、距離からはリセットの送信元を判断できません。</translation>
    </message>
    <message numerus="yes">
        <source>The reset arrived with TTL %1, from %n hop(s) away; the server&apos;s packets (%2) arrive with TTL %3, from %4 hops away: a device between you and the server sent it.</source>
        <translation>
            <numerusform>リセットは TTL %1（%n ホップ先）で届きましたが、サーバーのパケット（%2）は TTL %3（%4 ホップ先）で届いています。お使いのコンピューターとサーバーの間にある機器がリセットを送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from the same distance as the server&apos;s packets (%1): TTL %2, %n hop(s) away.</source>
        <translation>
            <numerusform>リセットは、サーバーのパケット（%1）と同じ距離から届きました（TTL %2、%n ホップ先）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reset came from further away (TTL %1, %n hop(s)) than the server&apos;s packets (TTL %2): something beyond the server, or a device that set its own TTL.</source>
        <translation>
            <numerusform>リセットは、サーバーのパケット（TTL %2）より遠く（TTL %1、%n ホップ先）から届きました。サーバーより先にある何か、または独自の TTL を設定した機器から送られた可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlike the server&apos;s own packets: %1.</source>
        <translation>サーバー自身のパケットと異なる点: %1。</translation>
    </message>
    <message>
        <source>Like the server&apos;s own packets: %1.</source>
        <translation>サーバー自身のパケットと同じ点: %1。</translation>
    </message>
    <message>
        <source>NAT routers and load balancers can change TTLs, and a device can copy the server&apos;s: this is strong evidence, not proof.</source>
        <translation>NAT ルーターやロードバランサーは TTL を変更することがあり、機器がサーバーの TTL をまねることもできます。そのため、これは有力な手がかりですが、確証ではありません。</translation>
    </message>
    <message>
        <source>This computer&apos;s system says why it sent the reset: %1 (%2).</source>
        <translation>このコンピューターのシステムがリセットを送った理由：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>ResetWatch</name>
    <message>
        <source>Without packet capture the watch cannot tell who sent each reset (%1).</source>
        <translation>パケットをキャプチャできないため、各リセットの送信元を判断できません（%1）。</translation>
    </message>
    <message>
        <source>Without the kernel&apos;s events the watch cannot name the program behind each reset (%1).</source>
        <translation>カーネルのイベントを利用できないため、各リセットに関係するプログラムを特定できません（%1）。</translation>
    </message>
    <message>
        <source>Only the system&apos;s count of resets is shown, without programs or servers.</source>
        <translation>システムが数えたリセットの件数だけを表示します（プログラムやサーバーは表示されません）。</translation>
    </message>
    <message>
        <source>The reset watch&apos;s helper stopped.</source>
        <translation>リセット監視のヘルパーが停止しました。</translation>
    </message>
    <message>
        <source>This system has no way to ask for permission here (pkexec is missing).</source>
        <translation>このシステムでは、ここで許可を求めることができません（pkexec がありません）。</translation>
    </message>
    <message>
        <source>Starting the reset watch...</source>
        <translation>リセット監視を開始しています...</translation>
    </message>
    <message>
        <source>Watching %1.</source>
        <translation>監視中: %1。</translation>
    </message>
    <message>
        <source>Resets counted by the system, for every program together.</source>
        <translation>システムが数えたリセットの件数です（すべてのプログラムの合計）。</translation>
    </message>
    <message>
        <source>No program on this computer has had a connection reset since the watch started.</source>
        <translation>監視を開始してから、このコンピューターのプログラムで接続がリセットされたことはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n reset(s) seen on this computer. The most: %1.</source>
        <translation>
            <numerusform>このコンピューターで %n 件のリセットを確認しました。最も多いもの: %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetWatchRules</name>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s), each after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>%1 の %2 への接続が %n 回リセットされました。いずれも、無通信の時間が%3～%4続いた後でした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s connections to %2 were reset %n time(s); %5 of them after %3 to %4 of quiet.</source>
        <translation>
            <numerusform>%1 の %2 への接続が %n 回リセットされました。そのうち %5 回は、無通信の時間が%3～%4続いた後でした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The resets were sent by %1.</source>
        <translation>リセットの送信元: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>パケットを確認できた %n 件のリセットは、すべてサーバーではなく途中の機器から送られていました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reset(s) whose packets were seen came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>パケットを確認できた %n 件のリセットのうち %1 件は、サーバーではなく途中の機器から送られていました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them refused the connection before it was established.</source>
        <translation>
            <numerusform>そのうち %n 件は、接続が確立する前に接続を拒否していました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 resets of connections to %n different server(s) came within 5 seconds, starting at %2.</source>
        <translation>
            <numerusform>%2 からの 5 秒間に、%n 台の異なるサーバーへの接続で %1 件のリセットが発生しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) was of a connection to the proxy server (%1).</source>
        <translation>
            <numerusform>%n 件のリセットは、すべてプロキシサーバー（%1）への接続で発生しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All traffic goes through the VPN, and %1 of the %n reset(s) came from a device on the way, not from the server.</source>
        <translation>
            <numerusform>すべての通信が VPN を経由しており、%n 件のリセットのうち %1 件は、サーバーではなく途中の機器から送られていました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n reset(s) of %1&apos;s connections to %2 was sent by the server itself.</source>
        <translation>
            <numerusform>%1 の %2 への接続で発生した %n 件のリセットは、すべてサーバー自身が送信したものです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 of the %n reset(s) of %1&apos;s connections to %2 were sent by the server itself.</source>
        <translation>
            <numerusform>%1 の %2 への接続で発生した %n 件のリセットのうち %3 件は、サーバー自身が送信したものです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The refusal&apos;s packets came from the server itself.</source>
        <translation>拒否のパケットは、サーバー自身から送られていました。</translation>
    </message>
    <message numerus="yes">
        <source>That device is %n hop(s) from you; the server is %1 hops away.</source>
        <translation>
            <numerusform>その機器はお使いのコンピューターから %n ホップ先にあり、サーバーは %1 ホップ先にあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The refusal&apos;s packets came from a device %n hop(s) from you, not from the server (%1 hops away).</source>
        <translation>
            <numerusform>拒否のパケットは、サーバー（%1 ホップ先）ではなく、お使いのコンピューターから %n ホップ先の機器から届きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of the resets were sent by %1.</source>
        <translation>リセットの主な送信元: %1。</translation>
    </message>
    <message numerus="yes">
        <source>This computer sent %n reset(s) that ended %1&apos;s connections to %2.</source>
        <translation>
            <numerusform>このコンピューターが %n 件のリセットを送り、%1 から %2 への接続を終わらせました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s reason for each: %1 (%2).</source>
        <translation>すべてについてのシステムの理由：%1（%2）。</translation>
    </message>
    <message>
        <source>The system&apos;s reason for most of them: %1 (%2).</source>
        <translation>大半についてのシステムの理由：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>ResetWording</name>
    <message>
        <source>the server</source>
        <translation>サーバー</translation>
    </message>
    <message numerus="yes">
        <source>a device %n hop(s) away</source>
        <translation>
            <numerusform>%n ホップ先の機器</numerusform>
        </translation>
    </message>
    <message>
        <source>a device between you and the server</source>
        <translation>お使いのコンピューターとサーバーの間にある機器</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>every program&apos;s connections, from the system&apos;s own events</source>
        <translation>すべてのプログラムの接続（システム自身のイベントから取得）</translation>
    </message>
    <message>
        <source>packets only, without the programs behind them</source>
        <translation>パケットのみ（どのプログラムの通信かは不明）</translation>
    </message>
    <message>
        <source>the system&apos;s count of resets only</source>
        <translation>システムが数えたリセットの件数のみ</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message numerus="yes">
        <source>about %n ms</source>
        <translation>
            <numerusform>約 %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>状態不明</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4): %5, sent by %6</source>
        <translation>%1 %2 → %3（%4）: %5、送信元: %6</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), sent by %3</source>
        <translation>
            <numerusform>%1 → %2: リセット %n 件、送信元: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, typically after %1 of quiet</source>
        <translation>、通常は無通信の時間が%1続いた後</translation>
    </message>
    <message>
        <source>none: it was in use</source>
        <translation>なし（使用中）</translation>
    </message>
    <message>
        <source>, typically while in use</source>
        <translation>、通常は使用中</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n reset(s), mostly sent by %3</source>
        <translation>
            <numerusform>%1 → %2: リセット %n 回（主な送信元: %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>the kernel gave no particular reason</source>
        <translation>カーネルは特に理由を示していません</translation>
    </message>
    <message>
        <source>nothing on this computer listens on that port any more, or the connection was already gone</source>
        <translation>このコンピューターではそのポートをもう何も待ち受けていないか、接続がすでになくなっていました</translation>
    </message>
    <message>
        <source>the program closed the connection before reading all that had arrived</source>
        <translation>プログラムが届いたデータをすべて読む前に接続を閉じました</translation>
    </message>
    <message>
        <source>the program closed the connection with data still unread</source>
        <translation>プログラムが未読のデータを残したまま接続を閉じました</translation>
    </message>
    <message>
        <source>the program had closed the connection, and the other side did not finish closing it in time</source>
        <translation>プログラムは接続を閉じていましたが、相手側が時間内に切断を完了しませんでした</translation>
    </message>
    <message>
        <source>the computer was out of memory for connections</source>
        <translation>コンピューターの接続用メモリーが不足していました</translation>
    </message>
    <message>
        <source>the other side stopped answering keep-alive checks</source>
        <translation>相手側がキープアライブの確認に応答しなくなりました</translation>
    </message>
    <message>
        <source>the program cut the connection off at once instead of closing it</source>
        <translation>プログラムが接続を正常に閉じずに即座に切断しました</translation>
    </message>
    <message>
        <source>the program disconnected with data still unread</source>
        <translation>プログラムが未読のデータを残したまま切断しました</translation>
    </message>
    <message>
        <source>%1; why: %2 (%3)</source>
        <translation>%1、理由：%2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server&apos;s name, then its address</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and other names</source>
        <translation>%1 ほか</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>What we found, most likely cause first.</source>
        <translation>調べた結果を、可能性の高い原因から順に表示します。</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>レポートをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Save the report as a web page, PDF, text or JSON file to send to your helpdesk</source>
        <translation>ヘルプデスクに送るために、レポートを Web ページ、PDF、テキスト、JSON のいずれかの形式で保存します</translation>
    </message>
    <message>
        <source>Your helpdesk asks you to send the report to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>ヘルプデスクから、レポートを &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; に送るよう依頼されています。</translation>
    </message>
    <message>
        <source>&amp;Include this server&apos;s resets from before this run (the background watch&apos;s log)</source>
        <translation>このサーバーの実行前のリセットを含める (バックグラウンド監視のログ)(&amp;I)</translation>
    </message>
    <message>
        <source>Adds what the background watch saw of this server&apos;s connections over the last 7 days, in any program, to the report and every export. Off unless you or your helpdesk turn it on.</source>
        <translation>バックグラウンド監視が過去 7 日間に見た、このサーバーへのすべてのプログラムの接続を、レポートとすべてのエクスポートに加えます。あなたかヘルプデスクがオンにしない限りオフです。</translation>
    </message>
</context>
<context>
    <name>RouteCheck</name>
    <message>
        <source>The routing table could not be read, so this step was skipped.</source>
        <translation>ルーティングテーブルを読み取れなかったため、この手順はスキップしました。</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1 経由</translation>
    </message>
    <message>
        <source>This computer has no way out to the internet: there is no default route (no router is set).</source>
        <translation>このコンピューターにはインターネットへの経路がありません。デフォルトルートがありません（ルーターが設定されていません）。</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves through %1.</source>
        <translation>インターネットへの通信は %1 から送出されます。</translation>
    </message>
    <message>
        <source>Traffic to the internet goes through the router %1 (%2).</source>
        <translation>インターネットへの通信はルーター %1 を経由します（%2）。</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Enter a web address or a server name, for example www.example.com or mail.example.com:993.</source>
        <translation>Web アドレスまたはサーバー名を入力してください（例: www.example.com、mail.example.com:993）。</translation>
    </message>
    <message>
        <source>The address is too long to be real; check what was pasted.</source>
        <translation>アドレスが長すぎるため、正しいアドレスとは考えられません。貼り付けた内容を確認してください。</translation>
    </message>
    <message>
        <source>The address contains a space; remove it and try again.</source>
        <translation>アドレスにスペースが含まれています。スペースを削除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This web address is not valid: %1</source>
        <translation>この Web アドレスは無効です: %1</translation>
    </message>
    <message>
        <source>The web address has no server name after &quot;%1://&quot;.</source>
        <translation>Web アドレスの「%1://」の後にサーバー名がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; addresses have no usual port; add one, for example %2:8080.</source>
        <translation>「%1」のアドレスには標準のポートがありません。ポートを追加してください（例: %2:8080）。</translation>
    </message>
    <message>
        <source>An IPv6 address in brackets needs a closing &quot;]&quot;.</source>
        <translation>角かっこで囲んだ IPv6 アドレスには、閉じかっこ「]」が必要です。</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address, as in [2001:db8::1]:443.</source>
        <translation>IPv6 アドレスの後にはポートしか指定できません（例: [2001:db8::1]:443）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>「%1」は有効な IPv6 アドレスではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address. Write IPv6 addresses with a port as [address]:port.</source>
        <translation>「%1」は有効なアドレスではありません。ポート付きの IPv6 アドレスは [アドレス]:ポート の形式で入力してください。</translation>
    </message>
    <message>
        <source>The server name is missing.</source>
        <translation>サーバー名がありません。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number. Ports are numbers from 1 to 65535.</source>
        <translation>ポート「%1」は数値ではありません。ポートには 1～65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>The port %1 is out of range. Ports are numbers from 1 to 65535.</source>
        <translation>ポート %1 は範囲外です。ポートには 1～65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>The server name is longer than %1 characters, which no real name is.</source>
        <translation>サーバー名が %1 文字を超えています。実際にこれほど長い名前はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>「%1」は有効なサーバー名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read two ways. Did you mean %2 (the address %3, port %4)? For the address %1 itself, write [%1].</source>
        <translation>「%1」は 2 通りに解釈できます。%2（アドレス %3、ポート %4）のことですか？アドレス %1 そのものを指定する場合は、[%1] と入力してください。</translation>
    </message>
</context>
<context>
    <name>TcpCountersCheck</name>
    <message>
        <source>This computer&apos;s connection statistics could not be read, so this step was skipped.</source>
        <translation>このコンピューターの接続統計を読み取れなかったため、この手順はスキップしました。</translation>
    </message>
    <message numerus="yes">
        <source>Connections on this computer were reset while we watched: %1 in %n second(s).</source>
        <translation>
            <numerusform>監視中に、このコンピューターの接続がリセットされました（%n 秒間に %1 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No connection on this computer was reset while we watched (%n second(s)).</source>
        <translation>
            <numerusform>監視中（%n 秒間）に、このコンピューターでリセットされた接続はありませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineSvg</name>
    <message>
        <source>Connections per second by how they ended, %1 to %2</source>
        <translation>終わり方別の 1 秒あたりの接続数（%1～%2）</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>1 秒あたり</translation>
    </message>
</context>
<context>
    <name>TlsSniExperiment</name>
    <message>
        <source>The service does not use a secure (TLS) connection, so this test does not apply.</source>
        <translation>このサービスは暗号化（TLS）接続を使用していないため、このテストは対象外です。</translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer.</source>
        <translation>このコンピューターでは暗号化接続を利用できません。</translation>
    </message>
    <message>
        <source>Secure connections are cut off because of the site&apos;s name: something between you and the server filters it.</source>
        <translation>サイト名が原因で暗号化接続が切断されています。お使いのコンピューターとサーバーの間にある何かが、サイト名でフィルタリングしています。</translation>
    </message>
    <message>
        <source>Secure connections are cut off during setup, whatever the site name.</source>
        <translation>サイト名に関係なく、暗号化接続が確立中に切断されます。</translation>
    </message>
    <message>
        <source>Secure connections to your service are set up normally.</source>
        <translation>サービスへの暗号化接続は正常に確立されます。</translation>
    </message>
    <message>
        <source>Secure connections to your service fail (%1).</source>
        <translation>サービスへの暗号化接続に失敗します（%1）。</translation>
    </message>
</context>
<context>
    <name>UnsupportedResetSource</name>
    <message>
        <source>Watching every program&apos;s resets is not available on this system yet.</source>
        <translation>このシステムでは、すべてのプログラムのリセットを監視する機能はまだ利用できません。</translation>
    </message>
</context>
<context>
    <name>VpnCheck</name>
    <message>
        <source>No VPN is switched on.</source>
        <translation>有効な VPN はありません。</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on and carries all your internet traffic; VPNs are a common cause of cut connections.</source>
        <translation>VPN（%1）が有効になっていて、インターネットへのすべての通信が VPN を経由しています。VPN は、接続が切断される原因としてよく見られます。</translation>
    </message>
    <message>
        <source>A VPN (%1) is switched on; it carries only some of your traffic.</source>
        <translation>VPN（%1）が有効になっています。VPN を経由するのは通信の一部だけです。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Practice &amp;example:</source>
        <translation>練習用の例(&amp;E):</translation>
    </message>
    <message>
        <source>Tell us what stopped working. We will test your connection step by step and tell you what to do.</source>
        <translation>何が使えなくなったかを教えてください。接続を順番にテストして、対処方法をお知らせします。</translation>
    </message>
    <message>
        <source>A website won&apos;t load</source>
        <translation>Web サイトが表示されない</translation>
    </message>
    <message>
        <source>An app shows an error</source>
        <translation>アプリにエラーが表示される</translation>
    </message>
    <message>
        <source>An upload fails</source>
        <translation>アップロードに失敗する</translation>
    </message>
    <message>
        <source>A remote server or SSH session drops</source>
        <translation>リモートサーバーや SSH セッションが切断される</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>What were you doing</source>
        <translation>行っていた操作</translation>
    </message>
    <message>
        <source>for example www.example.com or mail.example.com:993</source>
        <translation>例: www.example.com、mail.example.com:993</translation>
    </message>
    <message>
        <source>Web address or server name</source>
        <translation>Web アドレスまたはサーバー名</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>アドレスの問題</translation>
    </message>
    <message>
        <source>Optional: paste the error message you saw here</source>
        <translation>任意: 表示されたエラーメッセージをここに貼り付けてください</translation>
    </message>
    <message>
        <source>The error message you saw</source>
        <translation>表示されたエラーメッセージ</translation>
    </message>
    <message>
        <source>Practice example</source>
        <translation>練習用の例</translation>
    </message>
    <message>
        <source>&amp;What were you doing?</source>
        <translation>何をしていましたか？(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;here? (web address or server name)</source>
        <translation>接続先（Web アドレスまたはサーバー名）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>エラーメッセージ(&amp;E):</translation>
    </message>
    <message>
        <source>We do not recognise this message; the tests will find out what is happening.</source>
        <translation>このメッセージは認識できません。何が起きているかはテストで調べます。</translation>
    </message>
    <message>
        <source>Choose what you were doing when the connection failed</source>
        <translation>接続に失敗したときに行っていた操作を選びます</translation>
    </message>
    <message>
        <source>A server on this computer that fails in a known way, to practise on</source>
        <translation>練習用に、このコンピューター上で決まった失敗のしかたをするサーバーを使います</translation>
    </message>
    <message>
        <source>The address of the service whose connections fail</source>
        <translation>接続に失敗するサービスのアドレス</translation>
    </message>
    <message>
        <source>Optional: the error text; we explain it and take the address from it</source>
        <translation>任意: エラーの文章を入力すると、その意味を説明し、そこからアドレスを読み取ります</translation>
    </message>
    <message>
        <source>&amp;Open a saved report...</source>
        <translation>保存したレポートを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>For helpdesks: show a report someone sent you, as they saw it</source>
        <translation>ヘルプデスク向け: 送られてきたレポートを、送り主が見たとおりに表示します</translation>
    </message>
    <message>
        <source>Message from your helpdesk:</source>
        <translation>ヘルプデスクからのメッセージ:</translation>
    </message>
    <message>
        <source>Message from your helpdesk</source>
        <translation>ヘルプデスクからのメッセージ</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The fault lab could not start: %1</source>
        <translation>障害再現ラボを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>This message is not one we recognise, so we cannot say for sure what it means. Run a diagnosis against the service to find out what is happening.</source>
        <translation>このメッセージは認識できないため、意味をはっきりとは説明できません。何が起きているかを調べるには、サービスに対して診断を実行してください。</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>出力元: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>To find the cause: connection-doctor --headless --diagnose --target %1</source>
        <translation>原因を調べるには: connection-doctor --headless --diagnose --target %1</translation>
    </message>
    <message>
        <source>Run connection-doctor --help to see the options.</source>
        <translation>オプションを確認するには、connection-doctor --help を実行してください。</translation>
    </message>
    <message>
        <source>With --demo, --target names a fault lab scenario, such as reset-after-idle.</source>
        <translation>--demo を指定した場合、--target には reset-after-idle などの障害再現ラボのシナリオ名を指定します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: it is not a file. Give the service with --target.</source>
        <translation>予期しない引数「%1」があります（ファイルではありません）。サービスは --target で指定してください。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Neither --target nor the profile names the service to test.</source>
        <translation>--target にもプロファイルにも、テストするサービスが指定されていません。</translation>
    </message>
</context>
</TS>
