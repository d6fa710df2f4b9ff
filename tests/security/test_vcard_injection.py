"""Attack: a member writes a bare carriage return into their own directory entry, and every
colleague who downloads a vCard with that entry gets a forged contact card besides the real one."""

import importlib

import pytest
import vobject
from django import forms
from django.apps import apps
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse

from crimex_portal.accounts import roles
from directory.models import Contact
from tests.factories import ContactFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db

# Outlook and several phone address books end a line at a bare CR: the card "ends" and a new
# one, made up by the attacker, begins.
FORGED = "\rEND:VCARD\rBEGIN:VCARD\rVERSION:3.0\rFN:Forged Contact\rEMAIL:phish@evil.invalid"
SHORT_FORGED = "\rEND:VCARD\rBEGIN:VCARD\rFN:Forged"  # fits a phone number's 40 characters
CONTROL_PAYLOADS = [
    SHORT_FORGED,
    "Judge\nEND:VCARD",
    "Judge\r\nX",
    "Judge\tX",
    "Judge\x1bX",
    "A\u2028B",
]


@pytest.fixture
def owner(db):
    return UserFactory(roles=[roles.MEMBER], two_factor=True)


def own_entry_data(contact: Contact, **changes) -> dict:
    return {
        "title": contact.title,
        "function": contact.function,
        "email": contact.email,
        "phone": contact.phone,
        "mobile": "",
        "address": "",
        "languages": [],
        **changes,
    }


@pytest.mark.parametrize("field", ["title", "function", "email", "phone", "mobile"])
@pytest.mark.parametrize("payload", CONTROL_PAYLOADS[:3])
def test_own_entry_refuses_control_characters_in_every_single_line_field(
    client, owner, pgos, morocco, field, payload
):
    contact = ContactFactory(organisation=pgos, country=morocco, user=owner)
    value = f"x@example.invalid{payload}" if field == "email" else f"Judge{payload}"
    log_in_with_two_factor(client, owner)

    response = client.post(reverse("directory:my_entry"), own_entry_data(contact, **{field: value}))

    assert response.status_code == 200  # the form again, with its error
    assert "single line" in str(response.context["form"].errors[field])
    contact.refresh_from_db()
    assert "Forged" not in getattr(contact, field)
    assert "END:VCARD" not in getattr(contact, field)


def test_own_entry_keeps_line_breaks_in_the_address(client, owner, pgos, morocco):
    """The address is a text area: lines are what it holds."""
    contact = ContactFactory(organisation=pgos, country=morocco, user=owner)
    log_in_with_two_factor(client, owner)
    client.post(
        reverse("directory:my_entry"),
        own_entry_data(contact, address="1 Court Street\r\nRabat"),
    )
    contact.refresh_from_db()
    assert contact.address.splitlines() == ["1 Court Street", "Rabat"]


def single_line_fields(form_class: type[forms.BaseForm]) -> dict[str, forms.Field]:
    return {
        name: field
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.CharField)
        and not isinstance(field.widget, forms.Textarea | forms.PasswordInput)
    }


def portal_form_classes() -> list[type[forms.BaseForm]]:
    """Every form class defined in a forms module of the portal's own apps."""
    found = []
    for config in apps.get_app_configs():
        if config.name.split(".")[0] not in {
            "crimex_portal",
            "directory",
            "sessions",
            "actionplans",
            "fiches",
        }:
            continue
        try:
            module = importlib.import_module(f"{config.name}.forms")
        except ModuleNotFoundError:
            continue
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, forms.BaseForm)
            and value.__module__ == module.__name__
            and getattr(value, "base_fields", None)
        ]
    return found


def admin_form_classes() -> list[type[forms.BaseForm]]:
    request = RequestFactory().get("/")
    request.user = UserFactory(is_staff=True, is_superuser=True)
    found = []
    for model_admin in admin.site._registry.values():
        found.append(model_admin.get_form(request))
        found += [
            inline.get_formset(request).form for inline in model_admin.get_inline_instances(request)
        ]
    return found


def refusal_codes(field: forms.Field, payload: str) -> list[str]:
    try:
        field.clean(payload)
    except ValidationError as error:
        return [each.code for each in error.error_list]
    return []


def test_every_single_line_field_of_the_portal_and_the_admin_refuses_control_characters():
    checked = 0
    unguarded = []
    for form_class in [*portal_form_classes(), *admin_form_classes()]:
        for name, field in single_line_fields(form_class).items():
            for payload in CONTROL_PAYLOADS:
                checked += 1
                if "control_characters" not in refusal_codes(field, f"Judge{payload}"):
                    unguarded.append(f"{form_class.__name__}.{name}: {payload!r}")
    assert checked > 500  # the admin's translated fields and the portal's forms were all seen
    assert unguarded == []


def test_text_areas_keep_their_line_breaks():
    field = forms.CharField(widget=forms.Textarea)
    assert field.clean("first line\r\nsecond line") == "first line\r\nsecond line"
    assert forms.CharField().clean("Procureur général — النيابة العامة") == (
        "Procureur général — النيابة العامة"
    )


@pytest.mark.parametrize(
    "url_name", ["directory:contact_vcf", "directory:search_vcf"], ids=["one", "search"]
)
def test_a_payload_stored_directly_still_gives_one_card_per_contact(
    client, pgos, morocco, url_name
):
    """Data that reached the database some other way (an import, an old row) cannot forge a
    card either: the vCard writer escapes every control character."""
    poisoned = ContactFactory(
        name_en=f"Rami Testcase{FORGED}",
        title=f"Judge{SHORT_FORGED}",
        function_en=f"Prosecutor{FORGED}",
        organisation=pgos,
        country=morocco,
        email="rami@example.invalid",
        phone=f"+212 00{SHORT_FORGED}",
        mobile="+212 99\x0bEND:VCARD\x0cBEGIN:\x1cFN:X\x85\u2028Y",
        address=f"1 Court Street{FORGED}",
    )
    plain = ContactFactory(name_en="Salma Testcase", organisation=pgos, country=morocco)
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)

    if url_name == "directory:contact_vcf":
        content = client.get(reverse(url_name, args=[poisoned.pk])).content.decode()
        expected = 1
    else:
        content = client.get(reverse(url_name), {"q": "testcase"}).content.decode()
        expected = 2

    cards = list(vobject.readComponents(content))
    assert len(cards) == expected
    assert content.split("\r\n").count("BEGIN:VCARD") == expected
    assert all(line.startswith((" ", "\t")) or ":" in line for line in content.split("\r\n")[:-1])
    assert "\r" not in content.replace("\r\n", "")  # no bare CR, no bare LF left
    assert "\n" not in content.replace("\r\n", "")
    by_uid = {card.uid.value: card for card in cards}
    card = by_uid[f"crimex-contact-{poisoned.pk}"]
    newline = FORGED.replace("\r", "\n")
    assert card.fn.value == f"Rami Testcase{newline}"
    assert card.title.value == f"Prosecutor{newline}"
    assert card.email.value == "rami@example.invalid"
    phones = {tel.value for tel in card.contents["tel"]}
    assert f"+212 00{SHORT_FORGED.replace(chr(13), chr(10))}" in phones
    assert "END:VCARD" in next(phone for phone in phones if phone.startswith("+212 99"))
    assert card.adr.value.street == f"1 Court Street{newline}"
    if expected == 2:
        assert by_uid[f"crimex-contact-{plain.pk}"].fn.value == "Salma Testcase"
    assert all(card.fn.value != "Forged Contact" for card in cards)
