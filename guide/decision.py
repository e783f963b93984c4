"""The "signaux faibles" decision aid: from observed facts to an orientation.

A pure function of the ticked signs. Nothing is stored or logged: the view only renders the
result. This is an aid for a professional, not a diagnosis; the content is to be reviewed by
the programme's clinicians.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Sign:
    key: str
    label: str


@dataclass(frozen=True)
class SignGroup:
    key: str
    legend: str
    signs: tuple


GROUPS = (
    SignGroup("danger", _("Danger immédiat"), (
        Sign("suicide_imminent", _("La personne dit qu'elle va mettre fin à ses jours maintenant, "
                                   "a un moyen à portée de main ou vient de tenter de le faire")),
        Sign("violence", _("Violence en cours, menace avec une arme, ou vous vous sentez en danger")),
        Sign("medical", _("Personne inconsciente, blessée, qui ne répond plus, ou odeur de gaz, "
                          "fumée, début d'incendie")),
    )),
    SignGroup("person", _("Ce que dit ou fait la personne"), (
        Sign("suicidal_talk", _("Elle parle de mourir, de « ne plus être là », de ne plus "
                                "supporter sa vie")),
        Sign("confusion", _("Propos confus ou incohérents, semble entendre des voix, se croit "
                            "surveillée ou persécutée")),
        Sign("threats", _("Menaces envers des voisins ou le personnel")),
        Sign("aggressive", _("Cris, insultes, comportement agressif répété")),
        Sign("sudden_change", _("Changement brutal par rapport à d'habitude (tenue, propos, "
                                "rythme de vie)")),
        Sign("substances", _("Consommation d'alcool ou de drogues visible et qui pose problème")),
    )),
    SignGroup("dwelling", _("Le logement"), (
        Sign("hygiene", _("Odeurs fortes, manque d'hygiène, nuisibles")),
        Sign("clutter", _("Accumulation d'objets ou de déchets, passages encombrés")),
        Sign("hazard", _("Risque pour la sécurité : incendie, fuite, installation électrique "
                         "dangereuse, insalubrité")),
        Sign("damage", _("Dégradations du logement ou des parties communes")),
        Sign("no_access", _("Refus de toute visite ou intervention dans le logement")),
    )),
    SignGroup("life", _("La vie quotidienne et le voisinage"), (
        Sign("isolation", _("Ne sort plus, courrier qui s'accumule, volets toujours fermés")),
        Sign("rent", _("Loyers impayés depuis peu, difficultés administratives")),
        Sign("noise", _("Bruit, plaintes ou conflits de voisinage")),
    )),
)
SIGNS = {sign.key: sign for group in GROUPS for sign in group.signs}

DANGER = {"suicide_imminent", "violence", "medical"}
PSYCHIC = {"suicidal_talk", "confusion", "threats", "sudden_change"}
DWELLING = {"hygiene", "clutter", "hazard", "damage", "no_access"}
SOCIAL = {"isolation", "rent"}


class Level:
    EMERGENCY = "emergency"
    DEDICATED_TEAM = "dedicated_team"
    SOCIAL = "social"
    OBSERVE = "observe"


@dataclass
class Orientation:
    level: str
    title: str
    summary: str
    actions: list = field(default_factory=list)
    contacts: list = field(default_factory=list)  # directory slugs, in order


def orient(selected):
    """Return the Orientation for a set of sign keys (unknown keys are ignored)."""
    signs = set(selected) & set(SIGNS)
    if not signs:
        raise ValueError("at least one sign is needed")

    if signs & DANGER:
        contacts = []
        if "suicide_imminent" in signs or "medical" in signs:
            contacts.append("samu-15")
        if "violence" in signs:
            contacts.append("police-17")
        if "medical" in signs:
            contacts.append("pompiers-18")
        contacts += ["urgence-112", "urgence-114"]
        if "suicide_imminent" in signs:
            contacts.append("prevention-suicide-3114")
        return Orientation(
            Level.EMERGENCY,
            _("Urgence : appelez maintenant"),
            _("Une vie ou la sécurité de quelqu'un est en jeu. Appelez les secours tout de "
              "suite, avant toute autre démarche."),
            [
                _("Appelez le numéro d'urgence indiqué ci-dessous et suivez ses consignes."),
                _("Mettez-vous en sécurité ; ne restez pas seul·e avec une personne menaçante."),
                _("Si la personne risque de se faire du mal, restez avec elle ou près d'elle "
                  "jusqu'à l'arrivée des secours, si vous le pouvez sans danger."),
                _("Prévenez ensuite votre responsable, qui organisera la suite."),
            ],
            contacts,
        )

    psychic = signs & PSYCHIC
    dwelling = signs & DWELLING
    severe_dwelling = "hazard" in signs or {"hygiene", "clutter"} <= signs or (
        "no_access" in signs and len(dwelling) >= 2)
    if psychic or severe_dwelling or ("aggressive" in signs and len(signs) >= 3):
        actions = [
            _("Notez les faits, datés et sans jugement : ce que vous avez vu et entendu."),
            _("Parlez-en le jour même à votre responsable : c'est lui ou elle qui décide du "
              "signalement à l'équipe dédiée ou au CMP du secteur."),
            _("Gardez le lien avec la personne : saluez-la, proposez votre aide, sans la "
              "brusquer."),
        ]
        contacts = ["referent-sante-mentale-bailleur", "equipe-dediee-13", "equipe-dediee-20",
                    "cmp-13-secteur-a", "cmp-20-secteur-a"]
        if "suicidal_talk" in signs:
            actions.insert(0, _("Parlez-en directement avec la personne : lui demander si "
                                "elle pense au suicide n'augmente pas le risque. Donnez-lui "
                                "le 3114 (gratuit, 24 h/24)."))
            contacts.insert(0, "prevention-suicide-3114")
        if "hazard" in signs:
            actions.append(_("Pour un risque immédiat (gaz, feu, électricité), appelez le 18."))
            contacts.append("pompiers-18")
        return Orientation(
            Level.DEDICATED_TEAM,
            _("Alertez votre encadrement pour un signalement à l'équipe dédiée ou au CMP"),
            _("Ces signes peuvent traduire une souffrance psychique. Ce n'est pas à vous "
              "d'évaluer : des professionnels du soin peuvent le faire, à la demande de votre "
              "organisme."),
            actions,
            contacts,
        )

    if signs & SOCIAL or "substances" in signs:
        contacts = ["service-social-proximite-13", "service-social-proximite-20"]
        if "substances" in signs:
            contacts += ["alcool-info-service", "drogues-info-service"]
        return Orientation(
            Level.SOCIAL,
            _("Mobilisez l'accompagnement social"),
            _("La personne semble traverser des difficultés sociales. Un conseiller social "
              "ou le service social de proximité peut lui proposer un accompagnement."),
            [
                _("Signalez la situation au conseiller ou à la conseillère sociale de votre "
                  "organisme."),
                _("Proposez à la personne les coordonnées du service social de son "
                  "arrondissement, sans insister si elle refuse."),
                _("Restez attentif·ve : si d'autres signes apparaissent, refaites le point."),
            ],
            contacts,
        )

    return Orientation(
        Level.OBSERVE,
        _("Continuez d'observer et notez les faits"),
        _("Pris isolément, ce signe ne suffit pas à conclure. Gardez un œil bienveillant sur "
          "la situation."),
        [
            _("Notez ce que vous constatez, avec la date, sans interpréter."),
            _("Parlez-en à votre responsable lors de votre prochain point."),
            _("Si la situation dure, s'aggrave ou si d'autres signes apparaissent, refaites "
              "le point avec cet outil."),
        ],
        ["referent-sante-mentale-bailleur"],
    )
