"""Reading press archives: folders, files, globs and JSONL on standard input, as a stream of documents.

Every document the inputs hold comes out exactly once, either with its text or with an
:class:`InputProblem` that says why it cannot be read (missing file, binary, undecodable, empty,
oversized, malformed JSON/CSV). Nothing here raises for a bad document, and nothing reads more
than one file (or one JSONL line) into memory at a time.

Ids and sources: ``source`` is where a document came from, precise enough to find it again
(``archive/a.txt``, ``dump.jsonl:12`` for line 12, ``export.csv:7`` for the row starting on line 7,
``list.json[3]`` for the fourth item of a JSON array, ``<stdin>:5``). ``id`` is the document's own
id (a JSON ``"id"`` or a CSV id column) and otherwise its source. The pair (source, id) is the key
under which outputs remember a document, which is what makes reruns resumable.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

__all__ = [
    "DEFAULT_MAX_CHARS",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "Document",
    "InputProblem",
    "count_documents",
    "iter_documents",
]

# A 5 MB release must still go through (it is processed in pieces); beyond this a "document"
# is almost surely a mis-split dump, and reading it whole would defeat flat memory.
DEFAULT_MAX_CHARS = 10_000_000
# UTF-8 needs at most 4 bytes a character: a file larger than this cannot fit ``max_chars``.
_BYTES_PER_CHAR = 4
# Like the ``extract`` command: NUL bytes near the start mean a binary file, not text.
_BINARY_PROBE = 8192

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl", ".ndjson", ".csv"}
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Why a document cannot be processed: a short ``kind`` for machines, a message for people.

    Kinds: ``missing``, ``unreadable``, ``binary``, ``undecodable``, ``malformed``, ``empty``,
    ``oversized`` (and, from extraction, ``extraction``, ``timeout`` and ``worker_crash``).
    """

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class Document:
    """One press release of an archive, or the problem that stopped reading it."""

    id: str
    source: str
    text: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    title: str | None = None
    problem: InputProblem | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.id)


class _Problem(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.problem = InputProblem(kind, message)


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), the same rule as ``pressextract extract``."""
    if b"\x00" in data[:_BINARY_PROBE]:
        raise _Problem("binary", "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Problem(
            "undecodable", f"not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
        ) from None


def _normalize_published(value: object) -> str | None:
    """An ISO date from a metadata field; ISO date-times keep their date part."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        candidate = value.strip()
        for text in (candidate, candidate[:10]):
            try:
                return dt.date.fromisoformat(text).isoformat()
            except ValueError:
                continue
    raise _Problem("malformed", f"published is not an ISO date (YYYY-MM-DD): {value!r}")


