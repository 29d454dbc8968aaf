"""The release's own date: passed in, or read from a dateline ("Berlin, 12. März 2024 –")."""

from __future__ import annotations

import datetime as dt

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..datepatterns import REGEX_TIMEOUT, DateCandidate, find_dates
from ..facts import get_published, set_published

# How far into the text a dateline may stand: the first few lines of a release.
HEADER_CHARS = 600
HEADER_LINES = 6

# "Berlin, " / "ADORF (dpa) " / "Chemnitz, den " / "Freitag, " before the date; a short place
# or weekday, no sentence.
_PLACE_PREFIX = regex.compile(
    r"^\(?[^\W\d][\w .'/-]{0,40}(?:\([\w ]{1,10}\))?(?:,\s*(?:den\s+)?)?\s*$", regex.V1
)
# A byline before the date: "Von Vorname Name | ", "Von Vorname Name ".
_BYLINE_PREFIX = regex.compile(r"^\s*Von\s+[^\W\d][\w.' -]{1,40}?\s*[|·]?\s*$", regex.V1)
# "Pressemitteilung Nr. 117 vom 22.09.2021", "Pressemeldung vom: ...", "Stand: 05.06.2024",
# "veröffentlicht am ...", "erstellt am ..."
_INTRO_BEFORE = regex.compile(
    r"(?:(?:Presse|Medien)(?:mitteilung|information|meldung)\w*(?:\s+Nr\.?\s*[\w/ -]{1,14})?\s+vom:?"
    r"|\bDatum:?|\bStand:?|(?:veröffentlicht|erstellt|aktualisiert)\s+am:?|Erscheinungsdatum:?)\s*$",
    regex.V1 | regex.I,
)
# A dateline's date may carry the clock time ("23. Januar 2019, 10:52 Uhr", "17.03.2006 08:14 |")
# and an author's short sign in parentheses ("11.05.2013 (abx)") before the line or text goes on.
_TIME_AND_SIGN = regex.compile(
    r"(?:\s*[,|–—-]?\s*(?:\d{1,2}:\d\d(?:\s*Uhr)?|\d{1,2}\.\d\d\s*Uhr))?(?:\s*\([^()\n]{1,40}\))?", regex.V1
)
# "15.09.2009 Sachsen Pressemeldung …": a few words (a region, a sender) before the word may stand
_AFTER_DATELINE = regex.compile(
    r"^\s*(?:$|[)\]|:]|[-–—]|(?:[\w-]+\s+){0,3}(?:Presse|Medien)(?:mitteilung|information|meldung))", regex.V1
)
_CLOSING_PARENTHESIS = regex.compile(r"\)\s*$", regex.V1)
# "Adorf, 9. Mai 2021. Wer ...": after a place and comma, a full stop closes the dateline.
_FULL_STOP_AFTER = regex.compile(r"^\.\s", regex.V1)


def _ends_lowercase(before: str) -> bool:
    """A place or weekday ends a dateline's prefix, not a lower-case word ("Die Messe öffnet am")."""
    words = before.replace(",", " ").split()
    return bool(words) and words[-1].isalpha() and words[-1].islower() and words[-1] != "den"


def is_dateline(line: str, start: int, end: int) -> bool:
    """Whether the date at ``line[start:end]`` is the release's own date line."""
    before = line[:start]
    time_and_sign = _TIME_AND_SIGN.match(line, end, timeout=REGEX_TIMEOUT)
    after = line[time_and_sign.end() if time_and_sign else end :]
    if _INTRO_BEFORE.search(before, timeout=REGEX_TIMEOUT):
        return True
    # "Überschrift (01.06.2016)": a date in parentheses that closes a heading line.
    if before.rstrip().endswith("(") and _CLOSING_PARENTHESIS.match(after, timeout=REGEX_TIMEOUT):
        return True
    place = bool(_PLACE_PREFIX.match(before, timeout=REGEX_TIMEOUT)) and not _ends_lowercase(before)
    lead = before.strip() in {"", "("} or place or bool(_BYLINE_PREFIX.match(before, timeout=REGEX_TIMEOUT))
    # A clock time after the date makes it a timestamp, whatever follows ("10.07.2007, 15:08 UhrText").
    if lead and time_and_sign is not None and any(c == ":" for c in line[end : time_and_sign.end()]):
        return True
    if place and before.rstrip().endswith(",") and _FULL_STOP_AFTER.match(after, timeout=REGEX_TIMEOUT):
        return True
    if not _AFTER_DATELINE.match(after, timeout=REGEX_TIMEOUT):
        return False
    return lead


def find_published(text: str) -> DateCandidate | None:
    """The dateline's date in the first lines of ``text``, or None."""
    offset = 0
    seen_lines = 0
    for line in text[:HEADER_CHARS].splitlines(keepends=True):
        if line.strip():
            seen_lines += 1
            for cand in find_dates(line):
                if cand.explicit_year and cand.kind in {"numeric", "text"} and is_dateline(line, cand.start, cand.end):
                    return DateCandidate(cand.date, offset + cand.start, offset + cand.end, "dateline", True)
            if seen_lines >= HEADER_LINES:
                break
        offset += len(line)
    return None


class PublishedDateFinder:
    """Sets ``doc._.pressextract_published`` where it is not set yet."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> dt.date | None:
        found = find_published(doc.text)
        return found.date if found else None

    def set_annotations(self, doc: Doc, published: dt.date | None) -> None:
        set_published(doc, published)

    def __call__(self, doc: Doc) -> Doc:
        if get_published(doc) is None:
            self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "pressextract_published",
    assigns=["doc._.pressextract_published"],
    default_config={},
)
def make_published(nlp: Language, name: str) -> PublishedDateFinder:
    return PublishedDateFinder(nlp, name)
