"""Where the components keep their findings on a spaCy ``Doc``.

Each fact kind lives in its own extension attribute, ``doc._.pressextract_<field>``, as a list
of plain dicts (``record.to_dict()``): plain data survives ``Doc.to_bytes`` and therefore
``nlp.pipe(n_process=N)``, which ships documents between processes as bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from .records import FACT_FIELDS, FACT_TYPES, PressRelease

PUBLISHED_ATTR = "pressextract_published"


def attr_name(field: str) -> str:
    return f"pressextract_{field}"


def register_extensions() -> None:
    """Register the Doc extensions (idempotent)."""
    for field in FACT_FIELDS:
        if not Doc.has_extension(attr_name(field)):
            Doc.set_extension(attr_name(field), default=None)
    if not Doc.has_extension(PUBLISHED_ATTR):
        Doc.set_extension(PUBLISHED_ATTR, default=None)


def set_facts(doc: Doc, field: str, facts: Sequence[Any]) -> None:
    """Store the facts of one kind on the doc (replacing what was there)."""
    if field not in FACT_TYPES:
        raise KeyError(f"unknown fact kind {field!r}; expected one of {', '.join(FACT_FIELDS)}")
    setattr(doc._, attr_name(field), [f.to_dict() for f in facts])


def get_facts(doc: Doc, field: str) -> list[Any]:
    """The facts of one kind on the doc, as records."""
    fact_type = FACT_TYPES[field]
    stored = getattr(doc._, attr_name(field)) or []
    return [fact_type.from_dict(item) for item in stored]


def get_published(doc: Doc) -> dt.date | None:
    value = getattr(doc._, PUBLISHED_ATTR)
    return dt.date.fromisoformat(value) if value else None


def set_published(doc: Doc, value: dt.date | None) -> None:
    setattr(doc._, PUBLISHED_ATTR, value.isoformat() if value else None)


def release_from_doc(doc: Doc) -> PressRelease:
    """Assemble the :class:`PressRelease` record from a processed doc."""
    facts = {field: get_facts(doc, field) for field in FACT_FIELDS}
    return PressRelease(text=doc.text, published=get_published(doc), **facts)


register_extensions()
