"""The evidence view (``pressextract show``): the page's marks, escaping, legend, tables, the
batch-output lookup, and the page in a real browser (headless Chromium through selenium)."""

from __future__ import annotations

import datetime as dt
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pressextract import show
from pressextract.batch.inputs import Document, InputProblem
from pressextract.batch.outputs import Result, open_writer
from pressextract.cli import main
from pressextract.records import (
    DateMention,
    OrganizationMention,
    PressRelease,
    Quote,
    Ranking,
    Speaker,
    YearMention,
)
from pressextract.show import KINDS, ShowError, marks_of, read_batch_record, render_page

from .conftest import EXAMPLES

TEXT = (
    "Adorf, 3. Mai 2024 – Die Stadt <script>alert(\"x\")</script> & Co. liegt im Vergleich (Platz 2) vorn.\n\n"
    "„Wir freuen uns“, sagte Anna Beispiel."
)


def _span(part: str, text: str = TEXT) -> dict[str, int]:
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


def _record(text: str = TEXT) -> PressRelease:
    return PressRelease(
        text=text,
        published=dt.date(2024, 5, 3),
        dates=[DateMention(date=dt.date(2024, 5, 3), **_span("3. Mai 2024"), found_by="t")],
        # Inside the date: two facts over the same characters must both be marked.
        years=[YearMention(year=2024, **_span("2024"), found_by="t")],
        rankings=[
            Ranking(entity="Adorf", rank=2, year=2024, ranking=None, category=None, of=None, **_span("Platz 2"))
        ],
        speakers=[Speaker(name="Anna Beispiel", title=None, role=None, organization=None, **_span("Anna Beispiel"))],
        quotes=[Quote(text="Wir freuen uns", speaker="Anna Beispiel", **_span("Wir freuen uns"), cue="sagte")],
        organizations=[
            OrganizationMention(name="<b>Stadt</b> & Co.", **_span('<script>alert("x")</script> & Co.')),
            # A span outside the text: listed in its table, not marked.
            OrganizationMention(name="Adorf", start=len(text) + 5, end=len(text) + 10),
        ],
    )


class _Page(HTMLParser):
    """What the browser would show of the text section: its text without displaCy's labels,
    the text of each ``.pe-tok`` element, the labels, and the rows' evidence links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str], dict[str, str]]] = []
        self.text: list[str] = []
        self.tokens: list[str] = []
        self.labels: list[tuple[str, str]] = []  # (label, href of its link to a row)
        self.links: dict[str, str] = {}  # row id -> data-marks of its evidence link
        self.row: str | None = None
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        classes = set(attr.get("class", "").split())
        if tag == "script":
            self.scripts += 1
        if tag == "tr" and attr.get("id", "").startswith("row-"):
            self.row = attr["id"]
        if tag == "a" and "pe-goto" in classes and self.row:
            self.links[self.row] = attr.get("data-marks", "")
        if "pe-start" in classes:
            self.labels.append((attr.get("data-label", ""), ""))
        if tag == "a" and self._inside("pe-start"):
            self.labels[-1] = (self.labels[-1][0], attr.get("href", ""))
        if "pe-tok" in classes:
            self.tokens.append("")
        self.stack.append((tag, classes, attr))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def _inside(self, css: str) -> bool:
        return any(css in classes for _, classes, _ in self.stack)

    def handle_data(self, data: str) -> None:
        in_text = any(attr.get("id") == "text" for _, _, attr in self.stack)
        if not in_text or self._inside("pe-start"):
            return
        self.text.append(data)
        if self.stack and "pe-tok" in self.stack[-1][1]:
            self.tokens[-1] += data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _words(text: str) -> list[str]:
    return text.split()


def test_every_fact_with_a_span_has_one_mark_labelled_by_its_kind() -> None:
    record = _record()
    page = _parse(render_page(record))
    label_of = {k.field: k.label for k in KINDS}
    expected = sorted((label_of[m.field], f"#{m.row_id}") for m in marks_of(record))
    assert len(expected) == 6  # every fact but the organization without a span
    assert sorted(label for label in page.labels if label[0]) == expected


def test_the_rows_point_to_their_evidence() -> None:
    record = _record()
    page = _parse(render_page(record))
    for mark in marks_of(record):
        elements = [int(i) for i in page.links[mark.row_id].split()]
        shown = "".join(page.tokens[i] for i in elements)
        assert shown == "".join(record.text[mark.start:mark.end].split()), mark
    assert "row-organizations-2" not in page.links  # its span is outside the text


def test_the_text_is_shown_as_written() -> None:
    """No space is added or lost between words: glued marks ("(Platz 2)", "„Wir") included."""
    page = _parse(render_page(_record()))
    assert _words("".join(page.text)) == _words(TEXT)
    assert "(Platz" in "".join(page.text) and "„Wir" in "".join(page.text)


def test_long_texts_go_to_displacy_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of a few tokens: no span is cut, and the page is the same text with the same marks."""
    record = _record()
    whole = _parse(render_page(record))
    monkeypatch.setattr(show, "_CHUNK_TOKENS", 3)
    html = render_page(record)
    assert html.count('class="spans"') > 5
    pieces = _parse(html)
    assert _words("".join(pieces.text)) == _words("".join(whole.text)) == _words(record.text)
    assert (pieces.tokens, pieces.labels, pieces.links) == (whole.tokens, whole.labels, whole.links)


