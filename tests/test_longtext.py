from __future__ import annotations

import os
import subprocess
import sys
from itertools import accumulate
from pathlib import Path

import pytest

from pressextract.longtext import pieces, split_offsets, token_batches, token_bounded_pieces
from pressextract.pipeline import Extractor, build_pipeline

SRC = Path(__file__).resolve().parents[1] / "src"


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


@pytest.mark.parametrize(
    "text",
    [
        "(" * 5000,  # one token per character: cut again, at a hard cut
        "„" * 2000 + " Das Wort. " * 300 + "»" * 3000,  # dense stretches between prose
        "Die Stadt liegt vorn. " * 400,  # prose: one piece per character limit
        "",
    ],
)
def test_token_bounded_pieces_cover_the_text_within_both_limits(text: str) -> None:
    make_doc = build_pipeline(use_shipped=False).make_doc
    got = list(token_bounded_pieces(text, make_doc, max_chars=3000, max_tokens=500))
    assert "".join(doc.text for _, doc in got) == text
    assert [offset for offset, _ in got] == list(accumulate([0] + [len(d.text) for _, d in got][:-1]))
    for _, doc in got:
        assert len(doc.text) <= 3000
        assert len(doc) <= 500


def test_token_batches_bound_items_and_tokens() -> None:
    sizes = [3, 3, 3, 9, 1, 1, 1, 1, 1]
    batches = list(token_batches(sizes, lambda n: n, max_items=4, max_tokens=7))
    assert batches == [[3, 3], [3], [9], [1, 1, 1, 1], [1]]


def test_piece_records_merge_with_global_spans_and_first_mentions(blank_extractor) -> None:
    text = "Im Jahr 2019 und 2020.\n\n" + "Wieder 2019, dann 2018.\n\n"
    small = Extractor(blank_extractor.nlp, piece_chars=30)
    record = small.extract(text)
    assert [(y.year, text[y.start : y.end]) for y in record.years] == [(2018, "2018"), (2019, "2019"), (2020, "2020")]
    assert record.years[1].start == text.index("2019")


def test_many_short_texts_go_through_in_token_bounded_batches(blank_extractor) -> None:
    texts = [f"Am {day}. Juni 2024 tagte der Rat." for day in range(1, 21)]
    narrow = Extractor(blank_extractor.nlp, batch_tokens=20)
    assert list(narrow.extract_many(texts, batch_size=16)) == [blank_extractor.extract(t) for t in texts]


PEAK_RSS_SCRIPT = """
import resource, sys
import pressextract
pressextract.extract(sys.argv[1] * int(sys.argv[2]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def test_a_run_of_punctuation_extracts_in_bounded_memory() -> None:
    """The NER holds ~23 KB per token of a batch: unbounded, 100,000 parentheses took 2.2 GB."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_SCRIPT, "(", "100000"],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )
    peak_mb = int(done.stdout.split()[-1])
    assert peak_mb < 600, f"peak RSS {peak_mb} MB"
