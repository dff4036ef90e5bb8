"""Linear time where inputs get large: many fixes on one long line, many findings on blank lines.

Both once took quadratic time (a piece table that copied the rest of a piece at every split;
a paragraph scan per finding). Each case is timed at two sizes; the ratio should stay near
the size ratio (2). Run: .venv/bin/python benchmarks/scaling.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

from seedlint.document import Document
from seedlint.output import locate
from seedlint.rule import Edit
from seedlint.rules import ALL_RULES
from seedlint.sourcemap import SourceMap


def many_fixes_on_one_line(size: int) -> None:
    source_map = SourceMap("x" * size)
    source_map.apply([Edit(i, i + 1, "y") for i in range(0, size, 100)])


def many_findings_on_blank_lines(paragraphs: int) -> None:
    rule = next(r for r in ALL_RULES if r.code == "SL104")()
    document = Document("x.txt", "A paragraph of text.\n\u00a0\n" * paragraphs)
    locate("x.txt", document, list(rule.check(document)))


def timed(case: Callable[[int], None], size: int) -> float:
    start = time.perf_counter()
    case(size)
    return time.perf_counter() - start


def main() -> None:
    cases = [
        ("40k fixes on one 4 MB line, then 80k on 8 MB", many_fixes_on_one_line, 4_000_000),
        ("16k findings on blank lines, then 32k", many_findings_on_blank_lines, 16_000),
    ]
    for label, case, size in cases:
        small, large = timed(case, size), timed(case, size * 2)
        print(f"{label}: {small:.2f} s, {large:.2f} s (ratio {large / small:.1f}; linear is 2)")


if __name__ == "__main__":
    main()
