"""What an English complaint gets besides the sorry: the profile's fact when it is about how things work here
('No credit card accepted??' → 'To be clear about paying here: debit card and cash; no credit card.'), a word
about a remark of the staff that put the blame on the writer ('the guy in the shop said it was probably my riding
style'), a wish for a quick recovery after an injury, and a word for what the writer still liked ('Nice pancakes,
terrible experience'). Word lists: resources/english_complaint.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.draft_base import DraftBase
from app.domain.draft_bikes import bikes_put
from app.domain.draft_days import hours_on
from app.domain.draft_english_words import EN_WEEK, english_day, english_hours, english_label, english_words
from app.domain.draft_fact_words import week_days
from app.domain.draft_terms import free_fix, terms_for
from app.domain.draft_text import Part
from app.domain.language import ENGLISH, NOT_OBJECTS
from app.domain.replies import shipped_templates
from app.domain.schema import Strict, Texts, located, validate
from app.domain.topics import TopicAnalysis
from app.errors import DataFileError
from app.resources import resource_path

# The key of the part that holds an answer from the (Dutch) profile in an English draft (the owner gets a note).
PROFILE_ANSWER = "answer_profile"
# The key of the part that states a profile fact in an English complaint.
COMPLAINT_FACT = "fact"


class _EnglishComplaintModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    fields: dict[str, Texts]
    staff: Texts
    said: Texts
    blame: Texts
    bad: Texts
    portions: Texts
    refund: Texts
    not_faulty: Texts
    injury: Texts
    injured: Texts
    good: Texts
    not_praised: Texts
    trouble: Texts
    noises: Texts
    deposit: Texts
    gave_out: Texts
    gave_out_past: Texts
    warranty: Texts
    failed_again: Texts
    held: Texts
    arrived: Texts
    result: Texts


@dataclass(frozen=True)
class EnglishComplaintWords:
    """resources/english_complaint.toml as patterns."""

    fields: tuple[tuple[str, re.Pattern[str]], ...]  # (question topic id, its words), in the file's order
    remark: re.Pattern[str]
    injury: re.Pattern[str]
    injured: re.Pattern[str]
    praised: re.Pattern[str]
    not_praised: frozenset[str]
    trouble: re.Pattern[str]
    noise: re.Pattern[str]
    noisy: re.Pattern[str]  # 'got it back with a squeaking disc brake': the noise before the thing (faulty_thing)
    deposit: re.Pattern[str]
    faulty: re.Pattern[str]
    faulty_note: re.Pattern[str]
    missing: re.Pattern[str]  # 'Two portions of stoofvlees were missing': what the order lacked
    refund: re.Pattern[str]  # 'Will I get a refund for the missing meals?': asked, up to the question mark
    not_faulty: frozenset[str]
    gave_out: re.Pattern[str]  # 'the chain keeps coming off': a part that keeps failing
    warranty: re.Pattern[str]  # 'Is there any warranty on this?', 'the same tyre was flat again'
    held: re.Pattern[str]  # 'Rented two e-bikes': the business has the writer's number
    without: re.Pattern[str]  # 'it arrived at 12:15 and without the child seat': what was not brought with it
    result: re.Pattern[str]  # 'it's brassy orange', 'the fringe is uneven': the result of the work, judged


# What the writer came in for: 'Came in on Sunday around 11:45 for croissants', 'popped by for a haircut'.
# ... and what the writer left their thing for, with the fault's word ('Dropped off my bike for a flat tyre').
_CAME_FOR = re.compile(
    r"\b(?:came|come|went|popped|stopped|dropped)\s+(?:in|by|over|round|off)\b[^.!?;,]{0,40}?"
    r"\bfor\s+(?:(?:a|an|some|the|my|our)\s+)?(?!(?:first|second|last|next|once)\b)"
    r"(?P<thing>(?:(?:flat|broken|punctured|bent|loose|squeaky|snapped)\s+)?[a-z]{3,}(?:-[a-z]+)?)\b(?!-)",
    re.I,
)
_MONEY = r"(?:€|£|\$|EUR\s?)\s?\d+(?:[.,]\d{2})?"


def _alternatives(words: list[str]) -> str:
    """'a|b c|d*' as a regex group: a space any spacing, a '*' at the end any ending, else a whole word."""
    said = (
        r"\s+".join(re.escape(w) for w in word.lower().rstrip("*").split())
        + (r"\w*" if word.endswith("*") else r"(?![\w'’-])")
        for word in words
    )
    return "(?:" + "|".join(sorted(said, key=len, reverse=True)) + ")"


def _gave_out(ways: list[str], past: list[str]) -> re.Pattern[str]:
    """'Two weeks later the chain keeps coming off', 'my gears kept slipping': a part that fails again and again;
    also one that failed ('The chain has come off three times', 'the spoke snapped')."""
    return re.compile(
        r"\b(?:the|my|our|its|his|her)\s+(?P<thing>[a-z-]{3,}(?:\s+[a-z-]{3,})??)\s+(?:(?:still|now|just|already)\s+)?"
        # ... the 'still' after the verb too: 'the gears are still skipping after the service'
        rf"(?:(?:keeps|kept|has\s+been|have\s+been|is|are|was|were)\s+(?:(?:still|now|again)\s+)?{_alternatives(ways)}"
        rf"|(?:(?:has|have|had)\s+(?:(?:already|now|again)\s+)?)?{_alternatives(past)})",
        re.I,
    )


# Words after a forgotten thing that are not part of its name ('forgot our salads again').
_AFTER_THING = r"(?:to|and|for|with|again|too|on|in|at|from|completely|entirely|altogether|there|here|until|but|so)"


def _missing(portions: list[str]) -> re.Pattern[str]:
    """'Two portions of stoofvlees were missing', 'the sauce was missing': what an order lacked, as ``thing``;
    'the kitchen forgot both kids' meals', 'they left out our salads': what was forgotten, as ``thing2``."""
    return re.compile(
        r"(?:^|[.!?,;]\s*|\b(?:and|but|the|our|my|your|one|two|three|four|five|six|\d+)\s+)"
        rf"(?:(?:{_alternatives(portions)})\s+of\s+(?:the\s+)?)?(?P<thing>[a-z]{{3,}}(?:\s+[a-z]{{3,}})?)\s+"
        r"(?:was|were)\s+(?:(?:still|completely|just|simply)\s+)?missing\b"
        r"|(?<!\bI\s)(?<!\bwe\s)\b(?:forgot|forgotten|left\s+out)\s+(?:about\s+)?(?:all\s+|both\s+)?"
        r"(?:the|our|my|his|her|their|both|all|two|three|four|five|six|\d+)\s+"
        rf"(?P<thing2>[a-z][a-z-]{{2,}}(?:['’]s|s['’])?(?:\s+(?!{_AFTER_THING}\b)[a-z]{{3,}})?)(?![\w'’-])",
        re.I | re.M,
    )


