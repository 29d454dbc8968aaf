from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pressextract.components.organizations import find_organizations, ner_candidates, tokenize, validate
from pressextract.orgnames import OrgName, merge_names, nominative_adjective, strip_genitive
from pressextract.pipeline import build_pipeline, shipped_model_path


def orgs(text: str) -> list[str]:
    return [o.name for o in merge_names([c for c in find_organizations(text) if validate(c, set())])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # legal forms
        ("Die Nordwind Energie GmbH baut einen Windpark.", ["Nordwind Energie GmbH"]),
        ("Ausbildungsbetrieb: Hansa Stahlbau AG, Bremen", ["Hansa Stahlbau AG"]),
        ("Geliefert hat die Becker Logistik-GmbH & Co. KG aus Minden.", ["Becker Logistik-GmbH & Co. KG"]),
        ("Der Verband Freie Schulen e.V. lädt ein.", ["Verband Freie Schulen e.V."]),
        ("Testsieger wurde die Nordland Leben VVaG.", ["Nordland Leben VVaG"]),
        ("Anträge nimmt die N-Bank entgegen.", ["N-Bank"]),
        # two bodies joined by "und", not one remit
        (
            "Das Staatsministerium für Umwelt und Stiftung Naturerbe Talheim e.V. laden ein.",
            ["Staatsministerium für Umwelt", "Stiftung Naturerbe Talheim e.V."],
        ),
        ("Die Stadtwerke Talheim AöR investieren in das Netz.", ["Stadtwerke Talheim AöR"]),
        # heads with a name, a complement or an adjective; nominative forms
        ("Die Studie stammt von der Universität Tübingen.", ["Universität Tübingen"]),
        ("Das teilte die Bundesanstalt für Straßenwesen mit.", ["Bundesanstalt für Straßenwesen"]),
        (
            "Gefördert wird es vom Ministerium für Umwelt, Klima und Energie.",
            ["Ministerium für Umwelt, Klima und Energie"],
        ),
        (
            "Er ist Präsident des Bayerischen Landesverbands für Gartenbau.",
            ["Bayerische Landesverband für Gartenbau"],
        ),
        (
            "Im Haus des Deutschen Bauern- und Winzerverbandes wurde gefeiert.",
            ["Deutsche Bauern- und Winzerverband"],
        ),
        ("Die Patienten des Hans-Sachs-Krankenhauses loben die Pflege.", ["Hans-Sachs-Krankenhaus"]),
        ("Den Preis erhielt das Städtische Klinikum Görlitz.", ["Städtische Klinikum Görlitz"]),
        ("Die Sparkassenstiftung Natur + Heimat fördert Schulgärten.", ["Sparkassenstiftung Natur + Heimat"]),
        ("Gewonnen hat das Kepler-Gymnasium.", ["Kepler-Gymnasium"]),
        # acronyms with the spelled-out name: one entry, the long name
        (
            "Der Naturschutzbund Deutschland (NABU) zählt Vögel. Der NABU ruft zur Teilnahme auf.",
            ["Naturschutzbund Deutschland"],
        ),
        # a name spelled by its short form; "Universität zu …"; a short name in parentheses
        (
            "Das Ranking der Initiative Gute Digitale Verwaltung (IGDV) erscheint jährlich. Die IGDV fordert mehr.",
            ["Initiative Gute Digitale Verwaltung"],
        ),
        ("Sie studierte an der Universität zu Lübeck.", ["Universität zu Lübeck"]),
        (
            "Das meldet das Statistische Bundesamt (Destatis). Destatis zufolge stieg die Zahl.",
            ["Statistische Bundesamt"],
        ),
        (
            "Die Arbeiterwohlfahrt (AWO) und das Deutsche Rote Kreuz helfen.",
            ["Arbeiterwohlfahrt", "Deutsche Rote Kreuz"],
        ),
        # a school compound named after a person; kinds of school are no names
        ("Sie besucht die Goetheschule in Wetzlar, ihr Bruder die Realschule.", ["Goetheschule"]),
        # appositions after a type noun
        ("Das Marktforschungsinstitut Datavista hat 3000 Menschen befragt.", ["Datavista"]),
        # English names keep their small words
        ("Die Umfrage führte das Marktforschungsinstitut Voice of Customers durch.", ["Voice of Customers"]),
        ("Auf Platz 2 folgen die Automobilhersteller Corvan und Meltrix.", ["Corvan", "Meltrix"]),
        ("Laut dem Magazin „Wohnwelt“ ist die Nachfrage gestiegen.", ["Wohnwelt"]),
        # a quoted brand may be written in lowercase
        ("Laut der Fachzeitschrift „wohnwelt“ steigen die Preise.", ["wohnwelt"]),
        # roles, sources, parties, clubs, universities
        ("„Das freut uns“, sagte Digivo-Präsidentin Anna Berg.", ["Digivo"]),
        ("Er ist Präsident des LandesTurnBundes.", ["LandesTurnBund"]),
        ("Laut NVBV gelten neue Regeln.", ["NVBV"]),
        # nouns that name one federal body
        ("Das geht aus einem Beschluss der Bundesregierung hervor.", ["Bundesregierung"]),
        ("Die Abgeordneten des Bundestages stimmten zu.", ["Bundestag"]),
        # a short form joined to a name
        ("Nummer drei ist die NVK-Talheim.", ["NVK-Talheim"]),
        # two capitals after an article name a body too
        ("Die TH liegt vorn, die BK folgt auf Platz 8.", ["TH", "BK"]),
        ("Minister Jan Hoff (CDU) eröffnete die Halle.", ["CDU"]),
        ("Das berichtete die taz unter Berufung auf dpa.", ["taz", "dpa"]),
        ("Der TSV 1862 Oberau gewann gegen den SV Mühltal.", ["TSV 1862 Oberau", "SV Mühltal"]),
        ("Dahinter folgen die TU Dresden und die Uni Kassel.", ["TU Dresden", "Uni Kassel"]),
        # registered names opened by an institution compound; a short name with its remit
        (
            "Partner sind die Volksbank Albtal eG und die Meyer Bau GmbH.",
            ["Volksbank Albtal eG", "Meyer Bau GmbH"],
        ),
        ("Die HWK für Ostfriesland und Emden gratulierte.", ["HWK für Ostfriesland und Emden"]),
        (
            "Beteiligt ist der Zweckverband Abfallwirtschaft Südholstein.",
            ["Zweckverband Abfallwirtschaft Südholstein"],
        ),
        ("Die Mittel kommen vom Sächsischen Ministerium der Justiz.", ["Sächsische Ministerium der Justiz"]),
        # a listed body with a name of its own after ", die"; a two-letter short form of a two-word name
        (
            "Vorn liegt die Uniklinik Lübeck, die Uniklinik Kiel folgt auf Rang 31.",
            ["Uniklinik Lübeck", "Uniklinik Kiel"],
        ),
        ("Befragt hat die Hanse Ersatzkasse (HE) rund 1000 Menschen.", ["Hanse Ersatzkasse"]),
        ("Das Regierungspräsidium (RP) Kassel lädt ein.", ["Regierungspräsidium Kassel"]),
        ("Die Universitätsmedizin Mainz liegt auf Platz 4.", ["Universitätsmedizin Mainz"]),
        ("Die Schau im NVK-Museum für Archäologie lockte viele an.", ["NVK-Museum für Archäologie"]),
        # a short form, a dash and the name it spells
        ("Partner ist die BK – Betriebskrankenkasse Kiel.", ["Betriebskrankenkasse Kiel"]),
        # a hyphen compound with a common noun before it needs its name after it
        ("Der Minister dankte der Kinder-Stiftung der Diakonie.", ["Kinder-Stiftung der Diakonie"]),
        # a short form with its spelled-out name in brackets
        (
            "Die Studie erstellte das IWBF (Institut für Wohnen und Bauforschung) im Auftrag der Stadt Kiel.",
            ["Institut für Wohnen und Bauforschung"],
        ),
        # a trade named with its owner's name
        ("Ihre Lehre machte sie bei der Bäckerei Haller in Au.", ["Bäckerei Haller"]),
        ("Die Uhr spendete Juwelier Brandt.", ["Juwelier Brandt"]),
        ("Die Weine kommen vom Weingut Anna Keller an der Mosel.", ["Weingut Anna Keller"]),
        # a company group carries its owner's or brand name before it
        ("Die Berger Unternehmensgruppe baut in Kiel.", ["Berger Unternehmensgruppe"]),
        ("So Anna Roth, Vorstand der Lindner Gruppe.", ["Lindner Gruppe"]),
        # a place name ending in -s is no genitive place
        ("Dahinter folgen die Stadtwerke Neuss.", ["Stadtwerke Neuss"]),
        # a place adjective names a bank, a utility or a transport body, not any building
        ("Die Kunden der Mainzer Stadtwerke sind zufrieden.", ["Mainzer Stadtwerke"]),
        ("Knapp dahinter folgt die Kieler Sparkasse.", ["Kieler Sparkasse"]),
        ("Auch die Bremer Verkehrsbetriebe (BVB) legen zu. Die BVB investieren.", ["Bremer Verkehrsbetriebe"]),
        # a municipality that acts is an organization, a ranked one a place
        ("Die Stadt Lindau plant eine neue Brücke.", ["Stadt Lindau"]),
        ("Die Hansestadt Wismar hat viel vor.", ["Hansestadt Wismar"]),
        ("Auf Platz eins liegt die Landeshauptstadt Kiel.", ["Landeshauptstadt Kiel"]),
        ("Die vom Landkreis Harburg betriebenen Kliniken wachsen.", ["Landkreis Harburg"]),
        # its staff, its officials or a source line make a municipality a body
        ("Die Mitarbeitenden der Stadt Lindau haben viel geleistet.", ["Stadt Lindau"]),
        ("„Wir freuen uns“, sagte der Bürgermeister der Gemeinde Oberau.", ["Gemeinde Oberau"]),
        ("Die Feuerwehr übt am Deich. Foto: Landkreis Harburg", ["Landkreis Harburg"]),
        ("Pressestelle Stadt Celle", ["Stadt Celle"]),
        ("Das Land Thüringen fördert den Umbau mit zwei Millionen Euro.", ["Land Thüringen"]),
    ],
)
def test_organizations_found(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # places used as places
        "Die Stadt Lindau belegt Platz 12 im Ranking.",
        "Der Landkreis Harburg liegt auf Rang 5.",
        "Rund um die Stadt Celle wurde gebaut.",
        # a short form before a number or with a term in brackets names no body
        "Die TOP 10 der Städte stehen fest.",
        "Die ID wird am Eingang geprüft.",
        "Heute trifft sich die Kinder Gruppe im Saal.",
        "Die Bäckerei hat neue Öffnungszeiten.",
        "Auf dem Portal „mehr erfahren“ stehen die Details.",
        # a short form joined to a common noun, a prize or a kind of body
        "Die Klinik trägt das BKK-Gütesiegel.",
        "Das zeigt der NVBV-Test.",
        "Das meldet das US-Beratungsinstitut.",
        # a superlative describes a body, it does not name it
        "Sie gilt als größte private Musikhochschule für Jazz.",
        "Gesucht wird die schönste Musikschule des Kreises.",
        # a kind of body before its name, a common noun before a hyphen
        "Das sagte der Leiter des Umfrageinstituts, das die Studie erstellte.",
        "Kreis | Gewinner-Verein | Tore",
        # a name does not begin on the next line
        "Zur Eröffnung des Landesmuseums\nNeue Bilder aus dem Süden",
        # one of many governments is a generic noun
        "Die Landesregierung plant ein neues Gesetz.",
        "Zuerst erstellt der Betrieb die GBU (Gefährdungsbeurteilung).",
        "Das Tübinger Krankenhaus wurde ausgezeichnet.",
        "Der Kongress fand im Bremer Kongresszentrum statt.",
        "Sie wohnt seit Jahren im Land Brandenburg.",
        "Der Klimaschutzmanager des Landkreises Lukas Berg stellte die Pläne vor.",
        "Die Bürgermeister der Stadt Lindau belegt Platz 3.",
        # generic nouns and departments
        "Die Stadtverwaltung arbeitet an der Umsetzung.",
        "Die Klinik für Urologie wurde ausgezeichnet.",
        "Das Krankenhaus hat Einfluss auf die Versorgung.",
        "Sie ist die beliebteste Universität Deutschlands.",
        "Sie gilt als größte Sparkasse Hessens.",
        "Das Gesundheitsministerium des südamerikanischen Landes teilte das mit.",
        "Der Leiter des Digitalisierungsamts stellte die Pläne vor.",
        "Er erhielt das Bundesverdienstkreuz am Bande.",
        "Der Vorsitzende des Fördervereins kündigte ein Fest an.",
        # a prize written in capitals is no organization
        "Die Stiftung wurde mit dem ELAN ausgezeichnet. Die ELAN-Preisträger stehen fest.",
        # common nouns after a type noun
        "Das Unternehmen fördert seit Jahren das Miteinander.",
        "Der Netzbetreiber liegt auf Platz 20.",
    ],
)
def test_no_organizations(text: str) -> None:
    assert orgs(text) == []


