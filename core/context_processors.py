from .cache import content_version as current_content_version


def content_version(request):
    """The site-wide content version, to key template fragment caches (see core.cache)."""
    return {"content_version": current_content_version()}
