"""SL308: the page's header, before the article's first paragraph of prose."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, quote_block, remove_lines
from seedlint.rules.boilerplate._analysis import Analysis, analyse, is_name_word
from seedlint.rules.boilerplate._prose import MIN_PROSE_WORDS, prose_lines
from seedlint.rules.boilerplate._tables import phrases, word_pattern
from seedlint.rules.boilerplate.page_tail import flagged_lines

# How a title bar joins the article's title and the site's name: `Title - Site`, `Site | Title`.
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»]\s+")
# A heading shorter than this is too common to be the title's repetition (`Home`, `News`).
MIN_TITLE_WORDS = 3
# The header is links and labels; a longer line between the two titles (a lead, a teaser
# sentence) is kept, since the article may start there.
MAX_HEADER_WORDS = 20
# A few lines between the title bar and the heading are the site's name and tagline
# (`jan-grosser.de`, `cat /dev/brain/ideas >> blog`); more must hold a known label.
MAX_UNMARKED_HEADER_LINES = 4
# A heading may carry a kicker before the title bar's title (`Thema Verbraucherschutz Mehr
# Transparenz bei Preisanpassungen`), and the title bar a breadcrumb before the heading's
# (`Home Climate Management of ...`): at most this many words.
MAX_KICKER_WORDS = 6
# A site's notice before the article (browser, cookie, JavaScript) may run longer than the
# chrome lines SL302 reads (`Thank you for visiting ... You are using a browser version with
# limited support for CSS. To obtain the best experience, ...`).
MAX_NOTICE_WORDS = 100
# How far into a breadcrumb its first label is looked up (`Home`, `Sie sind hier`).
MAX_CRUMB_LABEL_WORDS = 3
# A byline alone on a line: the word and a name of two to five words (`By Sarah Yang`,
# `Por Gloria Ruiz Kuilan`, `By Jose de la Cruz`). One word (`By Design`) may be a heading.
_BYLINE_WORDS = frozenset({"by", "von", "par", "por", "door", "przez", "di", "av", "af"})
MIN_BYLINE_NAME_WORDS = 2
MAX_BYLINE_NAME_WORDS = 5
# Lower-case words a name may hold between capitalised ones (`de la`, `van der`), and the
# words joining two names (`Jane Roe and John Doe`).
_NAME_PARTICLES = frozenset(
    {"de", "la", "del", "van", "von", "der", "den", "da", "di", "du", "le", "bin", "al"}
)
_NAME_JOINS = frozenset({"and", "&", "und", "y", "et", "e", "i", "en"})
_NAME_LINKS = _NAME_PARTICLES | _NAME_JOINS


@dataclass(frozen=True)
class PageHead:
    title: int  # the line that repeats the title bar's title (kept)
    lines: list[list[int]]  # runs of header lines between the title bar and it (removed)


@dataclass(frozen=True)
class HeadLine:
    index: int  # a line before the article's first prose (removed)
    reason: str


def _title_forms(text: str) -> set[str]:
    """The title bar line itself and each part of it long enough to be the article's title."""
    text = text.strip()
    parts = (part.strip() for part in _TITLE_SEPARATOR.split(text))
    return {_key(text)} | {_key(part) for part in parts if len(part.split()) >= MIN_TITLE_WORDS}


def _repeats(key: str, forms: set[str]) -> bool:
    """True when a heading repeats the title bar: a form of it, with or without a kicker.

    Either may carry a few words more, before the shared title: a kicker on the heading
    (`Thema Verbraucherschutz Mehr ...`), a breadcrumb on the title bar (`Home Climate ...`);
    the shared title must be long enough not to be a common label (`News`).
    """
    if key in forms:
        return True
    for form in forms:
        longer, shorter = (key, form) if len(key) > len(form) else (form, key)
        extra = longer[: -len(shorter)]
        if (
            len(shorter.split()) >= MIN_TITLE_WORDS
            and extra.endswith(" ")
            and longer.endswith(shorter)
            and len(extra.split()) <= MAX_KICKER_WORDS
        ):
            return True
    return False


