from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("„Das ist ein guter Tag für die Stadt“, sagte Bürgermeisterin Anna Meier.", "sagte"),
        ("„Wir investieren weiter“, betonte Landrat Peter Krause.", "betonte"),
        ("Landrat Peter Krause sagte: „Wir investieren weiter.“", ":"),
        ("Landrat Peter Krause: „Wir investieren weiter.“", ":"),
    ],
)
def test_quote_records_its_cue(extractor, text: str, cue: str) -> None:
    record = extractor.extract(text)
    assert len(record.quotes) == 1
    quote = record.quotes[0]
    assert quote.cue == cue
    assert record.text[quote.start : quote.end] == quote.text
