"""A clearly fictional demo directory, and generated contacts for performance work.

Every person here is invented: surnames "Exemple", "Fictif" or "Demo" ("مثال", "وهمي",
"تجريبي"), e-mail addresses under the reserved .invalid top-level domain, telephone numbers of
the form "+<calling code> 00 00 00 0NN", and `is_demo` set so that the portal shows a warning.
National contacts belong to the prosecutors general offices ("PGOs") with their country set: no
national body is invented.
"""

import dataclasses
import datetime
import random
import unicodedata
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from crimex_portal.seeding import SeedTally, translated, upsert
from directory import seed_data
from directory.models import (
    Contact,
    ContactRole,
    Country,
    CrimeArea,
    Language,
    Organisation,
    Visibility,
)

NATIONAL_ORGANISATION = "PGOs"
GENERATED_EMAIL_DOMAIN = "generated.invalid"
GENERATED_BATCH_SIZE = 1000
GENERATED_MAX = 200_000

SURNAMES_AR = {"Exemple": "مثال", "Fictif": "وهمي", "Demo": "تجريبي"}
SURNAMES = tuple(SURNAMES_AR)

CALLING_CODES = {
    # South Partner Countries
    "DZ": "213",
    "EG": "20",
    "IL": "972",
    "JO": "962",
    "LB": "961",
    "LY": "218",
    "MA": "212",
    "PS": "970",
    "TN": "216",
    # EU Member States
    "AT": "43",
    "BE": "32",
    "BG": "359",
    "HR": "385",
    "CY": "357",
    "CZ": "420",
    "DK": "45",
    "EE": "372",
    "FI": "358",
    "FR": "33",
    "DE": "49",
    "GR": "30",
    "HU": "36",
    "IE": "353",
    "IT": "39",
    "LV": "371",
    "LT": "370",
    "LU": "352",
    "MT": "356",
    "NL": "31",
    "PL": "48",
    "PT": "351",
    "RO": "40",
    "SK": "421",
    "SI": "386",
    "ES": "34",
    "SE": "46",
}


@dataclasses.dataclass(frozen=True)
class Person:
    given_name: str
    given_name_ar: str  # Arabic script; empty outside the South Partner Countries
    gender: str  # "f" or "m": the grammatical gender of the title and the function
    extra_languages: tuple[str, ...] = ()


# Per South Partner Country: the languages its contacts speak, and four invented people who hold
# the four NATIONAL_POSTS below, in that order.
SOUTH_PARTNER_PEOPLE: dict[str, dict] = {
    "DZ": {
        "languages": ("ar", "fr"),
        "people": (
            Person("Karim", "كريم", "m"),
            Person("Nadia", "نادية", "f"),
            Person("Yacine", "ياسين", "m", ("en",)),
            Person("Samira", "سميرة", "f"),
        ),
    },
    "EG": {
        "languages": ("ar", "en"),
        "people": (
            Person("Ahmed", "أحمد", "m"),
            Person("Mona", "منى", "f", ("fr",)),
            Person("Tarek", "طارق", "m"),
            Person("Heba", "هبة", "f"),
        ),
    },
    "IL": {
        "languages": ("he", "en"),
        "people": (
            Person("Noa", "نوعا", "f"),
            Person("Eitan", "إيتان", "m"),
            Person("Yael", "ياعيل", "f", ("ar",)),
            Person("Avi", "آفي", "m"),
        ),
    },
    "JO": {
        "languages": ("ar", "en"),
        "people": (
            Person("Rami", "رامي", "m"),
            Person("Lina", "لينا", "f"),
            Person("Omar", "عمر", "m"),
            Person("Dana", "دانة", "f", ("fr",)),
        ),
    },
    "LB": {
        "languages": ("ar", "en", "fr"),
        "people": (
            Person("Ziad", "زياد", "m"),
            Person("Rana", "رنا", "f"),
            Person("Nabil", "نبيل", "m"),
            Person("Maya", "مايا", "f"),
        ),
    },
    "LY": {
        "languages": ("ar", "en"),
        "people": (
            Person("Salem", "سالم", "m", ("it",)),
            Person("Fatima", "فاطمة", "f"),
            Person("Khaled", "خالد", "m"),
            Person("Aisha", "عائشة", "f"),
        ),
    },
    "MA": {
        "languages": ("ar", "fr"),
        "people": (
            Person("Amal", "أمل", "f"),
            # The issue's acceptance case: a French-speaking asset-recovery contact in Morocco.
            Person("Youssef", "يوسف", "m", ("es",)),
            Person("Khadija", "خديجة", "f", ("en",)),
            Person("Hamza", "حمزة", "m"),
        ),
    },
    "PS": {
        "languages": ("ar", "en"),
        "people": (
            Person("Samer", "سامر", "m"),
            Person("Rania", "رانيا", "f"),
            Person("Issa", "عيسى", "m", ("fr",)),
            Person("Nour", "نور", "f"),
        ),
    },
    "TN": {
        "languages": ("ar", "fr"),
        "people": (
            Person("Sami", "سامي", "m"),
            Person("Leila", "ليلى", "f", ("it",)),
            Person("Mehdi", "مهدي", "m", ("en",)),
            Person("Ines", "إيناس", "f"),
        ),
    },
}


