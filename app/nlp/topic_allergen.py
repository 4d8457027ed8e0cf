"""The allergen the writer named, as said: 'allergisch voor sesam', 'allergisch is voor ei en melk', Flemish
'allergisch aan noten', 'een notenallergie', 'pinda-allergie', 'lactose-intolerant'. Found with a spaCy
Matcher and the compound's first part, never guessed; a reply then names it ('een allergische reactie op sesam')."""

from __future__ import annotations

from typing import Any

from app.domain.words import stop_words

# Words for being allergic, and the compound heads that carry the allergen in front ('notenallergie').
_ALLERGIC = ["allergisch", "allergie", "allergieën", "overgevoelig", "intolerant", "intolerantie"]
_HEADS = ("allergie", "intolerantie", "intolerant", "allergisch")
_BE = ["is", "zijn", "ben", "bent", "was", "waren", "erg", "zwaar", "heel", "ernstig", "hevig", "ook"]
# Words after 'allergisch voor' that name no food or substance.
_NOT_ALLERGENS = frozenset({"alles", "iets", "veel", "dingen", "sommige", "bepaalde", "ingrediënten", "stoffen"})
_MAX = 30  # an allergen is one or two words, never a whole clause
# What a writer 'kan niet tegen' that is an allergen ('mijn zoontje kan niet tegen ei'); 'niet tegen de drukte' is none.
_FOODS = ["ei", "eieren", "noten", "nootjes", "pinda", "pinda's", "melk", "koemelk", "lactose", "gluten", "tarwe"]
_FOODS += ["sesam", "soja", "vis", "schaaldieren", "schelpdieren", "selderij", "mosterd", "lupine", "sulfiet", "kiwi"]
# Allergens a comment names on their own, without 'allergisch voor' ('er zat sesam op'); 'ei', 'vis' and 'melk'
# are left out, they are said of much else. The seeds and kernels that carry one ('sesamzaad' → 'sesam').
_NAMED = frozenset({"noten", "nootjes", "pinda", "pinda's", "pinda’s", "gluten", "lactose", "sesam", "soja"})
_NAMED |= frozenset({"schaaldieren", "schelpdieren", "selderij", "mosterd", "lupine", "sulfiet", "kiwi"})
_SEEDS = ("zaadjes", "zaad")
# Conditions that name what the writer cannot have ('een collega heeft coeliakie' → gluten).
_CONDITIONS = {"coeliakie": "gluten", "coeliakiepatiënt": "gluten", "coeliakiepatient": "gluten", "celiakie": "gluten"}


class AllergenFinder:
    """Builds its Matcher once on the topic finder's vocabulary."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab)
        allergen = {"IS_ALPHA": True}
        self.matcher.add(
            "allergen",
            [
                [
                    {"LOWER": {"IN": _ALLERGIC}},
                    {"LOWER": {"IN": _BE}, "OP": "*"},
                    {"LOWER": {"IN": ["voor", "op"]}},
                    {"LOWER": {"IN": ["de", "het"]}, "OP": "?"},
                    allergen,
                ],
                [{"LOWER": "niet"}, {"LOWER": "tegen"}, {"LOWER": {"IN": _FOODS}}],
                # Flemish 'allergisch aan schaaldieren'; only after the adjective ('allergie aan de ober gemeld')
                [
                    {"LOWER": {"IN": ["allergisch", "overgevoelig"]}},
                    {"LOWER": {"IN": _BE}, "OP": "*"},
                    {"LOWER": "aan"},
                    {"LOWER": {"IN": ["de", "het"]}, "OP": "?"},
                    allergen,
                ],
            ],
        )

    def allergen(self, doc: Any) -> str:
        """'sesam', 'ei en melk', 'noten' ... or '' when the writer named none."""
        stop = stop_words()
        for _, _start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -m[2])):
            word = doc[end - 1]
            if word.lower_ in stop or word.lower_ in _NOT_ALLERGENS or len(word.text) > _MAX:
                continue
            said = str(word.lower_)
            nxt = doc[end : end + 3]
            # 'allergisch voor ei en melk.', not 'allergie voor konijnen en kreeg in de knuffelhoek'
            closed = len(nxt) == 2 or (len(nxt) == 3 and (nxt[2].is_punct or nxt[2].lower_ in {"en", "of"}))
            if closed and nxt[0].lower_ == "en" and nxt[1].is_alpha and nxt[1].lower_ not in stop:
                said = f"{said} en {nxt[1].lower_}"
            return said
        for token in doc:
            word = str(token.lower_)
            if word in _CONDITIONS:
                return _CONDITIONS[word]
            head = next((h for h in _HEADS if word.endswith(h) and len(word) > len(h) + 1), "")
            if head:
                first = word[: -len(head)].rstrip("-")
                if len(first) > 1 and first not in stop and first not in {"voedsel", "voedings", "kruis"}:
                    return first  # 'notenallergie' → 'noten', 'pinda-allergie' → 'pinda'
        return _labelled(doc)


def _labelled(doc: Any) -> str:
    """The allergen a label or card promised away ('op het kaartje stond 'zonder sesam'', 'sesamvrij'), in a
    comment that says someone is allergic ('dat hij allergisch is'); else the one allergen the comment names
    ('nergens stond iets over sesam. Zat er toch sesamzaad onderop ... Hij is allergisch'); '' otherwise."""
    if not any(t.lower_.startswith(("allergi", "overgevoelig")) for t in doc):
        return ""
    named: set[str] = set()
    for i, token in enumerate(doc):
        word = str(token.lower_)
        if word == "zonder" and i + 1 < len(doc) and doc[i + 1].lower_ in _FOODS:
            return str(doc[i + 1].lower_)
        free = next((word[: -len(end)].rstrip("-") for end in ("vrije", "vrij") if word.endswith(end)), "")
        if free in _FOODS:
            return free  # 'sesamvrij' → 'sesam'
        seed = next((word[: -len(end)] for end in _SEEDS if word.endswith(end)), "")
        if word in _NAMED or seed in _NAMED:
            named.add(seed or word)  # 'sesamzaad' → 'sesam'
    return named.pop() if len(named) == 1 else ""
