"""Charts for the client's pages, as inline SVG (pure: text in, markup out).

A KPI's trend is a dozen points at most: a few lines of SVG written here read the same in every
browser and in print, with no script and no library to keep up to date. The charts must stay
readable printed in black and white: one black line with round markers, the baseline as a dashed
grey line, the values written out at both ends, a missing reading left as a gap.
"""

from __future__ import annotations

from html import escape

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

WIDTH, HEIGHT = 480, 150
# Room for the value labels at both ends and the period names under the axis.
LEFT, RIGHT, TOP, BOTTOM = 56, 56, 14, 28


def _text(x: float, y: float, content: str, anchor: str = "middle", size: int = 11) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="#000">{escape(content)}</text>'
    )


def trend(
    points: Sequence[tuple[str, float | None]],
    baseline: float | None,
    number: Callable[[float], str],
    title: str,
) -> str:
    """A line chart of `points` (a label under each, a value or None) with `baseline` drawn
    across; `number` writes a value the locale's way; `title` names the chart for readers of
    the page who cannot see it."""
    values = [v for _, v in points if v is not None]
    if baseline is not None:
        values.append(baseline)
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if high == low:
        low, high = low - 1, high + 1
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = inner_w / max(len(points) - 1, 1)

    def x_of(index: int) -> float:
        return LEFT + (index * step if len(points) > 1 else inner_w / 2)

    def y_of(value: float) -> float:
        return TOP + inner_h - (value - low) / (high - low) * inner_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" class="chart">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{LEFT}" y1="{TOP + inner_h}" x2="{WIDTH - RIGHT}" y2="{TOP + inner_h}" '
        'stroke="#000" stroke-width="1"/>',
    ]
    if baseline is not None:
        y = y_of(baseline)
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#777" '
            'stroke-width="1" stroke-dasharray="5 4"/>'
        )
        parts.append(_text(LEFT - 6, y + 4, number(baseline), "end", 10))
    # A gap where a period has no reading: each run of readings is its own line.
    runs: list[list[tuple[float, float]]] = [[]]
    for index, (_, value) in enumerate(points):
        if value is None:
            runs.append([])
        else:
            runs[-1].append((x_of(index), y_of(value)))
    for run in runs:
        if len(run) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
            parts.append(f'<polyline points="{path}" fill="none" stroke="#000" stroke-width="2"/>')
        for x, y in run:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#000"/>')
    shown = [(i, v) for i, (_, v) in enumerate(points) if v is not None]
    if shown:
        last_index, last = shown[-1]
        parts.append(_text(x_of(last_index) + 8, y_of(last) + 4, number(last), "start", 11))
    # Under the axis: the first and last periods' names, and every other one when they fit.
    every = 1 if len(points) <= 6 else 2
    for index, (label, _) in enumerate(points):
        if index % every == 0 or index == len(points) - 1:
            parts.append(_text(x_of(index), HEIGHT - 8, label, "middle", 10))
    parts.append("</svg>")
    return "".join(parts)
