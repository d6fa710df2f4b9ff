from django.urls import path

from mla import views

app_name = "mla"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("<int:pk>/step/<int:step>/", views.step, name="step"),
    path("<int:pk>/switch/", views.switch_measure, name="switch"),
    path("<int:pk>/finalise/", views.finalise, name="finalise"),
    path("<int:pk>/document/", views.document, name="document"),
    path("<int:pk>/pdf/", views.pdf, name="pdf"),
    path("<int:pk>/pdf/<int:report_pk>/", views.pdf_download, name="pdf_download"),
    path("<int:pk>/docx/", views.docx, name="docx"),
    path("<int:pk>/export/", views.export_json, name="export"),
    path("<int:pk>/duplicate/", views.duplicate, name="duplicate"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/share/", views.share, name="share"),
    path("<int:pk>/share/<int:share_pk>/revoke/", views.revoke, name="revoke"),
    path("shared/<int:version_pk>/", views.shared, name="shared"),
]
