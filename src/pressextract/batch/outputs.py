"""Writing batch results for other systems: JSONL, CSV (a folder of files) and SQLite.

Every writer is resumable and safe against SIGKILL:

- it remembers which documents (keyed by source and id) it already holds, so a rerun with the
  same output skips them;
- JSONL is append-only, one whole line per document; a line torn by a kill is cut off when the
  file is opened again;
- CSV writes a document's fact rows first and its ``documents.csv`` row only after the fact files
  are flushed; on reopening, a torn last row and fact rows of documents that never got their
  ``documents.csv`` row are cut off;
- SQLite writes each batch of documents in one transaction; a kill rolls back the open one.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

from ..records import FACT_FIELDS, FACT_TYPES, PressRelease
from .inputs import Document, InputProblem

__all__ = [
    "FORMATS",
    "SQLITE_SCHEMA_VERSION",
    "CsvWriter",
    "JsonlWriter",
    "OutputError",
    "Result",
    "SqliteWriter",
    "Writer",
    "guess_format",
    "open_writer",
]

FORMATS = ("jsonl", "csv", "sqlite")
# 2: entity keys (``key`` columns, indexed) and the ``entities`` table. An output of version 1 is
# refused with a message to start a new one: its facts have no keys to join on.
SQLITE_SCHEMA_VERSION = 2
_SQLITE_SUFFIXES = {".sqlite", ".sqlite3", ".db"}


class OutputError(Exception):
    """An output that cannot be opened or is not one this module wrote; one line for the user."""


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one document: its record (``PressRelease.to_dict()``) or its problem."""

    document: Document
    record: dict[str, Any] | None = None
    problem: InputProblem | None = None

    def __post_init__(self) -> None:
        if (self.record is None) == (self.problem is None):
            raise ValueError("a Result has either a record or a problem")

    @property
    def ok(self) -> bool:
        return self.record is not None

    def to_json_object(self) -> dict[str, Any]:
        """The JSONL shape: {"id", "source", ["title"], **record} or {"id", "source", "error"}."""
        head: dict[str, Any] = {"id": self.document.id, "source": self.document.source}
        if self.problem is not None:
            head["error"] = {"kind": self.problem.kind, "message": self.problem.message}
            return head
        if self.document.title is not None:
            head["title"] = self.document.title
        assert self.record is not None
        return {**head, **self.record}


def key_hash(source: str, doc_id: str) -> int:
    """A 64-bit digest of a document key: a million done documents cost tens of MB, not their ids."""
    digest = hashlib.blake2b(f"{source}\x00{doc_id}".encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "big")


def guess_format(output: str | os.PathLike[str]) -> str:
    """The format an output's name implies: ``.sqlite``/``.sqlite3``/``.db`` SQLite, an existing folder CSV,
    anything else JSONL."""
    path = Path(output)
    if path.suffix.lower() in _SQLITE_SUFFIXES:
        return "sqlite"
    if path.is_dir():
        return "csv"
    return "jsonl"


_W = TypeVar("_W", bound="Writer")


