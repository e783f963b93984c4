"""The person's progress in their data export; deletion forgets their choices in the cases."""


def _decisions(progress):
    """Each decision as the person saw it: the step's title and the option chosen."""
    chosen = []
    for step in progress.module.steps:
        if step.block_type != "decision" or step.id not in progress.decisions:
            continue
        options = {item.id: item.value["text"] for item in step.value["choices"].bound_blocks}
        chosen.append({"etape": step.value["title"],
                       "choix": options.get(progress.decisions[step.id], "")})
    return chosen


def export_progress(user):
    from .models import ModuleProgress, PathCompletion

    modules = [
        {"module": p.module.title, "etape_actuelle": p.current_step,
         "etapes_vues": len(p.seen_steps), "decisions": _decisions(p),
         "commence_le": p.started_at.isoformat(),
         "termine_le": p.completed_at.isoformat() if p.completed_at else None}
        for p in ModuleProgress.objects.filter(user=user).select_related("module")
    ]
    paths = [{"parcours": c.path.title, "termine_le": c.completed_at.isoformat()}
             for c in PathCompletion.objects.filter(user=user).select_related("path")]
    return {"modules": modules, "parcours": paths}


def erase_decisions(user):
    """What the person chose in the cases is theirs; completion stays for the statistics."""
    from .models import ModuleProgress

    ModuleProgress.objects.filter(user=user).update(decisions={})
