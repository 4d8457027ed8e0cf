"""The sorry of an English complaint: for safety, else what went wrong said back in the writer's terms (a booking
not there or met by a closed door, a part that gave out, a flat tyre, what came instead of what was asked, a long
wait, money charged or kept)."""

from __future__ import annotations

import re

from app.domain.draft_counts import property_instead
from app.domain.draft_english_complaint import EnglishComplaintDrafting, came_without, noise_heard
from app.domain.draft_english_cues import (
    booked_closed,
    booked_for,
    booking_channel,
    came_far,
    closed_ill,
    lost_booking,
    occasion_lines,
)
from app.domain.draft_times import english_wait

# How long an English writer waited: 'waited over an hour', 'waiting 45 minutes for our food', 'Waited 1.5 hours'.
# ... also sat or stood somewhere for that long: 'we sat by the road in 33 degrees for two hours'.
WAITED = re.compile(
    r"(?:(?P<pre>\bwait(?:ed|ing)?\s+(?:for\s+)?|\b(?:sat|stood|stuck|stranded)\b[^.!?;]{0,40}?\bfor\s+)"
    r"|(?<!for )(?<!after )\b)"
    r"(?P<how>(?:(?:well\s+)?over|almost|nearly|more than|about)\s+)?"
    r"(?P<long>an?|one|two|three|\d+(?:[.,]\d+)?|half an)\s+(?P<unit>hours?|hrs?|minutes?|mins?)\b"
    # ... or the time for what was ordered, without 'wait': '40 minutes for two coffees', 'an hour to get our food'
    r"(?(pre)|(?=\s+(?:for|to\s+(?:get|be\s+served))\s+(?:two|three|four|five|\d+|an?|our|my|the|some|one)\s"
    r"(?![^.!?;]{0,30}\b(?:euros?|€|per|each|drive|ride|walk|cycle|trip|journey|parking)\b)))",
    re.I,
)
# A unit written short, said in full: 'Waited 35 min' → 'Waiting 35 minutes is far too long.'
_UNITS = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours"}
_SHORT_UNIT = re.compile(r"\b(?:mins?|hrs?)\b", re.I)
# What the writer brought their thing in for: 'Brought my bike in on Saturday for a flat tire' → 'flat tire'.
_BROUGHT_FOR = re.compile(
    r"\b(?:brought|took|dropped)\s+(?:my|our|the|his|her)\s+[a-z-]+\s+(?:in\s+|off\s+)?(?:[a-z]+\s+[A-Za-z]+\s+)?"
    r"for\s+(?:a|an|its|the)\s+(?P<job>[a-z-]+(?:\s+(?!and\b|but\b)[a-z-]+)?)\b",
    re.I,
)
# Charged on top, unasked: 'we were charged €15 for the call-out on top' ({onderwerp} = 'call-out'), 'a €140 bill
# nobody warned me about'.
_CHARGED_EXTRA = re.compile(
    r"\bcharged\s+(?:me\s+|us\s+)?(?:an\s+extra\s+)?(?P<waarde>€\s?\d+(?:[.,]\d{1,2})?)\s+(?:extra\s+)?"
    r"(?:for\s+(?:the|a|an|that)\s+(?P<onderwerp>[a-z][a-z-]{2,})\b)?(?!\s+instead\b)"
    # ... or a fee by its name, which is a charge on top in itself: 'charged us a €10 late fee', 'a €25 cleaning
    # charge' ('a €5 booking fee': the fee, said back with its name)
    r"|\bcharged\s+(?:me\s+|us\s+)?an?\s+(?P<fee>€\s?\d+(?:[.,]\d{1,2})?)\s+(?P<named>(?:[a-z-]{3,}\s+)?"
    r"(?:fee|surcharge|penalty|fine))\b"
    r"|(?P<bill>€\s?\d+(?:[.,]\d{1,2})?)\s+(?:bill|invoice|charge|fee)\s+(?:that\s+)?"
    r"(?:nobody|no\s+one|no-one|none\s+of\s+you|you\s+never|we\s+were\s+never|I\s+was\s+never)\b",
    re.I,
)
# A deposit kept back, in part or whole: 'kept €15 of the deposit', 'kept our deposit', 'took €20 off my deposit',
# "didn't give the deposit back" (not 'paid a deposit').
_DEPOSIT_KEPT = re.compile(
    r"\b(?:kept|keep|keeping|withheld|held\s+back)\s+(?:(?P<waarde>€\s?\d+(?:[.,]\d{1,2})?)\s+(?:of|from)\s+)?"
    r"(?:the|our|my|his|her|their)\s+deposit\b"
    r"|\b(?:took|deducted|kept)\s+(?P<waarde2>€\s?\d+(?:[.,]\d{1,2})?)\s+(?:off|from)\s+(?:the|our|my)\s+deposit\b"
    r"|\b(?:didn't|did\s+not|never|won't|refused\s+to)\s+(?:give|pay|hand)\s+(?:us\s+|me\s+)?(?:the|our|my)\s+deposit\s+back\b",
    re.I,
)
# ... the first only when the writer says it came on top: 'extra', 'on top', 'as well' (not 'charged €24 for a trim').
_ON_TOP = re.compile(r"^[^.!?]*?\b(?:on\s+top|extra|additional|as\s+well)\b", re.I)
# Charged more than said: 'was charged €24 instead of €12.50'.
_CHARGED_INSTEAD = re.compile(
    r"\bcharged\s+(?:me\s+|us\s+)?(?P<waarde>€\s?\d+(?:[.,]\d{1,2})?)\s+instead\s+of\s+(?P<tweede>€\s?\d+(?:[.,]\d{1,2})?)"
    # ... or the price told beforehand, then what was paid ('I was told it would be around €110, paid €142')
    r"|\b(?:told|quoted|said|promised)\b[^.!?]{0,60}?(?P<told>€\s?\d+(?:[.,]\d{1,2})?)[^.!?€]{0,30}?"
    r"\b(?:paid|charged|billed)\s+(?:me\s+|us\s+)?(?P<paid>€\s?\d+(?:[.,]\d{1,2})?)",
    re.I,
)
# A part that gave out in a complaint: 'The battery on mine died after 25 km', 'the chain snapped'.
# The part may have words before it ('the rear derailleur hanger bent', 'my front brake cable snapped'), never
# a second phrase ('the day my bike broke').
_NOT_IN_PART = r"(?!(?:my|our|the|his|her|its|and|but|when|after|on|of|in|mine|just|suddenly|completely|got|was)\b)"
FAILED = re.compile(
    # ... or bare at the start of a clause, as in a quick post: 'Rented an e-bike, battery died after 25 km'
    r"(?:\b(?:the|my|our|his|her|their|one|a)\s+|(?:^|(?<=[,;:.!?]\s))(?!(?:everything|nothing|something|everyone|"
    r"nobody|this|that|then|they|she|which|who|what|phone|internet|wifi|conversation)\b))"
    rf"(?P<thing>[a-z-]{{3,}}(?:\s+{_NOT_IN_PART}[a-z-]{{3,}}){{0,2}})\s+"
    r"(?:(?:on|of|in)\s+(?:mine|ours|hers|his|my\s+[a-z-]+)\s+)?(?:just\s+|suddenly\s+|completely\s+)?(?:got\s+)?"
    r"(?:died|failed|broke|snapped|cracked|bent|buckled|gave\s+out|cut\s+out|stopped\s+working|came\s+(?:off|loose)"
    r"|fell\s+off|wore\s+out|sheared\s+off"
    # a part that ran down: 'one battery was completely empty', 'the tyre went flat'
    r"|(?:went|ran)\s+(?:dead|flat|empty)|was\s+(?:completely\s+|totally\s+|already\s+)?(?:dead|empty|drained))\b",
    re.I,
)
# A tyre that went flat, told with 'had' or 'got' ('One had a flat tyre after 5 km', 'we got a puncture on the way'):
# said back, as a part that gave out is; ``what`` as written ('flat tire', 'puncture').
_FLAT = re.compile(
    r"\b(?:had|has|got|gets|ended\s+up\s+with|picked\s+up)\s+(?:a\s+)?(?P<what>flat(?:\s+(?:tyre|tire|front\s+tyre"
    r"|front\s+tire|rear\s+tyre|rear\s+tire|back\s+tyre|back\s+tire))?|puncture)\b",
    re.I,
)
_NOT_PARTS = frozenset(
    {"day", "trip", "evening", "plan", "plans", "deal", "booking", "service", "way"}
    | {"place", "restaurant", "shop", "store", "room", "terrace", "bar", "street", "town", "salon"}  # 'was dead'
)


