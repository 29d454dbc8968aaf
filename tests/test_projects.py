from __future__ import annotations

import pytest
from spacy.language import Language

from pressextract.components.projects import cue_of, find_project_candidates
from pressextract.pipeline import build_pipeline


def names(text: str) -> list[str]:
    out: list[str] = []
    for cand in find_project_candidates(text):
        if cand.name not in out:
            out.append(cand.name)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoted names after a cue noun, compounds and inflections included
        ("Die Gemeinde beteiligt sich am Projekt „Grüne Höfe“ des Landes.", ["Grüne Höfe"]),
        ("Das Landesprogramm „Schule macht Zukunft“ startet im Herbst.", ["Schule macht Zukunft"]),
        ("Die Gewinner des Förderprogramms »Digitale Dörfer« stehen fest.", ["Digitale Dörfer"]),
        ('Mit der Kampagne "Sicher zur Schule" wirbt die Polizei um Rücksicht.', ["Sicher zur Schule"]),
        ("Unter dem Dach der Initiative ‚Lesen verbindet‘ entstehen neue Angebote.", ["Lesen verbindet"]),
        # single guillemets, the inner marks of a »…« quote
        ("»Wir setzen das Projekt ›Klinik 2030‹ fort«, sagte die Leiterin.", ["Klinik 2030"]),
        ("Die Aktion „Saubere Stadt“ geht in die dritte Runde.", ["Saubere Stadt"]),
        # lists of quoted names after the cue
        (
            "Bekannt wurde die Stadt durch Projekte wie „Grüne Welle“, „Offene Daten“ und „Bürgerportal“.",
            ["Grüne Welle", "Offene Daten", "Bürgerportal"],
        ),
        (
            "Zu den Vorhaben zählen die Projekte „Klimawald“ sowie „Blühstreifen“.",
            ["Klimawald", "Blühstreifen"],
        ),
        # list items that carry their owner, in parentheses or in the genitive
        (
            "Gefördert werden die Projekte „Lesepaten“ (Kiel), „Klangwerkstatt“ (Husum) und „Dorfladen“ (Eutin).",
            ["Lesepaten", "Klangwerkstatt", "Dorfladen"],
        ),
        (
            "Geehrt wurden die Projekte „Schulgarten“ der Lindenschule Au, „Offene Bühne“ des Kulturvereins Tal "
            "und „Wir bauen ein Baumhaus“ der Grundschule Berg.",
            ["Schulgarten", "Offene Bühne", "Wir bauen ein Baumhaus"],
        ),
        # quoted names listed after one that starts with its cue noun
        (
            "Preise gingen an die „Initiative Lesefreunde“ (Ulm), „Kunst für alle“ (Aalen) und „Lichtblick“.",
            ["Initiative Lesefreunde", "Kunst für alle", "Lichtblick"],
        ),
        # a campaign slogan may exclaim or ask
        ("Die Kampagne „Ausbildung jetzt!“ richtet sich an Betriebe.", ["Ausbildung jetzt!"]),
        (
            "Mit der Kampagne „Mitmachen, Leute! Eure Stadt braucht euch“ wirbt die Stadt.",
            ["Mitmachen, Leute! Eure Stadt braucht euch"],
        ),
        ('Kern der Initiative "Wer hilft wem?" ist ein Online-Portal.', ["Wer hilft wem?"]),
        # hashtags as campaign names, after a cue or quoted
        ("Der Kreis wirbt mit der Kampagne #WirSindDabei um Helfer.", ["#WirSindDabei"]),
        ("Der Spendenlauf „#laufenfuerkinder“ brachte 3000 Euro.", ["#laufenfuerkinder"]),
        # a quoted name joined to its cue by a hyphen; a quoted compound ending in a cue noun
        ("Die „Lichtblick“-Aktion sammelt Spenden für Familien.", ["Lichtblick"]),
        ('Zum Abschluss des "Stadtgrün"-Projekts pflanzten Schüler Bäume.', ["Stadtgrün"]),
        ("Der Kreis startet die „Nachbarschaft-Kampagne“ im Mai.", ["Nachbarschaft-Kampagne"]),
        # a name before a bare cue noun, after a determiner
        ("Die Reederei setzt auf das Blue Horizon Konzept.", ["Blue Horizon"]),
        ("Mit dem neuen Smart Harbour Projekt will die Stadt Staus vermeiden.", ["Smart Harbour"]),
        # an event series named in quotes
        ("Zum Auftakt der Reihe „Wissen am Abend“ kamen 80 Gäste.", ["Wissen am Abend"]),
        ("Die Veranstaltungsreihe „Zukunft Handwerk!“ geht weiter.", ["Zukunft Handwerk!"]),
        # a possessive in the genitive or dative before the cue
        ("Die Polizei wirbt mit ihrer Aktion KLAR für sicheres Fahren.", ["KLAR"]),
        # "namens" introduces a name
        ("Der Kreis startet eine Lern-App namens „Wissensfuchs“ für Grundschulen.", ["Wissensfuchs"]),
        # a quoted name that starts with its own cue noun
        ("Das Land setzt auf sein ‚Bündnis für Wohnen‘ und lädt zum Gespräch.", ["Bündnis für Wohnen"]),
        # unquoted names after a cue noun with a determiner
        ("Das Land fördert mit dem Programm WOHNEN 2030 III neue Quartiere.", ["WOHNEN 2030 III"]),
        (
            "Sie gewannen mit ihrem Projekt Solarboot aus Recyclingplastik, das überzeugte.",
            ["Solarboot aus Recyclingplastik"],
        ),
        ("Ausgezeichnet wurde das Team für sein Projekt Smarte Bienenwaage.", ["Smarte Bienenwaage"]),
        # a name that ends in a number, before an adverbial of the clause
        ("Der Kreis beteiligt sich mit dem Programm Ehrenamt 2025 an der Förderung.", ["Ehrenamt 2025"]),
        # a long compound naming one funding scheme
        (
            "Die Mittel stammen aus dem Digitalisierungsinvestitionsfonds des Landes.",
            ["Digitalisierungsinvestitionsfonds"],
        ),
        (
            "Gefördert wird der Umbau durch das Schwimmbadsanierungsprogramm.",
            ["Schwimmbadsanierungsprogramm"],
        ),
        # shorter scheme compounds, of any gender, with a definite article
        ("Gefördert wird das Vorhaben aus dem Klimaanpassungsfonds.", ["Klimaanpassungsfonds"]),
        ("Die Universität profitiert von der Spitzenforschungsinitiative.", ["Spitzenforschungsinitiative"]),
        ("Mit dem Ganztagsschulpakt entstehen neue Mensen.", ["Ganztagsschulpakt"]),
        # adjectives or a year between the article and the compound
        ("Was folgt auf den 2027 auslaufenden Ganztagsschulpakt?", ["Ganztagsschulpakt"]),
    ],
)
def test_projects_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # generic uses of the cue nouns
        "Das Projekt wird mit knapp zwei Millionen Euro gefördert.",
        "Mit diesem Programm sollen Netzwerke entstehen.",
        "Durch diese Präventionsprogramme wurden viele Menschen erreicht.",
        "Neben einem umfangreichen Seminarprogramm gab es Vorträge.",
        "Wir starten das Projekt Ende März.",
        "Das Land will das Programm Ende 2025 auslaufen lassen.",
        "Das Förderprogramm wird verlängert.",
        # a place adjective or common nouns before the cue name no project
        "Das Lübecker Projekt wurde gelobt.",
        "Sie stellten das Bildung Konzept nicht vor.",
        # product series and generic uses of "Reihe"
        "Die Baureihe „Atlas“ wird nicht mehr gebaut.",
        "Eine Reihe von Schulen macht mit.",
        # a quoted kind of project with a plural cue is no name
        "Die Schüler nahmen an verschiedenen ‚Open-Space‘-Programmen teil.",
        # compounds that only say what kind of scheme or body it is
        "Die Bürgerinitiative sammelt Unterschriften.",
        "Das Ferienprogramm der Stadt beginnt im Juli.",
        "Die Bundesinitiative startet im Mai.",
        "Eine Werbeinitiative soll helfen.",
        "Das Klinikum bietet das Programm Fit im Job für alle Beschäftigten an.",
        # not a cue noun: Reaktion, Fraktion, Redaktion
        "Die Fraktion „Neue Mitte“ stellte einen Antrag.",
        "Die Reaktion „Endlich!“ kam prompt.",
        # category, motto and titles are no projects
        "In der Kategorie „Operative Projekte“ gewann die Stiftung.",
        "Unter dem Motto „Frag nicht mich“ meldeten sich viele an.",
        # speech after a cue noun is no name
        "Die Initiative „Wir machen weiter. Jetzt erst recht.“ sagte der Sprecher.",
        # speech that starts with a cue noun
        "„Initiative zeigen lohnt sich“, sagte die Rektorin.",
        # a staged competition is a ranking, not a project
        "Die Landessieger im Schülerwettbewerb „Forschen macht Spaß“ stehen fest.",
        "Die Gewinner des 12. Schülerwettbewerbs „Technik live“ wurden geehrt.",
        # a competition named after the title it awards is no project
        "Der Wettbewerb „Großer Preis der Handwerker“ ist ausgeschrieben.",
        "Bewerben können sich Firmen beim Wettbewerb „Familienfreundlicher Betrieb“.",
        "Sie siegte im Wettbewerb „Beste Ausbilder Pflege“.",
        # an organization whose short form spells the cue noun is no project
        "Die Studie der Initiative Gute Digitale Verwaltung (IGDV) erscheint jährlich.",
        # a company is no project
        "Das Projekt „Stadtwerke Nord GmbH“ wurde gegründet.",
        # a plural generic compound is no scheme name
        "Die beiden Häuser setzen verschiedene Digitalisierungsprojekte um.",
    ],
)
def test_no_projects(text: str) -> None:
    assert names(text) == []


