"""The entity spans an abbreviation pair makes (:func:`abbreviation_spans`): the long form, the short form and
every later occurrence of the short form, typed by what is known of either form: a lexicon reading of the
short form (unless the paper redefines it), a candidate over the long form, a task the long form sets or
the title says the work is for, a describing phrase after the pair, else what the long form names
(:mod:`.long_forms`). Pure in the doc, the cue tables, the generic phrases, the propose verbs and the
lexicon's forms."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.decision.dropping import is_generic
from claimgraph.extract.entities.decision.long_forms import (
    is_model_class,
    long_form_typing,
    modifier_long_form,
    no_name_long_form,
)
from claimgraph.extract.entities.decision.own_names import introduced, listed_after_proposal
from claimgraph.extract.entities.decision.short_forms import capitals_of, is_redefined, short_form_occurrences
from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns import after_task_of, appositive_type
from claimgraph.extract.entities.name_shapes import is_coined
from claimgraph.extract.pipeline.sentences import title_token_end


def abbreviation_spans(
    doc: Doc,
    pairs,
    candidates: list[Span],
    weak: set[tuple[int, int]],
    overridden: set[tuple[int, int]],
    classes: set[tuple[int, int]],
    unnamed: set[tuple[str, ...]],
    *,
    cues: NameCues,
    generic: frozenset[str],
    propose_verbs: frozenset[str],
    known_forms: dict[str, frozenset[str]],
    listed_forms: dict[str, tuple[str, ...]],
) -> list[Span]:
    """Spans of the abbreviation pairs and their later short forms, typed by what is known of either form.

    ``overridden`` collects the lexicon readings a local definition replaces; ``classes`` the short forms of
    a class of models ("Large Reasoning Models (LRMs)"), which no other cue makes a name; ``unnamed`` the
    long forms (lower-cased token texts) that name nothing (:func:`no_name_long_form`), whose short form
    names the pair."""
    by_end = {}
    by_range = {}
    for span in candidates:
        by_end.setdefault(span.end, []).append(span)
        previous = by_range.get((span.start, span.end))
        if previous is None or not get_evidence(previous).startswith("lexicon"):
            by_range[(span.start, span.end)] = span  # a lexicon reading of a range is the one to check
    added: list[Span] = []
    task_words = {s.text for s in candidates if s.label_ == "Task"}
    for long_form, short_form in pairs:
        if any(s.label_ == "Task" and s.start == long_form.start for s in by_end.get(long_form.end, [])):
            task_words.add(short_form.text)  # "Open-vocabulary object detection (OVD)"
    for long_form, short_form in pairs:
        if is_generic(long_form, generic) or is_generic(short_form, generic):
            continue
        known = by_range.get((short_form.start, short_form.end))
        inner = [s for s in by_end.get(long_form.end, []) if s.start >= long_form.start]
        label = kb_id = None
        stated = True
        whole = [s for s in inner if s.start == long_form.start]
        # a name over the long form beats a short form that only grows a lexicon name ("DDE-MAE", grown from the
        # metric MAE, after "named Disentangling Dual-Encoder MAE")
        local = (
            known is not None
            and bool(whole)
            and (whole[0].kb_id_ != known.kb_id_ or get_evidence(known) == "lexicon-variant")
        )
        redefined = (
            known is not None
            and not local
            and is_redefined(long_form, short_form, known, cues, known_forms, listed_forms)
        )
        if redefined:
            # "Segment Any Crack (SAC)", "OWT: A Foundational Organ-Wise Tokenization Framework": the paper's
            # own definition of a short form the lexicon knows as something else (soft actor-critic,
            # OpenWebText) wins; the pair is typed like any pair the lexicon does not know
            known, local = None, True
        if known is not None and not local:
            label, kb_id = known.label_, known.kb_id_
            if get_evidence(known) == "dataset-head" and not introduced(
                doc, min(long_form.start, short_form.start), cues, propose_verbs
            ):
                named, named_stated = long_form_typing(long_form, short_form.text, cues)
                if named_stated and named in cues.long_form_named_types and named != label:
                    # "Remote Sensing Visual Question Answering (RSVQA) ... a novel RSVQA dataset": the long
                    # form names a task; "RSVQA dataset" is a dataset for it (not "we introduce SPIQA (...)")
                    label, kb_id = named, ""
        elif inner:  # a local definition ("misinformation detection (MMD)") beats a lexicon's short form
            best = min(inner, key=lambda s: s.start)
            label, kb_id = best.label_, best.kb_id_ if best.start == long_form.start else ""
            if (best.start, best.end) in weak:
                # a guessed type yields to what the long form names ("Time Reversed Language Models")
                proposed = introduced(doc, long_form.start, cues, propose_verbs)
                typed, stated = long_form_typing(long_form, short_form.text, cues, proposed=proposed)
                if typed is not None and stated:
                    label = typed
        else:
            after = _word_after_parenthesis(doc, short_form.end)
            proposed = introduced(doc, long_form.start, cues, propose_verbs) or listed_after_proposal(
                doc, long_form.start, propose_verbs
            )
            label, stated = long_form_typing(long_form, short_form.text, cues, after, proposed)
            if label is None and not proposed and _model_class_pair(long_form, short_form.text, cues):
                classes.update(short_form_occurrences(doc, short_form))
            if short_form.text not in cues.acronym_stoplist:
                last = max(short_form.end, long_form.end)  # "ATLAS (AGI-Oriented Testbed ...), a ... suite"
                end = last + 1 if last < len(doc) and doc[last].text == ")" else None
                described = appositive_type(doc, end, cues) if end is not None else None
                if after_task_of(doc, long_form.start, cues) or _task_headed(long_form, task_words, cues):
                    # "we introduce the task of Memorability Feedback (MemFeed)", "a new paradigm called
                    # Continual Few-shot ReID (CFReID)": a setting of a task is a Task
                    label, stated = "Task", True
                elif described is not None:
                    label, stated = described, True  # "Point cloud registration (PCR) is a fundamental task"
                elif label == "Method" and _title_purpose(doc, long_form, cues):
                    label, stated = "Task", True  # "... Transformers for Earth Observation": "... (EO)"
        lexical = known is not None and get_evidence(known).startswith("lexicon")
        capitals = [] if lexical else capitals_of(doc, short_form)
        if label is None or not (is_coined(short_form.text) or short_form.text.isupper() or capitals):
            if redefined:  # "infrared (IR)": no entity, and no lexicon reading (information retrieval) either
                overridden.update(short_form_occurrences(doc, short_form))
            continue
        for start, end in capitals:
            reading = by_range.get((start, end))
            if reading is not None and is_redefined(
                long_form, short_form, reading, cues, known_forms, listed_forms, elsewhere=True
            ):
                overridden.add((start, end))  # "CLUE: ..." with "Clue (Clustering and ...)": no CLUE benchmark
        named_by_long = not (
            no_name_long_form(long_form, short_form.text, cues) or modifier_long_form(long_form, short_form, cues)
        )
        whole_long = [(long_form.start, long_form.end)] if named_by_long else []
        if named_by_long and not lexical:
            whole_end = _name_after_short_form(doc, long_form, short_form, cues)
            if whole_end is not None:
                whole_long = [(long_form.start, whole_end)]  # "Adaptive Temporal Weighting (ATW) Injector"
        if not named_by_long:
            unnamed.add(tuple(token.lower_ for token in long_form))
        for start, end in whole_long + short_form_occurrences(doc, short_form) + capitals:
            if local and (start, end) != (long_form.start, long_form.end):
                overridden.add((start, end))
            span = Span(doc, start, end, label=label, kb_id=kb_id or "")
            set_evidence(span, "abbreviation")
            added.append(span)
            if not stated:
                weak.add((start, end))
    return added


def _title_purpose(doc: Doc, long_form: Span, cues: NameCues) -> bool:
    """Whether a long form typed a Method by its ending alone ("Earth Observation", "-tion") is what the
    title says the work is for: the title ends with "for <long form>" ("UniverSat: Resolution- and
    Modality-Agnostic Transformers for Earth Observation"), the field or task of the paper, no method.
    A long form with a method head word ("... Distillation", "... Network") is typed by it and stays."""
    heads = {word.lower() for word in cues.method_heads} | cues.method_part_heads
    if long_form[-1].lower_ in heads or long_form.start < title_token_end(doc):
        return False
    title = doc[: title_token_end(doc)]
    words = [t.lower_ for t in long_form]
    size = len(words)
    return any(
        [t.lower_ for t in title[i : i + size]] == words and i + size == len(title) and title[i - 1].lower_ == "for"
        for i in range(1, len(title) - size + 1)
    )


def _model_class_pair(long_form: Span, short_text: str, cues: NameCues) -> bool:
    """Whether a pair names a class of models: a model head word ending a plural or lowercase long form."""
    heads = {word.lower() for word in cues.model_heads}
    return long_form[-1].lower_ in heads and is_model_class(long_form, short_text)


def _task_headed(long_form: Span, task_words: set[str], cues: NameCues) -> bool:
    """Whether a long form's head (its last word, or the word before its first preposition) is a task
    name or a task's short form in this paper ("Continual OVD with Novel Concept Injection")."""
    words = [t for t in long_form if t.text != "-"]
    for index, token in enumerate(words[1:], start=1):
        if token.is_lower and token.lower_ in cues.appositive_stops:
            words = words[:index]
            break
    return len(words) > 1 and words[-1].text in task_words


def _name_after_short_form(doc: Doc, long_form: Span, short_form: Span, cues: NameCues) -> int | None:
    """The end of a pair's whole name when a capitalised word after "(SF)" continues its Title Case long form
    ("Adaptive Temporal Weighting (ATW) Injector", "Dynamic Frequency (DF) Loss"): the word is no kind word of
    ``pair_name_kind_words`` ("the Context-Adaptive Behavior (CAB) Framework" names the pair alone) and no
    capitalised word, hyphen or parenthesis follows it and no capitalised word stands before the long form (a
    longer name: "... Communication Rectified Flow (RF) Network (MFC-RFNet)"), and it is no adverb in -ly and no
    plural ("(GUI) Agents" name a class); a title, which capitalises every word, says nothing of it. None when the
    long form stands alone."""
    close = short_form.end
    if long_form.end + 1 != short_form.start or doc[long_form.end].text != "(":
        return None
    if close + 1 >= len(doc) or doc[close].text != ")":
        return None
    if not (long_form[0].text[:1].isupper() and long_form[-1].text[:1].isupper()):
        return None
    if long_form.start < title_token_end(doc):
        return None  # a title capitalises every word ("Predicting Pavement Condition Index (PCI) Directly from")
    word = doc[close + 1]
    text = word.text
    if not (word.is_alpha and len(text) > 1 and text[0].isupper() and text[1:].islower()) or text.endswith("ly"):
        return None
    if text.lower() in cues.pair_name_kind_words or word.is_sent_start:
        return None
    if text.endswith("s") and not text.endswith(("ss", "is", "us")):
        return None  # "Graphical User Interface (GUI) Agents": a class of systems
    before = doc[long_form.start - 1] if long_form.start > 0 else None
    if before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start:
        return None  # "Multi-scale Feature Communication Rectified Flow (RF) Network (MFC-RFNet)": a longer name
    if close + 2 < len(doc):
        after = doc[close + 2].text
        if after[:1].isupper() or after in ("-", "("):
            return None
    return close + 2


def _word_after_parenthesis(doc: Doc, end: int) -> str | None:
    """The word after "(SF)" (or after "SF" when it is not parenthesised)."""
    index = end + 1 if end < len(doc) and doc[end].text == ")" else end
    return doc[index].text if index < len(doc) else None
