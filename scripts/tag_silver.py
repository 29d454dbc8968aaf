"""Silver data for the tagger and lemmatizer (issue 11): German raw text tagged by HanTa.

HanTa (the Hanover Tagger, PyPI ``hanta``, LGPL-3.0, German model trained on TIGER) gives STTS
tags and lemmas at ~4,000 tokens/s: too slow to run on every document at run time, good enough to
teach spaCy's much faster tagger and lemmatizer. This script is a training-time tool only; the
shipped model does not need HanTa.

Text: the "text" field of the press releases in ``../shared/eval/train/*/*.json`` and of the
*develop* two thirds of ``../shared/eval/dev`` (the blind third is never read, same hash rule as the
scorer), plus every Nth speech of the Bundestag plenary protocols
(``../shared/data/raw-de-bundestag-reden``, see its README for the legal status).

Tokens and sentences come from spaCy's German tokenizer and a sentencizer, per line, so the silver
data is tokenized as the shipped pipeline tokenizes. Output: JSON lines, one sentence each:
``{"src": ..., "words": [...], "spaces": [...], "hanta": [[lemma, tag], ...]}`` with HanTa's raw
tags (``VV(FIN)``); ``scripts/tag_convert.py`` maps them to GSD's conventions.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import lzma
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import spacy


def press_texts(eval_dir: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(glob.glob(str(eval_dir / "train" / "*" / "*.json"))):
        rec = json.loads(Path(path).read_text(encoding="utf-8"))
        yield "press-train", rec["text"]
    for path in sorted(glob.glob(str(eval_dir / "dev" / "*.json"))):
        rec = json.loads(Path(path).read_text(encoding="utf-8"))
        # The blind third of dev (score.py: sha256(id) % 3 == 0) stays unseen.
        if int(hashlib.sha256(rec["id"].encode("utf-8")).hexdigest(), 16) % 3 == 0:
            continue
        yield "press-dev-develop", rec["text"]


def bundestag_texts(data_dir: Path, every: int, budget_words: int) -> Iterator[tuple[str, str]]:
    files = sorted((data_dir / "raw-de-bundestag-reden").glob("bundestag_wp*.jsonl.xz"))
    per_file = budget_words // max(1, len(files))
    for path in files:
        words = 0
        with lzma.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % every:
                    continue
                text = json.loads(line)["text"]
                words += len(text.split())
                yield f"bundestag-{path.name.split('.')[0]}", text
                if words >= per_file:
                    break


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--eval", default="../shared/eval")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--bundestag-words", type=int, default=250_000)
    ap.add_argument("--every", type=int, default=37, help="take every Nth Bundestag speech")
    ap.add_argument("--out", default="build/tag/silver.jsonl")
    args = ap.parse_args()

    from HanTa import HanoverTagger as ht  # training-time only (pip install pressextract[train])

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    n_tok = n_sent = 0
    t0 = time.time()
    sources = list(press_texts(Path(args.eval))) + list(
        bundestag_texts(Path(args.data), args.every, args.bundestag_words))
    with out.open("w", encoding="utf-8") as fh:
        for src, text in sources:
            for line in text.split("\n"):
                if not line.strip():
                    continue
                for sent in nlp(line.strip()).sents:
                    toks = [t for t in sent if not t.is_space]
                    if len(toks) < 2:
                        continue
                    words = [t.text for t in toks]
                    tagged = tagger.tag_sent(words, taglevel=1)
                    fh.write(json.dumps({
                        "src": src, "words": words,
                        "spaces": [bool(t.whitespace_) for t in toks],
                        "hanta": [[lemma, tag] for _, lemma, tag in tagged],
                    }, ensure_ascii=False) + "\n")
                    n_tok += len(words)
                    n_sent += 1
                    if n_sent % 2000 == 0:
                        print(f"{n_sent} sentences, {n_tok} tokens, {n_tok / (time.time() - t0):.0f} tok/s",
                              file=sys.stderr, flush=True)
    print(f"done: {n_sent} sentences, {n_tok} tokens in {time.time() - t0:.0f} s -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
