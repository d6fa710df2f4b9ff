from django.urls import path

from followups import views

app_name = "followups"

urlpatterns = [
    path("", views.tracking, name="tracking"),
    path("follow-ups.xlsx", views.tracking_xlsx, name="tracking_xlsx"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/status/", views.update_status, name="update_status"),
]
