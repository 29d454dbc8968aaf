"""Entity keys (pressextract.keys): one normal form per body in a release, and nothing merged
that the release does not itself say is the same. Names are invented or well-known public bodies."""

from __future__ import annotations

import pytest

from pressextract.keys import ReleaseKeys, assign_keys, clean_name
from pressextract.records import OrganizationMention, PressRelease, Ranking, Speaker

# (release text, the names the extraction gave, name asked about, expected key)
KEY_TABLE = [
    # official titles go only where the release also uses the bare name
    ("Die Hansestadt Felsburg liegt vorn. In Felsburg freut man sich.", ["Hansestadt Felsburg"], "Hansestadt Felsburg", "Felsburg"),
    ("Die Hansestadt Felsburg liegt vorn. Der Rat tagt morgen.", ["Hansestadt Felsburg"], "Hansestadt Felsburg", "Hansestadt Felsburg"),
    ("Die Stadt Gerwald ist Erste, vor Lindau. Gerwald hatte 2023 Platz 3.", ["Stadt Gerwald", "Gerwald"], "Stadt Gerwald", "Gerwald"),
    ("Die Landeshauptstadt Ostwig belegt Rang 2.", ["Landeshauptstadt Ostwig", "Ostwig"], "Landeshauptstadt Ostwig", "Ostwig"),
    ("Die Universitätsstadt Tannfeld gewinnt. Tannfeld liegt vorn.", ["Universitätsstadt Tannfeld"], "Universitätsstadt Tannfeld", "Tannfeld"),
    ("Die Freie und Hansestadt Hamburg wirbt. Hamburg wächst.", ["Freie und Hansestadt Hamburg"], "Freie und Hansestadt Hamburg", "Hamburg"),
    # the bare place inside a longer name is not a bare use: the university is another body
    ("Die Stadt Gerwald und die Universität Gerwald werben.", ["Stadt Gerwald"], "Stadt Gerwald", "Stadt Gerwald"),
    # a title the list leaves out on purpose: the district is not the town
    ("Der Landkreis Mühlbach und Mühlbach selbst liegen vorn.", ["Landkreis Mühlbach", "Mühlbach"], "Landkreis Mühlbach", "Landkreis Mühlbach"),
    # genitive -s goes where the release also writes the bare name
    ("Felsburgs Verwaltung liegt vorn. Felsburg ist Erster.", ["Felsburgs"], "Felsburgs", "Felsburg"),
    ("Die Verwaltung Felsburgs liegt vorn. In Felsburg jubelt man.", ["Felsburgs", "Felsburg"], "Felsburgs", "Felsburg"),
    # names that end in s keep it: nothing in the release says otherwise
    ("Paris liegt vor Lindau.", ["Paris"], "Paris", "Paris"),
    ("Die Stadt Aldens gewinnt den Preis.", ["Aldens"], "Aldens", "Aldens"),
    ("Klaus' Bäckerei liegt vorn.", ["Klaus'"], "Klaus'", "Klaus"),
    # inflected adjectives: the nominative among the release's forms
    ("Die Deutsche Forschungsgemeinschaft fördert. Bei der Deutschen Forschungsgemeinschaft ...",
     ["Deutschen Forschungsgemeinschaft", "Deutsche Forschungsgemeinschaft"], "Deutschen Forschungsgemeinschaft", "Deutsche Forschungsgemeinschaft"),
    ("Der Deutsche Wetterdienst warnt. Laut des Deutschen Wetterdienstes ...",
     ["Deutschen Wetterdienstes", "Deutscher Wetterdienst"], "Deutschen Wetterdienstes", "Deutscher Wetterdienst"),
    # an article in front of the name goes
    ("Die Nordwerk AG wächst.", ["die Nordwerk AG"], "die Nordwerk AG", "Nordwerk AG"),
    # short forms the release introduces join their full name
    ("Die Mittel kommen von der Deutschen Forschungsgemeinschaft (DFG). Die DFG prüft.", ["DFG"], "DFG", "Deutsche Forschungsgemeinschaft"),
    ("Das Bundesministerium für Bildung und Forschung (BMBF) fördert. Das BMBF zahlt.", ["BMBF", "Bundesministerium für Bildung und Forschung"], "BMBF", "Bundesministerium für Bildung und Forschung"),
    ("Der Verband Kommunaler Wasserwerke (VKW) lobt. Der VKW ehrt.", ["VKW", "Verband Kommunaler Wasserwerke"], "VKW", "Verband Kommunaler Wasserwerke"),
    ("Laut des Deutschen Wetterdienstes (DWD) regnet es. Der DWD warnt.", ["DWD"], "DWD", "Deutscher Wetterdienst"),
    ("Die Deutsche Forschungsgemeinschaft (DFG) fördert.", ["Deutsche Forschungsgemeinschaft (DFG)"], "Deutsche Forschungsgemeinschaft (DFG)", "Deutsche Forschungsgemeinschaft"),
    # the full name starts after the sentence before it, not with that sentence's last word
    ("Das zeigt der Bericht. Bundesagentur für Arbeit (BA) und BA-Chefin loben ihn. Die BA prüft.", ["BA"], "BA", "Bundesagentur für Arbeit"),
    # a short form without its full name in this release stays as it is: no guessing
    ("Die DFG fördert das Projekt.", ["DFG"], "DFG", "DFG"),
    # brackets that are no short form
    ("Die Nordwerk AG (Note 1,9) liegt vorn.", ["Nordwerk AG"], "Nordwerk AG", "Nordwerk AG"),
    # two bodies whose names look alike stay two
    ("Die Stadtwerke Felsburg und die Stadt Felsburg.", ["Stadtwerke Felsburg", "Stadt Felsburg"], "Stadtwerke Felsburg", "Stadtwerke Felsburg"),
]


