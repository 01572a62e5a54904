"""Messages in French: the editorial desk
(posts, ideas, evergreen, review), client pages, export and sync (data, not code).

Standard library only, no imports; merged into `catalogue_fr.FR`.
"""

FR_DESK: dict[str, str] = {
    "post.none": "Aucune publication prévue.",
    "post.no_slot": "hors créneau",
    "post.status.draft": "brouillon",
    "post.status.ready": "prête",
    "post.status.published": "publiée",
    "post.empty": "le texte de la publication est vide",
    "post.too_long": "texte trop long (plus de {limit} caractères)",
    "post.status": "statut inconnu « {value} » (connus : {known})",
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
    "vdir.not_dir": "--dir {path} : ce n'est pas un dossier",
    "vdir.symlink": "{path} est un lien symbolique : laissé tel quel, pas écrit",
    "vdir.directory": "{path} est un dossier : laissé tel quel, pas écrit",
    "vdir.special": "{path} n'est pas un fichier ordinaire : laissé tel quel",
    "vdir.bad_id": ("élément « {id} » non exporté : identifiant inutilisable comme nom de fichier"),
    "vdir.manifest": (
        "{path} n'est pas une liste lisible des fichiers de cmagenda : rien n'est retiré du dossier"
    ),
    # posting slots: where `post add` puts a post
    "post.no_open_slot": "aucun créneau libre sur {network} dans les {days} prochains jours",
    "post.day_full": "plus aucun créneau libre le {date} sur {network}{next}",
    "post.slot_closed": "le créneau du {slot} n'est plus libre (pris, coché ou passé){next}",
    "post.next_open": "\u00a0; prochain créneau libre\u00a0: {when}",
    "post.next_none": "\u00a0; aucun créneau libre dans les {days} jours suivants",
    "post.when": "{date} à {time}",
    "post.unslotted_at": ", à {time}, hors créneau",
    # Post ids: a post is not a task.
    "post.id_unknown": "aucune publication ne correspond à «\u00a0{id}\u00a0»",
    "post.id_ambiguous": (
        "«\u00a0{id}\u00a0» désigne plusieurs publications\u00a0; donnez plus de caractères\u00a0:"
    ),
    "assign.ok": "Confiée à {name} : {title}",
    "assign.nobody": "Confiée à personne : {title}",
    "assign.name_or_none": "donnez un nom ou --none (l'un des deux)",
    "assign.bad_name": ("nom refusé : 1 à {limit} caractères visibles, sur une ligne"),
    "assign.no_me": (
        '--mine : le profil ne dit pas qui vous êtes. Ajoutez me = "Votre nom" '
        "sous [profile] dans config.toml"
    ),
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
    # -- le pupitre éditorial : relecture, limites, premier commentaire, médias, evergreen
    "post.status.review": "en relecture",
    "post.status.changes": "à retoucher",
    "post.status.approved": "approuvée",
    "post.unapproved": "pas encore approuvée",
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
    "evergreen.none": "Aucune publication evergreen à reprendre aujourd'hui.",
    "evergreen.out": "(publiée le {date}, {used} {used|retour|retours} sur {times})",
    "evergreen.slot": "prochain créneau libre\u00a0: {when}  (cmagenda post suggest --take {id})",
    "evergreen.no_slot": "aucun créneau libre en vue sur ce réseau",
    "evergreen.not_due": "la publication {id} n'est pas une publication evergreen à reprendre",
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
    # Les champs à remplir dans le texte d’une publication
    "desk.unknown_placeholder": (
        "champ inconnu {{{name}}} (extraits du profil : {known} ; {{{{ écrit une accolade)"
    ),
    # Le titre d’une publication dans un calendrier exporté
    "ical.post": "{network} : {text}",
}
