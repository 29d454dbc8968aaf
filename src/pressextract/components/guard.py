"""Degrade, never fail: a component whose pattern runs out of time leaves its facts empty.

Every pattern is linear or runs with the regex module's ``timeout=``; on input no release
looks like (100k capitalized words, say) a timeout may still fire. Then that one component
yields no facts for that document, a warning says so, and the rest of the record stands.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.tokens import Doc

from ..facts import set_facts

logger = logging.getLogger("pressextract")

_Call = TypeVar("_Call", bound=Callable[..., Doc])


def degrade_on_timeout(*fields: str) -> Callable[[_Call], _Call]:
    """Decorate a component's ``__call__``: a regex ``TimeoutError`` empties ``fields`` instead of raising."""

    def decorate(call: _Call) -> _Call:
        @functools.wraps(call)
        def guarded(self: Any, doc: Doc, *args: Any, **kwargs: Any) -> Doc:
            try:
                return call(self, doc, *args, **kwargs)
            except TimeoutError:
                logger.warning(
                    "%s: a pattern timed out on a %d-character text; its %s are left empty",
                    getattr(self, "name", type(self).__name__), len(doc.text), ", ".join(fields),
                )
                for field in fields:
                    set_facts(doc, field, [])
                return doc

        return guarded  # type: ignore[return-value]

    return decorate
