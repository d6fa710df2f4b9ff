from django.urls import path

from sessions import views

app_name = "crimex_sessions"

urlpatterns = [
    path("", views.session_list, name="list"),
    path("<int:pk>/", views.session_detail, name="detail"),
]
