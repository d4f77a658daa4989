"""Component ``claimgraph_lexicon``: entity candidates from the curated lexicons.

Every lexicon surface form is matched with spaCy's ``PhraseMatcher`` (exact
case for forms with an uppercase letter, lowercase otherwise). A Model match
is extended over size and variant suffixes ("Llama 2" + "-13b-chat",
"Mistral" + "7B"), and a single token such as ``LLaMA-7B`` whose base is a
known model is a Model too. Candidates go to ``doc.spans["cg_candidates"]``
with ``label_`` = type, ``kb_id_`` = canonical name and ``id_`` = evidence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from claimgraph.extract.entities.evidence import set_evidence
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.lexicons import Lexicon, LexiconEntry, load_lexicon
from claimgraph.extract.pipeline.token_table import table

CANDIDATES = "cg_candidates"


def variant_end(doc: Doc, end: int, cues: NameCues) -> int:
    """Return the token index where a model name starting before ``end`` ends.

    Extends over size suffixes ("7B"), variant words ("chat", "Instruct") and
    hyphen-joined runs of them, all without whitespace before a hyphen.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Llama-2-13b-chat is good")
    >>> variant_end(doc, 1, name_cues())
    5
    """
    index = end
    while index < len(doc):
        token = doc[index]
        if token.text == "-" and not doc[index - 1].whitespace_ and index + 1 < len(doc):
            following = doc[index + 1]
            if _is_suffix(following.text, cues):
                index += 2
                continue
            break
        if _is_suffix(token.text, cues) and (cues.size_suffix.match(token.text) or not doc[index - 1].whitespace_):
            index += 1
            continue
        break
    return index


_TRIMMED_TYPES = frozenset({"Metric", "Dataset", "Method"})
_VERSIONED_TYPES = frozenset({"Model", "Method"})


def spaced_version_follows(doc: Doc, end: int, starts: set[int], cues: NameCues) -> bool:
    """Whether a spaced mixed-case part with a version number continues the name ending at ``end`` (pure).

    "DeepSpeed ZeRO-3" is one name; a part that starts another lexicon name
    (in ``starts``) or a new sentence is not.

    >>> import spacy
    >>> doc = spacy.blank("en")("than DeepSpeed ZeRO-3 with offloading")
    >>> spaced_version_follows(doc, 2, set(), name_cues()), spaced_version_follows(doc, 3, set(), name_cues())
    (True, False)
    """
    return (
        end < len(doc)
        and end not in starts
        and bool(doc[end - 1].whitespace_)
        and not doc[end].is_sent_start
        and bool(cues.spaced_version_part.match(doc[end].text))
    )


def core_extent(doc: Doc, start: int, end: int, forms: tuple[str, ...], cues: NameCues) -> tuple[int, int]:
    """The part of a lexicon match that is the name itself, as the guide writes it (pure).

    A match that is another form of the same entry, in any case, plus a trailing head word
    ("F1 score", "BLEU scores", "F1-score", "MATH dataset", "transformer architecture") or after an
    article ("the Pile") is cut to that form ("F1", "BLEU", "MATH", "transformer", "Pile"). A match
    whose rest is no form of the entry keeps its words ("Knesset Corpus").
    """
    folded = {form.casefold() for form in forms}

    def is_form(first: int, last: int) -> bool:
        return last > first and doc[first:last].text.casefold() in folded

    if end - start >= 2 and doc[end - 1].text in cues.lexicon_trimmed_heads:
        core_end = end - 2 if doc[end - 2].text == "-" and not doc[end - 2].whitespace_ else end - 1
        if is_form(start, core_end):
            end = core_end
    if end - start >= 2 and doc[start].text in cues.lexicon_trimmed_articles and is_form(start + 1, end):
        start += 1
    return start, end


#: Types whose lowercase phrase names papers also write in the plural ("false positive rates").
_PLURAL_TYPES = frozenset({"Metric", "Task", "Method"})


def title_case_form(form: str) -> str | None:
    """The Title Case spelling of a task form whose only capitals stand in words with a digit or in acronyms
    ("3D reconstruction" -> "3D Reconstruction", "T2I generation" -> "T2I Generation"), or None (pure).

    Such a form is matched as written, so a title that capitalises its lower-case words would miss it;
    a form in lower case already matches any case.

    >>> title_case_form("6D pose estimation"), title_case_form("video generation"), title_case_form("Text2SQL")
    ('6D Pose Estimation', None, None)
    """
    words = form.split()
    if len(words) < 2 or form == form.lower() or not any(w.isalpha() and w.islower() for w in words):
        return None
    if any(not (w.islower() or any(ch.isdigit() for ch in w) or w.isupper()) for w in words):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words)


def plural_form(form: str) -> str | None:
    """The regular plural of a multiword lexicon form ending in a lowercase word, or None when it has none to add.

    Only phrases of two or more words whose last word is plain lowercase letters and not already plural-looking
    get one ("false positive rate" -> "false positive rates", "knowledge graph embedding" ->
    "knowledge graph embeddings"); single words ("accuracy") and acronyms are left alone.

    >>> plural_form("false positive rate"), plural_form("expected calibration error")
    ('false positive rates', 'expected calibration errors')
    >>> plural_form("word error rates"), plural_form("accuracy"), plural_form("in-context learning")
    (None, None, 'in-context learnings')
    """
    words = form.split(" ")
    last = words[-1].split("-")[-1]
    if len(words) < 2 or not last.isalpha() or not last.islower() or last.endswith(("s", "x", "sh", "ch", "z")):
        return None
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return form[:-1] + "ies"
    return form + "s"


def _lists_plural(entry: LexiconEntry) -> bool:
    """Whether an entry already lists a plural of one of its forms ("speedup", "speedups"): its
    author chose which plurals papers write, so no more are added."""
    forms = {form.lower() for form in entry.forms}
    return any(form + "s" in forms or form[:-1] + "ies" in forms for form in forms)


def _is_suffix(text: str, cues: NameCues) -> bool:
    return bool(cues.size_suffix.match(text)) or text in cues.variant_words


def _entry_key(entry: LexiconEntry) -> str:
    return f"{entry.type}\t{entry.name}"


class LexiconMatcher:
    """Find lexicon names in a doc (the thin component around the matchers)."""

    def __init__(self, nlp: Language, lexicon: Lexicon, cues: NameCues):
        self.cues = cues
        self.entries: dict[str, LexiconEntry] = {}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.model_bases: dict[str, LexiconEntry] = {}
        exact_forms: dict[str, list[str]] = {}
        lower_forms: dict[str, list[str]] = {}
        for entry in lexicon.entries:
            key = _entry_key(entry)
            self.entries.setdefault(key, entry)
            for form in entry.forms:
                target = lower_forms if form == form.lower() else exact_forms
                target.setdefault(key, []).append(form)
                if entry.type == "Model":
                    self.model_bases.setdefault(form, entry)
        # first words of metric names ("f1", "precision", "bleu"): a list with one of them makes an ambiguous
        # metric name a metric ("precision and recall")
        self.metric_words = frozenset(
            form.split()[0].lower() for entry in lexicon.entries if entry.type == "Metric" for form in entry.forms
        )
        taken = {form.lower() for entry in lexicon.entries for form in entry.forms}
        for key, texts in lower_forms.items():
            if self.entries[key].type in _PLURAL_TYPES and not _lists_plural(self.entries[key]):
                texts.extend(p for p in map(plural_form, texts) if p is not None and p not in taken)
        for key, texts in exact_forms.items():  # "3D reconstruction" -> "3D Reconstruction" in a Title Case title
            if self.entries[key].type == "Task":
                texts.extend(t for t in map(title_case_form, list(texts)) if t is not None and t not in texts)
        for key, texts in exact_forms.items():  # "Dice score" -> "Dice scores"; not "KL divergences", objectives
            entry = self.entries[key]
            if entry.type == "Metric" and not entry.ambiguous and not _lists_plural(entry):
                texts.extend(p for p in map(plural_form, texts) if p is not None and p.lower() not in taken)
        for forms, matcher in ((exact_forms, self.exact), (lower_forms, self.lower)):
            for key, texts in forms.items():
                matcher.add(key, list(nlp.tokenizer.pipe(texts)))

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get(CANDIDATES, []))
        vocab_strings = doc.vocab.strings
        matches = [
            (match_id, start, end) for matcher in (self.exact, self.lower) for match_id, start, end in matcher(doc)
        ]
        starts = {start for _, start, _ in matches}
        metric_spans = {
            (start, end) for match_id, start, end in matches if self.entries[vocab_strings[match_id]].type == "Metric"
        }
        for match_id, start, end in matches:
            entry = self.entries[vocab_strings[match_id]]
            if entry.ambiguous and not self._ambiguous_ok(doc, start, end, entry.type):
                if entry.type != "Metric" or not self._measured(doc, start, end, metric_spans):
                    continue
            evidence = "lexicon"
            if entry.type == "Model":
                extended = variant_end(doc, end, self.cues)
                evidence = "lexicon" if extended == end else "lexicon-variant"
                end = extended
            elif entry.type in _TRIMMED_TYPES:
                start, end = core_extent(doc, start, end, entry.forms, self.cues)
            if entry.type in _VERSIONED_TYPES and spaced_version_follows(doc, end, starts, self.cues):
                end += 1  # "DeepSpeed" + "ZeRO-3": the stage or version is part of the name
                evidence = "lexicon-variant"
            spans.append(self._span(doc, start, end, entry, evidence))
        matched = {start for _, start, end in matches if end == start + 1}
        for index, text in enumerate(table(doc).text):
            if not any(map(str.isdigit, text)):
                continue
            if "-" in text:  # not a count of thousands ("Midjourney-30K" is a set of 30K prompts)
                match = None if self.cues.count_suffix.match(text) else self.cues.glued_variant.match(text)
                entry = self.model_bases.get(match.group("base")) if match else None
                if entry is not None:
                    end = variant_end(doc, index + 1, self.cues)
                    spans.append(self._span(doc, index, end, entry, "lexicon-variant"))
            elif index not in matched and self._new_version(text):
                span = Span(doc, index, variant_end(doc, index + 1, self.cues), label="Model")
                set_evidence(span, "lexicon-variant")
                spans.append(span)
        doc.spans[CANDIDATES] = spans
        return doc

    def _new_version(self, text: str) -> bool:
        """Whether a token is a newer version of a known model family written as one word ("DINOv3" after DINO
        and DINOv2, "Qwen3.6" after Qwen): a Model of its own, with no canonical name of the lexicon."""
        match = self.cues.glued_version.match(text)
        return match is not None and len(match.group("base")) > 2 and match.group("base") in self.model_bases

    def _ambiguous_ok(self, doc: Doc, start: int, end: int, etype: str = "Model") -> bool:
        """An ambiguous name counts only with a model-like suffix or a non-initial capital. For a Metric only
        a capital inside the name counts ("FLOPs", "KL divergence"): a capitalised word ("Precision Livestock
        Farming", "Factual Recall Score") must be measured (:meth:`_measured`)."""
        if end < len(doc) and _is_suffix(doc[end].text, self.cues):
            return True
        if end < len(doc) and doc[end].text in {"-", "model", "models", "dataset", "benchmark"}:
            return True
        first = doc[start]
        if etype == "Metric" and not any(ch.isupper() for ch in doc[start:end].text[1:]):
            return False
        return first.text[:1].isupper() and not first.is_sent_start

    def _measured(self, doc: Doc, start: int, end: int, metric_spans: frozenset | set = frozenset()) -> bool:
        """Whether an ambiguous metric name is used as a measure: a number follows it (after at most two
        connector words: "recall from 47.7%", "precision of 0.65"), a number stands right before it
        ("92% precision", also across "on"/"in": "by 39% on Recall", or a unit word: "90 percent recall"), a phrase
        names it as what something is judged by ("in terms of precision", "as measured by DPD"), or it is listed
        with another metric ("precision and recall", "F1, precision", "Accuracy, F1-score, and Recall";
        ``metric_spans``: the other metric names the lexicon found)."""
        index = end
        while index < len(doc) and index - end < 2 and doc[index].lower_ in self.cues.metric_value_connectors:
            index += 1
        if index < len(doc) and doc[index].like_num and not doc[index].is_sent_start:
            return True
        if start >= 1 and (doc[start - 1].text == "%" or doc[start - 1].like_num) and not doc[start].is_sent_start:
            return True
        if (
            start >= 2
            and doc[start - 1].lower_ in self.cues.metric_number_units
            and doc[start - 2].like_num
            and not doc[start - 1].is_sent_start
            and not doc[start].is_sent_start
        ):
            return True
        if metric_introduced(doc, start, self.cues):
            return True
        if (
            start >= 2
            and doc[start - 1].lower_ in {"on", "in"}
            and (doc[start - 2].text == "%" or doc[start - 2].like_num)
            and not doc[start - 1].is_sent_start
        ):
            return True
        joins = {"and", "or", ",", "/"}
        ends = {e for _, e in metric_spans}
        begins = {b for b, _ in metric_spans}
        after, before = end, start
        while after < len(doc) and after - end < 2 and doc[after].lower_ in joins:
            after += 1
        while before > 0 and start - before < 2 and doc[before - 1].lower_ in joins:
            before -= 1
        next_word = end + 1 < len(doc) and doc[end].lower_ in joins and doc[end + 1].lower_ in self.metric_words
        word_before = start >= 2 and doc[start - 1].lower_ in joins and doc[start - 2].lower_ in self.metric_words
        return next_word or word_before or (after > end and after in begins) or (before < start and before in ends)

    @staticmethod
    def _span(doc: Doc, start: int, end: int, entry: LexiconEntry, evidence: str) -> Span:
        span = Span(doc, start, end, label=entry.type, kb_id=entry.name)
        set_evidence(span, evidence)
        return span


@Language.factory("claimgraph_lexicon", default_config={"directory": None})
def make_lexicon_matcher(nlp: Language, name: str, directory: str | None) -> LexiconMatcher:
    """Build the lexicon component; ``directory`` overrides the packaged lexicons."""
    return LexiconMatcher(nlp, load_lexicon(directory), name_cues())


def metric_introduced(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether a phrase of ``metric_introducers`` stands right before ``start`` in its sentence ("outperforms
    existing methods in terms of precision", "as measured by DPD and DEOdds")."""
    for words in cues.metric_introducer_words:
        first = start - len(words)
        if (
            first >= 0
            and tuple(token.lower_ for token in doc[first:start]) == words
            and not any(token.is_sent_start for token in doc[first + 1 : start + 1])
        ):
            return True
    return False
