"""Run rules over a document, apply their fixes, and repeat until nothing changes.

The engine knows no rule by name: it receives rule instances and treats them alike. Fixing
works as in ruff: collect the fixes allowed by the requested applicability, apply the ones
that do not overlap (earliest first, ties broken by code so the choice is deterministic),
re-lint the new text, and loop to a fixed point, at most `MAX_ROUNDS` times.

The guard: a fix whose edits reach outside the span its finding flagged (beyond blank lines
that a line removal tidies away) is refused, and so is a round that would leave the document
without its text encodable; refused fixes are reported, never applied.
"""

from __future__ import annotations

import enum
import re
import sys
import traceback
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from seedlint.document import Document, Encoding, is_blank
from seedlint.markup import overlaps_literal
from seedlint.rule import Applicability, Edit, Finding, Fix, Rule
from seedlint.sourcemap import SourceChange, SourceMap

MAX_ROUNDS = 100


class FixMode(enum.Enum):
    NONE = "none"
    SAFE = "safe"
    UNSAFE = "unsafe"

    def allows(self, applicability: Applicability) -> bool:
        if self is FixMode.NONE or applicability is Applicability.DISPLAY_ONLY:
            return False
        return self is FixMode.UNSAFE or applicability is Applicability.SAFE


@dataclass(frozen=True)
class RuleFailure:
    """A rule that raised: reported to the user as an internal error, the run goes on."""

    code: str
    error: str


@dataclass(frozen=True)
class AppliedChange:
    """One edit of an applied fix, with its span in the *source* text."""

    finding: Finding  # offsets into the text of the round that applied it
    change: SourceChange


@dataclass
class Round:
    """The fixes applied in one pass, with offsets into the text that pass started from."""

    text_before: str
    applied: list[Finding]


@dataclass
class LintResult:
    source: Document
    final: Document
    findings: list[Finding]  # what remains, with offsets into `final.text`
    initial_findings: list[Finding] = field(default_factory=list)  # offsets into `source.text`
    rounds: list[Round] = field(default_factory=list)
    changes: list[AppliedChange] = field(default_factory=list)
    source_map: SourceMap | None = None
    refused: list[tuple[Finding, str]] = field(default_factory=list)
    failures: list[RuleFailure] = field(default_factory=list)
    converged: bool = True

    @property
    def changed(self) -> bool:
        return self.final.to_bytes() != self.source.to_bytes()

    @property
    def fixed_count(self) -> int:
        return sum(len(round_.applied) for round_ in self.rounds)


def check(document: Document, rules: Sequence[Rule]) -> tuple[list[Finding], list[RuleFailure]]:
    """All findings of all rules on one document, sorted by position, then code."""
    findings: list[Finding] = []
    failures: list[RuleFailure] = []
    for rule in rules:
        try:
            findings.extend(rule.check(document))
        except Exception:  # a broken rule must not take the user's whole run down
            failures.append(RuleFailure(rule.code, traceback.format_exc(limit=-3)))
    skipping = {rule.code for rule in rules if rule.skips_literal_lines}
    findings = [
        finding
        for finding in findings
        if finding.code not in skipping
        or not overlaps_literal(document, finding.start, finding.end)
    ]
    findings.sort(key=lambda finding: finding.sort_key)
    return _drop_reports_on_deleted_text(_dedupe(findings)), failures


def _dedupe(findings: list[Finding]) -> list[Finding]:
    unique: list[Finding] = []
    seen: set[tuple[object, ...]] = set()
    for finding in findings:
        key = (*finding.sort_key, finding.fix)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def _drop_reports_on_deleted_text(findings: list[Finding]) -> list[Finding]:
    """Drop report-only findings on text that another finding's fix deletes.

    An unattributed "claim" in a related-posts headline is noise when the widget holding it
    is itself flagged for removal: the user should see the widget, once.
    """
    deleted = sorted(
        (edit.start, edit.end)
        for finding in findings
        if finding.fix is not None and finding.fix.applicability is not Applicability.DISPLAY_ONLY
        for edit in finding.fix.edits
        if not edit.content and edit.end > edit.start
    )
    if not deleted:
        return findings
    return [
        finding
        for finding in findings
        if finding.fix is not None
        or not any(start <= finding.start and finding.end <= end for start, end in deleted)
    ]


def lint(document: Document, rules: Sequence[Rule], mode: FixMode = FixMode.NONE) -> LintResult:
    """Lint one document; with a fix mode, fix it to a fixed point and lint the result."""
    findings, failures = check(document, rules)
    result = LintResult(document, document, findings, findings, failures=failures)
    if mode is FixMode.NONE:
        return result
    current = document
    source_map = result.source_map = SourceMap(document.text)
    for _ in range(MAX_ROUNDS):
        chosen = _choose_fixes(current, findings, mode, result.refused)
        if not chosen:
            break
        edits = _tidy_seams(current.text, chosen)
        fixed = _apply(current, chosen, edits)
        if fixed is None:  # the round would produce text that cannot be written
            for finding in chosen:
                result.refused.append((finding, "the fixed text could not be encoded"))
            break
        result.rounds.append(Round(current.text, chosen))
        result.changes.extend(_map_changes(source_map, edits))
        current = fixed
        findings, failures = check(current, rules)
        result.failures.extend(failures)
    else:
        result.converged = False
    result.final = current
    result.findings = findings
    return result


