from __future__ import annotations

import pytest
from spacy.tokens import Span

from pressextract import ranking_common as rc
from pressextract.pipeline import Extractor, build_pipeline


@pytest.fixture(scope="module")
def rules() -> Extractor:
    """The rules alone: a blank German pipeline without a NER model."""
    return Extractor(build_pipeline(use_shipped=False))


def placements(extractor: Extractor, text: str, published: str | None = None) -> set[tuple[str, int]]:
    return {(r.entity, r.rank) for r in extractor.extract(text, published=published).rankings}


# ---------------------------------------------------------------- number words


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("ersten", 1),
        ("zweiten", 2),
        ("dritte", 3),
        ("siebten", 7),
        ("achter", 8),
        ("elften", 11),
        ("neunzehnten", 19),
        ("zwanzigsten", 20),
        ("einundzwanzigste", 21),
        ("8.", 8),
        ("112.", 112),
    ],
)
def test_ordinal_words(word: str, value: int) -> None:
    assert rc.ordinal_value(word) == value


@pytest.mark.parametrize("word", ["besten", "letzten", "nächsten", "weitere", "Preis"])
def test_no_ordinal(word: str) -> None:
    assert rc.ordinal_value(word) is None


@pytest.mark.parametrize(
    ("word", "value"), [("eins", 1), ("zehn", 10), ("zwölf", 12), ("dreiundzwanzig", 23), ("37", 37)]
)
def test_cardinal_words(word: str, value: int) -> None:
    assert rc.cardinal_value(word) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("zweitplatzierte", (2, "platziert")),
        ("Drittplatzierten", (3, "platziert")),
        ("Zweitbester", (2, "best")),
        ("viertletzte", (4, "letzt")),
        ("Bestplatzierte", None),
    ],
)
def test_ordinal_prefixes(word: str, value: tuple[int, str] | None) -> None:
    assert rc.ordinal_prefix_value(word) == value


