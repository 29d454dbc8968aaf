"""Extraction on a Dask cluster (optional extra: ``pip install pressextract[dask]``).

Two ways in:

- :func:`extract_bag` turns a ``dask.bag`` of texts or ``{"text", "id", "published", ...}`` dicts
  into a bag of output records (the JSONL shape of ``pressextract batch``);
- ``pressextract batch INPUT... -o OUT --dask ADDRESS`` (or ``batch.run(..., dask=ADDRESS)``)
  reads and writes on this machine and sends chunks of texts to the cluster.

Each worker process loads the model once (:func:`pressextract.batch.runner.worker_extractor`)
and keeps it for every later task. Workers need pressextract (and the model, if not the shipped
one) installed; prefer one thread per worker process, since extraction holds the GIL.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections.abc import Callable, Iterable
from typing import Any

from .batch.runner import extract_texts

__all__ = ["cluster_executor", "extract_bag", "extract_partition"]


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "Dask support needs the optional dependencies: pip install 'pressextract[dask]'"
        ) from exc


def extract_partition(
    items: Iterable[Any], model: str | None = None, text_key: str = "text", batch_size: int = 16
) -> list[dict[str, Any]]:
    """Output records for one partition: ``{"id", "source", **record}`` or ``{"id", "source", "error"}``.

    An item is a text or a dict with the text under ``text_key`` and optional ``id``,
    ``source``, ``published`` (ISO date) and ``title``; a plain text has id and source None.
    """
    heads: list[dict[str, Any]] = []
    work: list[tuple[int, tuple[str, str | None]]] = []
    for index, item in enumerate(items):
        data: dict[str, Any] = {text_key: item} if isinstance(item, str) else dict(item)
        head = {"id": data.get("id"), "source": data.get("source")}
        if data.get("title"):
            head["title"] = data["title"]
        heads.append(head)
        text = data.get(text_key)
        if not isinstance(text, str) or not text.strip():
            head["error"] = {"kind": "empty" if isinstance(text, str) or text is None else "malformed",
                             "message": f"no text under {text_key!r}"}
            continue
        work.append((index, (text, data.get("published"))))
    outcomes = extract_texts([pair for _, pair in work], model=model, batch_size=batch_size)
    for (index, _), (record, failure) in zip(work, outcomes):
        if record is not None:
            heads[index].update(record)
        else:
            assert failure is not None
            heads[index]["error"] = {"kind": failure[0], "message": failure[1]}
    return heads


def extract_bag(bag: Any, *, model: str | None = None, text_key: str = "text", batch_size: int = 16) -> Any:
    """A bag of output records from a bag of texts or dicts (see :func:`extract_partition`).

    >>> import dask.bag as db  # doctest: +SKIP
    >>> records = extract_bag(db.read_text("dump-*.jsonl").map(json.loads))  # doctest: +SKIP
    >>> records.map(json.dumps).to_textfiles("facts-*.jsonl")  # doctest: +SKIP
    """
    _require_dask()
    return bag.map_partitions(extract_partition, model=model, text_key=text_key, batch_size=batch_size)


def cluster_executor(cluster: Any) -> tuple[cf.Executor, int, Callable[[], None]]:
    """(executor, chunks to keep in flight, close) for a scheduler address or a ``distributed.Client``.

    The executor is the client's ``concurrent.futures`` view; ``close`` closes a client made here
    (a client passed in stays open for its owner).
    """
    _require_dask()
    from distributed import Client

    client: Any = cluster if isinstance(cluster, Client) else Client(cluster)  # type: ignore[no-untyped-call]
    threads = sum(client.nthreads().values()) or 1
    executor: cf.Executor = client.get_executor(pure=False)

    def close() -> None:
        if client is not cluster:
            client.close()

    return executor, 2 * threads, close
