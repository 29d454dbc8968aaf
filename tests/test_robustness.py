"""Bad, hostile and huge input: extract never raises, never hangs, and every span is valid."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressextract
from pressextract import PressRelease
from pressextract.cleantext import clean
from pressextract.records import FACT_FIELDS

SCHEMA = pressextract.json_schema()

# Characters press texts and hostile inputs are made of: German letters, digits, every quote
# mark, punctuation, control and invisible characters, line breaks.
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789 .,;:!?-–()/%&*")
    + list("„“”»«‚‘’\"'\n\r\t\x00\x07\u00a0\u200b\u00ad\ufeff€")
    + ["Platz ", "Punkten ", " sagte ", "2024 ", "5. Juni ", "Dr. ", "Bürgermeister ", "GmbH ", "Projekt "]
)
TEXTS = st.lists(ALPHABET, max_size=200).map("".join)


def assert_valid_record(record: PressRelease, text: str) -> None:
    assert record.text == text
    for field in FACT_FIELDS:
        for item in getattr(record, field):
            assert 0 <= item.start <= item.end <= len(text), (field, item)
    data = record.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert PressRelease.from_dict(data) == record


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_any_text_gives_a_valid_record(extractor, text: str) -> None:
    assert_valid_record(extractor.extract(text), text)


def run_with_guard(func: Callable[[], Any], seconds: float) -> Any:
    """Run ``func`` in a forked process; a hang fails the test (and is killed) instead of stalling CI."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def target() -> None:
        try:
            sender.send(("ok", func()))
        except BaseException as exc:  # sent back and re-raised in the test
            sender.send(("error", exc))

    process = context.Process(target=target, daemon=True)
    started = time.perf_counter()
    process.start()
    try:
        if not receiver.poll(seconds):
            pytest.fail(f"no result after {time.perf_counter() - started:.0f} s")
        status, value = receiver.recv()
    finally:
        process.kill()
        process.join()
    if status == "error":
        raise value
    return value


