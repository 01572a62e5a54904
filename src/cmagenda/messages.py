"""Messages: the user-facing text of every stage, in French and English (a catalogue, not code).

Standard library only: the morning path formats its headings with it.
"""

from __future__ import annotations

import datetime as dt
import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

CATALOGUE: dict[str, dict[str, str]] = {
    "fr": {
        "help.usage": "Utilisation",
        "help.options_word": "[OPTIONS]",
        "help.command_word": "COMMANDE [ARGUMENTS]...",
        "help.arguments": "Arguments",
        "help.options": "Options",
        "help.commands": "Commandes",
        "help.help": "Afficher cette aide et quitter.",
        "help.app": "L'agenda du gestionnaire de communauté : la liste de tâches, jour par jour.",
        "help.templates": "Les tâches de la liste (modèles).",
        "help.on": "Faire comme si on était le DATE (2026-11-23, demain, lundi…).",
        "help.json": "Sortie pour les programmes (JSON versionné).",
        "help.version": "Afficher la version.",
        "help.lang": "Langue des messages : fr ou en.",
        "help.now": "Faire comme si l'horloge indiquait DATETIME (ISO 8601 avec décalage).",
        "help.today": "Les tâches du jour : en retard d'abord, puis à heure fixe, puis le reste.",
        "help.week": "La semaine de DATE (par défaut aujourd'hui), jour par jour.",
        "help.ids": "Identifiants des tâches, ou leurs débuts.",
        "help.id": "Identifiant de la tâche, ou son début.",
        "help.done": "Cocher des tâches faites.",
        "help.skip": "Sauter des tâches exprès (ni en retard ni manquées).",
        "help.reason": "Pourquoi elles sont sautées.",
        "help.undo": (
            "Annuler la dernière modification (done, skip, move, add, post, kpi, import, init)."
        ),
        "help.move": "Déplacer une tâche à une autre date (et heure).",
        "help.to": "La nouvelle date (2026-11-26, vendredi, dans 3 jours…).",
        "help.move_at": "La nouvelle heure (14:30, 14h30, 2pm).",
        "help.add": "Ajouter une tâche ponctuelle.",
        "help.title": "Ce qu'il faut faire.",
        "help.add_on": "Sa date (par défaut aujourd'hui).",
        "help.add_at": "Son heure (14:30, 14h30, 2pm).",
        "help.network": "Le réseau social concerné.",
        "help.minutes": "Durée prévue, en minutes.",
        "help.init": "Écrire config.toml : début, fuseau, réseaux, langue, début de semaine.",
        "help.start": "Premier jour dans le poste (pour le plan d'arrivée).",
        "help.timezone": "Fuseau horaire IANA, par ex. America/Toronto.",
        "help.networks": "Réseaux suivis, séparés par des virgules.",
        "help.init_lang": "Langue du profil : fr ou en.",
        "help.week_start": "Premier jour de la semaine.",
        "help.force": "Remplacer une configuration existante.",
        "help.holidays_opt": "Jours fériés : région (CA-QC, FR…), auto ou none.",
        "help.work_days": "Jours de travail (MO,TU,WE,TH,FR).",
        "help.work_hours": "Heures de travail (09:00-12:30,14:00-17:30).",
        "help.holidays": "Lister les jours fériés de l'année (région du profil).",
        "help.year": "L'année (par défaut : celle d'aujourd'hui).",
        "init.bad": "réglage refusé",
        "holidays.none": "Aucun jour férié : réglez holidays (CA-QC, FR…) dans le profil.",
        "holidays.heading": "Jours fériés {year} ({region})",
        "help.templates_list": "La liste fusionnée : tâches fournies et les vôtres.",
        "help.templates_check": "Vérifier une liste de tâches ; code 3 et toutes les erreurs.",
        "help.file": "Un fichier de liste de tâches (par défaut : le vôtre).",
        "help.paths": "Où cmagenda lit et écrit.",
        "help.doctor": "Vérifier que chaque fichier de données est lisible ; code 4 sinon.",
        "help.restore": "Remettre la dernière sauvegarde saine d'un fichier abîmé.",
        "usage.no_option": "option inconnue : {option}",
        "usage.no_command": "commande inconnue : « {command} »{suggestion}",
        "usage.missing": "il manque {name}",
        "usage.bad_value": "valeur invalide pour {name}",
        "usage.extra": "{n|argument|arguments} en trop : {args}",
        "usage.needs_value": "l'option {option} attend une valeur",
        "usage.other": "ligne de commande invalide : {detail}",
        "did_you_mean": " (vouliez-vous dire « {word} » ?)",
        "optional": "facultative",
        "tally.line": (
            "{network} : {filled} sur {target}, {free} {free|créneau libre|créneaux libres}"
        ),
        "tally.short": "il en manque {n}",
        "tally.met": "objectif atteint",
        "tally.week": "Semaine",
        "holiday": "Férié : {name}",
        "post.planned": "prévu",
        "post.empty_slot": "créneau libre",
        "post.none": "Aucune publication prévue.",
        "post.no_slot": "hors créneau",
        "post.status.draft": "brouillon",
        "post.status.ready": "prête",
        "post.status.published": "publiée",
        "post.empty": "le texte de la publication est vide",
        "post.too_long": "texte trop long (plus de {limit} caractères)",
        "post.status": "statut inconnu « {value} » (connus : {known})",
        "network.inactive": "le réseau « {network} » n'est pas dans le profil (profile.networks)",
        "post.added": "Publication {id} prévue le {date} sur {network}{slot}",
        "post.in_slot": ", créneau de {time}",
        "post.unslotted": ", hors créneau (tous sont pris)",
        "post.edited": "Publication {id} modifiée ({status})",
        "post.moved": "Publication {id} déplacée au {date}",
        "post.removed": "Publication {id} supprimée",
        "export.range": "période d'export invalide : du {start} au {end} (deux ans au plus)",
        "export.format": "format inconnu « {value} » (ics, vdir, taskwarrior, json)",
        "export.dir": "--format vdir demande --dir DOSSIER",
        "export.written": "Exporté : {count} {count|élément|éléments} dans {path}",
        "export.vdir": (
            "{path} : {written} {written|fichier écrit|fichiers écrits}, "
            "{unchanged} {unchanged|inchangé|inchangés}, {removed} {removed|retiré|retirés}"
        ),
        "import.missing": "fichier introuvable : {path}",
        "import.bad": "{path} n'est pas une sauvegarde cmagenda lisible : {reason}",
        "import.newer": (
            "{path} vient d'une version plus récente de cmagenda (format {found}, connu :"
            " {known}) : mettez cmagenda à jour"
        ),
        "import.exists": (
            "des données existent déjà : --replace pour les remplacer (gardées dans data/backups),"
            " --merge pour fusionner par identifiant"
        ),
        "import.both": "--replace et --merge s'excluent",
        "import.done": (
            "Importé : {months} mois, {tasks} {tasks|tâche|tâches}, "
            "{kpis} {kpis|valeur|valeurs} d'indicateurs"
        ),
        "help.export": "Exporter : iCalendar, vdir, Taskwarrior ou sauvegarde JSON complète.",
        "help.export_format": "ics, vdir (un .ics par tâche), taskwarrior ou json (tout).",
        "help.export_from": "Premier jour (par défaut : il y a 30 jours).",
        "help.export_to": "Dernier jour (par défaut : dans 60 jours).",
        "help.output": (
            "Écrire dans ce fichier (remplacé d'un coup), ce tube ou ce périphérique plutôt "
            "qu'à l'écran ; « - » : la sortie standard."
        ),
        "help.export_dir": "Le dossier du vdir (--format vdir).",
        "help.events": "Aussi les créneaux de publication et les publications, en événements.",
        "help.import": "Restaurer une sauvegarde JSON (cmagenda export --format json).",
        "help.import_file": "Le fichier de sauvegarde.",
        "help.replace": "Remplacer les données existantes (gardées dans data/backups).",
        "help.merge": "Fusionner élément par élément (le plus récemment modifié l'emporte).",
        "help.post": "Le calendrier éditorial : publications prévues dans les créneaux.",
        "help.post_add": "Prévoir une publication dans le prochain créneau libre (ou à --at).",
        "help.post_list": "Les publications prévues d'un jour ou de la semaine.",
        "help.post_edit": "Modifier le texte, le lien ou le statut d'une publication.",
        "help.post_move": "Déplacer une publication à une autre date (et heure).",
        "help.post_rm": "Supprimer une publication prévue.",
        "help.post_publish": "Marquer une publication publiée (coche son créneau).",
        "help.post_text": "Le texte de la publication.",
        "help.post_network": "Le réseau (facebook, instagram…).",
        "help.post_link": "Un lien joint.",
        "help.post_status": "draft (brouillon), ready (prête) ou published (publiée).",
        "help.post_week": "Toute la semaine.",
        "help.post_id": "Identifiant de la publication, ou son début.",
        "week_start.bad": "début de semaine inconnu « {value} » (monday ou sunday)",
        "minutes.bad": "durée invalide : {value} (de 0 à {max} minutes)",
        "year.bad": "année invalide : {value} (de 1900 à 2200)",
        "within.bad": "délai incompris « {value} » (exemples : 30m, 1h, 1h30 ; au plus {max} min)",
        "remind.overdue": "en retard depuis le {date}",
        "remind.title": "cmagenda : à faire",
        "notify.missing": (
            "notification impossible : ni notify-send ni osascript trouvé (installez libnotify-bin)"
        ),
        "notify.failed": "notification impossible : {reason}",
        "help.remind": "Rappeler ce qui arrive bientôt (pour cron : rien à dire, rien d'écrit).",
        "help.within": "Fenêtre à venir (30m, 1h, 1h30).",
        "help.notify": "Aussi une notification de bureau (notify-send, osascript).",
        "help.plain": "Texte simple, sans couleur ni cadre (comme quand la sortie est redirigée).",
        "help.no_color": "Sans couleur (comme NO_COLOR).",
        "help.color": "Couleur : auto, always (même redirigée, pour less -R) ou never.",
        "help.quiet": "Ne pas confirmer les changements (les erreurs restent dites).",
        "color.bad": "valeur inconnue pour --color : « {value} » (auto, always, never)",
        "shell.bad": "interpréteur inconnu « {value} » (bash, zsh, fish)",
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
        "help.kpi": "Le journal des indicateurs (abonnés, portée, taux d'engagement…).",
        "help.kpi_add": "Noter la valeur d'un indicateur (une par jour : la nouvelle remplace).",
        "help.kpi_list": "Lister les valeurs notées et les indicateurs suggérés.",
        "help.kpi_rm": "Retirer une valeur notée.",
        "help.kpi_network": "Le réseau (facebook, instagram…).",
        "help.kpi_metric": (
            "L'indicateur : followers/abonnés, reach/portée, engagement_rate… ou libre."
        ),
        "help.kpi_value": "La valeur, un nombre (1200, 4,5 %).",
        "help.kpi_on": "La date de la valeur (par défaut : aujourd'hui).",
        "help.kpi_filter_network": "Seulement ce réseau.",
        "help.kpi_filter_metric": "Seulement cet indicateur.",
        "help.report": (
            "Rapport de la semaine ou du mois : fait, cadence, retards, temps, indicateurs."
        ),
        "help.report_week": "La semaine (par défaut).",
        "help.report_month": "Le mois.",
        "help.markdown": "En Markdown, à coller dans un courriel ou un wiki.",
        "help.report_on": "Une date de la période (par défaut : aujourd'hui).",
        "template.unknown": "aucune tâche type « {id} »{hint}",
        "help.templates_show": "Montrer une tâche type du répertoire.",
        "help.template_id": "L'identifiant de la tâche type (cmagenda templates list).",
        "help.completion": "Le script de complétion pour bash, zsh ou fish.",
        "help.shell": "L'interpréteur : bash, zsh ou fish.",
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
        "overdue.since": "depuis le {date}",
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
        "undo.ok": "Annulé ({label}) : {count} {count|tâche remise|tâches remises} en l'état",
        "undo.empty": "Rien à annuler.",
        "init.ok": "Profil écrit dans {path}",
        "templates.ok": "{path} : valide ({count} tâches)",
        "error": "erreur",
        "id.unknown": "aucune tâche ne correspond à « {id} »",
        "id.ambiguous": "« {id} » désigne plusieurs tâches ; donnez plus de caractères :",
        "date.bad": (
            "date incomprise « {value} ». Exemples acceptés : 2026-11-23, aujourd'hui, demain, "
            "après-demain, hier, lundi, lundi prochain, dans 3 jours, +3j, fin du mois, "
            "début de la semaine prochaine"
        ),
        "time.bad": "heure incomprise « {value} ». Exemples acceptés : 14:30, 14h, 14h30, 2pm",
        "zone.unknown": "fuseau horaire inconnu « {zone} »",
        "network.unknown": "réseau inconnu « {network} » (connus : {known})",
        "lang.bad": "langue inconnue « {value} » (fr ou en)",
        "init.exists": "{path} existe déjà ; ajoutez --force pour le remplacer",
        "assumed.head": (
            "cmagenda a écrit ce fichier de lui-même au premier lancement, avec des valeurs\n"
            "supposées. Pour les changer\u00a0: {command}\n"
            "Tant que vous ne le modifiez pas, « cmagenda init » le remplace sans --force."
        ),
        "assumed.said": (
            "premier lancement\u00a0: profil créé avec des valeurs supposées (fuseau {zone}, "
            "langue {language}, début le {start}, réseaux {networks}). Pour les changer\u00a0:"
        ),
        "store.corrupt": (
            "le fichier de données {path} est illisible : {reason}. Il n'a pas été modifié ; "
            "dernière sauvegarde saine : {backup} (« cmagenda doctor --restore » la remet en place)"
        ),
        "store.newer": (
            "le fichier de données {path} vient d'une version plus récente de cmagenda "
            "(schéma {found}, connu : {known}). Il n'a pas été modifié : mettez cmagenda à jour."
        ),
        "io.failed": "écriture ou lecture impossible de {path} : {reason}",
        "store.locked": (
            "les données sont verrouillées par un autre cmagenda depuis {seconds} s ({path})"
        ),
        "store.waiting": "un autre cmagenda utilise les données ; on attend…",
        "checklist.missing": "liste de tâches introuvable : {path}",
        "checklist.unreadable": "liste de tâches illisible : {path} ({reason})",
        "checklist.too_big": "liste de tâches trop grosse : {path} (plus de {limit} octets)",
        "checklist.not_utf8": "{path} n'est pas en UTF-8 (octet {offset} : {reason})",
        "checklist.bad_toml": "{path} n'est pas du TOML valide : {reason}",
        "checklist.invalid": "liste de tâches invalide :",
        "config.invalid": "configuration invalide ({path}) :",
        "config.unreadable": "configuration illisible : {path} ({reason})",
        "internal": "erreur interne : {reason}",
        "title.empty": "le titre est vide",
        "usage.hint": "voir « {command} --help »",
        "doctor.ok": "{count} {count|fichier vérifié|fichiers vérifiés} : tout est lisible.",
        "doctor.bad": "{path} : {reason} (dernière sauvegarde saine : {backup})",
        "doctor.restored": "{path} : remis en place depuis {backup}",
        "doctor.failed": "{count} {count|fichier|fichiers} de données {count|illisible|illisibles}",
        "now.bad": (
            "instant invalide « {value} » "
            "(attendu : ISO 8601 avec décalage, p. ex. 2026-11-23T09:00:00-05:00)"
        ),
        "interrupted": "interrompu",
        # Changes to several files (journal)
        "journal.undone": "rien n'a été changé : écriture impossible de {path} : {reason}",
        "journal.stuck": (
            "une modification interrompue n'a pu être ni terminée ni annulée ({path}) : "
            "{target} : {reason} ; annulation : {undo_reason}. "
            "Chaque commande réessaie avant toute autre écriture."
        ),
        "journal.corrupt": (
            "journal de modification illisible : {path} ({reason}) ; "
            "rien n'est écrit tant qu'il est là"
        ),
        # Inputs: files that are not files, text over its limit, links
        "file.directory": "{path} est un dossier : donnez le chemin d'un fichier",
        "file.fifo": (
            "{path} est un tube nommé (FIFO) : cmagenda ne lit que des fichiers ordinaires"
        ),
        "file.device": ("{path} est un périphérique : cmagenda ne lit que des fichiers ordinaires"),
        "file.socket": "{path} est un socket : cmagenda ne lit que des fichiers ordinaires",
        "file.special": (
            "{path} n'est pas un fichier ordinaire : cmagenda ne lit que des fichiers ordinaires"
        ),
        "title.too_long": "titre trop long : {length} caractères (au plus {limit})",
        "reason.too_long": "raison trop longue : {length} caractères (au plus {limit})",
        "link.too_long": "lien trop long (plus de {limit} caractères)",
        "link.space": "lien refusé : il contient une espace ou un caractère de contrôle",
        "link.scheme": ("lien refusé : « {link} » doit commencer par http://, https:// ou mailto:"),
        "link.empty": "lien refusé : « {link} » ne donne aucune adresse",
        # Files the user names, the vdir mirror and the lock file
        "output.directory": "{path} est un dossier : indiquez un fichier où écrire",
        "output.socket": "impossible d'écrire dans {path} : c'est une socket",
        "output.block": (
            "impossible d'écrire dans {path} : c'est un périphérique bloc (un disque), "
            "jamais écrasé"
        ),
        "output.folder": "impossible d'écrire {path} : son dossier n'existe pas",
        "vdir.not_dir": "--dir {path} : ce n'est pas un dossier",
        "vdir.symlink": "{path} est un lien symbolique : laissé tel quel, pas écrit",
        "vdir.directory": "{path} est un dossier : laissé tel quel, pas écrit",
        "vdir.special": "{path} n'est pas un fichier ordinaire : laissé tel quel",
        "vdir.bad_id": (
            "élément « {id} » non exporté : identifiant inutilisable comme nom de fichier"
        ),
        "vdir.manifest": (
            "{path} n'est pas une liste lisible des fichiers de cmagenda : "
            "rien n'est retiré du dossier"
        ),
        "store.lock_kind": (
            "{path} n'est pas un fichier ordinaire (lien symbolique ?) : cmagenda ne "
            "le suit pas ; supprimez-le, il sera recréé"
        ),
        # Dates as people write them
        "date.impossible": "date impossible « {value} » : le {fr} n'existe pas",
        "date.weekday": "« {value} » : le {fr} est un {weekday_fr}",
        "date.ambiguous": (
            "date ambiguë « {value} » : le {fr_a} ou le {fr_b} ? Écrivez {iso_a} ou {iso_b}"
        ),
        # posting slots: where `post add` puts a post
        "post.no_open_slot": "aucun créneau libre sur {network} dans les {days} prochains jours",
        "post.day_full": "plus aucun créneau libre le {date} sur {network}{next}",
        "post.slot_closed": "le créneau du {slot} n'est plus libre (pris, coché ou passé){next}",
        "post.next_open": "\u00a0; prochain créneau libre\u00a0: {when}",
        "post.next_none": "\u00a0; aucun créneau libre dans les {days} jours suivants",
        "post.when": "{date} à {time}",
        "post.unslotted_at": ", à {time}, hors créneau",
        # The error boundary: config lines, dates out of range, the system, removed networks.
        "config.toml": "ce n'est pas du TOML valide{where}",
        "config.at": " (ligne {line}, colonne {column})",
        "config.section": "section inconnue [{name}]{suggestion}",
        "config.type": "{field} : il faut {expected}",
        "config.int": "un nombre entier",
        "config.str": "du texte",
        "config.list": "une liste",
        "config.dict": "une table",
        "config.bool": "true ou false",
        "config.date": "une date AAAA-MM-JJ",
        "config.unknown_key": "{field} : clé inconnue{suggestion}",
        "config.missing": "{field} : manquant",
        "config.low": "{field} : au moins {limit}",
        "config.high": "{field} : au plus {limit}",
        "config.short": "{field} : trop court (au moins {limit})",
        "config.long": "{field} : trop long (au plus {limit})",
        "config.one_of": "{field} : « {value} » n'est pas permis (au choix : {choices})",
        "config.hours": "{field} : « {value} » doit se lire comme 09:00-12:30, sans chevauchement",
        "config.region": (
            "{field} : région de jours fériés inconnue « {value} » (CA-QC, FR, auto, none…)"
        ),
        "config.time": "{field} : heure invalide dans « {value} » (HH:MM)",
        "config.metric": "{field} : nom d'indicateur invalide dans « {value} »",
        "config.cadence": "{field} : posts_max est plus petit que posts_min",
        "config.refused": "{field} : valeur refusée « {value} »",
        "config.start": (
            "profile.start : {value} est hors des dates prises en charge ({low} à {high})"
        ),
        "config.zone": "{field} : fuseau horaire inconnu « {zone} »{suggestion}",
        "config.network": "{field} : réseau inconnu « {network} » (connus : {known})",
        "date.range": "date hors des dates prises en charge : {value} (années {low} à {high})",
        "system.failed": "le système a refusé : {reason}",
        "orphans.warning": (
            "des publications sont prévues sur un réseau retiré du profil ; "
            "elles restent visibles (ajoutez le réseau ou déplacez-les) :"
        ),
        "orphans.line": "{id}  {date}  {network}",
        "orphans.flag": "réseau retiré",
        "orphans.heading": "Publications sur un réseau retiré du profil",
        "zone.close": "fuseau horaire inconnu « {zone} »{suggestion}",
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
        "undo.kpis": (
            "Annulé ({label}) : {count} "
            "{count|valeur d'indicateur remise|valeurs d'indicateurs remises} en l'état"
        ),
        "undo.files": "Annulé ({label}) : {count} {count|fichier remis|fichiers remis} en l'état",
        "undo.cannot": (
            "la dernière modification ({label}, {at}) ne peut pas être annulée ; "
            "rien n'a été changé"
        ),
        "undo.label.done": "fait",
        "undo.label.skip": "sauté",
        "undo.label.move": "déplacement",
        "undo.label.add": "ajout",
        "undo.label.post add": "ajout de publication",
        "undo.label.post edit": "modification de publication",
        "undo.label.post move": "déplacement de publication",
        "undo.label.post rm": "suppression de publication",
        "undo.label.kpi add": "valeur d'indicateur notée",
        "undo.label.kpi rm": "valeur d'indicateur retirée",
        "undo.label.import": "import",
        "undo.label.init": "init --force",
        "help.dry_run": "Dire ce que l'import ferait, sans rien écrire.",
        "import.state": "{status} le {date}",
        "import.overwrote": "Remplacé par la sauvegarde : {id} « {title} » : {old} → {new}",
        "import.would_overwrite": (
            "Serait remplacé par la sauvegarde : {id} « {title} » : {old} → {new}"
        ),
        "import.overwrote_kpi": "Remplacé par la sauvegarde : {what} : {old} → {new}",
        "import.would_overwrite_kpi": (
            "Serait remplacé par la sauvegarde : {what} : {old} → {new}"
        ),
        "import.kept": (
            "{count|Gardé, plus récent|Gardés, plus récents} ici que dans la sauvegarde : "
            "{count} {count|élément|éléments}"
        ),
        "import.removed": "Retiré (absent de la sauvegarde, gardé dans data/backups) : {month}",
        "import.would_remove": "Serait retiré (absent de la sauvegarde) : {month}",
        "import.dry_run": (
            "Essai à blanc, rien n'a été écrit : la sauvegarde contient {months} mois, "
            "{tasks} {tasks|tâche|tâches}, {kpis} {kpis|valeur|valeurs} d'indicateurs"
        ),
        # -- edit, note and remove a task
        "help.edit": "Modifier une tâche\u00a0: titre, durée, heure, note.",
        "help.edit_title": "Son nouveau titre.",
        "help.edit_minutes": "Sa nouvelle durée, en minutes.",
        "help.edit_at": "Sa nouvelle heure (14:30, 14h30, 2pm).",
        "help.no_time": "Lui retirer son heure.",
        "help.note": 'Une note sur la tâche (--note "" la retire).',
        "help.rm": "Retirer une tâche (une tâche prévue est sautée et n'est plus prévue).",
        "edit.ok": "Modifiée : {title}",
        "edit.nothing": "rien à modifier : donnez --title, --minutes, --at, --no-time ou --note",
        "edit.at_and_no_time": "--at et --no-time s'excluent : choisissez l'un des deux",
        "note.too_long": "note trop longue : {length} caractères (au plus {limit})",
        "task.note": "note : {note}",
        "rm.ok": "Retirée : {title}",
        "rm.skipped": "Retirée (ne sera plus prévue) : {title}",
        "rm.reason": "retirée",
        "undo.label.edit": "modification",
        "undo.label.rm": "retrait",
        # Networks and holiday regions as people type them.
        "network.unknown_near": (
            "réseau inconnu «\u00a0{network}\u00a0»{suggestion}. Réseaux connus\u00a0: {known}"
        ),
        "config.region_near": (
            "{field}\u00a0: région de jours fériés inconnue «\u00a0{value}\u00a0»{suggestion}"
        ),
        "config.network_near": (
            "{field}\u00a0: réseau inconnu «\u00a0{network}\u00a0»{suggestion}. "
            "Réseaux connus\u00a0: {known}"
        ),
    },
    "en": {
        "help.usage": "Usage",
        "help.options_word": "[OPTIONS]",
        "help.command_word": "COMMAND [ARGS]...",
        "help.arguments": "Arguments",
        "help.options": "Options",
        "help.commands": "Commands",
        "help.help": "Show this help and exit.",
        "help.app": "The community manager's planner: the checklist, day by day.",
        "help.templates": "The checklist's duties (templates).",
        "help.on": "Act as if today were DATE (2026-11-23, tomorrow, monday…).",
        "help.json": "Output for programs (versioned JSON).",
        "help.version": "Show the version.",
        "help.lang": "Language of the messages: fr or en.",
        "help.now": "Act as if the clock said DATETIME (ISO 8601 with an offset).",
        "help.today": "Today's duties: overdue first, then timed ones, then the rest.",
        "help.week": "The week containing DATE (default today), day by day.",
        "help.ids": "Task ids, or their first characters.",
        "help.id": "The task's id, or its first characters.",
        "help.done": "Tick tasks off.",
        "help.skip": "Skip tasks on purpose (neither overdue nor missed).",
        "help.reason": "Why they are skipped.",
        "help.undo": "Undo the last change (done, skip, move, add, post, kpi, import, init).",
        "help.move": "Move a task to another date (and time).",
        "help.to": "The new date (2026-11-26, friday, in 3 days…).",
        "help.move_at": "The new time (14:30, 2pm, 2:30pm).",
        "help.add": "Add a one-off task.",
        "help.title": "What to do.",
        "help.add_on": "Its date (default today).",
        "help.add_at": "Its time (14:30, 2pm, 2:30pm).",
        "help.network": "The social network it is about.",
        "help.minutes": "Planned duration, in minutes.",
        "help.init": "Write config.toml: start date, time zone, networks, language, week start.",
        "help.start": "First day in the job (for the arrival plan).",
        "help.timezone": "IANA time zone, e.g. America/Toronto.",
        "help.networks": "Networks you run, separated by commas.",
        "help.init_lang": "The profile's language: fr or en.",
        "help.week_start": "First day of the week.",
        "help.force": "Replace an existing config.",
        "help.holidays_opt": "Public holidays: region (CA-QC, FR…), auto or none.",
        "help.work_days": "Working days (MO,TU,WE,TH,FR).",
        "help.work_hours": "Working hours (09:00-12:30,14:00-17:30).",
        "help.holidays": "List the year's public holidays (the profile's region).",
        "help.year": "The year (default: this year).",
        "init.bad": "setting refused",
        "holidays.none": "No public holidays: set holidays (CA-QC, FR…) in the profile.",
        "holidays.heading": "Public holidays {year} ({region})",
        "help.templates_list": "The merged checklist: bundled duties and your own.",
        "help.templates_check": "Validate a checklist file; exits 3 listing every error.",
        "help.file": "A checklist file (default: yours).",
        "help.paths": "Where cmagenda reads and writes.",
        "help.doctor": "Check that every data file is readable; exits 4 if one is not.",
        "help.restore": "Put back the newest good backup of a damaged file.",
        "usage.no_option": "no such option: {option}",
        "usage.no_command": "no such command: {command!r}{suggestion}",
        "usage.missing": "missing {name}",
        "usage.bad_value": "invalid value for {name}",
        "usage.extra": "unexpected extra {n|argument|arguments}: {args}",
        "usage.needs_value": "option {option} requires a value",
        "usage.other": "invalid command line: {detail}",
        "did_you_mean": " (did you mean {word!r}?)",
        "optional": "optional",
        "tally.line": "{network}: {filled} of {target}, {free} {free|slot|slots} free",
        "tally.short": "short by {n}",
        "tally.met": "target met",
        "tally.week": "Week",
        "holiday": "Public holiday: {name}",
        "post.planned": "planned",
        "post.empty_slot": "free slot",
        "post.none": "No post planned.",
        "post.no_slot": "outside the slots",
        "post.status.draft": "draft",
        "post.status.ready": "ready",
        "post.status.published": "published",
        "post.empty": "the post's text is empty",
        "post.too_long": "text too long (over {limit} characters)",
        "post.status": "unknown status {value!r} (known: {known})",
        "network.inactive": "network {network!r} is not in your profile (profile.networks)",
        "post.added": "Post {id} planned on {date} on {network}{slot}",
        "post.in_slot": ", {time} slot",
        "post.unslotted": ", outside the slots (all are taken)",
        "post.edited": "Post {id} changed ({status})",
        "post.moved": "Post {id} moved to {date}",
        "post.removed": "Post {id} removed",
        "export.range": "invalid export span: {start} to {end} (two years at most)",
        "export.format": "unknown format {value!r} (ics, vdir, taskwarrior, json)",
        "export.dir": "--format vdir needs --dir DIR",
        "export.written": "Exported: {count} {count|item|items} to {path}",
        "export.vdir": (
            "{path}: {written} {written|file|files} written, "
            "{unchanged} unchanged, {removed} removed"
        ),
        "import.missing": "no such file: {path}",
        "import.bad": "{path} is not a readable cmagenda backup: {reason}",
        "import.newer": (
            "{path} comes from a newer cmagenda (format {found}, known: {known}): upgrade cmagenda"
        ),
        "import.exists": (
            "there is data already: --replace to replace it (kept in data/backups),"
            " --merge to merge by id"
        ),
        "import.both": "--replace and --merge exclude each other",
        "import.done": (
            "Imported: {months} {months|month|months}, {tasks} {tasks|task|tasks}, "
            "{kpis} KPI {kpis|value|values}"
        ),
        "help.export": "Export: iCalendar, vdir, Taskwarrior, or a full JSON backup.",
        "help.export_format": "ics, vdir (one .ics per task), taskwarrior or json (everything).",
        "help.export_from": "First day (default: 30 days ago).",
        "help.export_to": "Last day (default: in 60 days).",
        "help.output": (
            "Write to this file (replaced at once), pipe or device rather than to the screen; "
            "'-': standard output."
        ),
        "help.export_dir": "The vdir's folder (--format vdir).",
        "help.events": "Also the posting slots and posts, as events.",
        "help.import": "Restore a JSON backup (cmagenda export --format json).",
        "help.import_file": "The backup file.",
        "help.replace": "Replace the existing data (kept in data/backups).",
        "help.merge": "Merge item by item (the one changed last wins).",
        "help.post": "The editorial calendar: posts planned in the posting slots.",
        "help.post_add": "Plan a post in the next free slot (or at --at).",
        "help.post_list": "The posts planned for a day or the week.",
        "help.post_edit": "Change a post's text, link or status.",
        "help.post_move": "Move a post to another date (and time).",
        "help.post_rm": "Remove a planned post.",
        "help.post_publish": "Mark a post published (ticks its slot off).",
        "help.post_text": "The post's text.",
        "help.post_network": "The network (facebook, instagram…).",
        "help.post_link": "A link to go with it.",
        "help.post_status": "draft, ready or published.",
        "help.post_week": "The whole week.",
        "help.post_id": "The post's id, or its first characters.",
        "week_start.bad": "unknown week start {value!r} (monday or sunday)",
        "minutes.bad": "invalid duration: {value} (0 to {max} minutes)",
        "year.bad": "invalid year: {value} (1900 to 2200)",
        "within.bad": "unknown duration {value!r} (examples: 30m, 1h, 1h30; at most {max} min)",
        "remind.overdue": "overdue since {date}",
        "remind.title": "cmagenda: due",
        "notify.missing": (
            "cannot notify: neither notify-send nor osascript found (install libnotify-bin)"
        ),
        "notify.failed": "cannot notify: {reason}",
        "help.remind": "Remind what comes due soon (for cron: nothing due, nothing printed).",
        "help.within": "How far ahead to look (30m, 1h, 1h30).",
        "help.notify": "Also show a desktop notification (notify-send, osascript).",
        "help.plain": "Plain text, no colour or box drawing (what piped output gets).",
        "help.no_color": "No colour (as NO_COLOR does).",
        "help.color": "Colour: auto, always (even piped, for less -R) or never.",
        "help.quiet": "Do not confirm changes (errors are still said).",
        "color.bad": "unknown value for --color: {value!r} (auto, always, never)",
        "shell.bad": "unknown shell {value!r} (bash, zsh, fish)",
        "report.week": "Report for the week of {start} to {end}",
        "report.month": "Monthly report: {month}",
        "report.overall": "Done: {done} of {total} ({rate}) — {delta}",
        "report.delta": "{points} {points|pt|pts} against the previous period",
        "report.minutes": "Time: {done} done of {planned} planned",
        "report.by_phase": "By rhythm",
        "report.by_volet": "By volet",
        "report.by_network": "By network",
        "report.cadence": "Posting cadence",
        "report.cadence_line": (
            "{network}: target met {met} {met|day|days} of {days}, "
            "{done} {done|post|posts} of {required} owed"
        ),
        "report.missed": "Missed",
        "report.skipped": "Skipped",
        "report.overdue": "Overdue, still open",
        "report.none": "none",
        "report.no_previous": "no previous period",
        "report.by_day": "By day: {spark} ({start} → {end})",
        "report.kpis": "KPIs",
        "report.no_kpi": "no KPI noted (cmagenda kpi add NETWORK METRIC VALUE)",
        "report.col.network": "Network",
        "report.col.metric": "Metric",
        "report.col.baseline": "Baseline",
        "report.col.previous": "Before",
        "report.col.current": "Now",
        "report.col.vs_previous": "Δ before",
        "report.col.vs_baseline": "Δ baseline",
        "report.col.trend": "Trend",
        "report.col.days_met": "Days kept",
        "report.col.posts": "Posts",
        "report.col.date": "Date",
        "report.col.value": "Value",
        "kpi.added": "Noted: {network}, {metric} = {value} on {date}{change}",
        "kpi.since": " ({change} since {date})",
        "kpi.replaced": " (replaces {value})",
        "kpi.removed": "Removed: {network}, {metric} = {value} on {date}",
        "kpi.none": "No KPI noted yet. For example: cmagenda kpi add {network} {metric} 1200",
        "kpi.suggested": "Suggested metrics:",
        "kpi.metric_bad": "invalid metric name {metric!r} (letters, at most {limit} characters)",
        "kpi.value_bad": "invalid value {value!r}: a number is expected (1200, 1,200, 4.5 or 4.5%)",
        "kpi.unknown": "no {metric} value for {network} on {date}",
        "help.kpi": "The KPI log (followers, reach, engagement rate...).",
        "help.kpi_add": "Note a metric's value (one per day: a new one replaces it).",
        "help.kpi_list": "List the values noted and the suggested metrics.",
        "help.kpi_rm": "Remove a value noted.",
        "help.kpi_network": "The network (facebook, instagram...).",
        "help.kpi_metric": "The metric: followers, reach, engagement_rate... or any name.",
        "help.kpi_value": "The value, a number (1200, 4.5%).",
        "help.kpi_on": "The value's date (default: today).",
        "help.kpi_filter_network": "Only this network.",
        "help.kpi_filter_metric": "Only this metric.",
        "help.report": "Report on the week or the month: done, cadence, overdue, time, KPIs.",
        "help.report_week": "The week (default).",
        "help.report_month": "The month.",
        "help.markdown": "As Markdown, to paste into an email or a wiki.",
        "help.report_on": "A date in the period (default: today).",
        "template.unknown": "no duty {id!r}{hint}",
        "help.templates_show": "Show one duty of the checklist.",
        "help.template_id": "The duty's id (cmagenda templates list).",
        "help.completion": "The completion script for bash, zsh or fish.",
        "help.shell": "The shell: bash, zsh or fish.",
        "section.overdue": "Overdue",
        "section.timed": "At set times",
        "section.rest": "During the day",
        "summary": "{done}/{total} done · {left} left",
        "nothing": "Nothing planned.",
        "week.heading": "Week of {start} to {end}",
        "minutes": "{m} min",
        "hours": "{h}h{m:02d}",
        "status.todo": "to do",
        "status.done": "done",
        "status.skipped": "skipped",
        "status.missed": "missed",
        "overdue.since": "since {date}",
        "volet.content": "content",
        "volet.interaction": "interaction",
        "volet.monitoring": "monitoring",
        "volet.analysis": "analysis",
        "volet.team": "team",
        "volet.learning": "learning",
        "phase.arrival": "arrival",
        "phase.first_months": "first months",
        "phase.daily": "daily",
        "phase.weekly": "weekly",
        "phase.monthly": "monthly",
        "phase.occasional": "occasional",
        "phase.added": "added",
        "volet.added": "added",
        "done.ok": "Done: {title}",
        "done.already": "Already done: {title}",
        "skip.ok": "Skipped: {title}",
        "move.ok": "Moved to {date}: {title}",
        "add.ok": "Added ({id}) on {date}: {title}",
        "undo.ok": "Undone ({label}): {count} {count|task|tasks} put back",
        "undo.empty": "Nothing to undo.",
        "init.ok": "Profile written to {path}",
        "templates.ok": "{path}: valid ({count} duties)",
        "error": "error",
        "id.unknown": "no task matches {id!r}",
        "id.ambiguous": "{id!r} matches several tasks; give more characters:",
        "date.bad": (
            "date not understood: {value!r}. Accepted, for example: 2026-11-23, today, "
            "tomorrow, yesterday, monday, next monday, in 3 days, +3d, end of month, "
            "start of next week"
        ),
        "time.bad": "time not understood: {value!r}. Accepted, for example: 14:30, 2pm, 2:30pm",
        "zone.unknown": "unknown time zone {zone!r}",
        "network.unknown": "unknown network {network!r} (known: {known})",
        "lang.bad": "unknown language {value!r} (fr or en)",
        "init.exists": "{path} already exists; add --force to replace it",
        "assumed.head": (
            "cmagenda wrote this file by itself at first use, from assumed values.\n"
            "To change them: {command}\n"
            "As long as you do not edit it, `cmagenda init` replaces it without --force."
        ),
        "assumed.said": (
            "first use: a profile was created from assumed values (zone {zone}, "
            "language {language}, start {start}, networks {networks}). To change them:"
        ),
        "store.corrupt": (
            "the store {path} is unreadable: {reason}. It was left untouched; newest good backup: "
            "{backup} ('cmagenda doctor --restore' puts it back)"
        ),
        "store.newer": (
            "the store {path} was written by a newer cmagenda (schema {found}, known: {known}). "
            "It was left untouched: upgrade cmagenda."
        ),
        "io.failed": "cannot read or write {path}: {reason}",
        "store.locked": "the store is locked by another cmagenda for {seconds} s ({path})",
        "store.waiting": "another cmagenda is using the store; waiting…",
        "checklist.missing": "checklist not found: {path}",
        "checklist.unreadable": "checklist unreadable: {path} ({reason})",
        "checklist.too_big": "checklist too big: {path} (over {limit} bytes)",
        "checklist.not_utf8": "{path} is not UTF-8 (byte {offset}: {reason})",
        "checklist.bad_toml": "{path} is not valid TOML: {reason}",
        "checklist.invalid": "invalid checklist:",
        "config.invalid": "invalid config ({path}):",
        "config.unreadable": "config unreadable: {path} ({reason})",
        "internal": "internal error: {reason}",
        "title.empty": "the title is empty",
        "usage.hint": "see '{command} --help'",
        "doctor.ok": "{count} {count|file|files} checked: all readable.",
        "doctor.bad": "{path}: {reason} (newest good backup: {backup})",
        "doctor.restored": "{path}: restored from {backup}",
        "doctor.failed": "{count} unreadable {count|file|files} in the store",
        "now.bad": (
            "invalid moment {value!r} "
            "(expected ISO 8601 with an offset, e.g. 2026-11-23T09:00:00-05:00)"
        ),
        "interrupted": "interrupted",
        # Changes to several files (journal)
        "journal.undone": "nothing was changed: cannot write {path}: {reason}",
        "journal.stuck": (
            "an interrupted change could be neither finished nor undone ({path}): "
            "{target}: {reason}; undoing: {undo_reason}. "
            "Every command tries again before writing anything."
        ),
        "journal.corrupt": (
            "unreadable journal of a change: {path} ({reason}); "
            "nothing is written while it is there"
        ),
        # Inputs: files that are not files, text over its limit, links
        "file.directory": "{path} is a directory: give the path of a file",
        "file.fifo": "{path} is a named pipe (FIFO): cmagenda reads regular files only",
        "file.device": "{path} is a device: cmagenda reads regular files only",
        "file.socket": "{path} is a socket: cmagenda reads regular files only",
        "file.special": "{path} is not a regular file: cmagenda reads regular files only",
        "title.too_long": "title too long: {length} characters (at most {limit})",
        "reason.too_long": "reason too long: {length} characters (at most {limit})",
        "link.too_long": "link too long (over {limit} characters)",
        "link.space": "link refused: it contains a space or a control character",
        "link.scheme": "link refused: '{link}' must start with http://, https:// or mailto:",
        "link.empty": "link refused: '{link}' gives no address",
        # Files the user names, the vdir mirror and the lock file
        "output.directory": "{path} is a folder: name a file to write",
        "output.socket": "cannot write to {path}: it is a socket",
        "output.block": "cannot write to {path}: it is a block device (a disk), never written over",
        "output.folder": "cannot write {path}: its folder does not exist",
        "vdir.not_dir": "--dir {path}: not a folder",
        "vdir.symlink": "{path} is a symbolic link: left alone, not written",
        "vdir.directory": "{path} is a folder: left alone, not written",
        "vdir.special": "{path} is not a regular file: left alone",
        "vdir.bad_id": "item {id!r} not exported: its id cannot be a file name",
        "vdir.manifest": (
            "{path} is not a list of cmagenda's files it can read: "
            "nothing is removed from the folder"
        ),
        "store.lock_kind": (
            "{path} is not a regular file (a symbolic link?): cmagenda does not follow it; "
            "remove it and it will be made again"
        ),
        # Dates as people write them
        "date.impossible": "impossible date {value!r}: {en} does not exist",
        "date.weekday": "{value!r}: {en} is a {weekday_en}",
        "date.ambiguous": "ambiguous date {value!r}: {en_a} or {en_b}? Write {iso_a} or {iso_b}",
        # posting slots: where `post add` puts a post
        "post.no_open_slot": "no open slot on {network} in the next {days} days",
        "post.day_full": "no open slot left on {date} on {network}{next}",
        "post.slot_closed": "the slot of {slot} is no longer open (taken, ticked or past){next}",
        "post.next_open": "; next open slot: {when}",
        "post.next_none": "; no open slot in the {days} days after",
        "post.when": "{date} at {time}",
        "post.unslotted_at": ", at {time}, outside the slots",
        # The error boundary: config lines, dates out of range, the system, removed networks.
        "config.toml": "not valid TOML{where}",
        "config.at": " (line {line}, column {column})",
        "config.section": "unknown section [{name}]{suggestion}",
        "config.type": "{field}: expected {expected}",
        "config.int": "a whole number",
        "config.str": "text",
        "config.list": "a list",
        "config.dict": "a table",
        "config.bool": "true or false",
        "config.date": "a date YYYY-MM-DD",
        "config.unknown_key": "{field}: unknown key{suggestion}",
        "config.missing": "{field}: missing",
        "config.low": "{field}: at least {limit}",
        "config.high": "{field}: at most {limit}",
        "config.short": "{field}: too short (at least {limit})",
        "config.long": "{field}: too long (at most {limit})",
        "config.one_of": "{field}: {value!r} is not allowed (one of: {choices})",
        "config.hours": "{field}: {value!r} must read like 09:00-12:30, without overlaps",
        "config.region": "{field}: unknown holiday region {value!r} (CA-QC, FR, auto, none…)",
        "config.time": "{field}: invalid time in {value!r} (HH:MM)",
        "config.metric": "{field}: invalid metric name in {value!r}",
        "config.cadence": "{field}: posts_max is smaller than posts_min",
        "config.refused": "{field}: value refused {value!r}",
        "config.start": "profile.start: {value} is outside the supported dates ({low} to {high})",
        "config.zone": "{field}: unknown time zone {zone!r}{suggestion}",
        "config.network": "{field}: unknown network {network!r} (known: {known})",
        "date.range": "date outside the supported dates: {value} (years {low} to {high})",
        "system.failed": "the system refused: {reason}",
        "orphans.warning": (
            "posts are planned on a network removed from the profile; "
            "they stay visible (add the network back or move them):"
        ),
        "orphans.line": "{id}  {date}  {network}",
        "orphans.flag": "network removed",
        "orphans.heading": "Posts on a network removed from the profile",
        "zone.close": "unknown time zone {zone!r}{suggestion}",
        # -- KPI values read without guessing; undo of every change; merge by last change --
        "kpi.value_ambiguous": (
            "ambiguous value {value!r}: {first} or {second} depending on the convention; "
            "type {first} or {second}"
        ),
        "kpi.value_count": (
            "{value!r} is not a number of {metric}: a whole number, 0 or more, is expected"
        ),
        "kpi.value_negative": "{value!r}: {metric} cannot be negative",
        "kpi.value_range": "value out of bounds {value!r}: at most {limit}",
        "undo.kpis": "Undone ({label}): {count} KPI {count|value|values} put back",
        "undo.files": "Undone ({label}): {count} {count|file|files} put back",
        "undo.cannot": "the last change ({label}, {at}) cannot be undone; nothing was changed",
        "undo.label.done": "done",
        "undo.label.skip": "skip",
        "undo.label.move": "move",
        "undo.label.add": "add",
        "undo.label.post add": "post add",
        "undo.label.post edit": "post edit",
        "undo.label.post move": "post move",
        "undo.label.post rm": "post rm",
        "undo.label.kpi add": "kpi add",
        "undo.label.kpi rm": "kpi rm",
        "undo.label.import": "import",
        "undo.label.init": "init --force",
        "help.dry_run": "Say what the import would do, writing nothing.",
        "import.state": "{status} on {date}",
        "import.overwrote": "Overwritten by the backup: {id} {title!r}: {old} → {new}",
        "import.would_overwrite": (
            "Would be overwritten by the backup: {id} {title!r}: {old} → {new}"
        ),
        "import.overwrote_kpi": "Overwritten by the backup: {what}: {old} → {new}",
        "import.would_overwrite_kpi": "Would be overwritten by the backup: {what}: {old} → {new}",
        "import.kept": "Kept, newer here than in the backup: {count} {count|item|items}",
        "import.removed": "Removed (not in the backup, kept in data/backups): {month}",
        "import.would_remove": "Would be removed (not in the backup): {month}",
        "import.dry_run": (
            "Dry run, nothing written: the backup holds {months} {months|month|months}, "
            "{tasks} {tasks|task|tasks}, {kpis} KPI {kpis|value|values}"
        ),
        # -- edit, note and remove a task
        "help.edit": "Change a task: title, duration, time, note.",
        "help.edit_title": "Its new title.",
        "help.edit_minutes": "Its new duration, in minutes.",
        "help.edit_at": "Its new time (14:30, 2pm, 2:30pm).",
        "help.no_time": "Take its time away.",
        "help.note": 'A note on the task (--note "" removes it).',
        "help.rm": "Remove a task (a planned one is skipped and never planned again).",
        "edit.ok": "Edited: {title}",
        "edit.nothing": "nothing to change: give --title, --minutes, --at, --no-time or --note",
        "edit.at_and_no_time": "--at and --no-time exclude each other: choose one",
        "note.too_long": "note too long: {length} characters (at most {limit})",
        "task.note": "note: {note}",
        "rm.ok": "Removed: {title}",
        "rm.skipped": "Removed (never planned again): {title}",
        "rm.reason": "removed",
        "undo.label.edit": "edit",
        "undo.label.rm": "rm",
        # Networks and holiday regions as people type them.
        "network.unknown_near": "unknown network {network!r}{suggestion}. Known networks: {known}",
        "config.region_near": "{field}: unknown holiday region {value!r}{suggestion}",
        "config.network_near": (
            "{field}: unknown network {network!r}{suggestion}. Known networks: {known}"
        ),
    },
}


