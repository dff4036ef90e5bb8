"""`--format text`: one line per finding for people, then a summary in ruff's words.

    seeds/003_1c381e78540b5e33.txt:9:178: SL101 [*] mojibake: UTF-8 read as Windows-874

`[*]` marks a finding `--fix` can repair; `[-]` one that only `--unsafe-fixes` repairs.
Colour only on a terminal, never when NO_COLOR is set.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import click

from seedlint.output import Located
from seedlint.rule import Applicability, Severity


@dataclass(frozen=True)
class Totals:
    remaining: int
    fixed: int
    fixable: int  # remaining findings a safe fix would repair
    unsafe_fixable: int  # remaining findings only an unsafe fix would repair
    fix_mode: bool
    errors: int = 0  # files or paths that could not be checked (reported on stderr)


def marker(item: Located) -> str:
    fix = item.finding.fix
    if fix is None or fix.applicability is Applicability.DISPLAY_ONLY:
        return ""
    return "[*] " if fix.applicability is Applicability.SAFE else "[-] "


def render_line(item: Located, color: bool) -> str:
    finding = item.finding
    place = f"{item.filename}:{item.row}:{item.column}:"
    code_colour = "red" if finding.severity is Severity.ERROR else "yellow"
    if color:
        place = click.style(place, bold=True)
        code = click.style(finding.code, fg=code_colour, bold=True)
    else:
        code = finding.code
    severity = "" if finding.severity is Severity.ERROR else f"({finding.severity.value}) "
    return f"{place} {code} {marker(item)}{severity}{finding.message}"


def render(located: Sequence[Located], color: bool) -> str:
    return "".join(render_line(item, color) + "\n" for item in located)


def _plural(count: int, word: str) -> str:
    """A count and its noun, in the plural when the count asks for it.

    >>> _plural(1, "finding"), _plural(2, "hidden fix")
    ('1 finding', '2 hidden fixes')
    """
    if count == 1:
        return f"{count} {word}"
    return f"{count} {word}{'es' if word.endswith(('x', 's')) else 's'}"


def summary(totals: Totals) -> str:
    """ruff's summary: what was found, what was fixed, what could be."""
    lines = []
    found = totals.remaining + totals.fixed
    if totals.fix_mode and totals.fixed:
        lines.append(
            f"Found {_plural(found, 'finding')} "
            f"({totals.fixed} fixed, {totals.remaining} remaining)."
        )
    elif totals.remaining:
        lines.append(f"Found {_plural(totals.remaining, 'finding')}.")
    elif totals.errors:
        lines.append(f"No findings, but {_plural(totals.errors, 'error')} (listed above).")
    else:
        lines.append("All checks passed!")
    hints = []
    if totals.fixable and not totals.fix_mode:
        hints.append(f"[*] {totals.fixable} fixable with the `--fix` option")
    if totals.unsafe_fixable:
        hidden = _plural(totals.unsafe_fixable, "hidden fix")
        hints.append(f"{hidden} can be enabled with the `--unsafe-fixes` option")
    if hints:
        text = " (".join(hints) + (")" if len(hints) == 2 else "")
        lines.append(text[0].upper() + text[1:] + ".")
    return "\n".join(lines) + "\n"


def statistics(counts: Counter[str], fixable: set[str], names: dict[str, str]) -> str:
    """`--statistics`: findings per code, most frequent first."""
    rows = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    width = max((len(str(count)) for _, count in rows), default=1)
    return "".join(
        f"{count:>{width}}\t{code}\t{'[*] ' if code in fixable else ''}{names.get(code, '')}\n"
        for code, count in rows
    )
