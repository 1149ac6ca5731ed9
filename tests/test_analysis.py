"""Unit tests for utterance analysis: acts, traps with evidence, conversation runs, live
typing and session feedback."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversation.analysis import (
    Analysis,
    Context,
    LiveAnalyser,
    analyse,
    analyse_conversation,
    feedback,
    split_conversations,
)
from conversation.model import Act, Speaker, Stage, Trap, TrapWarning
from conversation.session import Turn


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("What matters most to you?", Act.OPEN_QUESTION),
        ("Tell me about your week", Act.OPEN_QUESTION),
        ("Can you tell me about the garden", Act.OPEN_QUESTION),
        ("Could you say a bit more about that?", Act.OPEN_QUESTION),
        ("What else?", Act.OPEN_QUESTION),
        ("Do you live on your own?", Act.CLOSED_QUESTION),
        ("Is it the mornings or the evenings that are worse?", Act.CLOSED_QUESTION),
        ("Are you still going to the club", Act.CLOSED_QUESTION),
        ("It sounds like the garden matters a lot to you.", Act.REFLECTION),
        ("So you're worried about the stairs.", Act.REFLECTION),
        ("You feel nobody listens.", Act.REFLECTION),
        ("You miss your husband.", Act.REFLECTION),
        (
            "So far we've talked about the garden, your son and the stairs. "
            "Have I got that right?",
            Act.SUMMARY,
        ),
        ("Let me check I've got this right: you want to stay, and you want help.", Act.SUMMARY),
        ("Would you like me to tell you about the lunch club?", Act.CLOSED_QUESTION),
        ("Could I ask you for your date of birth?", Act.INFORMATION),
        ("The day centre is open on Tuesdays.", Act.INFORMATION),
        ("Hello, lovely to meet you.", Act.OTHER),
        ("Thank you for the tea.", Act.OTHER),
        ("", Act.OTHER),
        ("   ", Act.OTHER),
    ],
)
def test_acts(text: str, act: Act) -> None:
    """Each act is recognised from the way the utterance is put."""
    assert analyse(text).act is act


@pytest.mark.parametrize(
    ("text", "trap", "evidence"),
    [
        ("I think you should move into a care home", Trap.EXPERT, "I think you should"),
        ("I think you should move into a care home", Trap.POWER, "you should move"),
        ("I've decided you'll go to the day centre on Mondays.", Trap.POWER, "I've decided"),
        ("We'll arrange for you to move next month.", Trap.POWER, "We'll arrange"),
        ("Have you tried a pendant alarm?", Trap.PROBLEM_SOLVING, "Have you tried"),
        ("What you need is a stairlift.", Trap.PROBLEM_SOLVING, "What you need is"),
        ("I'll refer you to the falls team.", Trap.PROBLEM_SOLVING, "I'll refer you"),
        ("I understand, but it isn't safe.", Trap.YES_BUT, "I understand, but"),
        ("You're being difficult.", Trap.LABELLING, "You're being difficult"),
        ("That's just your dementia talking.", Trap.LABELLING, "That's just your dementia talking"),
        ("You're in denial.", Trap.LABELLING, "You're in denial"),
        ("If you carry on like this, it will get worse.", Trap.CONFRONTATIONAL, None),
        ("That's not true.", Trap.CONFRONTATIONAL, "That's not true"),
        ("Who visits? How often? What do you talk about?", Trap.QUESTION_AND_ANSWER, None),
    ],
)
def test_traps_with_evidence(text: str, trap: Trap, evidence: str | None) -> None:
    """A trap is named with the exact words of the utterance that show it."""
    result = analyse(text)
    assert trap in result.traps
    warning = next(w for w in result.warnings if w.trap is trap)
    assert warning.evidence and warning.evidence in text
    if evidence is not None:
        assert warning.evidence == evidence
    assert warning.message
    assert warning.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "You said you think you should move.",
        "What do you think you should do?",
        "Do you feel you need more help?",
        "You want to stay home, but you're worried about the stairs.",
        "Yes, and you've kept the garden going all these years.",
        "Your son keeps telling you that you should move into a home.",
        "You've been called difficult, and that hurt.",
        "What do you think would happen if you carried on as you are?",
        "You don't have to decide anything today.",
        "What have you tried already?",
        "It's been a difficult year.",
        "What would you like to happen about where you live?",
        "If you like, I'll send you the leaflet.",
    ],
)
def test_stance_not_keywords(text: str) -> None:
    """Reported speech, the person's own view, mixed feelings and 'yes, and' are clean."""
    assert analyse(text).traps == ()


def test_several_traps_in_one_utterance() -> None:
    """Traps are independent: one utterance can carry more than one."""
    result = analyse("I hear you, but you need to accept you can't stay here.")
    assert {Trap.YES_BUT, Trap.POWER, Trap.CONFRONTATIONAL} <= set(result.traps)


def test_suggestion_fits_the_utterance() -> None:
    """The better way to say it picks up what the person has said the line is about."""
    context = Context(Stage.EXPLORE, ("flat",), ("I want to stay in my flat.",))
    result = analyse("I think you should move out of your flat", context=context)
    power = next(w for w in result.warnings if w.trap is Trap.POWER)
    assert "your flat" in power.suggestion
    assert "?" in power.suggestion
    alone = analyse("I think you should move out of your flat")
    assert "flat" not in next(w for w in alone.warnings if w.trap is Trap.POWER).suggestion


def test_analysis_is_frozen_and_typed() -> None:
    """Analysis is an immutable value with typed warnings."""
    result = analyse("You must take your tablets.")
    assert isinstance(result, Analysis)
    assert all(isinstance(w, TrapWarning) for w in result.warnings)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.act = Act.OTHER  # type: ignore[misc]
    assert result.traps == (Trap.EXPERT,)


def test_question_run_across_turns() -> None:
    """The third closed question in a row with no reflection between carries
    question-and-answer; open questions do not add to the run."""
    turns = [
        "What matters to you?",
        "Do you live alone?",
        "Does anyone help with the shopping?",
        "Who helps with the shopping?",
        "Do you go out much?",
        "Are you eating?",
        "It sounds like you miss getting out.",
        "What would help?",
        "Where would you like to go?",
    ]
    traps = [Trap.QUESTION_AND_ANSWER in a.traps for a in analyse_conversation(turns)]
    assert traps == [False, False, False, False, True, True, False, False, False]


