#!/usr/bin/env python
"""Evaluate a spaCy NER pipeline on GermEval 2014 test (issue 7).

Outer-level spans, labels PER/LOC/ORG/OTH (-deriv/-part mapped to O), exact
match of (start token, end token, label) on the gold tokenisation.  Also
measures throughput in words per second for the whole pipeline (tokenizer +
ner) on the detokenised test sentences, single process.

Usage:
    python scripts/eval_ner.py MODEL_DIR [--data ../shared/data/germeval2014/test.tsv]
        [--json out.json] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import LABELS, bio_spans, read_germeval_tsv  # noqa: E402


def prf(tp: int, fp: int, fn: int):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(nlp, sentences, batch_size: int = 256):
    from spacy.tokens import Doc

    tp, fp, fn = Counter(), Counter(), Counter()
    docs = (Doc(nlp.vocab, words=w, spaces=[True] * (len(w) - 1) + [False]) for w, _ in sentences)
    # run the pipeline components on gold-tokenised docs
    for doc, (words, tags) in zip(nlp.pipe(docs, batch_size=batch_size), sentences):
        gold = set(bio_spans(tags))
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    scores = {}
    for label in LABELS:
        p, r, f = prf(tp[label], fp[label], fn[label])
        scores[label] = {"p": p, "r": r, "f": f, "support": tp[label] + fn[label]}
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    scores["ALL"] = {"p": p, "r": r, "f": f, "support": sum(tp.values()) + sum(fn.values())}
    return scores


def words_per_second(nlp, sentences, repeats: int = 2, batch_size: int = 256):
    texts = [" ".join(w) for w, _ in sentences]
    n_words = 0
    best = None
    for _ in range(repeats):
        start = time.perf_counter()
        n = 0
        for doc in nlp.pipe(texts, batch_size=batch_size):
            n += len(doc)
        elapsed = time.perf_counter() - start
        n_words = n
        best = elapsed if best is None else min(best, elapsed)
    return n_words / best, n_words, best


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--data", type=Path, default=here.parent / "shared" / "data" / "germeval2014" / "test.tsv")
    ap.add_argument("--json", type=Path, default=None, help="write scores as JSON")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--markdown", action="store_true", help="print a markdown table")
    args = ap.parse_args()

    import spacy

    nlp = spacy.load(args.model)
    sentences = list(read_germeval_tsv(args.data))
    scores = evaluate(nlp, sentences)
    result = {"data": str(args.data), "sentences": len(sentences), "scores": scores}
    if not args.no_speed:
        wps, n_words, secs = words_per_second(nlp, sentences)
        result["speed"] = {"words_per_second": round(wps), "words": n_words, "seconds": round(secs, 2)}

    if args.markdown:
        print("| label | P | R | F1 | gold spans |")
        print("|---|---|---|---|---|")
        for label, s in scores.items():
            name = "**overall**" if label == "ALL" else label
            print(f"| {name} | {s['p']:.4f} | {s['r']:.4f} | {s['f']:.4f} | {s['support']} |")
    else:
        for label, s in scores.items():
            print(f"{label:4s} P={s['p']:.4f} R={s['r']:.4f} F1={s['f']:.4f} n={s['support']}")
    if "speed" in result:
        sp = result["speed"]
        print(f"speed: {sp['words_per_second']} words/s ({sp['words']} words in {sp['seconds']} s, tokenizer+ner, 1 process)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