ADVERSARIAL = {
    "empty": "",
    "whitespace": " \n\t\r\n  \u00a0",
    "english": "The city of Springfield ranked 8th with 80.4 points, the mayor said on June 5, 2024.",
    "french": "La ville de Lyon est à la 3e place avec 77,6 points, a déclaré le maire le 5 juin 2024.",
    "no punctuation": "die stadt liegt auf platz acht und der bürgermeister freut sich sehr " * 200,
    "unbalanced quotes": "„" * 30000 + "“" * 10000 + '"' * 30000 + "»" * 20000,
    "quotes with words": "„Gut, sagte er. " * 8000,
    "digits": "1" * 100000,
    "dotted digits": "1." * 50000,
    "capitalized words": "Stadt " * 100000,
    "nested parentheses": "(" * 20000 + "Talheim" + ")" * 20000,
    "control characters": "Rang\x00 6\x07 mit\x1b 71,3\x0c Punkten\x00" * 500,
    "invisible": "Tal\u00adheim kommt\u200b auf\u00a0Rang 6\ufeff mit 71,3 Punkten." * 200,
    "windows lines": "Berlin, 12. März 2024 –\r\n\r\n„Gut“, sagte Anna Meier.\r\n" * 200,
    "html entities": "&bdquo;Das ist gut&ldquo;, sagte Dr. Anna Meier. <p>Platz&nbsp;8</p>" * 200,
    "mixed scripts": "Москва liegt auf Platz 3 mit 70 Punkten. 東京 auf Platz 1. مرحبا " * 300,
    "roles and names": "Bürgermeister Oberbürgermeisterin Dr. Prof. Anna Meier GmbH AG e.V. " * 3000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_inputs_finish_and_give_valid_records(extractor, name: str) -> None:
    text = ADVERSARIAL[name]
    record = run_with_guard(lambda: extractor.extract(text), seconds=120)
    assert_valid_record(record, text)


def test_five_megabyte_text(extractor) -> None:
    paragraph = (
        "Die Stadt Musterhausen kommt 2024 mit 71,3 Punkten auf den 6. Rang. "
        "„Das freut uns sehr“, sagte Bürgermeisterin Anna Meier am 5. Juni 2024.\n\n"
    )
    text = paragraph * (5_000_000 // len(paragraph))
    record = run_with_guard(lambda: extractor.extract(text), seconds=600)
    assert [y.year for y in record.years] == [2024]
    for field in FACT_FIELDS:
        for item in getattr(record, field):
            assert 0 <= item.start <= item.end <= len(text)


def test_a_timed_out_pattern_empties_only_its_field(blank_extractor, monkeypatch, caplog) -> None:
    from pressextract.components import years

    def slow(self: object, doc: object) -> list[object]:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(years.YearExtractor, "match", slow)
    record = blank_extractor.extract("Am 5. Juni 2024 tagte der Rat.")
    assert record.years == []
    assert [d.date.isoformat() for d in record.dates] == ["2024-06-05"]
    assert "timed out" in caplog.text


# Characters the pipeline cannot read are mended one for one (surrogates, controls) or dropped
# (invisible characters inside words); facts read as in the mended text, spans index the original.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
PLAIN_RELEASES = [
    "„Darüber freuen wir uns riesig“, sagte Oberbürgermeisterin Eva Lang am 5. Juni 2024.",
    "Die Kreisstadt Talheim kommt 2023 mit 71,3 Punkten auf Rang 3 im Vergleich des Adorfer Instituts für Stadtforschung.",
    "Nach Angaben von Professor Jan Brückner kletterte die Gemeinde um zwei Plätze.",
]


def _facts(record: PressRelease) -> list[tuple[str, dict[str, Any]]]:
    """Each fact's fields but its span."""
    out = []
    for field in FACT_FIELDS:
        for item in getattr(record, field):
            data = item.to_dict()
            del data["start"], data["end"]
            out.append((field, data))
    return out


def _spans(record: PressRelease) -> list[str]:
    return [record.text[item.start : item.end] for field in FACT_FIELDS for item in getattr(record, field)]


@pytest.mark.parametrize("plain", PLAIN_RELEASES)
@pytest.mark.parametrize("mark", list(INVISIBLE))
def test_invisible_characters_inside_words_are_read_through(extractor, plain: str, mark: str) -> None:
    # a soft hyphen (or zero-width character) after every third letter of each long word
    marked = " ".join(mark.join(w[i : i + 3] for i in range(0, len(w), 3)) if len(w) > 6 else w for w in plain.split(" "))
    assert marked != plain
    want, got = extractor.extract(plain), extractor.extract(marked)
    assert got.text == marked
    assert _facts(got) == _facts(want)
    assert [span.replace(mark, "") for span in _spans(got)] == _spans(want)


@pytest.mark.parametrize("plain", PLAIN_RELEASES)
@pytest.mark.parametrize(("bad", "read_as"), [("\x00", " "), ("\x1b", " "), ("\ud800", "\ufffd"), ("\udfff", "\ufffd")])
def test_controls_and_lone_surrogates_are_read_one_for_one(extractor, plain: str, bad: str, read_as: str) -> None:
    # the character after a word ("Talheim\x00 kommt") or standing alone ("sagte \ud800 Anna")
    marked = plain.replace(" ", bad + " ", 2).replace(" ", " " + bad + " ", 1)
    want = extractor.extract(marked.replace(bad, read_as))
    got = extractor.extract(marked)
    assert got.text == marked
    assert _facts(got) == _facts(want)
    assert [(item.start, item.end) for f in FACT_FIELDS for item in getattr(got, f)] == [
        (item.start, item.end) for f in FACT_FIELDS for item in getattr(want, f)
    ]
    assert not any(bad in str(value) for _, data in _facts(got) for value in data.values())


def test_a_lone_surrogate_alone_extracts(extractor) -> None:
    assert_valid_record(extractor.extract("a \ud800 b"), "a \ud800 b")


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("\x84Gut\x93, sagte sie \x96 und ging\x85", "„Gut“, sagte sie – und ging…"),  # Windows-1252 read as Latin-1
        ("Titel\x0bZeile\x0cSeite\u2028Absatz\u2029Ende", "Titel\nZeile\nSeite\nAbsatz\nEnde"),
        ("Tal\u00adheim\ufeff und\u200b Bedorf", "Talheim und Bedorf"),
        ("Ohne Besonderes.", "Ohne Besonderes."),
    ],
)
def test_cleaned_text_and_spans_back(text: str, read_as: str) -> None:
    cleaned = clean(text)
    assert cleaned.text == read_as
    for start in range(len(read_as) + 1):
        for end in range(start, len(read_as) + 1):
            a, b = cleaned.to_original(start, end)
            assert clean(text[a:b]).text == read_as[start:end]
            assert len(text[a:b]) == 0 or (text[a] not in INVISIBLE and text[b - 1] not in INVISIBLE)