def test_summary_resets_the_run_and_other_does_not() -> None:
    """A summary breaks a run of questions; small talk does not."""
    run = ["Do you live alone?", "Hello", "Does anyone visit?", "Do you go out?"]
    assert Trap.QUESTION_AND_ANSWER in analyse_conversation(run)[-1].traps
    broken = ["Do you live alone?", "Does anyone visit?",
              "So far we've talked about the fall, the night and your son.", "Do you go out?"]
    assert Trap.QUESTION_AND_ANSWER not in analyse_conversation(broken)[-1].traps


def test_split_conversations() -> None:
    """A line holding only --- starts a new conversation."""
    assert split_conversations(["a", "b", "---", "c", " --- ", "d"]) == [["a", "b"], ["c"], ["d"]]


def test_live_analysis_settles_and_warns_when_evidence_is_typed() -> None:
    """Typing letter by letter: labels change only at word boundaries; warnings appear with
    their evidence."""
    live = LiveAnalyser()
    text = "Tell me what happened then you should"
    acts: list[Act] = []
    first_warning = None
    for end in range(1, len(text) + 1):
        result = live.update(text[:end])
        acts.append(result.act)
        if result.warnings and first_warning is None:
            first_warning = end
    changes = sum(1 for a, b in itertools.pairwise(acts) if a is not b)
    assert changes <= 3
    assert first_warning == len(text)
    assert live.update(text) is live.current


def test_live_keeps_act_mid_word() -> None:
    """A half-typed word does not flip the label."""
    live = LiveAnalyser()
    live.update("What matters to you? ")
    assert live.update("What matters to you? I").act is Act.OPEN_QUESTION


def _turn(text: str, speaker: Speaker = Speaker.PRACTITIONER) -> Turn:
    return Turn(speaker=speaker, stage=Stage.LISTEN, text=text, time=datetime(2026, 1, 1))


def test_feedback_figures() -> None:
    """Counts, shares and ratios come from the practitioner's turns only."""
    turns = [
        _turn("What matters to you?"),
        _turn("My garden.", Speaker.PERSON),
        _turn("It sounds like the garden is important to you."),
        _turn("You're in denial about the stairs."),
        _turn("Do you live alone?"),
        _turn("You really love that garden."),
        _turn("So far we've talked about the garden, the stairs and your son. Is that right?"),
    ]
    result = feedback(turns)
    assert result.acts[Act.OPEN_QUESTION] == 1
    assert result.acts[Act.CLOSED_QUESTION] == 1
    assert result.reflections == 2
    assert result.summaries == 1
    assert result.open_share == 0.5
    assert result.reflection_to_question == 1.0
    assert result.rq_band == "fair"
    assert [line.evidence for line in result.traps[Trap.LABELLING]] == ["You're in denial"]
    assert result.traps[Trap.LABELLING][0].turn_index == 3
    assert any("MITI 4.2.1" in line and "guidance" in line.lower() for line in result.guidance)
    figures = result.to_dict()
    assert all(isinstance(v, float) for v in figures.values())
    assert figures["trap_labelling"] == 1.0
    assert figures["reflection_to_question"] == 1.0


def test_feedback_uses_stored_labels() -> None:
    """A turn already labelled keeps its stored act and warnings."""
    stored = _turn("Anything at all")
    stored.act = Act.REFLECTION
    result = feedback([stored])
    assert result.reflections == 1
    assert feedback([]).reflection_to_question is None


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_analysed(text: str) -> None:
    """Any Unicode, control characters included, gives an act and evidence from the text."""
    result = analyse(text)
    assert result.text == text
    for warning in result.warnings:
        assert warning.evidence in text


_TRAP_WORDS = [
    "I'll", "we'll", "it's", "you'll", "you've", "you", "should", "let", "help", "sort",
    "killing", "need", "to", "get", "on", "but", "lazy", "must", "stop", "what's", "how's",
    "why", "do", "care", "home", "we've", "decided", "else'll", "ring", "the", "GP", "cleaner",
    "Dilys's", "won't", "don't", "have", "got", "that", "can't", "go", "I", "moving", "you're",
]


def _on_word_boundaries(text: str, evidence: str) -> bool:
    """True when some occurrence of the evidence starts and ends on word boundaries."""
    def inside(left: int) -> bool:
        if left < 0 or left + 1 >= len(text):
            return False
        a, b = text[left], text[left + 1]
        after = text[left + 2] if left + 2 < len(text) else ""
        before = text[left - 1] if left > 0 else ""
        return (a.isalnum() and b.isalnum()) or (a.isalnum() and b == "'" and after.isalnum()) \
            or (a == "'" and before.isalnum() and b.isalnum())
    position = text.find(evidence)
    while position >= 0:
        end = position + len(evidence)
        if not inside(position - 1) and not inside(end - 1):
            return True
        position = text.find(evidence, position + 1)
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TRAP_WORDS), st.sampled_from(
    [" ", " ", " ", ", ", "- ", ". ", "? ", "'", "", "! "])), min_size=1, max_size=14))
def test_evidence_is_whole_words(parts: list[tuple[str, str]]) -> None:
    """Every warning's evidence is cut from the text and starts and ends on word boundaries
    (never "ll let you" from "I'll let you", nor "s killing you" from "it's killing you")."""
    text = "".join(word + sep for word, sep in parts)
    for warning in analyse(text).warnings:
        assert warning.evidence in text
        assert _on_word_boundaries(text, warning.evidence), (text, warning.evidence)


def test_evidence_from_contractions_keeps_the_word() -> None:
    """Evidence found after an apostrophe takes the whole contracted word."""
    for text in ("you've got to stop drinking first, then everything else'll sort itself out",
                 "smoking like that, it's killing you"):
        for warning in analyse(text).warnings:
            assert _on_word_boundaries(text, warning.evidence), warning.evidence


