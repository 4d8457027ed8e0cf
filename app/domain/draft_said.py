"""What the writer said about a thing or a person, said back in a complaint's opening line: a thing
judged ('de vis was lauw'), a promised time that passed ('zou om 14u bezorgd worden') and a staff
member by their job ('de verkoopster zuchtte') — never a guess."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

from app.domain.articles import article
from app.domain.draft_base import DraftBase
from app.domain.draft_events import sat_where
from app.domain.draft_harm_now import harm_words
from app.domain.draft_held import brought_for
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_misspelt import misspelt_name, right_name
from app.domain.draft_said_once import repeats_feeling
from app.domain.draft_text import lower_but_names
from app.domain.draft_wellbeing import nearly_fell, said_recovered
from app.domain.replies import Topic, number
from app.domain.textnorm import sentences
from app.domain.topics import Mention, TopicAnalysis, article_of, shipped_topic_data
from app.domain.words import possessive_alternation

# The writer's own word for how staff behaved; other behaviour ('zuchtte', 'rolde met haar ogen') is
# said back as 'zo onvriendelijk'.
_RUDE_WORDS = (
    "onvriendelijk",
    "onbeleefd",
    "bot",
    "brutaal",
    "chagrijnig",
    "arrogant",
    "kortaf",
    "neerbuigend",
    "grof",
)
# A remark or a sigh of staff about the customer ('een zucht van de monteur ... Kan het ook zonder commentaar?'):
# said back as the remark it was, not as 'zo onvriendelijk'.
REMARK_WORDS = frozenset({"opmerking", "opmerkingen", "rotopmerking", "commentaar", "zucht", "zuchtte", "gezucht"})


# Second points that name what went wrong; two of them may both be said back.
_NAMED_CUES = frozenset(
    {"missing_item", "missing_none", "cold_food", "cold_named", "frozen", "wrong_item", "wrong_ordered", "late_until"}
    | {"courier_lost", "missing_count", "warm_drink"}
)
# A second thing of the writer's that stopped working since the work ('m'n achterlicht doet het ook niet meer'):
# said beside the first point, it is a complaint of its own.
_OTHER_THING_CUES = frozenset({"also_broken"})
# Who of the business was rude ('een snauw van de nieuwe verkoopster'): a point of its own, said beside another.
_STAFF_CUES = frozenset({"rude_staff", "report_brushed"})  # ... or brushed the writer off ('kreeg ik 'pech'')
_TREATED = re.compile(r"\b(?:behandeld|geholpen|welkom|onvriendelijk|onbeleefd|te\s+woord)\b", re.I)
# Cues about someone of the writer's (in hospital, a child on the back of the bike): said beside another.
_PERSON_CUES = frozenset({"hospital", "drip", "doctor_visit", "child_on_board", "children_on_board"})
# The writer had to see a doctor themselves ('ben vanochtend bij de huisarts geweest') or had warned of a sensitive
# skin beforehand: said beside the harm.
_CARE_CUES = frozenset({"doctor_self", "sensitive_told"})
# The cause the writer names of what happened to them (a dirty razor): said beside the harm.
_CAUSE_CUES = frozenset({"dirty_tool"})
# Cues whose {waarde} is a name by their pattern (a capital the writer wrote): said as written, also at a
# sentence's start ('Yusuf stond ondertussen te bellen').
_NAME_CUES = frozenset({"on_phone"})
# Advice for the writer's health (a doctor for a swelling in the face): said beside another point too.
_ADVICE_CUES = frozenset({"see_doctor"})
# What the business promised itself (on its website): said beside what was not there ('geen leenfiets').
_OWN_PROMISE_CUES = frozenset({"own_promise"})
# A price rise beside a complaint about something else ('verzet zonder te vragen ... en waarom 10 euro meer dan in
# januari?'): a complaint of its own, said beside another point.
_PRICE_RISE_CUES = frozenset({"price_more"})
# The reason the business gave for a higher amount ('€ 48 'voor de bloemenkrans''): said beside the amounts.
_REASON_GIVEN_CUES = frozenset({"extra_for"})
# Cues said beside another second point.
_BESIDE_CUES = (
    _PERSON_CUES
    | _CARE_CUES
    | _ADVICE_CUES
    | _CAUSE_CUES
    | _OWN_PROMISE_CUES
    | _OTHER_THING_CUES
    | _STAFF_CUES
    | _PRICE_RISE_CUES
    | _REASON_GIVEN_CUES
)
# Cues said also when the empathy names their thing: who got the wrong dish, how many were missing.
_TOLD_CUES = frozenset({"wrong_for", "missing_count", "charged_undone"})  # (charged_undone: paid for, not done)
# Cues that make the same point as another, said once: the dish that came cold by its name or as 'eten'.
_SAME_POINT = {
    "report_brushed": "report_ignored",
    "lost_booking_confirmed": "lost_booking",
    "cold_named": "cold_food",
    "frozen": "cold_food",
    "wrong_ordered": "wrong_item",
    "wrong_for": "wrong_item",
    "missing_none": "missing_item",
    "missing_count": "missing_item",
    "test_not_done": "test_asked",
    "noise_many": "noise",
    "portion_price": "portion",
    "price_more": "price_was",  # '10 euro meer dan in januari' beside 'vorig jaar nog 45': one price rise
    "drip": "hospital",  # 'aan het infuus in het ziekenhuis': one point, the hospital said once
}
# Cues that say what happened to a thing, not only its name: said also when the empathy named the thing.
_ORDERED = frozenset({"ordered_missing"})
# Words before a thing that say it may be several ('de oesters', 'twee taarten'); a cue's bare noun after 'geen' or
# 'zonder' ('zonder kroketten gekregen') has its number in its own ending.
_COUNTED = frozenset({"de", "twee", "drie", "vier", "beide"})
# Cues whose {tweede} is an amount of money.
_AMOUNT_CUES = frozenset({"price_was", "price_was_instead", "price_more", "fee_named", "portion_price"})


def rude_phrase(text: str) -> bool:
    """Whether the comment tells how staff behaved in a phrase of the staff concept (resources/topics.toml
    'personeel': 'deed uit de hoogte', 'rolde met haar ogen', 'niet welkom'): rudeness said in more words, which
    no single rude word ('kortaf') shows."""
    concept = shipped_topic_data().concept("personeel")
    phrases = [t for t in (concept.terms if concept is not None else ()) if " " in t]
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.I) for p in phrases)


def _said_once(cue: str, values: dict[str, str], said: str) -> bool:
    """Whether a second point's thing is said by the empathy already (``said``): 'geen factuur gekregen' after 'over
    de factuur', 'je cappuccino lauw was', 'over de oesters ... En dat de oesters er niet bij zaten'."""
    last = values.get("waarde", "").split()[-1:]
    if cue == "not_received" and last and f" {last[0]}" in f" {said}":
        return True  # 'geen factuur gekregen' after 'over de factuur': said once
    if _said_already(cue, values.get("waarde", ""), said):
        return True
    thing = values.get("waarde", "").split()
    new = len(thing) > 1 and thing[-2] not in {"de", "het", "een", "twee", "drie"} and f" {thing[-2]} " not in said
    # the thing ordered ahead tells more than its name: that it was not there ('de glutenvrije taart')
    told = cue in _ORDERED or cue in _TOLD_CUES
    dish = values.get("tweede", "").split()[-1:] if cue in _SAME_POINT else []
    if (
        dish and cue != "wrong_for" and f" {dish[0]} " in f" {said} " and values.get("waarde", "") in said
    ):  # 'je cappuccino lauw was'
        return True
    # 'over de oesters ... En dat de oesters er niet bij zaten': said once
    return bool(said) and len(thing) > 1 and f" {thing[-1]}" in said and not new and not told


