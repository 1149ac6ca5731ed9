"""Three bundled scripts from across social care: Brian (caring for his wife, who has
dementia), Tia (17, leaving care and angry at services) and Nasreen (whose autistic son is not
sleeping; she talks a lot and goes off topic).

Each is complete, faithful to the practice it teaches (permission before information, a 1 to
10 scale with its follow-up, an empowering summary, positive risk, maintenance and process
outcomes in the person's words), and playable: a practitioner who asks open questions and
reflects draws most of the person out, one who falls into the traps gets very little.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest

from conversation.analysis import analyse, analyse_conversation
from conversation.conduct import Conversation
from conversation.model import Act, FactKind, Mode, OutcomeKind, Speaker, Stage, Trap
from conversation.outcomes import check_outcome
from conversation.roleplay import STOP_WORDS, stem, topic_words
from conversation.script import Script
from conversation.script_loader import check_script, list_scripts, load_bundled
from conversation.store import SessionStore
from tests.test_roleplay_end_to_end import SEEDS, play_badly, play_well, result

SCRIPT_IDS = ("dementia-carer", "leaving-care", "autistic-child-sleep")

COMMON_WORDS = frozenset(
    stem(word)
    for word in (
        "not", "if", "lot", "own", "get", "go", "like", "want", "help", "feel", "make", "know",
        "think", "time", "day", "say",
    )
)
"""Words so common in a practitioner's lines that a topic made of one of them alone would
answer almost anything."""

NUMBER_WORDS = {3: "three", 4: "four", 5: "five"}

GOOD_LINES: dict[str, list[tuple[Stage, str]]] = {
    "dementia-carer": [
        (Stage.OPEN, "Tell me a bit about what a normal week looks like for the two of you."),
        (Stage.OPEN, "It sounds as if the singing on a Wednesday is the best bit of the week."),
        (Stage.OPEN, "Tell me a bit about Maureen."),
        (Stage.OPEN, "It sounds as if she's still very much there, on the good days."),
        (Stage.OPEN, "What's it like for you, looking after her?"),
        (Stage.OPEN, "It sounds like you're her husband first, not her carer."),
        (Stage.OPEN, "Tell me about the house."),
        (Stage.OPEN, "It sounds like the house does a lot of the work for her."),
        (Stage.LISTEN, "How are the nights at the moment?"),
        (Stage.LISTEN, "It sounds like you're on the settee by the door, listening out for her."),
        (Stage.LISTEN, "What happens when you need a break?"),
        (Stage.LISTEN, "It sounds like the day centre upset her, and you too."),
        (Stage.LISTEN, "How's your own health?"),
        (Stage.LISTEN, "So the operation keeps getting put off because of Maureen."),
        (Stage.LISTEN, "Tell me about the dog."),
        (Stage.LISTEN, "Bess sounds like a real comfort to both of you."),
        (Stage.LISTEN, "What does Maureen still do by herself?"),
        (Stage.LISTEN, "It sounds like the walk round the park is hers."),
        (Stage.LISTEN, "Tell me about your family."),
        (Stage.LISTEN, "It sounds like Karen worries about you."),
        (Stage.LISTEN, "Tell me about your son."),
        (Stage.LISTEN, "It sounds like it's hard for Steven, being so far away."),
        (Stage.EXPLORE, "What worries you most at the moment?"),
        (Stage.EXPLORE, "So you carry it all in your head, and nobody else knows her routines."),
        (Stage.EXPLORE, "What would you like to happen in the future?"),
        (Stage.EXPLORE, "Scarborough sounds really special to you both."),
        (Stage.EXPLORE, "On a scale of 1 to 10, how well are you managing?"),
        (Stage.EXPLORE, "So a four, and a good night's sleep is what you miss most."),
        (Stage.EXPLORE, "What are you good at?"),
        (Stage.EXPLORE, "So you're practical, and the labels make things easier for her."),
        (Stage.EXPLORE, "What do you cook these days?"),
        (Stage.EXPLORE, "It sounds like cooking together still matters to you both."),
        (Stage.EXPLORE, "What keeps you both laughing?"),
        (Stage.EXPLORE, "You've got a lot of patience, and you still have a laugh together."),
        (Stage.EXPLORE, "What do you enjoy doing for fun?"),
        (Stage.EXPLORE, "So the allotment was your place to think."),
        (Stage.EXPLORE, "Who else could help?"),
        (Stage.EXPLORE, "So Gloria's a good friend to you both."),
        (Stage.EXPLORE, "What's working well with the support you have now?"),
        (Stage.EXPLORE, "So Helen talks to Maureen first."),
        (Stage.EXPLORE, "What's been said about care homes?"),
        (Stage.EXPLORE, "It sounds like the promise you made her matters a great deal."),
        (Stage.INFORM, "What would you like to know more about?"),
        (
            Stage.SUMMARY,
            "Let me check I've got this right: Maureen, the house, the singing and the allotment "
            "matter most, and you worry about what happens to her if you're taken ill.",
        ),
        (Stage.SUMMARY, "What would you like to do first?"),
    ],
    "leaving-care": [
        (Stage.OPEN, "Tell me a bit about what's going on for you at the moment."),
        (Stage.OPEN, "It sounds like you're fed up of new workers."),
        (Stage.OPEN, "How's college going?"),
        (Stage.OPEN, "It sounds like hairdressing is something that's really yours."),
        (Stage.OPEN, "What do you do at the weekend?"),
        (Stage.OPEN, "It sounds like Shaz really trusts you."),
        (Stage.OPEN, "Where are you living at the moment?"),
        (
            Stage.OPEN,
            "It sounds like your room at Bev's is the first place that's felt like yours.",
        ),
        (Stage.LISTEN, "Tell me a bit about Bev."),
        (Stage.LISTEN, "So Bev didn't give up on you."),
        (Stage.LISTEN, "What's happening in March?"),
        (Stage.LISTEN, "It sounds like a birthday is deciding where you live."),
        (Stage.LISTEN, "What's it been like having decisions made about you?"),
        (Stage.LISTEN, "It sounds like people have talked about you instead of to you."),
        (Stage.LISTEN, "Tell me about your brother."),
        (Stage.LISTEN, "It sounds like Kayden is the one person who's always been there."),
        (Stage.LISTEN, "What's contact with him like?"),
        (Stage.LISTEN, "It sounds like two hours in a room isn't how you want to see him."),
        (Stage.LISTEN, "Tell me a bit about your mum, if you want to."),
        (Stage.LISTEN, "It sounds like you've found your own way of seeing your mum."),
        (Stage.EXPLORE, "What worries you most?"),
        (Stage.EXPLORE, "So part of you is scared of ending up like your mum."),
        (Stage.EXPLORE, "What would you like to happen in the future?"),
        (Stage.EXPLORE, "It sounds like you want your own place when you're ready, not before."),
        (Stage.EXPLORE, "On a scale of 1 to 10, how ready do you feel to live on your own?"),
        (Stage.EXPLORE, "It sounds like a three, and practice at Bev's is your idea."),
        (Stage.EXPLORE, "How are you managing with money?"),
        (Stage.EXPLORE, "It sounds like bills are the bit nobody has shown you."),
        (Stage.EXPLORE, "What are you good at?"),
        (Stage.EXPLORE, "You've got yourself through a lot."),
        (Stage.EXPLORE, "Who's your best friend?"),
        (Stage.EXPLORE, "It sounds like Jess really gets it."),
        (Stage.EXPLORE, "What helps you with stress?"),
        (Stage.EXPLORE, "It sounds like boxing is where you can breathe."),
        (Stage.EXPLORE, "What would make a good worker, for you?"),
        (Stage.EXPLORE, "So you'd want someone honest who turns up."),
        (Stage.EXPLORE, "What are you proud of?"),
        (
            Stage.EXPLORE,
            "It sounds like being on the panel means you get to ask the questions.",
        ),
        (Stage.EXPLORE, "What's your ambition for a career?"),
        (Stage.EXPLORE, "It sounds like your own salon would be something special."),
        (Stage.INFORM, "What would you like to know more about?"),
        (
            Stage.SUMMARY,
            "Let me check I've got this right: Bev, Kayden, college and your room matter most, "
            "and you're worried about being moved on in March.",
        ),
        (Stage.SUMMARY, "What would you like to do first?"),
    ],
    "autistic-child-sleep": [
        (Stage.OPEN, "Tell me a bit about how things have been at home."),
        (Stage.OPEN, "It sounds like you're juggling everything at once."),
        (Stage.OPEN, "Tell me a bit about Zayn."),
        (Stage.OPEN, "It sounds like he's really funny."),
        (Stage.OPEN, "What does Zayn love?"),
        (Stage.OPEN, "So buses help him make sense of things."),
        (Stage.OPEN, "What's a good day like for him?"),
        (
            Stage.OPEN,
            "It sounds like Saturdays on the bus with his Nani are the best bit of his week.",
        ),
        (Stage.LISTEN, "How are the nights at the moment?"),
        (Stage.LISTEN, "It sounds like there's never a gap for you."),
        (Stage.LISTEN, "How are you coping with so little sleep?"),
        (Stage.LISTEN, "That sounds like it really frightened you, on the ring road."),
        (Stage.LISTEN, "How's school for him?"),
        (Stage.LISTEN, "It sounds like Mrs Kaur really gets him."),
        (Stage.LISTEN, "What's happened with the sleep clinic?"),
        (Stage.LISTEN, "It sounds like every time you ring, it's back to the beginning."),
        (Stage.LISTEN, "Tell me a bit about Amira."),
        (Stage.LISTEN, "It sounds like Amira feels a bit left out."),
        (Stage.LISTEN, "Tell me about your husband."),
        (Stage.LISTEN, "It sounds like you and Imran hardly see each other."),
        (Stage.LISTEN, "Tell me about your mum."),
        (Stage.LISTEN, "It sounds like she's your rock."),
        (Stage.EXPLORE, "What worries you most?"),
        (Stage.EXPLORE, "It sounds like you've not always been believed."),
        (Stage.EXPLORE, "What's different about the nights that go better?"),
        (Stage.EXPLORE, "So the dark, the hum and no heating clicking on might all matter."),
        (Stage.EXPLORE, "How do you keep track of his sleep?"),
        (Stage.EXPLORE, "It sounds like your spreadsheet has spotted a pattern."),
        (Stage.EXPLORE, "What would you like to be different in a few months?"),
        (Stage.EXPLORE, "It sounds like you'd like to be a person again, as well as a mum."),
        (Stage.EXPLORE, "On a scale of 1 to 10, how are the nights at the moment?"),
        (
            Stage.EXPLORE,
            "It sounds like a three, and a four would be two nights a week asleep by midnight.",
        ),
        (Stage.EXPLORE, "What are you good at?"),
        (Stage.EXPLORE, "It sounds like fighting for him and laminating are your superpowers."),
        (Stage.EXPLORE, "What's your job like?"),
        (Stage.EXPLORE, "So the pharmacy is where you get to be just Nasreen."),
        (Stage.EXPLORE, "What do you do for fun?"),
        (Stage.EXPLORE, "It sounds like you miss your cousins."),
        (Stage.EXPLORE, "Who else is around for you?"),
        (Stage.EXPLORE, "It sounds like the Night Owls understand in a way others don't."),
        (Stage.EXPLORE, "Tell me about the house."),
        (Stage.EXPLORE, "It sounds like his room is the only place he's properly calm."),
        (Stage.EXPLORE, "What would you like to do one day, for you?"),
        (Stage.EXPLORE, "It sounds like the technician training really matters to you."),
        (Stage.INFORM, "What would you like to know more about?"),
        (
            Stage.SUMMARY,
            "Let me check I've got this right: Zayn, Amira, the nights and your mum matter most, "
            "and you worry people think it's your parenting.",
        ),
        (Stage.SUMMARY, "What would you like to do first?"),
    ],
}
"""In each person's own ground: open questions, each followed by a reflection on the answer,
then a summary, in the words a trainee would use rather than the script's topic lists."""

