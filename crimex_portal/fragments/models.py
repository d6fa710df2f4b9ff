from django.db import models


class ContentVersion(models.Model):
    """The version of one area's content: a random token that the database replaces, by a
    trigger, in the same statement as any write to the area's tables (bulk writes, updates and
    raw SQL included). A cached fragment is stored under the tokens of the areas it shows.

    A token is never reused: a write rolled back leaves the old token, which still describes
    the old content, and a restored backup brings back tokens that describe what it restores."""

    area = models.CharField(max_length=40, unique=True)
    version = models.CharField(max_length=40)

    def __str__(self) -> str:
        return f"{self.area}: {self.version}"