def _without(arrived: list[str]) -> re.Pattern[str]:
    """'it arrived at 12:15 and without the child seat': what was brought lacked, as ``thing``; not the writer's
    own coming ('we arrived without a booking')."""
    return re.compile(
        rf"(?<![\w-])(?<!\bI\s)(?<!\bwe\s){_alternatives(arrived)}[^.!?]{{0,30}}?\bwithout\s+"
        r"(?:the|our|my|his|her|their)\s+"
        rf"(?P<thing>[a-z][a-z-]{{2,}}(?:\s+(?!{_AFTER_THING}\b)[a-z-]{{3,}})?)(?![\w'’-])",
        re.I,
    )


def _noise(noises: list[str]) -> re.Pattern[str]:
    """'my bike still squeaks after the service', 'the gears are clicking again', 'my brakes squeal even more'."""
    return re.compile(
        r"\b(?:my|our|the)\s+(?P<thing>[a-z-]{3,}(?:\s+(?!(?:still|now|again|keeps?|is|are|was|were)\b)[a-z-]{3,})?)"
        r"\s+(?P<still>(?:still|now|keeps?)\s+)?"
        rf"(?P<noise>(?:(?:is|are|was|were)\s+(?:still\s+)?)?{_alternatives(noises)})"
        r"(?P<after>\s+(?:(?:even\s+)?(?:more|worse)\s+)?(?:after|since)\s+(?:the|your|its|my)\s+[a-z-]{3,})?",
        re.I,
    )


