"""Where two drafts happened: which of an incident's places is its own, and whether two
places can be one incident's ("Kabul" and "Kabul's Paghman", a quarter and its town)."""

from __future__ import annotations

from collections.abc import Sequence
from math import cos, hypot, radians

from app.extraction.doc import Doc, PlaceRef
from app.extraction.steps.incident import Incident
from app.extraction.types import Place

KM_PER_DEGREE = 111.2
NEAR_KM = 25.0  # places closer than this can be one incident
RANK = {"place": 0, "admin2": 1, "admin1": 2, "country": 3}


def incident_place(doc: Doc, inc: Incident, token: int) -> PlaceRef | None:
    if len(inc.places) < 2:
        return inc.places[0] if inc.places else None  # nothing to rank

    # a place in a country the article names; not one that contains another ("Kabul's Paghman");
    # not an aside in brackets ("In Niger, an attack in a camp (on the border with Mali)");
    # the most precise (a province the gazetteer knows before a natural feature it lacks, "the
    # Wadi Omran valley of Abyan province"; a town of a province before the province's capital
    # standing for it, "قصف على إدلب استهدف سراقب"); the first after the trigger
    def rank(p: PlaceRef) -> tuple[bool, bool, bool, bool, int, bool, bool, int]:
        precision = RANK.get(p.place.precision, 3)
        if precision == 0 and _for_province(p, inc.places):
            precision = RANK["admin1"]
        return (
            p.country_only,
            not p.named_country,
            p.container,
            _aside(doc, p),
            precision,
            p.place.latitude is None and p.place.precision == "admin1",  # a natural feature
            p.at.token < token,
            p.at.token,
        )

    return min(inc.places, key=rank)


def _for_province(town: PlaceRef, places: Sequence[PlaceRef]) -> bool:
    """Whether ``town`` is named like its province and the last words of the incident's about
    the province name another town of it after the capital: the capital then stands for the
    province, the town says where in it ("قصف على إدلب استهدف سراقب"); not where the capital
    comes again after the town, which it holds ("Istanbul ... the Kartal neighborhood of
    Istanbul")."""
    at = town.place
    if at.admin1 != at.name:
        return False
    last = max(q.at.token for q in places if q.place.name == at.name)
    return any(
        q.at.token > last
        and q.place.precision == "place"
        and q.place.admin1 == at.admin1
        and q.place.name != at.name
        and q.place.country_code == at.country_code
        for q in places
    )


def _aside(doc: Doc, p: PlaceRef) -> bool:
    """Whether the place is written inside brackets opened earlier in its sentence."""
    start = doc.sentences[doc.sentence_of(p.at.token)].start
    return doc.text.count("(", start, p.at.start) > doc.text.count(")", start, p.at.start)


def place_relation(a: PlaceRef, b: PlaceRef) -> str:
    pa, pb = a.place, b.place
    if pa.name == pb.name and pa.country_code == pb.country_code:
        return "same"
    if pa.country_code != pb.country_code:
        return ""
    if a.country_only or b.country_only or "admin1" in (pa.precision, pb.precision):
        return "within" if pa.admin1 == pb.admin1 or a.country_only or b.country_only else ""
    if pa.admin1 is not None and pa.admin1 == pb.admin1 and pa.admin1 in (pa.name, pb.name):
        return "within"  # a town named like its province stands for it ("غارات على خوست")
    if _unlisted_in(pa, pb) or _unlisted_in(pb, pa):
        return "within"  # "Alqani, Darzab, Jawzjan" and "attacks in Darzab": Alqani lies there
    if _two_quarters(pa, pb):
        return ""
    if None not in (pa.latitude, pa.longitude, pb.latitude, pb.longitude):
        # a neighbourhood and its town, a village and the town it is "near"
        dlat = (pa.latitude or 0.0) - (pb.latitude or 0.0)
        dlon = ((pa.longitude or 0.0) - (pb.longitude or 0.0)) * cos(radians(pa.latitude or 0.0))
        return "near" if hypot(dlat, dlon) * KM_PER_DEGREE <= NEAR_KM else ""
    return ""


def _quarter_of(a: Place, b: Place) -> bool:
    """``a`` is a quarter of town ``b``: another name at the town's point, where the town is
    the gazetteer's (its name is not the words as written; a quarter's is: "منطقة الحسينية"
    written in Baghdad, app/extraction/steps/quarters.py)."""
    return _same_point(a, b) and a.name != b.name and b.name != b.text


def _two_quarters(a: Place, b: Place) -> bool:
    """Two quarters of one town (both named as written, at its point) are different places."""
    return _same_point(a, b) and a.name != b.name and a.name == a.text and b.name == b.text


def _same_point(a: Place, b: Place) -> bool:
    return a.latitude is not None and (a.latitude, a.longitude) == (b.latitude, b.longitude)


def _unlisted_in(a: Place, b: Place) -> bool:
    """``a`` is a place the gazetteer lacks (no point), written inside ``b``'s province."""
    return (
        a.latitude is None
        and b.latitude is not None
        and a.admin1 is not None
        and a.admin1 == b.admin1
    )


def finer(b: PlaceRef, a: PlaceRef, hurt: bool = True) -> bool:
    """A more precise place; at equal precision, one inside the other: a quarter of the town
    the headline named ("منطقة الحسينية" in Baghdad) when ``hurt``, i.e. when the words with the
    quarter tell of casualties there (not "two other strikes hit an area south of Derna")."""
    rb, ra = RANK[b.place.precision], RANK[a.place.precision]
    if rb != ra:
        return rb < ra
    return (a.container and not b.container) or (hurt and _quarter_of(b.place, a.place))
