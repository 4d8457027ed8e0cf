"""Someone or something the business's own site calls welcome ('Op jullie site staat toch dat honden welkom zijn??')
and the writer turned away at the door ('terug naar buiten gestuurd'): the profile's rule for them, said kindly
(where they are welcome and where not), so a policy is explained, not a mistake invented; the apology stays for a site
that read as more than the rule."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_fact_words import fact_words
from app.domain.draft_text import Part, place_before
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.profile import BusinessProfile
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis

# What the writer read was welcome ('dat honden welkom zijn', 'kinderen zijn welkom', 'honden welkom'), in a sentence
# that points at what the business shows ('op jullie site', 'volgens de website', 'op Facebook').
_WELCOME = re.compile(
    r"\b(?P<wie>[a-zà-ÿ]{4,})\s+(?:(?:zijn|is|waren|ook|er|gewoon|van\s+harte|altijd)\s+)*welkom\b", re.I
)
_SHOWN = re.compile(r"\b(?:site|website|webstek|facebook|insta\w*|google|pagina|menukaart|folder|staat|stond)\b", re.I)
# ... and turned away ('terug naar buiten gestuurd', 'geweigerd', 'mochten niet binnen').
_TURNED_AWAY = re.compile(
    r"\b(?:weggestuurd|buitengestuurd|geweigerd|weigerden|weigerde|buiten\s+gezet|wandelen\s+gestuurd)\b"
    r"|\b(?:naar\s+)?buiten\s+gestuurd\b|\bmocht(?:en)?\s+(?:\w+\s+){0,4}niet\s+(?:mee\s+)?(?:naar\s+)?binnen\b",
    re.I,
)
_NOT_SUBJECT = frozenset({"iedereen", "allen", "mensen", "klanten", "jullie", "u", "wij", "hier", "daar", "zeker"})


def welcome_turned_away(text: str) -> str:
    """Who or what the writer read was welcome and was turned away with ('honden'), lower case; '' otherwise."""
    if _TURNED_AWAY.search(text) is None:
        return ""
    for sentence in sentences(text):
        found = _WELCOME.search(sentence)
        if found and _SHOWN.search(sentence) and found["wie"].lower() not in _NOT_SUBJECT:
            return found["wie"].lower()
    return ""


def animal_turned_away(text: str) -> str:
    """The animal a writer was turned away with without any site calling it welcome ('met onze hond mochten we niet
    naar binnen, terwijl het goot'), as resources/fact_words.toml ``animals`` names it ('hond'); '' when nobody was
    turned away or no animal is named (a service animal is named on its own: that refusal is no house rule)."""
    if _TURNED_AWAY.search(text) is None or any(a in text.lower() for a in fact_words().service_animals):
        return ""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return next((a for w in words for a in sorted(fact_words().animals) if w in (a, f"{a}en", f"{a}s", f"{a}je")), "")


def _stem(word: str) -> str:
    """'honden' → 'hond', 'kinderen' → 'kind', 'rolstoelen' → 'rolstoel'."""
    for end in ("eren", "en", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def welcome_rule(profile: BusinessProfile, who: str) -> str:
    """The profile's rule for ``who`` ('aangelijnd op het terras en in de bar; in het restaurantgedeelte niet'): a
    FAQ answer whose question names them, else the clause of the accessibility that does; '' when none."""
    stem = re.compile(rf"\b{re.escape(_stem(who))}\w*", re.I)
    for item in profile.faq:
        if stem.search(item.question):
            said = YES_LEAD.sub("", item.answer.strip()).rstrip(".")
            return re.sub(r"\.\s+(\w)", lambda m: f"; {m[1].lower()}", said)
    for clause in re.split(r";\s*", profile.value("accessibility")):
        if stem.search(clause):
            return clause.strip().rstrip(".")
    return ""


class WelcomeRuleDrafting(DraftBase):
    """The line of a complaint from a writer turned away with someone the site calls welcome."""

    def _welcome_rule(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """``parts`` with the profile's rule for who the writer came with, before the contact; unchanged when the
        comment is about something else or the profile has no rule for them."""
        who = welcome_turned_away(text)
        rule = welcome_rule(self.profile, who) if who and not topics.is_safety else ""
        if not rule:
            return self._animal_rule(parts, topics, seed, text)
        # (when the draft owns the site's wording already, the rule alone: not the site twice)
        key = "welcome_rule_plain" if any("site" in p.text for p in parts) else "welcome_rule"
        line = self._line("complaint", key, seed, {"onderwerp": who, "feit": rule[:1].lower() + rule[1:]})
        return place_before(parts, Part("fact", line, True), "apology", "channel")

    def _animal_rule(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """A writer turned away with their animal, no site calling it welcome ('met onze labrador mochten we niet
        naar binnen'): a house rule, not a mistake. Understanding for the letdown instead of the apology and the
        guessed subject, the profile's rule for that animal, and a slot for whether an exception can be made;
        ``parts`` unchanged when the profile has no rule for it."""
        animal = animal_turned_away(text) if not topics.is_safety else ""
        rule = welcome_rule(self.profile, animal) if animal else ""
        if not rule:
            return parts
        # the animals as the profile names them ('Zijn honden welkom?'), else as the writer did
        source = " ".join([*(f.question for f in self.profile.faq), self.profile.value("accessibility")])
        named = re.search(rf"\b{re.escape(animal)}\w*", source, re.I)
        plural = named[0].lower() if named else animal
        values = {"onderwerp": animal, "feit": rule[:1].lower() + rule[1:]}
        line = self._line("complaint", "welcome_turned", seed, values)
        fact = self._line("complaint", "welcome_rule_plain", seed, {**values, "onderwerp": plural})
        if rule.lower().startswith(plural):  # 'honden aangelijnd welkom op het terras': not 'met honden: honden ...'
            fact = self._line("complaint", "fact", seed, {"feit": f"{values['feit']}."})
        kept = [p for p in parts if p.key not in {"empathy", "apology", "acknowledge", "next", "solution", "fact"}]
        exception = self._line("complaint", "welcome_exception", seed)
        kept = place_before(kept, Part("fact", f"{fact} {exception}", True), "channel")
        return [Part("empathy", line, True, line), *kept]
