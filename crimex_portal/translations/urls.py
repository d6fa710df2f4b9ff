from django.urls import path

from crimex_portal.translations import views

app_name = "translations"

urlpatterns = [
    path("to-update/", views.to_update, name="to_update"),
    path("to-update/confirm/", views.confirm, name="confirm"),
]
