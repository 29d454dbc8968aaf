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


# ------------------------------------------------------------------ "der Sieg ging an X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Sieg ging an Mira Holt.", {("Mira Holt", 1)}),
        ("Der Sieg in der Gesamtwertung ging an den TSV Kalmstadt.", {("TSV Kalmstadt", 1)}),
        (
            "Bei den Frauen ging der Sieg an Mira Holt vor Lena Brandt und Eva Sommer.",
            {("Mira Holt", 1), ("Lena Brandt", 2), ("Eva Sommer", 3)},
        ),
        ("Der Sieg geht an Mira Holt und Eva Sommer.", {("Mira Holt", 1), ("Eva Sommer", 1)}),
        # a victory over someone is no placement
        ("Der Sieg gegen den TSV Kalmstadt war wichtig.", set()),
    ],
)
def test_victory_goes_to(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ------------------------------------------------ "An der Spitze" opening the sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An der Spitze liegt die Volksbank Osterfeld.", {("Volksbank Osterfeld", 1)}),
        ("An der Spitze der Rangliste steht Kalmstadt.", {("Kalmstadt", 1)}),
        (
            "An der Spitze liegt die Volksbank Osterfeld, an Platz zwei die Sparkasse Nordau.",
            {("Volksbank Osterfeld", 1), ("Sparkasse Nordau", 2)},
        ),
        # heading an office is no place in a ranking
        ("Mit Tomas Kerber an der Spitze startet der Verein neu.", set()),
    ],
)
def test_at_the_top_opening(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ------------------------------------------------ a role noun before a name is no part of it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Sänger Tomas Kerber hat den Liederwettbewerb in Wien gewonnen.", {("Tomas Kerber", 1)}),
        # names of bodies keep their head noun
        ("Die Sparkasse Kalmstadt belegt Platz 2.", {("Sparkasse Kalmstadt", 2)}),
        ("Der Landkreis Brenndorf belegt Platz 7.", {("Landkreis Brenndorf", 7)}),
        ("Die FH Kalmstadt belegt Platz 7.", {("FH Kalmstadt", 7)}),
    ],
)
def test_role_noun_before_name(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ------------------------------------------- "als Zweitplatzierter" and "Vizemeister" said of a name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brenntal sticht als Zweitplatzierter hervor.", {("Brenntal", 2)}),
        (
            "Kalmor hat als Erstplatzierter seinen Umsatz gesteigert, Brenntal als Zweitplatzierte.",
            {("Kalmor", 1), ("Brenntal", 2)},
        ),
        ("Vizemeister wurde Tomas Kerber aus Bayern.", {("Tomas Kerber", 2)}),
        ("Tomas Kerber ist Vize-Europameister.", {("Tomas Kerber", 2)}),
        # a plural title places no one
        ("Die Vizemeister aus Kalmstadt feierten.", set()),
    ],
)
def test_runner_up_nouns(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# -------------------------------------- a sub-table's order: "Bei den … liegt A vor B und C"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bei den Städten mit bis zu 50.000 Einwohnern liegt Kalmstadt vor Brenndorf und Fesselheim.",
            {("Kalmstadt", 1), ("Brenndorf", 2), ("Fesselheim", 3)},
        ),
        (
            "In der Gruppe der Großstädte landete Kalmstadt vor Brenndorf und Fesselheim.",
            {("Kalmstadt", 1), ("Brenndorf", 2), ("Fesselheim", 3)},
        ),
        # without a group named first, or with one name after "vor", no order is given
        ("Kalmstadt liegt vor Brenndorf und Fesselheim.", set()),
        ("Bei den Städten liegt Kalmstadt vor Brenndorf.", set()),
    ],
)
def test_group_order(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ----------------------------------------------- a table set in plain text: "N Name 12 7 4 23"

_TABLE = (
    "Die Länderwertung\n\nPlatz Land Gold Silber Punkte\n"
    "1 Nordland 10 17 145\n2 Westmark 8 16 131\n3 Ostheim-Süd 6 18 114\n4 Kalm 5 11 104\n\n"
    "Die Sieger wurden geehrt."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TABLE, {("Nordland", 1), ("Westmark", 2), ("Ostheim-Süd", 3), ("Kalm", 4)}),
        # rows numbered on, wherever the table starts
        (
            "Tabelle\n7 Kalmstadt 3,5 12\n8 Brenndorf 3,1 11\n9 Fesselheim 2,9 9\n",
            {("Kalmstadt", 7), ("Brenndorf", 8), ("Fesselheim", 9)},
        ),
        # two rows, or lines of a programme, are no table of places
        ("Tabelle\n1 Kalmstadt 3 12\n2 Brenndorf 3 11\n", set()),
        ("Programm\n\n3 Vorträge 10 Uhr 12 Uhr\n\nMehr.", set()),
    ],
)
def test_plain_text_table(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# --------------------------------------- "Platz N hinter A (und B)": the names after "hinter" lie ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kalmor verbesserte sich um zwei Plätze auf Rang drei hinter Brenntal.",
            {("Brenntal", 2), ("Kalmor", 3)},
        ),
        (
            "Kalmor belegt Platz 3 hinter Brenntal und Fessler.",
            {("Brenntal", 1), ("Fessler", 2), ("Kalmor", 3)},
        ),
        ("Kalmor belegt den dritten Platz hinter Brenntal.", {("Brenntal", 2), ("Kalmor", 3)}),
    ],
)
def test_behind_after_place_number(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ------------------------------------------ idioms of winning: "das Rennen gemacht", "die Nase vorn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In der Kategorie Service hat die Volksbank Osterfeld das Rennen gemacht.",
            {("Volksbank Osterfeld", 1)},
        ),
        (
            "Die Volksbank Osterfeld hatte in der Kategorie Service die Nase vorn.",
            {("Volksbank Osterfeld", 1)},
        ),
        ("Bei den Großstädten hat Kalmstadt die Nase vorn.", {("Kalmstadt", 1)}),
        (
            "Kalmor hat vor Brenntal und Fessler die Nase vorn.",
            {("Kalmor", 1), ("Brenntal", 2), ("Fessler", 3)},
        ),
    ],
)
def test_idioms_of_winning(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ---------------------------------- "Gewinner des Abends wurde X": a genitive between title and verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gewinner des Abends wurde die Band Kalmor.", {("Kalmor", 1)}),
        ("Sieger des Wettbewerbs wurde Tomas Kerber.", {("Tomas Kerber", 1)}),
        ("Vizemeister der Bäcker wurde Tomas Kerber aus Sachsen.", {("Tomas Kerber", 2)}),
        ("Kalmor ist Gewinner des Wettbewerbs.", {("Kalmor", 1)}),
        # plural winners and a winner not named place no one
        ("Die Gewinner wurden geehrt.", set()),
        ("Der Gewinner erhält 500 Euro.", set()),
    ],
)
def test_title_genitive_verb(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# --------------------------------- "Auf Platz N schafft es X": the expletive "es" before the subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auf Platz 12 schafft es das Klinikum Brenndorf.", {("Klinikum Brenndorf", 12)}),
        ("Auf Platz 12 schafft es Brenndorf.", {("Brenndorf", 12)}),
        (
            "Kalmstadt belegt Platz 3. Auf Platz 12 schafft es das Klinikum Brenndorf.",
            {("Kalmstadt", 3), ("Klinikum Brenndorf", 12)},
        ),
        ("Brenndorf schafft es auf Platz 12.", {("Brenndorf", 12)}),
    ],
)
def test_expletive_es_before_subject(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ------------------------------------------ "Ganz oben auf der Liste steht X": the top is rank 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ganz oben auf der Liste steht Kalmstadt.", {("Kalmstadt", 1)}),
        ("Ganz oben auf dem Siegertreppchen stand Tomas Kerber aus Brenndorf.", {("Tomas Kerber", 1)}),
        ("Kalmstadt steht ganz oben auf der Rangliste.", {("Kalmstadt", 1)}),
        # the top of something else places no one
        ("Oben auf dem Tisch liegt Kalmstadt.", set()),
    ],
)
def test_top_of_the_list(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ---------------------------------------- headline style without article: "X holt sich Sieg bei Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volksbank Osterfeld holt sich Sieg beim Bankentest", {("Volksbank Osterfeld", 1)}),
        ("Volksbank Osterfeld holt Gesamtsieg beim Bankentest", {("Volksbank Osterfeld", 1)}),
        ("Die Volksbank Osterfeld holt sich den Sieg beim Bankentest.", {("Volksbank Osterfeld", 1)}),
    ],
)
def test_title_won_without_article(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ------------------------------- "des Drittplatzierten, der Volksbank X,": the name in apposition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mit dem Service des Drittplatzierten, der Volksbank Osterfeld, waren nur wenige zufrieden.",
            {("Volksbank Osterfeld", 3)},
        ),
        ("Der Zweitplatzierte, Tomas Kerber, freute sich.", {("Tomas Kerber", 2)}),
        # a relative clause after the comma names no one
        ("Der Zweitplatzierte, der im Vorjahr gewann, freute sich.", set()),
    ],
)
def test_placed_noun_apposition(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected


# ------------------------------------ "dem Sieger der Auswertung, Kalmstadt,": a winner in apposition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neben dem Sieger der Auswertung, Kalmstadt, sticht Brenndorf hervor.", {("Kalmstadt", 1)}),
        ("Der Testsieger, die Volksbank Osterfeld, überzeugte.", {("Volksbank Osterfeld", 1)}),
        ("Der Sieger, der im Vorjahr verlor, freute sich.", set()),
    ],
)
def test_winner_apposition(shipped: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(shipped, text) == expected
