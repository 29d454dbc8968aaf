#!/usr/bin/env python3
"""Peak memory and time of ``extract`` on huge and hostile texts, each in a fresh process.

    python scripts/check_memory.py [--quick] [--limit-mb 600]

Cases: a run of 400,000 parentheses, 1,000,000 low quote marks, a 5 MB release built from
examples/*.txt repeated, and the same at a fifth of the size, so that time can be compared
with length (a linear extractor keeps "cpu s/M chars" about equal between sizes; CPU time,
since wall time on a shared machine says more about the neighbours). Peak MB is the
child's maximum resident set size, the loaded model included; "model" is a tiny text's. Exits
1 when a case exceeds ``--limit-mb``. ``--quick`` runs every case at a tenth of its size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs in the child: build the text, load, warm up, extract once, report time and peak RSS.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import pressextract

kind, size, root = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
if kind == "release":
    releases = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    block = "\n\n".join(releases) + "\n\n"
    text = block * max(1, size // len(block.encode("utf-8")))
else:
    text = kind * size
extractor = pressextract.default_extractor()
extractor.extract("Lübeck liegt 2024 mit 80,4 Punkten auf Platz 8.")
started, cpu = time.perf_counter(), time.process_time()
record = extractor.extract(text) if kind != "model" else None
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
facts = sum(len(getattr(record, f)) for f in pressextract.FACT_FIELDS) if record else 0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"chars": len(text), "seconds": seconds, "cpu": cpu, "peak_mb": peak, "facts": facts}))
"""

CASES: list[tuple[str, str, int]] = [
    ("model (tiny text)", "model", 1),
    ('"(" * 400_000', "(", 400_000),
    ('"„" * 1_000_000', "„", 1_000_000),
    ("release 1 MB", "release", 1_000_000),
    ("release 5 MB", "release", 5_000_000),
]


def run_case(kind: str, size: int) -> dict[str, float]:
    src = str(ROOT / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(size), str(ROOT)], capture_output=True, text=True, env=env
    )
    if done.returncode != 0:
        sys.exit(f"{kind} * {size} failed:\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="every case at a tenth of its size")
    parser.add_argument("--limit-mb", type=float, default=600.0, help="peak RSS allowed per case")
    args = parser.parse_args()
    over = []
    print(f"{'case':<22} {'chars':>10} {'seconds':>8} {'cpu s':>7} {'cpu s/M chars':>13} {'peak MB':>8} {'facts':>6}", flush=True)
    for name, kind, size in CASES:
        if args.quick and kind != "model":
            size //= 10
            name += " / 10"
        row = run_case(kind, size)
        per_m = row["cpu"] / row["chars"] * 1_000_000 if kind != "model" else 0.0
        print(
            f"{name:<22} {row['chars']:>10,.0f} {row['seconds']:>8.1f} {row['cpu']:>7.1f} {per_m:>13.1f}"
            f" {row['peak_mb']:>8.0f} {row['facts']:>6.0f}",
            flush=True,
        )
        if row["peak_mb"] > args.limit_mb:
            over.append(name)
    if over:
        print(f"over {args.limit_mb:.0f} MB: {', '.join(over)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
