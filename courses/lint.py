"""Automatic review of the modules' decisions and the quizzes in content/ (check_content).

It catches what lets a learner pass without judgement: the best option always in the same
place or always the longest, every multiple-choice question with the same number of right
answers, a quiz that asks its whole pool each time.
"""

from collections import Counter

from core.content_files import parse_blocks
from quizzes.content import FOLDER as QUIZZES

from .content import MODULES

MIN_DECISIONS = 3


def _decisions(run):
    for path in run.files(MODULES, "*.md"):
        header, body = run.document(path)
        if header is None:
            continue
        for kind, value, line in parse_blocks(body, path, run.report):
            if kind == "decision" and isinstance(value.get("choices"), list):
                yield path, line, [c for c in value["choices"] if isinstance(c, dict)]


def lint(run):
    """The problems found, as (file, message) pairs."""
    problems = []
    positions, longest, decisions = Counter(), 0, 0
    for path, line, choices in _decisions(run):
        best = [i for i, c in enumerate(choices) if c.get("quality") == "best"]
        if len(best) != 1:
            problems.append((run.name(path), f"décision ligne {line} : {len(best)} meilleures "
                                             "options au lieu d'une"))
            continue
        decisions += 1
        positions[best[0]] += 1
        lengths = [len(str(c.get("text", ""))) for c in choices]
        if lengths[best[0]] == max(lengths) and lengths.count(max(lengths)) == 1:
            longest += 1
    if decisions >= MIN_DECISIONS:
        if len(positions) == 1:
            position = next(iter(positions)) + 1
            problems.append(("modules", f"la meilleure option est toujours en position "
                                        f"{position} ({decisions} décisions)"))
        if longest * 2 > decisions:
            problems.append(("modules", f"la meilleure option est la plus longue dans {longest} "
                                        f"décisions sur {decisions} (au plus la moitié)"))

    right_counts = []
    for path in run.files(QUIZZES, "*.yaml"):
        data = run.yaml(path)
        if not isinstance(data, dict):
            continue
        questions = [q for q in data.get("questions") or [] if isinstance(q, dict)]
        draw = data.get("draw")
        if draw and draw >= len(questions):
            problems.append((run.name(path), f"le quiz tire {draw} questions sur un pool de "
                                             f"{len(questions)} : chaque tentative pose les "
                                             "mêmes"))
        for number, question in enumerate(questions, start=1):
            choices = question.get("choices") or []
            right = sum(1 for c in choices if isinstance(c, dict) and c.get("correct"))
            if question.get("kind") == "multiple":
                right_counts.append(right)
                if right * 2 > len(choices):
                    problems.append((run.name(path), f"question {number} : {right} bonnes "
                                                     f"réponses sur {len(choices)}, tout cocher "
                                                     "rapporterait des points"))
            elif question.get("kind") in ("single", "scenario") and right != 1:
                problems.append((run.name(path), f"question {number} : {right} bonnes réponses "
                                                 "au lieu d'une"))
    if len(right_counts) >= MIN_DECISIONS and len(set(right_counts)) == 1:
        problems.append(("quiz", f"les {len(right_counts)} questions à choix multiple ont "
                                 f"toutes {right_counts[0]} bonnes réponses"))
    return problems
