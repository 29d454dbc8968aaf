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
    ("„Wir sind dabei“, sagte der RVX-Kreisvorsitzende Tom Beck.", ("Tom Beck", None, "Kreisvorsitzender", "RVX")),
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
        "„Adorf wächst“, sagte Ulf Kröger, Bürgermeister von Adorf.",
        ("Ulf Kröger", None, "Bürgermeister", "Adorf"),
    ),
    (
        "„Adorf wächst“, sagte Adorfs Chief Information Officer, Dr. Ina Hahn.",
        ("Ina Hahn", "Dr.", "Chief Information Officer", "Adorf"),
    ),
    ("„Es staut sich“, sagte VCX-Sprecherin Lena Hoff.", ("Lena Hoff", None, "Sprecherin", "VCX")),
    ("„Es staut sich“, sagte Lena Hoff, Sprecherin des VCX.", ("Lena Hoff", None, "Sprecherin", "VCX")),
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
        "„Wir sind stolz“, sagte Helmut Frey, Präsident des Deutschen Bäcker- und Konditorenverbandes (DBKV).",
        ("Helmut Frey", None, "Präsident", "Deutscher Bäcker- und Konditorenverband"),
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
        "Sachsens Bauminister und 1. Vizepräsident der Konferenz, Prof. Dr. R. Peter Lenz, sagte: „Das ist beeindruckend.“",
        ("R. Peter Lenz", "Prof. Dr.", "Bauminister", "Sachsen"),
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
        "„Die Förderung hilft uns“, sagt Prof. Dr. Katrin Möller, Vizepräsidentin für Forschung der Universität Talheim.",
        ("Katrin Möller", "Prof. Dr.", "Vizepräsidentin für Forschung", "Universität Talheim"),
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
    ("„Wir wachsen“, meint der Ökonom Tim Berg vom IWX.", ("Tim Berg", None, "Ökonom", "IWX")),
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
        "„Wir wachsen“, sagte Rektor Tim Berg (Hochschule Adorf) bei der Feier.",
        ("Tim Berg", None, "Rektor", "Hochschule Adorf"),
    ),
    ("„Wir wachsen“, sagte Tim Berg (15) aus Adorf.", ("Tim Berg", None, None, None)),
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
        "„Wir prüfen genau“, sagt Dr. Tim Berg, Leiter Einkauf Frische Ware bei Muster Nord.",
        ("Tim Berg", "Dr.", "Leiter Einkauf Frische Ware", "Muster Nord"),
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
        "„Ein schöner Abend“, sagte Falk Mohr, diesjähriger Sprecher der Gemeinsamen Kommission.",
        ("Falk Mohr", None, "Sprecher", "Gemeinsame Kommission"),
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
        "„Wir stellen uns neu auf“, erklärt Eva Lang, Senior Director Global Sales und Mitglied der Geschäftsführung von Muster Deutschland.",
        ("Eva Lang", None, "Senior Director Global Sales", "Muster Deutschland"),
    ),
    # the body's short name starts after a quote that lacks its space
    (
        "„Wir wachsen.“KLX-Geschäftsführerin Eva Lang und Tim Roth kamen. „Gut“, sagte Eva Lang.",
        ("Eva Lang", None, "Geschäftsführerin", "KLX"),
    ),
    # a second surname with a foreign particle; a role noun as surname after a known given name
    ("Susanne Berg dos Santos (SPD) ergänzt: „Das ist gut.“", ("Susanne Berg dos Santos", None, None, "SPD")),
    ("„Das ist gut“, sagte Landrätin Eva Bischof.", ("Eva Bischof", None, "Landrätin", None)),
    # the clause before the colon names the speaker where the words after the quote do not
    (
        "Das zeigt, wie Prof. Dr. Tim Roth, Prorektor der Universität Adorf, erklärt: „Wir sind sehr zufrieden.“, sagt der für die Lehre zuständige Prorektor.",
        ("Tim Roth", "Prof. Dr.", "Prorektor", "Universität Adorf"),
    ),
    # a party in brackets does not hide the role after it; the role's body wins
    (
        "„Gut so“, meinte Heike Roth (FDP), stellvertretende Bürgermeisterin der Stadt Musterburg.",
        ("Heike Roth", None, "stellvertretende Bürgermeisterin", "Stadt Musterburg"),
    ),
    # a board is part of the role; "der Vorsitzende" is a man
    (
        "„Gut so“, meinte Paul Lehmann, der Vorsitzende des Verwaltungsrats, beim Empfang.",
        ("Paul Lehmann", None, "Vorsitzender des Verwaltungsrats", None),
    ),
    # lower-case adjectives before the body's name; a brand after a kind of body
    (
        "„Gut so“, sagte Jörg Roth, Staatssekretär im sächsischen Ministerium für Kultur und Sport.",
        ("Jörg Roth", None, "Staatssekretär", "sächsisches Ministerium für Kultur und Sport"),
    ),
    ("„Gut so“, sagt Eva Lang vom örtlichen Carsharing-Anbieter fahrMit.", ("Eva Lang", None, None, "fahrMit")),
    ("„Gut so“, sagte Tim Roth, Präsident des regionalen Handwerksverbands.", ("Tim Roth", None, "Präsident", None)),
    # the whole short bracket after a name, up to a comma
    (
        "Architektin Carla Mohn (Architekten k+m Musterstadt) lobte den Bau. „Gut so“, sagte Mohn.",
        ("Carla Mohn", None, "Architektin", "Architekten k+m Musterstadt"),
    ),
    ("„Gut so“, sagt Jan Stelter (Tri-Team Adorf, 3:14:09) im Ziel.", ("Jan Stelter", None, None, "Tri-Team Adorf")),
    ("„Gut so“, sagt Jan Stelter (links im Bild) im Ziel.", ("Jan Stelter", None, None, None)),
    # a full name right after the role's body, no comma between
    (
        "„Die Lage ist ernst“, wird die Leiterin des Muster-Rankings Petra Baum zitiert.",
        ("Petra Baum", None, "Leiterin", "Muster-Ranking"),
    ),
    (
        "„Gut so“, sagte der Präsident des Landesverbands Michael Roth.",
        ("Michael Roth", None, "Präsident", "Landesverband"),
    ),
    # the role after "als" belongs to the name before it (or before one verb)
    (
        "Tim Sommer schreibt als Leiter Gerätetest des Muster Prüf Zentrums: «Für uns ist es gut.»",
        ("Tim Sommer", None, "Leiter Gerätetest", "Muster Prüf Zentrum"),
    ),
    (
        "Die Stadt ehrte Tim Berg als Geschäftsführer. „Das freut mich“, sagte Berg.",
        ("Tim Berg", None, "Geschäftsführer", None),
    ),
    # inflected role nouns in the nominative
    (
        "Der Schlüssel liegt laut der Muster-Vorstandsvorsitzenden Greta Stehr „in der Treue der Kunden. Das zählt.“",
        ("Greta Stehr", None, "Vorstandsvorsitzende", "Muster"),
    ),
    ("„Gut so“, heißt es vom Vorsitzenden Tim Roth.", ("Tim Roth", None, "Vorsitzender", None)),
    ("„Gut so“, heißt es laut dem Präsidenten Tim Roth.", ("Tim Roth", None, "Präsident", None)),
    # an attribute phrase before the body's name; a later role reference with the short name
    (
        "Hier hat der Geschäftsführer der für Einkauf und Vertrieb zuständigen MUSTER-Gruppe, Dr. Udo Kerner, "
        "das Team gelobt. „Ein solcher Plan ist gut“, betonte der MUSTER-Geschäftsführer.",
        ("Udo Kerner", "Dr.", "Geschäftsführer", "MUSTER-Gruppe"),
    ),
    # prefixes written apart from the role; a surname with a noun's ending after a given name
    (
        "„Ihr wart großartig“, lobte Ex-Vize Präsident Tim Gabler die Firmen.",
        ("Tim Gabler", None, "Ex-Vize Präsident", None),
    ),
    (
        "Geehrt von Ex-Landesbauminister Horst Lorent. „Gut so“, sagte Lorent.",
        ("Horst Lorent", None, "Ex-Landesbauminister", None),
    ),
    # after "Name, Role" the body's name without a preposition, where it carries a body's marks
    (
        "„Gut so“, erklärte Günter Hain, Bereichsvorstand MUSTA Nordia Technik, in seiner Ansprache.",
        ("Günter Hain", None, "Bereichsvorstand", "MUSTA Nordia Technik"),
    ),
    (
        "„Gut so“, meinte Günter Hain, Geschäftsführer Muster Bau GmbH.",
        ("Günter Hain", None, "Geschäftsführer", "Muster Bau GmbH"),
    ),
    # a region before the hyphen gives way to the body after the role
    (
        "Simon Schütt, NRW-Landesbeauftragter der Physik-Olympiade, ist zufrieden: „Das ist gut.“",
        ("Simon Schütt", None, "Landesbeauftragter", "Physik-Olympiade"),
    ),
    # words of time are no part of the role and no place
    ("„Wir sind da“, sagte der neue Bürgermeister Max Roth.", ("Max Roth", None, "Bürgermeister", None)),
    (
        "„Wir sind da“, sagte Eva Klein, Professorin an der Universität Talheim.",
        ("Eva Klein", None, "Professorin", "Universität Talheim"),
    ),
    ("„Wir sind da“, sagte Eva Klein, Sprecherin beim VCX.", ("Eva Klein", None, "Sprecherin", "VCX")),
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
    # a given name in -s that the name list lacks is no genitive ("Adlers Diagnose" is)
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
        "Auch die Handwerkskammer Oberland lobt den Plan. Deren Präsidentin Eva Lang sagte: „Gut so.“",
        ("Eva Lang", None, "Präsidentin", "Handwerkskammer Oberland"),
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
            ["Deutschen", "Bäcker-", "und", "Konditorenverbandes"],
            "Deutscher Bäcker- und Konditorenverband",
        ),
        ("des", ["Ostdeutschen", "Bäckerverbands"], "Ostdeutscher Bäckerverband"),
        ("des", ["Waldinger", "Klinikums"], "Waldinger Klinikum"),
        ("des", ["Bayerischen", "Instituts"], "Bayerisches Institut"),
        ("der", ["Deutschen", "Bahn"], "Deutsche Bahn"),
        ("der", ["Musikstiftung", "des", "Landes"], "Musikstiftung des Landes"),
        ("der", ["MUSTER", "Beteiligungen", "AG"], "MUSTER Beteiligungen AG"),
        ("des", ["VCX"], "VCX"),
    ],
)
def test_nominative(article: str, words: list[str], expected: str) -> None:
    assert nominative(article, words) == expected


