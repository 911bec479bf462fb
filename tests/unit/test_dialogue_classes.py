"""Session 6: classes of conversation turns that round 5 showed oxybot still reads wrongly. Every
conversation here was written for these tests (never copied from an eval set), first seen failing,
then fixed in the mechanism: which subjects a short follow-up may lead to from each subject, when
context yields, and meta turns (greetings, introductions, thanks, questions about oxybot)."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation

from dialogue_probe import talk


# -- meta turns: a greeting around a question about oxybot, an introduction, thanks to "bot" ---------
@pytest.mark.parametrize("question", ["Hai, ini siapa sih?", "hello, what are you exactly?",
                                      "Assalamualaikum kak, kamu robot ya?"])
def test_a_greeting_before_a_question_about_oxybot_answers_the_question(engine, question):
    assert engine.answer(question).topic == "meta.about"


@pytest.mark.parametrize("question", ["Assalamualaikum, saya kader posyandu dari Sumbawa.",
                                      "Good evening, I'm a community nurse in Kupang.",
                                      "Halo bu, perkenalkan saya mahasiswi kebidanan dari Ende"])
def test_a_greeting_with_an_introduction_is_a_greeting(engine, question):
    answer = engine.answer(question)
    assert answer.topic == "meta.greeting", answer.intent


def test_an_introduction_that_asks_something_is_answered(engine):
    """The introduction is politeness around what she asks; a sign she tells is still a sign."""
    assert engine.answer("Halo, saya bidan di Flores, pijat oksitosin caranya gimana?").topic == "massage.how_to"
    assert engine.answer("Selamat pagi, saya ibu baru, bayi saya kuning dan lemas sekali").red_flag


@pytest.mark.parametrize("question", ["makasih min bot", "thanks bot", "makasih ya bot"])
def test_thanks_said_to_the_bot_is_thanks(engine, question):
    assert engine.answer(question).topic == "meta.thanks"


def test_are_you_a_bot_is_still_about_oxybot(engine):
    assert engine.answer("kamu bot ya?").topic == "meta.about"


@pytest.mark.parametrize("question", ["what do you cover?", "jadi yang dibahas apa aja?"])
def test_what_oxybot_covers_is_help(engine, question):
    _, follow = talk(engine, "which herbal tea boosts milk?", question)
    assert follow.topic == "meta.help"
    assert engine.answer(question).topic == "meta.help"


# -- "then?" after the causes of something asks what to do about it -----------------------------------
@pytest.mark.parametrize("opening, then", [
    ("kenapa ASI saya seret ya?", "lalu?"),
    ("apa penyebab ASI tidak lancar?", "terus?"),
    ("what makes milk supply drop?", "so?"),
])
def test_then_after_the_causes_asks_what_to_do(engine, opening, then):
    first, follow = talk(engine, opening, then)
    assert first.intent == "asi/low_supply_causes"
    assert follow.intent == "asi/increase_flow" and follow.context == first.intent


def test_then_after_anything_else_goes_on(engine):
    first, follow = talk(engine, "apa manfaat ASI buat bayi?", "lalu?")
    assert follow.intent == first.intent


# -- evidence asked of an answer that cites its own studies -------------------------------------------
@pytest.mark.parametrize("opening, evidence", [
    ("kapan sebaiknya mulai pijat oksitosin?", "buktinya apa?"),
    ("when can I begin the back massage?", "what's the evidence for that?"),
    ("can my husband do the massage for me?", "any research on that?"),
])
def test_evidence_after_an_answer_with_its_own_studies_is_that_answer(engine, opening, evidence):
    first, follow = talk(engine, opening, evidence)
    assert follow.intent == first.intent and follow.context == first.intent


# -- a subject's neighbours: the hormones and the let-down ---------------------------------------------
@pytest.mark.parametrize("opening, follow_up, expected", [
    ("which hormone pushes the milk out?", "how would I notice it working?", "letdown/signs"),
    ("apa beda prolaktin dan oksitosin?", "tandanya kalau lagi kerja apa?", "letdown/signs"),
    ("which hormone pushes the milk out?", "what sets it off?", "hormone/prolactin_oxytocin"),
    # a subject of the neighbour's own, read weakly alone as something else
    ("prolaktin fungsinya apa?", "kapan keluarnya?", "letdown/what_is"),
])
def test_a_follow_up_may_lead_to_the_subjects_neighbour(engine, opening, follow_up, expected):
    first, follow = talk(engine, opening, follow_up)
    assert first.intent == "hormone/prolactin_oxytocin"
    assert follow.intent == expected


@pytest.mark.parametrize("turns", [
    ("what happens in the let-down reflex?", "I feel nothing at all. Should I worry?"),
    # she never named the let-down: the answer did
    ("which hormone pushes the milk out?", "how would I notice it working?", "Honestly I feel nothing. Should I be worried?"),
])
def test_feeling_nothing_after_the_let_down_was_explained_is_about_the_let_down(engine, turns):
    """After an answer about the let-down, "I feel nothing" is its sensation; her mood still counts."""
    *_, follow = talk(engine, *turns)
    assert follow.topic.startswith("letdown.") and not follow.red_flag
    assert engine.answer(turns[-1]).red_flag  # alone, it is numbness of mood


def test_a_danger_sign_after_the_let_down_was_explained_is_still_one(engine):
    *_, mood = talk(engine, "what happens in the let-down reflex?",
                    "I feel nothing at all anymore and I want to end my life")
    assert mood.red_flag


# -- a cause asked about in words of a subject not covered ---------------------------------------------
@pytest.mark.parametrize("opening, follow_up", [
    ("apa penyebab ASI tidak lancar?", "kalau sering begadang, ngaruh juga?"),
    ("ASI saya kok seret ya, penyebabnya apa?", "lelah ngaruh?"),
    ("why is my milk low?", "what about staying up all night with him, does that matter too?"),
    # after what one thing does to milk, another thing "too" asks whether it is a cause as well
    ("kalau ibu cemas, ASI-nya bisa berkurang?", "kalau kurang tidur karena begadang, ngaruh juga?"),
    ("does worrying make less milk?", "and being exhausted, does that affect it too?"),
])
def test_one_more_cause_in_words_of_a_subject_not_covered_is_still_a_cause(engine, opening, follow_up):
    first, follow = talk(engine, opening, follow_up)
    assert follow.intent == "asi/low_supply_causes"
    if engine.answer(follow_up).intent != follow.intent:
        assert follow.context == first.intent


def test_one_more_cause_a_turn_after_the_causes_is_still_a_cause(engine):
    *_, follow = talk(engine, "kenapa ASI saya seret ya?", "terus?", "kurang tidur ngaruh?")
    assert follow.intent == "asi/low_supply_causes"
    *_, remedy = talk(engine, "kenapa ASI saya seret ya?", "terus?", "kalau pijat ngaruh juga?")
    assert remedy.intent != "asi/low_supply_causes"


def test_a_remedy_after_what_worry_does_is_not_a_cause(engine):
    _, remedy = talk(engine, "kalau ibu cemas, ASI-nya bisa berkurang?", "kalau pijat ngaruh juga?")
    assert remedy.intent != "asi/low_supply_causes"


# -- a detail of how the massage is done, in a word oxybot does not know -------------------------------
@pytest.mark.parametrize("detail", ["jarinya menghadap ke atas atau bawah?", "ibu jarinya diarahkan ke mana?"])
def test_which_way_the_hands_go_is_how_the_massage_is_done(engine, detail):
    first, follow = talk(engine, "gimana cara pijat oksitosin?", detail)
    assert follow.intent == "massage/how_to"
    if engine.answer(detail).intent != follow.intent:
        assert follow.context == first.intent


# -- formula against what was just explained -----------------------------------------------------------
@pytest.mark.parametrize("follow_up", ["sufor bisa nyamain ga?", "is formula just as good?",
                                       "can powdered milk match it?"])
def test_formula_measured_against_breast_milk_just_explained(engine, follow_up):
    _, follow = talk(engine, "what is breast milk exactly?", follow_up)
    assert follow.intent == "asi/what_is"
    _, brand = talk(engine, "what is breast milk exactly?", "which formula brand is cheapest?")
    assert brand.topic == "out_of_scope"


# -- a phrase the last answer used ------------------------------------------------------------------------
@pytest.mark.parametrize("opening, follow_up", [
    ("kenapa oksitosin bisa bikin tensi turun?", "kalau hormon stres?"),
    ("oxytocin lowers blood pressure, right?", "and the stress hormones?"),
])
def test_a_phrase_of_the_last_answer_stays_on_it(engine, opening, follow_up):
    first, follow = talk(engine, opening, follow_up)
    assert first.intent == "hormone/oxytocin_effects" and follow.intent == first.intent


@pytest.mark.parametrize("opening, follow_up", [
    ("apa kesimpulan tinjauan ini soal pijat oksitosin?", "semuanya?"),
    ("does the massage work overall?", "every one of them?"),
])
def test_all_of_them_asks_about_the_last_answer(engine, opening, follow_up):
    first, follow = talk(engine, opening, follow_up)
    assert follow.intent == first.intent == "massage/effectiveness"


def test_the_age_of_a_figure_just_given_is_that_answer(engine):
    first, age, source = talk(engine, "ASI bisa turunkan kematian bayi berapa persen?", "itu untuk bayi usia berapa?",
                              "sumbernya?")
    assert first.intent == age.intent == source.intent == "asi/benefits"


# -- how long to breastfeed exclusively, asked while talking of breast milk ----------------------------
@pytest.mark.parametrize("opening, follow_up", [
    ("ASI itu terbuat dari apa?", "eksklusifnya harus berapa bulan?"),
    ("what is breast milk exactly?", "how many months should it be only that, exclusively?"),
])
def test_a_subject_the_follow_up_names_beats_a_weak_reading(engine, opening, follow_up):
    _, follow = talk(engine, opening, follow_up)
    assert follow.intent == "asi/exclusive_duration"


# -- context yields to what the turn clearly reads as on its own, when that agrees ---------------------
@pytest.mark.parametrize("opening, follow_up", [
    ("hormon apa yang berperan dalam menyusui?", "terus yang bikin ASI mengalir?"),
    ("which hormones are involved in breastfeeding?", "and the one that pushes the milk out?"),
])
def test_the_one_of_the_two_just_named_stays_on_the_answer(engine, opening, follow_up):
    first, follow = talk(engine, opening, follow_up)
    assert first.intent == follow.intent == "hormone/prolactin_oxytocin"


# -- after a danger sign: a remedy for what the sign is about is still about the sign --------------------
@pytest.mark.parametrize("sign, remedy", [
    ("suami sy bilang istrinya sejak lahiran pengen mati aja", "kalau dipijat punggungnya bisa bikin dia tenang?"),
    ("my wife says she wants to disappear and cries all day", "would a back rub calm her down?"),
])
def test_a_remedy_to_calm_her_after_a_mood_danger_sign_is_the_referral(engine, sign, remedy):
    first, follow = talk(engine, sign, remedy)
    assert first.red_flag and follow.red_flag and follow.context == first.intent


def test_a_question_of_its_own_after_a_mood_danger_sign_is_answered(engine):
    _, own = talk(engine, "my wife says she wants to disappear and cries all day", "can my husband learn the massage?")
    assert own.intent == "massage/who_can_give"


# -- after a not-covered answer: a question with words of its own that clearly reads as a covered one ----
@pytest.mark.parametrize("opening, follow_up, expected", [
    ("susu formula merk apa yang paling bagus?", "ASI ngaruh ke stunting anak ga sih?", "asi/benefits"),
    ("is it ok to take domperidone?", "does breastfeeding protect against infections?", "asi/benefits"),
])
def test_a_clear_question_of_its_own_after_a_not_covered_answer_is_answered(engine, opening, follow_up, expected):
    first, follow = talk(engine, opening, follow_up)
    assert first.topic == "out_of_scope" and follow.intent == expected


@pytest.mark.parametrize("follow_up", ["berapa lama?", "caranya?", "kalau di suhu ruang?"])
def test_an_ellipsis_after_a_not_covered_answer_stays_not_covered(engine, follow_up):
    _, follow = talk(engine, "ASI perah di kulkas awet berapa hari?", follow_up)
    assert follow.topic == "out_of_scope"


# -- an age or a purpose asked on its own -------------------------------------------------------------------
@pytest.mark.parametrize("opening, age", [
    ("kapan mulai pijat oksitosin?", "kalau bayi udah 3 bulan masih bisa?"),
    ("ASI eksklusif itu sampai kapan?", "kalau bayi umur 4 bulan?"),
])
def test_an_age_on_its_own_asks_the_same_of_that_age(engine, opening, age):
    first, follow = talk(engine, opening, age)
    assert follow.intent == first.intent
    # (an age under six months read alone as "not covered" solid food is already exclusive breastfeeding
    # on its own since session 9: then no context was needed, and the answer says so)
    alone = engine.answer(age)
    assert follow.context == first.intent or (follow.context is None and alone.intent == first.intent)


@pytest.mark.parametrize("opening, purpose, expected", [
    ("apa itu pijat oksitosin?", "buat apa?", "massage/what_is"),
    ("what is breast milk?", "what is it for?", "asi/benefits"),
])
def test_what_it_is_for_depends_on_the_subject(engine, opening, purpose, expected):
    _, follow = talk(engine, opening, purpose)
    assert follow.intent == expected and follow.context is not None


# -- the massage named after what worry does to milk: how the massage works, by relaxing her -------------
@pytest.mark.parametrize("opening, follow_up", [
    ("stres bikin ASI seret ya?", "kalau dipijat bikin rileks ga?"),
    ("does being anxious stop my milk flowing?", "and a back massage, would that settle me?"),
])
def test_the_massage_after_what_worry_does_is_how_it_works(engine, opening, follow_up):
    _, follow = talk(engine, opening, follow_up)
    assert follow.intent == "massage/how_it_works"


# -- round 6: a turn that names a subject of its own is a new question, not the last one again ----------
@pytest.mark.parametrize("opening, question", [
    ("kenapa asi saya sedikit?", "ada data cakupan se-Indonesia?"),
    ("why is my supply low?", "got any national coverage data?"),
])
def test_figures_of_a_subject_the_last_one_has_none_of_are_that_subjects(engine, opening, question):
    """Coverage figures asked after the causes of low milk: the causes have no figures of their own,
    and the turn names what its figures are of; the studies' quality is no answer to it."""
    _, answer = talk(engine, opening, question)
    assert answer.topic == "asi.coverage_stats", (answer.intent, answer.context)
    assert answer.context is None


