"""A rumour read without the words of the business's own name (a name word is no subject: 'Tweewieler Bart' is
not about bikes the FAQ sells), and with its claim the statement that names the business when a 'zegt dat' after it
gives only the grounds. A shop and sentences of its own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

FIETS = BusinessProfile(
    name="Velo Bart",
    kind="fietsenmaker",
    signers=["Bart"],
    voice="ik",
    register="je",
    website="www.velobart.be",
    opening_hours="di–za 9:00–18:00; zondag en maandag gesloten",
    payment="Bancontact en cash",
    faq=[
        FaqItem("Verkoop je fietsbellen?", "Ja, vanaf € 6; ik zet ze er gratis op."),
        FaqItem("Herstel je ook bakfietsen?", "Ja, alle merken."),
    ],
)


def _draft(text: str) -> str:
    return suggested(FIETS, text, label="onwaarheid", author="Ann Wouters")


def test_the_name_of_the_business_makes_no_faq_entry_the_subject() -> None:
    draft = _draft("Velo Bart verkoopt tweedehands kettingen als nieuwe. Mijn neef zegt dat die prijzen te laag zijn.")
    assert "fietsbel" not in draft
    assert "tweedehands kettingen" in draft


def test_the_statement_naming_the_business_is_the_claim_not_the_grounds_said_after_it() -> None:
    draft = _draft("Velo Bart zet overal goedkope remblokken op. Een vriend zegt dat hij dat zelf gezien heeft.")
    assert "goedkope remblokken" in draft
    assert "zelf gezien" not in draft
