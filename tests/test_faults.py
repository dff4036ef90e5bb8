"""Fault injection on `--fix`: SIGKILL mid-write, a full disk, two fixers on one tree.

Whatever happens to the process, a user's file holds its old content or its new content,
never a part of either.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEED_REWRITE
from seedlint.config import Settings
from seedlint.files import discover

MOJIBAKE = "donâ€™t"
BLOCK = f"The staff {MOJIBAKE} know what was said.\n\nA plain paragraph of text.\n\n"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "seedlint", *args]


def environment(cache: Path) -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "SEEDLINT_CACHE_DIR": str(cache)}


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".seedlint-tmp")]


@pytest.fixture(scope="module")
def large() -> tuple[bytes, bytes]:
    """50 MB with a whitespace-only line every 1.5 MB, and what `--fix` makes of it.

    Few fixes keep the lint quick, so the test spends its time where it matters: the write.
    """
    chunk = "A plain paragraph of text, repeated to make the file large.\n\n" * 25_000
    old = ("\u00a0\n\n" + chunk) * (50_000_000 // len(chunk))
    return old.encode(), ("\n" + chunk).encode() * (50_000_000 // len(chunk))


@pytest.mark.parametrize("fraction", [0.0, 0.6])
def test_sigkill_while_writing_leaves_old_or_new_content(tmp_path, large, fraction):
    old, new = large
    target = tmp_path / "big.txt"
    target.write_bytes(old)
    process = subprocess.Popen(
        command("--no-cache", "--select", "SL104", "--fix", "big.txt"),
        cwd=tmp_path,
        env=environment(tmp_path / "cache"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    killed_mid_write = False
    while process.poll() is None and time.monotonic() < deadline:
        found = temporaries(tmp_path)
        if found:
            try:
                size = found[0].stat().st_size
            except FileNotFoundError:
                continue  # renamed into place just now
            if size >= fraction * len(new):
                process.send_signal(signal.SIGKILL)
                killed_mid_write = True
                break
        time.sleep(0.0005)
    if process.poll() is None:
        process.kill()
    process.wait(timeout=60)
    content = target.read_bytes()
    assert content in (old, new), f"truncated or mixed: {len(content)} bytes"
    assert killed_mid_write or content == new
    # What the kill left behind is never taken for input.
    leftovers = temporaries(tmp_path)
    files, _ = discover([tmp_path], Settings(root=tmp_path, include=("*",)))
    assert not set(leftovers) & set(files)


def _limit_file_size() -> None:
    """In the child: any write past 1 MB fails with EFBIG, as on a full disk."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def test_full_disk_during_fix_keeps_the_original_and_exits_2(tmp_path):
    old = ((BLOCK + "A plain paragraph of text.\n\n" * 4000) * 15).encode()  # 1.6 MB
    target = tmp_path / "page.txt"
    target.write_bytes(old)
    result = subprocess.run(
        command("--no-cache", "--select", "SL101", "--fix", "page.txt"),
        cwd=tmp_path,
        env=environment(tmp_path / "cache"),
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size,
        check=False,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["seedlint: error: page.txt: not written: File too large"]
    assert target.read_bytes() == old
    assert temporaries(tmp_path) == []


def test_two_fixers_on_one_tree_at_once(tmp_path):
    """Both finish without a crash, every file ends fixed exactly once, the cache stays valid."""
    tree = tmp_path / "tree"
    tree.mkdir()
    for index in range(40):
        shutil.copy(SEED_REWRITE, tree / f"rewrite-{index:02}.txt")
        shutil.copy(ROOT / "seeds" / "000_2a9e12c3e8735825.txt", tree / f"article-{index:02}.txt")
    expected_tree = tmp_path / "expected"
    shutil.copytree(tree, expected_tree)
    cache = tmp_path / "cache"
    subprocess.run(
        command("--no-cache", "--fix", "--select", "SL1,SL3", "."),
        cwd=expected_tree,
        env=environment(cache),
        capture_output=True,
        check=False,
        timeout=240,
    )
    processes = [
        subprocess.Popen(
            command("--fix", "--select", "SL1,SL3", "-j", "2", "."),
            cwd=tree,
            env=environment(cache),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outcomes = [process.communicate(timeout=240) for process in processes]
    for process, (_, stderr) in zip(processes, outcomes, strict=True):
        assert process.returncode in (0, 1), stderr
        assert "Traceback" not in stderr
    for path in sorted(tree.iterdir()):
        assert path.read_bytes() == (expected_tree / path.name).read_bytes(), path.name
    assert not [p for p in cache.rglob("*") if p.name.startswith(".tmp-")]
    # The cache now answers: a cached run and an uncached one print the same.
    cached, fresh = (
        subprocess.run(
            command(*flags, "--select", "SL1,SL3", "--format", "json", "."),
            cwd=tree,
            env=environment(cache),
            capture_output=True,
            check=False,
            timeout=240,
        )
        for flags in ((), ("--no-cache",))
    )
    assert cached.stdout == fresh.stdout and cached.returncode == fresh.returncode
