"""The age or the wedding years of an occasion, said back once with the congratulations ('Mama werd 80' →
'80 jaar: nog van harte gefeliciteerd!'), whatever occasion the thank-you is about (a Mother's Day lunch at which
mama turned 80, a 25th wedding anniversary named as '25ste trouwverjaardag').

The ages come from TopicAnalysis.ages: only those said with a word that makes them a day to celebrate (werd,
jarig, 'Nste verjaardag', 'jaar getrouwd'), never a bare '(84)'. No age is congratulated in a reply to a loss
or to a safety matter, nor for a day still to come, nor at a farewell that ends no career (often a funeral: 'het
afscheid van opa, die net 90 werd') or in a grim comment (an illness, a hospital, a care home)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from app.domain.draft_events import career_ended
from app.domain.draft_praise_ride import grim
from app.domain.draft_text import Part
from app.domain.topics import TopicAnalysis

# Below this age a birthday is a child's: its years are no milestone to admire ('7 jaar, wat mooi!' fits a
# jubilee or a grandmother's 80th, not a girl turning 7), so the congratulation takes the child's wording.
CHILD_AGE = 18


def age_key(key: str, age: str) -> str:
    """``key`` ('congrats_age', 'congrats_age_owner') for a grown-up's age, its '_young' form for a child's ('7')."""
    return f"{key}_young" if age.isdigit() and int(age) < CHILD_AGE else key


def age_said(age: tuple[str, str], draft: str) -> bool:
    """Whether the draft says the age (number, as the writer said it) already, as a number ('80 jaar'), an ordinal
    ('80ste verjaardag', 'zesde verjaardag', 'tachtigste') or a number of years ('40-jarig'): said once."""
    said = "|".join(re.escape(a) for a in dict.fromkeys(age))
    return re.search(rf"(?<![\w,.])(?:{said})(?:ste|de|e|-jarige?)?(?!\w)", draft, re.I) is not None


def no_age_wished(topics: TopicAnalysis, text: str) -> bool:
    """Whether an age is not congratulated: a farewell that ends no career ('bij het afscheid van opa, die net 90
    werd'), unlike a retirement, or a grim comment ('de afscheidsreceptie in het woonzorgcentrum')."""
    farewell = topics.occasion == "afscheid" and "pensioen" not in topics.occasion_words and not career_ended(text)
    return farewell or grim(text)


def age_congrats(
    topics: TopicAnalysis, extra: Part | None, said: str, owner: str = "", *, ahead: bool = False, text: str = ""
) -> tuple[str, dict[str, str]] | None:
    """(reply key, values) of the congratulation that says the first age not yet said (``said``: the draft so far;
    ``extra``: the congratulation or condolence drafted already; ``owner``: whose occasion as the draft names the
    person, '' for the writer's own; ``text``: the comment), or None when there is none to say."""
    if (
        ahead
        or no_age_wished(topics, text)
        or topics.occasion == "rouw"
        or topics.safety
        or (extra is not None and extra.key != "congrats")
    ):
        return None
    unsaid = next((a for a in topics.ages if not age_said(a, said)), None)
    if unsaid is None:
        return None
    age = unsaid[0]
    if extra is not None and owner and owner in extra.text:
        # 'En je moeder nog van harte gefeliciteerd!': the person stays, the years go before
        return age_key("congrats_age_owner", age), {"waarde": age, "persoon": owner}
    return age_key("congrats_age", age), {"waarde": age}


def with_age(
    topics: TopicAnalysis,
    extra: Part | None,
    thanks: str,
    owner: str,
    line: Callable[[str, str, str, Mapping[str, str] | None], str],
    seed: str,
    ahead: bool,
    text: str = "",
) -> Part | None:
    """``extra`` (the congratulation or condolence after ``thanks``, or None), or the congratulation that says the
    age not said yet ('Mama werd 80' → '80 jaar, wat mooi! Nog van harte proficiat.'); ``line``: (section, key,
    seed, values) → the reply line; ``text``: the comment."""
    aged = age_congrats(topics, extra, f"{thanks} {extra.text if extra else ''}", owner, ahead=ahead, text=text)
    return extra if aged is None else Part("congrats", line("positive", aged[0], seed, aged[1]), False)
