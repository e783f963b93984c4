"""Django's Redis cache backend, keeping one redis-py client per connection pool.

Django builds a new ``redis.Redis`` object for every cache call. With redis-py 8 that
constructor alone (it copies the response-callback table) costs as much as the round trip to a
Redis on the same host, and a Repères page makes about ten cache calls. A client is only a
thin, thread-safe wrapper around its pool, so one per pool is kept instead.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
