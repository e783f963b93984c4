from django_tasks import task


@task()
def build_export(job_id):
    """Build one ExportJob's spreadsheet (reports.jobs.build)."""
    from . import jobs
    from .models import ExportJob

    job = ExportJob.objects.select_related("requested_by").filter(pk=job_id).first()
    if job is None or job.status != ExportJob.Status.PENDING:
        return None  # deleted meanwhile, or already built by another run
    return jobs.build(job).done
