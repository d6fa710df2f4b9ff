"""Reminders the daily beat runs: each app registers its own (in AppConfig.ready), as it
registers report builders; this package knows no domain app."""

from collections.abc import Callable

_reminders: list[Callable[[], int]] = []


def register_reminder(reminder: Callable[[], int]) -> Callable[[], int]:
    """`reminder()` notifies whom it concerns (through notify(), keyed per event) and returns
    how many notifications it made."""
    if reminder not in _reminders:
        _reminders.append(reminder)
    return reminder


def send_reminders() -> int:
    return sum(reminder() or 0 for reminder in _reminders)
