"""Messages in French: the catalogue the views and errors say things with (data, not code).

Standard library only, no imports: the morning path loads it. Plural marks `{n|one|other}` and
elision marks are read by `messages.say`.
"""

FR: dict[str, str] = {
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
        "journal de modification illisible : {path} ({reason}) ; rien n'est écrit tant qu'il est là"
    ),
    # Inputs: files that are not files, text over its limit, links
    "file.directory": "{path} est un dossier : donnez le chemin d'un fichier",
    "file.fifo": ("{path} est un tube nommé (FIFO) : cmagenda ne lit que des fichiers ordinaires"),
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
        "impossible d'écrire dans {path} : c'est un périphérique bloc (un disque), jamais écrasé"
    ),
    "output.folder": "impossible d'écrire {path} : son dossier n'existe pas",
    "vdir.not_dir": "--dir {path} : ce n'est pas un dossier",
    "vdir.symlink": "{path} est un lien symbolique : laissé tel quel, pas écrit",
    "vdir.directory": "{path} est un dossier : laissé tel quel, pas écrit",
    "vdir.special": "{path} n'est pas un fichier ordinaire : laissé tel quel",
    "vdir.bad_id": ("élément « {id} » non exporté : identifiant inutilisable comme nom de fichier"),
    "vdir.manifest": (
        "{path} n'est pas une liste lisible des fichiers de cmagenda : rien n'est retiré du dossier"
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
        "la dernière modification ({label}, {at}) ne peut pas être annulée ; rien n'a été changé"
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
    "import.would_overwrite_kpi": ("Serait remplacé par la sauvegarde : {what} : {old} → {new}"),
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
    # Pages for a client: the report as HTML or PDF, the posts' review pack.
    "help.report_html": "Une page HTML autonome pour le client (avec -o FICHIER.html).",
    "help.report_pdf": "Un PDF de la même page, fait par Chromium (avec -o FICHIER.pdf).",
    "help.report_summary": "Un mot au client, en Markdown, placé en tête de la page.",
    "help.post_pack": "Une page HTML des publications prévues, à faire relire au client.",
    "help.pack_week": "La semaine de --on (par défaut : les 7 jours qui viennent).",
    "help.pack_from": "Premier jour (par défaut : aujourd'hui).",
    "help.pack_to": "Dernier jour (par défaut : 6 jours après le premier).",
    "help.page_output": "Le fichier à écrire («\u00a0-\u00a0»\u00a0: la sortie standard).",
    "page.col.done": "Faites",
    "page.col.rate": "Taux",
    "page.col.previous": "Période précédente",
    "page.col.points": "Écart (points)",
    "page.col.volet": "Volet",
    "page.col.slots": "Créneaux tenus",
    "page.col.post": "Publication",
    "page.col.duty": "Tâche",
    "page.col.reason": "Raison",
    "page.overall": "En bref",
    "page.overall_line": "Tâches faites\u00a0: {done} sur {total}, soit",
    "page.previous_rate": "période précédente\u00a0: {rate}",
    "page.minutes": "Temps\u00a0: {done} faites sur {planned} prévues",
    "page.skipped_count": "{n} {n|tâche sautée|tâches sautées} exprès (hors total)",
    "page.summary": "Le mot de votre gestionnaire",
    "page.grid": "Cadence semaine par semaine",
    "page.grid_note": (
        "Chaque case\u00a0: jours où le minimum de publications a été tenu, sur les jours écoulés "
        "de la semaine."
    ),
    "page.chart_note": (
        "trait plein\u00a0: valeur de chaque période\u00a0; tirets\u00a0: valeur de départ"
    ),
    "page.published": "Publications parues",
    "page.made": "Préparé le {date} avec cmagenda.",
    "page.pack_title": "Publications prévues du {start} au {end}",
    "page.pack_count": "{n} {n|publication prévue|publications prévues}",
    "page.pack_empty": "Aucune publication prévue sur cette période.",
    "page.summary_unreadable": "résumé illisible\u00a0: {path} ({reason})",
    "page.logo_unreadable": "logo illisible\u00a0: {path} ({reason})",
    "page.logo_too_big": "logo trop lourd\u00a0: {path} (au plus {limit}\u00a0Kio)",
    "page.logo_type": "logo\u00a0: {path} n'est pas une image PNG, JPEG ou GIF",
    "page.two_formats": "--html et --pdf s'excluent\u00a0: choisissez l'un des deux",
    "page.pdf_output": "--pdf écrit un fichier\u00a0: donnez -o FICHIER.pdf",
    "page.no_browser": (
        "pas de Chromium pour faire le PDF\u00a0: installez-le (sudo apt-get install chromium) ou "
        "indiquez son chemin dans CMAGENDA_CHROMIUM\u00a0; --html fait la même page sans lui"
    ),
    "page.pdf_failed": "Chromium n'a pas pu faire le PDF\u00a0: {reason}",
    "page.col.times": "Fois",
    "page.col.first": "Première",
    "page.col.last": "Dernière",
}