class SaidBack(DraftBase):
    def _judged(self, topics: TopicAnalysis, at: int = 0) -> dict[str, str]:
        """The first (or ``at``) thing the writer judged, as values for a line: 'de vis', 'lauw', number."""
        thing, judgement = topics.judged[at]
        named = next((p for p in topics.products if p.text == thing), None)
        if named is not None:  # 'mijn cappuccino was lauw': 'je cappuccino'
            return {"onderwerp": self._np(named), "waarde": judgement, "meervoud": number(named.plural)}
        plural = thing.endswith(("jes", "en", "s")) and len(thing) > 4 and not thing.endswith(("ijs", "ees"))
        article = "de" if plural else article_of(thing)
        return {"onderwerp": f"{article} {thing}", "waarde": judgement, "meervoud": number(plural)}

    def _judged_empathy(self, topics: TopicAnalysis, subject: str, seed: str, text: str = "") -> str:
        """'Wat vervelend dat u voor asblond kwam en het haar oranje werd.': what the writer judged, and what
        they came for, said back when the complaint is about how something turned out (or unclear)."""
        # 'vroeg asblond, kreeg oranje ... naar een andere kapper': the result, also when the hairdresser is named
        result = topics.concept == "personeel" and bool(topics.asked) and "kwaliteit" in topics.problems
        result = result and not set(_RUDE_WORDS) & set(topics.lemmas)
        if topics.concept not in {None, "kwaliteit", "terugbetaling"} and not result:  # money back: the remedy
            return ""
        if topics.judged and came_with(text, *topics.judged[0]):
            return ""  # 'voor een lekke band': what the writer came in with, not a result judged
        # what the writer came for says the result was theirs, also with a person of theirs named
        asked_for = bool(topics.asked) and bool(topics.judged) and topics.judged[0][0] == "kleur"
        # 'de hazenrug was taai en de frieten van de kinderen koud': the thing the complaint is about, judged, is
        # said with how it was, also beside a person of the writer's (not 'niet wat je ervan verwachtte' and then
        # 'dat de hazenrug ook nog taai was')
        named = bool(topics.judged) and bool(subject) and subject.rsplit(maxsplit=1)[-1] == topics.judged[0][0]
        if topics.judged and (not topics.people or asked_for or named):
            values = self._judged(topics)
            other = subject and not subject.endswith(f" {topics.judged[0][0]}") and not topics.products[0].guessed
            # the writer named another thing the complaint is about (not the one asked for); a colour asked for
            # and another one got is said back whatever it was painted or dyed on ('lichtgrijs voor de woonkamer')
            if (
                other
                and not asked_for
                and not (topics.asked and subject.rsplit(maxsplit=1)[-1] in topics.asked.split())
            ):
                return ""
            treatment = None if topics.asked else self._treatment(topics, text)
            if treatment is not None:  # 'balayage ... ik ben gewoon ORANJE': the balayage came out orange
                values = {**values, "onderwerp": self._np(treatment), "meervoud": number(treatment.plural)}
                return self._line("complaint", "judged_service", seed, values)
            if topics.asked:
                key = "judged_asked" if _came_for(text, topics.asked) else "judged_asked_for"
                return self._line("complaint", key, seed, {**values, "dienst": topics.asked})
            # 'Op het terras ... waren de pinten lauw': where it was served, said with it
            where = sat_where(text, topics.judged[0][0]) if text else ""
            return self._line("complaint", "judged", seed, {**values, "onderwerp": f"{values['onderwerp']}{where}"})
        # ('bijknippen gevraagd, kwam eruit met een coupe alsof ...': the thing the writer came out with, and no
        # complaint of its own named, is the result; what they asked for is what went wrong, not 'na de behandeling
        # nog iets mis met de coupe')
        result = topics.concept is None and _came_out_with(text, subject)
        if topics.asked and (not subject or topics.products[0].guessed or topics.products[0].occasion or result):
            # 'een foto meegenomen van een lange bob': what they asked for, not the photo (nor 'morgen schoolfoto')
            key = "asked" if _came_for(text, topics.asked) else "asked_for"
            return self._line("complaint", key, seed, {"dienst": topics.asked})
        return ""

    @staticmethod
    def _treatment(topics: TopicAnalysis, text: str) -> Mention | None:
        """The treatment the writer named ('een balayage', 'highlights') when what they judged is not a thing they
        wrote ('ik ben gewoon ORANJE' is the colour): the result of that treatment, named by it; else None."""
        thing = topics.judged[0][0]
        if re.search(rf"\b{re.escape(thing)}", text, re.I):
            return None  # 'de kleur is oranje': the writer's own word stays
        services = {t for c in shipped_topic_data().concepts if c.group == "service" for t in c.terms}
        return next((p for p in topics.products if not p.guessed and p.text.lower() in services), None)

    def _promised(self, topics: TopicAnalysis, topic: Topic | None, subject: str, seed: str, text: str = "") -> str:
        """'Wat vervelend dat de taart niet om 14u bezorgd werd, ...': a promised time that passed, said back,
        with the job the thing was brought in for ('..., terwijl dat voor de nieuwe groepset zo was afgesproken')."""
        when, done = topics.promised
        # someone of the writer's in the promise's own sentence ('mijn dochter zou om 14u geholpen worden') has a
        # line of their own; one named elsewhere ('ik fiets op de fiets van m'n moeder') is no part of it
        # (the promise may open its sentence: 'Om 10 uur zou het bezorgd worden')
        said = next((s for s in sentences(text) if re.search(rf"\b{re.escape(when)}\b", s, re.I)), text)
        people = [p for p in topics.people if re.search(rf"\b{re.escape(p)}", said, re.I)] if text else topics.people
        if not when or (topic is not None and topic.id not in {"wachttijd", "levering"}) or people:
            return ""
        if not done:  # 'beloofd tegen half november': a delivery, when that is what the complaint is about
            if topic is None or topic.id != "levering":
                return ""
            done = "geleverd"
        plural = bool(subject) and topics.products[0].plural
        state = done in {"klaar", "gereed"}
        aux = ("waren" if plural else "was") if state else ("werden" if plural else "werd")
        values = {"onderwerp": subject or "het", "waarde": f"{when} {done} {aux}"}
        job = brought_for(text) if subject else ""
        if job and job.split()[-1] not in subject.split():  # not 'de fiets ... voor de fiets'
            return self._line("complaint", "promised_job", seed, {**values, "dienst": job})
        return self._line("complaint", "promised", seed, values)

    def _staff_empathy(self, topics: TopicAnalysis, topic: Topic | None, seed: str, subject: str = "") -> str:
        """'Wat vervelend dat de verkoopster zo onvriendelijk was.': the staff member by the job the writer
        named (resources/topics.toml, concept 'rol'), when how staff treated the writer is the complaint; with
        the thing they came for when they named one ('... toen je voor het lampje kwam')."""
        if topic is None or topic.id != "personeel" or topics.people:
            return ""  # a person of the writer's who was treated badly has a line of its own
        roles = shipped_topic_data().concept("rol")
        role = next((w for w in topics.lemmas if roles is not None and w in roles.terms), "")
        if not role:
            return ""
        how = next((w for w in _RUDE_WORDS if w in topics.lemmas), "onvriendelijk")
        values = {"onderwerp": f"{article_of(role)} {role}", "waarde": f"zo {how}", "meervoud": number(False)}
        if REMARK_WORDS & set(topics.lemmas) and how == "onvriendelijk":  # no own word for it: the remark itself
            key = "staff_remark_for" if subject else "staff_remark"
            return self._line("complaint", key, seed, {**values, "dienst": subject} if subject else values)
        if subject:
            return self._line("complaint", "judged_staff_for", seed, {**values, "dienst": subject})
        return self._line("complaint", "judged", seed, values)

    def _cue(self, text: str, seed: str, said: str = "", tried: bool = False, avoid: str = "") -> str:
        """The lines for the (at most two) second points of a complaint (resources/complaint_cues.toml), or ''.
        Two only when both name what went wrong ('lauw', 'de saté ontbrak'), not a second feeling; not one
        whose thing the empathy (``said``) names already; none saying a feeling or wish again that ``avoid``
        or the first line says ('Wat een schrik ...': 'Zo'n snee is echt niet niks', not 'daar schrik je van')."""
        lines: list[tuple[str, str]] = []
        for shape in shipped_complaint_cues():
            found = shape.values(text)
            point = _SAME_POINT.get(shape.id, shape.id)
            if shape.id in LAST_CUES:
                continue  # said only when nothing else is (ComplaintSaid._said_back)
            if found is None or point in {_SAME_POINT.get(i, i) for i, _ in lines} or (tried and shape.id == "no_news"):
                continue
            if _not_to_say(shape.id, text, said, found):
                continue
            pair = {shape.id, lines[0][0]} if lines else set()
            beside = pair & _BESIDE_CUES
            if lines and not (pair <= _NAMED_CUES or beside):  # a hospital stay is said beside another
                continue
            key = (found := _shaped(shape.id, found, text)).pop("regel", shape.id)  # 'knie open': hurt_part_state
            # a wrong number in it ('Sanne Janssen 2042') is shown as it stood; a name spelt wrong is not repeated
            wrong = found.get("waarde", "")
            name = misspelt_name(text, wrong) if shape.id == "wrong_text" and not re.search(r"\d", wrong) else ""
            if name:  # 'Er stond 'Gefeliciteerd Tes' op' for 'onze Tess': the name spelt wrong, said so
                lines.append((shape.id, self._line("complaint_cue", "wrong_name", seed, {**found, "naam": name})))
                continue
            other = right_name(text, wrong) if shape.id == "wrong_text" else ""
            if other:  # ''Lokwinske Hielke' ... Heit heet Hilbrand': another name altogether, the right one said
                other_line = self._line("complaint_cue", "wrong_name_other", seed, {**found, "naam": other})
                lines.append((shape.id, other_line))
                continue
            if "tweede" in found and shape.id in _AMOUNT_CUES:  # '4,50', '€12,50': said as '€ 4,50'
                found = {**found, "tweede": f"€ {found['tweede'].lstrip('€ ')}"}
                if found["tweede"] in said:
                    continue  # the empathy names that amount already ('het bedrag: € 12,50')
            values = {
                k: v if v[:1] in "'‘\"“" or shape.id in _NAME_CUES else _as_ours(v, text, self._poss)
                for k, v in found.items()
            }
            if _said_once(shape.id, values, said):
                continue
            thing = values.get("waarde", "").split()
            counted = shape.id == "missing_none" or (len(thing) > 1 and bool({thing[0], thing[-2]} & _COUNTED))
            plural = (bool(counted) and _plural_ending(thing[-1])) or thing[-1:] == ["kinderen"]
            values["meervoud"] = number(plural and len(thing[-1]) > 4)
            again = partial(repeats_feeling, said=" ".join([avoid, *(line for _, line in lines)]))  # none twice
            lines.append((shape.id, self._line_unlike("complaint_cue", key, seed, values, again)))
            if len(lines) == 2:
                break
        return " ".join(line for _, line in lines)

    @staticmethod
    def _fee_of(text: str, amount: str) -> str:
        """The fee the writer names with that amount ('Verplaatsingskost van 25 euro' → ' verplaatsingskost'), or ''."""
        for shape in shipped_complaint_cues():
            found = shape.values(text) if shape.id == "fee_named" else None
            if found and found["tweede"].lstrip("€ ") == amount:
                return f" {found['waarde'].lower()}"
        return ""

    @staticmethod
    def _extra_part(text: str) -> str:
        """What came on top without being agreed ('Er moest nog een kettingblad bij' → 'een kettingblad'), or ''."""
        for shape in shipped_complaint_cues():
            found = shape.values(text) if shape.id == "extra_part" else None
            if found:
                return found["waarde"].lower()
        return ""