TRAP_LINES: dict[str, list[tuple[Stage, str]]] = {
    "dementia-carer": [
        (Stage.OPEN, "Tell me a bit about what a normal week looks like for the two of you."),
        (
            Stage.OPEN,
            "How many hours do you care for her? Does she need help washing? Does she wander?",
        ),
        (Stage.OPEN, "You should really be getting more help in at your age."),
        (Stage.LISTEN, "We'll get Maureen a place at the day centre so you can have a break."),
        (
            Stage.LISTEN,
            "I hear what you're saying about the promise, but you need to be realistic.",
        ),
        (Stage.LISTEN, "If you don't get your eyes done, you'll end up in hospital yourself."),
        (Stage.EXPLORE, "What concerns you most at the moment?"),
        (Stage.EXPLORE, "I've decided Maureen needs a residential placement."),
        (Stage.EXPLORE, "It sounds like you're in denial about how bad her dementia is."),
        (Stage.EXPLORE, "Do you get any help? Does Karen visit? Is the dog okay?"),
        (Stage.EXPLORE, "You should stop letting her walk the dog on her own."),
        (Stage.INFORM, "We'll need to decide whether it's safe for her to stay at home."),
        (Stage.INFORM, "I can see you love her, but you can't do this on your own."),
        (Stage.SUMMARY, "So you're not coping, and we'll sort out a care home for Maureen."),
    ],
    "leaving-care": [
        (Stage.OPEN, "Tell me a bit about what's going on for you at the moment."),
        (Stage.OPEN, "Where are you living? Are you in education? Do you see your mum?"),
        (Stage.OPEN, "To be honest, you come across as quite a hostile young person."),
        (Stage.LISTEN, "You need to start learning to live independently at your age."),
        (Stage.LISTEN, "I hear you about Bev's, but you need to be realistic."),
        (Stage.LISTEN, "If you don't come to meetings, you'll lose your support."),
        (Stage.EXPLORE, "What worries you most?"),
        (
            Stage.EXPLORE,
            "The decision has been made for you to move to supported accommodation.",
        ),
        (Stage.EXPLORE, "You're clearly a very angry young person."),
        (Stage.EXPLORE, "Do you have savings? Can you cook? Do you know how to pay bills?"),
        (Stage.EXPLORE, "You should stop seeing your mum on your own."),
        (Stage.INFORM, "We'll book you onto the independent living course, that'll sort it."),
        (
            Stage.INFORM,
            "I know you want to see Kayden more, but the rules are there for a reason.",
        ),
        (Stage.SUMMARY, "So you're struggling to accept the plan, and we'll move you in March."),
    ],
    "autistic-child-sleep": [
        (Stage.OPEN, "Tell me a bit about how things have been at home."),
        (Stage.OPEN, "What time does he go to bed? When does he wake? Is he on melatonin?"),
        (Stage.OPEN, "You should be putting him to bed at exactly the same time every night."),
        (Stage.LISTEN, "We'll get him a weighted blanket, that will sort the sleep out."),
        (
            Stage.LISTEN,
            "I hear you, but lots of autistic children don't sleep, it's part of it.",
        ),
        (Stage.LISTEN, "If you keep driving that tired, you're putting the children at risk."),
        (Stage.EXPLORE, "What concerns you most at the moment?"),
        (Stage.EXPLORE, "I've decided to refer you to the parenting programme."),
        (Stage.EXPLORE, "It sounds like you're quite an anxious mum."),
        (Stage.EXPLORE, "Does he have screens at night? Does he nap? Does he eat sugar?"),
        (Stage.EXPLORE, "You need to stop letting your mum take him on the bus."),
        (Stage.INFORM, "I've decided Zayn will go to a residential short-break unit."),
        (Stage.INFORM, "I can see you're tired, but Amira will have to wait."),
        (
            Stage.SUMMARY,
            "So you're not coping, and we'll sort out a sleep programme for you.",
        ),
    ],
}
"""One of the stage prompts, then the traps: interrogating, telling, fixing, overriding,
warning, deciding and labelling."""


