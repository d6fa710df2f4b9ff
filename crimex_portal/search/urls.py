from django.urls import path

from crimex_portal.search import views

app_name = "search"

urlpatterns = [path("", views.search, name="search")]
