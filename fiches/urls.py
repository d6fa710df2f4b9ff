from django.urls import path

from fiches import views

app_name = "fiches"

urlpatterns = [
    path("", views.index, name="index"),
    path("atlas/", views.atlas, name="atlas"),
    path("search/", views.search, name="search"),
    path("due-for-review/", views.due_for_review, name="due_for_review"),
    path("measures/<str:code>/", views.measure, name="measure"),
    path("measures/<str:code>/compare/", views.compare, name="compare"),
    path("countries/<str:iso_code>/", views.country, name="country"),
    path("countries/<str:iso_code>/<str:code>/", views.fiche, name="fiche"),
    path("countries/<str:iso_code>/<str:code>/edit/", views.edit, name="edit"),
    path(
        "countries/<str:iso_code>/<str:code>/reviewed/", views.mark_reviewed, name="mark_reviewed"
    ),
]
