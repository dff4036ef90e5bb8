"""The encoding rules (SL1xx): mojibake, legacy encodings, invisible characters, blank lines."""

from seedlint.rule import Rule
from seedlint.rules.encoding.invisible_character import InvisibleCharacter
from seedlint.rules.encoding.mojibake_sequence import MojibakeSequence
from seedlint.rules.encoding.non_utf8_file import NonUtf8File
from seedlint.rules.encoding.whitespace_only_line import WhitespaceOnlyLine

RULES: tuple[type[Rule], ...] = (
    MojibakeSequence,
    NonUtf8File,
    InvisibleCharacter,
    WhitespaceOnlyLine,
)
