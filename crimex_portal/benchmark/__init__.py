"""The load benchmark: a large invented dataset, the portal under gunicorn, wrk against it.

Run it with crimex_portal/scripts/benchmark-load.sh (README: "Load benchmark").
"""