# ---------------------------------------------------------------- placements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits
        ("Im Familienatlas 2023 liegt Quellbach auf dem 12. Platz.", {("Quellbach", 12)}),
        ("Wolfshain belegt im aktuellen Vergleich Platz 4.", {("Wolfshain", 4)}),
        ("Mit 71,2 Punkten kommt Wolfsried auf Rang 9.", {("Wolfsried", 9)}),
        ("In der Gesamtwertung erreicht Lauterbach den 15. Rang von 40 Städten.", {("Lauterbach", 15)}),
        ("Der Kreis Kreisfeld landet bundesweit auf Platz 37 von 400.", {("Kreis Kreisfeld", 37)}),
        # words
        ("Im Ranking der Wirtschaftsblatt belegt Ulmried den elften Rang.", {("Ulmried", 11)}),
        ("Beim Umweltpreis kommt Moosbrück auf Platz zehn.", {("Moosbrück", 10)}),
        ("In der Kategorie Energie liegt Kirchsaal auf Platz eins.", {("Kirchsaal", 1)}),
        # parentheses and apposition
        (
            "Neu unter den ersten Zehn sind Ulmenau (7. Platz mit 70,1 Punkten) und Ahlbach (Rang 9).",
            {("Ulmenau", 7), ("Ahlbach", 9)},
        ),
        ("Stark sind hier auch Wormbach (14.) und Weinbrück (22.).", {("Wormbach", 14), ("Weinbrück", 22)}),
        # winners and orders without numbers
        ("Testsieger ist in diesem Jahr die Sparkasse Hildesheim.", {("Sparkasse Hildesheim", 1)}),
        ("Die Stadt Hagenried gewinnt den Wettbewerb um den Klimapreis.", {("Stadt Hagenried", 1)}),
        (
            "Die ersten Plätze im Städtevergleich belegen Seestadt, Ostersee und Wismar.",
            {("Seestadt", 1), ("Ostersee", 2), ("Wismar", 3)},
        ),
        (
            "Sieger ist Rosmoor, gefolgt von Lohried auf Platz 2 und Altötting auf Platz 3.",
            {("Rosmoor", 1), ("Lohried", 2), ("Altötting", 3)},
        ),
        (
            "Auf dem zweiten Platz landeten die Schülerinnen Mia Berger und Lena Hofer.",
            {("Mia Berger", 2), ("Lena Hofer", 2)},
        ),
        # "den Spitzenplatz", "knapp dahinter"
        (
            "Tannhag belegt im Ranking den Spitzenplatz. Knapp dahinter liegt Mooshain.",
            {("Tannhag", 1), ("Mooshain", 2)},
        ),
        # counted from the end of a stated field
        ("Talheim belegt den drittletzten Platz unter den 24 Gemeinden.", {("Talheim", 22)}),
        # "Zweiter wurde X", winners of a competition, no rank for a match won
        (
            "Den Vorlesewettbewerb gewann Emma Roth. Zweiter wurde Paul Kern, Dritte wurde Ida Neu.",
            {("Emma Roth", 1), ("Paul Kern", 2), ("Ida Neu", 3)},
        ),
        (
            (
                "Fernstadt, 3. Juni 2025 – Die Nordlicht GmbH ist Testsieger. Mit der Note 1,6 setzte sich das Fernstadter "
                "Unternehmen vor der Fracht & Co. KG und der Südring Kurier AG durch."
            ),
            {("Nordlicht GmbH", 1), ("Fracht & Co. KG", 2), ("Südring Kurier AG", 3)},
        ),
        # "hinter A und B" on the third place
        (
            "In der Klimawertung kommt Cedorf hinter Adorf und Bedorf auf den dritten Rang.",
            {("Cedorf", 3), ("Adorf", 1), ("Bedorf", 2)},
        ),
        ("Bedorf erreicht den zweiten Rang hinter Adorf.", {("Bedorf", 2), ("Adorf", 1)}),
        ("Platz 1 geht an die Stadt Ulmried.", {("Stadt Ulmried", 1)}),
        (
            "Die Plätze zwei bis fünf belegen Moselbrück, Altenmoor, Wormbach und Weinbrück.",
            {("Moselbrück", 2), ("Altenmoor", 3), ("Wormbach", 4), ("Weinbrück", 5)},
        ),
        (
            "Die 2. Mannschaft scheiterte knapp am Aufstieg – am Ende Rang 4 und ein zusätzliches Jahr in der Bezirksliga.",
            {("2. Mannschaft", 4)},
        ),
        (
            "Das Klinikum Nord liegt auf Platz 12, das Haus in Lindau belegt Platz 40.",
            {("Klinikum Nord", 12), ("Haus in Lindau", 40)},
        ),
        ("Bei der Landesmeisterschaft sicherte sich Tim Berg vom TV Eschwald den Titel.", {("Tim Berg", 1)}),
        (
            "Nach dem 20. Spieltag führt Eintracht Nordstadt die Tabelle mit 44 Punkten an.",
            {("Eintracht Nordstadt", 1)},
        ),
        (
            "Platz zwei belegte die Realschule Süd, Platz drei ging an das Gymnasium Ost.",
            {("Realschule Süd", 2), ("Gymnasium Ost", 3)},
        ),
        (
            "Der Kreis Adorf siegt. Zweiter wurde Bedorf, den dritten Rang teilen sich Cedorf und Talheim.",
            {("Kreis Adorf", 1), ("Bedorf", 2), ("Cedorf", 3), ("Talheim", 3)},
        ),
        (
            "Bad Quellheim ist stark. Im Standortranking belegt die Kurstadt Rang 5 von 400 Kreisen.",
            {("Bad Quellheim", 5)},
        ),
        (
            "Beim Firmenlauf siegte Jan Klee in 16:32 Minuten vor Ole Brand und Tim Voss.",
            {("Jan Klee", 1), ("Ole Brand", 2), ("Tim Voss", 3)},
        ),
        (
            "Bundesweit ist die Sparkasse Nord die Nummer zwei hinter der Stadtsparkasse Süd.",
            {("Sparkasse Nord", 2), ("Stadtsparkasse Süd", 1)},
        ),
        # a bulleted top list
        ("Top 3 der Familienstädte\n- Ulmried\n- Ulmenau\n- Moselbrück\n", {("Ulmried", 1), ("Ulmenau", 2), ("Moselbrück", 3)}),
        (
            "Cedorf ist in der Wertung vom 31. auf den 24. Platz vorgerückt.",
            {("Cedorf", 31), ("Cedorf", 24)},
        ),
        ("Jahrgangsbester wurde Max Lehmann mit der Note 1,0.", {("Max Lehmann", 1)}),
        (
            "Der SV Adorf (38) und der FC Bedorf (35) folgen auf den Rängen zwei und drei.",
            {("SV Adorf", 2), ("FC Bedorf", 3)},
        ),
        # a move gives both places
        ("In der Familienwertung rutschte Bedorf von Platz 44 auf 51.", {("Bedorf", 44), ("Bedorf", 51)}),
        # a numbered table
        (
            (
                "Tabelle nach dem 20. Spieltag\n\n1. SV Nordheim (44 Punkte)\n\n2. TSV Oberried (41 Punkte)\n\n"
                "3. FC Talheim (39 Punkte)\n"
            ),
            {("SV Nordheim", 1), ("TSV Oberried", 2), ("FC Talheim", 3)},
        ),
        # earlier placements and resolution of "die Stadt"
        (
            "Die Stadt Steinach liegt 2024 auf Rang 5. Im Vorjahr war die Stadt noch auf Platz 9.",
            {("Stadt Steinach", 5), ("Stadt Steinach", 9)},
        ),
        # adverbs between the verb and the ordinal
        (
            "Der Landkreis Nordheim liegt im Familienatlas vorn. In der Kategorie Wohnen erreichte der "
            "Kreis 9,1 Punkte und wurde auch dort Erster.",
            {("Landkreis Nordheim", 1)},
        ),
        ("Der Landkreis Nordheim ist damit erneut Zweiter.", {("Landkreis Nordheim", 2)}),
        # two names that share a win
        (
            "Im Landeswettbewerb Kluge Köpfe setzten sich Lina Berg und Tom Falk mit ihrem Projekt durch "
            "und sind damit Landessieger.",
            {("Lina Berg", 1), ("Tom Falk", 1)},
        ),
        # a club placed through its team
        (
            "Die erste Herrenmannschaft des SV Blau-Gelb Talheim hat die Saison in der Bezirksliga "
            "Nord auf Platz fünf abgeschlossen.",
            {("SV Blau-Gelb Talheim", 5)},
        ),
        # the ranking's publisher in the genitive is not who is placed; "sie" takes up the subject
        (
            "Die Landesstiftung Wissenschaft (LSW) fördert die Hochschule Waldtal. Die LSW gibt dafür "
            "5 Millionen Euro. Auch bundesweit hat die Hochschule aufgeholt: Im Förderbericht 2024 der LSW "
            "liegt sie auf Platz 12.",
            {("Hochschule Waldtal", 12)},
        ),
    ],
)
def test_placements(rules: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    found = placements(rules, text)
    for entity, rank in expected:
        assert any(rank == r and rc.same_entity(entity, e) for e, r in found), (entity, rank, found)
    assert len(found) == len(expected), found


@pytest.mark.parametrize(
    "text",
    [
        "Der 1. Preis ging an ein Projekt aus Ahrensee.",
        "Das Spiel endete 3:1 für den Gastgeber.",
        "Jeder Dritte nutzt inzwischen das Online-Angebot.",
        "Die Firma wurde als Top-Arbeitgeber ausgezeichnet.",
        "Die Stadt liegt im Mittelfeld des Rankings.",
        "Der Digiverb hat den Index zum sechsten Mal veröffentlicht.",
        "Der 19. Deutsche Präventionstag findet am 3. Mai 2025 in Ostmarsch statt.",
        "Die Sieger werden am 22. August bekannt gegeben.",
        "Die Stadt hat damit weitere 11 Plätze aufgeholt.",
        "Erster Bürgermeister Jan Roth eröffnete die Sitzung.",
        "Der FC Nordheim hat das Spitzenspiel gegen den SV Talheim mit 2:1 gewonnen.",
        "Beim Landeswettbewerb gewann das Klaviertrio der Musikschule Lindau den ersten Preis.",
        "Die Stadt liegt auf dem letzten Platz.",
        "Schlusslicht ist in diesem Jahr Lindmoorhafen.",
        "Viele Städte, die keinen Spitzenplatz belegen, sind in einzelnen Bereichen stark.",
        "Die IHK ehrt die Landesbesten und gratuliert allen Prüflingen.",
        "Die Kita bietet 40 Plätze für Kinder unter drei Jahren.",
        "Auf dem Marktplatz 3 eröffnet am 1. April ein Café.",
        "Der Verein feiert sein 100. Jubiläum, die 2. Bürgermeisterin Anna Roth gratuliert.",
        "Am ersten Platz vor dem Rathaus wird ein Baum gepflanzt.",
        "Der Gemeinderat stimmte mit 15 zu 3 Stimmen zu.",
        "Die Universität wurde im Hochschulranking 2024 auf Platz 201–250 eingestuft.",
        "Die Veranstaltung beginnt am 8. März um 10 Uhr im Rathaus.",
        # a plural description is no one placed
        "Landeswettbewerb Kluge Köpfe: Talheimer Gymnasiasten sind Landessieger",
    ],
)
def test_no_placement(rules: Extractor, text: str) -> None:
    assert placements(rules, text) == set()


def test_year_ranking_category_and_field_size(rules: Extractor) -> None:
    text = (
        "Im Digitalindex 2022 der 70 deutschen Großstädte liegt Kornhag auf dem 6. Platz und hat sich im "
        "Vergleich zu 2021 (17. Platz) verbessert. Im Bereich Verwaltung erreicht Kornhag Platz 3."
    )
    by_rank = {r.rank: r for r in rules.extract(text).rankings}
    assert by_rank[6].year == 2022 and by_rank[6].ranking == "Digitalindex" and by_rank[6].of == 70
    assert by_rank[17].year == 2021
    assert by_rank[3].category == "Verwaltung" and by_rank[3].year == 2022


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Auf Landesebene erreicht Kornhag Platz 3.", "Landesebene"),
        ("In der Altersklasse U18 belegte Mia Roth den zweiten Platz.", "U18"),
        (
            "In der Kategorie „Städte über 100.000 Einwohner“ liegt Ahlbach auf Rang 4.",
            "Städte über 100.000 Einwohner",
        ),
        ("Im Bereich Mobilität kommt Ulmenau auf Platz 2.", "Mobilität"),
        ("Bayernweit liegt der Netzbetreiber Nordwerk auf Platz 20.", "Bayern"),
        ("- Städte bis 20.000 Einwohner: Wettin holt Platz 1.", "Städte bis 20.000 Einwohner"),
        ("Bundesweit liegt Ahlbach auf Platz 20.", None),
        ("Zum dritten Mal in Folge belegt die Sparkasse Oberland Platz 1 in Bayern.", "Bayern"),
        # a field or criterion that opens the sentence; the overall table is none
        ("In der Kardiologie erreicht das Klinikum Nordstadt Platz 4.", "Kardiologie"),
        ("Beim Thema Nachhaltigkeit kommt die Firma Kellner auf Platz 2.", "Nachhaltigkeit"),
        ("In der Gesamtwertung belegt Ahlbach den dritten Platz.", None),
        ("In der Regel belegt Ahlbach den dritten Platz.", None),
    ],
)
def test_categories(rules: Extractor, text: str, category: str | None) -> None:
    (ranking,) = rules.extract(text).rankings
    assert ranking.category == category