def test_description_after_a_name_is_no_second_organization() -> None:
    assert orgs("Träger ist Lernen & Leben, das Bildungszentrum des Landes.") == ["Lernen & Leben"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Deutschen", "Deutsche"),
        ("Allgemeinen", "Allgemeine"),
        ("Statistischem", "Statistische"),
        ("Hamburger", "Hamburger"),
    ],
)
def test_nominative_adjective(word: str, expected: str) -> None:
    assert nominative_adjective(word) == expected


@pytest.mark.parametrize(
    ("word", "head", "expected"),
    [
        ("Giroverbandes", "verband", "Giroverband"),
        ("Klinikums", "klinikum", "Klinikum"),
        ("Stiftung", "stiftung", "Stiftung"),
    ],
)
def test_strip_genitive(word: str, head: str, expected: str) -> None:
    assert strip_genitive(word, head) == expected


def test_merge_keeps_fullest_name_at_first_mention() -> None:
    short = OrgName("Europa-Universität", 5, 23, "head")
    full = OrgName("Europa-Universität Viadrina Frankfurt (Oder)", 40, 80, "head")
    acronym = OrgName("NABU", 100, 104, "article_acronym")
    long_with_alias = OrgName("Naturschutzbund Deutschland", 90, 117, "head", {"NABU"})
    merged = merge_names([short, full, acronym, long_with_alias])
    assert [m.name for m in merged] == [
        "Europa-Universität Viadrina Frankfurt (Oder)",
        "Naturschutzbund Deutschland",
    ]
    assert merged[0].start == 40


