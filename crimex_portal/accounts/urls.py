from django.urls import path

from crimex_portal.accounts import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/correction/", views.request_correction, name="request_correction"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