def test_long_and_odd_text() -> None:
    """100 KB lines, control characters, Welsh and emoji never crash."""
    long = "You should really think about it. " * 3000
    assert len(long) > 100_000
    assert Trap.EXPERT in analyse(long).traps
    assert analyse("\x00\x1b[31mBeth sy'n bwysig i chi? ŵ ŷ 🙂").act is not None
    assert analyse("Rwy'n deall 🙂\u200b\u202e").text.endswith("\u202e")


def test_no_heavy_imports() -> None:
    """Importing the analysis never pulls in numerical or machine-learning libraries."""
    import subprocess
    import sys

    code = (
        "import sys, conversation.analysis as a; a.analyse('You should go.'); "
        "print(','.join(m for m in ('numpy', 'sklearn', 'torch', 'textual', 'tomli_w') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""


def _demo_lines() -> list[tuple[str, Trap | None]]:
    from conversation.paths import bundled_scripts_dir
    from conversation.script_loader import load_script

    script = load_script(bundled_scripts_dir() / "stroke-at-home.toml")
    lines: list[tuple[str, Trap | None]] = []
    for turn in script.demo:
        if turn.speaker is not Speaker.PRACTITIONER:
            continue
        lines.append((turn.text, None))
        if turn.trap_text is not None:
            lines.append((turn.trap_text, turn.trap))
    return lines


def test_default_demo_lines_are_judged_as_the_script_intends() -> None:
    """In the default script's demonstration, every trap version of a line is flagged with
    its trap and every model practitioner line is clean."""
    lines = _demo_lines()
    assert sum(1 for _text, trap in lines if trap is not None) >= 5
    wrong: list[str] = []
    for text, trap in lines:
        found = analyse(text).traps
        if trap is None and found:
            wrong.append(f"model line flagged {[t.value for t in found]}: {text}")
        if trap is not None and trap not in found:
            wrong.append(f"trap line missing {trap.value}: {text}")
    assert not wrong, wrong


@pytest.mark.parametrize(
    "text",
    [
        "I understand, but you can't stay here on your own.",
        "I know it's hard, but you have to let people in.",
        "You shouldn't be carrying the washing down the stairs.",
        "I hear that you're scared, but the operation is necessary.",
        "how are you sleeping and are you eating okay",
    ],
)
def test_live_warnings_do_not_come_and_go(text: str) -> None:
    """Typed letter by letter, a warning appears once and then stays while its evidence is
    on the line."""
    live = LiveAnalyser()
    history: dict[Trap, list[bool]] = {}
    for end in range(1, len(text) + 1):
        traps = live.update(text[:end]).traps
        for trap in history:
            history[trap].append(trap in traps)
        for trap in traps:
            history.setdefault(trap, [True])
    assert history, "no warning at all"
    for trap, seen in history.items():
        changes = sum(1 for a, b in itertools.pairwise(seen) if a != b)
        assert changes == 0, (trap, "".join("1" if s else "0" for s in seen))


def test_live_lets_go_of_a_deleted_warning() -> None:
    """Deleting the words a warning rests on removes it."""
    live = LiveAnalyser()
    assert Trap.YES_BUT in live.update("I understand, but you").traps
    assert live.update("I understand").traps == ()


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("It sounds as if you're in a bit of denial about the drinking.", Trap.LABELLING),
        ("Honestly, that's classic burnout.", Trap.LABELLING),
        ("You're a bit of a worrier, aren't you.", Trap.LABELLING),
        ("We'll need to look at a nursing home for him.", Trap.POWER),
        ("I'm going to have to put you down for the day centre.", Trap.POWER),
        ("The team feel it would be best if you moved nearer your son.", Trap.POWER),
        ("With respect, that isn't what happened.", Trap.CONFRONTATIONAL),
        ("Come on, you know that's not realistic.", Trap.CONFRONTATIONAL),
        ("how are you sleeping and are you eating okay", Trap.QUESTION_AND_ANSWER),
        ("what time does she get up what does she have for breakfast",
         Trap.QUESTION_AND_ANSWER),
        ("How's your sleep? And your appetite? Are you taking your tablets?",
         Trap.QUESTION_AND_ANSWER),
        ("what's- what's your address, and who's your GP", Trap.QUESTION_AND_ANSWER),
        ("are you- are you eating, are you sleeping", Trap.QUESTION_AND_ANSWER),
    ],
)
def test_soft_and_spoken_traps(text: str, trap: Trap) -> None:
    """Traps put softly, or spoken without punctuation, are still named."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("you managing okay with the stairs", Act.CLOSED_QUESTION),
        ("does he help at all", Act.CLOSED_QUESTION),
        ("is that every day then", Act.CLOSED_QUESTION),
        ("so you're back at college now yeah", Act.CLOSED_QUESTION),
        ("you mentioned your brother, how are things with him", Act.OPEN_QUESTION),
        ("um so what would a good week look like for you", Act.OPEN_QUESTION),
    ],
)
def test_spoken_questions_without_question_marks(text: str, act: Act) -> None:
    """Transcribed speech drops the question mark; the question is still heard."""
    assert analyse(text).act is act


@pytest.mark.parametrize(
    "text",
    [
        "What would you like to do first, and who would you like to help?",
        "can I ask, how old is your son now",
        "what do you think, would that be something you'd want",
        "What's working and what's not working for you at the moment?",
        "um what's- what's a typical Sunday like for you",
        "so er where do you- where do you want to be living next year",
        "and how's- how's the new flat been",
        "did that, did that happen before the move or after",
        "how do you how do you get on with your neighbours",
        "What's gone well at the day centre, and what hasn't?",
        "Where are things now with your brother, and where would you like them to be?",
        "Who would you like at the review, and what, if anything, would you like to say?",
        "what have you tried for the pain, and what's helped even a bit",
        "What are you looking forward to, and what's worrying you?",
        "What's happening with the damp, and what have you done so far?",
    ],
)
def test_linked_questions_are_not_stacked(text: str) -> None:
    """Permission, 'what do you think', a spoken false start ("what's- what's") and two
    open questions joined (the same question turned over, its two sides, what has been
    tried) are not an interrogation."""
    assert Trap.QUESTION_AND_ANSWER not in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "so what did you have for lunch who did you sit with and where did you go after",
        "What's your address, your date of birth, and who's your GP?",
        "How are you sleeping and are you eating okay?",
    ],
)
def test_open_questions_run_on_with_a_third_or_a_list_are_stacked(text: str) -> None:
    assert Trap.QUESTION_AND_ANSWER in analyse(text).traps


def test_learned_features_read_speech_like_text() -> None:
    """Fillers, contractions and stammered repeats do not change the words the models see."""
    from conversation.analysis.words import canonical

    spoken = [w for w, _s, _e in canonical("um so you're gonna you know, move, move house")]
    written = [w for w, _s, _e in canonical("so you are going to move house")]
    assert spoken == written
    assert [w for w, _s, _e in canonical("do you know your pin")] == ["do", "you", "know",
                                                                      "your", "pin"]


def test_false_starts_are_read_once_and_offsets_kept() -> None:
    """A spoken false start is blanked in the normalised text, which keeps its length, so
    evidence is still cut from the original words."""
    from conversation.analysis._text import normalise

    text = "so er what do you- what do you want to do, you must tell me"
    norm = normalise(text)
    assert len(norm) == len(text)
    assert norm.count("what do you") == 1
    evidence = [w.evidence for w in analyse(text).warnings]
    assert all(e in text for e in evidence)
    assert normalise("I know that that is hard").split() == ["i", "know", "that", "is", "hard"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("what's - what do you want to happen with the flat?",
         "what do you want to happen with the flat?"),
        ("does he - is he sleeping through now?", "is he sleeping through now?"),
        ("how'd you - um - how did you manage to stay calm?", "how did you manage to stay calm?"),
        ("who usually - who does your shopping?", "who does your shopping?"),
        ("so how's - how've things been since we last spoke?",
         "so how've things been since we last spoke?"),
        ("are you \u2014 do you want the curtains open?", "do you want the curtains open?"),
        ("did you \u2013 have you managed to get him registered with the dentist?",
         "have you managed to get him registered with the dentist?"),
        ("is he, um, is he still at the nursery on Dawson Road?",
         "is he still at the nursery on dawson road?"),
        ("is the baby, um, is she sleeping in the Moses basket?",
         "is she sleeping in the moses basket?"),
        ("who's, um, who decides about contact with your dad?",
         "who decides about contact with your dad?"),
    ],
)
def test_a_question_begun_again_after_a_dash_is_read_once(text: str, read: str) -> None:
    """A question broken off at a dash (short or long) or a hesitation and begun again is one
    question, not two stacked."""
    from conversation.analysis._text import normalise

    norm = normalise(text)
    assert len(norm) == len(text)
    assert " ".join(norm.split()) == read
    assert Trap.QUESTION_AND_ANSWER not in analyse(text).traps


@pytest.mark.parametrize(
    "text", ["What happened - did you fall?", "How are you - do you want a tea?",
             "How are you \u2014 do you want a tea?"]
)
def test_two_whole_questions_either_side_of_a_dash_are_kept(text: str) -> None:
    """A finished question before the dash is not a false start: both are read."""
    from conversation.analysis._text import normalise

    assert normalise(text) == text.lower().replace("\u2014", ",")


@pytest.mark.parametrize(
    "text",
    [
        "right, I'll let you get on with your tea",
        "I'd better let you go, you look shattered",
        "there's no rush, take all the time you need",
        "we can go as slowly as you like, I'm not going anywhere",
        'stop me at any point if it gets too much',
        'shall we have a break and get a brew',
        "I don't know the answer to that, but I'll find out and let you know",
        "I'll check with the office and get back to you by Friday",
        "I'd like you to read the report before anyone else sees it",
        "It's entirely up to you, and whatever you go for, I'll support you with it.",
        "Some families get a sitter, some use the day centre, some lean on the neighbours, "
        "what sounds right for you?",
        'You could try the Monday group or the Thursday one, or neither. Which would you prefer?',
        "So the plan you've come up with is: you'll phone your sister on Fridays and your "
        "neighbour will help with the bins. Have I got that right?",
        "right so we've agreed you'll give the walking group a go and your son'll take you",
        'you want to go back to work, but the mornings are still really hard',
        "so you want to keep the dog, you want a ground floor flat, and you want to stay near "
        "your mum",
        'you want to make sure your brother is alright',
        "the nurse said you should have a stick, and you're not having it",
        "how has it been for you since you can't drive",
        "you're not a failure, you said, you're just worn out",
        "can you describe what a good morning looks like for you",
        "you want to go out, but when it comes to it you can't face it",
        "It sounds like you have done everything you can and you're still exhausted.",
    ],
)
def test_good_practice_that_looks_like_a_trap(text: str) -> None:
    """Courtesy and closings, honesty about process, help offered with the choice left to
    the person, options handed back, the person's own plan summarised back, their wishes
    reflected, their refusal, a fact, and a label they rejected are not traps."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("you want to get that knee looked at", Trap.EXPERT),
        ("you want to be careful with those stairs", Trap.EXPERT),
        ("It's your choice, but you should really take the tablets.", Trap.EXPERT),
        ("I've decided you'll be going to the day centre on Mondays, is that right?",
         Trap.POWER),
        ("You should get a cleaner or a carer, which sounds better?", Trap.EXPERT),
        ("The plan is you'll move to the home next month.", Trap.POWER),
        ("I'll ring the council and get you a grab rail.", Trap.PROBLEM_SOLVING),
        ("you need to face it, you can't manage", Trap.CONFRONTATIONAL),
        ("you're a bad mum, that's the truth", Trap.LABELLING),
        ("we're not having you living on your own", Trap.POWER),
    ],
)
def test_near_good_practice_still_warns(text: str, trap: Trap) -> None:
    """Advice beside a handed-back choice, a decision dressed as a plan, and the advice idiom
    "you want to get that looked at" are still named."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("the team will be reducing your visits to twice a week", Trap.POWER),
        ("we'll be putting a camera in the lounge, it's for your safety", Trap.POWER),
        ("the council will be moving you to the new flat in March", Trap.POWER),
        ("I've gone ahead and cancelled the lunch club for you", Trap.POWER),
        ("your respite is conditional on you seeing the nurse", Trap.POWER),
        ("that's not something we can allow in the flat", Trap.POWER),
        ("we've sort of decided she's going into the home", Trap.POWER),
        ("trust me, you'll feel loads better once you're out more", Trap.EXPERT),
        ("once you're settled in there you'll love it", Trap.EXPERT),
        ("what you want to be doing is getting out every morning", Trap.EXPERT),
        ("she's a very challenging young woman", Trap.LABELLING),
        ("he's quite high functioning so he'll manage", Trap.LABELLING),
        ("she's got dementia, so she won't know the difference", Trap.LABELLING),
        ("he's got serious anger issues, that lad", Trap.LABELLING),
    ],
)
def test_procedure_reassurance_and_record_labels(text: str, trap: Trap) -> None:
    """Power as team procedure ("we'll be putting...", "conditional on you"), expert advice as
    reassurance ("trust me, you'll..."), and labels from case records are named."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "we'll be thinking about this together, there's no rush",
        'what you want is for your mum to stay in her own home',
        'what would you want to be doing on a good morning?',
    ],
)
def test_procedure_and_wish_wording_that_is_clean(text: str) -> None:
    """Planning together, the person's wish, and a question about their day stay clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("you're really missing her, aren't you", Act.REFLECTION),
        ("you've been carrying all of it on your own, haven't you", Act.REFLECTION),
        ("The day centre is open Monday to Friday and there's a minibus. Would you like to know "
         "more?", Act.INFORMATION),
        ("I have to fill in a few forms today, is that alright", Act.INFORMATION),
        ("what about a sitter for a few hours", Act.CLOSED_QUESTION),
        ("Let me read back what I've got. You'd like to stay in the flat, see your grandson "
         "more, and get out to the shops. Anything you'd change?", Act.SUMMARY),
        ("let me just get this straight, mornings are fine, the evenings are lonely, and your "
         "neighbour pops in, yeah", Act.SUMMARY),
        ("She's a bit of a hoarder, isn't she?", Act.CLOSED_QUESTION),
    ],
)
def test_tags_offers_and_suggestions(text: str, act: Act) -> None:
    """A statement closed by a spoken tag is the statement; information closed by an offer is
    information; 'what about a...' suggests (closed); a read-back is a summary; a written tag
    question with its question mark stays a closed question."""
    assert analyse(text).act is act


@pytest.mark.parametrize(
    ("text", "overrides"),
    [
        ("Yes it's hard, but what you need is respite.", True),
        ("Yeah it's tough, but you need to think about the kids.", True),
        ("Yes, it's hard, but you've kept going.", False),
        ("Okay, that's hard, but what do you think would help?", False),
    ],
)
def test_a_hardship_granted_then_overridden_is_yes_but_by_the_rules(
        text: str, overrides: bool) -> None:
    """'Yes, it's hard' grants how things are; a "but" that goes on to what the person needs
    or must do overrides it, while one that goes on to their strength or their view does
    not. The exact rules read it alone, before any learned weight."""
    assert (Trap.YES_BUT in analyse(text, learned=False).traps) is overrides


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("no, love, your mum passed away years ago, remember?", Trap.CONFRONTATIONAL),
        ("do you realise how dangerous that is?", Trap.CONFRONTATIONAL),
        ("you know the drink is going to kill you", Trap.CONFRONTATIONAL),
        ("that's the fourth time I've had to remind you about the rent", Trap.CONFRONTATIONAL),
        ("well, after the way you spoke to the carer, what did you expect", Trap.CONFRONTATIONAL),
        ("you say it's fine but the fridge tells a different story", Trap.CONFRONTATIONAL),
        ("I hear you, it's just you've said that every week", Trap.YES_BUT),
        ("yeah, except you said the same last month", Trap.YES_BUT),
        ("I know it's hard, but so has everyone round here", Trap.YES_BUT),
        ("Would a key safe help with the carers getting in?", Trap.PROBLEM_SOLVING),
        ("Could one of those dosette boxes sort out the tablets?", Trap.PROBLEM_SOLVING),
        ("A befriender would solve the loneliness.", Trap.PROBLEM_SOLVING),
        ("you know what'd be handy, one of those pill alarms", Trap.PROBLEM_SOLVING),
    ],
)
def test_correcting_granting_and_fixing_families(text: str, trap: Trap) -> None:
    """Correcting the person's reality, shaming questions and a record of failings
    (confrontational); granting a point then 'it's just', 'except', 'so has everyone'
    (yes, but); a fix put as a question or promised as the answer (problem solving)."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "Would it help to talk through the mornings first?",
        "Do you remember when the visits started?",
        "no, it's fine, you carry on, I'll remember",
        "what do you think would help with the mornings?",
        "I know you've said that before, and it still matters",
    ],
)
def test_correcting_granting_and_fixing_near_misses(text: str) -> None:
    """Asking what would help, a memory question and an acknowledgement stay clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("A decision has been made to reduce your package to three calls a day.",
         Trap.POWER),
        ("The placement has been agreed and she will transfer on Friday.",
         Trap.POWER),
        ("Panel will want to see evidence that you've engaged before they agree anything.",
         Trap.POWER),
        ("he'll be going to the day centre whether he likes it or not",
         Trap.POWER),
        ("honestly, a care home is the safest place for you now",
         Trap.EXPERT),
        ("you'll feel miles better once you've got some help in",
         Trap.EXPERT),
        ("typical young carer, takes on too much",
         Trap.LABELLING),
        ("it's good you want to try, only it's not realistic",
         Trap.YES_BUT),
    ],
)
def test_passive_decisions_promises_and_category_labels(text: str, trap: Trap) -> None:
    """Decisions in the passive or by a panel, 'whether he likes it or not', a promise of how
    the person will feel, 'the safest place for you', a category label and 'only' as 'but'."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "It has been agreed with you that the carers will come at nine.",
        "What do you think the safest place for you is?",
        "You've said home is the best place for you, and that matters.",
        "what you want is a bit of peace and quiet, by the sound of it",
        "You said you'll feel better once the boiler's fixed.",
        "I know, and you're right, only you can decide that.",
        "that's typical of him, you said, he always goes quiet",
    ],
)
def test_agreed_asked_and_reported_stay_clean(text: str) -> None:
    """Agreed with the person, asked of them, their own view, and words they said are clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("I'd remind you that you agreed to the curfew.",
         Trap.CONFRONTATIONAL),
        ("with all due respect, you're not the one who has to clean it up",
         Trap.CONFRONTATIONAL),
        ("you've already told me that twice",
         Trap.CONFRONTATIONAL),
        ("don't tell me you've been taking them, the blister pack's full",
         Trap.CONFRONTATIONAL),
        ("The best thing for your dad now is a nursing home.",
         Trap.EXPERT),
        ("the flat's your only option, to be honest",
         Trap.EXPERT),
        ("The panel will decide whether the package continues.",
         Trap.POWER),
        ("all visits will need to be approved by the manager first",
         Trap.POWER),
        ("I'll ring round the agencies for you this afternoon",
         Trap.PROBLEM_SOLVING),
        ("you've got a point, but it's still not safe",
         Trap.YES_BUT),
        ("Thank you for explaining. Nevertheless, the rent has to be paid.",
         Trap.YES_BUT),
        ("Mr Ahmed is over-anxious about his wife's care.",
         Trap.LABELLING),
        ("that's what teenagers do, they push it",
         Trap.LABELLING),
    ],
)
def test_case_record_and_spoken_variants(text: str, trap: Trap) -> None:
    """Reminders and 'with respect' (confrontational), 'your only option' (expert), a panel or
    manager deciding (power), ringing round (problem solving), 'you've got a point, but' and
    'nevertheless' (yes, but), over-anxious and 'that's what teenagers do' (labelling)."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "What do you think your best option is?",
        "you've told me a lot about your mum, and it's clear how much she means to you",
        "What would you like me to remind you about before next time?",
        "Who will decide what happens with the house, as far as you know?",
    ],
)
def test_case_record_and_spoken_near_misses(text: str) -> None:
    """Asking the person's view or what they know stays clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    "text",
    [
        "Well, whose fault is that?",
        "What did you expect to happen?",
        "Be honest with yourself for once.",
        "Either you go to the group or we close the case.",
        "I won't tell you again.",
        "You promised you'd stop and you haven't.",
        "Are you even trying?",
        "You've let everyone down.",
        "You've had every chance.",
        "It's about time you faced up to it.",
        "do you know how much this is costing us",
    ],
)
def test_blame_ultimatums_and_reproach_are_confrontational(text: str) -> None:
    """Blame, ultimatums, broken promises thrown back and reproach are confrontational."""
    assert Trap.CONFRONTATIONAL in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "What did you expect from the meeting?",
        "Either you or your son could ring me, whichever suits.",
        "You've had every chance to tell me what matters, and I haven't always listened.",
        "I'm not going to argue with you, you know your own mind best, is that how it feels?",
    ],
)
def test_rolling_with_the_person_is_not_confrontational(text: str) -> None:
    """A real question about expectations, a choice of who rings, owning one's own part and
    declining to argue are clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    "text",
    [
        "Most people in your position go for the extra care flat.",
        "If you want my honest opinion, the home is the answer.",
        "mate, just stay away from that lot",
        "the way I see it, you've got no choice but to move",
        "you really want to be thinking about a care home now",
    ],
)
def test_norms_opinions_and_no_choice_are_expert(text: str) -> None:
    """What most people do, 'my honest opinion', a familiar 'just...', 'no choice but' and
    'you want to be thinking about' tell the person what to do."""
    assert Trap.EXPERT in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "Some people in your position find a cleaner helps, would you like to hear more?",
        "You feel you've got no choice but to move, and that's hard.",
        "You said there's no option but to sell the car.",
        "right love, just take your time",
    ],
)
def test_offered_experience_and_reflected_no_choice_are_clean(text: str) -> None:
    """Others' experience offered with permission, the person's own sense of no choice, and
    'just take your time' are clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    "text",
    [
        "What needs to happen next, and who's best placed to do it?",
        "I'm sorry, I'm going to have to cut us short today, can we pick up on Thursday?",
        "I'll be honest, I don't know if the panel will agree, but I'll put your case as "
        "strongly as I can",
        "I'll let you know what the OT says as soon as I hear",
        "You want to know what the panel decides, and so do I.",
    ],
)
def test_planning_and_honest_process_stay_clean(text: str) -> None:
    """An action-plan question (what, and who), ending early, advocacy and keeping the person
    informed are not traps."""
    assert analyse(text).traps == ()


def test_a_decision_made_elsewhere_is_still_power() -> None:
    """Keeping the person informed of a decision made without them is still power."""
    assert Trap.POWER in analyse("I'll let you know what we decide at the panel.").traps


@pytest.mark.parametrize(
    "text",
    [
        "I've got a few ideas, but I'd like to hear yours first",
        "She was tearful when talking about her late husband.",
        "Mr Jones was clear that he does not want to move.",
        "can I ring you tomorrow about the review or is another day better",
        "it's your life, your choice, and I'm here to help with whatever you decide",
    ],
)
def test_deferring_and_recording_the_persons_words_stay_clean(text: str) -> None:
    """Deferring to the person's ideas, a record of what they said and felt, and a choice of
    day are clean; words about talking are never evidence on their own."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("is the stairlift still playing up", True),
        ("the boiler's playing up again, isn't it", True),
        ("you're the one who keeps everyone going", True),
        ("the boy's always playing up", False),
        ("Is that your OCD playing up again?", False),
        ("you're the one who started all this", False),
    ],
)
def test_things_playing_up_and_praise_are_not_labels_or_blame(text: str, clean: bool) -> None:
    """A machine playing up is not a label and 'you're the one who keeps everyone going' is
    praise; a child or a diagnosis 'playing up' and 'you're the one who started it' are not."""
    assert (analyse(text).traps == ()) is clean


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("hi Dave, ur carers r changing to 9am from mon, thanks", Trap.POWER),
        ("we're not going to fund taxis any more", Trap.POWER),
        ("she can't go home, the team won't sign it off", Trap.POWER),
        ("the answer's a grab rail by the loo", Trap.PROBLEM_SOLVING),
        ("you just need a better routine at night", Trap.EXPERT),
    ],
)
def test_service_changes_and_ready_answers(text: str, trap: Trap) -> None:
    """Service changes announced (even by text), funding refused and sign-off withheld are
    power; a ready answer is a fix; 'you just need a better...' tells."""
    assert trap in analyse(text).traps


