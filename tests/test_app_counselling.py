"""The app in a real counselling session (issue 11): the narrow layout's menu, the footer at 80x24,
asking before quitting, notifications that hide nothing typed, the trainer view keeping the newest
answer, the evidence table at 80 and 120 columns, the timer's cues, and interface text in one language."""

from __future__ import annotations

import errno

import pytest
from apphelpers import ask, flat, screen_text, wait_for

from oxybot.formatting import mark_citations


# -- the footer and the menu ------------------------------------------------------------------------
@pytest.mark.parametrize("lang, commands", [("id", "^p Perintah"), ("en", "^p Commands")])
def test_at_80x24_the_footer_keeps_commands_and_a_menu_opens_every_action(make_app, drive, lang, commands):
    async def scenario(pilot):
        footer = screen_text(pilot.app).splitlines()[-1]
        bar = pilot.app.screen.query_one("KeyBar")
        await pilot.click(bar, offset=(footer.index("f9") + 1, 0))  # a tap on the menu key
        await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == "ActionMenu")
        options = pilot.app.screen.query_one("#menu-list")
        labels = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
        return footer, labels, len(pilot.app.menu_actions())

    footer, labels, n_actions = drive(make_app(lang), scenario, size=(80, 24))
    assert footer.rstrip().endswith(commands)
    assert "f9" in footer  # the menu key, first: not every key fits
    assert len(labels) == n_actions >= 11  # every screen, language, answers, trainer, save, handout, quit


def test_the_menu_runs_the_chosen_action(make_app, drive):
    async def scenario(pilot):
        await pilot.press("f9")
        await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == "ActionMenu")
        options = pilot.app.screen.query_one("#menu-list")
        target = next(n for n in range(options.option_count) if "Guide" in str(options.get_option_at_index(n).prompt)
                      or "Massage guide" in str(options.get_option_at_index(n).prompt))
        options.highlighted = target
        await pilot.press("enter")
        return await wait_for(pilot, lambda: pilot.app.current_mode == "guide")

    assert drive(make_app("en"), scenario, size=(60, 30))


def test_the_palette_and_the_menu_list_the_same_actions(make_app, drive):
    async def scenario(pilot):
        palette = {c.title for c in pilot.app.get_system_commands(pilot.app.screen)}
        menu = {pilot.app.gettext(title) for title, *_rest in pilot.app.menu_actions()}
        return palette, menu

    palette, menu = drive(make_app("id"), scenario)
    assert palette == menu - {"Perintah"}  # the palette does not list itself
    assert "Lembar bawa pulang" in palette


# -- quitting ---------------------------------------------------------------------------------------
def test_ctrl_q_asks_before_discarding_an_unsaved_conversation(make_app, drive):
    async def scenario(pilot):
        await ask(pilot, "apa itu asi")
        await wait_for(pilot, lambda: len(pilot.app.conversation) == 1)
        await pilot.press("ctrl+q")
        await pilot.pause()
        asked = type(pilot.app.screen).__name__, flat(screen_text(pilot.app))
        await pilot.press("escape")  # stay
        await pilot.pause()
        stayed = pilot.app.is_running and len(pilot.app.conversation) == 1
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#quit")
        await pilot.pause()
        return asked, stayed, pilot.app._exit_renderables is not None and not pilot.app.is_running

    (screen, text), stayed, _quit = drive(make_app("id"), scenario)
    assert screen == "QuitDialog"
    assert "Keluar dari oxybot?" in text and "belum disimpan" in text  # in the interface language
    assert stayed


def test_ctrl_q_quits_at_once_when_nothing_would_be_lost(make_app, drive):
    async def scenario(pilot):
        await pilot.press("ctrl+q")
        await pilot.pause()
        return pilot.app.return_code

    assert drive(make_app("en"), scenario) == 0


