"""What the writer of a complaint asks for in so many words, answered with a commitment that names it and a slot
for the when or what, before the channel line: 'Ik wil dat iemand hier vandaag naar kijkt' (today, the words and
line of the safety draft's TODAY_ASKED), 'Ik wil een nieuwe zadelpen' (the thing asked), 'wanneer is mijn fiets
klaar?' / 'is mijn bestelling nog in orde?' / 'binnengebracht op de 14de ... nog niets gehoord' (where it stands
now). The words are in resources/phrase_cues.toml (today_plain*, request_*, status_*)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Protocol

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_safety import TODAY_ASKED
from app.domain.draft_text import Part, place_before
from app.domain.profile import BusinessProfile
from app.domain.replies import Platform, number
from app.domain.topics import TopicAnalysis
from app.domain.words import alternation


class _Drafter(Protocol):
    @property
    def profile(self) -> BusinessProfile: ...

    def _line(self, section: str, key: str, seed: str, values: Mapping[str, str] | None = None) -> str: ...

    def _safety(
        self, topics: TopicAnalysis, plat: Platform, seed: str, tried: list[Part], text: str = ""
    ) -> tuple[list[Part], str, str]: ...


# A word that opens a thing of its own ('de foto', 'het doosje', 'my receipt'): then what is done again is done to it.
_OBJECT = r"\b(?:de|het|een|die|dat|deze|dit|mijn|m'n|mn|ons|onze|hem|ze|the|a|an|my|it|them)\b"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    c = phrase_cues()
    want, article, new = alternation(c.request_want), alternation(c.request_article), alternation(c.request_new)
    ask, ready = alternation(c.status_ask), alternation(c.status_ready)
    must, again, doing = alternation(c.chase_must), alternation(c.chase_again), alternation(c.chase_doing)
    return {
        "new": re.compile(
            rf"\b(?:{want})\s+(?:(?:{alternation(c.request_filler)})\s+)?({article})\s+(?:{new})\s+([^\W\d_][\w-]{{2,}})",
            re.I,
        ),
        "status": re.compile(
            rf"\b(?:{ask})\b[^.!?]{{0,50}}\b(?:{ready})\b[^.!?]*\?"
            rf"|\b(?:{alternation(c.status_whether)})\b[^.!?]{{0,40}}\b(?:{ready})\b",
            re.I,
        ),
        "chase": re.compile(
            # the writer must contact us again, with no thing of its own between ('Moet ik de foto opnieuw mailen?'
            # is no chasing: the photo is sent again)
            rf"(?:\b(?:{must})\s+(?:ik|we|wij)\b|\b(?:i|we)\s+(?:{must})\b)(?:(?!{_OBJECT})[^.!?]){{0,30}}"
            rf"(?:\b(?:{again})\b(?:(?!{_OBJECT})[^.!?]){{0,20}}\b(?:{doing})\b"
            rf"|\b(?:{doing})\b[^.!?]{{0,20}}\b(?:{again})\b)",
            re.I,
        ),
        "left": re.compile(rf"\b(?:{alternation(c.status_left, spaced=True)})\b", re.I),
        "still": re.compile(rf"\b(?:{alternation(c.status_still, spaced=True)})\b", re.I),
        "done": re.compile(rf"\b(?:{alternation(c.status_done, spaced=True)})", re.I),
    }


def asked_new(text: str) -> str:
    """'Ik wil een nieuwe zadelpen' → 'een nieuwe zadelpen' ('nen nieuwe' said 'een nieuwe'); '' when not asked."""
    found = _patterns()["new"].search(text)
    if found is None:
        return ""
    said = found.group(0)[found.start(1) - found.start(0) :]
    english = found.group(1).lower() in {"a", "an"}
    return said if english else "een " + said[len(found.group(1)) :].strip()


def asks_status(text: str) -> bool:
    """'Wanneer is mijn fiets klaar?', 'ik weet nog altijd niet of da in orde is', or a thing left with the business
    and no news since ('binnengebracht op 14 november ... nog niets gehoord'), unless it was settled since ('totaal €
    68,50', 'opgehaald')."""
    p = _patterns()
    return p["status"].search(text) is not None or (
        p["left"].search(text) is not None and p["still"].search(text) is not None and p["done"].search(text) is None
    )


def chases_again(text: str) -> bool:
    """'Moet ik nu echt nog eens bellen?', 'do I have to call again?': asked whether to chase us once more."""
    return _patterns()["chase"].search(text) is not None


def asks_request(question: str) -> bool:
    """Whether a question of the comment is the request answered by :func:`with_request` ('Wanneer is die eindelijk
    klaar?'): no second slot for it."""
    return bool(asked_new(question) or asks_status(question) or TODAY_ASKED.search(question) or chases_again(question))


def answers_request(parts: list[Part], text: str) -> bool:
    """Whether the draft answers the writer's request already (a request or today line, or the no to chasing us
    again): its question then gets no slot of its own."""
    return _answered(parts) or chases_again(text)


def with_request(drafter: _Drafter, parts: list[Part], topics: TopicAnalysis, text: str, seed: str) -> list[Part]:
    """``parts`` with the writer's request answered before the channel line: a new thing asked for or where the
    thing stands now takes the proposal slot's place (no refund offered for an order not yet due); a request for
    today is promised with the safety draft's line. Where a thing left with us or ordered stands, the business
    tells the writer itself, on the details it has (no 'mail us' to one who had to chase it); one who phoned in
    vain keeps the channel the complaint gives (earlier writers wanted the mail then)."""
    if _answered(parts):
        return parts
    if chases_again(text):  # no: we get in touch ourselves, on the details we have
        again = _channel(drafter, seed, "callback_again_phone", "callback_again", short=False)
        parts = [again if p.key == "channel" and p.text else p for p in parts]
    line = drafter._line
    thing = asked_new(text)
    if thing:
        said = line("complaint", "request_new", seed, {"onderwerp": thing[:1].upper() + thing[1:]})
    elif asks_status(text):
        named = next((m for m in topics.products if not m.guessed and not m.place), None)
        values = {"onderwerp": named.text, "meervoud": number(named.plural)} if named else None
        said = line("complaint", "request_status" if named else "request_status_plain", seed, values)
        if "telefoon" not in topics.tried:  # one who phoned in vain goes on as before (by mail, earlier writers)
            # 'We laten u vandaag nog zelf weten hoe het staat ... Liever meteen? Belt u gerust: ...'
            callback = _channel(drafter, seed, "callback_status", "callback", short=True)
            parts = [callback if p.key == "channel" and p.text else p for p in parts]
    elif TODAY_ASKED.search(text):
        today = Part("today", line("safety", "today_asked", seed, None), True, "")
        return place_before(parts, today, "channel")
    else:
        return parts
    kept = [p for p in parts if p.key != "solution"]
    return place_before(kept, Part("request", said, True, ""), "channel")


def safety_with_request(
    drafter: _Drafter, topics: TopicAnalysis, plat: Platform, seed: str, tried: list[Part], text: str
) -> tuple[list[Part], str, str]:
    """The safety draft (parts, channel, topic) with the writer's request answered too ('Ik wil een nieuwe
    zadelpen' after a fall)."""
    parts, channel, topic_id = drafter._safety(topics, plat, seed, tried, text)
    return with_request(drafter, parts, topics, text, seed), channel, topic_id


def _answered(parts: list[Part]) -> bool:
    """Whether the draft has a request or today line already."""
    return any(p.key in {"today", "request"} for p in parts)


def _channel(drafter: _Drafter, seed: str, with_phone: str, without_phone: str, *, short: bool) -> Part:
    """The channel line ``with_phone`` when the profile has a number (said in it), else ``without_phone``; with its
    short form for the platform's length when ``short``."""
    phone = drafter.profile.phone.strip()
    key = with_phone if phone else without_phone
    values = {"kanaal": phone}
    return Part(
        "channel",
        drafter._line("channel", key, seed, values),
        True,
        drafter._line("channel", f"{key}_short", seed, values) if short else "",
    )
