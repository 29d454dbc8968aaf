"""Complete calendar dates the text names (GUIDELINES: dates)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..datepatterns import BARE_WEEKDAY, REGEX_TIMEOUT, find_dates, last_weekday_before, text_year
from ..facts import get_published, set_facts
from ..records import DateMention
from .guard import degrade_on_timeout


# Preterite endings after a weak verb's stem: "teilte", "meldeten", "arbeitete".
WEAK_PRETERITE_ENDINGS = frozenset({"te", "ten", "test", "tet", "ete", "eten", "etest", "etet"})
# Finite auxiliaries in the preterite.
PAST_AUXILIARIES = frozenset({"war", "waren", "wurde", "wurden", "hatte", "hatten"})
PERFECT_AUXILIARIES = frozenset({"hat", "haben", "ist", "sind"})
FUTURE_AUXILIARIES = frozenset({"wird", "werden"})


def _is_preterite(token: Token) -> bool:
    """A finite full verb in the preterite: a weak verb's stem plus "-te" ("teilte"), or a strong
    verb's changed stem ("gab", "standen"; not "gibt", "trifft")."""
    text, lemma = token.text.casefold(), token.lemma_.casefold()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    if len(stem) < 2:
        return False
    if text.startswith(stem):
        return text[len(stem) :] in WEAK_PRETERITE_ENDINGS
    # a present form that changes the stem ends in -t or -st ("gibt", "trifft"); present forms
    # with "-e"/"-en" keep the lemma's stem, so a changed stem with them is past ("standen")
    return not text.endswith(("t", "st"))


def is_past_clause(sent: Span) -> bool:
    """Whether the sentence tells of something past: a preterite, or a perfect with no "wird"."""
    lowers = {t.lower_ for t in sent if t.tag_ == "VAFIN"}
    if lowers & FUTURE_AUXILIARIES:
        return False
    if lowers & PAST_AUXILIARIES:
        return True
    if lowers & PERFECT_AUXILIARIES and any(t.tag_ == "VVPP" for t in sent):
        return True
    # a modal's preterite always has the weak ending ("konnte", "mussten", "wollten")
    return any(
        (t.tag_ == "VVFIN" and _is_preterite(t)) or (t.tag_ == "VMFIN" and t.lower_.endswith(("te", "ten")))
        for t in sent
    )


class DateExtractor:
    """Finds date candidates by pattern, validates them with dateparser, keeps the first mention of each."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> list[DateMention]:
        first: dict[object, DateMention] = {}
        published = get_published(doc)
        tagged = doc.has_annotation("TAG")
        # Without a stated release date, a day and month in a past clause ("Am 3. Mai startete
        # die Kampagne") happened in the year the release speaks of (see text_year).
        context_year = text_year(doc.text) if published is None and tagged else None
        for cand in find_dates(doc.text, published, context_year):
            if cand.kind.startswith("text_context") and not self._in_past_clause(doc, cand.start, cand.end):
                continue
            mention = DateMention(cand.date, cand.start, cand.end, f"{self.name}:{cand.kind}")
            if cand.date not in first or cand.start < first[cand.date].start:
                first[cand.date] = mention
        if published is not None and tagged:
            # "gab die Behörde am Dienstag bekannt": in a past clause a bare weekday is the last
            # one before the release's date; in any other tense it may lie either way.
            for m in BARE_WEEKDAY.finditer(doc.text, timeout=REGEX_TIMEOUT):
                span = doc.char_span(m.start("wd"), m.end("wd"), alignment_mode="expand")
                if span is None or not is_past_clause(span.sent):
                    continue
                day = last_weekday_before(published, m["wd"])
                # the release's own weekday: that day itself or a week before, it cannot tell
                if (published - day).days < 7 and day not in first:
                    first[day] = DateMention(day, m.start(), m.end(), f"{self.name}:past_weekday")
        return [first[d] for d in sorted(first)]  # type: ignore[type-var]

    @staticmethod
    def _in_past_clause(doc: Doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and is_past_clause(span.sent)

    def set_annotations(self, doc: Doc, dates: list[DateMention]) -> None:
        set_facts(doc, "dates", dates)

    @degrade_on_timeout("dates")
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "pressextract_dates",
    assigns=["doc._.pressextract_dates"],
    requires=["doc._.pressextract_published"],
    default_config={},
)
def make_dates(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
