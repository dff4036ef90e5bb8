"""seedlint as a pre-commit hook, with the real pre-commit, in a throw-away git repository.

The hooks are installed from a snapshot of this working tree (so the test sees uncommitted
changes too), exactly as another repository would install them from ours.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

ARTICLE = (
    "Ministers meet in Geneva\n"
    "\n"
    "The ministers met on Tuesday, the foreign ministry said in a statement.\n"
    "\n"
    "\u00a0\n"
    "\n"
    "The talks lasted four hours, officials told reporters.\n"
    "\n"
    "Leave a Reply\n"
    "\n"
    "Your email address will not be published. Required fields are marked *\n"
)
FIXED = (
    "Ministers meet in Geneva\n"
    "\n"
    "The ministers met on Tuesday, the foreign ministry said in a statement.\n"
    "\n"
    "\n"
    "\n"
    "The talks lasted four hours, officials told reporters.\n"
)


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git repository holding this working tree as one commit, as pre-commit clones it."""
    snapshot = tmp_path_factory.mktemp("hook-repo")
    listed = git(ROOT, "ls-files", "-co", "--exclude-standard").stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(snapshot, "init", "-q")
    git(snapshot, "add", "-A")
    git(snapshot, "commit", "-q", "-m", "snapshot")
    return snapshot, git(snapshot, "rev-parse", "HEAD").stdout.strip()


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    identity = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid"}
    identity |= {"GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    return {**os.environ, **identity, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}


def pre_commit(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def write_config(work: Path, hook_repo: tuple[Path, str], hooks: list[str]) -> None:
    path, rev = hook_repo
    ids = "".join(f"      - id: {hook}\n" for hook in hooks)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {path}\n    rev: {rev}\n    hooks:\n{ids}"
    )


def commit(work: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    git(work, "add", "-A")
    return subprocess.run(
        ["git", "commit", "-m", message],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_hook_fails_then_fix_hook_repairs_and_next_commit_passes(
    tmp_path, hook_repo, environment
):
    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "-q")
    write_config(work, hook_repo, ["seedlint"])
    installed = pre_commit(work, environment, "install")
    assert installed.returncode == 0, installed.stderr
    (work / "article.txt").write_text(ARTICLE, encoding="utf-8")

    refused = commit(work, environment, "add article")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "article.txt:5:1: SL104" in output
    assert "article.txt:9:1: SL301" in output
    assert (work / "article.txt").read_text(encoding="utf-8") == ARTICLE

    write_config(work, hook_repo, ["seedlint-fix", "seedlint"])
    stopped = commit(work, environment, "add article")
    assert stopped.returncode != 0  # the fixing hook changed a file: pre-commit stops the commit
    assert "files were modified by this hook" in stopped.stdout + stopped.stderr
    assert (work / "article.txt").read_text(encoding="utf-8") == FIXED

    passed = commit(work, environment, "add article")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert git(work, "log", "--oneline").stdout.count("\n") == 1
