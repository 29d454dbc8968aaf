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
        ("Am 4. und 5. Oktober 2016 trafen sich die Gruppen.", None, [D(2016, 10, 4), D(2016, 10, 5)]),
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
        ("Die Stadt liegt mit 71,3 Punkten vorn.", None, []),
        ("Jan Sommer ist Bürgermeister.", None, []),
        ("Die Mannschaft gewann 3:1.", None, []),
        ("Der 1. Preis ging nach Adorf.", None, []),
        ("Kontakt: Tel. 0351 477-1830", None, []),
        ("Das Budget beträgt 3,8 Mio. Euro.", None, []),
        ("Am 31.02.2024 ist kein Tag.", None, []),
        # abbreviated months: the full stop ends the word; without it only with a year
        ("erstellt am 21.Okt.2014 | 10:42 Uhr", None, [D(2014, 10, 21)]),
        ("Termin: 4. Okt. 2019 im Rathaus", None, [D(2019, 10, 4)]),
        ("14. Nov 2017\n\nDie Zeitschrift hat gewählt.", None, [D(2017, 11, 14)]),
        ("Die Stadt dankt am 5. Jan Müller für seine Arbeit.", D(2024, 1, 2), []),
        ("06. September 2017 - 16:28 Uhr", None, [D(2017, 9, 6)]),
        ("Im Abend & Morgen-Rating stehen 48 Anbieter.", D(2024, 3, 12), []),
    ],
)
def test_dates(text: str, published: dt.date | None, expected: list[dt.date]) -> None:
    assert sorted({c.date for c in find_dates(text, published)}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin, 12. März 2024 – Der Verband hat heute ...", D(2024, 3, 12)),
        ("17.11.2016\n\nKreis erreicht Rang 5", D(2016, 11, 17)),
        ("Überschrift\n14.02.2021\nText beginnt hier.", D(2021, 2, 14)),
        ("23.08.2022 – Die Agentur hat ihre Wertung erneuert.", D(2022, 8, 23)),
        ("Pressemitteilung Nr. 117 vom 22.09.2021 Senatorin ehrt Gewinner", D(2021, 9, 22)),
        ("ADORF (dpa), 5. Juni 2024 - Das Land fördert ...", D(2024, 6, 5)),
        ("(05.06.2024) Die Stadt teilt mit ...", D(2024, 6, 5)),
        ("Die Stadt teilt mit, dass am 5. Juni 2024 gefeiert wird.", None),
        ("Am 4. und 5. Oktober 2016 kamen die Gruppen zusammen.", None),
        ("Titel\n\nAnträge können vom 1. September bis 30. November 2025 gestellt werden.", None),
        ("Medieninformation vom 4. Mai 2023\nDie Stadt ...", D(2023, 5, 4)),
        ("Presseinformation Nr. 12 / 2020 vom 27.07.2020\n\nVertrag ...", D(2020, 7, 27)),
        # datelines with a clock time, a byline or an author's sign
        ("Überschrift\n\n06. September 2017 - 16:28 Uhr\n\nDer Rat hat gestern entschieden.", D(2017, 9, 6)),
        ("Titel der Meldung\n08. Juli 2015, 10:44 Uhr\nDas Amt hat ...", D(2015, 7, 8)),
        ("Titel\n19.03.2008, 11:26 UhrDie Bäcker liegen vorn.", D(2008, 3, 19)),
        ("12.03.2005 16:47 |\nTitel", D(2005, 3, 12)),
        ("Meldung vom Amt\nerstellt am 21.Okt.2014 | 10:42 Uhr\nText", D(2014, 10, 21)),
        ("Pressemeldung vom: 19.02.2015 - 16:05 Uhr\nIn diesem Monat ...", D(2015, 2, 19)),
        ("Titel\nVon Anna Beispiel | 03.09.2019, 19:27 Uhr\nDie Firma ...", D(2019, 9, 3)),
        ("Titel\nVon Karl Muster 15.01.2016, 08:33\nDie Kasse ...", D(2016, 1, 15)),
        ("11.05.2013 (abx)\nDie Feuerwehr informiert ...", D(2013, 5, 11)),
        ("Abkommen unterzeichnet\n\nFreitag. 13. November 2009 (Dr. Erika Muster)\n\nDie Rektoren ...", D(2009, 11, 13)),
        ("Adorf, den 22.06.2012\nSilber bei der EM", D(2012, 6, 22)),
        ("Talheim, 8. Februar 2011 (xyz) - Die neuen Banner ...", D(2011, 2, 8)),
        ("Adorf, 9. Mai 2021. Wer liefert am schnellsten?", D(2021, 5, 9)),
        ("Kreis steigt um 9 Ränge (12.08.2015)\nDas Portal ...", D(2015, 8, 12)),
        ("Der Absatz wuchs am 9. Mai 2021. Wer liefert am schnellsten?", None),
        ("Titel\n\n15.09.2009 Sachsen Pressemeldung Landesamt\n\nText", D(2009, 9, 15)),
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
