"""The ``Doc`` and ``Span`` extensions the components share, registered once, on import.

Each component writes its own attribute (``doc._.abbreviations``,
``doc._.proposes``, ``doc._.claims``, ``doc._.relations``,
``span._.quantity``); a reader gets ``None`` when the component that writes it
is not in the pipeline, so no component needs to know which others run.
(``span._.evidence`` has its own getter and setter: see
:mod:`claimgraph.extract.entities.evidence`.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: Doc attributes, each written by one component.
DOC_EXTENSIONS: tuple[str, ...] = ("abbreviations", "proposes", "claims", "relations")
#: ``doc.user_data`` key: the starts of the proposed names that are only parts a proposal announced in a list
#: (written by the proposes component; "we introduce three modules: the X (XA) Injector, ..."). They do not
#: name the contribution itself.
ANNOUNCED_PARTS = "claimgraph.announced_parts"
#: Span attributes, each written by one component.
SPAN_EXTENSIONS: tuple[str, ...] = ("quantity",)


def announced_part(span: Span) -> bool:
    """Whether a proposed name is only a part a proposal announced in a list (:data:`ANNOUNCED_PARTS`)."""
    return span.start in span.doc.user_data.get(ANNOUNCED_PARTS, ())


def only_announced_parts(proposes: list[Span]) -> bool:
    """Whether every proposal of a doc is a part a list announced ("we propose an enhanced Residual U-Net
    incorporating two attention mechanisms: ..."), so that the contribution itself is unnamed (also with no
    proposal at all)."""
    return all(announced_part(span) for span in proposes)


for _name in DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in SPAN_EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