def test_year_of_a_comparison_is_not_the_year_of_the_place(rules: Extractor) -> None:
    text = (
        "Lahr liegt im Standortranking auf Rang 5. Im Wachstumsranking reicht es für Platz 58. "
        "Gegenüber der letzten Erhebung 2021 hat sich Lahr verbessert."
    )
    assert [(r.entity, r.rank, r.year) for r in rules.extract(text).rankings] == [
        ("Lahr", 5, None),
        ("Lahr", 58, None),
    ]


def test_place_left_has_no_edition_year(rules: Extractor) -> None:
    text = "Die TU Ahrbrück verbessert sich im Hochschulranking 2025 von Rang 150 auf Rang 120."
    by_rank = {r.rank: r for r in rules.extract(text).rankings}
    assert by_rank[120].year == 2025 and by_rank[150].year is None


def test_previous_year_from_release_date(rules: Extractor) -> None:
    text = "Das im Vorjahr drittplatzierte Adorf rutscht in der Klimawertung auf Platz 6 zurück."
    by_rank = {r.rank: r for r in rules.extract(text, published="2023-05-02").rankings}
    assert by_rank[3].entity == "Adorf" and by_rank[3].year == 2022
    assert by_rank[6].year == 2023


def test_span_points_at_evidence(rules: Extractor) -> None:
    text = "Bedorf steht in der Wertung auf Rang 23."
    (ranking,) = rules.extract(text).rankings
    assert text[ranking.start : ranking.end] == "Rang 23"
    assert ranking.found_by.startswith("pressextract_rankings:")


def test_entities_from_a_ner_model_are_used(rules: Extractor) -> None:
    """Where a model sets doc.ents, its entities count as names beside the rule chunks."""
    from pressextract.facts import get_facts

    nlp = rules.nlp
    text = "Im Engagementpreis belegt die Bürgerstiftung Zukunft Nord Platz 1."
    without = nlp(text)
    assert [r.entity for r in get_facts(without, "rankings")] != ["Bürgerstiftung Zukunft Nord"]
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == "Bürgerstiftung")
    doc.ents = [Span(doc, start, start + 3, label="ORG")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(r.entity, r.rank) for r in get_facts(doc, "rankings")] == [("Bürgerstiftung Zukunft Nord", 1)]


# ---------------------------------------------------------------- field size, categories, ordinals, titles


