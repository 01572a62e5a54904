"""Messages in French: the help pages
(headings, each command's and option's help, the names of values) (data, not code).

Standard library only, no imports; merged into `catalogue_fr.FR`.
"""

FR_HELP: dict[str, str] = {
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
    "help.remind": "Rappeler ce qui arrive bientôt (pour cron : rien à dire, rien d'écrit).",
    "help.within": "Fenêtre à venir (30m, 1h, 1h30).",
    "help.notify": "Aussi une notification de bureau (notify-send, osascript).",
    "help.plain": "Texte simple, sans couleur ni cadre (comme quand la sortie est redirigée).",
    "help.no_color": "Sans couleur (comme NO_COLOR).",
    "help.color": "Couleur : auto, always (même redirigée, pour less -R) ou never.",
    "help.quiet": "Ne pas confirmer les changements (les erreurs restent dites).",
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
    "help.templates_show": "Montrer une tâche type du répertoire.",
    "help.template_id": "L'identifiant de la tâche type (cmagenda templates list).",
    "help.completion": "Le script de complétion pour bash, zsh ou fish.",
    "help.shell": "L'interpréteur : bash, zsh ou fish.",
    "usage.hint": "voir « {command} --help »",
    "help.dry_run": "Dire ce que l'import ferait, sans rien écrire.",
    # -- edit, note and remove a task
    "help.edit": "Modifier une tâche\u00a0: titre, durée, heure, note.",
    "help.edit_title": "Son nouveau titre.",
    "help.edit_minutes": "Sa nouvelle durée, en minutes.",
    "help.edit_at": "Sa nouvelle heure (14:30, 14h30, 2pm).",
    "help.no_time": "Lui retirer son heure.",
    "help.note": 'Une note sur la tâche (--note "" la retire).',
    "help.rm": "Retirer une tâche (une tâche prévue est sautée et n'est plus prévue).",
    "help.off": (
        "Dire une absence (congé, maladie)\u00a0: off DU AU, off DATE\u00a0; off list\u00a0; "
        "off rm N (ou DU AU)."
    ),
    "help.off_args": "DU [AU] (toute forme de date), list, ou rm N|DU [AU].",
    "help.off_reason": "Pourquoi (congé, formation…).",
    "help.week_full": "Une ligne par tâche, même sur un terminal.",
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
    "help.post_import": (
        "Importer un mois de publications d'un tableur (CSV), chacune dans son créneau ou le "
        "prochain libre."
    ),
    "help.post_import_file": (
        "Le fichier CSV (UTF-8, une ligne d'en-tête, point-virgule ou virgule entre les cellules)."
    ),
    "help.post_import_dry_run": "Dire où irait chaque ligne, sans rien écrire.",
    "help.post_suggest": (
        "Les publications evergreen dont le délai est passé, avec un créneau libre."
    ),
    "help.post_suggest_take": (
        "Prévoir une copie de cette publication evergreen dans le créneau proposé."
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
    # Les mots des valeurs dans les pages d’aide
    "metavar.TAG": "ÉTIQUETTE",
    "metavar.PATH": "CHEMIN",
    "metavar.DAYS": "JOURS",
    "metavar.COMMAND": "COMMANDE",
    "metavar.FROM": "DU",
    "metavar.TO": "AU",
    "help.locale": (
        "La façon d’écrire dates, heures et nombres : fr_CA, fr_FR, fr_BE, fr_CH, en_CA, en_US, "
        "en_GB (sinon devinée d’après l’environnement et le fuseau)."
    ),
}
