"""Sealed envelopes: task arguments that nobody can read in the task table.

Production's task backend stores each task's arguments as plain JSON and keeps the row after
the task has run. An email's arguments are its recipients, its body and, for many, a live
secret: a sign-in code, a password reset link, an address confirmation code, an invitation
link. So the email task receives a single argument, the whole email sealed with Fernet
(AES-128-CBC and HMAC-SHA256: unreadable and tamper-proof), and the worker opens it.

Why an envelope rather than rendering the email in the worker from references: allauth's
sign-in and confirmation codes exist only during the request that creates them (the worker
could not rebuild them), and one envelope covers every email the same way, attachments too.

The key is derived from SECRET_KEY (Django's `salted_hmac`, with a purpose of its own).
Whoever holds SECRET_KEY can open an envelope, but could forge a reset link anyway: the table
alone (a dump, a backup, a read-only SQL access) reveals nothing. Rotating SECRET_KEY: put the
old key in SECRET_KEY_FALLBACKS until the worker has sent what was queued before.
"""

import base64
import json

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.utils.crypto import salted_hmac

PURPOSE = "reperes.envelopes"


def _fernet(secret):
    key = salted_hmac(PURPOSE, "fernet-key", secret=secret, algorithm="sha256").digest()
    return Fernet(base64.urlsafe_b64encode(key))


def _keys():
    """The current key seals; it and every fallback key open."""
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([_fernet(secret) for secret in secrets])


def seal(data):
    """`data` (JSON-serialisable) as an opaque text."""
    return _keys().encrypt(json.dumps(data).encode()).decode("ascii")


def open_envelope(envelope):
    """The data sealed in `envelope`; `cryptography.fernet.InvalidToken` if it was altered or
    sealed with a key that is neither SECRET_KEY nor one of its fallbacks."""
    return json.loads(_keys().decrypt(envelope.encode("ascii")))
