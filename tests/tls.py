"""A self-signed certificate for the TLS tests' servers on 127.0.0.1 (made with the openssl command)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """``(certificate, key)`` in ``folder`` for ``name`` (CN and DNS subject alternative name), valid for two
    days; skips the test when openssl is not installed."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes"),
            *("-keyout", str(key), "-out", str(cert)),
            *("-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}", "-days", "2"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key
