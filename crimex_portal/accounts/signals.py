from django.dispatch import Signal

# Sent inside the transaction that creates the account, with `invitation` and `user`: apps
# that accounts does not import (fiches: the editor's country) act on what the invitation says.
invitation_accepted = Signal()
