"""A FAQ answer fitted to the question it answers: its yes only where it answers what was asked, the part asked
about, the thing asked about named first, a brand named back, and no yes outside its season, beyond its limit or for
a condition it is no good for (app.domain.draft_faq_answers finds the entry)."""

from __future__ import annotations

import re

from app.domain import draft_asked as ask
from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import key_words
from app.domain.draft_faq_shapes import may_for_must, split_verb_asked, yes_in_its_words
from app.domain.draft_faq_trimmed import asked_of_answer
from app.domain.draft_limits import limit_missed, opens_with_limit
from app.domain.draft_made_ahead import MadeAheadDrafting
from app.domain.draft_named_thing import named_thing, names_none, thing_asked, verb_for, with_article
from app.domain.draft_seasons import outside_season, season_named
from app.domain.draft_thing_kinds import qualities_named
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD, says_no, without_yes
from app.domain.draft_yes_lead import fit_open_question as _fit_open_question
from app.domain.textnorm import normalise, sentences
from app.domain.words import word_set

# Feasts written with a capital, kept so at the start of an answer said after a lead ('van Pasen', not 'van pasen').
_CAPITALISED_FEASTS = word_set("pasen pinksteren kerst kerstmis hemelvaart")

# A question that points at a thing said before it ('Doen jullie zoiets?', 'Kan dat ook bij jullie?').
_POINTS_AT_THING = re.compile(r"\b(?:zoiets|zo'n|zulke|dat|da|dit|such|that|this)\b", re.I)


def _said_before(text: str, question: str) -> tuple[str, ...]:
    """The sentences of a comment before a question of it, the nearest first."""
    at = text.find(question)
    before = text[:at] if at > 0 else ""
    return tuple(reversed([s for s in sentences(before) if s.strip()]))


