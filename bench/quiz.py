"""Quiz speed, in one process: grading and storing one attempt of 20 questions, and the
learner dashboard of someone with 50 modules and 500 attempts.

    .venv/bin/python bench/quiz.py

Targets: submission median < 30 ms; dashboard median < 50 ms. The floor measured in the same
run is the cheapest Django request this process can serve (a bare view), for comparison.
Exits non-zero only if it could not measure.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))


from bench._inprocess import median_ms, setup_django  # noqa: E402
from bench._load import report, run  # noqa: E402

ROUNDS = 30



def twenty_questions():
    kinds = ["single", "multiple", "true_false", "ordering", "scenario"]
    raw = []
    for n in range(20):
        kind = kinds[n % 5]
        value = {"text": f"Question {n}", "explanation": "Parce que."}
        if kind in ("single", "multiple", "scenario"):
            value["choices"] = [{"type": "item", "id": f"c{n}-{i}", "value": {
                "text": f"Option {i}", "correct": i in (0, 2) if kind == "multiple" else i == 0,
                "feedback": ""}} for i in range(4)]
        elif kind == "true_false":
            value["answer"] = True
        else:
            value["items"] = [{"type": "item", "id": f"i{n}-{i}", "value": f"Étape {i}"}
                              for i in range(4)]
        raw.append({"type": kind, "id": f"q{n}", "value": value})
    return json.dumps(raw)


def main():
    setup_django("reperes-bench-quiz-")
    from django.core.management import call_command

    call_command("load_demo_content", quiet=True, stdout=open(os.devnull, "w"))  # noqa: SIM115

    from django.contrib.auth import get_user_model
    from django.test import Client

    from courses.models import CourseIndexPage, ModulePage, ModuleProgress
    from quizzes import services
    from quizzes.models import Attempt, Quiz

    User = get_user_model()
    user = User.objects.create_user("bench@exemple.test", "un-mot-de-passe-solide",
                                    first_name="Banc", last_name="Essai", job_role="gardien")
    # A pass mark of 100 % and mostly wrong answers: the learner can try again and again.
    quiz = Quiz.objects.create(title="Banc d'essai", questions=twenty_questions(), pass_mark=100,
                               max_attempts=0, shuffle_questions=True, shuffle_choices=True)

    def answers_for(attempt):
        responses = {}
        for question in attempt.questions:
            if question["kind"] == "ordering":
                responses[question["id"]] = [i["id"] for i in reversed(question["items"])]
            elif question["kind"] == "true_false":
                responses[question["id"]] = False
            elif question["kind"] == "multiple":
                responses[question["id"]] = [question["choices"][0]["id"]]
            else:
                responses[question["id"]] = question["choices"][1]["id"]
        return responses

    # Answers are saved as the learner goes (not timed); the submission grades and stores them.
    submission_times = []
    for _ in range(ROUNDS + 1):
        attempt = services.start_or_resume(user, quiz)
        services.save_answers(attempt, answers_for(attempt))
        started = time.perf_counter()
        services.submit(attempt)
        submission_times.append((time.perf_counter() - started) * 1000)
    submission_times = submission_times[1:]  # the first one warms the caches
    submission = statistics.median(submission_times)

    # A learner with 50 modules and 500 attempts.
    index = CourseIndexPage.objects.first()
    steps = ModulePage.objects.live().first().steps.raw_data  # demo content: a real module
    for n in range(50):
        module = ModulePage(title=f"Module de charge {n}", slug=f"charge-{n}", summary="s",
                            audience=["gardien"], steps=json.dumps(list(steps)), quiz=quiz)
        index.add_child(instance=module)
        ModuleProgress.objects.create(user=user, module=module)
    Attempt.objects.filter(user=user).delete()
    Attempt.objects.bulk_create([
        Attempt(user=user, quiz=quiz, number=n + 1, seed=n, questions=[],
                submitted_at="2026-01-01T10:00Z", score=10, max_score=20, percent=50,
                passed=False) for n in range(500)])
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    assert client.get("/mon-parcours/").status_code == 200
    dashboard = median_ms(lambda: client.get("/mon-parcours/"))
    floor = median_ms(lambda: client.get("/bench/bare/"))

    print(f"floor: bare Django view {floor:.2f} ms in-process (same client)")
    report("quiz_submission", submission, "ms", "<=", 30)
    report("learner_dashboard", dashboard, "ms", "<=", 50)


if __name__ == "__main__":
    run(main)
