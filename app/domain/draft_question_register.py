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


# Words after which a lone 'je' is the subject of what follows ('als je hun producten koopt', 'dat je er niet
# terecht kunt'), or the object after a subject ('knippen ze je niet'): in the u register plainly 'u'.
_BEFORE_SUBJECT = frozenset(
    {
        "als",
        "dat",
        "of",
        "wat",
        "hoe",
        "waar",
        "wanneer",
        "omdat",
        "want",
        "zodat",
        "tenzij",
        "terwijl",
        "zodra",
        "en",
        "maar",
        "dus",
        "toen",
        "nadat",
        "voordat",
        "ze",
        "zij",
        "hij",
        "ik",
        "we",
        "wij",
        "men",
        "die",
    }
)
# Flemish 'ge' takes the verb form of 'u' ('kunt ge', 'hebt ge'), but for these.
_GE_TO_U = {"zijt": "bent", "zij": "bent", "zijde": "bent u", "kunde": "kunt u", "hebde": "hebt u", "moogt": "mag"}


def claim_in_register(claim: str, register: str) -> str:
    """A rumour's claim quoted for the owner, its 'you' in the reply's register ('dat je bij X alleen terecht kunt als
    je ...' in a u-reply: 'dat u bij X alleen terecht kunt als u ...'; 'kunt ge' → 'kunt u'); '' when a 'je' stands
    where its verb would have to change and that verb is not one known ('betaal je € 4': the quote is left out then,
    never said in the wrong register)."""
    if register != "u":
        return in_register(claim, register)
    words = claim.split(" ")
    for at, word in enumerate(words):
        bare = re.sub(r"\W", "", word).lower()
        if bare not in {"je", "jij", "jou", "jouw", "ge", "gij"} or re.search(r"['’]", word[:1]):
            continue
        before = re.sub(r"\W", "", words[at - 1]).lower() if at else ""
        after = re.sub(r"\W", "", words[at + 1]).lower() if at + 1 < len(words) else ""
        said = "uw" if bare == "jouw" else "u"
        if bare in {"ge", "gij"}:  # 'kunt ge' ~ 'kunt u'; 'zijt ge' → 'bent u'
            if before in _GE_TO_U:
                words[at - 1] = _swap(words[at - 1], _GE_TO_U[before])
        elif at and before in _TO_U:  # 'kun je' → 'kunt u'
            words[at - 1] = _swap(words[at - 1], _TO_U[before])
        elif bare == "je" and at and before not in _BEFORE_SUBJECT and before not in _AFTER_PREPOSITION:
            return ""  # 'betaal je', or 'je' as 'your' ('pakken je fiets'): not sure of the form
        elif bare == "je" and before in _AFTER_PREPOSITION and after and after not in _NOT_A_NOUN:
            said = "uw"  # 'met je fiets'
        words[at] = re.sub(r"(?i)jouw|jij|jou|je|gij|ge", said, word, count=1)
    return " ".join(words)


def _swap(word: str, other: str) -> str:
    """``other`` in the place of ``word``, with its punctuation and capital."""
    core = re.search(r"\w+", word)
    if core is None:
        return word
    said = other[:1].upper() + other[1:] if core.group(0)[:1].isupper() else other
    return f"{word[: core.start()]}{said}{word[core.end() :]}"
