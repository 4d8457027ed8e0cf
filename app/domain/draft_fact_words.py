"""The word lists drafting matches facts with: resources/fact_words.toml (a question's verb, what it is
about, related words, kinds of things) and resources/synonyms.toml (the writer's words made the FAQ's, and
English holiday names), loaded once and checked when loaded."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.domain.draft_cues import draft_cues
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.topics import shipped_topic_data
from app.domain.words import MONTH_NAMES, SHORT_WEEKDAYS, WEEKDAY_NAMES, alternation
from app.resources import resource_path


@dataclass(frozen=True)
class FactWords:
    """resources/fact_words.toml: the Dutch words that find a question's verb and what it is about."""

    question_lead: frozenset[str]
    subject_pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    joined_verbs: frozenset[str]  # 'is' in '... en is er ook een vegetarische versie?': a second question begins
    particles: frozenset[str]
    aux_particles: frozenset[str]
    not_about: frozenset[str]
    manner_prepositions: frozenset[str]
    circumstance_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    generic: frozenset[str]
    time_words: frozenset[str]
    weekdays: frozenset[str]
    day_parts: frozenset[str]  # a part of a day after its name ('donderdagavond', 'zondagnoen', 'zondags')
    near_days: frozenset[str]  # the days by their distance from today ('vandaag', 'morgen'), also with a part
    time_units: frozenset[str]  # a unit of time after a number ('tot 18 uur'): a time, not a count
    not_focus: frozenset[str]  # nouns that name no thing a question asks about ('op een zaterdag', 'voor 20 man')
    prepositions: frozenset[str]  # the prepositions a price's thing stops before ('een pintje op het terras')
    suffixes: frozenset[str]
    refused: frozenset[str]
    elsewhere: frozenset[str]
    elsewhere_places: frozenset[str]  # where a thing not made here comes from ('uit een fabriek'), said back
    made_here: frozenset[str]
    manner_words: frozenset[str]
    adjective_ends: frozenset[str]
    inflected_adjectives: frozenset[str]  # common adjectives, inflected: a word in -en after one is a noun
    season_words: frozenset[str]
    degree_words: frozenset[str]
    mobility_aids: frozenset[str]
    bike_words: frozenset[str]  # a parking question for bikes ('fietsen stallen'): the fact must name them
    car_words: frozenset[str]  # ... unless it asks for a car too
    bike_put_verbs: frozenset[str]  # where to leave or charge the bikes ('onze e-bikes ergens neerzetten')
    charge_words: frozenset[str]  # a question to charge a battery ('can we charge our e-bikes?', 'opladen')
    charge_told: frozenset[str]  # ... answered by a fact naming one of these, also inside a word ('laadpalen')
    deals: frozenset[str]  # the kinds of deal a question means ('verkopen|kopen|sell', 'huren|rent'), forms with '|'
    number_words: frozenset[str]
    order_ahead: frozenset[str]  # how a thing is ordered or reserved ahead ('vooruitbestel', 'reserveer')
    purpose_words: frozenset[str]
    allergy_heads: frozenset[str]  # a word ending in one is about allergy ('glutenintolerantie', 'allergieën')
    reacted: frozenset[str]  # a reaction of the body ('ooit gereageerd op haarverf') is about allergy
    message_words: frozenset[str]  # ... unless the words are about a message ('nooit gereageerd op mijn mail')
    ahead_words: frozenset[str]  # how far ahead ('van te voren', 'op voorhand', 'in advance')
    tell_words: frozenset[str]  # letting the business know ('zeggen', 'doorgeven', 'let you know')
    invoice_words: frozenset[str]  # 'op factuur': paying on account, as a business asks
    voucher_words: frozenset[str]  # 'met de Beringse cadeaubon': paying with another's voucher
    only_words: frozenset[str]  # a rumour that says only one way is left ('enkel nog op afspraak')
    partly_words: frozenset[str]  # a rumour that says how often, so may be partly true ('soms', 'vaak')
    access_words: frozenset[str]  # a rumour that one may not come with a thing ('niet meer terecht met')
    fetch_verbs: frozenset[str]  # the writer comes to get a thing ('moet nog een binnenband halen')
    animals: frozenset[str]  # people-like words that are pets ('onze hond'), never a person coming along
    service_animals: frozenset[str]  # 'hulphonden welkom' tells nothing of a pet dog
    achieved: frozenset[str]  # occasions that are something achieved or done ('diploma'), said as done
    birth_parties: frozenset[str]  # what a business helps with around a birth ('de kraamvisite'), not the birth
    not_eaten: frozenset[str]  # the words before what someone does not eat ('zonder', 'geen', 'no')
    denial_words: frozenset[str]  # the words that deny a condition ('geen coeliakie', 'niet allergisch')
    conditions: frozenset[str]  # conditions of the body, also as a compound's end ('coeliakie', 'notenallergie')
    without_words: frozenset[str]  # a question that asks for the other way ('Kun je zonder afspraak komen?')
    ill_words: frozenset[str]  # the writer says they are ill ('flink ziek (koorts)'): a get-well wish
    unseen: frozenset[str]  # the business no longer seen ('busje al weken niet gezien'), as closing-down's reason
    reason_words: frozenset[str]  # a clause that says why ('omdat ze de huur niet kunnen betalen')
    accused_words: frozenset[str]  # misconduct or an insult in a rumour ('dronken'): not quoted back
    area_words: frozenset[str]  # a delivery area given as a radius or region ('binnen 25 km', 'en omgeving')
    stopped_words: frozenset[str]  # a rumour that a recurring thing stopped ('de quiz is gestopt')
    moving_words: frozenset[str]  # a rumour that the business moves ('gaan verhuizen naar Sint-Gillis')
    owner_words: frozenset[str]  # the owner of a business named in a rumour ('de eigenares verhuist naar Spanje')
    fragment_leads: frozenset[str]  # a FAQ answer that only completes its question ('Ja, met Cyclis ...')
    free_words: frozenset[str]  # free of charge ('gratis eigen parking'): a rumour of a charge is wrong
    paid_words: frozenset[str]  # a charge ('de parking wordt betalend'): a rumour of it is wrong when the fact is free
    regret_leads: frozenset[str]  # how an answer may open with regret ('Helaas, ...'): not after 'Dat klopt niet'
    closed_names: frozenset[str]  # a holiday line's name that says closed ('jaarlijkse sluiting', 'verlof')
    recurring_words: frozenset[str]  # a FAQ answer that says it recurs ('Elke donderdag om 20:00')
    general_words: frozenset[str]  # a FAQ answer that says it holds for every kind ('Ja, alle merken')
    staff_words: frozenset[str]  # an organisation's people it offers something ('onze medewerkers')
    offer_verbs: frozenset[str]  # offering it to them ('aanbieden', 'cadeau doen')
    gift_words: frozenset[str]  # a thing asked for as a present ('als verrassing', 'een cadeautje voor')
    cheap_words: frozenset[str]  # a rumour that a product is cheap or from a discount store ('goedkope verf')
    brands: frozenset[str]  # brand names people write in lower case ('gazelle uit 2019'): the thing they ask about
    time_leads: frozenset[str]  # a FAQ answer that opens with when ('Om 8:30 ...') and names no subject
    period_words: frozenset[str]  # the business's weeks off asked without a date ('Wanneer is jullie verlof?')
    period_own: frozenset[str]  # the writer's own weeks off ('wij gaan op vakantie', 'mee op vakantie'): not asked
    month_early: frozenset[str]  # a word before a month for its first days ('begin november'): days 1 to 10
    month_mid: frozenset[str]  # ... for its middle ('half november', 'midden mei'): days 11 to 20
    month_late: frozenset[str]  # ... for its last days ('eind oktober'): days 21 to 31
    how_leads: frozenset[str]  # a FAQ answer that opens with how ('Ja, via de website ...') and names no subject
    place_ends: frozenset[str]  # how a place name often ends ('-wijk', '-dam'): a lowercase place in a question
    body_parts: frozenset[str]  # the writer's own pain beside a question ('pijn aan mn knieën'): a caring line
    for_whom: frozenset[str]  # a compound's first part that says for whom ('kinderknipbeurt'): no other one's price
    people_groups: frozenset[str]  # of those, the groups of people by age or sex ('kinder', 'dames')
    pay_forms: frozenset[str]  # forms of the ways to pay beside the 'betalen' concept's terms ('gepind', 'kaart')
    same_day: tuple[frozenset[str], ...]  # names for one fixed day ('oudejaarsdag', '31 december', '31-12')
    qualities: frozenset[str]  # a kind of product, its variants joined by '|' ('vegan|plantaardig')
    related: dict[str, str]
    same_meaning: dict[str, str]  # words that mean the same for FAQ matching, also by stem ('binnenlop' → 'afspraak')
    kind_of: dict[str, str]
    feast_of: dict[str, str]  # a day of a feast of more days and that feast ('paasmaandag' → 'pasen')
    diet_of: dict[str, str]  # what someone does not eat and the diet for it ('vlees' → 'vegetarisch')
    diet_people: dict[str, str]  # who keeps a diet and that diet ('vegetariërs' → 'vegetarisch')
    month_words: dict[str, str]  # another name for a month after a day's number ('15 oogst' → 'augustus')
    week: tuple[str, ...]  # the weekdays in their order, Monday first


