"""The language rules (SL2xx): the host site's interface and text in another language."""

from seedlint.rule import Rule
from seedlint.rules.language.foreign_interface_line import ForeignInterfaceLine
from seedlint.rules.language.foreign_language_paragraph import ForeignLanguageParagraph

RULES: tuple[type[Rule], ...] = (ForeignInterfaceLine, ForeignLanguageParagraph)
