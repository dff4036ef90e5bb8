"""SL303: a counter or metadata residue line (`0`, `Like` / `1`, `1.2K views`, `8 KB`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, remove_lines
from seedlint.rules.boilerplate._analysis import Analysis, LineInfo, analyse
from seedlint.rules.boilerplate._tables import phrases

_NUMBER = r"\d[\d.,\u066b\u066c\u00a0 ]*[kmкм万千]?\+?"
_LONE_NUMBER = re.compile(rf"^{_NUMBER}$", re.IGNORECASE)


@cache
def _counter_pattern() -> re.Pattern[str]:
    """`<number> <unit>` or `<unit>: <number>` on a normalised line, one compiled alternation.

    Several counts may share a line (`21 minutes - 4312 words`, `0 comments 12 views`).
    """
    units = sorted(
        phrases("counter_units.txt") | {"words", "word", "wörter"}, key=len, reverse=True
    )
    unit = "(?:" + "|".join(re.escape(u) for u in units) + ")"
    count = rf"(?:{_NUMBER}\s*{unit}|{unit}\s*:?\s*{_NUMBER})"
    return re.compile(rf"^{count}(?:\s*[-|·•,/]?\s*{count})*$", re.IGNORECASE)


def is_counter(norm: str) -> bool:
    if not norm or not (norm[0].isdigit() or norm[-1].isdigit()):
        return False  # fast path: every counter starts or ends with its number
    return _counter_pattern().match(norm) is not None


def _is_label(info: LineInfo) -> bool:
    """A button or label a count is shown next to (`Like`, `Comments`, `Share`)."""
    return info.norm in phrases("counter_units.txt") or info.anchor


def _neighbours(analysis: Analysis, index: int) -> list[LineInfo]:
    """The lines right above and below (same paragraph: no blank line between)."""
    return [analysis.infos[i] for i in (index - 1, index + 1) if i in analysis.infos]


def counters(document: Document) -> dict[int, str]:
    """`counter_lines` of the document, computed once for the SL3 rules that need it."""
    return document.memo("boilerplate.counters", lambda: counter_lines(analyse(document)))


def counter_lines(analysis: Analysis) -> dict[int, str]:
    """Line index -> why it is counter residue."""
    found: dict[int, str] = {}
    for index, info in analysis.infos.items():
        if is_counter(info.norm):
            found[index] = "a count with its unit"
    for index, info in analysis.infos.items():
        if index in found or not _LONE_NUMBER.match(info.text.strip()):
            continue
        if any(n.index in found or _is_label(n) for n in _neighbours(analysis, index)):
            found[index] = "a lone number next to a counter or its label"
    return found


class CounterResidue(Rule):
    """A line holding only a count: views, likes, comments, file size, reading time.

    ## What it does
    Flags a line that is only a count with its unit (`1.2K views`, `0 Comments`, `4 Min Read`,
    `1كيلو بايت`, `8 KB`, `21 minutes - 4312 words`), and a line that is only a number when
    the line right above or below is a counter or the label a count sits next to (`Like`
    then `1`; `0` above `1كيلو بايت`). A lone number elsewhere (a list number, a score in a
    table) is left alone: it may be content.

    ## Why is this bad?
    Counters are widgets rendered as text: they say nothing, they change on every crawl (so
    they defeat deduplication), and a stray `0` or `1` at the top of an article reads as
    garbage.

    ## Example
    ```text
    What to know about outcome of US-Rusia talks in Istanbul

    0
    1كيلو بايت
    ```
    Both lines under the title are removed.

    ## Fix safety
    Safe: the unit comes from a table of what sites count, and a bare number is removed only
    beside a counter or a counter label in the same paragraph, so numbers that carry meaning
    in the article are kept.
    """

    code = "SL303"
    name = "counter-residue"
    summary = "Line holding only a counter (views, likes, comments, size, reading time)"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        for index, reason in sorted(counters(document).items()):
            line = document.lines[index]
            yield self.finding(
                line.start,
                line.end,
                f"Counter residue ({reason}): `{line.text.strip()[:40]}`",
                remove_lines(document, line, message="Remove the counter line"),
            )
