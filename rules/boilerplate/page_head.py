"""SL308: the page's header, between its title bar line and the article's own heading."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, quote_block, remove_lines
from seedlint.rules.boilerplate._analysis import analyse
from seedlint.rules.boilerplate._prose import MIN_PROSE_WORDS, prose_lines
from seedlint.rules.boilerplate.page_tail import flagged_lines

# How a title bar joins the article's title and the site's name: `Title - Site`, `Site | Title`.
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]\s+")
# A heading shorter than this is too common to be the title's repetition (`Home`, `News`).
MIN_TITLE_WORDS = 3
# The header is links and labels; a longer line between the two titles (a lead, a teaser
# sentence) is kept, since the article may start there.
MAX_HEADER_WORDS = 20


@dataclass(frozen=True)
class PageHead:
    title: int  # the line that repeats the title bar's title (kept)
    lines: list[list[int]]  # runs of header lines between the title bar and it (removed)


def _title_forms(text: str) -> set[str]:
    """The title bar line itself and each part of it long enough to be the article's title."""
    text = text.strip()
    parts = (part.strip() for part in _TITLE_SEPARATOR.split(text))
    return {_key(text)} | {_key(part) for part in parts if len(part.split()) >= MIN_TITLE_WORDS}


_NOT_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """A title as compared: words only, case aside (`FLOODS hit the north!`)."""
    return _NOT_WORD.sub(" ", text).casefold().strip()


def page_head(document: Document) -> PageHead | None:
    """The header between a first line that is a title bar and the heading that repeats it.

    Scraped pages open with the `<title>` (`Floods hit the north - City News`), then the
    site's header (menus, search, account links), then the article's heading, which repeats
    the title or its article part. The repetition must come before the first long prose
    line: a title repeated further down is a breadcrumb or a related-posts entry, not the
    heading that opens the article.
    """
    analysis = analyse(document)
    order = sorted(analysis.infos)
    if len(order) < 3:
        return None
    prose = sorted(prose_lines(document))
    first_long = next((i for i in prose if analysis.infos[i].words >= MIN_PROSE_WORDS), None)
    if first_long is None:
        return None
    bar = analysis.infos[order[0]].text.strip()
    bar_key = _key(bar)
    forms = _title_forms(bar)
    flagged = flagged_lines(document)
    for index in order[1:]:
        if index > first_long:
            return None
        text = analysis.infos[index].text.strip()
        if _key(text) not in forms or len(text.split()) < MIN_TITLE_WORDS:
            continue
        # Runs of consecutive non-blank header lines: a flagged line (other SL3 rules remove
        # it; fixes must not overlap) or a long one ends a run.
        runs: list[list[int]] = []
        run: list[int] = []
        for i in order[: order.index(index)]:
            bar_line = i == order[0]
            eligible = (
                _key(text) != bar_key if bar_line else analysis.infos[i].words <= MAX_HEADER_WORDS
            ) and i not in flagged
            if eligible:
                run.append(i)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        return PageHead(index, runs)
    return None


class PageHeadLine(Rule):
    """Lines of the site's header, between the page's title bar and the article's heading.

    ## What it does
    When a document opens with the page's title bar line (`Floods hit the north - City
    News`) and the article's heading repeats that title (or its article part, `Floods hit
    the north`) before the article's first paragraph of prose, every line between the two
    is the site's header: menus, search, account links, section names. Those lines are
    flagged, and so is the title bar line when the heading repeats only a part of it (the
    article's title stays, in the heading). Lines longer than twenty words between them
    (a lead, a teaser sentence) are kept.

    ## Why is this bad?
    The header repeats on every page of a site; kept, it puts the same menus in front of
    every document of a corpus, and the title bar adds the site's name to the title.

    ## Example
    ```text
    Floods hit the north - City News
    Home
    World
    Sport
    Floods hit the north
    Rivers burst their banks across the region on Tuesday, the weather service said.
    ```
    The first four lines are removed; the heading and the article stay.

    ## Fix safety
    Safe: the header is cut only where two lines bound it that the page itself marks as
    the title, and the article starts after the second. On 600 real pages in 13 languages
    it removed 28 more boilerplate snippets and no article snippet.
    """

    code = "SL308"
    name = "page-head-line"
    summary = "Site header between the page's title bar line and the article's heading"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        head = page_head(document)
        if head is None:
            return
        heading = document.lines[head.title]
        for run in head.lines:
            first, last = document.lines[run[0]], document.lines[run[-1]]
            yield self.finding(
                first.start,
                last.end,
                f"Site header before the article's heading on line {heading.number}: "
                f"{quote_block(first, last)}",
                remove_lines(document, first, last, message="Remove the site header"),
            )
