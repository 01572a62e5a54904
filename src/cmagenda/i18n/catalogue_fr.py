"""Messages in French: the catalogue the views and errors say things with (data, not code):
the day's and the week's words here, the help pages, the user's files and the editorial desk in
modules of their own, merged below.

Standard library only, no imports: the morning path loads it. Plural marks `{n|one|other}` and
elision marks are read by `messages.say`.
"""

from cmagenda.i18n.catalogue_fr_desk import FR_DESK
from cmagenda.i18n.catalogue_fr_files import FR_FILES
from cmagenda.i18n.catalogue_fr_help import FR_HELP

FR: dict[str, str] = {
    "did_you_mean": " (vouliez-vous dire « {word} » ?)",
    "optional": "facultative",
    "tally.line": (
        "{network} : {filled} sur {target}, {free} {free|créneau libre|créneaux libres}"
    ),
    "tally.short": "il en manque {n}",
    "tally.met": "objectif atteint",
    "tally.week": "Semaine",
    "holiday": "Férié : {name}",
    "network.inactive": (
        "le réseau « {network} » n'est pas dans le profil ; pour l'ajouter, écrivez dans "
        "{path}, sous [profile] : {line}"
    ),
    "minutes.bad": "durée invalide : {value} (de 0 à {max} minutes)",
    "year.bad": "année invalide : {value} (de 1900 à 2200)",
    "within.bad": "délai incompris « {value} » (exemples : 30m, 1h, 1h30 ; au plus {max} min)",
    "remind.overdue": "en retard depuis le {date}",
    "remind.title": "cmagenda : à faire",
    "notify.missing": (
        "notification impossible : ni notify-send ni osascript trouvé (installez libnotify-bin)"
    ),
    "notify.failed": "notification impossible : {reason}",
    "report.week": "Rapport de la semaine du {start} au {end}",
    "report.month": "Rapport mensuel : {month}",
    "report.overall": "Fait : {done} sur {total} ({rate}) — {delta}",
    "report.delta": "{points} {points|pt|pts} par rapport à la période précédente",
    "report.minutes": "Temps : {done} faites sur {planned} prévues",
    "report.by_phase": "Par rythme",
    "report.by_volet": "Par volet",
    "report.by_network": "Par réseau",
    "report.cadence": "Cadence de publication",
    "report.cadence_line": (
        "{network} : objectif atteint {met} {met|jour|jours} sur {days}, "
        "{done} {done|publication|publications} sur {required} {required|due|dues}"
    ),
    "report.missed": "Manquées",
    "report.skipped": "Sautées",
    "report.overdue": "En retard, toujours ouvertes",
    "report.none": "aucune",
    "report.no_previous": "pas de période précédente",
    "report.nothing_due": "rien de dû dans la période",
    "report.by_day": "Par jour : {spark} ({start} → {end})",
    "report.kpis": "Indicateurs",
    "report.no_kpi": "aucun indicateur noté (cmagenda kpi add RÉSEAU INDICATEUR VALEUR)",
    "report.col.network": "Réseau",
    "report.col.metric": "Indicateur",
    "report.col.baseline": "Base",
    "report.col.previous": "Avant",
    "report.col.current": "Actuel",
    "report.col.vs_previous": "Δ avant",
    "report.col.vs_baseline": "Δ base",
    "report.col.trend": "Tendance",
    "report.col.days_met": "Jours tenus",
    "report.col.posts": "Publications",
    "report.col.date": "Date",
    "report.col.value": "Valeur",
    "kpi.added": "Noté : {network}, {metric} = {value} le {date}{change}",
    "kpi.since": " ({change} depuis le {date})",
    "kpi.replaced": " (remplace {value})",
    "kpi.removed": "Retiré : {network}, {metric} = {value} le {date}",
    "kpi.none": "Aucun indicateur noté. Par exemple : cmagenda kpi add {network} {metric} 1200",
    "kpi.suggested": "Indicateurs suggérés :",
    "kpi.metric_bad": (
        "nom d'indicateur invalide « {metric} » (des lettres, {limit} caractères au plus)"
    ),
    "kpi.value_bad": (
        "valeur invalide « {value} » : un nombre est attendu (1200, 1 200, 4,5 ou 4,5 %)"
    ),
    "kpi.unknown": "aucune valeur {de:metric} pour {network} le {date}",
    "section.overdue": "En retard",
    "section.timed": "À heure fixe",
    "section.rest": "Dans la journée",
    "summary": "{done}/{total} faites · {left} restantes",
    "nothing": "Rien de prévu.",
    "week.heading": "Semaine du {start} au {end}",
    "minutes": "{m} min",
    "hours": "{h} h {m:02d}",
    "status.todo": "à faire",
    "status.done": "faite",
    "status.skipped": "sautée",
    "status.missed": "manquée",
    "volet.content": "contenu",
    "volet.interaction": "interaction",
    "volet.monitoring": "veille",
    "volet.analysis": "analyse",
    "volet.team": "équipe",
    "volet.learning": "formation",
    "phase.arrival": "arrivée",
    "phase.first_months": "premiers mois",
    "phase.daily": "quotidien",
    "phase.weekly": "hebdomadaire",
    "phase.monthly": "mensuel",
    "phase.occasional": "occasionnel",
    "phase.added": "ajoutée",
    "volet.added": "ajoutée",
    "done.ok": "Faite : {title}",
    "done.already": "Déjà faite : {title}",
    "skip.ok": "Sautée : {title}",
    "move.ok": "Déplacée au {date} : {title}",
    "add.ok": "Ajoutée ({id}) le {date} : {title}",
    "error": "erreur",
    "id.unknown": "aucune tâche ne correspond à « {id} »",
    "id.ambiguous": "« {id} » désigne plusieurs tâches ; donnez plus de caractères :",
    "date.bad": (
        "date incomprise « {value} ». Exemples acceptés : 2026-11-23, aujourd'hui, demain, "
        "après-demain, hier, lundi, lundi prochain, 9 décembre, dans 3 jours, +3j, fin du mois, "
        "début de la semaine prochaine, mois dernier, novembre, novembre 2026"
    ),
    "time.bad": (
        "heure incomprise « {value} ». Exemples acceptés : 14:30, 14h, 14 h 30, 14 heures, "
        "midi, 2pm"
    ),
    "assumed.head": (
        "cmagenda a écrit ce fichier de lui-même au premier lancement, avec des valeurs\n"
        "supposées. Pour les changer\u00a0: {command}\n"
        "Tant que vous ne le modifiez pas, « cmagenda init » le remplace sans --force."
    ),
    "assumed.said": (
        "premier lancement\u00a0: profil créé avec des valeurs supposées (fuseau {zone}, "
        "langue {language}, début le {start}, réseaux {networks}). Pour les changer\u00a0:"
    ),
    "internal": "erreur interne : {reason}",
    "title.empty": "le titre est vide",
    "now.bad": (
        "instant invalide « {value} » (attendu : une date et une heure dans le fuseau du "
        "profil, {zone}, p. ex. 2026-11-23T09:00 ou « 2026-11-23 09:00 », ou avec un "
        "décalage, p. ex. {example})"
    ),
    "interrupted": "interrompu",
    "title.too_long": "titre trop long : {length} caractères (au plus {limit})",
    "reason.too_long": "raison trop longue : {length} caractères (au plus {limit})",
    # Dates as people write them
    "date.impossible": "date impossible « {value} » : le {fr} n'existe pas",
    "date.weekday": "« {value} » : le {fr} est un {weekday_fr}",
    "date.ambiguous": (
        "date ambiguë « {value} » : le {fr_a} ou le {fr_b} ? Écrivez {iso_a} ou {iso_b}"
    ),
    "date.range": "date hors des dates prises en charge : {value} (années {low} à {high})",
    "system.failed": "le système a refusé : {reason}",
    # -- KPI values read without guessing; undo of every change; merge by last change --
    "kpi.value_ambiguous": (
        "valeur ambiguë « {value} » : {first} ou {second} selon la convention ; "
        "tapez {first} ou {second}"
    ),
    "kpi.value_count": (
        "« {value} » n'est pas un nombre {de:metric} : un nombre entier, positif ou nul, "
        "est attendu"
    ),
    "kpi.value_negative": "« {value} » : {metric} ne peut pas être négatif",
    "kpi.value_range": "valeur hors limites « {value} » : au plus {limit}",
    "edit.ok": "Modifiée : {title}",
    "edit.nothing": "rien à modifier : donnez --title, --minutes, --at, --no-time ou --note",
    "edit.at_and_no_time": "--at et --no-time s'excluent : choisissez l'un des deux",
    "note.too_long": "note trop longue : {length} caractères (au plus {limit})",
    "task.note": "note : {note}",
    "rm.ok": "Retirée : {title}",
    "rm.skipped": "Retirée (ne sera plus prévue) : {title}",
    "rm.reason": "retirée",
    # Networks and holiday regions as people type them.
    "network.unknown_near": (
        "réseau inconnu «\u00a0{network}\u00a0»{suggestion}. Réseaux connus\u00a0: {known}"
    ),
    # Capacity of the working day and the order of duties (`after`).
    "day.capacity": "{planned} prévues sur {capacity}",
    "day.capacity_off": "jour non travaillé",
    "day.over": "au-delà de la journée",
    "hours.whole": "{h} h",
    # -- absences, and views made for their moment
    "rm.post_unplanned": (
        "Publication {id} ({network}, {date}) remise hors créneau\u00a0: replanifiez-la avec "
        "«\u00a0cmagenda post move {id} --to DATE\u00a0»"
    ),
    "off.one_day": "le {date}",
    "off.span": "du {start} au {end} ({n} {n|jour|jours})",
    "off.added": "Absence n°\u00a0{number} notée {span}{reason}\u00a0: rien n'est dû ces jours-là",
    "off.removed": "Absence retirée {span}{reason}",
    "off.none": "Aucune absence notée.",
    "off.order": "la fin ({end}) précède le début ({start})",
    "off.too_long": "une absence dure au plus {limit} jours (ici {days})",
    "off.too_many": "au plus {limit} absences\u00a0: retirez-en d'anciennes (cmagenda off rm N)",
    "off.overlap": (
        "refusé\u00a0: ces dates chevauchent l'absence n°\u00a0{number} "
        "(du {start} au {end})\u00a0; retirez-la d'abord (cmagenda off rm {number}) "
        "puis notez la nouvelle période entière"
    ),
    "off.unknown": "aucune absence «\u00a0{which}\u00a0»\u00a0: voyez cmagenda off list",
    "off.usage": "usage\u00a0: cmagenda off DU [AU] [--reason TEXTE] | off list | off rm N|DU [AU]",
    "report.days_off": "Absent\u00a0: {n} {n|jour non compté|jours non comptés}",
    "day.off": "Absent — rien n'est dû aujourd'hui",
    "day.off_reason": "Absent — {reason}\u00a0: rien n'est dû aujourd'hui",
    "owed.posts": "Publications encore dues\u00a0: {networks}",
    "week.routine": "routine {done}/{owed}\u00a0: {parts}",
    "week.added": "ajouts",
    "week.grid": "Calendrier éditorial (publications prévues ou faites / dues)",
    "week.total": "total",
    "day.now": "maintenant",
    "day.late": "passé",
    "task.for": "pour {name}",
    "task.done_by": "fait par {name}",
    # Les dates données avec une heure, ou d’après une autre date
    "date.time_given": (
        "« {value} » : ici, une date seulement, sans heure (« {date} ») ; l’heure, s’il en "
        "faut une, se donne avec --at"
    ),
    "date.relative": (
        "« {value} » dépend d’une autre date : écrivez la date elle-même (demain, "
        "après-demain, lundi, 2026-12-09…)"
    ),
    # Dates, heures et nombres tels qu’on les écrit
    "date.weekday_year": (
        "« {value} » : le {fr} est un {weekday_fr}, et le {day_fr} n’est pas un "
        "{asked_fr} de {first} à {last} : précisez l’année"
    ),
    "date.weekday_other_year": (
        "« {value} » : le {fr} est un {weekday_fr} ; le {day_fr} est un {asked_fr} en "
        "{year} : précisez l’année"
    ),
    # Vues qui s’accordent : publications hors créneau, heures du jour, rapports
    "section.outside": "Publications hors créneau",
    "tally.outside": " (dont {n} hors créneau)",
    "section.waiting": "En attente du prochain jour travaillé",
    "day.carried": ", dont {carried} en retard",
    "day.off_on": "Absent — rien n'est dû ce jour-là",
    "day.off_reason_on": "Absent — {reason}\u00a0: rien n'est dû ce jour-là",
    "report.added": "tâches ajoutées",
    "done.post_published": "Publication {id} marquée publiée (elle était\u00a0: {was})",
    "off.post_kept": "La publication {id} ({network}, {date}) reste prévue ce jour-là",
    "add.outside_hours": " (hors des heures de travail\u00a0: {hours})",
    # Days off: duties moved off an absence, tasks moved onto a day off.
    "move.day_off": "Déplacée au {date}, jour non travaillé (elle reste due)\u00a0: {title}",
    "off.moved": "Déplacée au {date}, hors de l'absence\u00a0: {title}",
    "move.past": (
        "le {date} est passé\u00a0: une tâche se déplace à aujourd'hui ou plus tard"
        " (faite entre-temps\u00a0? cmagenda done {id})"
    ),
    **FR_DESK,
    **FR_FILES,
    **FR_HELP,
}