@pytest.mark.parametrize("opening, question", [
    ("how often should the massage be done?", "and is it true that worry makes milk dry up?"),
    ("pijat oksitosin sehari berapa kali?", "oke, terus katanya cemas bikin asi kering, bener ga?"),
])
def test_worry_named_after_the_massage_schedule_is_about_worry(engine, opening, question):
    _, answer = talk(engine, opening, question)
    assert answer.topic == "stress.mind_and_milk", (answer.intent, answer.context)


@pytest.mark.parametrize("food", ["also, is chocolate ok while breastfeeding?", "also, is coffee fine while nursing?"])
def test_a_food_not_covered_named_mid_conversation_stays_not_covered(engine, food):
    *_, answer = talk(engine, "does worry affect my milk?", "how can I relax then?", food)
    assert answer.topic == "out_of_scope", (answer.intent, answer.context)
    assert answer.context is None


@pytest.mark.parametrize("opening, question", [
    ("how does the let-down work?", "Different question: how long should it be breast only, no water?"),
    ("what do prolactin and oxytocin do?", "ok totally different question - how long should it be breast only?"),
    ("apa itu refleks let down?", "pertanyaan lain ya, itu asi aja tanpa air putih sampai umur berapa?"),
])
def test_a_turn_that_says_it_asks_something_else_is_a_new_question(engine, opening, question):
    """"Different question" announces a new subject: it is no comparison ("different") with the last."""
    *_, answer = talk(engine, opening, "how can I tell it's happening?" if opening.startswith("how") else "tandanya apa?",
                      question)
    assert answer.topic == "asi.exclusive_duration", (answer.intent, answer.context)
    assert answer.context is None


