"""Shiboken's question "does this module use PySide6?" answered without keeping every imported
module's source in ``linecache`` (``nspdesk.ui.source_scan``)."""

from __future__ import annotations

import importlib.util
import linecache
import sys
from pathlib import Path

import pytest

from nspdesk.ui import source_scan

pytestmark = pytest.mark.gui


def test_modules_are_told_apart_as_shiboken_does_and_no_source_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = pytest.importorskip("shibokensupport.feature")
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # undone after
    assert source_scan.spare_the_line_cache()
    assert feature._mod_uses_pyside is source_scan.mentions_pyside
    (tmp_path / "with_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "without_qt.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("with_qt", "without_qt"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.delitem(feature.pyside_feature_dict, name, raising=False)
    import with_qt  # type: ignore[import-not-found]
    import without_qt  # type: ignore[import-not-found]

    assert feature.pyside_feature_dict["with_qt"] == 0  # may use __feature__
    assert feature.pyside_feature_dict["without_qt"] == -1  # ignored
    assert str(tmp_path / "with_qt.py") not in linecache.cache
    assert str(tmp_path / "without_qt.py") not in linecache.cache
    assert source_scan.mentions_pyside(with_qt) and not source_scan.mentions_pyside(without_qt)
    assert not source_scan.mentions_pyside(sys)  # built in: no file
    spec = importlib.util.spec_from_loader("gone", loader=None)
    assert spec is not None
    gone = importlib.util.module_from_spec(spec)
    gone.__file__ = str(tmp_path / "gone.py")
    assert not source_scan.mentions_pyside(gone)  # a file that is not there