def _noisy(noises: list[str]) -> re.Pattern[str]:
    """'got it back with a squeaking disc brake': the noise before the thing, as ``noise`` and ``thing``."""
    return re.compile(
        rf"\b(?:with|has|had|have)\s+(?:a|an|the)\s+(?P<noise>{_alternatives(noises)})\s+"
        r"(?P<thing>[a-z-]{3,}(?:\s+(?!and\b|but\b|after\b|since\b|on\b)[a-z-]{3,})?)",
        re.I,
    )


def parse_english_complaint_words(
    data: dict[str, Any], source: str = "<english_complaint>", topics: frozenset[str] | None = None
) -> EnglishComplaintWords:
    """The lists made patterns; with ``topics``, every key of [fields] must be one of those question topics."""
    model = validate(_EnglishComplaintModel, data, source, located)
    for key in model.fields:
        if topics is not None and key not in topics:
            raise DataFileError(source, f"onbekend onderwerp '{key}'", f"fields.{key}")
    staff, said, blame = (_alternatives(w) for w in (model.staff, model.said, model.blame))
    good, deposit, bad = (_alternatives(w) for w in (model.good, model.deposit, model.bad))
    return EnglishComplaintWords(
        fields=tuple(
            (key, re.compile(rf"(?<![\w-]){_alternatives(words)}", re.I)) for key, words in model.fields.items()
        ),
        # 'the guy in the shop said it was probably my riding style', 'your staff blamed me for it'
        remark=re.compile(
            rf"\b{staff}\b[^.!?]{{0,40}}?\b{said}[^.!?]{{0,80}}?\b{blame}|\bblamed\s+(?:me|us|my|our)\b", re.I
        ),
        injury=re.compile(rf"(?<![\w-]){_alternatives(model.injury)}", re.I),
        injured=re.compile(rf"\b(?:my|our)\s+(?P<who>{_alternatives(model.injured)})", re.I),
        # 'Nice pancakes, terrible experience', 'the food was lovely though'
        praised=re.compile(
            rf"(?:^|[.!?,;]\s*|\bbut\s+)(?:(?:really|very|such)\s+)?{good}\s+(?P<thing>[a-z]+)\s*(?=[,.!;]|though\b|$)"
            # ... also set apart from the rest ('the cut itself was lovely')
            rf"|\b(?:the|your)\s+(?P<thing2>[a-z]+)\s+(?:(?:itself|themselves)\s+)?(?:was|were|is|are)\s+(?:(?:really|very|absolutely|so)\s+)?"
            rf"{good}\b(?!\s+(?:but|until|when)\b)",
            re.I | re.M,
        ),
        not_praised=frozenset(w.lower() for w in model.not_praised),
        trouble=re.compile(rf"(?<![\w-]){_alternatives(model.trouble)}|\?", re.I),
        noise=_noise(model.noises),
        noisy=_noisy(model.noises),
        # 'Mussels were sandy', 'and the fries were stone cold': the thing that was wrong (not 'the waiter')
        faulty=re.compile(
            r"(?:^|[.!?,;]\s*|\b(?:and|but|the|our|my|your)\s+)(?P<thing>[a-z]{3,}(?:\s+[a-z]{3,})?)\s+"
            rf"(?:was|were|is|are|came\s+out)\s+(?:(?:really|very|completely|totally|all|so|quite|a\s+bit|half)\s+)?{bad}",
            re.I | re.M,
        ),
        # a review in notes, without the verb: 'Stoofvlees with fries: fries cold, stew mostly sauce'
        faulty_note=re.compile(rf"(?:^|[.!?,;:]\s*)(?P<thing>[a-z]{{3,}})\s+{bad}\s*(?=[.!?,;]|$)", re.I | re.M),
        missing=_missing(model.portions),
        refund=re.compile(rf"(?<![\w-]){_alternatives(model.refund)}[^.!?]*\?", re.I),
        not_faulty=frozenset(w.lower() for w in model.not_faulty),
        gave_out=_gave_out(model.gave_out, model.gave_out_past),
        warranty=re.compile(
            rf"(?<![\w-]){_alternatives(model.warranty)}|(?<![\w-]){_alternatives(model.failed_again)}\s+again\b", re.I
        ),
        held=re.compile(rf"(?<![\w-]){_alternatives(model.held)}", re.I),
        without=_without(model.arrived),
        result=re.compile(rf"(?<![\w-]){_alternatives(model.result)}", re.I),
        # 'I already paid the €50 deposit via Tikkie', 'paid a deposit of €50': money paid ahead, with its amount
        deposit=re.compile(
            rf"\bpaid\b[^.!?]{{0,30}}?(?:(?P<amount>{_MONEY})\s+(?P<what>{deposit})"
            rf"|(?P<what2>{deposit})\s+of\s+(?P<amount2>{_MONEY}))",
            re.I,
        ),
    )