@pytest.fixture(scope="module", params=SCRIPT_IDS)
def script(request: pytest.FixtureRequest) -> Script:
    """Each of the three scripts, loaded once."""
    return load_bundled(str(request.param))


def practise(script: Script, lines: list[tuple[Stage, str]]) -> Conversation:
    """A practise role play of ``lines``, moving through the stages as they say."""
    conversation = Conversation.start(
        mode=Mode.PRACTISE, script=script, practitioner="", person=None, store=None, seed=1
    )
    for stage, text in lines:
        if conversation.stage is not stage:
            conversation.set_stage(stage)
        conversation.say(text)
    return conversation


def practitioner_turns(script: Script) -> list[tuple[int, str]]:
    """The demo's practitioner lines with their place in the demo."""
    return [
        (index, turn.text)
        for index, turn in enumerate(script.demo)
        if turn.speaker is Speaker.PRACTITIONER
    ]


def test_it_validates_and_is_listed(script: Script) -> None:
    assert script.path is not None
    assert script.path.name == f"{script.meta.id}.toml"
    assert check_script(script.path) == []
    assert script.meta.id in {listed.meta.id for listed in list_scripts()}
    assert set(script.meta.modes) == {Mode.DEMONSTRATE, Mode.PRACTISE, Mode.RECORD}
    assert script.meta.language == "en-GB"


