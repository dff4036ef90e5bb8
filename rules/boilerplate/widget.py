"""SL304: a related-posts or recommendation widget, as one block."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, remove_lines
from seedlint.rules.boilerplate._analysis import Analysis, LineInfo, analyse, paragraph_from
from seedlint.rules.boilerplate._prose import prose_lines
from seedlint.rules.boilerplate._tables import phrases
from seedlint.rules.boilerplate.counter import counters

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
    """`find_widgets` and `related_lists` of the document, computed once for the SL3 rules."""
    return document.memo(
        "boilerplate.widgets",
        lambda: sorted(find_widgets(analyse(document)) + related_lists(document), key=_first),
    )


def _first(widget: Widget) -> int:
    return widget.first


# A headline in a related-links list: a few words, and no sentence (`Floods hit the north`,
# `Do masks offer protection? It depends`); a teaser cut short with `...` counts as one.
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 25
MIN_RELATED_ENTRIES = 2


def _is_headline(text: str, words: int) -> bool:
    text = text.rstrip()
    return MIN_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS and (
        not text.endswith(".") or text.endswith(("...", "…"))
    )


def _one_per_paragraph(
    infos: dict[int, LineInfo], first: int, taken: set[int], prose: frozenset[int]
) -> list[int]:
    """A list laid out one headline per paragraph: single-line paragraphs of headlines.

    The last one is left out when prose follows it: an article's subheading looks the same.
    """
    entries: list[int] = []
    line = first
    while True:
        paragraph = paragraph_from(infos, line)
        if not paragraph:
            return entries
        alone = len(paragraph) == 1 and paragraph[0] not in taken
        if not (alone and _is_headline(infos[line].text, infos[line].words)):
            if paragraph[0] in prose and entries:
                entries.pop()
            return entries
        entries.append(line)
        line = min((i for i in infos if i > line + 1), default=-1)


def related_lists(document: Document) -> list[Widget]:
    """Lists of other articles' headlines under a related-posts heading (`Related stories`).

    The list is the paragraph right after the heading (blank lines between them allowed), and
    every line of it must be a headline or a line the other SL3 rules flag (a date, a
    counter): one sentence in it and it is the article's own text, left alone. Lines flagged
    by SL301-SL303 split the list into blocks, so no two fixes overlap; the heading goes with
    the first block unless another rule already claims it.
    """
    analysis = analyse(document)
    infos = analysis.infos
    heads = phrases("related_heads.txt")
    if not any(info.norm in heads for info in infos.values()):
        return []  # most pages: no heading, so no need for the analyses below
    taken = set(analysis.menu) | set(counters(document))
    taken.update(i for i, info in infos.items() if info.comment or info.chrome)
    prose = prose_lines(document)
    last_prose = max((i for i in prose if i not in taken), default=-1)
    order = sorted(infos)
    found: list[Widget] = []
    for position, index in enumerate(order[:-1]):
        if infos[index].norm not in heads:
            continue
        paragraph = paragraph_from(infos, order[position + 1])
        if len(paragraph) == 1:
            paragraph = _one_per_paragraph(infos, paragraph[0], taken, prose)
        headlines = [i for i in paragraph if i not in taken]
        if (
            len(headlines) < MIN_RELATED_ENTRIES
            or not all(_is_headline(infos[i].text, infos[i].words) for i in headlines)
            or (headlines[-1] >= last_prose and not prose.isdisjoint(headlines))
        ):
            continue
        block: list[int] = [] if index in taken else [index]
        for line in paragraph:
            if line not in taken:
                block.append(line)
            elif block:
                found.append(Widget(block[0], block[-1], len(headlines)))
                block = []
        if block:
            found.append(Widget(block[0], block[-1], len(headlines)))
    return found


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

    Also a list of headlines under a related-posts heading (`Related stories`, `Ähnliche
    Beiträge`, `Noticias relacionadas`): the paragraph right after the heading, or a run of
    one-line paragraphs, every line of it a headline (two to 25 words, no sentence end but
    `?`, `!` or a cut-short `...`) or a date or counter line.

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
    single line. Lines between entries longer than a byline stop the block. A headline list
    needs a heading from `related_heads.txt` and two headlines; a sentence in the paragraph
    leaves it alone, and so does a run of one-line paragraphs followed by prose, for its last
    line (an article's subheading looks the same). A headline that reads as a sentence
    (`Vorgängerbeitrag: Die Wahrheit über den Winter.`) is not removed when it is the page's
    last prose line: SL307 would then take the article's end to be earlier, and cut what
    stands between.
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