# Second points said only when the complaint has no other ('Vroeger was da beter': a comparison, after what went wrong).
LAST_CUES = frozenset({"used_to_be_better"})
_HEDGE = re.compile(r"\b(?:zeker|wel|bijna|ruim|minstens|ongeveer|zo'n)\s+", re.I)


def _said_already(cue: str, value: str, said: str) -> bool:
    """Whether the reply says a cue's value already: the time waited until ('pas om 12u geholpen worden', no 'En dat
    u tot 12u moest wachten' after it), the noise ('dat je trapas nog altijd kraakt')."""
    if cue == "not_asked":  # 'We hadden je eerst moeten bellen' says it already
        return " eerst " in f" {said} "
    if cue == "late_until":
        return re.search(rf"(?<![\w.:]){re.escape(value)}\b", said) is not None
    return cue in {"noise", "noise_many"} and f" {value}" in f" {said}"


def _as_ours(value: str, text: str, poss: str) -> str:
    """A phrase of the writer said back: lower case but for names, 'mijn' as the reply's possessive."""
    return re.sub(r"\b(?:mijn|m'n|mn|onze)\b", poss, lower_but_names(value, text))


def _plural_ending(word: str) -> bool:
    """Whether a noun ends like a plural: '-en', or '-s' after r, l, n or e ('oesters', 'tafels', 'tapes'),
    not the '-s' of a singular like 'de regenhoes', 'de kaas', 'de bus'."""
    if word.endswith("en") or word.endswith("'s"):
        return True
    return word.endswith("s") and word[-2:-1] in {"r", "l", "n", "e"} and word[-3:-1] not in {"oe", "ee"}