def test_each_person_is_the_one_the_setting_asks_for() -> None:
    brian = load_bundled("dementia-carer")
    assert brian.person.age >= 65 and "Alzheimer" in brian.person.background
    tia = load_bundled("leaving-care")
    assert tia.person.age == 17 and "care" in tia.person.background
    nasreen = load_bundled("autistic-child-sleep")
    assert "autistic" in nasreen.person.background
    assert "sleep" in nasreen.person.background
    # Different temperaments show in the replies: Tia is short at first, Nasreen talks a lot.
    first_words = {
        each.meta.id: sum(len(fact.reply.split()) for fact in each.facts) / len(each.facts)
        for each in (brian, tia, nasreen)
    }
    assert first_words["leaving-care"] < first_words["dementia-carer"]
    assert first_words["dementia-carer"] < first_words["autistic-child-sleep"]


def test_every_stage_has_guidance_and_open_prompts(script: Script) -> None:
    assert list(script.stages) == list(Stage)
    for stage, guide in script.stages.items():
        assert len(guide.guidance) > 200, stage
        assert len(guide.prompts) >= 4, stage
        for prompt in guide.prompts:
            assert not analyse(prompt).warnings, prompt
    explore = script.stages[Stage.EXPLORE].prompts
    assert any("scale of 1 to 10" in prompt for prompt in explore)
    assert any("next number" in prompt for prompt in explore)


