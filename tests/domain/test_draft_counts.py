"""How many a comment counts (app.domain.draft_counts): how many came instead of the count ordered."""

from __future__ import annotations

import tomllib

import pytest

from app.domain.draft_counts import counted_instead, group_size, parse_properties, property_instead
from app.errors import DataFileError
from app.resources import resource_path
from tests.domain.businesses import BAKKERIJ_GRAAN
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 saucijzenbroodjes besteld voor de vergadering, er zaten maar 9 in de zak", ("9", "12 saucijzenbroodjes")),
        ("We hadden 30 cupcakes (bestelling 881) besteld en kregen er 24. Jammer!", ("24", "30 cupcakes")),
        ("40 BROODJES gevraagd voor de receptie, geleverd 35", ("35", "40 BROODJES")),
        ("20 croissants besteld en er zaten er 20 in, top", ("", "")),
        ("20 croissants besteld, kregen we pas om 9 uur", ("", "")),
        ("Lekkere taart gehaald, helemaal goed", ("", "")),
    ],
)
def test_how_many_came_instead_of_the_count_ordered(text: str, expected: tuple[str, str]) -> None:
    assert counted_instead(text) == expected


def test_a_count_short_is_said_back_and_owned() -> None:
    text = "16 worstenbroodjes besteld voor de verjaardag van mijn zoon, er zaten er maar 12 in de doos. Balen."
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_herstel", text, author="Sanne")
    assert "12 in plaats van 16 worstenbroodjes" in draft and "fout" in draft, draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cupcakes besteld voor het babyfeest met de toefjes in het LICHTBLAUW. Kregen we paars!!",
            ("lichtblauw", "paars"),
        ),
        ("geel gevraagd, oranje gekregen 🙄", ("geel", "oranje")),
        ("Aardbei besteld en chocolade gekregen, mijn dochter lust geen chocolade", ("aardbei", "chocolade")),
        ("Kregen een witte taart in plaats van een roze voor het feestje", ("roze", "witte")),
        ("Ordered vanilla for the party but we got chocolate", ("vanilla", "chocolate")),
        ("Groen gevraagd en groen gekregen, top!", ("", "")),
        ("Rode rozen besteld, prachtig geworden", ("", "")),
        ("16 worstenbroodjes besteld, er zaten er 12 in", ("", "")),
        # a photo shown is what was asked; the result told as a question ('En wat heb ik nu? Oranje.')
        ("Ik had de kapster een foto laten zien, asblond. En wat heb ik nu? Geel!", ("asblond", "geel")),
        ("Ik heb de foto laten zien, koperblond. Wat heb ik nu? Koperblond, super!", ("", "")),
        # a wish and what the writer or the hair became: no choice of their own
        ("wilde karamelblond voor de zomer, ben nu echt geel", ("karamelblond", "geel")),
        ("Ik wou lichtbruin en mijn haar is nu gewoon zwart.", ("lichtbruin", "zwart")),
        ("wou kastanjebruin en ben nu kastanjebruin, top", ("", "")),
        ("Mijn zoon wilde roze, we bestelden blauw en kregen blauw.", ("", "")),
        # what came told as what it became, in its own sentence after the occasion ('Het werd fel oranje')
        ("Vroeg om asblond voor het gala van vrijdag. Het werd gewoon geel, echt niet te doen.", ("asblond", "geel")),
        ("Had mahonie gevraagd voor mijn verjaardag en het is geworden zwart", ("mahonie", "zwart")),
        ("Had kastanjebruin gevraagd voor de doop. Het werd kastanjebruin, mooi!", ("", "")),
        # the order, then what it was in a short clause of its own, then what came (c38)
        (
            "Een bavarois besteld voor de doop. Aardbei, 10 personen. Bij het ophalen bleek het citroen.",
            ("aardbei", "citroen"),
        ),
        (
            "'k had nen taart besteld voor zondag. Karamel, 8 stuks. 's Morgens was 't speculoos!",
            ("karamel", "speculoos"),
        ),
        ("Taart besteld voor zondag. Karamel, 8 personen. Het werd een mooi feest.", ("", "")),
    ],
)
def test_the_property_asked_and_the_other_one_that_came(text: str, expected: tuple[str, str]) -> None:
    assert property_instead(text) == expected


