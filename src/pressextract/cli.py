"""The ``pressextract`` command line: thin parsing around plain functions."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .records import PressRelease


class InputError(Exception):
    """An input the CLI cannot read; its message is one line for the user."""


def read_text_input(source: str, stdin: TextIO | None = None) -> str:
    """The text of a file (UTF-8, with or without BOM) or of ``-`` (standard input)."""
    if source == "-":
        return (stdin or sys.stdin).read()
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a directory, not a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from None


def extract_command(source: str, *, published: str | None, model: str | None, fmt: str, out: TextIO) -> int:
    from . import default_extractor, load

    text = read_text_input(source)
    extractor = load(model) if model else default_extractor()
    record: PressRelease = extractor.extract(text, published=published)
    if fmt == "jsonl":
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return 0


def schema_command(out: TextIO, *, batch: bool = False) -> int:
    from .schema import batch_line_schema, json_schema

    schema = batch_line_schema() if batch else json_schema()
    out.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return 0


def _logging_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    level = common.add_mutually_exclusive_group()
    level.add_argument("-v", "--verbose", action="count", default=0, help="more messages on stderr (-vv: debug)")
    level.add_argument("-q", "--quiet", action="store_true", help="errors only on stderr (no warnings, no summary)")
    return common


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (tests and callers may replace it)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def configure_logging(verbose: int, quiet: bool) -> None:
    """Messages of the ``pressextract`` loggers on stderr: warnings by default, -v info, -vv debug, -q errors."""
    level = logging.ERROR if quiet else {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logger = logging.getLogger("pressextract")
    logger.setLevel(level)
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("pressextract: %(levelname)s: %(message)s"))
        logger.addHandler(handler)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="pressextract", description="Extract facts from German press releases as JSON records."
    )
    parser.add_argument("--version", action="version", version=f"pressextract {__version__}")
    common = _logging_options()
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", parents=[common], help="extract the facts of one release and print its record")
    ex.add_argument("file", help="a UTF-8 text file, or - for standard input")
    ex.add_argument("--format", choices=["json", "jsonl"], default="json", help="pretty JSON or one line")
    ex.add_argument("--published", help="the release's own date, YYYY-MM-DD (else read from a dateline)")
    ex.add_argument("--model", help="a German spaCy pipeline (name or path) instead of the shipped one")
    schema = sub.add_parser("schema", parents=[common], help="print the JSON Schema of records")
    schema.add_argument(
        "--batch", action="store_true", help="the schema of a batch JSONL line (a record with id and source, or an error)"
    )
    sh = sub.add_parser("show", parents=[common], help="write an HTML page that marks each fact's evidence in the text")
    sh.add_argument("file", help="a UTF-8 text file or - (standard input); with --id a batch output (SQLite or JSONL)")
    sh.add_argument("-o", "--output", help="the HTML file to write (default: standard output)")
    sh.add_argument("--id", help="show this document of a batch output instead of extracting a text")
    sh.add_argument("--source", help="with --id: the document's source, where several sources share the id")
    sh.add_argument("--published", help="the release's own date, YYYY-MM-DD (else read from a dateline)")
    sh.add_argument("--model", help="a German spaCy pipeline (name or path) instead of the shipped one")
    from .batch.command import add_batch_arguments

    add_batch_arguments(
        sub.add_parser("batch", parents=[common], help="extract whole archives into JSONL, CSV or SQLite")
    )
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = out or sys.stdout
    configure_logging(args.verbose, args.quiet)
    try:
        if args.command == "extract":
            return extract_command(args.file, published=args.published, model=args.model, fmt=args.format, out=out)
        if args.command == "schema":
            return schema_command(out, batch=args.batch)
        if args.command == "show":
            from .show import show_command

            return show_command(
                args.file, output=args.output, doc_id=args.id, doc_source=args.source,
                published=args.published, model=args.model, out=out,
            )
        if args.command == "batch":
            from .batch.command import batch_command

            return batch_command(args)
    except (InputError, ValueError, OSError) as exc:
        print(f"pressextract: error: {exc}", file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 2
