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
    "help.now": (
        "Faire comme si l'horloge indiquait MOMENT (2026-11-30T09:00, heure du profil, ou "
        "ISO 8601 avec décalage)."
    ),
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
    "help.timezone": "Fuseau horaire IANA, par ex. {America/Toronto|Europe/Paris}.",
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
    "post.none": "Aucune publication prévue.",
    "post.no_slot": "hors créneau",
    "post.status.draft": "brouillon",
    "post.status.ready": "prête",
    "post.status.published": "publiée",
    "post.empty": "le texte de la publication est vide",
    "post.too_long": "texte trop long (plus de {limit} caractères)",
    "post.status": "statut inconnu « {value} » (connus : {known})",
    "network.inactive": (
        "le réseau « {network} » n'est pas dans le profil ; pour l'ajouter, écrivez dans "
        "{path}, sous [profile] : {line}"
    ),
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
    "help.post_status": (
        "draft (brouillon), review (en relecture), changes (à retoucher), approved (approuvée) "
        "ou published (publiée)\u00a0; ready se lit approved."
    ),
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
    "help.markdown": "En Markdown, à coller dans un {courriel|e-mail} ou un wiki.",
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
        "après-demain, hier, lundi, lundi prochain, 9 décembre, dans 3 jours, +3j, fin du mois, "
        "début de la semaine prochaine, mois dernier, novembre, novembre 2026"
    ),
    "time.bad": (
        "heure incomprise « {value} ». Exemples acceptés : 14:30, 14h, 14 h 30, 14 heures, "
        "midi, 2pm"
    ),
    "zone.unknown": "fuseau horaire inconnu « {zone} »",
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
        "instant invalide « {value} » (attendu : une date et une heure dans le fuseau du "
        "profil, {zone}, p. ex. 2026-11-23T09:00 ou « 2026-11-23 09:00 », ou avec un "
        "décalage, p. ex. {example})"
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
    # Capacity of the working day and the order of duties (`after`).
    "day.capacity": "{planned} prévues sur {capacity}",
    "day.capacity_off": "{planned} prévues, jour non travaillé",
    "day.over": "au-delà de la journée",
    "hours.whole": "{h} h",
    "checklist.after_unknown": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: after\u00a0: "
        "tâche inconnue «\u00a0{other}\u00a0»"
    ),
    "checklist.after_cycle": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: after\u00a0: "
        "ces tâches s'attendent les unes les autres en boucle\u00a0: {path}"
    ),
    # -- absences, and views made for their moment
    "rm.post_unplanned": (
        "Publication {id} ({network}, {date}) remise hors créneau\u00a0: replanifiez-la avec "
        "«\u00a0cmagenda post move {id} --to DATE\u00a0»"
    ),
    "help.off": (
        "Dire une absence (congé, maladie)\u00a0: off DU AU, off DATE\u00a0; off list\u00a0; "
        "off rm N (ou DU AU)."
    ),
    "help.off_args": "DU [AU] (toute forme de date), list, ou rm N|DU [AU].",
    "help.off_reason": "Pourquoi (congé, formation…).",
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
    "undo.absences": (
        "Annulé ({label})\u00a0: {count} {count|absence remise|absences remises} en l'état"
    ),
    "undo.label.off": "absence",
    "undo.label.off rm": "absence retirée",
    "report.days_off": "Absent\u00a0: {n} {n|jour non compté|jours non comptés}",
    "day.off": "Absent — rien n'est dû aujourd'hui",
    "day.off_reason": "Absent — {reason}\u00a0: rien n'est dû aujourd'hui",
    "owed.posts": "Publications encore dues\u00a0: {networks}",
    "week.routine": "routine {done}/{owed}\u00a0: {parts}",
    "week.added": "ajouts",
    "week.grid": "Calendrier éditorial (publications prévues ou faites / dues)",
    "week.total": "total",
    "help.week_full": "Une ligne par tâche, même sur un terminal.",
    "day.now": "maintenant",
    "day.late": "passé",
    # Help pages: headings and the names of the values options take.
    "help.heading": "{title}\u00a0:",
    "metavar.DATETIME": "MOMENT",
    "metavar.DIR": "DOSSIER",
    "metavar.FILE": "FICHIER",
    "metavar.METRIC": "INDICATEUR",
    "metavar.NAME": "NOM",
    "metavar.NETWORK": "RÉSEAU",
    "metavar.REGION": "RÉGION",
    "metavar.STATUS": "STATUT",
    "metavar.TEXT": "TEXTE",
    "metavar.TITLE": "TITRE",
    "metavar.VALUE": "VALEUR",
    "metavar.ZONE": "FUSEAU",
    # `paths`: what each file is for.
    "paths.label": "{label}\u00a0:",
    "paths.config": "Configuration",
    "paths.checklist": "Votre liste de tâches",
    "paths.bundled_checklist": "Liste fournie",
    "paths.data": "Données",
    # `templates show`: the duty's fields and their values.
    "template.field.id": "identifiant",
    "template.field.title": "titre",
    "template.field.phase": "phase",
    "template.field.volet": "volet",
    "template.field.minutes": "durée",
    "template.field.rrule": "récurrence (rrule)",
    "template.field.offset_days": "décalage en jours",
    "template.field.times": "heures",
    "template.field.carry": "reportée si pas faite",
    "template.field.window_days": "fenêtre en jours",
    "template.field.per_network": "une par réseau",
    "template.field.network": "réseau",
    "template.field.enabled": "active",
    "template.field.series": "série",
    "template.field.days": "jours",
    "template.field.holiday": "jour férié",
    "template.yes": "oui",
    "template.no": "non",
    "template.days.all": "tous les jours",
    "template.days.working": "jours ouvrés",
    "template.holiday.keep": "gardée",
    "template.holiday.skip": "sautée",
    "template.holiday.shift": "reportée au jour ouvré suivant",
    # Post ids: a post is not a task.
    "post.id_unknown": "aucune publication ne correspond à «\u00a0{id}\u00a0»",
    "post.id_ambiguous": (
        "«\u00a0{id}\u00a0» désigne plusieurs publications\u00a0; donnez plus de caractères\u00a0:"
    ),
    # -- Calendars and a team on one plan
    "help.export_prune": (
        "Retirer aussi du vdir ce que cmagenda y a écrit pour des jours hors de la période."
    ),
    "help.assign": "Confier une tâche à quelqu'un de l'équipe (ou à personne, --none).",
    "help.assign_name": "À qui la confier (un nom, comme dans le «\u00a0me\u00a0» de son profil).",
    "help.assign_none": "Ne la confier à personne.",
    "help.add_to": "La confier à quelqu'un de l'équipe.",
    "help.mine": (
        "Seulement mes tâches : celles confiées au nom «\u00a0me\u00a0» du profil, ou à personne."
    ),
    "assign.ok": "Confiée à {name} : {title}",
    "assign.nobody": "Confiée à personne : {title}",
    "assign.name_or_none": "donnez un nom ou --none (l'un des deux)",
    "assign.bad_name": ("nom refusé : 1 à {limit} caractères visibles, sur une ligne"),
    "assign.no_me": (
        '--mine : le profil ne dit pas qui vous êtes. Ajoutez me = "Votre nom" '
        "sous [profile] dans config.toml"
    ),
    "task.for": "pour {name}",
    "task.done_by": "fait par {name}",
    "undo.label.assign": "attribution",
    # -- sync with a CalDAV server
    "help.sync": (
        "Synchroniser avec un serveur CalDAV (téléphone, Nextcloud, Radicale…), dans les deux sens."
    ),
    "help.sync_setup": "Relier cmagenda à une collection CalDAV (créée si elle manque).",
    "help.sync_url": "L'adresse de la collection (https://…/cmagenda/).",
    "help.sync_username": "Le nom d'utilisateur sur le serveur.",
    "help.sync_password_command": "Une commande qui affiche le mot de passe (pass, secret-tool…).",
    "help.sync_dry_run": "Dire ce que la synchronisation ferait, sans rien écrire.",
    "help.prune": "Retirer aussi du serveur les éléments sortis de la période.",
    "sync.setup_created": "Collection créée et reliée\u00a0: {url}",
    "sync.setup_ok": "Collection reliée\u00a0: {url}",
    "sync.done": (
        "Synchronisé\u00a0: {sent} {sent|élément envoyé|éléments envoyés}, {received} "
        "{received|reçu|reçus}, {added} {added|tâche ajoutée|tâches ajoutées} depuis le serveur, "
        "{deleted} {deleted|supprimé|supprimés} sur le serveur, {removed} {removed|retiré|retirés} "
        "du serveur"
    ),
    "sync.would": (
        "À synchroniser\u00a0: {sent} {sent|élément à envoyer|éléments à envoyer}, {received} "
        "{received|à recevoir|à recevoir}, {added} {added|tâche à ajouter|tâches à ajouter} "
        "depuis le serveur, {deleted} {deleted|supprimé|supprimés} sur le serveur, {removed} "
        "{removed|à retirer|à retirer} du serveur (rien n'a été écrit)"
    ),
    "sync.conflict_server": (
        "conflit sur «\u00a0{title}\u00a0» ({field})\u00a0: gardé «\u00a0{kept}\u00a0» "
        "du serveur, plus récent, à la place de «\u00a0{lost}\u00a0»"
    ),
    "sync.conflict_local": (
        "conflit sur «\u00a0{title}\u00a0» ({field})\u00a0: gardé «\u00a0{kept}\u00a0» "
        "de cmagenda, plus récent, à la place de «\u00a0{lost}\u00a0» du serveur"
    ),
    "sync.cancelled_reason": "annulée sur le serveur CalDAV",
    "sync.deleted_reason": "supprimée sur le serveur CalDAV",
    "sync.not_set_up": (
        "la synchronisation n'est pas configurée\u00a0: lancez "
        "«\u00a0cmagenda sync setup --url URL --username NOM\u00a0»"
    ),
    "sync.init_first": "pas encore de profil\u00a0: lancez d'abord «\u00a0cmagenda init\u00a0»",
    "sync.username_empty": "le nom d'utilisateur est vide",
    "sync.config_bad": (
        "{path}\u00a0: la section [sync] doit contenir url et username (textes), et au besoin "
        "password_command"
    ),
    "sync.config_keep": (
        "{path}\u00a0: fichier illisible ou modifié d'une façon que cmagenda ne sait pas "
        "garder\u00a0; la section [sync] n'y a pas été écrite"
    ),
    "sync.url_bad": "adresse de serveur invalide\u00a0: {url} (attendu\u00a0: https://…)",
    "sync.url_plain": (
        "refusé\u00a0: {url} est en http sans chiffrement\u00a0; le mot de passe passerait "
        "en clair. Utilisez https (http n'est permis que vers cette machine, 127.0.0.1 ou "
        "localhost)"
    ),
    "sync.no_password": (
        "aucun mot de passe pour {host}\u00a0: donnez CMAGENDA_SYNC_PASSWORD, une ligne dans "
        "~/.netrc ou password_command dans la section [sync]"
    ),
    "sync.password_command": "la commande du mot de passe a échoué\u00a0: {reason}",
    "sync.denied": "le serveur {url} refuse l'identifiant ou le mot de passe",
    "sync.refused": (
        "le serveur {url} refuse l'écriture (HTTP {status})\u00a0: rien n'a été perdu, la "
        "prochaine synchronisation reprendra"
    ),
    "sync.full": (
        "le serveur {url} est plein (HTTP {status})\u00a0: rien n'a été perdu, la prochaine "
        "synchronisation reprendra"
    ),
    "sync.conflict": "le serveur {url} a refusé une écriture (HTTP {status})",
    "sync.status": (
        "le serveur {url} a répondu HTTP {status}\u00a0: rien n'a été perdu, la prochaine "
        "synchronisation reprendra"
    ),
    "sync.unreachable": (
        "serveur injoignable ({url})\u00a0: {reason}. Rien n'a été perdu\u00a0; la prochaine "
        "synchronisation reprendra là où celle-ci s'est arrêtée"
    ),
    "sync.no_collection": (
        "la collection {url} n'existe pas\u00a0: lancez «\u00a0cmagenda sync setup\u00a0»"
    ),
    "sync.bad_answer": "réponse illisible du serveur\u00a0: {reason}",
    "sync.incomplete": (
        "{count} {count|élément modifié|éléments modifiés} entre-temps sur le serveur "
        "{count|n'a|n'ont} pas été {count|envoyé|envoyés} ({sent} envoyés)\u00a0: relancez "
        "«\u00a0cmagenda sync\u00a0» pour les fusionner"
    ),
    "undo.label.sync": "synchronisation",
    # -- le pupitre éditorial : relecture, limites, premier commentaire, médias, evergreen
    "post.status.review": "en relecture",
    "post.status.changes": "à retoucher",
    "post.status.approved": "approuvée",
    "post.unapproved": "pas encore approuvée",
    "help.post_review": "Soumettre une publication à la relecture (du client ou de la direction).",
    "help.post_approve": "Approuver une publication (en notant qui l'approuve).",
    "help.post_reject": "Demander des retouches, avec une note qui dit lesquelles.",
    "help.post_note": "Ce qu'il faut retoucher.",
    "help.post_by": "Qui l'a relue.",
    "help.post_check": (
        "Les publications qui dépassent une limite de leur réseau, ou dont un média manque ou n'a "
        "pas de texte alternatif (code 1 s'il y en a)."
    ),
    "help.post_first_comment": (
        'Le premier commentaire, à ajouter une fois la publication en ligne ("" le retire).'
    ),
    "help.post_media": (
        "Un fichier média qui accompagne la publication (répétable\u00a0; remplace la liste)."
    ),
    "help.post_alt": "Le texte alternatif du --media de même rang (répétable).",
    "help.post_snippet": "Ajouter à la fin un extrait du profil ([profile.snippets]) (répétable).",
    "help.post_list_status": (
        "Seulement les publications de ce statut (toutes dates, sauf --on ou --week)."
    ),
    "help.post_list_evergreen": (
        "Seulement les publications evergreen (toutes dates, sauf --on ou --week)."
    ),
    "help.post_evergreen": (
        "Evergreen\u00a0: la publication revient en proposition après un temps."
    ),
    "help.post_every": "Evergreen\u00a0: jours avant qu'elle puisse revenir (90 par défaut).",
    "help.post_times": "Evergreen\u00a0: combien de fois au plus (3 par défaut).",
    "review.published": "la publication {id} est déjà publiée\u00a0: sa relecture est close",
    "review.bad_name": "le nom de qui relit compte de 1 à {limit} caractères imprimables",
    "review.bad_note": "la note des retouches compte de 1 à {limit} caractères",
    "desk.comment_too_long": "premier commentaire trop long (plus de {limit} caractères)",
    "desk.alt_without_media": "--alt accompagne un --media",
    "desk.more_alts": (
        "{alts} --alt pour {media} --media\u00a0: chaque texte alternatif va avec le média de "
        "même rang"
    ),
    "desk.too_many_media": "trop de médias (au plus {limit})",
    "desk.bad_media": (
        "chemin de média refusé\u00a0: «\u00a0{path}\u00a0» (1 à {limit} caractères, sans "
        "caractère de contrôle)"
    ),
    "desk.alt_too_long": "texte alternatif trop long (plus de {limit} caractères)",
    "desk.evergreen_needed": "--every et --times vont avec --evergreen",
    "desk.evergreen_every": "--every\u00a0: de 1 à {limit} jours",
    "desk.evergreen_times": "--times\u00a0: de 1 à {limit}",
    "desk.unknown_snippet": (
        "extrait inconnu «\u00a0{name}\u00a0» (extraits du profil\u00a0: {known})"
    ),
    "desk.reviewed_by.approved": "approuvée par {by} le {date}",
    "desk.reviewed_by.changes": "retouches demandées par {by} le {date}",
    "desk.reviewed_by.other": "relue par {by} le {date}",
    "desk.reviewed.approved": "approuvée le {date}",
    "desk.reviewed.changes": "retouches demandées le {date}",
    "desk.reviewed.other": "relue le {date}",
    "desk.note": "note\u00a0: {note}",
    "desk.first_comment": "premier commentaire\u00a0: {text}",
    "desk.media": "média\u00a0: {path} ({alt})",
    "desk.alt": "texte alternatif\u00a0: {alt}",
    "desk.no_alt": "sans texte alternatif",
    "desk.evergreen": (
        "evergreen\u00a0: tous les {every} jours, {used} {used|retour|retours} sur {times}"
    ),
    "desk.over.chars": "{network}\u00a0: {count} caractères pour {limit} ({excess} de trop)",
    "desk.over.hashtags": (
        "{network}\u00a0: {count} {mots-clics|hashtags} pour {limit} ({excess} de trop)"
    ),
    "desk.over.mentions": "{network}\u00a0: {count} mentions pour {limit} ({excess} de trop)",
    "desk.over.links": "{network}\u00a0: {count} liens pour {limit} ({excess} de trop)",
    "desk.over.media": "{network}\u00a0: {count} médias pour {limit} ({excess} de trop)",
    "desk.media_missing": "fichier média introuvable\u00a0: {path}",
    "desk.media_no_alt": "sans texte alternatif\u00a0: {path}",
    "desk.check_ok": (
        "{n} {n|publication vérifiée|publications vérifiées}\u00a0: aucune ne dépasse les limites "
        "de son réseau."
    ),
    "desk.check_heading": "{n} {n|publication|publications} sur {total} à corriger\u00a0:",
    "desk.chars_left": "reste {shown} {n|caractère|caractères}",
    "desk.chars_over": "{shown} {n|caractère|caractères} de trop",
    "desk.warning": "publication {id} gardée, mais\u00a0:",
    "desk.first_comment_due": "premier commentaire à publier\u00a0: {text}",
    "undo.label.post review": "soumission à la relecture",
    "undo.label.post approve": "approbation de publication",
    "undo.label.post reject": "retouches demandées",
    "help.post_import": (
        "Importer un mois de publications d'un tableur (CSV), chacune dans son créneau ou le "
        "prochain libre."
    ),
    "help.post_import_file": (
        "Le fichier CSV (UTF-8, une ligne d'en-tête, point-virgule ou virgule entre les cellules)."
    ),
    "help.post_import_dry_run": "Dire où irait chaque ligne, sans rien écrire.",
    "postimport.bad_row": "{path}, ligne {line}\u00a0: {reason}\u00a0; rien n'est importé",
    "postimport.empty": "{path} ne contient aucune publication à importer",
    "postimport.too_many": "{path}\u00a0: plus de {limit} lignes",
    "postimport.too_big": "{path} est trop gros (plus de {limit} octets)",
    "postimport.unreadable": "impossible de lire {path}\u00a0: {reason}",
    "postimport.not_utf8": (
        "{path}, ligne {line}\u00a0: pas en UTF-8 (enregistrez le tableur en CSV UTF-8)"
    ),
    "postimport.unknown_column": (
        "{path}\u00a0: colonne inconnue «\u00a0{name}\u00a0» (connues\u00a0: {known})"
    ),
    "postimport.twice": "{path}\u00a0: colonne «\u00a0{name}\u00a0» donnée deux fois",
    "postimport.missing_columns": "{path}\u00a0: il manque la ou les colonnes {names}",
    "postimport.past": "la date {date} est passée",
    "postimport.repeated": "la même publication qu'à la ligne {line}",
    "postimport.no_slot": (
        "ligne {line}\u00a0: aucun créneau libre sur {network} dans les {days} jours après le "
        "{date}\u00a0; rien n'est importé"
    ),
    "postimport.line": "ligne {line}",
    "postimport.placed.slot": "son créneau",
    "postimport.placed.next": "prochain créneau libre",
    "postimport.placed.off": "hors créneau",
    "postimport.done": "{n} {n|publication importée|publications importées}.",
    "postimport.would": (
        "{n} {n|publication serait importée|publications seraient importées} (--dry-run\u00a0: "
        "rien n'est écrit)."
    ),
    "undo.label.post import": "import de publications",
    "help.post_suggest": (
        "Les publications evergreen dont le délai est passé, avec un créneau libre."
    ),
    "help.post_suggest_take": (
        "Prévoir une copie de cette publication evergreen dans le créneau proposé."
    ),
    "evergreen.none": "Aucune publication evergreen à reprendre aujourd'hui.",
    "evergreen.out": "(publiée le {date}, {used} {used|retour|retours} sur {times})",
    "evergreen.slot": "prochain créneau libre\u00a0: {when}  (cmagenda post suggest --take {id})",
    "evergreen.no_slot": "aucun créneau libre en vue sur ce réseau",
    "evergreen.not_due": "la publication {id} n'est pas une publication evergreen à reprendre",
    "undo.label.post suggest": "reprise evergreen",
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
    # The checklist field the duties' order is read from
    "template.field.after": "commence après",
    # Checklist problems in the user's language
    "checklist.sep": "\u00a0: ",
    "checklist.duty": "tâche «\u00a0{name}\u00a0»",
    "checklist.network": "réseau «\u00a0{name}\u00a0»",
    "templates.off": " [désactivée]",
    "checklist.too_many": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: la liste pourrait prévoir plus de "
        "{most} tâches en un jour ({n} avec celle-ci)\u00a0: retirez des tâches ou des heures"
    ),
    "checklist.rrule": "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: rrule\u00a0: {problem}",
    "checklist.network_unknown": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: network\u00a0: "
        "réseau inconnu «\u00a0{network}\u00a0»{suggestion}"
    ),
    "checklist.per_network": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: per_network et network s'excluent"
    ),
    "checklist.series_network": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: une série a besoin d'un réseau "
        '(network = "...")'
    ),
    "checklist.top_key": (
        "{where}\u00a0: clé de premier niveau inconnue «\u00a0{name}\u00a0»{suggestion}"
    ),
    "checklist.not_table": "{where}\u00a0: {name} doit être une table",
    "checklist.version_int": "{where}\u00a0: schema_version doit être un nombre entier",
    "checklist.version_newer": (
        "{path}\u00a0: schema_version {version} est plus récent que ce que comprend cette version "
        "de cmagenda ({known})\u00a0: mettez cmagenda à jour"
    ),
    # La réserve d’idées
    "help.idea": "Les idées en réserve : des idées de publications qui attendent d’en devenir.",
    "help.idea_add": "Noter une idée de publication.",
    "help.idea_list": "Lister les idées, de la plus ancienne à la plus récente.",
    "help.idea_rm": "Retirer une idée.",
    "help.idea_text": "L’idée, telle qu’elle pourra devenir le texte de la publication.",
    "help.idea_network": "Le réseau visé.",
    "help.idea_tag": "Une étiquette (répétable).",
    "help.idea_id": "L’identifiant de l’idée (i3, ou 3).",
    "help.post_from_idea": (
        "Faire la publication à partir de cette idée : son texte et son réseau sauf s’ils sont "
        "donnés ; l’idée quitte la réserve."
    ),
    "idea.empty": "l’idée est vide",
    "idea.too_long": "idée trop longue : {length} caractères (au plus {limit})",
    "idea.bad_tag": (
        "étiquette inutilisable « {tag} » : de 1 à {limit} caractères, sans caractère de contrôle"
    ),
    "idea.too_many_tags": "trop d’étiquettes (au plus {limit})",
    "idea.too_many": "la réserve est pleine ({limit} idées) : retirez-en avec `idea rm`",
    "idea.unknown": "aucune idée {which} (voir `cmagenda idea list`)",
    "idea.added": "Idée notée : {idea}",
    "idea.removed": "Idée retirée : {idea}",
    "idea.none": "Aucune idée en réserve.",
    "post.add_needs": "donnez le texte de la publication et --network, ou --from-idea ID",
    "undo.ideas": "Annulé ({label}) : {count} {count|idée remise|idées remises} en place",
    "undo.label.idea add": "idée notée",
    "undo.label.idea rm": "idée retirée",
    # Les champs à remplir dans le texte d’une publication
    "desk.unknown_placeholder": (
        "champ inconnu {{{name}}} (extraits du profil : {known} ; {{{{ écrit une accolade)"
    ),
    # La récurrence (rrule) d’une tâche de la liste, et les noms de réseau
    "rrule.not_pair": (
        "« {chunk} » n’a pas la forme NOM=VALEUR (FREQ=WEEKLY;BYDAY=MO, par exemple)"
    ),
    "rrule.time_part": (
        "{part} n’est pas pris en charge : les heures de la journée se donnent dans `times`"
    ),
    "rrule.unknown_part": "partie inconnue « {part} » (parties possibles : {known})",
    "rrule.twice": "{part} est donné deux fois",
    "rrule.empty": "{part} n’a pas de valeur",
    "rrule.no_freq": "FREQ manque : la fréquence est l’une de {known}",
    "rrule.freq": "fréquence inconnue « {value} » (FREQ vaut l’une de {known})",
    "rrule.count_until": "COUNT et UNTIL s’excluent : gardez l’un ou l’autre",
    "rrule.one_value": "{part} prend une seule valeur, pas « {value} »",
    "rrule.not_number": "{part} : « {value} » n’est pas un nombre entier",
    "rrule.range": "{part} : {value} est hors limites (de {low} à {high})",
    "rrule.range_signed": (
        "{part} : {value} est hors limites (de {low} à {high}, ou de -{high} à -{low} en "
        "comptant depuis la fin)"
    ),
    "rrule.byday": (
        "BYDAY : « {value} » n’est pas un jour (l’un de {known}, avec un rang dans une règle "
        "mensuelle ou annuelle : 1MO pour le premier lundi, -1FR pour le dernier vendredi)"
    ),
    "rrule.byday_rank": (
        "BYDAY : un rang comme « {value} » ne va que dans une règle mensuelle ou annuelle "
        "(FREQ=MONTHLY ou FREQ=YEARLY)"
    ),
    "rrule.byday_range": (
        "BYDAY : le rang de « {value} » est hors limites (de 1 à {high}, ou de -{high} à -1)"
    ),
    "rrule.wkst": "WKST : « {value} » n’est pas un jour (l’un de {known})",
    "rrule.until": (
        "UNTIL : « {value} » n’est pas une date AAAAMMJJ, en heure locale (20271231, par exemple)"
    ),
    "rrule.no_such_day": "aucun mois n’a ce jour : la règle ne tomberait jamais",
    "rrule.never": "la règle ne tombe jamais",
    "checklist.network_name_length": (
        "{where} : nom de réseau « {name} » : il faut de 1 à {limit} caractères"
    ),
    "checklist.network_name_invisible": (
        "{where} : nom de réseau « {name} » : il contient un caractère de contrôle ou invisible"
    ),
    # Les dates données avec une heure, ou d’après une autre date
    "date.time_given": (
        "« {value} » : ici, une date seulement, sans heure (« {date} ») ; l’heure, s’il en "
        "faut une, se donne avec --at"
    ),
    "date.relative": (
        "« {value} » dépend d’une autre date : écrivez la date elle-même (demain, "
        "après-demain, lundi, 2026-12-09…)"
    ),
    # Les mots des valeurs dans les pages d’aide
    "metavar.TAG": "ÉTIQUETTE",
    "metavar.PATH": "CHEMIN",
    "metavar.DAYS": "JOURS",
    "metavar.COMMAND": "COMMANDE",
    "metavar.FROM": "DU",
    "metavar.TO": "AU",
    # Le titre d’une publication dans un calendrier exporté
    "ical.post": "{network} : {text}",
    # Un fichier à importer qui n'est pas une sauvegarde
    "import.not_backup": (
        "{path} n'est pas une sauvegarde cmagenda (celles qu'écrit « cmagenda export --format "
        "json »)"
    ),
    "import.not_json": (
        "{path} n'est pas une sauvegarde cmagenda lisible : ce n'est pas du JSON (ligne {line})"
    ),
    "import.not_utf8": (
        "{path} n'est pas une sauvegarde cmagenda lisible : le texte n'est pas en UTF-8"
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
    "holidays.clash": (
        "holidays = « {value} » est pris pour le pays {value} ; pour la subdivision de "
        "{country}, écrivez holidays = « {meant} » dans config.toml (ou init --holidays "
        "{meant})"
    ),
    "help.locale": (
        "La façon d’écrire dates, heures et nombres : fr_CA, fr_FR, fr_BE, fr_CH, en_CA, en_US, "
        "en_GB (sinon devinée d’après l’environnement et le fuseau)."
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
}
