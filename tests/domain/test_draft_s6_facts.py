"""General rules for facts, channels, English replies and jokes added in session 6 (after the blind
round r24): every test uses sentences and profiles of its own, not those of a benchmark round."""

from __future__ import annotations

from typing import Any

from app.domain.draft_english_yes_no import as_statement
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft as _draft

GARAGE = BusinessProfile(
    name="Autobedrijf Veldkamp",
    kind="garage",
    signers=["Ruben"],
    voice="wij",
    register="u",
    email="service@veldkamp-auto.nl",
    phone="0541-223344",
    opening_hours="ma–vr 8:00–17:30, za 9:00–13:00",
    payment="pinnen; contant tot € 250; creditcard alleen bij een bedrag boven € 100",
    faq=[
        FaqItem(
            "Krijg ik een vervangende auto tijdens het onderhoud?",
            "Ja, tijdens onderhoud krijgt u gratis een vervangende auto.",
        ),
        FaqItem("Verkopen jullie tweedehands auto's?", "Nee, wij doen alleen onderhoud en reparatie, geen verkoop."),
        FaqItem("Doen jullie APK-keuringen?", "Ja, wij keuren alle personenauto's, ook op zaterdag."),
    ],
)
SALON = BusinessProfile(
    name="Salon Haarfijn",
    kind="kapsalon",
    signers=["Mireille"],
    voice="ik",
    register="je",
    email="mireille@haarfijn.nl",
    phone="",
    opening_hours="wo–za 9:00–17:00",
    payment="pinnen en contant",
    faq=[
        FaqItem("Kan ik koffie krijgen tijdens het wachten?", "Ja, tijdens het wachten schenk ik graag koffie of thee.")
    ],
)


def test_a_writer_whose_mails_and_calls_went_unanswered_gets_the_number_that_is_answered_now() -> None:
    text = (
        "Drie weken geleden mijn auto opgehaald met een kapotte ruitenwisser. "
        "Twee keer gemaild en vier keer gebeld, maar geen enkele reactie."
    )
    draft = _draft(GARAGE, "uitkomst_herstel", text, platform="google")
    assert draft.channel == "telefoon", draft.text
    assert "0541-223344" in (draft.text or ""), draft.text
    assert "mailen op" not in (draft.text or "") and "privébericht" not in (draft.text or ""), draft.text
    assert "telefoon" in (draft.text or "").split("Wilt u")[0], draft.text  # both tries are said sorry for
    # Without a phone number in the profile the business gets in touch itself.
    text = "Mijn krullen zijn na een week al uitgezakt. Ik heb twee keer gemaild en gebeld, geen reactie."
    draft = _draft(SALON, "uitkomst_herstel", text, platform="google")
    assert draft.channel == "mail" and "via de gegevens die ik al van je heb" in (draft.text or ""), draft.text


def test_a_writer_who_only_phoned_in_vain_gets_another_route() -> None:
    text = "Sinds de beurt maakt mijn auto een raar geluid. Drie keer gebeld, steeds de voicemail."
    draft = _draft(GARAGE, "uitkomst_herstel", text, platform="facebook")
    assert draft.channel == "mail" and "service@veldkamp-auto.nl" in (draft.text or ""), draft.text


def test_a_writer_who_called_during_opening_hours_is_not_told_the_opening_hours() -> None:
    text = (
        "Ik heb vorige week drie keer gebeld binnen jullie openingstijden over mijn kapotte uitlaat. Niemand neemt op."
    )
    draft = _draft(GARAGE, "uitkomst_herstel", text, platform="facebook")
    assert "8:00–17:30" not in (draft.text or ""), draft.text


def test_a_faq_matches_on_what_it_asks_not_on_its_circumstance() -> None:
    text = (
        "Mijn auto moet een paar dagen bij jullie blijven, krijg ik dan een vervangende auto? Ik moet naar mijn werk."
    )
    draft = _draft(GARAGE, "uitkomst_vraag_beantwoorden", text, platform="instagram")
    assert "vervangende auto" in (draft.text or "") and "gratis" in (draft.text or ""), draft.text
    assert "[vul in" not in (draft.text or ""), draft.text
    text = "Als ik straks zit te wachten terwijl de kleuring inwerkt, krijg ik dan een kop koffie?"
    draft = _draft(SALON, "uitkomst_vraag_beantwoorden", text, platform="facebook")
    assert "koffie of thee" in (draft.text or ""), draft.text