def _map_changes(source_map: SourceMap, edits: dict[Edit, Finding]) -> list[AppliedChange]:
    ordered = sorted(edits)
    return [
        AppliedChange(edits[edit], change)
        for edit, changes in zip(ordered, source_map.apply(ordered), strict=True)
        for change in changes
    ]


# A blank line with its terminator: whitespace and zero-width characters only.
_BLANK_LINE = re.compile(r"(?:[^\S\r\n]|[\u200b-\u200d\u2060\ufeff])*(?:\r\n|\r|\n|\Z)")


def _tidy_seams(text: str, chosen: list[Finding]) -> dict[Edit, Finding]:
    """The round's edits, with line removals that meet at a seam tidied like one removal.

    Two rules may remove adjacent lines in one round; each removal alone looked tidy, but
    together they can leave two blank lines where the block was (or blank lines at the end of
    the file). Like `remove_lines`, the last removal of a contiguous run takes the blank lines
    after it when a blank line (or the start of the file) is before the run, and at the end of
    the file the removals take the blank lines before them (`_tidy_end_of_file`). Only blank
    lines are taken.
    """
    edits = {edit: finding for finding in chosen for edit in finding.fix.edits}  # type: ignore[union-attr]
    ordered = sorted(edits)
    index = 0
    while index < len(ordered):
        first = ordered[index]
        last_index = index
        while (
            last_index + 1 < len(ordered)
            and not ordered[last_index].content
            and not ordered[last_index + 1].content
            and ordered[last_index + 1].start == ordered[last_index].end
        ):
            last_index += 1
        last = ordered[last_index]
        if (
            last_index > index
            and not first.content
            and _at_line_start(text, first.start)
            and _at_line_start(text, last.end)
        ):
            limit = ordered[last_index + 1].start if last_index + 1 < len(ordered) else len(text)
            end = last.end
            if first.start == 0 or _blank_line_before(text, first.start):
                end = _skip_blank_lines(text, end, limit)
            if end != last.end:
                edits[Edit(last.start, end, "")] = edits.pop(last)
        index = last_index + 1
    _tidy_end_of_file(text, edits)
    return edits


def _tidy_end_of_file(text: str, edits: dict[Edit, Finding]) -> None:
    """Removals that reach the end of the file take the blank lines before them.

    Walking back from the last removal while only blank lines separate it from the removal
    before, each takes those blank lines, and the first of them the blank lines before it:
    the file then ends with its last kept line, as after one `remove_lines` at the end.
    """
    ordered = sorted(edits)
    if not ordered or ordered[-1].end != len(text):
        return
    for index in range(len(ordered) - 1, -1, -1):
        edit = ordered[index]
        if edit.content or not _at_line_start(text, edit.start):
            return
        floor = ordered[index - 1].end if index else 0
        start = _start_of_blank_lines_before(text, edit.start, floor)
        if start != edit.start:
            edits[Edit(start, edit.end, "")] = edits.pop(edit)
        if start != floor:
            return


def _at_line_start(text: str, offset: int) -> bool:
    return offset == 0 or offset == len(text) or text[offset - 1] in "\r\n"


def _line_before(text: str, offset: int) -> tuple[int, str]:
    """Start and content of the line that ends just before `offset` (a line start > 0)."""
    end = offset - (2 if text[max(offset - 2, 0) : offset] == "\r\n" else 1)
    start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    return start, text[start:end]


def _blank_line_before(text: str, offset: int) -> bool:
    return is_blank(_line_before(text, offset)[1])


def _skip_blank_lines(text: str, offset: int, limit: int) -> int:
    while offset < limit:
        match = _BLANK_LINE.match(text, offset)
        if match is None or match.end() == offset or match.end() > limit:
            break
        offset = match.end()
    return offset


def _start_of_blank_lines_before(text: str, offset: int, floor: int) -> int:
    """Move `offset` back over blank lines, keeping the terminator of the last kept line."""
    while offset > floor:
        start, content = _line_before(text, offset)
        if not is_blank(content) or start < floor:
            break
        offset = start
    return offset


