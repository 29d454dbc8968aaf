"""German constructions of a rank change and of the year it is counted from (invented names)."""

from __future__ import annotations

import pytest

from pressextract import ranking_common as rc
from pressextract.components.rank_changes import since_year
from pressextract.pipeline import Extractor, build_pipeline


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(build_pipeline(use_shipped=False))


def changes(extractor: Extractor, text: str) -> set[tuple[str, int, int | None]]:
    return {(c.entity, c.delta, c.since) for c in extractor.extract(text).rank_changes}


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
def test_since_year(clause: str, current: int | None, since: int | None) -> None:
    assert since_year(clause, current) == since


@pytest.mark.parametrize(
    ("text", "expected"),
    [
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
