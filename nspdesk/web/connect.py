"""A connected socket for one request: DNS with a timeout, TCP, TLS with verification."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from nspdesk.web.guard import Guard
from nspdesk.web.urls import never_resolves

AddressInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, Any]


@contextmanager
def open_connection(
    host: str,
    port: int,
    https: bool,
    timeout: float,
    context: ssl.SSLContext | None,
    guard: Guard,
) -> Iterator[socket.socket]:
    """A socket connected to ``host`` (TLS for https), watched by ``guard``, closed on leaving.

    ``timeout`` bounds the DNS lookup, the TCP connect and the TLS handshake each. Without a
    ``context`` the default one verifies certificate and host name against the system's trust store.
    """
    sock = _connect(resolve(host, port, timeout, guard), timeout, guard)
    try:
        if https:
            sock.settimeout(guard.timeout(timeout))
            context = context or ssl.create_default_context()
            sock = context.wrap_socket(sock, server_hostname=host)  # detaches the plain socket
            guard.use(sock)
        yield sock
    finally:
        guard.use(None)
        sock.close()


def resolve(host: str, port: int, timeout: float, guard: Guard) -> Sequence[AddressInfo]:
    """The addresses of ``host``, looked up in a helper thread: ``getaddrinfo`` has no timeout.

    Names under ``.invalid`` fail at once without asking DNS (RFC 6761 § 6.4). A lookup that does
    not answer in time is left to finish in its daemon thread.
    """
    if never_resolves(host):
        raise socket.gaierror(socket.EAI_NONAME, "Name nicht auflösbar (.invalid, RFC 6761)")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    box: dict[str, Any] = {}
    done = threading.Event()

    def lookup() -> None:
        try:
            box["result"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as error:  # handed to the waiting thread, never lost
            box["error"] = error
        finally:
            done.set()

    threading.Thread(target=lookup, name="nspdesk-dns", daemon=True).start()
    if not guard.wait(done, guard.timeout(timeout)):
        raise TimeoutError(f"DNS-Abfrage für {host} dauert zu lange")
    if "error" in box:
        raise box["error"]
    result: Sequence[AddressInfo] = box["result"]
    return result


def _connect(addresses: Sequence[AddressInfo], timeout: float, guard: Guard) -> socket.socket:
    """The first address that accepts a TCP connection."""
    last: OSError = ConnectionError("keine Adresse")
    for family, kind, proto, _, address in addresses:
        sock = socket.socket(family, kind, proto)
        try:
            guard.use(sock)
            sock.settimeout(guard.timeout(timeout))
            sock.connect(address)
        except OSError as error:
            guard.use(None)
            sock.close()
            guard.check()
            last = error
            continue
        except BaseException:
            guard.use(None)
            sock.close()
            raise
        return sock
    raise last