@pytest.mark.parametrize(
    ("text", "entity", "rank", "of"),
    [
        (
            "Von 250 Landkreisen und Städten landet der Kreis Musterau auf dem neunten Rang.",
            "Kreis Musterau",
            9,
            250,
        ),
        (
            "Unter den 1.200 untersuchten Krankenhäusern belegt das Klinikum Nordheim Platz 5.",
            "Klinikum Nordheim",
            5,
            1200,
        ),
        (
            "Im Vergleich aller 300 bewerteten Unternehmen erreicht die Talberg AG Platz 7.",
            "Talberg AG",
            7,
            300,
        ),
        (
            "Unter 90 bewerteten Fachhochschulen erreicht die Hochschule Adorf Platz 4.",
            "Hochschule Adorf",
            4,
            90,
        ),
        # near miss: one part of a field that another count completes
        (
            "Bewertet wurden alle 50 Großstädte sowie vier Stadtregionen. Birkenhag belegt Platz 3.",
            "Birkenhag",
            3,
            None,
        ),
    ],
)
def test_field_size(rules: Extractor, text: str, entity: str, rank: int, of: int | None) -> None:
    found = {(r.entity, r.rank): r.of for r in rules.extract(text).rankings}
    assert found[(entity, rank)] == of


@pytest.mark.parametrize(
    ("text", "entity", "rank", "category"),
    [
        (
            "In der Größenklasse bis 20.000 Einwohner wurden 80 Gemeinden bewertet. Spitzenreiter ist hier Nordheim.",
            "Nordheim",
            1,
            "bis 20.000 Einwohner",
        ),
        (
            "In der Kategorie 20.000 bis 50.000 Einwohner kommt Talheim auf Platz 6.",
            "Talheim",
            6,
            "20.000 bis 50.000 Einwohner",
        ),
        # a decimal comma does not end the category's clause
        (
            (
                "Birkenhag belegt im Gesamtranking Platz 9. Besonders stark ist die Stadt in der Kategorie Umwelt: "
                "Dort reicht es mit 77,5 Punkten für Rang 2."
            ),
            "Birkenhag",
            2,
            "Umwelt",
        ),
        # near miss: a new paragraph ends the frame of the category
        (
            "In der Kategorie Umwelt wurden 40 Städte bewertet.\n\nGesamtsieger ist Adorf.",
            "Adorf",
            1,
            None,
        ),
        # near miss: "Rang 3." ends its sentence, the next one has no category
        (
            "Bei der Sicherheit kommt Adorf in der Kategorie Verkehr auf Rang 3. Gesamtsieger ist Bedorf.",
            "Bedorf",
            1,
            None,
        ),
    ],
)
def test_category_frames(rules: Extractor, text: str, entity: str, rank: int, category: str | None) -> None:
    found = {(r.entity, r.rank): r.category for r in rules.extract(text).rankings}
    assert found[(entity, rank)] == category


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In der Vorsaison, als der SV Talheim noch Elfter wurde, lief es schlechter.", {("SV Talheim", 11)}),
        ("Zwölfter wurde der TSV Oberau.", {("TSV Oberau", 12)}),
        (
            "Meister und damit Aufsteiger in die Bezirksliga ist der FC Obertal mit 60 Punkten.",
            {("FC Obertal", 1)},
        ),
        ("Landesmeisterin wurde Anna Berg aus Talheim.", {("Anna Berg", 1)}),
        # near misses: a master craftsman, an ordinal of a count, a scorer's goals
        ("Der Meister der Bäckerinnung, Hans Kurz, eröffnete die Feier.", set()),
        ("Jeder Elfte nutzt das Angebot täglich.", set()),
    ],
)
def test_ordinal_predicates_and_titles(rules: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    assert placements(rules, text) == expected


def test_sentence_ends_after_a_decimal_or_a_place_number(rules: Extractor) -> None:
    doc = rules.nlp("Talheim erhielt die Note 2,7. Bad Adorf kam auf Platz 20. Dort ist man zufrieden.")
    assert [s.text for s in rc.sentences(doc)] == [
        "Talheim erhielt die Note 2,7.",
        "Bad Adorf kam auf Platz 20.",
        "Dort ist man zufrieden.",
    ]


def test_a_category_with_its_own_placement_frames_nothing_after_it(rules: Extractor) -> None:
    text = (
        "In der Kategorie Sicherheit belegt Talheim Platz 1. "
        "Bedorf verlor gegenüber 2022 zwei Ränge und kommt auf Platz 12."
    )
    found = {(r.entity, r.rank): r.category for r in rules.extract(text).rankings}
    assert found[("Talheim", 1)] == "Sicherheit"
    assert found[("Bedorf", 12)] is None


@pytest.mark.parametrize(
    "text",
    [
        "Talheim ist die sicherste Stadt Bayerns und belegt im Vergleich den Spitzenplatz.",
        "Der Kreis Adorf ist der grünste Landkreis Hessens. Im Atlas belegt der Kreis den Spitzenplatz.",
    ],
)
def test_a_title_noun_with_a_region_genitive_is_no_name(rules: Extractor, text: str) -> None:
    assert all("Bayerns" not in r.entity and "Hessens" not in r.entity for r in rules.extract(text).rankings)


def test_a_pronoun_takes_the_subject_of_its_sentence_and_damals_its_year(rules: Extractor) -> None:
    text = (
        "Im Atlas 2024 belegt der Kreis Adorf Platz 2, der Kreis Bedorf Platz 3. "
        "Seit 2019 ist der Kreis Adorf damit um 10 Plätze aufgestiegen – damals lag er noch auf Rang 12."
    )
    found = {(r.entity, r.rank): r.year for r in rules.extract(text).rankings}
    assert found[("Kreis Adorf", 12)] == 2019


def test_hier_after_a_colon_points_back_and_a_category_of_two_words(rules: Extractor) -> None:
    text = (
        "Die Hochschule Talheim belegt im Ranking den vierten Rang. Die Fachhochschule Bedorf wurde Erster. "
        "Die Hochschule Talheim hatte 2022 noch Platz neun belegt. "
        "Besonders gut schnitt die Hochschule in der Kategorie Beratung durch Lehrende ab: "
        "Hier reicht es für Platz zwei."
    )
    found = {(r.entity, r.rank): r.category for r in rules.extract(text).rankings}
    assert found[("Hochschule Talheim", 2)] == "Beratung durch Lehrende"
    assert ("Hier", 2) not in found


def test_a_year_in_parentheses_after_a_place_belongs_to_that_place(rules: Extractor) -> None:
    text = "Im Ranking 2024 springt die Talberg AG von Rang 40 (2022) auf Rang 25."
    found = {(r.entity, r.rank): r.year for r in rules.extract(text).rankings}
    assert found == {("Talberg AG", 40): 2022, ("Talberg AG", 25): 2024}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Talberg Messtechnik AG wächst. Im Ranking 2024 springt Talberg auf Rang 18.",
            {("Talberg Messtechnik AG", 18)},
        ),
        # near miss: a person's family name is no short form of a firm named after it
        ("Anna Berg gewann 2023. Im Ranking 2024 landet Berg auf Rang 4.", {("Berg", 4)}),
    ],
)
def test_a_short_form_takes_the_full_name_given_earlier(
    rules: Extractor, text: str, expected: set[tuple[str, int]]
) -> None:
    assert {(r.entity, r.rank) for r in rules.extract(text).rankings if r.rank != 1} == expected


