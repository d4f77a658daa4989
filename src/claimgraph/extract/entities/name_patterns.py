"""Component ``claimgraph_name_patterns``: names no lexicon knows, from shape and context.

Cues (each adds a candidate span to ``doc.spans["cg_candidates"]`` with the
cue as ``span._.evidence``):

- ``title``: a coined name before the title's colon ("CItruS: Chunked ...");
- ``propose``: a name right after "we propose/introduce/present (a new) ...";
- ``naming``: a name after "dubbed", "termed", "called";
- ``dataset-head``: a name before or after "dataset/benchmark/corpus" ("the
  Pile dataset", "Knesset Corpus", "the benchmark BigBench Hard");
- ``model-shape``: a token shaped like a sized model ("Foo-7B");
- ``model-verb``: a coined name right after "fine-tune(d)" or "pretrained"
  ("we fine-tune YOLOWorld");
- ``head-name``: a coined name right after a type word ("our framework OMNE",
  "a new dataset, HardEdit");
- ``compare``: a coined name after "outperforms", "than", "over";
- ``task-phrase``: a lowercase phrase of one or two modifiers and a task head
  noun ("dialogue understanding", "multi-hop retrieval") in task context
  (after "on/for/in/such as", or before "task(s)/benchmark/problem");
- ``metric-phrase``: a known lowercase metric with the task noun that says what
  it measures ("detection accuracy", "surface reconstruction accuracy",
  "patch-level accuracy").

The type comes from the context (the word after the name: "dataset",
"model", "framework") or the name itself (size suffix, "Bench", "LLM").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimgraph.extract.cues import AuthorCues, author_cues
from claimgraph.extract.entities.abbreviations import best_long_form
from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.entities.name_shapes import (
    ends_hyphen_compound,
    glued_capitalised_stop,
    glued_extent,
    hyphen_glued,
    is_acronym,
    is_capitalised,
    is_coined,
    modifies_next,
    name_end,
    spaced_acronym_prefix,
)
from claimgraph.extract.pipeline.sentences import in_title, title_token_end
from claimgraph.extract.pipeline.token_table import TokenTable, table

_APPOSITIVE_WORDS = 8
#: cues whose type is what the text says about a name (not its letters): they type a guess at the same name
_STATING_CUES = frozenset({"model-verb", "head-name", "naming", "list"})
#: types whose examples after "such as" / "including" may be lowercase phrases ("tasks such as obstacle avoidance")
_LOWERCASE_EXAMPLE_TYPES = frozenset({"Task"})
_TASK_NOUN_ENDINGS = ("ion", "ing", "ics", "sis")  # a one-word task is a process noun: "navigation", "coding"
_NOMINAL_ENDINGS = ("tion", "ment")  # "alignment accuracy", "geolocation accuracy"
_MEASURED_ENDINGS = ("ic", "ical")  # adjectives that say what is measured: "diagnostic accuracy", "geometric accuracy"
#: endings of a word before the measured noun that make it no part of the metric's name: verbs ("improves",
#: "maximize"), comparatives and quality adjectives ("higher", "comparable", "competitive", "excellent")
_NOT_MODIFIER_ENDINGS = (
    "ly",
    "ing",
    "ed",
    "s",
    "ize",
    "ise",
    "est",
    "er",
    "able",
    "ible",
    "ive",
    "ous",
    "ful",
    "ent",
    "ant",
)
#: the longest lowercase phrase (in tokens, hyphens included) a propose verb introduces as a method name
_PROPOSED_PHRASE_TOKENS = 10
#: endings of an adjective before a method head word ("a practical approach", "an adaptive scheme"); words in
#: -val/-sal are nouns ("a retrieval module")
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "able", "ible", "ed")
_NOUN_AL_ENDINGS = ("val", "sal")
_OPEN_QUOTES = frozenset({'"', "“"})
_BRACKETS = frozenset("()[]{}")
_CLOSE_QUOTES = frozenset({'"', "”"})


def head_noun_type(word: str, cues: NameCues) -> str | None:
    """The type a head noun names ("benchmark" -> Dataset, "model" -> Model, "metric" -> Metric, "task" -> Task)."""
    if word in cues.dataset_heads:
        return "Dataset"
    if word in cues.model_heads:
        return "Model"
    if word in cues.metric_nouns:
        return "Metric"
    if word in cues.method_heads:
        return "Method"
    if word in cues.task_heads:
        return "Task"
    return None


def _capitalised_compound(span: Span) -> bool:
    """Whether a glued compound joins capitalised words by hyphens ("Prov-Decode", "Fed-Cyclic"): the shape
    of a coined name when a describing phrase follows it ("Prov-Decode, a provenance-aware decoding strategy")."""
    words = [token for token in span if token.text != "-"]
    return (
        len(words) > 1
        and len(span) == 2 * len(words) - 1
        and all(token.is_alpha and token.text[:1].isupper() for token in words)
    )


def _stop_word(token: Token, cues: NameCues) -> bool:
    """Whether a word ends a describing phrase: a stop word, also capitalised in a Title Case title ("...
    Benchmark For Visual Reasoning")."""
    return token.text in cues.appositive_stops or (
        token.text[:1].isupper() and token.lower_ in cues.appositive_stops and not token.is_sent_start
    )


def appositive_type(doc: Doc, end: int, cues: NameCues) -> str | None:
    """Type of the name ending at ``end`` from the phrase that describes it (pure).

    "X, a super-resolution benchmark for ...", "X, an interpretable metric
    that ...", "X: A Scene Graph Dataset for ..." (a title), "X is a 7B
    model": the phrase after a comma, dash or "is" that starts with an
    article (after a colon also without one, unless it starts with an "-ing"
    or "-ly" word) is read up to a stop word ("for", "that", "with", ...)
    or a participle ("trained"), and its last word, when a head noun, gives
    the type. None when there is no such
    phrase or it has no head noun.
    """
    if end >= len(doc) or doc[end].text not in cues.appositive_starts:
        return None
    index = end + 1
    limit = min(len(doc), index + _APPOSITIVE_WORDS)
    while index < limit and (doc[index].text in cues.appositive_skip or cues.markup.match(doc[index].text)):
        index += 1
    if index == end + 1 and (
        doc[end].text != ":" or index >= len(doc) or doc[index].lower_.endswith(("ing", "ly")) or doc[index].is_stop
    ):
        return None  # "X, which ...", "X is trained": no describing noun phrase; "X: Uncovering ..." neither
    first = index
    limit = min(len(doc), limit + 4)  # room for hyphen compounds
    while index < limit:
        token = doc[index]
        if token.text == "-" and _in_compound(doc, index - 1):
            limit = min(len(doc), limit + 2)  # "a state-of-the-art open-source omni-modal model": words, not pieces
        elif token.text == "(" and (close := _short_form_close(doc, index, cues)) is not None:
            index = close + 1  # "a chest X-ray (CXR) foundation model": a short form inside the phrase
            continue
        after_head = (  # a head word closes the phrase, unless it ends a compound modifier ("Multi-Agent Generated")
            index > first and head_noun_type(doc[index - 1].text, cues) is not None and not _in_compound(doc, index - 1)
        )
        if (
            (_stop_word(token, cues) and not _in_compound(doc, index))
            or token.is_sent_start
            or (  # "a model conditioned on", "Language Models Based on"; not "a transformer-based model"
                index > first
                and token.lower_.endswith("ed")
                and not _in_compound(doc, index)
                and (after_head or (token.is_lower and not _modifier_before_head(doc, index, cues)))
            )
            or (  # "the first plant counting benchmark incorporating ...", not "a model merging framework"
                after_head
                and token.lower_.endswith("ing")
                and not (index + 1 < len(doc) and head_noun_type(doc[index + 1].text, cues))
            )
            or (after_head and _participle_compound(doc, index))  # "a 7B open-source model fine-tuned with ..."
            or (  # "the first backdoor attack targeting MDE models": a verb after the phrase's noun, no modifier
                index > first + 1
                and token.is_lower
                and token.lower_.endswith("ing")
                and not _in_compound(doc, index)
                and token.text.capitalize() not in cues.method_heads  # "an omni-modal embedding foundation model"
                and doc[index - 1].is_lower
                and not (index + 1 < len(doc) and head_noun_type(doc[index + 1].text, cues))
                and not (index + 1 < len(doc) and doc[index + 1].lower_ in {"and", "or", ","})
            )
        ):
            break
        index += 1
    last = index - 1
    if last - 3 >= first and doc[last].text == ")" and doc[last - 2].text == "(" and not _suffixed(doc, index, cues):
        # "a vision-language model (VLM) designed to ...": the head is before the short form; not "a large
        # multimodal model (LMM) based approach", whose "based" makes it a modifier
        last -= 3
    if (
        last > first
        and doc[last].is_lower
        and doc[last].lower_.endswith("ly")
        and head_noun_type(doc[last].text, cues) is None  # not "family"
    ):
        last -= 1  # "an efficient 2.6B-parameter open-source world model natively trained for ..."
    label = head_noun_type(doc[last].text, cues) if index > first else None
    if label is None and index > first:
        label = _coordinated_head_type(doc, index, limit + 4, cues)
    return label


def _coordinated_head_type(doc: Doc, index: int, limit: int, cues: NameCues) -> str | None:
    """The type of the head noun after modifiers joined by "and", "or" or commas, from ``index`` on: "a more
    realistic and challenging benchmark for ...", "a large-scale, high-difficulty, and cross-disciplinary
    evaluation suite composed of ..." (a participle after the head ends the phrase)."""
    for _ in range(3):
        if index >= len(doc) or doc[index].lower_ not in {"and", "or", ","}:
            return None
        comma = doc[index].text == ","
        start = index = index + 1 + (index + 1 < len(doc) and comma and doc[index + 1].lower_ in {"and", "or"})
        if comma and start < len(doc) and doc[start].lower_.endswith(("ing", "ed")):
            return None  # "..., allowing the model to ...": a clause, no modifier
        while index < min(limit, len(doc)) and not _stop_word(doc[index], cues) and not doc[index].is_sent_start:
            if doc[index].text in cues.appositive_skip:
                return None  # "..., the model ...": a new phrase
            if index > start and head_noun_type(doc[index - 1].text, cues) and doc[index].lower_.endswith("ed"):
                break  # "... evaluation suite composed of"
            index += 1
        if index > start and (label := head_noun_type(doc[index - 1].text, cues)) is not None:
            return label
    return None


_INITIALS_SKIPPED = frozenset({"of", "and", "for", "via", "with", "in", "on", "the", "a", "an", "to", "by", "from"})


def initials_spell(short: str, long_text: str) -> bool:
    """Whether the word initials of ``long_text`` spell ``short`` (pure; stricter than Schwartz-Hearst).

    Every word gives its initial, and may add the initials of its
    hyphen-joined parts ("Organ-Wise" gives O or OW); a connector word
    ("of", "for", ...) may give nothing; the last word gives the last letter.

    >>> initials_spell("PVPO", "Pre-Estimated Value-Based Policy Optimization")
    True
    >>> initials_spell("ODG", "Occupancy Prediction Using Dual")
    False
    >>> initials_spell("VISTA", "Vision-Language Imitation of Situational Thinking and")
    False
    """
    letters = [ch.lower() for ch in short if ch.isalnum()]
    words = [[part for part in word.split("-") if part] for word in long_text.split()]
    words = [parts for parts in words if parts]
    if words and len(words[-1]) == 1 and words[-1][0].lower() in _INITIALS_SKIPPED:
        return False  # "VISTA: Vision-Language Imitation of Situational Thinking and Attention": not "... and"
    reachable = {0}
    for index, parts in enumerate(words):
        initials = [part[0].lower() for part in parts]
        following: set[int] = set()
        for position in reachable:
            if parts[0].lower() in _INITIALS_SKIPPED and index < len(words) - 1:
                following.add(position)  # a connector gives nothing
            if position < len(letters) and initials[0] == letters[position]:
                following.add(position + 1)
                taken = position + 1
                for initial in initials[1:]:  # "Organ-Wise": O, then W
                    if taken < len(letters) and initial == letters[taken]:
                        taken += 1
                        following.add(taken)
                    else:
                        break
        reachable = following
        if not reachable:
            return False
    return len(letters) in reachable


_NAMED_HEAD_WINDOW = 14


def named_head_type(doc: Doc, cue: int, cues: NameCues) -> str | None:
    """Type of the name after a naming cue from the noun phrase the cue follows (pure).

    "a benchmark dataset, termed HARDVS 2.0", "a large-scale dataset for
    multi-modal pretraining, called ImageNeXt", "the resulting algorithm,
    named SELM": the phrase starts at the nearest article before the cue and
    is read up to its first stop word ("for", "with", ","); its last word,
    when a head noun, gives the type. None without an article in reach
    ("trained with a loss termed X" has the phrase "a loss": no head noun).
    """
    start = cue - 1
    lowest = max(0, cue - _NAMED_HEAD_WINDOW)
    while start >= lowest and doc[start].lower_ not in cues.appositive_skip:
        if doc[start].is_sent_start or doc[start].text in _BRACKETS:
            start = lowest - 1
            break
        start -= 1
    if start < lowest:  # no article: the word right before the cue ("... dataset called IIAEData")
        previous = cue - 1 if cue > 0 and doc[cue - 1].text != "," else cue - 2
        return head_noun_type(doc[previous].text, cues) if previous >= 0 else None
    index = start + 1
    while index < cue and (doc[index].text not in cues.appositive_stops or _in_compound(doc, index)):
        index += 1
    return head_noun_type(doc[index - 1].text, cues) if index > start + 1 else None


def _after_parenthesis(doc: Doc, index: int) -> int:
    """The index after a short parenthesis ("(LLM-KICK)", or a spelled-out long form: "(AGI-Oriented Testbed
    for Logical Application in Science)") that starts at ``index``, else ``index``."""
    if index >= len(doc) or doc[index].text != "(":
        return index
    for close in range(index + 1, min(len(doc), index + 14)):
        if doc[close].text == ")":
            return close + 1
        if doc[close].text == "(" or doc[close].is_sent_start:
            break
    return index


def _short_form_close(doc: Doc, index: int, cues: NameCues) -> int | None:
    """The index of ")" when ``doc[index]`` opens a parenthesised short form of one token ("(CXR)") of a
    description ("a chest X-ray (CXR) foundation model"), not of a name in Title Case ("our proposed Dynamic
    Gaussian Surfels (DGS) technique", which the phrase then describes instead) unless a dataset or model head
    noun follows it ("the first Emotionally Supportive Role-Playing (ESRP) dataset": a dataset)."""
    if not (index + 2 < len(doc) and doc[index + 2].text == ")" and is_coined(doc[index + 1].text)):
        return None
    if all(token.text[:1].isupper() or not token.is_alpha for token in doc[max(0, index - 3) : index]):
        following = head_noun_type(doc[index + 3].text, cues) if index + 3 < len(doc) else None
        return index + 2 if following in ("Dataset", "Model") else None
    return index + 2


def _suffixed(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether ``doc[index]`` is a modifier suffix written apart ("(LMM) based", "(RL) driven")."""
    return index < len(doc) and doc[index].lower_ in cues.suffix_stoplist


def _participle_compound(doc: Doc, index: int) -> bool:
    """Whether a hyphen compound ending in a participle starts at ``index`` ("fine-tuned", "pre-trained")."""
    return (
        index + 2 < len(doc)
        and doc[index].is_lower
        and hyphen_glued(table(doc), index + 2)
        and doc[index + 2].lower_.endswith("ed")
    )


def _in_compound(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is glued into a hyphen compound ("Chain-of-Thought", "Large-Scale")."""
    token = doc[index]
    before = index > 0 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_
    after = index + 1 < len(doc) and doc[index + 1].text == "-" and not token.whitespace_
    return before or after


#: ``doc.user_data`` key: token ranges of candidates whose type is only the default guess.
WEAK_TYPES = "cg_weak_types"


def guess_type(doc: Doc, start: int, end: int, cues: NameCues) -> str:
    """Type of an unknown name from its own shape and the words around it (pure)."""
    return typed_guess(doc, start, end, cues)[0]


def after_task_of(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether the name starting at ``start`` follows "task of" / "problem of" ("the task of Memorability Feedback")
    or names a task setting: "a new task setting, termed X", "a problem called X", "the X task setting", or stands
    in apposition right after a task noun that an article or a quality word opens ("we introduce the novel task
    Domain Generalization for LiDAR Semantic Segmentation under Noisy Labels (DGLSS-NL)"; not "multi-task X")."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in cues.task_of_nouns:
        return True
    if start >= 2 and doc[start - 1].lower_ in cues.task_setting_nouns and doc[start - 1].whitespace_:
        before = doc[start - 2]
        if before.is_alpha and (before.is_stop or before.lower_ in cues.task_modifier_stoplist) and before.whitespace_:
            return True
    index = start - 1
    while index >= 0 and (doc[index].text in {",", '"', "“"} or doc[index].lower_ in cues.naming_cues):
        index -= 1
    return 0 <= index < start - 1 and doc[index].lower_ in cues.task_setting_nouns


def typed_guess(doc: Doc, start: int, end: int, cues: NameCues) -> tuple[str, bool]:
    """``(type, evidence)``: the guessed type and whether anything in the text supports it.

    Without support (no head word, no shape) the type is Method, the most
    common type of an unknown name, and ``evidence`` is False.
    """
    text = doc[start:end].text
    if after_task_of(doc, start, cues):
        return "Task", True
    if end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].lower_ in cues.benchmark_subtitle_starts:
        return "Dataset", True  # "CC-OCR V2: Benchmarking Large Multimodal Models for ..."
    # "\\textbf{FooNet}, a new model": the context starts after the closing brace; "REVEAL{}, a diagnostic
    # benchmark": after an empty pair of braces (a LaTeX macro's)
    after = end + 1 if end < len(doc) and cues.markup.match(doc[end].text) else end
    if [token.text for token in doc[after : after + 2]] == ["{", "}"]:
        after += 2
    after = _after_parenthesis(doc, after)  # "X (LLM-KICK), a collection of ...": read past the short form
    label = appositive_type(doc, after, cues)
    if label is None:
        label = _second_appositive_type(doc, after, cues)
    if label is None and _participle_after(doc, after, cues):
        return "Model", True  # "We also build HSKAgent, fine-tuned on 10K learner compositions"
    # "Foo-7B, a framework": a model; "XTC-Bench, an evaluation framework": a benchmark
    if label == "Method" and doc[end - 1].text in cues.model_heads and end - start > 1:
        return "Model", True  # "the Separable Learning Vision Model (SLVM), a ... framework": a model all the same
    if label is not None and not (label == "Method" and (cues.model_shape.match(text) or text.endswith("Bench"))):
        return label, True
    last = doc[end - 1].text
    window = []
    for token in doc[after : min(after + 4, len(doc))]:
        if token.text == "to" or token.lower_ in cues.appositive_stops:
            break  # "(PAA) to model ...": a verb, no head word; "X on a benchmark of ...": not X's head
        if token.text not in {",", "a", "an", "the", "new", "novel"}:
            window.append(token.text)
    before = [t.text for t in doc[max(0, start - 3) : start] if t.text not in {",", '"', "“"}]
    for position, word in enumerate(window[:2] + before[-1:]):
        if word in cues.dataset_heads:
            return "Dataset", True
        if word in cues.model_heads and not (position == 0 and word.endswith("s") and word[:1].islower()):
            return "Model", True  # not "to train NormFormer models": the models built with a name say nothing of it
        if word in cues.method_heads:
            return "Method", True
    if last in cues.dataset_heads or text.endswith(("Bench", "QA")):
        return "Dataset", True
    if text.endswith(cues.dataset_name_endings) and not (end < len(doc) and doc[end].text == ":"):
        return "Dataset", True  # "a test called SectEval"; a title's "FooEval: ..." may name an evaluation method
    if cues.count_suffix.match(text.replace(" ", "")):
        return "Dataset", True  # "COMPASS-20K", "JMaze-200K"
    if cues.model_shape.match(text) or cues.size_suffix.match(last):
        return "Model", True
    if any(cues.parameter_count.match(token.text) for token in doc[start:end]):
        return "Model", True  # "Light-R1-14B-DS": a parameter count inside the name
    base, _, size = text.split(" ")[-1].rpartition("-")
    if size in cues.model_size_parts and is_coined(base):
        return "Model", True  # "LlamaGen-XL", "Foo-Large": a model's size variant
    if end - start > 1 and last in cues.metric_heads:
        return "Metric", True  # "the Wasserstein Distance", "Structural Similarity Index"
    if text.endswith(("LLM", "LM", "GPT", "BERT")):
        return "Model", False  # only the letters say so: what the text says about the name wins
    return "Method", False


def _second_appositive_type(doc: Doc, end: int, cues: NameCues) -> str | None:
    """Type from a describing phrase after a spelled-out name between commas: "LOCORE, Long-Context Re-ranker,
    a model that ..." (the capitalised words between the commas are the name's long form)."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    index = end + 1
    while index < min(len(doc), end + 8) and (
        is_capitalised(doc[index])
        or is_coined(doc[index].text)
        or (doc[index].text == "-" and index > end + 1)
        or hyphen_glued(table(doc), index)  # "Re-ranker"
    ):
        if doc[index].is_sent_start:
            return None
        index += 1
    if index == end + 1 or index >= len(doc) or doc[index].text != ",":
        return None
    return appositive_type(doc, index, cues)


def _modifier_before_head(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether the "-ed" word at ``index`` is an adjective of the phrase's head ("the first MLLM-based unified
    change detection model", "a carefully curated benchmark"): a head noun follows within four words, with no
    stop word between ("a model trained on ..." is a participle after its head)."""
    for following in doc[index + 1 : min(len(doc), index + 5)]:
        if following.text in cues.appositive_stops or following.is_sent_start:
            return False
        if head_noun_type(following.text, cues) is not None:
            return True
    return False


def _participle_after(doc: Doc, end: int, cues: NameCues) -> bool:
    """Whether ", fine-tuned ..." / ", pretrained ..." follows a name: what is fine-tuned is a model."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    return _trained_word(doc, end + 1, cues)


def _trained_word(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether a participle of training starts at ``index`` ("fine-tuned", "pretrained", "trained")."""
    word = doc[index].lower_
    if index + 2 < len(doc) and doc[index + 1].text == "-" and not doc[index].whitespace_:
        word = f"{word}-{doc[index + 2].lower_}"
    return (word in cues.model_verbs or word in author_cues().training_verbs) and word.endswith("ed")


def _after_trained_opening(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether the name at ``start`` is the subject after an opening participle of training: "Trained on this
    scaled-up data, ScaleCUA can operate ...", "Fine-tuned on X, FooLM reaches ..."."""
    if start < 3 or doc[start - 1].text != ",":
        return False
    tokens = table(doc)
    index = tokens.sentence_start(start - 2)
    if "," in tokens.text[index + 1 : start - 1]:
        return False
    return doc[index].is_sent_start and _trained_word(doc, index, cues)


def _glued_lowercase_part(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether lowercase token ``index`` ends a hyphen compound that starts with a capitalised word
    ("object" in "Human-object Interaction")."""
    token = doc[index]
    return (
        token.is_alpha
        and token.is_lower
        and hyphen_glued(table(doc), index)
        and is_capitalised(doc[index - 2])
        and not is_coined(doc[index - 2].text)  # "TREESYNTH-balanced datasets": a modifier of the name
        and not doc[index - 2].is_sent_start  # "Self-adaptive Dataset Construction ..." (a title's first word)
        and token.lower_ not in cues.suffix_stoplist
        and not token.is_sent_start
        and not doc[index - 1].is_sent_start
    )


def _acronym_modifier(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether a short acronym (up to four capitals) modifies the lowercase noun after it ("on UI navigation
    and robotic manipulation tasks", "93.42% on WLI modality,", "on HCC diagnosis and captioning"): it names
    a kind of thing (an interface, an imaging mode, a disease), not a dataset. The noun closes the phrase (a
    punctuation mark, "and"/"or", a task head or the end follows it), so a verb after a dataset ("on MPDD
    demonstrate the ...", "on DFDC reveals catastrophic ...") is no such noun; and a phrase that reaches a
    dataset head ("on DTU reconstruction benchmarks", "on TCGA breast, lung, and kidney cancer datasets")
    keeps the acronym a dataset."""
    text = doc[start:end].text
    if not (
        end - start == 1
        and text.isalpha()
        and text.isupper()
        and len(text) <= 4
        and modifies_next(doc, end, cues, participles=("ing", "ed"))
    ):
        return False
    after = end + 1
    if after < len(doc) and not doc[after].is_sent_start:
        closing = doc[after].is_punct or doc[after].lower_ in {"and", "or"} or doc[after].lower_ in cues.task_heads
        if not closing:
            return False
    return not _reaches_dataset_head(doc, end, cues)


def _reaches_dataset_head(doc: Doc, index: int, cues: NameCues, limit: int = 8) -> bool:
    """Whether the noun phrase from ``index`` (lowercase words, commas, "and"/"or") ends in a dataset head
    within ``limit`` tokens ("breast, lung, and kidney cancer datasets")."""
    for token in doc[index : min(len(doc), index + limit)]:
        if token.is_sent_start and token.i > index:
            return False
        if token.text in cues.dataset_heads:
            return True
        if not (token.is_lower or token.text in {",", "and", "or"}):
            return False
    return False


def _plain_modifier(token) -> bool:
    """Whether a lowercase word may modify a head noun after it: no stop word ("and", "other") and no word in -s,
    which is a verb or a plural ("our SHIFT equips LLMs", "X outperforms models")."""
    return token.is_alpha and token.is_lower and not token.is_stop and not token.text.endswith("s")


def _looks_coined(text: str) -> bool:
    """A coined name with mixed case or a digit ("DictaBERT", "TRLM-Ba", "Qwen2"), or an acronym of 4+ letters."""
    letters = [ch for ch in text if ch.isalpha()]
    mixed = any(ch.isupper() for ch in letters) and any(ch.islower() for ch in letters)
    return mixed or any(ch.isdigit() for ch in text) or len(letters) >= 4


class NamePatterns:
    """Add candidates for unknown names found by shape and context cues."""

    def __init__(self, cues: NameCues, authors: AuthorCues):
        self.cues = cues
        self.propose_verbs = authors.propose_verbs
        self.author_words = authors.author_words
        self.training_verbs = authors.training_verbs  # "we train YOLOv11 for ...": what is trained is a model

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, str, str | None]] = []
        found.extend(self._title_name(doc))
        found.extend(self._title_tasks(doc))
        found.extend(self._title_methods(doc))
        cues = self.cues
        tokens = table(doc)
        prose_start = title_token_end(doc)
        metric_ends = {span.end for span in doc.spans.get(CANDIDATES, []) if span.label_ == "Metric"}
        curated: set[tuple[int, int]] = set()  # names after "we curate / collect / annotate"
        size = len(tokens)
        for index, (text, lower) in enumerate(zip(tokens.text, tokens.lower, strict=False)):
            # in a Title Case title every word is capitalised: a name there is one word ("... Trained FooNet for ...")
            prose = index >= prose_start
            if prose and text[:1].isupper() and doc[index].is_sent_start:
                found.extend(self._subject_task(doc, index))
            if prose and text[:1].isupper() and (text in cues.method_heads or lower in cues.method_part_heads):
                found.extend(self._capitalised_method(doc, index))
            if lower in self.propose_verbs and index + 1 < size and not hyphen_glued(tokens, index):
                if lower.endswith("ing"):  # "designing DNA sequences", "Developing Foundation Models for ..."
                    proposed = [
                        item
                        for item in self._after(doc, index + 1, "propose", allow_plain=False)
                        if not self._modifies_next(doc, item[1])
                    ]
                else:
                    proposed = list(self._after(doc, index + 1, "propose", allow_plain=True, multiword=prose))
                    if prose and not proposed:
                        proposed = list(self._proposed_phrase(doc, index + 1))
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
                found.extend(self._proposed_phrase(doc, index - 1))  # "... incorporates a novel X loss"
            elif lower in cues.naming_cues:
                named = named_head_type(doc, index, cues)
                found.extend(self._after(doc, index + 1, "naming", allow_plain=True, multiword=prose, label=named))
            elif lower in cues.comparison_markers:
                found.extend(self._after(doc, index + 1, "compare", allow_plain=False))
            elif text in cues.dataset_heads:
                found.extend(self._dataset_around(doc, index))
                found.extend(self._parenthesised_list(doc, index))
            elif "-" in text and cues.model_shape.match(text):
                # not "VidChapters-7M benchmark"
                if not (index + 1 < size and tokens.text[index + 1] in cues.dataset_heads):
                    start = self._glued_start(doc, index)  # "MT-R1-" + "Zero-7B"
                    found.append((start if doc[start].text[:1].isupper() else index, index + 1, "model-shape", "Model"))
            elif cues.parameter_count.match(text) and hyphen_glued(tokens, index):
                found.extend(self._sized_name(doc, index))  # "SAIL-VL2-2B", "Light-R1-14B-DS"
            elif lower in cues.task_phrase_heads and text == lower:
                found.extend(self._task_phrase(doc, index))
            elif lower in cues.task_of_nouns and prose:
                found.extend(self._task_of_phrase(doc, index))
            if index + 1 < size and self._model_verb(tokens, index, lower):
                found.extend(self._model_after(doc, index + 1, whole=lower in self.training_verbs))
            plural = lower.endswith("s") and not lower.endswith(("us", "ss"))  # "models", not "corpus"
            plural_clause = plural and index + 1 < size and tokens.text[index + 1] == ","
            if plural_clause or (index + 1 < size and tokens.text[index + 1] == "," and self._introductory(doc, index)):
                pass  # "On the 750M model, RefineX yields ...": the comma closes an opening phrase, no appositive
            elif lower in self.cues.naming_heads and index + 1 < size and not self._verb_use(doc, index):
                # not "across multiple models, AlphaApollo delivers ...": a comma after a plural ends its phrase
                label = self.cues.naming_heads[lower]
                found.extend(self._after(doc, index + 1, "head-name", allow_plain=False, label=label))
            if text == "," and index + 1 < len(doc) and _after_trained_opening(doc, index + 1, cues):
                found.extend(self._model_after(doc, index + 1))  # "Trained on this data, ScaleCUA can ..."
            if (text == "," or lower == "is") and index > 0:
                found.extend(self._appositive_name(doc, index))
            elif lower == "on" and index > 0:
                found.extend(self._evaluated_on(doc, index, metric_ends))
            elif text.endswith(cues.dataset_name_endings) and len(text) > 4 and is_coined(text) and text.isalnum():
                # "StreamingBench", "TallyQA"; "T2I CompBench" with its spaced acronym
                found.append((self._prefixed_start(doc, index), index + 1, "dataset-head", "Dataset"))
            if lower in cues.head_before_words:
                found.extend(self._around_head(doc, index, cues.naming_heads[lower]))
            elif text in cues.model_heads and text.endswith("s"):
                found.extend(self._family_before_models(doc, index))
            elif lower in cues.example_markers:
                found.extend(self._examples(doc, index))
        found.extend(self._metric_phrases(doc))
        found = [self._split_glued_short_form(doc, *item) for item in found]
        self._title_acronym_pair(doc)
        spans = list(doc.spans.get(CANDIDATES, []))
        weak = doc.user_data.setdefault(WEAK_TYPES, set())
        stated = {(start, end): label for start, end, cue, label in found if label is not None and cue in _STATING_CUES}
        for start, end, cue, label in found:
            if label is None:
                label, supported = typed_guess(doc, start, end, self.cues)
                if not supported and (start, end) in stated:
                    # "we train YOLOv11 for ...": another cue at the same name states its type
                    label, supported = stated[(start, end)], True
                if not supported and (start, end) in curated:
                    label, supported = "Dataset", True  # "we curate COMPASS-20K spanning ..."
                if not supported:
                    weak.add((start, end))
            span = Span(doc, start, end, label=label)
            set_evidence(span, cue)
            spans.append(span)
        doc.spans[CANDIDATES] = spans
        return doc

    def _sized_name(self, doc: Doc, size: int):
        """A hyphenated name whose parameter count is a part of its own ("SAIL-VL2-2B", "Light-R1-14B-DS"): a
        Model, from its first glued part (capitalised or coined) to the count; later glued parts join it when the
        name grows. Not before a dataset head word."""
        start = self._glued_start(doc, size)
        first = doc[start].text
        if start == size or not (first[:1].isupper() and sum(ch.isalpha() for ch in first) > 1):
            return
        if size + 1 < len(doc) and doc[size + 1].text in self.cues.dataset_heads:
            return
        yield start, size + 1, "model-shape", "Model"

    def _capitalised_method(self, doc: Doc, head: int):
        """A run of capitalised words in running text that ends in a capitalised method head word: the name of a
        method or of a part of one ("a Body Part Consistency Module", "the Policy Correction Mechanism", "Random
        Memory Rehearsal", "Frequency-aware Token Matching"), with a lowercase part word after it ("a Panoramic
        Depth Fusion module"). Two words at least (a glued compound is one), three when the head is a broad
        method word ("Multimodal Fusion Transformer", not "Vision Transformer"); not from the first word of a
        sentence, not when more capitalised words follow, not when every word before the head is a quality word,
        not a class of systems ("GUI Agent"), and not over a known name of another type that ends with it ("Video
        Question Generation", "Video Swin Transformer")."""
        cues = self.cues
        following = doc[head + 1] if head + 1 < len(doc) else None
        if following is not None and (
            following.text[:1].isupper() or (following.text == "-" and not doc[head].whitespace_)
        ):
            return
        if doc[head].lower_ in cues.long_form_class_heads:
            return
        start, words = head, 1
        tokens = table(doc)
        while start > 0 and words < 6:
            previous = doc[start - 1]
            glued = start >= 3 and doc[start - 2].text == "-" and hyphen_glued(tokens, start - 1)
            if glued and doc[start - 3].text[:1].isupper():
                start -= 3  # "Vision-Language", "Frequency-aware"
            elif previous.is_alpha and previous.text[:1].isupper() and previous.lower_ not in cues.title_function_words:
                start -= 1
            else:
                break
            words += 1
        while start < head and doc[start].is_sent_start:
            start += 1  # "Dynamic Token Pruning is ...": a capitalised first word says nothing
            words -= 1
        least = 2 if doc[head].lower_ in cues.method_part_heads else 3  # "Vision Transformer" names a kind
        if words < least or start == head or doc[start].is_sent_start:
            return
        if start > 0 and doc[start - 1].text in {"-", "/"} and not doc[start - 1].whitespace_:
            return  # "Parameter-Efficient Fine-Tuning": a piece of a longer compound
        if (following is not None and following.text == "(") or after_task_of(doc, start, cues):
            return  # a long form before its short form is typed with the pair; "the task of Memorability Feedback"
        if all(token.lower_ in cues.task_modifier_stoplist or token.text == "-" for token in doc[start:head]):
            return  # "Efficient Attention", "Novel Framework": no name
        if any(
            span.end == head + 1 and span.label_ != "Method" and get_evidence(span).startswith("lexicon")
            for span in doc.spans.get(CANDIDATES, [])
        ):
            return
        end = head + 1
        if following is not None and following.text in cues.name_part_nouns:
            end += 1  # "a Panoramic Depth Fusion module"
        yield start, end, "capitalised-run", "Method"

    def _glued_start(self, doc: Doc, index: int) -> int:
        """The first of the word parts glued by hyphens before token ``index`` ("Light" + "-R1" + "-14B"), not
        over a suffix word ("instruction-tuned")."""
        start = index
        while (
            start >= 2
            and doc[start - 1].text == "-"
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
            and doc[start - 2].text.isalnum()
            and doc[start - 2].lower_ not in self.cues.suffix_stoplist
        ):
            start -= 2
        return start

    def _verb_use(self, doc: Doc, head: int) -> bool:
        """Whether a dataset head word is used as a verb: "we benchmark X", "to benchmark X", "systematically
        benchmark X"."""
        if head == 0 or doc[head].lower_ not in self.cues.evaluation_verbs:
            return False
        before = doc[head - 1].lower_
        return before in self.author_words or before == "to" or (before.endswith("ly") and doc[head - 1].is_alpha)

    def _introductory(self, doc: Doc, index: int) -> bool:
        """Whether token ``index`` ends an opening prepositional phrase of its sentence ("For image classification
        on the ImageNet-1K dataset, ...", "On the 750M model, ..."): the sentence starts with a preposition and no
        comma comes between."""
        tokens = table(doc)
        start = tokens.sentence_start(index)
        if "," in tokens.text[start:index]:
            return False
        first = doc[start]
        return first.is_alpha and first.lower_ in self.cues.appositive_stops and start < index

    def _metric_phrases(self, doc: Doc):
        """A known lowercase metric grown left over the noun that says what it measures: "detection accuracy",
        "pose estimation accuracy", "patch-level accuracy", "segmentation success rate".

        The noun is a task head or another nominal word ("-tion", "-sion",
        "-ment": "alignment accuracy"), or a "-level" compound;
        one more lowercase modifier may come before a nominal word ("surface
        reconstruction accuracy"), never a verb or a quality word ("improves
        detection accuracy", "high detection accuracy": those are no part of the
        name, nor are "average", "state-of-the-art" ... before the bare metric).
        Only a generic measure whose meaning depends on what it measures grows
        ("accuracy", "error", "success rate": the nouns that make a task before
        them attributive); "language modeling perplexity" is perplexity on a task.
        """
        candidates = doc.spans.get(CANDIDATES, [])
        metrics = [
            span
            for span in candidates
            if span.label_ == "Metric"
            and get_evidence(span).startswith("lexicon")
            and span.text.islower()
            and span[-1].lower_ in self.cues.task_attributive_nouns  # "accuracy", "error rate"; not "perplexity"
            and span.start > 0
            and not doc[span.start].is_sent_start
        ]
        if not metrics:
            return
        for metric in metrics:
            if self._valued(doc, metric.start, metric.end):
                continue  # "90.9% classification accuracy": the number reader weighs the words before the metric
            start = self._metric_modifier_start(doc, metric.start)
            if start < metric.start:
                yield start, metric.end, "metric-phrase", "Metric"

    def _valued(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a number is reported with the metric in ``doc[start:end]``: right before its modifier
        ("90.9% classification accuracy") or after it ("band alignment accuracy of 0.958"). Those metrics are
        left as the lexicon found them, for the number reader (claims), which tells a neutral modifier
        ("classification accuracy" is accuracy) from a qualifier ("band alignment accuracy" binds no number)."""
        lowest = max(0, start - 3)
        while lowest < start and any(doc[index].is_sent_start for index in range(lowest + 1, start + 1)):
            lowest += 1  # not across a sentence start
        if any(doc[index].like_num or doc[index].text == "%" for index in range(lowest, start)):
            return True
        after = end
        while after < len(doc) and after - end < 3 and doc[after].lower_ in self.cues.metric_value_connectors:
            after += 1
        return after < len(doc) and (doc[after].like_num or doc[after].text[:1].isdigit())

    def _metric_modifier_start(self, doc: Doc, start: int) -> int:
        """The start of the modifiers that say what the metric at ``start`` measures (``start``: none)."""
        cues = self.cues
        word = doc[start - 1]
        if ends_hyphen_compound(doc, start) and word.lower_ == "level":
            return start - 3  # "patch-level accuracy"
        if not (word.is_alpha and word.is_lower and not word.is_stop and word.whitespace_):
            return start
        if hyphen_glued(table(doc), start - 1):
            return start  # "question-answering accuracy": the accuracy of a task said as a compound
        if word.lower_ not in cues.metric_modifier_heads and not word.lower_.endswith(
            _NOMINAL_ENDINGS + _MEASURED_ENDINGS
        ):
            return start
        if word.lower_ in cues.task_modifier_stoplist or word.is_sent_start:
            return start
        first = start - 1
        if word.lower_ not in cues.metric_modifier_heads and word.lower_.endswith(_MEASURED_ENDINGS):
            return first  # "diagnostic accuracy"; not "refine anatomical accuracy": an adjective takes no modifier
        before = doc[first - 1] if first > 0 else None
        if (
            before is not None
            and not word.is_sent_start
            and before.is_alpha
            and before.is_lower
            and len(before.text) > 2
            and not before.is_stop
            and before.lower_ not in cues.task_modifier_stoplist  # "improves", "enhance", "high"
            and not before.lower_.endswith(_NOT_MODIFIER_ENDINGS)  # "improves", "maximize", "lighting"
            and not hyphen_glued(table(doc), first - 1)  # "state-of-the-art recognition accuracy", "low-bit ..."
            and not (first >= 2 and (doc[first - 2].lower_ == "to" or doc[first - 2].lower_.endswith("ly")))
        ):  # "to affect calibration accuracy", "significantly influence recognition accuracy": a verb
            first -= 1  # "surface reconstruction accuracy", "semantic alignment accuracy"
        return first

    def _subject_task(self, doc: Doc, start: int):
        """A task phrase that opens a sentence as its subject: "Monocular 3D lane detection is challenging",
        "Offline handwritten signature verification aims to ...", "Accurate lung tumor segmentation (LTS) is
        ...". The phrase is a capitalised word and up to five lowercase words or glued compounds ("3D",
        "text-to-image"), its last word a task head, and a subject verb follows (after an optional short form
        in parentheses); leading quality words ("Accurate and reliable") are no part of it."""
        cues = self.cues
        if doc[start].is_stop:
            return  # "While 3D semantic segmentation is ...", "Both anomaly understanding and grounding are ..."
        heads = cues.task_phrase_heads | cues.task_subject_heads
        index, head = start, None
        while index < len(doc) and index - start < 9:
            token = doc[index]
            if token.lower_ in heads and (index == start or token.is_lower):
                head = index
                break
            glued = token.text == "-" and not token.whitespace_ and not doc[index - 1].whitespace_
            word = token.is_alpha and (token.is_lower or index == start) and not (token.is_stop and index > start)
            if not (word or glued or _in_compound(doc, index) or cues.dimension.match(token.text)):
                return
            index += 1
        if head is None or head == start:
            return
        after = _after_parenthesis(doc, head + 1)
        if after >= len(doc) or doc[after].lower_ not in cues.task_subject_verbs:
            return
        while start < head and (doc[start].lower_ in cues.task_modifier_stoplist or doc[start].lower_ in {"and", ","}):
            if _in_compound(doc, start):
                break  # "Low-light novel view synthesis", "Fine-grained visual reasoning": a compound stays whole
            start += 1
        if start < head and doc[start].lower_ not in cues.not_name_starts and not doc[start].lower_.endswith("ly"):
            yield start, head + 1, "task-phrase", "Task"

    def _parenthesised_list(self, doc: Doc, head: int):
        """Names listed in parentheses after a plural dataset head: "three datasets (MORPH Album 2, CACD-VS
        and FG-NET)", "benchmarks (e.g., S3DIS or ScanNet)". Every member must be a name ("datasets (quite
        hard)", "(21M samples)" give none)."""
        if head + 2 >= len(doc) or doc[head + 1].text != "(" or not self._plural_head(doc, head):
            return
        index = head + 2
        while index < len(doc) and doc[index].lower_ in self.cues.list_openers:
            index += 1
        items = []
        while index < len(doc) and len(items) < 8 and not doc[index].is_sent_start:
            end = name_end(doc, index, self.cues, allow_plain=True, multiword=True)
            if end == index or "$" in doc[index:end].text:
                return
            items.append((index, end))
            index = end
            while index < len(doc) and doc[index].lower_ in {",", ";", "and", "or"}:
                index += 1
            if index < len(doc) and doc[index].text == ")":
                for start, stop in items:
                    yield start, stop, "dataset-head", "Dataset"
                return
            if index == end:
                return

    def _modifies_next(self, doc: Doc, end: int) -> bool:
        """Whether the name ending at ``end`` modifies the word after it: a lowercase word, a capitalised
        word (a Title Case phrase) or a generic acronym ("DNA sequences", "Arabic LLMs", "REACT 2025 challenge")."""
        if end >= len(doc) or doc[end].is_sent_start or not doc[end].text[:1].isalpha():
            return False
        following = doc[end].text
        title_case = following[:1].isupper() and not following.isupper()
        return following.islower() or title_case or following in self.cues.acronym_stoplist

    def _model_verb(self, tokens: TokenTable, index: int, lower: str) -> bool:
        """Whether token ``index`` ends a model verb ("fine-tuned", "finetune", "pre-trained")."""
        word = f"{tokens.lower[index - 2]}-{lower}" if hyphen_glued(tokens, index) else lower
        return word in self.cues.model_verbs or word in self.training_verbs

    def _model_after(self, doc: Doc, index: int, *, whole: bool = False):
        """A coined name right after a model verb: "we fine-tune YOLOWorld", "a pretrained V-JEPA encoder".

        Articles may come between; short generic acronyms ("pretrained VLMs")
        and names glued into a longer compound ("CLIP-based") are no model names.
        """
        cues = self.cues
        while index < len(doc) and doc[index].lower_ in cues.appositive_skip:
            index += 1
        if index >= len(doc) or doc[index].is_sent_start:
            return
        end = name_end(doc, index, cues, allow_plain=False)
        if end == index or not is_coined(doc[index:end].text) or "$" in doc[index:end].text:
            return
        if doc[index:end].text in cues.acronym_stoplist or _BRACKETS.intersection(doc[index:end].text):
            return
        text = doc[index:end].text
        if text.isupper() and len(text) <= 4 and end < len(doc) and doc[end].is_lower:
            return  # "pretrained VLA policies": a short acronym that modifies a noun names a kind of model
        if end < len(doc) and doc[end].text in {"-", "/"} and not doc[end - 1].whitespace_:
            return  # "fine-tuned CLIP-based models": a modifier
        if end < len(doc) and doc[end].is_lower and doc[end].text in cues.model_heads and doc[end].text.endswith("s"):
            return  # "to train NormFormer models": models built with the name say nothing of it
        if whole and end < len(doc) and doc[end].is_alpha and doc[end].is_lower and not doc[end].is_stop:
            return  # "the trained AlloSpatial agents": after "train" the name must be the whole object
        yield index, end, "model-verb", "Model"

    def _evaluated_on(self, doc: Doc, on: int, metric_ends: set[int]):
        """Coined names after "experiments on", "fine-tuned on", "47.1 mIoU on": the datasets of the work.

        "Extensive experiments on HICO-DET and V-COCO", "fine-tuned on
        OAIZIB-CM, SKI-10". A name shaped like a model ("Foo-7B") is left
        to the other cues; a lexicon entry of another type wins later.
        """
        cues = self.cues
        if (
            doc[on - 1].lower_ not in cues.evaluated_on_words
            and on not in metric_ends
            and not self._verb_before(doc, on)
        ):
            return
        index = on + 1
        items: list[tuple[int, int, bool]] = []
        for _ in range(6):
            if index >= len(doc) or doc[index].is_sent_start:
                break
            end = name_end(doc, index, cues, allow_plain=False)
            if end == index or not doc[index].text[:1].isalnum():
                break  # "COCO-Things and -Stuff"
            if "$" in doc[index:end].text or _BRACKETS.intersection(doc[index:end].text):
                break
            if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                break  # "on RL-trained models": a modifier, not a name
            if _acronym_modifier(doc, index, end, cues):
                break  # "on UI navigation", "93.4% on WLI modality": what is evaluated is the noun's thing
            label, _ = typed_guess(doc, index, end, cues)
            items.append((index, end, label == "Model"))
            index = end
            while index < len(doc) and doc[index].text in {",", "and", "or"} and not doc[index].is_sent_start:
                index += 1
            if index == end:
                break
        known = {(span.start, span.end) for span in doc.spans.get(CANDIDATES, []) if span.label_ == "Model"}
        if any((start, end) in known for start, end, _ in items):
            # "experiments on DiT-XL/2, FLUX.1-dev, and Wan2.1": a list with a known model lists models
            for start, end, _ in items:
                if (start, end) not in known:
                    yield start, end, "list", "Model"
            return
        for start, end, model_shaped in items:
            if not model_shaped:  # "Foo-7B" is left to the other cues
                yield start, end, "dataset-head", "Dataset"

    def _verb_before(self, doc: Doc, on: int) -> bool:
        """Whether an evaluation verb stands up to five words before "on", with no punctuation between
        ("We evaluate Mastermind on CyberGym")."""
        for index in range(on - 1, max(-1, on - 6), -1):
            token = doc[index]
            if token.lower_ in self.cues.evaluation_verbs:
                return True
            if token.is_punct or token.is_sent_start:
                return False
        return False

    def _appositive_name(self, doc: Doc, index: int):
        """A coined name that a describing phrase after it types ("TabPFN, a transformer-based tabular
        foundation model", "DFlash, a leading draft model", "FooBench is a benchmark of ...")."""
        cues = self.cues
        last = doc[index - 1]
        glued = glued_extent(doc, index - 1, index, cues)[0]
        if (
            not is_coined(last.text)
            and not _capitalised_compound(doc[glued:index])
            and (not last.text[:1].isupper() or not any(is_coined(token.text) for token in doc[glued:index]))
        ):
            return  # "S3CE-Net is a ... model": the name is the whole glued compound; not "GenAI-benchmark"
        if self._introductory(doc, index - 1) and doc[index].text == ",":
            return  # "In GenAI-benchmark, our 2.7B model achieves ...": the comma closes an opening phrase
        if last.text in cues.acronym_stoplist or _BRACKETS.intersection(last.text):
            return
        if "$" in last.text or cues.markup.match(last.text):
            return  # LaTeX source ("$Δ$VLA")
        if doc[index].is_sent_start or (doc[index].text == "," and last.whitespace_):
            return
        start = glued_extent(doc, index - 1, index, cues)[0]
        if start > 0 and doc[start - 1].text in {"-", "/"} and not doc[start - 1].whitespace_:
            return
        label = appositive_type(doc, index, cues)
        if label is not None:
            yield start, index, "head-name", label

    @staticmethod
    def _title_acronym_pair(doc: Doc) -> None:
        """A title "ACRONYM: Long Form ..." defines the acronym like "Long Form (ACRONYM)" would.

        "OWT: A Foundational Organ-Wise Tokenization Framework for ...": the
        shortest run of subtitle words, starting within its first four words,
        whose initials spell the acronym (:func:`initials_spell`) is its long form;
        the pair joins ``doc._.abbreviations``. A long form never opens with a small word ("FIRE: A Dataset
        for Feedback Integration and Refinement Evaluation" is "Feedback Integration and Refinement
        Evaluation", "APRES: An Agentic Paper Revision and Evaluation System" drops "An").
        """
        title_end = title_token_end(doc)
        if len(doc) < 4 or doc[1].text != ":" or title_end <= 1:
            return
        short = doc[0].text
        if not (2 <= len(short) <= 8 and short.isupper() and short.isalnum() and short[0].isalpha()):
            return
        if any(pair[1].text == short for pair in doc._.abbreviations or ()):
            return  # the abstract defines it itself
        for start in range(2, min(6, len(doc))):
            if start >= title_end or doc[start].text[:1].lower() != short[0].lower():
                continue
            if doc[start].lower_ in name_cues().long_form_function_words:
                continue  # "FIRE: A Dataset for Feedback Integration and ...", "APRES: An Agentic ...": no first word
            for end in range(start + 1, min(start + 10, len(doc) + 1)):
                if end > title_end:
                    return
                if initials_spell(short, doc[start:end].text):
                    end = NamePatterns._title_words_after(doc, end, title_end)
                    if any(token.text == "," for token in doc[start:end]):
                        return  # "BAPPA: Benchmarking Agents, Plans, and Pipelines for ...": a list, no name
                    if end < title_end and any(t.lower_ in name_cues().title_goal_openers for t in doc[2:start]):
                        return  # "BLUE: Toward Better Language Use in Efficient ... Models for ...": a goal
                    if end - start > 1 and doc[end - 1].text != "-":
                        pairs = list(doc._.abbreviations or [])
                        pairs.append((doc[start:end], doc[0:1]))
                        doc._.abbreviations = sorted(pairs, key=lambda pair: pair[1].start)
                    return
            return

    @staticmethod
    def _title_words_after(doc: Doc, end: int, title_end: int) -> int:
        """Grow a title long form over the capitalised words that end its name ("PACT: Pruning and
        Clustering-Based Token Reduction for ..."), not over a head word of a description ("Framework");
        ``title_end`` is the first token after the title. Words grown over that modify a head word take
        it too ("MAKE: Multi-Aspect Knowledge-Enhanced Vision-Language Pretraining for ...", "MMGT:
        Motion Mask Guided Two-Stage Network for ..."): the long form ends with its noun phrase, not
        before the noun; a long form whose initials end at a noun stays ("OWT: A Foundational Organ-Wise
        Tokenization Framework")."""
        cues = name_cues()
        heads = {word.lower() for word in cues.dataset_heads | cues.model_heads | cues.method_heads | cues.metric_heads}

        def name_word(index: int) -> bool:
            token = doc[index]
            return (
                index < title_end
                and token.is_alpha
                and token.text[:1].isupper()
                and token.text[1:].islower()
                and token.lower_ not in heads
                and token.lower_ not in cues.naming_heads
                and token.lower_ not in cues.appositive_stops
            )

        tokens = table(doc)
        initials_end = end
        while end < len(doc):
            if name_word(end):
                end += 1
            elif (  # "SAMM2D: Scale-Aware Multi-Modal 2D Dual-Encoder for ...": the hyphenated word ends the name
                end + 1 < len(doc) and hyphen_glued(tokens, end + 1) and name_word(end + 1)
            ):
                end += 2
            else:
                break
        head = end < title_end and doc[end].text[:1].isupper() and doc[end].lower_ in heads | cues.naming_heads.keys()
        if end > initials_end and head:
            end += 1  # the head word the grown words modify
        return end

    @staticmethod
    def _split_glued_short_form(doc: Doc, start: int, end: int, cue: str, label: str | None):
        """Cut an acronym that ends a multiword name and abbreviates the words before it.

        "we propose the Modification frEquentation-rarity baLance neTwork MELT":
        the name is the long form, "MELT" its short form; the pair joins
        ``doc._.abbreviations`` as if written "... neTwork (MELT)".
        """
        if cue not in ("propose", "naming") or end - start < 3 or doc[end - 2].text == "-":
            return start, end, cue, label
        short = doc[end - 1].text
        if not (short.isupper() and short.isalpha() and len(short) >= 3) or not doc[end - 2].whitespace_:
            return start, end, cue, label
        long_text = doc[start : end - 1].text
        if best_long_form(short, long_text) != 0 or len(long_text.split()) < len(short) - 1:
            return start, end, cue, label
        pairs = list(doc._.abbreviations or [])
        pairs.append((doc[start : end - 1], doc[end - 1 : end]))
        doc._.abbreviations = sorted(pairs, key=lambda pair: pair[1].start)  # text order, as the detector keeps them
        return start, end - 1, cue, label

    def _around_head(self, doc: Doc, head: int, label: str):
        """A coined name right before a type word or in parentheses right after it.

        "the baseline DictaBERT model", "the DictaBERT architecture", "a
        specialized benchmark (LIConBench)", "a language model (TRLM-Ba)". The
        name before the head must look coined: mixed case or a digit
        ("DictaBERT", "Qwen2"), or an acronym of four or more letters ("TRLM");
        short acronyms ("EMA model", "GNN model") are too often generic.
        """
        cues = self.cues
        if label in ("Model", "Method") and head >= 1 and doc[head - 1].whitespace_ and not doc[head - 1].is_sent_start:
            end = head
            start = end - 1
            tokens = table(doc)
            while hyphen_glued(tokens, start):
                start -= 2  # "Knesset-DictaBERT"
            if start > 0 and doc[start - 1].text in {"-", "/"} and not doc[start - 1].whitespace_:
                pass  # the end of a compound ("GPT-style model"): no name
            elif (
                name_end(doc, start, cues, allow_plain=False) == end
                and _looks_coined(doc[start:end].text)
                and not _BRACKETS.intersection(doc[start:end].text)
            ):
                yield start, end, "head-name", label
        if head + 3 < len(doc) and doc[head].is_lower and doc[head + 1].text == "(" and not doc[head + 2].is_sent_start:
            end = name_end(doc, head + 2, cues, allow_plain=False)
            if end > head + 2 and end < len(doc) and doc[end].text == ")" and _looks_coined(doc[head + 2 : end].text):
                yield head + 2, end, "head-name", label

    def _family_before_models(self, doc: Doc, head: int):
        """A model family named before a plural model head word, after "the" or "our", with only lowercase
        modifiers between: "the EXAONE 3.5 instruction-tuned language models", "our Ministral 3 models". The name
        is a capitalised word with a version number, or a coined word ("EXAONE", "MathCoder2"); a short acronym
        names a kind ("the GNN models", "the CAD models") and a plain word a class ("the Transformer models")."""
        cues = self.cues
        end = head
        while end > 0 and head - end < 5 and (doc[end - 1].text == "-" or _plain_modifier(doc[end - 1])):
            end -= 1  # "instruction-tuned language"
        if end < head and doc[end].text == "-":
            return  # "the LLaMA-based models": a compound modifier, no name before the head
        start = end - 1
        if start >= 1 and cues.release_number.match(doc[start].text) and doc[start - 1].text[:1].isupper():
            start -= 1  # "EXAONE 3.5", "Ministral 3"
        elif start < 1 or not is_coined(doc[start].text):
            return
        word = doc[start].text
        if word in cues.acronym_stoplist or (word.isupper() and len(word) < 5):
            return
        if start < 1 or doc[start - 1].lower_ not in ("the", "our") or doc[start].is_sent_start:
            return
        yield start, end, "head-name", "Model"

    def _examples(self, doc: Doc, marker: int):
        """Coined names listed after "such as" / "including" / "like" right after a type word.

        "debiasing methods such as PriDe", "benchmarks including MMLU and
        FooBench": the type word before the marker gives the names' type.
        """
        cues = self.cues
        index = marker + 1
        if doc[marker].lower_ == "such":
            if index >= len(doc) or doc[index].lower_ != "as":
                return
            index += 1
        typed = marker - 2 if marker > 1 and doc[marker - 1].text == "," else marker - 1
        label = head_noun_type(doc[typed].text, cues) if typed >= 0 else None
        if label is None:
            return  # "benchmarks including MMLU", also "datasets, including VisDrone and UAVDT"
        known = {
            (span.start, span.end): span.label_
            for span in doc.spans.get(CANDIDATES, [])
            if get_evidence(span).startswith("lexicon") and span.label_ in ("Model", "Dataset")
        }
        items = []
        plain = False
        for _ in range(6):
            if index >= len(doc) or doc[index].is_sent_start:
                break
            if doc[index].like_url or "://" in doc[index].text:
                break  # "Dataset: https://github.com/...": an address, no name
            end = name_end(doc, index, cues, allow_plain=False)
            if end == index and _capitalised_compound(doc[index : name_end(doc, index, cues, allow_plain=True)]):
                end = name_end(doc, index, cues, allow_plain=True)  # "algorithms, namely Fed-Cyclic and Fed-Star"
            if end == index and label == "Dataset" and self._plain_list_member(doc, index):
                end = index + 1  # "datasets, including Visdrone, UAVDT and AI-TOD": a plain word among names
                plain = True
            if end == index and label in _LOWERCASE_EXAMPLE_TYPES and doc[marker].text != ":":
                end = self._lowercase_member(doc, index)  # "tasks, such as multi-robot navigation and ..."
            if end == index:
                break
            if label == "Task" and end < len(doc) and doc[end].is_lower and doc[end].lower_ not in {"and", "or"}:
                break  # "tasks such as GUI control": the acronym is a piece of the task's name
            items.append((index, end))
            index = end
            while index < len(doc) and doc[index].text in {",", "and", "or"} and not doc[index].is_sent_start:
                index += 1
        if plain and not any(is_coined(doc[start:end].text) for start, end in items):
            return  # "datasets, including English, French and German": no name among the plain words
        # "architectures such as ResNet-50, DenseNet-121": a known model in the list types the others
        listed = {known[item] for item in items if item in known}
        if label in ("Method", "Model") and len(listed) == 1:
            label = listed.pop()
        for start, end in items:
            yield start, end, "head-name", label

    @staticmethod
    def _lowercase_member(doc: Doc, index: int) -> int:
        """The end of a lowercase phrase of one to three words (glued compounds count as one) that stands alone as
        a list member, before a comma, "and", "or" or the end of the clause ("... such as obstacle avoidance, ...");
        ``index`` when there is none."""
        end, words = index, 0
        while end < len(doc) and words < 5:
            token = doc[end]
            if token.text == "-" and end > index and not token.whitespace_ and not doc[end - 1].whitespace_:
                end += 1
                continue
            if not (token.is_alpha and token.is_lower and not token.is_stop) or (end > index and token.is_sent_start):
                break
            words += 0 if end > index and doc[end - 1].text == "-" else 1
            end += 1
        following = doc[end].text if end < len(doc) else "."
        if not 0 < words < 4 or following not in {",", "and", "or", ".", ")", ";"}:
            return index
        if words > 1 and doc[index].lower_.endswith("ing"):
            return index  # "such as diagnosing patients": a verb and its object
        if end == index + 1 and not doc[index].lower_.endswith(_TASK_NOUN_ENDINGS):
            return index  # "semantic and instance segmentation": a lone modifier, no task
        return end

    @staticmethod
    def _plain_list_member(doc: Doc, index: int) -> bool:
        """Whether a plain capitalised word stands alone as a member of a list ("..., Visdrone, and ...")."""
        token = doc[index]
        after = doc[index + 1].text if index + 1 < len(doc) else "."
        return (
            is_capitalised(token)
            and token.is_alpha
            and not token.is_stop
            and after in {",", "and", "or", ".", ")", ";"}
        )

    def _title_tasks(self, doc: Doc):
        """Title Case task names in the title: "... Eviction for Long Sequence Modeling", "for Implicature
        Resolution by LLMs". The run of capitalised words ends in a task head word and stands after
        "for" / "in" / ":" (or at the title start); quality words before it are no part of it."""
        cues = self.cues
        tokens = table(doc)
        end_index = title_token_end(doc)
        for head in range(1, end_index):
            token = doc[head]
            if token.lower_ not in cues.title_task_heads or not token.text[:1].isupper():
                continue
            following = doc[head + 1] if head + 1 < end_index else None
            if following is not None and (following.text[:1].isupper() or following.text == "-"):
                if following.text == "-" or following.lower_ not in cues.appositive_stops:
                    continue  # "Detection Framework": the phrase goes on; not "Detection In X-Ray Images"
            start = head
            while start > 0 and head - start < 5:
                previous = doc[start - 1]
                if hyphen_glued(tokens, start):
                    start -= 2  # a hyphen compound ("Multi-Object")
                elif (
                    previous.text[:1].isupper() and previous.is_alpha and previous.lower_ not in cues.title_task_before
                ) or cues.dimension.match(previous.text):
                    start -= 1  # also "3D" ("Scalable 3D Generation")
                else:
                    break
            if start > 0 and doc[start - 1].lower_ not in cues.title_task_before:
                continue
            if doc[start].lower_ in cues.indefinite_articles or doc[start].is_stop:
                continue  # "M4-SAR: A Multi-Resolution, Multi-Polarization ... Dataset": a description; "From ..."
            while start < head:  # quality words and settings are no part of the task
                first = doc[start]
                compound_end = start + 3 if start + 2 < head and doc[start + 1].text == "-" else None
                if compound_end is not None and doc[start + 2].lower_ in cues.task_setting_ends:
                    start = compound_end
                elif first.lower_ not in cues.title_task_nouns and (
                    first.lower_ in cues.task_modifier_stoplist
                    or first.lower_ in cues.task_setting_ends
                    or first.lower_.endswith("ing")  # "Rethinking Human Pose Forecasting", "Unifying ..."
                ):
                    glued = start + 2 < head and doc[start + 1].text == "-" and not first.whitespace_
                    start += 3 if glued else 1  # "Low-Data Classification": the whole compound goes
                else:
                    break
            if start < head and (not is_coined(doc[start].text) or is_acronym(doc[start].text)):
                yield start, head + 1, "task-phrase", "Task"  # also "for SAR Image Recognition", "RGB-X Tracking"

    def _title_methods(self, doc: Doc):
        """Title Case method names after "via" / "through" / "using" in the title: "... Segmentation via
        Audio-Guided Visual Convergent Alignment", "... via Feature Pyramids and Consistency-Based Implicit
        Matching". A run has two words or more (a hyphen compound is one) and ends where the capitalised words
        end; a run ending in a model or dataset head word ("via Large Language Models") is left to other rules,
        and one ending in a quantity word ("via Causal Importance", "via Pointwise Mutual Information") names
        what the method measures, no method."""
        cues = self.cues
        end_index = title_token_end(doc)
        for cue in range(1, end_index - 1):
            if doc[cue].lower_ not in cues.title_method_before:
                continue
            start = cue + 1
            while start < end_index:
                end, words = self._title_run(doc, start, end_index)
                last = doc[end - 1].lower_ if end > start else ""
                method_word = last in cues.proposed_phrase_heads or last.endswith(cues.method_long_form_endings)
                method_word = method_word and last not in cues.long_form_quantity_heads  # "via Causal Importance"
                generic = last in cues.title_task_heads or last in cues.title_method_generic_heads
                compound = start + 1 < end and doc[start + 1].text == "-"  # "Strong-Branch Compensation" stays
                if end > start and not compound and self._title_run_opener(doc[start].lower_):
                    generic = True  # "via Exploiting Frame-Event Fusion", "via Simple Distillation": no name
                if end < end_index and doc[end].lower_ in cues.title_phrase_continuations:
                    generic = True  # "via Cartesian Product Routing in Mixture-of-Experts": a longer phrase
                if words >= 2 and method_word and not generic:
                    yield start, end, "title", "Method"
                if words == 0 or end + 1 >= end_index or doc[end].lower_ != "and":
                    break
                start = end + 1  # "via Feature Pyramids and Consistency-Based Implicit Matching"

    def _title_run_opener(self, lower: str) -> bool:
        """A first word of a Title Case run that is no part of a method's name: a verb in -ing or a quality word."""
        return lower.endswith("ing") or lower in self.cues.task_modifier_stoplist

    def _title_run(self, doc: Doc, start: int, limit: int) -> tuple[int, int]:
        """The end of a run of capitalised words (hyphen compounds joined) from ``start`` and its word count."""
        index, words = start, 0
        tokens = table(doc)
        while index < limit:
            token = doc[index]
            if index > start and hyphen_glued(tokens, index + 1):
                index += 1  # "Audio-Guided", "Position-based"
                continue
            glued = index > start and doc[index - 1].text == "-"
            if not token.is_alpha or not (token.text[:1].isupper() or glued):
                break
            if not glued and token.lower_ in self.cues.title_function_words:
                break  # "... Masking And Latent Inpainting": a capitalised "And" joins two names
            words += 0 if glued else 1
            index += 1
        if index > start and doc[index - 1].text == "-":
            index -= 1
        return index, words

    def _title_name(self, doc: Doc):
        title_end = title_token_end(doc)
        tokens = table(doc)
        for index in range(1, min(8, title_end)):
            if tokens.text[index] == ":":
                end = name_end(doc, 0, self.cues, allow_plain=True)
                if end == index and end <= 4:
                    yield 0, end, "title", None
                elif self._repeated_title_phrase(doc, index, title_end):
                    # "A Joint Many-Task Model: ...": the article is no part of the name
                    article = tokens.text[0] in self.cues.appositive_skip and bool(doc[0].whitespace_)
                    start = 1 if article and index > 2 else 0
                    yield start, index, "title", None
                return

    def _repeated_title_phrase(self, doc: Doc, colon: int, title_end: int) -> bool:
        """A Title Case phrase before the title's colon (``title_end``: the first token after the title)
        that names something.

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
        if words.text.lower() in doc[title_end:].text.lower():
            return True
        # "Set-Based Prompting: ...": a phrase ending in a method or dataset word
        head = words[-1].text
        first = words[0].lower_
        return (
            not first.endswith("ing")
            and first not in self.cues.not_name_starts
            and not any(token.lower_ == "and" for token in words)  # "Concurrent Image Understanding and Generation"
            and (head in self.cues.method_heads or head in self.cues.dataset_heads)
        )

    def _after(
        self, doc: Doc, index: int, cue: str, *, allow_plain: bool, multiword: bool = False, label: str | None = None
    ):
        limit = min(len(doc), index + 6)
        skip = self.cues.skip_after_propose_verb if cue != "head-name" else {",", '"', "“", "called", "named"}
        quoted = self._quoted_name(doc, index, limit) if cue in ("propose", "naming") else None
        if quoted is not None:
            yield *quoted, cue, label
            return
        while index < limit and (
            doc[index].lower_ in skip
            or doc[index].text in _OPEN_QUOTES
            or self.cues.markup.match(doc[index].text)
            or (cue != "head-name" and doc[index].lower_ in self.cues.naming_heads)
        ):
            index += 1
        if index >= len(doc) or doc[index].is_sent_start:
            return
        end = name_end(doc, index, self.cues, allow_plain=allow_plain, multiword=multiword)
        if end == index or self._cut_by_markup(doc, end):
            return
        parts = [part for token in doc[index:end] for part in token.text.split("-") if part]
        if all(self.cues.dimension.match(part) for part in parts):
            return  # "we propose a robust 2D-3D ... framework": dimensions, no name
        if (
            end + 1 < len(doc)
            and hyphen_glued(table(doc), end + 1)
            and doc[end + 1].lower_ in self.cues.suffix_stoplist
            and doc[end + 1].lower_ not in self.cues.hyphen_name_connectors
            and (
                (end + 2 < len(doc) and doc[end + 2].text[:1].isupper())
                or not is_coined(doc[index:end].text.replace(" ", ""))
            )
        ):
            # "we propose REason-guided Fact-checking ...": the first word of a longer name, not a name;
            # "a novel Eigenentropy-optimized densification strategy": a plain word as a modifier, not a name
            # (a coined one is named: "an OT-based densification operator" uses OT)
            return
        if end - index > 1 and doc[end - 1].text in self.cues.dataset_heads and self._described(doc, index, end):
            return  # "we release a Scene Graph Dataset"
        if allow_plain and not is_coined(doc[index:end].text.replace(" ", "")):
            # a plain capitalised word counts only if the next word is not
            # lowercase prose ("we present Medusa, a ..." yes; "We present Our").
            if doc[index].is_sent_start or not is_capitalised(doc[index]):
                return
            if end - index == 1 and modifies_next(doc, end, self.cues, participles=("ing", "ed"), spaced_suffix=True):
                return  # "we propose a novel Gaussian human avatar representation", "Laplacian terms on ..."
        yield index, end, cue, label

    def _proposed_phrase(self, doc: Doc, index: int):
        """A lowercase phrase the authors introduce that ends in a method head word: "we propose a novel hard
        mining approach", "we introduce a keyframe selection strategy" (every proposed method is a name).

        Only after "a"/"an" (not "the proposed method outperforms ..."); quality words before the phrase ("a
        simple yet effective ...") are no part of it. The phrase has three words or more (a hyphen compound is
        one word), and the word before its head word is a noun: "a practical approach", "a transformer-based
        approach" and "a training-free method" say what kind of method it is, without naming it.
        """
        cues = self.cues
        size = len(doc)
        if index >= size or doc[index].lower_ not in cues.indefinite_articles:
            return
        skip = cues.skip_after_propose_verb
        while index < size and (doc[index].lower_ in skip or doc[index].lower_ in cues.proposed_phrase_fillers):
            index += 1
        start = index
        words = 0
        tokens = table(doc)
        while index < size and index - start < _PROPOSED_PHRASE_TOKENS and not doc[index].is_sent_start:
            token = doc[index]
            text = token.text
            if index > start and hyphen_glued(tokens, index + 1):
                index += 1
                continue
            if not (text.islower() and text.isalpha()) and not cues.dimension.match(text):
                break
            if token.is_stop or text in self.propose_verbs:
                break
            if doc[index - 1].text != "-":
                words += 1
            index += 1
        end = index
        if end < size and doc[end].text == "-" or words < 3 or doc[end - 1].text not in cues.proposed_phrase_heads:
            return  # "a novel attention-based ...": the run goes on in a compound
        before = doc[end - 2].text
        if before.endswith(_ADJECTIVE_ENDINGS) and not before.endswith(_NOUN_AL_ENDINGS):
            return
        if doc[end - 3].text == "-" and before in cues.suffix_stoplist:
            return  # "a multi-view transformer-based scheme", "a training-free fusion-aware module"
        if any(
            span.start == start and span.end == end - 1 and get_evidence(span).startswith("lexicon")
            for span in doc.spans.get(CANDIDATES, [])
        ):
            return  # "a reinforcement learning strategy": the known method is the name
        yield start, end, "propose", "Method"

    def _quoted_name(self, doc: Doc, index: int, limit: int) -> tuple[int, int] | None:
        """``(start, end)`` of a quoted name after a propose or naming word ("we present "I am a Strange
        Dataset", a ...", "we introduce the "Misery Game Show", a ..."), or of one in LaTeX text markup
        ("we introduce \\emph{Gaussian-shaped convolution} with ...": the braces hold the whole name).

        Articles and adjectives before the opening quote are skipped and are no
        part of the name; the quote holds at most eight words in one sentence,
        the first capitalised or coined.
        """
        skip = self.cues.skip_after_propose_verb
        while index < limit and doc[index].lower_ in skip:
            index += 1
        if index + 2 >= len(doc):
            return None
        markup = doc[index].text != "}" and bool(self.cues.markup.match(doc[index].text))
        if doc[index].text not in _OPEN_QUOTES and not markup:
            return None
        first = doc[index + 1]
        if not (is_capitalised(first) or is_coined(first.text)) or first.is_sent_start:
            return None
        closers = {"}"} if markup else _CLOSE_QUOTES
        for close in range(index + 2, min(len(doc), index + 10)):
            if doc[close].is_sent_start:
                return None
            if markup and doc[close].text == "(":
                close_paren = close  # "\\textbf{Adaptive Group Swapping (AGSwap)}": the name ends before its short form
                if close_paren > index + 1 and self._markup_closes(doc, close_paren):
                    return self._marked_name(doc, index + 1, close_paren)
                return None
            if doc[close].text in closers:
                if markup and self._cut_by_markup(doc, close):
                    return None  # "\\textbf{G}lacial": the markup spells a piece of a word
                return self._marked_name(doc, index + 1, close) if markup else (index + 1, close)
        return None

    def _markup_closes(self, doc: Doc, paren: int) -> bool:
        """Whether the parenthesis at ``paren`` holds a short form right before the markup's closing brace."""
        for j in range(paren + 1, min(len(doc), paren + 6)):
            if doc[j].text == ")":
                return j + 1 < len(doc) and doc[j + 1].text == "}"
        return False

    def _marked_name(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """``(start, end)`` of a name in text markup, or None for a description in bold ("we propose an
        \\textbf{Agent-side Approach}"): plain words that end in a kind word (``head_before_words``)."""
        words = doc[start:end]
        if words[-1].lower_ in self.cues.head_before_words and not any(is_coined(t.text) for t in words):
            return None
        return start, end

    def _cut_by_markup(self, doc: Doc, end: int) -> bool:
        """Whether markup glued to a word follows the name ending at ``end``.

        "\\textbf{Light}weight", "\\textbf{G}}eography": the name is a piece of a word.
        """
        if doc[end - 1].whitespace_:
            return False
        index = end
        while index < len(doc) and self.cues.markup.match(doc[index].text) and not doc[index].whitespace_:
            index += 1
        return index > end and index < len(doc) and doc[index].text[:1].isalnum()

    def _task_of_phrase(self, doc: Doc, noun: int):
        """The lowercase phrase that "the task of" / "the problem of" names: "the task of learning permutations
        on ...", "the problem of inverse permutation learning in ...". It runs over lowercase words and glued
        compounds up to a stop word or punctuation (at most four words). It must end in a task head word
        ("summarization", "learning") unless it has several words after a noun of task_of_phrase_nouns ("the
        task of aligning lip movements"); "the problem of data contamination" names a difficulty."""
        cues = self.cues
        if noun < 1 or doc[noun - 1].lower_ != "the" or noun + 2 >= len(doc) or doc[noun + 1].lower_ != "of":
            return
        start = end = noun + 2
        words = 0
        while end < len(doc) and words < 5 and not doc[end].is_sent_start:
            token = doc[end]
            if token.is_alpha and token.is_lower and not token.is_stop:
                end += 1
                words += 1
            elif (
                token.text == "-"
                and end > start
                and end + 1 < len(doc)
                and not token.whitespace_
                and not doc[end - 1].whitespace_
                and doc[end + 1].is_alpha
            ):
                end += 2
            else:
                break
        if words == 0 or words > 4:
            return
        headed = doc[end - 1].lower_ in cues.task_phrase_heads | cues.task_subject_heads
        if not headed and (words == 1 or doc[noun].lower_ not in cues.task_of_phrase_nouns):
            return  # "the problem of data contamination": a difficulty, not a task
        if ends_hyphen_compound(doc, start + 3) and doc[start + 2].lower_ in cues.task_setting_ends:
            start += 3  # "the task of high-fidelity surface reconstruction": a quality of the work goes
        known = any(
            span.start < end and start < span.end and get_evidence(span).startswith("lexicon") and len(span) > 1
            for span in doc.spans.get(CANDIDATES, [])
        )
        if start < end and not known:  # "the problem of sparse novel view synthesis (NVS)": the lexicon's task
            yield start, end, "task-phrase", "Task"

    def _task_phrase(self, doc: Doc, head: int):
        """One or two lowercase modifiers (hyphen compounds count as one) before a task head noun."""
        start = head
        modifiers = 0
        while modifiers < 2 and start > 0:
            previous = doc[start - 1]
            if not (previous.is_alpha and previous.is_lower) or previous.is_sent_start:
                break
            if ends_hyphen_compound(doc, start):
                if previous.lower_ in self.cues.task_setting_ends:
                    break  # "real-time", "high-quality": a quality of the work, not part of the task
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

    def _plural_head(self, doc: Doc, head: int) -> bool:
        """Whether the dataset head word is plural ("datasets") or followed by a plural one ("benchmark datasets")."""
        following = doc[head + 1] if head + 1 < len(doc) else None
        return doc[head].lower_.endswith(("s", "ora")) or (
            following is not None and following.text in self.cues.dataset_heads and following.lower_.endswith("s")
        )

    def _kind_of_datasets(self, doc: Doc, start: int, head: int) -> bool:
        """Whether a name before a plural dataset head says what kind of datasets they are, not which one
        ("three OpenRE datasets", "existing MCP benchmarks", "on public VQA benchmarks"): only a list ("MNIST
        and SVHN datasets") or "the" ("the Cambridge Landmarks datasets") makes it a name."""
        if not self._plural_head(doc, head) or start == 0:
            return False
        return doc[start - 1].text not in self.cues.plural_head_name_openers

    def _coordinated_before(self, doc: Doc, start: int):
        """Coined names listed before a name and a plural dataset head ("the FashionIQ and CIRR benchmark
        datasets", "on MNIST, SVHN and CIFAR-10 datasets"); an article ends the list ("X and the Y dataset")."""
        for _ in range(6):
            index = start - 1
            while index >= 0 and doc[index].text in {",", "and", "or"} and not doc[index].is_sent_start:
                index -= 1
            if index == start - 1 or index < 0 or doc[index + 1].is_sent_start:
                return
            token = doc[index]
            coined = is_coined(token.text) and _looks_coined(token.text)
            if not coined or token.text in self.cues.acronym_stoplist or "$" in token.text:
                return  # "MRI and CT datasets": short acronyms name modalities as often as datasets
            start = glued_extent(doc, index, index + 1, self.cues)[0]
            if start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
                return  # "View-of-Delft": a piece of a longer name
            start = self._prefixed_start(doc, start)  # "the MSD Task01 and BraTS 2021 datasets"
            if doc[start].is_sent_start and start != index:
                return
            yield start, index + 1, "dataset-head", "Dataset"

    def _prefixed_start(self, doc: Doc, start: int) -> int:
        """The start of a dataset name with its spaced acronym ("T2I CompBench", "MSD Task01"), unless the
        acronym is a lexicon name of a model, method or dataset of its own."""
        if not spaced_acronym_prefix(doc, start, self.cues):
            return start
        named = any(
            span.start <= start - 1 < span.end and span.label_ != "Task" for span in doc.spans.get(CANDIDATES, [])
        )
        return start if named else start - 1

    def _subtitle(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a dataset phrase stands after the title's colon, where it describes the name before the
        colon ("STRIDE-QA: Visual Question Answering Dataset for ..."), unless an abbreviation follows."""
        if not in_title(doc, start) or (end < len(doc) and doc[end].text == "("):
            return False
        if any(is_coined(token.text) for token in doc[start:end]):
            return False  # "...: MM-Retinal-Reason Dataset and ...": a coined name, not a description
        return any(token.text == ":" for token in doc[max(0, start - 8) : start])

    def _described(self, doc: Doc, start: int, end: int) -> bool:
        """Whether ``doc[start:end]`` follows "a/an" and so describes a dataset instead of naming it.

        "A Large-Scale Multimodal Dataset for ...", "a Scene Graph Dataset",
        also after lowercase words ("a small-scale BdSL dataset");
        not when an abbreviation follows ("a Maritime Simulated Visibility
        Dataset (MSVD)": the abbreviation makes it a name).
        """
        if end < len(doc) and doc[end].text == "(":
            return False
        for index in range(start - 1, max(-1, start - 6), -1):
            token = doc[index]
            if token.text in self.cues.indefinite_articles:
                # "an augmented UAV123 dataset": a name with a digit is a name, whatever describes it
                return index == start - 1 or not any(ch.isdigit() for ch in doc[start:end].text)
            if not (token.text == "-" or (token.is_lower and not token.is_stop)) or token.is_sent_start:
                return False  # "a small-scale BdSL dataset", "a private coronary DSA dataset": words describing it
        return False

    def _name_connectors_before(self, doc: Doc, index: int) -> int:
        """How many lowercase connectors ("in the", "of") end at ``index`` between capitalised name words (0: none).

        "Labeled Faces in the Wild", "Common Objects in Context"; the words on
        both sides must be plain capitalised words ("ImageNet and the CIFAR-10
        dataset" is a list), the one before not at the start of the sentence.
        """
        gap = 0
        while gap < 2 and index - gap >= 0 and doc[index - gap].text in self.cues.dataset_name_connectors:
            gap += 1
        before = index - gap
        plain = (
            before >= 0
            and not doc[before].is_sent_start
            and is_capitalised(doc[before])
            and not is_coined(doc[before].text)
        )
        after = doc[index + 1]
        if gap == 0 or not plain or not (is_capitalised(after) and not is_coined(after.text)):
            return 0
        return gap

    def _dataset_around(self, doc: Doc, head: int):
        head_token = doc[head]
        # "X dataset" / "X Corpus": the name ends right before the head word.
        start = head - 1
        while start >= 0:
            if (
                is_coined(doc[start].text)
                or is_capitalised(doc[start])
                or doc[start].like_num
                or doc[start].text == "-"
            ):
                if doc[start].is_sent_start:
                    break
                start -= 1
            elif start < head - 1 and (gap := self._name_connectors_before(doc, start)):
                start -= gap  # "Labeled Faces in the Wild dataset": lowercase connectors inside the name
            elif _glued_lowercase_part(doc, start, self.cues):
                start -= 1  # "Human-object Interaction dataset": a lowercase word glued into the name
            else:
                break
        start += 1
        while start < head and (
            doc[start].text == "-"
            or doc[start].like_num
            or (doc[start].is_stop and not glued_capitalised_stop(doc, start))
        ):
            start += 1
        quantity = start > 0 and doc[start - 1].like_num and not doc[start - 1].whitespace_  # "800GB Dataset"
        if (
            start < head
            and not quantity
            and not doc[start].is_sent_start
            and doc[start].text not in self.cues.acronym_stoplist
        ):
            end = head + 1 if head_token.text[:1].isupper() else head
            inside_compound = doc[start - 1].text == "-" and not doc[start - 1].whitespace_  # "An End-to-End Benchmark"
            if (
                end > start
                and not inside_compound
                and not self._described(doc, start, end)
                and not self._subtitle(doc, start, end)
                and not self._kind_of_datasets(doc, start, head)
            ):
                yield start, end, "dataset-head", "Dataset"
                if self._plural_head(doc, head):
                    yield from self._coordinated_before(doc, start)
        # "the benchmark X" / "datasets such as X"; not the verb ("we benchmark DINOv3 across ...")
        after = head + 1
        if after < len(doc) and doc[after].text not in {"(", ","} and not self._verb_use(doc, head):
            end = name_end(doc, after, self.cues, allow_plain=False)
            if end > after:
                listed = head > 0 and doc[head - 1].lower_ in {",", "and", "or", "namely"}
                if head_token.text[:1].isupper() and listed and not in_title(doc, head):
                    after = (
                        head  # "PolyU, CFPose, and Benchmark 2D/3D": a capitalised head word in a list starts the name
                    )
                yield after, end, "dataset-head", "Dataset"


@Language.factory("claimgraph_name_patterns")
def make_name_patterns(nlp: Language, name: str) -> NamePatterns:
    """Build the name-shape and context-cue component."""
    return NamePatterns(name_cues(), author_cues())
