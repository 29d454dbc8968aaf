"""Constructions of German placements read with the shipped model (tagger, lemmatizer, NER).

Sentences are invented; each row states the placements expected (entity, rank).
"""

from __future__ import annotations

import pytest

from pressextract.pipeline import Extractor, build_pipeline


@pytest.fixture(scope="module")
def shipped() -> Extractor:
    return Extractor(build_pipeline())


def placements(extractor: Extractor, text: str) -> set[tuple[str, int]]:
    return {(r.entity, r.rank) for r in extractor.extract(text).rankings}


# ------------------------------------------------- a placed entity is a name, not a common noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common noun after its article holds no place
        ("Im Städtevergleich landete die Auswahl auf Platz 3.", set()),
        ("Beim Chorwettbewerb belegte der Abend Platz eins.", set()),
        (
            "Beim Wettbewerb erreichte die Mühe den zweiten Platz, Kalmstadt landete auf Platz 4.",
            {("Kalmstadt", 4)},
        ),
        # names without an article keep their places
        ("Kalmstadt belegt im Ranking der Städte Platz 5.", {("Kalmstadt", 5)}),
        ("Im Ranking kommt Fesselheim auf Rang 12.", {("Fesselheim", 12)}),
        ("Im Vergleich der Kreise belegt Brenndorf Rang 7, die Freude ist groß.", {("Brenndorf", 7)}),
    ],
)
def test_common_noun_is_no_entity(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected
