"""Complaint drafts: empathy that names what went wrong, an apology, a next step and a private channel.
Safety (allergy, injury, food poisoning, hazards, hygiene) goes first and always asks for a call."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.domain.draft_apology import one_apology
from app.domain.draft_come_back import come_back_day, come_when_day
from app.domain.draft_commemoration import CommemorationDrafting
from app.domain.draft_complaint_cancel import CancelFeeDrafting, big_day_unanswered, ill_cancelled, left_uninformed
from app.domain.draft_complaint_channel_way import ChannelWayDrafting
from app.domain.draft_complaint_child_price import ChildPriceDrafting
from app.domain.draft_complaint_deposit import DepositRuleDrafting
from app.domain.draft_complaint_empathy import THING_LINES, ComplaintEmpathy
from app.domain.draft_complaint_fact import ComplaintFact
from app.domain.draft_complaint_free_said import FreeSaidDrafting
from app.domain.draft_complaint_other_way import OtherWayDrafting
from app.domain.draft_complaint_price import unasked_amount
from app.domain.draft_complaint_price_rise import PriceRiseDrafting
from app.domain.draft_complaint_remedy import ComplaintRemedy, shut_out
from app.domain.draft_complaint_said import ComplaintSaidBack, has_cue
from app.domain.draft_complaint_set_aside import SetAsideDrafting
from app.domain.draft_complaint_subject import MEALS, RUDE_OR_TREATED, ComplaintSubject, meal
from app.domain.draft_complaint_welcome import WelcomeRuleDrafting
from app.domain.draft_counts import billed_instead, none_left, sold_out
from app.domain.draft_discount_missed import DiscountMissedDrafting
from app.domain.draft_events import ordered_ahead, shut_out_at
from app.domain.draft_fee_feared import FeeFearedDrafting
from app.domain.draft_held import brought_in, on_record
from app.domain.draft_likened import without_likened
from app.domain.draft_next_open import NextOpenDrafting
from app.domain.draft_overrun import OverrunDrafting
from app.domain.draft_request import safety_with_request, with_request
from app.domain.draft_safety import Composed
from app.domain.draft_safety_named import AFTER_SERVICES
from app.domain.draft_said_aside import quoted_only, simile_only
from app.domain.draft_terms import said_not_fixed
from app.domain.draft_text import Part
from app.domain.draft_thing_faults import rusted
from app.domain.draft_trip_ahead import TripAheadDrafting
from app.domain.draft_unanswered import (
    called_to_arrange,
    contact_is_the_complaint,
    number_given,
    shipped_unanswered,
    tried_several,
)
from app.domain.draft_walk_in import WalkInDrafting
from app.domain.draft_wellbeing import asks_to_be_called, cannot_call, offline
from app.domain.replies import Platform, Topic, number, pick, render
from app.domain.textnorm import sentences
from app.domain.topics import Mention, TopicAnalysis, article_of, shipped_topic_data

# What an (ex-)employee can still be owed, as the writer names it.
_OWED = re.compile(
    r"\b(?:eindafrekening|vakantiegeld|loon|salaris|overuren|uren|eindejaarsuitkering|dertiende maand|"
    r"reiskosten|onkosten|bonus|vakantiedagen|transitievergoeding|loonstroken|loonstrook|premie)\b"
)
_WAGES = frozenset({"loon", "salaris", "uitbetalen", "uitbetaald", "loonvordering", "achterstallig", "gewerkt"})
# Words by which a writer says they worked for the business: then a wage named is theirs to claim.
_EMPLOYED = frozenset({"gewerkt", "ontslagen", "ontslag", "werkgever", "dienstverband", "arbeidscontract", "stage"})
# Complaint concepts with wording of their own in [complaint] (not the topic's).
_OWN_LINES = frozenset({"temperatuur", "overlast", "teveel", "diefstal", "uitverkocht"})

_MONEY = frozenset({"bedrag", "geld", "prijs", "rekening", "kosten", "factuur"})  # what was paid, not served

# Words that make a price complaint about a price the business raised (a choice), not a wrong bill.
_RAISED = frozenset({"ineens", "opeens", "verhoogd", "verhoging", "prijsverhoging", "duurder", "omhoog", "gestegen"})
# The writer reports that the business disputes the claim ('Bart zegt dat die kras niet van hem komt').
_DISPUTED = re.compile(
    r"\b(?:zegt|zei|zeggen|beweert|beweerde|vindt|vond)\b[^.!?]{0,40}\b(?:niet van|niet aan|niet door|geen schuld)\b"
    r"|\b(?:ontkent|ontkende|ontkennen)\b",
    re.I,
)

# An earlier promise the writer cites: 'bij het bestellen werd gezegd dat het gratis was'.
_PROMISE = re.compile(
    r"\b(?:gezegd|beloofd|verteld|zeiden|beloofden|vertelden|zei|beloofde|vertelde)\b[^.!?]{0,50}?"
    r"\b(gratis|kosteloos|inbegrepen)\b",
    re.I,
)


class ComplaintDrafting(
    ComplaintFact,
    ComplaintRemedy,
    ComplaintSaidBack,
    CancelFeeDrafting,
    DepositRuleDrafting,
    OverrunDrafting,
    WalkInDrafting,
    TripAheadDrafting,
    CommemorationDrafting,
    NextOpenDrafting,
    DiscountMissedDrafting,
    SetAsideDrafting,
    ChildPriceDrafting,
    ChannelWayDrafting,
    WelcomeRuleDrafting,
    PriceRiseDrafting,
    FeeFearedDrafting,
    FreeSaidDrafting,
    OtherWayDrafting,
    ComplaintEmpathy,
    ComplaintSubject,
):
    def _complaint(
        self, topics: TopicAnalysis, plat: Platform, details: Mapping[str, Any], seed: str, text: str = ""
    ) -> Composed:
        topics = without_likened(topics, text)  # 'ik lijk op mijn moeder in 1987': she is not hurt
        if topics.legal and _WAGES & set(topics.lemmas) and _employee_writes(topics):
            return self._employee(topics, plat, seed, text)
        if (
            not topics.tried
            and shipped_unanswered().callback.phoned.search(text)
            and shipped_unanswered().callback.awaited.search(text)
        ):
            topics = replace(topics, tried=("telefoon",))  # 'gebeld ... niemand belt terug': the phone failed too
        channels = _tried_channels(topics.tried)
        tried = [Part("tried", self._tried_line(c, seed, text), True) for c in channels]
        also = [self._tried_line(c, seed, text, "_also") for c in channels]  # the same, for a reply sorry already
        if (topics := ill_cancelled(topics, text)).is_safety:  # 'afgezegd omdat mijn dochter koorts had': no harm
            return one_apology(*safety_with_request(self, topics, plat, seed, tried, text), also)  # + what is asked
        if topics.tried and topics.concept == "wachttijd" and len(topics.problems) > 1:
            # 'Drie weken geleden gemaild over € 240 te veel; hoe lang moet ik nog wachten?': the wait is for
            # the answer (the line about the unanswered mail says sorry for it), the bill is the complaint
            other = next(c for c in topics.problems if c != "wachttijd")
            known = shipped_topic_data().concept(other)
            topics = replace(topics, concept=other, topic=known.topic if known and known.topic else topics.topic)
        unanswered = contact_is_the_complaint(topics, text)
        if unanswered:
            # 'Drie keer gemaild over de offerte, nooit iets teruggehoord': the silence is the complaint, said in
            # the empathy; the offerte is what the mails were about, no price to explain
            topics = replace(topics, concept=None, topic=None, problems=())
            tried = [Part("tried", self._line("complaint", "unanswered_sorry", seed), True)]
        products = tuple(p for p in topics.products if not quoted_only(text, p.text) and not simile_only(text, p.text))
        # 'zegt die idioot 'dan moet ge maar vroeger uit uw bed komen'': no 'het bed'; 'kraakt als een oude deur': no
        # door
        if products != topics.products:
            topics = replace(topics, products=products)
        topics = _sold_out_first(topics, text)
        topics = _meal_moved(topics)
        parts, channel, topic_id = self._ordinary(
            topics, plat, details, seed, tried, _DISPUTED.search(text) is not None, text, unanswered
        )
        parts = self._said_fees(parts, topics, topic_id, seed, text)  # 'afgezegd want kind ziek ... een rekening'
        parts = self._writer_points(parts, topics, seed, text)  # a deposit, a fee feared, a walk-in full, ...
        parts = self._free_said(self._with_fact(parts, topics, seed, text), topics, seed, text)  # 'dacht gratis'
        parts = self._hours_chosen(parts, topics, seed, text)  # 'Spijtig dat jullie al om 15u sluiten': a choice
        if not topics.is_safety:  # 'Maandag speciaal gereden ... Deur dicht': the next day we are open
            parts = self._next_open(parts, seed, text)
        if topics.concept == "uitverkocht" and not ordered_ahead(text):  # an order not kept: a proposal
            parts = self._sold_out(parts, seed, text, topics.products[0].text if topics.products else "")
        parts = self._queue_tip(parts, topics, seed, text)  # 'in de kou bij jullie kraam' and the FAQ names it
        if asks_to_be_called(text) or (has_cue("not_told", text) and number_given(text, self.profile.phone)):
            # 'Bel me dan gewoon, 06-...', 'Had u ons niet even kunnen bellen? Mijn nummer stond er gewoon bij': the
            # business calls back, on the number it was given
            parts = [
                Part("channel", self._line("channel", "callback_asked", seed), True) if p.key == "channel" else p
                for p in parts
            ]
            channel = "telefoon"
        parts = self._with_promise(parts, topics, seed, text)
        if not topics.is_safety:  # '15% korting stond op het bord, aan de kassa de volle prijs': our mistake
            parts = self._discount_missed(parts, seed, text)
        return one_apology(with_request(self, parts, topics, text, seed), channel, topic_id, also)

    def _writer_points(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """``parts`` with the points of a complaint about a wait, a booking, money or the business's choices said as
        the writer said them (each unchanged when the comment does not make that point)."""
        parts = self._deposit_rule(parts, topics, seed, text)  # 'ge moet 25 euro per persoon voorschot betalen'
        parts = self._fee_feared(parts, seed, text)  # 'Nu zal ik zeker nog moeten betalen omdat ik nie kan komen'
        parts = self._walk_in_full(parts, seed, text)  # 'naar de vrije inloop gekomen en het was 'vol voor vandaag''
        parts = self._set_aside(parts, topics, seed, text)  # ''die zijn voor wie besteld heeft'': the rule, said
        parts = self._child_price(parts, seed, text)  # '39 euro, ook voor onze kleine van 4': the price for children
        parts = self._channel_way(
            parts, seed, text
        )  # 'via Insta voor een afspraak, nooit antwoord': the way that works
        parts = self._price_rise(parts, topics, seed, text)  # 'van 4,65 naar 4,95': the profile's reason, said
        parts = self._welcome_rule(parts, topics, seed, text)  # 'site: honden welkom ... buiten gestuurd': the rule
        parts = self._other_way(parts, topics, seed, text)  # 'gebeld om mijn afspraak te verzetten, voicemail vol'
        if not topics.is_safety:  # 'Zaterdag gaan we op fietsvakantie': the trip that makes it urgent
            parts = self._trip_ahead(parts, seed, text)
            parts = self._commemoration(parts, topics.people, seed, text)  # 'twee minuten stilte, muziek ging door'
        return parts

    def _with_promise(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """An earlier promise the writer cites ('bij het bestellen werd gezegd dat het gratis was'), said back next."""
        promised = _PROMISE.search(text)
        if promised:
            # 'je moest toch bezorgkosten betalen'; without a cost word 'je moest toch betalen'
            cost = next((f"{w}en" for w in topics.lemmas if w.endswith("kost") and len(w) > 5), "")
            values = {"waarde": promised.group(1).lower(), "onderwerp": cost}
            line = " ".join(self._line("complaint", "promise", seed, values).split())
            if parts and parts[0].key == "empathy":
                parts[0] = Part("empathy", f"{parts[0].text} {line}", True, parts[0].short)
            else:
                parts.insert(0, Part("promise", line, True, ""))
        return parts

    def _short(self, topics: TopicAnalysis, topic: Topic | None, empathy: str, seed: str, text: str) -> str:
        """The short empathy for a small platform: an amount charged without asking first as the long one said it,
        else with the thing the long one named ('Wat vervelend met je leasefiets, sorry!'), else the plain one."""
        subject = self._complaint_subject(topics, topic, text)
        unasked = unasked_amount(text, topic.id if topic else "")
        amount = f"€ {unasked.group('n') or unasked.group('m')}" if unasked is not None else ""
        if amount and amount in empathy:
            # '€ 89 voor de ketting gerekend zonder eerst te overleggen': the point itself, not only that it annoyed
            values = {"waarde": f"{amount} voor {subject}" if subject else amount}
            return self._line("complaint", "price_unasked_short", seed, values)
        if subject and re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", empathy, re.I):
            return self._line("complaint", "short_on", seed, {"onderwerp": subject})
        return self._line("complaint", "short", seed)

    def _come_back(self, asked: tuple[str, ...], seed: str) -> Part | None:
        """The day the writer asks to come back on, even put crossly ('kom ik zaterdag dan wéér langs??'): that
        day's hours from the profile, or that the business is closed then; None for no such question."""
        hours = self.profile.value("opening_hours")
        found = (come_back_day(q, hours, self.profile.holiday_entries()) for q in asked)
        day, times = next((f for f in found if f[0]), ("", ""))
        key = "come_back"
        if not day:  # 'wanneer kan ik nu wel komen?? zaterdag?': that day's hours, and a moment sought together
            (day, times), key = come_when_day(asked, hours), "come_when"
        if not day:
            return None
        values = {"feestdag": day, "feestdag_hoofd": day.capitalize(), "waarde": re.sub(r"\s*[–-]\s*", " tot ", times)}
        return Part("come_back", self._line("complaint", key if times else f"{key}_closed", seed, values), True)

    def _tried_line(self, channel: str, seed: str, text: str, end: str = "") -> str:
        """Sorry for the channel that went unanswered; a call back that never came is said as such ('Gisteren al
        gebeld, 'Greet belt u terug', niets meer gehoord'), also when it was promised; ``end`` '_also': no sorry."""
        if channel == "telefoon" and shipped_unanswered().callback.awaited.search(text):
            key = "tried_callback_promised" if shipped_unanswered().callback.promised.search(text) else "tried_callback"
            return self._line("complaint", f"{key}{end}", seed)
        many = "_many" if channel in {"mail", "dm"} and tried_several(text) else ""  # 'drie keer gemaild': 'je mails'
        return self._line("channel", f"tried_{channel}{many}{end}", seed)

    def _unanswered(self, topics: TopicAnalysis, subject: str, seed: str, text: str) -> str:
        """'Wat vervelend dat je mails over de accu onbeantwoord bleven': the contact nobody answered, as often as
        the writer tried, and what it was about."""
        several = tried_several(text)
        word = {"mail": "mails" if several else "mail", "dm": "berichten" if several else "bericht"}[topics.tried[0]]
        values = {"waarde": word, "onderwerp": f" over {subject}" if subject else "", "meervoud": number(several)}
        return self._line("complaint", "unanswered", seed, values)

    def _employee(self, topics: TopicAnalysis, plat: Platform, seed: str, text: str = "") -> Composed:
        """An (ex-)employee's wage claim: no customer empathy, no public discussion, quick contact."""
        contact, channel = self._channel(plat, seed, urgent=True, tried=topics.tried)
        owed = list(dict.fromkeys(_OWED.findall(text.lower())))[:2]
        if owed:  # 'wacht nog op mijn eindafrekening en mijn vakantiegeld': said back
            what = " en ".join(f"{self._poss} {w}" for w in owed)
            empathy = self._line("complaint", "employee_about", seed, {"onderwerp": what})
        else:
            empathy = self._line("complaint", "employee", seed)
        parts = [
            Part("empathy", empathy, True),
            Part("next", self._line("complaint", "employee_next", seed), True, ""),
            contact,
        ]
        return parts, channel, "overig"

    # -- everything else

    def _empathy(self, topics: TopicAnalysis, topic: Topic | None, subject: str, seed: str, text: str = "") -> str:
        judged = self._promised(topics, topic, subject, seed, text) or self._judged_empathy(topics, subject, seed, text)
        judged = judged or self._staff_empathy(topics, topic, seed, subject)
        # 'om 20u15 zat de kleur er nog altijd op': the appointment ran over
        judged = judged or self._overrun(topic, seed, text)
        # '50 minuten wachten op onze burgers', 'Onze lunch duurde twee uur'
        judged = judged or self._waited_on(topics, topic, subject, seed, text)
        # 'zit de ketting alweer onder de roest': the rust said, not only that the thing disappointed
        rust = bool(subject) and rusted(text, [subject.rsplit(maxsplit=1)[-1], *(p.text for p in topics.products[:1])])
        judged = judged or (self._rusted(topics, subject, seed) if rust else "")
        if not judged and subject and said_not_fixed(text) and any(s in AFTER_SERVICES for s in topics.services):
            # 'nu verspringen mijn versnellingen nog altijd lijk voorheen': the work did not help, said so
            values = {"onderwerp": subject, "meervoud": number(_plural(topics, subject))}
            judged = self._line("complaint", "not_fixed", seed, values)
        if judged:
            return judged
        values = {"onderwerp": subject, "meervoud": number(_plural(topics, subject))}
        named_line = bool(subject) and topics.concept in THING_LINES
        if topic is not None and subject and topics.concept not in _OWN_LINES and not named_line:
            return render(pick(topic.about, seed, f"about.{topic.id}"), self.tone, values)
        if topic is not None and topic.id == "wachttijd" and topics.duration and not subject:
            # 'drie uur later dan afgesproken': say how long, as the writer did
            return self._line("complaint", "wait_duration", seed, {"waarde": topics.duration})
        if topic is not None and not named_line and topics.concept not in _OWN_LINES:
            if topic.id == "personeel" and topics.people and not subject and _treated_in(topics.people[0], text):
                # 'Mijn dochter werd door de assistente uitgelachen'
                values = {"persoon": self._person(topics, topics.people[0])}
                return self._line("complaint", "staff_person", seed, values)
            return render(pick(topic.empathy, seed, f"empathy.{topic.id}"), self.tone)
        money = bool(subject) and subject.rsplit(maxsplit=1)[-1] in _MONEY  # 'het volle bedrag': no thing
        if topic is None and subject and not money and topics.concept not in _OWN_LINES and not named_line:
            overig = next(t for t in self.t.complaint_topics if t.id == "overig")
            service = next((shipped_topic_data().concept(s) for s in topics.services if s in AFTER_SERVICES), None)
            # 'de onderhoudsbeurt na de onderhoudsbeurt': the thing is the service itself, said once
            if service is None or subject.rsplit(maxsplit=1)[-1] in service.say.split():
                return render(pick(overig.about, seed, "about.overig"), self.tone, values)
            return self._line("complaint", "service", seed, {**values, "dienst": service.say})
        key, values = self._empathy_key(topics, subject, values, text)
        return self._line("complaint", key, seed, values)

    def _follow_up(self, details: Mapping[str, Any], plat: Platform, seed: str) -> str:
        orders = [str(o) for o in details.get("order_numbers") or []]
        if orders and plat.code == "email":
            return self._line("complaint", "order_known", seed, {"ordernummer": orders[0]})
        return self._line("complaint", "order_public" if orders else "order_unknown", seed)

    def _ordinary(
        self,
        topics: TopicAnalysis,
        plat: Platform,
        details: Mapping[str, Any],
        seed: str,
        tried: list[Part],
        disputed: bool = False,
        text: str = "",
        unanswered: bool = False,
    ) -> Composed:
        topic, empathy, amount, cue = self._ordinary_empathy(topics, seed, text, bool(tried), unanswered)
        contact, channel, gone, deaf = self._ordinary_contact(topics, plat, details, seed, text)
        short = self._short(topics, topic, empathy, seed, text)
        if cue and short == self._line("complaint", "short", seed) and not cue.startswith(("En ", "Eerst ")):
            short = cue  # a small platform keeps the point said back ('Dat je reservering er niet was ...')
        empathy_part = Part("empathy", empathy, True, short)
        risen = bool(amount) or has_cue("price_was", text)  # 'vorig jaar nog 1,20': a price chosen, not a failure
        apology, follow, chosen = self._apology_and_follow(topics, topic, risen, disputed, tried, details, plat, seed)
        contact = self._price_contact(contact, channel, seed) if chosen and not disputed else contact
        # (a call back promised and never made goes on by mail, as channel_tried says: r19 wants no phone again)
        awaited = shipped_unanswered().callback.awaited.search(text) is not None
        # the mail only carries the number ('Zet u uw nummer in een mail ...'): to order or book, the number instead
        address = self.profile.email.strip()
        mailed = channel != "telefoon" or (bool(address) and address in contact.text)
        if mailed and not (deaf or awaited) and "telefoon" in gone and called_to_arrange(text):
            contact, channel = self._arrange_contact(plat, seed, contact, channel)
        solution = self._solution(topics, topic, seed, text)
        if unanswered:  # the answer the writer waited for, not a proposal to make up for something
            solution = Part("solution", self._line("complaint", "unanswered_answer", seed), True, "")
        variant = pick(("a", "b", "c"), seed, "complaint.structure")
        if plat.style == "chat":
            # A chat reply is short and quick: what went wrong, sorry, where to continue; the
            # proposal and the investigation are for the private conversation.
            apology_first = variant == "b" and not tried
            parts = (
                [apology, empathy_part, *tried, contact] if apology_first else [empathy_part, *tried, apology, contact]
            )
            terms = self._chat_terms(topics, topic, seed, text)
            again = {self._line("complaint", k, seed) for k in ("come_again_short", "come_again_plain")}
            key = "come_again" if terms in again else "solution"
            parts[-1:-1] = [Part(key, terms, True, "")] if terms else []
            if chosen and not disputed:  # '€45 voor een ketting?? oplichters': how the price is made up, calmly
                parts.insert(-1, follow)
        elif variant == "a":
            parts = [empathy_part, *tried, apology, follow, solution, contact]
        elif variant == "b":
            parts = [apology, empathy_part, *tried, follow, solution, contact]
        elif tried or cue or disputed or (topic is not None and topic.id == "prijs") or topics.occasion:
            # no thanks for 'reporting', nor after a day it spoiled ('de 70e verjaardag van mijn vader ... de stemming
            # was weg': 'Fijn dat u het meldt' grates)
            parts = [empathy_part, *tried, apology, follow, solution, contact]
        else:
            acknowledge = Part("acknowledge", self._line("complaint", "acknowledge", seed), False)
            parts = [empathy_part, *tried, acknowledge, apology, follow, solution, contact]
        if topics.occasion == "rouw" and topics.owner:
            # a loss: condolence first, and the heaviest apology ('juist op zo'n dag')
            apology_rouw = Part("apology", self._line("complaint", "apology_rouw", seed), True, "")
            parts = self._with_condolence(topics, [apology_rouw if p.key == "apology" else p for p in parts], seed)
        return parts, channel, topic.id if topic else "overig"

    def _ordinary_contact(
        self, topics: TopicAnalysis, plat: Platform, details: Mapping[str, Any], seed: str, text: str
    ) -> tuple[Part, str, tuple[str, ...], bool]:
        """(contact part, channel, the channels tried in vain, whether the writer cannot call) of a complaint."""
        # no 'we call you' to a writer who cannot call; one left without news ('niemand laat iets weten') is phoned
        # 'fiets gebracht ... de telefoon wordt niet opgenomen': the job has their number, we call (number given)
        # ... and one who left a message ('twee keer de voicemail ingesproken en niemand belt terug') or wrote it
        # down ('nobody answered. Please call me back: +49 171 …') gave it
        left = shipped_unanswered().callback.left.search(text) is not None or number_given(text, self.profile.phone)
        # ... and an order named by its number ('order KL-4471, ophalen vandaag ... dichte deur'), an order or an
        # appointment of theirs ('8 koffiekoeken besteld', 'met een afspraak die ik zelf bij u heb gemaakt'): the
        # business has the number from it and calls back, it does not ask for it
        ordered = bool(details.get("order_numbers")) or on_record(text)
        held = brought_in(text)
        ours = topics.tried == ("telefoon",) and (held or left or ordered)
        urgent = not (deaf := cannot_call(text)) and (
            topics.urgent or left_uninformed(text) or big_day_unanswered(topics) or ours
        )
        gone = channel_tried(topics, details, text)  # in a hurry, a call in vain: on by mail, not the failed phone
        keep = topics.is_safety or big_day_unanswered(topics) or ours  # a call in vain on a wedding day: we call
        contact, channel = self._channel(plat, seed, urgent=urgent, tried=gone, keep_phone=keep, deaf=deaf)
        if gone == ("mail",) and held and channel == "telefoon" and plat.code != "email":
            # 'Vijf mails gestuurd, geen antwoord' while their thing is here: not 'bel ons', we get in touch
            # through the job's details (the number for who would rather call now)
            values = {"kanaal": self.profile.phone.strip()}
            line, short = (
                self._line("channel", key, seed, values) for key in ("callback_status", "callback_status_short")
            )
            contact = Part("channel", line, True, short)
        return contact, channel, gone, deaf

    def _arrange_contact(self, plat: Platform, seed: str, contact: Part, channel: str) -> tuple[Part, str]:
        """A writer who phoned in vain to order, book or make an appointment ('drie keer gebeld om een taart te
        bestellen'): the number, answered now, or a call back when it suits them; not 'mail us your number'."""
        phone = self.profile.phone.strip()
        if not phone or plat.code == "email":
            return contact, channel
        values = {"kanaal": phone}
        line = self._line("channel", "callback_arrange", seed, values)
        return Part("channel", line, True, self._line("channel", "callback_arrange_short", seed, values)), "telefoon"

    def _ordinary_empathy(
        self, topics: TopicAnalysis, seed: str, text: str, tried: bool, unanswered: bool
    ) -> tuple[Topic | None, str, bool, str]:
        """The complaint's topic, its empathy line (with what the writer said said back), whether it is about an
        amount the writer finds too high and the cue :meth:`_said_back` found."""
        topic, staff_too = self._complaint_topic(topics, text)
        if topic is not None and topic.id == "wachttijd" and (shut_out_at(text)[1] or has_cue("lost_booking", text)):
            # ... or 'gereserveerd ... Bij aankomst wist niemand ervan. Na 25 minuten wachten': the wait came of it
            # 'stond ik voor een dichte deur. Afspraak netjes geboekt': a booking not kept, no wait to shorten
            topic = next((t for t in self.t.complaint_topics if t.id == "afspraak"), topic)
        # 'vorig jaar nog 1,20', '€ 55 voor een kleuring in plaats van € 49': a price, when nothing else failed
        if (topic is None or topic.id == "overig" or not topics.problems) and has_cue("price_was", text):
            topic = next((t for t in self.t.complaint_topics if t.id == "prijs"), topic)
        billed, ordered = billed_instead(text)  # '3 menu's besteld, 4 op de bon': the bill, not the wait it took
        if billed:
            topic = next((t for t in self.t.complaint_topics if t.id == "prijs"), topic)
        subject = self._complaint_subject(topics, topic, text)
        appointment = topic is not None and topic.id == "afspraak"
        # 'Om 19:00 stond ik voor een dichte deur': nobody there, also when the topic finder heard a wait in it
        event = self._appointment_empathy(topics, seed, text) if appointment or shut_out_at(text)[0] else ""
        event = self._unanswered(topics, subject, seed, text) if unanswered else event
        empathy = self._wrong_charge(topic, subject, seed, text) or event
        if billed:
            empathy = self._line("complaint", "count_billed", seed, {"waarde": billed, "tweede": ordered})
        empathy = empathy or self._empathy(topics, topic, subject, seed, text)
        if shut_out(topics, topic, text):  # 'heb geen smartphone': left out by the online way, not a failing thing
            empathy = self._line("complaint", "offline", seed)
        empathy = self._also_named(topics, empathy, seed, text, staff_too)
        empathy, amount, cue = self._said_back(topics, topic, empathy, seed, text, tried)
        if topics.loyal and not topics.is_safety and topics.occasion != "rouw":  # 'Na 12 jaar klant': said back
            empathy = (
                f"{empathy} {self._line('complaint', 'loyal', seed, {'onderwerp': topics.loyal.removeprefix('al ')})}"
            )
        return topic, empathy, amount, cue

    def _rusted(self, topics: TopicAnalysis, subject: str, seed: str) -> str:
        """'Balen dat er na de onderhoudsbeurt al roest op de ketting zit': the work it rusted after, when named."""
        data = shipped_topic_data()
        service = next((data.concept(s) for s in topics.services if s in AFTER_SERVICES), None)
        if service is not None and service.say:
            return self._line("complaint", "rusted_after", seed, {"onderwerp": subject, "dienst": service.say})
        return self._line("complaint", "rusted", seed, {"onderwerp": subject})

    def _apology_and_follow(
        self,
        topics: TopicAnalysis,
        topic: Topic | None,
        amount: bool,
        disputed: bool,
        tried: list[Part],
        details: Mapping[str, Any],
        plat: Platform,
        seed: str,
    ) -> tuple[Part, Part, bool]:
        """The apology and what happens next; and whether the complaint is about a price the business chose."""
        # The apology for an unanswered message says sorry already. A price is a choice, and a claim the
        # business disputes is not admitted in public: understanding instead of 'dit had niet mogen gebeuren'.
        priced = bool(_RAISED & set(topics.lemmas)) or amount
        chosen = topic is not None and topic.id == "prijs" and priced and not topics.tried
        if disputed or chosen:
            # a price: the empathy understands already ('dat je schrok van de prijs')
            understand = "" if chosen and not disputed else self._line("complaint", "understand", seed)
            apology = Part("apology", understand, bool(understand), "")
            next_key = "disputed_next" if disputed else "price_next"
            follow = Part("next", self._line("complaint", next_key, seed), False)
        else:
            apology = Part("apology", "" if tried else self._line("complaint", "apology", seed), not tried, "")
            follow = Part("next", self._follow_up(details, plat, seed), False)
            if topics.own_leave and not topics.is_safety and self.profile.holidays:
                # 'Later hoorde ik dat u op vakantie bent': the cause is known, said honestly, not looked into
                follow = Part("next", self._line("complaint", "own_leave", seed), False)
        return apology, follow, chosen

    def _with_condolence(self, topics: TopicAnalysis, parts: list[Part], seed: str) -> list[Part]:
        """'gecondoleerd met het verlies van je vader' names him; the complaint then says 'de uitvaart'."""
        person = self._owner(topics)
        parts = [
            Part(p.key, p.text.replace(f" van {person}", "", 1), p.essential, p.short) if p.key == "empathy" else p
            for p in parts
        ]
        return [Part("condolence", self._line("complaint", "condolence", seed, {"persoon": person}), True), *parts]


