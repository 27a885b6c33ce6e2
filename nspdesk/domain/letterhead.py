"""Who sends a document and to whom: the sender's letterhead data and a postal addressee.

The sender's footer carries what § 35a GmbHG (and § 80 AktG, § 125a HGB for other legal forms)
requires on business letters: legal form, seat, register court and number, managing directors; the
VAT ID and the bank account are customary. Texts are plain: the documents escape them.
"""

from __future__ import annotations

from dataclasses import dataclass

from nspdesk.domain.fields import Fields

# Countries written as the last address line only when the letter leaves Germany (DIN 5008).
_DOMESTIC = frozenset({"", "de", "deu", "deutschland", "germany"})


@dataclass(frozen=True)
class Sender:
    company: str  # the full name including the legal form, e.g. "Beispiel IT-Systemhaus GmbH"
    legal_form: str
    street: str
    postal_code: str
    city: str  # also the seat of the company unless ``seat`` says otherwise
    country: str = "Deutschland"
    phone: str = ""
    email: str = ""
    web: str = ""
    register_court: str = ""
    register_number: str = ""
    managing_directors: tuple[str, ...] = ()
    vat_id: str = ""
    bank_name: str = ""
    iban: str = ""
    bic: str = ""
    seat: str = ""  # Sitz der Gesellschaft, when it differs from ``city``
    # Who signs when the person printing gives no name of their own (see ``signer_for``).
    signer_name: str = ""
    signer_function: str = ""

    @property
    def return_address(self) -> str:
        """The one-line sender address above the window (Rücksendeangabe)."""
        return " · ".join(
            part for part in (self.company, self.street, f"{self.postal_code} {self.city}") if part
        )


def demo_sender() -> Sender:
    """A clearly fictitious company for demos and for documents made without a configured sender."""
    return Sender(
        company="Beispiel IT-Systemhaus GmbH",
        legal_form="GmbH",
        street="Musterstraße 12",
        postal_code="12345",
        city="Musterstadt",
        phone="+49 1234 56789-0",
        email="vertrieb@beispiel-it.example",
        web="www.beispiel-it.example",
        register_court="Amtsgericht Musterstadt",
        register_number="HRB 12345",
        managing_directors=("Erika Mustermann", "Max Mustermann"),
        vat_id="DE000000000",
        bank_name="Musterbank Musterstadt",
        iban="DE89 3704 0044 0532 0130 00",  # the well-known example IBAN
        bic="MUSTDEXXXXX",
    )


@dataclass(frozen=True)
class Addressee:
    """A postal address as DIN 5008 writes it in the address field."""

    company: str
    contact: str = ""  # the person, e.g. "Frau Dr. Anna Schmidt"
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""  # empty or Germany: not printed

    def lines(self) -> tuple[str, ...]:
        """The address lines, top to bottom, without empty ones."""
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        country = "" if self.country.strip().lower() in _DOMESTIC else self.country.upper()
        return tuple(
            line for line in (self.company, self.contact, self.street, town, country) if line
        )


@dataclass(frozen=True)
class Signer:
    """The person below the closing of a letter: name, and function below it (DIN 5008)."""

    name: str = ""
    function: str = ""


DIRECTOR_FUNCTION = "Geschäftsführung"


def signer_for(sender: Sender, name: str = "", function: str = "") -> Signer:
    """Who signs a letter of ``sender``: the person printing it (the sales rep signs their own
    quotes: their name and function), else the letterhead's default signer, else the first
    managing director, else nobody (only the company name stands below the closing).

    A function belongs to its name: the letterhead's function never goes below another name.
    """
    if name.strip():
        return Signer(name.strip(), function.strip())
    if sender.signer_name.strip():
        return Signer(sender.signer_name.strip(), sender.signer_function.strip())
    if sender.managing_directors:
        return Signer(sender.managing_directors[0], DIRECTOR_FUNCTION)
    return Signer()


