#!/usr/bin/env python3
"""Servers and clients for tst_resetwatchnetns, run inside its namespaces.

server ADDRESS...      serves on every address given:
    8001  reads the request, then closes with SO_LINGER 0: the server resets
    8002  reads and holds (the test's router resets these connections)
    8005  holds until the client goes
    8006  as 8001 (for clients that reach it from an IPv6 socket)
    8007  sends 1000 bytes at once (one segment: no more comes after the
          client's reset), then holds until the client goes
client MODE HOST PORT COUNT    makes COUNT connections, one after another:
    send     sends a request and waits for the end (a reset, here)
    abort    connects and closes with SO_LINGER 0: this side resets
    connect  only connects (the router refuses the SYN with a reset)
    mapped   as send, from an IPv6 socket to the IPv4 address (::ffff:a.b.c.d),
             as Java and servers listening on [::] do
    unread   waits until data has arrived, then closes without reading it:
             this side resets (the kernel's TCP_ABORT_ON_CLOSE)
"""
import select
import socket
import struct
import sys
import threading
import time

LINGER_ZERO = struct.pack("ii", 1, 0)


def serve(address, port, handler):
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((address, port))
    listener.listen(128)
    held = []
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handler, args=(conn, held), daemon=True).start()


def reset_after_request(conn, held):
    conn.settimeout(5)
    try:
        conn.recv(4096)
    except OSError:
        pass
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_ZERO)
    conn.close()


def hold(conn, held):
    held.append(conn)  # never closed while the test watches


def hold_until_peer_goes(conn, held):
    try:
        while conn.recv(4096):
            pass
    except OSError:
        pass
    held.append(conn)


def send_then_hold(conn, held):
    conn.sendall(b"x" * 1000)
    hold_until_peer_goes(conn, held)


def server(addresses):
    for address in addresses:
        for port, handler in ((8001, reset_after_request), (8002, hold), (8005, hold_until_peer_goes),
                              (8006, reset_after_request), (8007, send_then_hold)):
            threading.Thread(target=serve, args=(address, port, handler), daemon=True).start()
    print("ready", flush=True)
    while True:
        time.sleep(3600)


def client(mode, host, port, count):
    family = socket.AF_INET6 if ":" in host or mode == "mapped" else socket.AF_INET
    if mode == "mapped":
        host = "::ffff:" + host
    outcomes = {}
    for _ in range(count):
        s = socket.socket(family, socket.SOCK_STREAM)
        s.settimeout(5)
        try:
            s.connect((host, port))
            if mode == "abort":
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_ZERO)
                s.close()
                outcome = "aborted"
            elif mode == "unread":
                select.select([s], [], [], 5)
                s.close()
                outcome = "unread"
            else:
                s.sendall(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
                outcome = "closed" if s.recv(4096) == b"" else "data"
        except ConnectionResetError:
            outcome = "reset"
        except ConnectionRefusedError:
            outcome = "refused"
        except OSError as e:
            outcome = type(e).__name__
        finally:
            s.close()
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(" ".join(f"{k}={v}" for k, v in sorted(outcomes.items())), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "server":
        server(sys.argv[2:])
    else:
        client(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