def _came_out_with(text: str, subject: str) -> bool:
    """Whether the writer names the thing as what they came out with ('kwam eruit met een coupe', 'ging naar huis
    met een kapsel'), not the thing they brought or ordered ('een fototaart met Nijntje')."""
    head = subject.rsplit(maxsplit=1)[-1] if subject else ""
    return bool(head) and re.search(rf"\bmet\s+(?:een|de|het|zo'n)\s+{re.escape(head)}\b", text, re.I) is not None


def _came_for(text: str, asked: str) -> bool:
    """'Ik kwam voor asblond' (the writer came for it), not 'asblond gevraagd' (asked for it, also by order)."""
    return re.search(rf"\b(?:kwam|kwamen|ging|gingen|was)\s+voor\s+{re.escape(asked)}\b", text, re.I) is not None


def _drink(found: dict[str, str]) -> dict[str, str]:
    """'bier', 'lauw' → 'het bier', 'lauw': the drink with its article, both in lower case."""
    drink = " ".join(found["waarde"].lower().split())
    return {"waarde": f"{article(drink.split()[-1])} {drink}", "tweede": " ".join(found["tweede"].lower().split())}


# Cues whose values are reshaped by one rule: a measure without the writer's hedge, a drink with its article.
_RESHAPED: dict[str, Callable[[dict[str, str]], dict[str, str]]] = {
    "uneven": lambda found: {**found, "waarde": _HEDGE.sub("", found.get("waarde", ""))},
    "warm_drink": _drink,
}


