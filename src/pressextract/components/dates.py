"""Complete calendar dates the text names (GUIDELINES: dates)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..datepatterns import find_dates
from ..facts import get_published, set_facts
from ..records import DateMention
from .guard import degrade_on_timeout


class DateExtractor:
    """Finds date candidates by pattern, validates them with dateparser, keeps the first mention of each."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> list[DateMention]:
        first: dict[object, DateMention] = {}
        for cand in find_dates(doc.text, get_published(doc)):
            mention = DateMention(cand.date, cand.start, cand.end, f"{self.name}:{cand.kind}")
            if cand.date not in first or cand.start < first[cand.date].start:
                first[cand.date] = mention
        return [first[d] for d in sorted(first)]  # type: ignore[type-var]

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
