"""Extract stage: entities, abbreviations, quantities, proposals, claims, relations.

One public function, :func:`extract`, turns papers into
:class:`~claimgraph.extract.model.Extraction` records. spaCy docs and spans
never leave this package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from claimgraph.extract.model import Extraction
from claimgraph.ingest.model import Paper

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from claimgraph.cluster import Scheduler

__all__ = ["extract", "Extraction"]


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


def extract_docs(nlp: Language, papers: Iterable[Paper]) -> Iterator[Extraction]:
    """Run the pipeline ``nlp`` over papers with ``nlp.pipe``, one :class:`Extraction` each, in order."""
    from claimgraph.extract.from_doc import doc_to_extraction

    pairs = ((paper_doc(nlp, paper), paper) for paper in papers)
    for doc, paper in nlp.pipe(pairs, as_tuples=True):
        yield doc_to_extraction(doc, paper.id, paper.title or "")


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