@pytest.mark.parametrize("opening, question", [
    ("gimana biar asi lancar?", "buktinya kuat ga?"),
    ("how do I get more milk?", "is the evidence strong?"),
])
def test_how_strong_the_evidence_is_after_advice_with_no_study_is_the_quality_answer(engine, opening, question):
    """"Buktinya?" alone after advice with no study of its own gets that answer's references; asking
    how strong the evidence is asks what only the answer on the quality of the studies answers."""
    _, answer = talk(engine, opening, question)
    assert answer.topic == "evidence.quality", (answer.intent, answer.context)


# -- session 5 (round 6 misses by class) ---------------------------------------------------------------
@pytest.mark.parametrize("question", ["jd aku mesti ngapain skrg?", "ok what do I do rn?", "nunggu bsk aja boleh?"])
def test_what_now_in_chat_spellings_after_a_danger_sign_stays_with_it(engine, question):
    """"skrg", "rn", "bsk" are "now", "right now", "tomorrow": weighing what to do now against the
    danger sign told, as surely as the words spelt out; the referral again, never "not covered"."""
    told, answer = talk(engine, "istri sy abis lahiran darahnya keluar banyak bgt, pembalut penuh tiap jam", question)
    assert told.red_flag
    assert answer.red_flag, (answer.intent, answer.context)
    assert answer.context == told.intent