def test_category_winner_and_elliptic_places_take_the_sub_table(rules: Extractor) -> None:
    text = (
        "Im Ranking belegt die Talberg AG in der Kategorie Nachhaltigkeit den 3. Platz. "
        "Kategoriesieger wurde die Adorf GmbH mit 90 Punkten, Zweiter die Bedorf AG."
    )
    found = {(r.entity, r.rank): r.category for r in rules.extract(text).rankings}
    assert found == {
        ("Talberg AG", 3): "Nachhaltigkeit",
        ("Adorf GmbH", 1): "Nachhaltigkeit",
        ("Bedorf AG", 2): "Nachhaltigkeit",
    }
    (score,) = rules.extract(text).scores
    assert (score.entity, score.value, score.category) == ("Adorf GmbH", 90.0, "Nachhaltigkeit")


def test_an_ordinal_after_a_comma_needs_a_place_before_it(rules: Extractor) -> None:
    assert placements(rules, "Die Messe ist gut besucht, Zweiter Vorsitzender ist Hans Kurz.") == set()


def test_a_noun_reference_takes_the_name_before_it_in_its_sentence(rules: Extractor) -> None:
    text = (
        "Talheim fiel auf Platz 20. "
        "Deutlich verbessert hat sich dagegen Adorf: In der Wertung kletterte die Hansestadt auf Rang 4."
    )
    assert placements(rules, text) == {("Talheim", 20), ("Adorf", 4)}


def test_a_season_is_no_year_of_a_place() -> None:
    assert rc.years_in("in der Saison 2023/24 auf Platz vier") == []
    assert [y for y, _, _ in rc.years_in("im Jahr 2023 auf Platz vier")] == [2023]


def test_a_quoted_name_after_a_compound_competition_noun_and_a_stage_as_category(rules: Extractor) -> None:
    text = (
        "Landeswettbewerb „Kluge Köpfe Thüringen“: Bei der Landesrunde in Grünhag wurden 40 Projekte gezeigt. "
        "Gesamtsieger ist das Gymnasium Talheim."
    )
    (ranking,) = rules.extract(text).rankings
    assert (ranking.entity, ranking.rank, ranking.ranking, ranking.category) == (
        "Gymnasium Talheim",
        1,
        "Kluge Köpfe Thüringen",
        "Landesrunde",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season spans two years: it dates the placement to neither
        (
            "Saisonbilanz 2023/24\n\nDer SV Talheim hat die Saison 2023/24 in der Bezirksliga Nord auf "
            "Platz fünf abgeschlossen. In der Saison 2022/23 war er noch Elfter.",
            {("SV Talheim", 5, None)},
        ),
        # a year of its own still dates it
        ("Der SV Talheim belegte 2024 in der Bezirksliga Nord Platz fünf.", {("SV Talheim", 5, 2024)}),
    ],
)
def test_edition_years(rules: Extractor, text: str, expected: set[tuple[str, int, int | None]]) -> None:
    found = {(r.entity, r.rank, r.year) for r in rules.extract(text).rankings}
    assert expected <= found, found


def test_field_size_stated_once_holds_for_the_same_edition(rules: Extractor) -> None:
    text = (
        "Lindmoor, 12.05.2025 – Die Hafenbau GmbH ist im aktuellen Vergleichstest des Magazins Bauwelt "
        "Testsieger unter 18 Baufirmen. Mit der Gesamtnote 1,4 setzte sich das Unternehmen vor der "
        "Nordbau AG (Note 1,7) und der Elbe Bau KG (Note 2,0) durch. Im Vorjahr hatte die Hafenbau GmbH "
        "noch den vierten Rang belegt."
    )
    found = {(r.entity, r.rank, r.year, r.of) for r in rules.extract(text).rankings}
    assert {("Hafenbau GmbH", 1, 2025, 18), ("Nordbau AG", 2, 2025, 18), ("Elbe Bau KG", 3, 2025, 18)} <= found
    assert ("Hafenbau GmbH", 4, 2024, None) in found


def test_a_winner_title_is_never_the_entity(rules: Extractor) -> None:
    text = (
        "Spitzenreiter im Gesamtranking ist der Landkreis Nordheim, der zweitplatzierte Landkreis "
        "Südheim folgt knapp dahinter. Auf Rang drei kommt Talstadt."
    )
    assert placements(rules, text) == {("Landkreis Nordheim", 1), ("Landkreis Südheim", 2), ("Talstadt", 3)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bundesweit" closes off a region named before it, not a field
        (
            "Dort kommt das Klinikum Nordstadt in Sachsen auf Platz neun und bundesweit auf Platz 38.",
            {("Klinikum Nordstadt", 9, "Sachsen"), ("Klinikum Nordstadt", 38, None)},
        ),
        (
            "In der Kardiologie erreicht das Klinikum Nordstadt 90 Punkte und nimmt dort bundesweit den Spitzenplatz ein.",
            {("Klinikum Nordstadt", 1, "Kardiologie")},
        ),
        # a place read into a name is no part of it
        (
            "Das Haus in Bergdorf belegt Platz 33, das Klinikum Nordstadt Platz 41 und Talheim folgt.",
            {("Haus in Bergdorf", 33, None), ("Klinikum Nordstadt", 41, None)},
        ),
    ],
)
def test_national_table_and_names(rules: Extractor, text: str, expected: set[tuple[str, int, str | None]]) -> None:
    found = {(r.entity, r.rank, r.category) for r in rules.extract(text).rankings}
    assert expected <= found, found


