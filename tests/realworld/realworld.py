#!/usr/bin/env python3
"""Real-world test suite for the diagnosis (ctest: realworld).

Builds a small network out of three network namespaces and runs real
server software from Debian in it, each case set up the way users meet the
problem in the wild:

    client 10.93.1.2 --- 10.93.1.1 router 10.93.2.1 --- 10.93.2.2 server
    (the app)             (nftables, conntrack,          (nginx, haproxy)
                           squid, tinyproxy)

then runs `connection-doctor --headless --diagnose` in the client namespace
and checks the findings of its JSON report against what was set up.

Nothing leaves the namespaces: every endpoint the checks contact is pointed
at a server inside them, and each namespace's resolver at a closed
loopback port.

    realworld.py [--app PATH] [--case NAME ...] [--runs N] [--seed N]
                 [--table FILE] [--jobs N] [--list] [--keep]

Needs root and the programs in REQUIRED; without them it says why and exits
with 77 (ctest: skipped). Exit status 0 when every case passed (with --runs:
every case passed in at least 95% of its runs), 1 otherwise.

A case that needs something the app does not have yet (an option it does
not list in --help) is reported as PENDING and counts as not passed; a case
that does not apply to how the app works (SKIP) does not count.
"""

import argparse
import atexit
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

SKIP_RETURN_CODE = 77
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_APP = os.path.normpath(os.path.join(HERE, '..', '..', 'build', 'app', 'connection-doctor'))
REQUIRED = ['ip', 'nft', 'iptables', 'openvpn', 'conntrack', 'sysctl', 'nginx', 'haproxy', 'squid', 'tinyproxy', 'openssl', 'unshare']

CLIENT = '10.93.1.2'
ROUTER_CLIENT_SIDE = '10.93.1.1'
ROUTER_SERVER_SIDE = '10.93.2.1'
SERVER = '10.93.2.2'
INFRA_PORT = 81      # the server's second nginx: the endpoints the checks contact
WEB_PORT = 8080      # the service under test (not a TLS port: plain HTTP)
BACKEND_PORT = 8081  # nginx behind haproxy
TLS_PORT = 8443      # nginx with TLS, its certificate trusted by the app alone
HAPROXY_PORT = 9000
SQUID_PORT = 3128
TINYPROXY_PORT = 8888
PROBE_TIMEOUT_MS = 3000

# Every endpoint the app's checks contact, inside the namespaces
# (docs/endpoints.md). The environment variables are a second net.
ENDPOINTS = {
    'reachability': f'{SERVER}:{INFRA_PORT}',
    'reference_name': 'localhost',
    'reference_ports': str(INFRA_PORT),
    'captive_portal_url': f'http://{SERVER}:{INFRA_PORT}/generate_204',
    'captive_portal_status': '204',
}
ENDPOINT_ENV = {
    'CDOC_REACHABILITY': ENDPOINTS['reachability'],
    'CDOC_REFERENCE_NAME': ENDPOINTS['reference_name'],
    'CDOC_REFERENCE_PORTS': ENDPOINTS['reference_ports'],
    'CDOC_CAPTIVE_PORTAL_URL': ENDPOINTS['captive_portal_url'],
    'CDOC_CAPTIVE_PORTAL_STATUS': ENDPOINTS['captive_portal_status'],
}

# ---------------------------------------------------------------------------
# Processes and namespaces this script made, undone on any exit.

_lock = threading.Lock()
_procs = []       # every Popen this script started (servers and the app)
_namespaces = []  # every namespace it created
_cleaned = False


def _kill(proc):
    if proc.poll() is not None:
        return
    try:
        # Each was started in a session of its own: its group is it and
        # its children (nginx's workers), nothing else.
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=3)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            pass


