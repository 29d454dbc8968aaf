"""Batch extraction over a mixed archive: every document one record or one error record, each format."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pressextract import json_schema
from pressextract.batch import iter_documents, run
from pressextract.batch.inputs import Document, InputProblem
from pressextract.batch.outputs import CsvWriter, JsonlWriter, OutputError, Result, SqliteWriter
from pressextract.batch.runner import ModelError, extract_texts
from pressextract.cli import main
from pressextract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]

# Short releases in the style of real ones (written for these tests).
RELEASE_A = (
    "Kiel, 4. März 2024 – Die Landeshauptstadt Kiel hat ihr Radwegenetz 2023 um zwölf Kilometer "
    "erweitert. Das teilte die Stadtverwaltung am Montag mit."
)
RELEASE_B = (
    "Erfurt, 18.09.2023 – Die Fachhochschule Erfurt startet zum Wintersemester 2023/24 einen neuen "
    "Studiengang für Pflegewissenschaft."
)
RELEASE_C = "Mainz, 2. Mai 2022 – Der Verkehrsverbund meldet für 2021 einen Zuwachs bei den Fahrgastzahlen."
HTML_PAGE = (
    "<html><head><title>Neue Bibliothek eröffnet</title></head><body><nav>Start | Presse | Kontakt</nav>"
    "<article><h1>Neue Bibliothek eröffnet</h1><p>Jena, 7. Juni 2024 – Die Stadtbibliothek Jena hat am "
    "Freitag ihren Neubau am Holzmarkt eröffnet. Rund 2.000 Gäste kamen zur Eröffnung.</p><p>Der Bau "
    "kostete 24 Millionen Euro und wurde 2022 begonnen.</p></article><footer>Impressum</footer></body></html>"
)
MAX_CHARS = 5_000


def write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


@pytest.fixture()
def archive(tmp_path: Path) -> tuple[list[str], dict[str, str | None]]:
    """A mixed archive and, per source, the expected error kind (None: extracted)."""
    root = tmp_path / "archive"
    write(root / "a.txt", RELEASE_A)
    write(root / "notes.md", "# Mitteilung\n\n" + RELEASE_C)
    write(root / "bom.txt", b"\xef\xbb\xbf" + RELEASE_B.encode())
    write(root / "latin1.txt", RELEASE_A.encode("cp1252"))  # undecodable as UTF-8
    write(root / "empty.txt", "  \n\n ")
    write(root / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(root / "huge.txt", "Wort " * (MAX_CHARS // 4))
    write(root / "ignored.pdf", b"%PDF-1.4")  # not a supported suffix inside a folder
    write(root / "sub" / "one.json", json.dumps({"id": "pm-1", "text": RELEASE_B, "published": "2023-09-18"}))
    write(root / "sub" / "list.json", json.dumps([{"text": RELEASE_C}, {"title": "ohne Text"}]))
    write(
        root / "sub" / "dump.jsonl",
        json.dumps({"id": "j-1", "text": RELEASE_A}) + "\n\n"
        + "{kein json\n"
        + json.dumps({"text": RELEASE_B, "published": "18.09.2023"}) + "\n"
        + json.dumps({"text": RELEASE_C, "published": "2022-05-02T08:00:00+02:00"}) + "\n",
    )
    write(
        root / "sub" / "export.csv",
        "id,text,published\n"
        f'c-1,"{RELEASE_A}",2024-03-04\n'
        'c-2,"Zeile eins\nZeile zwei 2020 im Rathaus.",\n'
        "c-3,,\n",
    )
    write(root / "sub" / "page.html", HTML_PAGE)
    # Crawled German pages are often windows-1252; the page says so and trafilatura decodes it.
    write(root / "sub" / "old.htm", HTML_PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252"))
    write(root / "sub" / "blank.html", "<html><head><title>Leer</title></head><body><script>var x = 1;</script></body></html>")
    missing = str(tmp_path / "nowhere" / "gone.txt")
    s = str(root)
    expected: dict[str, str | None] = {
        f"{s}/a.txt": None,
        f"{s}/bom.txt": None,
        f"{s}/empty.txt": "empty",
        f"{s}/huge.txt": "oversized",
        f"{s}/image.txt": "binary",
        f"{s}/latin1.txt": "undecodable",
        f"{s}/notes.md": None,
        f"{s}/sub/blank.html": "empty",
        f"{s}/sub/dump.jsonl:1": None,
        f"{s}/sub/dump.jsonl:3": "malformed",
        f"{s}/sub/dump.jsonl:4": "malformed",
        f"{s}/sub/dump.jsonl:5": None,
        f"{s}/sub/export.csv:2": None,
        f"{s}/sub/export.csv:3": None,
        f"{s}/sub/export.csv:5": "empty",
        f"{s}/sub/list.json[0]": None,
        f"{s}/sub/list.json[1]": "malformed",
        f"{s}/sub/one.json": None,
        f"{s}/sub/old.htm": None,
        f"{s}/sub/page.html": None,
        missing: "missing",
    }
    return [s, missing], expected


@pytest.fixture(scope="module")
def shared_extractor() -> Extractor:
    import pressextract

    return pressextract.default_extractor()


def test_inputs_give_one_document_each(archive: tuple[list[str], dict[str, str | None]]) -> None:
    inputs, expected = archive
    docs = list(iter_documents(inputs, max_chars=MAX_CHARS))
    assert {d.source: (d.problem.kind if d.problem else None) for d in docs} == expected
    assert len(docs) == len(expected)
    by_source = {d.source: d for d in docs}
    root = inputs[0]
    assert by_source[f"{root}/sub/one.json"].id == "pm-1"
    assert by_source[f"{root}/sub/one.json"].published == "2023-09-18"
    assert by_source[f"{root}/sub/dump.jsonl:1"].id == "j-1"
    assert by_source[f"{root}/sub/dump.jsonl:5"].id == f"{root}/sub/dump.jsonl:5"
    assert by_source[f"{root}/sub/dump.jsonl:5"].published == "2022-05-02"  # date part of a date-time
    assert by_source[f"{root}/bom.txt"].text == RELEASE_B  # BOM dropped
    assert by_source[f"{root}/sub/export.csv:3"].text == "Zeile eins\nZeile zwei 2020 im Rathaus."
    page = by_source[f"{root}/sub/page.html"]
    assert page.title == "Neue Bibliothek eröffnet"
    assert page.text is not None and "Stadtbibliothek Jena" in page.text and "Impressum" not in page.text
    assert by_source[f"{root}/sub/old.htm"].text == page.text


def test_glob_and_stdin_inputs(archive: tuple[list[str], dict[str, str | None]]) -> None:
    inputs, _ = archive
    root = inputs[0]
    globbed = [d.source for d in iter_documents([f"{root}/**/*.json"])]
    assert globbed == [f"{root}/sub/list.json[0]", f"{root}/sub/list.json[1]", f"{root}/sub/one.json"]
    assert [d.problem.kind for d in iter_documents([f"{root}/*.nothing"]) if d.problem] == ["missing"]
    stdin = io.BytesIO((json.dumps({"id": 7, "text": RELEASE_A}) + "\n" + '{"text": ""}\n').encode())
    docs = list(iter_documents(["-"], stdin=stdin))
    assert [(d.id, d.source, d.problem.kind if d.problem else None) for d in docs] == [
        ("7", "<stdin>:1", None),
        ("<stdin>:2", "<stdin>:2", "empty"),
    ]


def test_text_and_id_columns_are_configurable(tmp_path: Path) -> None:
    write(tmp_path / "d.jsonl", json.dumps({"nr": 17, "body": RELEASE_A, "id": "not this"}) + "\n")
    write(tmp_path / "e.csv", f'nr,body\n18,"{RELEASE_B}"\n')
    docs = list(iter_documents([str(tmp_path)], text_column="body", id_column="nr"))
    assert [(d.id, d.text) for d in docs] == [("17", RELEASE_A), ("18", RELEASE_B)]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # Unescaped quotes inside a quoted text: that row is an error, the rows after it are read.
        (
            (
                'id,text\nr1,"Lübeck liegt auf Platz 1."\nr2,"Kiel liegt "auf" Platz 2."\n'
                'r3,"Rostock liegt auf Platz 3."\nr4,Wismar liegt auf Platz 4.\n'
            ),
            [("r1", None), (":3", "line 3"), ("r3", None), ("r4", None)],
        ),
        # The same in a text with a line break: the error names both lines.
        (
            'id,text\nr1,"Zeile eins\nKiel liegt "auf" Platz 2."\nr2,"Jena liegt vorn."\n',
            [(":2", "lines 2-3"), ("r2", None)],
        ),
        # A quote that is never closed: only its own line is lost.
        (
            'id,text\nr1,"nie geschlossen\nr2,Erfurt liegt auf Platz 2.\nr3,Gera liegt auf Platz 3.\n',
            [(":2", "line 2"), ("r2", None), ("r3", None)],
        ),
        # Two broken rows in a row, then a good one.
        (
            'id,text\nr1,"a "b" c"\nr2,"d "e" f"\nr3,Suhl liegt vorn.\n',
            [(":2", "line 2"), (":3", "line 3"), ("r3", None)],
        ),
    ],
    ids=["inner-quotes", "inner-quotes-across-lines", "never-closed", "two-in-a-row"],
)
def test_a_badly_quoted_csv_row_does_not_swallow_the_rows_after_it(
    tmp_path: Path, content: str, expected: list[tuple[str, str | None]]
) -> None:
    path = tmp_path / "export.csv"
    write(path, content)
    docs = list(iter_documents([str(path)]))
    got = []
    for doc in docs:
        if doc.problem is None:
            got.append((doc.id, None))
        else:
            assert doc.problem.kind == "malformed" and doc.source.startswith(str(path))
            covered = re.search(r"lines? \d+(?:-\d+)?", doc.problem.message)
            got.append((doc.source.removeprefix(str(path)), covered.group(0) if covered else doc.problem.message))
    assert got == expected


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def statuses_jsonl(path: Path) -> dict[str, str | None]:
    return {r["source"]: (r["error"]["kind"] if "error" in r else None) for r in read_jsonl(path)}


def statuses_csv(folder: Path) -> dict[str, str | None]:
    with (folder / "documents.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return {r["source"]: (r["error_kind"] or None) for r in rows}


def statuses_sqlite(path: Path) -> dict[str, str | None]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT source, error_kind FROM documents").fetchall())


STATUSES = {"jsonl": statuses_jsonl, "csv": statuses_csv, "sqlite": statuses_sqlite}
OUTPUT_NAMES = {"jsonl": "out.jsonl", "csv": "out-csv", "sqlite": "out.sqlite"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_mixed_archive_each_format(
    fmt: str, tmp_path: Path, archive: tuple[list[str], dict[str, str | None]], shared_extractor: Extractor
) -> None:
    inputs, expected = archive
    output = tmp_path / OUTPUT_NAMES[fmt]
    summary = run(inputs, output, fmt=fmt, workers=1, extractor=shared_extractor, max_chars=MAX_CHARS, chunk_size=4)
    assert STATUSES[fmt](output) == expected
    failures = sum(1 for kind in expected.values() if kind)
    assert (summary.documents, summary.succeeded, summary.failed) == (len(expected), len(expected) - failures, failures)
    assert summary.exit_code == 1
    # Resume: a second run writes nothing new, and exits 1 while the output holds error records.
    again = run(inputs, output, fmt=fmt, workers=1, extractor=shared_extractor, max_chars=MAX_CHARS)
    assert (again.skipped, again.succeeded, again.failed, again.exit_code) == (len(expected), 0, 0, 1)
    assert again.output_errors == failures and f"holds {failures} error records" in again.describe()
    assert STATUSES[fmt](output) == expected


def test_jsonl_records_carry_id_source_and_facts(
    tmp_path: Path, archive: tuple[list[str], dict[str, str | None]], shared_extractor: Extractor
) -> None:
    inputs, _ = archive
    output = tmp_path / "out.jsonl"
    run(inputs, output, workers=1, extractor=shared_extractor, max_chars=MAX_CHARS)
    records = {r["source"]: r for r in read_jsonl(output)}
    one = records[f"{inputs[0]}/sub/one.json"]
    assert one["id"] == "pm-1" and one["published"] == "2023-09-18" and one["text"] == RELEASE_B
    assert {y["year"] for y in records[f"{inputs[0]}/a.txt"]["years"]} == {2023, 2024}
    assert records[f"{inputs[0]}/sub/page.html"]["title"] == "Neue Bibliothek eröffnet"
    error = records[f"{inputs[0]}/latin1.txt"]
    assert set(error) == {"id", "source", "error"} and error["error"]["kind"] == "undecodable"
    assert "UTF-8" in error["error"]["message"]


def test_all_good_inputs_exit_zero_and_duplicates_are_written_once(
    tmp_path: Path, shared_extractor: Extractor
) -> None:
    release = tmp_path / "r.txt"
    write(release, RELEASE_A)
    output = tmp_path / "out.jsonl"
    summary = run([str(release), str(release)], output, workers=1, extractor=shared_extractor)
    assert (summary.succeeded, summary.skipped, summary.exit_code) == (1, 1, 0)
    assert len(read_jsonl(output)) == 1


def test_csv_fact_files_are_keyed_by_document_id(
    tmp_path: Path, archive: tuple[list[str], dict[str, str | None]], shared_extractor: Extractor
) -> None:
    inputs, _ = archive
    output = tmp_path / "out-csv"
    run(inputs, output, fmt="csv", workers=1, extractor=shared_extractor, max_chars=MAX_CHARS)
    with (output / "years.csv").open(encoding="utf-8", newline="") as stream:
        years = list(csv.DictReader(stream))
    assert {"doc_id", "source", "year", "start", "end", "found_by"} <= set(years[0])
    with (output / "documents.csv").open(encoding="utf-8", newline="") as stream:
        doc_ids = {row["id"] for row in csv.DictReader(stream)}
    assert {row["doc_id"] for row in years} <= doc_ids
    assert {row["year"] for row in years if row["doc_id"] == "pm-1"} >= {"2023"}


def lübeck_ranking(doc_id: str, rank: int, year: int) -> dict[str, Any]:
    text = f"Lübeck belegt {year} den {rank}. Platz im Städteranking."
    return {
        "text": text, "published": f"{year}-05-01",
        "rankings": [{"entity": "Lübeck", "rank": rank, "year": year, "ranking": "Städteranking",
                      "category": None, "of": 71, "start": 0, "end": len(text), "found_by": "test",
                      "key": "Lübeck"}],
        "rank_changes": [], "scores": [], "years": [], "dates": [], "speakers": [], "quotes": [],
        "projects": [], "organizations": [],
    }


def documented_sql() -> str:
    """The "all rankings of Lübeck" query as the README section shows it."""
    text = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", text, flags=re.DOTALL)
    return next(block for block in blocks if "Lübeck" in block)


def test_sqlite_schema_and_documented_lübeck_join(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    with SqliteWriter(path) as writer:
        for doc_id, rank, year in [("pm-2", 8, 2024), ("pm-1", 11, 2023)]:
            writer.write(Result(Document(id=doc_id, source=f"{doc_id}.txt"), record=lübeck_ranking(doc_id, rank, year)))
        other = lübeck_ranking("pm-3", 3, 2024)
        other["rankings"][0]["entity"] = other["rankings"][0]["key"] = "Rostock"
        writer.write(Result(Document(id="pm-3", source="pm-3.txt"), record=other))
        # the titled name has the same key: the documented join finds it too
        titled = lübeck_ranking("pm-4", 5, 2025)
        titled["rankings"][0]["entity"] = "Hansestadt Lübeck"
        writer.write(Result(Document(id="pm-4", source="pm-4.txt"), record=titled))
        writer.write(Result(Document(id="bad", source="bad.txt"), problem=InputProblem("empty", "the text is empty")))
    with sqlite3.connect(path) as db:
        rows = db.execute(documented_sql()).fetchall()
        assert [(r[0], r[2], r[6]) for r in rows] == [("pm-1", 11, 2023), ("pm-2", 8, 2024), ("pm-4", 5, 2025)]
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(2,)]
        assert db.execute("SELECT names, facts, documents FROM entities WHERE key = 'Lübeck'").fetchall() == [
            ('["Hansestadt Lübeck", "Lübeck"]', 3, 3)
        ]
        foreign = db.execute("PRAGMA foreign_key_list(rankings)").fetchall()
        assert [(f[2], f[3], f[4]) for f in foreign] == [("documents", "doc_pk", "pk")]
        indexes = {row[1] for row in db.execute("PRAGMA index_list(rankings)").fetchall()}
        assert {"rankings_doc", "rankings_entity", "rankings_key"} <= indexes
        assert db.execute("SELECT status, error_kind FROM documents WHERE id = 'bad'").fetchall() == [("error", "empty")]


def test_sqlite_refuses_another_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    SqliteWriter(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(Exception, match="schema version 99"):
        SqliteWriter(path)


# --- torn output from a killed run, reproduced byte for byte -------------------------------------


def result(n: int) -> Result:
    return Result(Document(id=f"d{n}", source=f"s{n}.txt"), record=lübeck_ranking(f"d{n}", n, 2020 + n))


def test_jsonl_torn_last_line_is_cut_and_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with JsonlWriter(path) as writer:
        writer.write(result(1))
        writer.write(result(2))
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) - 40])  # the kill hit in the middle of line 2
    with JsonlWriter(path) as writer:
        assert writer.resumed == 1 and writer.has("s1.txt", "d1") and not writer.has("s2.txt", "d2")
        assert writer.write(result(2)) and not writer.write(result(1))
    assert path.read_bytes() == whole


def test_csv_torn_rows_and_unfinished_documents_are_cut(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    with CsvWriter(folder) as writer:
        writer.write(result(1))
    finished = {name: (folder / name).read_bytes() for name in ("documents.csv", "rankings.csv")}
    # A killed run: doc 2's fact row reached the disk, its documents.csv row only half.
    writer = CsvWriter(folder)
    writer.write(result(2))
    writer._files["rankings"].flush()
    writer._files["documents"].write('d2,s2.txt,ok,,,,2022-05-01,"Lübeck bel')
    writer._files["documents"].flush()
    assert (folder / "rankings.csv").read_bytes() != finished["rankings.csv"]
    with CsvWriter(folder) as reopened:
        assert reopened.resumed == 1
        assert {name: (folder / name).read_bytes() for name in finished} == finished
        reopened.write(result(2))
    with (folder / "rankings.csv").open(encoding="utf-8", newline="") as stream:
        assert [row["doc_id"] for row in csv.DictReader(stream)] == ["d1", "d2"]


def test_csv_resume_reads_texts_longer_than_the_csv_field_limit(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    long_record = lübeck_ranking("d1", 1, 2021)
    long_record["text"] = "Lübeck belegt den 1. Platz.\n" * 10_000  # 280,000 characters
    with CsvWriter(folder) as writer:
        writer.write(Result(Document(id="d1", source="s1.txt"), record=long_record))
    size = (folder / "documents.csv").stat().st_size
    with CsvWriter(folder) as reopened:
        assert reopened.resumed == 1 and reopened.has("s1.txt", "d1")
    assert (folder / "documents.csv").stat().st_size == size


def test_sqlite_uncommitted_documents_are_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "out.sqlite"
    with SqliteWriter(path) as writer:
        writer.write(result(1))
    writer = SqliteWriter(path)
    writer.write(result(2))
    writer._db.close()  # gone without commit, as in a kill
    with SqliteWriter(path) as reopened:
        assert reopened.resumed == 1 and not reopened.has("s2.txt", "d2")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM rankings").fetchone() == (1,)


# --- extraction failures are isolated ------------------------------------------------------------


class FlakyExtractor:
    """Raises on any text containing BOOM, like a component with a bug would."""

    def __init__(self, real: Extractor) -> None:
        self.real = real

    def extract_many(self, texts: list[str], **kwargs: Any) -> Any:
        if any("BOOM" in t for t in texts):
            raise RuntimeError("component failed")
        return self.real.extract_many(texts, **kwargs)

    def extract(self, text: str, published: str | None = None) -> Any:
        if "BOOM" in text:
            raise RuntimeError("component failed\nwith a traceback line")
        return self.real.extract(text, published=published)


def test_one_failing_document_does_not_spoil_its_chunk(shared_extractor: Extractor) -> None:
    flaky: Any = FlakyExtractor(shared_extractor)
    outcomes = extract_texts([(RELEASE_A, None), ("BOOM 2024", None), (RELEASE_C, "2022-05-02")], extractor=flaky)
    assert outcomes[0][0] is not None and outcomes[2][0] is not None
    assert outcomes[2][0]["published"] == "2022-05-02"
    assert outcomes[1] == (None, ("extraction", "RuntimeError: component failed"))


class SlowExtractor(FlakyExtractor):
    """Hangs on any text containing SLOW, like a pattern that backtracks without bound would."""

    def extract_many(self, texts: list[str], **kwargs: Any) -> Any:
        return [self.extract(t, published=p) for t, p in zip(texts, kwargs.get("published") or [None] * len(texts))]

    def extract(self, text: str, published: str | None = None) -> Any:
        while "SLOW" in text:
            pass
        return self.real.extract(text, published=published)


def test_a_hanging_document_times_out_alone(shared_extractor: Extractor) -> None:
    slow: Any = SlowExtractor(shared_extractor)
    outcomes = extract_texts([(RELEASE_A, None), ("SLOW 2024", None), (RELEASE_C, None)], extractor=slow, timeout=1.0)
    assert outcomes[0][0] is not None and outcomes[2][0] is not None
    assert outcomes[1] == (None, ("timeout", "extraction took longer than 1 s"))


# --- command line --------------------------------------------------------------------------------


def test_cli_batch_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good"
    write(good / "a.txt", RELEASE_A)
    write(good / "b.jsonl", json.dumps({"text": RELEASE_B}) + "\n")
    assert main(["batch", str(good), "-o", str(tmp_path / "ok.jsonl"), "--workers", "1"]) == 0
    assert "2 documents: 2 extracted, 0 failed" in capsys.readouterr().err
    write(good / "c.txt", b"\xff\xfe\x00")
    assert main(["batch", str(good), "-o", str(tmp_path / "ok.jsonl"), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "1 failed, 2 skipped" in err and "binary 1" in err
    # The rerun has nothing left to do, but the output still holds that error record.
    assert main(["batch", str(good), "-o", str(tmp_path / "ok.jsonl"), "--workers", "1"]) == 1
    assert "0 failed, 3 skipped" in capsys.readouterr().err
    # An output that cannot be written: one line, exit 2.
    assert main(["batch", str(good), "-o", str(good), "--format", "sqlite", "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressextract: error:") and err.count("\n") == 1
    assert main(["batch", str(good), "-o", str(tmp_path / "x.jsonl"), "--workers", "0"]) == 2


def test_stdout_output_and_silent_progress_off_a_terminal(
    tmp_path: Path, shared_extractor: Extractor, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    release = tmp_path / "r.txt"
    write(release, RELEASE_A)
    summary = run([str(release)], "-", workers=1, extractor=shared_extractor)
    captured = capsysbinary.readouterr()
    assert summary.exit_code == 0
    assert [json.loads(line)["source"] for line in captured.out.decode().splitlines()] == [str(release)]
    assert captured.err == b""  # no progress bar when stderr is not a terminal


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_mistyped_model_fails_before_any_document_is_read(
    workers: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "in" / "a.txt", RELEASE_A)
    output = tmp_path / "out.jsonl"
    argv = ["batch", str(tmp_path / "in"), "-o", str(output), "--workers", workers, "--model", "de_no_such_model_xyz"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressextract: error: cannot load the model 'de_no_such_model_xyz'") and err.count("\n") == 1
    assert not output.exists()
    # Through the API, too: standard input is not touched.
    stdin = io.BytesIO(json.dumps({"text": RELEASE_A}).encode() + b"\n")
    with pytest.raises(ModelError):
        run(["-"], output, workers=int(workers), model="de_no_such_model_xyz", stdin=stdin)
    assert stdin.tell() == 0 and not output.exists()


def unrelated_database(path: Path, own_documents_table: bool) -> bytes:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customers (name TEXT, city TEXT)")
        db.execute("INSERT INTO customers VALUES ('Anna Beispiel', 'Kiel')")
        if own_documents_table:
            db.execute("CREATE TABLE documents (title TEXT)")
    db.close()
    return path.read_bytes()


@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize("own_documents_table", [False, True])
def test_an_unrelated_sqlite_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], overwrite: bool, own_documents_table: bool
) -> None:
    write(tmp_path / "in" / "a.txt", RELEASE_A)
    output = tmp_path / "customers.db"
    before = unrelated_database(output, own_documents_table)
    argv = ["batch", str(tmp_path / "in"), "-o", str(output), "--workers", "1", *(["--overwrite"] if overwrite else [])]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "not a pressextract output" in err and err.count("\n") == 1
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.db", "in"]


def test_overwrite_replaces_only_pressextract_outputs(tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    write(notes, '{"todo": "Kiel anrufen"}\n')
    with pytest.raises(OutputError, match="not a pressextract output"):
        JsonlWriter(notes, overwrite=True)
    assert notes.read_text(encoding="utf-8") == '{"todo": "Kiel anrufen"}\n'
    folder = tmp_path / "tables"
    write(folder / "documents.csv", "Nummer,Titel\n1,Haushalt\n")
    with pytest.raises(OutputError, match="not a pressextract documents.csv"):
        CsvWriter(folder, overwrite=True)
    assert (folder / "documents.csv").read_text(encoding="utf-8") == "Nummer,Titel\n1,Haushalt\n"
    # Our own outputs are replaced.
    ours = tmp_path / "ours.sqlite"
    with SqliteWriter(ours) as writer:
        writer.write(result(1))
    with SqliteWriter(ours, overwrite=True) as writer:
        assert writer.resumed == 0
    with JsonlWriter(notes.with_name("out.jsonl")) as writer:
        writer.write(result(1))
    with JsonlWriter(notes.with_name("out.jsonl"), overwrite=True) as writer:
        assert writer.resumed == 0


def test_jsonl_lines_validate_against_the_batch_schema(
    tmp_path: Path, archive: tuple[list[str], dict[str, str | None]], shared_extractor: Extractor,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import jsonschema

    inputs, _ = archive
    output = tmp_path / "out.jsonl"
    run(inputs, output, workers=1, extractor=shared_extractor, max_chars=MAX_CHARS)
    assert main(["schema", "--batch"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    lines = read_jsonl(output)
    assert any("error" in line for line in lines) and any("title" in line for line in lines)
    for line in lines:
        jsonschema.validate(line, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**lines[0], "rankings": [{"rank": "drei"}]}, schema)
    assert "pressextract schema --batch" in json_schema()["description"]  # the record schema names it


# --- entity keys in the outputs ---------------------------------------------------------------------


def test_documented_release_query_finds_every_release_naming_the_key(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    query = next(b for b in re.findall(r"```sql\n(.*?)```", text, flags=re.DOTALL) if "dateline_key" in b)
    path = tmp_path / "facts.sqlite"
    with SqliteWriter(path) as writer:
        writer.write(Result(Document(id="pm-1", source="pm-1.txt"), record=lübeck_ranking("pm-1", 11, 2023)))
        datelined = {**lübeck_ranking("pm-2", 2, 2024), "rankings": []}
        datelined["dateline"] = {"place": "LÜBECK", "date": None, "start": 0, "end": 6, "key": "Lübeck"}
        writer.write(Result(Document(id="pm-2", source="pm-2.txt"), record=datelined))
        org = {**lübeck_ranking("pm-3", 3, 2024), "rankings": []}
        org["organizations"] = [{"name": "Hansestadt Lübeck", "start": 0, "end": 6, "found_by": "t", "key": "Lübeck"}]
        writer.write(Result(Document(id="pm-3", source="pm-3.txt"), record=org))
        writer.write(Result(Document(id="pm-4", source="pm-4.txt"), record={**lübeck_ranking("pm-4", 1, 2024), "rankings": []}))
    with sqlite3.connect(path) as db:
        assert sorted(row[0] for row in db.execute(query)) == ["pm-1", "pm-2", "pm-3"]
        assert db.execute("SELECT names, facts, documents FROM entities WHERE key = 'Lübeck'").fetchone() == (
            '["Hansestadt Lübeck", "LÜBECK", "Lübeck"]', 2, 3
        )
        indexes = {row[1] for row in db.execute("PRAGMA index_list(organizations)").fetchall()}
        assert "organizations_key" in indexes


def test_sqlite_output_of_the_old_schema_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    SqliteWriter(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE schema_version SET version = 1")
    with pytest.raises(OutputError, match=r"schema version 1, this pressextract writes 2 \(with entity keys.*start a new output"):
        SqliteWriter(path)
    SqliteWriter(path, overwrite=True).close()  # --overwrite starts it anew
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(2,)]


def test_csv_fact_files_have_key_columns_and_old_outputs_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "out-csv"
    with CsvWriter(folder) as writer:
        writer.write(Result(Document(id="pm-1", source="pm-1.txt"), record=lübeck_ranking("pm-1", 11, 2023)))
    with (folder / "rankings.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["entity"], r["key"]) for r in rows] == [("Lübeck", "Lübeck")]
    with (folder / "speakers.csv").open(encoding="utf-8", newline="") as stream:
        assert {"key", "organization_key"} <= set(next(csv.reader(stream)))
    # an output of the old version: documents.csv without the part columns, fact files without key
    old = tmp_path / "old-csv"
    old.mkdir()
    write(old / "documents.csv", "id,source,status,error_kind,error_message,title,published,text\n")
    with pytest.raises(OutputError, match="older pressextract.*start a new output"):
        CsvWriter(old)
    write(old / "documents.csv", (folder / "documents.csv").read_text(encoding="utf-8"))
    write(old / "rankings.csv", "doc_id,source,entity,rank,year,ranking,category,of,start,end,found_by\n")
    with pytest.raises(OutputError, match="lacks the column.*key.*start a new output"):
        CsvWriter(old)


def test_documented_quotes_of_a_body_query(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    query = next(b for b in re.findall(r"```sql\n(.*?)```", text, flags=re.DOTALL) if "organization_key" in b and "quotes" in b)
    record = {**lübeck_ranking("pm-1", 1, 2024), "rankings": []}
    record["speakers"] = [{"name": "Anna Beispiel", "title": None, "role": None, "organization": "DFG", "start": 0,
                           "end": 6, "found_by": "t", "key": "Anna Beispiel", "organization_key": "Deutsche Forschungsgemeinschaft"}]
    record["quotes"] = [{"text": "Gut so", "speaker": "Anna Beispiel", "start": 0, "end": 6, "found_by": "t"}]
    path = tmp_path / "facts.sqlite"
    with SqliteWriter(path) as writer:
        writer.write(Result(Document(id="pm-1", source="pm-1.txt"), record=record))
    with sqlite3.connect(path) as db:
        assert db.execute(query).fetchall() == [("pm-1", "Anna Beispiel", "Gut so")]
        assert db.execute("SELECT kind, names, facts FROM entities ORDER BY kind").fetchall() == [
            ("body", '["DFG"]', 1), ("person", '["Anna Beispiel"]', 1)
        ]
