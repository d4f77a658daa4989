"""Reader for a JSON array of paper objects, streamed element by element.

The array is decoded incrementally from UTF-8 chunks, one element at a time,
so a large array is never held in memory whole.  An element that is not a
usable paper is reported and skipped; a syntax error ends the file (there is
no reliable place to resume), after reporting it with its line.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from claimgraph.ingest.jsonrecord import paper_from_object
from claimgraph.ingest.model import Paper, Problem, Source
from claimgraph.ingest.paper_fields import MAX_FIELD_CHARS, RecordError, Report

FORMAT = "json"
CHUNK = 1 << 16
#: Largest single array element read before giving up on the file.
MAX_ELEMENT_CHARS = 64 * MAX_FIELD_CHARS * 10
_WHITESPACE = " \t\r\n"
_BAD_BYTE = re.compile("[\udc80-\udcff]")


class _Buffer:
    """Decoded text of a stream with a read position and line counting."""

    def __init__(self, stream: BinaryIO):
        self._stream = stream
        # Bad bytes become lone surrogates, so one bad record costs one record.
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape")
        self.text = ""
        self.pos = 0
        self.line = 1  # line number of self.text[0]
        self.eof = False

    def fill(self, size: int = CHUNK) -> bool:
        """Read more text; return False at the end of the stream."""
        if self.eof:
            return False
        data = self._stream.read(size)
        final = not data
        chunk = self._decoder.decode(data, final=final)
        self.line += self.text.count("\n", 0, self.pos)
        self.text = self.text[self.pos :] + chunk
        self.pos = 0
        self.eof = final
        return bool(chunk) or not final

    def skip_whitespace(self) -> str:
        """Move past whitespace and return the next character ('' at end)."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return ""

    def line_at(self, index: int) -> int:
        return self.line + self.text.count("\n", 0, index)


def read_jsonarray(stream: BinaryIO, path: str, report: Report) -> Iterator[Paper]:
    """Yield one Paper per usable element of a JSON array.

    Parameters
    ----------
    stream : binary file
        The file content (decompressed).
    path : str
        The file name used in sources and problems.
    report : callable
        Called with a :class:`Problem` for every skipped element or error, and
        with a :class:`~claimgraph.ingest.model.Repair` for an element that
        lost unsafe characters.
    """
    buf = _Buffer(stream)
    decoder = json.JSONDecoder()
    if buf.skip_whitespace() != "[":
        report(Problem(path, buf.line_at(buf.pos), "invalid JSON: expected '[' at the start of a JSON array"))
        return
    buf.pos += 1
    record = 0
    expect_value = True
    while True:
        char = buf.skip_whitespace()
        if char == "]" and (record == 0 or not expect_value):
            return
        if not expect_value:
            if char != ",":
                where = "end of file" if not char else repr(char)
                report(Problem(path, buf.line_at(buf.pos), f"invalid JSON: expected ',' or ']', found {where}"))
                return
            buf.pos += 1
            expect_value = True
            continue
        record += 1
        start_line = buf.line_at(buf.pos)
        decoded = _decode_element(buf, decoder, path, start_line, record, report)
        if decoded is None:
            return
        value, start = decoded
        expect_value = False
        bad = _BAD_BYTE.search(buf.text, start, buf.pos)
        if bad:
            byte = ord(bad.group()) - 0xDC00
            report(Problem(path, buf.line_at(bad.start()), f"record {record}: invalid UTF-8 (byte 0x{byte:02x})"))
            continue
        try:
            yield paper_from_object(value, Source(path, start_line, FORMAT), report)
        except RecordError as exc:
            report(Problem(path, start_line, f"record {record}: {exc}"))


def _decode_element(
    buf: _Buffer,
    decoder: json.JSONDecoder,
    path: str,
    line: int,
    record: int,
    report: Callable[[Problem], None],
) -> tuple[object, int] | None:
    """Decode the element at ``buf.pos``; return it and its start, or None."""
    while True:
        try:
            value, end = decoder.raw_decode(buf.text, buf.pos)
        except json.JSONDecodeError as exc:
            pending = len(buf.text) - buf.pos
            if pending > MAX_ELEMENT_CHARS:
                message = f"record {record}: larger than {MAX_ELEMENT_CHARS:,} characters; rest of file skipped"
                report(Problem(path, line, message))
                return None
            if buf.fill(max(CHUNK, pending)):
                continue
            message = f"invalid JSON in record {record} (starting line {line}): {exc.msg}; rest of file skipped"
            report(Problem(path, buf.line_at(exc.pos), message))
            return None
        except RecursionError:
            message = f"invalid JSON in record {record}: nested too deeply; rest of file skipped"
            report(Problem(path, line, message))
            return None
        # A number or literal at the very end of the buffer may continue.
        if end >= len(buf.text) and not buf.eof and buf.fill():
            continue
        start, buf.pos = buf.pos, end
        return value, start