def test_tokenizer_keeps_name_pieces() -> None:
    toks = [
        t.text
        for t in tokenize("Das E.T.A. Hoffmann-Gymnasium und die Sparkassen- und Giroverbände, St. Josef")
    ]
    assert "E.T.A." in toks and "Sparkassen-" in toks and "St." in toks


def test_spans_point_at_the_evidence() -> None:
    text = "Gestern hat die Universität Tübingen eingeladen."
    (org,) = merge_names([c for c in find_organizations(text) if validate(c, set())])
    assert text[org.start : org.end] == "Universität Tübingen"


@pytest.fixture(scope="module")
def blank_nlp() -> Language:
    return build_pipeline(use_shipped=False)


def test_component_without_model(blank_nlp: Language) -> None:
    doc = blank_nlp("Die Stadt Lindau plant mit der Nordwind Energie GmbH ein Projekt „Grüner Hafen“.")
    names = [o["name"] for o in doc._.pressextract_organizations]
    assert names == ["Stadt Lindau", "Nordwind Energie GmbH"]
    assert all(
        o["found_by"].startswith("pressextract_organizations:") for o in doc._.pressextract_organizations
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vorn liegt die Technische Hochschule Lübeck. Die THL freut sich.",
            ["Technische Hochschule Lübeck"],
        ),
        # a compound with an organization head gives two letters
        ("Das Universitätsklinikum Kassel steigt auf. Das UKK investiert.", ["Universitätsklinikum Kassel"]),
    ],
)
def test_short_form_that_spells_a_name_joins_it(blank_nlp: Language, text: str, expected: list[str]) -> None:
    doc = blank_nlp(text)
    assert [o["name"] for o in doc._.pressextract_organizations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names listed with a known company are companies
        (
            "Kunden sind unter anderem Corvanto, Nordwind Energie GmbH, Meltrix und Zalpo.",
            ["Corvanto", "Nordwind Energie GmbH", "Meltrix", "Zalpo"],
        ),
        # kinds of bodies, given names and lists without a known organization stay out
        (
            "Mitglieder sind Volksbank Albtal eG, Schützenverein, Musikverein und Feuerwehr.",
            ["Volksbank Albtal eG"],
        ),
        ("Es sprachen Anna Berg, Lukas Kuhn und Meyer Bau GmbH.", ["Meyer Bau GmbH"]),
        ("Vorn liegen Corvanto, Meltrix und Zalpo.", []),
    ],
)
def test_names_listed_with_organizations(blank_nlp: Language, text: str, expected: list[str]) -> None:
    doc = blank_nlp(text)
    assert [o["name"] for o in doc._.pressextract_organizations] == expected


