"""What a browser posts when a person saves an admin page without touching it: the tests change
only what the person changes."""

from django import forms
from django.http import HttpResponse


def _fields_of(form: forms.BaseForm) -> dict:
    data = {}
    for name, field in form.fields.items():
        if isinstance(field, forms.FileField):
            continue  # a browser never sends back a file already stored
        value = form[name].value()
        key = form.add_prefix(name)
        if isinstance(field, forms.BooleanField):
            if value:
                data[key] = "on"
        elif isinstance(value, list | tuple):
            data[key] = [str(item) for item in value]
        elif value is not None:
            data[key] = str(value)
    return data


def admin_form_as_shown(response: HttpResponse) -> dict:
    """The admin change page's form and inline formsets, as the page shows them."""
    data = _fields_of(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(
            {
                formset.management_form.add_prefix(name): str(value)
                for name, value in formset.management_form.initial.items()
            }
        )
        for form in formset.initial_forms:
            data.update(_fields_of(form))
        data[formset.management_form.add_prefix("TOTAL_FORMS")] = str(len(formset.initial_forms))
    return data
