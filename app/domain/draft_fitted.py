"""What was fitted to a thing is what the thanks is about: 'een hondenkar aan mijn fiets laten monteren' thanks
for the dog trailer, not for the bike it hangs on; 'een fietsstoeltje op de bagagedrager laten zetten' for the
seat."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.topics import Mention, TopicAnalysis, article_of

# 'een hondenkar aan mijn fiets laten monteren', 'nieuwe spatborden op m'n koersfiets gezet': the thing fitted
# (group 'ding') and what it was fitted to; the verb of fitting after it, 'laten' or a past participle.
_FITTED = re.compile(
    r"\b(?:een|nen|ne|de|het|nieuwe|twee)\s+(?P<ding>[^\W\d_]{4,})\s+(?:aan|op|achter|voor|onder)\s+"
    r"(?:mijn|m'n|mn|onze|ons|de|het|zijn|haar)\s+(?:[^\W\d_]+e\s+)?(?P<aan>[^\W\d_]{3,})\s+"
    r"(?:laten\s+|doen\s+)?(?:monteren|gemonteerd|zetten|gezet|plaatsen|geplaatst|bevestigen|bevestigd|"
    r"installeren|geïnstalleerd|hangen|gehangen|leggen|gelegd|steken|gestoken)\b",
    re.I,
)


def fitted_first(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """``topics`` with the thing fitted first when the writer names what it was fitted to as the first thing
    ('een hondenkar aan mijn fiets laten monteren': the hondenkar, then the fiets); unchanged otherwise."""
    found = _FITTED.search(text)
    if found is None or not topics.products or topics.praised:
        return topics
    thing, to = found.group("ding").lower(), found.group("aan").lower()
    first = topics.products[0]
    if first.text != to or thing == to:
        return topics
    fitted = next((p for p in topics.products if p.text == thing), Mention(thing, article_of(thing)))
    return replace(topics, products=(fitted, *(p for p in topics.products if p is not fitted)))
