"""The `seedlint` command end to end, on copies of the seeds and on files written for the test."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED_ARTICLE, SEED_REWRITE
from seedlint.cli import main

ARTICLE = SEED_ARTICLE.name
REWRITE = SEED_REWRITE.name
NBSP_LINES = [8, 50, 52, 56, 60]


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of seeds/ in a temporary working folder (no configuration file above it)."""
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    monkeypatch.chdir(tmp_path)
    return folder


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def json_findings(*args: str) -> list[dict]:
    result = invoke("--format", "json", *args)
    return json.loads(result.stdout)


def test_seeds_report_mojibake_and_nbsp_lines_with_exact_positions(seeds):
    result = invoke("seeds/", "--select", "SL1")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"seeds/{REWRITE}:9:293: SL101 [*] mojibake: UTF-8 read as Windows-874" in lines
    for row in NBSP_LINES:
        assert any(line.startswith(f"seeds/{ARTICLE}:{row}:1: SL104 [*] ") for line in lines)
    assert "Found 6 findings." in lines
    assert "[*] 6 fixable with the `--fix` option." in lines


def test_json_uses_ruff_field_names_and_exact_spans(seeds):
    items = json_findings("seeds/", "--select", "SL101")
    assert items == [
        {
            "code": "SL101",
            "name": items[0]["name"],
            "message": "mojibake: UTF-8 read as Windows-874",
            "severity": "error",
            "filename": f"seeds/{REWRITE}",
            "location": {"row": 9, "column": 293},
            "end_location": {"row": 9, "column": 296},
            "fix": {
                "applicability": "safe",
                "message": items[0]["fix"]["message"],
                "edits": [
                    {
                        "content": "—",
                        "location": {"row": 9, "column": 293},
                        "end_location": {"row": 9, "column": 296},
                    }
                ],
            },
            "url": None,
        }
    ]


def test_fix_repairs_then_second_fix_changes_nothing(seeds):
    first = invoke("seeds/", "--select", "SL1", "--fix")
    assert first.exit_code == 0, first.stdout
    assert "Found 6 findings (6 fixed, 0 remaining)." in first.stdout
    rewrite = (seeds / REWRITE).read_text(encoding="utf-8")
    assert "staff—a move" in rewrite and "โ€" not in rewrite
    article = (seeds / ARTICLE).read_text(encoding="utf-8").split("\n")
    assert all(article[row - 1] == "" for row in NBSP_LINES)
    snapshot = {p.name: p.read_bytes() for p in seeds.iterdir()}
    second = invoke("seeds/", "--select", "SL1", "--fix")
    assert second.exit_code == 0
    assert second.stdout == "All checks passed!\n"
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == snapshot


def test_fix_changes_only_the_flagged_spans(seeds):
    before = (seeds / REWRITE).read_text(encoding="utf-8")
    invoke("seeds/", "--select", "SL101", "--fix")
    assert (seeds / REWRITE).read_text(encoding="utf-8") == before.replace("โ€”", "—")


def test_diff_shows_the_change_and_writes_nothing(seeds):
    snapshot = {p.name: p.read_bytes() for p in seeds.iterdir()}
    result = invoke("seeds/", "--select", "SL101", "--diff")
    assert result.exit_code == 1
    assert f"--- a/seeds/{REWRITE}" in result.stdout
    assert f"+++ b/seeds/{REWRITE}" in result.stdout
    lines = result.stdout.splitlines()
    removed = [line for line in lines if line.startswith("-") and "โ€”" in line]
    added = [line for line in lines if line.startswith("+") and "staff—a" in line]
    assert len(removed) == 1 and len(added) == 1
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == snapshot


def test_diff_of_an_absolute_path_has_git_style_headers(seeds, tmp_path_factory):
    target = tmp_path_factory.mktemp("elsewhere") / REWRITE  # outside the working folder
    shutil.copy(seeds / REWRITE, target)
    result = invoke(str(target), "--select", "SL101", "--diff")
    assert f"--- a{target}" in result.stdout.splitlines()
    assert f"+++ b{target}" in result.stdout.splitlines()


def test_diff_exits_zero_when_there_is_nothing_to_do(seeds):
    invoke("seeds/", "--select", "SL101", "--fix")
    result = invoke("seeds/", "--select", "SL101", "--diff")
    assert result.exit_code == 0 and result.stdout == ""


