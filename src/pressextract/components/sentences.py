"""Sentence boundaries for press releases without a parser.

spaCy's rule-based sentencizer splits at every token "." and does not know German ordinals
("am 5. März", "1. FC Köln", "auf dem 8. Platz") or that a line break ends a headline.
"""

from __future__ import annotations

from functools import cache

import numpy
import regex
from spacy.attrs import SENT_START  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import load_lexicon

SENTENCE_END = frozenset({".", "!", "?", "…", ":"})
CLOSING = frozenset({"“", "”", "\"", "'", "»", "«", "‘", "’", ")", "]"})
ORDINAL = regex.compile(r"^\d{1,3}\.$")
DECIMAL_AT_END = regex.compile(r"^\d+,\d+\.$")
# Nouns a cardinal number follows ("Platz 3", "Rang 12", "Note 2"): a dot after that number ends
# the sentence.
PLACE_NOUNS = frozenset(["Platz", "Rang", "Position", "Note", "Stufe", "Nummer", "Nr", "Kategorie", "Gruppe", "Klasse", "Liga", "Runde", "Tabellenplatz"])
# Words that start a new sentence even right after an ordinal-looking token: "... auf Platz 8.
# Die Stadt ..." is a sentence end, "am 8. Dezember" is not.
SENTENCE_STARTERS = frozenset(
    ["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Im", "In", "Mit", "Auch", "Damit", "Dabei", "Er", "Sie", "Es", "Wir", "Ich", "Man", "Dies", "Diese", "Dieser", "Dieses", "Zudem", "Außerdem", "Doch", "Aber", "Und", "So", "Nach", "Bei", "Auf", "Für", "Am", "Zum", "Zur", "Seit", "Als"]
)


@cache
def _legal_forms_without_dot() -> frozenset[str]:
    return frozenset(form for form in load_lexicon("org_legal_forms") if not form.endswith(".") and " " not in form)


class SentenceSegmenter:
    """Sets ``token.is_sent_start``: ends at . ! ? and line breaks, not after ordinals or abbreviations."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> list[bool]:
        starts = [False] * len(doc)
        if not len(doc):
            return starts
        starts[0] = True
        for i, token in enumerate(doc[:-1]):
            nxt = doc[i + 1]
            if "\n" in token.text or (token.is_space and "\n" in token.whitespace_ + token.text) or "\n" in token.whitespace_:
                starts[i + 1] = True
            elif token.text in SENTENCE_END and token.text != ":":
                if nxt.text not in CLOSING:
                    starts[i + 1] = True
            elif token.text in CLOSING and i > 0 and doc[i - 1].text in {".", "!", "?", "…"}:
                if nxt.text[:1].isupper() or nxt.text[:1] in "„\"»":
                    starts[i + 1] = True
            elif (
                token.text.endswith(".")
                and token.text[:-1] in _legal_forms_without_dot()
                and (nxt.text[:1].isupper() or nxt.text[:1] in "„\"»")
            ):
                # spaCy keeps the stop on "GmbH.", "VVaG.": a legal form has no dot of its own,
                # so at a sentence's end it is the full stop
                starts[i + 1] = True
            elif DECIMAL_AT_END.match(token.text):
                starts[i + 1] = True  # "Note 2,7. Bad Segeberg ...": a decimal is never an ordinal
            elif ORDINAL.match(token.text) and (
                nxt.text in SENTENCE_STARTERS
                or (nxt.text[:1].isupper() and i > 0 and doc[i - 1].text in PLACE_NOUNS)
            ):
                # "auf Platz 3. Spitzenreiter ist ...": a number after a place noun ends the
                # sentence; after an article or preposition ("am 5. März") it is an ordinal.
                starts[i + 1] = True
        return starts

    def set_annotations(self, doc: Doc, starts: list[bool]) -> None:
        # One array write: setting token.is_sent_start one by one rescans the doc each time.
        if len(doc):
            values = numpy.array([[1 if start else -1] for start in starts], dtype="int64").astype("uint64")
            doc.from_array([SENT_START], values)  # type: ignore[arg-type]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("pressextract_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter(nlp, name)