def test_ctrl_c_says_how_to_quit_in_the_interface_language(make_app, drive):
    async def scenario(pilot):
        await pilot.press("ctrl+l", "ctrl+c")
        await pilot.pause()
        return [(n.title, n.message) for n in pilot.app._notifications]

    notes = drive(make_app("en"), scenario)
    assert ("Ingin keluar?", "Tekan Ctrl+Q untuk keluar dari oxybot.") in notes


def test_a_failed_save_says_why_in_the_interface_language(make_app, drive, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")

    async def scenario(pilot):
        await ask(pilot, "apa itu asi")
        await wait_for(pilot, lambda: len(pilot.app.conversation) == 1)
        pilot.app.save_transcript(str(blocker / "x.md"))  # a file where a folder should be
        await pilot.pause()
        return [n.message for n in pilot.app._notifications]

    notes = drive(make_app("id"), scenario)
    text = " ".join(notes)
    assert "berkas dengan nama itu" in text and "File exists" not in text
    assert str(blocker) in text  # where, so she can choose another place


# -- notifications, trainer view --------------------------------------------------------------------
def test_notifications_never_cover_the_question_box(make_app, drive):
    async def scenario(pilot):
        await pilot.press("ctrl+r", "ctrl+l")
        await pilot.pause(0.3)
        box = pilot.app.screen.query_one("#question").region
        toasts = [t.region for t in pilot.app.screen.query("Toast")]
        return box, toasts

    box, toasts = drive(make_app("en"), scenario, size=(80, 24))
    assert toasts
    assert all(not toast.overlaps(box) for toast in toasts)


def test_the_trainer_view_keeps_the_newest_answer_in_view(make_app, drive):
    async def scenario(pilot):
        for question in ("apa itu asi", "apa itu refleks let down?", "berapa lama pijat oksitosin dilakukan?"):
            await ask(pilot, question)
            await wait_for(pilot, lambda: pilot.app.conversation.exchanges
                           and pilot.app.conversation.exchanges[-1].question == question)
        await pilot.pause(0.3)
        await pilot.press("ctrl+t")
        await pilot.pause(0.5)
        log = pilot.app.screen.query_one("#log")
        newest = list(pilot.app.screen.query("QuestionBubble"))[-1]
        return newest.region.overlaps(log.region), flat(screen_text(pilot.app))

    visible, text = drive(make_app("id"), scenario, size=(80, 24))
    assert visible and "berapa lama pijat oksitosin dilakukan?" in text


# -- interface text ---------------------------------------------------------------------------------
def test_the_evidence_button_is_whole_after_switching_language(make_app, drive):
    async def scenario(pilot):
        await pilot.press("f3")
        await wait_for(pilot, lambda: pilot.app.current_mode == "evidence")
        await pilot.press("escape", "ctrl+l", "f3")
        await wait_for(pilot, lambda: pilot.app.current_mode == "evidence")
        pilot.app.screen.query_one("#ask-study").scroll_visible(animate=False)
        await pilot.pause(0.2)
        return flat(screen_text(pilot.app))

    text = drive(make_app("en"), scenario, size=(120, 40))
    assert "Tanyakan penelitian ini ke oxybot" in text


# -- evidence ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("size, headings", [
    ((120, 40), ["Study", "Mothers", "p-value", "Compared with", "Outcome"]),
    ((80, 24), ["Study", "Mothers", "p-value", "Outcome"]),
])
def test_evidence_table_headings_are_whole_and_every_study_shows(make_app, drive, engine, size, headings):
    async def scenario(pilot):
        await pilot.press("f3")
        await wait_for(pilot, lambda: pilot.app.current_mode == "evidence")
        await pilot.pause(0.2)
        return screen_text(pilot.app)

    text = drive(make_app("en"), scenario, size=size)
    heading_line = next(line for line in text.splitlines() if "Mothers" in line)
    for heading in headings:
        assert f" {heading} " in heading_line + " "
    for study in engine.content.extras["evidence"].studies:
        assert engine.content.sources[study.key].short in text
    assert "0.000" not in text and "< 0.001" in text