@lru_cache(maxsize=1)
def english_complaint_words() -> EnglishComplaintWords:
    file = resource_path("english_complaint.toml")
    topics = frozenset(q.id for q in shipped_templates().question_topics)
    return parse_english_complaint_words(read_toml(file), str(file), topics)


def fields_named(text: str) -> set[str]:
    """The question topics (profile fields) an English sentence names in the words of resources/english_complaint.toml
    [fields]: 'Can we park somewhere close by?' → parkeren, 'Do you take cash?' → betalen; a question where to leave
    or charge the bikes ('is there somewhere safe to leave our e-bikes?') names the parking too."""
    named = {key for key, words in english_complaint_words().fields if words.search(text)}
    return named | ({"parkeren"} if bikes_put(text) else set())


def staff_blamed(text: str) -> bool:
    """Whether the writer quotes the staff putting the blame on them ('said it was probably my riding style')."""
    return english_complaint_words().remark.search(text) is not None


def injured_one(text: str) -> str:
    """Who is hurt, as the reply says it: 'you', or 'your son' when the writer names them; '' when no injury."""
    words = english_complaint_words()
    # by the English words only: the Dutch analysis reads 'cut my hair' as a cut
    if words.injury.search(text) is None:
        return ""
    who = words.injured.search(text)
    return f"your {' '.join(who.group('who').lower().split())}" if who else "you"


def faulty_thing(text: str, *, came_for: bool = True) -> str:
    """The thing an English complaint says was wrong, as the reply names it: 'Mussels were sandy' → 'the mussels',
    'the chain keeps coming off' → 'the chain', 'fries cold, stew mostly sauce' → 'the fries', 'two portions of
    stoofvlees were missing and the fries were cold' → 'the missing stoofvlees'; else what the writer
    came in for ('Came in on Sunday for croissants, they were all gone' → 'the croissants'); '' when none is, or
    when it is a person, a pronoun or the visit ('the waiter was off', 'everything was cold'). ``came_for`` False:
    only a thing said to be wrong, not what the writer came in for."""
    words = english_complaint_words()
    for found in words.missing.finditer(text):  # what the order lacked outweighs what was wrong with the rest
        said = found.group("thing") or found.group("thing2")
        thing = re.sub(r"^(?:the|my|our|your|and|but)\s+", "", " ".join(said.lower().split()))
        if not words.not_faulty & set(thing.split()) and thing not in ENGLISH:
            return f"the missing {thing}"
    for found in [*words.faulty.finditer(text), *words.gave_out.finditer(text), *words.faulty_note.finditer(text)]:
        # 'One battery was empty': one of the writer's things, named by its noun
        # ('Both batteries were dead': the batteries, not 'the both batteries')
        thing = re.sub(
            r"^(?:(?:the|my|our|your|and|but|one|both|all|two)\s+)+", "", " ".join(found.group("thing").lower().split())
        )
        if not words.not_faulty & set(thing.split()) and thing not in ENGLISH:
            return f"the {thing}"
    noisy = words.noisy.search(text)  # 'got it back with a squeaking disc brake': the thing, with its noise
    if noisy and noisy.group("noise").lower().endswith("ing"):
        return f"the {' '.join(noisy.group(0).lower().split()[2:])}"
    came = _CAME_FOR.search(text) if came_for else None
    thing = came.group("thing").lower() if came else ""
    return f"the {thing}" if thing and thing not in ENGLISH | NOT_OBJECTS | words.not_faulty else ""


