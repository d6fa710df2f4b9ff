"""The portal's settings with the load benchmark's floor view in its URLs: for the gunicorn that
benchmark_load starts, never for a deployment."""

from crimex_portal.settings import *  # noqa: F403

ROOT_URLCONF = "crimex_portal.benchmark.urls"