@pytest.mark.parametrize("lang, p, percent", [("id", "< 0,001", "100%"), ("en", "< 0.001", "75%")])
def test_p_values_and_chart_percentages_read_as_written(make_app, drive, lang, p, percent):
    async def scenario(pilot):
        await pilot.press("f3")
        await wait_for(pilot, lambda: pilot.app.current_mode == "evidence")
        table = pilot.app.screen.query_one("#studies")
        table.move_cursor(row=table.get_row_index("saidah2021"))
        await pilot.pause(0.2)
        return flat(screen_text(pilot.app))

    text = drive(make_app(lang), scenario, size=(120, 40))
    assert p in text and percent in text
    assert "75.0" not in text and "75,0" not in text


# -- timer ------------------------------------------------------------------------------------------
def test_the_timer_cues_at_two_and_three_minutes_and_shows_at_80x24(make_app, drive):
    async def scenario(pilot):
        await pilot.press("f4")
        await wait_for(pilot, lambda: pilot.app.current_mode == "guide")
        timer = pilot.app.screen.query_one("#timer")
        shown = timer.region.bottom <= pilot.app.size.height - 1 and timer.region.height > 0
        now = [0.0]
        timer.clock = lambda: now[0]
        bells = []
        pilot.app.bell = lambda: bells.append(now[0])
        await pilot.press("space")
        for second in (60, 121, 150, 181):
            now[0] = float(second)
            await pilot.pause(0.35)
        return shown, bells, [n.message for n in pilot.app._notifications], timer.has_class("-done")

    shown, bells, notes, done = drive(make_app("en"), scenario, size=(80, 24))
    assert shown
    assert bells == [121.0, 181.0]
    assert any(n.startswith("02:00") for n in notes) and any("03:00" in n for n in notes)
    assert done


# -- pasted escape sequences, citation markers -------------------------------------------------------
def test_pasted_escape_sequences_are_cleaned_for_the_engine_and_shown_literally(make_app, drive):
    from textual import events

    pasted = "^[[31mbayi saya kuning dan lemas^[[0m"

    async def scenario(pilot):
        box = pilot.app.screen.query_one("#question")
        box.post_message(events.Paste(pasted))
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(pilot.app.conversation) == 1)
        return pilot.app.conversation.exchanges[0], flat(screen_text(pilot.app))

    exchange, text = drive(make_app("id"), scenario)
    assert exchange.answer.red_flag  # cleaned as the CLI cleans it
    assert exchange.question == pasted and pasted in text  # what she pasted, shown as it was


class _Cite:
    def __init__(self, key, reference):
        self.key, self.reference = key, reference


def test_citation_markers_follow_the_year_in_every_form():
    text = "Langkah (Doko dkk., 2019; Ibrahim, 2021): satu. Purwati (2018) dan (Saidah & Sari 2021)."
    marked, _refs = mark_citations(text, [_Cite("a", "Doko et al. 2019"), _Cite("b", "Ibrahim 2021"),
                                          _Cite("c", "Purwati 2018"), _Cite("d", "Saidah & Sari 2021"),
                                          _Cite("e", "Noviyana et al. 2022")])
    assert marked == ("Langkah (Doko dkk., 2019[1]; Ibrahim, 2021[2]): satu. Purwati (2018)[3] dan "
                      "(Saidah & Sari 2021[4]). [5]")


def test_follow_up_buttons_read_as_plain_questions(engine):
    from oxybot.present import present

    for intent in engine.content.intents:
        if not engine._in_scope(intent):
            continue
        for lang in ("id", "en"):
            for button in (b for g in present(engine.answer_intent(intent.id, lang)).groups for b in g.buttons):
                assert button.label.rstrip().endswith("?"), (intent.id, lang, button.label)
