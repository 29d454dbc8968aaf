"""Imported by the batch fork server only: loads the shipped model once, before any worker forks.

Each worker then starts with the model in memory (shared copy-on-write with its siblings)
instead of spending seconds loading its own copy, which on a two-core machine is time the
workers would otherwise spend extracting. The short warm-up extraction also loads
dateparser's German data. Importing this module must never fail (an exception would end the
fork server): if the model cannot be loaded here, each worker loads it lazily as before and
reports the problem per document.
"""

from __future__ import annotations

from .runner import worker_extractor

WARM_UP_TEXT = "Berlin, 3. März 2025 – Die Stadt belegt im Ranking 2025 den 2. Platz, sagte Bürgermeisterin Anna Beispiel."

try:
    worker_extractor(None).extract(WARM_UP_TEXT)
except Exception:  # noqa: BLE001, S110 - see the module's docstring
    pass
