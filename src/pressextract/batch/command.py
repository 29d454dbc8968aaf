"""The ``pressextract batch`` subcommand: its arguments and what it runs (wired into ``pressextract.cli``)."""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
import threading
from typing import TextIO

from .inputs import DEFAULT_MAX_CHARS
from .outputs import FORMATS, OutputError

EPILOG = """\
inputs: folders (recursive: .txt .md .json .jsonl .csv .html .htm), files, glob patterns,
and - for JSONL on standard input. JSON/JSONL objects carry "text" and optional "id",
"published" (YYYY-MM-DD) and "title"; CSV files a text column (--text-column).

Rerunning with the same OUTPUT skips the documents already in it (resume).
Exit status: 0 all documents extracted, 1 some failed (error records in the output),
2 bad arguments, a model that does not load or an output that cannot be written,
130 interrupted (Ctrl-C), 143 terminated (SIGTERM); both keep what was written.
"""


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="folder, file, glob, or - (JSONL on stdin)")
    parser.add_argument("-o", "--output", required=True, help="output file (JSONL, SQLite) or folder (CSV); - for stdout JSONL")
    parser.add_argument(
        "--format", choices=FORMATS, default=None,
        help="output format (default: sqlite for .sqlite/.sqlite3/.db, csv for an existing folder, else jsonl)",
    )
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--model", help="a German spaCy pipeline (name or path) instead of the shipped one")
    parser.add_argument("--text-column", default="text", help="the text field of JSON(L) objects and CSV files")
    parser.add_argument("--id-column", default="id", help="the id field of JSON(L) objects and CSV files")
    parser.add_argument(
        "--max-chars", type=int, default=DEFAULT_MAX_CHARS,
        help=f"longer texts become 'oversized' error records (default {DEFAULT_MAX_CHARS:,})",
    )
    parser.add_argument("--chunk-size", type=int, default=32, help="documents per task sent to a worker")
    parser.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS",
        help="a document whose extraction takes longer becomes a 'timeout' error record (default: no limit)",
    )
    parser.add_argument("--overwrite", action="store_true", help="start OUTPUT anew instead of resuming it")
    parser.add_argument("--dask", metavar="ADDRESS", help="run extraction on this Dask scheduler (pressextract[dask])")
    bar = parser.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None, help="always show a progress bar")
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")


def batch_command(args: argparse.Namespace, err: TextIO | None = None) -> int:
    from .runner import ModelError, Terminated, raise_terminated, run

    err = err or sys.stderr
    if args.workers is not None and args.workers < 1:
        print("pressextract: error: --workers must be at least 1", file=err)
        return 2
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, raise_terminated) if on_main_thread else None
    try:
        summary = run(
            args.inputs,
            args.output,
            fmt=args.format,
            workers=args.workers,
            model=args.model,
            text_column=args.text_column,
            id_column=args.id_column,
            max_chars=args.max_chars,
            chunk_size=max(1, args.chunk_size),
            timeout=args.timeout,
            overwrite=args.overwrite,
            progress=False if getattr(args, "quiet", False) and args.progress is None else args.progress,
            dask=args.dask,
        )
    except ModelError as exc:
        print(f"pressextract: error: {exc}", file=err)
        return 2
    except ImportError as exc:
        if args.dask is None:
            raise
        print(f"pressextract: error: --dask: {exc}", file=err)  # the extra is not installed
        return 2
    except (OutputError, sqlite3.Error) as exc:
        print(f"pressextract: error: {args.output}: {exc}" if isinstance(exc, sqlite3.Error) else f"pressextract: error: {exc}", file=err)
        return 2
    except KeyboardInterrupt as exc:
        print("pressextract: interrupted; rerun the same command to resume", file=err)
        return 143 if isinstance(exc, Terminated) else 130
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
    if not getattr(args, "quiet", False):
        print(summary.describe(), file=err)
    return summary.exit_code