@pytest.mark.parametrize(
    "word, place",
    [
        ("Ulmer", "Ulm"),
        ("Kölner", "Köln"),
        ("Waldinger", "Waldingen"),
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
    text = "„Wir bauen aus“, sagte Bürgermeister Jan Kröger von Adorf."
    start = text.index("Bürgermeister")
    end = text.index(" von Adorf") + len(" von Adorf")
    mentions = find_person_mentions(text, person_spans=[(start, end)])
    assert [(m.name, m.role, m.organization) for m in mentions] == [("Jan Kröger", "Bürgermeister", "Adorf")]


def test_with_shipped_model() -> None:
    import pressextract
    from pressextract.pipeline import shipped_model_path

    if shipped_model_path() is None:
        pytest.skip("no shipped NER model")
    record = pressextract.load().extract(
        "„Die Stadt ist gut aufgestellt“, sagte Helga Sommerfeld, Bürgermeisterin von Adorf. "
        "„Wir bleiben dran“, ergänzte Sommerfeld."
    )
    assert [(s.name, s.role, s.organization) for s in record.speakers] == [
        ("Helga Sommerfeld", "Bürgermeisterin", "Adorf")
    ]
    assert [q.speaker for q in record.quotes] == ["Helga Sommerfeld", "Helga Sommerfeld"]


def test_model_organizations_block_one_word_speakers_only() -> None:
    """A single word the model tags ORG is no speaker; a full name stays one whatever it says."""
    text = "„Die Vernetzung kommt voran“, so Abcom."
    org = text.index("Abcom")
    quotes, found = find_quotes(text, other_entity_spans=[(org, org + len("Abcom"))])
    assert [(q.text, q.speaker) for q in quotes] == [("Die Vernetzung kommt voran", None)] and found == []
    text = "„Wir sind stolz auf unsere Stadt“, freut sich Henrike Vollmers."
    name = text.index("Henrike")
    quotes, _ = find_quotes(text, other_entity_spans=[(name, len(text) - 1)])
    assert [q.speaker for q in quotes] == ["Henrike Vollmers"]
