#!/usr/bin/env python
"""Train small floret (subword-hashed) static vectors for the NER model (issue 7).

Builds a raw-text corpus (one tokenised sentence per line) from the openly
licensed German corpora in ../shared/data -- GermEval 2014 *train* only (dev and
test text are not used), German LER (per-court files), Europeana newspapers,
HIPE-2022 de, UD German GSD/PUD -- and trains floret vectors on it.  The
labels of these corpora are not used, only their tokens.

Needs the ``floret`` package (``pip install floret``); scripts/train_model.sh
installs it into build/pydeps.

Usage:
    python scripts/ner_vectors.py [--data ../shared/data] [--out build/ner]
Writes build/ner/raw.txt and build/ner/vectors.floret (text format for
``spacy init vectors de ... --mode floret``).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import normalise, read_bioes  # noqa: E402


def conll_tokens(path: Path, sep=None, skip_header=False, comment="#"):
    """Sentences from a token-per-line file (first column = token)."""
    words = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if skip_header and i == 0:
                continue
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words
                words = []
                continue
            if comment and line.startswith(comment):
                continue
            tok = line.split(sep)[0] if sep else line.split()[0]
            words.append(normalise(tok))
            if len(words) >= 60 and tok in {".", "!", "?"}:
                yield words
                words = []
    if words:
        yield words


def conllu_tokens(path: Path):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words
                words = []
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append(cols[1])
    if words:
        yield words


def build_raw(data: Path, out: Path) -> int:
    n_tok = 0
    with open(out, "w", encoding="utf-8") as f:
        def emit(words):
            nonlocal n_tok
            if words:
                f.write(" ".join(words) + "\n")
                n_tok += len(words)

        for words, _ in read_bioes(data / "germeval2014" / "train.bioes.txt"):
            emit(words)
        for p in sorted((data / "legal-ner-de").glob("*.conll")):
            if p.name.startswith("ler_"):
                continue  # dev/test are subsets of the per-court files
            for words in conll_tokens(p):
                emit(words)
        for p in sorted((data / "europeana-ner-de").glob("*.bio")):
            for words in conll_tokens(p):
                emit(words)
        for p in sorted((data / "hipe2022-de").glob("*.tsv")):
            for words in conll_tokens(p, sep="\t", skip_header=True):
                emit(words)
        for d in ("ud-german-gsd", "ud-german-pud"):
            for p in sorted((data / d).glob("*.conllu")):
                for words in conllu_tokens(p):
                    emit(words)
    return n_tok


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=here.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=here / "build" / "ner")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--bucket", type=int, default=40000)
    ap.add_argument("--epoch", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()

    import floret

    args.out.mkdir(parents=True, exist_ok=True)
    raw = args.out / "raw.txt"
    n_tok = build_raw(args.data, raw)
    print(f"raw text: {n_tok} tokens -> {raw}")
    t0 = time.time()
    model = floret.train_unsupervised(
        str(raw),
        model="skipgram",
        mode="floret",
        hashCount=2,
        bucket=args.bucket,
        minn=4,
        maxn=5,
        minCount=3,
        dim=args.dim,
        epoch=args.epoch,
        thread=args.threads,
        verbose=0,
    )
    vec_path = args.out / "vectors.floret"
    model.save_floret_vectors(str(vec_path))
    print(f"floret vectors ({args.bucket} x {args.dim}) trained in {time.time() - t0:.0f}s -> {vec_path}")


if __name__ == "__main__":
    main()
