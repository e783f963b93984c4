def test_a(live_site):
    pass

def test_b(transactional_db, django_db_serialized_rollback, live_server):
    from django.db import connection
    from wagtail.models import Page
    print("HAS", hasattr(connection, "_test_serialized_contents"), len(getattr(connection, "_test_serialized_contents", "")), Page.objects.count())
