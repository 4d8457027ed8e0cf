"""Why a question is asked, answered before or after the answer: someone ill or a loss around it ('Mijn zus
begint aan chemo'), a life event it is asked for ('mijn zoon trouwt op 2 januari'), the writer's own thing that
broke or someone who comes along ('mag mijn dochter mee?')."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues
from app.domain.draft_events import OWN_EVENT, comes_along, denied, expecting, fix_up_said
from app.domain.draft_extras import ON_SITE
from app.domain.draft_fact_words import fact_words
from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_made_for import gift_of
from app.domain.draft_pain import pain_values
from app.domain.draft_text import Part
from app.domain.draft_thanks import ThanksDrafting
from app.domain.replies import number, open_slots
from app.domain.topics import TopicAnalysis
from app.domain.words import plural_people, possessive_alternation

# An answer that says no ('Nee, ...', 'Helaas ...', 'We zijn ... gesloten').
_NO_ANSWER = re.compile(r"^\W*(?:nee|helaas|sorry|dat kan niet)|\b(?:gesloten|dicht)\b", re.I)


# An answer for children up to an age ('kinderen tot 12 jaar', 't/m 11 jaar', 'onder de 12 jaar').
_AGE_LIMIT = re.compile(r"\b(?:tot|t/m|tot en met|onder)\s+(?:de\s+)?(\d{1,2})\s+jaar\b", re.I)
# Someone of the writer's by their age ('mijn dochter van 14', 'onze jongste van 9').
_AGED_ONE = re.compile(
    rf"\b(?:{possessive_alternation()})\s+(?P<who>[^\W\d_]+)\s+van\s+(?P<age>\d{{1,2}})\b(?!\s*(?:uur|min|euro|%))",
    re.I,
)


class QuestionReasons(ThanksDrafting):
    """The parts a question's draft says for the reason behind it."""

    def _reason(self, topics: TopicAnalysis, text: str, seed: str, answer: str) -> list[Part]:
        """The reason behind a question, said back: the writer's own thing that broke ('Mijn ketting is
        gebroken' → 'Vervelend van je ketting!'), or who comes along when the answer is yes ('Je zoontje is
        van harte welkom')."""
        broken = next((p for p in topics.products if p.own and not p.wished), None)
        repairs = shipped_kinds().repairs(self.profile)  # only a repair business offers to look at it
        if broken is not None and draft_cues().broken.search(text):
            values = {"onderwerp": f"{self._poss} {broken.text}"}
            key = "own_broken" if repairs else "own_broken_plain"
            return [Part("reason", self._line("question", key, seed, values), False)]
        fix_up = fix_up_said(text, self._poss, self.tone.register) if repairs else ""
        if fix_up:  # 'een oude Gazelle van mijn opa die ik wil laten opknappen': bring it in
            return [Part("reason", self._line("question", "own_fix_up", seed, {"onderwerp": fix_up}), False)]
        # only someone the writer brings along ('met mijn zoontje', 'mag mijn dochter mee?'), not the son
        # who is getting married or the daughter whose bike it is, nor someone the business is asked to come to
        # ('knipt u ook aan huis? Mijn vader (88) komt de deur niet meer uit': he comes nowhere, no welcome)
        visited = bool(ON_SITE.search(text))
        people = [
            p
            for p in topics.people
            if p not in fact_words().animals and p not in answer and comes_along(p, text) and not visited
        ]
        older = self._past_age(topics, text, answer, seed)
        if visited and not open_slots(answer) and not _NO_ANSWER.search(answer):
            # the one the visit is for, named: the business comes to them ('Dan kom ik graag bij je oma langs.'); not
            # when the occasion is the writer's own ('ik ga trouwen ..., en ook voor mijn moeder. Komt u aan huis?':
            # the visit is the bride's, the mother comes along)
            own = bool(topics.occasion) and not topics.owner
            who = next((p for p in topics.people if p not in fact_words().animals and p not in answer), "")
            who = "" if own else who
            visit = self._line("question", "visit_named", seed, {"persoon": self._person(topics, who)}) if who else ""
            return [*older, Part("reason", visit, False)] if visit else older
        if people and not open_slots(answer) and not _NO_ANSWER.search(answer):
            person = self._person(topics, people[0])
            values = {"persoon": person[:1].upper() + person[1:], "meervoud": number(plural_people(people[0]))}
            # 'Mijn zoontje is doodsbang voor de kapper': welcome, and no hurry
            key = "welcome_nervous" if draft_cues().nervous.search(text) else "welcome"
            return [*older, Part("reason", self._line("question", key, seed, values), False)]
        return older

    def _past_age(self, topics: TopicAnalysis, text: str, answer: str, seed: str) -> list[Part]:
        """'En voor uw dochter van 14: [vul in: ...]' when the answer holds for children up to an age ('Kinderen tot
        12 jaar knippen kost € 17,50') and the writer asks for someone older as well ('mijn zoon van 6 en mijn
        dochter van 14'): the answer says nothing for them, so the owner fills it in."""
        limit = _AGE_LIMIT.search(answer)
        if limit is None:
            return []
        older = next((m for m in _AGED_ONE.finditer(text) if int(m.group("age")) > int(limit.group(1))), None)
        if older is None or older.group("who").lower() not in topics.people:
            return []
        values = {"persoon": self._person(topics, older.group("who").lower()), "waarde": older.group("age")}
        return [Part("reason", self._line("question", "past_age", seed, values), False)]

    def _illness(self, topics: TopicAnalysis, text: str, seed: str) -> list[Part]:
        """'Mijn zus begint aan chemo': a question asked for someone who is ill gets a word for them first;
        'Donderdag is de uitvaart van mijn schoonvader': one around a loss gets the condolence first; 'heb al pijn
        aan mn knieën': the writer's own pain a caring line."""
        if topics.occasion == "rouw" and (topics.owner or topics.kin):
            loss = self._grief_or_congrats(topics, False, seed)
            return [loss] if loss is not None else []
        ill = next((p for p in topics.people if p not in fact_words().animals and draft_cues().ill.search(text)), "")
        values = {"persoon": f"{self._poss} {ill}"}
        if ill:
            return [Part("illness", self._line("question", "illness", seed, values), False)]
        pain = pain_values(text, self.tone.register)  # "pijn aan mn knieën", also where it reads as an injury
        return [Part("illness", self._line("question", "pain", seed, pain), False)] if pain else []

    def _life_event(self, topics: TopicAnalysis, text: str, seed: str) -> list[Part]:
        """Congratulations on a life event the question names as someone's ('mijn zoon trouwt op 2
        januari') or the writer's own ('wij trouwen in mei'), or a baby on its way ('we krijgen een kleine')."""
        baby = Part("congrats", self._line("positive", "congrats_expecting", seed), False)
        ahead_baby = [baby] if expecting(text, topics) else []
        if denied(topics.occasion_words, text):
            return ahead_baby  # 'Is het waar dat ze geen diploma heeft?': nothing was achieved, nobody to congratulate
        if not topics.owner and not OWN_EVENT.search(text):
            return ahead_baby  # 'Maken jullie verjaardagstaarten?' celebrates nobody yet
        # a question is asked before the day ('kunnen we zaterdag reserveren voor zijn verjaardag'), unless it says
        # the day is past ('vorige week gevierd') or the occasion is done and only its party ahead ('geslaagd')
        done = topics.occasion in fact_words().achieved or draft_cues().past.search(text)
        ahead = bool(draft_cues().ahead.search(text)) or not done
        part = self._grief_or_congrats(topics, False, seed, ahead=ahead)
        if ahead and part is not None and part.key == "congrats" and (gift := gift_of(text, topics)):
            values = {"onderwerp": gift, "gelegenheid": self._occasion_phrase(topics)}  # 'Een kinderfiets voor ...'
            part = Part("congrats", self._line("positive", "occasion_gift", seed, values), False)
        return [part] if part is not None and part.key == "congrats" else ahead_baby
