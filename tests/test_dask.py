"""Extraction on a Dask LocalCluster: extract_bag and batch.run(..., dask=client)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db

from pressextract.batch import run
from pressextract.dask import extract_bag

RELEASES = [
    {"id": "r1", "text": "Bremen, 2. Februar 2024 – Die Stadt Bremen eröffnet 2024 drei neue Kitas."},
    {"id": "r2", "text": "Halle (Saale), 15.01.2023 – Die Universität meldet für 2022 mehr Studierende.",
     "published": "2023-01-15"},
    {"id": "r3", "text": "   "},
    {"id": "r4", "text": "Augsburg, 9. Juli 2021 – Der Zoo zählte 2020 weniger Besucher."},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # In-process workers: no process start, but the same scheduling and serialization paths.
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    )
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def test_extract_bag_gives_one_record_per_item(client: Any) -> None:
    bag = db.from_sequence(RELEASES + ["Kassel, 3. März 2020 – Ein Text ohne Id aus dem Jahr 2019."], npartitions=2)
    records = extract_bag(bag).compute()
    assert [r["id"] for r in records] == ["r1", "r2", "r3", "r4", None]
    assert records[1]["published"] == "2023-01-15"
    assert {y["year"] for y in records[0]["years"]} == {2024}
    assert records[2]["error"]["kind"] == "empty"
    assert {y["year"] for y in records[4]["years"]} == {2019, 2020}


def test_batch_run_on_the_cluster(client: Any, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RELEASES), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    summary = run([str(dump)], output, dask=client, chunk_size=2)
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["r1", "r2", "r3", "r4"]
    assert (summary.succeeded, summary.failed, summary.exit_code) == (3, 1, 1)
    assert {y["year"] for y in records[3]["years"]} == {2020, 2021}
    assert client.status == "running"  # a client passed in stays open for its owner


def test_batch_run_by_scheduler_address(client: Any, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RELEASES[:2]), encoding="utf-8")
    summary = run([str(dump)], tmp_path / "out.sqlite", dask=client.scheduler.address)
    assert (summary.succeeded, summary.failed) == (2, 0)
