from __future__ import annotations

import pytest

from pressextract import ranking_common as rc
from pressextract.components.rank_changes import direction, since_year
from pressextract.pipeline import Extractor, build_pipeline


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(build_pipeline(use_shipped=False))


def changes(
    extractor: Extractor, text: str, published: str | None = None
) -> set[tuple[str, int, int | None]]:
    return {(c.entity, c.delta, c.since) for c in extractor.extract(text, published=published).rank_changes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bielefeld ist im Städtetest um 14 Plätze aufgestiegen.", {("Bielefeld", 14, None)}),
        ("Damit hat Halle seit 2020 weitere 8 Plätze aufgeholt.", {("Halle", 8, 2020)}),
        ("Der Kreis Lippe hat drei Ränge verloren.", {("Kreis Lippe", -3, None)}),
        ("Im Vergleich zu 2022 ist Trier um fünf Plätze abgerutscht.", {("Trier", -5, 2022)}),
        ("Für Fulda ging es um einen Platz nach oben.", {("Fulda", 1, None)}),
        (
            "Der Landkreis Cham belegt Platz 20. Gegenüber 2021 rutscht der Landkreis damit um sieben Plätze nach vorn.",
            {("Landkreis Cham", 7, 2021)},
        ),
        ("Landau fiel von Platz 57 im Jahr 2022 auf Platz 62 im Jahr 2023.", {("Landau", -5, 2022)}),
        ("Im Familienatlas 2024 kommt Kassel auf Rang 17 (Vorjahr: Rang 21).", {("Kassel", 4, 2023)}),
        ("Bergheim ist im Vergleich vom 23. auf den 15. Platz vorgerückt.", {("Bergheim", 8, None)}),
    ],
)
def test_changes(rules: Extractor, text: str, expected: set[tuple[str, int, int | None]]) -> None:
    found = changes(rules, text)
    for entity, delta, since in expected:
        assert any(d == delta and s == since and rc.same_entity(entity, e) for e, d, s in found), (
            entity,
            delta,
            found,
        )
    assert len(found) == len(expected), found


def test_previous_year_needs_release_date(rules: Extractor) -> None:
    text = "Gegenüber dem Vorjahr hat sich Aalen um vier Plätze verbessert."
    assert changes(rules, text) == {("Aalen", 4, None)}
    assert changes(rules, text, published="2024-03-01") == {("Aalen", 4, 2023)}


def test_group_subject(rules: Extractor) -> None:
    text = (
        "Kiel liegt auf Platz 6, Lübeck auf Platz 7. Für beide Städte geht es jeweils zwei Plätze nach oben."
    )
    assert changes(rules, text) == {("Kiel", 2, None), ("Lübeck", 2, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Die Plätze 4 und 5 belegen Herne und Hagen.",
        "Im Saal waren 200 Plätze besetzt.",
        "Die Stadt liegt auf Platz 8.",
        "Es gibt noch freie Plätze im Kurs.",
    ],
)
def test_no_change(rules: Extractor, text: str) -> None:
    assert changes(rules, text) == set()


@pytest.mark.parametrize(
    ("clause", "sign"),
    [
        ("um 3 Plätze verbessert", 1),
        ("drei Plätze verloren", -1),
        ("rutscht um zwei Plätze nach vorn", 1),
        ("zwei Plätze nach hinten", -1),
        ("zwei Plätze", 0),
    ],
)
def test_direction(clause: str, sign: int) -> None:
    assert direction(clause) == sign


def test_since_year() -> None:
    assert since_year("seit Einführung im Jahr 2019", None, None) == 2019
    assert since_year("gegenüber der Platzierung in 2017", None, None) == 2017
    assert since_year("gegenüber dem Vorjahr", None, 2021) == 2020


@pytest.mark.parametrize(
    ("clause", "since"),
    [
        (
            "Im Ranking springt die Firma von Rang 40 (2022) auf Rang 25 und verbessert sich um 15 Plätze.",
            2022,
        ),
        # a season is no single year compared with
        ("Gegenüber der Vorsaison 2021/22 hat sich der Verein um vier Plätze verbessert.", None),
        ("Gegenüber 2021 hat sich der Verein um vier Plätze verbessert.", 2021),
    ],
)
def test_since_from_a_dated_earlier_place_not_from_a_season(clause: str, since: int | None) -> None:
    assert since_year(clause, None, None) == since


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "von N auf M" with the noun left out after a first "von Platz"
        (
            "Die Uni Kiel fällt von Platz 20 auf 25, die Uni Lübeck von 30 auf 33.",
            {("Uni Kiel", -5, None), ("Uni Lübeck", -3, None)},
        ),
        # a sign before the count says the direction
        ("Die Hochschule Kiel kommt auf den fünften Rang (+12 Ränge).", {("Hochschule Kiel", 12, None)}),
        # places written as words; "abgestürzt" is a move down
        ("Abgestürzt ist Husum - von Platz eins im Vorjahr auf Platz 9.", {("Husum", -8, None)}),
        ("Heide verbesserte sich von Platz 30 auf den zwölften Rang.", {("Heide", 18, None)}),
        # the words between "von Platz N" and "auf M" are as few as can be
        (
            "Die Uni A fiel von Platz 57 auf 62, die Uni B von Platz 75 auf 88 und die Uni C von 82 auf 92.",
            {("Uni A", -5, None), ("Uni B", -13, None), ("Uni C", -10, None)},
        ),
        # "der beiden X, A (Platz 27) und B (Platz 30), die sich um zwei beziehungsweise fünf Plätze verbesserten"
        (
            "Das liegt am Aufstieg der beiden Hochschulen, der Hochschule Kiel (Platz 27) und der Hochschule Lübeck "
            "(Platz 30), die sich um zwei beziehungsweise fünf Plätze verbesserten.",
            {("Hochschule Kiel", 2, None), ("Hochschule Lübeck", 5, None)},
        ),
        # "Stufen" counts places; "steigt … ab" is a move down
        ("Husum steigt im Vergleich zum Vorjahr aber zwei Stufen ab.", {("Husum", -2, None)}),
        ("Heide steigt um drei Stufen auf.", {("Heide", 3, None)}),
        # the unit of "(+12 Ränge)" holds for the bare signed numbers after names
        (
            "Die Hochschule Kiel kommt auf Rang 2 (+12 Ränge). Es folgen die Hochschule Nord (+7) und die Hochschule Süd (-3).",
            {("Hochschule Kiel", 12, None), ("Hochschule Nord", 7, None), ("Hochschule Süd", -3, None)},
        ),
        # a move in parentheses after a name needs no verb of moving
        (
            "Auch Husum (von Platz 40 auf 31) und Heide (von Platz 50 auf 44) gehören zu den Gewinnern.",
            {("Husum", 9, None), ("Heide", 6, None)},
        ),
    ],
)
def test_elided_and_parenthesized_moves(
    rules: Extractor, text: str, expected: set[tuple[str, int, int | None]]
) -> None:
    assert changes(rules, text) >= expected


def test_a_range_of_moves_states_none(rules: Extractor) -> None:
    assert changes(rules, "Husum liegt auf Platz 4. Die Stadt ist um zwei bis fünf Plätze abgerutscht.") == set()
