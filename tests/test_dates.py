from __future__ import annotations

import datetime as dt

import pytest

from pressextract.components.published import find_published
from pressextract.datepatterns import find_dates

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Die Sitzung fand am 21.07.2011 statt.", None, [D(2011, 7, 21)]),
        ("Die Sitzung fand am 21.7.11 statt.", None, [D(2011, 7, 21)]),
        ("Am 5. Juni 2024 wird eröffnet.", None, [D(2024, 6, 5)]),
        ("Stand: 2024-06-05", None, [D(2024, 6, 5)]),
        ("Am 5 Juni 2024 wird eröffnet.", None, [D(2024, 6, 5)]),
        ("Am 7. und 8. November 2015 trafen sich die Teams.", None, [D(2015, 11, 7), D(2015, 11, 8)]),
        ("Der Kongress läuft vom 12. bis 14. Mai 2024.", None, [D(2024, 5, 12), D(2024, 5, 14)]),
        ("Finale ist am 16. und 19.05.2019.", None, [D(2019, 5, 16), D(2019, 5, 19)]),
        ("Anträge vom 1. September bis 30. November 2025.", None, [D(2025, 9, 1), D(2025, 11, 30)]),
        ("Die Messe läuft vom 30. Juni – 2. Juli 2024.", None, [D(2024, 6, 30), D(2024, 7, 2)]),
        ("Die Ausstellung öffnet am 3. März.", D(2024, 2, 1), [D(2024, 3, 3)]),
        ("Die Ausstellung öffnet am 3. März.", None, []),
        ("Heute stellte die Stadt den Bericht vor.", D(2024, 3, 12), [D(2024, 3, 12)]),
        ("Gestern wurde der Preis verliehen.", D(2024, 3, 12), [D(2024, 3, 11)]),
        ("Der Bericht wurde heute vorgestellt.", None, []),
        ("Am vergangenen Montag tagte der Rat.", D(2024, 3, 14), [D(2024, 3, 11)]),
        ("Am kommenden Freitag tagt der Rat.", D(2024, 3, 12), [D(2024, 3, 15)]),
        # near-misses: dateparser would read these as dates over free text
        ("Die Stadt liegt mit 80,4 Punkten vorn.", None, []),
        ("Jan Lindenau ist Bürgermeister.", None, []),
        ("Die Mannschaft gewann 3:1.", None, []),
        ("Der 1. Preis ging nach Kiel.", None, []),
        ("Kontakt: Tel. 0431 988-2369", None, []),
        ("Das Budget beträgt 4,6 Mio. Euro.", None, []),
        ("Am 31.02.2024 ist kein Tag.", None, []),
        # abbreviated months: the full stop ends the word; without it only with a year
        ("erstellt am 13.Dez.2012 | 09:18 Uhr", None, [D(2012, 12, 13)]),
        ("Termin: 4. Okt. 2019 im Rathaus", None, [D(2019, 10, 4)]),
        ("25. Nov 2015\n\nDas Magazin hat gewählt.", None, [D(2015, 11, 25)]),
        ("Die Stadt dankt am 5. Jan Müller für seine Arbeit.", D(2024, 1, 2), []),
        ("06. September 2017 - 16:28 Uhr", None, [D(2017, 9, 6)]),
        ("Im Morgen & Morgen-Rating stehen 63 Anbieter.", D(2024, 3, 12), []),
    ],
)
def test_dates(text: str, published: dt.date | None, expected: list[dt.date]) -> None:
    assert sorted({c.date for c in find_dates(text, published)}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin, 12. März 2024 – Der Verband hat heute ...", D(2024, 3, 12)),
        ("21.12.2018\n\nLandkreis belegt Platz 7", D(2018, 12, 21)),
        ("Überschrift\n09.02.2022\nText beginnt hier.", D(2022, 2, 9)),
        ("18.10.2023 – Das Analysehaus hat sein Rating aktualisiert.", D(2023, 10, 18)),
        ("Pressemitteilung Nr. 036 vom 03.04.2019 Minister ehrt Sieger", D(2019, 4, 3)),
        ("KIEL (dpa), 5. Juni 2024 - Das Land fördert ...", D(2024, 6, 5)),
        ("(05.06.2024) Die Stadt teilt mit ...", D(2024, 6, 5)),
        ("Die Stadt teilt mit, dass am 5. Juni 2024 gefeiert wird.", None),
        ("Am 7. und 8. November 2015 fanden sich die Teams ein.", None),
        ("Titel\n\nAnträge können vom 1. September bis 30. November 2025 gestellt werden.", None),
        ("Medieninformation vom 4. Mai 2023\nDie Stadt ...", D(2023, 5, 4)),
        ("Presseinformation Nr. 12 / 2020 vom 27.07.2020\n\nVertrag ...", D(2020, 7, 27)),
        # datelines with a clock time, a byline or an author's sign
        ("Überschrift\n\n06. September 2017 - 16:28 Uhr\n\nDer Rat hat gestern entschieden.", D(2017, 9, 6)),
        ("Titel der Meldung\n03. Juni 2014, 13:07 Uhr\nDas Amt hat ...", D(2014, 6, 3)),
        ("Titel\n10.07.2007, 15:08 UhrDie Autobauer liegen vorn.", D(2007, 7, 10)),
        ("12.03.2005 16:47 |\nTitel", D(2005, 3, 12)),
        ("Meldung vom Amt\nerstellt am 13.Dez.2012 | 09:18 Uhr\nText", D(2012, 12, 13)),
        ("Pressemeldung vom: 14.11.2013 - 14:11 Uhr\nIn der Woche ...", D(2013, 11, 14)),
        ("Titel\nVon Anna Beispiel | 12.06.2018, 21:13 Uhr\nDas Unternehmen ...", D(2018, 6, 12)),
        ("Titel\nVon Karl Muster 27.10.2017, 17:58\nDie Bank ...", D(2017, 10, 27)),
        ("09.04.2012 (abc)\nDie Polizei informiert ...", D(2012, 4, 9)),
        ("Vertrag unterzeichnet\n\nFreitag. 28. November 2008 (Dr. Erika Muster)\n\nDie Präsidenten ...", D(2008, 11, 28)),
        ("Dresden, den 13.09.2011\nGold bei der WM", D(2011, 9, 13)),
        ("Kürten, 5. März 2010 (abc) - Die bunten Flaggen ...", D(2010, 3, 5)),
        ("München, 6. April 2022. Welcher Anbieter ist der beste?", D(2022, 4, 6)),
        ("Landkreis verbessert sich um 17 Plätze (01.06.2016)\nDas Institut ...", D(2016, 6, 1)),
        ("Der Umsatz stieg am 6. April 2022. Welcher Anbieter folgt?", None),
        ("Titel\n\n28.04.2008 Bayern Pressemeldung Staatsministerium\n\nText", D(2008, 4, 28)),
        ("Die Messe öffnet am 12. März 2024 – 12.000 Gäste werden erwartet.", None),
    ],
)
def test_published_from_dateline(text: str, expected: dt.date | None) -> None:
    found = find_published(text)
    assert (found.date if found else None) == expected


def test_published_passed_in_wins(extractor) -> None:
    record = extractor.extract("Berlin, 12. März 2024 – Heute wurde gewählt.", published="2024-03-13")
    assert record.published == D(2024, 3, 13)
    assert D(2024, 3, 13) in [d.date for d in record.dates]


def test_date_spans_are_evidence(extractor) -> None:
    record = extractor.extract("Berlin, 12. März 2024 – Die Messe beginnt am 5. Juni.")
    assert record.published == D(2024, 3, 12)
    by_date = {d.date: record.text[d.start : d.end] for d in record.dates}
    assert by_date == {D(2024, 3, 12): "12. März 2024", D(2024, 6, 5): "5. Juni"}
