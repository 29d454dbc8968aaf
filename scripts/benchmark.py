#!/usr/bin/env python
"""Batch benchmark: documents/s and peak memory of the bare spaCy pipeline vs. full extraction.

    python scripts/benchmark.py --docs 2000

Builds a synthetic archive (JSONL) from the example releases in ``examples/*.txt`` (years,
days and numbers varied per document so no two are the same), then measures, each in a fresh
process so that peaks do not mix:

- ``bare``: the shipped spaCy model alone (``nlp.pipe``, one process: tagger, POS, lemmatizer, NER) — the floor;
- ``full-1``: ``pressextract.batch.run`` with 1 worker (in-process), JSONL output;
- ``full-2``: the same with 2 worker processes.

Throughput is documents / wall time of the processing. The model is loaded before the clock
starts for ``bare`` and ``full-1``; for ``full-2`` the clock includes starting and loading the
worker processes (a conservative figure). Peak memory is the maximum resident set size
(``ru_maxrss``) of the measuring process and, for ``full-2``, of its largest worker.

Bars from the issue: full ≥ 0.5× bare docs/s; 2 workers ≥ 1.6× 1 worker; ≤ 600 MB per worker.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# Used only where the project has no example releases yet.
FALLBACK_RELEASES = [
    (
        "Leipzig, 12. März 2024 – Die Stadt Leipzig belegt im Nachhaltigkeitsranking 2024 den 5. Platz "
        "unter 80 Großstädten. Im Vorjahr lag sie noch auf Rang 9.\n\n„Das ist ein schöner Erfolg für "
        "alle, die sich engagieren“, sagte Oberbürgermeister Max Beispiel."
    ),
    (
        "Hannover, 03.06.2023 – Die Beispiel Versicherung AG erhält im Kundenmonitor 2023 die Note 1,8 "
        "und ist damit Testsieger in der Kategorie Service."
    ),
]

YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
DAY = re.compile(r"\b([1-9]|[12]\d)\.(?= (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))")


def example_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return [t for t in texts if t.strip()] or FALLBACK_RELEASES


def build_archive(path: Path, docs: int, seed: int = 7) -> None:
    """``docs`` JSONL documents, each an example release with its years and days shifted."""
    rng = random.Random(seed)
    bases = example_texts()
    with path.open("w", encoding="utf-8") as stream:
        for n in range(docs):
            shift = rng.randint(-6, 0)
            text = YEAR.sub(lambda m, shift=shift: str(int(m.group(1)) + shift), bases[n % len(bases)])
            text = DAY.sub(lambda m: f"{rng.randint(1, 28)}.", text)
            stream.write(json.dumps({"id": f"bench-{n:06d}", "text": text}, ensure_ascii=False) + "\n")


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def read_texts(archive: Path) -> list[str]:
    return [json.loads(line)["text"] for line in archive.read_text(encoding="utf-8").splitlines()]


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure_api(archive: Path, model: str | None) -> dict[str, Any]:
    """``Extractor.extract_many`` over the texts in memory: extraction without the batch layer."""
    import pressextract

    extractor = pressextract.load(model) if model else pressextract.default_extractor()
    texts = read_texts(archive)
    extractor.extract(texts[0])
    cpu, started = cpu_seconds(), time.perf_counter()
    records = sum(1 for _ in extractor.extract_many(texts))
    seconds = time.perf_counter() - started
    return {
        "docs": records, "failed": 0, "seconds": seconds, "cpu_seconds": cpu_seconds() - cpu,
        "peak_mb_main": peak_mb(resource.RUSAGE_SELF), "peak_mb_worker": peak_mb(resource.RUSAGE_SELF),
    }


def measure_bare(archive: Path, model: str | None) -> dict[str, Any]:
    import spacy

    from pressextract.pipeline import shipped_model_path

    path = model or shipped_model_path()
    nlp = spacy.load(path) if path else spacy.blank("de")
    # The whole model as spaCy loads it (tagger, POS, lemmatizer, NER), no extraction component.
    texts = read_texts(archive)
    pipes = ["tokenizer", *nlp.pipe_names]
    cpu, started = cpu_seconds(), time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=16))
    seconds = time.perf_counter() - started
    return {
        "docs": len(texts), "seconds": seconds, "cpu_seconds": cpu_seconds() - cpu, "pipes": pipes,
        "entities": entities,
        "model": str(path) if path else "blank de (no NER model found)",
        "peak_mb_main": peak_mb(resource.RUSAGE_SELF), "peak_mb_worker": peak_mb(resource.RUSAGE_SELF),
    }


class DescendantPeaks(threading.Thread):
    """The largest RSS seen in any process below this one (the workers), sampled every 50 ms.

    Workers are started by a fork server, so ``RUSAGE_CHILDREN`` of this process does not see
    them; psutil (installed with Dask's distributed) reads their memory directly.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_bytes = 0
        self.cpu_seconds: dict[int, float] = {}  # last seen user+system time of each process
        self.stopped = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.stopped.wait(0.05):
            for child in me.children(recursive=True):
                try:
                    self.peak_bytes = max(self.peak_bytes, child.memory_info().rss)
                    times = child.cpu_times()
                    self.cpu_seconds[child.pid] = times.user + times.system
                except psutil.Error:
                    continue


def measure_full(archive: Path, model: str | None, workers: int) -> dict[str, Any]:
    from pressextract.batch import run
    from pressextract.batch.runner import worker_extractor

    sampler = DescendantPeaks() if workers > 1 and importlib.util.find_spec("psutil") else None
    if sampler:
        sampler.start()

    if workers == 1:
        # Loaded (and its date parser warmed up) before the clock, like the bare pipeline.
        worker_extractor(model).extract(read_texts(archive)[0])
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "out.jsonl"
        cpu, started = cpu_seconds(), time.perf_counter()
        summary = run([str(archive)], output, workers=workers, model=model, progress=False)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu
        size = output.stat().st_size
    main = peak_mb(resource.RUSAGE_SELF)
    worker = main
    if workers > 1:
        worker = float("nan")
        if sampler:
            sampler.stopped.set()
            sampler.join()
            worker = sampler.peak_bytes / 2**20
            cpu += sum(sampler.cpu_seconds.values())  # the workers' (sampled every 50 ms)
    return {
        "docs": summary.succeeded + summary.failed, "failed": summary.failed, "seconds": seconds,
        "cpu_seconds": cpu,
        "output_mb": size / 1e6, "peak_mb_main": main, "peak_mb_worker": worker,
    }


def run_measurement(kind: str, archive: Path, model: str | None) -> dict[str, Any]:
    """One measurement in a fresh interpreter, so each peak is its own."""
    command = [sys.executable, __file__, "--measure", kind, "--archive", str(archive)]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement {kind} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["docs_per_s"] = result["docs"] / result["seconds"]
    return result


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores usable, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents in the synthetic archive")
    parser.add_argument("--model", help="a spaCy pipeline (name or path) instead of the shipped model")
    parser.add_argument("--measure", choices=["bare", "api", "full-1", "full-2"], help=argparse.SUPPRESS)
    parser.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        if args.measure == "bare":
            result = measure_bare(args.archive, args.model)
        elif args.measure == "api":
            result = measure_api(args.archive, args.model)
        else:
            result = measure_full(args.archive, args.model, workers=int(args.measure[-1]))
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "archive.jsonl"
        build_archive(archive, args.docs)
        size_mb = archive.stat().st_size / 1e6
        print(f"machine: {machine()}")
        print(f"archive: {args.docs} documents from {len(example_texts())} example releases, {size_mb:.1f} MB JSONL")
        kinds = ("bare", "api", "full-1", "full-2")
        results = {kind: run_measurement(kind, archive, args.model) for kind in kinds}

    bare, api, one, two = (results[kind] for kind in kinds)
    print(f"bare pipeline: {' + '.join(bare['pipes'])} ({bare['model']})")
    print("api: Extractor.extract_many in memory (no batch layer); full-N: pressextract.batch.run, N workers")
    print()
    header = f"{'run':<8} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'CPU s':>7} {'docs/CPU s':>11}"
    print(f"{header} {'peak MB main':>13} {'peak MB/worker':>15}")
    for kind, r in results.items():
        print(
            f"{kind:<8} {r['docs']:>6} {r['seconds']:>8.1f} {r['docs_per_s']:>8.1f} {r['cpu_seconds']:>7.1f} "
            f"{r['docs'] / max(r['cpu_seconds'], 1e-9):>11.1f} {r['peak_mb_main']:>13.0f} {r['peak_mb_worker']:>15.0f}"
        )
    print()
    print(f"batch layer (full-1 / api docs/s): {one['docs_per_s'] / api['docs_per_s']:5.2f}x")
    share = two["cpu_seconds"] / (two["seconds"] * 2)
    print(f"CPU the 2-worker run got: {share:4.0%} of 2 cores (others' load on this machine shows here)")
    full_vs_bare = one["docs_per_s"] / bare["docs_per_s"]
    two_vs_one = two["docs_per_s"] / one["docs_per_s"]
    worst_worker = max(one["peak_mb_worker"], two["peak_mb_worker"])
    print(f"full (1 worker) / bare:   {full_vs_bare:5.2f}x   (bar >= 0.5x)  {'ok' if full_vs_bare >= 0.5 else 'BELOW BAR'}")
    print(f"2 workers / 1 worker:     {two_vs_one:5.2f}x   (bar >= 1.6x)  {'ok' if two_vs_one >= 1.6 else 'BELOW BAR'}")
    print(f"peak memory per worker:   {worst_worker:5.0f} MB  (bar <= 600 MB) {'ok' if worst_worker <= 600 else 'ABOVE BAR'}")
    if one["failed"] or two["failed"]:
        print(f"warning: {one['failed']} / {two['failed']} documents failed in the full runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