def _check_text(text: object, max_chars: int) -> str:
    if not isinstance(text, str):
        raise _Problem("malformed", f"the text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise _Problem("empty", "the text is empty")
    if len(text) > max_chars:
        raise _Problem("oversized", f"the text has {len(text):,} characters, more than --max-chars {max_chars:,}")
    if not _is_unicode(text):
        # JSON "\ud800" escapes decode to lone surrogates, which no output can store as UTF-8.
        raise _Problem("undecodable", "the text contains unpaired surrogate code points")
    return text


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _clean(value: str) -> str:
    """An id or title as valid Unicode (lone surrogates become U+FFFD)."""
    return value if _is_unicode(value) else value.encode("utf-8", "replace").decode("utf-8")


def _own_id(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return _clean(str(value))
    raise _Problem("malformed", f"id must be a string or an integer, got {type(value).__name__}")


def _problem_doc(source: str, problem: InputProblem, doc_id: str | None = None) -> Document:
    return Document(id=doc_id or source, source=source, problem=problem)


def _from_mapping(data: object, source: str, max_chars: int, text_key: str, id_key: str = "id") -> Document:
    """A document from a JSON object (or a CSV row as a dict)."""
    doc_id: str | None = None
    try:
        if not isinstance(data, dict):
            raise _Problem("malformed", f"expected a JSON object with {text_key!r}, got {type(data).__name__}")
        doc_id = _own_id(data.get(id_key))
        if text_key not in data:
            raise _Problem("malformed", f"no {text_key!r} field")
        text = _check_text(data[text_key], max_chars)
        published = _normalize_published(data.get("published"))
        title = data.get("title")
        return Document(
            id=doc_id or source,
            source=source,
            text=text,
            published=published,
            title=_clean(title) if isinstance(title, str) and title else None,
        )
    except _Problem as exc:
        return _problem_doc(source, exc.problem, doc_id)


def _read_bytes(path: Path, max_chars: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_chars * _BYTES_PER_CHAR:
            raise _Problem("oversized", f"the file has {size:,} bytes, too many for --max-chars {max_chars:,}")
        return path.read_bytes()
    except OSError as exc:
        raise _Problem("unreadable", f"cannot read: {exc.strerror or exc}") from None


def _text_file(path: Path, source: str, max_chars: int) -> Iterator[Document]:
    try:
        text = _check_text(_decode(_read_bytes(path, max_chars)), max_chars)
        yield Document(id=source, source=source, text=text)
    except _Problem as exc:
        yield _problem_doc(source, exc.problem)


def _html_file(path: Path, source: str, max_chars: int) -> Iterator[Document]:
    """The main text of a web page, its title and date, through trafilatura."""
    import trafilatura

    try:
        html = _read_bytes(path, max_chars)
        if b"\x00" in html[:_BINARY_PROBE]:
            raise _Problem("binary", "looks like a binary file, not HTML")
        # Bytes, not str: trafilatura reads the page's declared charset (crawled German pages are
        # often windows-1252 or ISO-8859-1) and detects it where none is declared.
        # Only the page's metadata, not dates guessed from anywhere in the page: a wrong
        # ``published`` would override the dateline that the extractor reads from the text.
        try:
            result: Any = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        except Exception as exc:  # noqa: BLE001 - a page the HTML parser chokes on is one bad document
            raise _Problem("malformed", f"cannot parse the HTML: {type(exc).__name__}: {exc}"[:300]) from None
        if result is None or not (result.text or "").strip():
            raise _Problem("empty", "no main text found in the HTML page")
        text = _check_text(result.text, max_chars)
        try:
            published = _normalize_published(result.date)
        except _Problem:
            published = None  # a page date we cannot read is no reason to lose the page
        yield Document(id=source, source=source, text=text, published=published, title=result.title or None)
    except _Problem as exc:
        yield _problem_doc(source, exc.problem)


def _json_file(path: Path, source: str, max_chars: int, text_key: str, id_key: str) -> Iterator[Document]:
    try:
        raw = _decode(_read_bytes(path, max_chars))
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise _Problem("malformed", f"not JSON: {exc}") from None
    except _Problem as exc:
        yield _problem_doc(source, exc.problem)
        return
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield _from_mapping(item, f"{source}[{index}]", max_chars, text_key, id_key)
    else:
        yield _from_mapping(data, source, max_chars, text_key, id_key)


def _jsonl_lines(
    stream: IO[bytes], source: str, max_chars: int, text_key: str, id_key: str = "id"
) -> Iterator[Document]:
    """One document per non-blank line; a bad line is an error record, the others go on."""
    limit = max_chars * _BYTES_PER_CHAR + 2
    number = 0
    while True:
        line = stream.readline(limit)
        if not line:
            return
        number += 1
        line_source = f"{source}:{number}"
        if not line.endswith(b"\n") and len(line) >= limit:
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = stream.readline(1 << 20)
            yield _problem_doc(line_source, InputProblem("oversized", "the line is longer than --max-chars allows"))
            continue
        if not line.strip():
            continue
        try:
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            try:
                data = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise _Problem("undecodable", f"not UTF-8 text (byte {exc.start} of the line)") from None
            except json.JSONDecodeError as exc:
                raise _Problem("malformed", f"not JSON: {exc}") from None
        except _Problem as exc:
            yield _problem_doc(line_source, exc.problem)
            continue
        yield _from_mapping(data, line_source, max_chars, text_key, id_key)


def _jsonl_file(path: Path, source: str, max_chars: int, text_key: str, id_key: str) -> Iterator[Document]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield _problem_doc(source, InputProblem("unreadable", f"cannot read: {exc.strerror or exc}"))
        return
    with stream:
        yield from _jsonl_lines(stream, source, max_chars, text_key, id_key)


def _csv_file(
    path: Path, source: str, max_chars: int, text_column: str, id_column: str
) -> Iterator[Document]:
    """One document per row; ``text_column`` holds the text, ``id_column`` and ``published`` are optional.

    Lines are decoded one at a time, so a bad byte spoils only the row it is in. A row with
    broken quoting (``r2,"Kiel liegt "auf" Platz 2."``) becomes one ``malformed`` record that
    names the lines it covers, and reading goes on with the next line: the reader starts every
    row afresh. A quote that is never closed would run to the end of the file; then only its
    own line is the error and reading starts again on the line after it.
    """
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield _problem_doc(source, InputProblem("unreadable", f"cannot read: {exc.strerror or exc}"))
        return
    bad_lines: set[int] = set()
    line_number = 0
    row_first_line = 1  # the line the row being read starts on
    after_row_first_line = 0  # byte offset where the line after it starts
    offset = 0
    exhausted = False

    def lines() -> Iterator[str]:
        nonlocal line_number, after_row_first_line, offset, exhausted
        for raw in stream:
            line_number += 1
            offset += len(raw)
            if line_number == row_first_line:
                after_row_first_line = offset
            if line_number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                bad_lines.add(line_number)
                yield raw.decode("utf-8", errors="replace")
        exhausted = True

    with stream:
        previous_sizes = csv.field_size_limit()
        csv.field_size_limit(max(previous_sizes, max_chars * _BYTES_PER_CHAR))
        try:
            reader = csv.reader(lines(), strict=True)
            try:
                header = next(reader)
            except StopIteration:
                yield _problem_doc(source, InputProblem("empty", "the CSV file is empty"))
                return
            except csv.Error as exc:
                yield _problem_doc(source, InputProblem("malformed", f"bad CSV header: {exc}"))
                return
            if bad_lines:
                yield _problem_doc(source, InputProblem("undecodable", "the CSV header is not UTF-8 text"))
                return
            if text_column not in header:
                message = f"no column {text_column!r} (columns: {', '.join(header)}); see --text-column"
                yield _problem_doc(source, InputProblem("malformed", message))
                return
            while True:
                row_first_line = first_line = line_number + 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    row_source = f"{source}:{first_line}"
                    if exhausted and line_number > first_line:
                        # An unclosed quote swallowed the rest of the file: only its line is lost.
                        message = f"bad CSV row in line {first_line}: a quote is never closed ({exc})"
                        yield _problem_doc(row_source, InputProblem("malformed", message))
                        stream.seek(after_row_first_line)
                        line_number = first_line
                        offset = after_row_first_line
                        exhausted = False
                        reader = csv.reader(lines(), strict=True)
                        continue
                    lines_covered = (
                        f"line {first_line}" if line_number <= first_line else f"lines {first_line}-{line_number}"
                    )
                    message = f"bad CSV row in {lines_covered} (not read): {exc}"
                    yield _problem_doc(row_source, InputProblem("malformed", message))
                    continue  # the reader starts the next row on the next line
                row_source = f"{source}:{first_line}"
                if not any(cell.strip() for cell in row):
                    continue
                if any(n in bad_lines for n in range(first_line, line_number + 1)):
                    yield _problem_doc(row_source, InputProblem("undecodable", "the row is not UTF-8 text"))
                    continue
                if len(row) != len(header):
                    message = f"the row has {len(row)} cells, the header {len(header)}"
                    yield _problem_doc(row_source, InputProblem("malformed", message))
                    continue
                record: dict[str, Any] = dict(zip(header, row))
                yield _from_mapping(record, row_source, max_chars, text_column, id_column)
        finally:
            csv.field_size_limit(previous_sizes)


def _read_file(
    path: Path, source: str, *, max_chars: int, text_column: str, id_column: str
) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return _html_file(path, source, max_chars)
    if suffix == ".json":
        return _json_file(path, source, max_chars, text_column, id_column)
    if suffix in {".jsonl", ".ndjson"}:
        return _jsonl_file(path, source, max_chars, text_column, id_column)
    if suffix == ".csv":
        return _csv_file(path, source, max_chars, text_column, id_column)
    # .txt, .md and a named file of any other suffix: plain text.
    return _text_file(path, source, max_chars)


def _folder_files(folder: Path) -> Iterator[tuple[Path, OSError | None]]:
    """The supported files under ``folder``, recursively, in a stable (sorted) order.

    A subfolder that cannot be listed comes out with its error, so it is reported, not skipped.
    """
    failures: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failures.append):
        while failures:
            error = failures.pop()
            yield Path(error.filename or root), error
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(root) / name, None
    for error in failures:
        yield Path(error.filename or folder), error


def _expand(argument: str) -> Iterator[tuple[Path, str, InputProblem | None]]:
    """(path, source, problem) for each file an argument names; a problem for what cannot be listed."""
    path = Path(argument)
    if path.is_dir():
        folders = [path]
    elif path.exists():
        yield path, argument, None
        return
    elif _GLOB_CHARS & set(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            yield path, argument, InputProblem("missing", "no file matches the pattern")
        folders = []
        for match in matches:
            if Path(match).is_dir():
                folders.append(Path(match))
            else:
                yield Path(match), match, None
    else:
        yield path, argument, InputProblem("missing", "no such file or directory")
        return
    for folder in folders:
        for file, error in _folder_files(folder):
            if error is not None:
                yield file, str(file), InputProblem("unreadable", f"cannot list: {error.strerror or error}")
            else:
                yield file, str(file), None


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    text_column: str = "text",
    id_column: str = "id",
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Document]:
    """Every document the inputs hold, in order, streaming.

    ``inputs``: folders (recursive), files, glob patterns, and ``-`` for JSONL on standard input.
    ``text_column`` names the text field of JSON/JSONL objects and the text column of CSV files,
    ``id_column`` their id field or column (optional in the data).
    """
    for argument in inputs:
        argument = os.fspath(argument)
        if argument == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _jsonl_lines(stream, "<stdin>", max_chars, text_column, id_column)
            continue
        for path, source, problem in _expand(argument):
            if problem is not None:
                yield _problem_doc(source, problem)
            else:
                yield from _read_file(path, source, max_chars=max_chars, text_column=text_column, id_column=id_column)


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        for line in stream:
            if line.strip():
                count += 1
    return count


def count_documents(inputs: Sequence[str | os.PathLike[str]]) -> int | None:
    """About how many documents the inputs hold (for a progress bar's ETA); None for stdin.

    Counts non-blank lines of JSONL and CSV files (a CSV text with line breaks counts too high),
    one per other file; cheap next to extraction.
    """
    total = 0
    for argument in inputs:
        if os.fspath(argument) == "-":
            return None
        for path, _source, problem in _expand(os.fspath(argument)):
            suffix = path.suffix.lower()
            try:
                if problem is None and suffix in {".jsonl", ".ndjson"}:
                    total += _count_lines(path)
                elif problem is None and suffix == ".csv":
                    total += max(_count_lines(path) - 1, 0)
                else:
                    total += 1
            except OSError:
                total += 1
    return total
