"""CI integration: GitHub annotations, SARIF 2.1.0, and the baseline round trip."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED_ARTICLE, SEED_REWRITE
from seedlint.cli import main
from seedlint.output.github import escape_data, escape_property

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-2.1.0.schema.json"
# ::level key=value,key=value::message  (values and message escaped, so no raw : , CR LF)
WORKFLOW_COMMAND = re.compile(
    r"::(error|warning|notice) "
    r"(?P<props>(?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::(?P<data>[^\r\n]*)"
)


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "seeds"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_github_lines_follow_the_workflow_command_syntax(seeds):
    result = invoke("seeds/", "--format", "github")
    lines = result.stdout.splitlines()
    assert lines and result.exit_code == 1
    for line in lines:
        match = WORKFLOW_COMMAND.fullmatch(line)
        assert match, line
        props = dict(pair.split("=", 1) for pair in match["props"].split(","))
        assert props["title"].startswith("seedlint (SL")
        assert set(props) <= {"title", "file", "line", "col", "endLine", "endColumn"}
        if props["line"] != props["endLine"]:
            assert "col" not in props and "endColumn" not in props
    mojibake = [line for line in lines if "(SL101)" in line]
    assert mojibake == [
        f"::error title=seedlint (SL101),file=seeds/{SEED_REWRITE.name},line=9,col=293,"
        "endLine=9,endColumn=296::SL101 mojibake: UTF-8 read as Windows-874"
    ]


def test_github_escapes_special_characters_in_names_and_messages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "100%,a:b.txt").write_bytes(b"\x00binary")
    line = invoke("100%,a:b.txt", "--format", "github").stdout.strip()
    assert "file=100%25%2Ca%3Ab.txt," in line
    assert WORKFLOW_COMMAND.fullmatch(line)
    assert escape_data("50% off\r\nnow") == "50%25 off%0D%0Anow"
    assert escape_property("x:y,z%") == "x%3Ay%2Cz%25"


def test_sarif_validates_against_the_official_schema(seeds):
    log = json.loads(invoke("seeds/", "--format", "sarif").stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} >= {"SL101", "SL201", "SL301", "SL401"}
    for rule in rules:
        assert "## What it does" in rule["fullDescription"]["text"]
    results = run["results"]
    assert results and all(r["partialFingerprints"]["seedlintContent/v1"] for r in results)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {f"seeds/{SEED_ARTICLE.name}", f"seeds/{SEED_REWRITE.name}"}


def test_sarif_fingerprints_survive_an_edit_above_the_finding(seeds):
    def fingerprints() -> list[str]:
        log = json.loads(invoke("seeds/", "--format", "sarif").stdout)
        return sorted(
            r["partialFingerprints"]["seedlintContent/v1"] for r in log["runs"][0]["results"]
        )

    before = fingerprints()
    path = seeds / SEED_REWRITE.name
    path.write_text(
        "A new first paragraph.\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert fingerprints() == before


def test_baseline_round_trip_only_new_findings_fail(seeds):
    written = invoke("seeds/", "--write-baseline", "baseline.json")
    assert written.exit_code == 0
    assert written.stdout == ""
    clean = invoke("seeds/", "--baseline", "baseline.json")
    assert clean.exit_code == 0 and clean.stdout == "All checks passed!\n"

    # Unrelated edits above the old findings move them; they stay baselined.
    path = seeds / SEED_ARTICLE.name
    text = path.read_text(encoding="utf-8")
    path.write_text("An added introduction.\n\n" + text + "\n\nLeave a Reply\n", encoding="utf-8")
    gate = invoke("seeds/", "--baseline", "baseline.json")
    assert gate.exit_code == 1
    findings = [line for line in gate.stdout.splitlines() if ": SL" in line]
    last_row = len((text + "\n\nLeave a Reply\n").splitlines()) + 2
    assert findings == [
        f"seeds/{SEED_ARTICLE.name}:{last_row}:1: SL301 [*] " + findings[0].split(" [*] ", 1)[1]
    ]


def test_stale_baseline_entries_are_reported(seeds):
    invoke("seeds/", "--write-baseline", "baseline.json")
    invoke("seeds/", "--fix")
    result = invoke("seeds/", "--baseline", "baseline.json")
    assert "baseline entries match nothing any more" in result.stderr


def test_a_broken_baseline_is_a_one_line_error(seeds):
    Path("baseline.json").write_text("{not json")
    result = invoke("seeds/", "--baseline", "baseline.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("seedlint: error: baseline.json: not a seedlint baseline")
