from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressextract.cli import main

TEXT = "Berlin, 12. März 2024 – Die Stadt liegt 2024 vorn."


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_extract_file_prints_json(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out = run_cli("extract", str(path))
    assert code == 0
    data = json.loads(out)
    assert data["published"] == "2024-03-12"
    assert [y["year"] for y in data["years"]] == [2024]


def test_extract_jsonl_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())  # UTF-8 with BOM
    code, out = run_cli("extract", str(path), "--format", "jsonl")
    assert code == 0 and out.count("\n") == 1
    assert json.loads(out)["text"] == TEXT


def test_extract_from_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pressextract", "extract", "-", "--format", "jsonl"],
        input=TEXT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["published"] == "2024-03-12"


def test_schema_command() -> None:
    code, out = run_cli("schema")
    assert code == 0
    assert json.loads(out)["title"] == "PressRelease"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (lambda p: (p / "bin.txt", (p / "bin.txt").write_bytes(b"\x00\x01\x02PNG"))[0], "binary"),
        (lambda p: (p / "latin.txt", (p / "latin.txt").write_bytes("Übersicht".encode("cp1252")))[0], "not UTF-8"),
    ],
)
def test_bad_files_give_one_line_error(tmp_path: Path, make, message: str, capsys) -> None:
    path = make(tmp_path)
    code, out = run_cli("extract", str(path))
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_bad_published_option(tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, _ = run_cli("extract", str(path), "--published", "12.03.2024")
    assert code == 2 and "ISO date" in capsys.readouterr().err


def test_dask_without_the_extra_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    # None in sys.modules makes "import distributed" fail as if it were not installed.
    monkeypatch.setitem(sys.modules, "distributed", None)
    release = tmp_path / "r.txt"
    release.write_text(TEXT, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code, _ = run_cli("batch", str(release), "-o", str(output), "--dask", "tcp://127.0.0.1:8786")
    err = capsys.readouterr().err
    assert code == 2 and "pip install 'pressextract[dask]'" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not output.exists()


def test_version(capsys) -> None:
    from importlib.metadata import version

    import pressextract

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"pressextract {version('pressextract')}"
    assert pressextract.__version__ == version("pressextract")


def test_py_typed_ships_with_the_package() -> None:
    from importlib.resources import files

    assert files("pressextract").joinpath("py.typed").is_file()


@pytest.mark.parametrize(("flag", "summary", "info"), [("-q", False, False), (None, True, False), ("-v", True, True)])
def test_quiet_and_verbose(tmp_path: Path, capsys, flag: str | None, summary: bool, info: bool) -> None:
    release = tmp_path / "r.txt"
    release.write_text(TEXT, encoding="utf-8")
    argv = ["batch", str(release), "-o", str(tmp_path / "out.jsonl"), "--workers", "1", *([flag] if flag else [])]
    try:
        code, _ = run_cli(*argv)
    finally:
        main_logger_reset()
    err = capsys.readouterr().err
    assert code == 0
    assert ("1 documents: 1 extracted" in err) == summary
    assert ("pressextract: INFO:" in err) == info


def main_logger_reset() -> None:
    import logging

    logging.getLogger("pressextract").setLevel(logging.NOTSET)


def test_extract_shows_keys_headline_and_dateline() -> None:
    """The bar of issue 13: the city-ranking example's record has its keys and parts."""
    example = Path(__file__).resolve().parents[1] / "examples" / "city-ranking.txt"
    code, out = run_cli("extract", str(example))
    assert code == 0
    data = json.loads(out)
    assert data["headline"]["text"] == "Darmstadt ist im Digitalkompass 2025 auf Platz 4"
    assert (data["dateline"]["place"], data["dateline"]["date"], data["dateline"]["key"]) == (
        "Darmstadt", "2025-10-14", "Darmstadt"
    )
    # "Wissenschaftsstadt Darmstadt" and "Darmstadt": one key, as the release uses the bare name
    assert {(r["entity"], r["key"]) for r in data["rankings"] if "Darmstadt" in r["entity"]} == {
        ("Darmstadt", "Darmstadt"), ("Wissenschaftsstadt Darmstadt", "Darmstadt")
    }
    assert all(s["key"] for s in data["speakers"])