class Writer:
    """The interface of the output writers (a context manager)."""

    def has(self, source: str, doc_id: str) -> bool:
        """Whether the output already holds this document (from an earlier run or this one)."""
        raise NotImplementedError

    def write(self, result: Result) -> bool:
        """Add one document's result; False (and nothing written) when the output already has it."""
        raise NotImplementedError

    def commit(self) -> None:
        """Make everything written so far durable against a kill of this process."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @property
    def resumed(self) -> int:
        """How many documents the output held when it was opened."""
        raise NotImplementedError

    @property
    def errors(self) -> int:
        """How many error records the output holds now (from earlier runs and this one)."""
        raise NotImplementedError

    def __enter__(self: _W) -> _W:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _json_line(obj: dict[str, Any]) -> bytes:
    try:
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (possible in JSON input) are not UTF-8: escape them instead.
        return (json.dumps(obj, ensure_ascii=True) + "\n").encode("ascii")


def _complete_lines(path: Path) -> Iterator[tuple[bytes, int]]:
    """(line, end offset) for each line that ends with a newline; a torn last line is left out."""
    offset = 0
    with path.open("rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                return
            offset += len(line)
            yield line, offset


def _truncate(path: Path, size: int) -> None:
    if path.stat().st_size != size:
        with path.open("r+b") as stream:
            stream.truncate(size)


class _DigestWriter(Writer):
    """A file output that knows what it holds by an in-memory set of key digests.

    JSONL and CSV cannot look a document up, so they read their keys once when opened (to
    resume) and remember each one written; SQLite asks its index instead.
    """

    _done: set[int]
    _resumed: int
    _errors: int

    @property
    def resumed(self) -> int:
        return self._resumed

    @property
    def errors(self) -> int:
        return self._errors

    def has(self, source: str, doc_id: str) -> bool:
        return key_hash(source, doc_id) in self._done

    def _claim(self, result: Result) -> bool:
        """Mark the result's document as written; False when the output already has it."""
        key = key_hash(result.document.source, result.document.id)
        if key in self._done:
            return False
        self._done.add(key)
        self._errors += not result.ok
        return True


def _check_jsonl_output(path: Path) -> None:
    """Refuse to replace a file whose first line is not a pressextract batch line (``--overwrite``)."""
    with path.open("rb") as stream:
        first = stream.readline(1 << 20).strip()
        while not first and stream.peek(1):
            first = stream.readline(1 << 20).strip()
    if not first:
        return
    try:
        obj = json.loads(first)
        ok = isinstance(obj, dict) and {"id", "source"} <= set(obj)
    except ValueError:
        ok = False
    if not ok:
        raise OutputError(f"{path}: exists and is not a pressextract output; --overwrite replaces only those")


