"""Typed records of the facts in a press release (see the eval GUIDELINES for what each is).

Every fact keeps ``start`` and ``end``, the character offsets of its evidence in the text
(``text[start:end]``), and ``found_by``, the name of the component and pattern that found it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

__all__ = [
    "FACT_FIELDS",
    "FACT_TYPES",
    "LIST_PART_FIELDS",
    "LIST_PART_TYPES",
    "Boilerplate",
    "Contact",
    "DateMention",
    "Dateline",
    "Headline",
    "OrganizationMention",
    "PressRelease",
    "ProjectMention",
    "Quote",
    "RankChange",
    "Ranking",
    "RecordError",
    "Score",
    "Speaker",
    "YearMention",
]


class RecordError(ValueError):
    """A dict or JSON text that does not have the shape of a record."""


_Fact = TypeVar("_Fact", bound="_FactBase")


@dataclass(frozen=True, slots=True)
class _FactBase:
    """Shared (de)serialization of one fact: its fields plus its span."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, dt.date) else value
        return out

    @classmethod
    def from_dict(cls: type[_Fact], data: dict[str, Any]) -> _Fact:
        if not isinstance(data, dict):
            raise RecordError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = _typed_value(cls.__name__, f.name, str(f.type), data[f.name])
            elif f.default is dataclasses.MISSING:
                raise RecordError(f"{cls.__name__}: missing field {f.name!r}")
        return cls(**kwargs)


def _typed_value(owner: str, name: str, annotation: str, value: Any) -> Any:
    """``value`` as the field's declared type (an ISO string for a date, an int for a float), or
    :class:`RecordError` naming the field: a record must not carry ``rank="drei"``."""
    if value is None:
        if "None" in annotation:
            return None
        raise RecordError(f"{owner}.{name}: must not be null")
    base = annotation.replace(" ", "").replace("|None", "")
    if base == "dt.date":
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise RecordError(f"{owner}.{name}: not an ISO date: {value!r}") from None
        if isinstance(value, dt.date):
            return value
    elif isinstance(value, bool):
        pass  # JSON true/false is no number and no name
    elif base == "int" and isinstance(value, int):
        return value
    elif base == "float" and isinstance(value, (int, float)):
        return float(value)
    elif base == "str" and isinstance(value, str):
        return value
    elif base == "list[str]" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise RecordError(f"{owner}.{name}: expected {base.removeprefix('dt.')}, got {type(value).__name__} {value!r}"[:300])


@dataclass(frozen=True, slots=True)
class Ranking(_FactBase):
    """A placement of someone or something in a ranking, competition or list."""

    entity: str
    rank: int
    year: int | None
    ranking: str | None
    category: str | None
    of: int | None
    start: int
    end: int
    found_by: str = ""
    # The entity's join key (see pressextract.keys): the same body has the same key in a release.
    key: str | None = None


@dataclass(frozen=True, slots=True)
class RankChange(_FactBase):
    """A stated move up (delta > 0) or down (delta < 0) in a ranking."""

    entity: str
    delta: int
    since: int | None
    start: int
    end: int
    found_by: str = ""
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Score(_FactBase):
    """Points or a rating given in an evaluation ("80,4 Punkte", "Note 1,5")."""

    entity: str | None
    value: float
    max: float | None
    unit: str
    category: str | None
    year: int | None
    start: int
    end: int
    found_by: str = ""
    key: str | None = None


@dataclass(frozen=True, slots=True)
class YearMention(_FactBase):
    """A calendar year the text names (first mention)."""

    year: int
    start: int
    end: int
    found_by: str = ""


@dataclass(frozen=True, slots=True)
class DateMention(_FactBase):
    """A complete calendar date the text names (first mention)."""

    date: dt.date
    start: int
    end: int
    found_by: str = ""


@dataclass(frozen=True, slots=True)
class Speaker(_FactBase):
    """A person to whom at least one quote is attributed."""

    name: str
    title: str | None
    role: str | None
    organization: str | None
    start: int
    end: int
    found_by: str = ""
    # The name's key (no genitive ending) and the organization's key.
    key: str | None = None
    organization_key: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(_FactBase):
    """Direct speech or quoted writing; ``speaker`` is the speaker's name or None."""

    text: str
    speaker: str | None
    start: int
    end: int
    found_by: str = ""
    # What ties the quote to its speaker as written: the speech verb ("sagte"), ":" of a colon
    # introduction, "laut"/"zufolge", ...; None where nothing in the text does.
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class ProjectMention(_FactBase):
    """A named project, programme, initiative, campaign or funding scheme."""

    name: str
    start: int
    end: int
    found_by: str = ""


