"""Messages in French: the user's files
(config, checklists, backups, the store, undo, doctor) (data, not code).

Standard library only, no imports; merged into `catalogue_fr.FR`.
"""

FR_FILES: dict[str, str] = {
    "init.bad": "réglage refusé",
    "holidays.none": "Aucun jour férié : réglez holidays (CA-QC, FR…) dans le profil.",
    "holidays.heading": "Jours fériés {year} ({region})",
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
    "week_start.bad": "début de semaine inconnu « {value} » (monday ou sunday)",
    "color.bad": "valeur inconnue pour --color : « {value} » (auto, always, never)",
    "shell.bad": "interpréteur inconnu « {value} » (bash, zsh, fish)",
    "template.unknown": "aucune tâche type « {id} »{hint}",
    "undo.ok": "Annulé ({label}) : {count} {count|tâche remise|tâches remises} en l'état",
    "undo.empty": "Rien à annuler.",
    "init.ok": "Profil écrit dans {path}",
    "templates.ok": "{path} : valide ({count} tâches)",
    "zone.unknown": "fuseau horaire inconnu « {zone} »",
    "lang.bad": "langue inconnue « {value} » (fr ou en)",
    "init.exists": "{path} existe déjà ; ajoutez --force pour le remplacer",
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
    "doctor.ok": "{count} {count|fichier vérifié|fichiers vérifiés} : tout est lisible.",
    "doctor.bad": "{path} : {reason} (dernière sauvegarde saine : {backup})",
    "doctor.restored": "{path} : remis en place depuis {backup}",
    "doctor.failed": "{count} {count|fichier|fichiers} de données {count|illisible|illisibles}",
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
    "store.lock_kind": (
        "{path} n'est pas un fichier ordinaire (lien symbolique ?) : cmagenda ne "
        "le suit pas ; supprimez-le, il sera recréé"
    ),
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
    "orphans.warning": (
        "des publications sont prévues sur un réseau retiré du profil ; "
        "elles restent visibles (ajoutez le réseau ou déplacez-les) :"
    ),
    "orphans.line": "{id}  {date}  {network}",
    "orphans.flag": "réseau retiré",
    "orphans.heading": "Publications sur un réseau retiré du profil",
    "zone.close": "fuseau horaire inconnu « {zone} »{suggestion}",
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
    "undo.label.edit": "modification",
    "undo.label.rm": "retrait",
    "config.region_near": (
        "{field}\u00a0: région de jours fériés inconnue «\u00a0{value}\u00a0»{suggestion}"
    ),
    "config.network_near": (
        "{field}\u00a0: réseau inconnu «\u00a0{network}\u00a0»{suggestion}. "
        "Réseaux connus\u00a0: {known}"
    ),
    "checklist.after_unknown": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: after\u00a0: "
        "tâche inconnue «\u00a0{other}\u00a0»"
    ),
    "checklist.after_cycle": (
        "{where}\u00a0: tâche «\u00a0{duty}\u00a0»\u00a0: after\u00a0: "
        "ces tâches s'attendent les unes les autres en boucle\u00a0: {path}"
    ),
    "undo.absences": (
        "Annulé ({label})\u00a0: {count} {count|absence remise|absences remises} en l'état"
    ),
    "undo.label.off": "absence",
    "undo.label.off rm": "absence retirée",
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
    "undo.label.assign": "attribution",
    "undo.label.sync": "synchronisation",
    "undo.label.post review": "soumission à la relecture",
    "undo.label.post approve": "approbation de publication",
    "undo.label.post reject": "retouches demandées",
    "undo.label.post import": "import de publications",
    "undo.label.post suggest": "reprise evergreen",
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
    "undo.ideas": "Annulé ({label}) : {count} {count|idée remise|idées remises} en place",
    "undo.label.idea add": "idée notée",
    "undo.label.idea rm": "idée retirée",
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
    "holidays.clash": (
        "holidays = « {value} » est pris pour le pays {value} ; pour la subdivision de "
        "{country}, écrivez holidays = « {meant} » dans config.toml (ou init --holidays "
        "{meant})"
    ),
}
