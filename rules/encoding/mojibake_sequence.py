"""SL101 mojibake-sequence."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Applicability, Edit, Finding, Fix, FixAvailability, Rule, Severity
from seedlint.rules.encoding._mojibake import repairs


class MojibakeSequence(Rule):
    """Text that is UTF-8 read through the wrong codepage: `staffโ€”a`, `donâ€™t`.

    ## What it does
    Finds spans of mojibake: characters whose UTF-8 bytes were decoded as a single-byte
    codepage (Windows-1252, ISO-8859-1, Windows-1250/1251/1253/1254/1255/1256/1257,
    ISO-8859-2/7, KOI8-R, Windows-874, MacRoman, CP437, CP850), and repairs exactly those
    spans. A span counts only when its characters map back to bytes that decode as UTF-8
    *strictly*, and when the result is common text that reads better than the span did
    (no letters glued to currency signs, no scripts mixed inside a word). Lossy mojibake in
    the codepages ftfy knows (a no-break space turned into a space, dropped bytes) is
    repaired by ftfy's `fix_encoding`, whose result is kept as ftfy gives it. The message
    names the mix-up, e.g. `mojibake: UTF-8 read as Windows-874`; the finding's details hold
    the codec plan (`encoded_as`, `decoded_as`) and the text before and after.

    ## Why is this bad?
    Mojibake turns words into noise for readers, search indexes and language models, and
    it spreads: once normalised (ftfy's `fix_text` turns the `”` of `โ€”` into `"`) it can
    no longer be undone. Repairing it first, on the text as decoded, keeps it repairable.

    ## Example
    ```text
    travel regulations for diplomatic staffโ€”a move that could pave the way
    Ð¿Ñ€Ð¸Ð²ÐµÑ‚ and ط§ظ„ط¨ط­ط«
    ```
    Use instead:
    ```text
    travel regulations for diplomatic staff—a move that could pave the way
    привет and البحث
    ```

    ## Fix safety
    Safe. The repair is the exact inverse of what went wrong: the span's characters are
    turned back into the bytes they were read from, and those bytes decode as UTF-8 with no
    error and no guess. Only the flagged span changes, and a plausibility check keeps
    correct text in any language out of the way.
    """

    code = "SL101"
    skips_literal_lines = False  # characters are wrong in code too
    name = "mojibake-sequence"
    summary = "UTF-8 text decoded through the wrong codepage (mojibake)"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        for repair in repairs(document):
            details = {
                **{k: v for k, v in repair.details.items() if k != "oddness"},
                "before": repair.before,
                "after": repair.after,
            }
            fix = Fix(
                (Edit(repair.start, repair.end, repair.after),),
                f"Replace with `{repair.after}`",
                Applicability.SAFE,
            )
            yield self.finding(repair.start, repair.end, repair.message, fix, details)
