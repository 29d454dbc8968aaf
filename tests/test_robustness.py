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
    "nested parentheses": "(" * 20000 + "Lübeck" + ")" * 20000,
    "control characters": "Platz\x00 8\x07 mit\x1b 80,4\x0c Punkten\x00" * 500,
    "invisible": "Lüb\u00adeck liegt\u200b auf\u00a0Platz 8\ufeff mit 80,4 Punkten." * 200,
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
        "Die Stadt Musterhausen liegt 2024 mit 80,4 Punkten auf dem 8. Platz. "
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
