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
        ("Beim Digitalvergleich erreicht Talheim 58,9 Punkte.", [("Talheim", 58.9, None, "Punkte")]),
        ("Bedorf kommt mit 66,4 von 100 möglichen Punkten auf Rang 7.", [("Bedorf", 66.4, 100.0, "Punkte")]),
        ("Das Klinikum erreichte 83 von 100 Punkten.", [(None, 83.0, 100.0, "Punkte")]),
        ("Der Masterstudiengang bekam die Gesamtnote 1,9.", [(None, 1.9, None, "Note")]),
        ("Die Fachhochschule Talheim schneidet mit der Note 1,6 ab.", [("Fachhochschule Talheim", 1.6, None, "Note")]),
        ("Das Hotel Seeblick erhält fünf Sterne.", [("Hotel Seeblick", 5.0, None, "Sterne")]),
        (
            "Die Versicherung Alpha wird mit 4,5 Sternen bewertet.",
            [("Versicherung Alpha", 4.5, None, "Sterne")],
        ),
        ("Tabellenführer bleibt der SV Neuhof mit 41 Punkten.", [("SV Neuhof", 41.0, None, "Punkte")]),
        (
            "Der Veranstalter Adorf Reisen bleibt mit null Punkten Schlusslicht.",
            [("Adorf Reisen", 0.0, None, "Punkte")],
        ),
        ("Adorfien sammelte 27 Jurypunkte, vom Publikum kam nichts.", [("Adorfien", 27.0, None, "Punkte")]),
        ("Das Gutachten ergab 7,65 von 10 Punkten.", [(None, 7.65, 10.0, "Punkte")]),
        ("An den Gymnasien lag die Durchschnittsnote bei 2,5.", [(None, 2.5, None, "Note")]),
        ("Die bundesweite Durchschnittsnote beträgt  2,6.", [(None, 2.6, None, "Note")]),
        ("Landesweit liegt die Abitur-Durchschnittsnote bei 2,2.", [(None, 2.2, None, "Note")]),
        ("Im Vergleich bekam Bedorf die Bestnote von 1,3.", [("Bedorf", 1.3, None, "Note")]),
        ("Der Notendurchschnitt liegt mit 2,41 knapp unter dem Vorjahreswert.", [(None, 2.41, None, "Note")]),
        ("Der Gesamtschnitt liegt mit 2,18 nur wenig darunter.", [(None, 2.18, None, "Note")]),
        (
            "Die Praxis Bedorf empfehlen Patienten eher selten (einer von vier Punkten).",
            [(None, 1.0, 4.0, "Punkte")],
        ),
        ("Der Abschlussjahrgang kam auf einen Notendurchschnitt von 2,3.", [(None, 2.3, None, "Note")]),
        ("Mit der Traumnote 1,0 wurde Eva Lang Jahrgangsbeste.", [("Eva Lang", 1.0, None, "Note")]),
        ("Das Modell Alpha bekam im Test die Note „gut“ (2,2).", [("Modell Alpha", 2.2, None, "Note")]),
        ("Die Jury vergab 8,5 Punkte an den Kurzfilm.", [(None, 8.5, None, "Punkte")]),
        # who rates is never the one rated
        ("Die Beratung beurteilten die Tester mit drei von vier Sternen.", [(None, 3.0, 4.0, "Sterne")]),
        (
            "Mit der Note 2,1 beurteilten die Nutzer die Kreisbank Bedorf.",
            [("Kreisbank Bedorf", 2.1, None, "Note")],
        ),
        ("Die Jury vergab an die Realschule Bedorf 86 Punkte.", [("Realschule Bedorf", 86.0, None, "Punkte")]),
        # the recipient of the points is scored, not who gives them
        (
            "Die Fachjury vergab 8,5 Punkte an die Akademie Talheim.",
            [("Akademie Talheim", 8.5, None, "Punkte")],
        ),
        (
            "6,8 von zehn möglichen Punkten gaben Lehrkräfte und Eltern an die Gesamtschule Nordstadt.",
            [("Gesamtschule Nordstadt", 6.8, 10.0, "Punkte")],
        ),
        # the scale's "möglichen" before its top, a participle before the unit
        (
            "Die Firma Adler kam auf 712 von möglichen 800 Punkten.",
            [("Firma Adler", 712.0, 800.0, "Punkte")],
        ),
        (
            "Mit 81,7 erzielten Punkten gewann die Kreisbank Talheim.",
            [("Kreisbank Talheim", 81.7, None, "Punkte")],
        ),
        # a value after a noun of points
        (
            "Vorn liegt der Anbieter Adorf (Gesamtwertung 87,4).",
            [("Anbieter Adorf", 87.4, None, "Punkte")],
        ),
        (
            "Die Akademie Adorf erreicht eine Gesamtpunktzahl von 61,5.",
            [("Akademie Adorf", 61.5, None, "Punkte")],
        ),
        # a grade after a colon, in a compound with a hyphen, or as an "Urteil"
        ("Auf Rang zwei folgt das Modell Beta (Note: 2,2).", [("Modell Beta", 2.2, None, "Note")]),
        ("Die Drogerie Ahorn bekommt die Top-Note 1,58.", [("Drogerie Ahorn", 1.58, None, "Note")]),
        (
            "Die Sparkasse Talheim bekam ein Gesamturteil von 1,93.",
            [("Sparkasse Talheim", 1.93, None, "Note")],
        ),
        ("Testsieger ist der Helm Gamma mit dem Qualitätsurteil 1,9.", [("Helm Gamma", 1.9, None, "Note")]),
        ("Testsieger mit der Gesamtnote gut (1,9) wurde der Helm Gamma.", [("Helm Gamma", 1.9, None, "Note")]),
        ("Der Helm Delta schneidet mit „befriedigend“ (2,8) ab.", [("Helm Delta", 2.8, None, "Note")]),
        (
            "Die Stadtwerke Talheim werden mit 1,95 benotet.",
            [("Stadtwerke Talheim", 1.95, None, "Note")],
        ),
        # "mit N Punkten vor X" is the score of the winner, not a gap
        (
            "Gewonnen hat die TG Adorf, die mit 47,35 Punkten vor dem TSV Bedorf landete.",
            [("TG Adorf", 47.35, None, "Punkte")],
        ),
        (
            "Die Helme Alpha und Beta bekamen bloß die Noten 2,7 bzw. 2,9.",
            [(None, 2.7, None, "Note"), (None, 2.9, None, "Note")],
        ),
        (
            "Dahinter liegen Talheim (6,8 Punkte) und Bedorf (6.45 Punkte).",
            [("Talheim", 6.8, None, "Punkte"), ("Bedorf", 6.45, None, "Punkte")],
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
    text = "Je Betrieb können 40 Umweltpunkte erreicht werden. Der Betrieb Adorf kommt auf 31,5 Punkte."
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(31.5, 40.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Acht Orchester erreichten 18 oder mehr von 20 möglichen Punkten. Das Orchester Adorf kam auf 18,4 Punkte.",
        "Die Jury wertete nach einer Punkteskala von 1 bis 20. Das Orchester Adorf kam auf 18,4 Punkte.",
    ],
)
def test_scale_after_von_is_the_max(rules: Extractor, text: str) -> None:
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(18.4, 20.0)]


