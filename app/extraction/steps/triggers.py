"""Event triggers, and the cues that rule a trigger out (future, negation, background, what is
talked about, purpose)."""

from __future__ import annotations

from app.extraction.doc import Doc, Mention, TriggerMention
from app.extraction.entry_info import TriggerInfo
from app.extraction.lexicon import Match, longest
from app.extraction.resources import Resources
from app.extraction.steps.streets import street_names

# cue classes that block a trigger when they stand shortly before it in the same clause
BLOCKING = ("future", "negation", "background", "charge", "topic", "aftermath", "pluperfect")


def triggers(doc: Doc, res: Resources) -> Doc:
    """Find trigger phrases and mark those that report no actual event."""
    # look-alike phrases, group names ("هيئة تحرير الشام" is no "تحرير", "طالبان" no "طالب*") and
    # the names of squares and streets ("ساحة التحرير")
    masks = [*doc.matches_of("cue:mask"), *longest(doc.matches_of("actor"))]
    masked = {i for m in masks for i in range(m.first, m.last)} | street_names(doc, res)
    cues: dict[str, dict[int, list[Match]]] = {name: {} for name in BLOCKING}
    for name in BLOCKING:  # by the clause they stand in: a cue blocks only within its clause
        for cue in doc.matches_of(f"cue:{name}"):
            if cue.first not in masked and not _month_name(doc, cue) and not _lead(doc, name, cue):
                cues[name].setdefault(doc.clause_of(cue.first), []).append(cue)
    # sentences about a trial, a sentence, an anniversary
    context = {doc.sentence_of(m.first) for m in doc.matches_of("cue:context")}
    # a crowd that gathered at a court, on an anniversary, to denounce (cue.rally), or counted
    # or demanding there (cue.crowd), is news itself
    crowd_context = (
        context
        - {doc.sentence_of(m.first) for m in doc.matches_of("cue:rally")}
        - {doc.sentence_of(m.first) for m in doc.matches_of("cue:crowd")}
        if context
        else context
    )
    recalled = _recalled(doc)
    recall_window = res.cue_windows.get("recalled", 0)
    asked = questions(doc)
    released = _released(doc, res)
    # the cue classes this document has, with their windows: most have none
    blocking = [(name, res.cue_windows.get(name, 0), cues[name]) for name in BLOCKING if cues[name]]
    undergone = _undergone(doc, res)
    # a clause telling an accident or a disaster ("a week after floods killed 20"): no attack
    # there, though another clause of its sentence may tell one
    mishaps = {doc.clause_of(m.first) for m in doc.matches_of("cue:mishap")}
    found: list[TriggerMention] = []
    for match in longest(m for m in doc.matches_of("trigger") if _completed(doc, res, m)):
        if not masked.isdisjoint(own_words(match)):
            continue
        info = match.entry.value
        assert isinstance(info, TriggerInfo)
        at = doc.mention(match.first, match.last)
        around = crowd_context if info.event_type in res.taxonomy.crowd else context
        blocked = _blocked(doc, match, blocking, around) if blocking or around else None
        if blocked is None and doc.clause_of(match.first) in mishaps and around is context:
            blocked = "context"
        if blocked is None and recalled and _after(doc, match, recalled, recall_window):
            blocked = "recalled"
        if blocked is None and (asked or released):
            blocked = _asked_or_ended(doc, res, match, asked, released)
        if blocked is None and match.first not in undergone and _purpose(doc, res, match):
            blocked = "purpose"
        # built in C (refs.py's module docstring)
        found.append(tuple.__new__(TriggerMention, (at, info, blocked, _definite(doc, res, at))))
    return doc.evolve(triggers=tuple(_followed(doc, res, _idle(doc, res, found))))


def _followed(doc: Doc, res: Resources, found: list[TriggerMention]) -> list[TriggerMention]:
    """Mark "after" an attack told as the time of what its sentence reports before it
    (cue.after: "دعا الوزير الفرنسيين إلى البقاء بعد الاعتداء الذي وقع أمس"), when nothing
    before the cue in its sentence tells violence (a trigger, even one ruled out, or cue.use):
    "قتل خمسة بعد انفجار عبوة" reports the explosion, and "هذا ثاني هجوم خلال أيام بعد
    اغتيال ثلاثة" an earlier attack of the series."""
    window = res.cue_windows.get("after", 0)
    afters = doc.matches_of("cue:after")
    if not afters or not found:
        return found
    told = [m.first for m in doc.matches_of("cue:use")]
    told += [t.at.token for t in found]
    marked: set[int] = set()
    for cue in afters:
        sentence = doc.sentence_of(cue.first)
        start = doc.sentences[sentence].first
        if any(start <= k < cue.first for k in told):
            continue
        marked.update(range(cue.last, cue.last + window))
    return [
        t._replace(blocked="after") if t.blocked is None and t.at.token in marked else t
        for t in found
    ]


