"""Speakers: name without titles, title, role (with feminine, compound and multi-word forms) and
the organization or place the role belongs to, in the nominative."""

from __future__ import annotations

import pytest

from pressextract.components.quotes import find_quotes
from pressextract.people import find_person_mentions, nominative, place_from_adjective, role_head


def speakers(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    _, found = find_quotes(text)
    return [(s.name, s.title, s.role, s.organization) for s in found]


SPEAKER_CASES = [
    # role before the name; feminine and compound roles
    (
        "„Wir bauen aus“, sagte Oberbürgermeisterin Anna Schneider.",
        ("Anna Schneider", None, "Oberbürgermeisterin", None),
    ),
    (
        "„Wir bauen aus“, sagte Erster Bürgermeister Tom Kaiser.",
        ("Tom Kaiser", None, "Erster Bürgermeister", None),
    ),
    (
        "„Wir bauen aus“, sagte der Erste Bürgermeister Tom Kaiser.",
        ("Tom Kaiser", None, "Erster Bürgermeister", None),
    ),
    (
        "Innen- und Sportminister Karl Berger sagte: „Der Sport verbindet.“",
        ("Karl Berger", None, "Innen- und Sportminister", None),
    ),
    ("„Das freut uns“, sagte CEO Markus Engel.", ("Markus Engel", None, "CEO", None)),
    ("„Das freut uns“, sagte Bürgermeister*in Kim Falk.", ("Kim Falk", None, "Bürgermeister*in", None)),
    # titles split off the name
    ("„Das freut uns“, sagte Prof. Dr. Eva Roth.", ("Eva Roth", "Prof. Dr.", None, None)),
    ("„Das freut uns“, erklärte Chefärztin PD Dr. Lea Sommer.", ("Lea Sommer", "PD Dr.", "Chefärztin", None)),
    ("„Das freut uns“, sagte Dipl.-Ing. Jan Brand.", ("Jan Brand", "Dipl.-Ing.", None, None)),
    ("„Wir sind dabei“, sagte der ADFC-Kreisvorsitzende Tom Beck.", ("Tom Beck", None, "Kreisvorsitzender", "ADFC")),
    # the role after the name, with its complement
    (
        "„Wir starten jetzt“, sagte Sabine Kurz, Leiterin des Digitalisierungsamts.",
        ("Sabine Kurz", None, "Leiterin des Digitalisierungsamts", None),
    ),
    (
        "„Wir starten jetzt“, sagte Eva Klein, Bundesministerin für Bildung und Forschung.",
        ("Eva Klein", None, "Bundesministerin für Bildung und Forschung", None),
    ),
    # the organization or place the role belongs to
    (
        "„Kiel wächst“, sagte Ulf Kröger, Bürgermeister von Kiel.",
        ("Ulf Kröger", None, "Bürgermeister", "Kiel"),
    ),
    (
        "„Kiel wächst“, sagte Kiels Chief Digital Officer, Dr. Ina Hahn.",
        ("Ina Hahn", "Dr.", "Chief Digital Officer", "Kiel"),
    ),
    ("„Es staut sich“, sagte ADAC-Sprecherin Lena Hoff.", ("Lena Hoff", None, "Sprecherin", "ADAC")),
    ("„Es staut sich“, sagte Lena Hoff, Sprecherin des ADAC.", ("Lena Hoff", None, "Sprecherin", "ADAC")),
    (
        "„Ulm ist vorn“, sagte der Ulmer Oberbürgermeister Martin Becker.",
        ("Martin Becker", None, "Oberbürgermeister", "Ulm"),
    ),
    ("„Wir sind vorn“, sagte der Münchner Stadtrat Paul Kern.", ("Paul Kern", None, "Stadtrat", "München")),
    (
        "„Wir sind stolz“, sagte Walter Lang, Präsident des Landessportbundes.",
        ("Walter Lang", None, "Präsident", "Landessportbund"),
    ),
    (
        "„Wir sind stolz“, sagte Helmut Frey, Präsident des Deutschen Sparkassen- und Giroverbandes (DSGV).",
        ("Helmut Frey", None, "Präsident", "Deutscher Sparkassen- und Giroverband"),
    ),
    (
        "„Wir sind stolz“, sagte die Präsidentin der Technischen Universität Musterstadt, Prof. Dr. Maria Lang.",
        ("Maria Lang", "Prof. Dr.", "Präsidentin", "Technische Universität Musterstadt"),
    ),
    (
        "„Die Daten sind eindeutig“, sagte Dr. Jörg Lenz vom Institut für Verkehrsforschung.",
        ("Jörg Lenz", "Dr.", None, "Institut für Verkehrsforschung"),
    ),
    (
        "„Wir wachsen“, sagt Anna Roth von der Verbraucherzentrale Hessen.",
        ("Anna Roth", None, None, "Verbraucherzentrale Hessen"),
    ),
    (
        "„Die Zahlen sind gut“, sagte Klaus Bauer, Vorstandsvorsitzender der Stadtwerke Musterstadt GmbH.",
        ("Klaus Bauer", None, "Vorstandsvorsitzender", "Stadtwerke Musterstadt GmbH"),
    ),
    (
        "Hessens Kultusminister und 1. Vizepräsident der Konferenz, Prof. Dr. R. Peter Lenz, sagte: „Das ist beeindruckend.“",
        ("R. Peter Lenz", "Prof. Dr.", "Kultusminister", "Hessen"),
    ),
    (
        "Ina Vogt, die künstlerische Direktorin der Kulturstiftung des Landes, sagte: „Museen müssen sich öffnen.“",
        ("Ina Vogt", None, "künstlerische Direktorin", "Kulturstiftung des Landes"),
    ),
    (
        "„Das war eine tolle Saison“, sagte Vereinsvorsitzender Peter Hahn vom TSV Musterstadt 1860.",
        ("Peter Hahn", None, "Vereinsvorsitzender", "TSV Musterstadt 1860"),
    ),
    (
        "„Die Förderung hilft uns“, sagt Prof. Dr. Katrin Möller, Vizepräsidentin für Forschung der Universität Kassel.",
        ("Katrin Möller", "Prof. Dr.", "Vizepräsidentin für Forschung", "Universität Kassel"),
    ),
    (
        "„Wir wachsen weiter“, sagt Dr. Stefan Maier, CEO der Muster AG.",
        ("Stefan Maier", "Dr.", "CEO", "Muster AG"),
    ),
    (
        "„Wir sind da“, sagte Eva Klein, Sprecherin der Geschäftsführung der Muster GmbH.",
        ("Eva Klein", None, "Sprecherin der Geschäftsführung", "Muster GmbH"),
    ),
    # roles of several words that name a body's board
    (
        "„Wir wachsen“, so Dr. Tim Berg, Mitglied des Vorstands der Muster Gruppe.",
        ("Tim Berg", "Dr.", "Mitglied des Vorstands", "Muster Gruppe"),
    ),
    (
        "„Wir wachsen“, sagte Eva Lang, Mitglied der Geschäftsführung der Muster GmbH.",
        ("Eva Lang", None, "Mitglied der Geschäftsführung", "Muster GmbH"),
    ),
    ("„Wir wachsen“, sagt der Ökonom Tim Berg vom IfW.", ("Tim Berg", None, "Ökonom", "IfW")),
    # a body's short name in capitals before the role, without a hyphen
    ("„Wir wachsen“, erklärt VDMX Präsident Dr. Tim Berg.", ("Tim Berg", "Dr.", "Präsident", "VDMX")),
    (
        "„Wir wachsen“, betont BiTVa Bundesgeschäftsführerin Eva Lang.",
        ("Eva Lang", None, "Bundesgeschäftsführerin", "BiTVa"),
    ),
    ("„Wir wachsen“, sagte CEO Tim Berg.", ("Tim Berg", None, "CEO", None)),
    # a body in brackets after the name
    ("Eva Lang (SPD) ergänzt: „Das ist gut.“", ("Eva Lang", None, None, "SPD")),
    (
        "„Wir wachsen“, sagte Rektor Tim Berg (Hochschule Kehl) bei der Feier.",
        ("Tim Berg", None, "Rektor", "Hochschule Kehl"),
    ),
    ("„Wir wachsen“, sagte Tim Berg (15) aus Kiel.", ("Tim Berg", None, None, None)),
    ("„Wir wachsen“, sagte Tim Berg (links) zum Abschluss.", ("Tim Berg", None, None, None)),
    # "im" before the body
    (
        "Der Ärztliche Direktor im Klinikum Musterstadt, Jan Roth, sagte: „Wir wachsen.“",
        ("Jan Roth", None, "Ärztlicher Direktor", "Klinikum Musterstadt"),
    ),
    # the role given with the full name wins over a headline's role with the surname alone
    (
        "Muster-Chef Roth lobt\nNico Roth, Geschäftsführer von Muster, sagte: „Das ist gut.“",
        ("Nico Roth", None, "Geschäftsführer", "Muster"),
    ),
    # a role's field in capitalized words after a name and comma, then the body
    (
        "„Wir testen viel“, sagt Dr. Tim Berg, Leiter Qualitätswesen Non Food bei Muster Nord.",
        ("Tim Berg", "Dr.", "Leiter Qualitätswesen Non Food", "Muster Nord"),
    ),
    (
        "„Wir wachsen“, sagte Eva Lang, Geschäftsführerin Vertrieb der Muster GmbH.",
        ("Eva Lang", None, "Geschäftsführerin Vertrieb", "Muster GmbH"),
    ),
    (
        "„Wir wachsen“, sagte Geschäftsführer Tim Roth von der Muster GmbH.",
        ("Tim Roth", None, "Geschäftsführer", "Muster GmbH"),
    ),
    # an adjective of time between the comma and the role
    (
        "„Ein guter Tag“, sagte Falk Mohr, diesjähriger Vorsitzender der Gemeinsamen Konferenz.",
        ("Falk Mohr", None, "Vorsitzender", "Gemeinsame Konferenz"),
    ),
    # a bare kind of body points back to the body the text named with that noun
    (
        "Erstmals prüfte die Albert Muster Stiftung die Händler. Dazu Eva Lang, Präsidentin der Stiftung: „Wir sehen Fortschritte.“",
        ("Eva Lang", None, "Präsidentin", "Albert Muster Stiftung"),
    ),
    (
        "Die Handwerkskammer Musterland verlieh den Preis. Kammer-Präsident Willy Haas sagte: „Gut so.“",
        ("Willy Haas", None, "Präsident", "Handwerkskammer Musterland"),
    ),
    ("„Gut so“, sagte Tim Roth, Geschäftsführer des Vereins.", ("Tim Roth", None, "Geschäftsführer", "Verein")),
    # a role's field after a full name and comma is no second person; a second role names the body
    (
        "„Wir ändern uns“, erklärt Eva Lang, Senior Director Human Resources und Mitglied der Geschäftsleitung von Muster Deutschland.",
        ("Eva Lang", None, "Senior Director Human Resources", "Muster Deutschland"),
    ),
    # the body's short name starts after a quote that lacks its space
    (
        "„Wir wachsen.“KRH-Geschäftsführerin Eva Lang und Tim Roth kamen. „Gut“, sagte Eva Lang.",
        ("Eva Lang", None, "Geschäftsführerin", "KRH"),
    ),
    # a second surname with a foreign particle; a role noun as surname after a known given name
    ("Susanne Muster dos Reis (SPD) ergänzt: „Das ist gut.“", ("Susanne Muster dos Reis", None, None, "SPD")),
    ("„Das ist gut“, sagte Landrätin Eva Bischof.", ("Eva Bischof", None, "Landrätin", None)),
    # the clause before the colon names the speaker where the words after the quote do not
    (
        "Das bestätigt, wie Prof. Dr. Tim Roth, Prorektor der Universität Kiel, erklärt: „Es freut uns sehr.“, meint der für die Forschung zuständige Prorektor.",
        ("Tim Roth", "Prof. Dr.", "Prorektor", "Universität Kiel"),
    ),
    # a party in brackets does not hide the role after it; the role's body wins
    (
        "„Gut so“, sagte Heiner Roth (CDU), stellvertretender Bürgermeister der Stadt Musterburg.",
        ("Heiner Roth", None, "stellvertretender Bürgermeister", "Stadt Musterburg"),
    ),
    # a board is part of the role; "der Vorsitzende" is a man
    (
        "„Gut so“, erklärte Peter Lehr, der Vorsitzende des Verwaltungsrats, bei der Feier.",
        ("Peter Lehr", None, "Vorsitzender des Verwaltungsrats", None),
    ),
    # lower-case adjectives before the body's name; a brand after a kind of body
    (
        "„Gut so“, sagte Jörg Roth, Staatssekretär im niedersächsischen Ministerium für Soziales und Gesundheit.",
        ("Jörg Roth", None, "Staatssekretär", "niedersächsisches Ministerium für Soziales und Gesundheit"),
    ),
    ("„Gut so“, sagt Eva Lang vom regionalen Carsharing-Anbieter fahrMit.", ("Eva Lang", None, None, "fahrMit")),
    ("„Gut so“, sagte Tim Roth, Präsident des regionalen Handwerksverbands.", ("Tim Roth", None, "Präsident", None)),
    # the whole short bracket after a name, up to a comma
    (
        "Architekt Carl Lohm (Architekten t+p Musterstadt) lobte den Bau. „Gut so“, sagte Lohm.",
        ("Carl Lohm", None, "Architekt", "Architekten t+p Musterstadt"),
    ),
    ("„Gut so“, sagt Jan Stelz (Tri-Sport Kiel, 2:52:27) im Ziel.", ("Jan Stelz", None, None, "Tri-Sport Kiel")),
    ("„Gut so“, sagt Jan Stelz (links im Bild) im Ziel.", ("Jan Stelz", None, None, None)),
    # a full name right after the role's body, no comma between
    (
        "„Die Lage ist ernst“, wird der Leiter des Muster-Rankings Peter Baum zitiert.",
        ("Peter Baum", None, "Leiter", "Muster-Ranking"),
    ),
    (
        "„Gut so“, sagte der Präsident des Landesverbands Michael Roth.",
        ("Michael Roth", None, "Präsident", "Landesverband"),
    ),
    # the role after "als" belongs to the name before it (or before one verb)
    (
        "Tim Sommer schreibt als Leiter Fahrzeugtest des Muster Technik Zentrums: «Für uns ist es gut.»",
        ("Tim Sommer", None, "Leiter Fahrzeugtest", "Muster Technik Zentrum"),
    ),
    (
        "Die Stadt ehrte Tim Berg als Geschäftsführer. „Das freut mich“, sagte Berg.",
        ("Tim Berg", None, "Geschäftsführer", None),
    ),
    # inflected role nouns in the nominative
    (
        "Das Rezept liegt laut der Muster-Vorstandsvorsitzenden Herta Stock „in der Nähe zum Kunden. Das ist wichtig.“",
        ("Herta Stock", None, "Vorstandsvorsitzende", "Muster"),
    ),
    ("„Gut so“, heißt es vom Vorsitzenden Tim Roth.", ("Tim Roth", None, "Vorsitzender", None)),
    ("„Gut so“, heißt es laut dem Präsidenten Tim Roth.", ("Tim Roth", None, "Präsident", None)),
    # an attribute phrase before the body's name; a later role reference with the short name
    (
        "Dort hat der Geschäftsführer der für Planung und Bau verantwortlichen MUSTER-Gruppe, Dr. Rolf Bung, "
        "die Arbeit gelobt. „Ein solches Projekt ist gut“, betonte der MUSTER-Geschäftsführer.",
        ("Rolf Bung", "Dr.", "Geschäftsführer", "MUSTER-Gruppe"),
    ),
    # prefixes written apart from the role; a surname with a noun's ending after a given name
    (
        "„Eigentum verpflichtet“, bedankt sich Ex-Vize Kanzler Tim Gabriel bei den Firmen.",
        ("Tim Gabriel", None, "Ex-Vize Kanzler", None),
    ),
    (
        "Geehrt von Ex-Bundeswirtschaftsminister Wolfgang Clement. „Gut so“, sagte Clement.",
        ("Wolfgang Clement", None, "Ex-Bundeswirtschaftsminister", None),
    ),
    # after "Name, Role" the body's name without a preposition, where it carries a body's marks
    (
        "„Gut so“, erklärte Holger Hein, Bereichsvorstand MUSTA Westfalia Separator, in seiner Rede.",
        ("Holger Hein", None, "Bereichsvorstand", "MUSTA Westfalia Separator"),
    ),
    (
        "„Gut so“, erklärte Holger Hein, Geschäftsführer Muster Bau GmbH.",
        ("Holger Hein", None, "Geschäftsführer", "Muster Bau GmbH"),
    ),
    # a region before the hyphen gives way to the body after the role
    (
        "Simon Scheer, NRW-Landesbeauftragter der Chemie-Olympiade, freut sich: „Das ist gut.“",
        ("Simon Scheer", None, "Landesbeauftragter", "Chemie-Olympiade"),
    ),
    # words of time are no part of the role and no place
    ("„Wir sind da“, sagte der neue Bürgermeister Max Roth.", ("Max Roth", None, "Bürgermeister", None)),
    (
        "„Wir sind da“, sagte Eva Klein, Professorin an der Universität Kassel.",
        ("Eva Klein", None, "Professorin", "Universität Kassel"),
    ),
    ("„Wir sind da“, sagte Eva Klein, Sprecherin beim ADAC.", ("Eva Klein", None, "Sprecherin", "ADAC")),
    # the role in brackets after the name, or with "ist"
    (
        "„Wir sind da“, sagte Max Roth (Geschäftsführer der Muster GmbH).",
        ("Max Roth", None, "Geschäftsführer", "Muster GmbH"),
    ),
    (
        "Max Roth ist Geschäftsführer der Muster GmbH. „Wir sind da“, sagte Roth.",
        ("Max Roth", None, "Geschäftsführer", "Muster GmbH"),
    ),
    # a time or an occasion after a name is no organization
    ("„Wir sind da“, sagte Bürgermeister Max Roth am Montag.", ("Max Roth", None, "Bürgermeister", None)),
    ("„Wir sind da“, sagte Max Roth bei der Eröffnung.", ("Max Roth", None, None, None)),
    # any body's name before the hyphen: short role words, dots, quoted lower-case names
    ("„Wir wachsen“, so Musterfirma-CEO Kai Brandt.", ("Kai Brandt", None, "CEO", "Musterfirma")),
    (
        "„Wir wachsen“, erklärte Reise.de-Pressesprecherin Nina Wolf.",
        ("Nina Wolf", None, "Pressesprecherin", "Reise.de"),
    ),
    (
        "„Wir wachsen“, sagte gestern „tempo“-Chefredakteur Nils Hartmann.",
        ("Nils Hartmann", None, "Chefredakteur", "tempo"),
    ),
    (
        "Die „tempo“-Chefredakteurin Nina Wolf sagte: „Wir wachsen.“",
        ("Nina Wolf", None, "Chefredakteurin", "tempo"),
    ),
    (
        "„Wir wachsen“, erklärte A.B.-Muster-Geschäftsführer Tim Berg.",
        ("Tim Berg", None, "Geschäftsführer", "A.B.-Muster"),
    ),
    ("„Gut gemacht“, sagte die SWR-Moderatorin Eva Lang.", ("Eva Lang", None, "Moderatorin", "SWR")),
    # a field before the hyphen is no organization
    ("„Wir sind stolz“, sagte Uni-Präsidentin Maria Lang.", ("Maria Lang", None, "Uni-Präsidentin", None)),
    # no organization where the text ties none to the person
    (
        "Die Delegation um Oberbürgermeister Klaus Wendt reiste an. „Wir sind dabei“, sagte Wendt.",
        ("Klaus Wendt", None, "Oberbürgermeister", None),
    ),
    # "von" inside a name is no organization
    (
        "„Wir gratulieren“, sagte Hauptgeschäftsführerin Sybille von Arnim.",
        ("Sybille von Arnim", None, "Hauptgeschäftsführerin", None),
    ),
    # a given name in -s that the name list lacks is no genitive ("Galls Diagnose" is)
    ("„Wir gratulieren“, sagte Geschäftsführer Niklas Pfeiffer.", ("Niklas Pfeiffer", None, "Geschäftsführer", None)),
    ("Landrätin Dr. Ines Wohlfahrt sagte: „Wir gratulieren.“", ("Ines Wohlfahrt", "Dr.", "Landrätin", None)),
    # a minister's field between role and name
    (
        "Staatsministerin für Kultus Dr. Greta Lorenz gratulierte: „Ihr habt viel gezeigt.“",
        ("Greta Lorenz", "Dr.", "Staatsministerin für Kultus", None),
    ),
    (
        "Minister für Wirtschaft und Arbeit Jan Roth sagte: „Das stärkt die Region.“",
        ("Jan Roth", None, "Minister für Wirtschaft und Arbeit", None),
    ),
    # "dessen"/"deren" point back to the body named before
    (
        "Auch die Handwerkskammer Oberfranken lobt den Plan. Deren Präsidentin Eva Lang sagte: „Gut so.“",
        ("Eva Lang", None, "Präsidentin", "Handwerkskammer Oberfranken"),
    ),
    (
        "Auch der Sportbund Mittelhessen lobt den Plan. Dessen Vorsitzender Tim Berg sagte: „Gut so.“",
        ("Tim Berg", None, "Vorsitzender", "Sportbund Mittelhessen"),
    ),
    (
        "Gefördert wird es vom Verein Leselust, dessen Vorsitzender Tim Berg sagte: „Gut so.“",
        ("Tim Berg", None, "Vorsitzender", "Verein Leselust"),
    ),
    # gender must agree, and a bare common noun is no body
    (
        "Auch die Stadt lobt den Plan. Deren Sprecherin Eva Lang sagte: „Gut so.“",
        ("Eva Lang", None, "Sprecherin", None),
    ),
    (
        "Auch die Handwerkskammer lobt den Plan. Dessen Präsident Tim Berg sagte: „Gut so.“",
        ("Tim Berg", None, "Präsident", None),
    ),
]


@pytest.mark.parametrize("text, expected", SPEAKER_CASES)
def test_speaker_record(text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    assert speakers(text) == [expected]


def test_only_quoted_people_are_speakers() -> None:
    text = (
        "Bundesminister Karl Wendt überreichte den Bescheid. Landrätin Eva Stein sagte: „Das hilft uns.“ "
        "Verantwortlich für diesen Pressetext: Jonas Brandt"
    )
    assert [s[0] for s in speakers(text)] == ["Eva Stein"]


def test_one_speaker_for_full_name_and_surname() -> None:
    text = "„Wir bauen aus“, sagte Landrat Uwe Kramer. „Und wir bleiben dran“, so Kramer weiter."
    assert speakers(text) == [("Uwe Kramer", None, "Landrat", None)]


def test_given_names_of_two_people_with_one_surname() -> None:
    text = "Die Gründer Tim und Nora Wendt stellten die App vor. „Wir wollten es einfach machen“, erklärt Nora Wendt."
    assert speakers(text) == [("Nora Wendt", None, "Gründer", None)]


@pytest.mark.parametrize(
    "article, words, expected",
    [
        (
            "des",
            ["Deutschen", "Sparkassen-", "und", "Giroverbandes"],
            "Deutscher Sparkassen- und Giroverband",
        ),
        ("des", ["Ostdeutschen", "Sparkassenverbands"], "Ostdeutscher Sparkassenverband"),
        ("des", ["Esslinger", "Klinikums"], "Esslinger Klinikum"),
        ("des", ["Bayerischen", "Instituts"], "Bayerisches Institut"),
        ("der", ["Deutschen", "Bahn"], "Deutsche Bahn"),
        ("der", ["Kulturstiftung", "des", "Bundes"], "Kulturstiftung des Bundes"),
        ("der", ["PROJECT", "Beteiligungen", "AG"], "PROJECT Beteiligungen AG"),
        ("des", ["ADAC"], "ADAC"),
    ],
)
def test_nominative(article: str, words: list[str], expected: str) -> None:
    assert nominative(article, words) == expected


@pytest.mark.parametrize(
    "word, place",
    [
        ("Ulmer", "Ulm"),
        ("Kölner", "Köln"),
        ("Esslinger", "Esslingen"),
        ("Münchner", "München"),
        ("Erster", None),
        ("Stellvertretender", None),
        ("Technischer", None),
        ("Langjähriger", None),
    ],
)
def test_place_from_adjective(word: str, place: str | None) -> None:
    assert place_from_adjective(word) == place


@pytest.mark.parametrize(
    "word, head",
    [
        ("Oberbürgermeisterin", "bürgermeisterin"),
        ("Bundesbildungsministerin", "ministerin"),
        ("Digitaldezernent", "dezernent"),
        ("Landrat", "landrat"),
        ("Geschäftsführer:in", "geschäftsführer"),
        ("Rathaus", None),
        ("Musterfirma-CEO", "ceo"),
        ("de-Pressesprecherin", "pressesprecherin"),
        ("OB", "ob"),
        ("Ob", None),
        ("Landesinnungsmeister", "innungsmeister"),
        ("Vorstandsvorsitzenden", "vorstandsvorsitzende"),
        ("Präsidenten", "präsident"),
        ("Bürgermeistern", None),
        ("Ministerium", None),
        ("sagte", None),
    ],
)
def test_role_head(word: str, head: str | None) -> None:
    assert role_head(word) == head


def test_mentions_skip_quoted_text() -> None:
    text = "„Bürgermeister Max Roth hat recht“, sagte Landrätin Eva Stein."
    quote_end = text.index("“") + 1
    names = [m.name for m in find_person_mentions(text, skip_spans=[(0, quote_end)])]
    assert names == ["Eva Stein"]


def test_model_person_entities_are_corrected_by_rules() -> None:
    """PER spans that take in a role word or a place are cut to the name."""
    text = "„Wir bauen aus“, sagte Bürgermeister Jan Kröger von Kiel."
    start = text.index("Bürgermeister")
    end = text.index(" von Kiel") + len(" von Kiel")
    mentions = find_person_mentions(text, person_spans=[(start, end)])
    assert [(m.name, m.role, m.organization) for m in mentions] == [("Jan Kröger", "Bürgermeister", "Kiel")]


def test_with_shipped_model() -> None:
    import pressextract
    from pressextract.pipeline import shipped_model_path

    if shipped_model_path() is None:
        pytest.skip("no shipped NER model")
    record = pressextract.load().extract(
        "„Die Stadt ist gut aufgestellt“, sagte Helga Sommerfeld, Bürgermeisterin von Kiel. "
        "„Wir bleiben dran“, ergänzte Sommerfeld."
    )
    assert [(s.name, s.role, s.organization) for s in record.speakers] == [
        ("Helga Sommerfeld", "Bürgermeisterin", "Kiel")
    ]
    assert [q.speaker for q in record.quotes] == ["Helga Sommerfeld", "Helga Sommerfeld"]


def test_model_organizations_block_one_word_speakers_only() -> None:
    """A single word the model tags ORG is no speaker; a full name stays one whatever it says."""
    text = "„Die Digitalisierung kommt voran“, so Bitkom."
    org = text.index("Bitkom")
    quotes, found = find_quotes(text, other_entity_spans=[(org, org + len("Bitkom"))])
    assert [(q.text, q.speaker) for q in quotes] == [("Die Digitalisierung kommt voran", None)] and found == []
    text = "„Wir sind stolz auf unsere Stadt“, freut sich Hortensia Völckers."
    name = text.index("Hortensia")
    quotes, _ = find_quotes(text, other_entity_spans=[(name, len(text) - 1)])
    assert [q.speaker for q in quotes] == ["Hortensia Völckers"]
