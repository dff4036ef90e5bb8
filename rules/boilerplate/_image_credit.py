"""Image credit lines: `Foto: GdP/Hagen Immel`, `Photo by Jane Roe on Unsplash`, `Getty Images`.

A page shows a credit under each picture; the picture is gone from the text, the credit stays
behind as a line of its own. A line is a credit when it opens with a credit label and a colon
or `by` (`Bild: ...`, `Photograph by ...`), or with an abbreviated label and a name (`Fot.
PAP/Adam Warżawa`), or when it ends in a label and a name (`(Foto: Privat)`) or in a picture
agency (`.../Getty Images`) with at most three words before. A caption with a sentence of
its own before the credit (`The mayor opens the bridge. Foto: dpa`) describes the article's
picture and is kept.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

# A credit is a label and a name or two; a longer line opening with `Photos:` is a gallery's
# headline (`Photos: Before and after the storm`), and one with `by` may be a sentence.
MAX_CREDIT_WORDS = 12
MAX_BYLINE_CREDIT_WORDS = 8
# Words a caption may have before the credit and still be no more than a credit
# (`Roman Prymula, photo: ...`).
MAX_WORDS_BEFORE = 3


def _alternation(entries: list[str]) -> str:
    return "|".join(re.escape(entry) for entry in sorted(entries, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    source = files("seedlint.rules").joinpath("data", "boilerplate", "image_credit.json")
    table = json.loads(source.read_text(encoding="utf-8"))
    labels, libraries = _alternation(table["labels"]), _alternation(table["libraries"])
    opening = re.compile(
        rf"^\(?(?:{labels})(?:\s*[:©]|(?<=\.)\s+\S|(?P<by>\s+(?:by|von|de|par|di|door)\s))"
        r"|^(?:image|media)\s+copyright\b",
        re.IGNORECASE,
    )
    # A credit closing the line: label, colon and a short name with no sentence end in it,
    # or an agency's name, with an optional closing bracket.
    closing = re.compile(
        rf"(?:(?<!\w)(?:{labels})\s*:\s*[^.!?:]{{1,60}}|(?<!\w)(?:{libraries}))\s*\)?\s*$",
        re.IGNORECASE,
    )
    return opening, closing


def is_image_credit(text: str, words: int) -> bool:
    """True for a line that is a picture's credit and nothing more.

    >>> is_image_credit("Foto: GdP/Hagen Immel", 3)
    True
    >>> is_image_credit("Augusta National/Getty Images", 3)
    True
    >>> is_image_credit("Fot. Lukasz Nowaczyk / Agencja Gazeta", 6)  # an abbreviated label
    True
    >>> is_image_credit("La bendición se realizará mañana. Foto: LN", 7)
    False
    """
    if words > MAX_CREDIT_WORDS or "!" in text or "?" in text:
        return False
    text = text.strip()
    opening, closing = _patterns()
    found = opening.match(text)
    if found is not None:
        return found.group("by") is None or words <= MAX_BYLINE_CREDIT_WORDS
    found = closing.search(text)
    return found is not None and len(text[: found.start()].split()) <= MAX_WORDS_BEFORE