class EnglishSorry(EnglishComplaintDrafting):
    """The lines that say an English complaint back."""

    def _english_sorry(self, text: str, seed: str, values: dict[str, str], *, safety: bool) -> str:
        """The sorry of an English complaint: for safety, else for what went wrong, a confirmed booking
        that was not there, the day it happened on ('your wife's 40th birthday') and a long wait."""
        key = ("safety_allergy" if "allerg" in text.lower() else "safety") if safety else "complaint"
        if safety:
            # 'The comb fell on the floor ...', 'a piece of glass in my salad': what happened, named
            key = "safety_about" if key == "safety" and values.get("onderwerp") else key
            return self._line("english", key, seed, values)
        lost = lost_booking().search(text)
        closed = None if lost else booked_closed(text)  # 'Booked for Thursday ... the salon was dark and locked'
        # 'Booked a table ... no record of it': the booking, not 'this about the table'
        # 'Sorry to hear about the beard trim', else 'Sorry to hear this' (never 'this about the beard trim')
        # 'I asked for copper and it came out orange': the line after says what went wrong, so the sorry names no
        # guessed thing ('about your hair')
        asked, came = property_instead(text)
        said = "" if lost or closed is not None or came else values.get("onderwerp", "")
        # 'about your dad's 70th' when a line says the day after it ('All the more so on your dad's 70th.'): the sorry
        # does not name the day as the thing that went wrong, nor twice
        occasions = occasion_lines(text)
        said = "" if said and any(day.lower() in said.lower() for _, day in occasions) else said
        empathy = self._line("english", key, seed, {**values, "onderwerp": said or " this"})
        # 'Booked a balayage online', 'a table on King's Day through your website': what was booked, not the way
        about = values.get("onderwerp", "").removeprefix(" about ")
        booked = booked_for(text) or ("" if booking_channel(about) else about)
        lost_line = self._line("english", "lost_booking_for", seed, {"onderwerp": booked}) if booked else ""
        lines = [lost_line or self._line("english", "lost_booking", seed)] if lost else []
        if closed is not None:  # the booking and the closed door said back, with what and the day booked
            lines.append(self._booked_closed_line(text, about, closed, seed))
        lines += self._part_lines(text, seed)
        if came:  # 'I asked for copper and it came out orange': both said, owned
            lines.append(self._line("english", "property_instead", seed, {"waarde": asked, "tweede": came}))
        if without := came_without(text):  # 'it arrived at 12:15 and without the child seat': said back
            lines.append(self._line("english", "came_without", seed, {"waarde": without}))
        noise = noise_heard(text)  # 'my bike still squeaks after the service': said back, as a Dutch noise is
        lines += [self._line("english", "noise", seed, noise)] if noise else []
        far = came_far().search(text)
        if far and lost:  # 'drove 40 minutes from Ghent' for a booking that was not there
            lines.append(self._line("english", "came_far", seed, {"waarde": " ".join(far.group("waarde").split())}))
        # 'for my wife's 40th birthday', 'Wedding in two weeks': the day said back; "Her name is LEA": her name
        # ... and the feast of everyone it was on ("And on Mother's Day, of all days."), unless the sorry names it
        lines += [
            self._line("english", key, seed, {"waarde": said})
            for key, said in occasions
            if key != "feast_sorry" or said.split(" ", 1)[1].lower() not in empathy.lower()
        ]
        lines += self._wait_lines(text, seed)
        lines += self._english_money(text, seed)
        return " ".join([empathy, *lines])

    def _english_money(self, text: str, seed: str) -> list[str]:
        """The lines of an English complaint about money: charged more than said, charged on top or a fee by its
        name, a deposit kept back."""
        lines: list[str] = []
        if charged := _CHARGED_INSTEAD.search(text):  # 'charged €24 instead of €12.50': both amounts said back
            values = {"waarde": charged["waarde"] or charged["paid"], "tweede": charged["tweede"] or charged["told"]}
            lines.append(self._line("english", "charged_instead", seed, values))
        elif (extra := _CHARGED_EXTRA.search(text)) and (
            extra["bill"] or extra["fee"] or _ON_TOP.search(text[extra.start() :])
        ):
            # 'charged €15 for the call-out on top', 'a €140 bill nobody warned me about', 'charged us a €10 late
            # fee': the amount said back, with what it was for
            amount = extra["waarde"] or extra["bill"] or extra["fee"]
            about = extra["onderwerp"] or " ".join((extra["named"] or "").lower().split())
            values = {"waarde": " ".join(amount.split()), "onderwerp": about}
            key = "charged_fee" if extra["fee"] else "charged_extra_for" if about else "charged_extra"
            lines.append(self._line("english", key, seed, values))
        if kept := _DEPOSIT_KEPT.search(text):  # 'kept €15 of the deposit': said back, looked into
            amount = kept["waarde"] or kept["waarde2"]
            line = self._line(
                "english", "deposit_kept" if amount else "deposit_kept_all", seed, {"waarde": amount or ""}
            )
            lines.append(line)
        return lines

    def _booked_closed_line(self, text: str, about: str, closed: str, seed: str) -> str:
        """A booking met by a closed door, said back with what was booked and the day."""
        # what was booked, only as the writer named it with the booking ('Booked a bridal hair trial online'):
        # not 'the lights' or 'the salon' from what they found
        booking = re.search(
            r"\b(?:booked|reserved)\b[^.,;!?]*?(?=\s+(?:for|online|at|on|via|through)\b|[.,;!?]|$)", text, re.I
        )
        named = about.removeprefix("the ").lower()
        what = about if booking and named and named in booking.group(0).lower() else ""
        when = f" {'on' if what else 'for'} {closed}" if closed else ""
        values = {"waarde": f"{f' for {what}' if what else ''}{when}"}
        return self._line("english", "booked_closed_ill" if closed_ill(text) else "booked_closed", seed, values)

    def _part_lines(self, text: str, seed: str) -> list[str]:
        """A part that gave out or a tyre that went flat, said back."""
        lines: list[str] = []
        failed = FAILED.search(text)
        # 'the battery on mine died', 'the rear derailleur hanger bent': said back
        if failed and failed.group("thing").lower().split()[-1] not in _NOT_PARTS:
            lines.append(self._line("english", "failed_part", seed, {"waarde": failed.group("thing").lower()}))
        elif flat := _FLAT.search(text):  # 'One had a flat tyre after 5 km': the flat said back
            what = " ".join(flat.group("what").lower().split())
            lines.append(self._line("english", "flat_tyre", seed, {"waarde": "flat tyre" if what == "flat" else what}))
        return lines

    def _wait_lines(self, text: str, seed: str) -> list[str]:
        """How long the writer waited, and for what, said back ('Waiting 35 minutes for a flat tire ...')."""
        waited = WAITED.search(text)
        timed = 0 if waited else english_wait(text)  # 'Appointment at 10:00, finally in the chair at 10:50'
        if (
            waited or timed
        ):  # 'We waited over an hour': said back, not only 'your food'; and for what ('for a flat tire')
            start = waited.start("how") if waited and waited.group("how") else waited.start("long") if waited else 0
            how = " ".join(text[start : waited.end()].split()) if waited else f"{timed} minutes"
            how = _SHORT_UNIT.sub(lambda unit: _UNITS[unit.group(0).lower()], how)  # '35 min' → '35 minutes'
            how = re.sub(r"\b(1|one|an?)\s+(hour|minute)s\b", r"\1 \2", how, flags=re.I)  # '1 hr' → '1 hour'
            job = _BROUGHT_FOR.search(text)
            values = {"waarde": how, "onderwerp": job.group("job").lower() if job else ""}
            line = self._line("english", "wait_for" if job else "wait", seed, values)
            return [f"{line[:1].upper()}{line[1:]}"]
        return []