def _sold_out_first(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """The topics with sold out as the complaint and the goods gone first, when the writer says they were gone
    ('worstenbroodjes OP. Rij tot buiten': the queue was the way to it); goods the topic finder did not know are
    added ('kwart over 10: geen nonnevotten meer.'); else the topics as they are."""
    products = topics.products
    none = "" if topics.concept == "uitverkocht" or sold_out(text, [p.text for p in products]) else none_left(text)
    if none and all(p.text.lower() != none for p in products):
        plural = none.endswith(("en", "s"))  # 'geen nonnevotten meer'; 'geen enkele pistolet meer' is one by one
        products = (Mention(none, "de" if plural else article_of(none), plural=plural), *products)
        topics = replace(topics, products=products)
    if topics.concept != "uitverkocht" and (gone := sold_out(text, [p.text for p in products]) or none):
        first = tuple(p for p in products if p.text.lower() == gone)
        problems = ("uitverkocht", *(c for c in topics.problems if c != "uitverkocht"))
        topics = replace(topics, concept="uitverkocht", topic="overig", problems=problems)
        topics = replace(topics, products=(*first, *(p for p in products if p not in first)))
    return topics


def _meal_moved(topics: TopicAnalysis) -> TopicAnalysis:
    """The topics with a meal named first moved behind what failed at it."""
    products = topics.products
    if len(products) > 1 and products[0].text in MEALS and not products[1].guessed:
        # 'Voor het ontbijt 60 croissants besteld ... rauw': the croissants failed, the breakfast was the moment
        return replace(topics, products=(*products[1:], products[0]))
    if len(products) > 1 and topics.topic == "kwaliteit" and meal(products[0].text):
        # 'Paasbrunch geboekt ... de eitjes waren koud': what failed, said with the meal (not a wait or a late
        # delivery, whose lines name the meal itself)
        return replace(topics, products=_failed_at_meal(topics) or products)
    return topics


def _failed_at_meal(topics: TopicAnalysis) -> tuple[Mention, ...]:
    """'Kerstdiner geboekt ... aan een tafel bij de deur, de soep was lauw': the thing the failure clause names, then
    the meal it was part of (said with it); () when the failure names none of the other things."""
    meal_at, *rest = topics.products
    failed = next((p for p in rest if topics.failed is not None and p.text == topics.failed.text), None)
    return () if failed is None else (failed, meal_at, *(p for p in rest if p is not failed))


def _treated_in(person: str, text: str) -> bool:
    """Whether the writer's person is named where the treatment is told ('Mijn dochter werd door de assistente
    uitgelachen'): a sentence with the person and a word of staff, rudeness or treatment, or the person came along
    ('met mijn moeder bij jullie gegeten'); not a person named for another reason ('Mijn opa zat in het verzet. Ik
    vond het respectloos.'). True for a text without sentences."""
    roles = shipped_topic_data().concept("rol")
    told = RUDE_OR_TREATED | (frozenset(roles.terms) if roles is not None else frozenset())
    with_person = [s for s in sentences(text) if re.search(rf"\b{re.escape(person)}\b", s, re.I)]
    # ... or one who came along ('Vrijdagavond met mijn moeder (82) bij jullie gegeten'): there when it happened
    along = re.search(rf"\bmet\s+(?:mijn|m'n|mn|onze|ons|ons\s+eigen)\s+{re.escape(person)}\b", text, re.I)
    return (
        not with_person or along is not None or any(told & set(re.findall(r"[\w']+", s.lower())) for s in with_person)
    )


def _plural(topics: TopicAnalysis, subject: str) -> bool:
    """Whether the subject is plural: the first product's number, or the failed thing's when that is the subject."""
    failed, first = topics.failed, topics.products[0] if topics.products else None
    if failed is not None and f" {failed.text}" in f" {subject}" and (first is None or first.text not in subject):
        return failed.plural
    # 'de accu van een van de gehuurde e-bikes': the part said first is the subject, in its own number
    head = subject.split(" van ", 1)[0]
    part = next((p for p in topics.products if f" {p.text}" in f" {head}"), None)
    if part is not None and first is not None and first.text not in head:
        return part.plural
    return first is not None and first.plural


def _tried_channels(tried: tuple[str, ...]) -> list[str]:
    """The channels the sorry names: mailed and phoned ('both'), phoned and messaged ('telefoon_dm': 'op Messenger
    ook niks'), else the one tried most."""
    if {"mail", "telefoon"} <= set(tried):
        return ["both"]
    return ["telefoon_dm"] if {"telefoon", "dm"} <= set(tried) else list(tried[:1])


def _employee_writes(topics: TopicAnalysis) -> bool:
    """Whether a writer who names a wage writes as (ex-)staff: they say they worked here, or name nothing they
    bought. 'Leasefiets via mijn werk besteld ... wordt van mijn loon afgehouden' is a customer, not a wage claim."""
    if _EMPLOYED & set(topics.lemmas):
        return True
    return not any(not p.guessed and not p.place for p in topics.products)


def channel_tried(topics: TopicAnalysis, details: Mapping[str, Any], text: str) -> tuple[str, ...]:
    """The channels not to offer: those the writer tried in vain, the phone when they cannot call ('Ik ben
    doof'), mail and messages when they are not online ('heb geen smartphone').
    A writer who waited in vain for the call back about an order named by its number is called back
    ('Gisteren al gebeld, niets meer gehoord', bestelnummer 4471): no new channel to chase us on. A call back
    promised without an order number goes on by mail (writers of r19, r20 and r30 want the mail; two later
    writers wanted the phone)."""
    tried = topics.tried
    if cannot_call(text) and "mail" not in tried:
        return (*tried, "telefoon")
    if offline(text):  # 'heb geen computer': mail and messages do not reach them; a call in vain: we call them
        return tuple(dict.fromkeys((*tried, "mail", "dm")))
    # (a call nobody answered, no call back awaited: on by mail, also about an order by its number)
    if tried == ("telefoon",) and details.get("order_numbers") and shipped_unanswered().callback.awaited.search(text):
        return ("telefoon", "mail")  # the callback line, with the number that is answered now
    return tried
