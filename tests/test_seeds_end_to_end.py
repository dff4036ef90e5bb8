"""`seedlint --fix` on a copy of seeds/, all rules: the article stays, nothing else does."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from conftest import ROOT, SEED_ARTICLE, SEED_REWRITE
from seedlint.cli import main

REMOVED = {
    SEED_ARTICLE.name: {3, 4, *range(62, 87)},
    SEED_REWRITE.name: {1, 15, 17, 19},
}
REPAIRS = {"staffโ€”a": "staff—a"}  # SL101, line 9 of the rewrite


def non_blank(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_fix_leaves_exactly_the_articles(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["seeds/", "--fix", "--no-cache"])
    assert result.exit_code == 0, result.output  # only attribution warnings remain
    for name, removed in REMOVED.items():
        source = (ROOT / "seeds" / name).read_text(encoding="utf-8").split("\n")
        expected = []
        for number, line in enumerate(source, start=1):
            if number in removed or not line.strip():
                continue
            for before, after in REPAIRS.items():
                line = line.replace(before, after)
            expected.append(line)
        fixed = (tmp_path / "seeds" / name).read_text(encoding="utf-8")
        assert non_blank(fixed) == expected
        assert "\u00a0\n" not in fixed  # whitespace-only lines were emptied (SL104)


def test_second_fix_changes_nothing_and_reports_only_warnings(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    CliRunner().invoke(main, ["seeds/", "--fix", "--no-cache"])
    before = {p.name: p.read_bytes() for p in (tmp_path / "seeds").iterdir()}
    again = CliRunner().invoke(main, ["seeds/", "--fix", "--no-cache"])
    assert {p.name: p.read_bytes() for p in (tmp_path / "seeds").iterdir()} == before
    codes = {line.split()[1] for line in again.stdout.splitlines() if ": SL" in line}
    assert codes <= {"SL401", "SL402", "SL403"}