_NOT_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """A title as compared: words only, case aside (`FLOODS hit the north!`)."""
    return _NOT_WORD.sub(" ", text).casefold().strip()


def _is_notice(analysis: Analysis, index: int) -> bool:
    """A site's notice about itself (browser, cookies, JavaScript): see chrome_sentences.txt."""
    info = analysis.infos[index]
    return info.words <= MAX_NOTICE_WORDS and bool(
        word_pattern("chrome_sentences.txt").search(info.norm)
    )


def article_start(document: Document) -> int | None:
    """The article's first long line of prose: the page's head is everything before it."""
    starts = _article_prose(document)
    return starts[0] if starts else None


def _article_prose(document: Document, count: int = 2) -> list[int]:
    """The article's first `count` long lines of prose.

    Prose that other SL3 rules flag (a cookie notice) or that is a site's notice too long for
    them does not start the article.
    """
    analysis = analyse(document)
    found: list[int] = []
    for index in sorted(prose_lines(document)):
        info = analysis.infos[index]
        if info.words < MIN_PROSE_WORDS or info.comment or info.chrome:
            continue
        if not _is_notice(analysis, index):
            found.append(index)
            if len(found) == count:
                break
    return found


def page_head(document: Document) -> PageHead | None:
    """The header between a first line that is a title bar and the heading that repeats it.

    Scraped pages open with the `<title>` (`Floods hit the north - City News`), then the
    site's header (menus, search, account links), then the article's heading, which repeats
    the title or its article part. The repetition must come before the first long prose
    line: a title repeated further down is a breadcrumb or a related-posts entry, not the
    heading that opens the article. More than `MAX_UNMARKED_HEADER_LINES` lines between the
    two are a header only when one of them is known chrome (a label, a menu, a date line): a
    song's verses between its title and its refrain are not, and once a header is cut the
    heading opens the page, so without this the next repetition of its words would cut again.
    """
    analysis = analyse(document)
    order = sorted(analysis.infos)
    if len(order) < 3:
        return None
    first_long = article_start(document)
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
        if index in flagged or len(text.split()) < MIN_TITLE_WORDS:
            continue  # a flagged line (a breadcrumb ending in the title) is not the heading
        if not _repeats(_key(text), forms):
            continue
        between = order[1 : order.index(index)]
        if len(between) > MAX_UNMARKED_HEADER_LINES and not any(
            i in flagged or analysis.infos[i].anchor for i in between
        ):
            return None
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


@cache
def _crumb_labels() -> frozenset[str]:
    return phrases("nav.txt") | phrases("chrome.txt")


def _crumb_label(key: str) -> bool:
    """A breadcrumb's first label opens the text: `Home`, `Startseite`, `You are here`."""
    words = key.split()
    labels = _crumb_labels()
    return any(" ".join(words[:size]) in labels for size in range(1, MAX_CRUMB_LABEL_WORDS + 1))


def _is_byline(text: str) -> bool:
    """`By Sarah Yang` alone on a line: the byline word and a name, nothing else.

    Every other word is capitalised and no function word of the byline's languages (`By The
    Numbers` is a heading), except particles inside a name and words joining two names.

    >>> _is_byline("By Sarah Yang"), _is_byline("By Jose de la Cruz"), _is_byline("By the way")
    (True, True, False)
    """
    words = text.replace(",", " ").split()
    if words[0].casefold().rstrip(":") not in _BYLINE_WORDS:
        return False
    name = words[1:]
    if not MIN_BYLINE_NAME_WORDS <= len(name) <= MAX_BYLINE_NAME_WORDS:
        return False
    if not (is_name_word(name[0]) and is_name_word(name[-1])):
        return False
    return all(is_name_word(word) or word in _NAME_LINKS for word in name)


