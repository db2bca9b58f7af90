"""What the words around a side say of its role in an incident: a cue before it ("by",
"targeting"), a toll that counts it, a passive verb after it, an attacker prefix, the force that
stopped an attacker, the side territory was taken from, a group modifying the attack noun."""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.cues import Cues
from app.extraction.steps.incident import Incident


def cue_before(doc: Doc, res: Resources, cues: Cues, p: ParticipantMention, cue: str) -> bool:
    """Whether a ``cue`` ends less than its window before ``p``, in ``p``'s sentence."""
    token = p.at.token
    # the latest start of such a cue: if any starts in p's sentence or clause, this one does
    first = cues.reaching(CUE_CATEGORY[cue], res.cue_windows.get(cue, 0)).get(token)
    if first is None:
        return False
    if cue == "target":
        # "were killed on Sunday when Boko Haram attacked": a victim's verb ends its clause
        return doc.clause_of(first) == doc.clause_of(token)
    return doc.sentences[doc.sentence_of(token)].first <= first


CUE_CATEGORY = {cue: f"cue:{cue}" for cue in ("actor", "target", "opponent")}
SOURCES = ("state_forces", "police", "civilians")  # kinds that may only report an incident


def only_reports(
    doc: Doc, res: Resources, cues: Cues, inc: Incident, p: ParticipantMention
) -> bool:
    """Return True for a force or witnesses that only report ("police said", "residents
    reported"); not for one that reports what it did ("the army said it killed")."""
    if p.kind not in SOURCES or p.owned:
        return False  # "the army said its jets struck": the jets are what it reported
    window = res.cue_windows.get("speech", 0)
    if p.at.last in cues.reached("cue:speech", window) or p.at.token in cues.reaching(
        "cue:speech", window
    ):
        # the pronoun follows the verb ("the army said it") or the speaker ("قال الجيش إنه")
        if res.subject_before_verb and _did_next(inc, p.at.last) and not _owned(doc, res, p):
            return False  # "officials said troops killed": the subject of what was reported
        if not res.subject_before_verb and _fighters_killed(doc, res, inc, p.at.last):
            return False  # "أعلن الجيش مقتل 20 إرهابيا": the fighters a force says died, it killed
        return not _own_deed(doc, res, inc, p.at.last, window)
    return False


FIGHTERS = ("unidentified_armed_group", "rebel_group")


def _fighters_killed(doc: Doc, res: Resources, inc: Incident, after: int) -> bool:
    """Whether a killed toll starts at token ``after`` and counts armed fighters ("مقتل 20
    إرهابيا", "مقتل 30 من عناصر حركة الشباب")."""
    if not any(c.at.token == after and c.kind == "killed" for c in inc.casualties):
        return False
    return any(q.kind in FIGHTERS and counted(doc, res, inc, q) for q in inc.participants)


def _owned(doc: Doc, res: Resources, p: ParticipantMention) -> bool:
    """Whether an owner word ("its", "their") stands right before ``p``: the speaker's own."""
    return p.at.token > 0 and doc.tokens[p.at.token - 1].norm in res.owners


def _did_next(inc: Incident, after: int) -> bool:
    """Whether a trigger or a toll's words start at token ``after``."""
    return any(t.at.token == after for t in inc.triggers) or any(
        c.at.token == after for c in inc.casualties
    )


SELF_GAP = 2  # the speech verb and a complementiser ("said that it", "أعلن أنه")


def _own_deed(doc: Doc, res: Resources, inc: Incident, after: int, window: int) -> bool:
    """ "The army said it had killed 12 militants", "قال الجيش إنه قتل": a pronoun of the speaker
    (``self_pronouns``) after the speech verb, then (past auxiliaries aside) a violent trigger
    or a toll."""
    tokens = doc.tokens
    for k in range(after, min(after + window + SELF_GAP, len(tokens))):
        if tokens[k].norm not in res.self_pronouns:
            continue
        m = k + 1
        while m < len(tokens) and tokens[m].norm in res.auxiliaries:
            m += 1
        if m < len(tokens) and tokens[m].norm in res.self_deeds:
            m += 1  # "أنها نفذت غارة": the verb that carried the attack out
        # an attack or a toll; not an arrest ("police said they arrested 190 protesters")
        violent = res.taxonomy.violent
        return any(t.at.token == m and t.info.event_type in violent for t in inc.triggers) or any(
            c.at.token == m for c in inc.casualties
        )
    return False


PARTITIVE = 0  # victims named right after the figure ("killed 20 soldiers")


