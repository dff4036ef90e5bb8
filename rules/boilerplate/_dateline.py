"""Date and byline lines: `By Jane Roe | Feb 18, 2020 | 4 min read`, `Dienstag, 4. Juni 2019`.

A CMS prints the post's date, its author and a reading time around every article and every
teaser. Such a line is recognised by what it is made of: a date (a month name next to a
number, or a numeric date), plus only times, counts, weekday names and the labels CMSs put
around them (`Updated`, `veröffentlicht am`, `publié le`), and, after a byline label (`by`,
`von`, `par`), up to four capitalised words of a name (the last may be lower case). A line
with any other word is text. A comment link a theme prints after the byline (`... by Jane
Roe Post a Comment`) is part of the line, and so is a reading time; a reading time alone
(`5 min read`, `21 minutes - 4312 words`) is such a line too, though it has no date.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

from seedlint.rules.boilerplate._tables import phrases

MAX_DATELINE_WORDS = 16
MAX_NAME_WORDS = 4
_BYLINE = frozenset({"by", "von", "par", "por", "door", "przez", "da", "de", "autor", "autorin"})
_TOKEN = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?|\d+")
# `16.08.2019`, `04/21/2022`, `2019-08-16`; not a phone number (`+81 158-23-2012`).
NUMERIC_DATE = re.compile(
    r"(?<![\d+\-./])(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d\-./])"
)
# A release's version (`2.8.0 (3 October 2024)` heads a changelog's section): three or more
# dotted numbers that are no date.
_VERSION = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d.])")
_YEAR_OR_DAY = re.compile(r"^\d{1,2}$|^(?:19|20)\d\d$")
# The longest comment link a byline ends in (`Leave a comment`, `Kommentar schreiben`).
MAX_COMMENT_LINK_WORDS = 3


@cache
def _words() -> dict[str, frozenset[str]]:
    source = files("seedlint.rules").joinpath("data", "boilerplate", "dateline.json")
    table = json.loads(source.read_text(encoding="utf-8"))
    words = {key: frozenset(value) for key, value in table.items() if not key.startswith("_")}
    # Every word a reading time may hold, looked up once per token.
    words["reading_all"] = words["reading_units"] | words["reading_cues"] | words["reading_words"]
    return words


def _without_comment_link(tokens: list[str], folded: list[str]) -> int:
    """How many tokens remain once a comment link closing the line is set aside.

    Themes print the comment link on the byline (`September 15, 2020 by Jane Roe Post a
    Comment`); the link is a comment-form string (rules/data/boilerplate/comment_form.txt).
    """
    links = phrases("comment_form.txt")
    for size in range(min(MAX_COMMENT_LINK_WORDS, len(tokens) - 1), 0, -1):
        if " ".join(folded[-size:]) in links:
            return len(tokens) - size
    return len(tokens)


def _last_name(names: int, position: int, tokens: list[str]) -> bool:
    """A lower-case surname closing the line after a capitalised name (`by Jane roe`).

    Only last: lower-case words after a name further in would be a headline's
    (`3 de mayo de 2020 Madrid sin lluvia`).
    """
    return names > 0 and position == len(tokens) - 1


def is_dateline(text: str, words: int) -> bool:
    """True for a line made only of a date (or a reading time) and the words around it.

    >>> is_dateline("By Sarah Yang  Updated May 06, 2019", 6)
    True
    >>> is_dateline("The council met on May 6, 2019 to vote.", 9)
    False
    >>> is_dateline("21 minutes - 4312 words", 4), is_dateline("Bake for 25 minutes", 4)
    (True, False)
    >>> is_dateline("16.08.2019", 1), is_dateline("2.8.0 (3 October 2024)", 5)
    (True, False)
    """
    if words > MAX_DATELINE_WORDS or not any(ch.isdigit() for ch in text):
        return False
    if any(not NUMERIC_DATE.fullmatch(version.group()) for version in _VERSION.finditer(text)):
        return False
    table = _words()
    months, weekdays, labels = table["months"], table["weekdays"], table["labels"]
    units, cues, reading_words = table["reading_units"], table["reading_cues"], table["reading_all"]
    tokens = _TOKEN.findall(text)
    folded = [token.casefold().rstrip(".") for token in tokens]
    kept = _without_comment_link(tokens, folded)
    tokens, folded = tokens[:kept], folded[:kept]
    dated = NUMERIC_DATE.search(text) is not None
    timed = cued = False  # a count of minutes, a reading cue (`read`, `words`, `Lesezeit`)
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
        elif word in weekdays or word in labels or word in reading_words:
            timed = timed or (word in units and position > 0 and folded[position - 1].isdigit())
            cued = cued or word in cues
        elif (
            byline
            and names < MAX_NAME_WORDS
            and (token[0].isupper() or _last_name(names, position, tokens))
        ):
            names += 1
        else:
            return False
    return dated or (timed and cued)