def sender_from_json(fields: Fields) -> Sender:
    """``{"company", "street", "postal_code", "city", ...}``; every other key is optional."""
    directors = fields.text_list("managing_directors", default=[])
    sender = Sender(
        company=fields.text("company"),
        legal_form=fields.text("legal_form", default="", allow_empty=True),
        street=fields.text("street"),
        postal_code=fields.text("postal_code"),
        city=fields.text("city"),
        country=fields.text("country", default="Deutschland", allow_empty=True),
        phone=_optional(fields, "phone"),
        email=_optional(fields, "email"),
        web=_optional(fields, "web"),
        register_court=_optional(fields, "register_court"),
        register_number=_optional(fields, "register_number"),
        managing_directors=tuple(directors),
        vat_id=_optional(fields, "vat_id"),
        bank_name=_optional(fields, "bank_name"),
        iban=_optional(fields, "iban"),
        bic=_optional(fields, "bic"),
        seat=_optional(fields, "seat"),
        signer_name=_optional(fields, "signer_name"),
        signer_function=_optional(fields, "signer_function"),
    )
    fields.finish()
    return sender


def addressee_from_json(fields: Fields, name_key: str = "company") -> Addressee:
    """An address object; ``name_key`` is the key of its first line (``name`` for a partner)."""
    addressee = Addressee(
        company=fields.text(name_key),
        contact=contact_from_json(fields),
        street=_optional(fields, "street"),
        postal_code=_optional(fields, "postal_code"),
        city=_optional(fields, "city"),
        country=_optional(fields, "country"),
    )
    fields.finish()
    return addressee


def _optional(fields: Fields, name: str) -> str:
    return fields.text(name, default="", allow_empty=True).strip()


# A contact's salutation ("Anrede"): "" when it is not known or the person is neither (divers).
SALUTATIONS = ("Frau", "Herr")
SALUTATION_CHOICES = frozenset({"", *SALUTATIONS})


def addressed_name(name: str, salutation: str = "", title: str = "") -> str:
    """A person as the address field writes them (DIN 5008): "Frau Dr. Anna Hansen".

    A name already written with its salutation or title ("Frau Anna Hansen", as contacts were
    entered before they had fields of their own) does not get them twice.
    """
    words = name.split()
    parts = []
    if salutation in SALUTATIONS and not (words and words[0] in SALUTATIONS):
        parts.append(salutation)
    title_words = title.split()
    if title_words and not all(word in words for word in title_words):
        parts.append(" ".join(title_words))
    return " ".join([*parts, *words])


def contact_from_json(fields: Fields) -> str:
    """``contact``: a text ("Frau Dr. Anna Hansen") or an object ``{"name", "salutation"?,
    "title"?}`` (salutation "Frau", "Herr" or "": not known), as the address field writes it."""
    if not fields.is_table("contact"):
        return _optional(fields, "contact")
    person = fields.table("contact")
    name = _optional(person, "name")
    chosen = _optional(person, "salutation")
    if chosen not in SALUTATION_CHOICES:
        person.fail("salutation", f"unbekannte Anrede „{chosen}“ (erlaubt: Frau, Herr oder leer)")
    title = _optional(person, "title")
    person.finish()
    return addressed_name(name, chosen, title)


def salutation(contact: str) -> str:
    """The German letter salutation for a contact such as "Frau Dr. Anna Schmidt": "Sehr geehrte
    Frau Dr. Schmidt,"; "Sehr geehrte Damen und Herren," when the salutation is not known.

    The surname is the last word with a particle before it ("Anna von Hansen": "von Hansen");
    academic titles (words ending in a full stop) stay before it.
    """
    words = contact.split()
    if len(words) < 2 or words[0] not in SALUTATIONS:
        return "Sehr geehrte Damen und Herren,"
    rest = words[1:]
    titles = [w for w in rest[:-1] if w.endswith(".")]
    names = [w for w in rest if not w.endswith(".")] or rest[-1:]
    surname = names[-1:]
    for word in reversed(names[:-1]):  # "von", "van der", "zu": lower-case particles stay
        if not word[:1].islower():
            break
        surname.insert(0, word)
    greeting = "Sehr geehrte Frau" if words[0] == "Frau" else "Sehr geehrter Herr"
    return f"{greeting} {' '.join([*titles, *surname])},"
