"""Networks as people name them: the bundled networks' keys and labels, the short names and
the old names people type, and the one function that turns a typed name into a key.

A key is what the store keeps with each task, post and KPI value; it never changes once data
holds it (X keeps `twitter`, its key from before it was renamed).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# The bundled networks (data/checklists.toml) and how each is shown.
LABELS = {
    "facebook": "Facebook",
    "twitter": "X (Twitter)",
    "instagram": "Instagram",
    "pinterest": "Pinterest",
    "linkedin": "LinkedIn",
    "snapchat": "Snapchat",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "google_business": "Google Business Profile",
}

# What people type for a network, folded (see `fold`), other than its key and its label.
ALIASES = {
    "x": "twitter",
    "ig": "instagram",
    "insta": "instagram",
    "fb": "facebook",
    "li": "linkedin",
    "yt": "youtube",
    "gbp": "google_business",
    "google": "google_business",
    "googlebusiness": "google_business",
    "googlebusinessprofile": "google_business",
    "googlemybusiness": "google_business",
    "gmb": "google_business",
    "bsky": "bluesky",
}


def fold(name: str) -> str:
    """`name` as compared: case, spaces, dashes and underscores aside ("Google Business" and
    "google_business" are one name)."""
    return "".join(c for c in name.casefold() if c not in " -_")


def resolve(name: str, keys: Iterable[str], labels: Mapping[str, str] | None = None) -> str | None:
    """The one of `keys` that the typed `name` means, or None: a key as written first, then
    folded, then an alias, then a label (`labels`, else the bundled one)."""
    keys = list(keys)
    name = name.strip()
    if name in keys:
        return name
    wanted = fold(name)
    if not wanted:
        return None
    alias = ALIASES.get(wanted)
    if alias in keys:
        return alias
    shown = labels or {}
    for key in keys:
        if wanted in (fold(key), fold(shown.get(key, "")), fold(LABELS.get(key, ""))):
            return key
    return None


def key_of(name: str) -> str:
    """The key of a bundled network that `name` means, else `name` as written (a network of the
    user's own checklist, checked once the checklist is read)."""
    return resolve(name, LABELS) or name


def label(name: str) -> str:
    return LABELS.get(name, name)
