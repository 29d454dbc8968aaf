"""The evidence view: one self-contained HTML page that shows why each fact was extracted.

The text is drawn by spaCy's displaCy in its span style (``style="span"``, ``manual=True``):
each fact's evidence ``text[start:end]`` is one span, labelled by its kind, colored per kind,
overlapping spans stacked. Below it a legend and one table per fact kind; every row links to
its evidence (a click highlights the span in the text) and every span's label links back to
its row. The page carries its CSS and a few lines of script inline and loads nothing else.

displaCy takes a list of tokens and puts one space after each token that is not marked. The
text is cut into tokens so that this reproduces it: at whitespace runs (kept as tokens of
their own, shown through ``white-space: pre-line``) and at every fact's start and end. A
token glued to the start of a mark ("„" before a quote, "(" before "9. Platz") would get a
space it does not have; it goes to displaCy as a span of the invisible label ``""``, which
displaCy renders without the space.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .records import FACT_FIELDS, FACT_TYPES, PressRelease, RecordError

__all__ = [
    "KINDS",
    "Mark",
    "ShowError",
    "marks_of",
    "read_batch_record",
    "render_page",
    "render_text",
    "show_command",
]


class ShowError(ValueError):
    """A batch output or document that cannot be shown; one line for the user (a ValueError,
    which the CLI reports as an error)."""


@dataclass(frozen=True, slots=True)
class Kind:
    """How one fact kind looks on the page."""

    field: str  # the PressRelease field ("rankings")
    label: str  # the displaCy span label ("RANKING")
    color: str
    title: str  # heading of its table and legend entry


KINDS: tuple[Kind, ...] = (
    Kind("rankings", "RANKING", "#f4a261", "Rankings"),
    Kind("rank_changes", "RANK_CHANGE", "#e9c46a", "Rank changes"),
    Kind("scores", "SCORE", "#8ecae6", "Scores"),
    Kind("years", "YEAR", "#cdb4db", "Years"),
    Kind("dates", "DATE", "#9d8df1", "Dates"),
    Kind("speakers", "SPEAKER", "#95d5b2", "Speakers"),
    Kind("quotes", "QUOTE", "#b0b7c3", "Quotes"),
    Kind("projects", "PROJECT", "#ffafcc", "Projects"),
    Kind("organizations", "ORG", "#6c9bd2", "Organizations"),
)
assert tuple(k.field for k in KINDS) == FACT_FIELDS, "one Kind per fact field, in record order"
_KIND_BY_FIELD = {k.field: k for k in KINDS}

# The span label of tokens glued to a mark's start (see the module docstring): no text, no color.
_GLUE = ""

# displaCy's span-style templates with three changes: no whitespace between the elements (the
# text is shown with ``white-space: pre-line``, so template newlines would become line breaks),
# class names the page's script and tests find the parts by, and normal weight (a long quote in
# bold is hard to read). Positions, sizes and colors are displaCy's.
_TEMPLATE = {
    "span": (
        '<span class="pe-tok" style="display: inline-block; position: relative; '
        'height: {total_height}px;">{text}{span_slices}{span_starts}</span>'
    ),
    "slice": (
        '<span class="pe-slice" data-top="{top_offset}" style="background: {bg}; top: {top_offset}px; '
        'height: 4px; left: -1px; width: calc(100% + 2px); position: absolute;"></span>'
    ),
    "start": (
        '<span class="pe-start" data-top="{top_offset}" data-label="{label}" style="background: {bg}; '
        "top: {top_offset}px; height: 4px; border-top-left-radius: 3px; border-bottom-left-radius: 3px; "
        'left: -1px; width: calc(100% + 2px); position: absolute;">'
        '<span class="pe-label" style="background: {bg}; z-index: 10; color: #000; top: -0.5em; '
        "padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; "
        'border-radius: 3px; white-space: nowrap;">{label}{kb_link}</span></span>'
    ),
}


@dataclass(frozen=True, slots=True)
class Mark:
    """One fact with a usable span: its kind, its number in its table (from 1) and its span."""

    field: str
    number: int
    start: int
    end: int

    @property
    def row_id(self) -> str:
        return f"row-{self.field}-{self.number}"


def marks_of(record: PressRelease) -> list[Mark]:
    """The facts whose span lies inside the text and is not only whitespace, in record order."""
    marks = []
    size = len(record.text)
    for kind in KINDS:
        for number, fact in enumerate(getattr(record, kind.field), start=1):
            start, end = fact.start, fact.end
            in_text = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size
            if in_text and record.text[start:end].strip():
                marks.append(Mark(kind.field, number, start, end))
    return marks


def _pieces(text: str, cuts: set[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of the tokens: whitespace runs and the text between them, cut at ``cuts``."""
    i = 0
    size = len(text)
    while i < size:
        j = i + 1
        if text[i].isspace():
            while j < size and text[j].isspace() and j not in cuts:
                j += 1
        else:
            while j < size and not text[j].isspace() and j not in cuts:
                j += 1
        yield i, j
        i = j


