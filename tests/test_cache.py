"""The result cache: a cached run prints exactly what a fresh run prints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from seedlint import cache_format
from seedlint.cli import main
from seedlint.config import Settings
from seedlint.engine import FixMode
from seedlint.rules import ALL_RULES
from seedlint.runner import Job, RuleSet, process_file


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEEDLINT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "seeds"


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_a_cached_run_prints_what_a_fresh_run_prints(seeds, output_format):
    fresh = CliRunner().invoke(main, ["seeds/", "--format", output_format, "--no-cache"])
    first = CliRunner().invoke(main, ["seeds/", "--format", output_format])
    entries = list((seeds.parent / "cache").rglob("*"))
    cached = CliRunner().invoke(main, ["seeds/", "--format", output_format])
    assert any(entry.is_file() for entry in entries)
    assert fresh.stdout == first.stdout == cached.stdout
    assert fresh.exit_code == first.exit_code == cached.exit_code == 1


def test_an_edited_file_is_linted_again(seeds):
    CliRunner().invoke(main, ["seeds/"])
    (seeds / "003_1c381e78540b5e33.txt").write_text("A clean sentence.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["seeds/", "--format", "json"])
    assert "003_1c381e78540b5e33.txt" not in result.stdout


def test_reports_round_trip_through_the_cache_format(tmp_path):
    path = ROOT / "seeds" / "003_1c381e78540b5e33.txt"
    job = Job(RuleSet((*ALL_RULES,), Settings(root=ROOT)), FixMode.NONE, False, False, False, False)
    report = process_file(path, "seeds/003.txt", job)
    assert report.located and any(item.finding.fix for item in report.located)
    restored = cache_format.loads(cache_format.dumps(report))
    assert restored.located == report.located
    assert [item.finding.details for item in restored.located] == [
        item.finding.details for item in report.located
    ]
    assert (restored.display, restored.content_sha256) == (report.display, report.content_sha256)


# --- the run cache: a whole unchanged run is replayed -----------------------------------------


def test_a_partly_changed_tree_prints_what_a_fresh_run_prints(seeds):
    CliRunner().invoke(main, ["seeds/"])
    (seeds / "003_1c381e78540b5e33.txt").write_text("Leave a Reply\n\nA sentence.\n", "utf-8")
    cached = CliRunner().invoke(main, ["seeds/"])  # 000 from its entry, 003 linted afresh
    fresh = CliRunner().invoke(main, ["seeds/", "--no-cache"])
    assert cached.stdout == fresh.stdout
    assert "003_1c381e78540b5e33.txt:1:1: SL301" in cached.stdout


def test_options_that_change_the_outcome_are_part_of_the_key(seeds):
    assert CliRunner().invoke(main, ["seeds/"]).exit_code == 1
    assert CliRunner().invoke(main, ["seeds/", "--exit-zero"]).exit_code == 0
    quiet = CliRunner().invoke(main, ["seeds/", "--quiet"])
    assert "Found" not in quiet.stdout and "SL301" in quiet.stdout


def test_a_fix_run_after_a_check_run_still_fixes(seeds):
    before = (seeds / "003_1c381e78540b5e33.txt").read_text("utf-8")
    CliRunner().invoke(main, ["seeds/"])
    CliRunner().invoke(main, ["seeds/"])
    CliRunner().invoke(main, ["seeds/", "--fix"])
    after = (seeds / "003_1c381e78540b5e33.txt").read_text("utf-8")
    assert "Leave a Reply" in before and "Leave a Reply" not in after


def test_a_missing_path_is_reported_on_every_run(seeds):
    runs = [CliRunner().invoke(main, ["seeds/", "missing.txt"]) for _ in range(2)]
    for result in runs:
        assert result.exit_code == 2
        assert "missing.txt" in result.stderr


def test_a_changed_fail_on_setting_changes_the_exit_code(seeds):
    config = seeds.parent / "pyproject.toml"
    warnings_only = ["seeds/003_1c381e78540b5e33.txt", "--select", "SL4"]
    config.write_text('[tool.seedlint]\nfail-on = "error"\n', "utf-8")
    assert CliRunner().invoke(main, warnings_only).exit_code == 0
    config.write_text('[tool.seedlint]\nfail-on = "warning"\n', "utf-8")
    assert CliRunner().invoke(main, warnings_only).exit_code == 1
