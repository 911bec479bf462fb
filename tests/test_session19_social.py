"""Session 19: thanks and a goodbye in one message close the chat, whichever comes first ("bye bye, thanks!" as
"thanks, bye"); thanks with a word on how the answer helped, and no goodbye, stays thanks."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", [
    "okay that's everything, bye now, thank you!",
    "udah itu aja, dadah, makasih ya",
    "bye for now, thanks a lot",
])
def test_thanks_and_goodbye_together_is_a_goodbye(engine, message):
    assert engine.answer(message).topic == "meta.goodbye"


@pytest.mark.parametrize("message", ["thanks, that really helped", "makasih banyak, membantu banget"])
def test_thanks_alone_stays_thanks(engine, message):
    assert engine.answer(message).topic == "meta.thanks"
