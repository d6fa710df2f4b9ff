from django.urls import path

from crimex_portal.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.request_report, name="request"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/download/", views.download, name="download"),
]
