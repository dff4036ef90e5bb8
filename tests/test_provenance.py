"""Provenance records: every paragraph of every file, kept and dropped alike."""

from __future__ import annotations

import json
import os
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEED_ARTICLE, SEED_REWRITE
from seedlint.cli import main
from seedlint.document import Document
from seedlint.engine import FixMode, lint
from seedlint.provenance import build_records
from seedlint.rules import ANNOTATORS
from support import rules_for


def schema() -> dict:
    text = resources.files("seedlint").joinpath("schemas/provenance.schema.json").read_text()
    return json.loads(text)


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "seeds"


def run_provenance(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, [*args, "--provenance", "records.jsonl"])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in Path("records.jsonl").read_text().splitlines()]


def test_every_paragraph_of_every_file_has_one_record(seeds):
    records = run_provenance("seeds/")
    for seed in (SEED_ARTICLE, SEED_REWRITE):
        document = Document.from_bytes(seed.name, seed.read_bytes())
        mine = [r for r in records if r["source"] == f"seeds/{seed.name}"]
        assert [r["metadata"]["paragraph"] for r in mine] == list(range(len(document.paragraphs)))
        assert [r["metadata"]["source_text"] for r in mine] == [p.text for p in document.paragraphs]


def test_byte_spans_point_at_exactly_the_source_paragraph(seeds):
    for record in run_provenance("seeds/"):
        data = (ROOT / record["source"]).read_bytes()
        start, end = record["metadata"]["bytes"]
        assert data[start:end].decode("utf-8") == record["metadata"]["source_text"]
        for change in record["metadata"]["changes"]:
            start, end = change["bytes"]
            assert data[start:end].decode("utf-8") == change["before"]


def test_kept_texts_joined_equal_the_body_fix_writes(seeds):
    records = run_provenance("seeds/", "--fix")
    for seed in (SEED_ARTICLE, SEED_REWRITE):
        kept = [
            r["text"]
            for r in records
            if r["source"] == f"seeds/{seed.name}" and r["metadata"]["status"] != "dropped"
        ]
        fixed = Document.from_bytes(seed.name, (seeds / seed.name).read_bytes())
        assert "\n\n".join(kept) == "\n\n".join(p.text for p in fixed.paragraphs)


def test_records_are_the_same_with_and_without_fix(seeds):
    without = run_provenance("seeds/")
    with_fix = run_provenance("seeds/", "--fix")
    strip = lambda rs: [(r["id"], r["text"], r["metadata"]["status"]) for r in rs]  # noqa: E731
    assert strip(without) == strip(with_fix)


def test_mojibake_repair_is_recorded_with_its_exact_span_and_plan(seeds):
    records = run_provenance("seeds/")
    changes = [
        change
        for record in records
        for change in record["metadata"]["changes"]
        if change["code"] == "SL101"
    ]
    assert len(changes) == 1
    change = changes[0]
    assert (change["before"], change["after"]) == ("โ€”", "—")
    assert change["details"]  # the codec plan
    record = next(r for r in records if change in r["metadata"]["changes"])
    assert record["metadata"]["status"] == "fixed"
    assert "staff—a move" in record["text"]


def test_dropped_paragraphs_name_the_rules_that_dropped_them(seeds):
    records = run_provenance("seeds/")
    dropped = [r for r in records if r["metadata"]["status"] == "dropped"]
    assert dropped
    for record in dropped:
        assert record["text"] == ""
        assert record["metadata"]["dropped_by"]
        assert all(code.startswith("SL") for code in record["metadata"]["dropped_by"])


def test_every_record_of_a_real_run_validates_against_the_shipped_schema(seeds):
    validator = jsonschema.Draft202012Validator(schema())
    records = run_provenance("seeds/", "--unsafe-fixes")
    assert records
    for record in records:
        validator.validate(record)


def test_provenance_to_stdout_moves_findings_to_stderr(seeds):
    result = CliRunner().invoke(main, ["seeds/", "--provenance", "-"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["source"] for r in records} == {
        f"seeds/{SEED_ARTICLE.name}",
        f"seeds/{SEED_REWRITE.name}",
    }
    assert "Found " in result.stderr


PIECES = st.sampled_from(
    [
        "The talks lasted five hours.",
        "Leave a Reply",
        "\u00a0",
        "",
        "staff\u00e2\u20ac\u201da move",
        "0",
        "البحث",
        "Back To Top",
        "Russia and the US exchanged notes, the ministry said.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECES, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_offsets_in_records_point_at_the_source_bytes(pieces, newline):
    text = newline.join(pieces)
    data = text.encode("utf-8")
    document = Document.from_bytes("doc.txt", data)
    result = lint(document, rules_for(), FixMode.SAFE)
    records = list(build_records(result, data, ANNOTATORS))
    assert len(records) == len(document.paragraphs)
    kept = [r["text"] for r in records if r["metadata"]["status"] != "dropped"]
    assert (newline * 2).join(kept) == (newline * 2).join(p.text for p in result.final.paragraphs)
    for record in records:
        start, end = record["metadata"]["bytes"]
        assert data[start:end].decode() == record["metadata"]["source_text"]


def test_the_rewrite_links_to_the_paragraphs_it_came_from(seeds):
    records = run_provenance("seeds/")
    article = f"seeds/{SEED_ARTICLE.name}"
    rewrite = {
        r["metadata"]["paragraph"]: r
        for r in records
        if r["source"] == f"seeds/{SEED_REWRITE.name}"
    }
    source_text = {r["metadata"]["paragraph"]: r["text"] for r in records if r["source"] == article}

    banking = rewrite[3]["metadata"]
    assert rewrite[3]["text"].startswith("Key outcomes from the talks")
    linked = {link["paragraph"] for link in banking["derived_from"] if link["file"] == article}
    assert 12 in linked
    assert source_text[12].startswith("Russia and the US exchanged diplomatic notes")

    visas = rewrite[4]
    linked = {link["paragraph"] for link in visas["metadata"]["derived_from"]}
    assert 13 in linked and source_text[13].startswith("Russia and the US agreed to take")

    # The claim with no counterpart anywhere in the corpus is visible as such.
    def counterpart_of(record: dict, opening: str):
        (sentence,) = [
            s
            for s in record["metadata"]["sentences"]
            if record["text"][s["chars"][0] :].startswith(opening)
        ]
        return sentence["counterpart"]

    assert counterpart_of(visas, "In addition, both sides agreed on developing a roadmap") is None
    assert counterpart_of(visas, "The discussions also touched on easing visa") is not None
    # The source article is first in path order: nothing earlier, so no links at all.
    assert all(not r["metadata"]["derived_from"] for r in records if r["source"] == article)


def test_unrelated_articles_do_not_link(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Tomato growers brace for a dry summer\n\n"
        "Farmers in the south of the region say the reservoirs are at their lowest level in a "
        "decade, and irrigation quotas were cut by a third, the water board said on Monday.\n\n"
        "Greenhouse growers fear higher energy prices will follow, the growers' association "
        "warned in a statement.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    records = run_provenance(".")
    assert all(not r["metadata"]["derived_from"] for r in records)


def test_the_provenance_file_gets_ordinary_permissions(seeds):
    run_provenance("seeds/")
    mode = Path("records.jsonl").stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
