#!/usr/bin/env python3
"""Build ``src/pressextract/data/org_common_nouns.txt``: German common nouns, to tell a name from a noun.

German capitalizes every noun, so "Klinikum Esslingen" (a name) and "Krankenhaus Einfluss" (two
nouns) look alike. The organizations component asks this list whether a capitalized word is a
common noun.

Source: GermEval 2014 NER (NoSta-D) training part, ``../shared/data/germeval2014/train.bioes.txt``
(``TOKEN TAG`` lines, BIOES tags), licensed CC BY 4.0. Citation: Benikova, Biemann, Reznicek:
"NoSta-D Named Entity Annotation for German: Guidelines and Dataset", LREC 2014.

A common noun is a capitalized, purely alphabetic word outside every entity span, not first in
its sentence, seen at least ``--min-count`` times, and found inside entity spans in at most 20 %
of its occurrences.

    python scripts/build_org_common_nouns.py [--source PATH] [--min-count 3] [--out PATH]
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "germeval2014" / "train.bioes.txt"
DEFAULT_OUT = ROOT / "src" / "pressextract" / "data" / "org_common_nouns.txt"
NOUN_SHAPE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}$")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    outside: collections.Counter[str] = collections.Counter()
    inside: collections.Counter[str] = collections.Counter()
    first = True
    for line in args.source.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            first = True
            continue
        token, tag = parts[0], parts[1]
        if NOUN_SHAPE.match(token):
            if tag == "O":
                if not first:
                    outside[token] += 1
            else:
                inside[token] += 1
        first = token in {".", "!", "?", ":", '"'}
    nouns = sorted(
        w for w, n in outside.items() if n >= args.min_count and inside[w] <= 0.2 * (n + inside[w])
    )
    header = (
        "# German common nouns: capitalized words outside entity spans, not sentence-initial, seen at\n"
        f"# least {args.min_count} times in the training part of GermEval 2014 NER (NoSta-D), inside entity\n"
        "# spans in at most 20 % of their occurrences. Built by scripts/build_org_common_nouns.py.\n"
        "# Source: Benikova, Biemann, Reznicek, LREC 2014; data licensed CC BY 4.0\n"
    )
    args.out.write_text(header + "\n".join(nouns) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
