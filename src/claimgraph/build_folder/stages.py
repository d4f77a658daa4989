"""The stages of a build as its caller sees them: :data:`STAGE_UNITS` names them in order and says what each
counts, and :class:`Stages` reports each stage's progress to the caller's ``progress(stage, done, total)`` and
times it."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

#: The stages a build reports progress of, in order, and what each counts.
STAGE_UNITS: dict[str, str] = {
    "ingest": "bytes",
    "extract": "papers",
    "resolve": "papers",
    "graph": "papers",
    "export": "files",
}

#: ``progress(stage, done, total)``: see :func:`~claimgraph.build_folder.build`.
Progress = Callable[[str, int, int], None]


class Stages:
    """Reports the progress of each stage and times it."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def stage(self, name: str, total: int) -> Iterator[Callable[..., None]]:
        """Run a stage of ``total`` items in the ``with`` block, which gets ``advance(items done[, new total])``."""
        done = 0

        def advance(count: int, new_total: int | None = None) -> None:
            nonlocal done, total
            done += count
            total = total if new_total is None else new_total
            self.progress(name, done, total)

        self.progress(name, 0, total)
        begin = time.perf_counter()
        yield advance
        self.seconds[name] = time.perf_counter() - begin
        if done != total:
            self.progress(name, total, total)


def silent(stage: str, done: int, total: int) -> None:
    """Progress that goes nowhere."""
