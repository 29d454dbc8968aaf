#!/usr/bin/env python
"""Score a pipeline's tags, POS and lemmas on UD German GSD test with the gold tokens (issue 11).

Each test sentence is made a Doc from its gold words (syntactic words: ``zum`` is ``zu dem``, as
UD scores them) and passed through every pipeline component; then
``token.pos_`` is compared with UPOS, ``token.tag_`` with XPOS (STTS) and ``token.lemma_`` with
LEMMA, over all words (punctuation included). ``--speed`` also measures words per second of the
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
from tag_convert import STTS_UPOS, read_conllu  # noqa: E402

DEFAULT_TEST = "../shared/data/ud-german-gsd/de_gsd-ud-test.conllu"


def score(nlp: spacy.Language, conllu: Path, lemma_table: dict[str, str] | None = None) -> dict[str, float]:
    n = 0
    ok: collections.Counter[str] = collections.Counter()
    for sent in read_conllu(conllu):
        doc = Doc(nlp.vocab, words=[c[1] for c in sent], spaces=["SpaceAfter=No" not in c[9] for c in sent])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        for tok, c in zip(doc, sent):
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
    ap.add_argument("--lookup", type=Path, help="also score a form->lemma lookup table (json)")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    table = json.loads(args.lookup.read_text(encoding="utf-8")) if args.lookup else None
    res = score(nlp, args.test, table)
    if args.speed:
        res["words_per_second"] = speed(nlp, args.test)
    res["pipeline"] = nlp.pipe_names  # type: ignore[assignment]
    print(json.dumps(res, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