def _displacy_input(text: str, marks: list[Mark]) -> tuple[list[dict[str, Any]], list[list[int]]]:
    """The manual span-style input for displaCy, and for each mark the indices of the page's
    ``.pe-tok`` elements it covers (displaCy draws a token as an element when a span covers it
    and it is not whitespace: the n-th such token is the n-th element)."""
    cuts = {m.start for m in marks} | {m.end for m in marks}
    pieces = list(_pieces(text, cuts))
    tokens = [text[start:end] for start, end in pieces]
    token_at_start = {start: index for index, (start, _) in enumerate(pieces)}
    token_at_end = {end: index + 1 for index, (_, end) in enumerate(pieces)}
    covered = [False] * len(pieces)
    spans: list[dict[str, Any]] = []
    ranges: list[range] = []
    for mark in marks:
        first, last = token_at_start[mark.start], token_at_end[mark.end]
        # displaCy draws a label on a span's first token and draws whitespace tokens as plain
        # text: a span is handed over without its leading and trailing whitespace.
        while tokens[first].isspace():
            first += 1
        while tokens[last - 1].isspace():
            last -= 1
        ranges.append(range(first, last))
        for index in range(first, last):
            covered[index] = True
        spans.append(
            {
                "start_token": first,
                "end_token": last,
                "label": _KIND_BY_FIELD[mark.field].label,
                "kb_id": str(mark.number),
                "kb_url": f"#{mark.row_id}",
            }
        )
    for index, token in enumerate(tokens):
        glued = index + 1 < len(tokens) and not tokens[index + 1][0].isspace()
        if glued and not covered[index] and not token[0].isspace():
            spans.append({"start_token": index, "end_token": index + 1, "label": _GLUE})
            covered[index] = True
    element_index: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if covered[index] and not token[0].isspace():
            element_index[index] = len(element_index)
    per_mark = [[element_index[i] for i in r if i in element_index] for r in ranges]
    return _chunks(tokens, spans), per_mark


_CHUNK_TOKENS = 200