def cleanup():
    global _cleaned
    with _lock:
        if _cleaned:
            return
        _cleaned = True
        procs = list(_procs)
        namespaces = list(_namespaces)
    for p in reversed(procs):  # the app first, then the servers it talks to
        _kill(p)
    for ns in namespaces:
        subprocess.run(['ip', 'netns', 'delete', ns], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(f'/etc/netns/{ns}', ignore_errors=True)


def _on_signal(signum, _frame):
    print(f'realworld: interrupted by signal {signum}; servers stopped, namespaces removed', flush=True)
    cleanup()
    os._exit(128 + signum)


OWN_PROGRAMS = ('nginx', 'haproxy', 'squid', 'tinyproxy', 'connection-doctor')


def remove_leftovers():
    """Namespaces of an earlier run that could not clean up (killed by a
    ctest timeout): those whose run's process is gone, with the servers
    that run started in them."""
    listed = subprocess.run(['ip', 'netns', 'list'], capture_output=True, text=True).stdout
    for line in listed.splitlines():
        m = re.match(r'^(cdrw-[crs]-(\d+)(?:-\d+)?)\b', line)
        if not m:
            continue
        ns, pid = m.group(1), int(m.group(2))
        try:
            os.kill(pid, 0)
            continue  # its run is still going
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        pids = subprocess.run(['ip', 'netns', 'pids', ns], capture_output=True, text=True).stdout.split()
        for p in pids:
            try:
                with open(f'/proc/{p}/comm') as f:
                    comm = f.read().strip()
                if any(comm.startswith(name[:15]) for name in OWN_PROGRAMS):
                    os.kill(int(p), signal.SIGKILL)
            except (OSError, ValueError):
                pass
        subprocess.run(['ip', 'netns', 'delete', ns], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(f'/etc/netns/{ns}', ignore_errors=True)
        print(f'realworld: removed {ns}, left over by an earlier run (pid {pid})')


def spawn(argv, log_path, env=None):
    with _lock:
        if _cleaned:
            raise RuntimeError('cleaning up')
        log = open(log_path, 'ab')
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, env=env)
        log.close()
        _procs.append(proc)
    return proc


def wait_for_app(app, bound_s=180):
    """A build in progress replaces the app: it may be missing a moment."""
    deadline = time.monotonic() + bound_s
    while not os.access(app, os.X_OK) and time.monotonic() < deadline:
        time.sleep(2)
    return os.access(app, os.X_OK)


def run(argv, input=None, timeout=30, check=True):
    r = subprocess.run(argv, input=input, capture_output=True, text=True, timeout=timeout)
    if check and r.returncode != 0:
        raise RuntimeError(f'{" ".join(argv)} failed ({r.returncode}): {(r.stderr or r.stdout).strip()}')
    return r


def tail(path, lines=15):
    try:
        with open(path, errors='replace') as f:
            return ''.join(f.readlines()[-lines:]).rstrip()
    except OSError:
        return ''


# ---------------------------------------------------------------------------
# The network: client -- router -- server.

class Lab:
    """Three namespaces, the infrastructure server, and what a case adds."""

    def __init__(self, slot, root_dir):
        suffix = str(os.getpid()) if slot == 0 else f'{os.getpid()}-{slot}'
        self.client, self.router, self.server = (f'cdrw-{x}-{suffix}' for x in 'crs')
        self.dir = os.path.join(root_dir, f'lab{slot}')
        os.makedirs(self.dir)
        os.chmod(self.dir, 0o755)
        self.case_procs = []
        self.case_dir = None
        self.sysctl_defaults = {}

    # -- building --------------------------------------------------------
    def ns_exec(self, ns, argv, **kw):
        return run(['ip', 'netns', 'exec', ns] + argv, **kw)

    def create(self):
        for ns in (self.client, self.router, self.server):
            run(['ip', 'netns', 'add', ns])
            with _lock:
                _namespaces.append(ns)
            # `ip netns exec` mounts this over /etc/resolv.conf: names
            # resolve nowhere outside.
            os.makedirs(f'/etc/netns/{ns}', exist_ok=True)
            with open(f'/etc/netns/{ns}/resolv.conf', 'w') as f:
                f.write('nameserver 127.0.0.1\noptions timeout:1 attempts:1\n')
            run(['ip', '-n', ns, 'link', 'set', 'lo', 'up'])
        c, r, s = self.client, self.router, self.server
        run(['ip', '-n', c, 'link', 'add', 'rw0', 'type', 'veth', 'peer', 'name', 'rwc', 'netns', r])
        run(['ip', '-n', r, 'link', 'add', 'rws', 'type', 'veth', 'peer', 'name', 'rw0', 'netns', s])
        for ns, dev, addr in ((c, 'rw0', CLIENT), (r, 'rwc', ROUTER_CLIENT_SIDE),
                              (r, 'rws', ROUTER_SERVER_SIDE), (s, 'rw0', SERVER)):
            run(['ip', '-n', ns, 'addr', 'add', f'{addr}/24', 'dev', dev])
            run(['ip', '-n', ns, 'link', 'set', dev, 'up'])
        run(['ip', '-n', c, 'route', 'add', 'default', 'via', ROUTER_CLIENT_SIDE])
        run(['ip', '-n', s, 'route', 'add', 'default', 'via', ROUTER_SERVER_SIDE])
        self.ns_exec(r, ['sysctl', '-qw', 'net.ipv4.ip_forward=1'])
        # The router's conntrack, loaded now so its sysctls exist, and
        # their defaults, to put back after each case.
        self.ns_exec(r, ['nft', '-f', '-'], input='table inet cdrw_probe { chain c { type filter hook forward priority 0; ct state new counter; }; }\n')
        self.ns_exec(r, ['nft', 'delete', 'table', 'inet', 'cdrw_probe'])
        for key in ('net.netfilter.nf_conntrack_tcp_timeout_established', 'net.netfilter.nf_conntrack_tcp_loose'):
            self.sysctl_defaults[key] = self.ns_exec(r, ['sysctl', '-n', key]).stdout.strip()
        # The endpoints the checks contact: a second nginx on the server.
        infra = os.path.join(self.dir, 'infra')
        os.makedirs(infra)
        conf = nginx_conf(infra, f'{SERVER}:{INFRA_PORT}')
        self.start_server('infra-nginx', s, nginx_argv(infra, conf), (SERVER, INFRA_PORT), persistent=True,
                          workdir=infra)

    # -- servers ---------------------------------------------------------
    def start_server(self, name, ns, argv, listen, persistent=False, workdir=None):
        log = os.path.join(workdir or self.case_dir, f'{name}.log')
        proc = spawn(['ip', 'netns', 'exec', ns] + argv, log)
        if not persistent:
            self.case_procs.append(proc)
        self.wait_listening(name, proc, listen, log)
        return proc

    def start_process(self, name, ns, argv):
        """A case's program that listens on nothing the test can poll (a
        VPN end): started, logged, ended with the case."""
        log = os.path.join(self.case_dir, f'{name}.log')
        proc = spawn(['ip', 'netns', 'exec', ns] + argv, log)
        self.case_procs.append(proc)
        return proc

    def wait_listening(self, name, proc, listen, log, bound_s=15):
        """Polls with TCP connects from the client namespace, as the app will."""
        host, port = listen
        deadline = time.monotonic() + bound_s
        poller = ('import socket,sys,time\n'
                  'h,p,d=sys.argv[1],int(sys.argv[2]),time.monotonic()+float(sys.argv[3])\n'
                  'while time.monotonic()<d:\n'
                  '    try:\n'
                  '        socket.create_connection((h,p),0.5).close(); sys.exit(0)\n'
                  '    except OSError: time.sleep(0.05)\n'
                  'sys.exit(1)\n')
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f'{name} exited with {proc.returncode} before listening on {host}:{port}:\n{tail(log)}')
            r = subprocess.run(['ip', 'netns', 'exec', self.client, sys.executable, '-c', poller, host, str(port), '1'],
                               capture_output=True)
            if r.returncode == 0:
                return
        raise RuntimeError(f'{name} did not listen on {host}:{port} within {bound_s} s:\n{tail(log)}')

    # -- between cases ---------------------------------------------------
    def begin_case(self, tag):
        self.case_dir = os.path.join(self.dir, tag)
        os.makedirs(self.case_dir)
        # squid and tinyproxy drop root and write their logs here.
        os.chmod(self.case_dir, 0o777)

    def end_case(self):
        for p in self.case_procs:
            _kill(p)
        self.case_procs = []
        self.ns_exec(self.router, ['nft', 'flush', 'ruleset'], check=False)
        self.ns_exec(self.router, ['iptables', '-F'], check=False)
        self.ns_exec(self.router, ['ip', 'link', 'set', 'rws', 'mtu', '1500'], check=False)
        for key, value in self.sysctl_defaults.items():
            self.ns_exec(self.router, ['sysctl', '-qw', f'{key}={value}'], check=False)
        self.ns_exec(self.router, ['conntrack', '-F'], check=False)

    def router_rules(self, ruleset):
        self.ns_exec(self.router, ['nft', '-f', '-'], input=ruleset)

    def router_sysctl(self, **values):
        for key, value in values.items():
            self.ns_exec(self.router, ['sysctl', '-qw', f'net.netfilter.{key}={value}'])

    # -- the app ---------------------------------------------------------
    def run_app(self, app, target, budget, extra_args, timeout_ms=PROBE_TIMEOUT_MS, trusted_certs=None):
        json_path = os.path.join(self.case_dir, 'report.json')
        home = os.path.join(self.case_dir, 'home')
        os.makedirs(home, exist_ok=True)
        env = ['PATH=/usr/sbin:/usr/bin:/sbin:/bin', f'HOME={home}', 'QT_QPA_PLATFORM=offscreen',
               'LANG=C.UTF-8', 'LC_ALL=C.UTF-8', f'XDG_CONFIG_HOME={home}/config', f'XDG_DATA_HOME={home}/data',
               f'XDG_CACHE_HOME={home}/cache', f'XDG_RUNTIME_DIR={home}/run']
        env += [f'{k}={v}' for k, v in ENDPOINT_ENV.items()]
        for var in ('ASAN_OPTIONS', 'UBSAN_OPTIONS', 'LSAN_OPTIONS'):  # a sanitizer build
            if var in os.environ:
                env.append(f'{var}={os.environ[var]}')
        os.makedirs(f'{home}/run', mode=0o700, exist_ok=True)
        args = [app, '--headless', '--lang', 'en', '--target', target, '--diagnose', '--budget', str(budget),
                '--timeout', str(timeout_ms), '--json', json_path]
        for key, value in ENDPOINTS.items():
            args += ['--endpoint', f'{key}={value}']
        args += extra_args
        argv = ['ip', 'netns', 'exec', self.client]
        if trusted_certs:
            # The app's own mount namespace, where the test's certificates
            # are the system's: nothing outside it changes.
            argv += ['unshare', '--mount', '--propagation', 'private', 'sh', '-c',
                     'mount --bind "$0" /etc/ssl/certs && exec "$@"', trusted_certs]
        argv += ['env', '-i'] + env + args
        log = os.path.join(self.case_dir, 'app.log')
        for attempt in range(2):
            wait_for_app(app)
            started = time.monotonic()
            proc = spawn(argv, log)
            try:
                rc = proc.wait(timeout=budget + 90)
            except subprocess.TimeoutExpired:
                _kill(proc)
                rc = None
            elapsed = time.monotonic() - started
            report = None
            try:
                with open(json_path) as f:
                    report = json.load(f)
            except (OSError, ValueError):
                pass
            # The app is rebuilt now and then: one that failed at once may
            # have been half written. Once more, a little later.
            if report is not None or elapsed > 5 or attempt == 1:
                break
            time.sleep(20)
        return AppRun(argv=args, rc=rc, elapsed=elapsed, report=report, log=log)


