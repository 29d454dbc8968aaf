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
        ("Erlenried ist im Städtetest um 14 Plätze aufgestiegen.", {("Erlenried", 14, None)}),
        ("Damit hat Sandau seit 2020 weitere 8 Plätze aufgeholt.", {("Sandau", 8, 2020)}),
        ("Der Kreis Auental hat drei Ränge verloren.", {("Kreis Auental", -3, None)}),
        ("Im Vergleich zu 2021 ist Adorf um sechs Plätze abgerutscht.", {("Adorf", -6, 2021)}),
        ("Für Bedorf ging es einen Rang nach oben.", {("Bedorf", 1, None)}),
        (
            "Der Landkreis Adorf kommt auf Platz 14. Gegenüber 2020 rutscht der Kreis damit um fünf Plätze nach vorn.",
            {("Landkreis Adorf", 5, 2020)},
        ),
        ("Bedorf rutschte von Platz 44 im Jahr 2021 auf Platz 51 im Jahr 2022.", {("Bedorf", -7, 2021)}),
        ("Im Familienatlas 2024 kommt Kornhag auf Rang 17 (Vorjahr: Rang 21).", {("Kornhag", 4, 2023)}),
        ("Cedorf ist in der Wertung vom 31. auf den 24. Platz vorgerückt.", {("Cedorf", 7, None)}),
        # the edition year named in the text makes "Vorjahr" a year
        (
            (
                "Im Zukunftsvergleich 2021 steht Kelmsdorf auf Platz 14. Im Vergleich zum Vorjahr ging es "
                "für Kelmsdorf damit vier Ränge nach oben."
            ),
            {("Kelmsdorf", 4, 2020)},
        ),
        # the earlier placement that differs by the move names the year compared with
        (
            "Die Gemeinde Wiesental hat sich um 12 Plätze verbessert. Sie belegt Rang 88 (2019: Rang 100).",
            {("Wiesental", 12, 2019)},
        ),
        # moves listed right after a dated one are counted from the same year
        (
            (
                "Die Fachschule Ostrau hat sich zwischen 2015 und 2019 um 40 Plätze verbessert.\n"
                "Die Akademie Lindholm kommt auf Rang 9 (+25 Ränge). Es folgen die Hochschule Wedeln (+18) und das "
                "Kolleg Tornau (+7)."
            ),
            {
                ("Fachschule Ostrau", 40, 2015),
                ("Akademie Lindholm", 25, 2015),
                ("Hochschule Wedeln", 18, 2015),
                ("Kolleg Tornau", 7, 2015),
            },
        ),
        # a signed move closing a clause whose name stands further back
        (
            (
                "Das Institut Varnhorn kommt auf Rang 4 (+30 Ränge), die Akademie Selberg (Ostland) rundet die "
                "Spitzengruppe ab (+12)."
            ),
            {("Institut Varnhorn", 30, None), ("Akademie Selberg", 12, None)},
        ),
        # ... but not a move several sentences further on
        (
            (
                "Gegenüber 2020 ist Nordhagen um drei Plätze gestiegen. Die Stadt hat viel gebaut. "
                "Es gibt neue Schulen. Das Dorf Sudmoor ist um zwei Plätze gefallen."
            ),
            {("Nordhagen", 3, 2020), ("Sudmoor", -2, None)},
        ),
        # a short form in capitals stands for the name it was defined after
        (
            (
                "Das Klinikum Wellhausen (KWH) ist im Klinikvergleich 2022 vertreten. Das KWH rutschte von "
                "Platz 20 auf Platz 23 ab."
            ),
            {("Klinikum Wellhausen", -3, None)},
        ),
        # the earlier place in parentheses after the current one
        (
            "Auf Platz 41 (von Platz 45) findet sich die Hochschule Tremsbach.",
            {("Hochschule Tremsbach", 4, None)},
        ),
        ("Die Brauerei Odenhalm steht auf Rang 9 (zuvor: Rang 6).", {("Brauerei Odenhalm", -3, None)}),
        (
            "Im Brauereitest 2023 steht die Brauerei Kaltwasser auf Rang 3 (Vorjahr: Rang 5).",
            {("Brauerei Kaltwasser", 2, 2022)},
        ),
        # two dated places side by side in parentheses
        (
            "Auch die Hochschule Brennau (2020: 31 / 2021: 38) büßte Plätze ein.",
            {("Hochschule Brennau", -7, 2020)},
        ),
        # a place written as a word after "Platz", and "sinken" as a move down
        ("Die Firma Holmberg kletterte von Platz 17 auf Platz sechs.", {("Holmberg", 11, None)}),
        ("Die Marke Tessaro sank von Platz drei auf Platz neun ab.", {("Tessaro", -6, None)}),
        (
            "Die Sparkasse Erlenbach ist von Rang 40 auf Rang 44 gesunken.",
            {("Sparkasse Erlenbach", -4, None)},
        ),
        # the later place as an ordinal before "Position"/"Platz", an adverb before the earlier one
        ("Die Stadt Marbeck ist von Platz 51 auf die 30. Position vorgerückt.", {("Marbeck", 21, None)}),
        ("Der Marke Quendel gelang ein Sprung vom zuvor 9. auf den 5. Platz.", {("Quendel", 4, None)}),
        ("Die Kette Brandolf stieg vom 14. auf den 11.Platz auf.", {("Brandolf", 3, None)}),
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
        "Ahrensee steht auf Rang 8, Bedorf auf Rang 9. Für beide Gemeinden ging es je drei Ränge nach oben."
    )
    assert changes(rules, text) == {("Ahrensee", 3, None), ("Bedorf", 3, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Die Ränge 6 und 7 teilen Adorf und Bedorf unter sich auf.",
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
            "Die Hochschule Adorf rutscht von Platz 22 auf 26, die Hochschule Bedorf von 31 auf 35.",
            {("Hochschule Adorf", -4, None), ("Hochschule Bedorf", -4, None)},
        ),
        # a sign before the count says the direction
        ("Die Hochschule Ahrensee kommt auf den fünften Rang (+12 Ränge).", {("Hochschule Ahrensee", 12, None)}),
        # places written as words; "abgestürzt" is a move down
        ("Abgerutscht ist Adorf – von Platz zwei im Vorjahr auf Platz 10.", {("Adorf", -8, None)}),
        ("Bedorf kletterte von Rang 35 auf den elften Platz.", {("Bedorf", 24, None)}),
        # the words between "von Platz N" and "auf M" are as few as can be
        (
            "Die Hochschule A rutschte von Platz 44 auf 51, die Hochschule B von Platz 61 auf 70 und die Hochschule C von 33 auf 47.",
            {("Hochschule A", -7, None), ("Hochschule B", -9, None), ("Hochschule C", -14, None)},
        ),
        # "der beiden X, A (Rang N) und B (Rang M), die sich um drei bzw. sechs Ränge verbesserten"
        (
            "Grund ist der Sprung der beiden Fachhochschulen, der Fachhochschule Adorf (Rang 14) und der Fachhochschule "
            "Bedorf (Rang 19), die sich um drei bzw. sechs Ränge verbesserten.",
            {("Fachhochschule Adorf", 3, None), ("Fachhochschule Bedorf", 6, None)},
        ),
        # "Stufen" counts places; "steigt … ab" is a move down
        ("Adorf steigt gegenüber der letzten Ausgabe jedoch drei Stufen ab.", {("Adorf", -3, None)}),
        ("Heidmoor steigt um drei Stufen auf.", {("Heidmoor", 3, None)}),
        # the unit of "(+12 Ränge)" holds for the bare signed numbers after names
        (
            "Die Hochschule Ahrensee kommt auf Rang 2 (+12 Ränge). Es folgen die Hochschule Nord (+7) und die Hochschule Süd (-3).",
            {("Hochschule Ahrensee", 12, None), ("Hochschule Nord", 7, None), ("Hochschule Süd", -3, None)},
        ),
        # a move in parentheses after a name needs no verb of moving
        (
            "Zu den Aufsteigern zählen auch Adorf (von Platz 38 auf 29) und Bedorf (von Platz 57 auf 52).",
            {("Adorf", 9, None), ("Bedorf", 5, None)},
        ),
    ],
)
def test_elided_and_parenthesized_moves(
    rules: Extractor, text: str, expected: set[tuple[str, int, int | None]]
) -> None:
    assert changes(rules, text) >= expected


