from django.urls import path

from directory import views

app_name = "directory"

urlpatterns = [
    path("", views.index, name="index"),
    path("contacts.vcf", views.search_vcf, name="search_vcf"),
    path("contacts.csv", views.search_csv, name="search_csv"),
    path("contacts/<int:pk>/", views.contact, name="contact"),
    path("contacts/<int:pk>/contact.vcf", views.contact_vcf, name="contact_vcf"),
    path("contacts/<int:pk>/report/", views.report_outdated, name="report_outdated"),
    path("my-entry/", views.my_entry, name="my_entry"),
    path("organisations/", views.organisations, name="organisations"),
    path("organisations/<int:pk>/", views.organisation, name="organisation"),
    path("to-verify/", views.to_verify, name="to_verify"),
    path("to-verify/<int:pk>/verified/", views.mark_verified, name="mark_verified"),
    path("reports/<int:pk>/resolve/", views.resolve_report, name="resolve_report"),
]