def test_facts_cover_every_kind_with_topics_that_match_one_fact(script: Script) -> None:
    assert len(script.facts) >= 12
    kinds = Counter(fact.kind for fact in script.facts)
    assert set(kinds) == set(FactKind)
    assert kinds[FactKind.SCALE] == 1
    scale = next(fact for fact in script.facts if fact.kind is FactKind.SCALE)
    assert scale.scale is not None and 1 <= scale.scale <= 10
    assert "scale" in scale.topics
    replies = [fact.reply for fact in script.facts]
    assert len(set(replies)) == len(replies)
    owners: dict[frozenset[str], str] = {}
    for fact in script.facts:
        assert len(fact.topics) >= 4, fact.id
        assert fact.deeper != fact.reply, fact.id
        stemmed = [topic_words(topic) for topic in fact.topics]
        assert len(set(stemmed)) == len(stemmed), f"{fact.id} has topics that match alike"
        for topic, needed in zip(fact.topics, stemmed, strict=True):
            assert topic == topic.lower(), topic
            assert needed - STOP_WORDS, f"{topic!r} is made only of small words"
            assert not needed <= COMMON_WORDS, f"{topic!r} of {fact.id} would match anything"
            owner = owners.setdefault(needed, fact.id)
            assert owner == fact.id, f"{topic!r} of {fact.id} also draws out {owner}"


