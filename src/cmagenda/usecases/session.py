"""Session: the profile, checklist and store a command works with."""

from __future__ import annotations

import datetime as dt

from cmagenda.domain import absences
from cmagenda.domain.errors import ChecklistError, CmagendaError, UsageError
from cmagenda.domain.model import LANGUAGES, Titles
from cmagenda.domain.networks import fold as fold_network
from cmagenda.domain.workdays import holiday_names, region_of
from cmagenda.i18n.messages import Voice, locale_for, say, suggest
from cmagenda.i18n.wording import regional
from cmagenda.storage.paths import Paths, bundled_checklist
from cmagenda.storage.store import Store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from cmagenda.domain.schema import Checklist, Profile


class Context:
    """What an action on stored tasks needs from the outside world.

    Plain classes rather than dataclasses: `dataclasses` imports `inspect`, a third of the
    fast `done`'s import time."""

    def __init__(
        self,
        *,
        paths: Paths,
        now: dt.datetime,  # aware, in the profile's zone
        lang: str,
        voices: dict[str, Voice],
        on_wait: Callable[[], None] | None = None,
        lock_timeout: float = 10.0,
    ) -> None:
        self.paths = paths
        self.now = now
        self.lang = lang
        # Each language's voice: the window file carries the labels of both.
        self.voices = voices
        self.on_wait = on_wait
        self.lock_timeout = lock_timeout

    @property
    def voice(self) -> Voice:
        return self.voices[self.lang]

    @property
    def real_today(self) -> dt.date:
        return self.now.date()

    def store(self) -> Store:
        return Store(self.paths, lock_timeout=self.lock_timeout, on_wait=self.on_wait)


class Session(Context):
    """What the CLI resolved from the outside world, passed to every command."""

    def __init__(
        self,
        *,
        paths: Paths,
        profile: Profile,
        profile_saved: bool,
        now: dt.datetime,
        lang: str,
        voices: dict[str, Voice],
        on_wait: Callable[[], None] | None = None,
        lock_timeout: float = 10.0,
        on_assumed: Callable[[Profile], None] | None = None,
    ) -> None:
        super().__init__(
            paths=paths,
            now=now,
            lang=lang,
            voices=voices,
            on_wait=on_wait,
            lock_timeout=lock_timeout,
        )
        self.profile = profile
        self.profile_saved = profile_saved
        # Told once, when the profile of first use is written with the defaults it assumed.
        self.on_assumed = on_assumed
        # Why config.toml did not load, for the commands that work without it (`init --force`
        # rewrites it, `doctor` reports it); the others never get a session then.
        self.config_error: CmagendaError | None = None


def open_session(
    paths: Paths,
    *,
    now_utc: dt.datetime,
    lang: str | None,
    env_lang: str,
    system_zone: str,
    env: Mapping[str, str],
    on_wait: Callable[[], None] | None = None,
    lock_timeout: float = 10.0,
    on_assumed: Callable[[Profile], None] | None = None,
    broken_config_ok: bool = False,
) -> Session:
    """The session for one command: the saved profile (or first-use defaults: the system's zone,
    the environment's language, today as the start), the clock in its zone, both voices.
    With `broken_config_ok`, a config.toml that does not load gives the defaults and is kept in
    `config_error`. A naive `now_utc` (`--now` without an offset) is a wall-clock time in the
    profile's zone."""
    # Kept off the fast `done` path: pydantic (the schema, config) and zoneinfo (its clock
    # comes from the window's offsets).
    from zoneinfo import ZoneInfo

    from cmagenda.domain.schema import Profile
    from cmagenda.storage.config import check_zone, load_profile, read_language

    zone = "UTC" if check_zone(system_zone) else system_zone
    wall_clock = now_utc.tzinfo is None
    defaults = Profile(
        start=(now_utc if wall_clock else now_utc.astimezone(ZoneInfo(zone))).date(),
        timezone=zone,
        language=env_lang,
    )
    # A broken file is said in the language asked for, else the one it names, else the
    # environment's.
    said_in = lang or read_language(paths.config_file) or env_lang
    problem = None
    try:
        profile, saved = load_profile(paths.config_file, defaults, said_in)
    except ChecklistError as err:
        if not broken_config_ok:
            raise
        profile, saved, problem = defaults, True, err
    if wall_clock:
        # In a repeated hour (autumn), the earlier of the two instants (`fold` 0).
        now = now_utc.replace(tzinfo=ZoneInfo(profile.timezone))
        now = now.astimezone(dt.UTC).astimezone(ZoneInfo(profile.timezone))
    else:
        now = now_utc.astimezone(ZoneInfo(profile.timezone))
    if not saved:
        profile = profile.model_copy(update={"start": now.date()})
    voices = {
        code: Voice(code, locale_for(code, profile.locale, profile.timezone, env))
        for code in LANGUAGES
    }
    session = Session(
        paths=paths,
        profile=profile,
        profile_saved=saved,
        now=now,
        lang=lang or (said_in if problem else profile.language),
        voices=voices,
        on_wait=on_wait,
        lock_timeout=lock_timeout,
        on_assumed=on_assumed,
    )
    session.config_error = problem
    return session


