"""analyse_topics.lemmas: a text's lemmas without the rest of its analysis, the same as the whole analysis gives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from app.domain.suggest import suggest
from app.domain.topics import TopicAnalysis
from app.nlp import topics
from app.nlp.details import extract
from app.nlp.topics import analyse_topics

TEXTS = [
    "Bakken jullie ook speltbrood zonder toegevoegde suiker?",
    "De remblokken van mijn bakfiets piepen sinds de laatste onderhoudsbeurt.",
    "Wij knippen kinderen tot tien jaar voor €14; een pony bijwerken is gratis.",
    "Leveren jullie de taarten voor het communiefeest ook thuis, in Lochristi?",
    # the hair found in it: the one lemma the corrections add (the whole preparation)
    "Er zat een haar in mijn tompouce, gewoon smerig.",
    # a thing the lexicon does not know, guessed from how the comment opens; a minus point after praise
    "Die dragon roll 🐉 wauw. Lekkerste sushi van de stad, echt.",  # 'dragon roll' comes from the things guessed
    "Heerlijk gegeten, alleen jammer dat de muziek zo hard stond.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_lemmas_alone_are_those_of_the_whole_analysis(text: str) -> None:
    topics._analysed.cache_clear()
    topics._lemmas.cache_clear()
    alone = analyse_topics.lemmas(text)  # not analysed whole before: found alone
    assert alone == topics.topic_finder().analyse(text).lemmas
    assert analyse_topics.lemmas(text) is alone  # kept
    whole = analyse_topics(text)
    assert analyse_topics.lemmas(text) == whole.lemmas == alone  # now read from the whole analysis


def test_a_draft_is_the_same_with_lemmas_found_alone_or_from_whole_analyses() -> None:
    profile = BusinessProfile(
        name="Fietsatelier Van Damme",
        kind="fietsenmaker",
        signers=["Wout"],
        faq=[
            FaqItem("Repareren jullie ook elektrische fietsen?", "Ja, alle merken, ook de motor en de accu."),
            FaqItem("Kan ik een fiets huren?", "Nee, we verhuren geen fietsen."),
        ],
    )
    comment = "Kunnen jullie naar de accu van mijn elektrische fiets kijken? Hij laadt niet meer op."
    analysis = {
        "label": "vraag",
        "flags": [],
        "scores": {},
        "details": extract(comment).to_dict(),
        "questions": ["Kunnen jullie naar de accu van mijn elektrische fiets kijken?"],
    }

    def draft(analyser: Callable[[str], TopicAnalysis]) -> str | None:
        return suggest(analysis, comment, platform="facebook", profile=profile, analyser=analyser)["draft"]

    fast = draft(analyse_topics)
    assert fast == draft(lambda text: topics._analysed(text or ""))  # an analyser without .lemmas: the whole analysis
    assert "accu" in str(fast)