class JsonlWriter(_DigestWriter):
    """One JSON object a line, appended whole; ``-`` writes to standard output (no resume)."""

    def __init__(self, output: str | os.PathLike[str], *, overwrite: bool = False) -> None:
        self._done: set[int] = set()
        self._resumed = 0
        self._errors = 0
        self._owns_stream = os.fspath(output) != "-"
        if not self._owns_stream:
            self._stream: IO[bytes] = sys.stdout.buffer
            return
        path = Path(output)
        if path.is_dir():
            raise OutputError(f"{path}: is a directory; JSONL output needs a file name")
        if path.exists() and overwrite:
            _check_jsonl_output(path)
        if path.exists() and not overwrite:
            end = 0
            for number, (line, end_offset) in enumerate(_complete_lines(path), start=1):
                if line.strip():
                    try:
                        obj = json.loads(line)
                        self._done.add(key_hash(obj["source"], obj["id"]))
                        self._errors += "error" in obj
                    except (ValueError, KeyError, TypeError):
                        raise OutputError(
                            f"{path}:{number}: not a pressextract batch line; choose another output or --overwrite"
                        ) from None
                end = end_offset
            _truncate(path, end)  # a line torn by a kill: it is written again below
            self._resumed = len(self._done)
        elif path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._stream = path.open("wb" if overwrite else "ab")
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None

    def write(self, result: Result) -> bool:
        if not self._claim(result):
            return False
        self._stream.write(_json_line(result.to_json_object()))
        return True

    def commit(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        self.commit()
        if self._owns_stream:
            self._stream.close()


def _columns(fact_type: type) -> list[str]:
    return [f.name for f in dataclasses.fields(fact_type)]


_CSV_FIELD_LIMIT = 2**31 - 1
DOCUMENT_COLUMNS = [
    "id", "source", "status", "error_kind", "error_message", "title", "published",
    "headline", "dateline_place", "dateline_key", "text",
]
# documents.csv of record schema 1.0 (before the release parts): recognized to say what to do.
_OLD_DOCUMENT_COLUMNS = ["id", "source", "status", "error_kind", "error_message", "title", "published", "text"]


def _part_values(record: dict[str, Any]) -> list[object]:
    """The documents columns of a record's parts: headline, dateline place and its key."""
    headline = record.get("headline") or {}
    dateline = record.get("dateline") or {}
    return [headline.get("text"), dateline.get("place"), dateline.get("key")]


def _csv_value(value: object) -> object:
    return "" if value is None else value


def _csv_rows(path: Path) -> Iterator[tuple[list[str], int]]:
    """(row, end offset) for each complete row of a CSV file written by :class:`CsvWriter`.

    Rows may span lines (texts with line breaks are quoted); a row is complete when the reader
    finished it at a newline. A torn row at the end (unclosed quote, no newline) is left out.
    """
    with path.open("rb") as stream:
        offset = 0
        ends_with_newline = True

        def lines() -> Iterator[str]:
            nonlocal offset, ends_with_newline
            for raw in stream:
                offset += len(raw)
                ends_with_newline = raw.endswith(b"\n")
                yield raw.decode("utf-8", errors="replace")

        reader = csv.reader(lines(), strict=True)
        previous_limit = csv.field_size_limit(_CSV_FIELD_LIMIT)  # texts are longer than the 128 KiB default
        try:
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    if stream.read(1):  # not at the end: damage, not a torn last row
                        raise OutputError(f"{path}: broken CSV near byte {offset}: {exc}") from None
                    return
                if not ends_with_newline:
                    return
                yield row, offset
        finally:
            csv.field_size_limit(previous_limit)


class CsvWriter(_DigestWriter):
    """A folder: ``documents.csv`` (one row per document) and one CSV per fact kind, keyed by ``doc_id``."""

    def __init__(self, output: str | os.PathLike[str], *, overwrite: bool = False) -> None:
        self.folder = Path(output)
        if self.folder.exists() and not self.folder.is_dir():
            raise OutputError(f"{self.folder}: exists and is not a folder; CSV output is a folder of files")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot create: {exc.strerror or exc}") from None
        self._done: set[int] = set()
        self._errors = 0
        self._pending_documents: list[list[object]] = []
        self._fact_columns = {name: ["doc_id", "source", *_columns(FACT_TYPES[name])] for name in FACT_FIELDS}
        documents_path = self.folder / "documents.csv"
        if overwrite and documents_path.exists() and documents_path.stat().st_size:
            with documents_path.open(encoding="utf-8", errors="replace", newline="") as existing:
                header = next(csv.reader([existing.readline()]), [])
            if header not in (DOCUMENT_COLUMNS, _OLD_DOCUMENT_COLUMNS):
                raise OutputError(
                    f"{documents_path}: not a pressextract documents.csv; --overwrite replaces only those"
                )
        if not overwrite and documents_path.exists():
            self._check_fact_headers()
            self._recover(documents_path)
        self._resumed = len(self._done)
        mode = "w" if overwrite else "a"
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        for name, columns in [("documents", DOCUMENT_COLUMNS), *self._fact_columns.items()]:
            path = self.folder / f"{name}.csv"
            is_new = overwrite or not path.exists() or path.stat().st_size == 0
            stream = path.open(mode, encoding="utf-8", newline="")
            writer = csv.writer(stream, lineterminator="\n")
            if is_new:
                writer.writerow(columns)
            self._files[name] = stream
            self._writers[name] = writer
        self._files["documents"].flush()

    def _check_fact_headers(self) -> None:
        """Refuse to append to fact files of other columns (an output of an older pressextract,
        without the ``key`` columns): the rows would not line up with their header."""
        for name, columns in self._fact_columns.items():
            path = self.folder / f"{name}.csv"
            if not path.exists() or path.stat().st_size == 0:
                continue
            with path.open(encoding="utf-8", errors="replace", newline="") as existing:
                header = next(csv.reader([existing.readline()]), [])
            if header != columns:
                missing = [c for c in columns if c not in header]
                why = f"it lacks the column(s) {', '.join(missing)}" if missing else "its columns differ"
                raise OutputError(
                    f"{path}: written by another pressextract version ({why}); start a new output "
                    "(another folder, or --overwrite)"
                )

    def _recover(self, documents_path: Path) -> None:
        """Resume: read the finished documents, cut torn rows and rows of unfinished documents."""
        end = 0
        for number, (row, row_end) in enumerate(_csv_rows(documents_path)):
            if number == 0:
                if row == _OLD_DOCUMENT_COLUMNS:
                    raise OutputError(
                        f"{documents_path}: written by an older pressextract (no entity keys, no release parts); "
                        "start a new output (another folder, or --overwrite)"
                    )
                if row != DOCUMENT_COLUMNS:
                    raise OutputError(f"{documents_path}: not a pressextract documents.csv; choose another output")
            elif len(row) == len(DOCUMENT_COLUMNS):
                self._done.add(key_hash(row[1], row[0]))
                self._errors += row[2] == "error"
            end = row_end
        _truncate(documents_path, end)
        for name in FACT_FIELDS:
            path = self.folder / f"{name}.csv"
            if not path.exists():
                continue
            keep = 0
            for number, (row, row_end) in enumerate(_csv_rows(path)):
                # Fact rows come before their document's row: rows of a document that has none
                # yet can only be at the end, written by the run that was killed.
                if number == 0 or (len(row) >= 2 and key_hash(row[1], row[0]) in self._done):
                    keep = row_end
            _truncate(path, keep)

    def write(self, result: Result) -> bool:
        if not self._claim(result):
            return False
        doc = result.document
        record = result.record
        if record is not None:
            for name in FACT_FIELDS:
                columns = self._fact_columns[name]
                for item in record.get(name, []):
                    values = [doc.id, doc.source, *(item.get(c) for c in columns[2:])]
                    self._writers[name].writerow([_csv_value(v) for v in values])
            row: list[object] = [
                doc.id, doc.source, "ok", "", "", doc.title, record.get("published"), *_part_values(record), record["text"]
            ]
        else:
            assert result.problem is not None
            row = [doc.id, doc.source, "error", result.problem.kind, result.problem.message, doc.title, "", "", "", "", ""]
        # Held back until commit(), after the fact files are flushed: a document's row on disk
        # promises that all its facts are there.
        self._pending_documents.append([_csv_value(v) for v in row])
        return True

    def commit(self) -> None:
        for name in FACT_FIELDS:
            self._files[name].flush()
        documents = self._files["documents"]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(self._pending_documents)
        documents.write(buffer.getvalue())
        documents.flush()
        self._pending_documents.clear()

    def close(self) -> None:
        self.commit()
        for stream in self._files.values():
            stream.close()


def _sql_type(type_name: str) -> str:
    base = type_name.replace(" ", "").replace("|None", "")
    return {"int": "INTEGER", "float": "REAL"}.get(base, "TEXT")


def sqlite_schema() -> list[str]:
    """The DDL of the SQLite output (also documented in docs/batch.md)."""
    statements = [
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, record_schema TEXT NOT NULL)",
        """CREATE TABLE IF NOT EXISTS documents (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error_kind TEXT,
    error_message TEXT,
    title TEXT,
    published TEXT,
    headline TEXT,
    dateline_place TEXT,
    dateline_key TEXT,
    text TEXT,
    UNIQUE (source, id)
)""",
        "CREATE INDEX IF NOT EXISTS documents_id ON documents (id)",
        "CREATE INDEX IF NOT EXISTS documents_published ON documents (published)",
        "CREATE INDEX IF NOT EXISTS documents_dateline_key ON documents (dateline_key)",
        # One row per entity key: who or what the facts name, across all documents.
        """CREATE TABLE IF NOT EXISTS entities (
    "key" TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('body', 'person')),
    names TEXT NOT NULL,
    facts INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY ("key", kind)
)""",
    ]
    for name in FACT_FIELDS:
        columns = []
        for f in dataclasses.fields(FACT_TYPES[name]):
            type_name = str(f.type)
            not_null = "" if "None" in type_name else " NOT NULL"
            columns.append(f'    "{f.name}" {_sql_type(type_name)}{not_null}')
        body = ",\n".join(
            [
                "    doc_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE",
                "    position INTEGER NOT NULL",
                *columns,
            ]
        )
        statements.append(f"CREATE TABLE IF NOT EXISTS {name} (\n{body}\n)")
        statements.append(f"CREATE INDEX IF NOT EXISTS {name}_doc ON {name} (doc_pk)")
        for column in _SQLITE_LOOKUP_COLUMNS.get(name, ()):
            statements.append(f'CREATE INDEX IF NOT EXISTS {name}_{column} ON {name} ("{column}")')
    return statements


