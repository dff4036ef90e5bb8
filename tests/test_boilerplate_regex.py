"""The linear-time matcher for configured patterns agrees with `re` where `re` is safe."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.rules.boilerplate._safe_regex import SafePattern

ATOMS = ["a", "b", ".", r"\d", r"\w", r"\s", "[ab]", "[^a]", "(a|b)", "(ab)", "x", r"\b", "1"]
QUANTIFIERS = ["", "", "*", "+", "?", "{1,2}", "*?"]

pieces = st.tuples(st.sampled_from(ATOMS), st.sampled_from(QUANTIFIERS)).map(
    lambda pair: pair[0] + pair[1] if pair[0] != r"\b" else pair[0]
)
patterns = st.builds(
    lambda head, body, tail: head + "".join(body) + tail,
    st.sampled_from(["", "^", "(?i)"]),
    st.lists(pieces, min_size=1, max_size=5),
    st.sampled_from(["", "$"]),
)


@settings(max_examples=300, deadline=None)
@given(patterns, st.text(alphabet="abAB1 x_-", max_size=12))
def test_search_agrees_with_re(pattern: str, text: str) -> None:
    assert SafePattern(pattern).search(text) == bool(re.search(pattern, text))


def test_unicode_classes_and_ignore_case() -> None:
    assert SafePattern(r"(?i)^werbung$").search("WERBUNG")
    assert SafePattern(r"\d+ كيلو").search("8 كيلو بايت")
    assert not SafePattern(r"^\d+$").search("12a")
