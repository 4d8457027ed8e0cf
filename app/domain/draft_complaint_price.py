"""The profile's own price for the thing a price complaint names ('offerte voor een 3D-taart ... 185 euro ... is
dat normaal??' and the FAQ says 'een 3D-taart begint bij € 95 voor 15 personen'), and its rule for a fee on the
bill ('25 euro verplaatsing ... Eksaarde' and the delivery terms say 'verplaatsing € 15 binnen Lokeren (ook Daknam
en Eksaarde)'): said back as how it is."""

from __future__ import annotations

import re

from app.domain.draft_amounts import AMOUNT, quoted_and_billed
from app.domain.draft_counts import text_instead
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_safety_named import AFTER_SERVICES
from app.domain.draft_terms import not_fixed
from app.domain.profile import BusinessProfile
from app.domain.topics import TopicAnalysis, shipped_topic_data

_WORD = re.compile(r"[0-9a-zà-ÿ][0-9a-zà-ÿ-]{2,}")


def listed_price(profile: BusinessProfile, topics: TopicAnalysis, text: str) -> str:
    """The clause of a FAQ answer with a price for a thing the writer named ('een 3D-taart begint bij € 95 voor 15
    personen'), matched on the writer's own word for it (also the compound: '3D-taart'); '' when none."""
    things = {p.text.lower() for p in topics.products if not p.guessed and not p.place}
    said = {w for w in _WORD.findall(text.lower()) if any(w == t or w.endswith(f"-{t}") for t in things)}
    # the most specific word first: '3d-taart' before 'taart'
    for word in sorted(said, key=len, reverse=True):
        for item in profile.faq:
            faq_words = set(_WORD.findall(f"{item.question} {item.answer}".lower()))
            if word not in faq_words or "€" not in item.answer:
                continue
            clause = next((c for c in re.split(r"[;.]\s+", item.answer) if "€" in c and word in c.lower()), "")
            clause = clause or next(c for c in re.split(r"[;.]\s+", item.answer) if "€" in c)
            clause = clause.strip().rstrip(".")
            return clause[:1].lower() + clause[1:] if clause[1:2].islower() else clause
    return ""


# The endings that make a fee of a word ('verplaatsingskosten', 'bezorgtoeslag'): the rest names what it is for.
_FEE_ENDS = ("skosten", "skost", "kosten", "kost", "toeslag", "en")
# A name the writer wrote (a place: 'Eksaarde', 'Daknam'), not the first word of a sentence.
_NAME = re.compile(r"(?<=[^\s.!?]\s)(?-i:[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)\b")


def fee_named(text: str) -> str:
    """The fee the writer names with an amount ('25 euro verplaatsing', 'verzendkosten van € 6,95') as written,
    lower case; or ''."""
    for shape in shipped_complaint_cues():
        found = shape.values(text) if shape.id == "fee_named" else None
        if found:
            return found["waarde"].lower()
    return ""


def listed_fee(profile: BusinessProfile, text: str) -> str:
    """The profile's own rule for the fee the writer was billed ('verplaatsing € 15 binnen Lokeren (ook Daknam en
    Eksaarde), € 25 daarbuiten'), from the delivery terms or a FAQ answer, by what the fee is for
    ('verplaatsingskost' ~ 'verplaatsing', 'voorrijkosten' ~ 'voorrijden'); narrowed to the part that names a
    place the writer named ('verplaatsing € 15 binnen Lokeren (ook Daknam en Eksaarde)'); '' when none."""
    fee = fee_named(text)
    if not fee:
        return ""
    stem = next((fee[: -len(end)] for end in _FEE_ENDS if fee.endswith(end) and len(fee) - len(end) >= 5), fee)
    sources = [profile.delivery_terms, *(item.answer for item in profile.faq)]
    clauses = [c.strip().rstrip(".") for source in sources for c in re.split(r"[;.]\s+|\n", source)]
    clause = next((c for c in clauses if "€" in c and stem in c.lower()), "")
    if not clause:
        return ""
    places = {m.group(0) for m in _NAME.finditer(text)}
    # 'verplaatsing € 15 binnen Lokeren (ook ... Eksaarde), € 25 daarbuiten': the part for the writer's place
    parts = [p.strip() for p in re.split(r",\s+(?![^(]*\))", clause)]
    own = next((p for p in parts if "€" in p and any(re.search(rf"\b{re.escape(n)}\b", p) for n in places)), "")
    said = own or clause
    return said[:1].lower() + said[1:] if said[1:2].islower() else said


# A thing that was not good ('smaakte uit een bokaal', 'lauw'): the complaint, when the writer also names what it
# cost. A wait beside 'veel te duur' stays a second point of the price complaint.
_FAILURE_TOPIC = "kwaliteit"


def failure_besides_price(topics: TopicAnalysis, text: str = "") -> str:
    """The topic the reply owns and apologises for when the writer also names a price, '' when the price is the
    complaint: 'kwaliteit' for a thing that was not good ('24 euro, smaakte uit een bokaal, frieten lauw'; the price
    only says how much it mattered), 'wachttijd' for a quote promised and never sent ('offerte 'morgen klaar'. Dat
    was drie weken geleden'), 'overig' for work done and charged without asking first ('onderdelen die ik niet had
    gevraagd, er is niet eerst gebeld'): none of them a price the business chose."""
    cues = shipped_complaint_cues()
    if any(s.id in {"not_asked", "charged_undone", "table_smaller"} and s.pattern.search(text) for s in cues):
        return "overig"  # ('het achterlicht ... niet gedaan, wel aangerekend': a wrong bill, owned)
    if text_instead(text)[1]:  # ''Voor altijd, Tom' besteld ... 'Voor altijd, Tim' ... € 32,50 afgerekend'
        return _FAILURE_TOPIC
    if not AMOUNT.search(text) and any(s.id == "not_received" and s.pattern.search(text) for s in cues):
        return "wachttijd"
    if not_fixed(text) and any(s in AFTER_SERVICES for s in topics.services):
        # '€65 betaald voor een afstelling ... nu verspringen mijn versnellingen nog altijd lijk voorheen': the work
        # did not help, what it cost only says how much that matters
        return _FAILURE_TOPIC
    if any(quoted_and_billed(text)[1:]):
        return ""  # 'de factuur kwam € 180 hoger uit dan de offerte': a bill beyond the quote is said back as such
    data = shipped_topic_data()
    named = {c.topic for c in (data.concept(p) for p in topics.problems if p != "prijs") if c is not None}
    return _FAILURE_TOPIC if _FAILURE_TOPIC in named else ""


def unasked_amount(text: str, topic: str = "") -> re.Match[str] | None:
    """The amount charged for work done without asking first: the one nearest to where the writer says so
    ('€ 59 betaald plus € 38 aan onderdelen die ik niet had gevraagd' → € 38); None without such a remark, or
    when the complaint has a topic of its own (``topic`` other than '' or 'overig': 'de remmen', 'de wachttijd')."""
    if topic not in {"", "overig"}:
        return None
    said = next((m for s in shipped_complaint_cues() if s.id == "not_asked" and (m := s.pattern.search(text))), None)
    if said is None:
        return None
    # a shape that first checks the whole comment for money marks where the remark is with its group 'cue'
    at = said.start("cue") if "cue" in said.re.groupindex else said.start()
    return min(AMOUNT.finditer(text), key=lambda a: abs(a.end() - at), default=None)