# The titles the demo entries use, in each language and grammatical gender.
TITLES: dict[str, dict[str, dict[str, str]]] = {
    "Mr.": {"m": {"en": "Mr.", "fr": "M.", "ar": "السيد"}},
    "Ms.": {"f": {"en": "Ms.", "fr": "Mme", "ar": "السيدة"}},
    "Judge": {
        "m": {"en": "Judge", "fr": "Juge", "ar": "القاضي"},
        "f": {"en": "Judge", "fr": "Juge", "ar": "القاضية"},
    },
    "Commissioner": {
        "m": {"en": "Commissioner", "fr": "Commissaire", "ar": "المفوض"},
        "f": {"en": "Commissioner", "fr": "Commissaire", "ar": "المفوضة"},
    },
    "Prosecutor": {
        "m": {"en": "Prosecutor", "fr": "Procureur", "ar": "وكيل النيابة"},
        "f": {"en": "Prosecutor", "fr": "Procureure", "ar": "وكيلة النيابة"},
    },
}


def translated_title(title: str, gender: str) -> dict[str, str]:
    """The title_en/title_fr/title_ar values of an English title."""
    if not title:
        return translated("title", {"en": ""})
    return translated("title", TITLES[title][gender])


@dataclasses.dataclass(frozen=True)
class Post:
    roles: tuple[str, ...]
    specialisations: tuple[str, ...]  # one more is added from CRIME_AREAS in turn
    title: dict[str, str]  # by grammatical gender
    function: dict[str, dict[str, str]]  # by grammatical gender, then language
    urgent: bool = False