@pytest.mark.parametrize("opening, question, expected", [
    ("gimana caranya biar asi makin banyak?", "kok perhatian suami bisa ngaruh?", "stress.mind_and_milk"),
    ("apa itu prolaktin dan oksitosin?", "jalur sarafnya dari puting ke otak gimana?", "letdown.what_is"),
    ("what do prolactin and oxytocin do?", "and the baby suckling, does that matter?", "hormone.prolactin_oxytocin"),
])
def test_a_word_of_its_own_no_reading_in_context_uses_keeps_the_answer_alone(engine, opening, question, expected):
    """Support, a nerve route, the baby's suckling: words the answer alone is about and the answer the
    conversation would lead to never uses. The question carries its own subject; context yields."""
    _, answer = talk(engine, opening, question)
    assert answer.topic == expected, (answer.intent, answer.context)
    assert answer.context is None


@pytest.mark.parametrize("opening, question, expected", [
    ("bagaimana pijat oksitosin bisa bikin asi keluar?", "ujung sarafnya di mana aja?", "massage.how_it_works"),
    ("apa itu refleks let down?", "otot di sekitar kelenjarnya ngapain?", "letdown.what_is"),
    ("how does oxytocin massage work?", "which nerve endings exactly?", "massage.how_it_works"),
    ("what is the let-down reflex?", "the muscle around the glands does what?", "letdown.what_is"),
])
def test_a_detail_of_the_last_answer_in_its_words_is_that_answer(engine, opening, question, expected):
    """Nerve endings, the muscle round the glands: words of the answer just given, which oxybot could
    not place alone ("not covered"), ask a detail of that answer; it is given again, in context."""
    first, answer = talk(engine, opening, question)
    assert answer.topic == expected, (answer.intent, answer.context)
    assert answer.context == first.intent


