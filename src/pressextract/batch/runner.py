"""The batch run: documents in, one result each out, on N processes or a Dask cluster, streaming.

Reading, skipping what the output already holds, and writing happen in this process; extraction
runs in chunks of documents on worker processes (each loads the model once and runs
``Extractor.extract_many``, i.e. ``nlp.pipe``, over its chunk). Only a bounded number of chunks
are in flight, so memory stays flat whatever the archive's size, and results are written in input
order. One document that breaks extraction becomes an error record; its chunk neighbours are
extracted one by one and go on.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from .inputs import DEFAULT_MAX_CHARS, Document, InputProblem, count_documents, iter_documents
from .outputs import Result, Writer, open_writer

if TYPE_CHECKING:
    from ..pipeline import Extractor

__all__ = ["DEFAULT_CHUNK_SIZE", "ModelError", "Summary", "Terminated", "default_workers", "extract_texts", "run"]

DEFAULT_CHUNK_SIZE = 32
logger = logging.getLogger("pressextract.batch")
# An extraction outcome as it travels back from a worker: (record dict, None) or (None, (kind, message)).
Outcome = tuple[dict[str, Any] | None, tuple[str, str] | None]


@dataclass
class Summary:
    """What a batch run did; ``exit_code`` is 1 while the output holds error records (of this run or
    an earlier one), else 0."""

    output: str
    format: str
    documents: int = 0  # documents read from the inputs, including the skipped ones
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (resume) or a repeated key in the inputs
    errors_by_kind: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    output_errors: int = 0  # error records in the output at the end, earlier runs' included

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.output_errors else 0

    @property
    def docs_per_second(self) -> float:
        processed = self.succeeded + self.failed
        return processed / self.seconds if self.seconds > 0 else 0.0

    def describe(self) -> str:
        """The one-paragraph summary printed at the end of a run."""
        line = (
            f"{self.documents} documents: {self.succeeded} extracted, {self.failed} failed, "
            f"{self.skipped} skipped (already in {self.output}); "
            f"{self.seconds:.1f} s, {self.docs_per_second:.1f} docs/s"
        )
        if self.errors_by_kind:
            kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.errors_by_kind.items()))
            line += f"\nfailures by kind: {kinds}"
        if self.output_errors > self.failed:
            line += f"\n{self.output} holds {self.output_errors} error records in all, earlier runs' included"
        return line


def default_workers() -> int:
    """All the cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# --- worker side -------------------------------------------------------------------------------

_EXTRACTORS: dict[str | None, Extractor] = {}
_EXTRACTORS_LOCK = threading.Lock()


def worker_extractor(model: str | None) -> Extractor:
    """The extractor of this process for ``model`` (None: the shipped one), loaded once."""
    with _EXTRACTORS_LOCK:
        extractor = _EXTRACTORS.get(model)
        if extractor is None:
            from .. import default_extractor, load

            extractor = load(model) if model else default_extractor()
            _EXTRACTORS[model] = extractor
        return extractor


class ModelError(Exception):
    """The model named for a run cannot be loaded; raised before any document is read."""


def check_model(model: str | None) -> None:
    """Load ``model`` in this process (a worker's, once for all its tasks) or raise :class:`ModelError`.

    Run as the first task of a pool, so that a mistyped ``--model`` ends the run with one
    message instead of turning every document into an error record.
    """
    try:
        worker_extractor(model)
    except Exception as exc:  # noqa: BLE001 - whatever spaCy raises, the user needs one line
        detail = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise ModelError(f"cannot load the model {model!r}: {detail}"[:500]) from None


def _failure(exc: BaseException) -> tuple[str, str]:
    message = f"{type(exc).__name__}: {exc}".splitlines()[0] if str(exc) else type(exc).__name__
    return ("extraction", message[:500])


class Terminated(KeyboardInterrupt):
    """SIGTERM, ended like Ctrl-C: what is written is kept, workers stop (``pressextract batch`` exits 143)."""


def raise_terminated(signum: int, frame: object) -> None:
    """A SIGTERM handler for the batch command's process."""
    raise Terminated()


# While results are written, an interrupt waits until the batch of results is whole on disk.
_WRITING = threading.local()


