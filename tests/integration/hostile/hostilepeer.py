#!/usr/bin/env python3
"""Peers that never let a connection finish, for tst_hostilepeers (loopback).

hostilepeer.py MODE   listens on 127.0.0.1, prints "port N", serves MODE:
    trickle   answers one byte a second, forever
    hang      accepts and never answers
"""
import socket
import sys
import threading
import time


def serve(conn, mode):
    try:
        if mode == "trickle":
            conn.sendall(b"HTTP/1.1 200 OK\r\n")
            while True:
                conn.sendall(b"x")
                time.sleep(1)
        elif mode == "hang":
            while conn.recv(65536):
                pass
    except OSError:
        pass
    finally:
        conn.close()


def main():
    mode = sys.argv[1]
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print("port", listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn, mode), daemon=True).start()


if __name__ == "__main__":
    main()