def _idle(doc: Doc, res: Resources, found: list[TriggerMention]) -> list[TriggerMention]:
    """Mark "idle" the weapons named (``TriggerInfo.instrument``) in a sentence that tells
    neither their use nor harm (cue.use) and has no other live trigger of violence:
    "صنع صواريخ", "اعتقل ثلاثة في سيارة مفخخة" tell of weapons, not of an attack."""
    if not any(t.info.instrument and t.blocked is None for t in found):
        return found  # most articles name no weapon without a verb or noun of attack
    told = {doc.sentence_of(m.first) for m in doc.matches_of("cue:use")}
    violent = res.taxonomy.violent
    told |= {
        doc.sentence_of(t.at.token)
        for t in found
        if t.blocked is None and not t.info.instrument and t.info.event_type in violent
    }
    return [
        t._replace(blocked="idle")
        if t.info.instrument and t.blocked is None and doc.sentence_of(t.at.token) not in told
        else t
        for t in found
    ]


def _recalled(doc: Doc) -> dict[int, list[int]]:
    """Sentence -> the first tokens of its cue.recalled words, which rule out a trigger they
    follow closely ("التفجير الذي وقع الأسبوع الماضي")."""
    found: dict[int, list[int]] = {}
    for m in doc.matches_of("cue:recalled"):
        found.setdefault(doc.sentence_of(m.first), []).append(m.first)
    return found


def _after(doc: Doc, trig: Match, recalled: dict[int, list[int]], window: int) -> bool:
    """Whether a cue.recalled word starts less than ``window`` tokens after ``trig``, in its
    sentence."""
    firsts = recalled.get(doc.sentence_of(trig.first), ())
    return any(0 <= first - trig.last < window for first in firsts)


def _completed(doc: Doc, res: Resources, match: Match) -> bool:
    """Whether a trigger that needs a completing word (``completed_by``: "رهائن" for "احتجز")
    has one later in its clause; every other trigger needs none."""
    info = match.entry.value
    assert isinstance(info, TriggerInfo)
    if not info.completed_by:
        return True
    clause, forms = doc.clause_of(match.first), res.clitics.forms
    for k in range(match.last, len(doc.tokens)):
        if doc.clause_of(k) != clause:
            return False
        if not info.completed_by.isdisjoint(forms(doc.tokens[k].norm)):
            return True
    return False


def own_words(match: Match) -> list[int]:
    """The tokens of the phrase's own words: not those a ``~`` gap stood for (the side named
    between verb and object, "اعترضت الدفاعات الجوية صاروخا", is no part of the trigger)."""
    tokens = match.entry.tokens
    if "~" not in tokens:
        return list(range(match.first, match.last))
    before = tokens.index("~")
    after = len(tokens) - before - 1
    head = list(range(match.first, match.first + before))
    return head + list(range(match.last - after, match.last))


def questions(doc: Doc) -> set[int]:
    """The sentences that end with a question mark: what they ask about is not reported
    ("هل كان يتوقع ألا تعمل على اغتيال ...؟", "Who ordered the shelling?"). A question that
    closes a quotation (a banner, a speaker: «...؟») leaves the sentence a report."""
    text = doc.text
    if "?" not in text and "؟" not in text:  # most articles ask nothing
        return set()
    sents = doc.sentences
    asked: set[int] = set()
    for k, sent in enumerate(sents):
        gap = text[sent.end : sents[k + 1].start if k + 1 < len(sents) else len(text)].rstrip()
        if gap.endswith(("?", "؟")):
            asked.add(k)
    return asked


def _asked_or_ended(
    doc: Doc, res: Resources, trig: Match, asked: set[int], released: dict[int, int]
) -> str | None:
    """ "question" for a trigger in a sentence that asks (``questions``), "release" for an
    abduction told after a release in its sentence (``_released``); else None."""
    sentence = doc.sentence_of(trig.first)
    if sentence in asked:
        return "question"
    info = trig.entry.value
    assert isinstance(info, TriggerInfo)
    if (
        info.sub_event_type in res.released_types
        and released.get(sentence, trig.first) < trig.first
    ):
        return "release"
    return None


