"""Whole-pipeline drafts for praise, rumours and jokes read together after blind rounds: rumours answered from the
profile's own hours, terms or address; English thanks passed on."""

from __future__ import annotations

from app.domain.draft_asked import particle_fields
from app.domain.draft_claims import claim_of, named_claim
from app.domain.draft_days import day_terms
from app.domain.draft_english_praise import english_joke, english_names
from app.domain.draft_names import affiliation
from app.domain.draft_praise_held import broken_brought, lasted, saved_said
from app.domain.draft_rumour_cues import moving_said
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft, draft_text

# Praise, rumours and jokes after blind rounds r69/r70 (issue #13): a rumour about a weekday, the weekend or a pick-
# up fee is answered with the profile's own hours or terms; the thing a compliment is about comes before an aside
# ('En de ... waren ook top'); 'die X van jullie 😍' names X; 'laten proberen' is done, not wished; a joke's light
# reply plays on the one the writer brought along or on the thing of a mock proposal. Shops and sentences of their
# own, none from the rounds.
_RUMOUR = "uitkomst_onwaarheid"
_THANKS = "uitkomst_bedank_publiek"

BAKERY = BusinessProfile(
    name="Bakkerij Hoogeveen",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="je",
    email="mieke@bakkerijhoogeveen.nl",
    opening_hours="di–za 7:30–17:00; zondag 8:00–11:00, alleen broodjes, van mei tot september",
)
REPAIR = BusinessProfile(
    name="Laptopdokter Smit",
    kind="computerwinkel",
    signers=["Joris"],
    voice="ik",
    register="u",
    email="joris@laptopdokter.nl",
    delivery_terms="ophalen en terugbrengen binnen 10 km voor € 12,50",
)
CAFE = BusinessProfile(
    name="Lunchroom Het Hoekje",
    kind="lunchroom",
    signers=["Sanne"],
    voice="wij",
    register="je",
    opening_hours="wo–zo 10:00–17:00",
)
SALON = BusinessProfile(name="Kapsalon Lokken", kind="kapsalon", signers=["Yara"], voice="wij", register="je")


def _rumour(profile: BusinessProfile, text: str) -> str:
    return draft(profile, _RUMOUR, text, author="").text or ""


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Tim", platform="threads")
    assert made.optional is not None
    return made.optional


def test_what_the_hours_add_to_one_day() -> None:
    assert day_terms(BAKERY.opening_hours, "op zondag") == "alleen broodjes, van mei tot september"
    assert day_terms(BAKERY.opening_hours, "zaterdagochtend") == ""
    assert day_terms("ma–vr 9:00–17:00, za 9:00–12:00", "zaterdag") == ""


def test_a_rumour_about_a_weekday_gets_that_days_hours() -> None:
    reply = _rumour(BAKERY, "Die bakker verkoopt op zondag geen broodjes meer, dus niet meer heen fietsen")
    assert "8:00" in reply and "mei" in reply, reply
    assert "[vul in" not in reply, reply


def test_a_rumour_about_the_weekend_gets_the_hours() -> None:
    reply = _rumour(CAFE, "Het Hoekje is tegenwoordig alleen nog in het weekend open, hoorde ik op het schoolplein.")
    assert "10:00" in reply, reply


def test_a_particle_before_te_names_the_pick_up_terms() -> None:
    assert particle_fields("Ze rekenen 40 euro om je laptop op te halen!") == {"delivery_terms"}
    assert particle_fields("Kunnen jullie hem af te halen?") == {"delivery_terms"}
    reply = _rumour(REPAIR, "Let op, Smit rekent 40 euro alleen al om je laptop op te halen. Stond op Facebook.")
    assert "12,50" in reply, reply


def test_a_stressing_hoor_makes_no_claim() -> None:
    assert claim_of("Die zaak heeft geen vergunning hoor, gewoon iemand die dat thuis doet.") == ""
    assert claim_of("Ik hoor dat jullie stoppen met de verhuur.") == "jullie stoppen met de verhuur"


def test_a_long_name_word_counts_in_any_case() -> None:
    said = "die 'lunchroom' van hoogeveen heeft geen vergunning, zeggen ze"
    assert named_claim(said, "Bakkerij Hoogeveen", "bakkerij") == said
    assert named_claim("mijn kind zegt dat het lekker is", "Het Hoekje", "lunchroom") == ""


def test_the_thing_made_comes_before_an_aside() -> None:
    reply = draft_text(
        BAKERY,
        _THANKS,
        "Voor het afscheid van mijn collega een taart met haar lievelingsboek erop laten maken. "
        "Iedereen was stil toen hij binnenkwam. En de saucijzenbroodjes waren ook weer top!",
    )
    assert "taart" in reply, reply