def test_project_names_are_no_organizations(blank_nlp: Language) -> None:
    doc = blank_nlp("Die Stadt fördert die Initiative „Stiftung Lesefreude“ mit 5000 Euro.")
    assert [p["name"] for p in doc._.pressextract_projects] == ["Stiftung Lesefreude"]
    assert doc._.pressextract_organizations == []


@pytest.mark.skipif(shipped_model_path() is None, reason="needs the shipped NER model")
def test_with_model_finds_unmarked_companies() -> None:
    nlp = build_pipeline()
    doc = nlp("Die Siemens AG und die Deutsche Bahn unterzeichneten einen Vertrag mit der Telekom.")
    names = [o["name"] for o in doc._.pressextract_organizations]
    assert "Siemens AG" in names
    assert any("Bahn" in n for n in names)


@pytest.mark.parametrize(
    "words",
    [
        ["Kiel", "|"],
        ["DAVID", "2022"],
        ["Stadtkrankenhaus", "Platz", "53"],
        ["Innovationspreis", "Mittelstand", "2024"],
        # a prize named with its own words
        ["Großen", "Preis", "des", "Handwerks"],
        # events and prizes in the plural or genitive
        ["Norddeutschen", "Meisterschaften"],
        ["Bayerischen", "Musikpreises"],
        ["Internationale", "Handwerks-Summit"],
        # awarded titles, road and plane codes
        ["Beste", "Bank", "der", "Region"],
        ["Top", "Arbeitgeber", "Mittelstand"],
        ["A320"],
    ],
)
def test_model_org_slips_are_rejected(words: list[str]) -> None:
    from pressextract.components.organizations import ner_name_is_plausible

    name = " ".join(words)
    assert not ner_name_is_plausible(name, 0, len(name), words)