# A Dutch weekday as a regex fragment, for patterns compiled at import ('zaterdag', 'Zondagmorgen' with a
# suffix after it); tests/domain/test_draft_fact_words.py checks it matches exactly the weekdays of week_days().
WEEKDAY = f"(?:{'|'.join(WEEKDAY_NAMES)})"
# ... shortened as a profile writes it ('ma', 'Di.'), as a regex fragment.
SHORT_WEEKDAY = f"(?:{'|'.join(SHORT_WEEKDAYS)})"


def week_days() -> tuple[str, ...]:
    """The weekdays in their order, Monday first (resources/fact_words.toml)."""
    return fact_words().week


# The lists of resources/fact_words.toml, each a non-empty list of words.
_LISTS = (
    "question_lead",
    "subject_pronouns",
    "auxiliaries",
    "joined_verbs",
    "particles",
    "aux_particles",
    "manner_prepositions",
    "circumstance_prepositions",
    "place_prepositions",
    "not_about",
    "generic",
    "time_words",
    "weekdays",
    "day_parts",
    "near_days",
    "time_units",
    "not_focus",
    "prepositions",
    "suffixes",
    "refused",
    "elsewhere",
    "elsewhere_places",
    "manner_words",
    "made_here",
    "adjective_ends",
    "inflected_adjectives",
    "season_words",
    "degree_words",
    "mobility_aids",
    "bike_words",
    "car_words",
    "bike_put_verbs",
    "charge_words",
    "charge_told",
    "deals",
    "number_words",
    "qualities",
    "order_ahead",
    "purpose_words",
    "allergy_heads",
    "reacted",
    "message_words",
    "ahead_words",
    "tell_words",
    "only_words",
    "invoice_words",
    "voucher_words",
    "partly_words",
    "access_words",
    "without_words",
    "not_eaten",
    "denial_words",
    "conditions",
    "fetch_verbs",
    "animals",
    "service_animals",
    "achieved",
    "birth_parties",
    "ill_words",
    "unseen",
    "reason_words",
    "accused_words",
    "pay_forms",
    "area_words",
    "place_ends",
    "for_whom",
    "people_groups",
    "body_parts",
    "time_leads",
    "how_leads",
    "stopped_words",
    "moving_words",
    "owner_words",
    "regret_leads",
    "free_words",
    "paid_words",
    "fragment_leads",
    "closed_names",
    "recurring_words",
    "general_words",
    "brands",
    "cheap_words",
    "staff_words",
    "offer_verbs",
    "gift_words",
    "period_words",
    "period_own",
    "month_early",
    "month_mid",
    "month_late",
)