# ---------------------------------------------------------------- lists and clause-opening places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place phrase that opens a clause after a comma or "und": the holder follows it
        (
            "Auf Rang 2 steht die Universität Lindmoor, auf Rang 3 die Hochschule Ahrensee.",
            {("Universität Lindmoor", 2), ("Hochschule Ahrensee", 3)},
        ),
        (
            "Die Stadt Kranzfeld liegt auf Platz 12 und auf Platz 13 folgt die Stadt Leer.",
            {("Stadt Kranzfeld", 12), ("Stadt Leer", 13)},
        ),
        (
            "Den vierten Rang erreicht Adorf und den fünften Rang Bedorf.",
            {("Adorf", 4), ("Bedorf", 5)},
        ),
        # "Platz N für X": the one the place is for
        ("Neuer Vergleich: Platz 7 für Seestadt, Platz 31 für Ostersee", {("Seestadt", 7), ("Ostersee", 31)}),
        ("Einen starken 5. Platz für die Firma Keller meldet die Jury.", {("Firma Keller", 5)}),
        # "Es folgen die A, die B ...": an article after a comma goes on with the list
        (
            "Spitzenreiter wurde die Muster Bank. Es folgen die Beispielkasse, die Bank Adorf sowie die Talbank.",
            {("Muster Bank", 1), ("Beispielkasse", 2), ("Bank Adorf", 3), ("Talbank", 4)},
        ),
        # the place noun left out in the clauses after the first
        (
            "Seestadt (Platz 12), Wismar (15) und Sundmoor (zwanzig) folgen im Mittelfeld.",
            {("Seestadt", 12), ("Wismar", 15), ("Sundmoor", 20)},
        ),
        (
            "Mit Riedbach (Rang neun) und Neißbrück (elf) schafften es zwei Städte nach vorn.",
            {("Riedbach", 9), ("Neißbrück", 11)},
        ),
        (
            "Lingen kam auf Platz 8, Meppen knapp auf 14 und Moorstede auf 20.",
            {("Lingen", 8), ("Meppen", 14), ("Moorstede", 20)},
        ),
        # a name before a parenthesis after "aus"/"bei"/"in" is where the placed one sits
        (
            "Vorn liegen die Firma Berg aus Kornhag (Platz 1) und die Firma Tal aus Melle bei Bünde (Platz 2).",
            {("Firma Berg", 1), ("Firma Tal", 2)},
        ),
        # a relative clause between the subject and its verb names no one
        ("Die Stadtwerke Kranzfeld, die Strom und Gas liefern, erreichten Platz sieben.", {("Stadtwerke Kranzfeld", 7)}),
        # a numeral between an article and its noun: the genitive attribute is no subject
        ("Platz eins im Vergleich der zehn größten deutschen Bahnhöfe belegt Weidenstadt.", {("Weidenstadt", 1)}),
        # ", vor B und C" after a place: the next places in the order written
        ("Adorf kommt auf Rang 6, vor Bedorf und Cedorf.", {("Adorf", 6), ("Bedorf", 7), ("Cedorf", 8)}),
        # "hinter A und B": both are ahead
        ("Cedorf erreicht den dritten Rang hinter Adorf und Bedorf.", {("Adorf", 1), ("Bedorf", 2), ("Cedorf", 3)}),
        # "Platz N bzw. M": one place each, in the order of the names
        ("Celle und Peine landeten auf Platz 9 bzw. 12.", {("Celle", 9), ("Peine", 12)}),
        # a winner word and its verb with a phrase of the ranking between; "in Folge" governs no name
        (
            "Testsieger in der Untersuchung wurde zum vierten Mal in Folge Adorf – vor Bedorf und Cedorf.",
            {("Adorf", 1), ("Bedorf", 2), ("Cedorf", 3)},
        ),
        # "geht an" with a phrase of the ranking between, and left out after the first clause
        ("Rang 1 ging an Melle, Rang 2 an Bramsche.", {("Melle", 1), ("Bramsche", 2)}),
        ("Platz 5 in der Endwertung geht an Talheim.", {("Talheim", 5)}),
        # "schaffte es": the expletive "es" refers to no one
        (
            "Fennhusen liegt auf Platz 2. Lingen schaffte es mit 80 Punkten auf den fünften Platz.",
            {("Fennhusen", 2), ("Lingen", 5)},
        ),
        # "mit X auf Platz N": the name right before its place
        (
            "Zusammen mit Melle auf Platz 1 und Bramsche auf Platz 2 liegt der Kreis vorn.",
            {("Melle", 1), ("Bramsche", 2)},
        ),
        # the place of an earlier edition in parentheses after a place
        ("Husum liegt auf Rang 12 (Vorjahr 15).", {("Husum", 12), ("Husum", 15)}),
        # "von N auf M" with the noun left out after the first such clause; a comma is no number
        (
            "Die Uni Ahrensee fällt von Platz 20 auf 25, die Uni Lübeck von 30 auf 33.",
            {("Uni Ahrensee", 25), ("Uni Lübeck", 30), ("Uni Lübeck", 33)},
        ),
        (
            "Kranzfeld stieg von Platz 9 auf 7, die Stadt Leer von Platz 12 auf 10.",
            {("Kranzfeld", 7), ("Stadt Leer", 12), ("Stadt Leer", 10)},
        ),
        # "…, die X den 25.": the place noun left out after the first clause
        (
            "Den zehnten Platz erreichte die Firma Berg, die Firma Tal den 19.",
            {("Firma Berg", 10), ("Firma Tal", 19)},
        ),
        # "gemeinsam mit X" after a place: X shares it
        (
            "Die Gemeinde Adorf holt wieder den ersten Platz – diesmal gemeinsam mit Bedorf.",
            {("Gemeinde Adorf", 1), ("Bedorf", 1)},
        ),
        # "Hinter A, B und C belegt X den vierten Rang": the list opening the sentence is ahead
        (
            "Hinter Adorf, Bedorf und Cedorf erreicht Talheim laut der Auswertung den vierten Platz.",
            {("Adorf", 1), ("Bedorf", 2), ("Cedorf", 3), ("Talheim", 4)},
        ),
        # "führt die Bestenliste an": a compound of a list noun
        (
            "Mit Abstand führt Adorf die Bestenliste der Gemeinden an. Es folgen Bedorf mit 6 und Cedorf mit 4 Millionen Besuchern.",
            {("Adorf", 1), ("Bedorf", 2), ("Cedorf", 3)},
        ),
        # a superlative set before an order of two or more others is rank 1
        (
            "Schnellster Läufer war Tim Berg (TSV Nord) in 2:31:10 vor Jan Ost (SV Süd) und Ole West.",
            {("Tim Berg", 1), ("Jan Ost", 2), ("Ole West", 3)},
        ),
        # an ordinal before a winner word gives the place
        ("Tim Berg und Jan Ost sind zweite Sieger.", {("Tim Berg", 2), ("Jan Ost", 2)}),
        # "an der Spitze" with a verb of standing
        ("Adorf steht somit landesweit erneut an der Spitze.", {("Adorf", 1)}),
        # a relative clause after a name located by "in": the located one
        (
            "Rang 1 holt die Muster GmbH in Adorf, die europaweit auf Rang 6 kommt.",
            {("Muster GmbH", 1), ("Muster GmbH", 6)},
        ),
        # "(61,5 Punkte/7.)": the place after the points in parentheses
        ("Dahinter fallen Adorf (61,5 Punkte/7.) und Bedorf (60,2/8.) zurück.", {("Adorf", 7), ("Bedorf", 8)}),
        # a superlative before "gefolgt von" starts the order; a phrase after a listed name is skipped
        (
            "Die sparsamste Gemeinde war Adorf mit 420 Litern, gefolgt von Bedorf im Kreis Talheim "
            "mit 380 Litern und Cedorf im Kreis Bergland mit 311 Litern.",
            {("Adorf", 1), ("Bedorf", 2), ("Cedorf", 3)},
        ),
        # "auf den N-ten und letzten Rang"
        ("Die Muster GmbH kommt mit großem Rückstand auf den vierten und letzten Rang.", {("Muster GmbH", 4)}),
        # "an zweiter Stelle" is a place
        ("An dritter Stelle liegt mit 2,13 Punkten die Sparkasse Adorf.", {("Sparkasse Adorf", 3)}),
        # a verb of leading before "vor" and two or more names
        (
            "Bei den Versicherern dominiert die Muster AG mit 71 Punkten vor Beispiel AG mit 66 Punkten und Adorf AG.",
            {("Muster AG", 1), ("Beispiel AG", 2), ("Adorf AG", 3)},
        ),
        # "hat vor A und B das Rennen gemacht": the others follow the winner, named or not
        (
            "Es hat mit 2.914 Stimmen vor Fink und Meise das Rennen um die Krone gemacht.",
            {("Fink", 2), ("Meise", 3)},
        ),
        # "…, auf Rang N mit X und auf Rang M mit Y"
        (
            "Adorf führt, auf Rang 3 mit Bedorf und auf Rang 7 mit Cedorf folgen zwei Nachbarn.",
            {("Bedorf", 3), ("Cedorf", 7)},
        ),
        # "macht das Podest komplett"; a capitalized ordinal before its noun
        (
            "Die Hochschule Adorf erreicht den zweiten Platz, die Hochschule Bedorf macht das Podest komplett.",
            {("Hochschule Adorf", 2), ("Hochschule Bedorf", 3)},
        ),
        ("Den Zweiten Platz belegte die Firma Berg aus Kornhag.", {("Firma Berg", 2)}),
        # the place reached, in parentheses after a move
        (
            "Adorf kam um drei Plätze nach vorn (12), Bedorf stieg vier Plätze nach oben (39).",
            {("Adorf", 12), ("Bedorf", 39)},
        ),
        # "Auf den Rängen N und M folgen A und B"
        ("Auf den Rängen vier und fünf folgen die Kreise Adorf und Bedorf.", {("Adorf", 4), ("Bedorf", 5)}),
        # "nach vorne machte X": an adverb in -e is no adjective, X is no governed name
        (
            "Adorf steht auf Rang 27. Einen Satz nach vorne machte Bedorf, die Gemeinde kletterte von Rang 44 auf 21.",
            {("Adorf", 27), ("Bedorf", 44), ("Bedorf", 21)},
        ),
        ("Ahrensee liegt auf Platz 3. Weit nach oben kletterte Husum auf Rang 9.", {("Ahrensee", 3), ("Husum", 9)}),
        # "A überholte B und steht jetzt auf Rang N": the verb after "und" shares A as its subject
        ("Die Stadt Adorf überholte Bedorf und steht jetzt auf Rang 13.", {("Stadt Adorf", 13)}),
        ("In der Wertung überholte Adorf die Gemeinde Bedorf und kam auf Rang 5.", {("Adorf", 5)}),
        # an edition year between a ranking and a name joins no name
        ("Auf dem 12. Platz liegt im Atlas 2023 Tannried.", {("Tannried", 12)}),
        # "…, die belgische Universität X": an adjective between article and name goes on with the list
        (
            "Adorf liegt auf Platz 3. Es folgen die Hochschule Nord, die belgische Universität Talheim und die Hochschule Süd.",
            {("Hochschule Nord", 4), ("Universität Talheim", 5), ("Hochschule Süd", 6)},
        ),
        # a clause-opening conjunction is no name
        ("Dass Wismar auf Platz 4 liegt, überrascht.", {("Wismar", 4)}),
        ("Neben Husum landete auch Heidmoor auf Platz 2.", {("Heidmoor", 2)}),
    ],
)
def test_lists_and_clause_opening_places(rules: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    found = placements(rules, text)
    assert found >= expected
    assert not {e for e, _ in found} & {"Dass", "Neben"}


@pytest.mark.parametrize(
    "text",
    [
        # a number after "auf" that no name opens a clause for is no place
        "Adorf steht auf Platz 3 und erhöhte seine Punktzahl auf 68.",
        # bare numbers in parentheses without a place noun before them are points
        "Adorf (Platz 3) lag vorn, die Punktzahl (68) blieb gleich.",
        # "mit X an der Spitze" is headed by; "die Siegerinnen und Sieger" are many
        "Adorf steht auf Platz 3. Der Rat mit Bürgermeisterin Eva Muster an der Spitze stimmte zu.",
        "Adorf steht auf Platz 3. Ausgezeichnet wurden die Siegerinnen und Sieger im Rathaus.",
        # an apposition after a name ", ein Familienbetrieb" goes on no list
        "Auf Platz 3 kam die Muster GmbH aus Adorf, ein Familienbetrieb, der Möbel fertigt.",
        # "die dritte Stelle nach dem Komma" is a digit
        "Adorf steht auf Platz 3. Hier zählt sogar die dritte Stelle nach dem Komma.",
        # what a prize is for names no placement
        "Adorf steht auf Platz 3. Den Preis für das beste Konzept erhielt die Muster Bank.",
        # a superlative before one name after "vor" sets no order
        "Adorf steht auf Platz 3. Den schönsten Marktplatz vor Bedorf hat es auch.",
    ],
)
def test_elided_places_need_a_name_opening_the_clause(rules: Extractor, text: str) -> None:
    found = placements(rules, text)
    assert {r for _, r in found} == {3}
    assert len(found) == 1


def test_a_model_entity_starts_after_a_clause_opening_word(rules: Extractor) -> None:
    from pressextract.facts import get_facts

    nlp = rules.nlp
    doc = nlp.make_doc("Gar um vier Plätze nach oben ging es für Adorf, das jetzt Platz 7 belegt.")
    doc.ents = [Span(doc, 0, 1, label="LOC")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert "Gar" not in {r.entity for r in get_facts(doc, "rankings")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Sieger der kleinen Betriebe:\n1) Beispiel GmbH, Kornhag\n2) Muster AG, Hollfeld\n3) Probe KG, Buchfeld\n",
            {("Beispiel GmbH", 1), ("Muster AG", 2), ("Probe KG", 3)},
        ),
        (
            "Medaillen nach Ländern:\n1 | Hessen | 12 | 3 |\n2 | Sachsen | 9 | 5 |\n3 | Lindmoor | 4 | 4 |\n",
            {("Hessen", 1), ("Sachsen", 2), ("Lindmoor", 3)},
        ),
        (
            "Die Top 3 im Überblick.\nRang 3: Kranzfeld\nDie Stadt legte zu.\nRang 2: Aurich\nAuch hier ging es nach oben.\n",
            {("Kranzfeld", 3), ("Aurich", 2)},
        ),
        (
            "Die freundlichsten Orte ■ Platz Eins: Adorf, Deutschland ■ Platz 2 Bergdorf, Schweiz ■ Platz 3: Cedorf",
            {("Adorf", 1), ("Bergdorf", 2), ("Cedorf", 3)},
        ),
        (
            "Die Wertung auf einen Blick – Platz 1: Adorf, Platz 2: Bedorf; Platz 3: Cedorf.",
            {("Adorf", 1), ("Bedorf", 2), ("Cedorf", 3)},
        ),
        # an enumeration within a line, from 1 up
        (
            "Die Resultate der Orte: 1. Adorf (74 Punkte), 2. Bedorf (71 Punkte), 3. Cedorf (66 Punkte).",
            {("Adorf", 1), ("Bedorf", 2), ("Cedorf", 3)},
        ),
    ],
)
def test_lines_of_a_table(rules: Extractor, text: str, expected: set[tuple[str, int]]) -> None:
    found = placements(rules, text)
    assert found >= expected
    assert len(found) == len(expected)