def head_lines(document: Document, head: PageHead | None) -> list[HeadLine]:
    """Lines before the article that no other SL3 rule flags: notices, bylines, breadcrumbs.

    A notice is a line with a site's statement about itself (see `_is_notice`); a byline is
    the author's name after `By` (see `_is_byline`): before the article or between its lead
    (the first prose line) and its body, it is the CMS's metadata, as a date line is. A merged
    breadcrumb is a trail of two or more labels, the first a known one (`Home Climate`),
    run together with a title that a line of its own repeats: html-to-text glues the trail
    to the heading, and the heading stays on its own line.
    """
    starts = _article_prose(document)
    if not starts:
        return []
    start, body = starts[0], starts[-1]
    analysis = analyse(document)
    taken = set(flagged_lines(document))
    if head is not None:
        taken.update(i for run in head.lines for i in run)
    found: list[HeadLine] = []
    crumbs: list[tuple[int, str]] = []  # lines opening with a breadcrumb label, and their keys
    for index in sorted(i for i in analysis.infos if i < body and i not in taken):
        if _is_byline(analysis.infos[index].text):
            found.append(HeadLine(index, "Byline before the article"))
        elif index < start:  # notices and breadcrumbs only before the lead
            if _is_notice(analysis, index):
                found.append(HeadLine(index, "Site notice before the article"))
            elif analysis.infos[index].words > MIN_TITLE_WORDS:
                key = _key(analysis.infos[index].text)
                if _crumb_label(key):
                    crumbs.append((index, key))
    if crumbs:
        titles: dict[str, int] = {}
        for index, info in analysis.infos.items():
            if index not in taken and info.words >= MIN_TITLE_WORDS:
                titles.setdefault(_key(info.text), index)
        for index, key in crumbs:
            title = _merged_title(key, titles)
            if title is not None and title != index:
                line = document.lines[title].number
                reason = f"Breadcrumb trail run into the title on line {line}"
                found.append(HeadLine(index, reason))
        found.sort(key=lambda line: line.index)
    return found


def _merged_title(key: str, titles: dict[str, int]) -> int | None:
    """The line whose title ends `key` after a short trail opening with a known label."""
    words = key.split()
    for size in range(2, min(MAX_KICKER_WORDS, len(words) - MIN_TITLE_WORDS) + 1):
        title = titles.get(" ".join(words[size:]))
        if title is not None:
            return title if _crumb_label(" ".join(words[:size])) else None
    return None


class PageHeadLine(Rule):
    """Lines of the site's header, before the article's first paragraph of prose.

    ## What it does
    When a document opens with the page's title bar line (`Floods hit the north - City
    News`) and the article's heading repeats that title (or its article part, `Floods hit
    the north`, with or without a kicker of a few words before it) before the article's
    first paragraph of prose, every line between the two is the site's header: menus,
    search, account links, section names. Those lines are flagged, and so is the title bar
    line when the heading repeats only a part of it (the article's title stays, in the
    heading). Lines longer than twenty words between them (a lead, a teaser sentence) are
    kept, and more than four lines between them must hold a known label or chrome line.

    Before the article's first prose line it also flags a site's notice about itself too
    long for SL302 (`You are using a browser version with limited support for CSS ...`) and
    a breadcrumb trail run into the title (`Home Climate Floods hit the north`) when a line
    of its own repeats the title; before the article's second prose line, a byline alone
    (`By Sarah Yang`, `Von Julia Müller`).

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
    By Jane Roe
    Rivers burst their banks across the region on Tuesday, the weather service said.
    ```
    The first four lines and the byline are removed; the heading and the article stay.

    ## Fix safety
    Safe: the header is cut only where two lines bound it that the page itself marks as
    the title, and the article starts after the second; a merged breadcrumb goes only when
    the title it holds stays on a line of its own; a byline is a name after `By` and
    nothing else. On 600 real pages in 13 languages the rule removes 30 boilerplate
    snippets that the other SL3 rules leave (17 of them on the tuning pages, 13 on the
    held-out ones) and no article snippet.
    """

    code = "SL308"
    name = "page-head-line"
    summary = "Site header between the page's title bar line and the article's heading"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        head = page_head(document)
        for line in head_lines(document, head):
            text = document.lines[line.index]
            yield self.finding(
                text.start,
                text.end,
                f"{line.reason}: {quote_block(text, text)}",
                remove_lines(document, text, message="Remove the line"),
            )
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
