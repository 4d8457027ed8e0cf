"""What happened decides the safety concept, not the strongest single word: brakes that only squeak or
rust ('na zes weken piepen de schijfremmen') are a complaint about quality, no brakes that failed; a rash
the doctor calls an infection ('rode uitslag ... een schimmelinfectie') is no allergic reaction; an allergy named as a
need ('two colleagues with allergies', 'gemaild over het menu en de allergieën') is no allergic reaction either.

The words live in resources/harm.toml [lists] (worn, failing, failed_anywhere, judged_not, infection, infection_parts,
infection_link, infection_grave, allergy_named, allergy_need, allergy_happened); :data:`app.nlp.topic_harm.REQUIRED`
makes them required."""

from __future__ import annotations

from functools import cache
from typing import Any

from app.domain.topics import shipped_topic_data
from app.nlp.token_span import around
from app.nlp.topic_harm import shipped_harm
from app.nlp.topic_match import Matches

_CLAUSE_ENDS = frozenset({"en", "maar", "want", "dus", "and", "but"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})


def _words(name: str) -> frozenset[str]:
    return frozenset(shipped_harm().lists[name])


@cache
def _safety() -> frozenset[str]:
    """The safety concepts of topics.toml."""
    return frozenset(c.id for c in shipped_topic_data().concepts if c.group == "safety")


def _clause(doc: Any, start: int, end: int, *, whole: bool = False) -> Any:
    """The clause around doc[start:end]: up to punctuation or 'en', 'maar', ... ('piepen de schijfremmen'); with
    ``whole`` the sentence ('piepen en pakken amper')."""
    ends = _SENTENCE_ENDS if whole else _CLAUSE_ENDS
    first, last = around(doc, start, end, lambda token: token.text in ends or (not whole and token.is_punct))
    return doc[first:last]


def worn_not_failed(m: Matches) -> None:
    """'zit de ketting vol roest en piepen de schijfremmen', 'my brakes squeak': a brake that only makes a noise
    or rusts is a defect, not a hazard; it stays one when a failing word is in its sentence ('piepen en pakken
    nie goed'), anywhere in the comment a word of not stopping or falling ('De remmen piepen. Gisteren kon ik niet
    op tijd stoppen'), or another safety concept is found. When in doubt, the hazard."""
    worn, failing = _words("worn"), _words("failing")
    said = {t.lower_ for t in m.doc}
    if said & _words("failed_anywhere") or any(m.hits[c] for c in _safety() - {"remmen"}):
        return
    for start, end in list(m.spans.get("remmen", [])):
        clause = {t.lower_ for t in _clause(m.doc, start, end)}
        if clause & worn and not _failing_said(_clause(m.doc, start, end, whole=True), failing):
            m.drop("remmen", start, end)
            m.add("defect", start, end)


def _failing_said(sentence: Any, failing: frozenset[str]) -> bool:
    """Whether the sentence says the brake failed ('pakken nie goed', "won't stop"), not a judgement ('da's toch ni
    normaal'): a failing word not followed by one of harm.toml judged_not."""
    judged = _words("judged_not")
    words = [t.lower_ for t in sentence]
    return any(w in failing and (i + 1 == len(words) or words[i + 1] not in judged) for i, w in enumerate(words))


def _infection(token: Any, infections: frozenset[str]) -> bool:
    """'schimmelinfectie', 'oorontsteking', 'krentenbaard': an infection word, also at the end of a compound
    whose first part is skin, scalp, a wound or the like (harm.toml infection_parts), not 'longontsteking'."""
    word = token.lower_
    if word in infections:
        return True
    parts = _words("infection_parts")
    return any(word.endswith(w) and word[: -len(w)].rstrip("-s") in parts for w in infections)


