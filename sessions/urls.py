from django.urls import path

from sessions import release_views, views

app_name = "crimex_sessions"

urlpatterns = [
    path("", views.session_list, name="list"),
    path("calendar.ics", views.calendar_feed, name="feed"),
    path("<int:pk>/", views.session_detail, name="detail"),
    path("<int:pk>/calendar.ics", views.session_calendar, name="calendar"),
    path("<int:pk>/register/", views.register, name="register"),
    path("<int:pk>/unregister/", views.unregister, name="unregister"),
    path("<int:pk>/attendees/", views.attendee_list, name="attendees"),
    path("<int:pk>/attendees.csv", views.attendee_csv, name="attendees_csv"),
    path("documents/<int:pk>/", views.document_download, name="document"),
    path("<int:pk>/agenda/v/<int:number>/", release_views.release_detail, name="release"),
    path("<int:pk>/changes/", release_views.release_changes, name="changes"),
    path("<int:pk>/changes/feed/", release_views.ReleaseChangesFeed(), name="changes_feed"),
]
