"""Date candidates in German text, found by linear patterns and turned into dates by dateparser.

dateparser only ever sees a span that a pattern here already found: over free text its
``search_dates`` reads "Die" as Tuesday and "Jan Sommer" as January.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicons import load_lexicon

REGEX_TIMEOUT = 5.0  # seconds; every pattern here is linear, the timeout is a second guard


def _pairs(name: str) -> dict[str, int]:
    out = {}
    for line in load_lexicon(name):
        word, _, number = line.partition("\t")
        out[word.strip()] = int(number)
    return out


MONTHS: dict[str, int] = _pairs("months")
MONTHS_SHORT: dict[str, int] = _pairs("months_short")
WEEKDAYS: dict[str, int] = _pairs("weekdays")
RELATIVE_DAYS: dict[str, int] = _pairs("relative_days")


def _alternation(words: dict[str, int]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Days listed before a date share its month and year: "am 4. und 5. Oktober 2016",
# "vom 12. bis 14. Mai", "16. und 19.05.2019", "3./4. Mai". Bounded repetition keeps it linear.
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY_LIST = rf"(?P<days>(?:{_DAY}\.\s?(?:,|und|bis|bis\s+zum|–|-|/)\s?){{1,6}})?"

NUMERIC_DATE = regex.compile(
    rf"(?<![\d.,:/])(?<!\d[ \t]){_DAY_LIST}(?P<d>{_DAY})\.\s?(?P<m>1[0-2]|0?[1-9])\.\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d]|\.\d)",
    regex.V1,
)
ISO_DATE = regex.compile(
    r"(?<![\w.,:/-])(?P<y>(?:19|20)\d\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>[12]\d|3[01]|0[1-9])(?![\w-])", regex.V1
)
# An abbreviated month's full stop ends the word, so a year may follow without a space: "21.Okt.2014".
TEXT_DATE = regex.compile(
    rf"(?<![\d.,:/])(?<!\d[ \t]){_DAY_LIST}(?P<d>{_DAY})\.?\s?(?P<month>{_alternation(MONTHS | MONTHS_SHORT)})(?:(?<=\.)|(?!\w))"
    r"(?:,?\s?(?P<y>(?:19|20)\d\d)(?!\d))?",
    regex.V1,
)
RANGE_TO_FULL_DATE = regex.compile(
    rf"\s?(?:bis\s(?:zum\s)?|und\s|–\s?|-\s?){_DAY}\.?\s?(?:{_alternation(MONTHS)})(?:(?<=\.)|(?!\w)),?\s?(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.V1,
)
RELATIVE_DAY = regex.compile(
    rf"(?<!\w)(?P<word>{_alternation(RELATIVE_DAYS)})(?!\w)", regex.V1 | regex.IGNORECASE
)
# A weekday counts only with a word that fixes the week ("am vergangenen Montag"); a bare
# "am Montag" may lie before or after the release's date.
QUALIFIED_WEEKDAY = regex.compile(
    rf"(?<!\w)(?P<q>vergangenen|letzten|kommenden|nächsten)\s(?P<wd>{_alternation(WEEKDAYS)})(?!\w)(?!,?\s?(?:den\s)?\d)",
    regex.V1 | regex.IGNORECASE,
)


# "am Dienstag" with no date after it: which week it means depends on the tense of its clause.
BARE_WEEKDAY = regex.compile(
    rf"(?<!\w)[Aa]m\s(?P<wd>{_alternation(WEEKDAYS)})(?!\w)(?!,?\s?(?:den\s)?\d)(?!\s?\(\d)", regex.V1
)


def last_weekday_before(published: dt.date, weekday_name: str) -> dt.date:
    """The latest day before ``published`` (1 to 7 days back) that falls on the weekday."""
    delta = published.isoweekday() - WEEKDAYS[weekday_name]
    return published - dt.timedelta(days=delta if delta > 0 else delta + 7)


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date found in the text: ``start``/``end`` is its evidence, ``kind`` the pattern."""

    date: dt.date
    start: int
    end: int
    kind: str
    explicit_year: bool