@pytest.mark.parametrize("question", ["besok jakarta hujan ga?", "harga hp baru berapa?"])
def test_a_question_about_something_else_after_an_answer_stays_not_covered(engine, question):
    """Words the last answer never used, or none oxybot knows: no detail of it, whatever came before."""
    _, answer = talk(engine, "how does oxytocin massage work?", question)
    assert answer.topic == "out_of_scope" and answer.context is None, (answer.intent, answer.context)


# -- a hormone named in a short follow-up that asks whether it is affected ---------------------------

@pytest.mark.parametrize("first, follow, intent", [
    ("pijat oksitosin itu cara kerjanya gimana?", "ke prolaktin ada efeknya juga?", "massage/how_it_works"),
    ("how does oxytocin massage actually work in the body?", "what effect on oxytocin too?", "massage/how_it_works"),
    ("stres bisa bikin asi berkurang ya?", "ngaruhnya ke oksitosin juga?", "stress/mind_and_milk"),
])
def test_a_hormone_asked_after_a_subject_asks_the_subjects_effect_on_it(engine, first, follow, intent):
    convo = Conversation()
    engine.answer(first, context=convo)
    answer = engine.answer(follow, context=convo)
    assert answer.intent == intent and answer.context is not None


def test_a_hormone_asked_on_its_own_is_the_hormone(engine):
    convo = Conversation()
    engine.answer("pijat oksitosin itu cara kerjanya gimana?", context=convo)
    assert engine.answer("prolaktin itu hormon apa?", context=convo).topic == "hormone.prolactin_oxytocin"