def test_felt_need_is_clean() -> None:
    """The person's own sense of need is clean."""
    assert analyse("you feel you need a proper break").traps == ()


def test_service_going_well_is_clean() -> None:
    """Visits going well, by the sound of it, decide nothing for the person."""
    assert analyse("your visits are going well by the sound of it").traps == ()


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("Your behaviour towards staff is unacceptable.", Trap.CONFRONTATIONAL),
        ("she's a right little terror", Trap.LABELLING),
        ("You have been warned about this before.", Trap.CONFRONTATIONAL),
        ("The records show you missed four appointments.", Trap.CONFRONTATIONAL),
        ("pack it in, you're upsetting your mum", Trap.CONFRONTATIONAL),
        ("nobody's going to help you if you carry on like that", Trap.CONFRONTATIONAL),
        ("You are not permitted to leave the unit without an escort.", Trap.POWER),
        ("Visiting will be restricted to weekends only.", Trap.POWER),
        ("It has been determined that you do not meet the eligibility criteria.", Trap.POWER),
    ],
)
def test_formal_record_warnings_and_restrictions(text: str, trap: Trap) -> None:
    """Formal reproach and the record held against the person are confrontational;
    restrictions and determinations made about them are power."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "You said you're not allowed to have your cat there, and that's hard.",
        "The notes say you were in hospital in May, is that right?",
        "you're kidding, that's brilliant news!",
    ],
)
def test_reported_rules_and_checked_records_are_clean(text: str) -> None:
    """A rule the person reports, a record checked with them, and delight are clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, if the late homework carries on, it's going to catch up with you.",
        "Skipping your tablets will come back to bite you.",
        "If you won't let the carers in, there's nothing more we can do.",
        "You won't get any better if you keep missing physio.",
        "You owe it to your kids to sort this out.",
        "There are people far worse off than you.",
        "Other carers cope with a lot more than this.",
        "It's not the end of the world.",
        "You've had more than enough chances.",
        "You've made your bed, so you'll have to lie in it.",
        "I've heard all your excuses before.",
    ],
)
def test_warnings_blame_moralising_and_minimising_are_confrontational(text: str) -> None:
    """A consequence held over the person, blame, moralising and 'other people cope' all
    tell the person they are wrong."""
    assert Trap.CONFRONTATIONAL in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "You've ended up being the parent in the house, really.",
        "You're basically the man of the house now.",
        "That's so typical of young carers.",
        "He's a heavy drinker, we all know that.",
        "You've got a bit of a gambling problem.",
        "She's one of our more chaotic families.",
        "You're a bit of a soft touch with him.",
        "You're an enabler, that's the trouble.",
    ],
)
def test_roles_categories_and_types_are_labels(text: str) -> None:
    """A role in the family, a category, a problem or a type pinned on the person labels."""
    assert Trap.LABELLING in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "You called yourself a rubbish dad just now.",
        "You're not a pushover, you're kind.",
        "Your dad said you're the man of the house now, and that felt like a lot.",
        "Sometimes you feel like the parent in the house.",
        "You're scared it's all going to catch up with you.",
        "If the shouting carries on, what do you think might happen?",
        "You feel you owe it to your mum to keep going.",
        "So it's not that bad at the moment.",
        "Lots of young carers tell me they feel the same; what's it like for you?",
        "No wonder you're exhausted, with everything you're carrying.",
        "He's got low blood pressure, so he gets dizzy.",
        "Part of you wants to stay, and part of you is tired of it.",
    ],
)
def test_near_misses_of_labels_and_confrontation_stay_clean(text: str) -> None:
    """The person's own label, a label rejected, reported words, a fear reflected, an honest
    question, and mixed feelings are clean."""
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    "text",
    [
        "If you carry on with the course, you'll get your qualification.",
        "If you don't want to, you won't have to.",
        "If you stick with the group, you'll make new friends there.",
        "If you go to the drop-in, you'll find it's quite relaxed.",
    ],
)
def test_a_good_consequence_is_not_a_warning(text: str) -> None:
    """An 'if you..., you'll...' that promises something good is encouragement, not a threat."""
    assert Trap.CONFRONTATIONAL not in analyse(text).traps


