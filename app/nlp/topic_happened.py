"""What happened decides the safety concept, not the strongest single word: brakes that only squeak or
rust ('na zes weken piepen de schijfremmen') are a complaint about quality, no brakes that failed; a rash
the doctor calls an infection ('rode uitslag ... een schimmelinfectie') is no allergic reaction.

The words live in resources/harm.toml [lists] (worn, failing, infection, allergy_named)."""

from __future__ import annotations

from typing import Any

from app.nlp.token_span import around
from app.nlp.topic_harm import shipped_harm
from app.nlp.topic_match import Matches

_CLAUSE_ENDS = frozenset({"en", "maar", "want", "dus", "and", "but"})
_SAFETY = ("allergie", "vergiftiging", "remmen", "breuk", "letsel", "hoofdhuid", "hygiene", "gevaar", "schadelijk")
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})


def _words(name: str) -> frozenset[str]:
    return frozenset(shipped_harm().lists.get(name, ()))


def _clause(doc: Any, start: int, end: int, *, whole: bool = False) -> Any:
    """The clause around doc[start:end]: up to punctuation or 'en', 'maar', ... ('piepen de schijfremmen'); with
    ``whole`` the sentence ('piepen en pakken amper')."""
    ends = _SENTENCE_ENDS if whole else _CLAUSE_ENDS
    first, last = around(doc, start, end, lambda token: token.text in ends or (not whole and token.is_punct))
    return doc[first:last]


def worn_not_failed(m: Matches) -> None:
    """'zit de ketting vol roest en piepen de schijfremmen', 'my brakes squeak': a brake that only makes a noise
    or rusts, with no word of failing in its clause, is a defect, not a hazard; 'de remmen piepen en pakken
    amper' stays one (the failing said beside it)."""
    worn, failing = _words("worn"), _words("failing")
    for start, end in list(m.spans.get("remmen", [])):
        said = {t.lower_ for t in _clause(m.doc, start, end)}
        sentence = {t.lower_ for t in _clause(m.doc, start, end, whole=True)}
        if said & worn and not sentence & failing:
            m.drop("remmen", start, end)
            m.add("defect", start, end)


def _infection(token: Any, infections: frozenset[str]) -> bool:
    """'schimmelinfectie', 'oorontsteking', 'krentenbaard': an infection word, also at the end of a compound."""
    word = token.lower_
    return word in infections or any(len(w) >= 8 and word.endswith(w) for w in infections)


def infection_not_allergy(m: Matches) -> None:
    """'rode uitslag en korstjes in mijn nek, de dokter zegt dat het een schimmelinfectie is': the rash is the
    infection's, so no allergic reaction is read from it, unless the writer names the allergy itself."""
    infections, named = _words("infection"), tuple(_words("allergy_named"))
    doc = m.doc
    caught = next((t.i for t in doc if _infection(t, infections)), None)
    if caught is None or any(t.lower_.startswith(named) for t in doc):
        return
    if not any(m.hits[c] for c in _SAFETY):  # 'ik heb nu ne schimmelinfectie op mijn hoofd': harm, as 'infectie'
        m.add("letsel", caught, caught + 1)
    for start, end in list(m.spans.get("allergie", [])):
        m.drop("allergie", start, end)


def infection_said(doc: Any) -> str:
    """The infection the writer names, as the reply says it back: 'een schimmelinfectie', 'krentenbaard'; ''."""
    infections = _words("infection")
    word = next((t.lower_ for t in doc if t.is_alpha and _infection(t, infections)), "")
    return f"een {word}" if word.endswith(("infectie", "ontsteking")) else word