def test_a_bad_property_list_is_a_data_file_error() -> None:
    data = tomllib.loads(resource_path("properties.toml").read_text(encoding="utf-8"))
    assert len(parse_properties(data)) == 6
    with pytest.raises(DataFileError):
        parse_properties({**data, "properties": []})
    with pytest.raises(DataFileError):
        parse_properties({k: v for k, v in data.items() if k != "got"})


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Taart besteld voor de communie van Noor met de bloemetjes in het geel. Kregen we gewoon oranje. Niet ok.",
            "Geel gevraagd",
        ),
        (
            "vanille gevraagd voor de verjaardag van mijn man, chocolade gekregen en die lust hij echt niet",
            "Vanille gevraagd",
        ),
    ],
)
def test_a_property_instead_is_said_back_and_owned(text: str, said: str) -> None:
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_herstel", text, author="Sanne")
    assert said in draft and "gekregen: dat" in draft and "fout" in draft, draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn haar is nu koperrood in plaats van kastanjebruin, na één wasbeurt!", ("kastanjebruin", "koperrood")),
        ("asblond gevraagd, geel gekregen. Nooit meer.", ("asblond", "geel")),
        ("kwam buiten met oranje haar ipv goudblond, echt nie normaal", ("goudblond", "oranje")),
    ],
)
def test_a_hair_colour_asked_and_the_other_one_that_came(text: str, expected: tuple[str, str]) -> None:
    assert property_instead(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ik koos zelf wit in plaats van bruin brood, daar lag het niet aan: het brood was gewoon oudbakken.",
        "Mijn dochter wilde roze, ik vond blauw mooier, dus we bestelden blauw en kregen blauw",
        "We namen de kleine in plaats van de grote taart, en die was droog.",
    ],
)
def test_the_writers_own_choice_is_no_property_got_instead(text: str) -> None:
    assert property_instead(text) == ("", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taart met 'Proficiat Lotte' besteld voor haar 18e. Er stond 'Proficiat Lot' op 🙄", ("Lotte", "Lot")),
        ("ik had “Happy birthday Jens” gevraagd en kreeg er een met “Happy birthday Jans” erop", ("Jens", "Jans")),
        ("Bestelde een doop-taart met 'Welkom Noor', kregen we 'Welkom Nora'. Echt?", ("Noor", "Nora")),
        ("Ordered a cake saying 'Happy 40th Mark' and received one that said 'Happy 40th Marc'", ("Mark", "Marc")),
        ("Beloofd: 'uiterlijk vrijdag'. Toen zei hij 'uiterlijk maandag'.", ("", "")),  # a promise, no text on a thing
        ("'Voor altijd' besteld en 'Voor altijd' gekregen, heel mooi", ("", "")),
    ],
)
def test_a_text_on_a_thing_that_came_other_than_ordered(text: str, expected: tuple[str, str]) -> None:
    from app.domain.draft_counts import text_instead

    assert text_instead(text) == expected


def test_a_wrong_name_on_a_cake_is_said_back_and_owned_not_a_price() -> None:
    text = "Verjaardagstaart met 'Hoera Sem' besteld, opgehaald met 'Hoera Sam' erop. En gewoon € 27,50 betaald."
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_herstel", text, author="Sanne")
    assert "'Sam'" in draft and "'Sem'" in draft and "fout" in draft, draft
    assert "schrok" not in draft, draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 menu's besteld, 4 op de bon. En dan nog wachten.", ("4", "3 menu's")),
        ("we hadden 2 pizza's besteld en er werden 3 pizza's aangerekend", ("3", "2 pizza's")),
        ("6 BROODJES besteld, 8 op het kasticket!!", ("8", "6 BROODJES")),
        ("2 koffie besteld en 5 euro betaald", ("", "")),  # an amount, no count
        ("4 broodjes besteld. Om 10:15 betaald", ("", "")),  # a time
        ("2 taarten besteld, 2 op de rekening, prima", ("", "")),
    ],
)
def test_more_on_the_bill_than_ordered(text: str, expected: tuple[str, str]) -> None:
    from app.domain.draft_counts import billed_instead

    assert billed_instead(text) == expected