@dataclass(frozen=True, slots=True)
class OrganizationMention(_FactBase):
    """A named organization, in the nominative, its fullest name in the text."""

    name: str
    start: int
    end: int
    found_by: str = ""
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Headline(_FactBase):
    """The release's headline: its first line(s) of title, without a label like "Pressemitteilung"."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Dateline(_FactBase):
    """The place and date the release opens with ("Lübeck, 5. Juni 2024 –"); either may be missing."""

    place: str | None
    date: dt.date | None
    start: int
    end: int
    key: str | None = None  # the place's entity key, as for the facts


@dataclass(frozen=True, slots=True)
class Contact(_FactBase):
    """A press contact block ("Pressekontakt:", "Ansprechpartner:"): its names, e-mails and phones."""

    names: list[str]
    emails: list[str]
    phones: list[str]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Boilerplate(_FactBase):
    """A closing block about the sender ("Über die Stadt …", "Über XY GmbH")."""

    heading: str
    start: int
    end: int


FACT_TYPES: dict[str, type[_FactBase]] = {
    "rankings": Ranking,
    "rank_changes": RankChange,
    "scores": Score,
    "years": YearMention,
    "dates": DateMention,
    "speakers": Speaker,
    "quotes": Quote,
    "projects": ProjectMention,
    "organizations": OrganizationMention,
}
FACT_FIELDS: tuple[str, ...] = tuple(FACT_TYPES)
# The release parts that are lists (``headline`` and ``dateline`` are one item or None).
LIST_PART_TYPES: dict[str, type[_FactBase]] = {"contact": Contact, "boilerplate": Boilerplate}
LIST_PART_FIELDS: tuple[str, ...] = tuple(LIST_PART_TYPES)


@dataclass(frozen=True, slots=True)
class PressRelease:
    """All facts extracted from one press release, and its parts (headline, dateline, contact, boilerplate)."""

    text: str
    published: dt.date | None = None
    rankings: list[Ranking] = field(default_factory=list)
    rank_changes: list[RankChange] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    projects: list[ProjectMention] = field(default_factory=list)
    organizations: list[OrganizationMention] = field(default_factory=list)
    headline: Headline | None = None
    dateline: Dateline | None = None
    contact: list[Contact] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)

    # 1.1: entity keys on the facts, and the release parts (headline ... boilerplate). Records of
    # 1.0 still read: what they lack takes its default.
    SCHEMA_VERSION: ClassVar[str] = "1.1"

    def to_dict(self) -> dict[str, Any]:
        """The GUIDELINES shape, JSON-safe, each item with its span beside its fields."""
        out: dict[str, Any] = {
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
        }
        for name in FACT_FIELDS:
            out[name] = [item.to_dict() for item in getattr(self, name)]
        out["headline"] = self.headline.to_dict() if self.headline else None
        out["dateline"] = self.dateline.to_dict() if self.dateline else None
        for name in LIST_PART_FIELDS:
            out[name] = [item.to_dict() for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PressRelease:
        """Inverse of :meth:`to_dict`; raises :class:`RecordError` on a malformed dict."""
        if not isinstance(data, dict):
            raise RecordError(f"PressRelease: expected an object, got {type(data).__name__}")
        text = data.get("text")
        if not isinstance(text, str):
            raise RecordError("PressRelease: 'text' must be a string")
        published_raw = data.get("published")
        published: dt.date | None = None
        if published_raw is not None:
            try:
                published = dt.date.fromisoformat(str(published_raw))
            except ValueError as exc:
                raise RecordError(f"PressRelease.published: not an ISO date: {published_raw!r}") from exc
        items_of: dict[str, Any] = {}
        for name, item_type in {**FACT_TYPES, **LIST_PART_TYPES}.items():
            items = data.get(name)
            if items is None:
                items = []
            if not isinstance(items, list):
                raise RecordError(f"PressRelease.{name}: expected a list")
            items_of[name] = [item_type.from_dict(item) for item in items]
        headline_raw, dateline_raw = data.get("headline"), data.get("dateline")
        return cls(
            text=text,
            published=published,
            headline=Headline.from_dict(headline_raw) if headline_raw is not None else None,
            dateline=Dateline.from_dict(dateline_raw) if dateline_raw is not None else None,
            **items_of,
        )

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> PressRelease:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(f"PressRelease: not JSON: {exc}") from exc
        return cls.from_dict(data)
