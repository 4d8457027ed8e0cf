"""Test businesses that more than one drafting test file uses: one copy each, here. A test that needs one a
little different makes its own with ``dataclasses.replace(PROFILE, field=...)``; a profile only one file
uses stays in that file."""

from __future__ import annotations

from app.domain.profile import BusinessProfile

# A florist that signs as Iris, with phone and email.
BLOEMERIE_IRIS = BusinessProfile(
    name="Bloemerie Iris", kind="bloemist", signers=["Iris"], voice="ik", phone="050-3344556", email="iris@bloem.nl"
)
# A nail studio speaking as 'wij', with phone and email.
NAGELBAR_GLOW = BusinessProfile(
    name="Nagelbar Glow", kind="nagelstudio", signers=["Dewi"], voice="wij", phone="020-6677889", email="hoi@glow.nl"
)
# A dog groomer that signs as Mel, with phone and email.
TRIMSALON_VACHTJE = BusinessProfile(
    name="Trimsalon Vachtje", kind="trimsalon", signers=["Mel"], voice="ik", phone="0513-221100", email="m@vacht.nl"
)
# A car garage speaking as 'wij', with an email address only.
GARAGE_STAM = BusinessProfile(name="Garage Stam", kind="garage", signers=["Wim"], voice="wij", email="wim@stam.nl")
# A snack bar that signs as Ahmet, with phone and email.
SNACKBAR_DE_HOEK = BusinessProfile(
    name="Snackbar De Hoek", kind="snackbar", signers=["Ahmet"], voice="ik", phone="0570-112233", email="a@hoek.nl"
)
# A print shop speaking as 'wij', with phone and email.
PRINTSHOP_LETTERZETTER = BusinessProfile(
    name="Printshop Letterzetter", kind="drukkerij", signers=["Bas"], voice="wij", phone="030-5566", email="b@lz.nl"
)
# An ice-cream parlour speaking as 'wij' and saying 'u', with phone and email.
IJSSALON_VENEZIA = BusinessProfile(
    name="IJssalon Venezia",
    kind="ijssalon",
    signers=["Gino"],
    voice="wij",
    register="u",
    phone="010-4455667",
    email="gino@venezia.nl",
)
# A (Flemish) hairdresser that signs as An, with phone and email.
KAPSALON_KNIP = BusinessProfile(
    name="Kapsalon Knip", kind="kapper", signers=["An"], voice="ik", phone="09-2233445", email="an@knip.be"
)
# A car garage that signs as Henk, with an email address only.
GARAGE_VOS = BusinessProfile(name="Garage Vos", kind="garage", signers=["Henk"], email="info@garagevos.nl")
# A plumber that signs as Bas, with an email address only.
LOODGIETER_SMIT = BusinessProfile(name="Loodgieter Smit", kind="loodgieter", signers=["Bas"], email="bas@smit.nl")
# A dog groomer that signs as Kim, with an email address only.
TRIMSALON_WOLK = BusinessProfile(name="Trimsalon Wolk", kind="trimsalon", signers=["Kim"], email="kim@wolk.nl")
# A pub restaurant that signs as Noor, with an email address only.
EETCAFE_DE_LINDE = BusinessProfile(
    name="Eetcafé De Linde", kind="restaurant", signers=["Noor"], email="info@delinde.nl"
)
# A barber that signs as Ali, with phone and email.
BARBIER_ALI = BusinessProfile(
    name="Barbier Ali", kind="kapper", signers=["Ali"], phone="020-7654321", email="ali@barbier.nl"
)
# A car garage speaking as 'wij' and saying 'je', with phone and email.
GARAGE_DEKKER = BusinessProfile(
    name="Garage Dekker",
    kind="autogarage",
    signers=["Henk"],
    voice="wij",
    register="je",
    email="info@garagedekker.nl",
    phone="0495-654321",
)
# A bookshop that signs as Mirjam and says 'je', with phone and email.
BOEKHANDEL_BLAD = BusinessProfile(
    name="Boekhandel Blad",
    kind="boekhandel",
    signers=["Mirjam"],
    voice="ik",
    register="je",
    email="mirjam@boekhandelblad.nl",
    phone="0575-123456",
)
# A scooter and bike repair shop speaking as 'wij', with a year's warranty.
SCOOTERHUIS_VAN_DAM = BusinessProfile(
    name="Scooterhuis Van Dam",
    kind="fietsenmaker",
    signers=["Bas"],
    voice="wij",
    phone="072-5566778",
    return_terms="een jaar garantie op onderdelen en arbeid",
)
# A bakery speaking as 'wij', with a phone number only.
BAKKERIJ_GRAAN = BusinessProfile(
    name="Bakkerij Graan", kind="bakkerij", signers=["Els"], voice="wij", phone="0513-1122"
)
