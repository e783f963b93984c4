"""HTTP load for the benchmarks: wrk when installed (a C client that leaves the CPU to the
server), otherwise a few Python processes requesting the URL in a loop."""

import http.client
import re
import shutil
import subprocess
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor


def _hammer(host, port, path, seconds):
    done, errors = 0, 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        connection = http.client.HTTPConnection(host, port, timeout=10)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                done += 1
            else:
                errors += 1
        except OSError:
            errors += 1
        finally:
            connection.close()
    return done, errors


def client_name():
    return "wrk" if shutil.which("wrk") else "python"


def requests_per_second(host, port, path, *, seconds=5.0, clients=3):
    if shutil.which("wrk"):
        return _wrk(host, port, path, seconds, connections=clients + 1)
    with ProcessPoolExecutor(clients) as pool:
        started = time.perf_counter()
        results = list(pool.map(_hammer, [host] * clients, [port] * clients, [path] * clients,
                                [seconds] * clients))
        elapsed = time.perf_counter() - started
    done = sum(r[0] for r in results)
    errors = sum(r[1] for r in results)
    if errors:
        raise RuntimeError(f"{errors} failed requests on {path}")
    return done / elapsed


def report(name, value, unit, op, goal):
    ok = value >= goal if op == ">=" else value <= goal
    line = f"{name}: {value:.{2 if value < 10 else 0}f} {unit} (target {op} {goal:g}) "
    print(line + ("OK" if ok else "MISS"), flush=True)
    return ok


def _wrk(host, port, path, seconds, connections):
    result = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", f"http://{host}:{port}{path}"],
        capture_output=True, text=True, check=True, timeout=seconds + 30)
    if "Non-2xx" in result.stdout or "Socket errors" in result.stdout:
        raise RuntimeError(f"failed requests on {path}:\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


def run(main, *, cleanup=None):
    """Run a benchmark's `main`; exit non-zero only when it could not measure."""
    try:
        main()
    except Exception as error:  # could not measure
        traceback.print_exc()
        print(f"could not measure: {error!r}", file=sys.stderr)
        sys.exit(1)
    finally:
        if cleanup is not None:
            cleanup()