@lru_cache(maxsize=1)
def fact_words() -> FactWords:
    raw = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8"))
    if raw.get("schema") != 1:
        raise ValueError("fact_words.toml: schema 1 expected")
    found: dict[str, frozenset[str]] = {}
    for name in _LISTS:
        value = raw.get(name)
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
            raise ValueError(f"fact_words.toml: '{name}' must be a list of words")
        found[name] = frozenset(w.strip().lower() for w in value)
    related, kind_of = raw.get("related"), raw.get("kind_of")
    if not isinstance(related, dict) or not all(isinstance(v, str) and v.strip() for v in related.values()):
        raise ValueError("fact_words.toml: [related] must map a word to the word it means")
    if not isinstance(kind_of, dict) or not all(isinstance(v, str) and v.strip() for v in kind_of.values()):
        raise ValueError("fact_words.toml: [kind_of] must map a word to the broader word it is a kind of")
    days = raw["weekdays"]
    if len(days) != 7 or len({d[:2] for d in days}) != 7:
        raise ValueError("fact_words.toml: 'weekdays' must name the seven days, each with its own first two letters")
    found["not_about"] |= frozenset(MONTH_NAMES)  # a month says when, not what
    return FactWords(
        **found,
        same_day=_groups(raw.get("same_day"), "same_day"),
        related={str(k).lower(): str(v).strip().lower() for k, v in related.items()},
        kind_of={str(k).lower(): str(v).strip().lower() for k, v in kind_of.items()},
        feast_of={str(k).lower(): str(v).strip().lower() for k, v in (raw.get("feast_of") or {}).items()},
        diet_of=_table(raw, "diet_of"),
        diet_people=_table(raw, "diet_people"),
        same_meaning=_table(raw, "same_meaning"),
        month_words=_months(_table(raw, "month_words")),
        week=tuple(days),
    )


