"""The encoding family's data files (rules/data/encoding/), each loaded once per process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any


def _read(name: str) -> str:
    return files("seedlint.rules").joinpath("data", "encoding", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Codepage:
    """A single-byte codepage as a browser reads it: 256 bytes, each one character.

    `chars[b]` is the character byte `b` becomes; bytes the codec leaves undefined in
    0x80-0x9F read as the C1 control of the same number, as WHATWG decoders and Windows
    do, so mojibake that went through them still round-trips. `to_byte` is the inverse.
    """

    codec: str
    name: str
    chars: str
    to_byte: dict[str, int]


def _codepage(codec: str, name: str) -> Codepage:
    chars: list[str] = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(byte) if 0x80 <= byte <= 0x9F else "")
    to_byte: dict[str, int] = {}
    for byte, char in enumerate(chars):
        if char and char not in to_byte:
            to_byte[char] = byte
    return Codepage(codec, name, "".join(c or "\ufffd" for c in chars), to_byte)


@cache
def _codepage_file() -> dict[str, Any]:
    return json.loads(_read("codepages.json"))


@cache
def codepages() -> tuple[Codepage, ...]:
    """The codepages SL101 tries, in order of preference."""
    return tuple(_codepage(e["codec"], e["name"]) for e in _codepage_file()["codepages"])


@cache
def ftfy_alphabet() -> frozenset[str]:
    """Every character bytes 0x80-0xFF become in the codepages ftfy repairs."""
    return frozenset(
        char
        for codec in _codepage_file()["ftfy_codecs"]
        for char in _codepage(codec, codec).chars[0x80:]
    )


@cache
def ftfy_names() -> dict[str, str]:
    """Human names for the encodings and steps ftfy's explanations mention."""
    return dict(_codepage_file()["ftfy"])


@cache
def detected_names() -> dict[str, str]:
    """Human names for the encodings charset-normalizer reports (SL102)."""
    names = dict(_codepage_file()["detected"])
    names.pop("comment", None)
    return names


@cache
def plausible_ranges() -> tuple[tuple[int, int], ...]:
    """Code-point ranges (inclusive) a mojibake repair may produce, sorted."""
    ranges: list[tuple[int, int]] = []
    for line in _read("plausible_ranges.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            first, last = line.split()[:2]
            ranges.append((int(first, 16), int(last, 16)))
    return tuple(sorted(ranges))


@dataclass(frozen=True)
class Invisible:
    name: str
    policy: str  # "always", "joiner", "mark" or "bidi" (see invisible.json)


@cache
def invisibles() -> dict[str, Invisible]:
    """Format characters SL103 reports, by character."""
    data = json.loads(_read("invisible.json"))["characters"]
    return {chr(int(code, 16)): Invisible(e["name"], e["policy"]) for code, e in data.items()}