# The columns a user looks facts up by ("all rankings of Lübeck", "every quote of X").
_SQLITE_LOOKUP_COLUMNS: dict[str, tuple[str, ...]] = {
    "rankings": ("entity", "key", "year"),
    "rank_changes": ("entity", "key"),
    "scores": ("entity", "key"),
    "years": ("year",),
    "dates": ("date",),
    "speakers": ("name", "key", "organization", "organization_key"),
    "quotes": ("speaker",),
    "projects": ("name",),
    "organizations": ("name", "key"),
}

# Where the keys of a record are: (fact kind, key column, name column, entity kind). A speaker's
# name key is a person; every other key names a body (a place, an organization, a ranked thing).
_KEYED_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("rankings", "key", "entity", "body"),
    ("rank_changes", "key", "entity", "body"),
    ("scores", "key", "entity", "body"),
    ("organizations", "key", "name", "body"),
    ("speakers", "organization_key", "organization", "body"),
    ("speakers", "key", "name", "person"),
)
# How many different names an entities row keeps (the forms of one key are few; this bounds a
# pathological archive).
_MAX_ENTITY_NAMES = 50


def record_entities(record: dict[str, Any]) -> dict[tuple[str, str], tuple[set[str], int]]:
    """(key, kind) → (the names seen, how many facts) for one record (``PressRelease.to_dict()``)."""
    out: dict[tuple[str, str], tuple[set[str], int]] = {}
    for field_name, key_column, name_column, kind in _KEYED_COLUMNS:
        for item in record.get(field_name, []):
            key = item.get(key_column)
            if not key:
                continue
            names, count = out.get((key, kind), (set(), 0))
            if item.get(name_column):
                names.add(item[name_column])
            out[(key, kind)] = (names, count + 1)
    # The dateline's place is named too, but is no fact: it adds its name, not to the count.
    dateline = record.get("dateline") or {}
    if dateline.get("key"):
        names, count = out.get((dateline["key"], "body"), (set(), 0))
        if dateline.get("place"):
            names.add(dateline["place"])
        out[(dateline["key"], "body")] = (names, count)
    return out


