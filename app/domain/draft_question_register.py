"""The writer's question quoted in a slot, in the reply's register ('Wat kun je hier nog aan doen?' in a u-draft:
'Wat kunt u hier nog aan doen?'): verb and pronoun together, then the pronoun alone."""

from __future__ import annotations

import re

_TO_U = {
    **{"kun": "kunt", "kan": "kunt", "heb": "hebt", "ben": "bent", "wil": "wilt", "ga": "gaat", "doe": "doet"},
    **{"vind": "vindt", "denk": "denkt", "zie": "ziet", "krijg": "krijgt", "kom": "komt", "maak": "maakt"},
    **{"neem": "neemt", "bel": "belt", "stuur": "stuurt", "zorg": "zorgt", "regel": "regelt", "hoor": "hoort"},
    **{w: w for w in ("zou", "moet", "mag", "weet", "wordt", "zult")},
}
_TO_JE = {u: je for je, u in _TO_U.items() if je != "kan"} | {"heeft": "heb", "kan": "kun", "zult": "zal"}
# After these, a lone 'je' is the writer, not 'your': 'Wat vind je ervan?', 'voor je'.
_NOT_A_NOUN = frozenset(
    {"ervan", "er", "dit", "dat", "het", "nog", "ook", "niet", "dan", "wel", "even", "zelf", "me", "mij"}
)
_AFTER_PREPOSITION = frozenset({"voor", "aan", "met", "bij", "naar", "van", "op", "over", "om", "tegen"})


def in_register(question: str, register: str) -> str:
    """A question quoted for the owner, with its 'je' or 'u' made the register of the reply."""
    if register == "u":
        said = re.sub(
            r"\b(\w+)\s+(?:je|jij)\b", lambda m: f"{_cased(_TO_U, m[1])} u" if m[1].lower() in _TO_U else m[0], question
        )
        said = re.sub(r"\bjouw\b", "uw", said)

        def pronoun(m: re.Match[str]) -> str:
            before = said[: m.start()].split()
            after = said[m.end() :].split()
            ends = not after or after[0].lower().strip("?!.,") in _NOT_A_NOUN or not after[0][:1].isalpha()
            return "u" if ends or (before and before[-1].lower() in _AFTER_PREPOSITION) else "uw"

        # (not the diminutive after an apostrophe: 'een sms'je', 'foto'tje')
        return re.sub(r"(?<!['’])\b(?:jij|jou)\b", "u", re.sub(r"(?<!['’])\bje\b", pronoun, said))
    said = re.sub(
        r"\b(\w+)\s+u\b", lambda m: f"{_cased(_TO_JE, m[1])} je" if m[1].lower() in _TO_JE else m[0], question
    )
    return re.sub(r"(?<!['’])\b(?:u|uw)\b", "je", said)


def _cased(forms: dict[str, str], verb: str) -> str:
    """The other form of a verb, capitalised as the writer wrote it ('Kun' → 'Kunt')."""
    other = forms[verb.lower()]
    return other[:1].upper() + other[1:] if verb[:1].isupper() else other
