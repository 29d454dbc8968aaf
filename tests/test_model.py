"""Tests for the shipped German model models/de_pressextract_ner (issues 7 and 11).

The model is trained by scripts/train_model.sh (NER) and scripts/train_tagger.sh (tagger, POS,
lemmatizer; the NER is sourced unchanged); these tests check that the shipped directory loads with
plain spaCy, tags and lemmatizes plain German and finds obvious persons, places and organisations.
Every sentence was written for this test.
"""
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "de_pressextract_ner"

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "meta.json").exists(),
    reason=f"model not found at {MODEL_DIR} (train it with scripts/train_model.sh and scripts/train_tagger.sh)",
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

# (sentence, word, STTS tag, UPOS, lemma): the word's first occurrence in the sentence.
TAGGED = [
    ("Die Stadtwerke haben im Mai drei neue Elektrobusse bestellt.", "Stadtwerke", "NN", "NOUN", "Stadtwerk"),
    ("Die Stadtwerke haben im Mai drei neue Elektrobusse bestellt.", "haben", "VAFIN", "AUX", "haben"),
    ("Die Stadtwerke haben im Mai drei neue Elektrobusse bestellt.", "drei", "CARD", "NUM", "drei"),
    ("Die Stadtwerke haben im Mai drei neue Elektrobusse bestellt.", "neue", "ADJA", "ADJ", "neu"),
    ("Die Stadtwerke haben im Mai drei neue Elektrobusse bestellt.", "bestellt", "VVPP", "VERB", "bestellen"),
    ("Die Stadtwerke haben im Mai drei neue Elektrobusse bestellt.", "Die", "ART", "DET", "der"),
    ("Nach dem Umbau öffnete das Museum gestern wieder seine Türen.", "öffnete", "VVFIN", "VERB", "öffnen"),
    ("Nach dem Umbau öffnete das Museum gestern wieder seine Türen.", "Nach", "APPR", "ADP", "nach"),
    ("Nach dem Umbau öffnete das Museum gestern wieder seine Türen.", "gestern", "ADV", "ADV", "gestern"),
    ("Nach dem Umbau öffnete das Museum gestern wieder seine Türen.", "seine", "PPOSAT", "DET", "sein"),
    ("Nach dem Umbau öffnete das Museum gestern wieder seine Türen.", "Türen", "NN", "NOUN", "Tür"),
    ("Wir konnten die Kosten deutlich senken, erklärte die Geschäftsführerin.", "Wir", "PPER", "PRON", "wir"),
    ("Wir konnten die Kosten deutlich senken, erklärte die Geschäftsführerin.", "konnten", "VMFIN", "AUX", "können"),
    ("Wir konnten die Kosten deutlich senken, erklärte die Geschäftsführerin.", "senken", "VVINF", "VERB", "senken"),
    ("Wir konnten die Kosten deutlich senken, erklärte die Geschäftsführerin.", ",", "$,", "PUNCT", ","),
    ("Wir konnten die Kosten deutlich senken, erklärte die Geschäftsführerin.", "erklärte", "VVFIN", "VERB", "erklären"),
    ("Ab Januar gilt für alle Schulen der Stadt ein neuer Lehrplan.", "gilt", "VVFIN", "VERB", "gelten"),
    ("Ab Januar gilt für alle Schulen der Stadt ein neuer Lehrplan.", "Schulen", "NN", "NOUN", "Schule"),
    ("Ab Januar gilt für alle Schulen der Stadt ein neuer Lehrplan.", "neuer", "ADJA", "ADJ", "neu"),
    ("Der Verein wurde 1998 gegründet und zählt heute mehr als 400 Mitglieder.", "wurde", "VAFIN", "AUX", "werden"),
    ("Der Verein wurde 1998 gegründet und zählt heute mehr als 400 Mitglieder.", "gegründet", "VVPP", "VERB", "gründen"),
    ("Der Verein wurde 1998 gegründet und zählt heute mehr als 400 Mitglieder.", "zählt", "VVFIN", "VERB", "zählen"),
    ("Der Verein wurde 1998 gegründet und zählt heute mehr als 400 Mitglieder.", "Mitglieder", "NN", "NOUN", "Mitglied"),
    ("Der Verein wurde 1998 gegründet und zählt heute mehr als 400 Mitglieder.", "und", "KON", "CCONJ", "und"),
    ("Am Freitag sprach die Ministerin über die Zukunft des ländlichen Raums.", "sprach", "VVFIN", "VERB", "sprechen"),
    ("Am Freitag sprach die Ministerin über die Zukunft des ländlichen Raums.", "ländlichen", "ADJA", "ADJ", "ländlich"),
    ("Am Freitag sprach die Ministerin über die Zukunft des ländlichen Raums.", "Raums", "NN", "NOUN", "Raum"),
    ("Am Freitag sprach die Ministerin über die Zukunft des ländlichen Raums.", "Am", "APPRART", "ADP", "an"),
    ("Sie hat sich über die Auszeichnung sehr gefreut.", "sich", "PRF", "PRON", "sich"),
    ("Sie hat sich über die Auszeichnung sehr gefreut.", "gefreut", "VVPP", "VERB", "freuen"),
    ("Sie hat sich über die Auszeichnung sehr gefreut.", "sehr", "ADV", "ADV", "sehr"),
    ("Das Projekt soll im kommenden Jahr abgeschlossen werden, weil die Mittel bereitstehen.", "weil", "KOUS", "SCONJ", "weil"),
    ("Das Projekt soll im kommenden Jahr abgeschlossen werden, weil die Mittel bereitstehen.", "soll", "VMFIN", "AUX", "sollen"),
    ("Das Projekt soll im kommenden Jahr abgeschlossen werden, weil die Mittel bereitstehen.", "werden", "VAINF", "AUX", "werden"),
    ("Der Landkreis stellt den Familien mehr Betreuungsplätze zur Verfügung.", "Familien", "NN", "NOUN", "Familie"),
    ("Der Landkreis stellt den Familien mehr Betreuungsplätze zur Verfügung.", "stellt", "VVFIN", "VERB", "stellen"),
    # separable particles: ADP where the particle is also a preposition, ADV otherwise (as GSD)
    ("Die Prüfer stellten keine Mängel fest.", "fest", "PTKVZ", "ADV", "fest"),
    ("Die Prüfer stellten keine Mängel fest.", "Mängel", "NN", "NOUN", "Mangel"),
    ("Die Prüfer stellten keine Mängel fest.", "keine", "PIAT", "DET", "kein"),
    ("Der Rat stimmte dem Antrag nach langer Debatte zu.", "zu", "PTKVZ", "ADP", "zu"),
    ("Der Rat stimmte dem Antrag nach langer Debatte zu.", "dem", "ART", "DET", "der"),
    # pronouns lemmatized to the nominative, sentence-initial capitals undone, acronyms kept
    ("Uns hat das Ergebnis überrascht.", "Uns", "PPER", "PRON", "wir"),
    ("Alle Teilnehmer erhielten eine Urkunde.", "Alle", "PIAT", "DET", "alle"),
    ("Die Fraktion der SPD lehnte den Vorschlag ab.", "SPD", "NE", "PROPN", "SPD"),
    ("Die Fraktion der SPD lehnte den Vorschlag ab.", "ab", "PTKVZ", "ADP", "ab"),
    pytest.param("Die Gemeinde hat drei Kindergärten.", "hat", "VAFIN", "VERB", "haben",
                 marks=pytest.mark.xfail(reason="'haben' as a full verb: UD's VERB is not learnt, "
                                                "the model says AUX as for the auxiliary", strict=False)),
    # sentence starts inside running text: after a full stop and after line breaks
    ("Die Stadt baut. Wir freuen uns darüber.", "Wir", "PPER", "PRON", "wir"),
    ("Die Stadt baut. Sieben Firmen bewerben sich.", "Sieben", "CARD", "NUM", "sieben"),
    ("Die Stadt baut.\nDer Rat stimmt zu.", "Der", "ART", "DET", "der"),
    ("Die Stadt baut.\n\nDer Rat stimmt zu.", "Der", "ART", "DET", "der"),
    ("Der Bau beginnt im Mai.\n\nEs entstehen vierzig Wohnungen.", "Es", "PPER", "PRON", "es"),
]

