def export_progress(user):
    from .models import ModuleProgress, PathCompletion

    modules = [
        {"module": p.module.title, "etape_actuelle": p.current_step,
         "etapes_vues": len(p.seen_steps), "commence_le": p.started_at.isoformat(),
         "termine_le": p.completed_at.isoformat() if p.completed_at else None}
        for p in ModuleProgress.objects.filter(user=user).select_related("module")
    ]
    paths = [{"parcours": c.path.title, "termine_le": c.completed_at.isoformat()}
             for c in PathCompletion.objects.filter(user=user).select_related("path")]
    return {"modules": modules, "parcours": paths}
