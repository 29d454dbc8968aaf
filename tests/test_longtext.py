from __future__ import annotations

import pytest

from pressextract.longtext import pieces, split_offsets
from pressextract.pipeline import Extractor, build_pipeline


@pytest.mark.parametrize(
    ("text", "max_chars", "expected_pieces"),
    [
        ("kurz", 10, ["kurz"]),
        ("Absatz eins.\n\nAbsatz zwei.\n\nAbsatz drei.", 20, ["Absatz eins.\n\n", "Absatz zwei.\n\n", "Absatz drei."]),
        ("Zeile eins\nZeile zwei\nZeile drei", 15, ["Zeile eins\n", "Zeile zwei\n", "Zeile drei"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_pieces_split_at_the_best_break(text: str, max_chars: int, expected_pieces: list[str]) -> None:
    got = list(pieces(text, max_chars))
    assert [p for _, p in got] == expected_pieces
    assert all(text[o : o + len(p)] == p for o, p in got)


def test_split_offsets_rejects_nonpositive() -> None:
    with pytest.raises(ValueError, match="positive"):
        split_offsets("text", 0)


def test_long_text_gives_the_facts_of_its_parts() -> None:
    paragraph = "Am 5. Juni 2024 tagte der Rat. Im Jahr 2019 begann das Projekt.\n\n"
    tail = "Am 7. Juli 2025 endete es.\n\n"
    text = "Berlin, 12. März 2024 – Meldung\n\n" + paragraph * 40 + tail
    small = Extractor(build_pipeline(use_shipped=False), piece_chars=300)
    whole = Extractor(build_pipeline(use_shipped=False))
    a, b = small.extract(text), whole.extract(text)
    assert a.published == b.published
    assert [(d.date, d.start, d.end) for d in a.dates] == [(d.date, d.start, d.end) for d in b.dates]
    assert [(y.year, y.start) for y in a.years] == [(y.year, y.start) for y in b.years]
    for mention in a.dates:
        assert text[mention.start : mention.end]
    last = a.dates[-1]
    assert text[last.start : last.end] == "7. Juli 2025"