class FaqFitting(MadeAheadDrafting):
    def _fitted(self, faq: tuple[str, float, str], asked: tuple[str, ...], text: str = "") -> str:
        """A FAQ answer fitted to the question: its yes or no only where it answers what was asked, and of an
        answer in parts side by side the part asked about ('voor een huwelijkstaart minstens zes weken')."""
        made = self._made_ahead(faq, asked)
        if made:
            return made
        if must := may_for_must(*faq[::2], asked):  # 'moet ik ... bestellen?' ~ 'Kan ik ... bestellen? Ja, ...'
            values = {"onderwerp": f"{must[0][:1].upper()}{must[0][1:]}", "antwoord": must[1]}
            return self._line("question", "may_yes", "", values)
        said = _fit_open_question(ask.fit_faq_yes(*faq[::2], asked), asked)
        named = self._named_yes(said, faq[2], asked, text)
        if named:
            return named
        said = asked_of_answer(
            ask.asked_part(said, faq[2], asked, self._lemmas_of), text or " ".join(asked), self._lemmas_of
        )
        said = ask.with_subject(faq[2], said)
        can = yes_in_its_words(said, faq[2], asked)  # 'een weekend uittesten' ~ 'Kan ik een bakfiets huren?'
        if can is None:
            verb = split_verb_asked(faq[0], said, asked)  # 'ophalen' ~ 'Ja, ... haal ik de fiets op'
            if not verb:  # (not 'Racefietsen verhuur ik niet' to a question about e-bikes)
                return self._without_unasked_no(
                    self._thing_first(said, faq, asked, text), faq[2], text or " ".join(asked)
                )
            rest = YES_LEAD.sub("", said)
            rest = rest[:1].lower() + rest[1:] if rest[1:2].islower() else rest  # 'Binnen 15 km' → 'binnen 15 km'
            values = {"onderwerp": verb.capitalize(), "antwoord": rest}
            return self._line("question", "verb_yes", "", values)
        thing, stem, rest = can
        verb = f"{stem} je" if self.tone.register == "je" else f"{stem if stem.endswith('t') else stem + 't'} u"
        values = {"onderwerp": f"{thing[:1].upper()}{thing[1:]}", "waarde": verb, "antwoord": rest}
        return self._line("question", "yes_can", "", values)

    def _without_unasked_no(self, said: str, faq_question: str, text: str) -> str:
        """An answer without a later sentence that says what is not done or sold of things the comment (``text``)
        never names ('Racefietsen en mountainbikes verhuur ik niet' to 'E-bikes huren, wat kost dat?'); a caveat about
        an allergy or a diet stays ('Sporen van noten kunnen we niet uitsluiten'), and so does the answer's first
        sentence."""
        parts = sentences(said.strip())
        if len(parts) < 2:
            return said
        wanted = key_words(text, self._lemmas_of)
        own = key_words(faq_question, self._lemmas_of)
        kept = [parts[0], *(p for p in parts[1:] if not self._unasked_no(p, wanted, own))]
        return " ".join(kept) if len(kept) < len(parts) else said

    def _unasked_no(self, part: str, wanted: set[str], own: set[str]) -> bool:
        """Whether a sentence denies something (draft_cues.toml not_words) of other kinds of the entry's own thing
        (``own``: the key words of its question) and none of ``wanted`` names any thing it says; never for an allergy
        or a diet."""
        if not set(normalise(part).split()) & ask.negations() or qualities_named(part):
            return False
        found = self._analysis(part, None)
        if found.allergen or found.safety:
            return False
        things = {k for k in key_words(part, self._lemmas_of) if not any(similar(k, o) for o in own)}
        # other kinds of the entry's own thing ('racefietsen' of 'Kan ik een fiets huren?'), not a caveat of another
        # sort ('Sporen van gluten kan ik niet uitsluiten')
        kinds = {k for k in things if any(k.endswith(o) and len(k) - len(o) >= 3 for o in own)}
        return bool(kinds) and not any(similar(k, w) for k in things for w in wanted)

    def _thing_first(self, said: str, faq: tuple[str, float, str], asked: tuple[str, ...], text: str = "") -> str:
        """A FAQ answer that names none of the key words of the FAQ question it answers ('Voor kinderen tot 12 jaar,
        € 15' ~ 'Hebben jullie een kindermenu?'): the thing asked about first, as the writer named it ('Over nen
        kindermenu' → 'Over een kindermenu: voor kinderen tot 12 jaar, € 15'); the answer as it is otherwise. A
        question that points back at the thing ('We willen een lunchbuffet. Doen jullie zoiets?') names it in what
        the comment (``text``) said before it."""
        lead = YES_LEAD.match(said)
        first = said[lead.end() :].split(" ", 1)[0].strip(",;:").lower() if lead else ""
        if not said.strip() or first in fact_words().general_words or not names_none(said, faq[2], self._lemmas_of):
            return said  # a yes for every kind ('Ja, alle merken') is named_thing's: said as it is or with the brand
        ours = "mijn" if self.tone.voice == "ik" else "onze"
        thing = thing_asked(asked, faq[2], self._lemmas_of, self._poss, ours)
        if not thing and asked and _POINTS_AT_THING.search(asked[0]):
            thing = thing_asked(_said_before(text, asked[0]), faq[2], self._lemmas_of, self._poss, ours)
        if not thing:
            return said
        rest = said[:1].lower() + said[1:] if said[1:2].islower() else said
        return self._line("question", "also_thing", "", {"onderwerp": thing, "antwoord": rest})

    def _named_yes(self, said: str, faq_question: str, asked: tuple[str, ...], text: str) -> str:
        """'Ja, alle merken; ...' to a question that names one brand or product ('mijn Gazelle'): 'Ja, ook je
        Gazelle: ik repareer alle merken; ...'; '' when the answer is no general yes or no such thing is named."""
        others = [self.profile.name, *self.profile.signers, *(f"{f.question} {f.answer}" for f in self.profile.faq)]
        thing, own = named_thing(asked, faq_question, said, others, text)
        if not thing:
            return ""
        rest = YES_LEAD.sub("", said)
        verb = verb_for(faq_question, self.tone.voice)
        named = f"{self._poss} {thing}" if own else with_article(thing, [*asked, text])
        values = {"onderwerp": named, "antwoord": f"{verb} {rest}".strip()}
        return self._line("question", "named_yes", "", values)

    def _out_of_season(self, said: str, text: str, seed: str) -> str:
        """A FAQ answer whose season ('Ja, van Pasen tot eind september ...') does not hold the month or season the
        comment names ('in november', 'in de winter'): no yes, but 'In november helaas niet: van Pasen tot eind
        september ...'; the answer as it is otherwise, and when it says no already."""
        asked, _ = outside_season(said, text)
        if not asked or says_no(said):
            return said
        rest = without_yes(said)
        first = rest.split(" ", 1)[0]
        kept = first.isupper() or normalise(first) in _CAPITALISED_FEASTS  # 'BTW', 'Pasen'
        rest = rest if kept else rest[:1].lower() + rest[1:]
        head = f"In de {asked}" if season_named(text) == asked else f"In {asked}"
        return self._line("question", "season_outside", seed, {"feestdag_hoofd": head, "antwoord": rest})

    def _over_limit(self, said: str, text: str, seed: str) -> str:
        """A FAQ yes with a limit ('Ja, de serre is er voor gezelschappen tot 60 personen') when the writer's number
        in its unit lies beyond it ('ongeveer 80 gasten'): no yes, but that number first and the limit plainly
        after it ('Voor 80 gasten lukt dat helaas niet: de serre is er voor gezelschappen tot 60 personen; ...')."""
        missed = limit_missed(said, text)
        # ('Tot 30 personen in de zaal' for '45 collega's' says its limit first, as a yes with one does)
        if missed is None or says_no(said) or not (YES_LEAD.match(said) or opens_with_limit(said)):
            return said
        rest = without_yes(said) if YES_LEAD.match(said) else said.strip()
        rest = rest[:1].lower() + rest[1:] if rest[1:2].islower() else rest
        head = f"Op {missed[0]}" if missed[1] == "km" else f"Voor {missed[0]}"
        return self._line("question", "limit_outside", seed, {"waarde": head, "antwoord": rest})

    def _condition_first(self, said: str, text: str, seed: str) -> str:
        """A FAQ yes with a part that says for what it is no good ('Ja, op een glutenvrije bodem ..., maar ... dus niet
        geschikt bij coeliakie') when the comment names just that ('coeliakie'): that first, without the yes ('Bij
        coeliakie moeten we je helaas teleurstellen: op een glutenvrije bodem ...'); the answer as it is otherwise."""
        lead = YES_LEAD.match(said)
        if lead is None:
            return said
        rest = said[lead.end() :]
        first, *others = re.split(r",\s*maar\s+|;\s*", rest)
        words = normalise(text)
        # what the writer has, not what they deny having ('geen coeliakie, wel gevoelig')
        denied = {w for m in re.finditer(r"\b(?:geen|niet)((?:\s+\w+){1,2})", words) for w in m.group(1).split()}
        writer = set(words.split()) - denied
        for part in others:
            no = re.search(r"\b(?:niet|geen|nooit)\b(?P<what>.*)", part, re.I)
            what = re.findall(r"[^\W\d_]{4,}", no.group("what")) if no else []
            named = [w for w in what if normalise(w) in writer and normalise(w) not in normalise(first)]
            if named:
                values = {"waarde": named[-1], "antwoord": rest}
                return self._line("question", "condition_not", seed, values)
        return said