class AppRun:
    def __init__(self, argv, rc, elapsed, report, log):
        self.argv, self.rc, self.elapsed, self.report, self.log = argv, rc, elapsed, report, log


# ---------------------------------------------------------------------------
# Server configurations, written into each case's folder.

def write(path, text):
    with open(path, 'w') as f:
        f.write(text)
    return path


# What nginx does with a request: answer at once (it reads no body, and an
# upload answered before it was taken counts as not tested), or read the
# whole body first, as an upload endpoint does (nginx buffers a request
# body before it passes the request on).
ANSWER_AT_ONCE = 'return 200 "ok\\n";'
READ_BODY_FIRST = f'proxy_pass http://{SERVER}:{INFRA_PORT}/generate_204;'


def nginx_conf(d, listen, http_extra='', server_extra='', worker_connections=512, handler=ANSWER_AT_ONCE):
    return write(os.path.join(d, 'nginx.conf'), f'''
user root;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/nginx-error.log info;
events {{ worker_connections {worker_connections}; }}
http {{
    access_log {d}/nginx-access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    default_type text/plain;
{http_extra}
    server {{
        listen {listen};
{server_extra}
        location = /generate_204 {{ return 204; }}
        location / {{ {handler} }}
    }}
}}
''')


def nginx_argv(d, conf):
    return ['nginx', '-p', d, '-e', f'{d}/nginx-error.log', '-c', conf, '-g', 'daemon off;']


def start_nginx(lab, listen_port, http_extra='', name='nginx', tls=False, worker_connections=512, handler=ANSWER_AT_ONCE,
                listen_host=SERVER):
    d = os.path.join(lab.case_dir, name)
    os.makedirs(d)
    server_extra = ''
    if tls:
        # A certificate for the server's address, trusted by the app only:
        # run_app puts its directory over /etc/ssl/certs in the app's own
        # mount namespace, so the app verifies it as it would any other.
        certs = os.path.join(lab.case_dir, 'trusted-certs')
        os.makedirs(certs, exist_ok=True)
        run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', f'/CN={SERVER}',
             '-addext', f'subjectAltName=IP:{SERVER}', '-keyout', f'{d}/key.pem', '-out', f'{certs}/server.pem'])
        run(['openssl', 'rehash', certs])
        server_extra = f'        ssl_certificate {certs}/server.pem;\n        ssl_certificate_key {d}/key.pem;'
    listen = f'{listen_host}:{listen_port} ssl' if tls else f'{listen_host}:{listen_port}'
    conf = nginx_conf(d, listen, http_extra, server_extra, worker_connections, handler)
    return lab.start_server(name, lab.server, nginx_argv(d, conf), (SERVER, listen_port), workdir=d)


# The scenarios other than the two about nginx's body size limit take it
# away, so that each has one fault only: the one under test.
NO_BODY_LIMIT = '    client_max_body_size 0;'


def haproxy_conf(d, mode, timeout_s, nolinger):
    http = mode == 'http'
    return write(os.path.join(d, 'haproxy.cfg'), f'''
global
    maxconn 512
    pidfile {d}/haproxy.pid
defaults
    mode {mode}
    timeout connect 3s
    timeout client {timeout_s}s
    timeout server 60s
{f"    timeout http-keep-alive {timeout_s}s" if http else ""}
frontend fe
    bind {SERVER}:{HAPROXY_PORT}
{"    option nolinger" if nolinger else ""}
    default_backend be
backend be
    server web {SERVER}:{BACKEND_PORT}
''')


def squid_conf(d):
    return write(os.path.join(d, 'squid.conf'), f'''
# Debian's stock access rules: CONNECT only to SSL ports.
acl localnet src 10.93.0.0/16
acl SSL_ports port 443
acl Safe_ports port 80 21 443 70 210 1025-65535 280 488 591 777
acl CONNECT method CONNECT
http_access deny !Safe_ports
http_access deny CONNECT !SSL_ports
http_access allow localnet
http_access deny all
http_port {ROUTER_CLIENT_SIDE}:{SQUID_PORT}
pid_filename {d}/squid.pid
cache_log {d}/squid-cache.log
access_log stdio:{d}/squid-access.log
cache_store_log none
netdb_filename none
coredump_dir {d}
cache_mem 8 MB
dns_nameservers 127.0.0.1
shutdown_lifetime 0 seconds
cache_effective_user proxy
''')


def tinyproxy_conf(d, connect_ports=(443,)):
    lines = ''.join(f'ConnectPort {p}\n' for p in connect_ports)
    return write(os.path.join(d, 'tinyproxy.conf'), f'''
User nobody
Group nogroup
Port {TINYPROXY_PORT}
Listen {ROUTER_CLIENT_SIDE}
Timeout 600
MaxClients 100
Allow 10.93.1.0/24
LogLevel Info
PidFile "{d}/tinyproxy.pid"
LogFile "{d}/tinyproxy-log.log"
{lines}''')


# ---------------------------------------------------------------------------
# Case setups: each starts what the case needs and says what it set.

class Setup:
    """what: what was set, in words; `{v}` in it stands for the value
    chosen at random (varied), so that runs can be summed up in one line."""

    def __init__(self, target, what, varied='', budget=20, app_args=(), params=None, after=None, trusted_certs=None):
        self.target, self.template, self.varied, self.budget = target, what, varied, budget
        self.trusted_certs = trusted_certs  # a directory the app trusts instead of /etc/ssl/certs
        self.what = what.replace('{v}', varied)
        self.app_args = list(app_args)
        self.params = params or {}
        self.after = after  # called with (lab, run): may turn the case into SKIP