def test_a_range_of_moves_states_none(rules: Extractor) -> None:
    assert changes(rules, "Adorf steht auf Rang 6. Die Gemeinde ist um drei bis sechs Ränge abgerutscht.") == set()


@pytest.mark.parametrize(
    ("clause", "current", "since"),
    [
        # the edition before the current one
        ("Im Vergleich zum Vorjahr ging es für die Stadt fünf Ränge nach oben.", 2021, 2020),
        ("Gegenüber dem Vorjahresranking hat sich die Firma um zwei Plätze verbessert.", 2018, 2017),
        ("Im Vergleich zum letzten Jahr kletterte der Kreis um sieben Plätze.", 2015, 2014),
        ("Verglichen mit dem vergangenen Jahr büßte die Hochschule drei Ränge ein.", 2012, 2011),
        ("Die Bank steht jetzt auf Rang 12 (Vorjahr: 15) und hat drei Plätze gutgemacht.", 2023, 2022),
        ("Die Gemeinde rückt von Platz neun im Vorjahr auf Platz vier vor.", 2019, 2018),
        # a span of years: its first year; years counted back from the current edition
        ("Zwischen 2016 und 2020 hat sich die Klinik um 40 Plätze nach vorne gearbeitet.", 2020, 2016),
        ("Innerhalb von drei Jahren hat sich der Landkreis um zwölf Plätze verbessert.", 2022, 2019),
        ("In den letzten fünf Jahren ist die Stadt um 30 Ränge aufgestiegen.", 2024, 2019),
        # a year written with the earlier place wins over the edition before
        ("Im Vergleich zum Vorjahr stieg der Kreis von Rang 80 im Jahr 2010 auf Rang 50.", 2012, 2010),
        ("Der Händler kletterte von Platz 30 in 2017 auf Platz 12.", 2019, 2017),
        # a stated year wins over the edition
        ("Seit der letzten Erhebung 2019 hat sich der Kreis um vier Ränge verschlechtert.", 2023, 2019),
        ("Gegenüber 2020 rutscht die Gemeinde um zwei Plätze ab.", 2023, 2020),
        # without a known current edition the previous year is not known
        ("Im Vergleich zum Vorjahr ging es um fünf Ränge nach oben.", None, None),
    ],
)
def test_since_year_of_a_clause(clause: str, current: int | None, since: int | None) -> None:
    assert since_year(clause, current) == since
