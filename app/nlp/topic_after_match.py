"""What the topic finder sets right after matching: a vague count is no group, a name that is a product is no kin, the
dish eaten first, a hair found in it, words that are no names, an allergy's reaction as the hurt, whether a word
is in a question."""

from __future__ import annotations

from typing import Any

from app.domain.language import language_of
from app.domain.topics import Concept, Mention
from app.nlp import topic_names
from app.nlp.topic_eaten import eaten_first, eaters_first
from app.nlp.topic_match import Matches

# Quantifiers that count no one in particular: 'bij een paar kinderen' names no group to greet.
_VAGUE = frozenset({"paar", "aantal", "enkele", "sommige"})


def _counted(group: str) -> str:
    """The writer's group, unless only a vague amount counts it ('een paar kinderen')."""
    return "" if group.split(" ", 1)[0].lower() in _VAGUE else group


def _kin(m: Matches, products: list[Mention]) -> tuple[str, ...]:
    """The writer's own named ones, without a name that is a listed product ('onze Kerstkrans'); a thing only
    guessed from its place may be a name ('mijn dochter Noor')."""
    return tuple(k for k in topic_names.kin(m) if all(p.guessed or p.text != k.lower() for p in products))


def _eaten(
    m: Matches, safety: list[Concept], products: list[Mention], people: tuple[str, ...]
) -> tuple[list[Mention], tuple[str, ...]]:
    """Ill after a meal: the dish eaten first (not 'op de badkamer'), and who ate it before who did not."""
    if not any(c.id == "vergiftiging" for c in safety):
        return products, people
    return eaten_first(m.doc, products, m.taken()), eaters_first(m.doc, people)


# Words about hair (not 'haar', also a pronoun): with one of these, 'mijn pony' is a fringe ('een
# verf-ongelukje met mijn pony').
_HAIR = (
    "kapsalon",
    "kapper",
    "kapster",
    "kapsel",
    "knip",
    "geknipt",
    "verf",
    "geverfd",
    "föhn",
    "haren",
    "kleuring",
    "bangs",
    "fringe",
    "coupe",
    "highlights",
    "balayage",
)


def _found_in_it(m: Matches) -> list[str]:
    """'een haar in mijn tompouce' (not 'haren in de douche'): a hair found in it counts as a lemma."""
    return ["haar"] if any(m.doc[s].lower_ == "haar" for s, _ in m.spans.get("hygiene", [])) else []


def _names(m: Matches, names: tuple[str, ...], products: list[Mention], owner: str) -> tuple[str, ...]:
    """'Eten was best lekker', 'Stoofpot was top': a word used as a topic word or as the thing is no name;
    nor is whose occasion it is ('het afscheid van Rita': no one of the staff)."""
    not_names = {m.doc[i].text for i in m.taken()} | {p.text for p in products} | {owner}
    found = tuple(
        n for n in topic_names.german_names(m.doc, names) if n not in not_names and n.lower() not in not_names
    )
    # 'Shop was already closed but the owner came out anyway': in English a Dutch noun opening a sentence is no name
    return topic_names.not_words(found, m.doc.text) if language_of(m.doc.text) == "en" else found


def _allergy_first(safety: list[Concept]) -> None:
    """'een sesamallergie ... zat hij onder de bulten': with an allergy named, the hurt is its reaction;
    'het brandde ... een chemische brandwond op mijn hoofdhuid': the hurt is the skin's reaction."""
    # 'de kleuring was veel te heet, mijn hoofdhuid is rood' (not 'de accu is opgezwollen en werd heet')
    # 'glutenvrij brood voor mijn dochter (coeliakie) ... de hele dag buikpijn en overgeven': ill from the allergen
    for reaction, cause in (
        ("allergie", "letsel"),
        ("hoofdhuid", "letsel"),
        ("hoofdhuid", "gevaar"),
        ("allergie", "vergiftiging"),
    ):
        ids = [c.id for c in safety]
        if cause in ids and reaction in ids and ids.index(cause) < ids.index(reaction):
            hurt, other = ids.index(cause), ids.index(reaction)
            safety[hurt], safety[other] = safety[other], safety[hurt]


def _in_question(doc: Any, i: int) -> bool:
    """Whether token ``i`` is in a sentence that ends with a question mark."""
    end = next((t.i for t in doc[i:] if t.text in {".", "!", "?"}), len(doc))
    return end < len(doc) and doc[end].text == "?"
