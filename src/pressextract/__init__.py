"""pressextract: facts from German press releases as typed records.

>>> import pressextract
>>> record = pressextract.extract("Lübeck liegt 2024 auf dem 8. Platz.")
>>> [y.year for y in record.years]
[2024]
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from .pipeline import Extractor, build_pipeline, load
from .records import (
    FACT_FIELDS,
    Boilerplate,
    Contact,
    Dateline,
    DateMention,
    Headline,
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
from .schema import batch_line_schema, json_schema

try:
    __version__ = version("pressextract")  # the one place it is set is pyproject.toml
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "FACT_FIELDS",
    "Boilerplate",
    "Contact",
    "DateMention",
    "Dateline",
    "Extractor",
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
    "__version__",
    "batch_line_schema",
    "build_pipeline",
    "default_extractor",
    "extract",
    "json_schema",
    "load",
]


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The extractor over the shipped model, loaded once per process."""
    return load()


def extract(text: str, published: dt.date | str | None = None) -> PressRelease:
    """The facts of one German press release (uses one cached :class:`Extractor`)."""
    return default_extractor().extract(text, published=published)