NATIONAL_POSTS: tuple[Post, ...] = (
    Post(
        roles=("central-authority", "crimex-member"),
        specialisations=(),
        title={"f": "Prosecutor", "m": "Prosecutor"},
        function={
            "f": {
                "en": "Deputy Prosecutor General, international cooperation unit",
                "fr": "Procureure générale adjointe, unité de coopération internationale",
                "ar": "نائبة النائب العام، وحدة التعاون الدولي",
            },
            "m": {
                "en": "Deputy Prosecutor General, international cooperation unit",
                "fr": "Procureur général adjoint, unité de coopération internationale",
                "ar": "نائب النائب العام، وحدة التعاون الدولي",
            },
        },
    ),
    Post(
        roles=("asset-recovery",),
        specialisations=("confiscation-and-asset-recovery",),
        title={"f": "Ms.", "m": "Mr."},
        function={
            "f": {
                "en": "Head of the asset recovery unit (CARIN contact)",
                "fr": "Cheffe de la cellule de recouvrement des avoirs (contact CARIN)",
                "ar": "رئيسة وحدة استرداد الأصول (جهة اتصال CARIN)",
            },
            "m": {
                "en": "Head of the asset recovery unit (CARIN contact)",
                "fr": "Chef de la cellule de recouvrement des avoirs (contact CARIN)",
                "ar": "رئيس وحدة استرداد الأصول (جهة اتصال CARIN)",
            },
        },
    ),
    Post(
        roles=("cybercrime-24-7",),
        specialisations=("cybercrime",),
        title={"f": "Prosecutor", "m": "Prosecutor"},
        function={
            "f": {
                "en": "Prosecutor, cybercrime unit (24/7 point of contact)",
                "fr": (
                    "Procureure, unité de lutte contre la cybercriminalité (point de contact 24/7)"
                ),
                "ar": "وكيلة النيابة، وحدة مكافحة الجرائم السيبرانية (جهة اتصال على مدار الساعة)",
            },
            "m": {
                "en": "Prosecutor, cybercrime unit (24/7 point of contact)",
                "fr": (
                    "Procureur, unité de lutte contre la cybercriminalité (point de contact 24/7)"
                ),
                "ar": "وكيل النيابة، وحدة مكافحة الجرائم السيبرانية (جهة اتصال على مدار الساعة)",
            },
        },
        urgent=True,
    ),
    Post(
        roles=("emj-contact-point",),
        specialisations=(),
        title={"f": "Judge", "m": "Judge"},
        function={
            "f": {
                "en": "Judge, international judicial cooperation department (EMJNet contact point)",
                "fr": (
                    "Juge, département de l’entraide judiciaire internationale (point de contact "
                    "EMJNet)"
                ),
                "ar": "قاضية، إدارة التعاون القضائي الدولي (جهة اتصال EMJNet)",
            },
            "m": {
                "en": "Judge, international judicial cooperation department (EMJNet contact point)",
                "fr": (
                    "Juge, département de l’entraide judiciaire internationale (point de contact "
                    "EMJNet)"
                ),
                "ar": "قاضٍ، إدارة التعاون القضائي الدولي (جهة اتصال EMJNet)",
            },
        },
    ),
)


@dataclasses.dataclass(frozen=True)
class InternationalPerson:
    given_name: str
    surname: str
    seat: str  # ISO code of an EU Member State, kept constant per organisation
    gender: str
    title: str
    function: dict[str, str]
    languages: tuple[str, ...]
    roles: tuple[str, ...] = ()
    specialisations: tuple[str, ...] = ()
    urgent: bool = False


