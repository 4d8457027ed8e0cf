"""Shops that several drafting tests share (their profiles matter to what the draft says)."""

from __future__ import annotations

from app.domain.profile import BusinessProfile

GARAGE = BusinessProfile(
    name="Garage Hofstede",
    kind="autogarage",
    signers=["Wim"],
    voice="wij",
    register="u",
    email="info@garagehofstede.nl",
    phone="0541-223344",
)
GROOMER = BusinessProfile(
    name="Trimsalon Pluis",
    kind="trimsalon",
    signers=["Anke"],
    voice="ik",
    register="je",
    email="anke@trimsalonpluis.nl",
    phone="06-12345678",
)
BISTRO = BusinessProfile(
    name="Bistro De Linde",
    kind="restaurant",
    signers=["Mirjam"],
    voice="wij",
    register="je",
    email="mirjam@bistrodelinde.nl",
    phone="030-7654321",
)
BARBER = BusinessProfile(
    name="Barbershop Lex",
    kind="barbier",
    signers=["Lex"],
    voice="ik",
    register="je",
    email="lex@barbershoplex.nl",
    phone="020-1112233",
)