# -- "kok bisa ...", "how come ...": how the last subject comes about ----------------------------------

@pytest.mark.parametrize("first, follow, intent", [
    ("tanda refleks let down apa aja?", "lho kok bisa netes sendiri gitu?", "letdown/what_is"),
    ("what is oxytocin massage?", "how come that makes the milk come out?", "massage/how_it_works"),
    ("pijat oksitosin ngefek ga sih buat asi?", "kok bisa ya? kan cuma dipijat", "massage/how_it_works"),
])
def test_how_come_after_an_answer_asks_how_the_last_subject_comes_about(engine, first, follow, intent):
    answers = talk(engine, first, follow)
    assert answers[1].intent == intent and answers[1].context is not None


@pytest.mark.parametrize("first, follow, topic", [
    ("what is oxytocin massage?", "how come my milk is so low though?", "asi.low_supply_causes"),
    ("berapa lama asi eksklusif?", "why does it matter so much?", "asi.benefits"),
])
def test_how_come_of_a_subject_of_its_own_is_that_subject(engine, first, follow, topic):
    assert talk(engine, first, follow)[1].topic == topic


# -- session 7 (round 7's misses, as classes; every conversation written for these tests) -----------
@pytest.mark.parametrize("first, follow", [
    ("kenapa pijat punggung bisa bikin oksitosin keluar?", "sinyalnya masuk ke otak bagian mana?"),
    ("how does the back massage work on the hormones?", "which part of the brain gets the signal?"),
])
def test_where_in_the_brain_after_how_it_works_is_how_it_works_not_where_to_massage(engine, first, follow):
    answers = talk(engine, first, follow)
    assert answers[0].intent == "massage/how_it_works"
    assert answers[1].intent == "massage/how_it_works", answers[1].intent


def test_where_on_the_back_after_the_steps_is_still_the_steps(engine):
    answers = talk(engine, "gimana cara pijat oksitosin?", "mulai dari bagian mana?")
    assert answers[1].topic == "massage.how_to"


@pytest.mark.parametrize("first, follow, topic", [
    ("asi saya sedikit, apa sebabnya?", "naha bisa kitu?", "asi.low_supply_causes"),           # Sundanese: why
    ("pijat oksitosin itu apa?", "saha nu tiasa mijetan?", "massage.when_who"),                  # Sundanese: who can
    ("pijat oksitosin itu apa?", "sopo sing iso mijeti?", "massage.when_who"),                   # Javanese: who can
])
def test_regional_question_words_keep_what_they_ask(engine, first, follow, topic):
    assert talk(engine, first, follow)[1].topic == topic


@pytest.mark.parametrize("first, follow", [
    ("siapa saja yang boleh memijat?", "kesimpulan tinjauannya apa?"),
    ("who can give the back massage?", "what's the review's recommendation?"),
])
def test_what_the_review_concludes_is_the_massages_effectiveness_not_who_wrote_it(engine, first, follow):
    answers = talk(engine, first, follow)
    assert answers[1].topic == "massage.effectiveness", answers[1].intent


def test_who_wrote_the_review_after_the_massage_is_still_the_review(engine):
    assert talk(engine, "siapa saja yang boleh memijat?", "siapa penulis tinjauannya?")[1].topic == "review.about"


@pytest.mark.parametrize("first, follow, then", [
    ("berapa ibu yang ikut penelitian kurma?", "sehari dikasih berapa buah?", "kelompok mana yang menang?"),
    ("How many mums took part in the study with the dates?", "how many fruit a day did they get?",
     "and which group did better?"),
])
def test_the_fruit_after_the_study_of_dates_is_the_dates(engine, first, follow, then):
    answers = talk(engine, first, follow, then)
    assert [a.topic for a in answers] == ["evidence.vs_dates"] * 3, [a.intent for a in answers]
    assert answers[1].question == follow  # the answer shows what she typed


def test_fruit_after_another_subject_is_still_solid_food(engine):
    assert talk(engine, "apa itu asi eksklusif?", "boleh dikasih buah?")[1].topic == "out_of_scope"


@pytest.mark.parametrize("question", ["suami mau pijat punggung saya, boleh dia yang melakukan?",
                                      "ibu mertua mau urut punggung saya, boleh dia yang melakukannya?"])
