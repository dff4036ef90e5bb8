"""SL304: a related-posts or recommendation widget, as one block."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, remove_lines
from seedlint.rules.boilerplate._analysis import Analysis, analyse

# A teaser: text cut short by the widget, ending in an ellipsis (`...`, `…`, `[…]`).
_TEASER = re.compile(r"(?:\.\.\.|…)\s*\]?\s*$")
MIN_TEASER_WORDS = 4
MIN_ENTRIES = 3
MAX_PERIOD = 8
# Lines of an entry other than its teaser: category, headline, byline. Longer is prose.
MAX_ENTRY_LINE_WORDS = 25
# Short lines right above the first entry (counters, a heading, navigation) go with it.
MAX_HEADER_WORDS = 5


@dataclass(frozen=True)
class Widget:
    first: int  # line indices, inclusive
    last: int
    entries: int


def _is_teaser(text: str) -> bool:
    stripped = text.strip()
    if not stripped.endswith(("...", "…", "]")):
        return False  # the cheap test first: most lines do not end in an ellipsis
    words = len(stripped.split())
    wide = any(ord(ch) > 0x2E80 for ch in stripped[:20])  # CJK: no spaces between words
    return bool(_TEASER.search(stripped)) and (words >= MIN_TEASER_WORDS or wide)


def widgets(document: Document) -> list[Widget]:
    """`find_widgets` of the document, computed once for the SL3 rules that need it."""
    return document.memo("boilerplate.widgets", lambda: find_widgets(analyse(document)))


def find_widgets(analysis: Analysis) -> list[Widget]:
    """Runs of >= 3 entries laid out alike: head lines, a teaser…, byline lines.

    Works on the sequence of non-blank lines, so blank lines between entries do not matter.
    The period is the distance between teasers; the entry is aligned so that the lines after
    each teaser holding digits (a date, a count) end it, the rest head the next entry.
    """
    order = sorted(analysis.infos)
    infos = [analysis.infos[i] for i in order]
    teasers = [k for k, info in enumerate(infos) if _is_teaser(info.text)]
    widgets: list[Widget] = []
    k = 0
    while k < len(teasers) - 1:
        period = teasers[k + 1] - teasers[k]
        chain = [teasers[k]]
        while (
            2 <= period <= MAX_PERIOD
            and len(chain) < len(teasers) - k
            and teasers[k + len(chain)] - chain[-1] == period
            and all(
                infos[j].words <= MAX_ENTRY_LINE_WORDS
                for j in range(chain[-1] + 1, chain[-1] + period)
            )
        ):
            chain.append(teasers[k + len(chain)])
        if len(chain) < MIN_ENTRIES:
            k += 1
            continue
        tail = min(_digit_lines(infos, t, period - 1) for t in chain)
        start = chain[0] - (period - 1 - tail)
        end = min(chain[-1] + tail, len(infos) - 1)
        while start < chain[0] and (start < 0 or infos[start].words > MAX_ENTRY_LINE_WORDS):
            start += 1
        # The widget's header: short lines directly above (same paragraph).
        while (
            start > 0
            and infos[start - 1].index == infos[start].index - 1
            and infos[start - 1].words <= MAX_HEADER_WORDS
        ):
            start -= 1
        widgets.append(Widget(infos[start].index, infos[end].index, len(chain)))
        k += len(chain)
    return widgets


def _digit_lines(infos: list, teaser: int, limit: int) -> int:
    """How many lines right after a teaser hold a digit (its byline: date, counts)."""
    count = 0
    while (
        count < limit
        and teaser + count + 1 < len(infos)
        and any(ch.isdigit() for ch in infos[teaser + count + 1].text)
    ):
        count += 1
    return count


class RelatedPostsWidget(Rule):
    """A related-posts or recommendation widget: entries of other articles, repeated.

    ## What it does
    Finds three or more entries laid out alike: a category and headline, a teaser cut short
    with `...` or `…`, and a byline with date and counts, entry after entry at the same
    period. The whole block goes, with the short lines that head it (a counter, `Read more`,
    section links) and the last entry's byline, even when headlines and teasers are in
    another language than the widget's labels.

    ## Why is this bad?
    The entries are other articles' headlines and openings: kept, they put another story's
    claims inside this one, and the same teasers repeat on every page of the site.

    ## Example
    ```text
    News & Politics
    The 'secret' history of Ilhan Omar
    Before Ilhan Omar was elected to the U.S. house, she met secretly with...
    بواسطة NavyVetUnited 2023-12-10 10:31:30 0 8كيلو بايت
    Cloak & Dagger
    Russian troops liberate seven communities in Ukraine operation over week
    Russian troops liberated seven communities in the Sumy Region and the Donetsk...
    بواسطة NavyVetUnited 2025-06-07 08:37:23 0 616
    ```
    With a third entry like these, the whole block is removed.

    ## Fix safety
    Safe: an article does not repeat a cut-short teaser at a fixed period three times, with
    only short lines between; the evidence is the structure itself, not a guess about a
    single line. Lines between entries longer than a byline stop the block.
    """

    code = "SL304"
    name = "related-posts-widget"
    summary = "Related-posts or recommendation widget (entries of other articles)"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        for widget in widgets(document):
            first, last = document.lines[widget.first], document.lines[widget.last]
            yield self.finding(
                first.start,
                last.end,
                f"Related-posts widget: {widget.entries} entries of other articles "
                f"(lines {first.number}-{last.number})",
                remove_lines(document, first, last, message="Remove the widget block"),
                details={"entries": widget.entries},
            )
