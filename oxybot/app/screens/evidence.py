"""The review's studies: a sortable table, the selected study in detail, and a chart where the study
gives two comparable numbers. All data from content/evidence.yaml and sources.yaml."""

from __future__ import annotations

import re
import textwrap

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Button, DataTable, Header, Static

from ...engine.extras import Study
from ...i18n import N_, format_decimal, format_p_in_text, format_p_value
from ..messages import IntentChosen
from ..widgets.bar_chart import BarChart
from ..widgets.key_bar import KeyBar
from .base import SubScreen

# column key -> heading msgid, width at most (the detail view below shows everything in full)
COLUMNS: list[tuple[str, str, int]] = [
    ("study", N_("Study"), 26),
    ("mothers", N_("Mothers"), 10),
    ("p", N_("p-value"), 9),
    ("design", N_("Design"), 40),
    ("comparison", N_("Compared with"), 40),
    ("outcome", N_("Outcome"), 48),
]
NUMBERS = ("study", "mothers", "p")  # always shown, never cut
TEXTS = ("outcome", "comparison", "design")  # shown as the width allows, the most telling first
MIN_TEXT = 24  # narrower than this, a text column says too little to be worth its place
PADDING = 2  # a DataTable cell's padding, both sides
NOT_GIVEN = "—"


def plan_columns(width: int, widths: dict[str, int]) -> list[tuple[str, int]]:
    """(column, width) that fit in ``width`` cells: the numbers, then as many text columns as can
    each have ``MIN_TEXT`` cells, sharing what is left."""
    plan = [(key, widths[key]) for key in NUMBERS]
    left = width - sum(w + PADDING for _key, w in plan) - 2  # the scrollbar
    texts: list[str] = []
    for key in TEXTS:
        if left // (len(texts) + 1) - PADDING >= MIN_TEXT:
            texts.append(key)
    if texts:
        share = left // len(texts) - PADDING
        by_key = {key: min(share, widths[key]) for key in texts}
        plan += [(key, by_key[key]) for key in ("design", "comparison", "outcome") if key in by_key]
    return plan


def fit(text: str, width: int, lines: int) -> str:
    """``text`` wrapped to ``width`` in at most ``lines`` lines, "…" where it was cut."""
    wrapped = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    if len(wrapped) > lines:
        # the next word did not fit on the last line kept, so this always clips (with "…")
        wrapped = wrapped[: lines - 1] + [clip(wrapped[lines - 1] + " " + wrapped[lines], width)]
    return "\n".join(wrapped)


