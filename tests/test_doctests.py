"""The examples in the engine's docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import seedlint


def modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(seedlint.__path__, "seedlint.")
        if not info.name.endswith("__main__")
    ]
    return sorted(names)


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str):
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
