"""Smoke tests for the shipped NER model models/de_pressextract_ner (issue 7).

The model is trained by scripts/train_model.sh; these tests only check that the
shipped directory loads with plain spaCy and finds obvious persons and
organisations in press-release style German sentences (written for this test).
"""
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "de_pressextract_ner"

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "meta.json").exists(),
    reason=f"NER model not found at {MODEL_DIR} (train it with scripts/train_model.sh)",
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_DIR)


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


PERSONS = [
    ("Oberbürgermeisterin Maria Schneider eröffnete am Montag das neue Rathaus.", "Maria Schneider"),
    ("Der Vorstandsvorsitzende Thomas Müller stellte die Quartalszahlen vor.", "Thomas Müller"),
    ("„Wir sind sehr zufrieden“, sagte Geschäftsführerin Anna Weber bei der Vorstellung.", "Anna Weber"),
    ("Landrat Peter Hoffmann begrüßte die Gäste im Kreishaus.", "Peter Hoffmann"),
    ("Die Polizei sucht Zeugen, teilte Pressesprecher Jürgen Becker mit.", "Jürgen Becker"),
]

ORGS = [
    ("Die Deutsche Bahn AG teilte am Dienstag mit, dass der Fahrplan geändert wird.", "Deutsche Bahn AG"),
    ("Der Vorstand der Siemens AG hat am Freitag den Geschäftsbericht veröffentlicht.", "Siemens AG"),
    ("Die Bundesagentur für Arbeit meldet einen Rückgang der Arbeitslosigkeit.", "Bundesagentur für Arbeit"),
    ("Nach Angaben des Deutschen Roten Kreuzes wurden zwölf Menschen versorgt.", "Deutschen Roten Kreuzes"),
]


def test_meta(nlp):
    assert nlp.meta["name"] == "de_pressextract_ner"
    assert nlp.lang == "de"
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "OTH"}
    assert any("GermEval" in s.get("name", "") for s in nlp.meta.get("sources", []))


@pytest.mark.parametrize("text,person", PERSONS)
def test_finds_person(nlp, text, person):
    assert (person, "PER") in ents(nlp, text)


@pytest.mark.parametrize("text,org", ORGS)
def test_finds_organisation(nlp, text, org):
    assert (org, "ORG") in ents(nlp, text)


def test_location(nlp):
    found = ents(nlp, "Das Unternehmen eröffnet im Herbst einen neuen Standort in Hamburg.")
    assert ("Hamburg", "LOC") in found