def test_a_thing_of_yours_before_praise_is_praised() -> None:
    assert [m.text for m in analyse_topics("die macarons van jullie 😍 beste van de stad").praised] == ["macarons"]
    assert [m.text for m in analyse_topics("Allez, de pistolets van jullie zijn top!").praised][:1] == ["pistolets"]


def test_let_try_is_done_not_wished() -> None:
    topics = analyse_topics("Joris heeft me een nieuwe laptop laten proberen en alles rustig uitgelegd.")
    assert [p.text for p in topics.products if not p.wished][:1] == ["laptop"], topics.products
    wished = analyse_topics("Misschien kunnen jullie ook eens glutenvrije taart proberen?")
    assert all(p.wished for p in wished.products if p.text == "taart")


def test_a_joke_about_the_one_brought_along() -> None:
    reply = _joke(
        SALON,
        "mijn man kwam alleen mee om te wachten en zit nu zelf elke maand in de stoel. hij gaat vaker mee dan ik 😂",
    )
    assert "je man" in reply, reply


def test_a_mock_proposal_takes_up_its_thing() -> None:
    reply = _joke(BAKERY, "idee: de hele stad een dag vrij geven en overal gratis saucijzenbroodjes uitdelen. klaar.")
    assert "saucijzenbroodjes" in reply, reply


# Praise, rumours and jokes after blind rounds r71/r72 (issue #13): English praise passes the thanks on to whom the
# writer thanks by name ('Thanks so much, Tom!'); a rumour that the business moves, answered with the address, says
# the rumour back ('Dat klopt niet: we gaan niet verhuizen. ...'); a joke's light reply plays on a new name, a
# comparison, or (in English) the thing; a thanks names the one thing praised at a meal, the broken thing brought,
# what was saved, until when it held and the client's organisation. Shops and sentences of their own, none from the
# rounds.
_JOKE = "uitkomst_grap"

FLORIST = BusinessProfile(
    name="Bloemen Ilse",
    kind="bloemenwinkel",
    signers=["Ilse"],
    voice="ik",
    register="u",
    email="ilse@bloemenilse.be",
    address="Grote Markt 4, 2300 Turnhout",
)
SHOP = BusinessProfile(
    name="Fietsen Veldhuis",
    kind="fietsenwinkel",
    signers=["Gert"],
    voice="wij",
    register="je",
    email="gert@fietsenveldhuis.nl",
    address="Kerkstraat 12, Zwolle",
)


def _draft(profile: BusinessProfile, kind: str, text: str, author: str = "") -> str:
    return draft(profile, kind, text, author=author).text or ""


def test_english_names_whom_the_writer_thanks() -> None:
    assert english_names("Thank you Marie at the counter!") == ("Marie",)
    assert english_names("Thanks so much, Tom! Lovely flowers") == ("Tom",)
    assert english_names("Big thanks to Joris and Eva for the bouquet") == ("Joris", "Eva")
    assert english_names("shout-out to Ana, she is a star") == ("Ana",)


def test_english_thanks_without_a_name_names_no_one() -> None:
    assert english_names("Thank you for the lovely bouquet!") == ()
    assert english_names("thanks everyone!") == ()
    assert english_names("Thanks Mum for finding this place") == ()
    assert english_names("Thank you! Great flowers") == ()


def test_english_praise_passes_the_thanks_on_to_the_one_named() -> None:
    reply = _draft(FLORIST, _THANKS, "Gorgeous tulips for my mother's birthday. Thanks so much, Lotte!", "Jane Doe")
    assert "Lotte" in reply, reply


def test_what_says_the_business_moves() -> None:
    assert moving_said("Hoor ik dat jullie gaan verhuizen naar Herentals?")
    assert moving_said("Ze zijn verhuisd, zegt mijn buurvrouw")
    assert moving_said("Klopt het dat Ilse verkast naar een ander pand?")
    assert not moving_said("Klopt het dat jullie stoppen?")


def test_a_rumour_of_moving_answered_with_the_address_says_it_back() -> None:
    reply = _draft(FLORIST, _RUMOUR, "Ik hoorde dat Bloemen Ilse gaat verhuizen naar Geel? Weet iemand meer?")
    assert "verhui" in reply.lower() and "Grote Markt 4" in reply, reply
    assert "klopt niet" in reply, reply  # the line says itself that the rumour is wrong
    reply = _draft(SHOP, _RUMOUR, "Klopt het dat jullie verhuisd zijn naar Deventer? Waar zitten jullie nu?")
    assert "verhui" in reply.lower() and "Kerkstraat 12" in reply, reply


def test_a_move_at_a_time_to_come_is_not_denied_by_the_address() -> None:
    reply = _draft(FLORIST, _RUMOUR, "Hoorde dat Bloemen Ilse na de zomer naar Geel verhuist, weet iemand meer?")
    assert "klopt niet" not in reply and "verhuiz" in reply and "Grote Markt 4" in reply, reply
    assert "[vul in" in reply, reply  # whether it is true, the owner says