def test_text_and_values_are_escaped() -> None:
    html = render_page(_record())
    assert "<script>alert" not in html and "<b>Stadt" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Stadt&lt;/b&gt; &amp; Co." in html
    assert _parse(html).scripts == 1  # the page's own


def test_legend_names_every_kind_with_its_count() -> None:
    html = render_page(_record())
    legend = html[html.index('id="legend"'):html.index("</ul>")]
    for kind in KINDS:
        assert f"<b>{kind.label}</b>" in legend and kind.color in legend
    assert "organizations (2)" in legend and "scores (0)" in legend


def test_spans_that_begin_or_end_in_whitespace() -> None:
    text = "Die Stadt  Bonn\n\nliegt vorn."
    record = PressRelease(
        text=text,
        organizations=[
            OrganizationMention(name="Bonn", start=text.index(" Bonn"), end=text.index("Bonn") + 5),
            OrganizationMention(name="Stadt Bonn", start=text.index("Stadt"), end=text.index("Bonn") + 4),
        ],
    )
    page = _parse(render_page(record))
    assert sorted(href for label, href in page.labels if label) == ["#row-organizations-1", "#row-organizations-2"]
    assert _words("".join(page.text)) == _words(text)
    assert [page.tokens[int(i)] for i in page.links["row-organizations-1"].split()] == ["Bonn"]


@pytest.mark.parametrize("text", ["", "   \n", "Nur Text ohne Fakten."])
def test_texts_without_facts(text: str) -> None:
    page = _parse(render_page(PressRelease(text=text)))
    assert _words("".join(page.text)) == _words(text) and page.labels == []


def _batch(tmp_path: Path, name: str) -> str:
    record = _record().to_dict()
    output = str(tmp_path / name)
    with open_writer(output) as writer:
        writer.write(Result(Document(id="a-1", source="archiv.zip"), record=record))
        writer.write(Result(Document(id="a-1", source="other.zip"), record=record))
        writer.write(Result(Document(id="b-2", source="archiv.zip"), problem=InputProblem("empty", "no text")))
    return output


@pytest.mark.parametrize("name", ["facts.sqlite", "facts.jsonl"])
def test_read_one_document_of_a_batch_output(tmp_path: Path, name: str) -> None:
    output = _batch(tmp_path, name)
    assert read_batch_record(output, "a-1", source="archiv.zip") == _record()
    with pytest.raises(ShowError, match="several sources"):
        read_batch_record(output, "a-1")
    with pytest.raises(ShowError, match="no document with id 'zz'"):
        read_batch_record(output, "zz")
    with pytest.raises(ShowError, match="has no record: empty"):
        read_batch_record(output, "b-2")


