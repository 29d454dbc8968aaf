#!/usr/bin/env python3
"""Time per MB of text for 0.1, 1 and 5 MB releases (issue: bad, hostile and huge input).

    python scripts/bench_scaling.py [--sizes 0.1 1 5]

Builds each text from the example releases in examples/, repeated, runs ``extract`` once
(after a warm-up), and prints seconds, seconds per MB, peak RSS and the ratio of each size's
time to the smallest one's, scaled by size: a linear extractor stays near 1.0 (the bar is
10x the text in at most 12x the time).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import pressextract

ROOT = Path(__file__).resolve().parents[1]


def build_text(target_bytes: int) -> str:
    releases = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if not releases:
        sys.exit("no examples/*.txt to build texts from")
    block = "\n\n".join(releases) + "\n\n"
    copies = max(1, target_bytes // len(block.encode("utf-8")))
    return block * copies


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 5.0], help="sizes in MB")
    args = parser.parse_args()
    extractor = pressextract.load()
    extractor.extract(build_text(20_000))  # warm-up: model, lexicons, dateparser
    rows = []
    for size in args.sizes:
        text = build_text(int(size * 1_000_000))
        mb = len(text.encode("utf-8")) / 1_000_000
        started = time.perf_counter()
        record = extractor.extract(text)
        seconds = time.perf_counter() - started
        facts = sum(len(getattr(record, f)) for f in pressextract.FACT_FIELDS)
        rows.append((mb, seconds, facts, peak_rss_mb()))
    base_mb, base_s = rows[0][0], rows[0][1]
    print(f"model: {extractor.nlp.meta.get('name')} {extractor.nlp.meta.get('version')}, pipes: {extractor.nlp.pipe_names}")
    print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7} {'facts':>7} {'peak RSS MB':>12} {'time ratio / size ratio':>24}")
    for mb, seconds, facts, rss in rows:
        ratio = (seconds / base_s) / (mb / base_mb)
        print(f"{mb:6.2f} {seconds:9.2f} {seconds / mb:7.2f} {facts:7d} {rss:12.0f} {ratio:24.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