def idle_budget(timeout_s):
    # The idle experiment gets half the budget, less two probe timeouts (the
    # answer before the hold and the request after it), for its longest
    # hold; a drop needs the two holds after the timeout to confirm it.
    return max(20, 2 * (timeout_s + 2 + 2 * PROBE_TIMEOUT_MS // 1000) + 2)


def setup_healthy_nginx(lab, rng):
    start_nginx(lab, WEB_PORT)
    return Setup(f'{SERVER}:{WEB_PORT}', 'nginx, stock settings (client_max_body_size 1m)')


def setup_nginx_body_limit(lab, rng):
    limit_k = rng.randint(200, 600)
    start_nginx(lab, WEB_PORT, http_extra=f'    client_max_body_size {limit_k}k;', handler=READ_BODY_FIRST)
    return Setup(f'{SERVER}:{WEB_PORT}', 'nginx client_max_body_size {v} (an upload endpoint: reads the body, then answers), app --activity upload', f'{limit_k}k',
                 app_args=['--activity', 'upload'], params={'limit_bytes': limit_k * 1024})


def setup_nginx_tls_body_limit(lab, rng):
    limit_k = rng.randint(200, 600)
    start_nginx(lab, TLS_PORT, http_extra=f'    client_max_body_size {limit_k}k;', tls=True, handler=READ_BODY_FIRST)
    return Setup(f'https://{SERVER}:{TLS_PORT}/', 'nginx with TLS, client_max_body_size {v} (an upload endpoint), app --activity upload',
                 f'{limit_k}k', app_args=['--activity', 'upload'], params={'limit_bytes': limit_k * 1024},
                 trusted_certs=os.path.join(lab.case_dir, 'trusted-certs'))


def setup_nginx_keepalive(lab, rng):
    t = rng.choice([4, 5, 6, 7])
    start_nginx(lab, WEB_PORT, http_extra=f'    keepalive_timeout {t}s;\n{NO_BODY_LIMIT}')
    return Setup(f'{SERVER}:{WEB_PORT}', 'nginx keepalive_timeout {v} (no body size limit)', f'{t}s', budget=idle_budget(t),
                 params={'idle_s': t})


def setup_haproxy(mode, nolinger):
    def setup(lab, rng):
        t = rng.choice([4, 5, 6, 7])
        start_nginx(lab, BACKEND_PORT, http_extra=NO_BODY_LIMIT, name='backend-nginx')
        d = os.path.join(lab.case_dir, 'haproxy')
        os.makedirs(d)
        conf = haproxy_conf(d, mode, t, nolinger)
        lab.start_server('haproxy', lab.server, ['haproxy', '-f', conf, '-db'], (SERVER, HAPROXY_PORT), workdir=d)
        what = f'haproxy mode {mode}, timeout client {{v}}'
        if mode == 'http':
            what += ', timeout http-keep-alive {v}'
        what += ', option nolinger' if nolinger else ''
        return Setup(f'{SERVER}:{HAPROXY_PORT}', what + ', nginx (no body size limit) behind', f'{t}s',
                     budget=idle_budget(t), params={'idle_s': t})
    return setup


def setup_squid_denied(lab, rng):
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT)
    d = os.path.join(lab.case_dir, 'squid')
    os.makedirs(d)
    os.chmod(d, 0o777)
    conf = squid_conf(d)
    lab.start_server('squid', lab.router, ['squid', '-N', '-f', conf], (ROUTER_CLIENT_SIDE, SQUID_PORT), workdir=d)
    return Setup(f'{SERVER}:{WEB_PORT}', f'squid on the router, stock "deny CONNECT !SSL_ports", target port {WEB_PORT}',
                 app_args=['--proxy', f'http://{ROUTER_CLIENT_SIDE}:{SQUID_PORT}'])


def setup_tinyproxy_denied(lab, rng):
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT)
    d = os.path.join(lab.case_dir, 'tinyproxy')
    os.makedirs(d)
    os.chmod(d, 0o777)
    conf = tinyproxy_conf(d, connect_ports=(443,))
    lab.start_server('tinyproxy', lab.router, ['tinyproxy', '-d', '-c', conf], (ROUTER_CLIENT_SIDE, TINYPROXY_PORT),
                     workdir=d)
    return Setup(f'{SERVER}:{WEB_PORT}', f'tinyproxy on the router, ConnectPort 443 only, target port {WEB_PORT}',
                 app_args=['--proxy', f'http://{ROUTER_CLIENT_SIDE}:{TINYPROXY_PORT}'])


def setup_conntrack(verdict):
    def setup(lab, rng):
        t = rng.choice([4, 5, 6, 7])
        start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT)
        action = 'reject with tcp reset' if verdict == 'reset' else 'drop'
        lab.router_rules(f'''
table inet cdrw {{
    chain forward {{
        type filter hook forward priority 0; policy accept;
        ct state established,related accept
        tcp flags & (fin|syn|rst|ack) == syn ct state new accept
        meta l4proto tcp ct state invalid {action}
        meta l4proto tcp ct state new {action}
    }}
}}
''')
        lab.router_sysctl(nf_conntrack_tcp_timeout_established=t, nf_conntrack_tcp_loose=0)
        return Setup(f'{SERVER}:{WEB_PORT}',
                     f'router: conntrack established timeout {{v}}, loose 0, ct state invalid -> {action}; '
                     'nginx, no body size limit', f'{t}s', budget=idle_budget(t), params={'idle_s': t})
    return setup


def setup_nft_random_reset(lab, rng):
    # A flat share: of every 20 new connections, the same k (a seeded
    # random choice of residues) have their first data packet reset.
    k = rng.randint(2, 12)
    marked = sorted(rng.sample(range(20), k))
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT)
    lab.router_rules(f'''
table inet cdrw {{
    chain forward {{
        type filter hook forward priority 0; policy accept;
        ip daddr {SERVER} tcp dport {WEB_PORT} ct state new ct mark set numgen inc mod 20
        ip daddr {SERVER} tcp dport {WEB_PORT} tcp flags & psh == psh ct mark {{ {", ".join(map(str, marked))} }} reject with tcp reset
    }}
}}
''')
    share = k / 20
    return Setup(f'{SERVER}:{WEB_PORT}',
                 'router resets the first data packet of {v} of new connections (nft numgen), nginx, no body size limit',
                 f'{share:.0%}', params={'share': share})


def setup_healthy_nginx_no_limit(lab, rng):
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT)
    return Setup(f'{SERVER}:{WEB_PORT}', 'nginx, no body size limit: nothing wrong')


def setup_ips_path_word(lab, rng):
    # An intrusion-prevention rule on the router: any packet to the web
    # port that carries the word is answered with a reset (to the client,
    # in the server's name), as iptables' string match does on such boxes.
    word = rng.choice(['forbidden', 'secret-admin', 'wp-login'])
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT)
    lab.ns_exec(lab.router, ['iptables', '-A', 'FORWARD', '-p', 'tcp', '-d', SERVER, '--dport', str(WEB_PORT),
                             '-m', 'string', '--algo', 'bm', '--string', word, '-j', 'REJECT', '--reject-with', 'tcp-reset'])
    return Setup(f'http://{SERVER}:{WEB_PORT}/{word}/index.html',
                 'router: iptables string match "{v}" in requests to the web port -> REJECT --reject-with tcp-reset; nginx',
                 word, params={'word': word})


def setup_mtu_black_hole(lab, rng):
    # A link on the way that carries smaller packets (a tunnel, PPPoE),
    # with the ICMP "fragmentation needed" that would tell the client
    # filtered; nginx answers at once, without reading the upload.
    mtu = rng.choice([1280, 1360, 1400, 1420, 1440])
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT)
    lab.ns_exec(lab.router, ['ip', 'link', 'set', 'rws', 'mtu', str(mtu)])
    lab.router_rules('''
table inet cdrw {
    chain output {
        type filter hook output priority 0; policy accept;
        icmp type destination-unreachable drop
        icmpv6 type packet-too-big drop
    }
}
''')
    return Setup(f'{SERVER}:{WEB_PORT}', 'router link to the server with MTU {v}, ICMP "fragmentation needed" dropped; nginx answers at once',
                 str(mtu), params={'mtu': mtu})


VPN_CLIENT = '10.94.0.1'
VPN_SERVER = '10.94.0.2'
VPN_PORT = 1194


