"""Building the German pipeline and the :class:`Extractor` that turns texts into records."""

from __future__ import annotations

import datetime as dt
import importlib.resources
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from pathlib import Path
from typing import Any

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .components.published import find_published
from .facts import release_from_doc, set_published
from .longtext import DEFAULT_PIECE_CHARS, merge_pieces, pieces
from .records import PressRelease
from .tokenizer import LongRunGuardTokenizer

MODEL_NAME = "de_pressextract_ner"

# The extraction components in the order they run; each reads only what earlier ones wrote.
EXTRACTION_COMPONENTS: tuple[str, ...] = (
    "pressextract_published",
    "pressextract_years",
    "pressextract_dates",
    "pressextract_rankings",
    "pressextract_rank_changes",
    "pressextract_scores",
    "pressextract_quotes",
    "pressextract_projects",
    "pressextract_organizations",
)

# Gendered forms stay one token: "Bürger*innen", "Minister:innen", "Lehrer_innen", "Schüler/-innen".
GENDERED_TOKEN = regex.compile(r"^\w+(?:[*:_]|/-?)in(?:nen)?$", regex.V1)


def shipped_model_path() -> Path | None:
    """The trained model shipped with the package (wheel) or beside it in ``models/`` (checkout)."""
    packaged = importlib.resources.files("pressextract").joinpath("_model").joinpath(MODEL_NAME)
    candidates = [Path(str(packaged)), Path(__file__).resolve().parents[2] / "models" / MODEL_NAME]
    for path in candidates:
        if (path / "meta.json").is_file():
            return path
    return None


def customize_tokenizer(nlp: Language) -> None:
    """Press-release rules on top of spaCy's German tokenizer (idempotent)."""
    if isinstance(nlp.tokenizer, LongRunGuardTokenizer):
        return
    base: Any = nlp.tokenizer
    previous = base.token_match

    def token_match(text: str) -> Any:
        return GENDERED_TOKEN.match(text) or (previous(text) if previous else None)

    base.token_match = token_match
    nlp.tokenizer = LongRunGuardTokenizer(base)


def build_pipeline(model: str | Path | Language | None = None, *, use_shipped: bool = True) -> Language:
    """A German pipeline with the pressextract components added.

    ``model``: None for the shipped model (or a blank German pipeline where none is shipped),
    a spaCy package name or path (e.g. ``"de_core_news_lg"``), or a loaded ``Language``.
    """
    if isinstance(model, Language):
        nlp = model
    elif model is not None:
        nlp = spacy.load(model)
    else:
        path = shipped_model_path() if use_shipped else None
        nlp = spacy.load(path) if path else spacy.blank("de")
    if nlp.lang != "de":
        raise ValueError(f"pressextract needs a German pipeline; {nlp.meta.get('name', '?')} is {nlp.lang!r}")
    customize_tokenizer(nlp)
    has_sentences = any(
        name in nlp.pipe_names for name in ("parser", "senter", "sentencizer", "pressextract_sentences")
    )
    if not has_sentences:
        nlp.add_pipe("pressextract_sentences", first=True)
    for name in EXTRACTION_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"pressextract expects the text as str, got {type(text).__name__}")
    return text


def _check_published(published: object) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published)
        except ValueError:
            raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {published!r}") from None
    raise TypeError(f"published must be a datetime.date, an ISO string or None, got {type(published).__name__}")


class Extractor:
    """Loaded once, extracts records from many texts.

    Texts longer than ``piece_chars`` are processed in pieces split at paragraph boundaries
    (see :mod:`pressextract.longtext`), so memory stays bounded and spans stay global.
    """

    def __init__(self, nlp: Language, *, piece_chars: int = DEFAULT_PIECE_CHARS) -> None:
        self.nlp = nlp
        self.piece_chars = min(piece_chars, nlp.max_length)

    def _make_doc(self, text: str, published: dt.date | None) -> Doc:
        doc = self.nlp.make_doc(text)
        set_published(doc, published)
        return doc

    def extract(self, text: str, published: dt.date | str | None = None) -> PressRelease:
        """The facts of one press release. ``published`` overrides a dateline in the text."""
        return next(self.extract_many([text], published=[published]))

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        published: Iterable[dt.date | str | None] | None = None,
        n_process: int = 1,
        batch_size: int = 16,
    ) -> Iterator[PressRelease]:
        """Records for many texts, in order, through ``nlp.pipe``."""
        # What each doc sent into nlp.pipe belongs to; nlp.pipe keeps order, so a queue suffices.
        plan: deque[tuple[str, dt.date | None, int, int]] = deque()

        def docs() -> Iterator[Doc]:
            for text, date in _paired(texts, published):
                text = _check_text(text)
                date = _check_published(date)
                parts = list(pieces(text, self.piece_chars)) if text else [(0, text)]
                if date is None and len(parts) > 1:
                    # Read the dateline once from the whole text, so that every piece knows it.
                    dateline = find_published(text)
                    date = dateline.date if dateline else None
                for i, (offset, piece) in enumerate(parts):
                    plan.append((text, date, offset, len(parts) - i))
                    # A piece after the first has no dateline of its own: it inherits the date.
                    yield self._make_doc(piece, date)

        collected: list[tuple[int, PressRelease]] = []
        for doc in self.nlp.pipe(docs(), n_process=n_process, batch_size=batch_size):
            text, date, offset, remaining = plan.popleft()
            collected.append((offset, release_from_doc(doc)))
            if remaining == 1:
                yield merge_pieces(text, date, collected)
                collected = []


def _paired(texts: Iterable[str], published: Iterable[Any] | None) -> Iterator[tuple[str, Any]]:
    """(text, date) pairs; ``published`` has one date per text, or is None for no dates."""
    if published is None:
        for text in texts:
            yield text, None
        return
    if isinstance(texts, Sized) and isinstance(published, Sized) and len(texts) != len(published):
        raise ValueError(f"published has {len(published)} dates for {len(texts)} texts; give one per text (or None)")
    dates, missing = iter(published), object()
    for text in texts:
        date = next(dates, missing)
        if date is missing:
            raise ValueError("published has fewer dates than texts; give one per text (or None)")
        yield text, date
    if next(dates, missing) is not missing:
        raise ValueError("published has more dates than texts; give one per text (or None)")


def load(model: str | Path | Language | None = None) -> Extractor:
    """An :class:`Extractor` over the shipped model, or over ``model`` (a name, path or pipeline)."""
    return Extractor(build_pipeline(model))
