"""Dependencies are pinned: every package the portal and its tests install is in a lock file
with an exact version and the sha256 of its files, and install.sh and the Docker image install
from it with --require-hashes, so a package replaced on the index (or by a mirror) is refused.
A dependency added to pyproject.toml without refreshing the lock fails here, with the command
that refreshes it."""

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

BASE_DIR = Path(settings.BASE_DIR)
REFRESH = "run `bash crimex_portal/scripts/lock-requirements.sh` and commit the lock files"
# lock file -> the pyproject.toml groups it pins: the portal's dependencies, and the test extra.
LOCKS = {
    "requirements.lock": ("dependencies",),
    "requirements-test.lock": ("dependencies", "test"),
}
ENTRY = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)")


def lock_entries(path: Path) -> dict[str, dict]:
    """name -> {"line": ..., "version": ..., "hashes": [...]}, continuation lines joined."""
    entries = {}
    logical = re.sub(r"\\\n", " ", path.read_text())
    for line in logical.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = ENTRY.match(line)
        name = canonicalize_name(match["name"]) if match else line
        entries[name] = {
            "line": line,
            "version": match["version"] if match else None,
            "hashes": re.findall(r"--hash=sha256:([0-9a-f]{64})\b", line),
        }
    return entries


def declared(pyproject: Path, groups: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads(pyproject.read_text())["project"]
    found = []
    for group in groups:
        names = project["dependencies"] if group == "dependencies" else None
        names = names or project["optional-dependencies"][group]
        found += [Requirement(text) for text in names]
    return found


def extra_requirements(requirement: Requirement) -> list[Requirement]:
    """What `package[extra]` adds, read from the installed package's metadata."""
    found = []
    for text in importlib.metadata.requires(requirement.name) or []:
        extra = Requirement(text)
        if not extra.marker or extra.marker.evaluate({"extra": ""}):
            continue  # a dependency of the package itself, not of the extra
        if any(extra.marker.evaluate({"extra": name}) for name in requirement.extras):
            found.append(extra)
    return found


def lock_problems(pyproject: Path, lock: Path, groups: tuple[str, ...]) -> list[str]:
    if not lock.exists():
        return [f"{lock.name} is missing: {REFRESH}"]
    entries = lock_entries(lock)
    problems = []
    requirements = declared(pyproject, groups)
    requirements += [
        extra
        for requirement in requirements
        if requirement.extras
        for extra in extra_requirements(requirement)
    ]
    for requirement in requirements:
        entry = entries.get(canonicalize_name(requirement.name))
        if entry is None:
            problems.append(
                f"{requirement} is declared in pyproject.toml but not pinned in {lock.name}: "
                f"{REFRESH}"
            )
        elif not entry["hashes"]:
            problems.append(f"{requirement.name} has no hash in {lock.name}: {REFRESH}")
        elif entry["version"] not in requirement.specifier:
            problems.append(
                f"{lock.name} pins {requirement.name}=={entry['version']}, pyproject.toml asks "
                f"for {requirement}: {REFRESH}"
            )
    return problems


@pytest.mark.parametrize(("lock", "groups"), LOCKS.items())
def test_every_declared_dependency_is_pinned_with_hashes(lock, groups):
    problems = lock_problems(BASE_DIR / "pyproject.toml", BASE_DIR / lock, groups)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lock", LOCKS)
def test_every_locked_package_has_an_exact_version_and_hashes(lock):
    """pip --require-hashes refuses the whole file otherwise; this says which line."""
    entries = lock_entries(BASE_DIR / lock)
    assert len(entries) > 20
    for name, entry in entries.items():
        assert entry["version"], f"{lock}: not an exact pin: {entry['line'][:80]}"
        assert entry["hashes"], f"{lock}: {name} has no hash: {REFRESH}"
        assert "://" not in entry["line"], f"{lock}: {name} comes from a URL"


def test_the_tests_run_the_versions_the_portal_runs():
    portal = lock_entries(BASE_DIR / "requirements.lock")
    tests = lock_entries(BASE_DIR / "requirements-test.lock")
    differ = {
        name: (entry["version"], tests.get(name, {}).get("version"))
        for name, entry in portal.items()
        if tests.get(name, {}).get("version") != entry["version"]
    }
    assert not differ, f"requirements-test.lock differs from requirements.lock: {differ}: {REFRESH}"


def test_a_dependency_added_without_refreshing_the_lock_is_named(tmp_path):
    pyproject = (BASE_DIR / "pyproject.toml").read_text()
    added = tmp_path / "pyproject.toml"
    added.write_text(pyproject.replace('"openpyxl>=3.1",', '"openpyxl>=3.1",\n    "humanize>=4",'))
    tightened = tmp_path / "tightened.toml"
    tightened.write_text(pyproject.replace('"django>=5.2,<5.3"', '"django>=6.0"'))
    lock = BASE_DIR / "requirements.lock"

    assert lock_problems(added, lock, ("dependencies",)) == [
        f"humanize>=4 is declared in pyproject.toml but not pinned in requirements.lock: {REFRESH}"
    ]
    assert (
        "pyproject.toml asks for django>=6.0"
        in lock_problems(tightened, lock, ("dependencies",))[0]
    )
    assert lock_problems(added, tmp_path / "requirements.lock", ("dependencies",)) == [
        f"requirements.lock is missing: {REFRESH}"
    ]


def test_installs_take_the_locked_files_only():
    install = (BASE_DIR / "crimex_portal/scripts/install.sh").read_text()
    dockerfile = (BASE_DIR / "crimex_portal/docker/Dockerfile").read_text()

    assert 'pip install --quiet --require-hashes -r "$lock"' in install
    assert 'fingerprint=$(sha256sum "$lock"' in install  # reinstall when the lock changes
    assert "pip install --require-hashes -r requirements.lock" in dockerfile
    assert not re.search(r"pip install[^\n]* \.", install + dockerfile)
