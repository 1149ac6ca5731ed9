"""Label an utterance with its dialogue act: open or closed question, reflection, summary,
information or other.

Rules read the sentence openings that carry the act (wh-words and requests for open
questions, auxiliaries for closed ones, "it sounds like" and second-person restatements for
reflections, gathering and checking phrases for summaries, permission to give or get
information), so they hold for phrasings not seen before.

Transcribed speech often has no question marks, so a question is also heard from where it
starts: after fillers and a lead-in clause ("you mentioned respite, what would a break look
like"), with its auxiliary dropped ("you managing okay with the stairs"), or from a tag
("so you're in year ten now yeah"). ``question_onsets`` finds each place a question starts
in running speech, which the question-and-answer trap counts too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conversation.analysis._text import Sentence, word_count
from conversation.model import Act

_LEAD = re.compile(
    r"^(?:(?:(?:can|could|may) i (?:just )?ask(?=[,:])|mm-?hm+|uh-?huh|mm-?mm|so|and|but|ok|"
    r"okay|right|well|now|just|um+|erm+|er|uh+|mm+|hmm+|yeah|yes|oh|ah|like(?= (?:is|are|do|"
    r"does|did|have|has|can|could|would|what|how|when|where|who|why|you|it's|i|we|he|she))|"
    r"i mean|you know(?=,| you| i | it| that's| he| she| they| we)|"
    r"alright|all right|sure|then|also|actually|look|listen|great|lovely|mhm|cool|fine|"
    r"good)\b[,.]?\s*)+"
)
_CHECK_TAG = re.compile(
    r"(?:^|,\s*|\s)(?:is that (?:right|correct|fair|true|it|ok|okay|about right|how it (?:feels|"
    r"is|seems))|(?:have|did) i (?:got|get|understood|understand) (?:that|it|this|you)(?: "
    r"right| correctly)?|am i (?:right|close|getting (?:that|it) right)|does that (?:sound|seem)"
    r" (?:right|fair|about right|accurate)|have i missed (?:anything|something)|did i miss "
    r"(?:anything|something)|is there anything i(?:'ve| have)? (?:missed|left out|got wrong)|"
    r"anything i(?:'ve)? missed|right|yeah|yes|no|ok|okay|eh|innit|isn't it|don't you|"
    r"is it|does it|did it|do you|aren't you|haven't you)\s*\??$"
)
_SUMMARY_CHECK = re.compile(
    r"\b(?:(?:have|did) i (?:got|get|understood) (?:that|it|this|everything|all that)|"
    r"have i missed|did i miss|anything i(?:'ve| have)? (?:missed|left out)|"
    r"is there anything (?:else )?i(?:'ve| have)? (?:missed|left out|got wrong))\b"
)
_SUMMARY = re.compile(
    r"\b(?:let me (?:just )?read (?:that|it|this) back|let me (?:just )?read back|let me (?:just )?"
    r"get (?:this|that|it) straight|from what you've (?:said|told me)\b[^.?!]*,[^.?!]*\band\b|"
    r"(?:we've|we have) got (?:two|three|four|a few) (?:things|bits|worries)|"
    r"(?:can|could|may) i (?:just )?(?:sum up|"
    r"summarise|summarize|recap|pull (?:that|"
    r"this|it) together)|so far (?:we've|we have|you've|you have|today)|"
    r"let me (?:just )?(?:recap|sum|summarise|"
    r"summarize|check (?:i've|i have|that i've|that i have|i understand|i've understood)|"
    r"see if i(?:'ve| have) (?:got|understood)|make sure i(?:'ve| have)|check,|check:|check i |"
    r"check that i |check if i |go over|go back over)|(?:can|could|may) i (?:just )?check "
    r"(?:i've|i have|that i've|that i have|i) (?:understood|got)|(?:going|go) back over|(?:pull|"
    r"bring|draw|"
    r"put|tie)(?:ing)? (?:\w+ ){0,3}"
    r"together|to (?:sum up|recap|"
    r"summarise|summarize|pull (?:that|this|it|things|everything) together|bring (?:that|this|it|"
    r"things|everything) together)|(?:just )?to (?:check|make sure) i(?:'ve| have) (?:got|"
    r"understood)|if i(?:'ve| have) (?:understood|got (?:this|that|it|you) right)|"
    r"(?:what|the things) i(?:'ve| have) heard (?:so far|today|you say)|"
    r"(?:we've|we have) (?:talked|spoken|covered|discussed|been talking) about|"
    r"putting (?:that|it|this|all that|it all) together|in summary|overall,? (?:you|it sounds)|"
    r"overall,? [^.?!,]+,[^.?!]*\band\b|"
    r"(?:the|three|two|four|a few|some) (?:main |key |big |important )?(?:things|points|bits|"
    r"areas|themes) (?:you've|you have|that you've|i've heard|i heard|that stand out|that seem|"
    r"are|were)|you've told me (?:a lot|several|a few|about a few)|"
    r"(?:you've|you have) (?:told me|talked|spoken|mentioned) (?:about )?[^.?!]*,[^.?!]*\band\b|"
    r"let's (?:recap|sum up|summarise|pull (?:that|this|it) together)|"
    r"(?:so,? )?just to (?:check|recap|be sure)\b[^.?!]*(?:,|:)[^.?!]*\band\b|"
    r"(?:three|two|four|five|a few|some) (?:main |big |key )?(?:worries|things|concerns|"
    r"points|areas|priorities|hopes)(?::| that| you| are|,? then,)|(?:they're|those are|these are|"
    r"that's) the (?:big|main|key|important|biggest) (?:things|bits|points|worries)|"
    r"(?:before we (?:finish|stop|end|move on)|as we finish),? (?:let me|i'd like to|can i) "
    r"(?:check|recap|sum|go back))"
)
_PERMISSION = re.compile(
    r"^(?:would you like (?:me to (?:tell|explain|share|give|send|go through|talk you through|"
    r"show|find out|look into|print|email|post|write)|some (?:information|info|details|leaflets?)|"
    r"to (?:know|hear|find out) (?:more |a bit |a little )*(?:about|what|how|when|where|who|"
    r"whether|if)|"
    r"(?:a |any |more )?(?:information|info|details|leaflets?|a leaflet|the number|the details))|"
    r"would it (?:help|be (?:ok|okay|alright|all right|useful|helpful)) (?:if i|for me to|to "
    r"hear|to know)|(?:is it|would it be|is that) (?:ok|okay|alright|all right|fine) "
    r"(?:if i|for me to|with you if i)|(?:can|could|may|might) i (?:tell|share|give|explain|"
    r"mention|offer|suggest|add|pass on|just take|just get|just have|just check|just ask|"
    r"ask you (?:for|about|a few|some|a couple|to|a quick|"
    r"a question|something)|ask (?:a few|some|a couple|a quick|a question|something|for|about "
    r"your)|just check|take|get|have your|grab|see your|read|go through|come back|run|note|"
    r"write|record|make a note|put)|(?:do|would) you mind if i|"
    r"i(?:'d| would) (?:like|love|need) to (?:share|tell you|explain|give you|ask you (?:for|a "
    r"few|some|a couple|about)|go through|let you know|check|take|record|note|confirm|pass on)|"
    r"i need to (?:ask you|take|check|get|record|let you know|tell you|explain|confirm|go "
    r"through|make sure|write|note)|(?:are|would) you (?:interested|happy) (?:in|for me to|to "
    r"hear|to have|if i)|shall i (?:tell|explain|send|go through|give|leave|write|share|print|"
    r"email|post))"
)
_GREETING = re.compile(
    r"^(?:hi|hello|hiya|hey|good (?:morning|afternoon|evening|to see you)|morning|afternoon|"
    r"evening|welcome|nice to (?:meet|see)|lovely to (?:meet|see)|pleased to meet|"
    r"thank you for|thanks for|thanks (?:very|so) much|thank you (?:very|so) much|"
    r"mm+-?hm+|uh-?huh|oh,? bless|bless (?:him|her|them|you)|have a (?:good|nice|lovely|great|"
    r"safe) \w+|well done|good for you|(?:that's|what) (?:great|brilliant|lovely|wonderful|"
    r"fantastic|good) news|congratulations|happy birthday|sorry\b|goodness|gosh|oh dear|"
    r"oh no|dear me|do (?:sit|come in|take a seat|have a seat)|(?:ooh,? )?that (?:smells|"
    r"looks) (?:nice|lovely|delicious|great|good)|"
    r"how was (?:the|your) "
    r"(?:journey|trip|drive|weekend|holiday|christmas|birthday|break)|"
    r"great to (?:meet|see)|how are you(?: (?:doing|today|keeping|getting on))?\s*\??$|"
    r"how's (?:it going|your day|things)\s*\??$|thanks|thank you|cheers|bye|goodbye|see you|"
    r"take care|take your time|no rush|no hurry|no problem|no worries|that's (?:ok|okay|fine|"
    r"alright|no problem)|don't worry about (?:it|that)|sorry (?:i'm|i am|to keep|for|about "
    r"that|to interrupt)|excuse me|bless you|mm+|mhm|uh-huh|uh huh|hmm+|ok|okay|right|i see|"
    r"yeah|yes|sure|go on|carry on|lovely|great|brilliant|wonderful|oh|ah|wow|really|fair "
    r"enough|got it|of course|shall we (?:start|begin|get started|stop|finish|leave it|call it|"
    r"take a break|have a break|wrap up)|(?:can|could) you (?:just )?(?:hang on|bear with me|"
    r"give me a (?:sec|second|minute|moment))|bear with me|hang on|one (?:sec|second|moment)|"
    r"(?:anyway,? )?(?:um,? )?where (?:was i|were we)|let's (?:get started|start|"
    r"begin|make a start)|(?:would you like|can i get you|do you want) a (?:cup of )?(?:tea|"
    r"coffee|drink|glass of water)|(?:it's|what) (?:a )?(?:lovely|nice|horrible|awful|cold|hot|"
    r"wet|miserable|beautiful) (?:day|weather|morning|afternoon))\b"
)
_OPEN = re.compile(
    r"^(?:what|what's|whats|what're|what've|what'd|how|how's|how'd|how're|why|why's|where|"
    r"where's|when|when's|who|who's|whom|whose|which|in what (?:way|ways)|"
    r"tell me|talk me through|walk me through|take me through|describe|explain|say (?:a bit |a "
    r"little )?more|help me understand|share|give me (?:an|some) (?:idea|example|sense)|"
    r"i(?:'d| would) (?:like|love|be interested|really like) to (?:hear|know|understand|learn)|"
    r"i(?:'m| am) (?:curious|interested|wondering) (?:about|what|how|why|where|who|when|to)|"
    r"i wonder (?:what|how|why|who|where|when)|i(?:'d| would) be interested (?:to|in)|"
    r"(?:could|can|would|will) you (?:please |just )?(?:tell|talk|say (?:a bit |a little )?"
    r"more|say something|describe|walk|explain|"
    r"help me understand|give me (?:an|some)|share|paint|take me|remember (?:a time|when|"
    r"what|how)|think of (?:a time|anything|something|what|who|how)|recall|imagine)|"
    r"(?:would|do|will) you (?:like|want|mind|be happy|be able) (?:to )?(?:tell|say|"
    r"describe|share|telling|saying|describing|sharing|explain|explaining|walk|talk me)|"
    r"are you (?:able|happy|ok|okay) (?:to )?(?:tell|talk|say|describe|share)|"
    r"(?:is there )?anything else|what else|and what else|say more|go on,? tell|"
    r"on a scale (?:of|from))\b"
)
_PSEUDO_CLEFT = re.compile(
    r"^what (?:you|i|we|they|he|she|it)(?:'re|'m|'ve|'d|'ll| are| am| have| would| will)? "
    r"(?:\w+ ){0,4}"
    r"(?:is|are|was|were)\b|^what(?:'s| is) (?:going to|gonna) happen (?:is|now is)\b|"
    r"^what(?:'s| is| isn't| is not| was| wasn't)? (?:not |really |actually )?\w+ing (?:is|are|"
    r"was|were)\b|^what (?:matters|helps|worries|works|counts|concerns|bothers|stands out) "
    r"(?:\w+ ){0,3}(?:is|are|was|were)\b|"
    r"^what (?:would|will|'ll|might|could) (?:\w+ ){0,2}(?:help|work|do) (?:you )?"
    r"(?:is|are)\b|^what i(?:'m| am) hearing|^what i hear|^what you're saying|^what you said"
)
_OPEN_IS_CLOSED = re.compile(
    r"^(?:(?:could|can|would|will) you (?:please )?tell me (?:if|whether|yes or no)|"
    r"tell me (?:if|whether)|how (?:many|much|old|often|long)\b.*\bor\b)"
)
_CLOSED = re.compile(
    r"^(?:do|does|did|don't|doesn't|didn't|are|aren't|is|isn't|was|wasn't|were|weren't|have|"
    r"haven't|has|hasn't|had|hadn't|can|can't|could|couldn't|would|wouldn't|will|won't|shall|"
    r"should|shouldn't|may|might|must|am|any|anyone|anybody|ever|got|you got|you ok|you okay|"
    r"all ok|all okay|everything ok|everything okay|fancy|want|need|happy|ok|okay)\b"
)
_REFLECTION = re.compile(
    r"^(?:(?:it|that|this|which) (?:really |must |must have |might |may )?(?:sounds?|seems?|"
    r"feels?|looks?|must (?:be|have been|feel)|can't be|has been|'s been|is|was) (?:like|as if|"
    r"as though|really|very|so|quite|pretty|hard|difficult|tough|awful|frightening|scary|lonely|"
    r"exhausting|upsetting|important|a lot|a big|a real|like|a rough|a tough|a hard|a long|"
    r"rough|a difficult|a worrying|confusing|painful|stressful|unsettling|draining|tiring|"
    r"horrible|awful|grim|busy|a shock|a blow)|(?:that|it) (?:took|takes|must have taken) "
    r"(?:a lot of |real |some )?(?:courage|guts|strength|doing)|sounds? (?:like|as if|really|hard|"
    r"as though)|seems? (?:like|as if|as though)|"
    r"(?:so )?you(?:'re| are|'ve| have|'d| had| were| was|'ll| will| feel| felt| want| wanted| "
    r"don't| didn't| can't| couldn't| never| really| just| still| also| sound| seem| miss| love|"
    r" like| enjoy| hate| wish| hope| worry| think| thought| find| found| know| said| told| "
    r"mentioned| care| value| need| used| get| got| keep| took| went| lost| prefer| would| "
    r"sometimes| often| kind of| both| do)\b|"
    r"your (?:\w+ )?(?:is|are|was|were|has|have|matters?|means?|seems?|sounds?)\b|"
    r"(?:there's|there is) (?:a )?part of you|(?:there's|there is) (?:a lot|so much|loads) "
    r"(?:going on|on your plate|to deal with|to think about)|part of you|on the one hand|"
    r"i (?:hear|can hear|'m hearing|am hearing|get the sense|sense|can see|notice|noticed|"
    r"get the feeling|get the impression|can tell(?! you))|what i(?:'m| am) hearing|"
    r"(?:he|she|they|family|home|independence|\w+) (?:really )?(?:matters?|means?) (?:a lot |so "
    r"much |everything )?to you|(?:it's|it has|it's been|that's|this has|this is|that was|"
    r"things have) (?:been )?(?:really |very |so |quite |a )?(?:hard|difficult|tough|a "
    r"struggle|rough|confusing|painful|stressful|unsettling|draining|tiring|horrible|awful|grim|"
    r"busy|a shock|a blow|a lot|lonely|frightening|scary|exhausting|upsetting|worrying|a worry|"
    r"important to you|a big|a real|stressful|overwhelming)|for you,|to you,|"
    r"(?:(?:a )?(?:real |big )?)(?:mix|mixture) of|(?:being|staying|keeping|getting|having|"
    r"feeling|looking) \w+(?: \w+)? (?:is|really is|matters|means) )"
)
_INFO_YOU = re.compile(
    r"^(?:so )?you(?:'re| are) (?:entitled|eligible|welcome)|^(?:so )?you (?:can|could|may|might)"
    r" (?:get|apply|call|ring|phone|use|have|claim|ask|contact|go|come|find|book|see|email|text|"
    r"also|still|choose|bring|change|cancel|stop|access|be eligible|be entitled|self-refer|"
    r"refer|decide|change your mind|take)|^you (?:don't|do not|won't) (?:have|need) to\b|"
    r"^(?:it's|it is) (?:completely |entirely |totally |really |all )?(?:up to you|"
    r"down to you|your "
    r"(?:choice|decision|call))|^(?:just )?so you know\b|^you(?:'re| are) in charge\b|"
    r"^(?:it's|that's) your call\b|^(?:it's|that's) (?:for you|up to you) to decide\b|"
    r"^for your information\b|"
    r"^you(?:'ll| will) (?:need|get|receive|be able|have|be sent|find|hear|be asked|"
    r"be contacted|see)|^you(?:'re| are) (?:going to get|due|booked|on the list)"
)
_QUESTION_LIKE_REFLECTION = re.compile(r"^(?:i wonder if|i'm wondering if|i wonder whether)")


_PERMISSION_ANYWHERE = re.compile(
    r"\b(?:would you like me to|do you want me to|is it (?:ok|okay|alright|all right) (?:with "
    r"you )?if i|do you mind if i|would you mind if i|(?:can|could|may) i (?:ask you (?:for|"
    r"about|a few|some|a couple)|share|tell you|explain|give you|offer)|i need to ask you|"
    r"i(?:'ve| have)(?: got)? to ask you|would it (?:help|be helpful|be useful|be ok|be okay) "
    r"if i|(?:are|would) you (?:be )?(?:ok|okay|alright|all right|happy|comfortable) (?:for me "
    r"to|if i|with me))\b(?! (?:what|how|why|who|where|when)\b)"
)
_TAIL_OPEN = re.compile(r"[,;:]\s*(?:and |so |then )?(?:what|how|why|where|when|who|which|tell "
                        r"me)\b[^,;:]*\?$")

# Question onsets in running speech, where the question marks are often missing.
_SUBJECT = (
    r"(?:you|he|she|they|it|we|i|there|that|this|anyone|anybody|someone|mum|dad|your \w+|the "
    r"\w+|his \w+|her \w+|their \w+|[a-z]+'s \w+)"
)
_AUX = (
    r"(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|shall|may|might)"
)
_ONSET = re.compile(
    r"\b(?:(?P<wh>(?:what|how|where|when|who|why|which)(?:(?:'s|'re|'d|'ve)\b|(?: (?!(?:you|"
    r"he|she|they|i|we)\b)\w+){0,4} " + _AUX + r"(?:n't)? " + _SUBJECT + r"\b|(?: " + _AUX +
    r"(?:n't)?)? (?:about|else) ))|(?P<aux>" + _AUX + r"(?:n't)? " + _SUBJECT + r"\b)|"
    r"(?P<any>any (?:\w+ )?(?:thoughts|problems|worries|pain|alcohol|drugs|drink|family|"
    r"friends|help|visitors|falls|trouble|medication|tablets|money|debts|pets|children|"
    r"concerns|support|carers)\b)|(?P<bare>(?:what|how|where|when|who|why)\b(?= \w|\s*\?)))"
)
_EMBEDDING = re.compile(
    r"(?:\b(?:if|whether|wonder|wondering|know|ask|asked|asking|sure|tell|told|understand|"
    r"about|that|think|remember|see|out|what|how|where|when|who|why|which|whatever|than|as|"
    r"because|cos|so|to|say|said|me|and i|like|mean|imagine|explain|decide|matter|care|"
    r"check|find|from|of|is|are|was|or|not|just)|[a-z]+ly|\b(?:tell|ask|show|explain|"
    r"know|knows|remind|teach|decide|work out|find out|figure out) (?:\w+ ){0,2})\s*$"
)
_CLAUSE_JOIN = re.compile(
    r"(?:^|[,;:]|\b(?:and|but|then|also|plus|um+|erm+|er|uh|ok|okay|right|so|now|well)"
    r")\s*$"
)
_DROPPED_AUX = re.compile(
    r"^(?:you|he|she|they|your \w+|mum|dad)(?: still| ever| all| both| now| already)? "
    r"(?:(?!thing|something|anything|nothing|everything|morning|evening|during|bring|sing)"
    r"\w+ing|been|got any|had any|seen|heard from|ok|okay|alright|all right)\b"
)
_ANY_ONSET = re.compile(
    r"^any (?:\w+ )?(?:pain|problems?|worries|alcohol|drugs|drink|family|friends|help|visitors|"
    r"falls|trouble|medication|tablets|debts?|pets|children|concerns|support|carers|news|luck|"
    r"change|improvement|side effects|thoughts)\b"
)
_BARE_TAG_END = re.compile(
    r"\s(?:yeah|is it|isn't it|isn't (?:he|she)|is (?:he|she)|aren't you|haven't you|"
    r"don't you|didn't you|weren't you|eh|(?:wasn't|was) it)(?:,? (?:then|though|bless "
    r"(?:him|her)))?\s*[.!]*$"
)
_TAG_END = re.compile(
    r",\s*(?:yeah|(?:is|are|was|were|do|does|did|have|has|had|can|will|would)(?:n't)? "
    r"(?:it|you|he|she|they|there|we)|eh)(?:,? (?:then|though|bless (?:him|her)|by the sound "
    r"of it))?\s*[.!]*$"
)


_MID_SUBJECT = re.compile(
    r"^\w+(?:n't)? (?:you|he|she|they|we|i|there|anyone|anybody|someone|somebody) "
    r"(?!know what i\b)\w"
)
_CHECK_END = re.compile(
    r"^(?:are you (?:ok|okay|happy|alright|all right) with (?:that|this|it)|anything else|"
    r"anything (?:i've|i have|we've|we have) (?:left out|missed|got wrong|forgotten)|"
    r"(?:does|did) (?:that|this|it) (?:match|fit|sound|seem|feel|cover)|how does (?:that|this) "
    r"(?:sound|seem|feel)|"
    r"(?:does that |that )?sounds? (?:ok|okay|right|fair|about right|good)|"
    r"(?:is|does|did|do|have|has|was|am|are) (?:that|this|it|i) (?:\w+ ){0,4}"
    r"(?:right|fair|correct|it|okay|ok|sound\w*|accurate|missed|miss|summary|about right|"
    r"agree|say|close|with you|the gist|covered|anything)|(?:do|would|did) you (?:think|"
    r"reckon|suppose|agree|feel)|(?:have|did) i (?:got|get|missed|miss|understood|left)\b)"
    r"[^,;:]*$"
)


@lru_cache(maxsize=64)
def question_onsets(text: str) -> tuple[tuple[int, str, str], ...]:
    """The places in a sentence where a question starts: (position, kind, joining words).

    Kind is ``wh`` (an open wh-question), ``aux`` (an inverted auxiliary: a closed
    question) or ``any`` ("any pain", "any family nearby"). An onset counts at the start, after
    a comma or "and", or in the middle of run-on speech after a content word; not where it
    is embedded ("I wonder if you...", "what do you think") or an alternative ("...or would
    you rather").
    """
    body = strip_lead(text)
    offset = len(text) - len(body)
    found: list[tuple[int, str, str]] = []
    for match in _ONSET.finditer(body):
        kind = match.lastgroup or "aux"
        before = body[: match.start()]
        if kind == "bare":
            if _PSEUDO_CLEFT.match(body[match.start():]) or (
                    match.start() > 0 and _CLAUSE_JOIN.search(before[-24:]) is None) or \
                    _SUBORDINATE_WH.match(body, match.start()):
                continue
            kind = "wh"
        tail = before[-24:]
        if match.start() == 0:
            found.append((offset, kind, ""))
            continue
        if re.search(r"\bor\s*$|\bor (?:\w+ )?$", tail):
            continue
        rest = body[match.start():]
        if kind == "aux" and _CHECK_END.match(rest):
            continue
        joined = _CLAUSE_JOIN.search(tail)
        if joined is not None and joined.group().strip() not in ("so",):
            if kind == "aux" and re.match(r"^\w+(?:n't)? (?:it|that|this)\s*[.!?]*$", rest):
                continue
            found.append((offset + match.start(), kind, joined.group().strip()))
            continue
        if kind == "any" and not any(k == "any" for _p, k, _j in found):
            continue
        if _EMBEDDING.search(tail) or re.search(
            r"\b(?:you|i|we|they|he|she|it|there|who|which|still|also|really|ever|never|always|"
            r"even|only|anyone|someone|people|what's|that's|it's|here's)\s*$", tail
        ):
            continue
        if kind == "aux" and not _MID_SUBJECT.match(rest):
            continue
        if kind == "aux" and re.match(r"^(?:is|are|was|were)\b", rest) and re.search(
            r"\b(?:what|that's|thing|plan|problem|point|idea|trouble|view|worry|fear|truth|"
            r"reality|fact)\b", before.rsplit(",", 1)[-1]
        ):
            continue
        found.append((offset + match.start(), kind, ""))
    return tuple(found)


_SUBORDINATE_WH = re.compile(
    r"(?:when|where|how|what|who)(?:ever)? (?:you|he|she|they|we|i|it|the|your|his|her|their|"
    r"people|someone|things)(?:'re|'s|'ve|'m|'d|'ll)? (?!do\b|does\b|did\b|is\b|are\b|was\b|"
    r"were\b|have\b|has\b|can\b|could\b|would\b|will\b)\w+"
)
"""A wh-word opening a clause that is not itself a question ("when you get home, ...")."""
_LEAD_IN_CLAUSE = re.compile(
    r"^(?:if|when|once|after|before|now that|given that|say|suppose|supposing|imagine|thinking "
    r"about|looking back|looking ahead|in an ideal world)\b"
)
"""A clause that sets up the question to follow ("if you decided to cut down, how...")."""


@lru_cache(maxsize=64)
def run_on_question(text: str) -> Act | None:
    """The kind of question an unpunctuated sentence of speech asks, or None: a question
    after a lead-in clause ("you mentioned respite, what would a break look like"), a
    question with its auxiliary dropped ("you managing okay with the stairs") or a tag
    ("so you're in year ten now yeah")."""
    body = strip_lead(text).rstrip(" .!")
    if not body:
        return None
    if _DROPPED_AUX.match(body) and not re.match(r"^you (?:ok|okay|alright|all right)\b.*\bthen\b",
                                                  body):
        return Act.CLOSED_QUESTION
    tail = re.split(r"[,;:]", body)[-1].strip()
    if "," in body and (_SUMMARY_CHECK.search(tail) or _CHECK_END.match(strip_lead(tail))):
        return None
    if _ANY_ONSET.match(body) and len(body.split()) <= 6:
        return Act.CLOSED_QUESTION
    onsets = question_onsets(body)
    clause_onsets = [o for o in onsets if o[2] or (
        o[0] > 0 and _LEAD_IN_CLAUSE.match(body))]
    if clause_onsets:
        kind = clause_onsets[-1][1]
        last = strip_lead(body[clause_onsets[-1][0]:])
        if _PERMISSION.match(last) or _PSEUDO_CLEFT.match(last):
            return None
        if kind == "wh" or _OPEN.match(last):
            return Act.OPEN_QUESTION
        if kind == "aux" and len(last.split()) >= 3:
            return Act.CLOSED_QUESTION
    if len(body.split()) >= 4 and (_TAG_END.search(body) or _BARE_TAG_END.search(body)) \
            and not re.search(r"\b(?:you know|i mean)\s*$", body):
        return Act.CLOSED_QUESTION
    return None


_REFLECTION_LEAD = re.compile(
    r"^(?:it|that|this) (?:really |must |might )?(?:sounds?|seems?|feels?|looks?)\b|"
    r"^sounds?\b|^i (?:hear|sense|get the|can see|notice|wonder if|'m wondering if)|"
    r"^(?:let me|just to|to sum|so far|what i(?:'m| am) hearing|what i hear)"
)


@lru_cache(maxsize=2048)
def strip_lead(text: str) -> str:
    """The text without leading fillers and discourse markers (so, okay, um, well...)."""
    return _LEAD.sub("", text, count=1).lstrip(" ,")


_DECLARATIVE_TAG = re.compile(
    r",\s*(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should)n't (?:it|you|"
    r"he|she|they|we|there)(?:,? (?:then|though|let's be fair|love|pet|eh|really|surely|"
    r"bless (?:him|her)))?\s*[?.!]*$|,\s*(?:is|are|was|were|does|did|can|could|will|would|"
    r"has|have) (?:it|you|he|she|they|we|there)(?:,? (?:then|though|love|pet|eh|really|surely|"
    r"let's be fair))?\s*[?.!]*$"
)
"""A statement closed by a tag ("you're being a bit hard on yourself, aren't you"): the
statement is the act, the tag only checks it."""
_ASKING_START = re.compile(
    r"^(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|shall|may|"
    r"might|what|how|why|where|when|who|which|whose|any|anything|anyone)\b"
)
_SUGGESTION = re.compile(
    r"^what about (?:a |an |some |one of |getting |trying |going |asking |having |"
    r"joining |using |ringing |calling |putting )"
)
"""A suggestion put as a question ("what about a cleaner"): a closed question."""


def _question_kind(sentence: Sentence) -> Act | None:
    """OPEN_QUESTION or CLOSED_QUESTION when the sentence asks something, else None."""
    return _question_kind_of(sentence.text)


@lru_cache(maxsize=512)
def _question_kind_of(text: str) -> Act | None:
    sentence = Sentence(0, len(text), text)
    body = strip_lead(sentence.text)
    if not body:
        return None
    if _PERMISSION.match(body):
        return Act.INFORMATION
    if not sentence.is_question_mark and _DECLARATIVE_TAG.search(body) and \
            not _ASKING_START.match(body):
        return None
    if _SUGGESTION.match(body) and len(question_onsets(body)) <= 1:
        return Act.CLOSED_QUESTION
    if _OPEN_IS_CLOSED.match(body):
        return Act.CLOSED_QUESTION
    if _PSEUDO_CLEFT.match(body) and not sentence.is_question_mark:
        return None
    if _OPEN.match(body):
        if not sentence.is_question_mark and _SUBORDINATE_WH.match(body):
            return run_on_question(body)
        if sentence.is_question_mark or not body.startswith(("how ", "what ", "why ", "which ")):
            return Act.OPEN_QUESTION
        if re.match(r"^(?:what|how) (?:a |an )?(?:lovely|nice|awful|shame|great|hard|"
                    r"difficult|horrible|wonderful|brilliant|good|terrible|sad|scary)", body):
            return None
        return Act.OPEN_QUESTION
    if _CLOSED.match(body):
        if not sentence.is_question_mark and _ANY_ONSET.match(body) and len(body.split()) <= 6:
            return Act.CLOSED_QUESTION
        if not sentence.is_question_mark and re.match(
            r"^(?:ok|okay|want|need|happy|got|you|all|everything|fancy|any|ever)\b", body
        ):
            return None
        if not sentence.is_question_mark and not re.match(
            r"^\w+(?:n't)? (?:you|i|we|they|he|she|it|there|anyone|anybody|that|this|your|my|his|"
            r"her|their|the|a|mum|dad)\b", body
        ):
            return None
        if re.search(r"\bor (?:not|something|anything|what)\b", body):
            return Act.CLOSED_QUESTION
        return Act.CLOSED_QUESTION
    if sentence.is_question_mark:
        if _TAIL_OPEN.search(body):
            return Act.OPEN_QUESTION
        tail = body.rsplit(",", 1)[-1].strip()
        if "," in body and _CHECK_TAG.match(tail):
            return None
        return Act.CLOSED_QUESTION
    if _REFLECTION_LEAD.match(body):
        return None
    return run_on_question(body)


def is_check_tag(sentence: Sentence) -> bool:
    """True for a bare check such as "Is that right?" or "Have I got that right?"."""
    return bool(_CHECK_TAG.match(strip_lead(sentence.text)))


_INTERJECTION = re.compile(
    r"^(?:seriously|really|honestly|sorry|pardon|eh|huh|what|you what|oh|right|ok|okay|yeah|"
    r"yes|no|and|so)\s*[?!.]*$"
)
"""A one-word question that only reacts ("Seriously?"), not a question to answer."""


def question_sentences(sentences: list[Sentence]) -> list[tuple[Sentence, Act]]:
    """The sentences that ask a question (not a bare check or a permission), with their kind."""
    found: list[tuple[Sentence, Act]] = []
    for sentence in sentences:
        if is_check_tag(sentence):
            continue
        kind = _question_kind(sentence)
        if kind in (Act.OPEN_QUESTION, Act.CLOSED_QUESTION):
            body = strip_lead(sentence.text)
            if _GREETING.match(body) and word_count(body) <= 6:
                continue
            if _INTERJECTION.match(body):
                continue
            assert kind is not None
            found.append((sentence, kind))
    return found


_SMALL_TALK = re.compile(
    r"^(?:what (?:a|an) (?:lovely|nice|beautiful|gorgeous|cute|great|amazing|fantastic) "
    r"\w+|(?:nice|lovely|great|cool|beautiful) \w+(?: today| you've got)?)[.!]*$"
)
_WE_WILL = re.compile(r"\b(?:we|i)(?:'ll| will| can| won't| will not| shall)\b")
_FIRST_PERSON_OR_SERVICE = re.compile(
    r"^(?:i|i'm|i'll|i've|i'd|we|we're|we'll|we've|we'd|let's|let me|there|here|this|these|"
    r"the (?:\w+ )?(?:service|team|centre|center|group|club|council|form|leaflet|meeting|"
    r"assessment|review|bus|agency|line|number|charge|charges|course|scheme|carers are|"
    r"nursery|hub)|our|my|the (?:\w+ ){0,3}(?:can|will|could|would|runs|opens|meets|is open|"
    r"are open|costs|is free|are free))\b"
)
_YOU_WORD = re.compile(r"\b(?:you|you're|you've|you'd|you'll|yourself)\b")
_MATTERS_TO_YOU = re.compile(
    r"\b(?:matters?|means?|meant|mattered) (?:\w+ ){0,3}to you\b|\bimportant to you\b|"
    r"^(?:that|it|this) (?:really )?(?:matters|counts)\b"
)


_INFO_NOUNS = re.compile(
    r"\b(?:assessment|review|form|leaflet|appointment|service|charges?|charging|council|team|"
    r"referral|confidential|information|notes|care plan|meeting|number|centre|scheme|payments?|"
    r"budget|benefits?|allowance|eligible|eligibility|consent|records?|policy|entitled|"
    r"agency|office|website|helpline|rota|timetable|invoice|contract|law|legal|duty|rights?)\b"
)
_FEELING = re.compile(
    r"\b(?:feel|feels|felt|feeling|struggle|struggling|hard|lonely|longest|chaotic|frightening|"
    r"scary|scared|worried|worry|upset|angry|sad|miss|missing|love|hate|last straw|tough|"
    r"exhausting|exhausted|proud|freedom|hope|hoping|afraid|relief|relieved|stuck|lost|"
    r"overwhelming|overwhelmed|important|matters?)\b"
)


def _statement_act(text: str) -> Act:
    raw = text.strip()
    lead_only = strip_lead(raw)
    if _SMALL_TALK.match(raw) or (
        _GREETING.match(raw)
        and (lead_only == raw or not lead_only or word_count(lead_only) < 3
             or _GREETING.match(lead_only))
        and word_count(raw) <= 8
        and not _YOU_WORD.search(re.sub(r"thank you|see you|bless you", "", raw))
    ):
        return Act.OTHER
    body = strip_lead(raw)
    if not body or not any(ch.isalpha() for ch in body):
        return Act.OTHER
    if re.match(r"^(?:just )?so you know\b", raw):
        return Act.INFORMATION
    if _INFO_YOU.match(body):
        return Act.INFORMATION
    if _REFLECTION.match(body) or _QUESTION_LIKE_REFLECTION.match(body):
        return Act.REFLECTION
    if _PSEUDO_CLEFT.match(body) and re.match(r"^what (?:i|you)", body):
        return Act.REFLECTION
    if _GREETING.match(body):
        return Act.OTHER
    if _MATTERS_TO_YOU.search(body):
        return Act.REFLECTION
    if _FIRST_PERSON_OR_SERVICE.match(body):
        return Act.INFORMATION
    if re.match(r"^so\b(?! far)", raw):
        return Act.REFLECTION
    if _WE_WILL.search(body):
        return Act.INFORMATION
    if _INFO_NOUNS.search(body) or re.search(r"(?<!you)(?:\bwill|'ll) be\b", body):
        return Act.INFORMATION
    if _YOU_WORD.search(body.replace("thank you", "")) or re.search(r"\byour\b", body):
        return Act.REFLECTION
    if _FEELING.search(body):
        return Act.REFLECTION
    return Act.INFORMATION


_TRANSITION = re.compile(
    r"^(?:shall we (?:stop|leave it|finish|call it a day|wrap up|take a (?:break|breather)|"
    r"have a (?:break|cuppa))|(?:can|could) you (?:just )?(?:hang on|bear with me|give me a "
    r"(?:sec|second|minute|moment))|bear with me|hang on a (?:sec|second|minute|moment)|"
    r"(?:anyway,? )?(?:um,? |er,? )?where (?:was i|were we)\b|"
    r"(?:i'll|let me|i will|i'm just going to) just (?:grab|get(?! (?:this|that|it) straight)|"
    r"find|turn|put|switch|pop|take|"
    r"check my|write (?:that|this) down)\b|(?:no,? |sorry,? )?(?:you )?(?:carry on|go on)\s*[.!]*$|"
    r"i think that's (?:everything|all|it|us)(?: for (?:today|now|this time))?\s*[.!]*$|"
    r"(?:happy|merry) (?:new year|christmas|birthday|easter|anniversary)\b|"
    r"(?:take care|look after yourself|mind how you go)(?: of yourself)?\s*[.!]*$|"
    r"(?:that's|it's|what) (?:a |such a )?(?:really )?(?:nice|lovely|gorgeous|beautiful|great|"
    r"cracking|smashing) (?:photo|picture|garden|view|dog|cat|room|house|flat|kitchen|"
    r"jumper|day|cup of tea|cuppa|name)\s*[.!]*$)"
)
"""Moving the meeting along: neither a question about the person nor information."""
_FACT_WH = re.compile(
    r"^(?:how (?:old|many(?! times (?:have|do|must|did) i)|much)|what (?:time|age|year|day|"
    r"date)|which (?:year|day|school|class|ward|bus|floor|room|month|surgery|gp|doctor|"
    r"hospital|pharmacy|bank|council|agency|one|side|hand|leg|arm)|what(?:'s| is) (?:your|his|"
    r"her|their|the) (?:\w+'s |\w+ )?(?:name|date of birth|birthday|address|number|postcode)|"
    r"when(?:'s| is| was) (?:\w+ ){0,3}(?:appointment|birthday|due|review|"
    r"meeting|visit|next)|how old's)\b"
)
"""A wh-question after one specific fact: a closed question in MI coding."""
_LIST_SEPARATOR = re.compile(r",|;|\band\b")


def _checked_summary(content: list[Sentence]) -> bool:
    """Several points gathered in statements and then checked back ("..., and you'd like to
    try the lunch club. Is that a fair summary?" or, in speech, "..., is that fair")."""
    last = strip_lead(content[-1].text).rstrip(" ?.!")
    if len(content) >= 2 and _CHECK_END.match(last) and len(last.split()) <= 9:
        gathered = " ".join(s.text for s in content[:-1])
        if any(_question_kind(s) for s in content[:-1]):
            return False
    else:
        head, _comma, tail = content[-1].text.rstrip(" ?.!").rpartition(",")
        tail = strip_lead(tail.strip()) or tail.strip()
        if not head or not (_CHECK_END.match(tail) or _CHECK_TAG.match(tail)
                            or _SUMMARY_CHECK.search(tail)) or len(tail.split()) > 9:
            return False
        gathered = " ".join([*(s.text for s in content[:-1]), head])
    return word_count(gathered) >= 12 and len(_LIST_SEPARATOR.findall(gathered)) >= 2


_OFFER_END = re.compile(
    r"(?:^|,\s*)(?:would you like (?:more|to (?:know|hear|find out|see|read)|me to|a copy|the "
    r"details)|would (?:that|it|this) be (?:alright|all right|ok|okay|fine)|is (?:that|it) "
    r"(?:alright|all right|ok|okay)(?: with you)?|is now an? (?:okay|ok|good|alright|convenient) "
    r"time|do you want to (?:hear|know|find out) (?:about|more)|do you want (?:me to|more))\b"
    r"[^,;:]*$"
)


def _offered_after_information(content: list[Sentence]) -> bool:
    """Information closed by an offer or a permission check ("...; would you like to know
    more?", "...after that there may be a charge, is that alright"): information."""
    last = strip_lead(content[-1].text).rstrip(" ?.!")
    match = _OFFER_END.search(last)
    if match is None:
        return False
    before = list(content[:-1])
    head = last[:match.start()].strip(" ,")
    if head:
        before.append(Sentence(0, len(head), head))
    if not before:
        return False
    return all(_question_kind(s) is None for s in before) and any(
        _statement_act(s.text) is Act.INFORMATION for s in before)


def classify(norm: str, sentences: list[Sentence]) -> Act:
    """The dialogue act of the whole utterance (normalised text and its sentences)."""
    if not sentences:
        return Act.OTHER
    if all(_TRANSITION.match(strip_lead(s.text) or s.text) for s in sentences):
        return Act.OTHER
    words = word_count(norm)
    if _SUMMARY.search(norm):
        return Act.SUMMARY
    checks = [s for s in sentences if is_check_tag(s)]
    content = [s for s in sentences if not is_check_tag(s)]
    if checks and _SUMMARY_CHECK.search(norm) and (words >= 16 or len(content) >= 2):
        return Act.SUMMARY
    if not content:
        return Act.CLOSED_QUESTION if any(s.is_question_mark for s in sentences) else Act.OTHER
    if _checked_summary(content):
        return Act.SUMMARY
    for sentence in content:
        if _PERMISSION.match(strip_lead(sentence.text)):
            return Act.INFORMATION
    for sentence in content:
        body = strip_lead(sentence.text)
        if _PERMISSION_ANYWHERE.search(body) and not _OPEN.match(body):
            return Act.INFORMATION
    if _offered_after_information(content):
        return Act.INFORMATION
    last_question: Act | None = None
    any_open = False
    for sentence in content:
        kind = _question_kind(sentence)
        if kind in (Act.OPEN_QUESTION, Act.CLOSED_QUESTION):
            body = strip_lead(sentence.text)
            if _GREETING.match(body) and word_count(body) <= 6 and len(content) > 1:
                continue
            last_question = kind
            any_open = any_open or kind is Act.OPEN_QUESTION
    if last_question is not None:
        kinds = [_question_kind(s) for s in content]
        questions = [k for s, k in zip(content, kinds, strict=True)
                     if k in (Act.OPEN_QUESTION, Act.CLOSED_QUESTION)
                     and (k is Act.OPEN_QUESTION or len(strip_lead(s.text).split()) > 2)]
        asked = [s for s, k in zip(content, kinds, strict=True) if k is Act.OPEN_QUESTION]
        if any_open and len(asked) == 1 and last_question is Act.OPEN_QUESTION and \
                _FACT_WH.match(strip_lead(asked[0].text)) and \
                len(question_onsets(asked[0].text)) <= 1:
            return Act.CLOSED_QUESTION
        if any_open and len(asked) < len(questions) - len(asked):
            return Act.CLOSED_QUESTION
        if any_open:
            return Act.OPEN_QUESTION
        if len(content) == 1 and _GREETING.match(strip_lead(content[0].text)) and words <= 6:
            return Act.OTHER
        return last_question
    acts = [_statement_act(s.text) for s in content]
    reflective = sum(1 for act in acts if act is Act.REFLECTION)
    if reflective >= 3 and words >= 30:
        return Act.SUMMARY
    if reflective and words >= 18 and len(re.findall(r",|\band\b|;", norm)) >= 3:
        return Act.SUMMARY
    if reflective and words >= 22 and len(re.findall(r",|\band\b|\bbut\b|;", norm)) >= 2 \
            and (checks or len(content) >= 2):
        return Act.SUMMARY
    if Act.REFLECTION in acts:
        return Act.REFLECTION
    if Act.INFORMATION in acts:
        return Act.INFORMATION
    return Act.OTHER