PLACES = [
    ("Das Unternehmen eröffnet im Herbst einen neuen Standort in Hamburg.", "Hamburg"),
    ("Die Delegation reiste anschließend nach Dresden weiter.", "Dresden"),
]


def test_meta(nlp):
    assert nlp.meta["name"] == "de_pressextract_ner"
    assert nlp.lang == "de"
    assert {"tagger", "morphologizer", "trainable_lemmatizer", "ner"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "OTH"}
    names = " ".join(s.get("name", "") for s in nlp.meta.get("sources", []))
    assert "GermEval" in names and "UD German GSD" in names


@pytest.mark.parametrize("text,person", PERSONS)
def test_finds_person(nlp, text, person):
    assert (person, "PER") in ents(nlp, text)


@pytest.mark.parametrize("text,org", ORGS)
def test_finds_organisation(nlp, text, org):
    assert (org, "ORG") in ents(nlp, text)


@pytest.mark.parametrize("text,place", PLACES)
def test_location(nlp, text, place):
    assert (place, "LOC") in ents(nlp, text)


@pytest.mark.parametrize("text,word,tag,pos,lemma", TAGGED)
def test_tag_pos_lemma(nlp, text, word, tag, pos, lemma):
    tok = next(t for t in nlp(text) if t.text == word)
    assert (tok.tag_, tok.pos_, tok.lemma_) == (tag, pos, lemma)


def test_whitespace_tokens(nlp):
    doc = nlp("Die Stadt baut.\n\nDer Rat stimmt zu.")
    spaces = [t for t in doc if t.is_space]
    assert spaces and all((t.tag_, t.pos_) == ("_SP", "SPACE") for t in spaces)


def test_every_token_annotated(nlp):
    doc = nlp("Im vergangenen Jahr stieg der Umsatz um zwölf Prozent auf 3,4 Millionen Euro.")
    assert doc.has_annotation("TAG") and doc.has_annotation("POS") and doc.has_annotation("LEMMA")
    assert all(t.lemma_ for t in doc)