@lru_cache(maxsize=1)
def _parser() -> object:
    import dateparser

    return dateparser.DateDataParser(
        languages=["de"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
    )


@lru_cache(maxsize=4096)  # the same spans recur across releases; dateparser is the slow part
def parse_date_span(span_text: str, *, relative_base: dt.date | None = None) -> dt.date | None:
    """dateparser on one span already found by a pattern; None where it is no valid date."""
    import dateparser

    settings: dict[str, object] = {"DATE_ORDER": "DMY"}
    if relative_base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(relative_base, dt.time())
        parsed = dateparser.parse(span_text, languages=["de"], settings=settings)
    else:
        data = _parser().get_date_data(span_text)  # type: ignore[attr-defined]
        parsed = data["date_obj"] if data and data["period"] == "day" else None
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date()  # type: ignore[no-any-return]


def full_year(year_text: str) -> int:
    year = int(year_text)
    if len(year_text) == 2:  # "21.7.11": two-digit years are read in the nearest century
        year += 2000 if year < 70 else 1900
    return year


def _listed_days(days_text: str | None) -> list[int]:
    if not days_text:
        return []
    return [int(d) for d in regex.findall(r"\d+", days_text)]


# A year the text names on its own: "2016", "Studienjahr 2024/25", not part of a longer number.
BARE_YEAR = regex.compile(r"(?<![\d.,:/-])(?P<y>(?:19|20)\d\d)(?![\d]|[.,]\d)", regex.V1)


def text_year(text: str) -> int | None:
    """The year a release without a dateline speaks of: the latest year it names, named twice or more.

    Releases name their own year in event and award titles and in "die Ergebnisse 2016"; a year
    named once ("seit 2011", "bis 2030") says too little, and an earlier year named more often
    is history, so only the latest one counts, and only where it is repeated.
    """
    years = [int(m["y"]) for m in BARE_YEAR.finditer(text, timeout=REGEX_TIMEOUT)]
    if not years:
        return None
    latest = max(years)
    return latest if years.count(latest) >= 2 else None


def find_dates(
    text: str, published: dt.date | None = None, context_year: int | None = None
) -> Iterator[DateCandidate]:
    """Every complete date in the text, in order of appearance.

    A date without its year ("am 3. März") takes the year of ``published``, else
    ``context_year`` (kind "text_context"); relative words and qualified weekdays are resolved
    against ``published`` only, and are skipped where it is None.
    """
    for m in NUMERIC_DATE.finditer(text, timeout=REGEX_TIMEOUT):
        year = full_year(m["y"])
        month = int(m["m"])
        main = parse_date_span(f"{int(m['d'])}.{month}.{year}")
        if main is None:
            continue
        main_start = m.start("d")
        for day in _listed_days(m["days"]):
            listed = _safe_date(year, month, day)
            if listed:
                yield DateCandidate(listed, m.start(), m.end(), "numeric_list", True)
        yield DateCandidate(main, main_start, m.end(), "numeric", True)

    for m in ISO_DATE.finditer(text, timeout=REGEX_TIMEOUT):
        iso = parse_date_span(f"{int(m['d'])}.{int(m['m'])}.{m['y']}")
        if iso is not None:
            yield DateCandidate(iso, m.start(), m.end(), "iso", True)

    for m in TEXT_DATE.finditer(text, timeout=REGEX_TIMEOUT):
        explicit = m["y"] is not None
        if m["month"] in MONTHS_SHORT and not explicit:
            continue
        range_end = None if explicit else RANGE_TO_FULL_DATE.match(text, m.end(), timeout=REGEX_TIMEOUT)
        if explicit:
            year = int(m["y"])
        elif range_end is not None:
            # "vom 1. September bis 30. November 2025": the range's end gives the start its year.
            year = int(range_end["y"])
            explicit = True
        elif published is not None:
            year = published.year
        elif context_year is not None:
            year = context_year
        else:
            continue
        kind = "text" if explicit or published is not None else "text_context"
        month_number = MONTHS.get(m["month"]) or MONTHS_SHORT[m["month"]]
        main = parse_date_span(f"{int(m['d'])}.{month_number}.{year}")
        if main is None:
            continue
        for day in _listed_days(m["days"]):
            listed = _safe_date(year, month_number, day)
            if listed:
                yield DateCandidate(listed, m.start(), m.end(), kind + "_list", explicit)
        yield DateCandidate(main, m.start("d"), m.end(), kind, explicit)

    if published is None:
        return
    for m in RELATIVE_DAY.finditer(text, timeout=REGEX_TIMEOUT):
        resolved = parse_date_span(m["word"].lower(), relative_base=published)
        if resolved is not None:
            yield DateCandidate(resolved, m.start(), m.end(), "relative", False)
    for m in QUALIFIED_WEEKDAY.finditer(text, timeout=REGEX_TIMEOUT):
        weekday = WEEKDAYS[m["wd"].capitalize()]
        delta = weekday - published.isoweekday()
        if m["q"].lower() in {"vergangenen", "letzten"}:
            delta = delta - 7 if delta >= 0 else delta
        else:
            delta = delta + 7 if delta <= 0 else delta
        yield DateCandidate(published + dt.timedelta(days=delta), m.start(), m.end(), "weekday", False)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
