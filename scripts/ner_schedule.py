"""A learning-rate schedule by wall-clock time, for training NER runs with a fixed time budget.

Loaded with ``spacy train ... --code scripts/ner_schedule.py`` and selected in the config as

    [training.optimizer.learn_rate]
    @schedules = "pressextract.warmup_linear_by_time.v1"
    initial_rate = 0.0015
    warmup_seconds = 20
    total_seconds = 420

The rate rises linearly for ``warmup_seconds`` and then falls linearly to zero at
``total_seconds`` (like thinc's ``warmup_linear.v1``, with seconds instead of steps). When the
time is up the run stops: the schedule raises ``TrainingTimeUp`` and spaCy's training loop
saves ``model-last`` in its ``finally`` clause (``model-best`` is saved at each evaluation as
usual). Why: on a lent machine of unknown speed a step count cannot be chosen in advance, and a
run that is cut off before its rate decays loses about a point of F1. The number of steps
reached is printed so a step-based config (``warmup_linear.v1``) can reproduce the run.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

from thinc.api import registry


class TrainingTimeUp(KeyboardInterrupt):
    """The time budget of the run is spent (a KeyboardInterrupt so spaCy saves model-last)."""


@registry.schedules("pressextract.warmup_linear_by_time.v1")
def warmup_linear_by_time(initial_rate: float, warmup_seconds: float, total_seconds: float) -> Iterator[float]:
    started: float | None = None
    step = 0
    while True:
        now = time.monotonic()
        if started is None:
            started = now
        elapsed = now - started
        if elapsed >= total_seconds:
            print(f"[ner_schedule] time up after {step} steps, {elapsed:.0f} s", file=sys.stderr, flush=True)
            raise TrainingTimeUp(f"time budget of {total_seconds} s spent after {step} steps")
        if elapsed < warmup_seconds:
            factor = elapsed / max(warmup_seconds, 1e-9)
        else:
            factor = (total_seconds - elapsed) / max(total_seconds - warmup_seconds, 1e-9)
        if step % 500 == 0:
            print(f"[ner_schedule] step {step} at {elapsed:.0f} s, rate {factor * initial_rate:.6f}", file=sys.stderr, flush=True)
        yield factor * initial_rate
        step += 1
