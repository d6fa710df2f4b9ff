from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    """One object in one language as search finds it: its text normalised (case, accents, Arabic
    vowel marks, hamza and taa marbuta forms dropped) and, on PostgreSQL, its full-text vector
    in that language's configuration. Rows are derived: rebuild_search_index writes them all."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", "public"
        MEMBERS = "members", "members"
        OWNER = "owner", "owner only"
        PERMISSION = "permission", "with a permission"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=500)
    text = models.TextField(blank=True)
    normalised = models.TextField(blank=True)
    url = models.CharField(max_length=300)
    visibility = models.CharField(max_length=10, choices=Visibility.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    permission = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=2, blank=True)
    date = models.DateField(null=True, blank=True)
    # Filled on PostgreSQL only (a GIN index over it, made by the migration there).
    vector = SearchVectorField(null=True, editable=False)
    # The title and the opening lines only: ranking reads this short vector (ts_rank's cost
    # grows with the positions of every word searched for), matching reads the whole one.
    rank_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=("content_type", "object_id", "language"), name="search_one_row_per_language"
            ),
        )
        indexes = (models.Index(fields=("kind", "visibility")),)

    def __str__(self) -> str:
        return f"{self.kind}: {self.title} ({self.language})"