def _chunks(tokens: list[str], spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tokens and spans as displaCy documents of about ``_CHUNK_TOKENS`` tokens each, cut
    after a whitespace token that no span runs over. displaCy checks every span at every token
    of a document: one document for a long text takes minutes, pieces take a moment. The page
    shows the pieces inline, one after the other, as one text."""
    inside = [False] * (len(tokens) + 1)
    for span in spans:
        for index in range(span["start_token"], span["end_token"] - 1):
            inside[index] = True  # a cut after this token would split the span
    bounds = [0]
    for index, token in enumerate(tokens):
        if index + 1 - bounds[-1] >= _CHUNK_TOKENS and token[0].isspace() and not inside[index]:
            bounds.append(index + 1)
    if bounds[-1] != len(tokens):
        bounds.append(len(tokens))
    docs = []
    by_start = sorted(spans, key=lambda span: int(span["start_token"]))
    position = 0
    for begin, end in itertools.pairwise(bounds):
        own = []
        while position < len(by_start) and by_start[position]["start_token"] < end:
            span = by_start[position]
            own.append({**span, "start_token": span["start_token"] - begin, "end_token": span["end_token"] - begin})
            position += 1
        docs.append({"text": "".join(tokens[begin:end]), "tokens": tokens[begin:end], "spans": own})
    return docs


def render_text(record: PressRelease) -> tuple[str, list[Mark], list[list[int]]]:
    """The text as displaCy span-style HTML (a fragment), its marks, and each mark's elements."""
    from spacy import displacy

    marks = marks_of(record)
    docs, per_mark = _displacy_input(record.text, marks)
    colors = {k.label: k.color for k in KINDS}
    colors[_GLUE] = "transparent"
    options = {"colors": colors, "template": _TEMPLATE}
    # One call per piece: displaCy strips what it returns, so the pieces join without the
    # newlines it puts between the documents of one call (they would show as line breaks).
    markup = "".join(
        str(displacy.render(doc, style="span", manual=True, page=False, options=options, jupyter=False))
        for doc in docs
    )
    return markup, marks, per_mark


_CSS = """
body { font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif;
       font-size: 16px; margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 4rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
.pe-meta { color: #555; margin: 0 0 1rem; }
.pe-legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.pe-legend li { display: flex; align-items: center; gap: .35rem; font-size: .9rem; }
.pe-swatch { display: inline-block; width: 1.6rem; height: .55rem; border-radius: 3px; }
.pe-legend .pe-none { color: #999; }
.pe-text { border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1.25rem 1rem; }
.pe-text { line-height: 2.5; }
.pe-text .spans { display: inline; white-space: pre-line; }
.pe-tok.pe-hit { background: linear-gradient(#fff1a8, #fff1a8) 0 .3em / 100% 1.9em no-repeat; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #e4e4e4; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f6f6; }
tr:target { background: #fff1a8; }
.pe-kind { border-left: 6px solid; padding-left: .5rem; }
.pe-null { color: #aaa; }
.pe-by { color: #777; font-size: .8rem; }
.pe-empty { color: #777; font-style: italic; }
"""

# A click on a row's evidence highlights that fact's tokens in the text and scrolls to them; the
# row's link carries the indices of its tokens' elements (see _displacy_input).
_SCRIPT = """
(function () {
  "use strict";
  var tokens = document.querySelectorAll("#text .pe-tok");
  function show(link) {
    document.querySelectorAll(".pe-hit").forEach(function (el) { el.classList.remove("pe-hit"); });
    var marks = (link.getAttribute("data-marks") || "").split(" ").filter(Boolean).map(Number);
    marks.forEach(function (i) { if (tokens[i]) { tokens[i].classList.add("pe-hit"); } });
    if (marks.length && tokens[marks[0]]) { tokens[marks[0]].scrollIntoView({block: "center"}); }
  }
  document.querySelectorAll("a.pe-goto").forEach(function (link) {
    link.addEventListener("click", function (event) { event.preventDefault(); show(link); });
  });
})();
"""

_EXCERPT = 90  # characters of evidence shown in a table row


def _cell(value: object) -> str:
    if value is None:
        return '<span class="pe-null">–</span>'
    if isinstance(value, dt.date):
        return html.escape(value.isoformat())
    if isinstance(value, float):
        return html.escape(f"{value:g}")
    return html.escape(str(value))


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _table(record: PressRelease, kind: Kind, marks: dict[tuple[str, int], tuple[Mark, list[int]]]) -> str:
    facts = getattr(record, kind.field)
    head = (
        f'<h2 id="{kind.field}" class="pe-kind" style="border-color: {kind.color}">'
        f"{html.escape(kind.title)} ({len(facts)})</h2>"
    )
    if not facts:
        return head + '<p class="pe-empty">none</p>'
    columns = [f.name for f in dataclasses.fields(FACT_TYPES[kind.field]) if f.name not in {"start", "end", "found_by"}]
    rows = []
    for number, fact in enumerate(facts, start=1):
        cells = [str(number), *(_cell(getattr(fact, c)) for c in columns)]
        found = marks.get((kind.field, number))
        if found is None:
            evidence = f'<span class="pe-empty">no span in the text ({_cell(fact.start)}–{_cell(fact.end)})</span>'
        else:
            mark, elements = found
            evidence = (
                f'<a class="pe-goto" href="#text" data-marks="{" ".join(map(str, elements))}" '
                f'data-start="{mark.start}" data-end="{mark.end}">'
                f"{html.escape(_excerpt(record.text[mark.start:mark.end]))}</a>"
                f" <span class=\"pe-by\">{mark.start}–{mark.end}</span>"
            )
        cells += [evidence, f'<span class="pe-by">{html.escape(fact.found_by)}</span>']
        rows.append(
            f'<tr id="row-{kind.field}-{number}">'
            + "".join(f"<td>{c}</td>" for c in cells)
            + "</tr>"
        )
    header = "".join(f"<th>{html.escape(c)}</th>" for c in ["#", *columns, "evidence", "found by"])
    return head + f'<table data-kind="{kind.field}"><thead><tr>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _legend(record: PressRelease) -> str:
    items = []
    for kind in KINDS:
        count = len(getattr(record, kind.field))
        css = "" if count else ' class="pe-none"'
        items.append(
            f'<li{css}><span class="pe-swatch" style="background: {kind.color}"></span>'
            f'<a href="#{kind.field}"><b>{kind.label}</b></a> {html.escape(kind.title.lower())} ({count})</li>'
        )
    return '<ul class="pe-legend" id="legend">' + "".join(items) + "</ul>"


def render_page(record: PressRelease, *, title: str | None = None) -> str:
    """One self-contained HTML page: the text with each fact's evidence marked (displaCy span
    style), a legend, and one table per fact kind whose rows link to their evidence.
    ``title`` names the document (a file name, a batch document's source and id)."""
    text_html, marks, per_mark = render_text(record)
    by_fact = {(m.field, m.number): (m, elements) for m, elements in zip(marks, per_mark)}
    total = sum(len(getattr(record, k.field)) for k in KINDS)
    first_line = next((line.strip() for line in record.text.splitlines() if line.strip()), "")
    name = title or _excerpt(first_line) or "empty text"
    meta = [
        f"published {_cell(record.published)}",
        f"{total} facts, {len(marks)} with their evidence marked",
        f"{len(record.text)} characters",
    ]
    tables = "".join(_table(record, kind, by_fact) for kind in KINDS)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>Evidence: {html.escape(name)}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<h1>Evidence view <span class="pe-by">pressextract</span></h1>\n'
        f'<p class="pe-meta">{html.escape(name)} · {" · ".join(meta)}</p>\n'
        f"{_legend(record)}\n"
        f'<section id="text" class="pe-text">{text_html}</section>\n'
        f"{tables}\n"
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_sqlite(path: Path) -> bool:
    if path.suffix.lower() in {".sqlite", ".sqlite3", ".db"}:
        return True
    try:
        with path.open("rb") as stream:
            return stream.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _pick(found: list[tuple[str, Any]], where: str, doc_id: str, source: str | None) -> Any:
    """The one match of a document lookup, or a ShowError that says what to do."""
    if not found:
        also = f" from source {source!r}" if source is not None else ""
        raise ShowError(f"{where}: no document with id {doc_id!r}{also}")
    if len(found) > 1:
        sources = ", ".join(repr(s) for s, _ in found[:5])
        raise ShowError(f"{where}: id {doc_id!r} is in several sources ({sources}); choose one with --source")
    return found[0][1]


def _read_sqlite(path: Path, doc_id: str, source: str | None) -> PressRelease:
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ShowError(f"{path}: cannot open as SQLite: {exc}") from None
    try:
        db.row_factory = sqlite3.Row
        sql = "SELECT pk, source, status, error_kind, error_message, published, text FROM documents WHERE id = ?"
        params: tuple[str, ...] = (doc_id,)
        if source is not None:
            sql += " AND source = ?"
            params += (source,)
        try:
            rows = db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise ShowError(f"{path}: not a pressextract SQLite output ({exc})") from None
        row = _pick([(r["source"], r) for r in rows], str(path), doc_id, source)
        if row["status"] != "ok":
            raise ShowError(f"{path}: document {doc_id!r} has no record: {row['error_kind']}: {row['error_message']}")
        data: dict[str, Any] = {"text": row["text"], "published": row["published"]}
        for name in FACT_FIELDS:
            # SELECT *: columns this version does not know (from a newer writer) are left to
            # from_dict, which takes the fields it has and ignores the rest. (A Row iterates
            # its values, hence keys().)
            facts = db.execute(f"SELECT * FROM {name} WHERE doc_pk = ? ORDER BY position", (row["pk"],))
            data[name] = [
                {k: fact[k] for k in fact.keys() if k not in {"doc_pk", "position"}}  # noqa: SIM118
                for fact in facts.fetchall()
            ]
    finally:
        db.close()
    return PressRelease.from_dict(data)


def _read_jsonl(lines: Iterator[str], where: str, doc_id: str, source: str | None) -> PressRelease:
    found: list[tuple[str, dict[str, Any]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            if not line.endswith("\n"):
                break  # a last line torn by a kill of the batch
            raise ShowError(f"{where}:{number}: not a JSON line; show reads JSONL batch outputs") from None
        if not isinstance(obj, dict) or "id" not in obj:
            raise ShowError(f"{where}:{number}: not a pressextract batch line (no id)")
        if obj["id"] == doc_id and (source is None or obj.get("source") == source):
            found.append((str(obj.get("source")), obj))
    obj = _pick(found, where, doc_id, source)
    if "error" in obj:
        error = obj["error"] if isinstance(obj["error"], dict) else {"message": obj["error"]}
        raise ShowError(f"{where}: document {doc_id!r} has no record: {error.get('kind')}: {error.get('message')}")
    return PressRelease.from_dict(obj)


def read_batch_record(output: str, doc_id: str, *, source: str | None = None) -> PressRelease:
    """The record of one document of a batch output: a SQLite file or a JSONL file (``-``:
    JSONL on standard input). ``source`` picks among documents of several sources with the id."""
    import sys

    try:
        if output == "-":
            return _read_jsonl(iter(sys.stdin), "<stdin>", doc_id, source)
        path = Path(output)
        if not path.exists():
            raise ShowError(f"{output}: no such file")
        if path.is_dir():
            raise ShowError(f"{output}: a folder (CSV output?); show reads SQLite or JSONL batch outputs")
        if _is_sqlite(path):
            return _read_sqlite(path, doc_id, source)
        with path.open(encoding="utf-8", errors="surrogateescape") as stream:
            return _read_jsonl(iter(stream), output, doc_id, source)
    except RecordError as exc:
        raise ShowError(f"{output}: document {doc_id!r}: not a record: {exc}") from None


def show_command(
    source: str,
    *,
    output: str | None,
    doc_id: str | None,
    doc_source: str | None,
    published: str | None,
    model: str | None,
    out: Any,
) -> int:
    """``pressextract show``: the page of a text (extracted now) or of a batch output's document."""
    if doc_id is not None:
        if published or model:
            raise ShowError("--published and --model apply to a text; a batch output's record is shown as stored")
        record = read_batch_record(source, doc_id, source=doc_source)
        title = f"{source} · {doc_id}" if doc_source is None else f"{source} · {doc_source} · {doc_id}"
    else:
        if doc_source is not None:
            raise ShowError("--source goes with --id")
        path = Path(source)
        if source != "-" and path.is_file() and (_is_sqlite(path) or path.suffix.lower() == ".jsonl"):
            raise ShowError(f"{source}: a batch output; choose a document with --id ID")
        from . import default_extractor, load
        from .cli import read_text_input

        text = read_text_input(source)
        extractor = load(model) if model else default_extractor()
        record = extractor.extract(text, published=published)
        title = "standard input" if source == "-" else path.name
    # A lone surrogate (possible in a JSONL record) cannot be written as UTF-8: shown as "?".
    page = render_page(record, title=title).encode("utf-8", "replace").decode("utf-8")
    if output is None or output == "-":
        out.write(page)
    else:
        Path(output).write_text(page, encoding="utf-8")
    return 0
