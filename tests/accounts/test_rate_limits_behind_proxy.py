"""Rate limits count real clients behind the reverse proxy, not the proxy (#12, item 3).

The proxy connects from 127.0.0.1 and appends the client's address to X-Forwarded-For;
TRUSTED_PROXY_COUNT=1 (the deployment guide's value) tells Repères to read it.
"""

import pytest
from django.core import mail
from django.test import Client, override_settings

from tests.factories import PASSWORD, UserFactory

LOGIN = "/compte/login/"
PROXY = "127.0.0.1"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def behind_proxy(address, *, spoofed=None):
    """A browser at `address`, reaching Django through one proxy of ours."""
    forwarded = f"{spoofed}, {address}" if spoofed else address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def fail_login(client, email, times):
    for _ in range(times):
        response = client.post(LOGIN, {"login": email, "password": "pas-le-bon"})
        assert response.status_code == 200


def logs_in(client, email):
    response = client.post(LOGIN, {"login": email, "password": PASSWORD})
    return response.status_code == 302 and client.get("/compte/").status_code == 200


def refused_as_too_many(client, email):
    response = client.post(LOGIN, {"login": email, "password": PASSWORD})
    return response.status_code in (200, 429) and "Trop de tentatives" in \
        response.content.decode()


@pytest.fixture
def alice(db):
    return UserFactory(email="alice@a.test")


@pytest.fixture
def bruno(db):
    return UserFactory(email="bruno@a.test")


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_wrong_passwords_from_one_client_lock_neither_the_site_nor_the_owner(alice, bruno):
    attacker = behind_proxy("203.0.113.9")
    fail_login(attacker, alice.email, 5)
    assert refused_as_too_many(attacker, alice.email)
    # The owner, at home, and a colleague are not locked out.
    assert logs_in(behind_proxy("198.51.100.7"), alice.email)
    assert logs_in(behind_proxy("198.51.100.8"), bruno.email)


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_a_client_cannot_escape_the_limit_by_sending_its_own_header(alice):
    fail_login(behind_proxy("203.0.113.9", spoofed="10.0.0.1"), alice.email, 3)
    fail_login(behind_proxy("203.0.113.9", spoofed="10.0.0.2"), alice.email, 2)
    assert refused_as_too_many(behind_proxy("203.0.113.9", spoofed="10.0.0.3"), alice.email)


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_guessing_one_account_from_many_addresses_is_limited_too(alice):
    for number in range(20):
        fail_login(behind_proxy(f"203.0.113.{number + 1}"), alice.email, 1)
    assert refused_as_too_many(behind_proxy("203.0.113.200"), alice.email)


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=0)
def test_without_a_proxy_the_header_is_ignored(alice):
    """make run's default: X-Forwarded-For is whatever the client wrote, never trusted."""
    for number in range(5):
        fail_login(Client(REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}"),
                   alice.email, 1)
    assert refused_as_too_many(Client(REMOTE_ADDR="192.0.2.1",
                                      HTTP_X_FORWARDED_FOR="10.9.9.9"), alice.email)


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_login_codes_requested_by_many_people_refuse_nobody():
    people = [UserFactory(email=f"gardien{n}@a.test") for n in range(12)]
    for number, person in enumerate(people):
        response = behind_proxy(f"198.51.100.{number + 1}").post(
            "/compte/login/code/", {"email": person.email})
        assert response.status_code == 302, number
    assert len(mail.outbox) == 12


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_certificate_checks_are_limited_per_client(db):
    busy = behind_proxy("203.0.113.9")
    statuses = [busy.get("/verifier/CODEINCONNU/").status_code for _ in range(21)]
    assert statuses[:20] == [404] * 20 and statuses[20] == 429
    assert behind_proxy("198.51.100.7").get("/verifier/CODEINCONNU/").status_code == 404


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=2)
def test_a_request_that_bypassed_the_proxies_is_not_a_server_error(alice):
    """Fewer forwarded addresses than proxies: read the connection's address, never a 500."""
    client = Client(REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="10.0.0.1")
    assert client.post(LOGIN, {"login": alice.email, "password": "x"}).status_code == 200
    assert client.get("/verifier/CODEINCONNU/").status_code == 404
