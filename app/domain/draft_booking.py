"""Book ahead or walk in: a question that asks whether to reserve or make an appointment ('moet je vooraf
boeken?', 'Moeten wij van tevoren iets regelen of kunnen wij zo binnenlopen?'), and the FAQ entry of the
profile that says it, by its question ('Kun je in de lunchroom reserveren?') or by its answer ('..., zonder
afspraak, meestal binnen 20 minuten'). The words are in resources/booking.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.domain.draft_fact_words import fact_words
from app.domain.draft_yes_lead import says_no
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.textnorm import normalise
from app.domain.words import stop_words
from app.resources import resource_path


@dataclass(frozen=True)
class BookingWords:
    book: tuple[str, ...]
    ahead: tuple[str, ...]
    ahead_verbs: tuple[str, ...]
    need: tuple[str, ...]
    walk_in: tuple[str, ...]
    walk_in_lead: tuple[str, ...]
    without: tuple[str, ...]
    change: tuple[str, ...]
    room: tuple[str, ...]
    book_via: tuple[str, ...]
    channel: tuple[str, ...]
    topic: dict[str, str]
    contact: dict[str, str]  # profile field ('phone', 'email') → the verb that asks for it ('bel', 'mail')
    contact_who: tuple[str, ...]
    contact_fillers: tuple[str, ...]


@lru_cache(maxsize=1)
def booking_words() -> BookingWords:
    raw = tomllib.loads(resource_path("booking.toml").read_text(encoding="utf-8"))
    names = (
        "book",
        "ahead",
        "ahead_verbs",
        "need",
        "walk_in",
        "walk_in_lead",
        "without",
        "change",
        "room",
        "book_via",
        "channel",
    )
    lists = {n: tuple(str(w).lower() for w in raw[n]) for n in names}
    topic = {str(k).lower(): str(v) for k, v in raw["topic"].items()}
    if not all(lists.values()) or not set(topic) <= set(lists["book"]) | set(lists["ahead_verbs"]):
        raise ValueError("booking.toml: a list is empty or a topic is no word of 'book' or 'ahead_verbs'")
    contact = {str(k): str(v).lower() for k, v in raw["contact"].items()}
    if not contact or not set(contact) <= {"phone", "email"}:
        raise ValueError("booking.toml: [contact] maps 'phone' and/or 'email' to a verb")
    words = raw["contact_words"]
    who, fillers = (tuple(str(w).lower() for w in words[n]) for n in ("who", "fillers"))
    if not who:
        raise ValueError("booking.toml: [contact_words] who is empty")
    return BookingWords(**lists, topic=topic, contact=contact, contact_who=who, contact_fillers=fillers)


def _starts(stems: Iterable[str], said: str) -> list[str]:
    """The stems a word (or, for a stem of two words, a phrase) of ``said`` begins with, in their order."""
    return [s for s in stems if re.search(rf"\b{re.escape(s)}", said)]


def _whole(words: Iterable[str], said: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", said) for w in words)


def asks_booking(question: str) -> bool:
    """Whether a question asks if one must book ahead or may walk in: a booking word with a word of need
    ('Moet ik een afspraak maken?', 'is reserveren nodig?'), ahead with a verb of arranging ('moet je vooraf
    boeken?'), or walking in as such ('kan ik gewoon langskomen?', 'kan dat zonder afspraak?'); not 'Kan ik mijn
    afspraak verzetten?' nor 'Kunt u daar ook voor langskomen?' (the business comes)."""
    said = normalise(question)
    bw = booking_words()
    if _whole(bw.without, said):
        return True
    need = _whole(bw.need, said)
    if need and _starts(bw.book, said):
        return True
    if need and _starts(bw.ahead, said) and _starts(bw.ahead_verbs, said):
        return True
    leads = "|".join(re.escape(w) for w in bw.walk_in_lead)
    walks = "|".join(re.escape(w) for w in bw.walk_in)
    # the writer walks in ('kan ik gewoon langskomen'), not the business ('kunt u langskomen')
    return bool(re.search(rf"\b(?:ik|we|wij|je|jij|men)\b[^?.!,]*\b(?:{leads})\s+(?:{walks})", said))


def booking_said(answer: str) -> bool:
    """Whether an answer says if one must book: without booking ('zonder afspraak', resources/booking.toml without)
    or only by booking ('op afspraak', 'op reservatie')."""
    said = normalise(answer)
    bw = booking_words()
    stems = "|".join(re.escape(w) for w in bw.book)
    return _whole(bw.without, said) or bool(re.search(rf"\bop\s+(?:{stems})", said))


def asks_booking_way(question: str) -> bool:
    """Whether a question asks if one can book by a way ('Kan ik hier via insta boeken?', 'Kan ik online een afspraak
    maken?'): a word of booking with a way of booking (resources/booking.toml book_via, channel); not a change to a
    booking ('Kan ik mijn afspraak via mail verzetten?')."""
    said = normalise(question)
    bw = booking_words()
    # the writer asks what they can do, or how: not a wish that the business make a way ('Kunt ge geen online agenda
    # maken zodat we zelf kunnen boeken?')
    if not _WRITER_CAN.match(said):
        return False
    return bool(_starts(bw.book_via, said)) and _whole(bw.channel, said) and not asks_change(question)


# A question that asks what the writer can do, or how or where: 'kan ik ...', 'kunnen we ...', 'hoe ...'.
_WRITER_CAN = re.compile(r"^\W*(?:en\s+|of\s+)?(?:(?:kan|kun|mag|mogen|kunnen)\s+(?:ik|we|wij|men)\b|hoe\b|waar\b)")


def asks_room(question: str) -> bool:
    """Whether a question asks if there is still room on a day ('Nog plek op vrijdag?', 'zijn jullie zaterdag al
    volgeboekt?'): resources/booking.toml room; not whether one must book ('Moet ik reserveren?')."""
    return _whole(booking_words().room, normalise(question))


def asks_change(question: str) -> bool:
    """Whether a question asks to change or call off a booking ('Kan ik mijn afspraak annuleren?', 'can I
    reschedule?'): resources/booking.toml change."""
    return bool(_starts(booking_words().change, normalise(question)))


def change_unasked(asked: str, faq_question: str) -> bool:
    """Whether a FAQ entry is about changing or calling off a booking ('Kan ik mijn afspraak annuleren?') and the
    question asks no such thing ('Knipt u ook zonder afspraak?', 'Do you take walk-ins?'): it answers another
    question, though both name the appointment."""
    return asks_change(faq_question) and not asks_change(asked)


def booking_about(item: FaqItem) -> tuple[bool, bool]:
    """(the FAQ question asks about booking, its answer speaks of it); neither for an entry about changing or
    calling off a booking ('Kan ik mijn afspraak annuleren?'), which says nothing of whether to book."""
    bw = booking_words()
    if asks_change(item.question):
        return False, False
    question, answer = normalise(item.question), normalise(item.answer)
    asked = bool(_starts(bw.book, question)) or _whole(bw.without, question) or asks_booking(item.question)
    said = bool(_starts(bw.book, answer)) or _whole(bw.without, answer)
    return asked, said


def booking_entry(profile: BusinessProfile) -> FaqItem | None:
    """The FAQ entry about booking: the first whose question asks whether to book ('Moet ik een afspraak maken?',
    'Kan ik zonder afspraak binnenlopen?'), else the first whose question names booking ('Kun je in de lunchroom
    reserveren?', not before one that asks it: 'Hoe annuleer ik een afspraak?'), else the first whose answer
    speaks of it."""
    items = [item for item in profile.faq if item.question.strip() and item.answer.strip()]
    whether = next((item for item in items if asks_booking(item.question)), None)
    about = [(item, *booking_about(item)) for item in items]
    by_question = next((item for item, asked, _ in about if asked), None)
    return whether or by_question or next((item for item, _, said in about if said), None)


def booking_topic(item: FaqItem, question: str) -> str:
    """What the answer is about, by the first booking word of the FAQ question, else of the writer's question
    ('reserveren', 'een afspraak'); 'vooraf boeken' when neither names one."""
    bw = booking_words()
    for said in (normalise(item.question), normalise(question)):
        stem = next(iter(_starts(bw.topic, said)), "")
        if stem:
            return bw.topic[stem]
    return bw.topic.get("boek", "")


def _followed_by(value: str) -> Callable[[re.Match[str]], str]:
    return lambda match: f"{match.group(1)} op {value}"


def with_contact(answer: str, profile: BusinessProfile) -> str:
    """'..., bel ons even.' → '..., bel ons even op 0575-512846.': an answer that says to call or mail gives the
    number or address when the profile has it and the answer does not say it yet."""
    words = booking_words()
    who = "|".join(map(re.escape, words.contact_who))
    fillers = "|".join(map(re.escape, words.contact_fillers))
    for field, verb in words.contact.items():
        value = str(getattr(profile, field)).strip()
        if value and value not in answer:
            answer = re.sub(
                rf"\b({re.escape(verb)}\s+(?:{who})(?:\s+(?:{fillers}))?)\b(?=\s*[.;!]|\s*$)",
                _followed_by(value),
                answer,
                count=1,
                flags=re.I,
            )
    return answer


def booking_refused(faq: tuple[str, float, str], asked: tuple[str, ...]) -> bool:
    """Whether the questions ask to book or order, a FAQ entry (answer, score, question) about that asks it too and its
    answer says no ('Nee, cuistaxen kun je niet reserveren'): then no day they name makes a difference."""
    question, said = normalise(faq[2]), normalise(" ".join(asked))
    return says_no(faq[0]) and any(w in question and w in said for w in fact_words().order_ahead)


def refused_entry(
    profile: BusinessProfile, question: str, before: str, lemmas_of: Callable[[str], Iterable[str]]
) -> str:
    """The answer of the FAQ entry that says no to the booking a question asks for ('kunnen we er eentje reserveren
    voor zondag?' ~ 'Nee, cuistaxen kun je niet reserveren'): the one entry whose question books as it does, or of
    several the one whose question shares a word with it or the sentence ``before`` it; '' when none says no."""
    said = normalise(question)
    booking = [w for w in fact_words().order_ahead if w in said]
    entries = [f for f in profile.faq if any(w in normalise(f.question) for w in booking)]
    if len(entries) > 1:  # by the thing, not the booking all of them ask about
        words = _thing_words(f"{question} {before}", lemmas_of)
        entries = [f for f in entries if words & _thing_words(f.question, lemmas_of)]
    if len(entries) != 1 or not booking_refused((entries[0].answer, 1.0, entries[0].question), (question,)):
        return ""
    return entries[0].answer.strip()


def _thing_words(text: str, lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The words of a text that may name a thing: no stop word, no booking word ('reserveren'), four letters or more."""
    booking = fact_words().order_ahead
    words = {normalise(w) for w in lemmas_of(text)}
    return {w for w in words if len(w) > 3 and w not in stop_words() and not any(b in w for b in booking)}
