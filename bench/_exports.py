"""Requesting an HR export in a benchmark: a large one is a job (reports.models.ExportJob),
whose task is run here, in process, and timed with the request; a small one is streamed at
once and timed as it is read."""

import re
import time

JOB_URL = re.compile(r"/espace-rh/exports/(\d+)/")


def run_export(client, url, *, fresh_job=None):
    """Request an export; a redirect to a job runs the job's task here. Returns (mode,
    seconds, bytes, job pk); `seconds` covers the request and the task, or the request and
    the reading of the streamed file."""
    started = time.perf_counter()
    response = client.get(url)
    if response.status_code == 302 and JOB_URL.search(response["Location"]):
        pk = int(JOB_URL.search(response["Location"]).group(1))
        if fresh_job is not None and pk == fresh_job:  # the view reused the finished job
            from reports.models import ExportJob

            ExportJob.objects.filter(pk=pk).update(status="pending", done=0, file="")
        from reports.tasks import build_export

        build_export.call(pk)
        seconds = time.perf_counter() - started
        from reports.models import ExportJob

        job = ExportJob.objects.get(pk=pk)
        if job.status != "ready":
            raise RuntimeError(f"export job {pk} ended {job.status!r}")
        size = job.file.size if job.file else 0
        return "task", seconds, size, pk
    if response.status_code != 200:
        raise RuntimeError(f"{url}: status {response.status_code} "
                           f"{response.get('Location', '')}")
    size = 0
    if getattr(response, "streaming", False):
        for chunk in response.streaming_content:
            size += len(chunk)
    else:
        size = len(response.content)
    response.close()
    return "immediate", time.perf_counter() - started, size, None