def _choose_fixes(
    document: Document,
    findings: Iterable[Finding],
    mode: FixMode,
    refused: list[tuple[Finding, str]],
) -> list[Finding]:
    candidates = [f for f in findings if f.fix is not None and mode.allows(f.fix.applicability)]
    candidates.sort(key=lambda f: (f.fix.start, f.fix.end, f.code, f.start))  # type: ignore[union-attr]
    chosen: list[Finding] = []
    taken = _Spans()
    replaced: set[tuple[int, int]] = set()  # spans of chosen edits that are not removals
    applied_fixes: set[Fix] = set()
    for finding in candidates:
        fix = finding.fix
        assert fix is not None
        if fix in applied_fixes:
            continue
        problem = _outside_span(document, finding)
        if problem:
            if all(r[0] is not finding for r in refused):
                refused.append((finding, problem))
            continue
        if any(taken.overlapping(edit) for edit in fix.edits):
            trimmed = _past_shared_blank_lines(document.text, fix, taken, replaced)
            if trimmed is None:
                continue  # applied in a later round, if it still applies then
            finding = replace(finding, fix=trimmed)
        chosen.append(finding)
        applied_fixes.add(fix)
        for edit in finding.fix.edits:  # type: ignore[union-attr]
            taken.add(edit.start, edit.end)
            if edit.content or edit.start == edit.end:
                replaced.add((edit.start, edit.end))
    return chosen


def _past_shared_blank_lines(
    text: str, fix: Fix, taken: _Spans, replaced: set[tuple[int, int]]
) -> Fix | None:
    """A line removal that overlaps removals already chosen only on blank lines, trimmed.

    Two removals of neighbouring blocks both take the blank lines between them (each tidies
    its own seam). Deferring the second one to the next round would let it be judged on a
    page the first one already changed: SL307 reads the tail's chrome as evidence, and
    other rules remove that chrome. Both remove the shared blank lines, so the second one
    can leave them to the first; `_tidy_seams` then joins the two. None when the overlap is
    more than blank lines or either edit replaces text.
    """
    if len(fix.edits) != 1 or fix.edits[0].content:
        return None
    start, end = fix.edits[0].start, fix.edits[0].end
    for other_start, other_end in taken.overlapping(fix.edits[0]):
        if (other_start, other_end) in replaced:
            return None
        if not (other_start <= start or end <= other_end):
            return None  # a removal inside this one
        if text[max(start, other_start) : min(end, other_end)].strip():
            return None
        if other_start <= start:
            start = max(start, other_end)
        else:
            end = min(end, other_start)
        if start >= end:
            return None
    return replace(fix, edits=(Edit(start, end),))


class _Spans:
    """The spans of the edits chosen so far, answering `_overlaps` against all of them.

    Kept sorted by start; while their ends are sorted too (always, unless one fix's own edits
    nest), a search walks back from the last span starting at or before the edit's end and
    stops at the first span that ends before the edit starts: nothing earlier can reach it.
    That makes choosing n fixes O(n log n) instead of O(n^2) on pages with many removals.
    """

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.ends_sorted = True

    def add(self, start: int, end: int) -> None:
        spans = self.spans
        index = bisect_right(spans, (start, end))
        spans.insert(index, (start, end))
        if (index > 0 and spans[index - 1][1] > end) or (
            index + 1 < len(spans) and spans[index + 1][1] < end
        ):
            self.ends_sorted = False

    def overlapping(self, edit: Edit) -> list[tuple[int, int]]:
        """The spans `edit` overlaps, by start."""
        if not self.ends_sorted:
            return [span for span in self.spans if _overlaps(edit, span)]
        found: list[tuple[int, int]] = []
        index = bisect_right(self.spans, (edit.end, sys.maxsize))
        while index > 0:
            index -= 1
            span = self.spans[index]
            if span[1] < edit.start:
                break
            if _overlaps(edit, span):
                found.append(span)
        return found[::-1]


def _overlaps(edit: Edit, span: tuple[int, int]) -> bool:
    start, end = span
    if edit.start == edit.end or start == end:  # an insertion conflicts with what touches it
        return edit.start <= end and start <= edit.end
    return edit.start < end and start < edit.end


def _outside_span(document: Document, finding: Finding) -> str | None:
    """Why a fix reaches outside its finding's span, or None when it stays inside."""
    assert finding.fix is not None
    for edit in finding.fix.edits:
        if not 0 <= edit.start <= edit.end <= len(document.text):
            return f"edit {edit.start}..{edit.end} lies outside the document"
        head = document.text[edit.start : min(edit.end, finding.start)]
        tail = document.text[max(edit.start, finding.end) : edit.end]
        if not is_blank(head) or not is_blank(tail):
            return "its edits reach outside the flagged span"
    return None


def _apply(
    document: Document, chosen: list[Finding], edits: dict[Edit, Finding]
) -> Document | None:
    pieces: list[str] = []
    position = 0
    for edit in sorted(edits):
        pieces.append(document.text[position : edit.start])
        pieces.append(edit.content)
        position = edit.end
    pieces.append(document.text[position:])
    text = "".join(pieces)
    encoding = document.encoding
    for finding in chosen:
        if finding.fix and finding.fix.encoding:
            encoding = Encoding(finding.fix.encoding)
    try:
        encoding.encode(text)
    except UnicodeEncodeError:
        if encoding.name != "utf-8":  # text the legacy codec cannot hold: fall back to UTF-8
            encoding = Encoding("utf-8")
            try:
                encoding.encode(text)
            except UnicodeEncodeError:
                return None
        else:
            return None
    return document.with_text(text, encoding)
