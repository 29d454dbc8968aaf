"""The Python API on the example releases: python examples/python_api.py"""

from __future__ import annotations

from pathlib import Path

import pressextract

HERE = Path(__file__).parent

extractor = pressextract.load()  # the shipped German model; load once, extract many
texts = [path.read_text(encoding="utf-8") for path in sorted(HERE.glob("*.txt"))]

for path, record in zip(sorted(HERE.glob("*.txt")), extractor.extract_many(texts)):
    print(f"== {path.name} (published {record.published})")
    for ranking in record.rankings:
        print(f"  Platz {ranking.rank}: {ranking.entity} ({ranking.ranking}, {ranking.year})")
    for score in record.scores:
        print(f"  {score.entity}: {score.value:g} {score.unit}" + (f" von {score.max:g}" if score.max else ""))
    for quote in record.quotes:
        evidence = record.text[quote.start : quote.end]
        print(f"  {quote.speaker or 'unbekannt'}: {evidence[:70]}")
    print("  Jahre:", [y.year for y in record.years], "Daten:", [d.date.isoformat() for d in record.dates])
