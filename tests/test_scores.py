from __future__ import annotations

import pytest

from pressextract import ranking_common as rc
from pressextract.components.scores import parse_value
from pressextract.pipeline import Extractor, build_pipeline


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor(build_pipeline(use_shipped=False))


def scores(extractor: Extractor, text: str) -> list[tuple[str | None, float, float | None, str]]:
    return [(s.entity, s.value, s.max, s.unit) for s in extractor.extract(text).scores]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Digitalranking erreicht Gera 64,3 Punkte.", [("Gera", 64.3, None, "Punkte")]),
        ("Siegen kommt mit 71,8 von 100 möglichen Punkten auf Platz 5.", [("Siegen", 71.8, 100.0, "Punkte")]),
        ("Die Klinik erreichte 88 von 100 Punkten.", [(None, 88.0, 100.0, "Punkte")]),
        ("Der Studiengang erhielt die Gesamtnote 2,1.", [(None, 2.1, None, "Note")]),
        ("Die Hochschule Coburg schneidet mit der Note 1,5 ab.", [("Hochschule Coburg", 1.5, None, "Note")]),
        ("Das Hotel Seeblick erhält fünf Sterne.", [("Hotel Seeblick", 5.0, None, "Sterne")]),
        (
            "Die Versicherung Alpha wird mit 4,5 Sternen bewertet.",
            [("Versicherung Alpha", 4.5, None, "Sterne")],
        ),
        ("Tabellenführer bleibt der SV Neuhof mit 37 Punkten.", [("SV Neuhof", 37.0, None, "Punkte")]),
        (
            "Mit null Punkten landet der Veranstalter Adorf Reisen am Ende.",
            [("Adorf Reisen", 0.0, None, "Punkte")],
        ),
        ("Nach 32 Jurypunkten ging Adorfien beim Publikum leer aus.", [("Adorfien", 32.0, None, "Punkte")]),
        ("Die Bewertung erreichte 8,88 von 10 Punkten.", [(None, 8.88, 10.0, "Punkte")]),
        ("Im Abitur lag die Durchschnittsnote bei 2,3.", [(None, 2.3, None, "Note")]),
        ("Die landesweite Durchschnittsnote beträgt  2,3.", [(None, 2.3, None, "Note")]),
        ("Die landesweite Abitur-Durchschnittsnote beträgt 2,4.", [(None, 2.4, None, "Note")]),
        ("In der Studie erreichte Adorf die Bestnote von 1,4.", [("Adorf", 1.4, None, "Note")]),
        ("Der Notendurchschnitt liegt mit 2,26 etwas besser als im Vorjahr.", [(None, 2.26, None, "Note")]),
        ("Auch der Gesamtschnitt liegt mit 2,31 etwas besser.", [(None, 2.31, None, "Note")]),
        (
            "Die Klinik Adorf wird von Ärzten (einer von drei Punkten) empfohlen.",
            [(None, 1.0, 3.0, "Punkte")],
        ),
        ("Der Abiturjahrgang erreichte einen Notendurchschnitt von 2,1.", [(None, 2.1, None, "Note")]),
        ("Jahrgangsbeste wurde Mia Kurz mit der Traumnote 1,0.", [("Mia Kurz", 1.0, None, "Note")]),
        ("Im Test erhielt das Modell Alpha die Note „gut“ (2,0).", [("Modell Alpha", 2.0, None, "Note")]),
        ("Die Jury vergab 9,5 Punkte an den Beitrag.", [(None, 9.5, None, "Punkte")]),
        # who rates is never the one rated
        ("Die Zufriedenheit bewerteten die Autoren mit vier von fünf Sternen.", [(None, 4.0, 5.0, "Sterne")]),
        (
            "Mit der Note 1,8 bewerteten die Kunden die Sparkasse Adorf.",
            [("Sparkasse Adorf", 1.8, None, "Note")],
        ),
        ("Die Jury vergab an das Gymnasium Adorf 92 Punkte.", [("Gymnasium Adorf", 92.0, None, "Punkte")]),
        # the recipient of the points is scored, not who gives them
        (
            "Die Jury vergab 9,5 Punkte an die Hochschule Talheim.",
            [("Hochschule Talheim", 9.5, None, "Punkte")],
        ),
        (
            "7,9 von zehn möglichen Punkten vergaben Studierende und Alumni an die Universität Nordstadt.",
            [("Universität Nordstadt", 7.9, 10.0, "Punkte")],
        ),
        # the scale's "möglichen" before its top, a participle before the unit
        (
            "Die Firma Adler erzielte 805 von möglichen 1000 Punkten.",
            [("Firma Adler", 805.0, 1000.0, "Punkte")],
        ),
        (
            "Mit 95,1 erreichten Punkten siegte die Kreisbank Talheim.",
            [("Kreisbank Talheim", 95.1, None, "Punkte")],
        ),
        # a value after a noun of points
        (
            "Insgesamt glänzt der Anbieter Adorf (Gesamtwertung 95,1).",
            [("Anbieter Adorf", 95.1, None, "Punkte")],
        ),
        (
            "Die Hochschule Adorf kommt auf eine Gesamtpunktzahl von 53,0.",
            [("Hochschule Adorf", 53.0, None, "Punkte")],
        ),
        # a grade after a colon, in a compound with a hyphen, or as an "Urteil"
        ("Knapp dahinter landet das Modell Beta (Note: 1,8).", [("Modell Beta", 1.8, None, "Note")]),
        ("Die Drogerie Ahorn holt die Top-Note 1,76.", [("Drogerie Ahorn", 1.76, None, "Note")]),
        (
            "Die Sparkasse Talheim erhielt ein Gesamturteil von 2,77.",
            [("Sparkasse Talheim", 2.77, None, "Note")],
        ),
        ("Testsieger ist der Helm Gamma mit dem Qualitätsurteil 1,7.", [("Helm Gamma", 1.7, None, "Note")]),
        ("Testsieger mit der Note gut (1,7) ist der Helm Gamma.", [("Helm Gamma", 1.7, None, "Note")]),
        ("Der Helm Delta schneidet mit „befriedigend“ (2,9) ab.", [("Helm Delta", 2.9, None, "Note")]),
        (
            "Die Verkehrsbetriebe Talheim werden mit 2,45 benotet.",
            [("Verkehrsbetriebe Talheim", 2.45, None, "Note")],
        ),
        # "mit N Punkten vor X" is the score of the winner, not a gap
        (
            "Der Sieg ging an die TG Adorf, die mit 50,90 Punkten vor dem TSV Bedorf lag.",
            [("TG Adorf", 50.9, None, "Punkte")],
        ),
        (
            "Die Helme Alpha und Beta erhielten nur die Noten 3,2 bzw. 3,3.",
            [(None, 3.2, None, "Note"), (None, 3.3, None, "Note")],
        ),
        (
            "Es folgen Jena (7,9 Punkte) und Gera (7.65 Punkte).",
            [("Jena", 7.9, None, "Punkte"), ("Gera", 7.65, None, "Punkte")],
        ),
    ],
)
def test_scores(
    rules: Extractor, text: str, expected: list[tuple[str | None, float, float | None, str]]
) -> None:
    found = scores(rules, text)
    assert len(found) == len(expected), found
    for (e_entity, e_value, e_max, e_unit), (entity, value, maximum, unit) in zip(expected, found):
        assert (value, maximum, unit) == (e_value, e_max, e_unit)
        if e_entity is None:
            assert entity is None or not rc.same_entity(entity, "Stadt"), entity
        else:
            assert entity is not None and rc.same_entity(e_entity, entity), (e_entity, entity)


