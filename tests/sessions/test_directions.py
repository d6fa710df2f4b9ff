"""The session page in Arabic (issue 16): the calendar button isolates ".ics", and its label
stays its own (the export form beside it keeps "Export PDF")."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from crimex_portal.accounts import roles
from tests.factories import SessionFactory, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


def test_the_calendar_button_isolates_ics_and_leaves_the_export_label_alone(client):
    coordinator = UserFactory(roles=[roles.MEMBER, roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)
    session = SessionFactory()
    with translation.override("ar"):
        page = client.get(session.get_absolute_url()).content.decode()
        export_label = gettext("Export PDF")
        calendar_label = gettext("Add to my calendar (.ics)")

    assert '<bdi dir="ltr">.ics</bdi>' in page
    assert page.count(calendar_label.split("(")[0].strip()) == 1
    assert export_label in page
