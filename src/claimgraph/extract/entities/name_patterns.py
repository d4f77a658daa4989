"""Component ``claimgraph_name_patterns``: names no lexicon knows, from shape and context.

Cues (each adds a candidate span to ``doc.spans["cg_candidates"]`` with the
cue as ``id_``):

- ``title``: a coined name before the title's colon ("CItruS: Chunked ...");
- ``propose``: a name right after "we propose/introduce/present (a new) ...";
- ``naming``: a name after "dubbed", "termed", "called";
- ``dataset-head``: a name before or after "dataset/benchmark/corpus" ("the
  Pile dataset", "Knesset Corpus", "the benchmark BigBench Hard");
- ``model-shape``: a token shaped like a sized model ("Foo-7B");
- ``head-name``: a coined name right after a type word ("our framework OMNE",
  "a new dataset, HardEdit");
- ``compare``: a coined name after "outperforms", "than", "over";
- ``task-phrase``: a lowercase phrase of one or two modifiers and a task head
  noun ("dialogue understanding", "multi-hop retrieval") in task context
  (after "on/for/in/such as", or before "task(s)/benchmark/problem").

The type comes from the context (the word after the name: "dataset",
"model", "framework") or the name itself (size suffix, "Bench", "LLM").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract.cues import AuthorCues, author_cues
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.entities.name_shapes import ends_hyphen_compound, is_capitalised, is_coined, name_end
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.pipeline.token_table import doc_text, table


def guess_type(doc: Doc, start: int, end: int, cues: NameCues) -> str:
    """Type of an unknown name from its own shape and the words around it (pure)."""
    text = doc[start:end].text
    last = doc[end - 1].text
    window = [
        t.text for t in doc[end : min(end + 4, len(doc))] if t.text not in {",", "a", "an", "the", "new", "novel"}
    ]
    before = [t.text for t in doc[max(0, start - 3) : start] if t.text not in {",", '"', "“"}]
    for word in window[:2] + before[-1:]:
        if word in cues.dataset_heads:
            return "Dataset"
        if word in cues.model_heads:
            return "Model"
        if word in cues.method_heads:
            return "Method"
    if last in cues.dataset_heads or text.endswith("Bench") or text.endswith("QA"):
        return "Dataset"
    if cues.model_shape.match(text) or cues.size_suffix.match(last) or text.endswith(("LLM", "LM", "GPT", "BERT")):
        return "Model"
    return "Method"


class NamePatterns:
    """Add candidates for unknown names found by shape and context cues."""

    def __init__(self, cues: NameCues, authors: AuthorCues):
        self.cues = cues
        self.propose_verbs = authors.propose_verbs

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, str, str | None]] = []
        found.extend(self._title_name(doc))
        cues = self.cues
        tokens = table(doc)
        for index, (text, lower) in enumerate(zip(tokens.text, tokens.lower, strict=False)):
            if lower in self.propose_verbs and index + 1 < len(doc):
                found.extend(self._after(doc, index + 1, "propose", allow_plain=True, multiword=True))
            elif lower in cues.naming_cues:
                found.extend(self._after(doc, index + 1, "naming", allow_plain=True, multiword=True))
            elif lower in cues.comparison_markers:
                found.extend(self._after(doc, index + 1, "compare", allow_plain=False))
            elif text in cues.dataset_heads:
                found.extend(self._dataset_around(doc, index))
            elif "-" in text and cues.model_shape.match(text):
                found.append((index, index + 1, "model-shape", "Model"))
            elif lower in cues.task_phrase_heads and text == lower:
                found.extend(self._task_phrase(doc, index))
            if lower in self.cues.naming_heads and index + 1 < len(doc):
                label = self.cues.naming_heads[lower]
                found.extend(self._after(doc, index + 1, "head-name", allow_plain=False, label=label))
        spans = list(doc.spans.get(CANDIDATES, []))
        for start, end, cue, label in found:
            span = Span(doc, start, end, label=label or guess_type(doc, start, end, self.cues))
            span.id_ = cue
            spans.append(span)
        doc.spans[CANDIDATES] = spans
        return doc

    def _title_name(self, doc: Doc):
        title_end = doc.user_data.get(TITLE_END)
        if not title_end:
            return
        tokens = table(doc)
        for index in range(min(8, len(tokens))):
            if tokens.idx[index] >= title_end:
                return
            if tokens.text[index] == ":" and index > 0:
                end = name_end(doc, 0, self.cues, allow_plain=True)
                if end == index and end <= 4:
                    yield 0, end, "title", None
                elif self._repeated_title_phrase(doc, index, title_end):
                    yield 0, index, "title", None
                return

    def _repeated_title_phrase(self, doc: Doc, colon: int, title_end: int) -> bool:
        """A Title Case phrase before the title's colon that names something.

        It names something when the abstract uses it again, or when its last
        word is a capitalised method or dataset word ("Prompting", "Bench").
        """
        words = doc[:colon]
        if len(words) < 2 or len(words) > 6 or not is_capitalised(words[-1]):
            return False
        for token in words:
            if not (
                is_capitalised(token)
                or is_coined(token.text)
                or token.text == "-"
                or token.lower_ in {"of", "for", "with", "and", "in", "on", "to"}
                or (token.i and doc[token.i - 1].text == "-")
            ):
                return False
        if words.text.lower() in doc_text(doc)[title_end:].lower():
            return True
        # "Set-Based Prompting: ...": a phrase ending in a method or dataset word
        head = words[-1].text
        first = words[0].lower_
        return (
            not first.endswith("ing")
            and first not in self.cues.not_name_starts
            and (head in self.cues.method_heads or head in self.cues.dataset_heads)
        )

    def _after(
        self, doc: Doc, index: int, cue: str, *, allow_plain: bool, multiword: bool = False, label: str | None = None
    ):
        limit = min(len(doc), index + 6)
        skip = self.cues.skip_after_propose_verb if cue != "head-name" else {",", '"', "“", "called", "named"}
        while index < limit and (
            doc[index].lower_ in skip
            or doc[index].text in {'"', "“"}
            or (cue != "head-name" and doc[index].lower_ in self.cues.naming_heads)
        ):
            index += 1
        if index >= len(doc) or doc[index].is_sent_start:
            return
        end = name_end(doc, index, self.cues, allow_plain=allow_plain, multiword=multiword)
        if end == index:
            return
        if allow_plain and not is_coined(doc[index:end].text.replace(" ", "")):
            # a plain capitalised word counts only if the next word is not
            # lowercase prose ("we present Medusa, a ..." yes; "We present Our").
            if doc[index].is_sent_start or not is_capitalised(doc[index]):
                return
        yield index, end, cue, label

    def _task_phrase(self, doc: Doc, head: int):
        """One or two lowercase modifiers (hyphen compounds count as one) before a task head noun."""
        start = head
        modifiers = 0
        while modifiers < 2 and start > 0:
            previous = doc[start - 1]
            if not (previous.is_alpha and previous.is_lower) or previous.is_sent_start:
                break
            if ends_hyphen_compound(doc, start):
                start -= 3  # a hyphen compound ("cross-lingual") is one modifier
            elif (
                not previous.is_stop
                and previous.lower_ not in self.cues.task_modifier_stoplist
                and previous.lower_ not in self.cues.task_context_before
                and not previous.lower_.endswith(("ly", "ing", "ed"))
            ):
                start -= 1
            else:
                break
            modifiers += 1
        if start == head:
            return
        before = doc[start - 1].lower_ if start > 0 else ""
        after = doc[head + 1].lower_ if head + 1 < len(doc) else ""
        if before in self.cues.task_context_before or after in self.cues.task_context_after:
            yield start, head + 1, "task-phrase", "Task"

    def _dataset_around(self, doc: Doc, head: int):
        head_token = doc[head]
        # "X dataset" / "X Corpus": the name ends right before the head word.
        start = head - 1
        while start >= 0 and (
            is_coined(doc[start].text) or is_capitalised(doc[start]) or doc[start].like_num or doc[start].text == "-"
        ):
            if doc[start].is_sent_start:
                break
            start -= 1
        start += 1
        while start < head and (doc[start].text == "-" or doc[start].like_num or doc[start].is_stop):
            start += 1
        if start < head and not doc[start].is_sent_start and doc[start].text not in self.cues.acronym_stoplist:
            end = head + 1 if head_token.text[:1].isupper() else head
            if end > start:
                yield start, end, "dataset-head", "Dataset"
        # "the benchmark X" / "datasets such as X".
        after = head + 1
        if after < len(doc) and doc[after].text not in {"(", ","}:
            end = name_end(doc, after, self.cues, allow_plain=False)
            if end > after:
                yield after, end, "dataset-head", "Dataset"


@Language.factory("claimgraph_name_patterns")
def make_name_patterns(nlp: Language, name: str) -> NamePatterns:
    """Build the name-shape and context-cue component."""
    return NamePatterns(name_cues(), author_cues())