def setup_openvpn_mtu(lab, rng):
    # A real OpenVPN tunnel (a static key, UDP) from the client to the
    # server whose tunnel MTU is the link's 1500: its packets, with the
    # tunnel's overhead, do not fit the link, path MTU discovery on the
    # tunnel's socket keeps them whole (DF) and nothing clamps the MSS. The
    # usual VPN that breaks uploads.
    key = os.path.join(lab.case_dir, 'static.key')
    run(['openvpn', '--genkey', 'secret', key])
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT, listen_host='0.0.0.0')
    common = ['openvpn', '--dev', 'tun0', '--secret', key, '--cipher', 'AES-256-CBC', '--auth', 'SHA256',
              '--proto', 'udp', '--tun-mtu', '1500', '--mssfix', '0', '--mtu-disc', 'yes', '--verb', '3']
    lab.start_process('openvpn-server', lab.server, common + ['--ifconfig', VPN_SERVER, VPN_CLIENT, '--lport', str(VPN_PORT)])
    client = lab.start_process('openvpn-client', lab.client,
                               common + ['--ifconfig', VPN_CLIENT, VPN_SERVER, '--remote', SERVER, str(VPN_PORT), '--nobind'])
    log = os.path.join(lab.case_dir, 'openvpn-client.log')
    lab.wait_listening('openvpn-client', client, (VPN_SERVER, WEB_PORT), log, bound_s=30)
    return Setup(f'{VPN_SERVER}:{WEB_PORT}',
                 'OpenVPN tunnel (static key, UDP) with tun-mtu {v} over a 1500-byte link, mtu-disc yes, no mssfix; nginx through it',
                 '1500', params={'mtu_below': 1500})


def setup_nginx_few_workers(lab, rng):
    # Too few connections for a busy moment: past them nginx closes new
    # ones ("worker_connections are not enough"), without an answer.
    n = rng.choice([8, 10, 12])
    start_nginx(lab, WEB_PORT, http_extra=NO_BODY_LIMIT + '\n    keepalive_timeout 0;', worker_connections=n)
    return Setup(f'{SERVER}:{WEB_PORT}', 'nginx worker_connections {v} (one worker), no body size limit', str(n),
                 params={'workers': n})


# ---------------------------------------------------------------------------
# Expectations: each takes the report and the case's parameters and returns
# (passed, what it saw).

def findings_of(report):
    return report.get('findings') or []


def find(report, fid):
    return next((f for f in findings_of(report) if f.get('id') == fid), None)


def short(value):
    if isinstance(value, float):
        return f'{value:.3f}'
    if isinstance(value, list):
        return '[' + ', '.join(short(v) for v in value) + ']'
    return json.dumps(value)


def describe(f):
    if not f:
        return 'none'
    data = f.get('data') or {}
    keys = [k for k in ('idle_timeout_ms', 'end', 'payload_limit_bytes', 'rejected_by', 'reset_share',
                        'reset_share_ci') if k in data]
    extra = ', '.join(f'{k}={short(data[k])}' for k in keys)
    return f'{f.get("id")} ({f.get("confidence", 0):.2f}{", " + extra if extra else ""})'


class Expect:
    """awaiting: the app change the expectation waits for; note: what to
    know when it fails."""

    def __init__(self, text, fn, awaiting=None, note=None):
        self.text, self.fn, self.awaiting, self.note = text, fn, awaiting, note


def top_is(fid):
    def fn(rep, p):
        top = (findings_of(rep) or [None])[0]
        return top is not None and top.get('id') == fid, f'top finding {describe(top)}'
    return Expect(f'the top finding is {fid}', fn)


def top_is_not(fid):
    def fn(rep, p):
        top = (findings_of(rep) or [None])[0]
        return top is not None and top.get('id') != fid, f'top finding {describe(top)}'
    return Expect(f'the top finding is not {fid}', fn)


def not_likely(fid):
    def fn(rep, p):
        f = find(rep, fid)
        return f is None or f.get('confidence', 1) < 0.5, describe(f) if f else f'no {fid} finding'
    return Expect(f'no {fid} finding at 0.5 or more', fn)


def has_finding(fid):
    def fn(rep, p):
        f = find(rep, fid)
        return f is not None, f'{describe(f)}; findings: {", ".join(x["id"] for x in findings_of(rep)) or "none"}'
    return Expect(f'a {fid} finding', fn)


def no_reset_claimed():
    def fn(rep, p):
        claims = [f['id'] for f in findings_of(rep) if ((f.get('data') or {}).get('reset_share') or 0) > 0]
        resets = [pr for pr in rep.get('probes') or [] if pr.get('outcome') == 'reset']
        return not claims and not resets, (f'findings with reset_share > 0: {claims or "none"}; '
                                           f'probes reset: {len(resets)} of {len(rep.get("probes") or [])}')
    return Expect('no finding claims a reset, no probe was reset', fn)


def payload_limit_weak_if_any():
    def fn(rep, p):
        f = find(rep, 'payload-limit')
        if f is None:
            return True, 'no payload-limit finding'
        data = f.get('data') or {}
        ok = f.get('confidence', 1) < 0.5 and data.get('rejected_by') == 'http-413'
        return ok, describe(f)
    return Expect('a payload-limit finding, if any, has confidence < 0.5 and rejected_by "http-413"', fn,
                  awaiting='payload-limit below 0.5 when the activity is not an upload, and data.rejected_by')


def payload_limit_near(tolerance):
    def fn(rep, p):
        f = find(rep, 'payload-limit')
        got = ((f or {}).get('data') or {}).get('payload_limit_bytes')
        want = p['limit_bytes']
        ok = isinstance(got, (int, float)) and abs(got - want) <= tolerance * want
        return ok, f'payload_limit_bytes {got} vs {want} set (±{tolerance:.0%}); {describe(f)}'
    return Expect(f'payload-limit within ±{tolerance:.0%} of the limit', fn)


def data_equals(fid, key, value, awaiting=None, note=None):
    def fn(rep, p):
        f = find(rep, fid)
        got = ((f or {}).get('data') or {}).get(key)
        return got == value, f'{fid} data.{key} = {json.dumps(got)}'
    return Expect(f'{fid} data.{key} == "{value}"', fn, awaiting, note)


def idle_near(tolerance):
    def fn(rep, p):
        f = find(rep, 'idle-timeout')
        got = ((f or {}).get('data') or {}).get('idle_timeout_ms')
        want = p['idle_s'] * 1000
        ok = isinstance(got, (int, float)) and abs(got - want) <= tolerance * want
        if f is None:
            idle = next((c for c in rep.get('checks') or [] if c.get('id') == 'experiments.idle-timeout'), {})
            return False, f'no idle-timeout finding; experiments.idle-timeout: {idle.get("status")}: {idle.get("summary")}'
        return ok, f'idle_timeout_ms {got} vs {want} set (±{tolerance:.0%}); {describe(f)}'
    return Expect(f'an idle-timeout finding within ±{tolerance:.0%} of the timeout', fn)


def reset_share_covers():
    def fn(rep, p):
        share = p['share']
        carriers = [f for f in findings_of(rep) if 'reset_share' in (f.get('data') or {})]
        if not carriers:
            return False, f'no finding has data.reset_share; findings: {"; ".join(describe(f) for f in findings_of(rep))}'
        for f in carriers:
            ci = f['data'].get('reset_share_ci')
            if isinstance(ci, list) and len(ci) == 2 and ci[0] <= share <= ci[1]:
                return True, f'{describe(f)} covers {share:.2f}'
        return False, f'{"; ".join(describe(f) for f in carriers)}: none covers {share:.2f}'
    return Expect('a finding\'s data.reset_share_ci holds the share set', fn,
                  awaiting='data.reset_share and data.reset_share_ci in the findings')


