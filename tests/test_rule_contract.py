"""Meta-tests: every registered rule documents itself and is tested, as ruff requires of its own."""

from __future__ import annotations

import inspect
import re

import pytest

from conftest import ROOT
from seedlint.cli import all_rules
from seedlint.rule import FixAvailability, Rule

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Fix safety")
TEST_SOURCES = "\n".join(
    path.read_text(encoding="utf-8")
    for path in (ROOT / "tests").glob("test_*.py")
    if path.name != "test_rule_contract.py"
)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_rule_is_documented_in_ruffs_sections(rule: type[Rule]):
    doc = inspect.cleandoc(rule.__doc__ or "")
    positions = [doc.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule.code} lacks a section"
    assert positions == sorted(positions), f"{rule.code} has its sections out of order"
    assert re.fullmatch(r"SL\d{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", rule.name)
    assert rule.summary and "\n" not in rule.summary
    assert isinstance(rule.fix_availability, FixAvailability)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_rule_has_tests_of_its_own(rule: type[Rule]):
    assert rule.code in TEST_SOURCES, f"no test mentions {rule.code}"


def test_codes_and_names_are_unique_and_every_family_is_registered():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    families = {r.code[:3] for r in rules}
    assert {"SL0", "SL1", "SL2", "SL3", "SL4"} <= families


def test_readme_lists_every_rule():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"| {rule.code} | {rule.name} |" in readme, rule.code
