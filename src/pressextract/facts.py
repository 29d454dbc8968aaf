"""Where the components keep their findings on a spaCy ``Doc``.

Each fact kind lives in its own extension attribute, ``doc._.pressextract_<field>``, as a list
of plain dicts (``record.to_dict()``): plain data survives ``Doc.to_bytes`` and therefore
``nlp.pipe(n_process=N)``, which ships documents between processes as bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
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
    """Assemble the :class:`PressRelease` record of one piece from a processed doc (its facts only:
    :func:`finish_release` adds what needs the whole text)."""
    facts: dict[str, Any] = {field: get_facts(doc, field) for field in FACT_FIELDS}
    return PressRelease(text=doc.text, published=get_published(doc), **facts)


def lemma_table(doc: Doc) -> dict[str, str]:
    """Capitalized words → their lemma, where the pipeline sets lemmas (else empty): what
    :mod:`pressextract.keys` uses instead of its own ending rules."""
    if not doc.has_annotation("LEMMA"):
        return {}
    tagged = doc.has_annotation("POS")
    table: dict[str, str] = {}
    for t in doc:
        lemma = t.lemma_
        # Only a proper noun's genitive ending ("Lübecks" → "Lübeck", "Klaus'" → "Klaus"): inside
        # a multi-word name the lemma of an adjective or a plural noun ("Digitale Kommunen" →
        # "digital Kommune") is not the name's nominative, which keeps them as written.
        if (
            lemma
            and lemma != t.text
            and lemma[:1].isupper()
            and (not tagged or t.pos_ == "PROPN")
            and t.text in (lemma + "s", lemma + "es", lemma + "'")
        ):
            table[t.text] = lemma
    return table


def finish_release(record: PressRelease, lemmas: Mapping[str, str] | None = None) -> PressRelease:
    """The whole text's record made final, once per release: its parts (headline, dateline,
    contact, boilerplate), without the facts its closing blocks cannot give, with entity keys."""
    from .cleantext import clean
    from .keys import assign_keys
    from .parts import add_parts

    # The names in the facts come from the mended text the pipeline read: keys and parts read it too.
    cleaned = clean(record.text)
    return assign_keys(add_parts(record, cleaned), lemmas.get if lemmas else None, text=cleaned.text)


register_extensions()
