"""Long texts in pieces: split at paragraph boundaries, facts mapped back to the whole text.

A 5 MB archive dump would exceed spaCy's ``max_length`` and hold one huge Doc in memory;
pieces of at most ``DEFAULT_PIECE_CHARS`` keep memory bounded and time linear.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .records import FACT_FIELDS, PressRelease

DEFAULT_PIECE_CHARS = 100_000

# Where a piece may end, best first: a paragraph break, a line break, a sentence end, a space.
_BREAKS: tuple[str, ...] = ("\n\n", "\n", ". ", " ")

# Fields that hold one item per distinct value (the first mention): merged across pieces.
_DISTINCT_KEY: dict[str, Callable[[Any], object]] = {
    "years": lambda item: item.year,
    "dates": lambda item: item.date,
    "speakers": lambda item: item.name,
    "projects": lambda item: item.name,
    "organizations": lambda item: item.name,
}
_SORT_KEY: dict[str, Callable[[Any], Any]] = {
    "years": lambda item: item.year,
    "dates": lambda item: item.date,
}


def split_offsets(text: str, max_chars: int = DEFAULT_PIECE_CHARS) -> list[int]:
    """Start offsets of pieces of at most ``max_chars``, cut after the best break in reach."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    starts = [0]
    pos = 0
    while len(text) - pos > max_chars:
        limit = pos + max_chars
        cut = -1
        for brk in _BREAKS:
            found = text.rfind(brk, pos + max_chars // 2, limit)
            if found != -1:
                cut = found + len(brk)
                break
        if cut == -1:
            cut = limit  # no break in the second half of the window: a hard cut
        starts.append(cut)
        pos = cut
    return starts


def pieces(text: str, max_chars: int = DEFAULT_PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece text) for each piece of ``text``."""
    starts = split_offsets(text, max_chars)
    ends = [*starts[1:], len(text)]
    for start, end in zip(starts, ends):
        yield start, text[start:end]


def _shifted(item: Any, offset: int) -> Any:
    return dataclasses.replace(item, start=item.start + offset, end=item.end + offset) if offset else item


def merge_pieces(
    text: str, published: dt.date | None, parts: Sequence[tuple[int, PressRelease]]
) -> PressRelease:
    """One record for the whole text from the records of its pieces (offsets made global)."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    merged: dict[str, list[Any]] = {}
    for field in FACT_FIELDS:
        items: list[Any] = []
        seen: set[object] = set()
        key = _DISTINCT_KEY.get(field)
        for offset, record in parts:
            for item in getattr(record, field):
                if key is not None:
                    k = key(item)
                    if k in seen:
                        continue
                    seen.add(k)
                items.append(_shifted(item, offset))
        if field in _SORT_KEY:
            items.sort(key=_SORT_KEY[field])
        merged[field] = items
    if published is None:
        published = next((r.published for _, r in parts if r.published), None)
    return PressRelease(text=text, published=published, **merged)
