#!/usr/bin/env python3
"""Hostile peers for tst_hostilepeers and tst_hostilewizard (loopback only).

hostilepeer.py MODE   listens on 127.0.0.1, prints "port N", serves MODE to
every connection:
    trickle        answers one byte a second, forever
    hang           accepts, reads, never answers
    endless-header a status line, then one header line of 1 GiB, fast
    endless-body   a chunked answer whose chunks never end, fast
    junk           random bytes, fast, until the client leaves
    greeting-flood an SSH greeting, then bytes as fast as loopback carries them
    tls-reset      reads the TLS ClientHello, then resets (RST) mid-handshake
    proxy-junk     answers a proxy's CONNECT with random bytes
    proxy-hang     accepts CONNECT and never answers
"""
import os
import socket
import struct
import sys
import threading
import time

GIB = 1 << 30


def send_for_ever(conn, piece, limit=None):
    sent = 0
    while limit is None or sent < limit:
        conn.sendall(piece)
        sent += len(piece)
    # Then hold the connection open: the client must not wait for a close.
    while conn.recv(65536):
        pass


def serve(conn, mode):
    try:
        if mode == "trickle":
            conn.sendall(b"HTTP/1.1 200 OK\r\n")
            while True:
                conn.sendall(b"x")
                time.sleep(1)
        elif mode in ("hang", "proxy-hang"):
            while conn.recv(65536):
                pass
        elif mode == "endless-header":
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Endless: ")
            send_for_ever(conn, b"a" * 65536, GIB)
        elif mode == "endless-body":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            chunk = b"10000\r\n" + b"b" * 0x10000 + b"\r\n"
            send_for_ever(conn, chunk)
        elif mode == "greeting-flood":
            conn.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")
            send_for_ever(conn, b"z" * 65536)
        elif mode == "junk":
            conn.recv(65536)
            send_for_ever(conn, os.urandom(65536))
        elif mode == "proxy-junk":
            conn.recv(65536)  # the CONNECT request
            send_for_ever(conn, os.urandom(4096), 1 << 20)
        elif mode == "tls-reset":
            conn.recv(65536)  # the ClientHello
            # SO_LINGER with a zero timeout: close() sends an RST.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    finally:
        conn.close()


def main():
    mode = sys.argv[1]
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    print("port", listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn, mode), daemon=True).start()


if __name__ == "__main__":
    main()
