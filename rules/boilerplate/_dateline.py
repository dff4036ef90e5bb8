"""Date and byline lines: `By Jane Roe | Feb 18, 2020 | 4 min read`, `Dienstag, 4. Juni 2019`.

A CMS prints the post's date, its author and a reading time around every article and every
teaser. Such a line is recognised by what it is made of: a date (a month name next to a
number, or a numeric date), plus only times, counts, weekday names and the labels CMSs put
around them (`Updated`, `veröffentlicht am`, `publié le`), and, after a byline label (`by`,
`von`, `par`), up to four capitalised words of a name. A line with any other word is text.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

MAX_DATELINE_WORDS = 16
MAX_NAME_WORDS = 4
_BYLINE = frozenset({"by", "von", "par", "por", "door", "przez", "da", "de", "autor", "autorin"})
_TOKEN = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?|\d+")
# `16.08.2019`, `04/21/2022`, `2019-08-16`; not a phone number (`+81 158-23-2012`).
_NUMERIC_DATE = re.compile(
    r"(?<![\d+\-./])(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d\-./])"
)
_YEAR_OR_DAY = re.compile(r"^\d{1,2}$|^(?:19|20)\d\d$")


@cache
def _words() -> dict[str, frozenset[str]]:
    source = files("seedlint.rules").joinpath("data", "boilerplate", "dateline.json")
    table = json.loads(source.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in table.items() if not key.startswith("_")}


def is_dateline(text: str, words: int) -> bool:
    """True for a line made only of a date and the byline and time words around it.

    >>> is_dateline("By Sarah Yang  Updated May 06, 2019", 6)
    True
    >>> is_dateline("The council met on May 6, 2019 to vote.", 9)
    False
    """
    if words > MAX_DATELINE_WORDS or not any(ch.isdigit() for ch in text):
        return False
    table = _words()
    months, weekdays, labels = table["months"], table["weekdays"], table["labels"]
    tokens = _TOKEN.findall(text)
    folded = [token.casefold().rstrip(".") for token in tokens]
    dated = _NUMERIC_DATE.search(text) is not None
    names = 0
    byline = False
    for position, (token, word) in enumerate(zip(tokens, folded, strict=True)):
        if word.isdigit():
            continue
        if word in months:
            # `3 de mayo de 2020`: a day or year within two tokens of the month name.
            neighbours = folded[max(0, position - 2) : position] + folded[position + 1 :][:2]
            dated = dated or any(_YEAR_OR_DAY.match(n) for n in neighbours)
        elif word in _BYLINE:
            byline = True
        elif word in weekdays or word in labels:
            continue
        elif byline and token[0].isupper() and names < MAX_NAME_WORDS:
            names += 1
        else:
            return False
    return dated
