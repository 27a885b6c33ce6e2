"""TLS to the team database with the team's CA (docs/sync.md, "Security"), against the test server
with TLS switched on for the test (PostgreSQL under pg_virtualenv).

Issue #19: "the connection can require TLS (`sslmode=verify-full` with the team's CA)".
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from nspdesk.store.location import Location
from tests.integration.sync_setup import MemoryKeyring
from tests.integration.test_sync_cli import kept_passwords, run, team_db

__all__ = ["kept_passwords", "team_db"]  # the fixtures, shared with the command-line tests


def _certificates(folder: Path, name: str) -> tuple[Path, Path, Path]:
    """A CA and a server certificate it issued for localhost: (ca.pem, server.crt, server.key)."""
    from datetime import UTC, datetime, timedelta
    from ipaddress import ip_address

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)

    def certificate(
        subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name, signer: object, ca: bool
    ) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            names = [x509.DNSName("localhost"), x509.IPAddress(ip_address("127.0.0.1"))]
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return builder.sign(signer, hashes.SHA256())  # type: ignore[arg-type]

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} CA")])
    ca = certificate(f"{name} CA", ca_key, ca_name, ca_key, ca=True)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = certificate("localhost", server_key, ca_name, ca_key, ca=False)
    pem = serialization.Encoding.PEM
    paths = (
        folder / f"{name}-ca.pem",
        folder / f"{name}-server.crt",
        folder / f"{name}-server.key",
    )
    paths[0].write_bytes(ca.public_bytes(pem))
    paths[1].write_bytes(server.public_bytes(pem))
    paths[2].write_bytes(
        server_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return paths


@contextmanager
def server_with_tls(admin_url: str) -> Iterator[Path]:
    """The test server with TLS on, its certificate issued by a new CA for localhost; the CA's
    file. The server's settings and the files are taken back afterwards."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        data = Path(str(connection.execute("SHOW data_directory").fetchone()[0]))  # type: ignore[index]
        folder = data / "nspdesk-test-tls"
        folder.mkdir(exist_ok=True)
        ca, crt, key = _certificates(folder, "team")
        owner = data.stat()
        for path in (folder, ca, crt, key):
            if os.geteuid() == 0:  # the server runs as the data directory's owner
                os.chown(path, owner.st_uid, owner.st_gid)
        key.chmod(0o600)
        try:
            connection.execute(f"ALTER SYSTEM SET ssl_cert_file = '{crt}'")
            connection.execute(f"ALTER SYSTEM SET ssl_key_file = '{key}'")
            connection.execute("ALTER SYSTEM SET ssl = on")
            connection.execute("SELECT pg_reload_conf()")
            for _ in range(50):  # the reload is a signal: wait until new connections see it
                with psycopg.connect(admin_url) as probe:
                    if probe.execute("SHOW ssl").fetchone() == ("on",):
                        break
                time.sleep(0.1)
            yield ca
        finally:
            for setting in ("ssl", "ssl_cert_file", "ssl_key_file"):
                connection.execute(f"ALTER SYSTEM RESET {setting}")
            connection.execute("SELECT pg_reload_conf()")
            shutil.rmtree(folder, ignore_errors=True)


def test_join_with_the_team_ca_verifies_the_server(
    team_db: Location,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue #19: "the connection can require TLS (`sslmode=verify-full` with the team's CA)": with
    TLS on the server, a join with the team's CA connects (verify-full refuses anything else), and
    one with another CA is refused."""
    pytest.importorskip("cryptography")
    url = team_db.url.replace("postgresql+psycopg://", "postgresql://")
    admin = make_url(url).set(database=os.environ.get("PGDATABASE", "postgres"))
    with server_with_tls(admin.render_as_string(hide_password=False)) as team_ca:
        other_ca = _certificates(tmp_path, "other")[0]
        db, lost = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
        ca = tmp_path / "team-ca.pem"
        shutil.copy(team_ca, ca)
        code, _, err = run(
            ["sync", "join", url, "--db", db, "--device", "MK", "--ca", str(ca)], capsys
        )
        assert code == 0, err
        code, out, err = run(["sync", "--db", db, "--json"], capsys)
        assert code == 0 and json.loads(out) == {"pushed": 0, "pulled": 0, "conflicts": 0}, err
        code, out, _ = run(["sync", "status", "--db", db, "--json"], capsys)
        status = json.loads(out)
        assert status["server"].endswith("(TLS, Zertifikat geprüft)")
        kept = make_url(status["team"]).query
        assert (kept["sslmode"], kept["sslrootcert"]) == ("verify-full", str(ca))
        args = ["sync", "join", url, "--db", lost, "--device", "EB", "--ca", str(other_ca)]
        code, _, err = run(args, capsys)
        assert code == 1 and "certificate verify failed" in err, err