def test_a_bad_consequence_is_still_a_warning() -> None:
    assert Trap.CONFRONTATIONAL in analyse(
        "If you don't take your tablets, you'll be back in hospital."
    ).traps


@pytest.mark.parametrize(("text", "trap"), [
    ("What you want to do, honestly, is put the house on the market and get somewhere "
     "smaller.", Trap.EXPERT),
    ("You're one of our regulars, you know, so that's how it goes.", Trap.LABELLING),
    ("He's one of those hoarders, his neighbours say.", Trap.LABELLING),
])
def test_a_trap_the_models_are_sure_of_is_not_read_as_the_persons_view(text: str,
                                                                       trap: Trap) -> None:
    """Advice in the person's voice ("what you want to do is..."), a label after "you know"
    or passed on from others: the words look like a view voiced back, but the models, sure of
    the trap, have learned the difference."""
    assert trap in analyse(text).traps


@pytest.mark.parametrize("text", [
    "You want to know what the panel decides.",
    "So what you want is to stay in your own home.",
    "What you'd like to do is ring your sister yourself.",
])
def test_the_persons_own_wish_voiced_back_is_still_no_trap(text: str) -> None:
    assert analyse(text).traps == ()


@pytest.mark.parametrize(
    "text",
    [
        "I've had a chat with your daughter and we've agreed you'll go to the day centre.",
        "You can't go home until you've agreed to the care package.",
        "We've agreed your nephew will manage the money now, not you.",
    ],
)
def test_agreement_the_person_had_no_part_in_decides_for_them(text: str) -> None:
    assert Trap.POWER in analyse(text).traps


