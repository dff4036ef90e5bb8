"""The encoding rules."""

from seedlint.rule import Rule

RULES: tuple[type[Rule], ...] = ()
