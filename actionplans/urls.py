from django.urls import path

from actionplans import views

app_name = "actionplans"

urlpatterns = [
    path("", views.index, name="index"),
    path("review/", views.review_list, name="review_queue"),
    path("actions/<int:pk>/", views.action, name="action"),
    path("indicators/<int:indicator_pk>/report/", views.record_update, name="record_update"),
    path("updates/<int:pk>/", views.update_detail, name="update"),
    path("updates/<int:pk>/submit/", views.submit_update, name="submit_update"),
    path("updates/<int:pk>/evidence/", views.update_evidence, name="update_evidence"),
    path("updates/<int:pk>/review/", views.review_update, name="review_update"),
    path("<str:code>/", views.plan, name="plan"),
    path("<str:code>/dashboard/", views.dashboard, name="dashboard"),
    path("<str:code>/export.<str:file_format>", views.export, name="export"),
]
