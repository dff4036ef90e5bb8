"""The examples in the docstrings of the engine and the rules are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import seedlint
import seedlint.rules


def modules() -> list[str]:
    """Every module of the engine and of the rules (installed from another folder)."""
    names = [
        info.name
        for package in (seedlint, seedlint.rules)
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
        if not info.name.endswith("__main__")
    ]
    return sorted(set(names))


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str):
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