def _shaped(cue: str, found: dict[str, str], text: str = "") -> dict[str, str]:
    """A cue's values as a line says them: a wrong text in quotes ('LOTTE 81 JAAR'; a quoted one stays as
    written), a measure without the writer's hedge ('zeker 5 cm korter'), a bare body part as the writer's own
    ('Knie open' → 'mijn knie', 'met een kapotte knie' → 'mijn knie', 'haar gebroken pols' → 'haar pols')."""
    value = found.get("waarde", "")
    if cue == "wrong_text" and value[:1] not in "'‘\"“":
        return {**found, "waarde": f"‘{value}’"}
    if cue == "own_promise" and found.get("tweede"):  # 'stond '25% korting op ...'': the offer named ('die korting')
        return {"waarde": value, "tweede": found["tweede"].lower(), "regel": "own_promise_offer"}
    if cue in _RESHAPED:
        return _RESHAPED[cue](found)
    if cue == "hurt_part":
        words = value.split()
        state = found.get("staat", "")
        if state and words[0].lower() in {"mijn", "m'n", "mn"} | {words[-1].lower()}:
            # the writer's own, as they said how it is ('knie open en mijn pols is gekneusd'): 'een open knie en
            # een gekneusde pols', never 'je knie geraakt'; said with its own line (regel: hurt_part_state)
            second = found.get("deel2", "")
            hurt = [_hurt_as_said(words[-1], state), *([_hurt_as_said(second, found["staat2"])] if second else [])]
            who = _hurt_whose(text, value, state) if len(words) == 1 else ""
            if who:  # 'Ze is voorover gevallen, kin open': the part of who fell, not the writer's
                return {"waarde": " en ".join(hurt), "persoon": who, "regel": "hurt_part_state_of"}
            return {"waarde": " en ".join(hurt), "regel": "hurt_part_state"}
        if words[0].lower() in _OWNERS:
            return {**found, "waarde": f"{words[0]} {words[-1]}"}
        return {**found, "waarde": f"mijn {words[-1]}"}
    return found


