"""Help and about: the keys, what oxybot covers, where its answers come from, and its limits.
Health facts are not written here: topics and sources are read from the content."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Markdown

from ...formatting import escape_markdown
from ...i18n import N_
from ..widgets.key_bar import KeyBar
from .base import SubScreen

# What each app key does, said more fully than in the footer (by action).
ACTION_HELP: dict[str, str] = {
    "switch_language": N_("Switch the interface between Indonesian and English"),
    "show('help')": N_("This help; the same key again goes back to the chat"),
    "show('topics')": N_("Topics: everything oxybot can answer, grouped"),
    "show('evidence')": N_("Evidence: the studies of the review, with charts"),
    "show('guide')": N_("Massage guide: steps, diagram and session timer"),
    "save_transcript": N_("Save the conversation as Markdown"),
    "handout": N_("Handout: a printable page to take home (questions, answers, massage steps, danger signs)"),
    "open_menu": N_("Menu: every action in one list (for a narrow window or a phone)"),
    "cycle_answer_language": N_("Answer language: follow each question, or always Indonesian or English"),
    "toggle_trainer": N_("Trainer view: intent, score and runner-ups under each answer"),
    "command_palette": N_("Command palette: every screen and action by name"),
}

# Keys that are not app bindings (they belong to a screen or a widget), with what they do.
OTHER_KEYS: list[tuple[str, str]] = [
    ("Esc", N_("Back to the chat; in the chat, back to the question box")),
    ("Enter", N_("Send the question (chat); ask the chosen topic or study")),
    ("↑ ↓", N_("Earlier questions (chat); move in lists and tables")),
    ("PgUp PgDn", N_("Scroll the conversation")),
    ("Tab", N_("From the question box to the buttons of the newest answer; letters typed on a button go to the question box")),
    ("s / r / a", N_("Evidence: sort, reverse the order, ask about the study")),
    ("Space / r", N_("Massage guide: start or pause the timer, reset it")),
    ("Ctrl+Q", N_("Quit")),
]


def key_name(key: str) -> str:
    return "+".join(part.capitalize() if len(part) > 1 else part.upper() for part in key.split("+"))


def review_reference(source) -> str:
    data = source.data
    authors = ", ".join(source.authors)
    parts = [f"{authors} ({source.year})" if source.year else authors, f"*{escape_markdown(source.title)}*"]
    journal = data.get("journal")
    if journal:
        volume = f" {data['volume']}" if data.get("volume") else ""
        issue = f"({data['issue']})" if data.get("issue") else ""
        parts.append(f"{journal}{volume}{issue}")
    if data.get("doi"):
        parts.append(f"doi:{data['doi']}")
    return ". ".join(parts) + "."


class HelpScreen(SubScreen):
    TITLE_MSGID = N_("Help")

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="help-body"):
            yield Markdown(id="help-text", open_links=False)
        yield KeyBar()

    def relabel(self) -> None:
        self.query_one("#help-text", Markdown).update(self.document())

    def document(self) -> str:
        _ = self.app.gettext
        app = self.app
        content = app.engine.content
        lang = app.ui_lang
        lines = ["# " + _("Help and about oxybot"), "",
                 _("oxybot answers questions about breast milk, the let-down reflex and oxytocin massage, "
                   "in Indonesian and English, from the content written for it. Each answer names its sources."),
                 "", "## " + _("Keys"), ""]
        for binding in type(app).BINDINGS:
            if isinstance(binding, Binding):
                text = ACTION_HELP.get(binding.action, binding.description)
                lines.append(f"- **{key_name(binding.key)}**: " + _(text))
        lines += [f"- **{key}**: " + _(text) for key, text in OTHER_KEYS]
        lines += ["", _("The language key switches the menus; answers follow the language of each question "
                        "unless you fix it with the answer-language key."), ""]

        lines += ["## " + _("What oxybot covers"), ""]
        for heading, topics in app.engine.topic_groups(lang):
            titles = "; ".join(escape_markdown(title) for _topic, title in topics)
            lines.append("- **" + escape_markdown(heading) + ":** " + titles)

        lines += ["", "## " + _("Where the answers come from"), ""]
        by_kind: dict[str, list] = {}
        for source in content.sources.values():
            by_kind.setdefault(str(source.data.get("kind") or ""), []).append(source)
        for source in by_kind.get("review", []):
            lines += [_("The source review:"), "", "> " + review_reference(source), ""]
        if by_kind.get("study"):
            lines += [_("The studies it reviews:") + " " + "; ".join(s.short for s in by_kind["study"]) + ".", ""]
        if by_kind.get("guideline"):
            guidelines = "; ".join(f"{s.short} (*{escape_markdown(s.title)}*)" if s.title else s.short
                                   for s in by_kind["guideline"])
            lines += [_("Danger-sign referrals follow:") + " " + guidelines + ".", ""]

        limits = [
            _("oxybot gives general education. It is not a diagnosis and does not examine you or your baby."),
            _("It answers only what its sources cover, and says so when a question is outside them."),
            _("For any worry, see a health worker."),
            _("Nothing is stored unless you save the conversation."),
        ]
        lines += ["## " + _("Limits"), ""] + ["- " + limit for limit in limits] + [""]
        return "\n".join(lines)
