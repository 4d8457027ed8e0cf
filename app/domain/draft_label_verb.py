"""A label made of a verb the question used, dropped: 'Over verhuurt: fiets met 3 versnellingen € 11 per dag' →
'Fiets met 3 versnellingen € 11 per dag'; 'Over geknipt: dames € 52; ...' → 'Dames € 52; ...'. A shopkeeper
heads a second answer with the thing it is about ('Over parkeren:', 'Over het terras:'), never with 'verhuurt' or
'geknipt': a label of one word in lower case that ends as a verb said by a person or as a past participle ('-t',
'-d') and is no listed noun (nor a compound of one, app/domain/articles.py: 'ontbijt', 'lunchbuffet') is such a
verb, and the answer is said on its own. Any other word stays ('Over vegan: ...', 'Over cuistax: ...')."""

from __future__ import annotations

import re

from app.domain.articles import known_articles

# 'Over verhuurt: ' where a sentence opens (the part's start, after a stop)
_LABEL = re.compile(r"(?:^|(?<=[.!?] ))Over (?P<word>[a-zà-ÿ][a-zà-ÿ-]*[td]): (?P<next>\S)")
_MIN_HEAD = 4  # the shortest last part of a compound that is trusted as its noun ('menu' of 'kindermenu')


def _noun(word: str) -> bool:
    known = known_articles()
    return any(word[i:] in known for i in range(max(len(word) - _MIN_HEAD + 1, 1)))


def verb_label_dropped(text: str) -> str:
    """``text`` without a label of one verb before an answer (see the module); the answer opening its sentence."""

    def said(found: re.Match[str]) -> str:
        if _noun(found.group("word")) or found.group("next") == "[":
            return found.group(0)
        return found.group("next").upper()

    return _LABEL.sub(said, text)
