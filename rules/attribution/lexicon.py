"""The attribution family's word lists, loaded once from `rules/data/attribution/`.

The lists are data, not code: reporting verbs, vague sources, hedges and evaluative words vary
by newsroom and language, and are tuned by editing a text file. Each file holds one entry a line;
`#` starts a comment. Entries are compared lower-case.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from seedlint.rules._trie import alternation


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `rules/data/attribution/<name>.txt`, lower-cased."""
    text = files("seedlint.rules").joinpath("data", "attribution", f"{name}.txt").read_text("utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(entry for entry in entries if entry)


@cache
def phrase_pattern(*names: str) -> re.Pattern[str]:
    """One case-insensitive alternation matching any entry of the named lists as whole words."""
    entries = set().union(*(words(name) for name in names))
    return re.compile(rf"(?<![\w-])(?:{alternation(entries)})(?![\w-])", re.IGNORECASE)
