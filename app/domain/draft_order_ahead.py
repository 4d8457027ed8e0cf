"""The tip after a sold-out complaint ('er waren al geen pistolets meer'): how to order ahead, as the profile
says it, but only a line about the same kind of product or about ordering in general. 'Een feesttaart op maat
bestelt u minstens vijf dagen vooraf' is no tip for someone who came for pistolets."""

from __future__ import annotations

import re

from app.domain.draft_asked_ahead import HOW_FAR_AHEAD
from app.domain.draft_fact_words import order_ahead_said
from app.domain.draft_faq_shapes import MAY_ONE
from app.domain.draft_thing_kinds import qualities_named
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.profile import BusinessProfile
from app.domain.topics import shipped_topic_data

_MIN_HEAD = 4  # the last part of a compound that names the thing: 'foto-taart', not 'vo-oraf'
_PLURAL_ENDS = ("'s", "s", "en", "n")


# A way to order that holds for others only ('wel voor bedrijven en vergaderingen ... bestellen 2 dagen vooraf'): no
# tip for a customer who came to the shop.
_for_others = re.compile(r"^\s*(?:wel|alleen|enkel|uitsluitend|maar)\s+(?:voor|aan)\s+(?!u\b|je\b|iedereen\b)", re.I)


# Where one sentence of a profile text ends and the next begins ('... af te halen. Een foto ...'), not 'bv. een'.
_SENTENCE = re.compile(r"(?<=[a-zà-ÿ0-9)][.!])\s+(?=[A-Z])")


def order_ahead_tip(profile: BusinessProfile, product: str, text: str) -> str:
    """The profile's first way to order ahead that says how far ahead ('Bestel pistolets tot 18:00 de dag
    ervoor') and is about ``product`` (the thing the writer came for, '' when none was named) or names no
    product at all; its FAQ 'Ja,' left out, as it is said as a statement. '' when none fits."""
    fields = [("", profile.value(f)) for f in ("delivery_terms", "opening_hours", "payment")]
    # sentence by sentence: 'Geen levering aan huis. Taarten bestellen tot 2 dagen vooraf.' holds a tip after its
    # 'geen'; '... 1 week vooraf bestellen. Een foto op de taart kan voor €6 extra.' is the tip without the photo
    for question, value in (
        (q, sentence)
        for q, v in [*fields, *((f.question, f.answer) for f in profile.faq)]
        for sentence in _SENTENCE.split(v)
    ):
        said = YES_LEAD.sub("", order_ahead_said([value])) or _asked_ahead_yes(question, value)
        if not said or not HOW_FAR_AHEAD.search(said) or _for_others.search(said):
            continue
        about = f"{question} {said}"
        if qualities_named(about) - qualities_named(text):
            continue  # 'Hebben jullie glutenvrij brood? Bestel het een dag van tevoren': another kind of bread
        named = products_named(about)
        if not named or (product and any(same_kind(product, n) for n in named)):
            return said[:1].upper() + said[1:]
    return ""


def _asked_ahead_yes(question: str, answer: str) -> str:
    """A FAQ yes to ordering ahead that says how only in its question ('Kan ik pistolets op voorhand bestellen?' –
    'Ja, tot 16.00 de dag ervoor'), said as one statement: 'pistolets op voorhand bestellen kan, tot 16.00 de dag
    ervoor'; '' for any other entry."""
    asked, yes = MAY_ONE.match(question), YES_LEAD.match(answer)
    if asked is None or yes is None or not order_ahead_said([asked["done"]]):
        return ""
    how = re.split(r"[;\n]", answer[yes.end() :], maxsplit=1)[0].strip().rstrip(".")
    done = asked["done"]
    return f"{done[:1].lower()}{done[1:]} kan, {how}" if how else ""


def products_named(text: str) -> set[str]:
    """The listed products a text names, a compound by its last part ('fototaart' → 'taart')."""
    listed = shipped_topic_data().products
    found: set[str] = set()
    for word in re.findall(r"[\w'-]+", text.lower()):
        if word in listed:
            found.add(word)
            continue
        head = next((word[i:] for i in range(1, len(word) - _MIN_HEAD + 1) if word[i:] in listed), "")
        if head:
            found.add(head)
    return found


def same_kind(one: str, other: str) -> bool:
    """'pistolets' ~ 'pistolet', 'taart' ~ 'feesttaart'; not 'pistolets' ~ 'taart'."""
    a, b = _singular(one.lower().rsplit(maxsplit=1)[-1]), _singular(other.lower())
    return a == b or a.endswith(b) or b.endswith(a)


def _singular(word: str) -> str:
    listed = shipped_topic_data().products
    for ending in _PLURAL_ENDS:
        stem = word.removesuffix(ending) if word.endswith(ending) else ""
        undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""
        found = next((s for s in (stem, undoubled) if len(s) >= 3 and s in listed), "")
        if found:
            return found
    return word
