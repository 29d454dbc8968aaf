from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy

import pressextract
from pressextract.pipeline import EXTRACTION_COMPONENTS, build_pipeline


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Die Stadt liegt auf dem 8. Platz.", "8."),
        ("Sie erreicht 80,4 Punkte.", "80,4"),
        ("Die Sitzung war am 21.07.2011 im Rathaus.", "21.07.2011"),
        ("Alle Bürger*innen sind eingeladen.", "Bürger*innen"),
        ("Die Minister:innen trafen sich.", "Minister:innen"),
        ("Die Lehrer_innen streiken.", "Lehrer_innen"),
    ],
)
def test_tokenizer_keeps_press_tokens_whole(text: str, token: str) -> None:
    nlp = build_pipeline(use_shipped=False)
    assert token in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "n_sentences"),
    [
        ("Lübeck liegt am 5. März auf dem 8. Platz. Das freut die Stadt.", 2),
        ("Der 1. FC Köln gewann. Dr. Stefan Ivens kommentierte das u.a. im Radio.", 2),
        ("Die Stadt ist auf Platz 8. Die Freude ist groß.", 2),
        ("Kiel landet auf Rang 3. Spitzenreiter ist Ulm.", 2),
        ("Kiel erhielt die Note 2,7. Bad Segeberg folgt.", 2),
        ("Der 19. Deutsche Präventionstag beginnt am 5. Mai.", 1),
        ("Sie spielen in der 2. Bundesliga und im 3. Quartal.", 1),
        ("Überschrift ohne Punkt\nDer Text beginnt hier.", 2),
        ("„Das ist gut.“ Sie lachte.", 2),
        # a legal form has no dot of its own: after it the stop ends the sentence
        ("Es gewann die Nordwind Energie GmbH. Testsieger wurde die Elbe Leben VVaG. Zweiter wurde X.", 3),
        ("Geladen hat der Förderverein Lesen e.V. Mitglieder und Gäste.", 1),
    ],
)
def test_sentences(text: str, n_sentences: int) -> None:
    nlp = build_pipeline(use_shipped=False)
    doc = nlp(text)
    assert len([s for s in doc.sents if s.text.strip()]) == n_sentences


@pytest.mark.parametrize("bad", [None, 42, b"Text als Bytes", ["Liste"]])
def test_non_str_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        pressextract.extract(bad)  # type: ignore[arg-type]


def test_bad_published_is_named() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        pressextract.extract("Text", published="gestern")


def test_extract_many_matches_extract(extractor) -> None:
    texts = ["Lübeck ist 2024 vorn.", "Am 5. Juni 2023 tagte der Rat.", ""]
    assert list(extractor.extract_many(texts)) == [extractor.extract(t) for t in texts]


def test_extract_many_with_two_processes(blank_extractor) -> None:
    texts = [f"Die Sitzung am {d}.05.2024 war gut." for d in range(1, 7)]
    records = list(blank_extractor.extract_many(texts, n_process=2, batch_size=2))
    assert [r.dates[0].date.day for r in records] == list(range(1, 7))


def test_components_join_a_users_pipeline() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    for name in EXTRACTION_COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp("Berlin, 12. März 2024 – Der Index 2023 erschien.")
    assert [y["year"] for y in doc._.pressextract_years] == [2023, 2024]
    assert doc._.pressextract_published == "2024-03-12"


def test_factories_are_published_as_entry_points() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"pressextract_sentences", *EXTRACTION_COMPONENTS} <= names


def test_load_accepts_a_pipeline_object() -> None:
    nlp = spacy.blank("de")
    extractor = pressextract.load(nlp)
    assert extractor.extract("Im Jahr 2020.").years[0].year == 2020


def test_load_rejects_non_german_pipeline() -> None:
    with pytest.raises(ValueError, match="German"):
        pressextract.load(spacy.blank("en"))


@pytest.mark.parametrize(
    "text",
    [
        "„" * 5000,
        "(" * 3000 + "Lübeck" + ")" * 3000,
        "Davor ein Satz. " + "x" * 450 + " danach „ein Zitat“ und www.example.de/" + "a" * 300,
        "  führende und folgende Leerzeichen  \n\n" + "-" * 1000 + "\n",
    ],
)
def test_long_runs_keep_the_text(text: str) -> None:
    nlp = build_pipeline(use_shipped=False)
    doc = nlp.make_doc(text)
    assert doc.text == text


def test_tokenizer_customization_is_idempotent() -> None:
    nlp = build_pipeline(use_shipped=False)
    build_pipeline(nlp)
    assert [t.text for t in nlp.make_doc("Bürger*innen kommen.")][0] == "Bürger*innen"


@pytest.mark.parametrize("as_iterators", [False, True])
@pytest.mark.parametrize("count", [1, 3])
def test_extract_many_wants_one_date_per_text(blank_extractor, count: int, as_iterators: bool) -> None:
    texts = ["Am 5. Juni 2023 tagte der Rat.", "Der Rat tagte."]
    dates: list[str | None] = ["2023-06-06"] * count
    with pytest.raises(ValueError, match="one per text"):
        if as_iterators:
            list(blank_extractor.extract_many(iter(texts), published=iter(dates)))
        else:
            list(blank_extractor.extract_many(texts, published=dates))