def no_every_or_always():
    words = re.compile(r'\b(every|always)\b', re.IGNORECASE)

    def fn(rep, p):
        if p.get('share') == 1:
            return True, 'the share is 1'
        bad = []
        for f in findings_of(rep):
            for key in ('title', 'explanation'):
                m = words.search(f.get(key) or '')
                if m:
                    bad.append(f'{f["id"]} {key} says "{m.group(0)}": "{f[key]}"')
        return not bad, '; '.join(bad) or 'no "every" or "always" in the findings\' words'
    return Expect('no finding says "every" or "always"', fn)


def consistent():
    """Issue 19's rules, on every report: "no problem found" only when no
    check failed; reset shares of the target's connections agree (their
    intervals overlap); no finding names the server as the sender where
    the watch's packets judged a device on the way."""
    def fn(rep, p):
        bad = []
        top = (findings_of(rep) or [None])[0]
        failed = [c['id'] for c in rep.get('checks') or [] if c.get('status') == 'fail']
        if top and top.get('id') == 'no-problem-found' and failed:
            bad.append(f'no-problem-found over failed checks {failed}')
        cis = [(f['id'], f['data']['reset_share_ci']) for f in findings_of(rep)
               if isinstance((f.get('data') or {}).get('reset_share_ci'), list)]
        for i in range(len(cis)):
            for j in range(i + 1, len(cis)):
                (a, x), (b, y) = cis[i], cis[j]
                if x[1] < y[0] or y[1] < x[0]:
                    bad.append(f'{a} {x} and {b} {y} disagree')
        judged = [e.get('sender') for e in rep.get('reset_events') or []
                  if e.get('direction') == 'received' and e.get('remote', '').startswith(SERVER + ':')
                  and e.get('sender') in ('server', 'middlebox')]
        if judged and judged.count('middlebox') * 3 >= len(judged) * 2:
            for f in findings_of(rep):
                if f.get('side') == 'the-server' and f.get('id') in ('application-reset', 'network-interruption', 'content-filter'):
                    bad.append(f'{f["id"]} blames the server; the packets came from a device on the way')
        return not bad, '; '.join(bad) or 'no contradiction'
    return Expect('no finding contradicts the evidence', fn)


def data_is(fid, key, pred, text):
    def fn(rep, p):
        f = find(rep, fid)
        got = ((f or {}).get('data') or {}).get(key)
        return f is not None and pred(got, p), f'{fid} data.{key} = {json.dumps(got)}'
    return Expect(f'{fid} data.{key} {text}', fn)


def side_is(fid, sides):
    def fn(rep, p):
        f = find(rep, fid)
        return f is not None and f.get('side') in sides, f'{fid} side {(f or {}).get("side")}'
    return Expect(f'{fid} points at {" or ".join(sides)}', fn)


def upload_not_claimed():
    def fn(rep, p):
        c = next((c for c in rep.get('checks') or [] if c.get('id') == 'experiments.payload-limit'), {})
        return c.get('status') != 'pass', f'experiments.payload-limit: {c.get("status")}: {c.get("summary")}'
    return Expect('no upload said to go through', fn)


def key_mtu(rep, p):
    f = find(rep, 'path-mtu-black-hole')
    if not f:
        return 'no path-mtu-black-hole', None
    got = f['data'].get('path_mtu_bytes')
    err = abs(got - p['mtu']) / p['mtu'] if isinstance(got, (int, float)) and 'mtu' in p else None
    return f'path-mtu-black-hole {got} B ({f["confidence"]:.2f}), side {f.get("side")}', err


def key_content(rep, p):
    f = find(rep, 'content-filter')
    if not f:
        return 'no content-filter', None
    d = f['data']
    return f'content-filter ({f["confidence"]:.2f}) trigger {d.get("trigger")}, sender {d.get("sender")}, side {f.get("side")}', None


def key_overload(rep, p):
    f = find(rep, 'server-overload')
    if not f:
        return 'no server-overload', None
    levels = f['data'].get('levels') or []
    rates = '/'.join(f'{l.get("abnormal_rate", 0):.0%}' for l in levels)
    return f'server-overload ({f["confidence"]:.2f}), grown {f["data"].get("grown_kind")}, abnormal {rates}', None


# ---------------------------------------------------------------------------
# The cases. `key` picks what the table shows as what was found.

def key_idle(rep, p):
    f = find(rep, 'idle-timeout')
    if not f:
        return 'no idle-timeout', None
    got = f['data'].get('idle_timeout_ms')
    err = abs(got - p['idle_s'] * 1000) / (p['idle_s'] * 1000) if isinstance(got, (int, float)) else None
    return f'idle-timeout {got} ms ({f["confidence"]:.2f}), end {f["data"].get("end")}', err


def key_payload(rep, p):
    f = find(rep, 'payload-limit')
    if not f:
        return 'no payload-limit', None
    got = f['data'].get('payload_limit_bytes')
    want = p.get('limit_bytes')
    err = abs(got - want) / want if want and isinstance(got, (int, float)) else None
    return (f'payload-limit {got} B ({f["confidence"]:.2f}), rejected_by {f["data"].get("rejected_by")}', err)


def key_proxy(rep, p):
    f = find(rep, 'proxy-interference')
    return (f'proxy-interference ({f["confidence"]:.2f})' if f else 'no proxy-interference'), None


def key_share(rep, p):
    f = next((f for f in findings_of(rep) if 'reset_share' in (f.get('data') or {})), None)
    if not f:
        return 'no reset_share', None
    got = f['data']['reset_share']
    ci = f['data'].get('reset_share_ci')
    ci = f'[{ci[0]:.2f}, {ci[1]:.2f}]' if isinstance(ci, list) and len(ci) == 2 else json.dumps(ci)
    err = abs(got - p['share']) / p['share'] if isinstance(got, (int, float)) else None
    return f'{f["id"]} reset_share {got:.2f}, 95% CI {ci}', err


IDLE_TOLERANCE = 0.20