# Who a bare hurt part belongs to when its sentence opens with someone else than the writer ('Ze is voorover
# gevallen, kin open', 'Mijn zoon viel, knie open'): 'ze', 'hij', or the writer's person.
_HURT_WHOSE = re.compile(rf"(?:^|[.!?]\s+)(?P<who>ze|zij|hij|(?:{possessive_alternation()})\s+\w+)\b[^.!?]*$", re.I)


def _hurt_whose(text: str, part: str, state: str) -> str:
    """Whom the bare hurt ``part`` said with ``state`` belongs to ('Ze is voorover gevallen, kin open' → 'ze'), or ''
    for the writer ('Ik viel, knie open')."""
    said = re.search(rf"\b{re.escape(part)}\s+(?:lag\s+|was\s+|is\s+)?{re.escape(state)}\b", text, re.I)
    before = _HURT_WHOSE.search(text[: said.start()]) if said else None
    who = before.group("who") if before else ""
    return "zij" if who.lower() == "zij" else (who.lower() if who.lower() in {"ze", "hij"} else who)


def _hurt_as_said(part: str, state: str) -> str:
    """'een open knie', 'een gekneusde pols', 'een kapotte lip': a state said before its part, inflected; a counted
    part keeps its count ('twee tanden' afgebroken: 'twee afgebroken tanden')."""
    state = state.lower()
    if state.endswith("ot"):
        state += "te"  # kapot: kapotte
    elif state.endswith(("d", "t")):
        state += "e"  # gekneusd, verstuikt
    count, _, counted = part.lower().partition(" ")
    return f"{count} {state} {counted}" if counted else f"een {state} {part.lower()}"


