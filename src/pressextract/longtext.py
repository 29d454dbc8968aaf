"""Long texts in pieces of bounded size, facts mapped back to the whole text.

The pipeline's memory grows with the tokens it sees at once: the NER model alone holds about
23 KB of activations per token of a batch. A 5 MB archive dump in one Doc, or a few 100,000
character pieces in one batch, needs gigabytes. So a text is cut into pieces of at most
``DEFAULT_PIECE_CHARS`` characters at the best break in reach (paragraph, line, sentence,
space), a piece that still has more than ``DEFAULT_PIECE_TOKENS`` tokens (a run of
punctuation is one token per character) is cut again, and pieces go through the pipeline in
batches of at most ``DEFAULT_BATCH_TOKENS`` tokens. Memory is then bounded by those sizes,
whatever the length of the text, and time is linear in it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from spacy.tokens import Doc

from .records import FACT_FIELDS, PressRelease

# Characters per piece: cut before tokenizing, so that no Doc is built for more than this.
DEFAULT_PIECE_CHARS = 40_000
# Tokens per piece: a press release has about 5.5 characters per token, so 8,000 tokens hold
# a 40,000-character piece of prose; a denser piece is cut again.
DEFAULT_PIECE_TOKENS = 8_000
# Tokens per batch of docs sent through the pipeline together (a piece larger than this
# goes alone). 8,000 tokens keep the NER's activations near 200 MB.
DEFAULT_BATCH_TOKENS = 8_000

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

_Item = TypeVar("_Item")


def split_offsets(text: str, max_chars: int = DEFAULT_PIECE_CHARS) -> list[int]:
    """Start offsets of pieces of at most ``max_chars``, cut after the best break in reach."""
    return list(_starts(text, max_chars))


def _starts(text: str, max_chars: int) -> Iterator[int]:
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    yield 0
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
        yield cut
        pos = cut


def pieces(text: str, max_chars: int = DEFAULT_PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece text) for each piece of ``text``, made one at a time."""
    starts = _starts(text, max_chars)
    start = next(starts)
    for end in starts:
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def token_bounded_pieces(
    text: str,
    tokenize: Callable[[str], Doc],
    max_chars: int = DEFAULT_PIECE_CHARS,
    max_tokens: int = DEFAULT_PIECE_TOKENS,
) -> Iterator[tuple[int, Doc]]:
    """(offset, tokenized piece) for pieces of at most ``max_chars`` characters and ``max_tokens`` tokens.

    A piece with too many tokens is cut again, at its average density, until each part fits:
    a token has at least one character, so a part of ``max_tokens`` characters always fits.
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be positive, got {max_tokens}")
    for offset, piece in pieces(text, max_chars):
        stack = [(offset, piece)]
        while stack:
            start, part = stack.pop()
            doc = tokenize(part)
            if len(doc) <= max_tokens:
                yield start, doc
                continue
            finer = max(1, len(part) * max_tokens // len(doc))  # < len(part): the parts shrink
            del doc
            stack.extend(reversed([(start + o, p) for o, p in pieces(part, finer)]))


def token_batches(
    items: Iterable[_Item], size: Callable[[_Item], int], max_items: int, max_tokens: int
) -> Iterator[list[_Item]]:
    """Consecutive items in lists of at most ``max_items`` and (but for a single large item) ``max_tokens``."""
    batch: list[_Item] = []
    tokens = 0
    for item in items:
        n = size(item)
        if batch and (len(batch) >= max_items or tokens + n > max_tokens):
            yield batch
            batch, tokens = [], 0
        batch.append(item)
        tokens += n
    if batch:
        yield batch


def _shifted(item: Any, offset: int, to_original: Callable[[int, int], tuple[int, int]] | None) -> Any:
    start, end = item.start + offset, item.end + offset
    if to_original is not None:
        start, end = to_original(start, end)
    if (start, end) == (item.start, item.end):
        return item
    return dataclasses.replace(item, start=start, end=end)


class PieceMerger:
    """Collects the records of a text's pieces, one by one, into one record for the whole text.

    Only the facts are kept (not the pieces' records), with offsets made global; for the
    distinct fields the first mention of each value wins. The record of a text in one piece
    is taken as it is.
    """

    def __init__(self, to_original: Callable[[int, int], tuple[int, int]] | None = None) -> None:
        self._to_original = to_original
        self._first: tuple[int, PressRelease] | None = None
        self._items: dict[str, list[Any]] | None = None
        self._seen: dict[str, set[object]] = {field: set() for field in _DISTINCT_KEY}
        self._published: dt.date | None = None

    def add(self, offset: int, record: PressRelease) -> None:
        """Add the record of the piece that starts at ``offset`` (pieces in text order)."""
        if self._items is None and self._first is None:
            self._first = (offset, record)
            return
        if self._items is None:
            assert self._first is not None
            self._items = {field: [] for field in FACT_FIELDS}
            self._merge(*self._first)
            self._first = None
        self._merge(offset, record)

    def _merge(self, offset: int, record: PressRelease) -> None:
        assert self._items is not None
        for field in FACT_FIELDS:
            items = self._items[field]
            key = _DISTINCT_KEY.get(field)
            for item in getattr(record, field):
                if key is not None:
                    k = key(item)
                    if k in self._seen[field]:
                        continue
                    self._seen[field].add(k)
                items.append(_shifted(item, offset, self._to_original))
        if self._published is None:
            self._published = record.published

    def result(self, text: str, published: dt.date | None) -> PressRelease:
        """The record for ``text``; ``published`` wins over a date the pieces found."""
        if self._items is None:
            if self._first is None:
                raise ValueError("no piece was added")
            offset, record = self._first
            facts: dict[str, Any] = {
                field: [_shifted(item, offset, self._to_original) for item in getattr(record, field)] for field in FACT_FIELDS
            }
            return PressRelease(text=text, published=published or record.published, **facts)
        for field, key in _SORT_KEY.items():
            self._items[field].sort(key=key)
        items: dict[str, Any] = self._items
        return PressRelease(text=text, published=published or self._published, **items)
