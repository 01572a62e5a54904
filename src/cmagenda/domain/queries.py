"""Queries: select and order what a view shows (pure; every function takes `today`).

A todo task whose date has passed is either overdue (it carries forward, once its window is
over) or missed (it lapses when its day ends). Views list overdue tasks first, then the tasks
with a time, by time, then the rest of the day by phase.
"""

from __future__ import annotations

import bisect
import datetime as dt

from cmagenda.domain import slots
from cmagenda.domain.model import (
    Phase,
    Post,
    PostStatus,
    Status,
    Task,
    Titles,
    Volet,
    WeekStart,
)
from cmagenda.domain.month import Month, month_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# The days off (see `absences.days_off`): date -> reason ("" when none was given).
NO_DAYS_OFF: Mapping[dt.date, str] = {}

PHASE_ORDER = {phase: i for i, phase in enumerate(Phase.ALL)}
VOLET_ORDER = {volet: i for i, volet in enumerate(Volet.ALL)}
# Long enough that a prefix shown today is very unlikely to be shared by a task planned later
# (a 1 in 16**5 chance per new task), short enough to type.
MIN_SHORT_ID = 5


class Item:
    """A task as a view shows it: its status seen from `today`, its shortest id, and for a
    posting slot the post planned in it."""

    __slots__ = ("overdue", "post", "short_id", "status", "task")

    def __init__(
        self, task: Task, status: str, overdue: bool, short_id: str, post: Post | None = None
    ) -> None:
        self.task = task
        self.status = status
        self.overdue = overdue
        self.short_id = short_id
        self.post = post


class Day:
    __slots__ = ("capacity", "date", "holiday", "items", "off", "orphans", "outside")

    def __init__(
        self,
        date: dt.date,
        items: list[Item],
        holiday: Titles | None = None,
        orphans: list[Post] | None = None,
        capacity: int | None = None,
        off: str | None = None,
        outside: list[Post] | None = None,
    ) -> None:
        self.date = date
        self.items = items
        self.holiday = holiday  # the public holiday's name, if the day is one
        # Posts on a network the profile no longer follows (see `orphans`).
        self.orphans = orphans or []
        # On a day of absence, its reason ("" when none was given); None on a working day.
        self.off = off
        # Minutes of work the day holds (its working hours; 0 on a day off), when known.
        self.capacity = capacity
        # Posts planned on this day outside the posting slots (`post add --at` at another
        # time), on a network followed: shown with the day, counted in its tallies.
        self.outside = outside or []

    @property
    def resting(self) -> bool:
        """Not a working day: an absence, a weekend or a holiday (its capacity is 0)."""
        return self.off is not None or self.capacity == 0

    def waiting(self, item: Item) -> bool:
        """A task carried in from an earlier day, on a day not worked: it waits for the next
        working day instead of being owed today."""
        return self.resting and item.task.date != self.date and item.status == Status.TODO

    def _owed(self, item: Item) -> bool:
        return (
            not item.task.optional
            and item.status not in (Status.SKIPPED, Status.OFF)
            and not self.waiting(item)
        )

    @property
    def planned_minutes(self) -> int:
        """The owed minutes of the tasks this day shows, to do or done: what the day asks of
        its working hours, carried-in work included (an optional slot owes nothing; a skipped
        task no longer does, nor one on a day of absence, as `total` says, nor work waiting
        for the next working day)."""
        return sum(i.task.minutes for i in self.items if self._owed(i))

    @property
    def carried_minutes(self) -> int:
        """The part of `planned_minutes` carried in from earlier days, to do or done today: the
        week shows those tasks on their own days, and the summary says why today holds more."""
        return sum(i.task.minutes for i in self.items if self._owed(i) and i.task.date != self.date)

    @property
    def over_capacity(self) -> bool:
        """More planned than a working day holds (a day off is never flagged)."""
        return bool(self.capacity) and self.planned_minutes > (self.capacity or 0)

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.status == Status.DONE)

    @property
    def total(self) -> int:
        """What the day owes: optional slots count only once used, and a task skipped on
        purpose is no longer owed (skipping is not failing), nor one waiting for the next
        working day."""
        return sum(
            1
            for i in self.items
            if (not i.task.optional or i.status == Status.DONE)
            and i.status not in (Status.SKIPPED, Status.OFF)
            and not self.waiting(i)
        )

    def owed_posts(self) -> dict[str, int]:
        """Per network, the posts the day still lacks to meet its minimum, by the tallies'
        rule (`Tally.short`): its required slots not skipped, less its filled slots (an
        optional one too: `slots.counts`, so that a day gone by counts a post only if it went
        out) and its posts outside the slots."""
        owed: dict[str, int] = {}
        for item in self.items:
            task = item.task
            if not (task.is_posting_slot and task.network and task.date == self.date):
                continue
            posts = {task.id: item.post} if item.post is not None else {}
            # A slot still to do that the view says missed (or, optional, let go) is past.
            past = task.status == Status.TODO and item.status in (Status.MISSED, Status.SKIPPED)
            filled = slots.kept(task, posts) if past else slots.filled(task, posts)
            counts = (
                not task.optional and item.status not in (Status.SKIPPED, Status.OFF)
            ) - filled
            owed[task.network] = owed.get(task.network, 0) + counts
        for post in self.outside:
            if post.network in owed:
                owed[post.network] -= 1
        return {n: k for n, k in owed.items() if k > 0}

    @property
    def minutes_left(self) -> int:
        return sum(
            i.task.minutes
            for i in self.items
            if i.status == Status.TODO and not i.task.optional and not self.waiting(i)
        )


