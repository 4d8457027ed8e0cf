"""What the comment says about the harm now, read from the words in resources/harm.toml [lists]: who only took
the writer somewhere ('Mijn vriend is met mij naar de spoed gereden': he drove, it happened to the writer) and
whether the harm goes on ('het is nu nog altijd open', 'we zijn er nog steeds niet bovenop'), when a reply
advises the GP."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from app.domain.datafile import read_toml
from app.domain.textnorm import sentences
from app.domain.words import possessive_alternation
from app.resources import resource_path

_SENTENCE = re.compile(r"[^.!?\n]+")
_WORD = re.compile(r"[\w'-]+")


@cache
def harm_words(name: str) -> frozenset[str]:
    """A word list of resources/harm.toml [lists] (checked when app/nlp/topic_harm.py loads it)."""
    lists = read_toml(Path(resource_path("harm.toml"))).get("lists", {})
    return frozenset(str(w).lower() for w in lists.get(name, ()))


def first_part(text: str, parts: tuple[str, ...]) -> str:
    """The part of a bike or thing named first, as said: one of ``parts`` or of the parts whose coming loose is a
    danger ([lists] critical): 'een nieuwe stuurpen ... over mijn stuur gegaan' → 'stuurpen'; '' for none."""
    known = {*parts, *harm_words("critical")}
    return next((w for w in _WORD.findall(text.lower()) if w in known), "")


def sentence_words(text: str) -> list[list[str]]:
    """The words of each sentence of ``text``, in lower case (the split every reader of this module uses)."""
    return [[w.lower() for w in _WORD.findall(s)] for s in _SENTENCE.findall(text)]


def only_brought(text: str, person: str) -> bool:
    """Whether the writer's ``person`` is named only as the one who took them somewhere ('Mijn vriend is met mij
    naar de spoed gereden', 'mijn man bracht me naar de huisarts'): a helper, not the one it happened to. A person
    also said ill in that sentence ('reed me naar huis en werd ook ziek') or named elsewhere is not only that. A
    'me', 'ons' right before the person is whose they are ('gehaald voor de verjaardag van me zoon', 'voor ons
    Lore'), no one taken along."""
    brought, me, sick = harm_words("brought"), harm_words("brought_me"), harm_words("sick")
    said = [_not_whose(s, person.lower()) for s in sentence_words(text) if person.lower() in s]
    return bool(said) and all(set(s) & brought and set(s) & me and not set(s) & sick for s in said)


# The writer fell themselves ('Ik ben voorover gevallen', 'toen ben ik onderuitgegaan', 'ik viel', 'I fell').
_I_FELL = re.compile(
    r"\b(?:ik\s+ben|ben\s+ik)\b[^.!?]{0,40}?\b(?:gevallen|onderuit\w*|gestruikeld|uitgegleden|ten\s+val)"
    r"|\bik\s+viel\b|\bi\s+fell\b",
    re.IGNORECASE,
)
# One of the writer's people said as riding along, right before the person: 'met mijn zoontje', 'met ons kleintje'.
_ALONG = re.compile(r"\bmet\s+(?:mijn|m'n|mn|ons|onze|me)\s+(?:\w+\s+)?$", re.IGNORECASE)


def only_along(text: str, person: str) -> bool:
    """Whether the writer fell themselves and ``person`` is named only as riding along ('Ik ben voorover gevallen
    ... en dat met mijn zoontje in het zitje achterop'): the writer got hurt, the child was there."""
    if not _I_FELL.search(text):
        return False
    said = list(re.finditer(rf"\b{re.escape(person)}\b", text, re.IGNORECASE))
    return bool(said) and all(_ALONG.search(text[max(0, f.start() - 30) : f.start()]) for f in said)


def _not_whose(words: list[str], person: str) -> list[str]:
    """The words without the one right before ``person`` (its owner: 'me zoon', 'ons Lore')."""
    return [w for i, w in enumerate(words) if not (i + 1 < len(words) and words[i + 1] == person)]


def statement_asked(text: str) -> bool:
    """Whether the writer needs a statement for the insurance ('ik heb een verklaring nodig voor de verzekering', 'een
    attest voor de mutualiteit'): a sentence with a word of [lists] statement and one of insurer."""
    statement, insurer = harm_words("statement"), harm_words("insurer")
    return any(set(words) & statement and set(words) & insurer for words in sentence_words(text))


def accused(text: str) -> bool:
    """Whether the text accuses the business of a crime ('verkoopt fietsen die gestolen zijn', 'heling', 'zwart geld';
    [lists] accused, a word or the start of one)."""
    return _word_start_said("accused", text)


def deceit_said(text: str) -> bool:
    """Whether a rumour accuses the business of deceit about what it serves or sells, a dirty kitchen or staff treated
    badly ('komt gewoon uit de diepvries van de groothandel', 'ratten in de keuken'; [lists] deceit, the start of a word
    counts)."""
    return _word_start_said("deceit", text)


@cache
def _word_starts(name: str) -> re.Pattern[str] | None:
    """A word of [lists] ``name`` at the start of a word, longest first; None for an empty list."""
    words = "|".join(re.escape(w) for w in sorted(harm_words(name), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})", re.IGNORECASE) if words else None


def _word_start_said(name: str, text: str) -> bool:
    pattern = _word_starts(name)
    return pattern is not None and pattern.search(text) is not None


def kept_it(text: str) -> bool:
    """Whether the writer says they kept what was found ('Ik heb het stuk bijgehouden', 'I kept the piece'):
    a sentence with the writer as 'ik', 'we' or 'I' (also Flemish ''k Heb het stukje bijgehouden') and a word of
    [lists] kept."""
    kept = harm_words("kept")
    writer = {"ik", "we", "wij", "i", "'k", "k", "kheb", "'kheb"}
    return any(set(s) & writer and set(s) & kept for s in sentence_words(text))


def still_unwell(text: str) -> bool:
    """Whether the harm goes on now ('het is nu nog altijd open', 'we zijn er nog steeds niet bovenop', 'het lekt',
    'still sore', 'nu zitten er blaasjes op mijn hoofd'): then the reply advises the GP."""
    still, unwell, ongoing = harm_words("still"), harm_words("unwell"), harm_words("ongoing")
    now, symptoms, not_now = harm_words("now"), harm_words("symptoms_now"), harm_words("not_now")
    for words in sentence_words(text):
        marked = any(w in still and (w == "still" or (i and words[i - 1] == "nog")) for i, w in enumerate(words))
        if (marked and set(words) & unwell) or set(words) & ongoing:
            return True
        if set(words) & now and _symptom_now(words, symptoms, not_now):
            return True  # 'Nu zitten er rode plekken en blaasjes op mijn hoofd': there now
    return False


# Words that say a symptom has gone, anywhere in its sentence ('de bultjes zijn nu weg').
_GONE = frozenset({"weg", "verdwenen", "gone", "over"})


def _symptom_now(words: list[str], symptoms: frozenset[str], not_now: frozenset[str]) -> bool:
    """Whether a sentence names a symptom not denied right before it ('geen jeuk meer') nor said gone ('nu weg'):
    'Nu zitten er korstjes op mijn hoofdhuid ... Moet je niet eerst een huidtest doen' names one."""
    if _GONE & set(words):
        return False
    return any(w in symptoms and not not_now & set(words[max(0, i - 3) : i]) for i, w in enumerate(words))


_QUESTION = re.compile(r"[^.!?\n]+\?")


def doctor_asked(text: str) -> bool:
    """Whether the writer asks if the harm needs a doctor ('Moet ik dit laten verzorgen bij den dokter?', 'moet ze
    naar de huisarts?', 'Should I see a doctor?'): a question with a word of [lists] doctor and one of should. Then
    the reply answers it plainly: yes, have it looked at."""
    doctor, should = harm_words("doctor"), harm_words("should")
    return any(words & doctor and words & should for words in _question_words(text))


def treatment_asked(text: str) -> bool:
    """Whether the writer asks what to do about the harm themselves ('Wat kan ik er het beste op doen?', 'wat smeer
    ik erop?'): a question with a word of [lists] treat, treat_on and treat_who, and not about the business ('wat
    gaan jullie eraan doen?'). Then the reply points to the GP or the pharmacist, not a remedy of its own."""
    treat, on, who = harm_words("treat"), harm_words("treat_on"), harm_words("treat_who")
    return any(
        words & treat and words & on and words & who and not words & {"jullie", "you", "u", "je"}
        for words in _question_words(text)
    )


def what_now_asked(text: str) -> bool:
    """Whether the writer asks a bare 'what now' about the harm ('Wat nu??', 'En nu?', 'Hoe moet het nu verder?'): a
    question of only words of [lists] what_now, one of them of what_now_time. Then the reply says what they do now
    (their GP's advice) and what the business does, with a slot; left open it reads as leaving them alone with it."""
    words_of, time = harm_words("what_now"), harm_words("what_now_time")
    return any(words and words <= words_of and words & time for words in _question_words(text))


def product_asked(text: str) -> bool:
    """Whether the writer wants to know which product was used on them ('ik wil weten welk product er gebruikt is',
    'welke kleurstof was dat?'): a sentence with a word of [lists] product_which, product_asked and product_used.
    Then the reply answers it with a slot for the brand and number; the doctor needs it, a pointer is no answer."""
    which, asked, used = harm_words("product_which"), harm_words("product_asked"), harm_words("product_used")
    return any(set(words) & which and set(words) & asked and set(words) & used for words in sentence_words(text))


def costs_asked(text: str) -> bool:
    """Whether the writer asks who pays for the harm ('Wie betaalt dit??', 'Wie gaat da betalen?', 'krijg ik de
    kosten van de dokter vergoed?'): a question with a word of [lists] pays. Then the reply promises to settle the
    costs, with a slot for how; a question left unanswered reads as dodging the bill."""
    pays = harm_words("pays")
    if any(words & pays for words in _question_words(text)):
        return True
    # 'De tandarts gaat ons 380 euro kosten. Wat gaan jullie daaraan doen?': a cost told, then what we do about it
    about, do = harm_words("about_it"), harm_words("do_about")
    told = any(set(words) & harm_words("cost_told") for words in sentence_words(text))
    return told and any(words & about and words & do for words in _question_words(text))


def harm_asked(question: str) -> bool:
    """Whether a question asks about the harm's care or costs ('wie betaalt de apotheek?', 'Moet ik naar de
    dokter?', 'Wat kan ik er het beste op doen?'): the safety reply has its own line for it, so no profile fact
    (the payment methods, the opening hours) answers it a second time."""
    asked = question if question.rstrip().endswith("?") else f"{question}?"
    return any(check(asked) for check in (doctor_asked, treatment_asked, what_now_asked, costs_asked))


def _question_words(text: str) -> list[set[str]]:
    """The lower-cased words of each question in ``text``: what doctor_asked, treatment_asked and costs_asked
    look for their lists in."""
    return [{w.lower() for w in _WORD.findall(question)} for question in _QUESTION.findall(text)]


def _sentence_naming(text: str, infection: str) -> str:
    """The first sentence of ``text`` that names the infection's last word ('schimmelinfectie'), or ''."""
    word = infection.rsplit(maxsplit=1)[-1]
    return next((s for s in sentences(text) if word in s.lower()), "")


def own_infection(text: str, infection: str, people: tuple[str, ...]) -> bool:
    """Whether the writer caught the infection themselves: its sentence is in the first person ('heb ik ... in
    mijn nek ... een schimmelinfectie') and names none of their people ('mijn zoontje heeft krentenbaard')."""
    sentence = _sentence_naming(text, infection)
    if any(re.search(rf"\b{re.escape(p)}\b", sentence, re.I) for p in people):
        return False
    return re.search(r"\b(?:ik|'k|mijn|m'n|mn|me|mij)\b", sentence, re.I) is not None


def with_own(text: str, infection: str, people: tuple[str, ...]) -> str:
    """The person who caught the infection together with the writer ('..., en mijn dochter ook', 'mijn zoon en ik
    hebben allebei krentenbaard', 'ik en mijn zus'), or ''."""
    sentence = _sentence_naming(text, infection)
    own = possessive_alternation()
    for person in people:
        p = re.escape(person)
        shapes = (
            rf"\b(?:ik|'k)\b.*\ben\s+(?:{own})\s+{p}\s+(?:\w+\s+)?(?:ook|too|as well)\b",
            rf"\b(?:{own})\s+{p}\s+en\s+(?:ik|'k|mij|me)\b",
            rf"\b(?:ik|'k|mij|me)\s+en\s+(?:{own})\s+{p}\b",
        )
        if any(re.search(shape, sentence, re.I) for shape in shapes):
            return person
    return ""
