from django.urls import path

from mycrimex import views

app_name = "mycrimex"

urlpatterns = [
    path("", views.home, name="home"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/<int:pk>/", views.open_notification, name="open_notification"),
    path("notifications/read/", views.notifications_read, name="notifications_read"),
    path("notifications/preferences/", views.preferences, name="preferences"),
    path("reports/", views.reports, name="reports"),
    path("entry/confirm/", views.confirm_entry, name="confirm_entry"),
]