def test_scale_stated_once_is_the_max(rules: Extractor) -> None:
    text = (
        "Im Index sind maximal 20 erreichbare Punkte vorgesehen. Adorf kommt auf 17,5 Punkte, Bedorf auf 16,5 Punkte."
    )
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(17.5, 20.0), (16.5, 20.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Für die Beratung bekam die Firma Muster vier Sterne, die Bestnote. Beim Preis gab es 3,5 Sterne.",
        "Die Firma Muster bekam vier Sterne und damit die Höchstwertung. Bei der Lieferzeit gab es 3,5 Sterne.",
    ],
)
def test_value_named_the_top_of_its_scale(rules: Extractor, text: str) -> None:
    assert [(s.value, s.max) for s in rules.extract(text).scores] == [(4.0, 4.0), (3.5, 4.0)]


def test_grade_list_continues(rules: Extractor) -> None:
    text = "Adorf (Note 2,4) liegt vor Bedorf (2,6) und Talheim (2,8)."
    assert [(s.entity, s.value, s.unit) for s in rules.extract(text).scores] == [
        ("Adorf", 2.4, "Note"),
        ("Bedorf", 2.6, "Note"),
        ("Talheim", 2.8, "Note"),
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
        "Die Gemeinde bekommt 3,2 Millionen Euro Zuschüsse.",
        "Der Anteil stieg um 4,1 Prozent.",
        "Die Quote stieg um 2,5 Prozentpunkte.",
        "Alle anderen Regionen kommen auf weniger als 45 Punkte.",
        "Zahlreiche Biere wurden mit 92 Punkten oder höher bewertet.",
        "Die Jury gab Adorf 143 Punkte mehr als das Publikum.",
        "Der Index lag 0,7 Punkte niedriger als vor zwei Jahren.",
        "Ein Gütesiegel gibt es erst ab 85 Punkten.",
        "Die Preisgrenze liegt bei 420 Punkten.",
        "Die Prüfer nutzten einen Fragenkatalog mit 75 Punkten.",
        "Die Partie endete 2:0.",
        "Talheim siegte mit einem knappen Vorsprung von 0,3 Punkten.",
        "Der FC übernimmt die Tabellenführung, zwei Punkte vor Talheim.",
        "Nur vier Punkte trennen die besten sechs Vereine.",
        "Zwischen Rang 3 und Rang 8 liegen nur 2,7 Punkte.",
        "Im Index sind maximal 20 erreichbare Punkte vorgesehen.",
        "Die Quelle steht in Fußnote 3.",
        "In der Gesamtwertung 2021 war Bedorf vorn.",
        "Talheim ist in der Gesamtwertung 5. vor Adorf.",
        "Die Wertung von 3,5 Prozent gilt seit März.",
        "Bei einem Erfolg hätte jede Mannschaft 44 Punkte gesammelt.",
        "Das Projekt läuft seit 2021 mit 85 Teilnehmern.",
        "Der Forderungskatalog des Verbands umfasst zwölf Punkte.",
        "Die Tagesordnung enthält 14 Punkte.",
        "Der Antrag wurde in einem Punkt geändert.",
    ],
)
def test_no_score(rules: Extractor, text: str) -> None:
    assert scores(rules, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("72,6", 72.6), ("8.35", 8.35), ("1.000", 1000.0), ("fünf", 5.0), ("51,375", 51.375), ("null", 0.0)],
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
            "Vorn liegt Adorf (78,2 Punkte) vor Bedorf (75,8) und Cedorf (69,9).",
            [("Adorf", 78.2, "Punkte"), ("Bedorf", 75.8, "Punkte"), ("Cedorf", 69.9, "Punkte")],
        ),
        # the score with the unit may come last
        (
            "Am Boden turnten Eva Lang (9,85) und Lea Kurz (9,60), zusammen 19,45 Punkte.",
            [("Eva Lang", 9.85, "Punkte"), ("Lea Kurz", 9.6, "Punkte"), (None, 19.45, "Punkte")],
        ),
        # a label before the value, a place after it
        (
            "Dahinter kommen Talheim (44 Punkte), Adorf (Hessen, 38) und Bedorf (35/4.).",
            [("Talheim", 44.0, "Punkte"), ("Adorf", 38.0, "Punkte"), ("Bedorf", 35.0, "Punkte")],
        ),
        # grades after a preposition or an article, across sentences
        (
            (
                "Die Kreisbank Adorf bekommt die Note 1,93. Es folgt die Kreisbank Bedorf mit 2,84 auf Rang drei. "
                "Die Kreisbank Cedorf liegt bei 2,97. Die Kreisbank Dedorf erhielt bloß eine 3,4."
            ),
            [
                ("Kreisbank Adorf", 1.93, "Note"),
                ("Kreisbank Bedorf", 2.84, "Note"),
                ("Kreisbank Cedorf", 2.97, "Note"),
                ("Kreisbank Dedorf", 3.4, "Note"),
            ],
        ),
        # list items after a colon
        (
            "Die Wertungen:\nMV Adorf: 87,35 Punkte, sehr gut\nMK Bedorf (Tirol): 88,10, sehr gut\n",
            [("MV Adorf", 87.35, "Punkte"), ("MK Bedorf", 88.1, "Punkte")],
        ),
        # an elliptic clause takes the unit of the clause before it
        (
            "Talheim kommt auf 57 Punkte, Adorf auf 53 und Bedorf auf 49.",
            [("Talheim", 57.0, "Punkte"), ("Adorf", 53.0, "Punkte"), ("Bedorf", 49.0, "Punkte")],
        ),
        # the name before its place
        (
            "Rang zwei belegen gemeinsam Adorf in Sachsen (79,6 Punkte) und Bedorf in Hessen (79,6).",
            [("Adorf", 79.6, "Punkte"), ("Bedorf", 79.6, "Punkte")],
        ),
        # the name before a slash, the region after it
        (
            "Frauenchöre: Ensemble Vokalis / Hessen (21,8 Punkte), Chor Adorf / Bayern (21,5)",
            [("Ensemble Vokalis", 21.8, "Punkte"), ("Chor Adorf", 21.5, "Punkte")],
        ),
        # a list item's name before its colon, a verbal grade after the points
        (
            "Die Wertungen:\nMV Adorf: 87,35 Punkte, Mit Auszeichnung\nMK Bedorf: 86,5, Guter Erfolg\n",
            [("MV Adorf", 87.35, "Punkte"), ("MK Bedorf", 86.5, "Punkte")],
        ),
        # a value with its own scale
        (
            "Die Spedition Adorf kommt auf 7 Punkte, beim Lärmschutz (0 von 2) und bei der Abgasreinigung (2 von 3).",
            [("Spedition Adorf", 7.0, "Punkte"), (None, 0.0, "Punkte"), (None, 2.0, "Punkte")],
        ),
        # a scale stated before a list gives the list its unit
        (
            "Die Befragten urteilten nach einer Sechs-Punkte-Skala. Vorn liegen:\nAdorf AG (5,2)\nBedorf GmbH (5,1)\n",
            [("Adorf AG", 5.2, "Punkte"), ("Bedorf GmbH", 5.1, "Punkte")],
        ),
        # grades carry further: a decimal from 1 to 6 after an article is a grade in a text of grades
        (
            "Die Kreisbank Adorf bekam die Note 1,55. "
            + "Untersucht wurden Beratung, Erreichbarkeit und Kontoführung in jeder Geschäftsstelle. " * 2
            + "Beim Onlinebanking gab es eine 1,72. "
            + "Die Tester prüften zudem, wie lange Anrufer warten mussten, wie rasch Briefe eine Antwort "
            + "bekamen und wie höflich das Personal an der Kasse auftrat. " * 5
            + "Für die Beratung gab es sogar eine runde 1,0.",
            [("Kreisbank Adorf", 1.55, "Note"), (None, 1.72, "Note"), (None, 1.0, "Note")],
        ),
        # a number in parentheses that opens a line counts the list, it is no value
        (
            "Die besten drei auf einen Blick:\n(1) Adorf (4,8 Punkte)\n(2) Bedorf (4,6)\n(3) Cedorf (4,3)\n",
            [("Adorf", 4.8, "Punkte"), ("Bedorf", 4.6, "Punkte"), ("Cedorf", 4.3, "Punkte")],
        ),
        # a decimal that opens its clause before the verb that earns it
        (
            (
                "Die Bahn Cedorf wird mit 2,05 benotet. Besser sind zwei andere: 1,84 erzielt die Bahn Adorf, "
                "1,97 erreicht die Bahn Bedorf."
            ),
            [("Bahn Cedorf", 2.05, "Note"), ("Bahn Adorf", 1.84, "Note"), ("Bahn Bedorf", 1.97, "Note")],
        ),
        # a decimal list a paragraph after the last score with its unit
        (
            "Bei den Junioren gewann das Duo Adorf mit 47,35 Punkten. "
            + "Alle Paare zeigten anspruchsvolle Übungen mit sauberer Technik vor vollen Tribünen in der Halle. "
            * 3
            + "\nIn der offenen Klasse gewannen Eva Lang und Lea Kurz (TSV Bedorf/48,65) vor Anna Roth (TSV Cedorf/48,10).",
            [("Duo Adorf", 47.35, "Punkte"), (None, 48.65, "Punkte"), (None, 48.1, "Punkte")],
        ),
        # near misses: an ordinal, a counted noun, a change, an age far from any score, a digit
        ("Bedorf bekam die Note 2,3 und steht damit mit einer 2 vor dem Komma gut da.", [("Bedorf", 2.3, "Note")]),
        ("Talheim (62,1 Punkte) steigt auf den 4. Rang.", [("Talheim", 62.1, "Punkte")]),
        ("Talheim (62,1 Punkte) startete mit 25 Teilnehmern.", [("Talheim", 62.1, "Punkte")]),
        (
            "Der TSV Adorf (62 Punkte) hat Trainer Thomas Kurz (58) entlassen.",
            [("TSV Adorf", 62.0, "Punkte")],
        ),
        (
            "Talheim kam auf 76 Punkte. Die Zahl der Mitglieder wuchs von 80 auf 110.",
            [("Talheim", 76.0, "Punkte")],
        ),
        ("Die Kreisbank Adorf legte um vier Punkte auf 2,71 zu.", []),
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
        "Die Sieger der Länder:\nLand | Verein | Punkte |\nHessen | SFG Adorf | 612 |\n"
        "Bayern | LSV Bedorf | 398 |\nSaarland | FC Cedorf | 27 |\nDas war knapp."
    )
    assert [(s.entity, s.value, s.unit, s.category) for s in rules.extract(text).scores] == [
        ("SFG Adorf", 612.0, "Punkte", "Hessen"),
        ("LSV Bedorf", 398.0, "Punkte", "Bayern"),
        ("FC Cedorf", 27.0, "Punkte", "Saarland"),
    ]


