"""The engine's fixing loop, exercised with small rules written for the purpose.

The real rules are tested in their own files; here the rules are deliberately simple so each
test isolates one promise of the engine: overlap resolution, the fixed point, the cap, the
guard, and that a crashing rule does not take the run down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedlint.document import Document
from seedlint.engine import MAX_ROUNDS, FixMode, lint
from seedlint.rule import Applicability, Edit, Finding, Fix, Rule, Severity, remove_lines


class ReplaceWord(Rule):
    """Flags `colour` and replaces it with `color` (safe)."""

    code, name, summary = "SL901", "british-spelling", "test rule"

    def check(self, document: Document) -> Iterable[Finding]:
        for match in re.finditer("colour", document.text):
            fix = Fix((Edit(match.start(), match.end(), "color"),), "Use color")
            yield self.finding(match.start(), match.end(), "british spelling", fix)


class RemoveShout(Rule):
    """Removes lines in capitals (unsafe)."""

    code, name, summary = "SL902", "shouting-line", "test rule"

    def check(self, document: Document) -> Iterable[Finding]:
        for line in document.lines:
            if line.text.isupper():
                fix = remove_lines(document, line, applicability=Applicability.UNSAFE)
                yield self.finding(line.start, line.end, "shouting", fix)


class ReportSentence(Rule):
    """Reports every line containing `claim` (no fix)."""

    code, name, summary = "SL903", "claim", "test rule"
    severity = Severity.WARNING

    def check(self, document: Document) -> Iterable[Finding]:
        for line in document.lines:
            if "claim" in line.text.lower():
                yield self.finding(line.start, line.end, "a claim")


class NeverConverges(Rule):
    code, name, summary = "SL904", "grows", "test rule"

    def check(self, document: Document) -> Iterable[Finding]:
        yield self.finding(0, 0, "grow", Fix((Edit(0, 0, "x"),), "insert"))


class ReachesOutside(Rule):
    code, name, summary = "SL905", "greedy", "test rule"

    def check(self, document: Document) -> Iterable[Finding]:
        if "bad" in document.text:
            start = document.text.index("bad")
            yield self.finding(start, start + 3, "bad", Fix((Edit(0, len(document.text)),), "all"))


class Crashes(Rule):
    code, name, summary = "SL906", "crashes", "test rule"

    def check(self, document: Document) -> Iterable[Finding]:
        raise ZeroDivisionError("boom")


def test_without_fix_mode_nothing_changes():
    result = lint(Document("a.txt", "The colour red.\n"), [ReplaceWord()])
    assert result.final.text == "The colour red.\n"
    assert [(f.code, f.start, f.end) for f in result.findings] == [("SL901", 4, 10)]


def test_safe_fix_applies_and_relint_is_clean():
    result = lint(Document("a.txt", "colour, colour\n"), [ReplaceWord()], FixMode.SAFE)
    assert result.final.text == "color, color\n"
    assert result.findings == [] and result.fixed_count == 2


def test_unsafe_fix_needs_unsafe_mode():
    text = "Article line.\n\nSHARE THIS\n\nMore article.\n"
    safe = lint(Document("a.txt", text), [RemoveShout()], FixMode.SAFE)
    assert safe.final.text == text
    unsafe = lint(Document("a.txt", text), [RemoveShout()], FixMode.UNSAFE)
    assert unsafe.final.text == "Article line.\n\nMore article.\n"  # no double blank at the seam


def test_line_removal_at_end_of_file_leaves_no_trailing_blank_lines():
    text = "Body text here.\n\nBACK TO TOP"
    result = lint(Document("a.txt", text), [RemoveShout()], FixMode.UNSAFE)
    assert result.final.text == "Body text here.\n"


def test_line_removal_keeps_crlf():
    text = "One.\r\nSHOUT\r\nTwo.\r\n"
    result = lint(Document("a.txt", text), [RemoveShout()], FixMode.UNSAFE)
    assert result.final.text == "One.\r\nTwo.\r\n"


def test_report_on_deleted_text_is_dropped():
    text = "A CLAIM IN A WIDGET\nA claim in the article.\n"
    result = lint(Document("a.txt", text), [RemoveShout(), ReportSentence()])
    assert [(f.code, f.start) for f in result.findings] == [("SL902", 0), ("SL903", 20)]


def test_cap_on_rounds_is_reported():
    result = lint(Document("a.txt", ""), [NeverConverges()], FixMode.SAFE)
    assert not result.converged
    assert result.final.text == "x" * MAX_ROUNDS


def test_fix_reaching_outside_its_span_is_refused():
    text = "keep this bad thing\n"
    result = lint(Document("a.txt", text), [ReachesOutside()], FixMode.SAFE)
    assert result.final.text == text
    assert [(f.code, reason) for f, reason in result.refused] == [
        ("SL905", "its edits reach outside the flagged span")
    ]


def test_crashing_rule_is_reported_and_others_still_run():
    result = lint(Document("a.txt", "colour\n"), [Crashes(), ReplaceWord()], FixMode.SAFE)
    assert result.final.text == "color\n"
    assert result.failures and result.failures[0].code == "SL906"
    assert "ZeroDivisionError" in result.failures[0].error


def test_overlapping_fixes_resolve_deterministically():
    class Whole(Rule):
        code, name, summary = "SL907", "whole", "test rule"

        def check(self, document: Document) -> Iterable[Finding]:
            if "colour" in document.text:
                end = len(document.text)
                yield self.finding(0, end, "whole", Fix((Edit(0, end, "COLOUR\n"),), "shout"))

    first = lint(Document("a.txt", "colour\n"), [ReplaceWord(), Whole()], FixMode.SAFE)
    second = lint(Document("a.txt", "colour\n"), [Whole(), ReplaceWord()], FixMode.SAFE)
    assert first.final.text == second.final.text


class RemoveCounters(Rule):
    """Removes each line holding a count, one finding per line (safe)."""

    code, name, summary = "SL908", "counter-line", "test rule"

    def check(self, document: Document) -> Iterable[Finding]:
        for line in document.lines:
            if re.fullmatch(r"\d+( KB)?", line.text):
                yield self.finding(line.start, line.end, "counter", remove_lines(document, line))


def test_adjacent_removals_leave_one_blank_line_at_the_seam():
    text = "Title\n\n0\n1 KB\n\nBody text.\n"
    result = lint(Document("a.txt", text), [RemoveCounters()], FixMode.SAFE)
    assert result.final.text == "Title\n\nBody text.\n"
    assert result.source_map is not None and result.source_map.text == result.final.text


def test_adjacent_removals_at_the_end_leave_no_trailing_blank_lines():
    text = "Body text.\r\n\r\n0\r\n1 KB"
    result = lint(Document("a.txt", text), [RemoveCounters()], FixMode.SAFE)
    assert result.final.text == "Body text.\r\n"


def test_removals_sharing_a_blank_line_are_applied_in_one_round():
    # `3` takes the blank line after it, `4` (at the end) the one before it: the same line.
    # The second is trimmed to its own line instead of waiting for another round, where a rule
    # would judge a page the first removal already changed.
    text = "Body text.\n\n1\n2\n\n3\n\n4\n"
    result = lint(Document("a.txt", text), [RemoveCounters()], FixMode.SAFE)
    assert result.final.text == "Body text.\n"
    assert len(result.rounds) == 1
    assert result.source_map is not None and result.source_map.text == result.final.text


def test_removal_overlapping_another_beyond_blank_lines_is_not_trimmed():
    class RemoveTwoAndNext(Rule):
        code, name, summary = "SL909", "two-and-next", "test rule"

        def check(self, document: Document) -> Iterable[Finding]:
            for line in document.lines:
                if line.text == "2":
                    after = document.lines[line.index + 1]
                    fix = remove_lines(document, line, after)
                    yield self.finding(line.start, after.end, "two and next", fix)

    # Both remove `2`: the second fix waits for the next round, where `2` is gone and it no
    # longer applies; trimmed to what the first one leaves, it would have removed `X` alone.
    text = "Body text.\n\n2\nX\n\nEnd.\n"
    result = lint(Document("a.txt", text), [RemoveCounters(), RemoveTwoAndNext()], FixMode.SAFE)
    assert result.final.text == "Body text.\n\nX\n\nEnd.\n"