@pytest.mark.parametrize(
    ("text", "products", "expected"),
    [
        ("Zaterdag 9:40: worstenbroodjes OP. Rij tot buiten", ["worstenbroodjes"], "worstenbroodjes"),
        ("Om 10u waren de croissants al uitverkocht!", ["croissants"], "croissants"),
        ("de taartjes waren allemaal weg toen ik aan de beurt was", ["taartjes"], "taartjes"),
        ("Sourdough sold out by 9am again", ["sourdough"], "sourdough"),
        ("Ik stond vroeg op. De taart was lekker", ["taart"], ""),
        ("De taart ging op aan tafel, heerlijk", ["taart"], ""),
        # what was gone, listed after the menu or the counter that was 'op' (r130, session 35; our own sentences)
        (
            "Om 11u was de toonbank al 'op'. Geen eclairs, geen rijsttaart!",
            ["toonbank", "eclairs", "rijsttaart"],
            "eclairs",
        ),
        ("Zondagmiddag was alles al op. Geen soep; geen pasta.", ["soep", "pasta"], "soep"),
        ("Geen servet, geen bestek op tafel. Het eten was wel goed.", ["servet", "bestek"], ""),
        # two things gone together, either one a product, also after 'en' opening the clause and in Flemish
        ("Om 4 uur waren de eclairs en de soesjes al op.", ["eclairs", "soesjes"], "eclairs"),
        ("Half elf en de rozijnenbollen en het krentenbrood amaal op!", ["krentenbrood"], "krentenbrood"),
        ("We kwamen binnen en de baguettes waren al weg", ["baguettes"], "baguettes"),
        # near misses: a thing put down or picked up, not gone
        ("Ik zette de tas en de jas op.", ["tas", "jas"], ""),
        ("Hij pakte de schaar en de kam op en begon", ["schaar", "kam"], ""),
    ],
)
def test_a_thing_named_as_sold_out(text: str, products: list[str], expected: str) -> None:
    from app.domain.draft_counts import sold_out

    assert sold_out(text, products) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Op de taart stond 'Gefeliciteerd Jan' terwijl ik 'Proficiat Jan' had gevraagd!",
            ("Proficiat", "Gefeliciteerd"),
        ),
        ("Er stond 'Happy birthday Tim' op, ik had 'Happy birthday Tom' besteld", ("Tom", "Tim")),
        ("er stond 'Welkom Nora' op de taart, en we hadden 'Welkom Noor' gevraagd", ("Noor", "Nora")),
        ("Ik vroeg 'Proficiat Lotte' en er stond 'Proficiat Lore' op.", ("Lotte", "Lore")),
    ],
)
def test_the_text_asked_for_is_read_whichever_the_writer_quotes_first(text: str, expected: tuple[str, str]) -> None:
    from app.domain.draft_counts import text_instead

    assert text_instead(text) == expected


def test_a_flemish_man_of_counts_the_group() -> None:
    """'we zijn met een man of 45': about 45 people, a group."""
    assert group_size("is er een zaal voor een communiefeest in mei, we zijn met een man of 45") == 45
    assert group_size("we komen met ne man of twintig") == 20
    assert group_size("een man of 4") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 krentenbollen zonder krenten besteld, met krenten meegekregen.", ("zonder krenten", "met krenten")),
        ("Volkoren besteld voor de brunch, thuis bleek het wit. Jammer.", ("volkoren", "wit")),
        ("Spelt gevraagd en gesneden meegekregen, jammer", ("spelt", "gesneden")),
        ("Natuur besteld en natuur gekregen, top bakker!", ("", "")),
    ],
)
def test_the_kind_of_bread_asked_and_the_other_one_that_came(text: str, expected: tuple[str, str]) -> None:
    assert property_instead(text) == expected


def test_another_kind_that_came_is_made_good_in_a_chat_reply() -> None:
    text = "2 suikerbroden zonder suiker besteld, 2 met suiker meegekregen. Mijn schoonmoeder is diabeet. Jammer!"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_herstel", text, platform="instagram", author="Sanne")
    assert "gekregen: dat" in draft and "goedmaken" in draft, draft
