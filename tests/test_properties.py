"""Properties of the whole engine over arbitrary text and bytes (hypothesis).

The texts mix arbitrary Unicode with lines cut from the seeds (mojibake, boilerplate, foreign
interface strings, claims), so the rules fire and their fixes are exercised, under every line
terminator. Each property is one promise of docs/guarantees.md.
"""

from __future__ import annotations

import re
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from seedlint.config import Settings
from seedlint.document import Document, UndecodableError
from seedlint.engine import FixMode, LintResult, lint
from seedlint.provenance import build_records
from seedlint.rules import ALL_RULES, ANNOTATORS
from seedlint.runner import Job, RuleSet
from seedlint.scheduler import lint_files

PROPERTY = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def rules() -> list:
    return [rule() for rule in ALL_RULES]


@cache
def seed_lines() -> list[str]:
    lines = {
        line
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    return [*sorted(lines), "", "\xa0", " \u200b ", "Leave a Reply", "Back To Top", "0"]


line = st.one_of(st.sampled_from(seed_lines()), st.text(max_size=40))
texts = st.builds(
    lambda parts: "".join(text + end for text, end in parts),
    st.lists(st.tuples(line, st.sampled_from(["\n", "\r\n", "\r", "\n\n", ""])), max_size=12),
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1256", "koi8-r"])
raw_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda text, codec: text.encode(codec, "ignore"), texts, encodings),
)


def fix(text: str) -> LintResult:
    return lint(Document("doc.txt", text), rules(), FixMode.SAFE)


@PROPERTY
@given(texts)
def test_linting_and_fixing_never_raise_and_no_rule_crashes(text):
    for mode in FixMode:
        result = lint(Document("doc.txt", text), rules(), mode)
        assert result.failures == []
        assert result.converged


@PROPERTY
@given(raw_bytes)
def test_arbitrary_bytes_decode_or_are_refused_and_round_trip(data):
    try:
        document = Document.from_bytes("doc.txt", data)
    except UndecodableError:
        return
    assert document.to_bytes() == data  # an unchanged document writes its very bytes back
    result = lint(document, rules(), FixMode.SAFE)
    assert result.failures == []
    result.final.to_bytes()  # what --fix would write is encodable


@PROPERTY
@given(texts)
def test_fixing_twice_equals_fixing_once(text):
    once = fix(text).final
    twice = fix(once.text).final
    assert twice.text == once.text
    assert twice.encoding == once.encoding


_BLANK = "[\\s\u200b-\u200d\u2060\ufeff]*"


def _changed_only_inside(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """`after` is `before` with only the given spans (and blank text at their edges) changed."""
    kept, position = [], 0
    for start, end in sorted(spans):
        kept.append(before[position : max(start, position)])
        position = max(position, end)
    kept.append(before[position:])
    pattern = []
    for index, segment in enumerate(kept):
        if index > 0:  # a flagged span is before it: blank text at this edge may go too
            segment = re.sub("^" + _BLANK, "", segment)
            pattern.append("(?s:.*?)")
        if index < len(kept) - 1:
            segment = re.sub(_BLANK + "$", "", segment)
        pattern.append(re.escape(segment))
    return re.fullmatch("".join(pattern), after) is not None


@PROPERTY
@given(texts)
def test_nothing_outside_a_flagged_span_changes(text):
    result = fix(text)
    if not result.rounds:
        assert result.final.text == text
        return
    texts_after = [r.text_before for r in result.rounds[1:]] + [result.final.text]
    for round_, after in zip(result.rounds, texts_after, strict=True):
        spans = [(finding.start, finding.end) for finding in round_.applied]
        assert _changed_only_inside(round_.text_before, after, spans)


@PROPERTY
@given(texts, encodings)
def test_every_provenance_span_points_at_exactly_its_source_bytes(text, codec):
    data = text.encode(codec, "ignore")
    try:
        document = Document.from_bytes("doc.txt", data)
    except UndecodableError:
        return
    result = lint(document, rules(), FixMode.SAFE)
    codec_name = document.encoding.name
    for record in build_records(result, data, ANNOTATORS):
        meta = record["metadata"]
        start, end = meta["bytes"]
        assert data[start:end].decode(codec_name) == meta["source_text"]
        for change in meta["changes"]:
            start, end = change["bytes"]
            assert data[start:end].decode(codec_name) == change["before"]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(texts, min_size=1, max_size=6))
def test_output_is_identical_between_runs_and_job_counts(documents):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        targets = []
        for index, text in enumerate(documents):
            path = root / f"{index}.txt"
            path.write_bytes(text.encode("utf-8"))
            targets.append((path, path.name))
        job = Job(
            RuleSet(ALL_RULES, Settings(root=root)),
            FixMode.SAFE,
            write=False,
            want_diff=True,
            report_final=True,
            provenance=True,
        )
        runs = [
            [repr(report) for report in lint_files(targets, job, None, jobs)] for jobs in (1, 3, 1)
        ]
    assert runs[0] == runs[1] == runs[2]
