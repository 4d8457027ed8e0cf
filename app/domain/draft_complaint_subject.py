"""What a complaint is about: its topic (and whether staff rudeness gets a line of its own besides it) and the
thing the reply names ('je bestelling', 'je reservering op het terras', 'de pony van je dochter')."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_price import failure_besides_price
from app.domain.draft_complaint_said import TIME_TOPICS
from app.domain.draft_events import appointment_event, booked_where, booked_word, named_owner
from app.domain.draft_praise_held import praise_list
from app.domain.draft_safety_named import AFTER_SERVICES
from app.domain.draft_said import rude_phrase
from app.domain.draft_times import meanwhile_only, own_not_waited
from app.domain.replies import Topic
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis, shipped_topic_data
from app.domain.words import alternation

# Complaint concepts whose wording fits any thing the writer named, also a guessed one.
_GUESS_SAFE = frozenset({None, "defect", "schade", "kwaliteit", "temperatuur"})
# Words that say staff were rude, not only that staff were there.
_RUDE = frozenset(
    {"onvriendelijk", "onbeleefd", "bot", "brutaal", "chagrijnig", "arrogant", "uitgelachen", "genegeerd"}
    | {"afgesnauwd", "snauwen", "snauwde", "grof", "kortaf", "schouders"}
    | {"rolde", "zuchtte", "zuchtend", "afgeblaft", "neerbuigend", "welkom", "ongewenst"}  # 'rolde met haar ogen'
    | {"rolt", "snauwt", "zucht"}  # the same told in the present tense: 'en dat meisje rolt met der ogen'
    | {"snauw", "snauwen"}  # as a noun: 'een snauw krijgen van de verkoopster'
)
# The writer's word for what was booked, by its lemma: the reply says it back ('uw reservering').
_BOOKINGS = {"reservering": "reservering", "gereserveerd": "reservering", "boeking": "boeking", "geboekt": "boeking"}
# Words that say how staff treated the writer (besides rudeness): then staff is the complaint.
_TREATED = frozenset(
    {"behandeld", "behandelen", "behandeling", "toon", "houding", "respect", "respectloos", "geholpen", "aandacht"}
    | {"gezien", "telefoon", "luisterde", "luisteren", "negeerde", "ongeinteresseerd", "interesse"}
)
# Words that tell how staff treated someone, rude or not: the sentence they stand in tells of the treatment.
RUDE_OR_TREATED = _RUDE | _TREATED
# The writer's word for the delivery itself, said back when they name no thing that was delivered.
_DELIVERY_WORDS = ("levering", "bezorging", "leverdatum", "levertijd")
# Topics whose lines fit the thing a failure clause names ('Wat vervelend dat het met het stuur niet goed ging'); not
# what was waited on, who was rude or what a bill said.
_FAILED_TOPICS = frozenset({"kwaliteit", "levering", "overig"})
# Meals a product was ordered for ('voor het ontbijt 60 croissants'): the occasion, not the thing that failed.
MEALS = frozenset(
    {"ontbijt", "lunch", "brunch", "diner", "borrel", "feest", "vergadering", "buffet", "barbecue", "bbq"}
)


def meal(word: str) -> bool:
    """'brunch', also a meal of a feast day or a group ('paasbrunch', 'kerstdiner', 'bedrijfslunch'): the moment
    something was had at, not the thing that failed."""
    return word in MEALS or any(word.endswith(m) and len(word) > len(m) + 2 for m in MEALS)


class ComplaintSubject(DraftBase):
    """The topic of a complaint and the thing its reply names."""

    def _complaint_topic(self, topics: TopicAnalysis, text: str = "") -> tuple[Topic | None, bool]:
        """The complaint topic, and whether staff rudeness gets a line of its own besides it."""
        if "afspraak" in topics.problems and booked_word(appointment_event(text)[3]):
            # 'bleek ik niet in de agenda te staan ... een half uur wachten op de taxi': the appointment
            return next((t for t in self.t.complaint_topics if t.id == "afspraak"), None), False
        topic = next((t for t in self.t.complaint_topics if t.id == topics.topic), None)
        if topic is not None and topic.id == "prijs" and (failed := failure_besides_price(topics, text)):
            topic = next((t for t in self.t.complaint_topics if t.id == failed), topic)  # 'lauw, en dat voor 24 euro'
        rude = bool(_RUDE & set(topics.lemmas)) or rude_phrase(text)  # not 'de bediening was nergens te bekennen'
        if topic is not None and topic.id != "personeel" and "personeel" in topics.problems and rude:
            return topic, True  # 'een kras op mijn motorkap, de medewerker haalde zijn schouders op'
        if topic is not None and topic.id == "personeel" and not (rude or _TREATED & set(topics.lemmas)):
            # 'Bijna kaal geknipt, teleurgesteld in de kapster': staff named, but the work is the complaint.
            data = shipped_topic_data()
            other = next((data.concept(c) for c in topics.problems if c != "personeel"), None)
            found = next((t for t in self.t.complaint_topics if other is not None and t.id == other.topic), None)
            return found or next((t for t in self.t.complaint_topics if t.id == "overig"), topic), False
        if topic is None or topic.id != "personeel" or not topics.products or len(topics.problems) <= 1:
            return topic, False
        # 'Pizza koud en de bezorger onbeleefd': the empathy is about the pizza, the rudeness gets a line.
        other = shipped_topic_data().concept(next((c for c in topics.problems if c != "personeel"), ""))
        topic = next((t for t in self.t.complaint_topics if other and t.id == other.topic), topic)
        return topic, topic.id != "personeel"

    def _complaint_subject(self, topics: TopicAnalysis, topic: Topic | None, text: str = "") -> str:
        topics = _conceded_first(topics, text)
        subject = self._subject(topics, parts_in=text)
        if subject and named_owner(topics, text):
            subject = self._np(topics.products[0])  # the occasion is named with its owner after it
        first = topics.products[0] if topics.products else None
        # a guessed noun the lexicon also found as said ('De eenhoorntaart voor ...') is no guess
        said = first is not None and any(p.text == first.text and not p.guessed for p in topics.products)
        # ... nor one the writer judged ('met een scheve pony') when nothing else is named: the thing the work made
        judged = first is not None and any(first.text == judged[0] for judged in topics.judged)
        said = said or (judged and all(p.guessed or p.place for p in topics.products))
        guess = bool(subject) and first is not None and first.guessed and not said
        if guess and (topics.concept not in _GUESS_SAFE or (topics.concept is None and topics.people)):
            # A guessed noun is named where it cannot be wrong ('over het treintje'), not as what was
            # waited for or who was rude.
            subject = ""
            delivered = next((p for p in topics.products if not p.guessed and not p.place), None)
            if delivered is not None and topic is not None and topic.id == "levering":
                subject = self._np(delivered)  # 'kwam de taart toe ... de room was ingezakt': the taart came late
        waiting = topic is not None and topic.id in {"wachttijd", "levering"}
        if (
            waiting
            and subject
            and first
            and (own_not_waited(first.own, first.text, text) or meanwhile_only(first.text, text))
        ):
            # 'met mijn rolstoel ... moeten wachten tot', 'terwijl de stagiaire de telefoon deed': not waited on
            subject = ""
        if subject and topics.products[0].place and topic is not None and topic.id in {*TIME_TOPICS, "prijs"}:
            # 'om 11.45 pas in de stoel', 'aan de telefoon zei ge 40 euro': where or how, not what was late or dear
            subject = ""
        if subject and topics.products[0].place and len(topics.products) == 1 and topics.asked:
            # "Gevraagd om 'alleen de puntjes' ... Huilend in de auto gezeten": where the writer was, not the thing;
            # what they asked for is said instead
            subject = ""
        if not subject and "bestelling" in topics.lemmas and waiting:
            subject = f"{self._poss} bestelling"  # 'Wat vervelend dat je zo lang op je bestelling moest wachten.'
        delivery = next((w for w in _DELIVERY_WORDS if w in topics.lemmas), "")
        if not subject and delivery and topic is not None and topic.id == "levering":
            subject = f"de {delivery}"  # the writer's word: 'levering 'binnen 2 weken'. Nu 7 weken later nog niks'
        tried_to = booked_word(text) if topics.tried else ""
        tried_to = tried_to if tried_to in _BOOKINGS.values() else ""
        # 'Het kerstmenu was prima, maar nu wil ik reserveren en krijg ik geen antwoord': the booking tried in vain
        # is the grievance, not the thing praised
        if subject and tried_to and first is not None and any(p.text == first.text for p in topics.praised):
            subject = ""
        booked = next((_BOOKINGS[w] for w in _BOOKINGS if w in topics.lemmas), "") or tried_to
        online = topic is not None and topic.id == "website" and bool(booked)  # 'via jullie app geboekt': the booking
        if booked and (online or (not subject and ((topic is not None and topic.id == "afspraak") or tried_to))):
            # the writer's own word: 'je reservering', 'je boeking'; where it was for: 'op het terras'
            subject = f"{self._poss} {booked}{booked_where(text)}"
        subject = self._after_service(topics, subject)
        return self._at_meal(topics, subject) or self._failed_subject(topics, topic)

    def _after_service(self, topics: TopicAnalysis, subject: str) -> str:
        """The thing that still fails after the work of the business, when the writer named the work first
        ('Onderhoudsbeurt laten doen ... bij het ophalen versprong de versnelling nog altijd'): 'de versnelling na de
        onderhoudsbeurt', not the work as if it were the thing that broke; else the subject as it is."""
        failed, products = topics.failed, topics.products
        if not subject or failed is None or failed.guessed or not products or failed.text == products[0].text:
            return subject
        data = shipped_topic_data()
        service = next((data.concept(s) for s in topics.services if s in AFTER_SERVICES), None)
        if service is None or not service.say or products[0].text.lower() not in service.say.lower().split():
            return subject
        if not subject.startswith(self._np(products[0])):
            return subject
        return f"{self._np(failed)} {service.say}"

    def _at_meal(self, topics: TopicAnalysis, subject: str) -> str:
        """The failed thing with the meal it was part of, when the writer named both ('Paasbrunch geboekt ... de
        eitjes waren koud': 'de eitjes bij de paasbrunch'); else the subject as it is."""
        failed, products = topics.failed, topics.products
        if not subject or failed is None or len(products) < 2 or products[0].text != failed.text:
            return subject
        if not meal(products[1].text) or subject != self._np(products[0]):
            return subject
        return f"{subject} bij {self._np(products[1])}"

    def _failed_subject(self, topics: TopicAnalysis, topic: Topic | None) -> str:
        """The thing the failure clause is about, when the complaint names nothing else ('na een week was de accu
        leeg', 'Haar pony is helemaal scheef': 'de pony van je dochter'); only where the topic's lines fit a thing
        that failed, not what was waited on, who was rude or what a bill said."""
        failed = topics.failed
        if failed is None or (topic is not None and topic.id not in _FAILED_TOPICS):
            return ""
        whose = f" van {self._person(topics, topics.people[0])}" if failed.theirs and topics.people else ""
        return f"{self._np(failed)}{whose}"


def _conceded_first(topics: TopicAnalysis, text: str = "") -> TopicAnalysis:
    """'Brood is prima, daar niet van. Maar ... geen croissant meer': a thing praised first is conceded, not what
    the complaint is about; the thing the criticism names goes first. Not praise that is over ('Het stoofvlees was
    vroeger het beste, maar gisteren: taai'; praise.toml ``honest_past``): then its decline is the complaint."""
    praised = {p.text.lower() for p in topics.praised}
    if not topics.products or topics.products[0].text.lower() not in praised or not topics.criticised:
        return topics
    if topics.topic == "wachttijd" and not topics.products[0].guessed:
        return topics  # 'vroegen waar het dessert bleef': the thing waited on, put first by the wait, stays first
    first = topics.products[0].text.lower()
    over = re.compile(rf"\b(?:{alternation(praise_list('honest_past'), spaced=True)})\b", re.I)
    if any(over.search(s) for s in sentences(text) if first in s.lower()):
        return topics
    named = topics.criticised.lower().split()[-1]
    other = next((p for p in topics.products if p.text.lower() == named and named not in praised), None)
    if other is None:
        return topics
    return replace(topics, products=(other, *(p for p in topics.products if p is not other)))
