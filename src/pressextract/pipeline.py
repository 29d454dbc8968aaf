"""Building the German pipeline and the :class:`Extractor` that turns texts into records."""

from __future__ import annotations

import datetime as dt
import importlib.resources
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .cleantext import clean
from .components.published import find_published
from .facts import finish_release, lemma_table, release_from_doc, set_published
from .longtext import (
    DEFAULT_BATCH_TOKENS,
    DEFAULT_PIECE_CHARS,
    DEFAULT_PIECE_TOKENS,
    PieceMerger,
    token_batches,
    token_bounded_pieces,
)
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


@dataclass(frozen=True)
class _Piece:
    """What one doc sent through the pipeline belongs to."""

    merger: PieceMerger
    lemmas: dict[str, str]  # of the whole text, filled piece by piece
    text: str
    published: dt.date | None
    offset: int
    last: bool


class Extractor:
    """Loaded once, extracts records from many texts.

    Long texts are processed in pieces of bounded characters and tokens, and docs go through
    the pipeline in batches of bounded tokens (see :mod:`pressextract.longtext`), so memory
    stays bounded whatever the length of a text, and spans stay global.
    """

    def __init__(
        self,
        nlp: Language,
        *,
        piece_chars: int = DEFAULT_PIECE_CHARS,
        piece_tokens: int = DEFAULT_PIECE_TOKENS,
        batch_tokens: int = DEFAULT_BATCH_TOKENS,
    ) -> None:
        self.nlp = nlp
        self.piece_chars = min(piece_chars, nlp.max_length)
        self.piece_tokens = piece_tokens
        self.batch_tokens = batch_tokens

    def extract(self, text: str, published: dt.date | str | None = None) -> PressRelease:
        """The facts of one press release. ``published`` overrides a dateline in the text."""
        return next(self.extract_many([text], published=[published]))

    def _pieces(self, pairs: Iterable[tuple[str, Any]]) -> Iterator[tuple[_Piece, Doc]]:
        """Each text's pieces, tokenized, in order; the last piece of a text is marked."""
        for text, date in pairs:
            text = _check_text(text)
            date = _check_published(date)
            # The pipeline reads a mended copy (no surrogates, controls, soft hyphens);
            # spans are mapped back to ``text``.
            cleaned = clean(text)
            if date is None:
                # The dateline is read once from the whole text, so that every piece knows it.
                dateline = find_published(cleaned.text)
                date = dateline.date if dateline else None
            merger = PieceMerger(cleaned.to_original if cleaned.dropped_before else None)
            lemmas: dict[str, str] = {}
            parts = token_bounded_pieces(cleaned.text, self.nlp.make_doc, self.piece_chars, self.piece_tokens)
            previous = next(parts)
            for part in parts:
                yield _Piece(merger, lemmas, text, date, previous[0], False), previous[1]
                previous = part
            yield _Piece(merger, lemmas, text, date, previous[0], True), previous[1]

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        published: Iterable[dt.date | str | None] | None = None,
        n_process: int = 1,
        batch_size: int = 16,
    ) -> Iterator[PressRelease]:
        """Records for many texts, in order, through ``nlp.pipe``.

        With ``n_process`` 1, docs go through in batches of at most ``batch_size`` docs and
        ``batch_tokens`` tokens. With more processes, spaCy batches ``batch_size`` docs per
        worker: each worker's memory is bounded by ``batch_size`` pieces instead.
        """
        stream = self._pieces(_paired(texts, published))
        if n_process == 1:
            batches = token_batches(stream, lambda item: len(item[1]), batch_size, self.batch_tokens)
            for batch in batches:
                docs = self.nlp.pipe((self._prepared(piece, doc) for piece, doc in batch), batch_size=batch_size)
                yield from self._records(zip((piece for piece, _ in batch), docs))
        else:
            # nlp.pipe ships docs to the workers in order and returns them in order: a queue suffices.
            plan: deque[_Piece] = deque()

            def queued() -> Iterator[Doc]:
                for piece, doc in stream:
                    plan.append(piece)
                    yield self._prepared(piece, doc)

            processed = self.nlp.pipe(queued(), n_process=n_process, batch_size=batch_size)
            yield from self._records((plan.popleft(), doc) for doc in processed)

    @staticmethod
    def _prepared(piece: _Piece, doc: Doc) -> Doc:
        set_published(doc, piece.published)
        return doc

    @staticmethod
    def _records(processed: Iterable[tuple[_Piece, Doc]]) -> Iterator[PressRelease]:
        for piece, doc in processed:
            piece.merger.add(piece.offset, release_from_doc(doc))
            piece.lemmas.update(lemma_table(doc))
            if piece.last:
                yield finish_release(piece.merger.result(piece.text, piece.published), piece.lemmas)


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
