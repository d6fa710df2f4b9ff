from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    """Members join by invitation from PMT staff: nobody signs up on their own."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False