# One invented person for every international organisation of seed_data.ORGANISATIONS except
# "PGOs". Seats: where the body sits, or Belgium when it has no seat in the EU.
INTERNATIONAL_PEOPLE: dict[str, InternationalPerson] = {
    "EMJ": InternationalPerson(
        "Sofia",
        "Demo",
        "ES",
        "f",
        "Ms.",
        {
            "en": "Key expert in criminal justice",
            "fr": "Experte principale en justice pénale",
            "ar": "خبيرة رئيسية في العدالة الجنائية",
        },
        ("es", "en", "fr"),
        ("emj-contact-point",),
        ("money-laundering", "terrorism"),
    ),
    "CrimEx": InternationalPerson(
        "Javier",
        "Fictif",
        "ES",
        "m",
        "Mr.",
        {
            "en": "Secretariat of the Expert Group",
            "fr": "Secrétariat du groupe d’experts",
            "ar": "أمانة فريق الخبراء",
        },
        ("es", "en", "fr"),
        ("crimex-member",),
        ("criminal-analysis",),
    ),
    "EMJNet": InternationalPerson(
        "Lucia",
        "Exemple",
        "ES",
        "f",
        "Ms.",
        {
            "en": "Coordinator of the network of contact points",
            "fr": "Coordinatrice du réseau de points de contact",
            "ar": "منسقة شبكة جهات الاتصال",
        },
        ("es", "en", "fr", "ar"),
        ("emj-contact-point",),
        ("smuggling-of-migrants",),
    ),
    "Eurojust": InternationalPerson(
        "Pieter",
        "Exemple",
        "NL",
        "m",
        "Mr.",
        {
            "en": "Seconded national expert, judicial cooperation with third States",
            "fr": "Expert national détaché, coopération judiciaire avec les États tiers",
            "ar": "خبير وطني منتدب، التعاون القضائي مع الدول الثالثة",
        },
        ("en", "fr", "de"),
        ("eurojust-contact-point",),
        ("terrorism", "drug-trafficking"),
    ),
    "Eurojust ATT": InternationalPerson(
        "Anouk",
        "Fictif",
        "NL",
        "f",
        "Ms.",
        {
            "en": "Member of the Anti-Trafficking Team",
            "fr": "Membre de l’équipe de lutte contre la traite des êtres humains",
            "ar": "عضوة في فريق مكافحة الاتجار بالبشر",
        },
        ("en", "fr"),
        ("eurojust-contact-point",),
        ("trafficking-in-human-beings", "irregular-migration-and-human-trafficking"),
    ),
    "Eurojust Ec. Crime": InternationalPerson(
        "Joost",
        "Demo",
        "NL",
        "m",
        "Mr.",
        {
            "en": "Member of the Economic Crime Team",
            "fr": "Membre de l’équipe « criminalité économique »",
            "ar": "عضو في فريق الجرائم الاقتصادية",
        },
        ("en", "de"),
        ("eurojust-contact-point",),
        ("money-laundering", "financial-investigations", "confiscation-and-asset-recovery"),
    ),
    "Europol": InternationalPerson(
        "Sanne",
        "Exemple",
        "NL",
        "f",
        "Commissioner",
        {
            "en": "Criminal analyst, cybercrime centre (24/7 duty)",
            "fr": (
                "Analyste criminelle, centre de lutte contre la cybercriminalité (permanence 24/7)"
            ),
            "ar": "محللة جنائية، مركز مكافحة الجرائم السيبرانية (مناوبة على مدار الساعة)",
        },
        ("en", "fr"),
        ("cybercrime-24-7",),
        ("cybercrime", "criminal-analysis"),
        urgent=True,
    ),
    "EJN": InternationalPerson(
        "Maarten",
        "Fictif",
        "NL",
        "m",
        "Mr.",
        {
            "en": "Secretariat, support to the contact points",
            "fr": "Secrétariat, appui aux points de contact",
            "ar": "الأمانة، دعم جهات الاتصال",
        },
        ("en", "fr", "de"),
        ("ejn-contact-point",),
        ("document-fraud",),
    ),
    "EJTN": InternationalPerson(
        "Elise",
        "Demo",
        "BE",
        "f",
        "Ms.",
        {
            "en": "Training programme manager",
            "fr": "Responsable de programmes de formation",
            "ar": "مديرة برامج التدريب",
        },
        ("fr", "en"),
        (),
        ("criminal-analysis",),
    ),
    "EU Prosecutor Focus Group": InternationalPerson(
        "Ruben",
        "Exemple",
        "NL",
        "m",
        "Prosecutor",
        {
            "en": "Prosecutor, member of the focus group",
            "fr": "Procureur, membre du groupe thématique",
            "ar": "وكيل النيابة، عضو في الفريق المتخصص",
        },
        ("en", "de"),
        ("ejn-contact-point",),
        ("trafficking-in-human-beings",),
    ),
    "EuroMed Police": InternationalPerson(
        "Zsofia",
        "Fictif",
        "HU",
        "f",
        "Commissioner",
        {
            "en": "Police cooperation officer",
            "fr": "Chargée de coopération policière",
            "ar": "مسؤولة التعاون الشرطي",
        },
        ("en", "de"),
        (),
        ("drug-trafficking", "firearms-trafficking"),
    ),
    "UNODC": InternationalPerson(
        "Lukas",
        "Demo",
        "AT",
        "m",
        "Mr.",
        {
            "en": "Crime prevention and criminal justice officer",
            "fr": "Spécialiste de la prévention du crime et de la justice pénale",
            "ar": "موظف منع الجريمة والعدالة الجنائية",
        },
        ("de", "en", "fr"),
        (),
        ("smuggling-of-migrants", "firearms-trafficking", "drug-trafficking"),
    ),
    "UN-CTED": InternationalPerson(
        "Camille",
        "Exemple",
        "BE",
        "f",
        "Ms.",
        {
            "en": "Legal officer",
            "fr": "Juriste",
            "ar": "موظفة قانونية",
        },
        ("fr", "en"),
        (),
        ("terrorism",),
    ),
    "INTERPOL": InternationalPerson(
        "Julien",
        "Fictif",
        "FR",
        "m",
        "Commissioner",
        {
            "en": "Liaison officer, notices and diffusions (24/7 command centre)",
            "fr": "Officier de liaison, notices et diffusions (centre de commandement 24/7)",
            "ar": "ضابط اتصال، النشرات والتعاميم (مركز القيادة على مدار الساعة)",
        },
        ("fr", "en", "es"),
        (),
        ("firearms-trafficking", "document-fraud", "border-controls"),
        urgent=True,
    ),
    "CoE-CDPC": InternationalPerson(
        "Claire",
        "Demo",
        "FR",
        "f",
        "Ms.",
        {
            "en": "Secretary of the committee",
            "fr": "Secrétaire du comité",
            "ar": "أمينة اللجنة",
        },
        ("fr", "en", "de"),
        (),
        ("cybercrime", "money-laundering"),
    ),
    "IAP": InternationalPerson(
        "Thomas",
        "Exemple",
        "NL",
        "m",
        "Mr.",
        {
            "en": "Programme officer",
            "fr": "Chargé de programme",
            "ar": "مسؤول البرامج",
        },
        ("en", "fr"),
        (),
        ("terrorism", "border-controls"),
    ),
    "CARIN": InternationalPerson(
        "Eva",
        "Fictif",
        "NL",
        "f",
        "Ms.",
        {
            "en": "Secretariat of the asset recovery network",
            "fr": "Secrétariat du réseau de recouvrement des avoirs",
            "ar": "أمانة شبكة استرداد الأصول",
        },
        ("en", "de", "fr"),
        ("asset-recovery",),
        ("confiscation-and-asset-recovery", "money-laundering"),
    ),
    "EAJTN": InternationalPerson(
        "Mathilde",
        "Demo",
        "BE",
        "f",
        "Ms.",
        {
            "en": "Training coordinator",
            "fr": "Coordinatrice de la formation",
            "ar": "منسقة التدريب",
        },
        ("fr", "en", "ar"),
        (),
        ("financial-investigations",),
    ),
}


