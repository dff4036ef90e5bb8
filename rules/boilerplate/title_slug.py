"""SL305: the file-name slug of the title, as a line of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, excerpt, remove_lines
from seedlint.rules.boilerplate._analysis import analyse

# Word characters joined by `_` or `-` runs, no spaces, at least three words.
_SLUG = re.compile(r"^\w+(?:[_-]+\w+){2,}$")
_NOT_ALNUM = re.compile(r"[\W_]+")
# How far from the slug its title may be (non-blank lines).
WINDOW = 3
MIN_SHARED = 12  # characters of the title the slug must spell


def _letters(text: str) -> str:
    return _NOT_ALNUM.sub("", text).casefold()


def slug_title(document: Document) -> list[tuple[int, int]]:
    """(slug line, title line) pairs: a slug line whose letters spell a nearby line's."""
    analysis = analyse(document)
    order = sorted(analysis.infos)
    pairs: list[tuple[int, int]] = []
    for position, index in enumerate(order):
        text = analysis.infos[index].text.strip()
        if " " in text or not _SLUG.match(text):
            continue  # a slug has no spaces: the cheap test first, most lines are prose
        slug = _letters(text)
        if len(slug) < MIN_SHARED:
            continue
        near = [*order[max(0, position - WINDOW) : position], *order[position + 1 :][:WINDOW]]
        for other in near:
            written = analysis.infos[other].text.strip()
            title = _letters(written)
            if (
                " " in written
                and min(len(title), len(slug)) >= MIN_SHARED
                and (title.startswith(slug) or slug.startswith(title))
            ):
                pairs.append((index, other))
                break
    return pairs


class TitleSlugLine(Rule):
    """A line that is the title's file-name slug (`U_S____Russia_Make_Diplomatic_Strides`).

    ## What it does
    Flags a line without spaces whose words are joined by `_` or `-` runs, when a line
    near it (within three lines) is the same title written out: their letters and digits,
    case aside, are the same, or one is the start of the other (slugs are often cut short).

    ## Why is this bad?
    The slug is how the scraper named the file, not part of the text: it repeats the title
    in a form no reader sees, and it pollutes a corpus with pseudo-words.

    ## Example
    ```text
    U_S____Russia_Make_Diplomatic_Strides_in_Istanbul_Talks

    U.S. & Russia Make Diplomatic Strides in Istanbul Talks
    ```
    The first line is removed; the title stays.

    ## Fix safety
    Safe: the line is removed only when the title it encodes is present beside it, so
    nothing is lost; an identifier or a hyphenated word with no matching title is left alone.
    """

    code = "SL305"
    name = "title-slug-line"
    summary = "Line that is the file-name slug of the title next to it"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        for index, title in slug_title(document):
            line = document.lines[index]
            yield self.finding(
                line.start,
                line.end,
                f"Title slug `{excerpt(line.text)}` repeats the title on line {title + 1}",
                remove_lines(document, line, message="Remove the slug line"),
            )