def test_table_without_a_unit_column(rules: Extractor) -> None:
    text = "Land | Verein | Mitglieder |\nHessen | SFG Adorf | 650 |\nBayern | LSV Bedorf | 414 |\n"
    assert rules.extract(text).scores == []


def test_fact_told_twice_is_one_score(rules: Extractor) -> None:
    text = (
        "Bestnote von 1,3 für Bedorf\nBedorf gewann den Preis für das freundlichste Ortsbild, vergeben von Gästen "
        "und Einwohnern. "
        "Im Vergleich bekam die Gemeinde Bedorf die Bestnote von 1,3 unter allen Gemeinden."
    )
    assert [(s.value, s.unit) for s in rules.extract(text).scores] == [(1.3, "Note")]


def test_tie_in_a_list_is_two_scores(rules: Extractor) -> None:
    text = "Die Kreisbank Adorf bekam die Note 2,6. Am Ende standen die Kreisbank Bedorf (2,85) und die Kreisbank Cedorf (2,85)."
    assert [s.value for s in rules.extract(text).scores] == [2.6, 2.85, 2.85]


@pytest.mark.parametrize(
    "text",
    [
        "Die Beratung beurteilten die Tester mit drei von vier Sternen.",
        "Im Schnitt gaben die Nutzer die Note 2,1.",
        "Insgesamt vergaben die Leserinnen 3,8 Sterne.",
        "Die Praxis empfehlen Patienten nur selten (einer von vier Punkten).",
        "Dem Autor des Berichts zufolge kam die Region auf 4,4 Punkte.",
        "Der Wert betrug 4,4 Punkte.",
        "Die Rubrik Beratung bekam die Note 1,3.",
    ],
)
def test_rater_is_not_scored(rules: Extractor, extractor: Extractor, text: str) -> None:
    # the shipped model's entities may reach words the rules leave alone
    assert [s.entity for s in rules.extract(text).scores] == [None]
    assert [s.entity for s in extractor.extract(text).scores] == [None]