def _months(table: dict[str, str]) -> dict[str, str]:
    """[month_words], each value checked to be a month's Dutch name."""
    wrong = sorted(v for v in table.values() if v not in MONTH_NAMES)
    if wrong:
        raise ValueError(f"fact_words.toml: [month_words] must map words to a month, not to '{wrong[0]}'")
    return table


def _table(raw: dict[str, object], name: str) -> dict[str, str]:
    """A table of words → a word, keys and values lower case; ValueError naming the table when it is malformed."""
    table = raw.get(name)
    if not isinstance(table, dict) or not table or not all(isinstance(v, str) and v.strip() for v in table.values()):
        raise ValueError(f"fact_words.toml: [{name}] must map words to a word")
    return {" ".join(str(k).lower().split()): str(v).strip().lower() for k, v in table.items()}


def _groups(value: object, name: str) -> tuple[frozenset[str], ...]:
    """A list of word lists, each group lower case; ValueError naming the table when it is malformed."""
    if not isinstance(value, list) or not value:
        raise ValueError(f"fact_words.toml: '{name}' must be a list of word lists")
    groups = []
    for group in value:
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(w, str) and w.strip() for w in group):
            raise ValueError(f"fact_words.toml: each group in '{name}' must list two or more names")
        groups.append(frozenset(w.strip().lower() for w in group))
    return tuple(groups)


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """resources/synonyms.toml: the writer's word ('e-bike', 'rent') → the FAQ's words ('elektrisch fiets')."""
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    same = raw.get("same", {})
    if raw.get("schema") != 1 or not isinstance(same, dict):
        raise ValueError("synonyms.toml: schema 1 with a [same] table expected")
    return {" ".join(str(k).lower().split()): str(v).strip().lower() for k, v in same.items()}


@lru_cache(maxsize=1)
def _english_holidays() -> dict[str, str]:
    raw = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))
    days = raw.get("english_holiday", {})
    if not isinstance(days, dict) or not all(isinstance(v, str) and v.strip() for v in days.values()):
        raise ValueError("synonyms.toml: [english_holiday] must map an English holiday to its Dutch name")
    return {str(k).lower(): str(v).strip().lower() for k, v in days.items()}


