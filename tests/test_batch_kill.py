"""A batch killed with SIGKILL mid-way and rerun: no duplicates, no loss, no torn lines or rows.

Also runs the worker-process pool (``--workers 2``), since both need real subprocesses.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

DOCS = 400
TEMPLATES = [
    "Rostock, {d}. April 2024 – Die Hansestadt Rostock meldet für 2023 einen Rekord bei Übernachtungen (Nr. {n}).",
    "Potsdam, {d}.05.2023 – Das Landesamt hat den Förderbescheid Nr. {n} über 1,2 Millionen Euro übergeben.",
    "Ulm, {d}. März 2022 – Die Stadtwerke Ulm bauen bis 2025 ein neues Wärmenetz; Meldung {n}.",
]


def make_dump(path: Path) -> list[str]:
    ids = []
    with path.open("w", encoding="utf-8") as stream:
        for n in range(DOCS):
            doc_id = f"pm-{n:04d}"
            ids.append(doc_id)
            text = TEMPLATES[n % len(TEMPLATES)].format(d=n % 28 + 1, n=n)
            stream.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return ids


def written_ids(fmt: str, output: Path) -> list[str]:
    """The document ids in the output, in order, as a reader would see them now."""
    if fmt == "jsonl":
        if not output.exists():
            return []
        lines = output.read_bytes().split(b"\n")
        return [json.loads(line)["id"] for line in lines[:-1]]  # the part after the last newline may be torn
    if fmt == "csv":
        path = output / "documents.csv"
        if not path.exists():
            return []
        with path.open(encoding="utf-8", newline="") as stream:
            return [row["id"] for row in csv.DictReader(stream)]
    if not output.exists():
        return []
    try:
        with sqlite3.connect(f"file:{output}?mode=ro", uri=True, timeout=5) as db:
            return [row[0] for row in db.execute("SELECT id FROM documents ORDER BY pk")]
    except sqlite3.OperationalError:  # tables not created yet
        return []


def batch_command(dump: Path, output: Path, fmt: str, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "pressextract", "batch", str(dump), "-o", str(output), "--format", fmt,
        "--chunk-size", "4", *extra,
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_sigkill_mid_run_then_resume(fmt: str, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    ids = make_dump(dump)
    output = tmp_path / {"jsonl": "out.jsonl", "csv": "out", "sqlite": "out.sqlite"}[fmt]
    process = subprocess.Popen(
        batch_command(dump, output, fmt, "--workers", "1"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    try:
        while len(written_ids(fmt, output)) < 8:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.monotonic() < deadline, "the batch wrote nothing in 120 s"
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        if process.stderr:
            process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    before = written_ids(fmt, output)
    assert 8 <= len(before) < DOCS, "the kill must land mid-way"
    assert before == ids[: len(before)]

    rerun = subprocess.run(batch_command(dump, output, fmt, "--workers", "1"), capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{DOCS} documents" in rerun.stderr and f"{len(before)} skipped" in rerun.stderr
    after = written_ids(fmt, output)
    assert after == ids  # each document exactly once, none lost
    if fmt == "jsonl":
        assert output.read_bytes().endswith(b"\n")
        assert all(set(json.loads(line)) >= {"id", "source", "text", "years"} for line in output.read_text().splitlines())
    if fmt == "csv":
        with (output / "years.csv").open(encoding="utf-8", newline="") as stream:
            years = [(row["doc_id"], row["year"]) for row in csv.DictReader(stream)]
        # Every document names a year, and no (document, year) row is there twice.
        assert sorted({doc_id for doc_id, _ in years}) == ids
        assert len(years) == len(set(years))
    if fmt == "sqlite":
        with sqlite3.connect(output) as db:
            orphans = db.execute("SELECT count(*) FROM years WHERE doc_pk NOT IN (SELECT pk FROM documents)").fetchone()
            rows, distinct = db.execute(
                "SELECT count(*), count(DISTINCT doc_pk || '-' || year) FROM years"
            ).fetchone()
            with_years = db.execute("SELECT count(DISTINCT doc_pk) FROM years").fetchone()
        assert orphans == (0,) and rows == distinct and with_years == (DOCS,)


def test_two_worker_processes_keep_order_and_count(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    ids = make_dump(dump)[:40]
    dump.write_text("".join(dump.read_text(encoding="utf-8").splitlines(keepends=True)[:40]), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    done = subprocess.run(batch_command(dump, output, "jsonl", "--workers", "2"), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    assert all(r["years"] for r in records)


def crash_on_marker(items: list[tuple[str, str | None]]) -> list[tuple[dict[str, str] | None, None]]:
    """A worker task that dies (like a process killed for memory) on a text containing CRASH."""
    if any("CRASH" in text for text, _ in items):
        os._exit(1)
    return [({"text": text}, None) for text, _ in items]


def test_a_dying_worker_costs_only_its_document() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from pressextract.batch.runner import _one_by_one, _Pool, _process_pool

    pool = _Pool(lambda: _process_pool(2), window=4, renewable=True)
    try:
        items = [("eins", None), ("CRASH", None), ("drei", None)]
        broken = pool.executor.submit(crash_on_marker, items)
        with pytest.raises(BrokenProcessPool):
            broken.result(timeout=120)
        pool.renew(pool.generation)
        outcomes = _one_by_one(pool, items, crash_on_marker)
        assert outcomes[0] == ({"text": "eins"}, None) and outcomes[2] == ({"text": "drei"}, None)
        assert outcomes[1][0] is None and outcomes[1][1] is not None and outcomes[1][1][0] == "worker_crash"
        assert pool.generation == 2  # renewed once for the chunk, once for the document
    finally:
        pool.shutdown()


def process_group(pgid: int) -> list[int]:
    """The live (not zombie) processes of a process group, from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) "
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("kill", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_killed_batch_leaves_no_process(kill: signal.Signals, tmp_path: Path) -> None:
    """SIGTERM ends like Ctrl-C (exit 143, workers stopped); after SIGKILL the workers notice and end."""
    dump = tmp_path / "dump.jsonl"
    make_dump(dump)
    output = tmp_path / "out.jsonl"
    log = tmp_path / "stderr.txt"
    # stderr to a file, not a pipe: a child left behind would hold a pipe open forever.
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            batch_command(dump, output, "jsonl", "--workers", "2"),
            stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 180
        while len(written_ids("jsonl", output)) < 8:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the batch wrote nothing in 180 s"
            time.sleep(0.05)
        assert len(process_group(process.pid)) >= 3  # the batch, the fork server, the workers
        os.kill(process.pid, kill)
        process.wait(timeout=30)
        left: list[int] = []
        for _ in range(100):
            left = process_group(process.pid)
            if not left:
                break
            time.sleep(0.1)
    finally:
        if process_group(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
        if process.poll() is None:
            process.wait(timeout=30)
    err = log.read_text()
    assert left == [], f"processes left 10 s after {kill.name}"
    if kill == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL
        return  # the output may end in a torn line, which a rerun cuts (see the test above)
    assert process.returncode == 143, err
    assert "interrupted" in err and "Traceback" not in err
    data = output.read_bytes()
    assert data.endswith(b"\n")
    ids = [json.loads(line)["id"] for line in data.splitlines()]
    assert ids == [f"pm-{n:04d}" for n in range(len(ids))]
