from django.urls import path

from fiches import views

app_name = "fiches"

urlpatterns = [
    path("", views.index, name="index"),
]
