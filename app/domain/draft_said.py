"""What the writer said about a thing or a person, said back in a complaint's opening line: a thing
judged ('de vis was lauw'), a promised time that passed ('zou om 14u bezorgd worden') and a staff
member by their job ('de verkoopster zuchtte') — never a guess."""

from __future__ import annotations

import re
from functools import cache, partial

from app.domain.draft_base import DraftBase
from app.domain.draft_events import ordered_ahead, sat_where
from app.domain.draft_harm_now import harm_words
from app.domain.draft_held import brought_verbs, held
from app.domain.draft_jokes import shipped_complaint_cues
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
    | {"courier_lost", "missing_count"}
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
)
# Cues said also when the empathy names their thing: who got the wrong dish, how many were missing.
_TOLD_CUES = frozenset({"wrong_for", "missing_count"})
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
_CAPITALISED = re.compile(r"(?<![\w'‘])(?-i:[A-Z][a-zà-ÿ]{2,})\b")
_CAPS_NAME = re.compile(r"(?<![\w'‘])(?-i:[A-Z]{3,})\b")
# a name in capitals the writer says someone is called ('terwijl ons zoon LUKAS heet', 'hij heet JOREN')
_CALLED_CAPS = re.compile(r"(?<![\w'‘])(?-i:([A-Z]{3,}))\s+(?:heet|heette)\b|\b(?:heet|heette)\s+(?-i:([A-Z]{3,}))\b")
_QUOTED_NAME = re.compile(r"['‘\"“]([A-Z][a-zà-ÿ]{2,})['’\"”]")


def _distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


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


def misspelt_name(text: str, shown: str) -> str:
    """The name the writer spells elsewhere in the comment that the text on the order (``shown``, 'Gefeliciteerd
    Tes', 'LOTE') misspells: a word of it one or two letters off, same first letter ('Tess', 'Lotte') or the one
    inside the other ('Lisa' for 'Isa'); or ''."""
    # the shown text as a whole word only: 'ELIN' is no part of 'met de naam ELINE erop'
    bare = re.escape(shown.strip("'‘’\"“”"))
    rest = re.sub(rf"(?<!\w){bare}(?!\w)", " ", text)
    rest = re.sub(r"\bi\.\s?p\.\s?v\.", "ipv", rest, flags=re.I)  # 'Mila i.p.v. Milla': no sentence ends there
    names = {m.group(0) for m in _CAPITALISED.finditer(rest) if m.start() > 0 and rest[m.start() - 2] not in ".!?"}
    # a name written in capitals as it was ordered ('met de naam ELINE erop'), said as a name: 'Eline'
    names |= {m.group(0).capitalize() for m in _CAPS_NAME.finditer(rest)} if shown.isupper() else set()
    names |= {(m.group(1) or m.group(2)).capitalize() for m in _CALLED_CAPS.finditer(rest)}
    # the name as it should have been, quoted too ('stond er 'Lukas' op in plaats van 'Lucas'')
    names |= {m.group(1) for m in _QUOTED_NAME.finditer(rest)}
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", shown)]
    for word in words:
        for name in sorted(names):
            # same first letter ('Tes' for Tess), or a letter more or less around the name ('Lisa' for Isa)
            related = word[0].lower() == name[0].lower() or name.lower() in word.lower() or word.lower() in name.lower()
            near = related and 0 < _distance(word.lower(), name.lower()) <= 2
            if near and not any(w.lower() == name.lower() for w in words):
                return name
    return ""


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


# A quote of what someone said or what stood on it ('zegt die idioot 'dan moet ge maar vroeger uit uw bed komen'',
# 'Er stond 'Fijne pensionering Gerit' op'); not the writer's own quote marks ('€ 85 voor een 'balayage'', 'Fiets staat
# al 9 dagen binnen voor 'even een nieuwe ketting'': what it is there for, after 'voor').
_QUOTED = re.compile(
    r"\b(?:zegt|zei|zeiden|zeggen|riep|snauwde|snauwt|antwoordde|reageerde|horen|stond|staat|stonden)\b"
    r"[^.!?'‘\"“]{0,60}?(?<!\bvoor )(?<!\bvoor)(?P<quote>['‘\"“][^'’\"”\n]{3,120}['’\"”])",
    re.I,
)


def quoted_only(text: str, word: str) -> bool:
    """Whether ``word`` is only said inside a quote of what someone said or what stood on an order, never in
    the writer's own words: then it is not what the complaint is about."""
    own = text
    for found in reversed(list(_QUOTED.finditer(text))):  # only the quote, not the words that lead up to it
        own = f"{own[: found.start('quote')]} {own[found.end('quote') :]}"
    said = re.compile(rf"\b{re.escape(word)}\b", re.I)
    return said.search(text) is not None and said.search(own) is None


def simile_only(text: str, word: str) -> bool:
    """Whether ``word`` is only said in a comparison ('kraakt als een oude deur', 'zo hard als een baksteen'), never
    as a thing of its own: then it is not what the complaint is about."""
    said = re.compile(rf"\b{re.escape(word)}\b", re.I)
    like = re.compile(
        rf"\b(?:als|net\s+als|zoals)\s+(?:een|de|het)\s+(?:[a-zà-ÿ-]+\s+){{0,2}}?{re.escape(word)}\b", re.I
    )
    return said.search(text) is not None and said.search(like.sub(" ", text)) is None


