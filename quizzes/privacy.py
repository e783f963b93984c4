def export_attempts(user):

    return [
        {"quiz": attempt.quiz.title, "tentative": attempt.number,
         "commencee_le": attempt.started_at.isoformat(),
         "validee_le": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
         "score_pourcent": attempt.percent, "reussie": attempt.passed,
         "reponses": {a.question_id: a.response for a in attempt.answers.all()}}
        for attempt in user.quiz_attempts.select_related("quiz").prefetch_related("answers")
    ]


def erase_answers(user):
    """Answers are personal; scores stay with the anonymised attempt for the statistics."""
    from .models import Answer

    Answer.objects.filter(attempt__user=user).update(response=None)
