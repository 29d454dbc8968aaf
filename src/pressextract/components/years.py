"""Calendar years the text names (GUIDELINES: years), 1900–2100."""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..datepatterns import ISO_DATE, NUMERIC_DATE, REGEX_TIMEOUT, TEXT_DATE, full_year
from ..facts import set_facts
from ..lexicons import lexicon_set, load_lexicon
from ..records import YearMention
from .guard import degrade_on_timeout

_YEAR = r"(?:19\d\d|20\d\d|2100)"
# "2023/24" and "2019-2021" give both years; a following year is written in full or as two digits.
# The look-behind keeps out digits of a longer number: "24105", "2.500", "0431 988-2369", "80,2019".
YEAR_PATTERN = regex.compile(
    rf"(?<![\w.,/€$§-])(?<!\d[ /-])(?P<y>{_YEAR})"
    r"(?:\s?(?P<sep>/|[-–]|bis)\s?(?P<y2>(?:19|20)\d\d|\d\d)(?!\d|[-.]\d))?"
    r"(?!\w|[.,:]\d|\s?[/-]\s?\d|\s\d)",
    regex.V1,
)
# A year right before a number is read only after a word of time: "Während 2011 4,2 Millionen",
# "seit 2019 12 Projekte" (a phone number "0351 2019 12" has none).
YEAR_BEFORE_NUMBER = regex.compile(
    rf"(?<=\b(?:[Ww]ährend|[Ii]m\s[Jj]ahre?|[Ss]eit|[Bb]is|[Aa]b|[Ii]n|[Ee]nde|[Aa]nfang|[Mm]itte)\s)(?P<y>{_YEAR})(?=\s\d)",
    regex.V1,
)
# Possessive runs that start only where a run starts: linear even on 100k characters without a space.
URL_PATTERN = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"“”„]++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++", regex.V1
)
NEXT_WORD = regex.compile(r"\s?([\w€%]+)", regex.V1)
# House numbers: "Hauptstraße 2010" is an address, not a year.
STREET_BEFORE = regex.compile(r"(?:straße|str\.|strasse|weg|allee|gasse|damm|ufer|chaussee)\s$", regex.V1 | regex.I)


def _count_cue_before(text: str, start: int) -> bool:
    window = text[max(0, start - 25) : start].casefold()
    for cue in load_lexicon("year_count_cues"):
        if window.rstrip().endswith(cue.casefold()) and (
            len(window.rstrip()) == len(cue) or not window.rstrip()[-len(cue) - 1].isalnum()
        ):
            return True
    return False


def _unit_after(text: str, end: int) -> bool:
    m = NEXT_WORD.match(text, end, timeout=REGEX_TIMEOUT)
    if not m:
        return False
    word = m.group(1).casefold()
    units = lexicon_set("year_count_units", casefold=True)
    # German dative plural adds -n: "2000 Krankenhäusern", "1980 Teilnehmern".
    return word in units or (word.endswith("n") and word[:-1] in units)


def is_year(text: str, start: int, end: int) -> bool:
    """Validation of a year candidate at ``text[start:end]`` from its context."""
    if _count_cue_before(text, start) or _unit_after(text, end):
        return False
    return not STREET_BEFORE.search(text[max(0, start - 12) : start], timeout=REGEX_TIMEOUT)


def find_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) for every year mention, in text order."""
    url_spans = [m.span() for m in URL_PATTERN.finditer(text, timeout=REGEX_TIMEOUT)]

    def in_url(pos: int) -> bool:
        return any(s <= pos < e for s, e in url_spans)

    found: list[tuple[int, int, int]] = []
    for m in YEAR_PATTERN.finditer(text, timeout=REGEX_TIMEOUT):
        if in_url(m.start()) or not is_year(text, m.start(), m.end()):
            continue
        first = int(m["y"])
        found.append((first, m.start("y"), m.end("y")))
        if m["y2"]:
            second_text = m["y2"]
            second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
            if first < second <= 2100:
                found.append((second, m.start("y2"), m.end("y2")))
    for m in YEAR_BEFORE_NUMBER.finditer(text, timeout=REGEX_TIMEOUT):
        if not in_url(m.start()) and is_year(text, m.start(), m.end()):
            found.append((int(m["y"]), m.start("y"), m.end("y")))
    # The year of a date is a year the text names too: "21.12.2018", "6. September 2017 - 16:28 Uhr"
    # (where the clock time after a dash would otherwise read as a range).
    for m in NUMERIC_DATE.finditer(text, timeout=REGEX_TIMEOUT):
        found.append((full_year(m["y"]), m.start("y"), m.end("y")))
    for m in TEXT_DATE.finditer(text, timeout=REGEX_TIMEOUT):
        if m["y"]:
            found.append((int(m["y"]), m.start("y"), m.end("y")))
    for m in ISO_DATE.finditer(text, timeout=REGEX_TIMEOUT):
        if not in_url(m.start()):
            found.append((int(m["y"]), m.start("y"), m.end("y")))
    found.sort(key=lambda item: item[1])
    return found


class YearExtractor:
    """Years 1900–2100 by pattern, validated against counts, amounts, phone numbers and URLs."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> list[YearMention]:
        first: dict[int, YearMention] = {}
        for year, start, end in find_years(doc.text):
            first.setdefault(year, YearMention(year, start, end, self.name))
        return [first[y] for y in sorted(first)]

    def set_annotations(self, doc: Doc, years: list[YearMention]) -> None:
        set_facts(doc, "years", years)

    @degrade_on_timeout("years")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("pressextract_years", assigns=["doc._.pressextract_years"], default_config={})
def make_years(nlp: Language, name: str) -> YearExtractor:
    return YearExtractor(nlp, name)