def test_reachable_points_are_the_max(rules: Extractor) -> None:
    text = "Je Airline können 100 Effizienzpunkte erreicht werden. Die Airline Adorf kommt auf 84,6 Punkte."
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(84.6, 100.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Zehn Chöre erzielten 23 oder mehr von 25 möglichen Punkten. Der Chor Adorf kam auf 23,6 Punkte.",
        "Bewertet wurde auf einer Punkteskala von 0 bis 25. Der Chor Adorf kam auf 23,6 Punkte.",
    ],
)
def test_scale_after_von_is_the_max(rules: Extractor, text: str) -> None:
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(23.6, 25.0)]


def test_scale_stated_once_is_the_max(rules: Extractor) -> None:
    text = (
        "Der Index vergibt maximal 10 erreichbare Punkte. Aachen kommt auf 9,1 Punkte, Bonn auf 8,7 Punkte."
    )
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(9.1, 10.0), (8.7, 10.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Im Bereich Service erhielt die Firma Kessler vier Sterne, die Bestnote. Beim Preis gab es 3,5 Sterne.",
        "Die Firma Kessler erhielt vier Sterne und damit die Höchstwertung. Beim Preis gab es 3,5 Sterne.",
    ],
)
def test_value_named_the_top_of_its_scale(rules: Extractor, text: str) -> None:
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(4.0, 4.0), (3.5, 4.0)]