def praised_thing(text: str) -> str:
    """What the writer of a complaint still liked, as written ('pancakes'); '' when nothing was praised."""
    words = english_complaint_words()
    for found in words.praised.finditer(text):
        thing = (found.group("thing") or found.group("thing2") or "").lower()
        if thing and thing not in words.not_praised:
            return thing
    return ""


def noise_heard(text: str) -> dict[str, str]:
    """The noise a thing of the writer makes, said back ('My bike still squeaks after the service' → onderwerp 'your
    bike', waarde 'squeaks', tweede 'still ', dienst ' after the service'); empty when no noise is named."""
    found = english_complaint_words().noise.search(text)
    if found is None or found.group("thing").lower().split()[0] in {"it", "one", "thing"}:
        return {}
    thing = " ".join(found.group("thing").lower().split())
    after = " ".join((found.group("after") or "").lower().split()).replace(" my ", " your ")
    return {
        "onderwerp": f"your {thing}" if found.group(0).lower().startswith(("my", "our")) else f"the {thing}",
        "waarde": " ".join(found.group("noise").lower().split()),
        "tweede": f"{found.group('still').strip().lower()} " if found.group("still") else "",
        "dienst": f" {after}" if after else "",
    }


def deposit_paid(text: str) -> str:
    """The money the writer of a complaint paid ahead, as the reply names it: 'the €50 deposit', 'the deposit of
    €50'; '' when none is said with its amount."""
    found = english_complaint_words().deposit.search(text)
    if found is None:
        return ""
    if found.group("amount"):
        return f"the {found.group('amount')} {found.group('what').lower()}"
    return f"the {found.group('what2').lower()} of {found.group('amount2')}"


def warranty_matters(text: str) -> bool:
    """Whether an English complaint is about what a warranty covers: it asks about one ('Is there any warranty on
    this?'), a part keeps failing ('the chain keeps coming off') or the same thing went wrong again ('the next
    morning the same tyre was flat again')."""
    words = english_complaint_words()
    return bool(words.warranty.search(text) or words.gave_out.search(text))


def came_without(text: str) -> str:
    """What was not brought with what the writer got ('it arrived at 12:15 and without the child seat' → 'child
    seat', 'the cake came without the candles' → 'candles'); '' when nothing is said to be left out."""
    found = english_complaint_words().without.search(text)
    return " ".join(found.group("thing").lower().split()) if found else ""


def number_held(text: str) -> bool:
    """Whether the business has the writer's number from a rental or booking ('Rented two e-bikes', 'booked a
    table'): after a call in vain, the business calls them, as for a Dutch complaint."""
    return english_complaint_words().held.search(text) is not None


def _in_trouble(words: re.Pattern[str], text: str) -> bool:
    """Whether a sentence that names the field also says something could not be done or went wrong ('No credit
    card accepted??'), not only what happened ('paid by credit card')."""
    plain = text.replace("’", "'")
    for found in words.finditer(plain):
        start = max(plain.rfind(c, 0, found.start()) for c in ".!?\n") + 1
        end = min((i for i in (plain.find(c, found.end()) for c in ".!\n") if i >= 0), default=len(plain))
        if english_complaint_words().trouble.search(plain[start:end] + plain[end : end + 2]):
            return True
    return False


# Whether the writer may come by on a weekday, asked in a complaint: 'or can I just drop by on Saturday?', 'Can we
# pop in on Tuesday to have it looked at?' (the day as ``day``, up to the question mark).
_DROP_BY = re.compile(
    r"\b(?:drop|pop|come|stop|swing|call)\s+(?:by|in|round|over|past)\b[^.!?]{0,40}?\bon\s+(?:a\s+)?"
    rf"(?P<day>{'|'.join(EN_WEEK)})s?\b[^.!?]*\?",
    re.I,
)


