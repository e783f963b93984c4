"""A burst of simultaneous POSTs, sent from a process of its own (as clients on other
machines would, and not slowed by the benchmark's own memory): reads a JSON document on
standard input, {"port", "path", "requests": [{"cookie", "body"}, …]}, opens one
connection per request, releases them all at once, and writes [[status, ms], …] as JSON.

    .venv/bin/python bench/_burst.py < burst.json
"""

import http.client
import json
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def main():
    burst = json.load(sys.stdin)
    requests = burst["requests"]
    barrier = threading.Barrier(len(requests))
    outcomes = [None] * len(requests)

    def post(index):
        request = requests[index]
        barrier.wait()
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", burst["port"], timeout=120)
        try:
            connection.request("POST", burst["path"], body=request["body"], headers={
                "Cookie": request["cookie"],
                "Content-Type": "application/x-www-form-urlencoded"})
            response = connection.getresponse()
            response.read()
            outcomes[index] = [response.status, (time.perf_counter() - started) * 1000]
        except OSError as error:
            outcomes[index] = [repr(error), (time.perf_counter() - started) * 1000]
        finally:
            connection.close()

    with ThreadPoolExecutor(len(requests)) as pool:
        list(pool.map(post, range(len(requests))))
    json.dump(outcomes, sys.stdout)


if __name__ == "__main__":
    main()