def test_counted_subject_named_in_the_next_sentence(rules: Extractor) -> None:
    text = (
        "Drei Winzerinnen erhielten 18,5 von 20 Punkten. Darunter sind Eva Lang vom Weingut Adorf in Bedorf, "
        "Lea Kurz vom Weinhaus Cedorf und Anna Roth von der Kellerei Dedorf in Edorf."
    )
    assert {(s.entity, s.value) for s in rules.extract(text).scores} == {
        ("Eva Lang", 18.5),
        ("Lea Kurz", 18.5),
        ("Anna Roth", 18.5),
    }


def test_counted_words_before_a_colon_are_not_the_subject(rules: Extractor) -> None:
    text = (
        "Drei Runden vor dem Ende steht fest: Der SV Adorf, der FC Bedorf und der TuS Cedorf "
        "stehen mit jeweils 29 Punkten auf den Rängen 13 bis 15."
    )
    assert {s.entity for s in rules.extract(text).scores} == {"SV Adorf", "FC Bedorf", "TuS Cedorf"}


def test_counted_subject_without_a_list_names_no_one(rules: Extractor) -> None:
    text = "14 Anbieter bekamen vier Sterne. So viele waren es nie zuvor."
    assert [s.entity for s in rules.extract(text).scores] == [None]


def test_top_of_scale_given_to_a_listed_pair(rules: Extractor) -> None:
    text = (
        "Zwei Sekte bekamen die Höchstpunktzahl von 50 Punkten, beide vom Weingut Talheim: "
        "die Adorfer Cuvée und die Bedorfer Reserve."
    )
    assert {(s.entity, s.value, s.max) for s in rules.extract(text).scores} == {
        ("Adorfer Cuvée", 50.0, 50.0),
        ("Bedorfer Reserve", 50.0, 50.0),
    }


def test_tied_name_shares_the_score(rules: Extractor) -> None:
    text = "Die Kreisbank Adorf erreicht eine Note von 2,61 und steht gleichauf mit der Sparkasse Bedorf, die aufholte."
    assert {(s.entity, s.value) for s in rules.extract(text).scores} == {
        ("Kreisbank Adorf", 2.61),
        ("Sparkasse Bedorf", 2.61),
    }