@pytest.mark.parametrize("name", ["facts.sqlite", "facts.jsonl"])
def test_show_command_for_a_batch_output(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    output = _batch(tmp_path, name)
    page = tmp_path / "page.html"
    assert main(["show", output, "--id", "a-1", "--source", "other.zip", "-o", str(page)]) == 0
    assert sorted(label for label in _parse(page.read_text(encoding="utf-8")).labels if label[0])
    assert main(["show", output]) == 2
    assert "choose a document with --id" in capsys.readouterr().err


# --- in a real browser ---------------------------------------------------------------------

# For each span that displaCy started (a label with a link to its row), the text of the tokens
# it runs over: from the token with its start, on through following tokens that carry a slice at
# the same height and start no other span there, with only whitespace between them.
_MARKS_JS = """
var toks = Array.prototype.slice.call(document.querySelectorAll('#text .pe-tok'));
function own(el) { return el.firstChild && el.firstChild.nodeType === 3 ? el.firstChild.nodeValue : ''; }
var marks = [];
toks.forEach(function (tok, i) {
  tok.querySelectorAll(':scope > .pe-start').forEach(function (start) {
    var label = start.getAttribute('data-label');
    if (!label) { return; }
    var top = start.getAttribute('data-top');
    var link = start.querySelector('a');
    var text = own(tok);
    for (var j = i; j + 1 < toks.length; j++) {
      var next = toks[j + 1], between = '', node = toks[j].nextSibling;
      while (node && node !== next && node.nodeType === 3) { between += node.nodeValue; node = node.nextSibling; }
      if (node !== next || between.trim() !== '') { break; }
      if (!next.querySelector(':scope > .pe-slice[data-top="' + top + '"]')) { break; }
      if (next.querySelector(':scope > .pe-start[data-top="' + top + '"]')) { break; }
      text += between + own(next);
    }
    marks.push({label: label, row: link ? link.getAttribute('href') : null, text: text});
  });
});
return marks;
"""

# The visible text of the text section without displaCy's labels.
_TEXT_JS = """
var walker = document.createTreeWalker(document.querySelector('#text'), NodeFilter.SHOW_TEXT);
var out = '';
while (walker.nextNode()) { if (!walker.currentNode.parentElement.closest('.pe-start')) { out += walker.currentNode.nodeValue; } }
return out;
"""


@pytest.fixture(scope="module")
def chromium() -> Any:
    """Headless Chromium through selenium, or a skip that says what is missing."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("browser test: selenium is not installed (pip install -e '.[test]')")
    browser = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver_path = shutil.which("chromedriver")
    if browser is None or driver_path is None:
        missing = " and ".join(n for n, p in (("chromium", browser), ("chromedriver", driver_path)) if p is None)
        pytest.skip(f"browser test: no {missing} on PATH (Debian: apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except WebDriverException as exc:
        pytest.skip(f"browser test: Chromium ({browser}) did not start: {(exc.msg or str(exc)).splitlines()[0]}")
    yield driver
    driver.quit()


def test_page_in_a_browser(chromium: Any, extractor: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    text = (EXAMPLES / "city-ranking.txt").read_text(encoding="utf-8")
    record = extractor.extract(text)
    page = tmp_path / "city-ranking.html"
    page.write_text(render_page(record, title="city-ranking.txt"), encoding="utf-8")
    chromium.get(page.as_uri())

    label_of = {k.field: k.label for k in KINDS}
    marks = chromium.execute_script(_MARKS_JS)
    expected = marks_of(record)
    assert len(expected) >= 15  # the example's facts all have spans
    assert sorted(m["row"] for m in marks) == sorted(f"#{m.row_id}" for m in expected)
    for mark in expected:
        (shown,) = [m for m in marks if m["row"] == f"#{mark.row_id}"]
        assert shown["label"] == label_of[mark.field]
        assert _words(shown["text"]) == _words(record.text[mark.start:mark.end]), mark
    assert _words(chromium.execute_script(_TEXT_JS)) == _words(record.text)

    # A row's evidence link highlights exactly its span's tokens.
    for mark in expected:
        chromium.find_element(By.CSS_SELECTOR, f"#{mark.row_id} a.pe-goto").click()
        hit = chromium.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('.pe-hit'), function (e) {"
            " return e.firstChild.nodeValue; }).join('');"
        )
        assert hit == "".join(record.text[mark.start:mark.end].split()), mark

    errors = [entry for entry in chromium.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    # The log does reach us: an error written now is read back (else the check above says nothing).
    chromium.execute_script("console.error('pressextract probe');")
    assert any("pressextract probe" in entry["message"] for entry in chromium.get_log("browser"))

    # The whole page in one picture: the window as tall as the page plus the window's own frame.
    height, frame = chromium.execute_script(
        "return [document.documentElement.scrollHeight, window.outerHeight - window.innerHeight];"
    )
    chromium.set_window_size(1280, min(int(height) + int(frame), 8000))
    shot = tmp_path / "city-ranking.png"
    assert chromium.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    print(f"evidence view screenshot: {shot}")


def test_show_command_on_a_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    assert main(["show", str(EXAMPLES / "city-ranking.txt"), "-o", str(page)]) == 0
    parsed = _parse(page.read_text(encoding="utf-8"))
    rows = sorted(f"#{row}" for row in parsed.links)
    assert len(rows) >= 15 and sorted(href for label, href in parsed.labels if label) == rows