def test_competition_without_stages_is_a_project() -> None:
    text = "Beim Schulwettbewerb „Ideen fürs Klima“ können Klassen bis Juli Vorschläge einreichen."
    assert names(text) == ["Ideen fürs Klima"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Förderprogramms", ("programm", False)),
        ("Projekte", ("projekt", True)),
        ("Modellprojekten", ("projekt", True)),
        ("Initiative", ("initiative", False)),
        ("Fraktion", None),
        ("Redaktion", None),
        ("Rahmenprogramm", None),
        ("Bürgermeister", None),
    ],
)
def test_cue_of(word: str, expected: tuple[str, bool] | None) -> None:
    assert cue_of(word) == expected


def test_spans_point_at_the_name() -> None:
    text = "Die Stadt startet das Projekt „Kreuzung frei“."
    (cand,) = find_project_candidates(text)
    assert text[cand.start : cand.end] == "Kreuzung frei"


@pytest.fixture(scope="module")
def blank_nlp() -> Language:
    return build_pipeline(use_shipped=False)


def test_component_dedupes_names(blank_nlp: Language) -> None:
    text = "Die Aktion „Tausend Bänke“ läuft. Das Programm „Tausend Bänke“ wird verlängert."
    doc = blank_nlp(text)
    found = doc._.pressextract_projects
    assert [p["name"] for p in found] == ["Tausend Bänke"]
    assert found[0]["found_by"].startswith("pressextract_projects:")