@pytest.mark.parametrize(("text", "names", "name", "expected"), KEY_TABLE)
def test_key_table(text: str, names: list[str], name: str, expected: str) -> None:
    assert ReleaseKeys(text, names).key(name) == expected


def test_lemmas_are_used_where_the_pipeline_has_them() -> None:
    lemmas = {"Felsburgs": "Felsburg"}
    # no bare "Felsburg" in the text: only the lemma says the -s is an ending
    keys = ReleaseKeys("Felsburgs Verwaltung liegt vorn.", ["Felsburgs"], lemma=lemmas.get)
    assert keys.key("Felsburgs") == "Felsburg"
    assert ReleaseKeys("Felsburgs Verwaltung liegt vorn.", ["Felsburgs"]).key("Felsburgs") == "Felsburgs"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [("„Nordwerk AG“", "Nordwerk AG"), ("der  Nordwerk\u00a0AG", "Nordwerk AG"), ("Klaus'", "Klaus"), ("DIE ZEIT", "DIE ZEIT")],
)
def test_clean_name(raw: str, cleaned: str) -> None:
    assert clean_name(raw) == cleaned


def test_assign_keys_sets_every_entity_key() -> None:
    text = "Die Hansestadt Felsburg ist Erste. „Gut so“, sagte Anna Beispiel von der Stadt Felsburg. Felsburg jubelt."
    record = PressRelease(
        text=text,
        rankings=[Ranking("Hansestadt Felsburg", 1, None, None, None, None, 4, 23)],
        speakers=[Speaker("Anna Beispiel", None, None, "Stadt Felsburg", 60, 73)],
        organizations=[OrganizationMention("Stadt Felsburg", 82, 96)],
    )
    keyed = assign_keys(record)
    assert [r.key for r in keyed.rankings] == ["Felsburg"]
    assert [(s.key, s.organization_key) for s in keyed.speakers] == [("Anna Beispiel", "Felsburg")]
    assert [o.key for o in keyed.organizations] == ["Felsburg"]


def test_a_dateline_in_capitals_takes_the_form_the_text_writes() -> None:
    from pressextract.records import Dateline

    text = "FELSBURG. Die Stadt Felsburg baut. In Felsburg freut man sich."
    record = PressRelease(text=text, dateline=Dateline("FELSBURG", None, 0, 8),
                          organizations=[OrganizationMention("Stadt Felsburg", 14, 28)])
    keyed = assign_keys(record)
    assert keyed.dateline is not None and keyed.dateline.key == "Felsburg"
    assert [o.key for o in keyed.organizations] == ["Felsburg"]


def test_lemma_table_reads_the_docs_lemmas_where_the_pipeline_sets_them() -> None:
    import spacy

    from pressextract.facts import lemma_table

    doc = spacy.blank("de")("Felsburgs Rat tagt")
    assert lemma_table(doc) == {}  # no lemmatizer: the ending rules decide
    doc[0].lemma_ = "Felsburg"
    assert lemma_table(doc) == {"Felsburgs": "Felsburg"}


# (text, a name in it, its expected key) with the shipped model's lemmas: only a proper noun's
# genitive ending goes; adjectives and plural nouns inside a name stay as written.
SHIPPED_LEMMA_TABLE = [
    ("Der Verband Digitale Kommunen e.V. tagt in Adorf.", "Verband Digitale Kommunen e.V.", "Verband Digitale Kommunen e.V."),
    ("Die Bürgerstiftung Grüne Wiesen wächst.", "Bürgerstiftung Grüne Wiesen", "Bürgerstiftung Grüne Wiesen"),
    ("Der Bürgermeister Felsburgs lobt die Vereine Felsburgs.", "Felsburgs", "Felsburg"),
]


@pytest.mark.parametrize(("text", "name", "expected"), SHIPPED_LEMMA_TABLE)
def test_keys_with_the_shipped_models_lemmas(text: str, name: str, expected: str) -> None:
    import pressextract
    from pressextract.facts import lemma_table

    lemmas = lemma_table(pressextract.load().nlp(text))
    assert ReleaseKeys(text, [name], lemma=lemmas.get).key(name) == expected


# (release text, speaker's name as extracted, expected key): a name without inflection
PERSON_TABLE = [
    ("„Gut so“, sagte Anna Beispiel. Anna Beispiels Team jubelt.", "Anna Beispiels", "Anna Beispiel"),
    ("„Gut so“, sagte Jonas Kraus.", "Jonas Kraus", "Jonas Kraus"),  # an -s that is part of the name
    ("„Gut so“, sagte Jonas Kraus.", "Jonas  Kraus", "Jonas Kraus"),
    ("Wie Lena Probes Team sagt: „Gut so.“", "Lena Probes", "Lena Probes"),  # nothing says the -s is an ending
    ("„Gut so“, sagt Klaus Meyer. Klaus' Team jubelt.", "Klaus'", "Klaus"),
]


@pytest.mark.parametrize(("text", "name", "expected"), PERSON_TABLE)
def test_person_key_table(text: str, name: str, expected: str) -> None:
    record = PressRelease(text=text, speakers=[Speaker(name, None, None, None, 0, 1)])
    assert [s.key for s in assign_keys(record).speakers] == [expected]
