"""spaCy components of pressextract, each registered as a factory ``pressextract_<name>``.

Importing this package registers every factory; spaCy also finds them through the
``spacy_factories`` entry points in pyproject.toml. One import per line.
"""

from __future__ import annotations

from . import dates as dates
from . import organizations as organizations
from . import projects as projects
from . import published as published
from . import quotes as quotes
from . import rank_changes as rank_changes
from . import rankings as rankings
from . import scores as scores
from . import sentences as sentences
from . import years as years
