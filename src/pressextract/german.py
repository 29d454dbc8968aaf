"""Closed German word classes and word shapes that several components share.

Kept in one place so that a rule that asks "is this an article?" means the same everywhere.
Each component extends them with what its own context needs (possessives before a ranked
entity, prepositions that end a name, ...).
"""

from __future__ import annotations

import regex

DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
ARTICLES = DEFINITE_ARTICLES | INDEFINITE_ARTICLES

# The strong/weak endings of an inflected German adjective: "digitale", "neuen", "kommunaler".
ADJECTIVE_ENDING = regex.compile(r"(?:e|en|er|es|em)$", regex.V1)
# Brand-style words with an inner capital: "eGovernment", "OpenData", "smartCity".
CAMELCASE = regex.compile(r"^\p{Lu}?\p{Ll}+\p{Lu}[\p{L}\d-]*$", regex.V1)
