"""Profile use cases: `init` writes the first profile."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from cmagenda.domain.errors import UsageError
from cmagenda.domain.model import WeekStart
from cmagenda.domain.networks import fold as fold_network
from cmagenda.domain.networks import resolve as resolve_network
from cmagenda.domain.schema import Profile
from cmagenda.i18n.messages import suggest
from cmagenda.storage import history
from cmagenda.storage.atomic import atomic_write
from cmagenda.storage.config import keeping_sync, render_profile, require_zone, written_by_itself
from cmagenda.usecases.session import Session, load_checklist


def init_profile(
    session: Session,
    *,
    start: dt.date | None,
    timezone: str | None,
    networks: list[str] | None,
    lang: str | None,
    week_start: str | None,
    force: bool,
    holidays: str | None = None,
    work_days: list[str] | None = None,
    work_hours: list[str] | None = None,
    locale: str | None = None,
) -> Profile:
    """Write config.toml from the current profile and what `init` was given."""
    # A profile cmagenda wrote by itself at first use is the user's to set: no --force needed.
    if session.profile_saved and not force and not written_by_itself(session.paths.config_file):
        raise UsageError("init.exists", path=str(session.paths.config_file))
    update: dict[str, object] = {}
    if start is not None:
        update["start"] = start
    if timezone is not None:
        update["timezone"] = require_zone(timezone, session.lang)
    if lang is not None:
        if lang not in ("fr", "en"):
            raise UsageError("lang.bad", value=lang)
        update["language"] = lang
    if week_start is not None:
        if week_start not in WeekStart.ALL:
            raise UsageError("week_start.bad", value=week_start)
        update["week_start"] = week_start
    if networks is not None:
        names = [n.strip() for n in networks if n.strip()]
        update["networks"] = list(dict.fromkeys(require_networks(session, names)))
    for key, value in (
        ("holidays", holidays),
        ("work_days", work_days),
        ("work_hours", work_hours),
        ("locale", locale),
    ):
        if value is not None:
            update[key] = value
    profile = _validated(session.profile, update)
    data = keeping_sync(render_profile(profile), session.paths.config_file)
    if not session.profile_saved:
        atomic_write(session.paths.config_file, data)
        return profile
    store = session.store()
    with store.locked():
        entries = store.read_undo()
        record = history.files_record(store, "init", set(), session.now, only=("config",))
        with store.transaction():
            store.write_file(session.paths.config_file, data)
            history.push(store, record, entries)
    return profile


def _validated(profile: Profile, update: dict[str, object]) -> Profile:
    try:
        return Profile.model_validate({**profile.model_dump(), **update})
    except ValidationError as err:
        details = [
            f"{'.'.join(str(p) for p in e['loc'])}: {str(e['msg']).removeprefix('Value error, ')}"
            for e in err.errors()
        ]
        raise UsageError("init.bad", details=details) from None


def require_networks(session: Session, names: list[str]) -> list[str]:
    """The keys of the networks the user typed (any case, an alias, a label), in order."""
    known = load_checklist(session).networks
    labels = {key: net.label for key, net in known.items()}
    keys = []
    for name in names:
        key = resolve_network(name, known, labels)
        if key is None:
            raise UsageError(
                "network.unknown_near",
                network=name,
                suggestion=suggest(fold_network(name), known, session.lang),
                known=", ".join(sorted(known)),
            )
        keys.append(key)
    return keys


def inactive(session: Session, network: str) -> UsageError:
    """The refusal of a network the profile does not follow, with the config line that adds it."""
    names = [*session.profile.networks, network]
    return UsageError(
        "network.inactive",
        network=network,
        path=session.paths.config_file,
        line="networks = [" + ", ".join(f'"{n}"' for n in names) + "]",
    )


def holiday_clash(session: Session, profile: Profile) -> dict[str, str] | None:
    """When the profile's `holidays` is a country code that is also a subdivision of the
    profile's country (its locale's), what was taken and how to write the other."""
    from cmagenda.domain.workdays import region_clash

    locale = profile.locale or session.voices[profile.language].locale
    country = locale.partition("_")[2]
    meant = region_clash(profile.holidays, country)
    if meant is None:
        return None
    return {"value": profile.holidays, "country": country, "meant": meant}