@contextmanager
def _signals_deferred_while_writing() -> Iterator[None]:
    """Wrap the Python handlers of SIGINT and SIGTERM (main thread only) so that they run after
    :func:`_writing` ends rather than inside it. A default SIGTERM (kill the process) stays as it is:
    the outputs cut a torn last line or row when they are opened again."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    originals: dict[signal.Signals, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(signum)
        if callable(handler):
            originals[signum] = handler
            signal.signal(signum, _deferring(handler))
    try:
        yield
    finally:
        for original_signum, original in originals.items():
            signal.signal(original_signum, original)


def _deferring(handler: Callable[[int, Any], Any]) -> Callable[[int, Any], Any]:
    def deferring(signum: int, frame: Any) -> Any:
        if getattr(_WRITING, "active", False):
            _WRITING.pending = (handler, signum, frame)
            return None
        return handler(signum, frame)

    return deferring


@contextmanager
def _writing() -> Iterator[None]:
    _WRITING.active = True
    try:
        yield
    finally:
        _WRITING.active = False
        pending = getattr(_WRITING, "pending", None)
        _WRITING.pending = None
        if pending is not None:
            handler, signum, frame = pending
            handler(signum, frame)


class DocumentTimeout(Exception):
    """Extraction ran past its time limit (raised from a SIGALRM timer)."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this thread after ``seconds`` (Unix main thread; else no limit).

    The signal handler runs between Python bytecodes, which is where extraction spends its time
    (patterns, date parsing, component code); a worker thread (Dask) cannot take signals.
    """
    usable = (
        seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_texts(
    items: Sequence[tuple[str, str | None]],
    model: str | None = None,
    batch_size: int = 16,
    extractor: Extractor | None = None,
    timeout: float | None = None,
) -> list[Outcome]:
    """Records (as dicts) for (text, published) pairs; runs in a worker process or Dask worker.

    The chunk goes through ``nlp.pipe`` in one go; if anything in it fails, each text is
    extracted on its own so that only the culprit becomes an error. ``timeout``: seconds a
    document may take (the chunk gets as many times that as it has documents); one that takes
    longer becomes a ``timeout`` error.
    """
    extractor = extractor or worker_extractor(model)
    texts = [text for text, _ in items]
    dates = [published for _, published in items]
    try:
        with _time_limit(timeout * len(items) if timeout else None):
            records = list(extractor.extract_many(texts, published=dates, batch_size=batch_size))
        return [(record.to_dict(), None) for record in records]
    except Exception:  # noqa: BLE001, S110 - the loop below finds the document that failed
        pass
    outcomes: list[Outcome] = []
    for text, published in items:
        try:
            with _time_limit(timeout):
                record = extractor.extract(text, published=published)
            outcomes.append((record.to_dict(), None))
        except DocumentTimeout as exc:
            outcomes.append((None, ("timeout", str(exc))))
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
            outcomes.append((None, _failure(exc)))
    return outcomes


# --- main side ---------------------------------------------------------------------------------


class _InlineExecutor(cf.Executor):
    """Runs each task at once in this process (one worker: no process start, no pickling)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        return future