def test_may_he_be_the_one_who_does_it_asks_who(engine, question):
    assert engine.answer(question).topic == "massage.when_who"


# -- session 6b: round 8's classes (own wording, never the eval's) ----------------------------------
@pytest.mark.parametrize("first, follow", [
    ("apa penelitian yang membandingkan pijat oksitosin dengan kurma?", "uji statistik yang dipakai apa?"),
    ("any study of the massage against dates?", "what percentage had good flow in each arm?"),
    ("any study of the massage against dates?", "what statistical test was used?"),
])
def test_a_study_figure_right_after_a_study_is_that_studys(engine, first, follow):
    """A percentage or a statistical test asked right after a study is one of that study's figures,
    though "good flow" alone reads as how to get more milk."""
    answers = talk(engine, first, follow)
    assert answers[1].topic == "evidence.vs_dates", answers[1].intent


@pytest.mark.parametrize("first, follow", [
    ("bayi saya 2 minggu, seharian cuma pipis sekali dan susah dibangunkan", "pijat oksitosin dulu boleh biar ASI-nya banyak?"),
    ("my 10-day-old has had one wet nappy today and is very drowsy", "can I do the massage first so she gets more milk?"),
])
def test_a_remedy_for_more_milk_weighed_against_a_danger_sign_gets_the_referral_again(engine, first, follow):
    answers = talk(engine, first, follow)
    assert answers[0].red_flag and answers[1].red_flag, answers[1].intent


@pytest.mark.parametrize("first, follow", [
    ("pijat oksitosin itu apa?", "mulainya dari mana?"),
    ("langkah pijat oksitosin gimana?", "berhentinya sampai bawah mana?"),
    ("how do you do the oxytocin massage?", "and where do I stop?"),
])
def test_where_the_hands_start_or_stop_after_the_massage_is_how_it_is_done(engine, first, follow):
    answers = talk(engine, first, follow)
    assert answers[1].topic == "massage.how_to", answers[1].intent


@pytest.mark.parametrize("first, follow", [
    ("kenapa asi saya sedikit?", "kalo kurang tidur ada hubungannya?"),
    ("I'm so anxious and my milk is drying up", "is that a real thing, biologically?"),
    ("saya cemas terus, ASI jadi seret", "itu terbukti secara ilmiah?"),
])
def test_is_that_related_or_real_stays_with_the_last_subject(engine, first, follow):
    answers = talk(engine, first, follow)
    assert answers[1].topic == answers[0].topic, (answers[0].intent, answers[1].intent)


def test_milk_not_yet_in_said_in_sundanese_asks_why(engine):
    assert engine.answer("naon sababna cai susu abdi teu acan kaluar?").topic == "asi.low_supply_causes"


def test_milk_not_yet_in_said_in_javanese_is_about_low_milk(engine):
    """Since round 20 joined the classifier's data (session 14), "kok durung metu, wis telung dino" (not out yet,
    three days now) is read as how to get more milk, by a margin at the classifier's threshold: the rules' reading,
    why milk is low, is then offered beside it, never lost."""
    answer = engine.answer("mbak, susune kok durung metu, wis telung dino")
    assert answer.topic in ("asi.low_supply_causes", "asi.increase_flow")
    if answer.topic == "asi.increase_flow":
        assert [s.intent for s in answer.suggestions] == ["asi/low_supply_causes"]


def test_a_regional_follow_up_after_low_milk_stays_with_it(engine):
    """"amargo" (because) and "kesel" (worn out) in Javanese: is tiredness a cause."""
    answers = talk(engine, "kenapa asi saya belum keluar?", "opo amargo aku kesel?")
    assert answers[1].topic == "asi.low_supply_causes", answers[1].intent


@pytest.mark.parametrize("first, follow, topic", [
    ("apa itu oksitosin?", "buat apa aja?", "hormone.oxytocin_effects"),
    ("hormon apa yang membuat ASI?", "terus yang satunya buat apa?", "hormone.prolactin_oxytocin"),
])
def test_what_a_hormone_is_for_is_what_it_does(engine, first, follow, topic):
    answers = talk(engine, first, follow)
    assert answers[1].topic == topic, answers[1].intent