def say(lang: str, key: str, **params: Any) -> str:
    """The catalogue's text for `key`, formatted with `params`.

    Two marks are resolved first: "{n|tâche|tâches}" is the form of the word for the number n,
    and "{de:metric}" writes "d'" or "de " before the parameter (French elision)."""
    table = CATALOGUE.get(lang, CATALOGUE["en"])
    template = table.get(key)
    if not template:
        lang, template = "en", CATALOGUE["en"].get(key) or key
    if "|" in template or "{de:" in template:
        template = _MARK.sub(lambda m: _resolve(m, lang, params), template)
    return template.format_map(_Params(params))


_MARK = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}|\{de:(\w+)\}")


def _resolve(mark: re.Match[str], lang: str, params: Mapping[str, Any]) -> str:
    name, one, other, elided = mark.groups()
    if elided is not None:
        return ("d'" if _elides(str(params.get(elided, ""))) else "de ") + "{" + elided + "}"
    return plural(lang, _count(params.get(name)), one, other)


def plural(lang: str, n: float | None, one: str, other: str) -> str:
    """`one` or `other` for the number n: French treats 0 and 1 (and 1,5) as singular, English
    only 1; the sign does not count (CLDR's rule); an unknown number takes the plural."""
    if n is None:
        return other
    if lang == "fr":
        return one if abs(n) < 2 else other
    return one if abs(n) == 1 else other