def infection_not_allergy(m: Matches) -> None:
    """'rode uitslag en korstjes in mijn nek, de dokter zegt dat het een schimmelinfectie is': the rash is the
    infection's, so no allergic reaction is read from it, unless the writer names the allergy itself or a
    swelling, breath or sight ('mijn oog is opgezwollen, ik kan amper zien'). The infection alone is harm only when
    something ties it to the business ('opgelopen na het knippen', 'bij jullie'): 'ik lag met een longontsteking
    in bed' is no safety case."""
    infections, named = _words("infection"), tuple(_words("allergy_named"))
    doc = m.doc
    caught = next((t.i for t in doc if _infection(t, infections)), None)
    said = {t.lower_ for t in doc}
    if caught is None:
        return
    if not any(m.hits[c] for c in _safety()) and said & _words("infection_link"):
        m.add("letsel", caught, caught + 1)  # 'ik heb nu ne schimmelinfectie op mijn hoofd na het knippen'
    if any(t.lower_.startswith(named) for t in doc) or said & _words("infection_grave"):
        return
    for start, end in list(m.spans.get("allergie", [])):
        m.drop("allergie", start, end)


def infection_said(doc: Any) -> str:
    """The infection the writer names, as the reply says it back: 'een schimmelinfectie', 'krentenbaard'; ''."""
    infections = _words("infection")
    word = next((t.lower_ for t in doc if t.is_alpha and _infection(t, infections)), "")
    return f"een {word}" if word.endswith(("infectie", "ontsteking")) else word


# The words that name the allergy as a condition, also in a compound ('notenallergie'; not a reaction: 'epipen',
# 'anafylactisch' tell one happened).
_CONDITION = ("allerg", "intoleran", "coeliak")
_NEED_REACH = 3  # 'met een ernstige notenallergie': the need word up to three words before the allergy


def allergy_as_need(m: Matches) -> None:
    """'Since then I've emailed three times about the menu and two colleagues with allergies': an allergy named as
    something to take into account is no allergic reaction, so the reply does not ask how everyone is doing. Only
    when every allergy word is the condition said right after 'met', 'over', 'with', 'about' ..., and nothing in
    the comment tells that anything happened (a reaction, something eaten or served, a rash, a doctor)."""
    spans = list(m.spans.get("allergie", []))
    if not spans or any(m.hits[c] for c in _safety() - {"allergie"}):
        return
    doc = m.doc
    need = _words("allergy_need")
    for start, end in spans:
        before = {t.lower_ for t in doc[max(start - _NEED_REACH, 0) : start]}
        if not any(w in doc[start].lower_ for w in _CONDITION) or end - start > 1 or not before & need:
            return
    signs = _words("allergy_happened").union(*(_words(n) for n in ("itch", "spots", "breath", "sick", "doctor")))
    if any(t.lower_ in signs for t in doc):
        return
    for start, end in spans:
        m.drop("allergie", start, end)


# 'Dat doet extra pijn', 'Dit deed echt pijn': a demonstrative that points back at what happened, a form of 'doen'
# and at most this many words before 'pijn'.
_FEELING_SUBJECTS = frozenset({"dat", "dit", "da", "dát", "wat"})
_DO = frozenset({"doet", "deed", "doen", "deden", "doe"})
_FEELING_REACH = 2


def pain_as_feeling(m: Matches) -> None:
    """'Ik heb twee keer gemaild en nooit iets gehoord. Dat doet extra pijn.': pain said of what happened (a
    demonstrative as the subject, the sentence nothing more than that) is a feeling, no injury, so the reply does
    not ask how someone is doing. Only when 'pijn' is all the injury found and no other safety concept is; 'Het doet
    zo'n pijn' (the body hurts) and 'Ik viel. Dat doet pijn' (the fall is found) stay harm."""
    spans = list(m.spans.get("letsel", []))
    if not spans or any(m.hits[c] for c in _safety() - {"letsel"}):
        return
    doc = m.doc
    for start, end in spans:
        if end - start > 1 or doc[start].lower_ != "pijn" or not _feeling_said(doc, start):
            return
    for start, end in spans:
        m.drop("letsel", start, end)


def _feeling_said(doc: Any, at: int) -> bool:
    """Whether the sentence of ``doc[at]`` ('pijn') opens with 'dat/dit' and a form of 'doen' and has at most
    :data:`_FEELING_REACH` words between that and 'pijn', and nothing after it."""
    sentence = _clause(doc, at, at + 1, whole=True)
    words = [t.lower_ for t in sentence if not t.is_punct and not t.is_space]
    if len(words) < 3 or words[0] not in _FEELING_SUBJECTS or words[1] not in _DO or words[-1] != "pijn":
        return False
    return len(words) - 3 <= _FEELING_REACH