def test_a_question_that_only_shares_the_circumstance_gets_no_faq_answer_as_fact() -> None:
    text = "Hoe lang duurt het wachten meestal bij jullie op zaterdag?"
    draft = _draft(SALON, "uitkomst_vraag_beantwoorden", text, platform="facebook")
    assert "koffie of thee" not in (draft.text or ""), draft.text


def test_an_english_yes_no_question_gets_the_profile_s_yes_or_no_in_english() -> None:
    draft = _draft(
        GARAGE, "uitkomst_vraag_beantwoorden", "Hi, do you do MOT tests? New in Enschede.", author="Liam Carter"
    )
    text = draft.text or ""
    assert "wij keuren" not in text and "Ja," not in text, text
    assert "we do MOT tests" in text, text
    assert any("wij keuren alle personenauto's" in w for w in draft.warnings), draft.warnings
    draft = _draft(
        GARAGE, "uitkomst_vraag_beantwoorden", "Do you sell used cars? Looking for a small one.", author="Liam"
    )
    assert "we do not sell used cars" in (draft.text or ""), draft.text


def test_english_statements_follow_the_question_voice_and_answer() -> None:
    assert as_statement("do", "you", "repair cargo bikes", True, alone=False) == "we repair cargo bikes"
    assert as_statement("can", "i", "bring my dog", True, alone=True) == "you can bring your dog"
    assert as_statement("could", "you", "look at your menu", False, alone=True) == "I cannot look at my menu"
    assert as_statement("are", "you", "open on Sundays", False, alone=True) == "I am not open on Sundays"
    assert as_statement("is", "there", "parking nearby", True, alone=False) == "there is parking nearby"
    assert as_statement("do", "you", "sell used cars", False, alone=False) == "we do not sell used cars"


def test_a_complaint_about_something_the_profile_rules_gets_that_part_of_the_profile() -> None:
    text = (
        "Rekening van 80 euro voor een nieuwe accu, ik wilde met mijn creditcard afrekenen en dat werd geweigerd. "
        "Nergens stond dat. Heel onhandig en de accu werkt ook nog niet goed."
    )
    draft = _draft(GARAGE, "uitkomst_herstel", text, platform="facebook")
    text_out = draft.text or ""
    assert "creditcard alleen bij een bedrag boven € 100" in text_out, text_out
    assert "contant tot € 250" not in text_out, text_out


def test_a_joke_about_a_routine_plays_on_what_the_writer_always_says() -> None:
    text = "Iedere keer vraagt de monteur wat er moet en altijd zeg ik 'gewoon even alles nakijken'. Jaren al."
    draft = _draft(GARAGE, "uitkomst_grap", text, platform="x")
    assert "gewoon even alles nakijken" in (draft.optional or ""), draft.optional


# ---------------------------------------------------------------- after round r25

BAKERY = BusinessProfile(
    name="Bakkerij Van Dam",
    kind="bakkerij",
    signers=["Anouk"],
    voice="wij",
    register="je",
    email="winkel@bakkerijvandam.nl",
    phone="0229-556677",
    opening_hours="ma–vr 7:30–18:00, za 7:30–16:00; zondag dicht",
    payment="pinnen en contactloos; geen contant geld",
    faq=[FaqItem("Bakken jullie ook taarten en cupcakes zonder lactose?", "Ja, op bestelling bakken we lactosevrij.")],
)


def test_a_reproach_put_as_a_question_is_not_answered() -> None:
    from app.domain.draft_questions import addressed_question

    for question in ("Is dit hoe jullie met vaste klanten omgaan?", "Is dat de manier waarop u mensen behandelt?"):
        assert not addressed_question(question), question
    assert addressed_question("Is er plek voor een kinderwagen?")


def test_zero_response_counts_as_unanswered_and_gets_the_phone() -> None:
    text = "Vorige maand twee keer gemaild over een verjaardagstaart voor veertig mensen. Nul reactie. Zo gaat dat dus."
    draft = _draft(BAKERY, "uitkomst_herstel", text, platform="facebook")
    assert draft.channel == "telefoon" and "0229-556677" in (draft.text or ""), draft.text
    assert "winkel@bakkerijvandam.nl" not in (draft.text or ""), draft.text


def test_the_writer_s_own_holiday_is_no_holiday_question() -> None:
    text = "Wij zijn volgende week met vakantie in de buurt. Zijn jullie zaterdag open? En kan ik contant betalen?"
    draft = _draft(BAKERY, "uitkomst_vraag_beantwoorden", text, platform="instagram")
    assert "7:30–16:00" in (draft.text or "") and "geen contant geld" in (draft.text or ""), draft.text
    assert "[vul in" not in (draft.text or ""), draft.text


