"""Extract stage: entities, abbreviations, quantities, proposals, claims, relations.

One public function, :func:`extract`, turns papers into
:class:`~claimgraph.extract.model.Extraction` records. spaCy docs and spans
never leave this package.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from claimgraph.extract.model import Extraction
from claimgraph.ingest.model import Paper

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from claimgraph.cluster import Scheduler

__all__ = ["extract", "Extraction", "failure_message"]


def paper_doc(nlp: Language, paper: Paper) -> Doc:
    """The unprocessed doc of one paper: title and abstract as one text, the title's end noted."""
    from claimgraph.extract.pipeline.sentences import TITLE_END
    from claimgraph.extract.pipeline.token_table import TEXT

    title, abstract = paper.title or "", paper.abstract or ""
    text = f"{title} {abstract}" if title else abstract
    doc = nlp.make_doc(text)
    doc.user_data[TITLE_END] = len(title)
    doc.user_data[TEXT] = text
    return doc


def failed_extraction(paper: Paper, error: str) -> Extraction:
    """The extraction of a paper on which a component raised: no facts, and why."""
    return Extraction(paper.id, paper.title or "", (), (), (), error=error)


def failure_message(paper: Paper, error: str) -> str:
    """The message that reports a failed paper: where it was read, its id, the error."""
    where = f"{paper.sources[0].path}:{paper.sources[0].line}: " if paper.sources else ""
    return f"{where}paper {paper.id}: extraction failed ({error}); kept without facts"


def _error_text(component: str, error: Exception) -> str:
    return f"{component} raised {type(error).__name__}: {error}"


def extract_docs(nlp: Language, papers: Iterable[Paper]) -> Iterator[Extraction]:
    """Run the pipeline ``nlp`` over papers with ``nlp.pipe``, one :class:`Extraction` each, in order.

    A component that raises on one paper fails that paper alone (:func:`failed_extraction`, through spaCy's
    error handler): the others are extracted as usual."""
    from claimgraph.extract.from_doc import doc_to_extraction

    failures: dict[int, str] = {}

    def record_failure(component: str, _proc, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            failures[id(doc._context)] = _error_text(component, error)

    nlp.set_error_handler(record_failure)
    waiting: deque[Paper] = deque()

    def pairs():
        for paper in papers:
            waiting.append(paper)
            yield paper_doc(nlp, paper), paper

    for doc, paper in nlp.pipe(pairs(), as_tuples=True):
        while waiting[0] is not paper:  # a paper before it failed in a component: spaCy dropped its doc
            failed = waiting.popleft()
            yield failed_extraction(failed, failures.pop(id(failed), "a component failed"))
        waiting.popleft()
        try:
            extraction = doc_to_extraction(doc, paper.id, paper.title or "")
        except Exception as error:  # one paper's failure must not stop the run
            extraction = failed_extraction(paper, _error_text("doc_to_extraction", error))
        yield extraction
    while waiting:
        failed = waiting.popleft()
        yield failed_extraction(failed, failures.pop(id(failed), "a component failed"))


def extract(
    papers: Iterable[Paper],
    *,
    jobs: int = 1,
    chunk_size: int = 64,
    progress: Callable[[int], None] | None = None,
    scheduler: Scheduler | None = None,
) -> Iterator[Extraction]:
    """Extract entities, quantities, proposals, claims and relations from papers.

    Parameters
    ----------
    papers : iterable of Paper
        Cleaned papers from :func:`claimgraph.ingest.ingest`.
    jobs : int
        Worker processes; the output is the same, in the same order, for any
        number of jobs.
    chunk_size : int
        Papers sent to a worker at a time (``jobs > 1``, or a scheduler).
    progress : callable, optional
        Called with the number of papers just finished.
    scheduler : str or distributed.Client, optional
        A Dask scheduler address or client: extract on that cluster's workers
        instead of here (``jobs`` is then unused); the output is the same.

    Yields
    ------
    Extraction
        One per paper, in input order.

    Examples
    --------
    >>> from claimgraph.ingest.model import Paper
    >>> paper = Paper(id="p1", title="", abstract="We fine-tune LLaMA-7B on GSM8K.")
    >>> sorted((e.text, e.type) for e in next(extract([paper])).entities)
    [('GSM8K', 'Dataset'), ('LLaMA-7B', 'Model')]
    """
    if scheduler is not None:
        from claimgraph.cluster import connect
        from claimgraph.extract.pipeline.workers import extract_on_cluster

        with connect(scheduler) as client:
            yield from extract_on_cluster(papers, client=client, chunk_size=chunk_size, progress=progress)
        return
    if jobs > 1:
        from claimgraph.extract.pipeline.workers import extract_parallel

        yield from extract_parallel(papers, jobs=jobs, chunk_size=chunk_size, progress=progress)
        return
    from claimgraph.extract.pipeline import shared_pipeline

    for extraction in extract_docs(shared_pipeline(), papers):
        yield extraction
        if progress is not None:
            progress(1)
