#!/usr/bin/env python
"""Assemble the shipped pipeline: tagger, POS, lemmatizer (issue 11) + the unchanged NER (issue 7).

Takes the trained tagging pipeline (``model-best`` of ``spacy train models/config_tagger.cfg``:
tok2vec, tagger, morphologizer trained on UPOS only, trainable_lemmatizer), adds an
``attribute_ruler`` that gives whitespace tokens spaCy's usual ``_SP`` / ``SPACE`` (the silver and
gold training sentences have none), and sources the ``ner`` component with its own inline tok2vec,
weights unchanged, from an existing pipeline (default ``models/de_pressextract_ner``, either the
NER-only output of ``scripts/train_model.sh`` or an earlier build of this pipeline). Both parts use
that pipeline's floret vectors (``models/config_tagger.cfg`` initializes from them), so they share
one vocab. Writes the meta (sources, licenses, scores from ``scripts/eval_tagger.py --json``) and
saves with ``nlp.to_disk`` to a temporary folder that then replaces ``out``.

Usage: python scripts/tagger_package.py build/tag/output/model-best models/de_pressextract_ner \
           --ner models/de_pressextract_ner --scores build/tag/test_scores.json
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import spacy

DESCRIPTION = (
    "German pipeline for pressextract: STTS part-of-speech tags (tag_), Universal POS (pos_) and "
    "lemmas from a small CNN tok2vec trained on UD German GSD dev + PUD and on German text tagged "
    "by HanTa (silver); named entities (PER, LOC, ORG, OTH; GermEval 2014 outer level) from a "
    "separate CNN + transition-based NER trained on GermEval 2014. Tokenizer: spaCy's German rules."
)

TAGGER_SOURCES = [
    {
        "name": "UD German GSD (dev: training; test: scores only) - STTS, UPOS, lemmas",
        "url": "https://github.com/UniversalDependencies/UD_German-GSD",
        "license": "CC BY-SA 4.0",
        "author": "Universal Dependencies contributors (Google, Dan Zeman et al.)",
    },
    {
        "name": "UD German PUD - UPOS, lemmas (training and model selection)",
        "url": "https://github.com/UniversalDependencies/UD_German-PUD",
        "license": "CC BY-SA 3.0",
        "author": "Universal Dependencies contributors (Google, CoNLL 2017 shared task)",
    },
    {
        "name": "Silver tags and lemmas by HanTa (Hanover Tagger, LGPL-3.0; a training-time tool, "
                "not part of the model) on Bundestag plenary speeches 2013-2025 and press releases "
                "of the project's evaluation set (train part, develop part of dev)",
        "url": "https://github.com/wartaal/HanTa",
        "license": "text: Deutscher Bundestag, Plenarprotokolle der 18.-20. Wahlperiode (Reden), "
                   "free to reproduce under § 48 / § 5 UrhG; WP18 via OffenesParlament.de, "
                   "WP19/20 via github.com/mathias-goebel/plenarsitzungsprotokolle",
        "author": "Christian Wartena (HanTa)",
    },
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--ner", type=Path, default=Path("models/de_pressextract_ner"))
    ap.add_argument("--scores", type=Path, default=None)
    args = ap.parse_args()

    nlp = spacy.load(args.model)
    ner_nlp = spacy.load(args.ner)
    ruler = nlp.add_pipe("attribute_ruler", after="morphologizer")
    ruler.add(patterns=[[{"IS_SPACE": True}]], attrs={"TAG": "_SP", "POS": "SPACE"})
    nlp.add_pipe("ner", source=ner_nlp)
    meta = dict(ner_nlp.meta)
    ner_sources = [s for s in meta.get("sources", []) if s not in TAGGER_SOURCES]
    meta.update(
        name="de_pressextract_ner",
        version="0.2.0",
        description=DESCRIPTION,
        license="CC BY-SA 4.0 (tagger and lemmatizer trained on UD data, see models/README.md); "
                "the ner component alone: CC BY 4.0",
        sources=ner_sources + TAGGER_SOURCES,
        pipeline=nlp.pipe_names,
        components=nlp.component_names,
        labels={name: list(getattr(proc, "labels", ())) for name, proc in nlp.pipeline
                if name in ("tagger", "morphologizer", "ner")},
    )
    perf = dict(meta.get("performance", {}))
    if args.scores and args.scores.exists():
        sc = json.loads(args.scores.read_text(encoding="utf-8"))
        perf.update(pos_acc=sc["upos"], tag_acc=sc["xpos"], lemma_acc=sc["lemma"],
                    tagging_evaluation="UD German GSD test (977 sentences, 16,499 words), gold tokens")
        if "lemma_running_text" in sc:  # scripts/eval_tagger.py --group N
            perf.update(pos_acc_running_text=sc["upos_running_text"], tag_acc_running_text=sc["xpos_running_text"],
                        lemma_acc_running_text=sc["lemma_running_text"])
        if "words_per_second" in sc:
            perf["speed_words_per_second"] = sc["words_per_second"]
    meta["performance"] = perf
    nlp.meta.clear()
    nlp.meta.update(meta)
    with tempfile.TemporaryDirectory(dir=args.out.parent) as tmp:
        path = Path(tmp) / args.out.name
        nlp.to_disk(path)
        check = spacy.load(path)  # must load on its own
        doc = check("Die Stadtwerke haben am Montag neue Busse gekauft, sagte Anna Weber in Köln.")
        assert [t.tag_ for t in doc][:3] and doc.ents, "assembled pipeline predicts nothing"
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.move(str(path), str(args.out))
    print(f"saved {meta['name']} {meta['version']} -> {args.out} (pipeline {nlp.pipe_names})")


if __name__ == "__main__":
    main()
