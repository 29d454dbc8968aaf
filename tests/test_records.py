from __future__ import annotations

import dataclasses
import datetime as dt
import json

import jsonschema
import pytest

import pressextract
from pressextract import (
    DateMention,
    OrganizationMention,
    PressRelease,
    ProjectMention,
    Quote,
    RankChange,
    Ranking,
    RecordError,
    Score,
    Speaker,
    YearMention,
)
from pressextract.records import Boilerplate, Contact, Dateline, Headline

FULL = PressRelease(
    text="Lübeck liegt 2024 mit 80,4 Punkten auf Platz 8. „Toll“, sagte Jan Lindenau.",
    published=dt.date(2024, 6, 5),
    rankings=[Ranking("Lübeck", 8, 2024, "Smart City Index", None, 82, 0, 47, "test")],
    rank_changes=[RankChange("Lübeck", 11, 2023, 0, 10)],
    scores=[Score("Lübeck", 80.4, 100.0, "Punkte", None, 2024, 22, 34)],
    years=[YearMention(2024, 13, 17)],
    dates=[DateMention(dt.date(2024, 6, 5), 0, 5)],
    speakers=[Speaker("Jan Lindenau", None, "Bürgermeister", "Lübeck", 64, 76)],
    quotes=[Quote("Toll", "Jan Lindenau", 50, 54)],
    projects=[ProjectMention("Kreuzung frei", 0, 5)],
    organizations=[OrganizationMention("Bitkom", 0, 6)],
)


def test_to_dict_has_the_guidelines_shape() -> None:
    data = FULL.to_dict()
    assert list(data) == [
        "text", "published", *pressextract.FACT_FIELDS, "headline", "dateline", "contact", "boilerplate"
    ]
    assert data["published"] == "2024-06-05"
    assert data["rankings"][0] == {
        "entity": "Lübeck", "rank": 8, "year": 2024, "ranking": "Smart City Index", "category": None,
        "of": 82, "start": 0, "end": 47, "found_by": "test", "key": None,
    }
    assert data["dates"][0]["date"] == "2024-06-05"
    json.dumps(data)  # JSON-safe


WITH_PARTS = dataclasses.replace(
    FULL,
    rankings=[dataclasses.replace(FULL.rankings[0], key="Lübeck")],
    speakers=[dataclasses.replace(FULL.speakers[0], key="Jan Lindenau", organization_key="Lübeck")],
    headline=Headline("Lübeck auf Platz 8", 0, 18),
    dateline=Dateline("Lübeck", dt.date(2024, 6, 5), 0, 20),
    contact=[Contact(["Anna Beispiel"], ["presse@example.org"], ["0451 122-1234"], 100, 160)],
    boilerplate=[Boilerplate("Über die Stadt", 160, 220)],
)


@pytest.mark.parametrize("record", [FULL, WITH_PARTS, PressRelease(text="")])
def test_round_trip(record: PressRelease) -> None:
    assert PressRelease.from_dict(record.to_dict()) == record
    assert PressRelease.from_json(record.to_json()) == record


def test_records_of_schema_1_0_still_read() -> None:
    """A 1.0 record has no keys and no parts: they take their defaults, and it validates."""
    old = FULL.to_dict()
    for name in ("headline", "dateline", "contact", "boilerplate"):
        del old[name]
    for items in old.values():
        if isinstance(items, list):
            for item in items:
                item.pop("key", None)
                item.pop("organization_key", None)
    assert "key" not in old["rankings"][0]
    record = PressRelease.from_dict(old)
    assert record == FULL
    assert record.rankings[0].key is None and record.headline is None and record.contact == []
    jsonschema.validate(old, pressextract.json_schema())


def test_schema_has_a_new_version() -> None:
    assert PressRelease.SCHEMA_VERSION == "1.1"
    assert pressextract.json_schema()["$id"].endswith("press-release-1.1.json")
    jsonschema.validate(WITH_PARTS.to_dict(), pressextract.json_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**WITH_PARTS.to_dict(), "contact": [{"names": "Anna"}]}, pressextract.json_schema())


def test_parts_reject_malformed_values() -> None:
    data = WITH_PARTS.to_dict()
    with pytest.raises(RecordError, match="Contact.names"):
        PressRelease.from_dict({**data, "contact": [{**data["contact"][0], "names": [1]}]})
    with pytest.raises(RecordError, match="Dateline.date"):
        PressRelease.from_dict({**data, "dateline": {**data["dateline"], "date": "5. Juni"}})


def test_schema_validates_records() -> None:
    schema = pressextract.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(FULL.to_dict(), schema)
    broken = FULL.to_dict()
    broken["rankings"][0]["rank"] = "acht"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_records_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        FULL.rankings[0].rank = 1  # type: ignore[misc]


RANKING = {"entity": "Kiel", "rank": 3, "year": 2024, "ranking": None, "category": None, "of": None, "start": 0, "end": 1}
SCORE = {"entity": None, "value": 80, "max": None, "unit": "Punkte", "category": None, "year": None, "start": 0, "end": 1}
QUOTE = {"text": "Gut.", "speaker": None, "start": 0, "end": 1}


def test_from_dict_accepts_json_numbers_for_floats() -> None:
    record = PressRelease.from_dict({"text": "x", "rankings": [RANKING], "scores": [SCORE], "quotes": [QUOTE]})
    assert record.scores[0].value == 80.0 and isinstance(record.scores[0].value, float)
    assert record.rankings[0].rank == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected an object"),
        ({"published": None}, "'text' must be a string"),
        ({"text": "x", "published": "5. Juni"}, "not an ISO date"),
        ({"text": "x", "rankings": {}}, "expected a list"),
        ({"text": "x", "rankings": [{"entity": "Kiel"}]}, "missing field 'rank'"),
        ({"text": "x", "dates": [{"date": "morgen", "start": 0, "end": 1}]}, "not an ISO date"),
        ({"text": "x", "rankings": [{**RANKING, "rank": "drei"}]}, r"Ranking.rank: expected int, got str 'drei'"),
        ({"text": "x", "rankings": [{**RANKING, "rank": 3.0}]}, "Ranking.rank: expected int"),
        ({"text": "x", "rankings": [{**RANKING, "rank": True}]}, "Ranking.rank: expected int"),
        ({"text": "x", "rankings": [{**RANKING, "entity": None}]}, "Ranking.entity: must not be null"),
        ({"text": "x", "rankings": [{**RANKING, "year": "2024"}]}, "Ranking.year: expected int"),
        ({"text": "x", "rankings": [{**RANKING, "start": "0"}]}, "Ranking.start: expected int"),
        ({"text": "x", "scores": [{**SCORE, "value": "80,4"}]}, "Score.value: expected float"),
        ({"text": "x", "quotes": [{**QUOTE, "speaker": 7}]}, "Quote.speaker: expected str"),
        ({"text": "x", "dates": [{"date": 20240605, "start": 0, "end": 1}]}, "DateMention.date: expected date"),
    ],
)
def test_from_dict_names_what_is_wrong(data: object, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        PressRelease.from_dict(data)  # type: ignore[arg-type]