def test_model_entity_cutting_into_a_rule_name_is_dropped(extractor) -> None:
    text = (
        "Das Ministerium für Wirtschaft und Verkehr des Landes Brandenburg startet ein Förderprogramm "
        "für kleine Betriebe."
    )
    names = [o.name for o in extractor.extract(text).organizations]
    assert all(not name.startswith("Verkehr") for name in names)
    assert any(name.startswith("Ministerium für Wirtschaft und Verkehr") for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's body whose name is made of common nouns, which the head rules leave alone
        ("„Gut so“, sagte Anna Beck, Geschäftsführerin der Stiftung Lesen.", ["Stiftung Lesen"]),
        (
            "Dr. Eva Roth, Vorständin der Stiftung Zukunft Bildung, lobt das Ergebnis: „Ein Signal.“",
            ["Stiftung Zukunft Bildung"],
        ),
        # a genitive head with a name after it, in the nominative
        ("„Gut so“, sagte Tim Berg, Präsident des Gemeindetags Sachsen.", ["Gemeindetag Sachsen"]),
        # a place is no body, and without a speaker such words stay no name
        ("„Gut so“, sagte Ulf Kröger, Bürgermeister von Kiel.", []),
        ("Sie weiß, dass die Stiftung Projekte fördert.", []),
    ],
)
def test_organizations_of_speakers(blank_nlp: Language, text: str, expected: list[str]) -> None:
    doc = blank_nlp(text)
    assert [o["name"] for o in doc._.pressextract_organizations] == expected


