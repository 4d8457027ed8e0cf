"""Who of the business a compliment names: staff named in lower case before what they did ('femke die de bloemen
kwam bijsteken', 'merci aan lisa'), with their role after a comma ('Joost, de gastheer,'), with their part of the
business ('Joost van de bediening'), singled out of a team, or called a hero ('delano is een kunstenaar'); and
the part of the staff a compliment is for ('chapeau keuken'). Mixed into app.nlp.topic_praise.PraiseFinder, whose
words (resources/praise.toml) it reads."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from app.domain.draft_dialects import dutch_of
from app.domain.privacy_names import first_names
from app.domain.topics import Mention, shipped_topic_data
from app.nlp import lexicon
from app.nlp.praise_words import PraiseWords
from app.nlp.topic_words import MINE, NOT_NAMES, person_word


@lru_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    """The writer's people and pets (the 'person' concepts of resources/topics.toml: dochter, hond ...)."""
    data = shipped_topic_data()
    return frozenset(t for c in data.concepts if c.group == "person" for t in c.terms if " " not in t)


def _past_aside(doc: Any, i: int) -> str:
    """The word after an aside in brackets right after token ``i`` ('lotte (stagiaire?) gaf' → 'gaf'); '' when no
    aside follows it."""
    if i + 1 >= len(doc) or doc[i + 1].text != "(":
        return ""
    close = next((t.i for t in doc[i + 2 : i + 10] if t.text == ")"), None)
    return str(doc[close + 1].lower_) if close is not None and close + 1 < len(doc) else ""


class StaffFinding:
    """The staff and crew readers of the praise finder; ``words`` is resources/praise.toml."""

    words: PraiseWords

    def staff(self, doc: Any, names: Iterable[str] = ()) -> tuple[str, ...]:
        """Staff named in lower case before what they did ('femke die ...', 'sietske heeft'), with a role
        after a comma ('Joost, de gastheer,') or with a part of the business ('Joost van de bediening')."""
        only = first_names()[0]
        # a first name opening a sentence, also one that is a word too ('Bas in de bediening was ...')
        named = only | first_names()[1]
        found: list[str] = []
        for token in doc:
            word = token.lower_
            after = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
            # 'lotte (stagiaire?) gaf me ...': the word after an aside in brackets
            past = _past_aside(doc, token.i)
            before = doc[token.i - 1].lower_ if token.i > 0 else ""
            if not token.is_alpha or before in {"de", "het", "een"} or word in NOT_NAMES:
                continue
            # not the writer's own ('mijn dochter emma', 'onze sanne')
            own = before in MINE or person_word(before) or before in kin_words()
            lower_name = token.is_lower and word in only and len(word) >= 4 and not own
            # not a dialect's word written as it is ('veur mien is het nie meer neudig': 'voor mij')
            lower_name = lower_name and word not in self.words.dialect_mine and not dutch_of(word)
            # after thanks only when the name ends there ('merci aan lisa voor ...', not 'bedankt lieve mensen')
            thanked = before in self.words.thanked_to and (not after or after[0] in {"en", "voor", "!", ",", ".", "&"})
            acted = (after[:1] and after[0] in self.words.staff_verbs) or past in self.words.staff_verbs
            if (lower_name and (acted or thanked)) or self._called_hero(doc, token):
                found.append(token.text.capitalize())  # 'femke die ...', 'dikke merci aan jelle'
            elif token.is_title and self._works_as(after, before not in {"", ".", "!", "?"} or word in named):
                found.append(token.text)  # 'Joost, de gastheer,', 'Jelle aan de toonbank', 'Bas in de bediening'
            elif token.is_title and before == "," and token.i > 1 and self._apposed(doc[token.i - 2].lower_, after):
                found.append(token.text)  # 'De ober, Kevin, had ...', 'het meisje achter de toonbank, Noor, heeft'
            elif token.is_title and self._singled_out(doc, token.i):
                found.append(token.text)  # 'de bediening, in het bijzonder Joost,'
        return tuple(n for n in dict.fromkeys(found) if n not in set(names) and n.lower() not in NOT_NAMES)

    def _called_hero(self, doc: Any, token: Any) -> bool:
        """'delano is gewoon een kunstenaar': a lower-case non-word opening a sentence, called a hero, is a name."""
        after = [t.lower_ for t in doc[token.i + 1 : token.i + 6]]
        opens = (token.i == 0 or doc[token.i - 1].lower_ in {".", "!", "?"}) and after[:1] in (["is"], ["was"])
        hero = "een" in after and any(w.endswith(tuple(self.words.heroes)) for w in after[after.index("een") + 1 :])
        return opens and hero and token.is_lower and len(token.text) >= 4 and not lexicon.is_word(token.text)

    def not_heroes(self, doc: Any, products: list[Mention]) -> list[Mention]:
        """``products`` without the lower-case names :meth:`_called_hero` finds ('delano is een kunstenaar')."""
        heroes = {t.lower_ for t in doc if self._called_hero(doc, t)}
        return [p for p in products if p.text.lower() not in heroes]

    def crew(self, doc: Any) -> str:
        """The part of the staff the compliment is for ('chapeau keuken', 'complimenten aan de bediening',
        'de bediening was echt top') as a word ('keuken'); '' when none is praised."""
        for token in doc:
            # also a compound of one ('de bakfietsbezorger', 'de pizzakoerier' is no crew word)
            crews = self.words.crews
            if token.lower_ not in crews and lexicon.head(token.lower_) not in crews:
                continue
            before = [t.lower_ for t in doc[max(0, token.i - 4) : token.i]]
            while before and before[-1] in self.words.handed_between:
                before.pop()
            if before and before[-1] in self.words.handed | self.words.praise and before[-1] not in {"goed", "beste"}:
                return str(token.lower_)
            after = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
            if after and after[0] in self.words.linking and self.words.praise & set(after[1:]):
                return str(token.lower_)
        return ""

    def _apposed(self, word: str, after: list[str]) -> bool:
        """A name put after a role ('De ober, Kevin, had ...') or, set off by commas, after a part of the
        business ('het meisje achter de toonbank, Noor, heeft'; not 'aan de bar, Kevin was er ook')."""
        return word in self.words.roles or (word in self.words.teams and after[:1] == [","])

    def _works_as(self, after: list[str], inside: bool) -> bool:
        """'Joost, de gastheer,' (a role after a comma), 'Joost van de bediening', 'Jelle aan de toonbank' (a
        part of the business; ``inside`` a sentence or a known first name: not 'Vanochtend bij de kassa')."""
        if len(after) != 3:
            return False
        if after[0] == "," and after[1] in {"de", "onze", "jullie"}:
            return after[2] in self.words.roles
        return (
            (inside or after[0] == "van")
            and after[0] in self.words.works_at
            and after[1] == "de"
            and after[2] in self.words.teams
        )

    def _singled_out(self, doc: Any, i: int) -> bool:
        """'de bediening, in het bijzonder Joost,', 'het hele team en vooral Mila': a name singled out
        ('in het bijzonder', 'vooral', 'met name') from a team or a role named just before it."""
        words = [t.lower_ for t in doc[max(0, i - 4) : i]]
        if not words or not any(" ".join(words).endswith(s) for s in self.words.singling):
            return False
        before = {t.lower_ for t in doc[max(0, i - 10) : i]}
        return bool(before & (self.words.teams | self.words.roles))
