from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from crimex_portal.services import services_status


@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and docker compose: 200 while the database answers.

    A failing cache is reported but does not fail the check: pages still answer without it.
    """
    statuses = services_status(include_worker=False)
    healthy = all(status.ok for status in statuses if status.name == "database")
    return JsonResponse(
        {
            "status": "ok" if healthy else "failing",
            "services": {status.name: status.ok for status in statuses},
        },
        status=200 if healthy else 503,
    )
