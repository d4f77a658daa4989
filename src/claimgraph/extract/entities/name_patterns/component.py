"""The spaCy component ``claimgraph_name_patterns`` (:class:`NamePatterns`, built by
:func:`make_name_patterns`): runs the patterns of the other modules over a doc and adds their candidates."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract.cues import AuthorCues, author_cues
from claimgraph.extract.entities.abbreviation_forms import defined_short_forms
from claimgraph.extract.entities.evidence import set_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.entities.name_patterns.appositives import named_head_type
from claimgraph.extract.entities.name_patterns.datasets import (
    benchmark_shaped,
    challenge_name,
    dataset_around,
    parenthesised_list,
    prefixed_start,
    verb_use,
)
from claimgraph.extract.entities.name_patterns.evaluated_on import evaluated_on
from claimgraph.extract.entities.name_patterns.examples import named_examples
from claimgraph.extract.entities.name_patterns.head_names import (
    appositive_name,
    around_head,
    baseline_name,
    capitalised_method,
    subject_names,
)
from claimgraph.extract.entities.name_patterns.metrics import measured_phrases, metric_phrases, scored_names
from claimgraph.extract.entities.name_patterns.models import (
    after_trained_opening,
    family_before_models,
    glued_start,
    model_after,
    model_verb,
    sized_name,
)
from claimgraph.extract.entities.name_patterns.proposal_lists import proposal_list
from claimgraph.extract.entities.name_patterns.proposed import (
    bare_phrase,
    compared_names,
    comparison_preposition,
    modifies_word_after,
    name_after,
    passive_phrase,
    proposed_phrase,
    split_glued_short_form,
)
from claimgraph.extract.entities.name_patterns.task_lists import listed_tasks
from claimgraph.extract.entities.name_patterns.tasks import (
    abbreviated_task,
    subject_task,
    task_of_phrase,
    task_phrase,
)
from claimgraph.extract.entities.name_patterns.title_acronyms import title_acronym_pair
from claimgraph.extract.entities.name_patterns.titles import title_methods, title_name, title_tasks
from claimgraph.extract.entities.name_patterns.tokens import introductory
from claimgraph.extract.entities.name_patterns.type_guess import WEAK_TYPES, typed_guess
from claimgraph.extract.entities.name_shapes import hyphen_glued
from claimgraph.extract.pipeline.sentences import title_token_end
from claimgraph.extract.pipeline.token_table import span_text, table, tokens_text

#: cues whose type is what the text says about a name (not its letters): they type a guess at the same name
_STATING_CUES = frozenset({"model-verb", "head-name", "naming", "list"})


class NamePatterns:
    """Add candidates for unknown names found by shape and context cues."""

    def __init__(self, cues: NameCues, authors: AuthorCues):
        self.cues = cues
        self.propose_verbs = authors.propose_verbs
        self.author_words = authors.author_words
        self.authors = authors
        self.training_verbs = authors.training_verbs  # "we train YOLOv11 for ...": what is trained is a model

    def __call__(self, doc: Doc) -> Doc:
        cues = self.cues
        found: list[tuple[int, int, str, str | None]] = []
        found.extend(title_name(doc, cues))
        found.extend(title_tasks(doc, cues))
        found.extend(title_methods(doc, cues))
        tokens = table(doc)
        prose_start = title_token_end(doc)
        metric_ends = {span.end for span in doc.spans.get(CANDIDATES, []) if span.label_ == "Metric"}
        curated: set[tuple[int, int]] = set()  # names after "we curate / collect / annotate"
        size = len(tokens)
        for index, (text, lower) in enumerate(zip(tokens.text, tokens.lower, strict=False)):
            # in a Title Case title every word is capitalised: a name there is one word ("... Trained FooNet for ...")
            prose = index >= prose_start
            if prose and text[:1].isupper() and tokens.starts_sentence(index):
                found.extend(subject_task(doc, index, cues))
            if text in cues.challenge_heads:
                found.extend(challenge_name(doc, index, cues))
            if prose and text[:1].isupper() and (text in cues.method_heads or lower in cues.method_part_heads):
                found.extend(capitalised_method(doc, index, cues))
            if lower in self.propose_verbs and index + 1 < size and not hyphen_glued(tokens, index):
                if lower.endswith("ing"):  # "designing DNA sequences", "Developing Foundation Models for ..."
                    proposed = [
                        item
                        for item in name_after(doc, index + 1, "propose", cues, allow_plain=False)
                        if not modifies_word_after(doc, item[1], cues)
                    ]
                else:
                    proposed = list(name_after(doc, index + 1, "propose", cues, allow_plain=True, multiword=prose))
                    if prose and not proposed:
                        proposed = list(proposed_phrase(doc, index + 1, cues, self.propose_verbs)) or list(
                            bare_phrase(doc, index + 1, cues, self.propose_verbs, self.authors)
                        )
                    if prose:
                        proposed.extend(proposal_list(doc, index, cues))  # "we propose two detectors: X and Y"
                if lower in cues.dataset_verbs:
                    curated.update((start, end) for start, end, _, _ in proposed)
                found.extend(proposed)
            elif (
                lower in cues.proposed_phrase_markers
                and prose
                and index > 0
                and tokens.lower[index - 1] in cues.indefinite_articles
                and not (index > 1 and tokens.lower[index - 2] in self.propose_verbs)
            ):
                # "... incorporates a novel X loss"
                found.extend(proposed_phrase(doc, index - 1, cues, self.propose_verbs))
            elif prose and lower in cues.indefinite_articles and index + 1 < size:
                # "Third, a dynamic appearance feature updating strategy is introduced"
                found.extend(passive_phrase(doc, index, cues, self.propose_verbs))
            elif lower in cues.naming_cues and (text == lower or tokens.starts_sentence(index)):
                # not a capitalised "Named" inside a title or sentence: "Named Entity Recognition"
                named = named_head_type(doc, index, cues)
                found.extend(name_after(doc, index + 1, "naming", cues, allow_plain=True, multiword=prose, label=named))
            elif lower in cues.comparison_markers or comparison_preposition(tokens, index, cues):
                found.extend(compared_names(doc, index, cues))
            elif text in cues.dataset_heads:
                found.extend(dataset_around(doc, index, cues, self.author_words))
                found.extend(parenthesised_list(doc, index, cues))
            elif "-" in text and cues.model_shape.match(text):
                # not "VidChapters-7M benchmark"
                if not (index + 1 < size and tokens.text[index + 1] in cues.dataset_heads):
                    start = glued_start(doc, index, cues)  # "MT-R1-" + "Zero-7B"
                    start = start if tokens.text[start][:1].isupper() else index
                    found.append((start, index + 1, "model-shape", "Model"))
            elif cues.parameter_count.match(text) and hyphen_glued(tokens, index):
                found.extend(sized_name(doc, index, cues))  # "SAIL-VL2-2B", "Light-R1-14B-DS"
            elif lower in cues.task_phrase_heads and text == lower:
                found.extend(task_phrase(doc, index, cues))
            elif lower in cues.task_of_nouns and prose:
                found.extend(task_of_phrase(doc, index, cues))
            if index + 1 < size and model_verb(tokens, index, lower, cues, self.training_verbs):
                found.extend(model_after(doc, index + 1, cues, whole=lower in self.training_verbs))
            plural = lower.endswith("s") and not lower.endswith(("us", "ss"))  # "models", not "corpus"
            plural_clause = plural and index + 1 < size and tokens.text[index + 1] == ","
            if plural_clause or (index + 1 < size and tokens.text[index + 1] == "," and introductory(doc, index, cues)):
                pass  # "On the 750M model, RefineX yields ...": the comma closes an opening phrase, no appositive
            elif lower in cues.naming_heads and index + 1 < size and not verb_use(doc, index, cues, self.author_words):
                # not "across multiple models, AlphaApollo delivers ...": a comma after a plural ends its phrase
                label = cues.naming_heads[lower]
                found.extend(name_after(doc, index + 1, "head-name", cues, allow_plain=False, label=label))
            if text == "," and index + 1 < size and after_trained_opening(doc, index + 1, cues):
                found.extend(model_after(doc, index + 1, cues))  # "Trained on this data, ScaleCUA can ..."
            if (text == "," or lower == "is") and index > 0:
                found.extend(appositive_name(doc, index, cues))
            elif lower == "on" and index > 0:
                found.extend(evaluated_on(doc, index, metric_ends, cues))
            elif text != lower and benchmark_shaped(text, cues):  # a coined name has a capital
                # "StreamingBench", "TallyQA", "HealthBench-500"; "T2I CompBench" with its spaced acronym
                found.append((prefixed_start(doc, index, cues), index + 1, "dataset-head", "Dataset"))
            if lower in cues.head_before_words:
                found.extend(around_head(doc, index, cues.naming_heads[lower], cues))
            elif lower in cues.baseline_heads:
                found.extend(baseline_name(doc, index, cues))  # "the FooTravel baseline"
            elif text in cues.model_heads and text.endswith("s"):
                found.extend(family_before_models(doc, index, cues))
            elif lower in cues.example_markers or text == "(":
                found.extend(named_examples(doc, index, cues))
            if text == "(" and prose:
                found.extend(abbreviated_task(doc, index, cues))  # "text-to-image (T2I) generation"
        found.extend(metric_phrases(doc, cues))
        taken = {i for span in doc.spans.get(CANDIDATES, []) for i in range(span.start, span.end)}
        taken.update(i for start, end, _, _ in found for i in range(start, end))
        found.extend(scored_names(doc, taken, cues))
        found.extend(measured_phrases(doc, taken, cues))
        # a clause's coined subject, when no other cue found the name (it says nothing of the name's type)
        known = {tokens_text(doc, start, end) for start, end, _, _ in found} | {
            span_text(span) for span in doc.spans.get(CANDIDATES, [])
        }
        known.update(defined_short_forms(doc))  # a short form is its long form's
        found.extend(subject_names(doc, prose_start, cues, known))
        found.extend(_listed_tasks(doc, found, cues))
        found = [split_glued_short_form(doc, *item) for item in found]
        title_acronym_pair(doc)
        spans = list(doc.spans.get(CANDIDATES, []))
        weak = doc.user_data.setdefault(WEAK_TYPES, set())
        stated = {(start, end): label for start, end, cue, label in found if label is not None and cue in _STATING_CUES}
        for start, end, cue, label in found:
            if label is None:
                label, supported = typed_guess(doc, start, end, cues)
                if not supported and (start, end) in stated:
                    # "we train YOLOv11 for ...": another cue at the same name states its type
                    label, supported = stated[(start, end)], True
                if not supported and (start, end) in curated:
                    label, supported = "Dataset", True  # "we curate COMPASS-20K spanning ..."
                if not supported or cue == "subject-name":
                    weak.add((start, end))  # a clause's subject says nothing of its kind
            span = Span(doc, start, end, label=label)
            set_evidence(span, cue)
            spans.append(span)
        doc.spans[CANDIDATES] = spans
        return doc


def _listed_tasks(doc: Doc, found: list[tuple[int, int, str, str | None]], cues: NameCues):
    """The task phrases listed beside the tasks found so far (lexicon and pattern candidates)."""
    named = [(span.start, span.end, span.label_) for span in doc.spans.get(CANDIDATES, [])]
    named.extend((start, end, label) for start, end, _, label in found)
    tasks = [(start, end) for start, end, label in named if label == "Task"]
    taken = [(start, end) for start, end, label in named if label != "Task"]
    return list(listed_tasks(doc, tasks, taken, cues))


@Language.factory("claimgraph_name_patterns")
def make_name_patterns(nlp: Language, name: str) -> NamePatterns:
    """Build the name-shape and context-cue component."""
    return NamePatterns(name_cues(), author_cues())
