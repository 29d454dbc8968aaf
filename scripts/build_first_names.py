#!/usr/bin/env python3
"""Build ``src/pressextract/data/first_names.txt`` from the person names in GermEval 2014.

Source: GermEval 2014 NER (NoSta-D) training part, ``../shared/data/germeval2014/train.bioes.txt``
(``TOKEN TAG`` lines, BIOES tags), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
Citation: Benikova, Biemann, Reznicek: "NoSta-D Named Entity Annotation for German: Guidelines and
Dataset", LREC 2014.

A given name is the first token of a multi-token PER span ("Wolf Peter Bree" gives "Wolf") that
looks like a given name: capitalized letters only, at least two letters, not an initial and not a
title or particle. Names seen at least ``--min-count`` times are kept, so that one-off errors
and surnames that happen to open a span stay out.

    python scripts/build_first_names.py [--source PATH] [--min-count 2] [--out PATH]
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "germeval2014" / "train.bioes.txt"
DEFAULT_OUT = ROOT / "src" / "pressextract" / "data" / "first_names.txt"

# Words that open PER spans without being given names: titles, honorifics, particles.
NOT_GIVEN_NAMES = {
    "Dr",
    "Prof",
    "Professor",
    "Professorin",
    "Herr",
    "Frau",
    "Sir",
    "Lord",
    "Lady",
    "Graf",
    "Gräfin",
    "Fürst",
    "Fürstin",
    "König",
    "Königin",
    "Kaiser",
    "Kaiserin",
    "Papst",
    "Prinz",
    "Prinzessin",
    "Herzog",
    "Herzogin",
    "Bischof",
    "Pfarrer",
    "Pater",
    "Schwester",
    "Bruder",
    "Sankt",
    "St",
    "Saint",
    "Mister",
    "Madame",
    "Monsieur",
    "Don",
    "Doña",
    "Von",
    "Van",
    "De",
    "Der",
    "Die",
    "Das",
    "Den",
    "Al",
    "El",
    "La",
    "Le",
    "Mc",
    "Mac",
    "Onkel",
    "Tante",
    "Kardinal",
    "General",
    "Kapitän",
    "Major",
    "Oberst",
    "Leutnant",
    "Ritter",
    "Meister",
    "Dalai",
    "Lama",
}
GIVEN_NAME_SHAPE = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàíóúñçëï]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúñçëï]+)?$")


def person_spans(lines: list[str]) -> list[list[str]]:
    """The token lists of the PER spans in BIOES ``TOKEN TAG`` lines."""
    spans: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        parts = line.split()
        if len(parts) < 2:
            current = []
            continue
        token, tag = parts[0], parts[-1]
        if tag == "S-PER":
            spans.append([token])
            current = []
        elif tag == "B-PER":
            current = [token]
        elif tag in ("I-PER", "E-PER") and current:
            current.append(token)
            if tag == "E-PER":
                spans.append(current)
                current = []
        else:
            current = []
    return spans


def given_names(spans: list[list[str]], min_count: int) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for span in spans:
        if len(span) < 2:
            continue
        first = span[0]
        if first in NOT_GIVEN_NAMES or not GIVEN_NAME_SHAPE.match(first):
            continue
        # The opener of a span whose second token is lower-case ("Karl der Große") is still a name;
        # a span that ends in "-" or is all initials is not a person's full name.
        counts[first] += 1
    return sorted(name for name, n in counts.items() if n >= min_count)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    lines = args.source.read_text(encoding="utf-8").splitlines()
    names = given_names(person_spans(lines), args.min_count)
    header = [
        "# Given names: the first token of multi-token person names (PER spans) in the training part",
        f"# of GermEval 2014 NER (NoSta-D), seen at least {args.min_count} times.",
        "# Source: Benikova, Biemann, Reznicek, LREC 2014; data licensed CC BY 4.0",
        "# (https://creativecommons.org/licenses/by/4.0/). Built by scripts/build_first_names.py; do not edit by hand.",
    ]
    args.out.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names written to {args.out}")


if __name__ == "__main__":
    main()
