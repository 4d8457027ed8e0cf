"""Issue #13, r121: a compliment for what the business does ('top dat jullie de fiets ophalen en terugbrengen')
thanks for the doing, not for the thing it is done to (app.domain.draft_praise_done). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_done import counted_done, done_praised


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Super dat jullie de taarten bezorgen en opdienen, scheelt ons een hoop werk",
            "het bezorgen en opdienen van de taarten",
        ),
        ("Wat handig dat jullie ook onze laptops ophalen.", "het ophalen van jullie laptops"),
        ("Echt handig dat jullie mijn jas repareren, merci!", "het repareren van je jas"),
        ("Top dat jullie bezorgen tot in Kapelle!", ""),
    ],
)
def test_the_doing_praised_is_named_with_what_it_is_done_to(text: str, said: str) -> None:
    assert done_praised(text, "je") == said


def test_praise_for_a_thing_itself_names_no_doing() -> None:
    assert done_praised("Top dat de taart zo mooi was", "je") == ""
    assert done_praised("Fijn dat jullie er zijn.", "je") == ""


def test_things_made_ready_are_said_with_what_for() -> None:
    """r123: '... heeft alle fietsen winterklaar gemaakt': the work, with the things it was done to."""
    text = "Garage Smit heeft op één dag al onze bestelwagens zomerklaar gemaakt. Top geregeld!"
    assert done_praised(text, "uw") == "het zomerklaar maken van al uw bestelwagens"
    assert done_praised("Jan heeft mijn boot vaarklaar gemaakt", "je") == "het vaarklaar maken van je boot"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Op onze clubdag stond Bert bij de kantine: 14 kettingen gesmeerd en 9 banden opgepompt.",
            "de 14 gesmeerde kettingen",
        ),
        ("Voor het schoolfeest hebben ze twaalf taarten versierd, echt prachtig", "de twaalf versierde taarten"),
        ("We waren met 8 personen, alles top geregeld", ""),
        ("Eén band geplakt en klaar", ""),
    ],
)
def test_work_counted_is_said_back_with_its_count(text: str, said: str) -> None:
    assert counted_done(text) == said


def test_work_counted_at_the_writers_event_is_what_helped() -> None:
    from app.domain.profile import BusinessProfile
    from tests.domain.drafts import draft_text

    shop = BusinessProfile(name="Rijwielhandel Zon", kind="fietsenmaker", signers=["Bert"], voice="ik")
    text = "Tijdens onze toertocht stond Bert de hele dag klaar: 31 fietsen gerepareerd. Held!"
    draft = draft_text(shop, "uitkomst_bedank_publiek", text)
    assert "31 gerepareerde fietsen" in draft, draft


def test_a_name_of_two_capitalised_words_after_our_event_is_no_one_of_ours() -> None:
    from app.nlp.topics import analyse_topics

    # 'onze toertocht Rondje Polder': the tour's name, no one to greet; 'onze dochter Anna Smit' stays hers
    assert analyse_topics("Tijdens onze toertocht Rondje Polder stond Bert klaar. Held!").kin == ()
    assert analyse_topics("Onze dochter Anna Smit kreeg een mooie vlecht.").kin == ("Anna",)
