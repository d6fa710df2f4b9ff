import pytest

from crimex_portal.accounts import roles
from tests.factories import UserFactory, log_in_with_two_factor


@pytest.fixture
def pmt_client(client):
    """PMT staff in the admin, logged in with the password and the code."""
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    return client
