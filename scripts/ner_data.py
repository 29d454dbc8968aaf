#!/usr/bin/env python
"""Convert GermEval 2014 NER data to spaCy DocBins (issue 7).

Train: ``train.bioes.txt`` (outer level, BIOES, upper-cased labels).
Dev/test: ``dev.tsv`` / ``test.tsv`` (exact 4-column release, outer column 3, BIO).

Only the four main classes PER, LOC, ORG, OTH are kept; the ``-deriv`` and
``-part`` subtypes (e.g. ``LOCderiv``, ``ORGPART``) are mapped to ``O``.
The pre-2022 encoding artefacts in train are normalised as suggested in the
data README (soft hyphens deleted, cp1252 C1 control characters mapped).

Usage:
    python scripts/ner_data.py [--data ../shared/data/germeval2014] [--out build/ner]

Writes ``train.spacy``, ``dev.spacy``, ``test.spacy`` (one Doc per sentence).
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

LABELS = ("PER", "LOC", "ORG", "OTH")

# cp1252 meanings of C1 control characters found in the pre-2022 train file
_CHAR_FIX = {
    "\u00ad": "",
    "\u0096": "\u2013",
    "\u0092": "\u2019",
    "\u0094": "\u201d",
    "\u009a": "\u0161",
    "\u0080": "\u20ac",
    "\u0095": "\u2022",
    "\u0099": "\u2122",
}
_TRANS = str.maketrans(_CHAR_FIX)

Sentence = tuple[list[str], list[str]]  # words, BIO tags (main labels only)


def normalise(token: str) -> str:
    fixed = token.translate(_TRANS)
    return fixed if fixed else token  # never produce empty tokens


def _main_label(label: str) -> str | None:
    """'LOC' -> 'LOC'; 'LOCderiv'/'LOCDERIV'/'ORGpart' -> None."""
    return label if label in LABELS else None


def bioes_to_bio(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag.split("-", 1)
    if _main_label(label) is None:
        return "O"
    return ("B-" if prefix in ("B", "S") else "I-") + label


def bio_main(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag.split("-", 1)
    if _main_label(label) is None:
        return "O"
    return f"{prefix}-{label}"


def read_token_tag_lines(path: Path) -> Iterator[Sentence]:
    """Sentences of a "TOKEN TAG" per line file (blank line between sentences), tags as they are."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            token, tag = line.rsplit(" ", 1)
            words.append(token)
            tags.append(tag)
    if words:
        yield words, tags


def read_bioes(path: Path) -> Iterator[Sentence]:
    for words, tags in read_token_tag_lines(path):
        yield [normalise(word) for word in words], [bioes_to_bio(tag) for tag in tags]


def read_germeval_tsv(path: Path) -> Iterator[Sentence]:
    """Original GermEval TSV: idx, token, outer BIO, nested BIO (outer is used)."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith(("#\t", "# ")):
                continue  # source comment line of the original format (removed in our copy)
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            fields = line.split("\t")
            words.append(normalise(fields[1]))
            tags.append(bio_main(fields[2]))
    if words:
        yield words, tags


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans from BIO tags; stray I- opens a new span."""
    spans = []
    start = None
    label = None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def to_docbin(sentences, vocab):
    from spacy.tokens import Doc, DocBin, Span

    db = DocBin(store_user_data=False)
    n_ents = 0
    for words, tags in sentences:
        doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        doc.ents = [Span(doc, s, e, label=l) for s, e, l in bio_spans(tags)]
        n_ents += len(doc.ents)
        db.add(doc)
    return db, n_ents


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=here.parent / "shared" / "data" / "germeval2014")
    ap.add_argument("--out", type=Path, default=here / "build" / "ner")
    args = ap.parse_args()

    import spacy

    nlp = spacy.blank("de")
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = {
        "train": read_bioes(args.data / "train.bioes.txt"),
        "dev": read_germeval_tsv(args.data / "dev.tsv"),
        "test": read_germeval_tsv(args.data / "test.tsv"),
    }
    for name, sents in jobs.items():
        sents = list(sents)
        db, n_ents = to_docbin(sents, nlp.vocab)
        n_tok = sum(len(w) for w, _ in sents)
        db.to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(sents)} sentences, {n_tok} tokens, {n_ents} entities -> {args.out / (name + '.spacy')}")


if __name__ == "__main__":
    main()