def test_crlf_and_mode_survive_a_fix(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        "Title\r\n\r\n\u00a0\r\n\r\nThe staff\u00e2\u20ac\u201d all of them.\r\n".encode()
    )
    path.chmod(0o640)
    result = invoke("crlf.txt", "--select", "SL1", "--fix")
    assert result.exit_code == 0, result.stdout
    assert path.read_bytes() == b"Title\r\n\r\n\r\n\r\nThe staff\xe2\x80\x94 all of them.\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["crlf.txt"]  # no temporary file left


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("cp1252", "Größe und Übermaß – “Anführungszeichen” für Café und Crème brûlée.\n"),
        ("shift_jis", "日本語のテキストです。東京都の天気は晴れ。明日は雨が降るでしょう。\n"),
    ],
)
def test_legacy_encoded_file_is_converted_to_utf8(tmp_path, monkeypatch, codec, text):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "legacy.txt"
    path.write_bytes((text * 4).encode(codec))
    items = json_findings("legacy.txt", "--select", "SL1")
    assert [item["code"] for item in items] == ["SL102"]
    result = invoke("legacy.txt", "--select", "SL1", "--fix")
    assert result.exit_code == 0, result.stdout
    assert path.read_bytes() == (text * 4).encode("utf-8")


def test_binary_file_is_skipped_with_a_notice_and_others_still_run(seeds):
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    result = invoke("seeds/", "--select", "SL0,SL101")
    lines = result.stdout.splitlines()
    assert "seeds/image.txt:1:1: SL001 (warning) binary file (contains NUL bytes); skipped" in lines
    assert any(" SL101 " in line for line in lines)
    assert result.exit_code == 1
    assert (seeds / "image.txt").read_bytes().startswith(b"\x89PNG")


def test_missing_path_exits_2_but_other_files_are_processed(seeds):
    result = invoke("missing.txt", "seeds/", "--select", "SL101")
    assert result.exit_code == 2
    assert "seedlint: error: missing.txt: no such file or directory" in result.stderr
    assert " SL101 " in result.stdout


def test_directory_named_like_a_text_file_is_walked_not_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text("Clean text.\n")
    result = invoke(".")
    assert result.exit_code == 0 and result.stdout == "All checks passed!\n"


def test_empty_file_is_fine(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke("empty.txt")
    assert result.exit_code == 0 and result.stdout == "All checks passed!\n"


def test_unknown_code_is_a_usage_error(seeds):
    result = invoke("seeds/", "--select", "SL999")
    assert result.exit_code == 2
    assert "unknown rule code or prefix 'SL999'" in result.stderr


def test_ignore_wins_over_a_broader_select(seeds):
    codes = {
        item["code"] for item in json_findings("seeds/", "--select", "SL1", "--ignore", "SL104")
    }
    assert codes == {"SL101"}


def test_exit_zero_and_statistics(seeds):
    result = invoke("seeds/", "--select", "SL1", "--exit-zero", "--statistics")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split("\t") == ["5", "SL104", "[*] whitespace-only-line"]


def test_explain_prints_the_rule_documentation():
    result = invoke("--explain", "SL101")
    assert result.exit_code == 0
    for section in ("## What it does", "## Why is this bad?", "## Example", "## Fix safety"):
        assert section in result.stdout
    assert invoke("--explain", "SL999").exit_code == 2


def test_list_rules_lists_every_family():
    output = invoke("--list-rules").stdout
    for code in ("SL001", "SL101", "SL102", "SL103", "SL104"):
        assert f"{code}  " in output


def test_config_in_pyproject_selects_and_ignores_per_file(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.seedlint]\nselect = ["SL1"]\n'
        f'per-file-ignores = {{ "seeds/{ARTICLE}" = ["SL104"] }}\n'
    )
    monkeypatch.chdir(tmp_path)
    codes = [(item["filename"], item["code"]) for item in json_findings("seeds")]
    assert codes == [(f"seeds/{REWRITE}", "SL101")]