def english_holiday(text: str) -> tuple[str, str]:
    """(the English name as written, its Dutch name) of the longest holiday an English text names
    ('New Year's Day' → 'nieuwjaarsdag'); ('', '') when none."""
    lower = text.lower().replace("’", "'")
    found = [(k, v) for k, v in _english_holidays().items() if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", lower)]
    if not found:
        return "", ""
    name, dutch = max(found, key=lambda kv: len(kv[0]))
    start = lower.index(name)
    return text[start : start + len(name)], dutch


# An amount of money as a profile writes it ('€ 12', '€12,50', '15 euro', '8 eur').
AMOUNT = re.compile(r"€\s*\d|\d\s*(?:euro|eur)\b", re.I)


@lru_cache(maxsize=1)
def _service_animals_named() -> re.Pattern[str]:
    """The assistance animals of fact_words.toml (service_animals) as whole words, built once at first use."""
    return re.compile(
        rf"(?<!\w)(?:{alternation(tuple(sorted(fact_words().service_animals)), spaced=True)})(?!\w)", re.I
    )


def without_service_animals(value: str, asked: Iterable[str]) -> str:
    """A profile fact without the assistance animals it lets in ('hulphonden welkom'), unless the asked words name one:
    'Mag onze hond mee?' is not answered by a fact that names only those (resources/fact_words.toml service_animals)."""
    if any(normalise(w) in fact_words().service_animals for w in asked):
        return value
    named = _service_animals_named()
    # the whole part that names one goes ('hulphonden welkom': its 'welkom' lets no pet in either)
    return "".join(p for p in re.split(r"(?<=[,;.])", value) if not named.search(p))


def names_pay_method(text: str) -> bool:
    """Whether a text names a way to pay ('contant', 'Tikkie', 'met de kaart'), not only paying itself."""
    concept = shipped_topic_data().concept("betalen")
    plain = normalise(text)
    words = set(plain.split())
    methods = [t for t in (concept.terms if concept else ()) if t != "betalen"] + sorted(fact_words().pay_forms)
    return any(t in words or (" " in t and t in plain) for t in methods)


def invoice_unlisted(question: str, payment: str) -> str:
    """Paying on account as the question names it ('kan dat op factuur?' → 'betalen op factuur') when the profile's
    ways to pay (``payment``) name no such thing; '' otherwise."""
    words = alternation(tuple(sorted(fact_words().invoice_words)), spaced=True)
    found = re.search(rf"\b(?:(?:op|per|via|met)\s+)?(?:{words})\b", question, re.I)
    if found is None:
        return voucher_unlisted(question, payment)
    if re.search(rf"\b(?:{words})", payment, re.I):
        return ""
    said = found.group(0).lower()
    return f"betalen {said}" if said.split()[0] in {"op", "per", "via", "met"} else said


# Paying or cashing in, said of a voucher ('Nemen jullie cadeaubonnen aan?', 'kan ik mijn waardebon inwisselen?').
_PAYING = re.compile(r"\b(?:betal|afreken|accepte|aanvaard|inwissel|besteed|besteden|aan\b)", re.I)


def voucher_unlisted(question: str, payment: str) -> str:
    """Paying with a voucher as the question names it ('kan ik betalen met de Beringse cadeaubon?' → 'betalen met de
    Beringse cadeaubon', 'Nemen jullie cadeaubonnen aan?' → 'betalen met cadeaubonnen') when the profile's ways to
    pay name no voucher; '' otherwise."""
    words = alternation(tuple(sorted(fact_words().voucher_words)), spaced=True)
    # 'met de Beringse cadeaubon', 'met een VVV-cadeaukaart': the writer's own words; 'mijn cadeaubon' is not ours
    named = r"(?:met|via)\s+(?:(?:de|een)\s+)?(?:[^\W\d_]+se\s+|(?-i:[A-Z])[\w-]*\s+)?"
    found = re.search(rf"\b(?:{named})?({words})\b", question, re.I)
    if found is None or re.search(rf"\b(?:{words})", payment, re.I):
        return ""
    said, word = found.group(0), found.group(1)
    if said == word and not _PAYING.search(question):
        return ""  # 'Verkopen jullie cadeaubonnen?' asks for one, not to pay with it
    if said != word:
        return f"betalen {said}"
    return f"betalen met {word}" if word.lower().endswith(("en", "s")) else f"betalen met een {word}"


def order_ahead_said(values: list[str]) -> str:
    """The first part of a profile text that says how to order or reserve ahead ('vooruitbestellen kan tot
    20:00 de avond ervoor, dan ligt het onder je naam klaar'); '' when none says so."""
    for value in values:
        for whole in re.split(r"[;\n]", value):
            # a part that closes a bracket opened before it ('zo 8.00–11.00 (brood; vooraf bestellen kan tot za
            # 15.00), ma gesloten'): only what stands inside, not the rest of the hours
            closed = ")" in whole and "(" not in whole.split(")", 1)[0]
            part = whole.split(")", 1)[0] if closed else whole
            lower = part.lower()
            if any(w in lower for w in fact_words().order_ahead) and not re.search(r"\b(?:geen|niet|nee)\b", lower):
                return part.strip().rstrip(".")
    return ""


def order_ahead_of(profile: BusinessProfile) -> str:
    """How to order ahead, as the profile says it ('Vooruitbestellen kan tot 20:00 de avond ervoor'), or ''."""
    fields = [profile.value(f) for f in ("delivery_terms", "opening_hours", "payment")]
    said = order_ahead_said([*fields, *(f.answer for f in profile.faq)])
    return said[:1].upper() + said[1:]


def fetches(text: str) -> bool:
    """Whether the writer comes to get a thing ('moet nog een binnenband halen', 'wil brood kopen')."""
    said = " ".join(re.findall(r"\w+", text.lower()))
    return any(re.search(rf"\b{verb}\b", said) for verb in fact_words().fetch_verbs)


def value_parts(value: str) -> list[tuple[str, bool]]:
    """A profile value split on ';' ('Bancontact en cash; geen kredietkaart'), each part stripped and with whether it
    says what is not so (a word of draft_cues.toml's ``not_words``: 'geen', 'niet', 'behalve'); empty parts left out."""
    not_words = draft_cues().not_words
    parts = (p.strip() for p in value.split(";"))
    return [(p, bool(not_words & set(normalise(p).split()))) for p in parts if p]
