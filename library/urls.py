from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.document, name="document"),
    path("files/<int:pk>/", views.file_download, name="file"),
]