@pytest.mark.parametrize(
    "text",
    [
        "So we've agreed you'll try the lunch club on Friday and I'll ring them first.",
        "We'll only go ahead if you're happy.",
        "It's for you to decide.",
    ],
)
def test_a_plan_made_together_or_a_choice_left_with_the_person_is_no_power(text: str) -> None:
    assert Trap.POWER not in analyse(text).traps


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("The letter from the ward says you left before the doctor saw you, is that right?", None),
        ("The letter from the ward says you left before the doctor saw you.",
         Trap.CONFRONTATIONAL),
    ],
)
def test_a_record_checked_with_the_person_asks_for_their_account(
        text: str, trap: Trap | None) -> None:
    traps = analyse(text).traps
    assert (Trap.CONFRONTATIONAL in traps) is (trap is not None)


@pytest.mark.parametrize(
    ("text", "power"),
    [
        ("If you keep shouting at the carers, you won't be getting your afternoon visit.", True),
        ("If you carry on drinking like this you'll end up back in hospital.", False),
    ],
)
def test_a_sanction_imposed_decides_for_the_person_a_warned_risk_does_not(
        text: str, power: bool) -> None:
    traps = analyse(text).traps
    assert Trap.CONFRONTATIONAL in traps
    assert (Trap.POWER in traps) is power


