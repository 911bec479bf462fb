"""All topics, grouped; choosing one asks it in the chat. Where a mother who does not know what to
ask can start."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from ...i18n import N_
from ..messages import IntentChosen
from ..widgets.key_bar import KeyBar
from .base import SubScreen

# Group heading -> topic id prefixes, in the contract's order; a topic matching no group is listed
# under "Other topics". HIDDEN topics are not offered: they are not something to ask about.
GROUPS: list[tuple[str, tuple[str, ...]]] = [
    (N_("Breast milk (ASI)"), ("asi.",)),
    (N_("Hormones and the let-down reflex"), ("hormone.", "letdown.", "stress.")),
    (N_("Oxytocin massage"), ("massage.",)),
    (N_("The evidence"), ("evidence.", "review.")),
    (N_("Safety and about oxybot"), ("red_flag", "meta.help", "meta.about")),
]
OTHER_GROUP = N_("Other topics")
HIDDEN = ("out_of_scope", "meta.greeting", "meta.thanks", "meta.goodbye")


def grouped_topics(topic_ids) -> list[tuple[str, list[str]]]:
    """(group heading msgid, topic ids) in display order; empty groups left out."""
    groups: dict[str, list[str]] = {heading: [] for heading, _ in GROUPS}
    other: list[str] = []
    for topic in topic_ids:
        if topic in HIDDEN:
            continue
        heading = next((h for h, prefixes in GROUPS if topic.startswith(prefixes)), None)
        (groups[heading] if heading else other).append(topic)
    result = [(heading, topics) for heading, topics in groups.items() if topics]
    return result + ([(OTHER_GROUP, other)] if other else [])


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
        for n, (heading, topics) in enumerate(grouped_topics(engine.content.topics)):
            if n:
                options.add_option(None)
            options.add_option(Option(Content(_(heading)), disabled=True))
            options.add_options(Option(Content("  " + engine.title(t, lang)), id=t) for t in topics)
        options.highlighted = highlighted if highlighted is not None else 1

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        lang = self.app.answer_lang or self.app.ui_lang
        engine = self.app.engine
        intent = engine.topic_intent(event.option.id)
        if intent is not None:
            self.post_message(IntentChosen(intent.id, lang, engine.title(intent.topic, lang)))
