"""The example releases in examples/: each NAME.txt with its expected record NAME.json.

The expected records are written by hand from the texts (GUIDELINES.md rules), not copied from
the extractor's output; a field the extractor does not yet get right is an xfail with a reason.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import regex
import pytest

import pressextract
from pressextract.records import FACT_FIELDS

from .conftest import EXAMPLES

NAMES = sorted(p.stem for p in EXAMPLES.glob("*.json"))
CORE = {
    "rankings": ("entity", "rank", "year", "ranking", "category", "of"),
    "rank_changes": ("entity", "delta", "since"),
    "scores": ("entity", "value", "max", "unit", "category", "year"),
    "speakers": ("name", "title", "role", "organization"),
    "quotes": ("text", "speaker"),
}
# (example, field) pairs the extractor is known to miss, with why.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def words(value: object) -> list[str]:
    return regex.findall(r"\w+", str(value).casefold())


def same(a: object, b: object) -> bool:
    """Numbers exactly; names as whole words, one holding the other ("Darmstadt" ~ "Stadt Darmstadt")."""
    if a is None or b is None or not isinstance(a, str) or not isinstance(b, str):
        return a == b
    wa, wb = words(a), words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def matches(expected: list[Any], got: list[Any]) -> bool:
    """One-to-one: every expected item has its own equal item in ``got``, and nothing is left over."""
    if len(expected) != len(got):
        return False
    free = list(got)
    for want in expected:
        hit = next((g for g in free if len(g) == len(want) and all(map(same, want, g))), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def comparable(field: str, items: list[Any]) -> list[Any]:
    if field in CORE:
        keys = CORE[field]
        return [tuple(item[k] for k in keys) for item in items]
    if field == "years":
        return sorted(item["year"] if isinstance(item, dict) else item for item in items)
    if field == "dates":
        return sorted(item["date"] if isinstance(item, dict) else item for item in items)
    return [(item["name"] if isinstance(item, dict) else item,) for item in items]


@pytest.fixture(scope="module")
def records(extractor) -> dict[str, dict[str, Any]]:
    out = {}
    for name in NAMES:
        text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
        out[name] = extractor.extract(text).to_dict()
    return out


def cases() -> list[Any]:
    out = []
    for name in NAMES:
        for field in ("published", *FACT_FIELDS):
            reason = KNOWN_GAPS.get((name, field))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            out.append(pytest.param(name, field, marks=marks, id=f"{name}-{field}"))
    return out


@pytest.mark.parametrize(("name", "field"), cases())
def test_example_field(records, name: str, field: str) -> None:
    expected = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    got = records[name]
    if field == "published":
        assert got["published"] == expected["published"]
    else:
        want, have = comparable(field, expected[field]), comparable(field, got[field])
        if field in {"years", "dates"}:
            assert have == want
        else:
            assert matches(want, have), f"expected {want}\n     got {have}"


@pytest.mark.parametrize("name", NAMES)
def test_example_record_is_valid_and_spans_are_evidence(records, name: str) -> None:
    record = records[name]
    jsonschema.validate(record, pressextract.json_schema())
    text = record["text"]
    for field in FACT_FIELDS:
        for item in record[field]:
            assert text[item["start"] : item["end"]].strip(), (field, item)
    assert pressextract.PressRelease.from_dict(record).to_dict() == record
