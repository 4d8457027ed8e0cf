"""A question about the business's own range: whether it sells, makes, does, uses or allows something ('Verkopen
jullie ook speltbrood?', 'Werkt u met Olaplex?', 'Mag de hond mee op het terras?'). The business knows that
answer, so a draft that the profile cannot fill gets an open place for it, not a promise to find out and come back;
that promise stays for what really has to be looked up (an order, a repair, a delivery). Words in
resources/draft_cues.toml (range_lead, range_not, range_you, range_rule, look_up)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import fact_words

# A handle or a mention before the question ('@bakkerij verkopen jullie ...').
_HANDLE = re.compile(r"(?<!\w)@\S+")
# Where a greeting or a lead-in ends and the question may start ('Goedemiddag, maakt u ...', 'Vraagje: ...').
_CLAUSE = re.compile(r"[,:;]\s*|\s[-–]\s")
_WORD = re.compile(r"[\w'’]+")


def asks_own_range(question: str) -> bool:
    """True for a yes/no question put to the business about what it offers or allows: a verb first with the
    business as its subject ('Verkopen jullie ook ...?', 'doet gij ook extensions?', 'Heb jij Urban Arrows
    staan?') or a question what may ('Mag de hond mee?'); false for an open question ('Wat kost ...?', 'Hoe
    laat ...?') and for one about an order, a repair or what the writer brought in (resources/draft_cues.toml
    look_up: 'Hebben jullie mijn bestelling al verstuurd?')."""
    cues = draft_cues()
    text = _HANDLE.sub(" ", question)
    if cues.look_up.search(text) or cues.guarantee_asked.search(text):
        return False  # (nor whether it can promise something: 'Kunnen jullie dat garanderen?')
    return any(_starts_with_range(clause) for clause in _CLAUSE.split(text)[:3])


def all_own_range(asked: Iterable[str]) -> bool:
    """Whether there are questions and every one of them asks about the business's own range."""
    questions = [q for q in asked if q.strip()]
    return bool(questions) and all(asks_own_range(q) for q in questions)


def rule_about(question: str) -> str:
    """What a question what may is about, as written ('Mag de hond mee op het terras?' → 'de hond', 'mogen
    kinderen ook binnen?' → 'kinderen'); '' for another question or a long one."""
    cues = draft_cues()
    question = re.sub(r"\s*\([^()]*\)", " ", question)  # an aside: 'Mag ons Boris (Berner Sennen) mee?'
    for clause in _CLAUSE.split(_HANDLE.sub(" ", question))[:3]:
        words = _unled(_WORD.findall(clause))
        if len(words) < 3 or not cues.range_rule.fullmatch(words[0].lower()):
            continue
        if words[1].lower() in fact_words().subject_pronouns:
            return ""  # 'Mag ik bij jullie pinnen?': what the writer may do, no thing
        end = next((i for i, w in enumerate(words[1:4], 1) if cues.range_rule_end.fullmatch(w.lower())), 0)
        if end > 1 and not any(cues.range_you.fullmatch(w.lower()) for w in words[1:end]):
            return " ".join(words[1:end])
    return ""


def _unled(words: list[str]) -> list[str]:
    """The words without the greeting or joining words before the question ('hoi', 'en', 'vraagje')."""
    cues = draft_cues()
    while words and cues.range_lead.fullmatch(words[0].lower()):
        words = words[1:]
    return words


def you_spelt_out(question: str) -> str:
    """A question whose verb holds the business as its subject, as dialect writes it ('Hest ook racefietsen staan?',
    'Hedde ook een kinderstoel?': resources/draft_cues.toml range_you_in_verb), with that 'je' written out after the
    verb ('Hest je ook racefietsen staan?'), so it reads as 'Heb je ook ...?'; and one that names the business by its
    name after a verb of what it has or does ('Heeft De Schaapskooi een zaal?', 'Verkoopt Bosma ook racefietsen?'),
    with 'je' for the name. The question as it is otherwise. For finding what is asked, never to be said back."""
    cues = draft_cues()
    for found in _WORD.finditer(question):
        word = found.group(0).lower()
        if cues.range_lead.fullmatch(word):
            continue
        rest = question[found.end() :]
        named = _NAMED.match(rest) if cues.range_named_verb.fullmatch(word) else None
        # (not 'Heeft Jan het al gemaakt?': the thing the name has or does is told, no range)
        if named is not None and not _TOLD_THING.match(rest[named.end() :]):
            return f"{question[: found.end()]} je{rest[named.end() :]}"
        after = _WORD.findall(rest)
        if not cues.range_you_in_verb.fullmatch(word) or (after and cues.range_you.fullmatch(after[0].lower())):
            return question
        return f"{question[: found.end()]} je{rest}"
    return question


# A business's name right after the verb: one or two capitalised words, an article before them ('De Schaapskooi',
# 'Bosma', "'t Wijngaardeke"); not the writer's own ('mijn') nor a pronoun.
_TOLD_THING = re.compile(r"\s+(?:het|dat|die|dit|mijn|m'n|mn|onze|ons|zijn|z'n|haar|hem|me|mij|jouw|uw)\b", re.I)
_NAMED = re.compile(r"\s+(?:(?:De|Het|'t|’t)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s)")


def _starts_with_range(clause: str) -> bool:
    cues, fw = draft_cues(), fact_words()
    words = _unled([w.lower() for w in _WORD.findall(you_spelt_out(clause))])
    if len(words) < 2 or words[0] in fw.question_lead or cues.range_not.fullmatch(words[0]):
        return False
    return bool(cues.range_rule.fullmatch(words[0]) or cues.range_you.fullmatch(words[1]))
