"""Names found once that spread to more mentions (pure functions of the doc, the decided spans and the cue
tables): a name a context cue found once (the title, "we propose", "termed") is an entity wherever else the
paper writes it, grown over a glued variant part (:func:`repeated_mentions`), and coined names listed right
after a known model or dataset take its type (:func:`list_members`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.decision.model_extents import spaced_release_end, variant_part_end
from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import LIST_JOINS
from claimgraph.extract.entities.name_shapes import is_acronym, is_coined, name_end
from claimgraph.extract.pipeline.token_table import span_text, table

#: Cues that find a name once, by its context; later uses of the name have no cue.
_CONTEXT_CUES = frozenset(
    {
        "title",
        "propose",
        "naming",
        "head-name",
        "compare",
        "subject-name",
        "dataset-head",
        "model-shape",
        "model-verb",
        "list",
    }
)


def _mentions_name(texts: list[str], words: tuple[str, ...], cues: NameCues) -> bool:
    """Whether the tokens ``texts`` are the name ``words`` again, or a variant of it glued by an underscore to its
    last word ("PP-OCRv6" then "PP-OCRv6_medium achieves ...": the tokenizer keeps "OCRv6_medium" one token, so
    the variant is the whole mention, never the bare family name)."""
    if tuple(texts) == words:
        return True
    last = texts[-1]
    return (
        len(texts) == len(words)
        and tuple(texts[:-1]) == words[:-1]
        and last.startswith(words[-1])
        and bool(cues.underscore_variant.match(last[len(words[-1]) :]))
    )


def repeated_mentions(doc: Doc, spans: list[Span], cues: NameCues) -> list[Span]:
    """Every other occurrence of a name that a context cue found once ("Cappy: ..." then "Cappy outperforms"),
    grown over a glued variant part ("VCMamba: ..." then "VCMamba-B achieves")."""
    tokens = table(doc)
    added: list[Span] = []
    seen: set[tuple[str, ...]] = set()
    named = {span_text(span) for span in spans}
    for span in spans:
        # an abbreviation's long form is the same name in another case too ("Text-to-image person
        # re-identification (TIReID)" and the title's "Text-to-image Person Re-identification")
        long_form = get_evidence(span) == "abbreviation" and span.end - span.start > 2 and not span.text.isupper()
        if get_evidence(span) not in _CONTEXT_CUES and not long_form:
            continue
        texts = tokens.lower if long_form else tokens.text
        words = tuple(texts[span.start : span.end])
        if long_form and "(" in words:
            words = words[: words.index("(")]  # "Bayesian Conditional Priors (BCP) Estimation": its long form
        if words in seen or not (long_form or words[0][:1].isupper()):
            continue
        seen.add(words)
        size = len(words)
        for start in range(len(texts) - size + 1):
            if (
                texts[start].startswith(words[0])
                and start != span.start
                and _mentions_name(texts[start : start + size], words, cues)
            ):
                end = variant_part_end(doc, start + size, cues) if span.label_ in ("Model", "Method") else start + size
                if end != start + size and doc[start:end].text in named:
                    continue  # "CHURRO" then "CHURRO-DS, the largest ... dataset": a name of its own, no variant
                repeat = Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)
                set_evidence(repeat, "repeat")
                added.append(repeat)
    return added


_LISTED_TYPES = frozenset({"Model", "Dataset", "Metric"})

#: Tokens that may close a list member.
_LIST_CLOSERS = frozenset({",", "and", "or", ")", ".", ";", ":"})


def _listed_shape(text: str) -> bool:
    """A list member with a name's own shape: mixed case or a digit ("InfoSeek", "Motion-X", "Qwen2")."""
    letters = [ch for ch in text if ch.isalpha()]
    mixed = any(ch.isupper() for ch in letters[1:]) and any(ch.islower() for ch in letters)
    return is_coined(text) and "$" not in text and (mixed or any(ch.isdigit() for ch in text))


