"""Finding input files, opening them (gzip too) and reading their lines.

Nothing here loads a whole file: files are read in binary, line by line or in
chunks, and decoded as UTF-8 one line at a time so a bad byte costs one line.
"""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from claimgraph.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 8192


def expand_inputs(
    inputs: Iterable[str | os.PathLike[str]], on_unreadable: Callable[[str, str], None] | None = None
) -> list[Path]:
    """Return the files named by ``inputs``, sorted by path, each once.

    Parameters
    ----------
    inputs : iterable of path-like
        Files and folders.  Folders are walked recursively; hidden files and
        folders (a name starting with ``.``) inside them are skipped.  A file
        named explicitly is always read.
    on_unreadable : callable, optional
        Called as ``on_unreadable(path, reason)`` for a file or folder that
        cannot be listed or examined (no permission, ...); it is left out.

    Returns
    -------
    list of pathlib.Path
        The files, sorted by their path text, without repeats.

    Raises
    ------
    InputError
        When an input does not exist or is neither a file nor a folder.
    """
    unreadable = on_unreadable or (lambda path, reason: None)

    def walk_error(error: OSError) -> None:
        unreadable(str(error.filename or ""), f"cannot read folder: {error.strerror or error}")

    found: dict[str, Path] = {}
    for raw in inputs:
        path = Path(raw)
        try:
            kind = "folder" if path.is_dir() else "file" if path.is_file() else "other" if path.exists() else None
        except OSError as error:
            unreadable(str(path), f"cannot read: {error.strerror or error}")
            continue
        if kind == "folder":
            for folder, dirs, files in os.walk(path, onerror=walk_error):
                dirs[:] = sorted(name for name in dirs if not name.startswith("."))
                for name in (name for name in files if not name.startswith(".")):
                    child = Path(folder) / name
                    try:
                        if child.is_file():
                            found.setdefault(str(child), child)
                        elif child.is_symlink() and not child.exists():
                            unreadable(str(child), "cannot read: a broken or looping symbolic link")
                    except OSError as error:
                        unreadable(str(child), f"cannot read: {error.strerror or error}")
        elif kind == "file":
            found.setdefault(str(path), path)
        elif kind == "other":
            raise InputError("not a regular file or folder", path=str(path))
        else:
            raise InputError("no such file or folder", path=str(path))
    unique: dict[str, Path] = {}
    for key in sorted(found):
        resolved = str(found[key].resolve())
        unique.setdefault(resolved, found[key])
    return sorted(unique.values(), key=str)


class CountingReader(io.RawIOBase):
    """A read-only binary stream that counts the bytes read from ``raw``."""

    def __init__(self, raw: BinaryIO):
        super().__init__()
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:  # noqa: D102 - io protocol
        return True

    def readinto(self, buffer) -> int:  # noqa: D102 - io protocol
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)

    def close(self) -> None:  # noqa: D102 - io protocol
        self._raw.close()
        super().close()


@dataclass
class OpenedFile:
    """An input file opened for reading: decompressed bytes and a byte counter.

    ``stream`` yields the (decompressed) content; ``head`` is its first
    :data:`SNIFF_BYTES` bytes, already read and put back in front; ``counter``
    counts the bytes read from disk (compressed bytes for gzip).
    """

    path: Path
    stream: BinaryIO
    head: bytes
    compressed: bool
    counter: CountingReader

    def close(self) -> None:
        """Close the file."""
        self.stream.close()
        self.counter.close()


def open_input(path: Path) -> OpenedFile:
    """Open ``path`` for binary reading, transparently gunzipping it.

    Raises
    ------
    OSError
        When the file cannot be opened or read.
    EOFError, gzip.BadGzipFile
        When a gzip file is broken within its first bytes.
    """
    counter = CountingReader(open(path, "rb"))  # noqa: SIM115 - closed by OpenedFile
    raw = io.BufferedReader(counter)
    compressed = raw.peek(2)[:2] == GZIP_MAGIC
    stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
    buffered = io.BufferedReader(stream, buffer_size=max(SNIFF_BYTES, io.DEFAULT_BUFFER_SIZE))  # type: ignore[arg-type]
    try:
        head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    except BaseException:
        counter.close()
        raise
    return OpenedFile(path, buffered, head, compressed, counter)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Line:
    """One decoded line: 1-based number, text without line end, decode error."""

    number: int
    text: str
    error: str | None = None


def iter_lines(stream: BinaryIO) -> Iterator[Line]:
    """Yield the lines of a binary stream decoded as UTF-8, one at a time.

    A line that is not valid UTF-8 is yielded with its bad bytes replaced and
    ``error`` set to a message naming the byte offset within the line.  A UTF-8
    byte-order mark at the start is dropped; ``\\n`` and ``\\r\\n`` line ends
    are accepted.
    """
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        raw = raw.rstrip(b"\r\n")
        try:
            yield Line(number, raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", errors="replace")
            yield Line(number, text, f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")


def binary_reason(head: bytes) -> str | None:
    """Say why the first bytes of a file are not UTF-8 text, or return None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text is not supported; save the file as UTF-8"
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    return None