def paths_table(paths: Paths) -> dict[str, str]:
    """Where cmagenda reads and writes, by role."""
    return {
        "config": str(paths.config_file),
        "checklist": str(paths.user_checklist),
        "bundled_checklist": str(bundled_checklist()),
        "data": str(paths.data_dir),
    }


def checklist_files(paths: Paths) -> list[Path]:
    files = [bundled_checklist()]
    if paths.user_checklist.is_file():
        files.append(paths.user_checklist)
    return files


def load_checklist(session: Session) -> Checklist:
    # pydantic, here and through config: kept off the fast `done` path that imports this module.
    from pydantic import ValidationError

    from cmagenda.storage.config import explain
    from cmagenda.storage.templates import load_checklist as load

    checklist = load(checklist_files(session.paths), session.lang)
    checklist = in_regional_words(
        checklist, session.voices["fr"].locale, session.voices["en"].locale
    )
    named = [*session.profile.networks, *session.profile.posting]
    unknown = [n for n in dict.fromkeys(named) if n not in checklist.networks]
    known = ", ".join(sorted(checklist.networks))
    problems = [
        say(
            session.lang,
            "config.network_near",
            field="profile.networks",
            network=n,
            suggestion=suggest(fold_network(n), checklist.networks, session.lang),
            known=known,
        )
        for n in unknown
    ]
    for name, posting in session.profile.posting.items():
        if name in checklist.networks:
            try:
                posting.over(checklist.networks[name])
            except ValidationError as err:
                problems += explain(err, session.lang, f"profile.posting.{name}")
    if problems:
        raise ChecklistError(
            "config.invalid", path=str(session.paths.config_file), details=problems
        )
    return checklist


def in_regional_words(checklist: Checklist, locale: str, en_locale: str = "en_US") -> Checklist:
    """The checklist with its titles' regional choices made: French `{québec|france}` for
    `locale`, English `{america|britain}` for `en_locale`."""
    templates = {}
    for tid, template in checklist.templates.items():
        fr, en = template.title.fr, template.title.en
        update = {}
        if fr is not None and "|" in fr:
            update["fr"] = regional(fr, locale)
        if en is not None and "|" in en:
            update["en"] = regional(en, en_locale)
        if update:
            title = template.title.model_copy(update=update)
            template = template.model_copy(update={"title": title})
        templates[tid] = template
    return checklist.model_copy(update={"templates": templates})


def holidays_of(session: Session, year: int) -> tuple[str | None, dict[dt.date, Titles]]:
    """The profile's holiday region and its holidays in `year`."""
    if not 1900 <= year <= 2200:
        raise UsageError("year.bad", value=str(year))
    region = region_of(session.profile)
    return region, holiday_names(region, dt.date(year, 1, 1), dt.date(year, 12, 31))


def check_checklist(session: Session, file: Path | None) -> tuple[Path, int]:
    """Validate `file` over the bundled checklist (default: the user's file); the file shown
    and how many duties the result has."""
    from cmagenda.storage.templates import load_checklist as load  # pydantic: off `done`'s path

    files = checklist_files(session.paths)
    if file is not None:
        bundled = bundled_checklist()
        files = [bundled, file] if file.resolve() != bundled else [file]
    return (file if file is not None else files[-1]), len(load(files, session.lang).templates)


def days_off(store: Store) -> dict[dt.date, str]:
    """Every day of absence stored, with its reason."""
    return absences.days_off(store.read_absences(), dt.date.min, dt.date.max)


def work_of(profile: Profile) -> tuple[list[str], list[str]]:
    return list(profile.work_days), list(profile.work_hours)