def _metric_member(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """A coined name listed after a known metric is a metric too when it closes its place in the list (a list
    word, a bracket, the sentence end or a metric noun follows: "FID, LPIPS, and CMMD score", "AP, AUC, and
    ACC metrics"); an acronym counts there ("ACC"), unless it is a stoplisted or setting one."""
    text = doc[start:end].text
    if not is_coined(text) or "$" in text or text in cues.acronym_stoplist or text in cues.setting_acronyms:
        return False
    return end == len(doc) or doc[end].text in _LIST_CLOSERS or doc[end].text in cues.metric_nouns


def _dataset_acronym_member(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """An all-capital acronym listed after a known dataset is a dataset too when it closes its place in the
    list (a list word, a bracket, the sentence end or a lowercase function word follows: "on RealEstate10K and
    ACID within the same setting"); before a lowercase noun it names a kind of thing ("ImageNet and CT scans"),
    and a stoplisted or setting acronym is none ("LLM", "OOD")."""
    text = doc[start:end].text
    if end - start != 1 or not is_acronym(text) or text in cues.acronym_stoplist or text in cues.setting_acronyms:
        return False
    while end < len(doc) and doc[end].text in LIST_JOINS and not doc[end].is_sent_start:
        # "EvalCrafter, MRI and CT scans": acronyms listed on up to a noun they all modify are no datasets
        following = _next_list_member(doc, end)
        if not following or not is_acronym(doc[following[0]].text):
            return True
        end = following[0] + 1
    if end == len(doc) or doc[end].text in _LIST_CLOSERS or doc[end].is_sent_start:
        return True
    return doc[end].is_lower and doc[end].is_stop and doc[end].is_alpha


def list_members(
    doc: Doc, spans: list[Span], weak: set[tuple[int, int]], cues: NameCues, all_forms: frozenset[str]
) -> list[Span]:
    """Coined names listed right after a known model, dataset or metric take its type ("GPT-4o and FooVLM",
    "ImageNet, FooSet and COCO", "FID, LPIPS, and CMMD score"): along ", " / "and" / "or" from a lexicon
    name, member by member ("EvalCrafter, VideoPhy, and VidProM").

    Only names with a letter shape of their own count (mixed case or a
    digit: "InfoSeek", "Motion-X"), not short acronyms ("MRI and CT"); after a metric an acronym that
    closes its place in the list counts too (:func:`_metric_member`).
    """
    taken: set[int] = set()
    for span in spans:
        taken.update(range(span.start, span.end))
    known = {span_text(span) for span in spans}
    added: list[Span] = []
    queue = list(spans)
    for span in queue:  # a listed name continues the list ("EvalCrafter, VideoPhy, and VidProM")
        if span.label_ not in _LISTED_TYPES or not get_evidence(span).startswith(("lexicon", "list")):
            continue
        members = [(start, name_end(doc, start, cues, allow_plain=False)) for start in _next_list_member(doc, span.end)]
        if span.label_ == "Dataset":
            members += _previous_list_member(doc, span, cues)
            members += _bracketed_list_member(doc, span.end, cues)
        for start, end in members:
            if end == start or taken.intersection(range(start, end)):
                continue
            if not (
                _metric_member(doc, start, end, cues)
                if span.label_ == "Metric"
                else _listed_shape(doc[start:end].text)
                or (span.label_ == "Dataset" and _dataset_acronym_member(doc, start, end, cues))
            ):
                continue
            if doc[start:end].text in known:
                continue  # a name the paper uses otherwise ("On ImageNet, LumaNet achieves ...")
            if doc[start - 1].text == "," and not (end < len(doc) and doc[end].text in LIST_JOINS):
                continue  # "On ImageNet, FooNet achieves": a comma alone makes no list
            if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                continue  # "and FooNet-based": a modifier
            if span.label_ == "Model":
                end = spaced_release_end(doc, end, cues, all_forms)  # "GLM-5 and MiniMax M2.7"
            listed = Span(doc, start, end, label=span.label_)
            set_evidence(listed, "list")
            weak.add((start, end))
            taken.update(range(start, end))
            added.append(listed)
            queue.append(listed)
    return added


def _previous_list_member(doc: Doc, span: Span, cues: NameCues) -> list[tuple[int, int]]:
    """The list member right before a known dataset, in a list that goes on after it ("and COCO17, CUB-200,
    and Flickr30K"): a name that ends at the comma before the dataset and follows a list word or a lowercase
    word ("on", "for"); "With FooNet, ImageNet accuracy ..." is no list."""
    comma = span.start - 1
    if comma < 2 or doc[comma].text != "," or span.end >= len(doc) or doc[span.end].text not in LIST_JOINS:
        return []
    if doc[span.start].is_sent_start or doc[span.end].is_sent_start:
        return []
    for start in range(comma - 1, max(0, comma - 6), -1):
        if doc[start].is_sent_start or doc[start].is_punct and doc[start].text != "-":
            break
        if name_end(doc, start, cues, allow_plain=False) == comma:
            before = doc[start - 1]
            if before.text in LIST_JOINS or (before.is_lower and before.is_alpha):
                return [(start, comma)]
    return []


def _bracketed_list_member(doc: Doc, end: int, cues: NameCues) -> list[tuple[int, int]]:
    """The next member of a list of bracketed names, each after the lowercase words that say what it holds,
    when the known dataset ending at ``end`` closes its bracket ("benchmarks of landmarks (ROxf and RPar),
    products (SOP), fashion items (In-Shop), and bird species (CUB-200)"): the name alone in the next
    bracket."""
    index = end
    if index >= len(doc) or doc[index].text != ")":
        return []
    index += 1
    while index < len(doc) and doc[index].text in {",", "and"} and index - end < 3:
        index += 1
    words = 0
    while index < len(doc) and doc[index].is_alpha and doc[index].is_lower and words < 3:
        index += 1
        words += 1
    if words == 0 or index >= len(doc) or doc[index].text != "(" or doc[index].is_sent_start:
        return []
    start = index + 1
    stop = name_end(doc, start, cues, allow_plain=True)  # "fashion items (In-Shop)"
    if stop == start or stop >= len(doc) or doc[stop].text != ")":
        return []
    return [(start, stop)]


def _next_list_member(doc: Doc, end: int) -> list[int]:
    """The start of the next list member after a name ending at ``end`` (", X", " and X", ", and X")."""
    index = end
    while index < len(doc) and doc[index].text in LIST_JOINS and index - end < 2:
        if doc[index].is_sent_start:
            return []
        index += 1
    return [index] if index > end and index < len(doc) and not doc[index].is_sent_start else []
