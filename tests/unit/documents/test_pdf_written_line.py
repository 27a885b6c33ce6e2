"""Every ``nspdesk pdf`` subcommand says which file it wrote: one line on stdout, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from nspdesk import files
from nspdesk.cli import main
from tests.unit.documents.test_pdf_command import QUOTE, REVIEW, write


@pytest.mark.parametrize(
    ("document", "arguments"),
    [
        ("quote", lambda folder: [write(folder, QUOTE)]),
        ("program", lambda folder: ["--track", "cloud", "--date", "2026-11-25"]),
        ("checklist", lambda folder: ["--tier", "business", "--date", "2026-11-25"]),
        ("review", lambda folder: [write(folder, REVIEW)]),
    ],
)
def test_success_names_the_written_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    document: str,
    arguments: object,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert callable(arguments)
    code = main(["pdf", document, *arguments(tmp_path), "-o", "out.pdf"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    # The relative -o as the absolute path of the file that is there now.
    assert out == f"PDF geschrieben: {tmp_path / 'out.pdf'}\n"
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-")


def test_a_failed_write_claims_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(_target: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "write_atomically", full_disk)
    code = main(["pdf", "program", "-o", str(tmp_path / "out.pdf")])
    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    assert "kann nicht geschrieben werden (No space left on device)" in err
