"""A tokenizer guard for hostile input: long runs without whitespace in small pieces.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free run one at a time, each
time searching the rest of the run: 20,000 quote marks or parentheses in a row take minutes.
No German word is hundreds of characters long, so such a run is tokenized in short pieces;
every other part of the text goes through the wrapped tokenizer unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex
from spacy.tokens import Doc

# A run this long is no word, number, URL or e-mail address of a press release.
LONG_RUN_CHARS = 200
PIECE_CHARS = 32
LONG_RUN = regex.compile(rf"\S{{{LONG_RUN_CHARS},}}+", regex.V1)


class LongRunGuardTokenizer:
    """Wraps a spaCy tokenizer; the text of the Doc is always exactly the input text."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if not LONG_RUN.search(text):
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for run in LONG_RUN.finditer(text):
            self._add(text[pos : run.start()], words, spaces)
            for piece_start in range(run.start(), run.end(), PIECE_CHARS):
                self._add(text[piece_start : min(piece_start + PIECE_CHARS, run.end())], words, spaces)
            pos = run.end()
        self._add(text[pos:], words, spaces)
        return Doc(self.inner.vocab, words=words, spaces=spaces)  # type: ignore[attr-defined]

    def _add(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if not part:
            return
        for token in self.inner(part):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    # Serialization and everything else (token_match, rules, ...) belong to the wrapped tokenizer.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.inner.to_bytes(**kwargs)  # type: ignore[attr-defined,no-any-return]

    def from_bytes(self, data: bytes, **kwargs: Any) -> LongRunGuardTokenizer:
        self.inner.from_bytes(data, **kwargs)  # type: ignore[attr-defined]
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.inner.to_disk(path, **kwargs)  # type: ignore[attr-defined]

    def from_disk(self, path: str | Path, **kwargs: Any) -> LongRunGuardTokenizer:
        self.inner.from_disk(path, **kwargs)  # type: ignore[attr-defined]
        return self

    def __getattr__(self, name: str) -> Any:
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)
