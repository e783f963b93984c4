"""Counts agree with their noun ("1 module terminé", "2 modules terminés"), and durations read
"15 min", "1 h 30", never "90 minutes" or a decimal."""

import json
from html import unescape

from django.utils import timezone

from courses.models import ModuleProgress

from .conftest import STEPS, make_module


def text(response):
    return " ".join(unescape(response.content.decode()).replace("\u00a0", " ").split())


def test_path_progress_agrees_with_one_and_two_modules(client, learner, learning_path):
    path, first, second = learning_path
    client.force_login(learner)
    ModuleProgress.objects.create(user=learner, module=first, completed_at=timezone.now())
    page = text(client.get("/mon-parcours/"))
    assert "1 module terminé sur 2" in page and "(s)" not in page
    ModuleProgress.objects.create(user=learner, module=second, completed_at=timezone.now())
    assert "2 modules terminés sur 2" in text(client.get("/mon-parcours/"))


def test_module_durations_in_hours_and_minutes(client, learner, course_index):
    long_module = make_module(course_index, "long")
    long_module.duration_minutes = 90
    long_module.save_revision().publish()
    short_module = make_module(course_index, "court")  # 15 minutes by default
    client.force_login(learner)
    page = text(client.get("/mon-parcours/"))
    assert "1 h 30" in page and "15 min" in page and "90 min" not in page
    page = text(client.get(long_module.url))
    assert "1 h 30 · 3 étapes et un quiz" in page
    assert "15 min · 3 étapes" in text(client.get(short_module.url))


def test_a_module_of_one_step_says_one_step(client, course_index):
    module = make_module(course_index, "une-etape")
    module.steps = json.dumps(STEPS[:1])
    module.save_revision().publish()
    assert "15 min · 1 étape et un quiz" in text(client.get(module.url))
