"""Walking a folder skips what the work tree's `.gitignore` files ignore, as ruff does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.config import ConfigError, Settings, load_settings
from seedlint.files import discover
from seedlint.gitignore import parse
from seedlint.rules import ALL_RULES

ARTICLE = "Officials met in Istanbul on Thursday.\n\nLeave a Reply\n"


def tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def walked(root: Path, top: Path | None = None, **settings: object) -> list[str]:
    files, errors = discover([top or root], Settings(root=root, **settings))  # type: ignore[arg-type]
    assert errors == []
    return [path.relative_to(root).as_posix() for path in files]


@pytest.fixture
def work_tree(tmp_path: Path) -> Path:
    """A repository shaped like a curation project: articles, build output, scraped dumps."""
    (tmp_path / ".git" / "info").mkdir(parents=True)
    tree(
        tmp_path,
        {
            ".gitignore": "# build output\n*.egg-info/\n/raw\nnotes/*.txt\n!notes/keep.txt\n",
            ".git/info/exclude": "scratch.md\n",
            "articles/a.txt": ARTICLE,
            "articles/raw/b.txt": ARTICLE,  # `/raw` is anchored: this one stays
            "raw/dump.txt": ARTICLE,
            "seedlint.egg-info/PKG-INFO.txt": "Name: seedlint\n",
            "notes/todo.txt": ARTICLE,
            "notes/keep.txt": ARTICLE,
            "notes/deep/more.txt": ARTICLE,  # `notes/*.txt` does not cross folders
            "scratch.md": ARTICLE,
            "site/.gitignore": "draft-*.md\n**/tmp/\n",
            "site/draft-1.md": ARTICLE,
            "site/page.md": ARTICLE,
            "site/a/b/tmp/x.md": ARTICLE,
            "other/draft-2.md": ARTICLE,  # site/.gitignore applies under site/ only
        },
    )
    return tmp_path


def test_walk_skips_ignored_files_and_folders(work_tree):
    assert walked(work_tree) == [
        "articles/a.txt",
        "articles/raw/b.txt",
        "notes/deep/more.txt",
        "notes/keep.txt",
        "other/draft-2.md",
        "site/page.md",
    ]


def test_walk_from_a_subfolder_still_applies_the_root_gitignore(work_tree):
    assert walked(work_tree, work_tree / "notes") == ["notes/deep/more.txt", "notes/keep.txt"]


def test_paths_named_on_the_command_line_are_never_ignored(work_tree):
    named = [work_tree / "raw" / "dump.txt", work_tree / "raw"]
    files, _ = discover(named, Settings(root=work_tree))
    assert [p.relative_to(work_tree).as_posix() for p in files] == ["raw/dump.txt"]


def test_respect_gitignore_false_walks_everything(work_tree):
    found = walked(work_tree, respect_gitignore=False)
    assert "raw/dump.txt" in found and "site/draft-1.md" in found and len(found) == 12


def test_gitignore_outside_a_work_tree_is_not_read(tmp_path):
    tree(tmp_path, {".gitignore": "*.txt\n", "a.txt": ARTICLE})
    assert walked(tmp_path) == ["a.txt"]


def test_cli_lints_only_what_the_repository_keeps(work_tree):
    result = subprocess.run(
        [sys.executable, "-m", "seedlint", "--no-cache", "--select", "SL301", "--quiet", "."],
        cwd=work_tree,
        capture_output=True,
        text=True,
    )
    paths = sorted({line.split(":", 1)[0] for line in result.stdout.splitlines()})
    assert paths == walked(work_tree)
    assert len(paths) == 6


def test_cli_no_respect_gitignore_beats_the_configuration(work_tree):
    (work_tree / "seedlint.toml").write_text("respect-gitignore = true\n")

    def linted(*flags: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-m", "seedlint", "--no-cache", "--select", "SL301", *flags, "."],
            cwd=work_tree,
            capture_output=True,
            text=True,
        )
        return sorted({line.split(":", 1)[0] for line in result.stdout.splitlines()})

    assert "raw/dump.txt" not in linted()
    assert "raw/dump.txt" in linted("--no-respect-gitignore")
    (work_tree / "seedlint.toml").write_text("respect-gitignore = false\n")
    assert "raw/dump.txt" not in linted("--respect-gitignore")


def test_config_key_must_be_a_boolean(tmp_path):
    (tmp_path / "seedlint.toml").write_text('respect-gitignore = "no"\n')
    with pytest.raises(ConfigError, match="respect-gitignore"):
        load_settings(tmp_path / "seedlint.toml", ALL_RULES, tmp_path)


@pytest.mark.parametrize(
    ("pattern", "path", "ignored"),
    [
        ("*.log", "a/b/x.log", True),
        ("/*.log", "a/x.log", False),
        ("doc/*.md", "doc/a.md", True),
        ("doc/*.md", "doc/sub/a.md", False),
        ("doc/**/*.md", "doc/sub/deep/a.md", True),
        ("doc/**/*.md", "doc/a.md", True),
        ("**/cache", "x/y/cache", True),
        ("out/**", "out/a/b.txt", True),
        ("file[0-9].txt", "file7.txt", True),
        ("file[!0-9].txt", "file7.txt", False),
        ("\\#notes", "#notes", True),
        ("a?c", "a/c", False),
        ("*a*a*b", "xaxaxb", True),
        ("*a*a*b", "aaba", False),
        ("x*[0-9]*.txt", "xab7cd.txt", True),
    ],
)
def test_glob_semantics_follow_gitignore(pattern, path, ignored):
    (compiled,) = parse(pattern)
    assert bool(compiled.regex.fullmatch(path)) is ignored


GIT_ORACLE_IGNORES = {
    ".gitignore": "\n".join(
        [
            "*.log",
            "!important.log",
            "/top-only.txt",
            "build/",
            "docs/*.tmp",
            "docs/**/draft-*",
            "**/cache/",
            "data/**",
            "!data/README.md",
            "file[0-9].txt",
            "a?c.md",
            "\\#hash.txt",
            "trailing-space.txt   ",
            "# a comment",
            "",
        ]
    ),
    "sub/.gitignore": "*.md\n!keep.md\n/local.txt\n",
    "sub/deeper/.gitignore": "!*.md\n",
}
GIT_ORACLE_FILES = [
    "a.log",
    "important.log",
    "x/important.log",
    "x/b.log",
    "top-only.txt",
    "x/top-only.txt",
    "build/out.txt",
    "x/build/out.txt",
    "y/build",  # a file named build: `build/` matches folders only
    "docs/a.tmp",
    "docs/x/a.tmp",
    "docs/draft-1.txt",
    "docs/x/y/draft-2.txt",
    "p/cache/c.txt",
    "cache.txt",
    "data/x.txt",
    "data/README.md",
    "file1.txt",
    "fileX.txt",
    "abc.md",
    "a/c.md",
    "#hash.txt",
    "trailing-space.txt",
    "sub/a.md",
    "sub/keep.md",
    "sub/local.txt",
    "sub/x/local.txt",
    "sub/deeper/d.md",
    "plain.txt",
]


def ours_and_gits(root: Path, ignores: dict[str, str], files: list[str]) -> tuple[list, list]:
    """In a new repository at `root`: the files our walk keeps, and those git does not ignore
    (`git ls-files --others --exclude-standard`), ignore files left out of both."""
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    # git alone, without this machine's global or system ignore files and configuration
    environment = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "XDG_CONFIG_HOME": os.devnull,
    }
    subprocess.run([git, "init", "-q", str(root)], check=True, env=environment)
    tree(root, ignores)
    tree(root, dict.fromkeys(files, ARTICLE))
    listed = subprocess.run(
        [git, "ls-files", "--others", "--exclude-standard"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    kept_by_git = sorted(p for p in listed if p and not p.endswith(".gitignore"))
    everything = walked(root, include=("*",), exclude=(".git",))
    return [p for p in everything if not p.endswith(".gitignore")], kept_by_git


def test_walk_agrees_with_git(tmp_path):
    """git itself is the oracle: the walk finds exactly the files git does not ignore."""
    ours, kept_by_git = ours_and_gits(tmp_path, GIT_ORACLE_IGNORES, GIT_ORACLE_FILES)
    assert ours == kept_by_git
    assert "plain.txt" in ours and "a.log" not in ours  # the oracle is not vacuous


def test_a_hostile_pattern_cannot_make_matching_hang():
    """Stars that would backtrack exponentially in a plain translation match at once."""
    (pattern,) = parse("*a*a*a*a*a*a*a*a*a*a*b\n")
    assert pattern.regex.fullmatch("a" * 250) is None
    assert pattern.regex.fullmatch("a" * 250 + "b") is not None


# Leaves of a small tree (folders a/, a/ab/, ab/, x/, x/y/) and the pieces patterns are made of:
# `**` only where gitignore(5) gives it a meaning (a leading `**/`, a trailing `/**`).
ORACLE_PATHS = ["b.md", "ba", "a/b", "a/b.md", "a/ab/ba", "ab/b.md", "x/ab", "x/y/b.md", "x/y/a"]
PIECES = ["a", "b", "ab", "*", "?", "[ab]", "[!a]", "/", ".md"]
_pattern_lines = st.builds(
    lambda negated, lead, pieces, tail: ("!" if negated else "") + lead + "".join(pieces) + tail,
    st.booleans(),
    st.sampled_from(["", "", "/", "**/"]),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=4),
    st.sampled_from(["", "", "/", "/**"]),
).filter(lambda line: "//" not in line)


@settings(max_examples=60, deadline=None)
@given(st.lists(_pattern_lines, min_size=1, max_size=4))
def test_walk_agrees_with_git_on_generated_patterns(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ignores = {".gitignore": "\n".join(lines) + "\n"}
        ours, kept_by_git = ours_and_gits(Path(folder), ignores, ORACLE_PATHS)
        assert ours == kept_by_git, lines
