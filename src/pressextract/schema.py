"""The JSON Schema of :meth:`PressRelease.to_dict`, derived from the record dataclasses."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from typing import Any

from .records import FACT_TYPES, LIST_PART_TYPES, Dateline, Headline, PressRelease

_JSON_TYPES: dict[Any, dict[str, Any]] = {
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
    dt.date: {"type": "string", "format": "date"},
}


def _schema_of(annotation: Any) -> dict[str, Any]:
    args = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = [_schema_of(a) for a in args if a is not type(None)]
        base = options[0] if len(options) == 1 else {"anyOf": options}
        if type(None) in args:
            if "type" in base:
                return {**base, "type": [base["type"], "null"]}
            return {"anyOf": [base, {"type": "null"}]}
        return base
    if typing.get_origin(annotation) is list:
        return {"type": "array", "items": _schema_of(args[0])}
    if annotation in _JSON_TYPES:
        return dict(_JSON_TYPES[annotation])
    raise TypeError(f"no JSON Schema for {annotation!r}")


def _item_schema(fact_type: type) -> dict[str, Any]:
    hints = typing.get_type_hints(fact_type)
    props = {f.name: _schema_of(hints[f.name]) for f in dataclasses.fields(fact_type)}
    required = [f.name for f in dataclasses.fields(fact_type) if f.default is dataclasses.MISSING]
    return {
        "type": "object",
        "title": fact_type.__name__,
        "description": (fact_type.__doc__ or "").strip(),
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a record as :meth:`PressRelease.to_dict` writes it."""
    part_types = [Headline, Dateline, *LIST_PART_TYPES.values()]
    defs = {t.__name__: _item_schema(t) for t in [*FACT_TYPES.values(), *part_types]}
    props: dict[str, Any] = {
        "text": {"type": "string"},
        "published": {"type": ["string", "null"], "format": "date"},
    }
    for name, fact_type in FACT_TYPES.items():
        props[name] = {"type": "array", "items": {"$ref": f"#/$defs/{fact_type.__name__}"}}
    for one in (Headline, Dateline):
        props[one.__name__.lower()] = {"anyOf": [{"$ref": f"#/$defs/{one.__name__}"}, {"type": "null"}]}
    for name, part_type in LIST_PART_TYPES.items():
        props[name] = {"type": "array", "items": {"$ref": f"#/$defs/{part_type.__name__}"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://pressextract.invalid/schema/press-release-{PressRelease.SCHEMA_VERSION}.json",
        "title": "PressRelease",
        "description": (
            "Facts extracted from one German press release by pressextract. A line of "
            "`pressextract batch` JSONL output is this record with id, source and title added, or an "
            "error object: see `pressextract schema --batch`."
        ),
        "type": "object",
        "properties": props,
        # A record of schema 1.0 (without the keys and the release parts) is valid too: those are optional.
        "required": ["text", "published", *FACT_TYPES],
        "additionalProperties": False,
        "$defs": defs,
    }


# What ``pressextract batch`` and ``pressextract.dask.extract_bag`` add around a record.
_ENVELOPE: dict[str, Any] = {
    "id": {"type": ["string", "null"], "description": "the document's own id, else its source (null only "
           "for plain texts given to extract_bag)"},
    "source": {"type": ["string", "null"], "description": "where the document came from: a file, "
               "file:line, file[index] or <stdin>:line"},
    "title": {"type": "string", "description": "the document's title, where the input gave one"},
}


def batch_line_schema() -> dict[str, Any]:
    """JSON Schema of one line of ``pressextract batch`` JSONL output (and of an ``extract_bag`` item):
    a record with ``id``, ``source`` and optional ``title``, or an error object."""
    record = json_schema()
    ok = {
        "type": "object",
        "title": "BatchRecord",
        "description": "A document's record (see PressRelease) with the batch envelope.",
        "properties": {**_ENVELOPE, **record["properties"]},
        "required": ["id", "source", *record["required"]],
        "additionalProperties": False,
    }
    error = {
        "type": "object",
        "title": "BatchError",
        "description": "A document that could not be extracted, and why.",
        "properties": {
            **_ENVELOPE,
            "error": {
                "type": "object",
                "properties": {
                    "kind": {
                        "type": "string",
                        "description": "missing, unreadable, binary, undecodable, malformed, empty, oversized, "
                        "extraction, timeout or worker_crash",
                    },
                    "message": {"type": "string"},
                },
                "required": ["kind", "message"],
                "additionalProperties": False,
            },
        },
        "required": ["id", "source", "error"],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://pressextract.invalid/schema/batch-line-{PressRelease.SCHEMA_VERSION}.json",
        "title": "BatchLine",
        "description": "One line of pressextract batch JSONL output: a record or an error.",
        "oneOf": [{"$ref": "#/$defs/BatchRecord"}, {"$ref": "#/$defs/BatchError"}],
        "$defs": {**record["$defs"], "BatchRecord": ok, "BatchError": error},
    }