def test_grade_list_continues(rules: Extractor) -> None:
    text = "Rheine (Note 2,9) gewinnt vor Ahlen (3,1) und Bocholt (3,2)."
    assert [(s.entity, s.value, s.unit) for s in rules.extract(text).scores] == [
        ("Rheine", 2.9, "Note"),
        ("Ahlen", 3.1, "Note"),
        ("Bocholt", 3.2, "Note"),
    ]


def test_colon_list_gives_each_entity(rules: Extractor) -> None:
    text = "Drei Anbieter erhielten nur einen Stern: Alpha Invest, Beta Leben und Gamma Vorsorge."
    assert {(s.entity, s.value) for s in rules.extract(text).scores} == {
        ("Alpha Invest", 1.0),
        ("Beta Leben", 1.0),
        ("Gamma Vorsorge", 1.0),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt erhält 2,5 Millionen Euro Fördermittel.",
        "Der Anteil stieg um 4,1 Prozent.",
        "Die Quote stieg um 2,5 Prozentpunkte.",
        "Die übrigen Länder erreichen weniger als 60 Punkte.",
        "Viele Weine wurden mit 95 Punkten oder höher bewertet.",
        "Adorf bekam von der Jury 179 Punkte mehr als vom Publikum.",
        "Der Wert lag 0,5 Punkte höher als im Vorjahr.",
        "Eine Medaille gibt es ab 90 Punkten.",
        "Die Medaillengrenze liegt bei 500 Punkten.",
        "Bewertet wurde nach einem Kriterienkatalog mit 101 Punkten.",
        "Das Spiel endete 3:1.",
        "Münster gewann mit einem Vorsprung von 0,1 Punkten.",
        "Der FC übernimmt die Tabellenführung, zwei Punkte vor Talheim.",
        "Die ersten fünf Teams trennen lediglich drei Punkte.",
        "Zwischen Platz 4 und 10 liegen gerade einmal 4,1 Punkte.",
        "Der Index vergibt maximal 10 erreichbare Punkte.",
        "Die Quelle steht in Fußnote 3.",
        "In der Gesamtwertung 2019 lag Adorf vorn.",
        "Adorf liegt in der Gesamtwertung 3. hinter Bedorf.",
        "Die Wertung von 2,5 Prozent gilt seit Mai.",
        "Bei einem Sieg hätten alle Teams 50 Punkte auf dem Konto.",
        "Das Programm läuft seit 2019 mit 120 Teilnehmern.",
        "Der Forderungskatalog des Verbands umfasst zwölf Punkte.",
        "Die Tagesordnung enthält 14 Punkte.",
        "Der Antrag wurde in einem Punkt geändert.",
    ],
)
def test_no_score(rules: Extractor, text: str) -> None:
    assert scores(rules, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("80,4", 80.4), ("9.65", 9.65), ("1.000", 1000.0), ("fünf", 5.0), ("43,825", 43.825), ("null", 0.0)],
)
def test_parse_value(text: str, value: float) -> None:
    assert parse_value(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jeweils fünf Sterne erhielten die Adorf Leben AG, die Bedorf Vorsorge AG und die Cedorf Versicherung AG.",
            {"Adorf Leben AG", "Bedorf Vorsorge AG", "Cedorf Versicherung AG"},
        ),
        (
            "Die Talberg Direkt AG, die Nordheim Leben AG und die Adorf Vorsorge AG erhielten jeweils vier Sterne.",
            {"Talberg Direkt AG", "Nordheim Leben AG", "Adorf Vorsorge AG"},
        ),
        # a common noun inside a firm's name before its legal form
        ("Die Adorf Lebensversicherung AG kam auf drei Sterne.", {"Adorf Lebensversicherung AG"}),
        # near miss: an apposition without "und" is one entity
        ("Die Adorf AG, Marktführer im Süden, erhielt fünf Sterne.", {"Adorf AG"}),
    ],
)
def test_stars_given_to_a_list(rules: Extractor, text: str, expected: set[str]) -> None:
    assert {s.entity for s in rules.extract(text).scores} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list in parentheses goes on without its unit
        (
            "Vorn liegt Adorf (78,2 Punkte) vor Bedorf (75,8) und Cedorf (70,3).",
            [("Adorf", 78.2, "Punkte"), ("Bedorf", 75.8, "Punkte"), ("Cedorf", 70.3, "Punkte")],
        ),
        # the score with the unit may come last
        (
            "Am Balken turnten Mia Kurz (10,70) und Lea Lang (10,60), zusammen 21,30 Punkte.",
            [("Mia Kurz", 10.7, "Punkte"), ("Lea Lang", 10.6, "Punkte"), (None, 21.3, "Punkte")],
        ),
        # a label before the value, a place after it
        (
            "Es folgen Talheim (42 Punkte), Adorf (Bayern, 40) und Bedorf (39/3.).",
            [("Talheim", 42.0, "Punkte"), ("Adorf", 40.0, "Punkte"), ("Bedorf", 39.0, "Punkte")],
        ),
        # grades after a preposition or an article, across sentences
        (
            (
                "Die Bank Adorf holt die Note 2,77. Danach folgt die Bank Bedorf mit 3,19 auf Platz zwei. "
                "Die Bank Cedorf liegt bei 3,24. Die Bank Dedorf bekam nur eine 3,5."
            ),
            [
                ("Bank Adorf", 2.77, "Note"),
                ("Bank Bedorf", 3.19, "Note"),
                ("Bank Cedorf", 3.24, "Note"),
                ("Bank Dedorf", 3.5, "Note"),
            ],
        ),
        # list items after a colon
        (
            "Die Ergebnisse:\nMV Adorf: 90,22 Punkte, sehr gut\nMK Bedorf (NÖ): 90,83, sehr gut\n",
            [("MV Adorf", 90.22, "Punkte"), ("MK Bedorf", 90.83, "Punkte")],
        ),
        # an elliptic clause takes the unit of the clause before it
        (
            "Adorf kommt auf 68 Punkte, Bedorf auf 64 und Cedorf auf 61.",
            [("Adorf", 68.0, "Punkte"), ("Bedorf", 64.0, "Punkte"), ("Cedorf", 61.0, "Punkte")],
        ),
        # the name before its place
        (
            "Den zweiten Platz teilen sich Adorf in Bayern (88,4 Punkte) und Bedorf in Hessen (88,4).",
            [("Adorf", 88.4, "Punkte"), ("Bedorf", 88.4, "Punkte")],
        ),
        # the name before a slash, the region after it
        (
            "Männerchöre: Ensemble Vokalis / Hessen (23,6 Punkte), Chor Adorf / Bayern (23,4)",
            [("Ensemble Vokalis", 23.6, "Punkte"), ("Chor Adorf", 23.4, "Punkte")],
        ),
        # a list item's name before its colon, a verbal grade after the points
        (
            "Die Ergebnisse:\nMV Adorf: 90,22 Punkte, Ausgezeichneter Erfolg\nMK Bedorf: 89,5, Sehr guter Erfolg\n",
            [("MV Adorf", 90.22, "Punkte"), ("MK Bedorf", 89.5, "Punkte")],
        ),
        # a value with its own scale
        (
            "Die Reederei Adorf kommt auf 6 Punkte, beim Schweröl (0 von 1) und beim Ruß (1 von 2).",
            [("Reederei Adorf", 6.0, "Punkte"), (None, 0.0, "Punkte"), (None, 1.0, "Punkte")],
        ),
        # a scale stated before a list gives the list its unit
        (
            "Bewertet wurde auf einer Fünf-Punkte-Skala. Die besten Arbeitgeber sind:\nAdorf AG (4,7)\nBedorf GmbH (4,6)\n",
            [("Adorf AG", 4.7, "Punkte"), ("Bedorf GmbH", 4.6, "Punkte")],
        ),
        # grades carry further: a decimal from 1 to 6 after an article is a grade in a text of grades
        (
            "Die Sparkasse Adorf erhielt die Note 1,45. "
            + "Der Test umfasste Beratung, Service und Nachbetreuung in allen Filialen der Region. " * 2
            + "Im Digitalteil gab es eine 1,67. "
            + "Geprüft wurden außerdem die Wartezeiten am Telefon, die Qualität der Antworten per E-Mail "
            + "und die Freundlichkeit der Mitarbeiterinnen und Mitarbeiter am Schalter. " * 5
            + "Für den Service gab es eine glatte 1,0.",
            [("Sparkasse Adorf", 1.45, "Note"), (None, 1.67, "Note"), (None, 1.0, "Note")],
        ),
        # a number in parentheses that opens a line counts the list, it is no value
        (
            "Die Top 3 im Überblick:\n(1) Adorf (4,9 Punkte)\n(2) Bedorf (4,7)\n(3) Cedorf (4,5)\n",
            [("Adorf", 4.9, "Punkte"), ("Bedorf", 4.7, "Punkte"), ("Cedorf", 4.5, "Punkte")],
        ),
        # a decimal that opens its clause before the verb that earns it
        (
            (
                "Die Bahn Cedorf wird mit 2,45 benotet. Vorn liegen zwei andere: 2,26 erzielt die Bahn Adorf, "
                "2,33 erreicht die Bahn Bedorf."
            ),
            [("Bahn Cedorf", 2.45, "Note"), ("Bahn Adorf", 2.26, "Note"), ("Bahn Bedorf", 2.33, "Note")],
        ),
        # a decimal list a paragraph after the last score with its unit
        (
            "In der Jugend siegte das Duo Adorf mit 50,90 Punkten. "
            + "Die Mannschaften zeigten schwierige Elemente und eine saubere Ausführung vor großem Publikum. "
            * 3
            + "\nBei den Erwachsenen siegten Mia Kurz und Lea Lang (TSV Bedorf/49,95) vor Eva Roth (TSV Cedorf/49,40).",
            [("Duo Adorf", 50.9, "Punkte"), (None, 49.95, "Punkte"), (None, 49.4, "Punkte")],
        ),
        # near misses: an ordinal, a counted noun, a change, an age far from any score, a digit
        ("Adorf hat die Note 1,8 und liegt damit mit einer 1 an erster Stelle.", [("Adorf", 1.8, "Note")]),
        ("Talheim (62,1 Punkte) steigt auf den 4. Rang.", [("Talheim", 62.1, "Punkte")]),
        ("Talheim (62,1 Punkte) startete mit 25 Teilnehmern.", [("Talheim", 62.1, "Punkte")]),
        (
            "Der TSV Adorf (62 Punkte) hat Trainer Thomas Kurz (58) entlassen.",
            [("TSV Adorf", 62.0, "Punkte")],
        ),
        (
            "Talheim erreichte 85 Punkte. Die Zahl der Teilnehmer stieg von 90 auf 120.",
            [("Talheim", 85.0, "Punkte")],
        ),
        ("Die Bank Adorf hat sich um sieben Punkte auf 2,56 verbessert.", []),
        (
            "Die Hochschule Adorf erreicht 71 Punkte. "
            + "Das Ranking erscheint jedes Jahr im Herbst. " * 5
            + "Rektor Max Kurz (58) freut sich.",
            [("Hochschule Adorf", 71.0, "Punkte")],
        ),
    ],
)
def test_unit_carried_over(
    rules: Extractor, text: str, expected: list[tuple[str | None, float, str]]
) -> None:
    found = [(s.entity, s.value, s.unit) for s in rules.extract(text).scores]
    assert len(found) == len(expected), found
    for (e_entity, e_value, e_unit), (entity, value, unit) in zip(expected, found):
        assert (value, unit) == (e_value, e_unit)
        if e_entity is not None:
            assert entity is not None and rc.same_entity(e_entity, entity), (e_entity, entity)


