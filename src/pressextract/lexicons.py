"""Lexicons: data files in ``pressextract/data``, one entry per line, read through importlib.resources.

Lines starting with ``#`` are comments (each file says where its entries come from).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in file order, comments and blank lines left out."""
    path = resources.files("pressextract").joinpath("data").joinpath(f"{name}.txt")
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(f"no lexicon named {name!r} in pressextract/data") from None
    entries = []
    for line in content.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return tuple(entries)


@lru_cache(maxsize=None)
def lexicon_set(name: str, *, casefold: bool = False) -> frozenset[str]:
    entries = load_lexicon(name)
    return frozenset(e.casefold() for e in entries) if casefold else frozenset(entries)


@lru_cache(maxsize=None)
def lexicon_alternation(name: str) -> str:
    """A regex alternation of the entries, longest first, regex-escaped."""
    import regex

    entries = sorted(load_lexicon(name), key=len, reverse=True)
    return "|".join(regex.escape(e) for e in entries)
