"""SL102 non-utf8-file, SL103 invisible-character, SL104 whitespace-only-line."""

from __future__ import annotations

import pytest

from conftest import SEED_ARTICLE, SEED_REWRITE
from seedlint.document import Document
from seedlint.engine import FixMode, lint
from support import findings, fixed, lines_of, rules_for, run

FRENCH = (
    "Le ministre des Affaires étrangères a déclaré que les négociations « avançaient dans "
    "la bonne direction ».\nLes deux parties sont convenues d’élaborer une feuille de route "
    "pour la restitution de six propriétés diplomatiques — un geste qui pourrait ouvrir la "
    "voie à la reprise des vols directs.\nPrix : 12 € ; coût total : 1 500 €. Déjà vu, "
    "naïve, Noël, garçon, cœur.\n"
)
JAPANESE = (
    "外務省は、両国の外交官がイスタンブールで第二回協議を行ったと発表した。\n"
    "双方は外交資産の返還に関するロードマップを策定することで合意した。\n"
    "また、査証の手続きや渡航規制の緩和についても話し合われた。\n"
)


def lint_bytes(data: bytes, mode: FixMode = FixMode.NONE):
    return lint(Document.from_bytes("f.txt", data), rules_for(["SL1"]), mode)


# --- SL102 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [(FRENCH, "cp1252", "Windows-1252"), (JAPANESE, "shift_jis", "Windows-31J (Shift_JIS)")],
)
def test_legacy_file_is_reported_and_rewritten_as_utf8(text: str, codec: str, name: str) -> None:
    result = lint_bytes(text.encode(codec))
    [finding] = result.findings
    assert finding.code == "SL102"
    assert finding.message == f"file is encoded in {name}, not UTF-8"
    assert (finding.start, finding.end) == (0, 0)
    assert finding.fix is not None and finding.fix.encoding == "utf-8"

    fixed_result = lint_bytes(text.encode(codec), FixMode.SAFE)
    assert fixed_result.final.to_bytes() == text.encode("utf-8")
    assert fixed_result.findings == []
    again = lint_bytes(fixed_result.final.to_bytes(), FixMode.SAFE)
    assert not again.changed and again.findings == []


def test_valid_utf8_is_never_re_decoded() -> None:
    # Bytes that a detector could take for cp1252 or Latin-1, but that are valid UTF-8.
    for text in ("Ã©tÃ© and â€™", "naïve café", JAPANESE, "plain ascii"):
        result = lint_bytes(text.encode("utf-8"))
        assert result.source.text == text
        assert "SL102" not in {f.code for f in result.findings}


def test_utf16_with_bom_is_rewritten_without_it() -> None:
    data = b"\xff\xfe" + "hello — world\n".encode("utf-16-le")
    result = lint_bytes(data, FixMode.SAFE)
    assert result.source.encoding.detected
    assert result.final.to_bytes() == "hello — world\n".encode()


# --- SL103 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "message"),
    [
        ("co\u200boperate", "cooperate", "invisible character: ZERO WIDTH SPACE (U+200B)"),
        ("in\u00adIstanbul", "inIstanbul", "invisible character: SOFT HYPHEN (U+00AD)"),
        (
            "the \ufefftalks",
            "the talks",
            "stray byte-order mark: ZERO WIDTH NO-BREAK SPACE (U+FEFF)",
        ),
        ("bell\x07 rang", "bell rang", "invisible character: BELL (U+0007)"),
        ("a\x00b", "ab", "invisible character: NULL (U+0000)"),
        ("page\x0cbreak", "page break", "invisible character: FORM FEED (U+000C)"),
        ("end.\x0c\nNext", "end.\nNext", "invisible character: FORM FEED (U+000C)"),
        ("word\u2060joiner", "wordjoiner", "invisible character: WORD JOINER (U+2060)"),
        ("two\u200b\u200bzwsp", "twozwsp", "invisible character: 2 × ZERO WIDTH SPACE (U+200B)"),
        ("stray\u200d here", "stray here", "invisible character: ZERO WIDTH JOINER (U+200D)"),
        ("English\u200e text", "English text", "invisible character: LEFT-TO-RIGHT MARK (U+200E)"),
    ],
)
def test_invisible_characters_are_deleted(text: str, expected: str, message: str) -> None:
    [finding] = findings(text, ["SL1"])
    assert (finding.code, finding.message) == ("SL103", message)
    assert fixed(text, ["SL1"]) == expected