@dataclasses.dataclass(frozen=True)
class DemoContact:
    """One entry of the demo directory, before it meets the database."""

    name: str
    name_ar: str
    title: str  # in English: TITLES has the others
    gender: str
    function: dict[str, str]
    organisation: str  # acronym
    country: str  # ISO code
    email: str
    phone: str
    roles: tuple[str, ...]
    languages: tuple[str, ...]
    specialisations: tuple[str, ...]
    urgent: bool
    verified_days_ago: int
    mobile: str = ""
    mobile_visibility: str = Visibility.MEMBERS
    address: str = ""
    address_visibility: str = Visibility.MEMBERS


def ascii_slug(text: str) -> str:
    """'Zsófia' -> 'zsofia': the local part of an e-mail address."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


def demo_email(given_name: str, surname: str, iso_code: str) -> str:
    return f"{ascii_slug(given_name)}.{ascii_slug(surname)}@demo-{iso_code.lower()}.invalid"


def fictional_phone(iso_code: str, number: int) -> str:
    """The reserved fictional form "+212 00 00 00 0NN"."""
    return f"+{CALLING_CODES[iso_code]} 00 00 00 0{number % 100:02d}"


def verified_days_ago(index: int) -> int:
    """About one entry in six was last verified more than twelve months ago ("to verify"); the
    others within the last year."""
    if index % 6 == 3:
        return 400 + 23 * (index % 7)
    return 10 + (index * 53) % 340


def _pmt_only_if(condition: bool) -> str:
    return Visibility.PMT if condition else Visibility.MEMBERS


def demo_contacts() -> list[DemoContact]:
    entries: list[DemoContact] = []
    area_slugs = [row["slug"] for row in seed_data.CRIME_AREAS]
    phone_numbers: Counter = Counter()

    def next_phone(iso_code: str) -> str:
        phone_numbers[iso_code] += 1
        return fictional_phone(iso_code, phone_numbers[iso_code])

    spc_codes = [row["iso_code"] for row in seed_data.COUNTRIES if row["group"] == "spc"]
    missing = set(spc_codes) ^ set(SOUTH_PARTNER_PEOPLE)
    if missing:
        raise ValueError(f"Demo directory and seed countries differ: {sorted(missing)}")
    for country_index, iso_code in enumerate(spc_codes):
        country_row = SOUTH_PARTNER_PEOPLE[iso_code]
        country_name = next(r for r in seed_data.COUNTRIES if r["iso_code"] == iso_code)["name"]
        for post_index, (post, person) in enumerate(
            zip(NATIONAL_POSTS, country_row["people"], strict=True)
        ):
            position = country_index * len(NATIONAL_POSTS) + post_index
            surname = SURNAMES[position % len(SURNAMES)]
            rotating_area = area_slugs[position % len(area_slugs)]
            specialisations = tuple(dict.fromkeys((*post.specialisations, rotating_area)))
            entry = DemoContact(
                name=f"{person.given_name} {surname}",
                name_ar=f"{person.given_name_ar} {SURNAMES_AR[surname]}",
                title=post.title[person.gender],
                gender=person.gender,
                function=post.function[person.gender],
                organisation=NATIONAL_ORGANISATION,
                country=iso_code,
                email=demo_email(person.given_name, surname, iso_code),
                phone=next_phone(iso_code),
                roles=post.roles,
                languages=(*country_row["languages"], *person.extra_languages),
                specialisations=specialisations,
                urgent=post.urgent,
                verified_days_ago=verified_days_ago(position),
            )
            if post.urgent:
                # The 24/7 contacts have an on-call mobile, in every other country for PMT only.
                entry = dataclasses.replace(
                    entry,
                    mobile=fictional_phone(iso_code, 50 + post_index),
                    mobile_visibility=_pmt_only_if(country_index % 2 == 1),
                )
            if post_index == 0:
                # The central authority's office address, in one country in three for PMT only.
                entry = dataclasses.replace(
                    entry,
                    address=f"1 Example Street, {country_name['en']} (fictional address)",
                    address_visibility=_pmt_only_if(country_index % 3 == 0),
                )
            entries.append(entry)

    international = [
        row["acronym"]
        for row in seed_data.ORGANISATIONS
        if row["country"] is None and row["acronym"] != NATIONAL_ORGANISATION
    ]
    missing = set(international) ^ set(INTERNATIONAL_PEOPLE)
    if missing:
        raise ValueError(f"Demo directory and seed organisations differ: {sorted(missing)}")
    for acronym in international:
        person = INTERNATIONAL_PEOPLE[acronym]
        position = len(entries)
        entry = DemoContact(
            name=f"{person.given_name} {person.surname}",
            name_ar="",
            title=person.title,
            gender=person.gender,
            function=person.function,
            organisation=acronym,
            country=person.seat,
            email=demo_email(person.given_name, person.surname, person.seat),
            phone=next_phone(person.seat),
            roles=person.roles,
            languages=person.languages,
            specialisations=person.specialisations,
            urgent=person.urgent,
            verified_days_ago=verified_days_ago(position),
        )
        if person.urgent:
            entry = dataclasses.replace(
                entry,
                mobile=fictional_phone(person.seat, 50 + phone_numbers[person.seat]),
                mobile_visibility=Visibility.PMT,
            )
        entries.append(entry)
    return entries


def load_demo_directory(tally: SeedTally) -> None:
    """The demo entries: four per South Partner Country, one per international organisation.

    Verification and consent dates are set when an entry is created and left alone afterwards,
    so that a later run (another day, or after PMT staff verified an entry) changes nothing; an
    entry edited in the portal is kept as it is.
    Skipped where invented people have no place (CRIMEX_DEMO_CONTENT off, as in production).
    """
    if not settings.CRIMEX_DEMO_CONTENT:
        return
    countries = {country.iso_code: country for country in Country.objects.all()}
    organisations = {
        organisation.acronym: organisation for organisation in Organisation.objects.all()
    }
    roles = {role.code: role for role in ContactRole.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    areas = {area.slug: area for area in CrimeArea.objects.all()}
    today = timezone.localdate()
    for entry in demo_contacts():
        names = {"en": entry.name, "fr": entry.name}
        if entry.name_ar:
            names["ar"] = entry.name_ar
        verified = today - datetime.timedelta(days=entry.verified_days_ago)
        upsert(
            Contact,
            lookup={"email": entry.email},
            values={
                **translated("name", names),
                **translated("function", entry.function),
                **translated_title(entry.title, entry.gender),
                "organisation": organisations[entry.organisation],
                "country": countries[entry.country],
                "phone": entry.phone,
                "mobile": entry.mobile,
                "mobile_visibility": entry.mobile_visibility,
                "address": entry.address,
                "address_visibility": entry.address_visibility,
                "handles_urgent_requests": entry.urgent,
                "is_demo": True,
            },
            links={
                "roles": [roles[code] for code in entry.roles],
                "languages": [languages[code] for code in entry.languages],
                "specialisations": [areas[slug] for slug in entry.specialisations],
            },
            initial={
                "last_verified": verified,
                "consent_date": verified - datetime.timedelta(days=30),
            },
            tally=tally,
        )


# --- Generated contacts for performance work ---------------------------------------------------


def generated_contacts():
    return Contact.objects.filter(email__endswith=f"@{GENERATED_EMAIL_DOMAIN}")


def _international_post(person: InternationalPerson) -> Post:
    """The post of an international organisation's demo person, for anyone of their gender."""
    titles = {"f": "Ms.", "m": "Mr."} if person.title in ("Ms.", "Mr.") else None
    return Post(
        roles=person.roles,
        specialisations=person.specialisations,
        title=titles or {person.gender: person.title},
        function={person.gender: person.function},
        urgent=person.urgent,
    )


