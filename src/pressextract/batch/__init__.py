"""Batch extraction over whole press archives: ``pressextract batch`` and :func:`run`.

>>> from pressextract.batch import run
>>> summary = run(["archive/"], "facts.sqlite", workers=4)  # doctest: +SKIP
>>> summary.exit_code  # doctest: +SKIP
0
"""

from __future__ import annotations

from .inputs import DEFAULT_MAX_CHARS, Document, InputProblem, count_documents, iter_documents
from .outputs import FORMATS, OutputError, Result, guess_format, open_writer, sqlite_schema
from .runner import Summary, default_workers, extract_texts, run

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FORMATS",
    "Document",
    "InputProblem",
    "OutputError",
    "Result",
    "Summary",
    "count_documents",
    "default_workers",
    "extract_texts",
    "guess_format",
    "iter_documents",
    "open_writer",
    "run",
    "sqlite_schema",
]
