"""A horizontal bar chart drawn with block characters, for a study's comparison."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text
from textual.widget import Widget

from ...i18n import format_decimal, format_percent

EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, largest: float, width: int) -> str:
    """A bar of ``width`` cells at most, in eighths of a cell."""
    if largest <= 0 or width <= 0:
        return ""
    eighths = round(max(0.0, value) / largest * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


def decimals_of(values) -> int:
    return max((max(0, -Decimal(str(v)).as_tuple().exponent) for v in values), default=0)


class BarChart(Widget):
    COMPONENT_CLASSES = {"bar-chart--caption", "bar-chart--label", "bar-chart--bar", "bar-chart--value"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.caption = ""
        self.bars: list[tuple[str, float]] = []
        self.lang = "en"
        self.percent = False

    def show(self, caption: str, bars: list[tuple[str, float]], lang: str, percent: bool = False) -> None:
        """``percent``: the values are percentages (shown "75%", in the locale's notation)."""
        self.caption, self.bars, self.lang, self.percent = caption, bars, lang, percent
        self.display = bool(bars)
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:
        return (1 if self.caption else 0) + len(self.bars)

    def render(self) -> Text:
        text = Text()
        if self.caption:
            text.append(self.caption, style=self.get_component_rich_style("bar-chart--caption"))
        if not self.bars:
            return text
        digits = decimals_of(v for _, v in self.bars)
        if self.percent:
            values = [format_percent(Decimal(str(v)) / 100, self.lang, decimals=digits) for _, v in self.bars]
        else:
            values = [format_decimal(v, self.lang, decimals=digits) for _, v in self.bars]
        label_width = max(len(label) for label, _ in self.bars)
        value_width = max(len(v) for v in values)
        width = max(4, self.content_size.width - label_width - value_width - 3)
        largest = max(v for _, v in self.bars)
        label_style = self.get_component_rich_style("bar-chart--label")
        bar_style = self.get_component_rich_style("bar-chart--bar")
        value_style = self.get_component_rich_style("bar-chart--value")
        for n, ((label, value), shown) in enumerate(zip(self.bars, values)):
            if n or self.caption:
                text.append("\n")
            text.append(label.ljust(label_width) + " ", style=label_style)
            drawn = bar(value, largest, width)
            text.append(drawn, style=bar_style)
            text.append(" " * (width - len(drawn) + 1))
            text.append(shown.rjust(value_width), style=value_style)
        return text