def test_a_flemish_question_is_put_to_the_business() -> None:
    from app.domain.draft_questions import addressed_question

    assert addressed_question("zijt gij maandag open?")
    assert addressed_question("kunt ge ook een taart bezorgen?")


def test_a_rumour_about_one_of_two_things_a_faq_names_gets_the_faq() -> None:
    text = "Iemand in de buurtapp zei dat jullie geen cupcakes zonder lactose meer bakken. Jammer als dat klopt."
    draft = _draft(BAKERY, "uitkomst_onwaarheid", text, platform="facebook")
    assert "lactosevrij" in (draft.text or "") and "[vul in" not in (draft.text or ""), draft.text


def test_a_joke_about_a_small_request_plays_on_the_request() -> None:
    text = "Bestelde een 'klein' stukje appeltaart en kreeg een kwart taart mee 😂 Dieet begint morgen."
    draft = _draft(BAKERY, "uitkomst_grap", text, platform="x")
    assert "‘klein’ stukje appeltaart" in (draft.optional or ""), draft.optional
    text = "Vroeg om 'gewoon even bijpunten'. Mijn oren zien voor het eerst in jaren daglicht 😅"
    draft = _draft(SALON, "uitkomst_grap", text, platform="threads")
    assert "‘gewoon even bijpunten’" in (draft.optional or ""), draft.optional


def test_a_suggestion_said_as_what_would_be_nice_is_named() -> None:
    text = "Heerlijke croissants altijd. Een glutenvrije variant erbij zou echt fijn zijn!"
    draft = _draft(BAKERY, "uitkomst_bedank_publiek_suggestie", text, platform="facebook")
    assert "een glutenvrije variant" in (draft.text or ""), draft.text


def test_a_suggestion_about_one_day_gets_that_day_s_hours() -> None:
    text = "Fijne bakker! Tip: op Google staat dat jullie zondagochtend open zijn, stond ik voor niks. Even aanpassen?"
    draft = _draft(BAKERY, "uitkomst_bedank_publiek_suggestie", text, platform="facebook")
    said = draft.text or ""
    assert "op zondag" in said and ("dicht" in said or "gesloten" in said) and "ma–vr" not in said, said


def test_a_service_on_site_is_not_answered_with_the_address() -> None:
    profile = BusinessProfile(
        name="Kapsalon Knip", kind="kapsalon", signers=["Eva"], voice="ik", register="u", address="Dorpsstraat 3, Epe"
    )
    draft = _draft(profile, "uitkomst_vraag_beantwoorden", "Knipt u ook op locatie, in een verzorgingshuis?")
    assert "Dorpsstraat" not in (draft.text or ""), draft.text


def test_a_quoted_question_is_put_in_the_register_of_the_reply() -> None:
    from app.domain.draft_questions import in_register

    assert in_register("Kun je dit nog rechtzetten voor vrijdag?", "u") == "Kunt u dit nog rechtzetten voor vrijdag?"
    assert in_register("Wat gaat u aan uw wachttijden doen?", "je") == "Wat ga je aan je wachttijden doen?"
    assert in_register("Wat vind je ervan?", "u") == "Wat vindt u ervan?"
    assert in_register("Wanneer heeft je zaak weer plek?", "u") == "Wanneer heeft uw zaak weer plek?"
    text = "Mijn pony is veel te kort geknipt en vrijdag heb ik een sollicitatie. Wat kun je daar nog aan doen?"
    draft = _draft(SALON.__class__(**{**SALON.__dict__, "register": "u"}), "uitkomst_herstel", text)
    assert " je " not in (draft.text or "") and "Wat kunt u daar nog aan doen" in (draft.text or ""), draft.text


def test_a_question_about_a_closed_weekday_gets_just_that() -> None:
    for text in ("Zijn jullie zondag open? Wij komen uit Gent.", "hebben jullie op zondagochtend ook open?"):
        draft = _draft(BAKERY, "uitkomst_vraag_beantwoorden", text, platform="instagram")
        said = draft.text or ""
        assert "op zondag" in said and ("dicht" in said or "gesloten" in said) and "ma–vr" not in said, said


