"""The bootstrap's install stamp: one entry per set of extras, so ``run`` and ``test`` do not
reinstall each other on every switch, and a changed ``pyproject.toml`` reinstalls."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _bootstrap() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bootstrap", ROOT / "packaging" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BOOTSTRAP = _bootstrap()


def _installs(commands: list[str], digests: list[str] | None = None) -> list[str]:
    """The extras each command in turn installs ("" for run, "dev" for test), as ensure_venv does."""
    stamp = ""
    installs = []
    for number, extras in enumerate(commands):
        digest = digests[number] if digests else "a"
        if not BOOTSTRAP.is_installed(stamp, extras, digest):
            installs.append(extras)
            stamp = BOOTSTRAP.stamped(stamp, extras, digest)
    return installs


def test_switching_between_run_and_test_installs_each_set_once() -> None:
    assert _installs(["", "dev", "", "dev", ""]) == ["", "dev"]


def test_test_first_covers_run() -> None:
    assert _installs(["dev", "", "dev", ""]) == ["dev"]


def test_a_changed_pyproject_reinstalls_and_forgets_the_old_entries() -> None:
    assert _installs(["dev", "", "", "dev"], digests=["a", "a", "b", "b"]) == ["dev", "", "dev"]
    stamp = BOOTSTRAP.stamped(BOOTSTRAP.stamped("", "dev", "a"), "", "b")
    assert json.loads(stamp) == {"": "b"}


def test_an_old_or_broken_stamp_counts_as_nothing_installed() -> None:
    old_style = "0123abcd\n"  # one hash line, as before
    for stamp in (old_style, "", "[1, 2]", "{not json"):
        assert not BOOTSTRAP.is_installed(stamp, "", "0123abcd")
        assert json.loads(BOOTSTRAP.stamped(stamp, "dev", "x")) == {"": "x", "dev": "x"}
