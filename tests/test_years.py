from __future__ import annotations

import pytest

from pressextract.components.years import find_years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Muster Städte Index 2024 liegt die Stadt vorn.", [2024]),
        ("Seit Einführung im Jahr 2019 hat sich viel getan.", [2019]),
        ("Die Saison 2023/24 war die beste seit Jahren.", [2023, 2024]),
        ("Der Haushalt 2019/2020 wurde beschlossen.", [2019, 2020]),
        ("Von 2019 bis 2021 lief das Projekt.", [2019, 2021]),
        ("Im Zeitraum 2019-2021 wurden Daten erhoben.", [2019, 2021]),
        ("Das Leitbild 2030 gilt ab sofort.", [2030]),
        ("Die Schule wurde 1912 gegründet.", [1912]),
        ("Die Pressemitteilung vom 21.12.2018 bleibt gültig.", [2018]),
        ("Das Förderprogramm AUFBRUCH 2030 II läuft weiter.", [2030]),
        ("Stand: 2024-06-05, Version 3", [2024]),
        # a date's year, also where a clock time follows after a dash (not a range)
        ("06. September 2017 - 16:28 Uhr", [2017]),
        # a year before a number after a word of time
        ("Während 2011 4,2 Millionen Besucher kamen, waren es später weniger.", [2011]),
        ("Seit 2019 12 neue Projekte", [2019]),
        ("Kontakt: Telefon 0351 2019 12", []),
        ("Veröffentlicht am 3. Mai 2021 – 9:05 Uhr von der Redaktion", [2021]),
        ("erstellt am 21.Okt.2014 | 10:42 Uhr", [2014]),
        # near-misses: postcodes, phones, amounts, counts, URLs, house numbers
        ("Rathaus, Marktplatz 7, 20187 Adorf", []),
        ("Kontakt: Tel. 0351 477-1830", []),
        ("Kontakt: Telefon 0351 2019 oder Fax 0351 2020", []),
        ("Es gab 2.500 Euro Preisgeld.", []),
        ("Das Preisgeld betrug 2000 Euro.", []),
        ("Mehr als 2000 Kliniken wurden geprüft.", []),
        ("Rund 1950 Teilnehmer kamen zum Lauf.", []),
        ("Mehr unter https://www.example.de/ranking-2024/ergebnisse", []),
        ("Die Geschäftsstelle liegt in der Hauptstraße 2010 im Zentrum.", []),
        ("Der Wert stieg auf 20245 Punkte.", []),
        ("Es wurden 80,2019 Prozent erreicht.", []),
    ],
)
def test_years(text: str, expected: list[int]) -> None:
    assert sorted({year for year, _, _ in find_years(text)}) == expected


def test_year_spans_point_at_the_year() -> None:
    text = "Die Saison 2023/24 endet."
    for year, start, end in find_years(text):
        assert text[start:end] in {str(year), str(year)[2:]}


def test_years_in_record_are_distinct_and_sorted(extractor) -> None:
    record = extractor.extract("2024 ist wie 2019 und wieder 2024 ein gutes Jahr.")
    assert [y.year for y in record.years] == [2019, 2024]
    first = record.years[1]
    assert record.text[first.start : first.end] == "2024" and first.start == 0
