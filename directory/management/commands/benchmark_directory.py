import statistics
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Contact

BENCHMARK_USER = "benchmark@generated.invalid"
# The role group of crimex_portal.accounts.roles.MEMBER, by name: directory imports no accounts.
MEMBER_GROUP = "Member"
BUDGET_MS = 100.0
# (label, filters) as the directory page passes them to contact_search.
SEARCHES = (
    ("no filter", {}),
    ("country=MA", {"country": "MA"}),
    (
        "country=MA role=asset-recovery language=fr",
        {"country": "MA", "role": "asset-recovery", "language": "fr"},
    ),
    ('query="exemple"', {"query": "exemple"}),
    ('query="مثال"', {"query": "مثال"}),
    (
        'query="exemple" country=TN specialisation=cybercrime',
        {"query": "exemple", "country": "TN", "specialisation": "cybercrime"},
    ),
)


class Command(BaseCommand):
    help = (
        "Time the members' directory search as the directory page runs it (first page of 25 and "
        "the result count): median and 95th percentile over --runs, and SQL queries per search."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--runs", type=int, default=15, help="Timed runs per search.")

    def handle(self, *args, runs: int, **options) -> None:
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        try:
            from directory.selectors import ContactFilters, contact_page, contact_search
        except ImportError as error:
            raise CommandError(f"The directory search is not there yet: {error}") from error

        user = self.member()
        self.stdout.write(
            f"{Contact.objects.count()} contacts, database {connection.vendor}, "
            f"{runs} runs per search"
        )
        # The user's permissions are read once and cached on it: not part of any one search.
        list(contact_page(contact_search(user, ContactFilters()), 1).object_list)
        medians = []
        for label, values in SEARCHES:
            filters = ContactFilters(**values)

            def search(filters=filters) -> int:
                page = contact_page(contact_search(user, filters), 1)
                list(page.object_list)
                return page.paginator.count

            # A first, untimed run warms the database's caches and counts the queries.
            with CaptureQueriesContext(connection) as queries:
                found = search()
            timings = []
            for _run in range(runs):
                started = time.perf_counter()
                search()
                timings.append((time.perf_counter() - started) * 1000)
            median = statistics.median(timings)
            p95 = (
                statistics.quantiles(timings, n=20, method="inclusive")[18]
                if len(timings) > 1
                else timings[0]
            )
            medians.append(median)
            self.stdout.write(
                f"{label:<52} median {median:7.1f} ms   p95 {p95:7.1f} ms   "
                f"{len(queries.captured_queries):2d} queries   {found:6d} found"
            )
        if all(median < BUDGET_MS for median in medians):
            self.stdout.write(self.style.SUCCESS(f"Every median is under {BUDGET_MS:.0f} ms."))
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Not every median is under {BUDGET_MS:.0f} ms (slowest {max(medians):.1f} ms)."
                )
            )

    def member(self):
        """A member-like account: the Member role group, nothing more."""
        user, created = get_user_model().objects.get_or_create(
            email=BENCHMARK_USER, defaults={"first_name": "Benchmark", "last_name": "Demo"}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        user.groups.set([Group.objects.get(name=MEMBER_GROUP)])
        return user