def test_table_column_of_points(rules: Extractor) -> None:
    text = (
        "Die Sieger der Länder:\nLand | Verein | Punkte |\nHessen | SFG Adorf | 650 |\n"
        "Bayern | LSV Bedorf | 414 |\nSaarland | FC Cedorf | 23 |\nDas war knapp."
    )
    assert [(s.entity, s.value, s.unit, s.category) for s in rules.extract(text).scores] == [
        ("SFG Adorf", 650.0, "Punkte", "Hessen"),
        ("LSV Bedorf", 414.0, "Punkte", "Bayern"),
        ("FC Cedorf", 23.0, "Punkte", "Saarland"),
    ]


def test_table_without_a_unit_column(rules: Extractor) -> None:
    text = "Land | Verein | Mitglieder |\nHessen | SFG Adorf | 650 |\nBayern | LSV Bedorf | 414 |\n"
    assert rules.extract(text).scores == []


def test_fact_told_twice_is_one_score(rules: Extractor) -> None:
    text = (
        "Bestnote von 1,4 für Adorf\nAdorf gewann den Preis für die beste Bewertung durch Passanten und "
        "Besucher der Innenstadt. In der Studie erreichte die Stadt Adorf die Bestnote von 1,4 unter allen Städten."
    )
    assert [(s.value, s.unit) for s in rules.extract(text).scores] == [(1.4, "Note")]


