"""Signals that accounts sends for the apps above it."""

from django.dispatch import Signal

# People changed in bulk (update() or bulk_update(): no post_save): `user_ids`.
staff_changed = Signal()

# A person accepted their invitation and has their account (sent inside the transaction of
# the sign-up): `invitation`, `user`. What was prepared for the invitation becomes theirs
# (courses: the assignments made for the invitation).
invitation_accepted = Signal()
