"""One answer in the conversation: Markdown with numbered references, its sources, the buttons that
ask more, and the trainer details. A danger-sign answer gets a style that cannot be missed.

The card's own labels are in the answer's language, like the answer itself.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Markdown, Static

from ...formatting import mark_citations
from ...i18n import translator
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
        self.text, self.references = mark_citations(answer.answer, answer.citations)
        if answer.red_flag:
            self.add_class("-danger")
        elif answer.topic == "out_of_scope":
            self.add_class("-out-of-scope")

    def compose(self) -> ComposeResult:
        a = self.answer
        _ = translator(a.lang).gettext
        if a.red_flag:
            self.border_title = Content(DANGER_ICON + " " + _("Danger sign"))
            banner = Text(DANGER_ICON + "  " + _("Danger sign: see a health worker now"), style="bold")
            if a.red_flag_signs:
                banner.append("\n" + _("Signs:") + " " + ", ".join(a.red_flag_signs), style="not bold")
            yield DangerBanner(banner)
        elif not a.topic.startswith("meta.") and a.topic != "out_of_scope":
            self.border_title = Content(self.app.engine.title(a.topic, a.lang))
        yield Markdown(self.text, classes="answer-text")
        if a.suggestions and a.ambiguous:  # right under the answer: the user may have meant this
            yield SuggestionList(_("Did you mean:"), [(s.title, s.intent) for s in a.suggestions], a.lang,
                                 classes="did-you-mean")
        if self.references:
            sources = Text()
            sources.append(_("References:"), style="bold")
            for ref in self.references:
                sources.append(f"\n[{ref.number}] ", style="bold")
                sources.append(ref.text)
            yield SourcesBlock(sources)
        if a.followups:
            yield SuggestionList(_("Related questions:"), [(s.ask, s.intent) for s in a.followups], a.lang,
                                 classes="followups")
        if a.suggestions and not a.ambiguous:
            yield SuggestionList(_("Topics I can help with:"), [(s.title, s.intent) for s in a.suggestions],
                                 a.lang, classes="closest-topics")
        yield TrainerPanel(a, self.lang_fixed, classes="trainer-panel")
