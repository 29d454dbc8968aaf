"""Release parts (pressextract.parts): headline, dateline, contact block, boilerplate, and the one
filter that keeps facts out of the closing blocks. Releases invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pressextract.parts import add_parts, find_parts
from pressextract.records import PressRelease, Quote, Ranking, Speaker

BODY = "Die Stadt Felsburg belegt im Radklima-Test 2024 den zweiten Platz. Der Rat freut sich darüber sehr."

# (text, headline, (dateline place, dateline date))
HEAD_TABLE = [
    (f"Pressemitteilung\n\nFelsburg ist Fahrradstadt\n\nFelsburg, 5. Juni 2024 – {BODY}", "Felsburg ist Fahrradstadt", ("Felsburg", dt.date(2024, 6, 5))),
    (f"PRESSEINFORMATION Nr. 17/2024\nFelsburg ist Fahrradstadt\nFELSBURG (ots) – {BODY}", "Felsburg ist Fahrradstadt", ("FELSBURG", None)),
    (f"Felsburg ist Fahrradstadt\n\nFELSBURG. {BODY}", "Felsburg ist Fahrradstadt", ("FELSBURG", None)),
    (f"Medieninformation der Stadt Felsburg\n\nFelsburg, 05.06.2024 – Felsburg ist Fahrradstadt\n\n{BODY}", "Felsburg ist Fahrradstadt", ("Felsburg", dt.date(2024, 6, 5))),
    (f"Bad Lindau am See, 5. Juni 2024 – {BODY}", None, ("Bad Lindau am See", dt.date(2024, 6, 5))),
    # a label line that carries the date: the headline follows it
    (f"Pressemitteilung vom 5. Juni 2024\nFelsburg ist Fahrradstadt\n\n{BODY}", "Felsburg ist Fahrradstadt", (None, dt.date(2024, 6, 5))),
    (f"Presseinformation, 5. Juni 2024\nFelsburg ist Fahrradstadt\n\n{BODY}", "Felsburg ist Fahrradstadt", (None, dt.date(2024, 6, 5))),
    (f"Felsburg ist Fahrradstadt\n05.06.2024\n{BODY}", "Felsburg ist Fahrradstadt", (None, dt.date(2024, 6, 5))),
    # the first line is body text: no headline
    (f"{BODY} Die Auszeichnung wird im Herbst verliehen.", None, None),
    # a first line that leads into a list is body text too
    ("Ausgezeichnet wurden in drei Kategorien:\n1. Felsburg\n2. Lindau", None, None),
]


@pytest.mark.parametrize(("text", "headline", "dateline"), HEAD_TABLE)
def test_headline_and_dateline(text: str, headline: str | None, dateline: tuple[str | None, dt.date | None] | None) -> None:
    parts = find_parts(text)
    assert (parts.headline.text if parts.headline else None) == headline
    if parts.headline:
        assert text[parts.headline.start : parts.headline.end] == headline
    assert ((parts.dateline.place, parts.dateline.date) if parts.dateline else None) == dateline


CONTACT_TABLE = [
    ("Pressekontakt:\nDr. Anna Beispiel\nTel. 0451 122-1234\nE-Mail: presse@felsburg.example", ["Dr. Anna Beispiel"], ["presse@felsburg.example"], ["0451 122-1234"]),
    ("Kontakt für Medien\n\nJonas Muster, Pressesprecher\nTelefon +49 (0)30 123 45 67\njonas.muster@example.org", ["Jonas Muster"], ["jonas.muster@example.org"], ["+49 (0)30 123 45 67"]),
    ("Weitere Informationen gibt es online.\nAnsprechpartnerin: Lena Probe, 06151/13-2000", ["Lena Probe"], [], ["06151/13-2000"]),
    ("Rückfragen an: Presseamt, Tel. 089 233-0", [], [], ["089 233-0"]),
]


@pytest.mark.parametrize(("block", "names", "emails", "phones"), CONTACT_TABLE)
def test_contact_block(block: str, names: list[str], emails: list[str], phones: list[str]) -> None:
    text = f"Felsburg ist Fahrradstadt\n\n{BODY}\n\n{BODY}\n\n{block}\n"
    parts = find_parts(text)
    assert [(c.names, c.emails, c.phones) for c in parts.contact] == [(names, emails, phones)]
    assert text[parts.contact[0].start : parts.contact[0].end].strip() in block


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kontakte zu Schulen sollen ausgebaut werden.",
        "Kontaktbeschränkungen gelten nicht mehr.",
        "Ansprechpartner sind die Ortsämter.",
        "Pressesprecherin Lena Probe sagte: „Wir sind stolz.“",
    ],
)
def test_body_paragraphs_that_open_with_a_contact_word_are_no_contact_block(paragraph: str) -> None:
    text = f"Felsburg ist Fahrradstadt\n\n{BODY}\n\n{paragraph}\n\n{BODY}\n"
    assert find_parts(text).contact == []


BOILERPLATE_TABLE = [
    ("Über die Stadt Felsburg\nFelsburg ist mit 80.000 Einwohnern die größte Stadt im Kreis.", "Über die Stadt Felsburg"),
    ("Über Nordwerk AG: Die Nordwerk AG stellt seit 1950 Pumpen her.", "Über Nordwerk AG"),
    ("Über uns\nWir sind ein Verband von 40 Städten.", "Über uns"),
    # "Über" as a preposition that opens a sentence: no boilerplate
    ("Über 500 Gäste kamen zur Preisverleihung.", None),
    ("Über Jahre hinweg hat die Stadt in Radwege investiert, sagte der Rat.", None),
]


@pytest.mark.parametrize(("block", "heading"), BOILERPLATE_TABLE)
def test_boilerplate_block(block: str, heading: str | None) -> None:
    text = f"Felsburg ist Fahrradstadt\n\n{BODY}\n\n{BODY}\n\n{block}\n"
    parts = find_parts(text)
    assert [b.heading for b in parts.boilerplate] == ([heading] if heading else [])


def test_boilerplate_runs_to_the_contact_block() -> None:
    text = f"Kopf\n\n{BODY}\n\n{BODY}\n\nÜber die Stadt Felsburg\nFelsburg liegt am Fluss.\n\nSeit 1200 ist sie Stadt.\n\nPressekontakt: Anna Beispiel\n"
    parts = find_parts(text)
    (boiler,) = parts.boilerplate
    assert text[boiler.start : boiler.end].endswith("Seit 1200 ist sie Stadt.")
    assert [c.names for c in parts.contact] == [["Anna Beispiel"]]


def test_closing_blocks_give_no_speakers_quotes_or_rankings() -> None:
    text = (
        f"Kopf\n\n{BODY} „Wir freuen uns“, sagte Jonas Muster.\n\n"
        "Über die Stadt Felsburg\nFelsburg belegt seit Jahren Platz 1 im Radranking. „Wir sind stolz“, sagt Lena Probe.\n\n"
        "Pressekontakt: Anna Beispiel, Tel. 0451 122-1234\n"
    )
    boiler_at = text.index("Platz 1")
    lena = text.index("Lena Probe")
    anna = text.index("Anna Beispiel")
    muster = text.index("Jonas Muster")
    record = PressRelease(
        text=text,
        rankings=[Ranking("Felsburg", 2, 2024, None, None, None, 10, 30), Ranking("Felsburg", 1, None, None, None, None, boiler_at, boiler_at + 7)],
        speakers=[Speaker("Jonas Muster", None, None, None, muster, muster + 12), Speaker("Lena Probe", None, None, None, lena, lena + 10), Speaker("Anna Beispiel", None, None, None, anna, anna + 13)],
        quotes=[Quote("Wir freuen uns", "Jonas Muster", text.index("Wir freuen"), text.index("Wir freuen") + 14), Quote("Wir sind stolz", "Lena Probe", text.index("Wir sind"), text.index("Wir sind") + 14)],
    )
    done = add_parts(record)
    assert [r.rank for r in done.rankings] == [2]
    assert [s.name for s in done.speakers] == ["Jonas Muster"]
    assert [q.speaker for q in done.quotes] == ["Jonas Muster"]
    assert [c.names for c in done.contact] == [["Anna Beispiel"]]
