"""All topics, grouped; choosing one asks it in the chat. Where a mother who does not know what to
ask can start."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from ...i18n import N_
from ..messages import IntentChosen
from ..widgets.key_bar import KeyBar
from .base import SubScreen

class TopicsScreen(SubScreen):
    TITLE_MSGID = N_("Topics")

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="topics-intro", classes="intro")
        yield OptionList(id="topics", markup=False)
        yield KeyBar()

    def relabel(self) -> None:
        _ = self.app.gettext
        self.query_one("#topics-intro", Static).update(
            Content(_("Choose a topic and press Enter: oxybot answers it in the chat.")))
        options = self.query_one("#topics", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        engine, lang = self.app.engine, self.app.ui_lang
        for n, (heading, topics) in enumerate(engine.topic_groups(lang)):  # groups are content
            if n:
                options.add_option(None)
            options.add_option(Option(Content(heading), disabled=True))
            options.add_options(Option(Content("  " + title), id=topic) for topic, title in topics)
        options.highlighted = highlighted if highlighted is not None else 1

    def on_key(self, event: events.Key) -> None:
        """A letter typed on the list is the start of a question: it goes to the chat's question box."""
        if event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            self.app.type_question(event.character)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        lang = self.app.answer_lang or self.app.ui_lang
        engine = self.app.engine
        intent = engine.topic_intent(event.option.id)
        if intent is not None:
            self.post_message(IntentChosen(intent.id, lang, engine.title(intent.topic, lang)))