class Week:
    __slots__ = ("days", "end", "start", "tallies", "today")

    def __init__(
        self,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        days: list[Day],
        tallies: list[Tally] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.today = today
        self.days = days
        # The editorial calendar: per day and network, its posting slots and posts.
        self.tallies = tallies or []

    @property
    def totals(self) -> list[Tally]:
        return week_totals(self.tallies)


def view_status(
    task: Task, today: dt.date, off: Mapping[dt.date, str] = NO_DAYS_OFF
) -> tuple[str, bool]:
    if task.status == Status.TODO and task.date in off and not owed_on_day_off(task):
        return Status.OFF, False
    if task.status != Status.TODO or task.date >= today:
        return task.status, False
    if task.optional:
        return Status.SKIPPED, False  # an optional slot left free is not a missed duty
    if not task.carry:
        return Status.MISSED, False
    return Status.TODO, task.date + dt.timedelta(days=task.window_days) < today


def carried(
    months: Iterable[Month], before: dt.date, off: Mapping[dt.date, str] = NO_DAYS_OFF
) -> list[Task]:
    """Open carried-forward tasks dated before `before` (overdue, or still in their window);
    a task the planner dated on a day off was never owed, so it is not carried (one the user
    moved or added there stays owed: see `owed_on_day_off`)."""
    return [
        t
        for m in months
        for t in m.tasks.values()
        if t.carry
        and t.status == Status.TODO
        and t.date < before
        and (t.date not in off or owed_on_day_off(t))
    ]


def owed_on_day_off(task: Task) -> bool:
    """Whether `task`, dated on a day of absence, is owed all the same: a task the user moved
    or added there (pinned while still to do) was put there on purpose, never turned "off"."""
    return task.pinned and task.status == Status.TODO


def select_day(months: dict[str, Month], day: dt.date, extra: Iterable[Task] = ()) -> list[Task]:
    month = months.get(month_key(day))
    own = [t for t in month.tasks.values() if t.date == day] if month else []
    return [*own, *extra]


def order(
    tasks: Iterable[Task],
    today: dt.date,
    shorts: dict[str, str],
    posts: dict[str, Post] | None = None,
    off: Mapping[dt.date, str] = NO_DAYS_OFF,
) -> list[Item]:
    posts = posts or {}
    items = []
    for task in tasks:
        status, overdue = view_status(task, today, off)
        items.append(Item(task, status, overdue, shorts.get(task.id, task.id), posts.get(task.id)))
    return sorted(items, key=_sort_key)


def posts_by_slot(months: dict[str, Month]) -> dict[str, Post]:
    """The post planned in each posting slot, by the slot's task id."""
    return slots.posts_by_slot(months.values())


def holiday_of(months: dict[str, Month], day: dt.date) -> Titles | None:
    month = months.get(month_key(day))
    return month.holidays.get(day) if month else None


def _sort_key(item: Item) -> tuple[int, str, str, int, int, str, str, str]:
    # Language-independent, so that French and English users see the same order.
    task = item.task
    phase = PHASE_ORDER[task.phase] if task.phase else len(PHASE_ORDER)
    volet = VOLET_ORDER[task.volet] if task.volet else len(VOLET_ORDER)
    if item.overdue:
        group = 0
    elif task.time is not None:
        group = 1
    else:
        group = 2
    template = task.template or "~"
    return (
        group,
        task.date.isoformat(),
        task.time or "",
        phase,
        volet,
        template,
        task.slot,
        task.id,
    )


def done_today(months: Iterable[Month], today: dt.date) -> list[Task]:
    """Earlier tasks ticked off today: they stay on today's list, done, where they were ticked."""
    return [
        t
        for m in months
        for t in m.tasks.values()
        if t.date < today and t.done_at is not None and t.done_at.date() == today
    ]


def today_view(
    months: dict[str, Month],
    day: dt.date,
    today: dt.date | None = None,
    shorts: dict[str, str] | None = None,
    off: Mapping[dt.date, str] = NO_DAYS_OFF,
) -> Day:
    """The day `day` with its statuses seen from `today` (the real clock's day; default `day`):
    only the real today gathers the carried tasks and those ticked off today."""
    today = day if today is None else today
    earlier = (
        carried(months.values(), today, off) + done_today(months.values(), today)
        if day == today
        else []
    )
    tasks = select_day(months, day, earlier)
    shorts = short_ids(months) if shorts is None else shorts
    items = order(tasks, today, shorts, posts_by_slot(months), off)
    return Day(
        day, items, holiday_of(months, day), off=off.get(day), outside=slots.outside(months, day)
    )


def week_bounds(day: dt.date, week_start: str) -> tuple[dt.date, dt.date]:
    first = 0 if week_start == WeekStart.MONDAY else 6
    offset = (day.weekday() - first) % 7
    start = day - dt.timedelta(days=offset)
    return start, start + dt.timedelta(days=6)


def week_view(
    months: dict[str, Month],
    day: dt.date,
    week_start: str,
    today: dt.date | None = None,
    shorts: dict[str, str] | None = None,
    off: Mapping[dt.date, str] = NO_DAYS_OFF,
) -> Week:
    """The week holding `day`, its statuses seen from `today` (the real clock's day; default
    `day`)."""
    shown = day
    today = day if today is None else today
    start, end = week_bounds(shown, week_start)
    shorts = short_ids(months) if shorts is None else shorts
    posts = posts_by_slot(months)
    days = []
    for n in range(7):
        day = start + dt.timedelta(days=n)
        extra = (
            carried(months.values(), start, off)
            + [t for t in done_today(months.values(), today) if t.date < start]
            if day == today
            else []
        )
        items = order(select_day(months, day, extra), today, shorts, posts, off)
        outside = slots.outside(months, day)
        days.append(Day(day, items, holiday_of(months, day), off=off.get(day), outside=outside))
    return Week(start, end, shown, days, tallies(months, [d.date for d in days], off, today))


def short_ids(months: dict[str, Month], ids: Iterable[str] = ()) -> dict[str, str]:
    """The shortest prefix (at least MIN_SHORT_ID) telling each id loaded apart from every
    other id loaded and every id in `ids` (all the ids stored, so that a prefix shown in one
    view is never ambiguous in another)."""
    mine = {tid for m in months.values() for tid in m.tasks}
    every = sorted(mine.union(ids))
    out = {}
    for tid in mine:
        i = bisect.bisect_left(every, tid)
        need = MIN_SHORT_ID
        for other in (every[i - 1] if i else "", every[i + 1] if i + 1 < len(every) else ""):
            common = 0
            while common < len(tid) and common < len(other) and tid[common] == other[common]:
                common += 1
            need = max(need, common + 1)
        out[tid] = tid[:need]
    return out


def find_tasks(months: dict[str, Month], prefix: str) -> list[Task]:
    prefix = prefix.lower()
    return [t for m in months.values() for t in m.tasks.values() if t.id.startswith(prefix)]


class Tally:
    """One network on one day of the editorial calendar: its slots, how many are filled (see
    `slots.filled`), and how far the day is from the network's minimum cadence."""

    __slots__ = (
        "date",
        "done",
        "filled",
        "network",
        "optional",
        "outside",
        "required",
        "shortfall",
        "skipped",
    )

    def __init__(
        self,
        date: dt.date,
        network: str,
        required: int,
        optional: int,
        filled: int,
        done: int,
        skipped: int = 0,
        outside: int = 0,
    ) -> None:
        self.date = date
        self.network = network
        self.required = required  # slots owed (the minimum cadence)
        self.optional = optional  # slots offered above it
        self.filled = filled  # slots holding a planned post or ticked done
        self.done = done  # slots ticked off (a post published, or done by hand)
        self.skipped = skipped  # slots skipped on purpose, with no post: neither filled nor free
        # Posts planned outside the slots: they count towards the cadence like any post.
        self.outside = outside
        self.shortfall: int | None = None  # set for a week's total (see week_totals)

    @property
    def free(self) -> int:
        return self.required + self.optional - self.filled - self.skipped

    @property
    def posts(self) -> int:
        """The posts the day holds: its filled slots and its posts outside the slots."""
        return self.filled + self.outside

    @property
    def short(self) -> int:
        """How many posts the day still lacks to meet the minimum (planned or done)."""
        if self.shortfall is not None:
            return self.shortfall
        return max(0, self.required - self.posts)


def week_totals(tallies: list[Tally]) -> list[Tally]:
    """Per network, the week's tallies added up (dated the first day); the week is short by
    the sum of each day's shortfall, since a post on one day does not make up for another."""
    totals: dict[str, Tally] = {}
    short: dict[str, int] = {}
    for t in tallies:
        total = totals.setdefault(t.network, Tally(t.date, t.network, 0, 0, 0, 0))
        total.required += t.required
        total.optional += t.optional
        total.filled += t.filled
        total.done += t.done
        total.skipped += t.skipped
        total.outside += t.outside
        short[t.network] = short.get(t.network, 0) + t.short
    for name, total in totals.items():
        total.shortfall = short[name]
    return [totals[n] for n in sorted(totals)]


def tallies(
    months: dict[str, Month],
    days: list[dt.date],
    off: Mapping[dt.date, str] = NO_DAYS_OFF,
    today: dt.date | None = None,
) -> list[Tally]:
    """Per day and network, its slots; on a day off every slot is offered, none is owed. Seen
    from `today`, a day gone by counts only the posts that went out (see `slots.counts`)."""
    out = []
    posts = posts_by_slot(months)
    for day in days:
        month = months.get(month_key(day))
        if month is None:
            continue
        outside: dict[str, int] = {}
        for post in slots.outside(months, day):
            if today is None or day >= today or post.status == PostStatus.PUBLISHED:
                outside[post.network] = outside.get(post.network, 0) + 1
        by_network: dict[str, list[Task]] = {}
        for task in month.tasks.values():
            if task.date == day and task.is_posting_slot and task.network:
                by_network.setdefault(task.network, []).append(task)
        for network, found in sorted(by_network.items()):
            owed = 0 if day in off else sum(1 for s in found if not s.optional)
            out.append(
                Tally(
                    day,
                    network,
                    required=owed,
                    optional=len(found) - owed,
                    filled=sum(1 for s in found if slots.counts(s, posts, today)),
                    done=sum(1 for s in found if s.status == Status.DONE),
                    skipped=sum(
                        1
                        for s in found
                        if s.status == Status.SKIPPED and not slots.filled(s, posts)
                    ),
                    outside=outside.get(network, 0),
                )
            )
    return out
