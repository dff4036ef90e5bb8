"""The boilerplate phrase tables and the one normalisation both they and lines go through.

The tables live in `rules/data/boilerplate/` as plain text (see the README there). They are
read once per process, normalised like lines are, and kept as frozen sets, so matching a
line is one set lookup; prefix tables become one compiled alternation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

from seedlint.rules._trie import alternation

# Decoration a CMS puts around a label: bullets, arrows, separators, counts' brackets,
# required-field stars, ellipses. Stripped from both ends before a lookup.
_DECORATION = " \t*:：·•|»«›‹→←↑↓><-–—…_.!?¿¡()[]{}#/\\,;\"'“”‘’„+=~^▼▲►◄❯❮✓✔✕×"
_TRAILING_COUNT = re.compile(r"\s*[(\[]\s*\d[\d.,]*\s*[)\]]$")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """A line as the tables are keyed: NFKC, case-folded, collapsed, undecorated.

    >>> normalise("  Leave a Reply  "), normalise("Comments (3)"), normalise("← Older posts")
    ('leave a reply', 'comments', 'older posts')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u200c", " ").replace("\u200d", "")
    text = _SPACE.sub(" ", text).casefold().strip()
    if text.endswith((")", "]")):
        text = _TRAILING_COUNT.sub("", text)
    return text.strip(_DECORATION)


def _entries(name: str, labels: bool = False) -> list[str]:
    """A table's entries, normalised as lines are.

    With `labels`, an entry written with a closing colon keeps it (`next:`, `catégories :`,
    in both spacings): in a prefix table the colon is what makes `Next: How to ...` a link
    to another post, and without it the entry would take every line that opens with the
    word (`Next, edit the file ...`, `Previous studies found ...`).
    """
    source = files("seedlint.rules").joinpath("data", "boilerplate", name)
    entries: list[str] = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        entry = normalise(raw)
        if not entry:
            continue
        if labels and raw.rstrip().endswith((":", "：")):
            entries.extend((f"{entry}:", f"{entry} :"))
        else:
            entries.append(entry)
    return entries


@cache
def phrases(name: str) -> frozenset[str]:
    """A whole-line table, e.g. `phrases("chrome.txt")`."""
    return frozenset(_entries(name))


@cache
def prefix_pattern(name: str) -> re.Pattern[str]:
    """One alternation matching a normalised line that begins with an entry of the table.

    An entry must end at a word boundary (`share on` does not start `share onions`), unless
    it ends in punctuation or is in a script written without spaces.
    """
    body = alternation(_entries(name, labels=True), space=" ")
    return re.compile(rf"(?:{body})(?:(?<=\w)(?!\w)|(?<!\w)|(?<=[\u3000-\u9fff\uac00-\ud7af]))")


@cache
def word_pattern(name: str) -> re.Pattern[str]:
    """One alternation finding an entry of the table anywhere in a normalised line.

    Entries match as whole words (`our` is not found in `hours`): for sentences a site prints
    after its own name, and for the cue words of a structural test.
    """
    return re.compile(rf"(?<!\w)(?:{alternation(_entries(name), space=' ')})(?!\w)")
