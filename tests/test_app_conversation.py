"""One conversation in the chat: a follow-up is understood from what came before, and New conversation
(Ctrl+N, the menu, the palette) forgets it, offering to save an unsaved conversation first."""

from __future__ import annotations

from apphelpers import ask, flat, screen_text, wait_for

from oxybot.app.widgets.answer_card import AnswerCard


async def answered(pilot, count: int) -> bool:
    return await wait_for(pilot, lambda: len(pilot.app.screen.query(AnswerCard)) == count)


def test_a_follow_up_is_answered_in_context_then_new_conversation_forgets_it(make_app, drive):
    async def scenario(pilot):
        await ask(pilot, "apa itu pijat oksitosin?")
        assert await answered(pilot, 1)
        await ask(pilot, "caranya?")
        assert await answered(pilot, 2)
        follow_up = pilot.app.conversation.exchanges[-1].answer
        assert (follow_up.intent, follow_up.context, follow_up.context_turn) == ("massage/how_to", "massage/what_is", 1)
        await pilot.press("ctrl+t")  # the trainer view says where the answer came from
        assert await wait_for(pilot, lambda: "dari giliran 1: massage/what_is" in flat(screen_text(pilot.app)))

        await pilot.press("ctrl+n")  # unsaved: asked first
        assert await wait_for(pilot, lambda: "Mulai percakapan baru?" in screen_text(pilot.app))
        await pilot.click("#quit")  # start without saving
        assert await answered(pilot, 0)
        assert len(pilot.app.conversation) == 0 and pilot.app.focused is pilot.app.screen.query_one("#question")

        await ask(pilot, "caranya?")  # alone now: nothing to lean on
        assert await answered(pilot, 1)
        alone = pilot.app.conversation.exchanges[-1].answer
        assert alone.context is None and alone.intent != "massage/how_to"

    drive(make_app("id"), scenario, size=(120, 50))


def test_cancel_keeps_the_conversation_and_a_saved_one_is_cleared_without_asking(make_app, drive, tmp_path):
    async def scenario(pilot):
        await ask(pilot, "how long should each oxytocin massage take?")
        assert await answered(pilot, 1)
        await pilot.press("ctrl+n")
        assert await wait_for(pilot, lambda: "Start a new conversation?" in screen_text(pilot.app))
        await pilot.press("escape")  # cancel
        assert await answered(pilot, 1) and len(pilot.app.conversation) == 1

        pilot.app.save_transcript(str(tmp_path / "kept.md"))
        assert (tmp_path / "kept.md").exists() and not pilot.app.session.unsaved
        await pilot.press("ctrl+n")  # saved: nothing to lose, no question
        assert await answered(pilot, 0)
        assert "Start a new conversation?" not in screen_text(pilot.app)

    drive(make_app("en"), scenario)


def test_new_conversation_is_in_the_palette_and_the_footer(make_app, drive):
    async def scenario(pilot):
        names = [title for title, *_rest in pilot.app.menu_actions()]
        assert "New conversation" in names
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "^n New" in footer, footer

    drive(make_app("en"), scenario)