# Cues whose {waarde} is a near one of the writer's ('mijn vader van 78'), never a part of the body.
_NEAR_ONE_CUES = frozenset({"doctor_visit", "hospital", "drip"})

_OWNERS = frozenset({"mijn", "m'n", "mn", "haar", "zijn", "z'n", "d'r"})


@cache
def _near_one() -> re.Pattern[str]:
    """A near one of the writer's ('mijn dochterke', 'ons zoontje'), also said as a diminutive or with the writer's
    own as spoken ('me zoon', 'menne zoon'; right before the person only, as 'me' is mostly 'mij')."""
    known = shipped_topic_data().concept("naaste")
    terms = "|".join(re.escape(t) for t in (known.terms if known is not None else ("dochter", "zoon")))
    own = rf"(?:(?:{possessive_alternation()})\s+(?:\w+\s+)?|(?:me|menne|m'ne)\s+)"
    return re.compile(rf"\b{own}(?:{terms})\w*", re.IGNORECASE)


def came_with(text: str, thing: str, judgement: str) -> bool:
    """Whether the writer came in with the thing in that state ('voor een lekke band', 'met mijn kapotte
    rits'): the reason for the visit, not a result judged afterwards."""
    pattern = (
        r"\b(?:voor|met|vanwege|wegens)\s+(?:een|mijn|m'n|mn|de|het|onze|ons)\s+"
        rf"{re.escape(judgement)}\w*\s+{re.escape(thing)}\b"
    )
    return re.search(pattern, text, re.IGNORECASE) is not None


def _not_to_say(shape: str, text: str, said: str, found: dict[str, str] | None = None) -> bool:
    """'na een pilletje is hij nu oké': no doctor's advice to someone who is fine again; ''Donderdag klaar' zei hij':
    a promise the empathy says back is no remark to take up; 'nen halve voortand' said with 'een' in a comment
    about a near one ('mijn dochterke') is nobody's for sure; 'mijn hoofdhuid ... naar de huisartsenpost' is the
    writer's own skin, no near one who went to the doctor or hospital ('Dat uw hoofdhuid zelfs naar de dokter
    moest')."""
    hurt = (found or {}).get("waarde", "").split()
    if shape in _NEAR_ONE_CUES and len(hurt) > 1 and hurt[1].lower() in harm_words("body"):
        return True
    if shape == "hurt_part" and len(hurt) > 1 and hurt[0].lower() not in _OWNERS and _near_one().search(text):
        return True
    if shape == "fell" and nearly_fell(text):  # 'ik ben bijna gevallen': no 'Zo'n val is echt niet niks'
        return True
    if shape in _STAFF_CUES and _TREATED.search(said):  # the empathy is about how the writer was treated already
        return True
    return (shape in _ADVICE_CUES and said_recovered(text)) or (
        shape == "staff_remark" and _quote_said_back(text, said)
    )


def _quote_said_back(text: str, said: str) -> bool:
    """Whether a quote of ``text`` stands in ``said`` already ('Donderdag klaar' in 'niet donderdag klaar was')."""
    quotes = re.findall(r"['‘\"“]([^'’\"”\n]{3,100})['’\"”]", text)
    return any(q.strip().lower() in said.lower() for q in quotes if q.strip())