def counted(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "Two policemen were killed", "مقتل 5 جنود": those counted in a toll are its victims
    (also when the toll's words start inside the participant's: "One police officer"), and
    the side they are members of ("three members of the Taliban", "عنصرين من الحشد")."""
    for c in inc.casualties:  # a loop, not any(): this runs for most participants
        if p.at.token < c.at.last + PARTITIVE + 1 and c.at.token < p.at.last:
            return True
        if 0 < p.at.token - c.at.last <= MEMBER_GAP and _members_of(doc, res, inc, c.at.last, p):
            return True
    return False


MEMBER_GAP = 3  # "members of the", "من عناصر": the counted noun and the partitive words


def _members_of(doc: Doc, res: Resources, inc: Incident, first: int, p: ParticipantMention) -> bool:
    """Whether tokens ``first`` up to ``p`` are a partitive link ("of", "من") and at most one
    other word that is no trigger (the counted noun: "members", "عناصر")."""
    words = [t.norm for t in doc.tokens[first : p.at.token]]
    links = sum(w in res.counted_links for w in words)
    others = [w for w in words if w not in res.counted_links and w not in res.determiners]
    if not links or len(others) > 1:
        return False
    return not any(first <= t.at.token < p.at.token for t in inc.triggers)


def passive(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "Police officers were abducted": a participant, a passive auxiliary, then a trigger."""
    if not res.passive_markers or p.at.last >= len(doc.tokens):
        return False
    if doc.tokens[p.at.last].norm not in res.passive_markers:
        return False
    return any(t.at.token == p.at.last + 1 for t in inc.triggers)


def marked_attacker(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "بهجوم لداعش": a group right after a trigger, written with an attacker prefix."""
    # the word first: few words start with a prefix, and that needs no look at the triggers
    if not res.actor_prefixes or not doc.tokens[p.at.token].norm.startswith(res.actor_prefixes):
        return False
    if not any(t.at.last == p.at.token for t in inc.triggers):
        return False
    word = doc.tokens[p.at.token].norm
    return any(word.startswith(x) and len(word) > len(x) + 2 for x in res.actor_prefixes)


def range_cue(res: Resources, cues: Cues, inc: Incident, p: ParticipantMention) -> bool:
    """ "قتل ما بين 25 و30 شخصا": the actor cue reaching ``p`` ("بين") lies inside a toll's
    words that ``p`` ends or stands in: it joins the figure's range, not two sides."""
    first = cues.reaching(CUE_CATEGORY["actor"], res.cue_windows.get("actor", 0)).get(p.at.token)
    if first is None:
        return False
    for c in inc.casualties:
        if c.at.token <= first < c.at.last and c.at.token < p.at.token <= c.at.last:
            return True
    return False


RESPONDERS = ("state_forces", "police")


def stopped_attacker(
    doc: Doc, res: Resources, cues: Cues, inc: Incident, p: ParticipantMention
) -> bool:
    """ "The gunman was shot dead by soldiers", "قتل المسلح برصاص الجنود": an attacker
    (``attacker_nouns``) written before ``p`` in its sentence as the subject of a passive verb
    (an auxiliary after it) or right before the actor cue; the force after "by" stopped the
    attack, not made it."""
    sentence = doc.sentence_of(p.at.token)
    tokens = doc.tokens
    cue = cues.reaching(CUE_CATEGORY["actor"], res.cue_windows.get("actor", 0)).get(p.at.token)
    for q in inc.participants:
        if q.kind != ATTACKER or q.at.last >= p.at.token:
            continue
        if tokens[q.at.last - 1].norm not in res.attacker_nouns:
            continue
        if doc.sentence_of(q.at.token) != sentence:
            continue
        if q.at.last == cue or tokens[q.at.last].norm in res.passive_markers:
            return True
    return False


ATTACKER = "unidentified_armed_group"


def lost_side(doc: Doc, res: Resources, cues: Cues, inc: Incident, p: ParticipantMention) -> bool:
    """Whether ``p`` stands right after a cue.lost word ("from") in an incident of territory
    taken (``Resources.lost_types``), in its clause."""
    if not any(t.info.sub_event_type in res.lost_types for t in inc.triggers):
        return False
    first = cues.reaching("cue:lost", res.cue_windows.get("lost", 0)).get(p.at.token)
    return first is not None and doc.clause_of(first) == doc.clause_of(p.at.token)


def modifier(res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "killed in an ISIS suicide attack", "an army raid": a named group or force written as the
    modifier of the trigger noun did it, whatever target cue stands before it (adjectives
    before their noun only; "police station attack" names an object, not the attacker)."""
    if res.adjective_position != "before" or p.thing or p.site or p.vague or p.instrument:
        return False
    if p.kind not in NAMED_OR_FORCES:
        return False
    return any(t.at.token == p.at.last for t in inc.triggers)


NAMED_OR_FORCES = ("rebel_group", "militia", "external_force", "state_forces", "police")
