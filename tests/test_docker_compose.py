"""docker-compose.yml and the image agree: the image's pg_dump can dump the compose file's
PostgreSQL, and the backup service writes into its own volume every day, keeping 14 archives."""

import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
COMPOSE = (PROJECT / "docker-compose.yml").read_text()
DOCKERFILE = (PROJECT / "crimex_portal/docker/Dockerfile").read_text()
# The PostgreSQL each Debian release ships: the image installs the client from Debian.
DEBIAN_POSTGRESQL = {"bookworm": 15, "trixie": 17}


def compose_service(name: str) -> str:
    start = COMPOSE.index(f"\n  {name}:\n")
    return COMPOSE[start : COMPOSE.index("\n\n", start)]


def test_the_image_has_the_pg_dump_of_the_compose_postgres_server():
    server_major = re.search(r"^    image: postgres:(\d+)-\w+$", COMPOSE, re.MULTILINE).group(1)
    image_debian = re.search(r"^FROM python:[\d.]+-slim-(\w+)$", DOCKERFILE, re.MULTILINE)
    assert re.findall(r"postgresql-client-(\d+)", DOCKERFILE) == [server_major]
    assert DEBIAN_POSTGRESQL[image_debian.group(1)] == int(server_major)


def test_the_backup_service_backs_up_daily_into_its_volume_and_keeps_14():
    service = compose_service("backup")
    assert "<<: *portal" in service
    assert "while true; do python manage.py backup /backups/ --keep 14; sleep 86400; done" in (
        service
    )
    for volume in ("media:/data/media", "private:/data/private", "backups:/backups"):
        assert f"      - {volume}\n" in service
    assert re.search(r"^volumes:\n(?:  \S+:\n)*  backups:\n", COMPOSE + "\n", re.MULTILINE)
    assert "DJANGO_MEDIA_ROOT: /data/media\n" in COMPOSE
    assert "DJANGO_PRIVATE_MEDIA_ROOT: /data/private\n" in COMPOSE
    # A new named volume takes the owner of the image's folder: the backups' user can write.
    assert "chown crimex /data/media /data/private /backups" in DOCKERFILE