def test_reactions_to_every_trap_and_move(script: Script) -> None:
    reactions = script.reactions
    assert set(reactions.traps) == set(Trap)
    assert all(2 <= len(replies) <= 3 for replies in reactions.traps.values())
    assert len(reactions.closed_question) >= 2
    assert len(reactions.unknown) >= 3
    assert reactions.summary_confirmed and reactions.summary_corrected
    assert reactions.greeting and reactions.thanks and reactions.social
    assert reactions.permission


def test_demo_alternates_through_the_stages_with_a_note_on_every_turn(script: Script) -> None:
    demo = script.demo
    assert len(demo) >= 24
    speakers = [turn.speaker for turn in demo]
    assert speakers[0] is Speaker.PRACTITIONER
    assert all(a is not b for a, b in itertools.pairwise(speakers))
    stages = [turn.stage for turn in demo]
    assert stages == sorted(stages, key=lambda stage: stage.number)
    assert set(stages) == set(Stage)
    assert all(len(turn.note) > 20 for turn in demo)


def test_every_trap_variant_of_the_demo_is_named(script: Script) -> None:
    variants = [turn for turn in script.demo if turn.trap is not None]
    assert len(variants) >= 5
    assert len({turn.trap for turn in variants}) == len(variants)
    for turn in variants:
        assert turn.speaker is Speaker.PRACTITIONER
        assert turn.trap_text and turn.trap_reaction and turn.trap_text != turn.text
        assert turn.trap in analyse(turn.trap_text).traps, (turn.trap, turn.trap_text)


def test_model_lines_of_the_demo_fall_into_no_trap(script: Script) -> None:
    """Each model line is clean on its own and as part of the run (no interrogation)."""
    lines = [text for _, text in practitioner_turns(script)]
    for text, analysis in zip(lines, analyse_conversation(lines), strict=True):
        assert not analysis.warnings, text
        assert not analyse(text).warnings, text


def test_demo_gives_information_only_with_permission(script: Script) -> None:
    inform = [
        turn.text
        for turn in script.demo
        if turn.stage is Stage.INFORM and turn.speaker is Speaker.PRACTITIONER
    ]
    assert re.search(r"\bWould it help if I told you\b", inform[0])
    person_reply = next(
        turn.text
        for turn in script.demo
        if turn.stage is Stage.INFORM and turn.speaker is Speaker.PERSON
    )
    assert len(person_reply.split()) < 15, "the person says yes before hearing it"
    assert any("Could I" in text for text in inform), "asks for what the service needs"


def test_demo_asks_a_scale_question_and_follows_it_up(script: Script) -> None:
    turns = script.demo
    scale = next(fact for fact in script.facts if fact.kind is FactKind.SCALE)
    assert scale.scale is not None
    asked = next(
        index for index, text in practitioner_turns(script) if "scale of 1 to 10" in text
    )
    assert turns[asked].stage is Stage.EXPLORE
    answer = turns[asked + 1].text.lower()
    assert NUMBER_WORDS[scale.scale] in answer
    follow_up = turns[asked + 2].text
    assert f"get you to a {NUMBER_WORDS[scale.scale + 1]}" in follow_up
    assert turns[asked + 3].speaker is Speaker.PERSON
    assert len(turns[asked + 3].text.split()) >= 10, "the person names their own next step"