# 'Is this still happening?', 'Is our party still on?', 'Does the booking still stand?': a booking ahead the writer
# fears is lost, asked about after messages went unanswered; what they wait to hear is whether it stands.
_STILL_ON = re.compile(
    r"\b(?:is|are|does|do)\s+(?:this|it|that|we|our\s+\w+(?:\s+\w+)?|the\s+\w+(?:\s+\w+)?)\s+still\s+"
    r"(?:happening|on|going\s+ahead|stand(?:ing)?|confirmed|booked|valid)\b",
    re.I,
)


# The writer asks whether the work can still be put right ('Can you fix this before then??', 'could someone redo the
# colour before Saturday?', 'Can this be corrected?'), in a sentence that ends in a question mark; when they say by
# when ('before Monday', 'by Friday'), ``when``.
_FIX_ASKED = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|someone|anyone|somebody|this|it|that|they|she|he|we)\b[^.!?]{0,40}?"
    r"\b(?:fix|fixed|correct|corrected|redo|redone|repair|repaired|put\s+(?:it|this|that)\s+right|recolou?r|recolou?red|"
    r"tone|toned|sort\s+(?:it|this|that)\s+out)\b(?P<rest>[^.!?]{0,60})\?",
    re.I,
)
_FIX_BY = re.compile(rf"\b(?P<when>(?:before|by)\s+(?:{'|'.join(EN_WEEK)})s?)\b", re.I)


def fix_asked_en(text: str) -> str | None:
    """By when an English complaint asks for the work to be put right ('Can you fix this before Monday?' → 'before
    Monday'), '' when it asks without a weekday ('before then'), None when it does not ask ('I had to fix it
    myself', 'Can you tell me why?')."""
    found = _FIX_ASKED.search(text)
    if found is None:
        return None
    when = _FIX_BY.search(found.group("rest"))
    if when is None:
        return ""
    by, day = when.group("when").split()
    return f"{by.lower()} {day.capitalize()}"