def test_tie_in_a_list_is_two_scores(rules: Extractor) -> None:
    text = "Die Bank Adorf erhielt die Note 3,5. Zuletzt kamen die Bank Bedorf (3,92) und die Bank Cedorf (3,92)."
    assert [s.value for s in rules.extract(text).scores] == [3.5, 3.92, 3.92]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zufriedenheit bewerteten die Autoren mit vier von fünf Sternen.",
        "Im Durchschnitt vergaben die Kunden die Note 1,8.",
        "Insgesamt gaben die Leser 4,2 Sterne.",
        "Die Klinik wird von Ärzten (einer von drei Punkten) empfohlen.",
        "Laut dem Autor der Analyse erreichte die Region 3,9 Punkte.",
        "Der Wert lag bei 3,9 Punkten.",
        "Die Rubrik Sicherheit erhielt die Note 1,1.",
    ],
)
def test_rater_is_not_scored(rules: Extractor, extractor: Extractor, text: str) -> None:
    # the shipped model's entities may reach words the rules leave alone
    assert [s.entity for s in rules.extract(text).scores] == [None]
    assert [s.entity for s in extractor.extract(text).scores] == [None]


def test_counted_subject_named_in_the_next_sentence(rules: Extractor) -> None:
    text = (
        "Drei Köche erzielten 19,5 von 20 Punkten. Dazu zählen Anna Kurz vom Restaurant Adorf in Bedorf, "
        "Max Lang vom Hotel Cedorf und Eva Roth vom Gasthaus Dedorf in Edorf."
    )
    assert {(s.entity, s.value) for s in rules.extract(text).scores} == {
        ("Anna Kurz", 19.5),
        ("Max Lang", 19.5),
        ("Eva Roth", 19.5),
    }


