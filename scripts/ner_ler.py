#!/usr/bin/env python
"""Convert German LER (legal entity recognition) to GermEval-style DocBins, as extra training data.

LER (Leitner, Rehm, Moreno-Schneider, LREC 2020; CC BY 4.0) has 19 fine-grained classes in
court decisions. They are mapped to GermEval 2014's main classes where the two guidelines agree:

- PER: PER (person), RR (judge), AN (lawyer)
- LOC: LD (country), ST (city), STR (street), LDS (landscape)
- ORG: ORG, UN (company), INN (institution), GRT (court)

Sentences that contain any other class (laws, ordinances, EU norms, regulations, contracts,
court decisions, literature, brands) are left out: GermEval's guidelines do not treat those as
one class, and keeping them with ``O`` would teach the model that such names are no entities.
Of the remaining sentences only those with at least one entity are kept (court decisions are
mostly entity-free boilerplate), and at most ``--max-sentences`` of them, drawn with a fixed seed.

Usage:
    python scripts/ner_ler.py --data ../shared/data/legal-ner-de --out build/ner/ler.spacy [--max-sentences 12000]

Only the per-court files are read (they are the whole corpus); ``ler_dev``/``ler_test`` are
shuffled copies of the same sentences and are not used.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ner_data import read_token_tag_lines, to_docbin

LER_TO_GERMEVAL = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG",
}
COURT_FILES = ("bag", "bfh", "bgh", "bpatg", "bsg", "bverfg", "bverwg")

Sentence = tuple[list[str], list[str]]


def mapped(sentence: Sentence) -> Sentence | None:
    """The sentence with GermEval tags, or None when it holds a class that does not map."""
    words, tags = sentence
    out: list[str] = []
    for tag in tags:
        if tag == "O":
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        main = LER_TO_GERMEVAL.get(label)
        if main is None:
            return None
        out.append(f"{prefix}-{main}")
    return words, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--max-sentences", type=int, default=12000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import spacy

    kept: list[Sentence] = []
    for court in COURT_FILES:
        for sentence in read_token_tag_lines(args.data / f"{court}.conll"):
            result = mapped(sentence)
            if result is not None and any(tag != "O" for tag in result[1]):
                kept.append(result)
    random.Random(args.seed).shuffle(kept)
    kept = kept[: args.max_sentences]
    docbin, n_ents = to_docbin(kept, spacy.blank("de").vocab)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(args.out)
    print(f"ler: {len(kept)} sentences, {sum(len(w) for w, _ in kept)} tokens, {n_ents} entities -> {args.out}")


if __name__ == "__main__":
    main()