def test_numbered_headings_of_a_region_are_no_table(rules: Extractor) -> None:
    text = (
        "Die Preise gingen in drei Kategorien:\n1. Deutschlands grünste Städte\nSieger ist Ahrensee.\n"
        "2. Deutschlands grünste Gemeinden\nSieger ist Plön.\n3. Deutschlands grünste Kreise\nSieger ist Eutin.\n"
    )
    assert "Deutschland" not in {e for e, _ in placements(rules, text)}


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Brückstadt liegt vorn, zeigt aber leichte Schwächen (Platz 16) beim Verkehr.", "Schwächen"),
        ("Brückstadt liegt vorn, braucht aber zwei Wochen (Platz 5) für einen Antrag.", "Wochen"),
        ("Brückstadt liegt vorn und wächst dank vieler Zuzüge (Platz 2) weiter.", "Zuzüge"),
    ],
)
def test_a_word_after_an_attribute_that_the_model_leaves_untagged_is_no_name(
    rules: Extractor, text: str, noun: str
) -> None:
    from pressextract.facts import get_facts

    nlp = rules.nlp
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, 0, 1, label="LOC")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert noun not in {r.entity for r in get_facts(doc, "rankings")}


def test_a_year_in_parentheses_dates_the_earlier_place(rules: Extractor) -> None:
    found = {(r.entity, r.rank, r.year) for r in rules.extract("Der Kreis Plön belegt Rang 30 (2021: Rang 41).").rankings}
    assert found == {("Kreis Plön", 30, None), ("Kreis Plön", 41, 2021)}


def test_places_written_out_after_folgen_are_not_counted_on(rules: Extractor) -> None:
    text = "Adorf kommt auf den dritten Rang, dahinter folgen Bedorf (5.), Cedorf (8.) und Talheim (11.)."
    assert placements(rules, text) == {("Adorf", 3), ("Bedorf", 5), ("Cedorf", 8), ("Talheim", 11)}


def test_hinter_with_a_relative_clause_puts_no_one_ahead(rules: Extractor) -> None:
    text = "Hinter Adorf, das auf Rang sechs kam, bedeutet das die zweitbeste Platzierung."
    assert ("Adorf", 5) not in placements(rules, text)