def test_counted_words_before_a_colon_are_not_the_subject(rules: Extractor) -> None:
    text = (
        "Vier Spieltage vor Schluss sieht es so aus: Der FV Adorf, der TSV Bedorf und der SC Cedorf "
        "stehen mit jeweils 37 Punkten auf den Plätzen 10 bis 12."
    )
    assert {s.entity for s in rules.extract(text).scores} == {"FV Adorf", "TSV Bedorf", "SC Cedorf"}


def test_counted_subject_without_a_list_names_no_one(rules: Extractor) -> None:
    text = "19 Gesellschaften erreichten fünf Sterne. Das ist ein Rekord."
    assert [s.entity for s in rules.extract(text).scores] == [None]


def test_top_of_scale_given_to_a_listed_pair(rules: Extractor) -> None:
    text = (
        "Zwei Weine erhielten die Höchstpunktzahl von 100 Punkten, beide aus dem Jahrgang 2018: "
        "die Adorfer Spätlese und die Bedorfer Auslese."
    )
    assert {(s.entity, s.value, s.max) for s in rules.extract(text).scores} == {
        ("Adorfer Spätlese", 100.0, 100.0),
        ("Bedorfer Auslese", 100.0, 100.0),
    }


def test_tied_name_shares_the_score(rules: Extractor) -> None:
    text = "Die Sparkasse Adorf landete bei einer Note von 2,36, gleichauf mit der Bank Bedorf, die sich verbesserte."
    assert {(s.entity, s.value) for s in rules.extract(text).scores} == {
        ("Sparkasse Adorf", 2.36),
        ("Bank Bedorf", 2.36),
    }
