from __future__ import annotations

import re
import tomllib

import pytest

from app.domain.drafting import Drafter, first_name
from app.domain.flowchart import shipped_flowchart
from app.domain.profile import BusinessProfile, FaqItem, ProfileError
from app.domain.replies import parse_templates, shipped_templates
from app.errors import DataFileError
from app.resources import resource_path

PROFILE = BusinessProfile(
    name="Bakkerij De Korenschoof",
    kind="bakkerij",
    signers=["Marieke"],
    email="info@korenschoof.nl",
    opening_hours="di–vr 7:30–18:00, za 7:30–16:00",
    delivery_terms="we bezorgen in Houten vanaf € 25",
    faq=[FaqItem("Hebben jullie glutenvrij brood?", "Ja, op vrijdag en zaterdag, bestel een dag van tevoren.")],
)
COMPLAINT = "Drie weken gewacht op bestelling #4821 en toen kwam hij kapot aan. Echt waardeloos."


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ']+", text.lower()))


def test_complaint_empathy_apology_channel_slot_and_signature() -> None:
    d = Drafter(PROFILE).draft(
        "uitkomst_herstel", COMPLAINT, author="Sanne de Vries", platform="facebook", details={"order_numbers": ["4821"]}
    )
    assert d.text.startswith(("Hoi Sanne,", "Hallo Sanne,"))
    assert d.topic == "levering"
    assert words(d.text) & {"sorry", "excuses", "vervelend", "balen"}
    assert "info@korenschoof.nl" in d.text  # the real private channel from the profile
    assert "4821" in d.text
    assert any("tegoedbon" in s for s in d.slots)  # the solution is for the owner to choose
    assert d.text.rstrip().endswith("Marieke")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Er zat een haar in mijn soep en de wc was smerig", "hygiene"),
        ("Ik had gezegd dat ik allergisch ben voor noten en toch zaten ze erin", "veiligheid"),
        ("De verkoopster was ontzettend onvriendelijk en bot", "personeel"),
        ("Al twee weken wacht ik op mijn geld terug van de retour", "terugbetaling"),
        ("Jullie website geeft steeds een foutmelding bij het afrekenen", "website"),
        ("Gewoon niet goed", "overig"),
    ],
)
def test_complaint_topics(text: str, topic: str) -> None:
    assert Drafter(PROFILE).draft("uitkomst_herstel", text).topic == topic


def test_register_u_and_voice_wij() -> None:
    profile = BusinessProfile(name="Garage Jansen", signers=["Peter"], register="u", voice="wij", phone="0412-123456")
    d = Drafter(profile).draft("uitkomst_herstel", COMPLAINT, author="Mevrouw Bakker")
    assert d.text.startswith(("Beste mevrouw Bakker,", "Goedendag mevrouw Bakker,"))
    outside_slots = re.sub(r"\[vul in:[^\]]*\]", "", d.text)
    assert not words(outside_slots) & {"je", "jij", "jouw", "ik", "mijn"}
    assert words(d.text) & {"u", "uw"}
    assert words(d.text) & {"we", "ons", "onze"}
    assert "0412-123456" in d.text


def test_insult_gets_no_draft_and_report_steps() -> None:
    d = Drafter(PROFILE).draft(
        "uitkomst_beledigend",
        "vuile oplichters, ik weet waar je woont",
        platform="instagram",
        flags=["bedreiging", "haat"],
    )
    assert d.text is None and d.short is None
    assert any("Melden bij Instagram" in w for w in d.warnings)
    assert any("politie" in w for w in d.warnings)


def test_rumour_correction_and_source_slot() -> None:
    d = Drafter(PROFILE).draft("uitkomst_onwaarheid", "Klopt het dat jullie failliet gaan?", author="Piet")
    assert any("feiten" in s for s in d.slots)
    assert "klopt niet" not in d.text.lower()  # the app cannot know the rumour is false
    assert any("bron" in s for s in d.slots)


def test_compliment_is_thanked_specifically_and_suggestion_answered() -> None:
    drafter = Drafter(PROFILE)
    d = drafter.draft("uitkomst_bedank_publiek", "Heerlijk brood!", details={"products": ["brood"]})
    assert words(d.text) & {"dank", "bedankt"} and "het brood" in d.text
    assert d.slots == []
    d = drafter.draft("uitkomst_bedank_publiek_suggestie", "Lekker! Misschien ook speltbrood?")
    assert any("suggestie" in s for s in d.slots)


def test_question_answered_from_profile_and_faq() -> None:
    drafter = Drafter(PROFILE)
    d = drafter.draft("uitkomst_vraag_beantwoorden", "Zijn jullie zaterdag open?", author="Joke")
    assert d.question_topic == "openingstijden"
    assert "di–vr 7:30–18:00" in d.text and d.slots == []
    d = drafter.draft("uitkomst_vraag_beantwoorden", "Hebben jullie ook glutenvrij brood?")
    assert "vrijdag en zaterdag" in d.text
    d = drafter.draft("uitkomst_vraag_beantwoorden", "Kan ik bij jullie parkeren?")
    assert d.question_topic == "parkeren" and d.slots == ["het antwoord op de vraag"]  # no parking info: no guess


def test_joke_has_only_an_optional_reply() -> None:
    d = Drafter(PROFILE).draft("uitkomst_grap", "De rij is vanuit de ruimte te zien 😂", platform="x")
    assert d.text is None and d.optional and "vul in" in d.optional


