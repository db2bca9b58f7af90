"""Verb-first clauses: the subject written right after its verb ("استهدف انتحاري حاجزا").

Some verbs read the same unvowelled in the active and the passive ("قتل" is "killed" and "was
killed"): an armed side right after one is the subject only when the victims follow it ("قتل
مسلحون ثلاثة جنود", gunmen killed three soldiers); alone it was the victim ("قتل مسلحون").
"""

from __future__ import annotations

from app.extraction.doc import Doc, ParticipantMention
from app.extraction.resources import Resources
from app.extraction.steps.incident import Incident

ARMED = ("unidentified_armed_group", "rebel_group", "militia", "state_forces", "police")
UNNAMED = ("unidentified_armed_group", "state_forces", "police")  # told by a common noun or demonym


def subject_after_verb(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "استهدف انتحاري حاجزا", "قتلت قوات الأمن خمسة مسلحين": an armed participant right
    after a verb-first verb is its subject, unless a subject stands before the verb
    ("الضربات استهدفت مجلس ...")."""
    if not may_be_subject(p):
        return False
    verb = p.at.token - 1
    if verb < 0 or res.subject_verbs.isdisjoint(res.clitics.forms(doc.tokens[verb].norm)):
        # "قتل عناصر من داعش أربعة مدنيين", "هاجمت عناصر من داعش نقطة للجيش": only the toll or
        # side after it tells the members' noun from an object ("استهدفت عناصر طالبان", it
        # targeted Taliban members)
        verb = subject_start(doc, res, p) - 1
        forms = res.clitics.forms(doc.tokens[verb].norm) if verb >= 0 else ()
        verbs = res.active_verbs.isdisjoint(forms) and res.subject_verbs.isdisjoint(forms)
        if verbs or not _victims_after(doc, res, inc, p):
            return False
    subject_before = any(t.at.last == verb for t in inc.triggers) or any(
        q.at.last == verb for q in inc.participants
    )
    # "قال الجيش إنه استهدف خلية": the pronoun of "إنه" is the verb's subject
    pronoun = verb > 0 and doc.tokens[verb - 1].norm in res.self_pronouns
    return not (subject_before or pronoun)


def subject_of_noun(doc: Doc, res: Resources, p: ParticipantMention) -> bool:
    """ "خلال اقتحام قوات الاحتلال بلدة قباطية": an armed side in construct after a verbal noun
    of an attack (``subject_nouns``) is its subject when the clause goes on after it, with its
    object or "على" ("قصف قوات النظام على قرية"); not when "and" follows ("قصف قوات النظام
    والمعارضة": either side), nor one indefinite word of an unnamed side or a demonym, which is
    an adjective there ("هجوم انتحاري", "هجوم أميركي")."""
    # "خلال هجوم عناصر حركة الشباب على قرية": the members' noun stands in the construct
    noun, after = subject_start(doc, res, p) - 1, p.at.last
    if not may_be_subject(p) or noun < 0 or after >= len(doc.tokens) or not res.subject_nouns:
        return False
    forms = res.clitics.forms(doc.tokens[noun].norm)
    if res.subject_nouns.isdisjoint(forms):
        return False
    article = res.clitics.article
    if article and any(
        f.startswith(article) and f[len(article) :] in res.subject_nouns for f in forms
    ):
        return False  # "الهجوم الإسرائيلي": a noun with the article is in no construct
    if (
        p.kind in UNNAMED
        and p.at.last - p.at.token == 1
        and not doc.tokens[p.at.token].norm.startswith(res.clitics.article)
    ):
        return False  # "هجوم انتحاري", "هجوم أميركي": one indefinite word is an adjective
    if doc.token_clause and doc.token_clause[after] != doc.token_clause[p.at.token]:
        return False
    return not _conjoined(res, doc.tokens[after].norm)


def may_be_subject(p: ParticipantMention) -> bool:
    """Whether ``p`` is a side that may do what a verb before it says (no object, no post)."""
    return p.kind in ARMED and not (p.thing or p.site)


def subject_start(doc: Doc, res: Resources, p: ParticipantMention) -> int:
    """The first token of the subject ``p`` is part of: its members' noun before it, right
    before it or before a fighter link ("عناصر من تنظيم داعش"), else its own first token."""
    for k in (1, 2):
        i = p.at.token - k
        if i < 0 or (k == 2 and doc.tokens[i + 1].norm not in res.fighter_links):
            break
        if not res.member_nouns.isdisjoint(res.clitics.forms(doc.tokens[i].norm)):
            return i
    return p.at.token


def _victims_after(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """Whether a counted toll ("ثلاثة جنود") or a side of another kind ("جنودا", "مدنيين")
    starts right after ``p``, not joined to it by "and" ("قتل مسلحون وجنود": both died)."""
    after = p.at.last
    if after >= len(doc.tokens) or _conjoined(res, doc.tokens[after].norm):
        return False
    # the toll's words run from its cue before the verb's subject to the figure after it
    return any(c.at.token < p.at.token and after < c.at.last for c in inc.casualties) or any(
        q.at.token == after and q.kind != p.kind and not q.thing for q in inc.participants
    )


def _conjoined(res: Resources, word: str) -> bool:
    """Whether ``word`` may be a conjunction and a word ("وجنود")."""
    return word.startswith(res.clitics.conjunctions) and len(res.clitics.forms(word)) > 1


def object_after_subject(doc: Doc, res: Resources, inc: Incident, p: ParticipantMention) -> bool:
    """ "هاجم مسلحون حافلة": an object, post or civilians right after the subject of a
    verb-first verb is what it attacked, as "attacked a bus" is in English (a side there is
    more often the subject's owner: "شنت مقاتلات التحالف", the coalition's jets)."""
    if not (p.thing or p.site or p.kind == "civilians"):
        return False
    return any(
        q.at.last == p.at.token and subject_after_verb(doc, res, inc, q) for q in inc.participants
    )
