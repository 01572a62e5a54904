"""Guarantee 6: whatever a checklist file holds, loading it gives a clean error or a checklist."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmagenda.domain.errors import ChecklistError
from cmagenda.storage.paths import bundled_checklist
from cmagenda.storage.templates import load_checklist

BUNDLED = bundled_checklist().read_text("utf-8")
FIELDS = ["title", "phase", "volet", "minutes", "rrule", "offset_days", "times", "carry",
          "window_days", "per_network", "network", "enabled", "tims", "rule"]  # fmt: skip
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def load(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "mine.toml"
    path.write_bytes(data)
    try:
        load_checklist([bundled_checklist(), path])
    except ChecklistError as err:
        text = " ".join([err.key, *map(str, err.params.values()), *err.details])
        # Every message names the file, and for a duty its key or line.
        assert str(path) in text or "mine.toml" in text, text


toml_values = st.one_of(
    st.integers(-(10**12), 10**12), st.booleans(), st.text(max_size=20),
    st.lists(st.text(max_size=6), max_size=3), st.floats(allow_nan=True),
    st.sampled_from(
        ['"FREQ=DAILY"', '"FREQ=MONTHLY;BYMONTHDAY=32"', '"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"']
    ),
)  # fmt: skip


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    load(tmp_path, data)


@SETTINGS
@given(cut=st.integers(0, len(BUNDLED)), flips=st.lists(st.integers(0, 5000), max_size=4))
def test_mangled_bundled_checklist(tmp_path: Path, cut: int, flips: list[int]) -> None:
    data = bytearray(BUNDLED[:cut].encode("utf-8", "replace"))
    for at in flips:
        if at < len(data):
            data[at] = (data[at] + 37) % 256
    load(tmp_path, bytes(data))


@SETTINGS
@given(
    duty=st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True),
    fields=st.dictionaries(st.sampled_from(FIELDS), toml_values, max_size=8),
)
def test_random_duties(tmp_path: Path, duty: str, fields: dict[str, object]) -> None:
    lines = [f"[duties.{duty}]"]
    for key, value in fields.items():
        if isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, str) and value.startswith('"FREQ'):
            rendered = value
        elif isinstance(value, str):
            rendered = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        elif isinstance(value, float):
            rendered = repr(value).replace("inf", "inf").replace("nan", "nan")
        else:
            rendered = repr(value).replace("'", '"')
        lines.append(f"{key} = {rendered}")
    load(tmp_path, "\n".join(lines).encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + BUNDLED.encode(),
        b"\xff\xfe" + "x = 1".encode("utf-16-le"),
        b"a = " + b"[" * 5000 + b"]" * 5000,
        b"a = " + b"{ b = " * 3000 + b"1" + b" }" * 3000,
        b"[duties.x]\n" + b"k" * 2_000_000,
        b"\x00" * 100,
    ],
    ids=["bom", "utf16", "deep-arrays", "deep-tables", "huge", "nul"],
)
def test_pathological_files(tmp_path: Path, data: bytes) -> None:
    load(tmp_path, data)


NEVER = "no month has such a day: the rule would never occur"


@pytest.mark.parametrize(
    ("rule", "why"),
    [
        (
            "FREQ=MONTHLY;BYMONTHDAY=32",
            "BYMONTHDAY: 32 is out of range (1 to 31, or -31 to -1 counting from the end)",
        ),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", NEVER),
        ("FREQ=DAILY;BYMONTH=4,6,9,11;BYMONTHDAY=31", NEVER),
        ("FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=31", NEVER),
    ],
)
def test_impossible_rule_is_rejected_by_analysis(tmp_path: Path, rule: str, why: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(f'[duties.replies]\nrrule = "{rule}"\n', encoding="utf-8")
    with pytest.raises(ChecklistError) as caught:
        load_checklist([bundled_checklist(), path])
    # These reasons come from reading the rule, before any occurrence is computed: no scan to
    # year 9999 (tests/test_templates.py proves the rule is never walked).
    assert caught.value.details == [f"{path}:2: duty 'replies': rrule: {why}"]
