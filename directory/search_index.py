"""What the portal-wide search finds of the directory, never more than the pages show: the
organisations, and the entries members may open (consented ones; the others for PMT only) by
name, title, function and organisation, never by a personal field."""

from django.urls import reverse

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, language_entries, register
from directory.models import Contact, Organisation

MEMBERS = SearchDocument.Visibility.MEMBERS


def _organisation_entries(organisation: Organisation):
    return language_entries(
        organisation,
        title=lambda: (
            f"{organisation.name} ({organisation.acronym})"
            if organisation.acronym
            else organisation.name
        ),
        fields=("name",),
        extra=lambda language: [organisation.acronym] if language == "en" else [],
        url=reverse("directory:organisation", kwargs={"pk": organisation.pk}),
        visibility=MEMBERS,
        country=organisation.country.iso_code if organisation.country_id else "",
    )


def _contact_entries(contact: Contact):
    organisation = contact.organisation if contact.organisation_id else None
    consented = contact.consent_date is not None
    return language_entries(
        contact,
        title=lambda: contact.name,
        fields=("name", "title", "function"),
        extra=lambda language: [
            getattr(organisation, f"name_{language}", "") if organisation else "",
            organisation.acronym if organisation and language == "en" else "",
        ],
        url=contact.get_absolute_url(),
        visibility=MEMBERS if consented else SearchDocument.Visibility.PERMISSION,
        permission="" if consented else "directory.change_contact",
        country=contact.country.iso_code if contact.country_id else "",
    )


register(
    Indexer(
        model=Organisation,
        kind="directory",
        queryset=lambda: Organisation.objects.select_related("country"),
        entries=_organisation_entries,
    )
)
register(
    Indexer(
        model=Contact,
        kind="directory",
        queryset=lambda: Contact.objects.select_related("organisation", "country"),
        entries=_contact_entries,
        depends_on={Organisation: lambda organisation: organisation.contacts.all()},
    )
)