@dataclasses.dataclass
class _ReferenceRows:
    """What generated contacts are drawn from, read once."""

    countries: list[Country]
    south_partners: list[Country]
    organisations: list[Organisation]
    national: Organisation
    roles: dict[str, ContactRole]
    languages: dict[str, Language]
    areas: dict[str, CrimeArea]
    # The posts of each organisation: the demo directory's, or any international one.
    posts: dict[str | None, list[Post]]
    # Invented people by country, None for anyone outside the South Partner Countries.
    people: dict[str | None, list[Person]]

    @classmethod
    def load(cls) -> "_ReferenceRows":
        organisations = list(Organisation.objects.select_related("country").order_by("acronym"))
        countries = list(Country.objects.order_by("iso_code"))
        posts: dict[str | None, list[Post]] = {NATIONAL_ORGANISATION: list(NATIONAL_POSTS)}
        people: dict[str | None, list[Person]] = {
            iso_code: list(row["people"]) for iso_code, row in SOUTH_PARTNER_PEOPLE.items()
        }
        for acronym, person in INTERNATIONAL_PEOPLE.items():
            posts[acronym] = [_international_post(person)]
            posts.setdefault(None, []).append(posts[acronym][0])
            people.setdefault(None, []).append(
                Person(person.given_name, "", person.gender, person.languages)
            )
        return cls(
            countries=countries,
            south_partners=[c for c in countries if c.group == Country.Group.SOUTH_PARTNER],
            organisations=organisations,
            national=next(o for o in organisations if o.acronym == NATIONAL_ORGANISATION),
            roles={role.code: role for role in ContactRole.objects.order_by("code")},
            languages={language.code: language for language in Language.objects.order_by("code")},
            areas={area.slug: area for area in CrimeArea.objects.order_by("slug")},
            posts=posts,
            people=people,
        )