def test_seedlint_toml_excludes_when_walking(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "seedlint.toml").write_text('exclude = ["seeds"]\n')
    monkeypatch.chdir(tmp_path)
    assert invoke(".").stdout == "All checks passed!\n"
    # A folder named on the command line is linted anyway, unless --force-exclude.
    assert invoke("seeds").exit_code == 1
    assert invoke("seeds", "--force-exclude").stdout == "All checks passed!\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[tool.seedlint]\nselekt = ["SL1"]\n', "unknown key 'selekt'"),
        ("[tool.seedlint\n", "invalid TOML"),
        ('[tool.seedlint]\nselect = "SL1"\n', "'select' must be a list of strings"),
        ('[tool.seedlint]\nignore = ["SL7"]\n', "unknown rule code or prefix 'SL7'"),
    ],
)
def test_configuration_errors_are_one_line_and_exit_2(tmp_path, monkeypatch, content, message):
    (tmp_path / "pyproject.toml").write_text(content)
    (tmp_path / "a.txt").write_text("Text.\n")
    monkeypatch.chdir(tmp_path)
    result = invoke("a.txt")
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_real_process_separates_findings_and_errors(seeds):
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.run(
        [sys.executable, "-m", "seedlint", "seeds/", "nope.txt", "--select", "SL101"],
        capture_output=True,
        text=True,
        env=env,
        cwd=seeds.parent,
        check=False,
    )
    assert process.returncode == 2
    assert process.stdout.splitlines()[0].startswith(f"seeds/{REWRITE}:9:293: SL101")
    assert process.stderr == "seedlint: error: nope.txt: no such file or directory\n"


def test_a_reader_that_stops_early_gets_no_error(tmp_path):
    # `seedlint corpus/ | head -1`: the pipe closes while seedlint still writes.
    for n in range(120):
        shutil.copy(SEED_ARTICLE, tmp_path / f"page_{n:03}.txt")
    process = subprocess.Popen(
        [sys.executable, "-m", "seedlint", "--no-cache", "--jobs", "1", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait() == 1
    assert b"page_000.txt:3:1: SL303" in first
    assert stderr == ""


def test_an_invalid_configured_pattern_is_one_error_before_any_file(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.seedlint.boilerplate]\nextra-patterns = ["(unclosed"]\n'
    )
    (tmp_path / "a.txt").write_text("Text.\n")
    (tmp_path / "b.txt").write_text("More text.\n")
    monkeypatch.chdir(tmp_path)
    result = invoke(".")
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "extra-patterns: invalid pattern '(unclosed'" in line


def test_site_specific_phrases_and_patterns_from_the_config_are_removed(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.seedlint.boilerplate]\n"
        'extra-phrases = ["Subscribe to The Daily Bugle"]\n'
        "extra-patterns = ['^Photo: .{1,80}$']\n"
    )
    article = tmp_path / "article.txt"
    article.write_text(
        "Harbour reopens after storm\n\n"
        "The harbour reopened on Friday after three days of closure, the port authority said.\n\n"
        "Photo: J. Smith / Agency\n\n"
        "Fishing boats returned to their moorings by the afternoon.\n\n"
        "SUBSCRIBE TO THE DAILY BUGLE\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    codes = [(item["location"]["row"], item["code"]) for item in json_findings("article.txt")]
    assert (5, "SL306") in codes and (9, "SL306") in codes
    assert invoke("article.txt", "--fix", "--select", "SL306").exit_code == 0
    assert article.read_text(encoding="utf-8") == (
        "Harbour reopens after storm\n\n"
        "The harbour reopened on Friday after three days of closure, the port authority said.\n\n"
        "Fishing boats returned to their moorings by the afternoon.\n"
    )


def test_force_exclude_applies_to_files_inside_excluded_folders(tmp_path, monkeypatch):
    """pre-commit names files one by one; an excluded folder must still keep them out."""
    (tmp_path / "seedlint.toml").write_text('extend-exclude = ["raw"]\n')
    (tmp_path / "raw" / "deep").mkdir(parents=True)
    (tmp_path / "raw" / "deep" / "page.txt").write_text("Leave a Reply\n")
    (tmp_path / "clean.txt").write_text("A clean sentence.\n")
    monkeypatch.chdir(tmp_path)
    result = invoke("--force-exclude", "raw/deep/page.txt", "clean.txt")
    assert result.exit_code == 0 and result.stdout == "All checks passed!\n"
    assert invoke("raw/deep/page.txt").exit_code == 1  # named without --force-exclude