CASES = [
    # nginx's stock 1 MiB limit answered 413: measured, so it comes first,
    # worded as what was found, not as the likely cause.
    dict(name='healthy-nginx', setup=setup_healthy_nginx, key=key_payload,
         expect=[top_is('payload-limit'), no_reset_claimed(), payload_limit_weak_if_any(), consistent()]),
    dict(name='nginx-no-limit', setup=setup_healthy_nginx_no_limit, key=key_payload,
         expect=[top_is('no-problem-found'), no_reset_claimed(), consistent()]),
    dict(name='nginx-body-limit', setup=setup_nginx_body_limit, key=key_payload, needs_option='--activity',
         expect=[payload_limit_near(0.05), data_equals('payload-limit', 'rejected_by', 'http-413',
                                                       awaiting='data.rejected_by')]),
    # nginx times out a kept-alive connection after its answer, which is
    # where the app's idle holds sit for web services.
    dict(name='nginx-tls-body-limit', setup=setup_nginx_tls_body_limit, key=key_payload,
         expect=[top_is('payload-limit'), payload_limit_near(0.05), data_equals('payload-limit', 'rejected_by', 'http-413'),
                 no_reset_claimed()]),
    dict(name='nginx-keepalive', setup=setup_nginx_keepalive, key=key_idle,
         expect=[top_is('idle-timeout'), idle_near(IDLE_TOLERANCE), data_equals('idle-timeout', 'end', 'closed'), consistent()]),
    dict(name='haproxy-tcp-nolinger', setup=setup_haproxy('tcp', True), key=key_idle,
         expect=[top_is('idle-timeout'), idle_near(IDLE_TOLERANCE),
                 # On its client timeout haproxy 2.6 sends a FIN and then,
                 # with nolinger, an RST some microseconds later: a reading
                 # client sees the FIN first, so the connection was closed.
                 data_equals('idle-timeout', 'end', 'closed'), consistent()]),
    dict(name='haproxy-tcp-close', setup=setup_haproxy('tcp', False), key=key_idle,
         expect=[top_is('idle-timeout'), idle_near(IDLE_TOLERANCE), data_equals('idle-timeout', 'end', 'closed'), consistent()]),
    dict(name='haproxy-http', setup=setup_haproxy('http', False), key=key_idle,
         expect=[top_is('idle-timeout'), idle_near(IDLE_TOLERANCE), data_equals('idle-timeout', 'end', 'closed'), consistent()]),
    dict(name='squid-denied-port', setup=setup_squid_denied, key=key_proxy,
         expect=[has_finding('proxy-interference')]),
    dict(name='tinyproxy-denied-port', setup=setup_tinyproxy_denied, key=key_proxy,
         expect=[has_finding('proxy-interference')]),
    dict(name='conntrack-reset', setup=setup_conntrack('reset'), key=key_idle,
         expect=[idle_near(IDLE_TOLERANCE),
                 data_equals('idle-timeout', 'end', 'reset-on-resume', awaiting='the end kind "reset-on-resume"')]),
    dict(name='conntrack-drop', setup=setup_conntrack('drop'), key=key_idle,
         expect=[top_is('idle-timeout'), idle_near(IDLE_TOLERANCE), data_equals('idle-timeout', 'end', 'silent-drop'), consistent()]),
    dict(name='nft-random-reset', setup=setup_nft_random_reset, key=key_share,
         # A random reset of one upload or one large packet is no size limit
         # and no tunnel problem.
         expect=[top_is('network-interruption'), reset_share_covers(), no_every_or_always(),
                 not_likely('payload-limit'), not_likely('vpn-interference'), not_likely('path-mtu-black-hole'),
                 consistent()]),
    # Issue 19: the six situations whose first sentence contradicted the
    # evidence.
    dict(name='ips-path-word', setup=setup_ips_path_word, key=key_content,
         expect=[top_is('content-filter'), data_equals('content-filter', 'trigger', 'path'),
                 data_equals('content-filter', 'sender', 'middlebox'), side_is('content-filter', ['firewall']),
                 consistent()]),
    dict(name='mtu-black-hole', setup=setup_mtu_black_hole, key=key_mtu,
         expect=[top_is('path-mtu-black-hole'),
                 data_is('path-mtu-black-hole', 'path_mtu_bytes', lambda got, p: isinstance(got, int) and abs(got - p['mtu']) <= 0.02 * p['mtu'],
                         'within 2% of the link\'s MTU'),
                 side_is('path-mtu-black-hole', ['your-network']), upload_not_claimed(), consistent()]),
    dict(name='openvpn-mtu', setup=setup_openvpn_mtu, key=key_mtu,
         expect=[top_is('path-mtu-black-hole'),
                 data_is('path-mtu-black-hole', 'path_mtu_bytes', lambda got, p: isinstance(got, int) and 1280 <= got < p['mtu_below'],
                         'below the tunnel\'s 1500'),
                 side_is('path-mtu-black-hole', ['vpn']), data_equals('path-mtu-black-hole', 'through_vpn', True),
                 upload_not_claimed(), consistent()]),
    dict(name='nginx-few-workers', setup=setup_nginx_few_workers, key=key_overload,
         expect=[top_is('server-overload'), consistent()]),
]


# ---------------------------------------------------------------------------
# Running.

class Result:
    def __init__(self, case, run_no):
        self.case, self.run_no = case, run_no
        self.status = None  # PASS, FAIL, SKIP, PENDING, ERROR
        self.reason = ''
        self.setup = None
        self.top = None       # the top finding's id and confidence, as text
        self.key = ''         # the key number, as text
        self.key_error = None  # how far it is from what was set (a fraction)
        self.elapsed = None
        self.lines = []

    @property
    def found(self):
        if self.top is None:
            return ''
        return self.top + (f'; {self.key}' if self.key else '')


def run_case(lab, case, run_no, seed, app, app_options):
    res = Result(case, run_no)
    rng = random.Random(f'{seed}:{case["name"]}:{run_no}')
    tag = f'{case["name"]}-{run_no}'
    out = res.lines
    if case.get('needs_option') and case['needs_option'] not in app_options:
        res.status = 'PENDING'
        res.reason = f'the app has no {case["needs_option"]} option yet (not in --help): not run, counts as not passed'
        return res
    lab.begin_case(tag)
    try:
        setup = case['setup'](lab, rng)
        res.setup = setup
        out.append(f'  set: {setup.what} (target {setup.target}, --budget {setup.budget})')
        app_run = lab.run_app(app, setup.target, setup.budget, setup.app_args, trusted_certs=setup.trusted_certs)
        res.elapsed = app_run.elapsed
        rep = app_run.report
        if rep is None:
            res.status = 'ERROR'
            res.reason = f'no JSON report (exit {app_run.rc}): {tail(app_run.log, 8)}'
            return res
        out.append(f'  app: exit {app_run.rc} after {app_run.elapsed:.1f} s; findings: '
                   + '; '.join(describe(f) for f in findings_of(rep)))
        top = (findings_of(rep) or [None])[0]
        res.top = f'{top["id"]} ({top.get("confidence", 0):.2f})' if top else 'no findings'
        try:
            res.key, res.key_error = case['key'](rep, setup.params)
        except Exception as ex:  # a report shaped unlike the schema
            res.key = f'{type(ex).__name__}: {ex}'
        if setup.after:
            why = setup.after(lab, app_run)
            if why:
                res.status = 'SKIP'
                res.reason = why
                return res
        failed = []
        for e in case['expect']:
            try:
                ok, seen = e.fn(rep, setup.params)
            except Exception as ex:  # a report shaped unlike the schema
                ok, seen = False, f'{type(ex).__name__}: {ex}'
            line = f'  {"ok  " if ok else "FAIL"} {e.text}: {seen}'
            if not ok and e.awaiting:
                line += f'  [awaiting app change: {e.awaiting}]'
            if not ok and e.note:
                line += f'  [note: {e.note}]'
            out.append(line)
            if not ok:
                failed.append(f'{e.text} ({seen})')
        res.status = 'FAIL' if failed else 'PASS'
        res.reason = '; '.join(failed) if failed else 'every expectation met'
    except Exception as ex:
        res.status = 'ERROR'
        res.reason = f'{type(ex).__name__}: {ex}'
    finally:
        lab.end_case()
    return res


def app_help(app):
    for attempt in range(3):
        wait_for_app(app)
        try:
            r = subprocess.run([app, '--help'], capture_output=True, text=True, timeout=30,
                               env=dict(os.environ, QT_QPA_PLATFORM='offscreen'))
            if '--diagnose' in r.stdout:
                return r.stdout
        except (OSError, subprocess.TimeoutExpired):
            pass
        time.sleep(10)
    return ''


