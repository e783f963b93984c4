"""Session pages write days in words and hours of presence as "3 h 30"."""

from datetime import datetime, timedelta
from decimal import Decimal
from html import unescape

from django.utils import timezone
from django.utils.html import strip_tags

from core.formats import long_date
from scheduling.models import Registration


def text(response):
    return " ".join(unescape(strip_tags(response.content.decode())).replace("\u00a0", " ")
                    .split())


def test_session_page_writes_the_day_in_words_and_the_presence_in_hours(
        client, learner, make_session):
    session = make_session(starts_in=timedelta(days=-2))
    Registration.objects.create(session=session, user=learner, status="attended",
                                hours_attended=Decimal("3.50"))
    client.force_login(learner)
    page = text(client.get(session.get_absolute_url()))
    assert "3 h 30 de présence." in page and "3,50" not in page
    assert long_date(session.starts_at, weekday=True) in page


def first_of_next_month_at_ten():
    today = timezone.localdate()
    year, month = (today.year, today.month + 1) if today.month < 12 else (today.year + 1, 1)
    return timezone.make_aware(datetime(year, month, 1, 10)) - timezone.now()


def test_session_list_and_my_sessions_write_days_in_words(client, learner, make_session):
    session = make_session(starts_in=first_of_next_month_at_ten())
    assert timezone.localtime(session.starts_at).day == 1
    Registration.objects.create(session=session, user=learner)
    client.force_login(learner)
    # "lundi 1er juin 2026", not "lundi 1 juin 2026"
    assert long_date(session.starts_at, weekday=True) in text(client.get("/sessions/"))
    assert long_date(session.starts_at) in text(client.get("/mes-sessions/"))
    assert "1er " in long_date(session.starts_at)