def _count(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    try:
        # A number already written the locale's way: "1 234", "4,5".
        return float(str(value).translate(_NUMBER_SPACES).replace(",", "."))
    except ValueError:
        return None


_NUMBER_SPACES = str.maketrans("", "", " \u00a0\u202f")

# French elides "de" before a vowel or a mute h ("d'abonnés", "d'Instagram", "d'heures"); an
# h is mute only in the words listed ("de hashtags" keeps its aspirated h), a y is a consonant.
_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüœæ")
_MUTE_H = ("habit", "heure", "histoire", "hiver", "homme", "honneur", "hôpital", "hôtel", "humain")


def _elides(word: str) -> bool:
    low = word.lstrip().lower()
    return bool(low) and (low[0] in _VOWELS or low.startswith(_MUTE_H))


def de(word: str) -> str:
    """French "de" before `word`, elided when it must be: "d'abonnés", "de Facebook"."""
    return ("d'" if _elides(word) else "de ") + word


class _Params(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "-"


class Voice:
    """How the user is spoken to: the catalogue's language, and CLDR's dates and times for a
    locale ("lundi 23 novembre 2026", "lun. 23 nov.", "14 h 30" in fr_CA, "14:30" in fr_FR).

    Babel is imported only when a label is not already known: the full path computes them, and
    the window file carries those of its views, so that the fast path never loads CLDR data.
    """

    __slots__ = ("labels", "lang", "locale")

    def __init__(
        self, lang: str, locale: str, labels: dict[str, dict[str, str]] | None = None
    ) -> None:
        self.lang = lang
        self.locale = locale
        self.labels: dict[str, dict[str, str]] = labels or {"long": {}, "short": {}, "time": {}}

    def long_date(self, day: dt.date) -> str:
        return self._label("long", day.isoformat())

    def short_date(self, day: dt.date) -> str:
        return self._label("short", day.isoformat())

    def time(self, hhmm: str) -> str:
        return self._label("time", hhmm)

    def month(self, day: dt.date) -> str:
        from babel.dates import format_skeleton

        return format_skeleton("yMMMM", day, locale=self.locale)

    def day_month(self, day: dt.date) -> str:
        from babel.dates import format_skeleton

        return _first(format_skeleton("MMMd", day, locale=self.locale), day, self.locale)

    def number(self, value: float, signed: bool = False) -> str:
        """A KPI value the locale's way ("1 234,5", "1,234.5"); `signed` shows a plus."""
        from babel.numbers import format_decimal

        pattern = "+#,##0.##;-#,##0.##" if signed else "#,##0.##"
        return format_decimal(value, format=pattern, locale=self.locale)

    def _label(self, kind: str, key: str) -> str:
        known = self.labels[kind].get(key)
        if known is None:
            known = self.labels[kind][key] = _cldr(kind, key, self.locale)
        return known


def _cldr(kind: str, key: str, locale: str) -> str:
    from babel.dates import format_date, format_skeleton, format_time

    if kind == "time":
        return format_time(dt.time.fromisoformat(key), "short", locale=locale)
    day = dt.date.fromisoformat(key)
    if kind == "long":
        return _first(format_date(day, "full", locale=locale), day, locale)
    return _first(format_skeleton("MMMEd", day, locale=locale), day, locale)


_DAY_ONE = re.compile(r"(?<!\d)1(?=\s)")


def _first(label: str, day: dt.date, locale: str) -> str:
    """French writes the first of the month "1er" ("mardi 1er décembre"); CLDR writes "1"."""
    if day.day != 1 or not locale.startswith("fr"):
        return label
    return _DAY_ONE.sub("1er", label, count=1)


def env_language(env: Mapping[str, str]) -> str:
    """The language LC_ALL, LC_MESSAGES or LANG (the first set) asks for: any fr* is French."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def locale_for(lang: str, chosen: str | None, timezone: str, env: Mapping[str, str]) -> str:
    """The locale dates are written in for `lang`: the profile's when it speaks `lang`, else the
    environment's (LC_ALL, LC_TIME, LANG) when it does, else a guess from the zone (the
    Americas: Canada; elsewhere France, or the US for English)."""
    if chosen and chosen.startswith(lang):
        return chosen
    env_locale = next((env[n] for n in ("LC_ALL", "LC_TIME", "LANG") if env.get(n)), None)
    if env_locale:
        name = env_locale.split(".", 1)[0].split("@", 1)[0]
        if name in LOCALES and name.startswith(lang):
            return name
    if timezone.startswith("America/"):
        return f"{lang}_CA"
    return "fr_FR" if lang == "fr" else "en_US"


# The locales offered: enough for French and English users in Canada, France and beyond.
LOCALES = ("fr_CA", "fr_FR", "fr_BE", "fr_CH", "en_CA", "en_US", "en_GB")


def duration(minutes: int, lang: str) -> str:
    if minutes < 60:
        return say(lang, "minutes", m=minutes)
    return say(lang, "hours", h=minutes // 60, m=minutes % 60)


def suggest(word: str, choices: Iterable[str], lang: str = "en") -> str:
    """' (did you mean X?)' for the closest of `choices`, or ''."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return say(lang, "did_you_mean", word=close[0]) if close else ""