def markdown_table(path, cases, results):
    """One row per case; with several runs, what varied and the spread."""
    lines = ['| scenario | what was set | what was found | time to the answer (s) | passes/runs |',
             '|---|---|---|---|---|']

    def cell(text):
        return text.replace('|', '/').replace('\n', ' ')

    for case in cases:
        rs = results[case['name']]
        ran = [r for r in rs if r.setup]
        if ran:
            varied = []
            for r in ran:
                if r.setup.varied not in varied:
                    varied.append(r.setup.varied)
            what = ran[0].setup.template.replace('{v}', '/'.join(varied))
        else:
            what = '(not run)'
        judged = [r for r in ran if r.top is not None and r.status != 'SKIP']
        if len(judged) == 1:
            found = judged[0].found
        elif judged:
            tops = {}
            for r in judged:
                tops[r.top.split(' (')[0]] = tops.get(r.top.split(' (')[0], 0) + 1
            found = 'top: ' + ', '.join(f'{k} {n}×' for k, n in sorted(tops.items(), key=lambda x: -x[1]))
            errors = [r.key_error for r in judged if r.key_error is not None]
            keys = [r.key for r in judged]
            if len(errors) == len(judged):
                found += f'; key number within {max(errors):.1%} of what was set (last: {keys[-1]})'
            else:
                found += '; ' + '; '.join(dict.fromkeys(keys))
        else:
            found = ', '.join(dict.fromkeys(f'{r.status.lower()}: {r.reason}' for r in rs))
        if len(judged) == 1 and judged[0].key_error is not None:
            found += f', {judged[0].key_error:.1%} off'
        times = [r.elapsed for r in rs if r.elapsed is not None]
        t = f'{statistics.median(times):.1f}' if times else '–'
        if len(times) > 1:
            t += f' ({min(times):.1f}–{max(times):.1f})'
        counted = [r for r in rs if r.status != 'SKIP']
        passes = sum(r.status == 'PASS' for r in counted)
        tally = f'{passes}/{len(counted)}' if counted else f'skipped ({len(rs)} runs)'
        lines.append(f'| {case["name"]} | {cell(what)} | {cell(found)} | {t} | {tally} |')
    with open(path, 'w') as f:
        f.write('\n'.join(lines) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--app', default=DEFAULT_APP, help='the connection-doctor executable')
    ap.add_argument('--case', action='append', default=[], help='run only this case (repeatable)')
    ap.add_argument('--runs', type=int, default=1, help='run each case N times and count passes')
    ap.add_argument('--seed', type=int, default=None, help='the seed for the values chosen at random')
    ap.add_argument('--table', help='write a Markdown table of the results to this file')
    ap.add_argument('--jobs', type=int, default=3,
                    help='cases at once, each in namespaces of its own (default 3)')
    ap.add_argument('--list', action='store_true', help='list the cases and exit')
    ap.add_argument('--keep', action='store_true', help='keep the folder with configs, logs and reports')
    args = ap.parse_args()

    if args.list:
        for c in CASES:
            print(c['name'])
        return 0
    names = [c['name'] for c in CASES]
    unknown = [n for n in args.case if n not in names]
    if unknown:
        print(f'unknown case(s): {", ".join(unknown)}; known: {", ".join(names)}', file=sys.stderr)
        return 2
    cases = [c for c in CASES if not args.case or c['name'] in args.case]

    # Can it run here at all? (The servers and nft live in sbin, which a
    # minimal PATH may leave out.)
    path = os.environ.get('PATH', '').split(os.pathsep)
    os.environ['PATH'] = os.pathsep.join(path + [d for d in ('/usr/local/sbin', '/usr/sbin', '/sbin') if d not in path])
    if os.geteuid() != 0:
        print('SKIP: needs root to create network namespaces and run servers in them')
        return SKIP_RETURN_CODE
    missing = [p for p in REQUIRED if not shutil.which(p)]
    if missing:
        print(f'SKIP: missing programs: {", ".join(missing)} (Debian: iproute2 nftables iptables openvpn conntrack procps '
              f'nginx-light haproxy squid tinyproxy; scripts/setup.sh installs them)')
        return SKIP_RETURN_CODE
    app = os.path.abspath(args.app)
    # In a build tree being rebuilt, the app may be missing a moment.
    in_build_tree = os.path.isdir(os.path.join(os.path.dirname(app), 'CMakeFiles'))
    if not wait_for_app(app, bound_s=60 if in_build_tree else 0):
        print(f'SKIP: no executable app at {app} (build it, or give --app)')
        return SKIP_RETURN_CODE

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 1_000_000)
    runs = max(1, args.runs)
    help_text = app_help(app)
    app_options = set(re.findall(r'--[a-z][a-z-]+', help_text))
    jobs = max(1, min(args.jobs, len(cases) * runs))
    print(f'realworld: seed {seed} (repeat with --seed {seed}), {len(cases)} case(s) x {runs} run(s), '
          f'{jobs} at once, app {app}', flush=True)

    atexit.register(cleanup)
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, _on_signal)

    remove_leftovers()
    root_dir = tempfile.mkdtemp(prefix='cdrw-')
    os.chmod(root_dir, 0o755)
    started = time.monotonic()
    labs = []
    try:
        for slot in range(jobs):
            lab = Lab(slot, root_dir)
            labs.append(lab)
            lab.create()
    except Exception as ex:
        print(f'ERROR: could not build the namespaces: {ex}')
        cleanup()
        return 1

    work = [(case, n) for n in range(1, runs + 1) for case in cases]
    results = {c['name']: [] for c in cases}
    work_lock = threading.Lock()
    print_lock = threading.Lock()

    def worker(lab):
        while True:
            with work_lock:
                if not work:
                    return
                case, n = work.pop(0)
            r = run_case(lab, case, n, seed, app, app_options)
            if _cleaned:  # interrupted: what it measured is not a result
                return
            with print_lock:
                label = case['name'] + (f' run {n}/{runs}' if runs > 1 else '')
                print(f'[{label}]')
                for line in r.lines:
                    print(line)
                off = f', {r.key_error:.1%} off what was set' if r.key_error is not None else ''
                print(f'{r.status} {label}: {r.reason}'
                      + (f' (measured: {r.found}{off}; answer in {r.elapsed:.1f} s)' if r.found else ''), flush=True)
                results[case['name']].append(r)

    threads = [threading.Thread(target=worker, args=(lab,), daemon=True) for lab in labs]
    for t in threads:
        t.start()
    for t in threads:
        while t.is_alive():
            t.join(0.5)

    total = time.monotonic() - started
    cleanup()
    if args.keep:
        print(f'configs, logs and reports kept in {root_dir}')
    else:
        shutil.rmtree(root_dir, ignore_errors=True)

    if args.table:
        markdown_table(args.table, cases, results)

    # The verdict.
    worst_ok = True
    summary = []
    for case in cases:
        rs = results[case['name']]
        if all(r.status == 'SKIP' for r in rs):
            summary.append(f'{case["name"]} skipped')
            continue
        counted = [r for r in rs if r.status != 'SKIP']
        passes = sum(r.status == 'PASS' for r in counted)
        if passes < 0.95 * len(counted):
            worst_ok = False
        if runs > 1:
            summary.append(f'{case["name"]} {passes}/{len(counted)}')
    statuses = [r.status for rs in results.values() for r in rs]
    counts = ', '.join(f'{statuses.count(s)} {s.lower()}' for s in ('PASS', 'FAIL', 'PENDING', 'ERROR', 'SKIP')
                       if statuses.count(s))
    if runs > 1:
        print('per case passes/runs: ' + ', '.join(summary))
    print(f'realworld: {"PASS" if worst_ok else "FAIL"}: {counts} in {total:.0f} s (seed {seed})')
    return 0 if worst_ok else 1


if __name__ == '__main__':
    sys.exit(main())
