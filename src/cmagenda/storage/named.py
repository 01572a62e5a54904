"""Files the user names (storage): a checklist, a CSV of posts, read with `files.safe_read`,
each refusal said in the words of what the file is for. Apart from `files` so that the morning
path, which reads only cmagenda's own files, does not load the errors it never raises.
"""

from __future__ import annotations

from cmagenda.domain.errors import CmagendaError, UsageError
from cmagenda.storage.files import NotRegularFile, TooBig, safe_read

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path


def read_named(
    path: Path, cap: int, error: type[CmagendaError], *, missing: str, too_big: str, unreadable: str
) -> bytes:
    """A file the user named, read with `safe_read`; each refusal said with `error` and its key
    (a path that is not a regular file is a usage error whatever the file is for)."""
    try:
        return safe_read(path, cap)
    except FileNotFoundError:
        raise error(missing, path=str(path)) from None
    except NotRegularFile as err:
        raise UsageError(f"file.{err.kind}", path=str(path)) from None
    except TooBig:
        raise error(too_big, path=str(path), limit=cap) from None
    except OSError as err:
        raise error(unreadable, path=str(path), reason=err.strerror or str(err)) from None