def _doc_with_entities(text: str, entities: list[tuple[str, str]]) -> Doc:
    """A blank-pipeline doc whose entities are set by hand: (surface text, label), found in order."""
    doc = spacy.blank("de")(text)
    spans, offset = [], 0
    for surface, label in entities:
        start = text.index(surface, offset)
        offset = start + len(surface)
        span = doc.char_span(start, offset, label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # a role before the entity, or a person it is listed with, shows a person
        (
            "Karlsfeld-Trainer Ugo Almer rechnet sich Chancen aus.",
            [("Ugo Almer", "ORG")],
            [],
        ),
        (
            "Auf dem zweiten Platz landeten Lea Brandt und Sina Zorn.",
            [("Lea Brandt", "PER"), ("Sina Zorn", "ORG")],
            [],
        ),
        # a role that companies hold too, or a short form, keeps the organization
        (
            "Gebaut hat es der Generalunternehmer Holtkamp Bau.",
            [("Holtkamp Bau", "ORG")],
            ["Holtkamp Bau"],
        ),
        ("Das Festival organisiert der Veranstalter Nordlicht Events.", [("Nordlicht Events", "ORG")],
         ["Nordlicht Events"]),
        ("(Jana Ostermann, VKBD)", [("Jana Ostermann", "PER"), ("VKBD", "ORG")], ["VKBD"]),
        ("(Jana Ostermann, DVkB)", [("Jana Ostermann", "PER"), ("DVkB", "ORG")], ["DVkB"]),
        # an entity that runs into the sentence is cut back to the name
        ("Dazu zählt Nordsee Reisen inklusive Seabird Cruises.", [("inklusive Seabird Cruises", "ORG")],
         ["Seabird Cruises"]),
        ("Talmarkt ist Marktführer im Norden", [("Talmarkt ist Marktführer", "ORG")], ["Talmarkt"]),
        ("Platz 5: Nordtel, das seit Jahren wächst.", [("Nordtel, das seit", "ORG")],
         ["Nordtel"]),
        ("Im Auftrag der Stiftung Gute Arbeit und der Zeitung.", [("Stiftung Gute Arbeit und der", "ORG")],
         ["Stiftung Gute Arbeit"]),
        ("Spenden gingen an Agua con Vida.", [("Agua con Vida", "ORG")], ["Agua con Vida"]),
        # a placement read into the name is cut off
        ("Damit belegt die Leibniz Allianz Platz 2.", [("Leibniz Allianz Platz", "ORG")], ["Leibniz Allianz"]),
        # a short form in brackets after a name or term is no entry of its own; after a
        # person or a number it is
        ("Der Test der Stadtwerke Talheim (SWT) fiel gut aus.", [("SWT", "ORG")], []),
        ("Das meldet der Fachhandel (FHV) jedes Jahr.", [("FHV", "ORG")], []),
        ("„Gut so“, sagte Lisa Maier (VKBD).", [("Lisa Maier", "PER"), ("VKBD", "ORG")], ["VKBD"]),
        ("Die Wartezeit betrug 48 (Nordfunk) und 52 Sekunden.", [("Nordfunk", "ORG")], ["Nordfunk"]),
        # a one-word entity read as a place elsewhere, or after "aus"/"in"
        ("Die Firma sitzt in Talheim. Talheim wächst.", [("Talheim", "LOC"), ("Talheim", "ORG")], []),
        ("Die Siegerin kommt aus Talheim.", [("Talheim", "ORG")], []),
        # firms joined by "&"; topics joined by "&" are no firm
        ("Vorn liegen Brandt & Söhne und Keller.", [("Brandt & Söhne", "ORG")], ["Brandt & Söhne"]),
        ("In der Rubrik Entwicklungen & Neuheiten steht er oben.", [("Entwicklungen & Neuheiten", "ORG")], []),
        ("Die Felder „Steuern & digitale Dienste“ fehlen.", [("Steuern & digitale Dienste", "ORG")], []),
        # a sentence's final stop and a quoted title glued to the entity are cut off
        ("Gebaut wird es von der Lausitzer Speicherbau GmbH.", [("Lausitzer Speicherbau GmbH.", "ORG")],
         ["Lausitzer Speicherbau GmbH"]),
        (
            "Platz drei ging an die Goethe-Schule Zwickau für „Wasser im Tal“.",
            [("Goethe-Schule Zwickau für „Wasser im Tal", "ORG")],
            ["Goethe-Schule Zwickau"],
        ),
        # a person's role after "und" ends the name
        (
            "Er ist Präsident des Nordbank-Verbands und Vorsitzender des Vorstandes.",
            [("Nordbank-Verbands und Vorsitzender des Vorstandes", "ORG")],
            ["Nordbank-Verband"],
        ),
        # two bodies the model read as one
        (
            "Es laden das Landesministerium für Kultur und Stiftung Lesewelt ein.",
            [("Landesministerium für Kultur und Stiftung Lesewelt", "ORG")],
            ["Landesministerium für Kultur", "Stiftung Lesewelt"],
        ),
        # a registered association keeps its dot
        ("Es lädt der Förderkreis Lesen e.V.", [("Förderkreis Lesen e.V.", "ORG")], ["Förderkreis Lesen e.V."]),
    ],
)
def test_model_entities_are_cleaned(text: str, entities: list[tuple[str, str]], expected: list[str]) -> None:
    doc = _doc_with_entities(text, entities)
    assert [c.name for c in ner_candidates(doc)] == expected


def test_model_entity_takes_its_short_form_in_brackets() -> None:
    text = "Die Deutsche Gesellschaft für Robotik (DGR) fördert das Projekt. Die DGR gibt 2 Millionen Euro."
    doc = _doc_with_entities(text, [("Deutsche Gesellschaft für Robotik", "ORG"), ("DGR", "ORG")])
    assert [c.name for c in merge_names(ner_candidates(doc))] == ["Deutsche Gesellschaft für Robotik"]
