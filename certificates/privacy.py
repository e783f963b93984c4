def export_certificates(user):
    return [{"code": c.grouped_code, "type": c.get_kind_display(), "contenu": c.snapshot,
             "delivree_le": c.issued_at.isoformat(), "etat": c.get_status_display()}
            for c in user.certificates.all()]
