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

# "Berlin, " / "KIEL (dpa) " before the date; a short place name, no sentence.
_PLACE_PREFIX = regex.compile(r"^\(?[^\W\d][\w .'/-]{0,40}(?:\([\w ]{1,10}\))?,?\s*$", regex.V1)
# "Pressemitteilung Nr. 036 vom 03.04.2019", "Stand: 05.06.2024", "veröffentlicht am ..."
_INTRO_BEFORE = regex.compile(
    r"(?:(?:Presse|Medien)(?:mitteilung|information|meldung)\w*(?:\s+Nr\.?\s*[\w/-]{1,12})?\s+vom"
    r"|\bDatum:?|\bStand:?|veröffentlicht\s+am|Erscheinungsdatum:?)\s*$",
    regex.V1 | regex.I,
)
_AFTER_DATELINE = regex.compile(r"^\s*(?:$|[)\]|:]|[-–—]|Pressemitteilung|Presseinformation|Medieninformation)", regex.V1)


def is_dateline(line: str, start: int, end: int) -> bool:
    """Whether the date at ``line[start:end]`` is the release's own date line."""
    before, after = line[:start], line[end:]
    if _INTRO_BEFORE.search(before, timeout=REGEX_TIMEOUT):
        return True
    if not _AFTER_DATELINE.match(after, timeout=REGEX_TIMEOUT):
        return False
    return before.strip() in {"", "("} or bool(_PLACE_PREFIX.match(before, timeout=REGEX_TIMEOUT))


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