def localized(value, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    return "" if value is None else str(value)


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def p_number(text) -> float | None:
    match = re.search(r"\d+(?:\.\d+)?", str(text or ""))
    return float(match.group()) if match else None


class EvidenceScreen(SubScreen):
    TITLE_MSGID = N_("Evidence")
    BINDINGS = [
        Binding("s", "next_sort", N_("Sort"), show=False),
        Binding("r", "reverse_sort", N_("Reverse"), show=False),
        Binding("a", "ask_study", N_("Ask about it"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort_column = "study"
        self.sort_reverse = False

    @property
    def studies(self) -> list[Study]:
        evidence = self.app.engine.content.extras.get("evidence")  # checked by `oxybot check`
        return evidence.studies if evidence is not None else []

    def compose(self) -> ComposeResult:
        yield Header()
        table = DataTable(id="studies", cursor_type="row", zebra_stripes=True)
        yield table
        with VerticalScroll(id="study-detail"):
            yield Static(id="detail-text")
            yield BarChart(id="chart")
            yield Button("", id="ask-study", compact=True)
        yield KeyBar()

    # -- labels and rows --------------------------------------------------------------------------
    def _plan(self) -> list[tuple[str, int]]:
        _ = self.app.gettext
        widths = {key: width for key, _heading, width in COLUMNS}
        widths["study"] = max([len(self._label(s)) for s in self.studies] + [len(_("Study"))])
        widths["mothers"] = len(_("Mothers"))
        widths["p"] = max(len(_("p-value")), 7)
        table_width = self.app.size.width - 4  # the table's margin and border
        return plan_columns(table_width, widths)

    def relabel(self) -> None:
        _ = self.app.gettext
        table = self.query_one("#studies", DataTable)
        self._columns = self._plan()
        table.clear(columns=True)
        headings = {key: heading for key, heading, _width in COLUMNS}
        for key, width in self._columns:
            table.add_column(Text(_(headings[key]), justify="right" if key in ("mothers", "p") else "left"),
                             key=key, width=width)
        self._fill()
        ask = self.query_one("#ask-study", Button)
        ask.label = Content("→ " + _("Ask oxybot about this study"))
        ask.refresh(layout=True)  # a Button's width follows its label only on a new layout
        if not self.studies:
            self.query_one("#detail-text", Static).update(Content(_("No studies in the content.")))

    def _label(self, study: Study) -> str:
        source = self.app.engine.content.sources.get(study.key)
        return source.short if source else study.key

    def _sort_value(self, study: Study):
        lang = self.app.ui_lang
        column = self.sort_column
        if column == "study":
            return self._label(study).casefold()
        if column == "mothers":
            return study.mothers
        if column == "p":
            return p_number(study.p_value)
        return localized(getattr(study, column), lang).casefold() or None

    def _ordered(self) -> list[Study]:
        """Studies in the chosen order; those without the value come last either way."""
        present = [s for s in self.studies if self._sort_value(s) is not None]
        missing = [s for s in self.studies if self._sort_value(s) is None]
        return sorted(present, key=self._sort_value, reverse=self.sort_reverse) + missing

    def on_resize(self) -> None:
        if self.is_mounted and getattr(self, "_columns", None) is not None and self._plan() != self._columns:
            self.relabel()  # a wider or narrower window shows more or fewer columns

    def _fill(self) -> None:
        _ = self.app.gettext
        lang = self.app.ui_lang
        table = self.query_one("#studies", DataTable)
        selected = self._selected_key()
        table.clear()
        texts = [key for key, _width in self._columns if key in TEXTS]
        # two lines a row where the screen has the room and a text column is shown
        lines = 2 if texts and self.app.size.height >= 32 else 1
        for study in self._ordered():
            cells = {
                "study": self._label(study),
                "mothers": format_decimal(study.mothers, lang) if study.mothers is not None else NOT_GIVEN,
                "p": format_p_value(study.p_value or NOT_GIVEN, lang),
                "design": localized(study.design, lang),
                "comparison": localized(study.comparison, lang),
                "outcome": format_p_in_text(localized(study.outcome, lang), lang),
            }
            row = []
            for key, width in self._columns:
                justify = "right" if key in ("mothers", "p") else "left"
                row.append(Text(fit(cells[key], width, lines), justify=justify, no_wrap=True))
            table.add_row(*row, key=study.key, height=lines)
        heading = next(h for k, h, _w in COLUMNS if k == self.sort_column)
        arrow = "↓" if self.sort_reverse else "↑"
        sorted_by, keys_hint = _("Sorted by"), _("s: sort, r: reverse, Enter: ask")
        table.border_title = Content(f"{sorted_by}: {_(heading)} {arrow}  ·  {keys_hint}")
        if selected is not None and selected in table.rows:
            table.move_cursor(row=table.get_row_index(selected), animate=False)
        self._show_detail()

    def _selected_key(self) -> str | None:
        table = self.query_one("#studies", DataTable)
        if not table.row_count:
            return None
        try:
            return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except Exception:  # noqa: BLE001 - no row under the cursor
            return None

    def _selected_study(self) -> Study | None:
        key = self._selected_key()
        return next((s for s in self.studies if s.key == key), None)

    # -- detail -----------------------------------------------------------------------------------
    def _show_detail(self) -> None:
        study = self._selected_study()
        if study is None:
            return
        _ = self.app.gettext
        lang = self.app.ui_lang
        source = self.app.engine.content.sources.get(study.key)
        detail = self.query_one("#study-detail")
        detail.border_title = Content(self._label(study))
        text = Text()
        if source and source.title:
            text.append(source.title + "\n", style="italic")
        if source and source.authors:
            text.append(", ".join(source.authors) + "\n", style="dim")

        def row(label: str, value: str) -> None:
            text.append(f"{label} ", style="bold")
            text.append(value or NOT_GIVEN)
            text.append("\n")

        row(_("Design:"), localized(study.design, lang))
        row(_("Mothers:"), format_decimal(study.mothers, lang) if study.mothers is not None else NOT_GIVEN)
        row(_("Setting:"), localized(study.setting, lang))
        row(_("Compared with:"), localized(study.comparison, lang))
        row(_("Outcome:"), format_p_in_text(localized(study.outcome, lang), lang))
        row(_("p-value (oxytocin massage):"), format_p_value(study.p_value or NOT_GIVEN, lang))
        if study.p_note:
            row(_("What the p-value compares:"), format_p_in_text(localized(study.p_note, lang), lang))
        text.rstrip()
        self.query_one("#detail-text", Static).update(text)
        chart = study.chart
        bars = [(localized(bar.label, lang), bar.value) for bar in chart.bars] if chart else []
        caption = localized(chart.label, lang) if chart else ""
        unit = localized(chart.unit, lang) if chart else ""
        percent = unit.lstrip().startswith("%")  # "% of mothers": each value reads "75%"
        self.query_one("#chart", BarChart).show(f"{caption} ({unit})" if unit else caption, bars, lang, percent)
        self.query_one("#ask-study").display = study.intent is not None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_ask_study()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        key = event.column_key.value
        if key == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column, self.sort_reverse = key, False
        self._fill()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ask-study":
            event.stop()
            self.action_ask_study()

    # -- actions ----------------------------------------------------------------------------------
    def action_next_sort(self) -> None:
        keys = [k for k, _h, _w in COLUMNS]
        self.sort_column = keys[(keys.index(self.sort_column) + 1) % len(keys)]
        self.sort_reverse = False
        self._fill()

    def action_reverse_sort(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self._fill()

    def action_ask_study(self) -> None:
        study = self._selected_study()
        if study is None or study.intent is None:
            return
        engine = self.app.engine
        intent = engine.intent(study.intent)
        if intent is None:
            return
        lang = self.app.answer_lang or self.app.ui_lang
        self.post_message(IntentChosen(intent.id, lang, engine.ask_label(intent, lang)))