class EnglishComplaintDrafting(DraftBase):
    """The profile fact of an English complaint about how things work here."""

    def _english_drop_by(self, text: str, seed: str) -> Part | None:
        """'On Saturday I am open 9:00–17:00, so you can drop by then.' when an English complaint asks whether the
        writer can come by on one weekday ('Do I need to book again or can I just drop by on Saturday?') and the
        opening hours hold times for that day; what they asked, answered with the profile's fact, not only a mail
        address. None otherwise (a closed day is said by the closed-day rule)."""
        asked = _DROP_BY.search(text)
        if asked is None:
            return None
        day = week_days()[EN_WEEK.index(asked.group("day").lower())]
        times = english_hours(hours_on(self.profile.value("opening_hours"), day).removeprefix(day).strip())
        if not times or not re.search(r"\d", times):
            return None
        line = self._line("english", "drop_by_day", seed, {"feestdag": english_day(day), "waarde": times})
        return Part("drop_by", line, True)

    def _english_solution(self, text: str, seed: str) -> str:
        """The proposal to fill in; the money the writer paid ahead named with it ('And about the €50 deposit you
        already paid: [vul in: ...]'): what becomes of it is what they wait to hear."""
        paid = deposit_paid(text)
        # 'Two portions ... were missing ... Will I get a refund?': what was not delivered is paid back
        missing = faulty_thing(text) if english_complaint_words().refund.search(text) else ""
        if missing.startswith("the missing "):
            return self._line("english", "solution_missing_refund", seed)
        if (fix := fix_asked_en(text)) is not None:  # 'Can you fix this before Monday?': yes, and the slot
            return self._line("english", "solution_fix_asked", seed, {"waarde": f" {fix}" if fix else ""})
        if _STILL_ON.search(text):  # 'Is this still happening?': whether the booking stands, the money with it
            return self._line("english", "solution_still_on", seed, {"waarde": f" and {paid}" if paid else ""})
        return (
            self._line("english", "solution_deposit", seed, {"waarde": paid})
            if paid
            else self._line("english", "solution", seed)
        )

    def _english_warranty(self, text: str, seed: str) -> Part | None:
        """The profile's warranty terms, as it says them (in Dutch; the owner gets a note), when an English complaint
        is about what a warranty covers ('Two weeks later the chain keeps coming off', 'flat again the next morning',
        'Is there any warranty on this?'), as a Dutch one gets them."""
        terms = terms_for(self.profile.value("return_terms"), text)
        if "garantie" not in terms.lower() or not warranty_matters(text):
            return None
        values = {"onderwerp": "the warranty", "antwoord": terms.strip().rstrip(".")}
        return Part(PROFILE_ANSWER, self._line("english", "complaint_fact_dutch", seed, values), True)

    def _english_free_fix(self, text: str, seed: str) -> Part | None:
        """'We put that right free of charge within 10 days: just book a moment with us.' when an English complaint
        judges the result of the work ('a week later it's brassy orange') and the profile's terms offer a free fix
        ('Kom binnen de 10 dagen terug, dan passen we het gratis aan'); None otherwise."""
        fix = free_fix(self.profile.value("return_terms").strip())
        if not fix or english_complaint_words().result.search(text) is None:
            return None
        days = re.search(r"\bbinnen\s+(?:de\s+)?(\d{1,2})\s+dagen\b", fix)
        week = re.search(r"\bbinnen\s+(?:de|een)\s+week\b", fix)
        within = f" within {days.group(1)} days" if days else " within a week" if week else ""
        return Part(PROFILE_ANSWER, self._line("english", "free_fix", seed, {"waarde": within}), True)

    def _english_fact(self, text: str, seed: str, *, hours: bool = True) -> Part | None:
        """'To be clear about paying here: debit card and cash; no credit card.' when an English complaint is
        about a profile field the profile fills in (the words of resources/english_complaint.toml [fields]); the
        value in English when every word of it is known, else as the profile says it (the owner gets a note).
        ``hours`` False: the opening hours were said already (a day that is always closed)."""
        for topic_id, words in english_complaint_words().fields:
            topic = next((q for q in self.t.question_topics if q.id == topic_id), None)
            if topic is None or not _in_trouble(words, text) or (topic.field == "opening_hours" and not hours):
                continue
            value = self.profile.value(topic.field).strip().rstrip(".")
            if not value:
                continue
            english = english_hours(value) if topic.field == "opening_hours" else english_words(value)
            values = {"onderwerp": english_label(topic_id) or "this", "antwoord": english or value}
            line = self._line("english", "complaint_fact" if english else "complaint_fact_dutch", seed, values)
            return Part(COMPLAINT_FACT if english else PROFILE_ANSWER, line, True)
        return None


# A past verb the noun phrase ran into ('the comb fell', 'the chair collapsed'): not part of the thing.
_VERB_END = re.compile(r"\s+(?:fell|broke|came|went|got|bit|cut|hurt|gave|snapped|\w+ed)$", re.I)
_PEOPLE = re.compile(
    r"\b(?:son|daughter|husband|wife|kids?|child|children|mum|mom|dad|father|mother|friends?|baby|partner|family)$",
    re.I,
)


def harm_named(topics: TopicAnalysis, about: str) -> dict[str, str]:
    """What happened, named in a safety reply: 'that you found a piece of glass', 'about the comb' ('The comb
    fell on the floor'); no person ('about your son. That should never happen' reads wrong)."""
    thing = _VERB_END.sub("", about)
    hurt = bool(set(topics.safety) - {"hygiene"})  # an injury or illness: not 'about the waiter'
    thing = "" if hurt or _PEOPLE.search(thing) else thing
    if topics.found:
        return {"onderwerp": f" that you found {topics.found}"}
    if topics.gave_way is not None and hurt:  # 'the rear rim cracked, ... went over the bars': the part named
        return {"onderwerp": f" that the {topics.gave_way.text} gave way"}
    return {"onderwerp": f" about {thing}" if thing else ""}
