"""A FAQ answer said in the shape of its question, so a reply says what it is yes to: a separable verb asked
('ophalen' ~ 'haal ik de fiets op'), who is welcome, how a thing can be done, a yes said in the question's own words
('Een bakfiets huur je bij ons: ...'), and what may be done for a question whether one must."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import fact_words
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD, YES_STOP, without_yes
from app.domain.textnorm import normalise

# Separable particles a verb asked with may carry ('ophalen', 'terugbrengen', 'langskomen').
_SPLIT_PARTICLES = ("op", "af", "aan", "uit", "mee", "terug", "langs", "binnen", "door", "weg")


def split_verb_asked(answer: str, said: str, asked: tuple[str, ...]) -> str:
    """The separable verb a question asks with ('Kunt u mijn fiets thuis ophalen?' → 'ophalen') when a FAQ answer
    says yes (``answer``) and says the verb only split (``said``: 'haal ik de fiets op'), so the draft can lead with
    the word that was asked; '' otherwise."""
    if not YES_LEAD.match(answer):
        return ""
    words = normalise(said).split()
    # not the verb of what the writer must do ('moet ik iets meebrengen?' is no 'Meebrengen kan: ...')
    for word in normalise(" ".join(q for q in asked if not _MUST.search(q))).split():
        particle = next((p for p in _SPLIT_PARTICLES if word.startswith(p)), "")
        rest = word[len(particle) :]
        if not particle or not word.endswith("en") or len(rest) < 4 or word in words:
            continue
        if particle in words and any(similar(rest, w) for w in words if not w.startswith(particle)):
            return word
    return ""


# A FAQ question whether something can be done ('Kan ik online een afspraak maken?', 'Kun je ook met Tikkie betalen?').
_CAN_ASKED = re.compile(r"^\s*(kan|kun|kunt|mag)\s+(?:ik|je|u|men|we|wij|jullie)\s+(?:ook\s+)?(.+?)\s*\?\s*$", re.I)


_OWN_WORDS = re.compile(r"\b(?:ik|me|mij|mijn|m'n|we|wij|ons|onze|je|jouw|jij|u|uw|jullie)\b", re.I)


# A FAQ question whether some people or animals are welcome ('Zijn fietsers welkom?', 'Zijn honden ook welkom
# bij jullie?', 'Is een rolstoel welkom?'): who, and whether one or more.
_WELCOME_ASKED = re.compile(
    r"^\s*(?P<verb>zijn|is)\s+(?P<who>(?:(?:de|het|een)\s+)?[^\W\d_][\w-]*(?:\s+(?!(?:ook|hier|er)\b)[^\W\d_][\w-]*)?)\s+"
    r"(?:ook\s+|hier\s+|er\s+)*(?:welkom|toegelaten|toegestaan)\b[^?]*\?\s*$",
    re.I,
)


def welcome_said(question: str, answer: str) -> tuple[str, bool, str] | None:
    """('fietsers', True, 'er is een fietsenstalling, ...') for a FAQ entry that says yes to whether someone is
    welcome ('Zijn fietsers welkom? Zeker: er is een fietsenstalling, ...'): who, whether more than one, and the
    answer without its yes, so a reply can say that they are welcome before how; None for another entry, or one
    that names the writer's own ('Is mijn hond welkom?': 'mijn' would be the writer's)."""
    lead = re.match(r"^\s*(?:ja|jazeker|zeker|natuurlijk|uiteraard)\b\s*[,;:!.]?\s*", answer, re.I)
    asked = _WELCOME_ASKED.match(question)
    if lead is None or asked is None or _OWN_WORDS.search(asked.group("who")):
        return None
    return asked.group("who").strip(), asked.group("verb").lower() == "zijn", answer[lead.end() :].strip()


def how_said(question: str, answer: str) -> tuple[str, str] | None:
    """('Online een afspraak maken kan', 'via www.site.be, of bel ons.') for a FAQ entry whose answer says only how
    a thing can be done ('Ja, via www.site.be, of bel ons.': resources/fact_words.toml how_leads): what can be done
    said from its question, and the answer without its yes; None for another answer, or a question that says for
    whom ('Kan ik mijn hond meenemen?': 'mijn' would be the writer's)."""
    lead = YES_STOP.match(answer)
    rest = answer[lead.end() :].strip() if lead else ""
    first = re.match(r"([^\W\d_]+)", rest)
    asked = _CAN_ASKED.match(question)
    if first is None or first.group(1).lower() not in fact_words().how_leads or asked is None:
        return None
    if _OWN_WORDS.search(asked.group(2)):
        return None
    modal = "mag" if asked.group(1).lower() == "mag" else "kan"
    return f"{asked.group(2)[:1].upper()}{asked.group(2)[1:]} {modal}", rest


def yes_left_out(answer: str, question: str) -> str:
    """A FAQ answer without its yes, said after another answer: a how ('Ja, telefonisch tussen 10u en 17u.') with what
    can be done from its question ('Kan ik reserveren?' → 'Reserveren kan telefonisch tussen 10u en 17u.'), not a
    fragment that opens with 'Telefonisch ...'; any other answer without its yes ('Op dinsdag ...')."""
    how = how_said(question, answer) if YES_LEAD.match(answer) else None
    return f"{how[0]} {how[1]}" if how else without_yes(answer)


# 'Kan ik een bakfiets huren?': what a FAQ question asks can be done, the thing and its verb; the verb in lower
# case, as a name or place is no verb ('Kan ik een MTB huren voor de Hoge Kempen?': none).
_CAN_ONE = re.compile(
    r"^\W*(?:kan|kun|mag)\s+(?:ik|je|men|we|u)\s+(?P<thing>(?:een|de|het)\s+[^?]{3,40}?)\s+"
    r"(?P<verb>(?-i:[a-zà-ÿ])[^\W\d_]{3,})\s*\?\s*$",
    re.I,
)


_SEPARABLE = ("op", "af", "aan", "uit", "in", "mee", "terug", "weg", "door", "bij", "na", "over", "langs")


def yes_in_its_words(answer: str, faq_question: str, asked: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(thing, verb, rest of the answer) for 'Ja: een dag € 35, ...' to 'Kan ik een bakfiets huren?' when the writer
    asked it in other words ('een weekend uittesten'), so the yes is said with what it is yes to ('Een bakfiets
    huur je bij ons: een dag € 35, ...'); None when the writer said the verb, the answer says it, or the FAQ
    question has no such shape."""
    lead, can = YES_LEAD.match(answer), _CAN_ONE.match(faq_question.strip())
    if lead is None or can is None:
        return None
    verb = can.group("verb").lower()
    said = normalise(" ".join(asked)).split() + normalise(answer).split()
    if verb.startswith(_SEPARABLE) or any(similar(verb, w) for w in said):
        return None
    return can.group("thing").strip(), verb_stem(verb), answer[lead.end() :].strip()


# A FAQ question whether something may be done ('Kan ik pistolets op voorhand bestellen?'): what may be done.
MAY_ONE = re.compile(r"^\W*(?:kan|kun|mag)\s+(?:ik|je|jij|u|men|we|wij)\s+(?P<done>[^?]{6,}?)\s*\?\s*$", re.I)


# The writer asks whether they must ('moet ik die nu op voorhand bestellen?'): a FAQ's yes to whether one may is no
# answer to that.
_MUST = re.compile(r"\b(?:moet|moeten|moete|moetik|moest|moesten)\b", re.I)


def may_for_must(answer: str, faq_question: str, asked: tuple[str, ...]) -> tuple[str, str] | None:
    """(what may be done, the rest of the answer) for a FAQ 'Ja, tot 16.00 de dag ervoor' to 'Kan ik pistolets op
    voorhand bestellen?' when the writer asked whether they must ('moet ik die nu op voorhand bestellen?'): the yes
    is said as what may be done ('Pistolets op voorhand bestellen kan: tot 16.00 ...'), not as a yes to 'must';
    None when the writer did not ask with 'moet', or the FAQ has no such shape."""
    lead, may = YES_LEAD.match(answer), MAY_ONE.match(faq_question.strip())
    if lead is None or may is None or not any(_MUST.search(q) for q in asked):
        return None
    rest = answer[lead.end() :].strip()
    return (may.group("done").strip(), rest) if rest else None


def verb_stem(verb: str) -> str:
    """The stem of a Dutch infinitive, as 'ik' says it: 'huren' → 'huur', 'bakken' → 'bak', 'geven' → 'geef'."""
    stem = verb[:-2] if verb.endswith("en") and len(verb) > 4 else verb
    vowels = "aeiou"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in vowels:
        return stem[:-1]
    if len(stem) > 2 and stem[-1] not in vowels and stem[-2] in "aeou" and stem[-3] not in vowels:
        stem = f"{stem[:-1]}{stem[-2]}{stem[-1]}"
    return re.sub(r"v$", "f", re.sub(r"z$", "s", stem))