def _check_sqlite_output(path: Path) -> None:
    """Refuse (untouched) an existing file that is not a pressextract SQLite output.

    An empty file or a database without tables is fine; a database of someone else's must
    neither get our tables added nor be replaced by ``--overwrite``.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    refuse = f"{path}: exists and is not a pressextract output; choose another output"
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return
            columns = {row[1] for row in db.execute("PRAGMA table_info(schema_version)")} if "schema_version" in tables else set()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        raise OutputError(f"{path}: exists and is not an SQLite database; choose another output") from None
    if "documents" not in tables or columns != {"version", "record_schema"}:
        raise OutputError(refuse)


class SqliteWriter(Writer):
    """A ``documents`` table and one table per fact kind (``doc_pk`` → ``documents.pk``)."""

    def __init__(self, output: str | os.PathLike[str], *, overwrite: bool = False) -> None:
        path = Path(output)
        if path.is_dir():
            raise OutputError(f"{path}: is a directory; SQLite output needs a file name")
        _check_sqlite_output(path)
        if overwrite:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        try:
            self._db = sqlite3.connect(path)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._setup()
        except sqlite3.DatabaseError as exc:
            raise OutputError(f"{path}: not a usable SQLite database: {exc}") from None
        except OutputError:
            self._db.close()
            raise
        self._resumed = int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])
        self._errors = int(self._db.execute("SELECT count(*) FROM documents WHERE status = 'error'").fetchone()[0])
        self._fact_sql = {}
        for name in FACT_FIELDS:
            columns = _columns(FACT_TYPES[name])
            names = ", ".join(["doc_pk", "position", *(f'"{c}"' for c in columns)])
            marks = ", ".join("?" * (len(columns) + 2))
            self._fact_sql[name] = (f"INSERT INTO {name} ({names}) VALUES ({marks})", columns)

    def _setup(self) -> None:
        version = None
        has_table = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if has_table:
            row = self._db.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else None
            if version != SQLITE_SCHEMA_VERSION:
                older = isinstance(version, int) and version < SQLITE_SCHEMA_VERSION
                raise OutputError(
                    f"{self._path}: an output of schema version {version}, this pressextract writes "
                    f"{SQLITE_SCHEMA_VERSION}"
                    + (" (with entity keys and an entities table)" if older else "")
                    + "; start a new output (another name, or --overwrite)"
                )
        with self._db:
            for statement in sqlite_schema():
                self._db.execute(statement)
            if version is None:
                self._db.execute(
                    "INSERT INTO schema_version (version, record_schema) VALUES (?, ?)",
                    (SQLITE_SCHEMA_VERSION, PressRelease.SCHEMA_VERSION),
                )

    @property
    def resumed(self) -> int:
        return self._resumed

    @property
    def errors(self) -> int:
        return self._errors

    def has(self, source: str, doc_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM documents WHERE source = ? AND id = ?", (source, doc_id)).fetchone()
        return row is not None

    def write(self, result: Result) -> bool:
        doc = result.document
        if self.has(doc.source, doc.id):
            return False
        record = result.record
        if record is not None:
            values: tuple[object, ...] = (
                doc.id, doc.source, "ok", None, None, doc.title, record.get("published"), *_part_values(record), record["text"]
            )
        else:
            assert result.problem is not None
            values = (
                doc.id, doc.source, "error", result.problem.kind, result.problem.message, doc.title, None, None, None, None, None
            )
        cursor = self._db.execute(
            "INSERT INTO documents (id, source, status, error_kind, error_message, title, published,"
            " headline, dateline_place, dateline_key, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        doc_pk = cursor.lastrowid
        self._errors += record is None
        if record is not None:
            for name in FACT_FIELDS:
                sql, columns = self._fact_sql[name]
                rows = [
                    (doc_pk, position, *(item.get(c) for c in columns))
                    for position, item in enumerate(record.get(name, []))
                ]
                if rows:
                    self._db.executemany(sql, rows)
            self._add_entities(record)
        return True

    def _add_entities(self, record: dict[str, Any]) -> None:
        for (key, kind), (names, count) in record_entities(record).items():
            row = self._db.execute('SELECT names FROM entities WHERE "key" = ? AND kind = ?', (key, kind)).fetchone()
            if row is None:
                self._db.execute(
                    'INSERT INTO entities ("key", kind, names, facts, documents) VALUES (?, ?, ?, ?, 1)',
                    (key, kind, json.dumps(sorted(names)[:_MAX_ENTITY_NAMES], ensure_ascii=False), count),
                )
                continue
            seen = set(json.loads(row[0]))
            merged = sorted(seen | names)[:_MAX_ENTITY_NAMES] if not names <= seen else sorted(seen)
            self._db.execute(
                'UPDATE entities SET names = ?, facts = facts + ?, documents = documents + 1 WHERE "key" = ? AND kind = ?',
                (json.dumps(merged, ensure_ascii=False), count, key, kind),
            )

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self.commit()
        self._db.close()


def open_writer(output: str | os.PathLike[str], fmt: str | None = None, *, overwrite: bool = False) -> Writer:
    """The writer for ``output`` in ``fmt`` (default: guessed from the name, see :func:`guess_format`)."""
    fmt = fmt or guess_format(output)
    if fmt == "jsonl":
        return JsonlWriter(output, overwrite=overwrite)
    if fmt == "csv":
        if os.fspath(output) == "-":
            raise OutputError("CSV output is a folder of files; it cannot go to standard output")
        return CsvWriter(output, overwrite=overwrite)
    if fmt == "sqlite":
        if os.fspath(output) == "-":
            raise OutputError("SQLite output cannot go to standard output")
        return SqliteWriter(output, overwrite=overwrite)
    raise OutputError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