def test_a_move_to_where_the_business_is_is_not_denied() -> None:
    reply = _draft(SHOP, _RUMOUR, "Klopt het dat jullie verhuisd zijn naar de Kerkstraat?")
    assert "niet verhuizen" not in reply.lower() and "nee hoor" not in reply.lower(), reply


def _joke_on_threads(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(_JOKE, text, author="Tim", platform="threads")
    assert made.optional is not None
    return made.optional


BAKKERIJ_SMIT = BusinessProfile(name="Bakkerij Smit", kind="bakkerij", signers=["Els"], voice="wij", register="je")
BISTRO = BusinessProfile(name="Bistro Kade", kind="restaurant", signers=["Tom"], voice="wij", register="u")


def test_a_joke_on_a_new_name_says_the_name_back() -> None:
    reply = _joke_on_threads(
        BAKKERIJ_SMIT, "Mijn man at een hele appelflap op. Hij luistert nu alleen nog naar de naam 'flappie' 😂"
    )
    assert "flappie" in reply and "[vul in" not in reply, reply
    reply = _joke_on_threads(BAKKERIJ_SMIT, "Na drie moorkoppen reageert mijn zoon alleen nog op 'Moor' 🤣")
    assert "Moor" in reply, reply


def test_a_joke_comparing_with_something_named_says_the_comparison() -> None:
    reply = _joke_on_threads(
        BISTRO, "Een tafel krijgen bij Bistro Kade op vrijdag is lastiger dan een kaartje voor de finale 😂"
    )
    assert "lastiger dan een kaartje voor de finale" in reply, reply
    assert "van de krijgen" not in reply, reply
    reply = _joke_on_threads(BISTRO, "De soep hier is sneller op tafel dan de TGV 🚄")
    assert "sneller dan de TGV" in reply, reply


def test_a_wait_joke_with_a_comparison_keeps_the_wait_line() -> None:
    reply = _joke_on_threads(BAKKERIJ_SMIT, "De rij bij Bakkerij Smit is langer dan die bij de kermis")
    assert "rij" in reply, reply


def test_an_english_joke_gets_an_english_reply_on_its_thing() -> None:
    assert english_joke("The waffles here are so good that I now speak fluent Dutch 😂") == (
        "joke_product",
        {"onderwerp": "the waffles"},
    )
    reply = _joke_on_threads(BISTRO, "Had so much of the fish soup that I grew gills 🐟😂 you did this to me")
    assert "soup" in reply and "[vul in" not in reply and "Haha, daar" not in reply, reply
    assert english_joke("lol you guys are crazy 😂")[0] == "joke"


def test_one_thing_praised_at_a_meal_is_named_with_the_meal() -> None:
    reply = _draft(BISTRO, _THANKS, "Kerstdiner met de hele afdeling. De tarte tatin was de ster van de avond!")
    assert "tarte tatin" in reply and "diner" in reply, reply


def test_the_broken_thing_brought_and_what_was_saved() -> None:
    assert broken_brought("Kwam met een lekke band binnen, tien minuten later reed ik weer", "je") == "de lekke band"
    assert broken_brought("met mijn gebroken spaak aan de deur", "uw") == "uw gebroken spaak"
    assert broken_brought("Super service, echt een aanrader", "je") == ""
    assert broken_brought("Joost kwam zelfs op zaterdag een lekke band plakken", "u") == ""
    assert saved_said("Kees heeft mijn vakantie gered!", "je") == "je vakantie"
    assert saved_said("Jullie hebben onze trouwdag gered", "u") == "uw trouwdag"
    assert saved_said("Het weekend was gered", "je") == ""


def test_until_when_the_work_held() -> None:
    assert lasted("Het kapsel hield stand tot na middernacht. Top!") == ("tot na middernacht", "")
    assert lasted("De vlechten bleven zitten van de ceremonie tot het einde van het feest, echt knap") == (
        "tot het einde van het feest",
        "",
    )
    assert lasted("Het zat om 3 uur 's nachts nog perfect") == ("om 3 uur 's nachts", "perfect")


def test_the_clients_organisation_is_named() -> None:
    assert affiliation("Femke Arts, Kinderopvang De Kroos") == "Kinderopvang De Kroos"
    assert affiliation("Tom de Vries | Bouwbedrijf Tol") == "Bouwbedrijf Tol"
    assert affiliation("Jansen, Petra") == "" and affiliation("Anna, Amsterdam") == ""
    reply = _draft(
        SHOP,
        _THANKS,
        "Al drie jaar onderhoudt Fietsen Veldhuis de bedrijfsfietsen van Bouwbedrijf Tol. Top!",
        "Tom de Vries | Bouwbedrijf Tol",
    )
    assert "Bouwbedrijf Tol" in reply, reply
