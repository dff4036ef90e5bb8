"""JSON Lines corpora end to end, through the real command: single process, pool and Dask.

The corpus is generated from the seeds, deterministically: each document is a run of a seed's
paragraphs (chrome, comment forms and foreign interface lines included, as scraped), some
with a line turned to mojibake, an NBSP-only line or a zero-width space added, in records of
varied layouts (key order, escaped or raw UTF-8, nested metadata).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED_ARTICLE, SEED_REWRITE
from seedlint.cli import main
from seedlint.corpus import replace_value

DOCUMENTS = 3000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraphs() -> list[str]:
    found: list[str] = []
    for seed in (SEED_ARTICLE, SEED_REWRITE):
        found.extend(p for p in _PARAGRAPH_BREAK.split(seed.read_text(encoding="utf-8")) if p)
    return found


def _text(rng: random.Random, paragraphs: list[str]) -> str:
    start = rng.randrange(len(paragraphs))
    chosen = [p[:600] for p in paragraphs[start : start + rng.randint(1, 3)]]
    lines = "\n\n".join(chosen).split("\n")
    roll = rng.random()
    if roll < 0.2:  # a line's UTF-8 read as Windows-1252, as a scraper saw it
        where = rng.randrange(len(lines))
        lines[where] = (lines[where] + " — it’s done").encode().decode("cp1252", "replace")
    elif roll < 0.3:
        lines.insert(rng.randrange(len(lines) + 1), "\u00a0")
    elif roll < 0.35:
        lines[0] = "\u200b" + lines[0]
    return "\n".join(lines) + ("\n" if rng.random() < 0.7 else "")


def _record(index: int, rng: random.Random, paragraphs: list[str]) -> str:
    text = _text(rng, paragraphs)
    metadata = {"url": f"https://news.example/{index}", "crawl": {"date": "2025-04-11", "n": index}}
    if index % 3 == 0:
        record = {"id": f"doc-{index}", "text": text, "metadata": metadata}
    elif index % 3 == 1:
        record = {"metadata": metadata, "text": text, "id": index, "score": 0.5}
    else:
        record = {"id": f"doc-{index}", "source": "crawl", "text": text, "added": None}
    return json.dumps(record, ensure_ascii=index % 2 == 0)


def write_corpus(path: Path, count: int, seed: int, malformed_at: int | None = None) -> Path:
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    lines = [_record(index, rng, paragraphs) for index in range(count)]
    if malformed_at is not None:
        lines[malformed_at - 1] = lines[malformed_at - 1][:-7]  # a record cut short
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)
    return path


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _outputs(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _run(out: str, *extra: str):
    return invoke(
        "shard-0.jsonl",
        "shard-1.jsonl.gz",
        "--fix",
        "--output",
        out,
        "--provenance",
        f"{out}.prov.jsonl",
        "--format",
        "json",
        *extra,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder / "shard-0.jsonl", DOCUMENTS // 2, seed=0, malformed_at=7)
    write_corpus(folder / "shard-1.jsonl.gz", DOCUMENTS // 2, seed=1)
    return folder


@pytest.fixture(scope="module")
def single(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    """The single-process run every other run must equal."""
    folder = tmp_path_factory.mktemp("single")
    for path in corpus.iterdir():
        shutil.copy(path, folder / path.name)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = _run("out", "-j", "1")
    return folder, result


def test_single_process_lints_fixes_and_reports_the_bad_line(single, corpus: Path) -> None:
    folder, result = single
    assert result.exit_code == 2
    assert "seedlint: error: shard-0.jsonl:7: invalid JSON:" in result.stderr
    assert result.stderr.count("seedlint: error:") == 1
    findings = json.loads(result.stdout)
    lines = {item["filename"] for item in findings}
    assert any(int(name.split(":")[1]) > 7 for name in lines if name.startswith("shard-0"))
    assert any(name.startswith("shard-1.jsonl.gz:") for name in lines)
    # The input is never modified.
    for path in corpus.iterdir():
        assert (folder / path.name).read_bytes() == path.read_bytes()
    outputs = _outputs(folder / "out")
    assert sorted(outputs) == ["shard-0.jsonl", "shard-1.jsonl.gz"]
    before = (folder / "shard-0.jsonl").read_text(encoding="utf-8").splitlines()
    after = outputs["shard-0.jsonl"].decode("utf-8").splitlines()
    assert len(after) == len(before) == DOCUMENTS // 2
    assert after[6] == before[6]  # the malformed line, copied as it was
    changed = 0
    for old, new in zip(before, after, strict=True):
        if old == new:
            continue
        changed += 1
        old_record, new_record = json.loads(old), json.loads(new)
        assert list(old_record) == list(new_record)  # same keys, same order
        assert {k: v for k, v in old_record.items() if k != "text"} == {
            k: v for k, v in new_record.items() if k != "text"
        }
        assert new_record["text"] != old_record["text"]
        # Only the text value changed: the rest of the line is the same bytes.
        head = old.index('"text": ') + 8
        assert new[:head] == old[:head]
    assert changed > DOCUMENTS // 10
    gz_lines = gzip.decompress(outputs["shard-1.jsonl.gz"]).decode().splitlines()
    assert len(gz_lines) == DOCUMENTS // 2
    source_lines = gzip.decompress((folder / "shard-1.jsonl.gz").read_bytes()).decode()

    def forms(lines: list[str]) -> int:  # comment-form lines, which --fix removes
        texts = (json.loads(line)["text"] for line in lines)
        return sum("Leave a Reply" in text.splitlines() for text in texts)

    assert forms(source_lines.splitlines()) > 0
    assert forms(gz_lines) == 0


def test_provenance_names_the_document_and_the_corpus(single) -> None:
    folder, _ = single
    records = [json.loads(line) for line in (folder / "out.prov.jsonl").open(encoding="utf-8")]
    first = records[0]
    assert first["source"] == "shard-0.jsonl:1"
    assert first["id"] == "shard-0.jsonl:1#0"
    assert first["metadata"]["document"] == {"id": "doc-0", "corpus": "shard-0.jsonl", "line": 1}
    documents = {
        (r["metadata"]["document"]["corpus"], r["metadata"]["document"]["line"]) for r in records
    }
    assert ("shard-0.jsonl", 7) not in documents
    assert ("shard-1.jsonl.gz", DOCUMENTS // 2) in documents
    assert any(r["metadata"]["status"] == "dropped" for r in records)


@pytest.mark.parametrize(
    ("name", "extra"), [("pool", ("-j", "2")), ("dask", ("--dask", "local", "-j", "2"))]
)
def test_pool_and_local_dask_cluster_give_identical_output(
    single, corpus: Path, name: str, extra: tuple[str, ...]
) -> None:
    """Two workers (a process pool, a real local Dask cluster): the single run's very bytes."""
    if name == "dask":
        pytest.importorskip("dask.distributed")
    folder, reference = single
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = _run(name, *extra)
    assert result.exit_code == reference.exit_code
    assert result.stdout == reference.stdout
    assert result.stderr == reference.stderr
    assert _outputs(folder / name) == _outputs(folder / "out")
    assert (folder / f"{name}.prov.jsonl").read_bytes() == (folder / "out.prov.jsonl").read_bytes()
    for path in corpus.iterdir():
        assert (folder / path.name).read_bytes() == path.read_bytes()