def _generated_contact(
    number: int, rng: random.Random, rows: _ReferenceRows, today: datetime.date
) -> tuple[Contact, dict[str, list]]:
    """One fictional contact, unsaved, with what its many-to-many relations should hold."""
    # Half the entries at a prosecutors general office, mostly of the South Partner Countries.
    if rng.random() < 0.5:
        organisation = rows.national
        country = rng.choice(rows.south_partners if rng.random() < 0.75 else rows.countries)
    else:
        organisation = rng.choice(rows.organisations)
        country = organisation.country or rng.choice(rows.countries)
    post = rng.choice(rows.posts.get(organisation.acronym) or rows.posts[None])
    people = rows.people.get(country.iso_code) or rows.people[None]
    person = rng.choice([person for person in people if person.gender in post.function])
    surname = rng.choice(SURNAMES)
    roles = {rows.roles[code] for code in post.roles}
    if not roles or rng.random() < 0.3:
        roles.add(rng.choice(list(rows.roles.values())))
    spoken = [
        *SOUTH_PARTNER_PEOPLE.get(country.iso_code, {}).get("languages", ("en",)),
        *person.extra_languages,
    ]
    if rng.random() < 0.3:
        spoken.append(rng.choice(list(rows.languages)))
    areas = [rows.areas[slug] for slug in post.specialisations]
    areas += rng.sample(list(rows.areas.values()), rng.randint(0 if areas else 1, 2))
    verified = today - datetime.timedelta(days=rng.randint(0, 3 * 365))
    name = f"{person.given_name} {surname} {number}"
    contact = Contact(
        **translated("name", {"en": name, "fr": name}),
        **translated("function", post.function[person.gender]),
        **translated_title(post.title.get(person.gender, ""), person.gender),
        organisation=organisation,
        country=country,
        email=f"{ascii_slug(person.given_name)}.{ascii_slug(surname)}.{number}"
        f"@{GENERATED_EMAIL_DOMAIN}",
        mobile_visibility=rng.choice(Visibility.values),
        address_visibility=rng.choice(Visibility.values),
        handles_urgent_requests=post.urgent or rng.random() < 0.05,
        last_verified=verified,
        consent_date=verified - datetime.timedelta(days=rng.randint(0, 90)),
        is_demo=True,
    )
    if person.given_name_ar:
        contact.name_ar = f"{person.given_name_ar} {SURNAMES_AR[surname]} {number}"
    if country.iso_code in CALLING_CODES:
        contact.phone = fictional_phone(country.iso_code, number)
        if rng.random() < 0.5:
            contact.mobile = fictional_phone(country.iso_code, number + 50)
    if rng.random() < 0.4:
        contact.address = f"{number} Example Street (fictional address)"
    # bulk_create does not call save(), which fills the search text and records the English the
    # translations were made from.
    contact.search_text = contact.build_search_text()
    contact.record_translation_sources()
    related = {
        "roles": sorted(roles, key=lambda role: role.code),
        "languages": [rows.languages[code] for code in dict.fromkeys(spoken)],
        "specialisations": list(dict.fromkeys(areas)),
    }
    return contact, related


@transaction.atomic
def generated_contacts_create(*, count: int, rng: random.Random) -> int:
    """Adds `count` fictional contacts with bulk inserts: a handful of queries per thousand."""
    if not 1 <= count <= GENERATED_MAX:
        raise ValueError(f"Between 1 and {GENERATED_MAX} contacts, not {count}.")
    rows = _ReferenceRows.load()
    first_number = generated_contacts().count() + 1
    today = timezone.localdate()
    relations = (Contact.roles, Contact.languages, Contact.specialisations)
    for start in range(first_number, first_number + count, GENERATED_BATCH_SIZE):
        end = min(start + GENERATED_BATCH_SIZE, first_number + count)
        batch = [_generated_contact(number, rng, rows, today) for number in range(start, end)]
        Contact.objects.bulk_create([contact for contact, _related in batch])
        for descriptor in relations:
            field, through = descriptor.field, descriptor.through
            links = [
                through(**{field.m2m_column_name(): contact.pk, field.m2m_reverse_name(): item.pk})
                for contact, related in batch
                for item in related[field.name]
            ]
            # One insert per relation and batch of contacts (the backend splits it only where it
            # limits the parameters of a query, as SQLite does).
            through.objects.bulk_create(links)
    return count