def test_an_english_question_about_what_is_welcome_gets_a_statement() -> None:
    profile = BusinessProfile(
        name="Strandpaviljoen Zuid",
        kind="restaurant",
        signers=["Bram"],
        voice="wij",
        register="je",
        faq=[FaqItem("Mogen kinderen mee?", "Ja, kinderen zijn van harte welkom; er is een kindermenu.")],
    )
    draft = _draft(
        profile, "uitkomst_vraag_beantwoorden", "Hi there! Are children welcome in the evening? We are on holiday."
    )
    assert "children are welcome in the evening" in (draft.text or ""), draft.text


def test_an_english_writer_s_broken_thing_at_a_repair_shop_is_invited_in() -> None:
    bikes = BusinessProfile(
        name="Rijwielhandel Spaak & Zoon",
        kind="fietsenmaker",
        signers=["Gert"],
        voice="ik",
        register="je",
        faq=[FaqItem("Repareer je ook bakfietsen?", "Ja, ik repareer bakfietsen van alle merken.")],
    )
    text = "Hello, do you repair cargo bikes? My Babboe's chain keeps slipping off since last week."
    draft = _draft(bikes, "uitkomst_vraag_beantwoorden", text, platform="google", author="Emma Stone")
    said = draft.text or ""
    assert "I repair cargo bikes" in said and "your chain" in said and "Ja," not in said, said
    # a salon is no repair shop: no invitation to bring the thing in
    draft = _draft(
        SALON, "uitkomst_vraag_beantwoorden", "Can I get coffee while I wait? My phone is broken, so no scrolling."
    )
    assert "phone" not in (draft.text or ""), draft.text


def test_a_complaint_that_something_was_not_allowed_gets_the_rule_for_it() -> None:
    text = "Wilde na de APK contant afrekenen, maar dat mocht niet. Nergens aangegeven. De rekening was ook hoger."
    said = _draft(GARAGE, "uitkomst_herstel", text, platform="facebook").text or ""
    assert "contant tot € 250" in said and "creditcard" not in said, said


def test_an_english_question_names_one_of_two_things_a_faq_names() -> None:
    profile = BusinessProfile(
        name="Fietsverhuur De Dijk",
        kind="fietsenmaker",
        signers=["Wim"],
        voice="wij",
        register="je",
        faq=[FaqItem("Verhuren jullie tandems of bakfietsen?", "Ja, allebei; graag een dag van tevoren reserveren.")],
    )
    draft = _draft(
        profile, "uitkomst_vraag_beantwoorden", "Do you rent out tandems? We are here for a week.", author="Zoe"
    )
    assert "we rent out tandems" in (draft.text or ""), draft.text


def test_an_english_question_whether_the_business_is_open_gets_the_hours() -> None:
    text = "Hi, are you still open on Saturday afternoon? We arrive around 3."
    draft = _draft(BAKERY, "uitkomst_vraag_beantwoorden", text, platform="facebook", author="Zoe")
    # the hours of that day, in English (session 7: no Dutch profile text in an English reply)
    assert "Saturday: 7:30–16:00" in (draft.text or "") and "[vul in" not in (draft.text or ""), draft.text


def test_a_faq_that_shares_only_the_place_of_the_question_is_a_suggestion() -> None:
    profile = BusinessProfile(
        name="Café De Haven",
        kind="café",
        signers=["Joost"],
        voice="wij",
        register="je",
        faq=[FaqItem("Hebben jullie een terras aan het water?", "Ja, van mei tot september.")],
    )
    draft = _draft(profile, "uitkomst_vraag_beantwoorden", "Mag mijn kinderwagen mee op het terras?")
    assert "mei tot september" not in (draft.text or ""), draft.text
    assert any("terras aan het water" in s for s in draft.suggestions), draft.suggestions
    draft = _draft(profile, "uitkomst_vraag_beantwoorden", "Is jullie terras aan het water ook open in oktober?")
    assert "mei tot september" in (draft.text or ""), draft.text


def test_a_second_question_until_when_is_answered() -> None:
    text = "Zijn jullie op zondag open? En tot hoe laat op zaterdag?"
    said = _draft(BAKERY, "uitkomst_vraag_beantwoorden", text).text or ""
    assert ("dicht" in said or "gesloten" in said) and "16:00" in said, said


def test_a_fact_after_a_lead_has_one_colon() -> None:
    text = "Lekker gegeten en fijne bediening! Alleen jammer dat ik niet met mijn creditcard kon betalen."
    said = _draft(GARAGE, "uitkomst_bedank_publiek", text).text or ""
    assert "creditcard" in said and said.count(":") <= 1, said


