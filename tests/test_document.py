"""The document model: decoding, line endings, offsets into text and bytes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEED_ARTICLE
from seedlint.document import Document, UndecodableError, decode


def test_seed_round_trips_byte_for_byte():
    data = SEED_ARTICLE.read_bytes()
    document = Document.from_bytes("seed.txt", data)
    assert document.to_bytes() == data
    assert document.encoding.name == "utf-8" and not document.encoding.detected


def test_lines_keep_their_own_terminators():
    document = Document("mixed.txt", "one\r\ntwo\nthree\rfour")
    assert [(line.text, line.terminator) for line in document.lines] == [
        ("one", "\r\n"),
        ("two", "\n"),
        ("three", "\r"),
        ("four", ""),
    ]
    assert document.to_bytes() == b"one\r\ntwo\nthree\rfour"


def test_only_cr_and_lf_end_lines():
    # Form feed and U+2028 are content (SL103 may report them), not line breaks.
    document = Document("ff.txt", "a\x0cb\u2028c\nd")
    assert [line.text for line in document.lines] == ["a\x0cb\u2028c", "d"]


def test_paragraphs_are_separated_by_blank_and_whitespace_only_lines():
    text = "Title\n\nFirst line\nsecond line\n\u00a0\nLast\n"
    document = Document("p.txt", text)
    assert [p.text for p in document.paragraphs] == ["Title", "First line\nsecond line", "Last"]
    assert [(p.first_line, p.last_line) for p in document.paragraphs] == [(0, 0), (2, 3), (5, 5)]


def test_byte_offsets_point_at_the_source_bytes():
    data = SEED_ARTICLE.read_bytes()
    document = Document.from_bytes("seed.txt", data)
    for line in document.lines:
        assert data[line.byte_start : line.byte_end].decode("utf-8") == line.text
    for paragraph in document.paragraphs:
        assert data[paragraph.byte_start : paragraph.byte_end].decode() == paragraph.text


def test_utf8_bom_is_kept_and_not_part_of_the_text():
    document = Document.from_bytes("bom.txt", b"\xef\xbb\xbfhello\n")
    assert document.text == "hello\n"
    assert document.lines[0].byte_start == 3
    assert document.to_bytes() == b"\xef\xbb\xbfhello\n"


def test_legacy_encoding_is_detected_and_round_trips():
    data = "Größe und Übermaß: café, naïve – “quoted”.\n".encode("cp1252") * 3
    document = Document.from_bytes("legacy.txt", data)
    assert document.encoding.detected
    assert document.text.startswith("Größe und Übermaß")
    assert document.to_bytes() == data


def test_utf16_with_bom_is_text_not_binary():
    data = "\ufeffПривет, мир\n".encode("utf-16-le")
    text, encoding = decode(data)
    assert text == "Привет, мир\n" and encoding.name == "utf-16-le"


def test_nul_bytes_mean_binary():
    with pytest.raises(UndecodableError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_empty_file_has_one_empty_line_and_no_paragraph():
    document = Document.from_bytes("empty.txt", b"")
    assert len(document.lines) == 1 and document.lines[0].text == ""
    assert document.paragraphs == ()
    assert document.to_bytes() == b""


def test_position_is_one_based_and_counts_code_points():
    document = Document("pos.txt", "ab\nc—d\n")
    assert document.position(0) == (1, 1)
    assert document.position(5) == (2, 3)  # "d" after the em dash


@given(st.text())
def test_any_text_round_trips_and_offsets_are_consistent(text):
    document = Document("any.txt", text)
    assert "".join(line.text + line.terminator for line in document.lines) == text
    data = document.to_bytes()
    for line in document.lines:
        assert data[line.byte_start : line.byte_end] == line.text.encode("utf-8", "surrogatepass")
        assert document.byte_offset(line.start) == line.byte_start


@given(st.binary(max_size=400))
def test_any_bytes_decode_or_raise_undecodable(data):
    try:
        document = Document.from_bytes("any.bin", data)
    except UndecodableError:
        return
    assert document.to_bytes() == data
