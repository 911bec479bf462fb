"""One answer in the conversation, drawn from the shared view (``oxybot.present``): Markdown with
numbered references, the optional detail (collapsed), its sources, the buttons that ask more, and the
trainer details. A danger-sign answer gets a style that cannot be missed.

The card's own labels are in the answer's language, like the answer itself.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Collapsible, Markdown, Static

from ...present import present
from .suggestions import SuggestionList
from .trainer import TrainerPanel

DANGER_ICON = "⚠"


class DangerBanner(Static):
    """The referral headline and the signs recognised, above a danger-sign answer."""


class SourcesBlock(Static):
    """``[1] Doko et al. 2019`` lines under an answer."""


class AnswerCard(Vertical):
    def __init__(self, answer, lang_fixed: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.answer = answer
        self.lang_fixed = lang_fixed
        self.view = present(answer)
        self.text, self.references = self.view.text, self.view.references
        if self.view.kind == "danger":
            self.add_class("-danger")
        elif self.view.kind == "out_of_scope":
            self.add_class("-out-of-scope")

    def compose(self) -> ComposeResult:
        view = self.view
        if view.danger_headline:
            self.border_title = Content(DANGER_ICON + " " + view.danger_title)
            banner = Text(DANGER_ICON + "  " + view.danger_headline, style="bold")
            if view.signs:
                banner.append("\n" + view.signs_label + " " + ", ".join(view.signs), style="not bold")
            yield DangerBanner(banner)
        elif view.title:
            self.border_title = Content(view.title)
        yield Markdown(view.text, classes="answer-text")
        if view.detail:
            with Collapsible(title=view.detail_heading, collapsed=True, classes="answer-detail"):
                yield Markdown(view.detail)
        for group in view.leading_groups:  # right under the answer: the user may have meant this
            yield self._buttons(group)
        if view.references:
            sources = Text()
            sources.append(view.references_heading, style="bold")
            for ref in view.references:
                sources.append(f"\n[{ref.number}] ", style="bold")
                sources.append(ref.text)
            yield SourcesBlock(sources)
        for group in view.trailing_groups:
            yield self._buttons(group)
        yield TrainerPanel(self.answer, self.lang_fixed, classes="trainer-panel")

    def _buttons(self, group) -> SuggestionList:
        items = [(b.label, b.intent) for b in group.buttons]
        return SuggestionList(group.heading, items, self.view.lang, classes=group.kind.replace("_", "-"))