def test_c1_controls() -> None:
    # A C1 control with a Windows-1252 meaning is text read as Latin-1: ftfy's repair (SL101).
    [finding] = findings("Привет\x85 мир", ["SL1"])
    assert (finding.code, finding.details["after"]) == ("SL101", "…")
    # One with no meaning anywhere is just invisible.
    [finding] = findings("Привет\x81 мир", ["SL1"])
    assert finding.code == "SL103"
    assert fixed("Привет\x81 мир", ["SL1"]) == "Привет мир"


def test_bidi_override_fix_is_unsafe() -> None:
    text = "access\u202e level"
    [finding] = findings(text, ["SL1"])
    assert finding.code == "SL103"
    assert finding.fix is not None and finding.fix.applicability.value == "unsafe"
    assert fixed(text, ["SL1"]) == text
    assert fixed(text, ["SL1"], unsafe=True) == "access level"


@pytest.mark.parametrize(
    "text",
    [
        "می\u200cخواهد گفت\u200cوگو",  # Persian ZWNJ between letters
        "क्\u200dष सत्\u200dयमेव",  # Devanagari ZWJ after a virama
        "ര്\u200d ന്\u200c",  # Malayalam chillu, Bengali-style ZWNJ at word end
        "👨\u200d👩\u200d👧 and 🏳️\u200d🌈",  # emoji ZWJ sequences
        "שלום \u200fעולם 2024\u200e",  # bidi marks in a right-to-left line
        "tab\tseparated\tvalues\r\n",
    ],
)
def test_needed_format_characters_are_kept(text: str) -> None:
    assert findings(text, ["SL1"]) == []


def test_mojibake_c1_controls_belong_to_sl101() -> None:
    text = "He said โ€\x9chelloโ€\x9d."
    assert [f.code for f in findings(text, ["SL1"])] == ["SL101", "SL101"]
    assert fixed(text, ["SL1"]) == "He said “hello”."


# --- SL104 ---------------------------------------------------------------------------------


def test_seed_article_nbsp_lines() -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    result = run(text, ["SL1"])
    assert lines_of(result, "SL104") == [8, 50, 52, 56, 60]
    assert {f.code for f in result.findings} == {"SL104"}
    assert {f.message for f in result.findings} == {
        "line looks empty but holds NO-BREAK SPACE (U+00A0)"
    }
    repaired = fixed(text, ["SL1"])
    lines = repaired.split("\n")
    assert [lines[n - 1] for n in (8, 50, 52, 56, 60)] == ["", "", "", "", ""]
    assert repaired == text.replace("\n\u00a0\n", "\n\n")
    assert fixed(repaired, ["SL1"]) == repaired


def test_seeds_have_no_other_sl1_finding() -> None:
    rewrite = SEED_REWRITE.read_text(encoding="utf-8")
    assert [f.code for f in findings(rewrite, ["SL1"])] == ["SL101"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("\u00a0\u00a0", "2 × NO-BREAK SPACE (U+00A0)"),
        ("\u200b", "ZERO WIDTH SPACE (U+200B)"),
        ("  \t", "2 × SPACE (U+0020), CHARACTER TABULATION (U+0009)"),
        ("\u3000\ufeff", "IDEOGRAPHIC SPACE (U+3000), ZERO WIDTH NO-BREAK SPACE (U+FEFF)"),
    ],
)
def test_blank_looking_lines_become_empty(line: str, message: str) -> None:
    text = f"First paragraph.\r\n{line}\r\nSecond paragraph.\r\n"
    [finding] = findings(text, ["SL1"])  # SL103 does not report the characters again
    assert finding.code == "SL104"
    assert finding.message == f"line looks empty but holds {message}"
    assert fixed(text, ["SL1"]) == "First paragraph.\r\n\r\nSecond paragraph.\r\n"


def test_empty_lines_and_empty_file_are_fine() -> None:
    assert findings("", ["SL1"]) == []
    assert findings("a\n\n\nb\n", ["SL1"]) == []
