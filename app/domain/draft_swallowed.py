"""What someone choked on or nearly swallowed, as the writer named it ('Ons Lotte heeft het figuurtje bijna
ingeslikt' → 'het figuurtje'; 'hij verslikte zich in een graatje' → 'een graatje'), read with the words of
resources/harm.toml [lists] choke and swallowed: the reply names the thing, not only 'wat er gebeurd is'."""

from __future__ import annotations

from app.domain.draft_harm_now import harm_words, sentence_words

# The article a word before the thing tells: 'dat figuurtje' is 'het figuurtje'.
_ARTICLE = {"het": "het", "de": "de", "een": "een", "dat": "het", "die": "de", "dit": "het", "deze": "de"}
# Words after an article that are no thing ('het er nog uitgekregen', 'een beetje').
_NO_THING = frozenset({"er", "bijna", "haast", "half", "nog", "al", "zo", "echt", "beetje", "paar", "keer"})
# A person after 'dat' is no thing ('geluk dat hij 't niet ingeslikt heeft', Limburgs 'dat he').
_PERSON = frozenset({"hij", "he", "zij", "ze", "ik", "je", "jij", "we", "wij", "u", "hem", "haar", "ons", "t", "'t"})
# 'niet ingeslikt', Limburgs 'neet': it was not swallowed.
_NOT = frozenset({"niet", "neet", "nie", "ni", "nit", "geen", "not"})
_BACK = 7  # how many words before 'ingeslikt' or 'keel' the thing may stand
_ON = frozenset({"in", "aan", "op"})  # 'verslikte zich in een graat'


def _named(words: list[str], j: int) -> str:
    if j + 1 >= len(words) or words[j + 1] in _NO_THING | _PERSON or not words[j + 1].isalpha():
        return ""
    return f"{_ARTICLE[words[j]]} {words[j + 1]}"


def swallowed_thing(text: str) -> str:
    """The thing of the first sentence that tells someone choked on it or nearly swallowed it, with its article
    ('het figuurtje', 'een graatje'); '' when no such sentence names one."""
    swallowed, choke = harm_words("swallowed"), harm_words("choke")
    for words in sentence_words(text):
        for i, word in enumerate(words):
            if _NOT & set(words[max(0, i - 2) : i]):  # 'geluk dat hij het niet ingeslikt heeft'
                continue
            if word in swallowed:  # 'het figuurtje bijna ingeslikt', 'het snoepje schoot in haar keel'
                said = next(
                    (_named(words, j) for j in range(i - 1, max(-1, i - _BACK - 1), -1) if words[j] in _ARTICLE), ""
                )
            elif word in choke:  # 'verslikte zich in een graatje'
                ahead = words[i + 1 : i + 4]
                at = next((i + 1 + k for k, w in enumerate(ahead) if w in _ON), -1)
                said = _named(words, at + 1) if at >= 0 and at + 1 < len(words) and words[at + 1] in _ARTICLE else ""
            else:
                continue
            if said:
                return said
    return ""
