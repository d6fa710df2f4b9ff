from django import forms

from crimex_portal.notifications.kinds import choosable_kinds
from crimex_portal.notifications.models import NotificationPreference


class PreferencesForm(forms.Form):
    """One choice per kind of notification: at once, in a daily digest, or never by e-mail."""

    def __init__(self, *args, current: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for kind in choosable_kinds():
            self.fields[kind.code] = forms.ChoiceField(
                label=kind.label,
                choices=NotificationPreference.Frequency.choices,
                initial=current.get(kind.code, NotificationPreference.Frequency.IMMEDIATELY),
                widget=forms.RadioSelect,
            )
