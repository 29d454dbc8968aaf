#!/usr/bin/env python
"""Score a pipeline's tags, POS and lemmas on UD German GSD test with the gold tokens (issue 11).

Each test sentence is made a Doc from its gold words (syntactic words: ``zum`` is ``zu dem``, as
UD scores them) and passed through every pipeline component; then
``token.pos_`` is compared with UPOS, ``token.tag_`` with XPOS (STTS) and ``token.lemma_`` with
LEMMA, over all words (punctuation included). ``--group N`` also scores the sentences N at a time
in one Doc, as running text, where every sentence but the first starts inside the Doc. ``--speed`` also measures words per second of the
whole pipeline (tokenizer included) on the detokenised test text, best of two passes, one process.

Usage: python scripts/eval_tagger.py models/de_pressextract_ner [--json out.json] [--speed]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tag_convert import STTS_UPOS, read_conllu

DEFAULT_TEST = "../shared/data/ud-german-gsd/de_gsd-ud-test.conllu"


def score(nlp: spacy.Language, conllu: Path, lemma_table: dict[str, str] | None = None,
          group: int = 1) -> dict[str, float]:
    n = 0
    ok: collections.Counter[str] = collections.Counter()
    sents = list(read_conllu(conllu))
    for start in range(0, len(sents), group):
        # group > 1: consecutive sentences in one Doc, as running text (a space between them)
        rows: list[list[str]] = []
        ends: set[int] = set()
        for sent in sents[start: start + group]:
            rows += sent
            ends.add(len(rows) - 1)
        spaces = [("SpaceAfter=No" not in c[9]) or i in ends for i, c in enumerate(rows)]
        doc = Doc(nlp.vocab, words=[c[1] for c in rows], spaces=spaces)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        for tok, c in zip(doc, rows):
            n += 1
            ok["upos"] += tok.pos_ == c[3]
            ok["upos_from_tag"] += STTS_UPOS.get(tok.tag_, "X") == c[3]
            ok["xpos"] += tok.tag_ == c[4]
            ok["lemma"] += tok.lemma_ == c[2]
            if lemma_table is not None:
                ok["lemma_lookup"] += lemma_table.get(tok.text, tok.text) == c[2]
    return {"words": n, **{k: v / n for k, v in ok.items()}}


def speed(nlp: spacy.Language, conllu: Path) -> float:
    texts = []
    for sent in read_conllu(conllu):
        texts.append("".join(c[1] + ("" if "SpaceAfter=No" in c[9] else " ") for c in sent))
    best = 0.0
    for _ in range(2):
        t0 = time.perf_counter()
        words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = max(best, words / (time.perf_counter() - t0))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("--test", default=DEFAULT_TEST, type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--group", type=int, default=1,
                    help="also score with this many consecutive sentences per Doc (running text)")
    ap.add_argument("--lookup", type=Path, help="also score a form->lemma lookup table (json)")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    table = json.loads(args.lookup.read_text(encoding="utf-8")) if args.lookup else None
    res = score(nlp, args.test, table)
    if args.group > 1:
        res.update({f"{k}_running_text": v for k, v in score(nlp, args.test, None, args.group).items()
                    if k in ("upos", "xpos", "lemma")})
    if args.speed:
        res["words_per_second"] = speed(nlp, args.test)
    res["pipeline"] = nlp.pipe_names  # type: ignore[assignment]
    print(json.dumps(res, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
