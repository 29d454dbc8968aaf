#!/usr/bin/env python
"""Package a trained spaCy NER pipeline as models/de_pressextract_ner (issue 7).

Loads ``model-best`` from ``spacy train``, makes the ``ner`` component
self-contained (its tok2vec listener is replaced by a copy of the shared
tok2vec, which is then removed, so the pipeline is tokenizer + ner only),
writes the meta (name, version, description, sources + licenses, test scores
from scripts/eval_ner.py --json) and saves it with ``nlp.to_disk``.

Usage:
    python scripts/ner_package.py build/ner/output/model-best models/de_pressextract_ner \
        --scores build/ner/test_scores.json
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

NAME = "de_pressextract_ner"
VERSION = "0.1.0"
DESCRIPTION = (
    "German named entity recognizer (PER, LOC, ORG, OTH; GermEval 2014 outer level, "
    "-deriv/-part subtypes not predicted) for pressextract. CNN tok2vec (hash embeddings of "
    "NORM/PREFIX/SUFFIX/SHAPE plus small floret static vectors trained by the project) and a "
    "transition-based NER, trained on GermEval 2014 train. Tokenizer: spaCy's German rules."
)

SOURCES = [
    {
        "name": "GermEval 2014 NER (NoSta-D) - training data (train), model selection (dev), scores (test)",
        "url": "https://sites.google.com/site/germeval2014ner/data",
        "license": "CC BY 4.0",
        "author": "Darina Benikova, Chris Biemann, Max Kisselew, Marc Reznicek, Sebastian Pado",
    },
    {
        "name": "German LER (Legal Entity Recognition) - raw tokens only, for the static vectors",
        "url": "https://github.com/elenanereiss/Legal-Entity-Recognition",
        "license": "CC BY 4.0",
        "author": "Elena Leitner, Georg Rehm, Julian Moreno-Schneider",
    },
    {
        "name": "HIPE-2022 NewsEye-de and SoNAR - raw tokens only, for the static vectors",
        "url": "https://github.com/hipe-eval/HIPE-2022-data",
        "license": "CC BY 4.0",
        "author": "HIPE-2022 organisers (Ehrmann et al.)",
    },
    {
        "name": "Europeana Newspapers NER corpora (de) - raw tokens only, for the static vectors",
        "url": "https://github.com/EuropeanaNewspapers/ner-corpora/",
        "license": "CC0 1.0",
        "author": "Europeana Newspapers Project, 2012-2015",
    },
    {
        "name": "UD German GSD (dev, test) and UD German PUD - raw tokens only, for the static vectors",
        "url": "https://universaldependencies.org/",
        "license": "CC BY-SA 4.0 (GSD), CC BY-SA 3.0 (PUD)",
        "author": "Universal Dependencies contributors",
    },
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scores", type=Path, default=None)
    args = ap.parse_args()

    import spacy

    nlp = spacy.load(args.model)
    # values the ner's copy of tok2vec refers to by ${components.tok2vec...}
    t2v_cfg = nlp.config.interpolate()["components"].get("tok2vec", {})
    if "tok2vec" in nlp.pipe_names:
        nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.remove_pipe("tok2vec")
    meta = dict(nlp.meta)
    meta.update(
        name=NAME,
        version=VERSION,
        description=DESCRIPTION,
        license="CC BY 4.0",
        author="pressextract",
        sources=SOURCES,
    )
    if args.scores and args.scores.exists():
        res = json.loads(args.scores.read_text())
        sc = res["scores"]
        meta["performance"] = {
            "ents_p": sc["ALL"]["p"],
            "ents_r": sc["ALL"]["r"],
            "ents_f": sc["ALL"]["f"],
            "ents_per_type": {k: {"p": v["p"], "r": v["r"], "f": v["f"]} for k, v in sc.items() if k != "ALL"},
            "evaluation": "GermEval 2014 test (test.tsv, 5,100 sentences), outer spans, exact match, gold tokenisation",
        }
        if "speed" in res:
            meta["performance"]["speed_words_per_second"] = res["speed"]["words_per_second"]
    nlp.meta.clear()
    nlp.meta.update(meta)
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    # the removed tok2vec component's variables are still referenced in the copied
    # config (e.g. embed width = ${components.tok2vec.model.encode.width}): inline them
    cfg_path = args.out / "config.cfg"
    text = cfg_path.read_text(encoding="utf-8")
    for ref in sorted(set(re.findall(r"\$\{components\.tok2vec\.([A-Za-z0-9_.]+)\}", text))):
        value = t2v_cfg
        for key in ref.split("."):
            value = value[key]
        text = text.replace("${components.tok2vec.%s}" % ref, json.dumps(value))
    cfg_path.write_text(text, encoding="utf-8")
    # The string store holds every token string seen in training (~2.4 MB). Nothing
    # in the pipeline needs it: features are hashes computed from the text at run
    # time, and strings are re-added as texts are processed. Keep the labels only
    # (checked: identical predictions on GermEval dev with the full and pruned store).
    labels = sorted(nlp.get_pipe("ner").labels)
    (args.out / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")
    spacy.load(args.out)  # must load on its own
    print(f"saved {nlp.meta['name']} {nlp.meta['version']} -> {args.out} (pipeline {nlp.pipe_names})")


if __name__ == "__main__":
    main()
