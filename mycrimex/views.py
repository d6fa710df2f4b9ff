from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.notifications.kinds import KINDS
from crimex_portal.notifications.models import Notification, NotificationPreference
from crimex_portal.notifications.notify import mark_read, preferences_save
from directory.models import Contact
from directory.services import contact_verified
from mycrimex.forms import PreferencesForm
from mycrimex.selectors import home_for, notifications_of, recent_reports


@members_only
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "mycrimex/home.html", {"home": home_for(request.user)})


@members_only
def notifications(request: HttpRequest) -> HttpResponse:
    page = Paginator(notifications_of(request.user), 25).get_page(request.GET.get("page"))
    return render(request, "mycrimex/notifications.html", {"page": page, "kinds": KINDS})


@require_POST
@members_only
def notifications_read(request: HttpRequest) -> HttpResponse:
    ids = [int(value) for value in request.POST.getlist("notification") if value.isdigit()]
    mark_read(user=request.user, ids=ids or None)  # only the member's own are touched
    back_home = request.POST.get("back") == "home"
    return redirect("mycrimex:home" if back_home else "mycrimex:notifications")


@members_only
def preferences(request: HttpRequest) -> HttpResponse:
    current = dict(
        NotificationPreference.objects.filter(user=request.user).values_list("kind", "frequency")
    )
    form = PreferencesForm(request.POST or None, current=current)
    if request.method == "POST" and form.is_valid():
        preferences_save(user=request.user, choices=form.cleaned_data)
        messages.success(request, _("Your notification preferences are saved."))
        return redirect("mycrimex:preferences")
    return render(request, "mycrimex/preferences.html", {"form": form})


@members_only
def reports(request: HttpRequest) -> HttpResponse:
    return render(request, "mycrimex/reports.html", {"reports": recent_reports(request.user)[:100]})


@require_POST
@members_only
def confirm_entry(request: HttpRequest) -> HttpResponse:
    """The member says their directory entry is still right: recorded as its verification."""
    contact = Contact.objects.filter(user=request.user).first()
    if contact is None:
        raise Http404
    contact_verified(contact=contact, by=request.user)
    messages.success(request, _("Thank you: your directory entry is marked as verified today."))
    return redirect("mycrimex:home")


@members_only
def open_notification(request: HttpRequest, pk: int) -> HttpResponse:
    """Follows a notification's link and marks it read; only the member's own open."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    mark_read(user=request.user, ids=[notification.pk])
    if notification.link and url_has_allowed_host_and_scheme(
        notification.link, allowed_hosts={request.get_host()}
    ):
        return redirect(notification.link)
    return notifications(request)  # nothing to follow: the list