# 'Fiets gebracht voor een nieuwe groepset', 'voor een onderhoudsbeurt binnengebracht': the job a thing was
# brought in for; a time or place after 'voor' ('voor de deur afgegeven', 'voor een week') is no job.
_NO_JOB = r"(?!(?:deur|week|dag|maand|middag|ochtend|avond|zaak|winkel)\b)"
_JOB = rf"(?:een|de|het)\s+(?P<job>(?:nieuwe?\s+)?{_NO_JOB}[a-zà-ÿ-]{{4,}})"


@cache
def _brought_for() -> re.Pattern[str]:
    """The job after or before the verb of bringing in (draft_held.brought_verbs)."""
    brought = f"(?:{brought_verbs()})"
    return re.compile(rf"\b{brought}\s+voor\s+{_JOB}\b|\bvoor\s+{_JOB.replace('job', 'job2')}\s+{brought}\b", re.I)


# The writer's thing is with the business for a job, said otherwise: waited on for its job ('wacht ik op mijn fiets
# voor een onderhoudsbeurt') or to be picked up ('Wanneer kan ik hem komen halen?').
_WITH_US = (
    rf"\bwacht\w*\s+(?:ik\s+|we\s+)?(?:al\s+)?op\s+(?:{possessive_alternation()})\s+[\w-]+\s+voor\s+(?:een|de|het)\s+"
    r"|\b(?:kan|kunnen|mag|mogen)\s+(?:ik|we|wij)\s+(?:hem|haar|het|ze|die|dat|mijn\s+[\w-]+)\s+(?:komen\s+)?(?:op)?halen\b"
)
# A booking the business made for the writer ('de bovenzaal gereserveerd ... bevestiging per mail gekregen'), an
# appointment made ('Telefonisch afspraak gemaakt voor zaterdag') or the writer's own reservation ('m'n reservatie
# via jullie app', '2x gezegd bij de reservatie'); not one still to make ('om te reserveren').
_BOOKED_WITH_US = (
    r"(?:gereserveerd|geboekt|vastgelegd|bevestiging\w*|afspraak\s+(?:gemaakt|ingepland)"
    rf"|(?:bij\s+de|{possessive_alternation()})\s+(?:reservatie|reservering))"
)


def brought_in(text: str, *, loosely: bool = False) -> bool:
    """Whether the writer's thing was brought in to the business ('Speed pedelec op 27 januari gebracht'), is
    with it ('Mijn e-bike staat daar nu al 3 weken', draft_held.held) or a booking was made ('de bovenzaal
    gereserveerd'): the job or booking has their number, so after a call in vain the business calls them. An aside
    in brackets does not part the thing from its verb ('Mijn leasefiets (via de lease) staat sinds 3 januari in hun
    atelier'), and what it says counts too ('(onderhoudsbeurt, binnengebracht op 18 mei)').
    ``loosely``: the thing with the business also without it named as the writer's (draft_held.held; the loan)."""
    for said in (text, re.sub(r"\s*\([^()]*\)", "", text)):
        if re.search(rf"\b(?:{brought_verbs()}|{_BOOKED_WITH_US})\b|{_WITH_US}", said, re.I) is not None:
            return True
        if held(said, loosely=loosely):
            return True
    return False


# The writer's own appointment: 'mijn afspraak', 'had een afspraak', 'een afspraak die ik zelf bij u heb gemaakt'.
_APPOINTMENT = re.compile(
    rf"\b(?:{possessive_alternation()})\s+afspraak\b"
    r"|\b(?:(?:ik|'k|we|wij)\s+(?:had|hadden|heb|hebben)|(?:had|hadden|heb|hebben)\s+(?:ik|'k|we|wij))\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:een|ne|nen)\s+afspraak\b"
    r"|\bafspraak\b(?:\s+[\w'-]+){0,10}?\s+(?:gemaakt|geboekt|ingepland|vastgelegd)\b",
    re.I,
)


def on_record(text: str) -> bool:
    """Whether the business has the writer's details from something of theirs: a thing brought in or a booking
    (brought_in), an order ('8 koffiekoeken besteld', draft_events.ordered_ahead) or their appointment ('met een
    afspraak die ik zelf bij u heb gemaakt'): after a call in vain the business calls them on that number, it
    does not ask for it."""
    return brought_in(text) or ordered_ahead(text) or _APPOINTMENT.search(text) is not None


def brought_for(text: str) -> str:
    """The job the writer brought the thing in for, with its article ('de nieuwe groepset'), or ''."""
    found = _brought_for().search(text)
    if found is None:
        return ""
    job = " ".join((found.group("job") or found.group("job2")).lower().split())
    return f"{article_of(job.split()[-1])} {job}"


def _shaped(cue: str, found: dict[str, str], text: str = "") -> dict[str, str]:
    """A cue's values as a line says them: a wrong text in quotes ('LOTTE 81 JAAR'; a quoted one stays as
    written), a measure without the writer's hedge ('zeker 5 cm korter'), a bare body part as the writer's own
    ('Knie open' → 'mijn knie', 'met een kapotte knie' → 'mijn knie', 'haar gebroken pols' → 'haar pols')."""
    value = found.get("waarde", "")
    if cue == "wrong_text" and value[:1] not in "'‘\"“":
        return {**found, "waarde": f"‘{value}’"}
    if cue == "own_promise" and found.get("tweede"):  # 'stond '25% korting op ...'': the offer named ('die korting')
        return {"waarde": value, "tweede": found["tweede"].lower(), "regel": "own_promise_offer"}
    if cue == "uneven":
        return {**found, "waarde": _HEDGE.sub("", value)}
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