def _released(doc: Doc, res: Resources) -> dict[int, int]:
    """Sentence -> the first token of its first release cue ("أفرج الخاطفون عن رهينتين
    خطفتا الشهر الماضي", "the hostages were freed three weeks after they were kidnapped"): the
    abduction told after it is what the release ended, not news."""
    if not res.released_types:
        return {}
    first: dict[int, int] = {}
    for m in doc.matches_of("cue:release"):
        first.setdefault(doc.sentence_of(m.first), m.first)
    return first


def _definite(doc: Doc, res: Resources, at: Mention) -> bool:
    """Return True for "the strike" / "الهجوم": a determiner before it or a definite prefix on it."""
    if at.token > 0 and doc.tokens[at.token - 1].norm in res.determiners:
        return True
    word = doc.tokens[at.token].norm
    return word.startswith(res.definite_prefixes)


def _blocked(
    doc: Doc,
    trig: Match,
    blocking: list[tuple[str, int, dict[int, list[Match]]]],
    context: set[int],
) -> str | None:
    """The cue class that rules ``trig`` out: "context", or one of ``blocking`` (a class, its
    window and its cues by clause) standing shortly before it in its clause; else None."""
    if doc.sentence_of(trig.first) in context:
        return "context"
    clause = doc.clause_of(trig.first)
    for name, window, by_clause in blocking:
        for cue in by_clause.get(clause, ()):
            # before the trigger, or a longer phrase around it ("similar attacks", "هجمات مماثلة")
            if 0 <= trig.first - cue.last < window or _around(cue, trig):
                return name
    return None


def _lead(doc: Doc, name: str, cue: Match) -> bool:
    """Whether a pluperfect stands in the text's first sentence, which tells the news."""
    return name == "pluperfect" and doc.sentence_of(cue.first) == 0


def _month_name(doc: Doc, cue: Match) -> bool:
    """Whether a one-word cue is capitalised beside a number: a month ("On 12 May, a suicide
    bomber", "May 2018"), not the verb "may"."""
    if cue.last - cue.first != 1 or not doc.text[doc.tokens[cue.first].start].isupper():
        return False
    near = [k for k in (cue.first - 1, cue.last) if 0 <= k < len(doc.tokens)]
    return any(doc.text[doc.tokens[k].start : doc.tokens[k].end].isdigit() for k in near)


def _around(cue: Match, trig: Match) -> bool:
    """Whether the cue phrase covers the trigger and more, or the trigger begins on the cue's
    last words ("وكان انتحاري قد فجر" and the trigger "فجر نفسه")."""
    if cue.first < trig.first < cue.last < trig.last:
        return True
    covers = cue.first <= trig.first and trig.last <= cue.last
    return covers and cue.last - cue.first > trig.last - trig.first


def _undergone(doc: Doc, res: Resources) -> set[int]:
    """Tokens a cue:undergo reaches ("تعرضت القافلة لهجوم": what someone suffered happened)."""
    window = res.cue_windows.get("undergo", 0)
    return {t for m in doc.matches_of("cue:undergo") for t in range(m.last, m.last + window)}


def _purpose(doc: Doc, res: Resources, trig: Match) -> bool:
    """Whether ``trig`` is written with a purpose prefix ("مخطط لتفجير سفارات", "ضوء أخضر
    للهجوم"): what someone means or plans to do, not what happened.

    The prefix must be a clitic the trigger phrase does without: "لغم" (a mine) begins with
    the letter but matches with it.
    """
    if not res.purpose_prefixes:
        return False
    word = doc.tokens[trig.first].norm
    for conj in res.clitics.conjunctions:
        if word.startswith(conj) and word[len(conj) :].startswith(res.purpose_prefixes):
            word = word[len(conj) :]
            break
    if not word.startswith(res.purpose_prefixes):
        return False
    first = trig.entry.tokens[0]
    matched = [f for f in res.clitics.forms(word) if _matches(first, f)]
    return bool(matched) and not any(f.startswith(res.purpose_prefixes) for f in matched)


def _matches(pattern: str, form: str) -> bool:
    return form.startswith(pattern[:-1]) if pattern.endswith("*") else form == pattern