def test_a_short_english_question_is_answered_in_english() -> None:
    from app.domain.language import language_of

    assert language_of("Do you accept credit cards?") == "en"
    assert language_of("Can I pay by card?") == "en"
    assert language_of("Kan ik met de kaart betalen?") == "nl"
    assert language_of("Do je ook taarten?") == "nl"


def test_an_english_writer_whose_mails_and_calls_went_unanswered_hears_sorry_for_both() -> None:
    text = "I phoned twice and sent an email last week about my broken window, but nobody ever replied. Not great."
    draft = _draft(GARAGE, "uitkomst_herstel", text, platform="google", author="Tom Hardy")
    said = draft.text or ""
    assert "emails and calls" in said and "0541-223344" in said and draft.channel == "telefoon", said


def test_an_english_either_or_question_gets_no_yes_statement() -> None:
    profile = BusinessProfile(
        name="Bakkerij Kruim",
        kind="bakkerij",
        signers=["Lot"],
        voice="ik",
        register="je",
        faq=[FaqItem("Bak je alles zelf?", "Ja, alles bak ik zelf, elke nacht.")],
    )
    said = _draft(
        profile, "uitkomst_vraag_beantwoorden", "Do you bake everything yourself or is it from a factory?"
    ).text
    assert "I bake everything" not in (said or ""), said
    said = _draft(profile, "uitkomst_vraag_beantwoorden", "Do you bake everything yourself? Just curious.").text
    assert "I bake everything myself" in (said or ""), said


def test_an_english_question_for_a_loan_during_a_repair_gets_the_faq_s_yes() -> None:
    profile = BusinessProfile(
        name="Rijwielhandel Oost",
        kind="fietsenmaker",
        signers=["Ali"],
        voice="wij",
        register="u",
        faq=[
            FaqItem(
                "Krijg ik een leenfiets tijdens het onderhoud?", "Ja, tijdens het onderhoud krijgt u een leenfiets."
            )
        ],
    )
    said = _draft(profile, "uitkomst_vraag_beantwoorden", "Can I get a loan bike while mine is being serviced?").text
    assert "you can get a loan bike while yours is being serviced" in (said or ""), said


def test_an_english_reply_greets_a_titled_writer_with_an_english_title() -> None:
    draft = _draft(SALON, "uitkomst_vraag_beantwoorden", "Do you cut curly hair? Thanks!", author="Mevr. Emily de Wit")
    text = draft.text or ""
    assert "Ms De Wit" in text and "mevrouw" not in text, text


def _suggested(text: str, label: str, flags: list[str], profile: BusinessProfile, platform: str) -> dict[str, Any]:
    """What ``suggest`` gives for a comment with this label and these flags (as the wizard calls it)."""
    from app.domain.suggest import suggest
    from app.nlp.details import extract

    analysis = {"label": label, "flags": flags, "details": extract(text).to_dict(), "questions": []}
    return suggest(analysis, text, platform=platform, author="Sem", profile=profile, analyser=analyse_topics)


def _notes(text: str, flags: list[str]) -> list[str]:
    return list(_suggested(text, "beledigend", flags, SALON, "instagram")["warnings"])


def test_a_wage_claim_with_harm_held_out_stays_a_threat() -> None:
    claim = "Mijn dochter wacht al twee maanden op haar salaris. Ik stap naar een advocaat als het er vrijdag niet is."
    notes = " ".join(_notes(claim, ["bedreiging"]))
    assert "geen bedreiging" in notes and "aangifte" not in notes, notes
    threat = (
        "Mijn dochter wacht al twee maanden op haar salaris. Is het er vrijdag niet, dan sta ik je op te wachten "
        "en sla ik die salon kort en klein."
    )
    notes = " ".join(_notes(threat, ["bedreiging"]))
    assert "aangifte" in notes and "geen bedreiging" not in notes, notes


def test_hair_baked_in_and_coeliac_disease_are_safety_cases_with_the_phone_first() -> None:
    for text in (
        "Haar ingebakken in mijn krentenbollen, echt smerig.",
        "De jongen achter de kassa werkte zonder haarnetje en zonder handschoenen.",
        "Ik had gezegd dat mijn zoon coeliakie heeft en toch zat er gewone bloem in zijn pannenkoek.",
        "Mijn vrouw heeft een glutenintolerantie, dat stond op de bestelling, en ze is ziek geworden.",
    ):
        out = _suggested(text, "klacht", [], GARAGE, "facebook")
        assert out["channel"] == "telefoon", (text, out["draft"])