def test_demo_ends_with_an_empowering_summary_and_the_persons_actions(script: Script) -> None:
    summary = [turn for turn in script.demo if turn.stage is Stage.SUMMARY]
    first = summary[0]
    assert first.speaker is Speaker.PRACTITIONER
    assert analyse(first.text).act is Act.SUMMARY
    assert "got a lot going for you" in first.text
    assert first.text.rstrip().endswith("?"), "the summary ends with a check"
    assert summary[-1].speaker is Speaker.PERSON
    assert re.search(r"\bI'll\b", summary[-1].text), "the actions are the person's own"


def test_demo_notes_name_strengths_and_positive_risk(script: Script) -> None:
    notes = " ".join(turn.note for turn in script.demo)
    assert "Positive risk" in notes
    assert "trength" in notes
    assert "Support Sequence" in notes


def test_model_outcomes_are_personal_and_of_every_kind(script: Script) -> None:
    kinds = Counter(outcome.kind for outcome in script.outcomes)
    assert set(kinds) == set(OutcomeKind)
    assert len(script.outcomes) >= 5
    for outcome in script.outcomes:
        assert outcome.text.startswith("I "), outcome.text
        checked = check_outcome(outcome.text)
        assert checked.personal_outcome, (outcome.text, checked.problem_ids)
        assert checked.kind is outcome.kind, (outcome.text, checked.kind)
        assert len(outcome.note) > 40


@pytest.mark.parametrize("seed", SEEDS)
def test_automated_good_technique_reveals_most_of_the_person(
    script: Script, tmp_path: Path, seed: int
) -> None:
    conversation = play_well(script, SessionStore(tmp_path / "sessions"), seed)
    figures = result(script, conversation)
    assert figures.share >= 0.8, figures
    assert figures.deepened >= figures.revealed // 2
    assert figures.traps == 0
    assert figures.rapport >= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_automated_trap_heavy_play_closes_the_person_down(
    script: Script, tmp_path: Path, seed: int
) -> None:
    conversation = play_badly(script, SessionStore(tmp_path / "sessions"), seed)
    figures = result(script, conversation)
    assert figures.share <= 0.3, figures
    assert figures.rapport <= 1


MISREAD = frozenset({
    "Scarborough sounds really special to you both.",
})
"""Good lines the current models give the wrong act (small talk, here), warned about nothing;
listed in the README's known limits and checked on their own below."""


def test_a_trainees_own_good_lines_draw_the_person_out(script: Script) -> None:
    conversation = practise(script, GOOD_LINES[script.meta.id])
    said = [t for t in conversation.session.turns if t.speaker is Speaker.PRACTITIONER]
    for turn in said:
        if turn.text not in MISREAD:
            assert turn.act in (Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY), turn.text
        assert not turn.warnings, turn.text
    revealed = set(conversation.session.roleplay.revealed)
    assert len(revealed) >= 0.8 * len(script.facts), sorted(
        fact.id for fact in script.facts if fact.id not in revealed
    )
    assert len(set(conversation.session.roleplay.deepened)) >= 0.6 * len(revealed)
    assert conversation.rapport >= 4
    assert {entry.fact_id for entry in conversation.session.board} == revealed


def test_a_trainees_traps_close_the_person_down(script: Script) -> None:
    conversation = practise(script, TRAP_LINES[script.meta.id])
    said = [t for t in conversation.session.turns if t.speaker is Speaker.PRACTITIONER]
    kinds = {warning.trap for turn in said for warning in turn.warnings}
    assert len(kinds) >= 6, kinds
    revealed = set(conversation.session.roleplay.revealed)
    assert len(revealed) <= 0.3 * len(script.facts), sorted(revealed)
    assert conversation.rapport <= 1
    replies = [t.text for t in conversation.session.turns if t.speaker is Speaker.PERSON]
    trap_replies = {text for options in script.reactions.traps.values() for text in options}
    assert sum(reply in trap_replies for reply in replies) >= len(said) // 2


@pytest.mark.xfail(strict=True, reason="read as small talk by the current models")
@pytest.mark.parametrize("text", sorted(MISREAD))
def test_misread_good_lines_are_reflections(text: str) -> None:
    assert analyse(text).act is Act.REFLECTION
