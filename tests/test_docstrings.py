"""The examples in every module's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import smartnews

MODULES = ["smartnews", *(f"smartnews.{m.name}" for m in pkgutil.iter_modules(smartnews.__path__))]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_every_module_says_what_it_is_for() -> None:
    missing: list[str] = []
    for name in MODULES:
        module = importlib.import_module(name)
        if module.__doc__ is None:
            missing.append(name)
    assert not missing