def test_a_label_the_models_are_sure_of_is_warned_though_put_as_a_reflection() -> None:
    analysis = analyse("It sounds like you were a bit of a pushover with him.")
    assert Trap.LABELLING in analysis.traps
    assert analysis.act is Act.INFORMATION


def test_a_blaming_why_is_warned_inside_a_checklist_of_questions() -> None:
    traps = analyse("What happened at the bus stop, who was with you, and why didn't you ring "
                    "your mum?").traps
    assert Trap.QUESTION_AND_ANSWER in traps
    assert Trap.CONFRONTATIONAL in traps


@pytest.mark.parametrize(
    ("text", "power"),
    [
        ("I know you wanted to stay with your sister, but we've decided you're moving to the "
         "flat on Friday.", True),
        ("We'll keep the morning visits, as you wanted, but I'll check again in a month.",
         False),
    ],
)
def test_a_wish_acknowledged_then_overridden_is_deciding_for_the_person(
        text: str, power: bool) -> None:
    analysis = analyse(text)
    assert (Trap.POWER in analysis.traps) is power
    if power:
        evidence = next(w.evidence for w in analysis.warnings if w.trap is Trap.POWER)
        assert "decided" in evidence and "wanted" not in evidence


def test_agreement_made_with_someone_else_decides_for_the_person() -> None:
    analysis = analyse("We've agreed with your daughter's school that you'll start on reduced "
                       "hours.")
    assert Trap.POWER in analysis.traps


