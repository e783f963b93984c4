"""The Redis cache backend used in production (core.redis_cache), against a real Redis."""

import os
import socket
from urllib.parse import urlparse

import pytest

from core.redis_cache import RedisCache

REDIS_URL = os.environ.get("REDIS_URL_FOR_TESTS", "redis://127.0.0.1:6379/15")


def _redis_reachable():
    address = urlparse(REDIS_URL)
    try:
        with socket.create_connection((address.hostname, address.port or 6379), timeout=1):
            return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not _redis_reachable(),
                                reason=f"needs Redis at {REDIS_URL} (CI has it)")


@pytest.fixture
def redis_cache():
    backend = RedisCache(REDIS_URL, {"KEY_PREFIX": "reperes-test-backend"})
    yield backend
    backend.clear()


def test_one_client_is_kept_per_connection_pool(redis_cache):
    client = redis_cache._cache.get_client("a")
    assert redis_cache._cache.get_client("b") is client
    assert redis_cache._cache.get_client("c", write=True) is client  # a single server


def test_the_backend_still_behaves_as_a_django_cache(redis_cache):
    redis_cache.set("chapter", {"title": "Repérer les signaux faibles"}, 60)
    assert redis_cache.get("chapter") == {"title": "Repérer les signaux faibles"}
    assert redis_cache.add("version", 10, None) is True
    assert redis_cache.add("version", 99, None) is False
    assert redis_cache.incr("version") == 11
    redis_cache.delete_many(["chapter", "version"])
    assert redis_cache.get("chapter") is None
    assert redis_cache.get("version", "absent") == "absent"
