"""The parts of a draft per kind (complaint, rumour, thanks, answer, later contact, current state, joke), framed
with the greeting and sign-off; app.domain.drafting picks the kind for an outcome."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.draft_bespoke import (
    bespoke_asked,
    event_asked,
    gathering_asked,
    named_thing,
    party_answered,
    to_measure,
)
from app.domain.draft_complaint import ComplaintDrafting
from app.domain.draft_complaint_asked import ComplaintAsked
from app.domain.draft_complaint_cancel import asks_remedy, asks_to_pay, remedy_verb
from app.domain.draft_complaint_fact import hours_wished
from app.domain.draft_complaint_said import has_cue
from app.domain.draft_counts import counted_thing
from app.domain.draft_cues import draft_cues
from app.domain.draft_days import holiday_names, names_in
from app.domain.draft_english import EnglishDrafting
from app.domain.draft_english_praise import english_joke
from app.domain.draft_fact_score import pointed_to
from app.domain.draft_fact_words import fetches, invoice_unlisted
from app.domain.draft_harm_now import accused, deceit_said, harm_asked
from app.domain.draft_home import home_visit
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_later_hours import MORE_HOURS, evening_wish
from app.domain.draft_made_ahead import made_asked
from app.domain.draft_more_questions import lower_first
from app.domain.draft_own_range import all_own_range, asks_own_range
from app.domain.draft_pointed import asked_alike
from app.domain.draft_praise import with_shape
from app.domain.draft_praise_asked import same_again
from app.domain.draft_price_faq import asks_price
from app.domain.draft_question_reason import QuestionReasons
from app.domain.draft_question_register import in_register
from app.domain.draft_questions import first_addressed, last_clause, wish_clause
from app.domain.draft_questions_about import asked_about, asked_about_all
from app.domain.draft_range_fit import looked_up
from app.domain.draft_request import answers_request, asks_request
from app.domain.draft_rumour_denies import without_reason
from app.domain.draft_said_in_kind import said_already
from app.domain.draft_terms import come_back_asked, fix_asked
from app.domain.draft_text import Part, join_parts, place_before
from app.domain.draft_whether_asked import quality_asked, whether_asked
from app.domain.draft_whether_clauses import whether_clauses
from app.domain.draft_why_not import asks_why_not
from app.domain.draft_wish_day import other_days_only, wish_of_day
from app.domain.draft_wish_list import offers_idea, wish_named, with_day
from app.domain.draft_wish_named import is_pair
from app.domain.draft_wish_said import ours
from app.domain.draft_wording import worded
from app.domain.draft_yes_lead import without_yes
from app.domain.flowchart import Node
from app.domain.language import language_of
from app.domain.replies import Platform, open_slots
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis, article_of


def _not_hours_wishes(asked: tuple[str, ...]) -> tuple[str, ...]:
    """The questions without the wishes for other hours ('Kunt ge niet één avond tot 20u open blijven?') and the
    alternatives asked right after one ('Of een sleutelkastje ...?')."""
    kept: list[str] = []
    dropped = False
    for question in asked:
        wish = evening_wish(question) or MORE_HOURS.search(question) is not None
        wish = wish or (dropped and re.match(r"^\W*of\b", question, re.I) is not None)
        dropped = wish
        if not wish:
            kept.append(question)
    return tuple(kept)


@dataclass
class _Request:
    """One draft being made: what the comment said and where it goes."""

    node: Node
    text: str
    author: str
    plat: Platform
    details: Mapping[str, Any]
    flags: set[str]
    earlier_negative: int
    topics: TopicAnalysis
    asked: tuple[str, ...]
    seed: str
    german: bool = False  # written in German: one fixed German sentence after the greeting (draft_german)
    french: bool = False  # written in French: the same in French (draft_german, draft_french)
    written: str = ""  # the comment as written, before a dialect or language was made Dutch


@dataclass
class _Composed:
    parts: list[Part] | None = None
    channel: str | None = None
    topic: str | None = None
    question_topic: str | None = None
    optional: str | None = None
    suggestions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# A request for a price or an arrangement ('wat zou dat kosten', 'een offerte', 'voor 25 personen').
# A clause that points back at a thing told before the question ('ik zoiets kan regelen', 'wat dat kost').
_POINTED_BACK = re.compile(r"\b(?:zoiets|dat|dit|hem)\b", re.I)
_REQUEST = re.compile(
    r"\b(?:kost|kosten|offerte|prijsopgave|organiseer\w*|reserveren|boeken|aanvraag"
    r"|voor \d+ (?:personen|collega's|mensen))\b",
    re.I,
)


# A question asked for an organisation, to arrange something for its people ('onze medewerkers', 'een fietsplan
# voor ons personeel', 'als werkgever'): worked out one to one.
_FOR_BUSINESS = re.compile(
    r"\b(?:onze|ons|de)\s+(?:\w+\s+){0,2}?(?:medewerkers|werknemers|personeel|collega's|collega’s)\b|\bwerkgever\b"
    r"|\b\d{1,4}\s+(?:medewerkers|werknemers|personeelsleden)\b"  # 'voor 35 medewerkers': a company's people, counted
    r"|\b(?:fietsplan|leaseplan|fietsleaseplan|bedrijfsfiets\w*|personeelsfiets\w*)\b",
    re.I,
)


# An answer that gives the phone number or address itself, or sends the writer somewhere.
_SAYS_CONTACT = re.compile(r"\b(?:bel|belt|bellen|mail|mailen|mailt|contact\w*|telefonisch)\b|@|\d{2,4}[- ]\d{2}", re.I)


def _own_first(asked: tuple[str, ...], first_about: str) -> bool:
    """Whether the questions ask about the business's own range ('Verkopen jullie ook spelt?'): all of them, or the
    first one with its thing named ('Hebben jullie een kinderstoel? En is er een kindermenu?')."""
    return all_own_range(asked) or (bool(asked) and asks_own_range(asked[0]) and bool(first_about))


def _said(solution: Part, slot_only: bool) -> bool:
    """Whether a proposal says a fact of its own before its slot, to keep beside a question left as a slot."""
    return slot_only and not solution.text.lstrip().startswith("[")


class ComposedDrafting(ComplaintDrafting, QuestionReasons, ComplaintAsked, EnglishDrafting):
    """The draft composed for each kind, from the drafts of the mixins below it (Drafter builds on it)."""

    def _framed(self, r: _Request, body: list[Part]) -> list[Part]:
        # a loss is answered without a 'Hoi' or 'Hey' and signed warmly, never with a curt 'Groet'
        grief = r.topics.occasion == "rouw"
        safety = r.topics.is_safety and (r.node.draft or "") in {"herstel", "rechtzetten"}
        light = r.node.draft == "luchtig"  # a joke: 'Hallo meneer Jansen,' before the laugh, not 'Beste ...'
        hello = self._greeting(r.author, r.plat, r.seed, r.text, grave=grief, serious=safety, light=light)
        greeting = Part("greeting", hello, False)
        serious = grief or safety
        if draft_cues().short_asked.search(r.text):  # '(kort antwoord is genoeg)': the answer, no 'Nog vragen?' after
            body = [p for p in body if p.key != "more"]
        return [greeting, *body, Part("sign", self._signoff(r.plat, r.seed, serious=serious), True)]

    def _question(self, r: _Request) -> Part | None:
        return self._question_part(r.asked, r.seed, slot=not r.topics.is_safety, wish=r.node.suggestion, text=r.text)

    def _compose_complaint(self, r: _Request) -> _Composed:
        parts, channel, topic = self._complaint(r.topics, r.plat, r.details, r.seed, r.text)
        if hours_wished(r.topics, r.text):
            # 'Kunnen jullie niet één avond tot 20u open blijven?': the wish the hours and the tip answer, no question
            # to paste the hours after (nor 'Of een sleutelkastje ...?', the other wish it goes on with)
            r = replace(r, asked=_not_hours_wishes(r.asked))
        if "suggestie" in r.flags:  # 'Idee: een sleutelkastje ...?' is the tip, taken along below: no question
            r = replace(r, asked=tuple(q for q in r.asked if not offers_idea(q)))
        if any(p.key == "pay" for p in parts):  # 'En moet ik daar nog voor betalen?' is answered already
            r = replace(r, asked=tuple(q for q in r.asked if not asks_to_pay(q)))
        if asks_remedy(r.text) and not r.topics.is_safety and not any(p.key in {"solution", "pay"} for p in parts):
            # 'Wat gaan jullie eraan doen?' in a reply without a proposal (on X, Instagram): the proposal open in its
            # place, not a slot for 'het antwoord op ...' (a reply with one answers the question as before)
            r = replace(r, asked=tuple(q for q in r.asked if not asks_remedy(q)))
            examples = {"voorbeelden": shipped_kinds().solution(self.profile)}
            line = self._line("complaint", "remedy_asked", r.seed, examples)
            parts = place_before(parts, Part("remedy", line, True), "channel")
        if any(p.key in {"doctor", "costs"} for p in parts):  # 'wie betaalt de apotheek?' has its line: no 'Bancontact'
            r = replace(r, asked=tuple(q for q in r.asked if not harm_asked(q)))
        if any(p.key == "come_again" for p in parts):
            # 'Moet ik nu terugkomen?' after work that did not help: the offer to come back answers it
            r = replace(r, asked=tuple(q for q in r.asked if not come_back_asked(q)))
        if any(p.key == "way" for p in parts):  # 'Hoe moet ik dat dan doen?' after a phone in vain: the way answers it
            r = replace(r, asked=tuple(q for q in r.asked if not re.match(r"\s*hoe\b", q, re.I)))
        if answers_request(parts, r.text):  # 'Wanneer is hij klaar?', 'Moet ik nog eens bellen?' have their line
            r = replace(r, asked=tuple(q for q in r.asked if not asks_request(q)))
        remedy = next((q for q in r.asked if asks_remedy(q)), "")
        solution = next((p for p in parts if p.key == "solution" and p.text.startswith("[")), None)
        if remedy and solution is not None:  # 'Wat moet ik nu?': the proposal answers it, said as the answer
            verb = remedy_verb(remedy)  # 'Hoe gaat u dit rechtzetten?': 'Hoe we het rechtzetten:', in its words
            values = {"waarde": verb} if verb else {}
            lead = self._line("complaint", "remedy_lead_verb" if verb else "remedy_lead", r.seed, values)
            parts = [replace(p, text=f"{lead} {p.text}") if p is solution else p for p in parts]
            r = replace(r, asked=tuple(q for q in r.asked if q != remedy))
        if has_cue("warranty_refused", r.text):  # 'Garantie? 'valt er niet onder'': asked and answered by the writer
            r = replace(r, asked=tuple(q for q in r.asked if len(q.split()) > 3))
        more_said = any(p.key == "plan" for p in parts)  # sold out: 'we kijken hoe er genoeg is' answers 'bak meer'
        # a price the profile lists below what the writer paid answers the complaint before any question
        question = (
            self._listed_price(r.text, r.seed)
            or self._come_back(r.asked, r.seed)
            or self._complaint_asked(r.asked, r.seed, r.text, slot=not r.topics.is_safety, more_said=more_said)
        )
        if question is not None:
            # The answer to the writer's own question takes the place of the generic proposal (not the day to come
            # back on: the warranty or the proposal stays), before the invitation to continue privately.
            # (a slot for the question leaves a fact the proposal says: 'Goed om te weten: binnen zeven dagen ...')
            slot_only = bool(open_slots(question.text)) and "vraag: [" in question.text
            # 'kan het nog bijgewerkt worden?': a free fix the proposal names answers that question, kept beside others
            slot_only = slot_only or fix_asked(r.text)
            parts = [p for p in parts if p.key != "solution" or question.key == "come_back" or _said(p, slot_only)]
            parts = place_before(parts, question, "channel", "sign")
        parts = self._fact_said_twice(parts)  # the fact an answer gives already is said once
        if "suggestie" in r.flags:  # the tips named when they have a shape we read ('misschien een apart afhaalloket?')
            wish = ours(with_day(r.text, wish_named(r.text)), self.tone.voice, self.tone.register)
            key = "tip_about_two" if is_pair(wish) else "tip_about"  # 'Je tips om ... en ook voor ...'
            line = self._line("complaint", key, r.seed, {"wens": wish}) if wish else ""
            parts.append(Part("tip", line or self._line("complaint", "tip", r.seed), False))
        return _Composed(self._framed(r, parts), channel, topic)

    def _compose_rumour(self, r: _Request) -> _Composed:
        topics, text = r.topics, r.text
        core = without_reason(text) if topics.closure and self.analyser is not None else text
        if core and core != text:
            # 'stopt omdat ze de huur niet kunnen betalen': the reason names no fact that sets the rumour straight
            found = self._analysis(core, None)
            topics, text = replace(topics, subjects=found.subjects, lemmas=found.lemmas), core
        parts = [*self._illness(r.topics, r.text, r.seed), *self._rumour(topics, r.seed, text)]
        if r.topics.owner and not (r.topics.is_safety or r.topics.closure):
            # 'Ik wilde daar de 75ste verjaardag van mijn moeder vieren': the occasion is noted after the facts
            noted = [p for p in self._asides(r.text, (), r.topics, r.seed) if p.key == "occasion"]
            at = next((i for i, p in enumerate(parts) if p.key == "closing"), len(parts))
            parts[at:at] = noted
        channel = None
        # ('uit de diepvries van de groothandel', 'ratten in de keuken'): the phone too, when the profile has one
        if r.topics.is_safety or accused(r.text) or (deceit_said(r.text) and self.profile.phone.strip()):
            # A rumour about health or safety, or one that accuses the business of a crime ('verkoopt gestolen
            # fietsen'): whoever was affected or knows more can reach us directly, by phone first; no bare denial.
            # not the complaint's 'dan horen we graag hoe het precies ging': a rumour tells of no incident
            contact, channel = self._channel(
                r.plat, r.seed, urgent=True, tried=r.topics.tried, section="request_channel"
            )
            # the way to reach us takes the place of 'Nog vragen? Laat het ons gerust weten.': one invitation
            parts = [*(p for p in parts if p.key != "closing"), contact]
        return _Composed(self._framed(r, parts), channel)

    def _compose_thanks(self, r: _Request) -> _Composed:
        # every idea the writer gave, not only the first ('water klaarzetten, en misschien boekjes voor de kinderen')
        wish = wish_named(r.text, wish_clause(r.text)) if r.node.suggestion and wish_clause(r.text) else ""
        # what the writer says is missing ('jammer dat er geen vegan dessert is') is what the FAQ must say yes to
        wish = wish or (f"voor {r.topics.missed}" if r.node.suggestion and r.topics.missed else "")
        wish = wish or (wish_of_day(r.text) if r.node.suggestion else "")  # 'als 't ook op zaterdag kon'
        parts = self._framed(r, self._thanks(r.node.suggestion, r.topics, r.author, r.plat, r.seed, wish, r.text))
        # ('doe zoiets ook eens voor de oudere mensen met een e-bike': an idea, not the FAQ's e-bike service)
        exists = self._faq_yes(r.topics, r.asked, wish) if r.node.suggestion and not same_again(wish) else ""
        exists = "" if other_days_only(exists, r.text) else exists  # 'Op vrijdag ...' says no yes to Saturday
        if exists:  # 'kinderen knippen op donderdagavond': the FAQ says yes, the hours say the day works
            exists = " ".join(filter(None, (exists, self._wish_day_hours(wish, r.seed))))
        elif r.node.suggestion:  # the opening hours say yes ('om ook op zaterdag te komen' ~ 'za 8:30–12:00')
            exists = self._wish_day_open(wish, r.seed)
        cannot = self._faq_no(r.topics, r.asked, wish) if r.node.suggestion and wish and not exists else ""
        if exists or cannot:
            # 'kun je niet online afspraken laten maken?' and the FAQ says it can: how; 'kunnen jullie ook glutenvrij
            # bakken?' and it says no: why not, honestly, with the idea named
            line = (
                self._line("positive", "suggestion_exists", r.seed, {"feit": exists})
                if exists
                else self._line("positive", "suggestion_cannot", r.seed, {"feit": cannot, "wens": wish})
            )
            parts = [
                Part("suggestion", line, True) if p.key == "suggestion" else p for p in parts if p.key != "meanwhile"
            ]
        fact = self._fact(r.topics) if not r.node.suggestion and draft_cues().minus_point.search(r.text) else None
        if fact is not None and not said_already(fact[0], " ".join(p.text for p in parts)):
            # 'Top gegeten, alleen jammer dat je niet contant kunt betalen': how it is, from the profile
            line = self._line("positive", "minus_fact", r.seed, {"feit": self._fact_clause(fact)})
            parts = place_before(parts, Part("fact", line, False), "closing", "sign")
        # the question the wish was read from ('kunnen jullie online boeken mogelijk maken?') is not asked again
        # nor, once a wish is named, a question why we do not ('Een boekingssysteem zou schelen. Kunnen jullie niet
        # online afspraken laten maken?'): no FAQ answer to a question never asked
        unasked = tuple(
            q for q in r.asked if not (wish and (wish_clause(last_clause(q)) == wish or asks_why_not(last_clause(q))))
        )
        question = self._question(replace(r, asked=unasked))
        if question is not None:
            parts = place_before(parts, question, "closing", "sign")
        return _Composed(parts)

    def _compose_answer(self, r: _Request) -> _Composed:
        answer, question_topic, suggestions = self._answer(r.topics, r.seed, r.asked, r.text)
        # (only where the profile has no answer of its own: its price of a koffietafel, its group booking, is given)
        grief = r.topics.occasion == "rouw" and gathering_asked(r.text) and _REQUEST.search(r.text)
        # (an answer that names no such gathering is about another thing: 'het fietsersmenu ... voor € 24')
        if grief and (not answer.strip() or open_slots(answer) or not party_answered(answer, first=True)):
            return self._compose_grief(r)
        evented = self._event_answer(r, answer)
        # (the price of that party is in the line: 'wat kost dat?' gets no promise of its own)
        asked = tuple(q for q in r.asked if not asks_price(q)) if evented != answer else r.asked
        answer = evented
        answer = " ".join([answer, *self._other_questions(asked, answer, r.seed, answered=True, text=r.text)])
        answer = " ".join(p for p in (self._measure_line(r, answer), answer) if p)
        # a group that comes to eat hears to book ahead, also when the day it comes was answered as a second question
        # ('Kan oma er met de rolstoel in? ... tweede kerstdag met 9 volwassenen komen brunchen')
        # (not for an organisation's people: that is arranged one to one, below)
        booking = "" if _FOR_BUSINESS.search(r.text) else self._group_booking(r.text, answer, r.seed)
        # 'Nog plek op vrijdag?': the hours do not say it; the owner does, and how to book
        booking = booking or self._room_booking(r.asked, answer, r.seed)
        # what the writer would like with it ('liefst met een kookworkshop erbij'): named, a place for the answer
        answer = " ".join(p for p in (answer, self._wished(answer, r.text, r.seed), booking) if p)
        answer, for_occasion = self._with_purpose(answer, r.asked, r.text, r.topics, r.seed)  # 'Vlechtjes voor ...'
        # the occasion named and the idea of a wish taken up ('zouden jullie op maandag niet ook open kunnen?');
        # someone's life event ('mijn dochter trouwt') is congratulated instead of only noted
        extra = self._asides(r.text, r.flags, r.topics, r.seed)
        if event := self._life_event(r.topics, r.text, r.seed):
            extra = [*event, *(part for part in extra if part.key != "occasion")]
        plan = [p for p in extra if p.key == "plan"]  # 'Wat leuk: een fietsplan voor je medewerkers!' goes first
        body = [
            *self._illness(r.topics, r.text, r.seed),
            *plan,
            Part("answer", answer, True),
            *self._reason(r.topics, r.text, r.seed, answer),
        ]
        body += [p for p in extra if p.key != "plan" and not (for_occasion and p.key in {"occasion", "congrats"})]
        channel = None
        if (_FOR_BUSINESS.search(r.text) or event_asked(r.text)) and not _SAYS_CONTACT.search(answer):
            # a question for an organisation ('onze medewerkers', 'fietsplan') goes on one to one: how to reach us
            contact, channel = self._channel(
                r.plat, r.seed, urgent=False, tried=r.topics.tried, section="request_channel"
            )
            body.append(contact)
        body.append(Part("more", self._line("question", "more", r.seed), False))
        # an answer that says where to write ('vraag een voorstel aan via reserveren@...') sends the writer there
        channel = "mail" if self.profile.email.strip() and self.profile.email.strip() in answer else channel
        framed = self._framed(r, body)
        return _Composed(framed, channel, question_topic=question_topic, suggestions=suggestions)

    def _event_answer(self, r: _Request, answer: str) -> str:
        """A party for a large group held at the business ('onze bovenzaal afhuren voor zo'n 40 man, wat kost dat?',
        draft_bespoke.event_asked) that the profile's answer does not speak of (another day's offer, the opening
        hours): arranged in person, by phone (else mail), instead of that answer; the answer otherwise."""
        if not event_asked(r.text) or party_answered(answer):
            return answer
        phone, email = self.profile.phone.strip(), self.profile.email.strip()
        key = "grief_phone" if phone else "grief_mail" if email else "grief"
        return self._line("question", key, r.seed, {"kanaal": phone or email})

    def _compose_grief(self, r: _Request) -> _Composed:
        """A gathering after a loss to arrange ('met 30 man een koffietafel na de begrafenis, wat kost dat?'): the
        condolence, then that it is arranged in person, by phone (else mail); no price or rule of the profile beside
        it."""
        phone, email = self.profile.phone.strip(), self.profile.email.strip()
        key = "grief_phone" if phone else "grief_mail" if email else "grief"
        line = self._line("question", key, r.seed, {"kanaal": phone or email})
        return _Composed(self._framed(r, [*self._illness(r.topics, r.text, r.seed), Part("later", line, True)]))

    def _measure_line(self, r: _Request, answer: str) -> str:
        """'Een verjaardagstaart zonder ei en zonder koemelk: dat willen we eerst even uitzoeken ...' when the first
        question asks the business to make a thing to measure (draft_bespoke.to_measure) and the answer the profile
        gave (a lead time, a delivery) does not speak of that thing; '' otherwise."""
        made = made_asked(r.asked[0]) if r.asked else ""
        if not to_measure(r.asked[0] if r.asked else "", made, r.text):
            return ""
        # (an answer that names the thing answers it: 'Over een lentefeesttaart: ja, ...')
        if any(w in answer.lower() for w in re.findall(r"[^\W\d_]{6,}", made.lower())):
            return ""
        said = re.sub(r"\s+,", ",", named_thing(made, r.topics.products[0].text if r.topics.products else ""))
        return self._line("question", "bespoke", r.seed, {"onderwerp": f"{said[:1].upper()}{said[1:]}"})

    def _later_line(self, r: _Request, about: str, thing: str) -> tuple[str, bool, bool, bool]:
        """The promise or slot for what the first question asks ('Of ons kerstmenu vegan te krijgen is: [vul in ...]',
        'Over de kinderstoel: ...'), whether it is for that question only (the others then get a word), and whether
        the first question asks about the business's own range, and whether the line said every question back as one
        clause after 'of' (draft_whether_clauses), when the business has no place of its own for the answer."""
        ours = "mij" if self.tone.voice == "ik" else "ons"
        first_about = asked_about(r.asked[:1], self._poss) if r.asked else ""
        quality = "" if first_about or thing or not r.asked else quality_asked(r.asked[0], ours)
        # ('Hebben jullie ook bakfietsen te huur? Of kunnen we er eentje testen?': the first asks about the business's
        # own range, which it knows: a place for that answer, a word for the other question after it)
        own = _own_first(r.asked, first_about)
        slot_about = bool(about) and bool(thing or own)
        # 'Is jullie terras overdekt als het regent?': the question said back as a clause after 'of'
        whether = "" if first_about or thing or quality or not r.asked else whether_asked(r.asked[0], ours)
        slot_about = slot_about or bool(quality or whether)  # the slot is for the first question; the rest get a word
        if quality:  # 'Is jullie kerstmenu ook vegan te krijgen?': the business knows its own menu; a place for it
            later = self._line("question", "whether_slot", r.seed, {"onderwerp": quality})
        elif (every := self._every_asked(r, about)) and not (thing or own):
            # 'Of we die paaseitjes zelf maken en of er palmolie in zit, ...'
            return self._line("question", "later_whether", r.seed, {"onderwerp": every}), False, own, True
        elif whether:
            later = self._line("question", "later_whether", r.seed, {"onderwerp": whether})
        elif (
            about
            and (thing or own)
            and r.asked
            and (bespoke_asked(r.asked[0]) or to_measure(r.asked[0], thing, r.text))
        ):
            # 'Kunt u er een maken zonder suiker?': work to measure; looked into, not a yes or no left to fill in
            said = re.sub(r"\s+,", ",", named_thing(about, r.topics.products[0].text if r.topics.products else ""))
            later = self._line("question", "bespoke", r.seed, {"onderwerp": f"{said[:1].upper()}{said[1:]}"})
        elif (thing or own) and not (own and about and r.asked and looked_up(r.asked[0], r.text, self._lemmas_of)):
            # 'Verkopen jullie ook spelt?': the business knows; a place for it (but whether a fietskar takes a dog of 30
            # kilo, or a bakfiets is free from 25 to 29 August, is looked up: the promise below)
            later = self._line("question", "own_range_about" if about else "own_range", r.seed, {"onderwerp": about})
        elif about:  # ('Wat een zaal voor 60 personen betreft' reads as an exclamation: 'Over een zaal ...')
            key = "later_about_some" if about.lower().startswith("een ") else "later_about"
            later = self._line("question", key, r.seed, {"onderwerp": about})
        else:
            later = self._line("question", "later", r.seed)
        return later, slot_about, own, False

    def _every_asked(self, r: _Request, about: str) -> str:
        """All the questions as one clause after 'of' (draft_whether_clauses); '' when a question points back at
        what the comment told before it ('Kunt u zoiets regelen?', 'wat kost dat?') and that thing is named already
        ('een teamdag met 15 collega's'): then the line names that thing."""
        every = whether_clauses(r.asked, ik=self.tone.voice == "ik", you=self.tone.register)
        return "" if about and _POINTED_BACK.search(every) else every

    def _condition_asked(self, text: str, answer: str, seed: str) -> list[Part]:
        """The allergy or condition a question names ('bakken jullie de frietjes in aparte olie? menne zoon heeft een
        notenallergie') and left for the owner to answer: named with a place for what is known for sure, never a guess;
        nothing when the answer names it already or none is named (complaint_cues.toml condition_named). An answer from
        the profile ('glutenvrij brood in een aparte oven') speaks for itself: no slot beside it."""
        said = next(
            (c.values(text) for c in shipped_complaint_cues() if c.id == "condition_named" and c.values(text)), None
        )
        condition = (said or {}).get("waarde", "")
        if not condition or condition.split()[-1].lower() in answer.lower():
            return []
        return [Part("condition", self._line("question", "condition_asked", seed, {"waarde": condition}), True)]

    def _compose_looked_into(self, r: _Request) -> _Composed:
        """A question the profile has no answer to: the promise to find out (:meth:`_compose_later`), except a
        gathering after a loss, which is arranged in person."""
        if r.topics.occasion == "rouw" and gathering_asked(r.text) and _REQUEST.search(r.text):
            return self._compose_grief(r)
        return self._compose_later(r)

    def _still_open(self, r: _Request) -> tuple[str, ...]:
        """The first question and the later ones the profile does not answer ('En wat kost een gewone fiets per
        week?' gets its answer after the line, it is not named in it)."""
        return (*r.asked[:1], *(q for q in r.asked[1:] if not self._known_answer(q, r.seed)))

    def _compose_later(self, r: _Request) -> _Composed:
        _, question_topic, suggestions = self._answer(r.topics, r.seed, r.asked)
        about = asked_about_all(self._still_open(r), self._poss)  # 'een kindermenu en een speelhoek voor de kleintjes'
        about = home_visit(r.asked, r.topics.people, self._poss) or about  # 'knippen aan huis bij je moeder'
        # 'Verkopen jullie cadeaubons, en kan dat op factuur?' and no invoice among the ways to pay: that too
        invoice = invoice_unlisted(" ".join(r.asked), self.profile.value("payment"))
        about = f"{about} en {invoice}" if about and invoice and invoice not in about else about
        # (not the writer's own group: 'de 25ste verjaardag van onze afdeling' is who asks, not what is asked for)
        named = [p for p in r.topics.products if not p.wished and p.text.lower() != r.topics.group.lower()]
        if not about and named and _REQUEST.search(r.text):
            # 'een personeelsdag voor 25 collega's ... Doet u zoiets?'; with the count and the day it is for, as said
            about = counted_thing(r.text, named[0].text) or named[0].definite
        said = r.topics.occasion_words
        if not about and said and " " not in said and _REQUEST.search(r.text):
            about = f"{article_of(said)} {said}"  # 'een teamdag met 15 collega's ... Wat kost dat?': the teamdag
        if not about and r.topics.holiday and names_in(holiday_names(r.topics.holiday), normalise(" ".join(r.asked))):
            about = self._holiday_values(r.topics.holiday)["feestdag_naam"]  # 'open op koningsdag?': the day named
            fetched = named and fetches(r.text)  # '... moet nog een binnenband halen': and that thing
            about = f"{about} en {named[0].definite}" if fetched else about
        thing, lead = self._lead_time(r.asked)  # 'kunnen jullie een taart als eenhoorn maken?' and the FAQ's lead time
        # 'Kunnen jullie een kerststol bakken zonder rozijnen? Is dat duurder?': the thing and how, asked first
        made = made_asked(r.asked[0]) if r.asked and asks_own_range(r.asked[0]) else ""
        # ... said in full, not as a later question points back at it ('Wat kost die?', 'de appeltaart')
        if made and (" " not in about or about.split()[-1].lower() in made.lower()):
            about = made
        thing = thing or made
        about = about or thing
        # else the thing the first question asks about ('Zit er gelatine in jullie kerststronken?')
        about = about or (self._focus_said(r.asked[0]) if r.asked else "")
        about = with_shape(about, r.text)  # 'een taart in de vorm van een trekker': the shape asked for, said
        later, slot_about, own, every = self._later_line(r, about, thing)
        # what the writer comes for that the profile does answer ('Wil m'n band laten plakken' ~ its price)
        known = [p for p in (lead, *(without_yes(b) for b in self._faq_purpose(r.asked, r.text))) if p]
        known += [s for s in (self._sought(r.topics, later, r.text, r.seed),) if s]  # 'Zoek een omafiets voor ...'
        known += [s for s in (self._wished(later, r.text, r.seed),) if s]  # 'liefst met een kookworkshop erbij'
        others = [] if every else self._other_questions(r.asked, later, r.seed, answered=slot_about, text=r.text)
        later = " ".join([later, *known, *others])
        # a group that comes hears to book ahead here too ('voor onze afdeling (ca. 35 personen) ... Heeft u een
        # zaal?'), unless it is worked out one to one below
        if not (_REQUEST.search(r.text) or _FOR_BUSINESS.search(r.text)):
            later = " ".join(p for p in (later, self._group_booking(r.text, later, r.seed)) if p)
        # a word for someone ill, the occasion and the idea of a wish first, then the promise to answer
        condition = self._condition_asked(r.text, later, r.seed)
        body = [
            *self._illness(r.topics, r.text, r.seed),
            *self._asides(r.text, r.flags, r.topics, r.seed),
            Part("later", later, True),
            *condition,
        ]
        if _REQUEST.search(r.text) or _FOR_BUSINESS.search(r.text) or condition:
            # a price or an arrangement is worked out one to one, and so is what is safe for an allergy or a condition
            # ('mijn schoonzus heeft coeliakie'): where to reach the business
            contact, _ = self._channel(r.plat, r.seed, urgent=False, tried=r.topics.tried, section="request_channel")
            body.append(contact)
        elif all_own_range(r.asked) or (own and len(sentences(later)) == 1):
            # the answer is the owner's to give here: then, as after any answer, 'Nog vragen?' (also when the line for
            # the first question's own range is all there is: 'Over een kinderstoel: [vul in ...]' alone is curt)
            body.append(Part("more", self._line("question", "more", r.seed), False))
        return _Composed(self._framed(r, body), question_topic=question_topic, suggestions=suggestions)

    def _compose_current(self, r: _Request) -> _Composed:
        return _Composed(self._framed(r, [Part("current", self._line("current", "lines", r.seed), True)]))

    def _compose_joke(self, r: _Request) -> _Composed:
        if language_of(r.text) == "en":  # an English joke: a light reply in English, on the thing it plays on
            key, values = english_joke(r.text)
            line = self._line("english", key, r.seed, values)
            framed = self._english_frame(r.author, r.plat, r.seed, [Part("joke", line, True)], r.text)
            return _Composed(optional=join_parts(framed, r.plat))
        joke = self._framed(r, [Part("joke", self._joke(r.topics, r.seed, r.text), True)])
        # the light reply gets the words its reader expects too ('Hallo!' for a Flemish salon, not 'Hoi!')
        return _Composed(optional=join_parts(worded(joke, self.profile, self.tone, r.plat), r.plat))

    def _question_part(
        self, asked: tuple[str, ...], seed: str, *, slot: bool = True, wish: bool = False, text: str = ""
    ) -> Part | None:
        """A question the writer put to the business ('Gaan jullie dit vergoeden?') is answered:
        from the FAQ, the holiday days or a profile fact when they clearly answer it, else (when
        ``slot``) with a slot that names the question. Rhetorical questions ('Hoe moeilijk kan het
        zijn?') are left alone, and so is a suggestion put as a question when ``wish`` is set."""
        question = first_addressed(asked, wish=wish)
        if question is None:
            return None
        if len(question) > 60 and " of " in question:
            question = question.split(" of ", 1)[0].rstrip(" ,") + "?"  # 'Gaat iemand dit oplossen of ...?'
        answer = self._known_answer(question, seed) or self._asked_of_it(question, text)
        if answer:
            line = self._line("complaint", "question_fact", seed, {"antwoord": lower_first(answer)})
            # too long for the platform: the answer's first part, not a slot ('Twee jaar garantie op ...')
            first = answer.split(";")[0].strip().rstrip(".")
            return Part("question", line, True, f"{first[:1].upper()}{first[1:]}.")
        elif not slot:
            return None
        else:
            said = " ".join(in_register(re.sub(r"[\[\]{}]", "", question), self.tone.register).split())
            if len(said) > 120:
                said = said[:117].rsplit(" ", 1)[0] + " …?"
            line = self._line("complaint", "question", seed, {"vraag": said})
        return Part("question", line, True, self._line("question", "unknown", seed))

    def _asked_of_it(self, question: str, text: str) -> str:
        """The FAQ answer to a question that asks a time or a price of what the comment is about, as the FAQ
        question asks it ('... voor een onderhoudsbeurt. Hoe lang duurt dat normaal?'); '' when none."""
        found = pointed_to(text, self.profile, self._lemmas_of) if text else None
        return found[1] if found is not None and asked_alike(question, found[0]) else ""
