"""The benchmark's tools work: the corpus generator is deterministic, the runner runs end to end.

No timing is asserted here, ever: timings belong to `benchmarks/run.py` on a quiet machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import corpus  # noqa: E402  (a script folder, not a package)
import run as bench_run  # noqa: E402


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in corpus.corpus_files(folder)
    }


def test_generator_is_deterministic_and_sizes_are_prefixes(tmp_path: Path) -> None:
    first = _snapshot(corpus.build("30KB", tmp_path / "a"))
    again = _snapshot(corpus.build("30KB", tmp_path / "b"))
    larger = _snapshot(corpus.build("60KB", tmp_path / "c"))
    assert first == again
    assert sum(map(len, first.values())) >= 30_000
    assert all(larger[name] == data for name, data in first.items())  # a prefix of the larger
    other_seed = _snapshot(corpus.build("30KB", tmp_path / "d", seed=1))
    assert other_seed != first


def test_generator_injects_the_noise_the_rules_target() -> None:
    documents = [corpus.document(0, index).decode("utf-8", "replace") for index in range(60)]
    text = "\n".join(documents)
    assert "\u00a0" in text or "\u200b" in text  # blank-looking lines
    assert "Leave a Reply" in text or "Leave a comment" in text  # comment forms
    assert any(word in text for words in corpus.INTERFACE.values() for word in words)
    assert any(corpus.mojibake("\u2019", cp) in text for cp in ("cp1252", "cp1250"))


def test_counted_corpus_has_exactly_that_many_small_files(tmp_path: Path) -> None:
    folder = corpus.build("25x1KB", tmp_path / "small")
    files = corpus.corpus_files(folder)
    assert len(files) == 25
    assert max(path.stat().st_size for path in files) < 6_000


def test_runner_runs_end_to_end_on_a_tiny_corpus(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "run.py"),
            "--sizes",
            "3x2KB",
            "6x2KB",
            "--steps",
            "seedlint",
            "ftfy",
            "langdetect",
            "cache",
            "startup",
            "floor",
            "--small",
            "5x1KB",
            "--cache-jobs",
            "1",
            "--langdetect-sample",
            "5",
            "--startup-runs",
            "1",
            "--corpus-root",
            str(tmp_path / "corpus"),
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(output.read_text(encoding="utf-8"))
    assert set(results["seedlint"]) == {"3x2KB", "6x2KB"}
    for run in results["seedlint"].values():
        assert run["provenance_records"] > 0 and run["peak_rss_mb"] > 0
    assert results["langdetect"]["3x2KB"]["sampled"] == 5
    assert results["cache"]["files"] == 5 and results["cache"]["same_output"]
    floors = results["floor"]["3x2KB"]
    assert floors["provenance_alone"]["provenance_records"] > 0
    assert floors["reading_alone"]["returncode"] == 0
    targets = [row[0] for row in bench_run.targets(results)]
    assert len(targets) == 7  # every figure but --jobs 2, which this run skipped, and the floor
    assert "provenance alone, no rule (3x2KB)" in done.stdout
    assert "throughput >= 2x ftfy.fix_text" in done.stdout
