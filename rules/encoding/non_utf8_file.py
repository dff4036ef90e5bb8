"""SL102 non-utf8-file."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Applicability, Finding, Fix, FixAvailability, Rule, Severity
from seedlint.rules.encoding._data import detected_names


def encoding_name(codec: str) -> str:
    """How people call a Python codec name: `cp1252` -> `Windows-1252`."""
    return detected_names().get(
        codec.lower().replace("-", "_"), detected_names().get(codec.lower(), codec)
    )


class NonUtf8File(Rule):
    """A file that is not UTF-8: its encoding had to be detected.

    ## What it does
    Reports a file whose bytes are not valid UTF-8, so that seedlint had to detect its
    encoding (Windows-1252, Shift_JIS, a UTF-16 file with a byte-order mark...). The message
    names the detected encoding. Valid UTF-8 is never re-decoded as anything else, so this
    rule never fires on a UTF-8 file, whatever a detector would say about it.

    ## Why is this bad?
    Every tool downstream (tokenizers, search indexes, diff viewers, other linters) expects
    UTF-8. A legacy-encoded file is read as mojibake by the first tool that assumes UTF-8,
    and the guess of its encoding has to be made again, perhaps differently, each time.

    ## Example
    A file saved by an old editor in Windows-1252, `caf\\xe9 \\x93quoted\\x94`, is reported as
    `file is encoded in Windows-1252, not UTF-8`. After the fix it holds the UTF-8 bytes of
    `café “quoted”`.

    ## Fix safety
    Safe. The fix rewrites the same characters in UTF-8: the text seedlint decoded, and
    every other rule checked, is exactly the text written. Nothing is re-interpreted. (If
    the detection itself was wrong, the text was already wrong when decoded; other rules,
    SL101 first, see that text too.)
    """

    code = "SL102"
    skips_literal_lines = False  # characters are wrong in code too
    name = "non-utf8-file"
    summary = "File is not encoded in UTF-8"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        encoding = document.encoding
        if not encoding.detected:
            return
        name = encoding_name(encoding.name)
        message = f"file is encoded in {name}, not UTF-8"
        fix = Fix((), f"Re-encode the file from {name} to UTF-8", Applicability.SAFE, "utf-8")
        yield self.finding(0, 0, message, fix, {"encoding": encoding.name, "name": name})