def test_nothing_invented_with_an_empty_profile() -> None:
    d = Drafter(BusinessProfile()).draft("uitkomst_herstel", COMPLAINT, author="Sanne")
    assert "je voornaam" in d.slots  # no made-up signature
    assert not re.search(r"\S+@\S+|\d{6,}", d.text.replace("4821", ""))  # no made-up mail or phone


def test_repeat_writer_reply() -> None:
    d = Drafter(PROFILE).draft("uitkomst_herstel", COMPLAINT, author="Kees", earlier_negative=3)
    assert any("3 negatieve" in w for w in d.warnings)
    assert "persoonlijk" in d.text and "info@korenschoof.nl" in d.text


def test_same_input_same_draft_and_variety_across_complaints() -> None:
    drafter = Drafter(PROFILE)
    assert drafter.draft("uitkomst_herstel", COMPLAINT).text == drafter.draft("uitkomst_herstel", COMPLAINT).text
    texts = [f"Mijn pakket nummer {i} is nooit bezorgd, waardeloos" for i in range(12)]
    empathy_lines = {drafter.draft("uitkomst_herstel", t).text.split("\n")[1].split(".")[0] for t in texts}
    assert len(empathy_lines) >= 2


@pytest.mark.parametrize(
    "platform", ["facebook", "instagram", "x", "linkedin", "google", "threads", "bluesky", "email", "overig"]
)
def test_every_draft_fits_its_platform_or_warns(platform: str) -> None:
    templates = shipped_templates()
    limit = templates.platform(platform).limit
    long_complaint = COMPLAINT + " " + "Ik ben er echt klaar mee. " * 10
    for outcome in (o.id for o in shipped_flowchart().outcomes):
        d = Drafter(PROFILE).draft(
            outcome,
            long_complaint,
            author="Sanne de Vries",
            platform=platform,
            details={"order_numbers": ["4821"]},
            flags=["suggestie"],
        )
        if d.text is None or not limit or len(d.text) <= limit:
            continue
        assert d.short is not None and any("tekens" in w for w in d.warnings)
        assert len(d.short) <= limit or any("korte versie is te lang" in w for w in d.warnings)
        assert d.short.rstrip().endswith("Marieke")


def test_no_emoji_where_the_platform_has_none() -> None:
    d = Drafter(PROFILE).draft("uitkomst_bedank_publiek", "Top!", platform="linkedin")
    assert not re.search("[\U0001f300-\U0001faff]", d.text)


def test_title_gets_u_and_safety_complaint_gets_care_not_an_offer() -> None:
    d = Drafter(PROFILE).draft(
        "uitkomst_herstel", "Na de behandeling had ik veel pijn en moest ik naar de huisarts", author="Dhr. Pietersen"
    )
    assert d.topic == "veiligheid"
    assert d.text.startswith(("Beste meneer Pietersen,", "Dag meneer Pietersen,"))
    outside_slots = re.sub(r"\[vul in:[^\]]*\]", "", d.text)
    assert not words(outside_slots) & {"je", "jij", "jouw"}
    assert not any("tegoedbon" in s for s in d.slots)
    assert "info@korenschoof.nl" in d.text


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("Sanne de Vries", "Sanne"),
        ("Mw. Jansen", "mevrouw Jansen"),
        ("de heer Bos", "meneer Bos"),
        ("@sanne_89", ""),
        ("", ""),
        ("jan123", ""),
        ("Fatima", "Fatima"),
        ("X Æ A-12", ""),
    ],
)
def test_first_name(author: str, name: str) -> None:
    assert first_name(author) == name


def test_comment_text_cannot_inject_template_syntax() -> None:
    d = Drafter(PROFILE).draft("uitkomst_herstel", "{r:a|b} {naam}", author="{naam} {r:x|y}")
    assert "{r:" not in d.text.replace("{r:a|b}", "")


def test_pause_message_is_transparent() -> None:
    text = Drafter(PROFILE).pause_message()
    assert "tijdelijk" in text or "even uit" in text
    assert "Marieke" in text


def test_profile_validation() -> None:
    with pytest.raises(ProfileError):
        BusinessProfile.from_dict({"register": "jij"})
    with pytest.raises(ProfileError):
        BusinessProfile.from_dict({"email": "geen-adres"})
    with pytest.raises(ProfileError):
        BusinessProfile.from_dict({"faq": [{"question": "x"}]})
    p = BusinessProfile.from_dict({"name": "X", "signers": "Anna, Bo", "onbekend": 1})
    assert p.signers == ["Anna", "Bo"] and p.signer == "Anna"


def test_template_file_errors_name_the_place() -> None:
    data = tomllib.loads(resource_path("replies.toml").read_text(encoding="utf-8"))
    data["complaint"]["apology"] = ["Sorry {klant}!"]
    with pytest.raises(DataFileError, match=r"complaint\.apology\[0\].*klant"):
        parse_templates(data, "replies.toml")
    data = tomllib.loads(resource_path("replies.toml").read_text(encoding="utf-8"))
    data["rumour"]["source"] = ["Bron: [link]"]
    with pytest.raises(DataFileError, match="vul in"):
        parse_templates(data, "replies.toml")
    data = tomllib.loads(resource_path("replies.toml").read_text(encoding="utf-8"))
    data["platforms"] = [p for p in data["platforms"] if p["code"] != "x"]
    with pytest.raises(DataFileError, match="x"):
        parse_templates(data, "replies.toml")
