"""Signals that accounts sends for the apps above it."""

from django.dispatch import Signal

# People changed in bulk (update() or bulk_update(): no post_save): `user_ids`.
staff_changed = Signal()