@pytest.mark.parametrize(
    "text",
    ["I'll ring the optician for you, like we said.",
     "I'll get on to the landlord about the boiler, as we discussed."],
)
def test_an_errand_the_two_of_you_talked_about_is_no_fix_imposed(text: str) -> None:
    traps = analyse(text).traps
    assert Trap.PROBLEM_SOLVING not in traps
    assert Trap.POWER not in traps


@pytest.mark.parametrize(
    ("text", "power"),
    [
        ("We've agreed you'll only use the kitchen when staff are in.", True),
        ("We've agreed as a team that you'll stay on the ward until Monday.", True),
        ("Right then, so we've agreed you'll try the Tuesday group, your sister will drive "
         "you, and I'll ring on Friday.", False),
        ("I'll let you go out on Saturday, but only if your room's tidy.", True),
        ("Right, I'll let you go, you look shattered.", False),
        ("I'll let you get on, then.", False),
    ],
)
def test_a_plan_read_back_is_not_a_decision_announced_as_agreed(text: str, power: bool) -> None:
    """One thing "we've agreed you'll" do, or leave given on a condition, decides for the
    person; a plan made together read back as who does what, or a goodbye, does not."""
    assert (Trap.POWER in analyse(text).traps) is power


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("right, full name, date of birth, next of kin, any allergies", Trap.QUESTION_AND_ANSWER),
        ("I do understand, and yet the care plan says two carers for the hoist.", Trap.YES_BUT),
    ],
)
def test_a_sure_reading_needs_only_a_looser_form(text: str, trap: Trap) -> None:
    """A checklist said as a list with no question mark; an acknowledgement overridden with
    "and yet"."""
    assert trap in analyse(text).traps


def test_a_rule_hit_on_the_last_words_stands_only_while_the_line_is_typed() -> None:
    """While typing, the words that would clear a rule's hit may be yet to come; a finished
    line is the models' to veto ("you can tell me if it's rubbish" asks for honesty)."""
    text = "Can I share an idea? You can tell me if it's rubbish."
    assert Trap.CONFRONTATIONAL in analyse(text, finished=False).traps
    assert not analyse(text).traps


@pytest.mark.parametrize(
    ("text", "power"),
    [
        ("We'll only go ahead if you're happy.", False),
        ("It's your choice, mate: do the group or lose the trip.", True),
        ("It's not up to you any more, the panel has decided.", True),
        ("Of course it's your call, but I've already told them yes.", True),
    ],
)
def test_a_choice_plainly_left_is_not_deciding_however_sure_the_models_are(
        text: str, power: bool) -> None:
    """A hand-back clears a decision the models read only when it is not denied, not turned
    with a "but" and not the tail of an ultimatum."""
    assert (Trap.POWER in analyse(text).traps) is power


@pytest.mark.parametrize(
    ("text", "expert"),
    [
        ("You want to be getting that knee looked at, love.", True),
        ("honestly you don't wanna be, like, leaving it till the last minute", True),
        ("So you want to be living on your own by next year.", False),
        ("What do you want to be doing this time next year?", False),
    ],
)
def test_the_spoken_you_want_to_be_doing_is_telling_a_wish_is_not(
        text: str, expert: bool) -> None:
    assert (Trap.EXPERT in analyse(text).traps) is expert


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("The forms are due Friday, so you'd best get them done tonight.", Trap.EXPERT),
        ("To be fair, you should be thankful the landlord's given you a second chance.",
         Trap.CONFRONTATIONAL),
        ("At your age you ought to know better.", Trap.CONFRONTATIONAL),
    ],
)
def test_telling_and_moralising_in_their_spoken_forms(text: str, trap: Trap) -> None:
    assert trap in analyse(text).traps
