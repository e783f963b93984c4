"""Pagination of the HR space's lists."""

from django.core.paginator import Paginator

PAGE_SIZE = 50


class CountedPaginator(Paginator):
    """A paginator told how many items there are (when the page already knows it)."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.__dict__["count"] = count


def page_of(items, request, per_page=PAGE_SIZE):
    return Paginator(items, per_page).get_page(request.GET.get("page"))