class _Pool:
    """An executor that can be replaced after a worker process died (e.g. killed for memory)."""

    def __init__(self, make: Callable[[], cf.Executor], window: int, renewable: bool) -> None:
        self._make = make
        self.executor = make()
        self.window = window
        self.renewable = renewable
        self.generation = 0  # which executor a future came from: only a failure of the current one renews it

    def renew(self, generation: int) -> None:
        if self.renewable and generation == self.generation:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._make()
            self.generation += 1

    def shutdown(self) -> None:
        try:
            self.executor.shutdown(wait=True, cancel_futures=True)
        except TypeError:  # Dask's executor has no cancel_futures
            self.executor.shutdown(wait=True)

    def close(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        """Shut down after the run; interrupted (Ctrl-C, SIGTERM), stop the workers instead of waiting.

        A worker may be in the middle of a long chunk, and a process whose parent was told to
        stop must not go on using memory and CPU; the fork server and the resource tracker end
        by themselves once the workers and this process are gone.
        """
        if exc_type is None or issubclass(exc_type, Exception):
            self.shutdown()
            return
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        try:
            self.executor.shutdown(wait=False, cancel_futures=True)
        except TypeError:
            self.executor.shutdown(wait=False)
        for process in processes:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join(5)


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(chunk: list[Document], outcomes: Sequence[Outcome]) -> list[Result]:
    """Merge the chunk's input problems and the workers' outcomes back into input order."""
    pending = iter(outcomes)
    results = []
    for document in chunk:
        if document.problem is not None:
            results.append(Result(document, problem=document.problem))
            continue
        record, failure = next(pending)
        if record is not None:
            results.append(Result(document, record=record))
        else:
            assert failure is not None
            results.append(Result(document, problem=InputProblem(*failure)))
    return results


def _items(chunk: list[Document]) -> list[tuple[str, str | None]]:
    return [(doc.text or "", doc.published) for doc in chunk if doc.problem is None]


def _one_by_one(pool: _Pool, items: list[tuple[str, str | None]], task: Callable[..., list[Outcome]]) -> list[Outcome]:
    """After a lost worker: each document in a task of its own, so one crash costs one document."""
    outcomes: list[Outcome] = []
    for item in items:
        try:
            outcomes.extend(pool.executor.submit(task, [item]).result())
        except Exception as exc:  # noqa: BLE001 - the worker died on this very document
            pool.renew(pool.generation)
            outcomes.append((None, ("worker_crash", f"the worker process died: {type(exc).__name__}: {exc}"[:500])))
    return outcomes


def _process_pool(workers: int, model: str | None = None) -> cf.Executor:
    """Worker processes that start clean: no threads or locks inherited from this process.

    Where the OS has it, a fork server that has imported pressextract (spaCy, dateparser, ...)
    once forks the workers; for the shipped model (``model`` None) the fork server also loads
    the model once, so the workers start with it. Elsewhere "spawn" starts them anew and each
    loads the model itself. (The fork server is started once per process: its preload list is
    the one of the first pool, and a worker that lacks the model loads it on first use.)
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        preload = ["pressextract", "pressextract.batch.runner"]
        if model is None:
            preload.append("pressextract.batch._preload_model")
        forkserver.set_forkserver_preload(preload)
        context: Any = forkserver
    else:
        context = multiprocessing.get_context("spawn")
    return cf.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_exit_with, initargs=(os.getpid(),)
    )


def _exit_with(main_pid: int, interval: float = 1.0) -> None:
    """Worker initializer: end this worker once the batch process is gone (e.g. killed with SIGKILL).

    A worker's parent is the fork server, not the batch process, and its siblings keep the task
    queue open, so without this a worker would wait for tasks (or finish a long chunk) forever;
    the fork server and the resource tracker end once the batch process and the workers are gone.
    """

    def watch() -> None:
        while True:
            time.sleep(interval)
            try:
                os.kill(main_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # alive, under another user (cannot happen for our own parent)
                pass

    threading.Thread(target=watch, name="pressextract-exit-with-batch", daemon=True).start()


def _progress_bar(enabled: bool, total: int | None) -> Any:
    from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]

    return tqdm(
        total=total, unit="doc", disable=not enabled, file=sys.stderr, dynamic_ncols=True, smoothing=0.1
    )


def run(
    inputs: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    workers: int | None = None,
    model: str | None = None,
    extractor: Extractor | None = None,
    text_column: str = "text",
    id_column: str = "id",
    max_chars: int = DEFAULT_MAX_CHARS,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    batch_size: int = 16,
    timeout: float | None = None,
    overwrite: bool = False,
    progress: bool | None = None,
    dask: Any = None,
    stdin: IO[bytes] | None = None,
) -> Summary:
    """Extract every document of ``inputs`` into ``output``; returns the :class:`Summary`.

    ``inputs``: folders, files, globs, ``-`` (JSONL on stdin); see :func:`iter_documents`.
    ``fmt``: ``jsonl``, ``csv`` (a folder) or ``sqlite``; default from the output's name.
    ``workers``: processes (default: all cores); ``model``: a spaCy pipeline name or path
    instead of the shipped model; ``extractor``: an already loaded one (one worker only).
    ``dask``: a scheduler address or a ``distributed.Client``: extraction runs on that cluster.
    ``timeout``: seconds one document may take; a slower one becomes a ``timeout`` error record
    (Unix; not on Dask worker threads).
    ``overwrite``: start the output anew instead of resuming it.
    ``progress``: a progress bar on stderr (default: when stderr is a terminal).
    """
    started = time.perf_counter()
    workers = workers or default_workers()
    if extractor is not None and (workers > 1 or dask is not None):
        raise ValueError("a loaded extractor runs in this process only: use model= with workers > 1 or dask")
    with ExitStack() as cleanup:
        task: Callable[..., list[Outcome]]
        if dask is not None:
            from ..dask import cluster_executor

            executor, window, close_cluster = cluster_executor(dask)
            cleanup.callback(close_cluster)
            pool = _Pool(lambda: executor, window, renewable=False)
            task = _bind(extract_texts, model=model, batch_size=batch_size, timeout=timeout)
        elif workers > 1:
            pool = _Pool(lambda: _process_pool(workers, model), window=2 * workers, renewable=True)
            task = _bind(extract_texts, model=model, batch_size=batch_size, timeout=timeout)
        else:
            if extractor is None:
                check_model(model)
            local = extractor or worker_extractor(model)
            pool = _Pool(_InlineExecutor, window=1, renewable=False)
            task = _bind_local(local, batch_size, timeout)
        cleanup.push(pool.close)
        cleanup.enter_context(_signals_deferred_while_writing())
        if model is not None and (dask is not None or workers > 1):
            _check_model_on(pool, model)  # the inline branch above loaded it already
        writer: Writer = open_writer(output, fmt, overwrite=overwrite)
        where = f"Dask cluster {dask}" if dask is not None else f"{workers} worker process(es)"
        logger.info("%s: %d documents already there; extracting on %s", os.fspath(output), writer.resumed, where)
        cleanup.callback(writer.close)  # before the pool goes: what is written is kept, also on an error
        summary = Summary(
            output=os.fspath(output), format=fmt or type(writer).__name__.removesuffix("Writer").lower()
        )
        show = sys.stderr.isatty() if progress is None else progress
        bar = _progress_bar(show, count_documents(inputs) if show else None)
        cleanup.callback(bar.close)
        _stream(inputs, writer, pool, task, bar, summary, text_column=text_column, id_column=id_column,
                max_chars=max_chars, chunk_size=chunk_size, stdin=stdin)
        summary.output_errors = writer.errors
    summary.seconds = time.perf_counter() - started
    return summary


def _check_model_on(pool: _Pool, model: str) -> None:
    """Load ``model`` on one worker of the pool before any document is read (see :func:`check_model`)."""
    try:
        pool.executor.submit(check_model, model).result()
    except ModelError:
        raise
    except Exception as exc:  # noqa: BLE001 - a worker that died loading the model
        raise ModelError(f"cannot load the model {model!r}: the worker failed: {type(exc).__name__}: {exc}"[:500]) from None


def _stream(
    inputs: Sequence[str | os.PathLike[str]],
    writer: Writer,
    pool: _Pool,
    task: Callable[..., list[Outcome]],
    bar: Any,
    summary: Summary,
    *,
    text_column: str,
    id_column: str,
    max_chars: int,
    chunk_size: int,
    stdin: IO[bytes] | None,
) -> None:
    """Read, skip what is done, send chunks to the pool (a bounded number in flight), write in order."""

    def fresh(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            summary.documents += 1
            if writer.has(document.source, document.id):
                summary.skipped += 1
                bar.update(1)
                continue
            yield document

    def write(results: list[Result]) -> None:
        with _writing():
            write_all(results)

    def write_all(results: list[Result]) -> None:
        for result in results:
            if not writer.write(result):
                summary.skipped += 1  # the same key twice in the inputs: the first one stands
            elif result.ok:
                summary.succeeded += 1
            else:
                summary.failed += 1
                assert result.problem is not None
                summary.errors_by_kind[result.problem.kind] += 1
        writer.commit()
        bar.update(len(results))
        if summary.failed:
            bar.set_postfix(errors=summary.failed, refresh=False)

    in_flight: deque[tuple[list[Document], cf.Future[list[Outcome]] | None, int]] = deque()

    def finish_oldest() -> None:
        chunk, future, generation = in_flight.popleft()
        items = _items(chunk)
        outcomes: list[Outcome] = []
        if future is not None:
            try:
                outcomes = future.result()
            except Exception:  # noqa: BLE001 - a lost worker: retry its documents one by one
                pool.renew(generation)
                outcomes = _one_by_one(pool, items, task)
        write(_results(chunk, outcomes))

    documents = iter_documents(inputs, text_column=text_column, id_column=id_column, max_chars=max_chars, stdin=stdin)
    for chunk in _chunks(fresh(documents), chunk_size):
        items = _items(chunk)
        future = pool.executor.submit(task, items) if items else None
        in_flight.append((chunk, future, pool.generation))
        while len(in_flight) >= pool.window:
            finish_oldest()
    while in_flight:
        finish_oldest()
    if bar.total is not None and bar.total != bar.n:
        bar.total = bar.n  # the count was an estimate (CSV texts with line breaks)
        bar.refresh()


class _bind:
    """A picklable ``extract_texts`` with its settings (a lambda cannot go to a spawned worker)."""

    def __init__(self, function: Callable[..., list[Outcome]], **settings: Any) -> None:
        self.function = function
        self.settings = settings

    def __call__(self, items: list[tuple[str, str | None]]) -> list[Outcome]:
        return self.function(items, **self.settings)


def _bind_local(
    extractor: Extractor, batch_size: int, timeout: float | None
) -> Callable[[list[tuple[str, str | None]]], list[Outcome]]:
    def task(items: list[tuple[str, str | None]]) -> list[Outcome]:
        return extract_texts(items, batch_size=batch_size, extractor=extractor, timeout=timeout)

    return task

