def export_certificates(user):
    return [{"code": c.grouped_code, "type": c.get_kind_display(), "contenu": c.snapshot,
             "delivree_le": c.issued_at.isoformat(), "etat": c.get_status_display(),
             "valable_jusqu_au": c.expires_on.isoformat() if c.expires_on else None,
             "renouvelee_le": c.renewed_on.isoformat() if c.renewed_on else None,
             "corrections_du_nom": [
                 {"avant": n.previous_name, "apres": n.new_name, "motif": n.reason,
                  "le": n.corrected_at.isoformat()} for n in c.name_corrections.all()]}
            for c in user.certificates.prefetch_related("name_corrections")]