def test_fix_without_output_is_refused(workdir: Path) -> None:
    corpus = write_corpus(workdir / "c.jsonl", 5, seed=3)
    before = corpus.read_bytes()
    result = invoke("c.jsonl", "--fix")
    assert result.exit_code == 2
    assert "--output" in result.stderr and "never rewritten" in result.stderr
    assert corpus.read_bytes() == before


def test_output_over_the_input_is_refused(workdir: Path) -> None:
    corpus = write_corpus(workdir / "c.jsonl", 5, seed=3)
    before = corpus.read_bytes()
    result = invoke("c.jsonl", "--fix", "--output", ".")
    assert result.exit_code == 2
    assert "would overwrite the input c.jsonl" in result.stderr
    assert corpus.read_bytes() == before


def test_bad_lines_are_reported_with_their_number(workdir: Path) -> None:
    good = json.dumps({"id": "a", "text": "Back To Top\n\nA plain sentence.\n"})
    lines = [
        good,
        "[1, 2]",
        json.dumps({"id": "b", "body": "x"}),
        json.dumps({"text": 5}),
        "",
        good,
    ]
    (workdir / "c.jsonl").write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\n")
    result = invoke("c.jsonl", "--format", "json")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "seedlint: error: c.jsonl:2: not a JSON object",
        "seedlint: error: c.jsonl:3: no 'text' field",
        "seedlint: error: c.jsonl:4: the 'text' field is a int, not a string",
        "seedlint: error: c.jsonl:7: not UTF-8 (byte 1 of the line)",
    ]
    assert [item["filename"] for item in json.loads(result.stdout)] == ["c.jsonl:1", "c.jsonl:6"]


def test_text_field_is_configurable(workdir: Path) -> None:
    line = json.dumps({"id": 1, "content": "Back To Top\n\nA plain sentence.\n", "text": 3})
    (workdir / "c.jsonl").write_text(line + "\n", encoding="utf-8")
    result = invoke("c.jsonl", "--text-field", "content", "--fix", "--output", "out")
    assert result.exit_code == 0, result.stderr
    written = json.loads((workdir / "out" / "c.jsonl").read_text(encoding="utf-8"))
    assert written == {"id": 1, "content": "A plain sentence.\n", "text": 3}


def test_replace_value_keeps_every_other_byte() -> None:
    line = '{"id":1,  "text" : "caf\\u00e9\\n",\t"meta": {"text": "keep"}, "n": 1.50}\n'
    assert replace_value(line, "text", "café") == (
        '{"id":1,  "text" : "caf\\u00e9",\t"meta": {"text": "keep"}, "n": 1.50}\n'
    )
    assert replace_value('{"text": "a", "text": "b"}', "text", "é") == '{"text": "a", "text": "é"}'


def test_fsspec_urls_in_and_out(workdir: Path) -> None:
    write_corpus(workdir / "c.jsonl.gz", 40, seed=5)
    source = f"file://{workdir}/c.jsonl.gz"
    result = invoke(source, "--fix", "--output", f"file://{workdir}/out", "-q", "-j", "1")
    assert result.exit_code in (0, 1), result.stderr
    local = invoke("c.jsonl.gz", "--fix", "--output", "local", "-q", "-j", "1")
    assert local.exit_code == result.exit_code
    assert (workdir / "out" / "c.jsonl.gz").read_bytes() == (
        workdir / "local" / "c.jsonl.gz"
    ).read_bytes()
    assert result.stdout.replace(source, "c.jsonl.gz") == local.stdout
