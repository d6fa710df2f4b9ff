import pytest
from django.urls import reverse

from tests.factories import CountryFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

RESTRICTED_AREAS = ["directory:index", "actionplans:index", "fiches:index"]


@pytest.mark.parametrize("name", RESTRICTED_AREAS)
def test_restricted_areas_send_visitors_to_login(client, name):
    url = reverse(name)
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={url}"


def test_directory_lists_countries_and_organisations_in_the_active_language(member_client, seeded):
    french = member_client.get("/fr/directory/organisations/").content.decode()

    assert "Maroc" in french
    assert "Office des Nations unies contre la drogue et le crime" in french


def test_organisations_page_query_count_is_flat(member_client, django_assert_max_num_queries):
    OrganisationFactory.create_batch(3)
    with django_assert_max_num_queries(12) as few:
        member_client.get(reverse("directory:organisations"))
    for country in CountryFactory.create_batch(10):
        OrganisationFactory.create_batch(3, country=country)
    with django_assert_max_num_queries(len(few.captured_queries)):
        member_client.get(reverse("directory:organisations"))
