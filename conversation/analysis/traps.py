"""Find the seven conversational traps in one utterance, each with the words that show it.

Rules look at stance, not single words: a trap phrase is ignored when it sits inside the
person's own view or someone's reported words ("You said you think you should move", "What
do you think you should do?"), and "but" counts as yes-but only after an acknowledgement
that it then overrides, not in a reflection of the person's mixed feelings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from conversation.analysis._text import Sentence, word_span
from conversation.analysis.acts import run_on_question
from conversation.model import Trap


@dataclass(frozen=True)
class Hit:
    """A trap found in the normalised text, with the span of its evidence."""

    trap: Trap
    start: int
    end: int


@dataclass(frozen=True)
class _Rule:
    trap: Trap
    pattern: str
    """Regular expression source; compiled once, for scanning, by ``_scan``."""
    respect_view: bool = True
    """Skip a match inside the person's view or reported speech."""
    statement_only: bool = False
    """Skip a match inside a question (the person is being asked, not told)."""


def _rx(pattern: str) -> str:
    return pattern


_YOU = r"(?:you|ya|u)"
_DECISION = (
    r"(?:move|moving|go (?:in)?to (?:a |an )?(?:home|care|residential|nursing|hospital|respite|"
    r"sheltered|supported)|going into (?:a |an )?(?:home|care)|a care home|care home|"
    r"residential|nursing home|sheltered|supported (?:living|housing|accommodation)|"
    r"give up (?:driving|your (?:car|home|house|flat|job|licence|dog|cat))|stop driving|"
    r"sell (?:the|your) (?:house|home|flat|car)|live with (?:your|a)|respite)"
)

_RULES: tuple[_Rule, ...] = (
    # Expert: telling the person what they should do.
    _Rule(Trap.EXPERT, _rx(
        rf"\b(?:i (?:really |honestly |do |strongly )?(?:think|feel|believe|reckon) )?(?:that )?"
        rf"(?<!would )(?<!could )(?<!might )(?<!will )(?<!did )(?<!does )(?<!something )"
        rf"(?<!nothing )(?<!anything )"
        rf"{_YOU} (?:really |honestly |definitely |seriously |just |probably |absolutely )?"
        r"(?:should(?!n't have to| not have to|(?:'ve| have) \w+(?:ed|n|t)\b| be ashamed)"
        r"(?:n't)?|must(?!n't)(?! be (?:so |really |very |"
        r"absolutely |feeling )?(?:tired|exhausted|shattered|proud|glad|pleased|relieved|lonely|"
        r"upset|sad|angry|worried|frightened|scared|fed up|gutted|hard|difficult|tough|awful|"
        r"horrible|a relief|\w+ed)\b)(?! be (?!careful|sensible|realistic|patient|"
        r"honest|firm|strict|ready|prepared)[a-z]+\s*(?:[.!?,]|$))|mustn't|"
        r"ought(?:n't)? to(?! be ashamed)|"
        r"need to|needs to|have to|have got to|'ve got to|got to|gotta|had better|'d better|"
        r"better)\b(?! be (?:told|asked|aware|ashamed))(?! know\b)(?! hear this\b)"
        r"(?! (?:accept|face|admit|realise|realize|understand that))|"
        rf"\b{_YOU}(?:'ve| have)(?: really| just)? got to\b(?! (?:accept|face|admit))|"
        rf"\b{_YOU}(?:'d| had) (?:better|best)\b|\bbut {_YOU} (?:really |still |just |do )?need\b"
    )),
    _Rule(Trap.EXPERT, _rx(
        r"\b(?:i'd|i would|i (?:strongly )?)(?: strongly)? (?:advise|recommend|suggest|urge)\b|"
        r"\bmy (?:advice|recommendation|suggestion) (?:is|would be|to you)\b|"
        r"\bif i (?:were|was) you\b|\bif i was in your (?:shoes|position)\b|"
        r"\bthe (?:best|right|sensible|only) (?:thing|option|place|idea|way forward|course)"
        r"(?: (?:for you|to do))?(?: would be| is|'s| now)\b|"
        r"\byou(?:'d| would) be (?:much |far )?better off\b|"
        r"\bit(?:'d| would) be (?:much |far )?(?:better|best|wise|sensible) "
        r"(?:for you |if you |to )|"
        r"\b(?:it's|it is) (?:really |very )?(?:important|essential|vital) "
        r"(?:that you|for you to)\b|"
        r"\btake it from me\b|\btrust me\b|\bi know (?:what's|what is) best\b|\bi know best\b|"
        r"\bi want you to\b|\bwhy don't you\b|\bwhy not just\b|"
        r"\b(?:don't|doesn't|wouldn't) you (?:think|agree) (?:you|it|that)\b|"
        r"\bshouldn't you\b|\bwouldn't it be (?:better|best|easier|safer|wiser)\b|"
        r"\byou (?:really |just )?(?:shouldn't|should not)\b"
    ), respect_view=False),
    _Rule(Trap.EXPERT, _rx(
        r"(?:^|[.!?]\s+|,\s*|\bso,? |\bjust )(?:just )?(?:make sure you|try to|try and|"
        r"go and|get yourself|get out|get some|get more|cut down|give up|stop (?:worrying|"
        r"thinking|dwelling|drinking|smoking|being|eating|spending|going)|take your (?:tablets|"
        r"medication|meds|pills)|don't (?:drink|smoke|go|eat|let|spend|stay|worry so)|"
        r"eat (?:more|less|better|properly|healthier)|drink (?:more|less)|"
        r"think positive|cheer up|pull yourself together|snap out of it|"
        r"take (?:a break|it easy|some time|more care|time out)|"
        r"don't be so hard on yourself)\b"
    ), respect_view=True),
    # Power: deciding about the person's life for them.
    _Rule(Trap.POWER, _rx(
        r"\b(?:i|we)(?:'ve| have)? (?:already |now )?decided\b|\bit(?:'s| has| is) (?:been )?"
        r"(?:already )?decided\b|\bthe decision (?:has been|is|'s been) (?:made|taken)\b|"
        r"\b(?:we|i)(?:'ve| have) (?:already )?(?:arranged|booked|organised|organized|put you|"
        r"signed you|got you a place|found you a place|registered you|moved you|cancelled|"
        r"told them you)\b|"
        r"\b(?:we|i)(?:'ll| will| shall|'re going to| are going to|'m going to| am going to) "
        r"(?:be )?(?:have to )?(?:arrange|arranging|book|booking|organise|organising|organize|"
        r"put you(?! in touch)|putting you(?! in touch)|move you|moving you|sign you|signing you|"
        r"set up|setting up|"
        r"get you (?:a place|into|moved|assessed)|register you|cancel|cancelling|"
        r"send you (?:to|away|off|into|back|home|somewhere)|"
        r"sending you (?:to|away|off|into|back|home|somewhere)|take (?:away|your|you)|"
        r"taking (?:away|your|you)|tell (?:your|them|the)|"
        r"stop your|stopping your|increase your|reduce your|change your|switch you|"
        r"start you|find you a|have you (?:moved|assessed|admitted))\b|"
        r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'m going to| am going to) (?:be )?"
        r"(?:move|moving|put|putting|place|placing|transfer|transferring) "
        r"(?:you|your \w+|him|her|them)\b(?! in touch)|"
        r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'m going to| am going to) (?:be )?"
        r"(?:reduc|increas|cut|cutt|chang|end|withdraw|stop|stopp|cancel)\w* (?:your|the|his|her) "
        r"(?:care|package|visits|hours|support|medication|dose|meds|benefits|contact|placement)|"
        r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'m going to| am going to|'m gonna|"
        r"'re gonna| gonna) (?:ring|call|"
        r"phone|contact|inform|write to|speak to|tell|email|let) (?:your|the) (?:school|mum|dad|"
        r"son|daughter|family|gp|doctor|landlord|employer|teacher|college|social worker|"
        r"parents|wife|husband|carers?)\b|"
        r"(?<!if )\byou(?:'re| are) (?:going|moving) (?:in)?to (?:a|an|the|your new) (?:new )?"
        r"(?:foster|care|nursing|residential|home|placement|hospital|school|day centre|unit|"
        r"hostel|flat)\b|"
        r"\b(?:we|i)(?:'ll| will|'ve| have|'re going to|'m going to)? (?:decide|choose|pick|"
        r"chosen|picked|decided) (?:\w+ ){0,4}for (?:you|him|her|them)\b|"
        r"\byou(?:'ll| will|'re going to| are going to) (?:be )?(?:moving|move|going (?:in)?to|"
        r"go (?:in)?to|start(?:ing)? (?:at|on|going)|attend(?:ing)?|have to (?:go|move|attend|"
        r"accept|stop|give|let)|need to (?:go|move) (?:in)?to|be (?:going|moving|staying|"
        r"placed|admitted|transferred))\b|"
        r"\byou(?:'re| are) (?:not allowed|going to have to|no longer allowed)\b|"
        r"\byou (?:don't|do not) (?:have|get) (?:a|any) (?:choice|say)\b|"
        r"\b(?:it's|it is) not (?:up to you|your (?:decision|choice))\b|"
        r"\bthere(?:'s| is) no (?:choice|option|other option|alternative)\b|"
        r"\b(?:i|we) (?:won't|will not|can't|cannot) (?:allow|let) you\b|"
        r"\b(?:i|we) (?:need|want) you to (?:sign|agree|accept|go|move|attend|start|stop)\b|"
        r"\byou can(?:'t|not) (?:stay|live|go back|go home|drive|look after)\b|"
        r"\bwe(?:'re| are) (?:putting|moving|sending|placing) you\b|"
        r"\bwe (?:need|have) to (?:get you|move you|put you|find you a place|look at a "
        r"(?:care|nursing|residential))"
    )),
    _Rule(Trap.POWER, _rx(
        rf"\b{_YOU} (?:really |honestly |definitely |just |probably )?(?:should|must|need to|"
        r"have to|ought to|'ve got to|have got to|'d better|had better) (?:think about |"
        r"consider |look at |start thinking about )?(?:\w+ )?" + _DECISION
    )),
    # Problem solving: jumping to fixes before understanding.
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:we|i)(?:'ll| will| can| could)? (?:soon |easily |quickly |just )?(?:sort|fix|solve)"
        r" (?:that|this|it|that out|this out|it out|everything|things|out)\b|"
        r"\b(?:we|i)(?:'ll| will| can| could) (?:soon |easily |quickly )?(?:get that|get it|have "
        r"(?:that|it|this)) (?:sorted|fixed|solved)\b|"
        r"\bwhat (?:you|u) (?:really |actually )?need (?:is|are|to do is)\b|"
        r"(?<!so )\bwhat (?:you|u) want (?:is|are|to do is)\b|"
        r"\b(?:this|that|it|these|they|which)(?:'ll| will| would| should|'d) (?:definitely |"
        r"really |soon )?(?:make you feel|sort|fix|solve|cure|stop|take care of|help with|"
        r"deal with|make (?:it|things|everything) (?:better|easier))\b|"
        r"(?<!what )(?<!which )(?<!who )(?<!else )\bhave you (?:ever )?tried\b(?! (?:already|so "
        r"far|before|yet|to|anything|something)\b)|"
        r"(?<!what )\bhave you (?:thought about|considered|looked at|looked into) "
        r"(?!what|how|why|who|where|when|whether|it|that|this)|"
        r"\b(?:i|we)(?:'ll| will| can| could|'m going to| am going to)? (?:just )?refer you\b|"
        r"\b(?:i|we)(?:'ll| will| can| could)(?: just)? (?:get|order|put in|fit|arrange for) "
        r"(?:you )?(?:a|an|some)\b|"
        r"\b(?:why not|how about|what about|you could(?: always)?|you can always|maybe|"
        r"perhaps|one thing you could do is|you might want to|you may want to) (?:try|trying|get|"
        r"getting|use|using|join|joining|"
        r"ring|ringing|call|calling|go (?:to|along)|going (?:to|along)|download|buy|put in|"
        r"ask your)\b|"
        r"\bthe (?:answer|solution|fix) (?:is|would be|'s)\b|\bis the (?:answer|solution|fix)\b|"
        r"\b(?:i|we)(?:'ll| will| can| could) (?:get|have) (?:the|an?|your) (?:\w+ ){0,2}(?:out|"
        r"round|over|in) to (?:you|see you|visit)|\bput you in touch\b|\bsignpost you\b|"
        r"\b(?:i'll|i will|let me) have a (?:word|chat) with\b|"
        r"\band (?:i'll |we'll |i will |we will )?(?:sort|fix) (?:it|that|this)\b|\b(?:easy|simple|"
        r"quick) (?:fix|"
        r"solution|answer)\b|\beasily (?:fixed|sorted|solved)\b|"
        r"\bi(?: know|'ve got| have| have got)? just the (?:thing|place|person|service|group)\b|"
        r"\bthere(?:'s| is) (?:a|an) \w+(?: \w+)? (?:that|which) (?:will|can|could) (?:help|sort|"
        r"fix|solve)\b|"
        r"\b(?:a|an|the) (?:pendant|alarm|stairlift|stair lift|grab rails?|walking frame|"
        r"frame|key ?safe|app|pill box|dosette|befriender|day centre|carer|care package) "
        r"(?:would|will|'ll|should) (?:help|sort|fix|solve|make)\b|"
        r"\blet(?:'s| us| me) (?:get (?:you|him|her|them)|sort|fix|book (?:you|him|her|them)|"
        r"put in|find (?:you|him|her|them)|arrange|set up)\b|"
        r"\bdon't worry,? (?:we|i)(?:'ll| will| can)\b"
    )),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:will|would|'ll|should|could|might|may) (?:really |definitely |soon |probably )?"
        r"(?:sort|fix|solve|resolve|cure|help (?:you )?with|sort out|take care of|do the trick|"
        r"stop the|make (?:you|it|"
        r"things|everything) (?:feel )?(?:better|easier))\b"
    ), statement_only=True),
    # Labelling: naming the person's character or behaviour.
    _Rule(Trap.LABELLING, _rx(
        rf"\b(?:{_YOU}(?:'re| are|re)|you(?:'ve| have) been|stop being|quit being|don't be|"
        r"(?:he|she)(?:'s| is| has been)|"
        r"they(?:'re| are)|your (?:son|daughter|mum|dad|mother|father|wife|husband) (?:is|was)) "
        r"(?:being |so |just |very |really |quite |a bit |a little |such |always |clearly |"
        r"obviously |completely |totally |such )*(?:a bit of |a real |a proper )?(?:an? )?"
        r"(?:\w+ (?:and|,) )?"
        r"(?:difficult|aggressive|awkward|stubborn|manipulative|lazy|non-?compliant|"
        r"uncooperative|unco-operative|unreasonable|attention[- ]seeking|in denial|paranoid|"
        r"hysterical|dramatic|melodramatic|over-?sensitive|childish|defensive|challenging|"
        r"demanding|rude|hostile|obsessive|irrational|hoarder|alcoholic|addict|drunk|"
        r"bed[- ]blocker|nuisance|troublemaker|trouble ?maker|drama queen|selfish|naughty|"
        r"resistant|disruptive|violent|needy|clingy|moody|argumentative|obstructive|"
        r"problem (?:case|family|child|person)|noncompliant|bad mother|bad father|bad parent|"
        r"hypochondriac|attention seeker|liar|exaggerating|over-?reacting|over-?protective|"
        r"over-?dramatic|martyr|pain|attitude problem|helicopter parent|worrier|control freak|"
        r"drama queen|"
        r"fussy|pathetic|weak|hopeless|a handful|a typical|typical|frequent flyer)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\btypical (?:teenager|teen|behaviour|behavior|of (?:you|your|someone|people)|"
        r"alcoholic|addict|dementia|man|woman|carer|mum|boy|girl)\b|"
        r"\battention[- ]seeking\b|\bin denial\b|\bchallenging behaviou?r\b|"
        r"\bpeople like you\b|\byour (?:sort|type|kind)\b|\bthe (?:type|kind|sort) of (?:person|"
        r"people|man|woman) who\b(?!(?:'d| would) do anything| cares| never gives up| gets on)|"
        r"\bone of those (?:people|families|parents|carers)\b|"
        r"\b(?:that's|it's|this is) (?:just )?(?:your|the) (?:dementia|depression|anxiety|"
        r"illness|condition|autism|adhd|age|hormones|diagnosis|personality disorder|drink) "
        r"talking\b|\b(?:it's|that's) (?:just )?(?:your age|your hormones|a phase)\b|"
        r"\b(?:classic|textbook|typical) (?:\w+ )?(?:case|example|sign|behaviou?r|denial|"
        r"symptom)\b|"
        r"\byou(?:'ve| have) (?:got|clearly got|obviously got) (?:depression|ocd|adhd|dementia|"
        r"a drink problem|a drinking problem|an attitude|issues)\b|"
        r"\b(?:he|she|they|you)(?:'s| has|'ve| have) (?:got )?(?:an attitude|a bad attitude|"
        r"anger issues|behaviour problems|behavioural problems|an attitude problem)\b|"
        r"\b(?:manipulative|non-?compliant|attention seeker|hoarder|bed[- ]blocker) "
        r"(?:behaviou?r|patient|client|service user|person|man|woman)\b"
    )),
    # Confrontational: warning, arguing, correcting, threatening consequences.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        rf"\bif {_YOU} (?!like|want|wish|prefer|'d|would|need|feel|fancy|think|agree|decide|do "
        r"decide|choose|change your mind|ever|can\b|could|are happy|have any|get a chance|are "
        r"interested|are ok|are okay|let me|give me|tell me|say so|are free|are around|want to|"
        r"have time|don't mind|do want|remember|are able)[^.?!]{0,80}?(?:\b(?:you|we|they|it|"
        r"things|this|that|he|she|i)(?:'ll| will| won't| will not|'re going to| are going to|'s "
        r"going to| is going to)\b(?! (?:be )?(?:fine|okay|ok|looked after|supported|welcome|able|"
        r"help|still|always|have (?:the|a) (?:number|choice|say)|get (?:to|more|a say|your)|"
        r"probably|meet|make (?:new )?friends|enjoy|find|feel (?:better|more|less)|have to|"
        r"need to worry|qualify|pass|earn|save)\b)|"
        r"\bend up\b)|"
        rf"\b{_YOU}(?:'re| are) (?:lying|not telling the truth|telling lies)\b|"
        r"\b(?:you're|you are) (?:only |just )?making (?:things|it|everything|matters) worse\b|"
        r"\byou(?:'re| are) (?:clearly|obviously) not\b|\b(?:is|are|'s) killing you\b|"
        r"\byou(?:'ve| have) got to (?:accept|face|admit)\b|\bface (?:up to )?(?:the )?fact\b|"
        r"\b(?:it|things|this|that|everything|your \w+)(?:'ll| will| is going to|'s going to| "
        r"are going to) (?:only |just |definitely |certainly )?(?:get|go) (?:worse|downhill)\b|"
        rf"\b{_YOU}(?:'ll| will|'re going to| are going to) (?:end up|lose|regret|die|fall|"
        r"be taken|get hurt|kill yourself|be back|have (?:nobody|no one|no-one))\b|"
        rf"\b{_YOU}(?:'re| are) (?:just |simply |completely |totally )?(?:wrong|mistaken|"
        r"kidding yourself|fooling yourself|not coping|not managing|not safe|not listening|"
        r"making (?:excuses|it up|things up|a fuss)|not being (?:honest|realistic))\b|"
        r"\b(?:that's|that is|it's|it is|this is) (?:just |simply |completely |totally )?"
        r"(?:not true|untrue|wrong|nonsense|rubbish|ridiculous|not right|not the case|not what "
        r"happened|not how it works|not realistic|unrealistic|not an option|an excuse|"
        r"no excuse)\b|"
        rf"\b{_YOU} (?:have to|need to|must|'ve got to|have got to|got to) (?:accept|face|admit|"
        r"realise|realize|understand that|take responsibility|stop making)\b|"
        r"\b(?:face|accept) (?:up to )?(?:the )?(?:facts|reality|truth)\b|\bbe realistic\b|"
        r"\blet's be (?:honest|realistic|real)\b|\bthe (?:fact|truth|reality) (?:is|of the "
        r"matter)\b|\bcome on\b(?! (?:in|through|up|round|over|down|back|board))|"
        r"\bdon't be (?:silly|ridiculous|daft|stupid|so)\b|"
        r"\bi don't believe (?:you|that)\b|\badmit (?:it|that)\b|\bor else\b|"
        r"\b(?:only (?:got |have |have got |'ve got )?yourself to blame|your own fault|"
        r"brought (?:this|it) on yourself)\b|"
        rf"\b{_YOU} can(?:'t|not) (?:keep|carry on|go on|continue|expect)\b|"
        rf"\b{_YOU} know (?:full well|perfectly well|very well|that's not|that isn't)\b|"
        r"\bhow many times (?:have|do|must) (?:i|we)\b|\bwhy (?:do|did|would|can't|won't) you "
        r"(?:keep|always|never|even|not just|insist)\b|"
        rf"\b{_YOU} (?:always|never) (?:listen|do|say|want|make|blame|turn|refuse|bother)\b|"
        r"\bthere will be consequences\b|\botherwise (?:you|we|they|it)(?:'ll| will)\b|"
        rf"\bstop (?:making excuses|pretending|lying|blaming|being (?:so )?)\b"
    )),
)

_NEG_TRAITS = (
    r"difficult|awkward|stubborn|obstinate|pig-?headed|bloody-?minded|aggressive|violent|"
    r"abusive|hostile|rude|cheeky|mouthy|lippy|lazy|useless|hopeless|pathetic|needy|clingy|"
    r"demanding|spoil[te]d?|selfish|self-centred|manipulative|devious|sly|sneaky|"
    r"deceitful|dishonest|attention[- ]seeking|dramatic|melodramatic|hysterical|irrational|"
    r"unreasonable|paranoid|delusional|neurotic|obsessive|psycho|crazy|mad|nuts|unstable|"
    r"volatile|confrontational|argumentative|defensive|resistant|non-?compliant|"
    r"unco-?operative|unmotivated|chaotic|feckless|irresponsible|reckless|immature|childish|"
    r"naughty|troubled|toxic|challenging|disruptive|oppositional|defiant|controlling|"
    r"possessive|precious|touchy|prickly|grumpy|moody|miserable|ungrateful|hard work|"
    r"high[- ]maintenance|over-?protective|over-?sensitive|over-?reacting|over-?dramatic|"
    r"in denial|set in (?:your|his|her|their) ways|a (?:bit of a |real |total |proper )?"
    r"(?:hoarder|alcoholic|addict|drunk|junkie|liar|thief|bully|martyr|snowflake|drama queen|"
    r"loner|perfectionist|pessimist|people pleaser|snob|slob|couch potato|know-it-all|"
    r"diva|nightmare|handful|burden|nuisance|pest|moaner|whinger|complainer|worrier|fusspot|"
    r"lost cause|troublemaker|bad (?:mother|father|parent|mum|dad)|control freak|"
    r"hypochondriac|time[- ]waster|bed[- ]blocker|problem|pain)"
)
_SOFT_TRAITS = (
    r"simple(?! (?:things|as|way|pleasures|question))|slow(?! (?:\w+ing|to|at|in|on|with|about|"
    r"when|today|this|these|down|going|progress))|institutionali[sz]ed|emotional(?! (?:about|"
    r"today|at the moment|right now|after|when|because|day|time|week))|negative(?! (?:about|"
    r"test|result))|thick|gullible|naive|spineless|histrionic|feckless|workshy|entitled(?! to)"
)
_MORE_RULES: tuple[_Rule, ...] = (
    # Moralising: what the person ought to feel, or to have known.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:you|ya|u) (?:really |honestly |frankly )?(?:should|ought to) (?:be (?:grateful|"
        r"thankful|ashamed)|know better)\b"
    ), statement_only=True),
    # "You want to be getting to bed earlier", "you don't wanna be doing that": the spoken
    # way of saying "you should" (a wish is "you want to go home", not "to be ...ing").
    _Rule(Trap.EXPERT, _rx(
        r"(?<!do )(?<!would )(?<!where )(?<!what )(?<!if )(?<!when )\b(?:you|ya|u) (?:really |"
        r"honestly |definitely |probably |seriously )?(?:want|wanna|don't want|don't wanna|do not "
        r"want) (?:to )?be(?:,? (?:like|um|er|erm|you know|sort of|kind of),?)? "
        r"(?!feeling\b|living\b)[a-z]+ing\b"
    ), respect_view=False, statement_only=True),
    _Rule(Trap.EXPERT, _rx(
        r"(?:^|[.!?]\s+|;\s*)(?:so,? |well,? |look,? |honestly,? |just )?(?!tell me|talk me|"
        r"take your time|go on|carry on|let me|let's|say more|give me|think about what|"
        r"imagine|remember when|feel free|help me|get a grip|take care|look after yourself)"
        r"(?:try|get|go|take|stop|start|eat|"
        r"drink|call|"
        r"ring|phone|join|ask (?:your|the|a|for)|speak to|talk to (?:your|a|the)|see (?:your|a|"
        r"the)|book|sign up|keep|avoid|cut|give (?:up|it)|leave|sell|write|exercise|rest|relax|"
        r"focus|remember to|don't forget|be (?:more|less|careful|sensible|positive)|accept|"
        r"apply|make sure|put (?:your|the|some)|wear|use|move|tell (?:your|him|her|them|the)|"
        r"let (?:them|him|her|the|your)) \w+"
    )),
    _Rule(Trap.EXPERT, _rx(
        r"\b(?:it's|it is|it'd be|it would be|it'll be|it will be) (?:a )?(?:really |very )?"
        r"(?:good idea|wise|sensible|best|better|important|essential|vital|advisable|a must) "
        r"(?:to(?! you\b)|for you|that you|if you)\b|"
        r"\byou(?:'d| would) (?:do well|be wise|be sensible) to\b|"
        r"\b(?:the|my) (?:best|only) advice\b|\bi(?:'d| would) (?:definitely |really |just )?"
        r"(?:go for|try|get|take|stop|avoid|ask|ring|tell|stick with|give|stay on|keep on|"
        r"stick to|stick at|carry on with)\b(?! you)|"
        r"\bi(?:'d| would) (?:encourage|urge|suggest|recommend|advise) you\b|"
        r"(?<!do )(?<!did )(?<!would )\b(?:you|u) (?:really )?want to (?:make sure|"
        r"be careful|avoid|watch|stop|start (?:using|doing|taking|eating|going|getting))\b|"
        r"\b(?:you|u) (?:really )?(?:want|wanna) to (?:get|have) (?:that|it|this|them|those|"
        r"your \w+|the \w+)(?: \w+)? (?:looked at|checked|seen to|seen|sorted|x-rayed)\b|"
        r"\bif i (?:were|was) in your\b|\bdoctor's orders\b|\bfor your own good\b|"
        r"\b(?:please )?(?:listen to me|do as (?:i say|you're told))\b"
    )),
    _Rule(Trap.POWER, _rx(
        r"\b(?:i|we)(?:'ll| will| shall|'re going to| are going to|'m going to| am going to|"
        r"'ve| have|'ve already| have already|'ve now| have now) (?:just |sort of |kind of |"
        r"kinda |basically |now )?(?:arranged?|booked?|"
        r"organi[sz]ed?|put you(?! in touch)|placed? you|moved? you|signed? you|registered? you|"
        r"enrol(?:led)? you|transferr?(?:ed)? you|cancel(?:led)?|stopp?(?:ed)?|"
        r"increased?|reduced?|withdrawn?|ended|allocated?|assigned?|swapp?(?:ed)?|"
        r"switch(?:ed)?|tak(?:e|en) (?:away|your|you|him|her)|told (?:your|the|them|him|her)|"
        r"informed (?:your|the)|decided?|chosen?|picked?|agreed (?:with (?:your|the) \w+ )?that "
        r"you)\b(?! (?:a time|a date|another visit|to see you|to come back|an interpreter|"
        r"together|with you|between us|for you to (?:have|see|meet|talk|speak|choose|visit|try|"
        r"look)))(?![^.?!]*\b(?:you asked|as you asked|you wanted|you requested|you chose|you "
        r"picked|you said you wanted|you'd like|you would like))|"
        r"\byou(?:'ll| will)(?: now)? (?:go|move|stay|attend|live|start|stop|have to|be "
        r"(?:going|moving|staying|living|attending|starting|having|sharing|placed|moved|"
        r"transferred|discharged|admitted|given|allocated|assigned|taken|sent|collected|"
        r"picked up))\b|"
        r"\byou won't be (?:allowed|able to (?:go|stay|see|have|keep|drive|live)|going|having|"
        r"living|staying|seeing|getting)\b|\byou(?:'re| are) not to\b|"
        r"\b(?:not|non)[- ]negotiable\b|\bwhether you like it or not\b|"
        r"\bwe know (?:what's|what is) best\b|\b(?:that's|it's) (?:my|our) decision\b|"
        r"\bi(?:'ll| will) (?:be the one to )?decide\b|\bi make the decisions\b|"
        r"\b(?:i'm|we're|i am|we are) (?:taking|removing|keeping) (?:your|the) (?:keys|car|"
        r"cards?|money|phone|tablets|licence|passport|bank)\b|"
        r"\b(?:i'll|we'll|i will|we will) (?:keep hold of|look after|hang on to|take) your "
        r"(?:money|cards?|keys|phone|bank|pension|benefits)\b|"
        r"\bfrom (?:now on|next week|today|tomorrow|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|next month),? (?:you|your|the carers|we|he|she)\b|"
        r"\b(?:you|he|she|they)(?:'ll| will) (?:just )?have to (?:go|move|accept|get used|"
        r"put up|lump it|fit in|wait)\b|\bneed (?:my|our) (?:permission|say-so|approval)\b"
    )),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:i'll|we'll|i will|we will|i can|we can|let me|i could|we could|i'm going to|"
        r"we're going to) (?:just )?(?:get|order|find(?! out)|arrange|organi[sz]e|set up|book|"
        r"sort|put "
        r"in|fit|install|bring|refer|ring|call|phone|contact|speak to|have a word|email|chase|"
        r"apply for|look into|sort out|request) (?:\w+ ){0,5}for (?:you|him|her|them)\b"
        r"(?! to\b)|"
        r"\b(?:i'll|we'll|i will|we will|i can|we can|let me|i could|we could) (?:just )?(?:set|"
        r"hook|sign|fix|kit|sort) (?:you|him|her|them) up\b|"
        r"\b(?:would|will|'ll|'d|could|might|should) (?:really )?(?:do you (?:the world of )?good|"
        r"be (?:perfect|ideal|just the thing|great|the answer|good) for you|make all the "
        r"difference|take your mind off|cheer you up|perk you up|get you out)\b|"
        r"\b(?:why|how) don't we\b|\b(?:i|we)(?:'ll| will| can) (?:have|get) (?:that|it|this|"
        r"everything) (?:sorted|fixed|done|organised|sorted out)\b|\bleave it (?:with|to) "
        r"(?:me|us)\b|\bthe trick is\b|\ball you (?:need|have to do|'ve got to do) is\b|"
        r"\bthere(?:'s| is) (?:a|an|this) (?:great |good |brilliant |lovely |really good )?"
        r"(?:app|group|service|scheme|course|class|club|website|helpline|grant|gadget|device|"
        r"charity|programme|program) (?:for that|you (?:can|could|should) (?:use|join|try|go)|"
        r"that (?:does|helps|would|will|can|could))|"
        r"\bif (?:you|he|she) (?:just|only) (?:got|had|tried|used|went|joined|took|asked|"
        r"rang|called)\b|\b(?:could|can|couldn't|can't) (?:you|he|she) (?:not )?"
        r"just (?:ask|get|try|use|go|ring|call|join|put|move|take)\b|"
        r"\byou could (?:always |just )?(?:ask|get|try|use|go|ring|call|join|speak|"
        r"talk to|put|move|look|buy|download|sign up|apply|contact|phone|book|order|have a)\b|"
        r"\b(?:it )?might be worth (?:trying|getting|looking|asking|ringing|going|using|"
        r"joining|having)\b|\b(?:what|how) about (?:a|an|some|getting|trying|asking|using|"
        r"going|joining|ringing|calling|moving|having)\b|\bone (?:option|idea|thing) "
        r"(?:you could|would be|is to|might be)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:you(?:'re| are| were|'ve been| have been| can be| seem| sound| come across as)|"
        r"(?:he|she|they)(?:'s| is| are|'re| was| were|'s been| has been|'ve been| "
        r"seems| seem)|(?:your|his|her|their) (?:son|daughter|mum|dad|mother|father|wife|"
        r"husband|partner|child|kid|boy|girl|brother|sister|nan|gran) (?:is|was|can be|has been)"
        r"|stop being|quit being|don't be|(?:such|what) an?) (?:being |acting |so |just |very |"
        r"really |quite |a bit |a little |such |always |clearly |obviously |completely |totally |"
        r"an? (?=very |really |bit |real |proper |right |total )|bit of an? |proper |right |"
        r"incredibly |extremely |terribly |pretty |rather |too |getting |becoming |being a bit )*"
        r"(?:an? )?(?:" + _NEG_TRAITS + r"|" + _SOFT_TRAITS + r")\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:you|he|she|they) (?:probably |clearly |obviously |definitely )?(?:has|have|'ve "
        r"got|has got|'s got) (?:got )?(?:depression|anxiety|ocd|adhd|autism|bipolar|dementia|"
        r"a personality disorder|an eating disorder|a drink(?:ing)? problem|a drug problem|"
        r"an anger problem|anger issues|attachment issues|trust issues|mental health issues|"
        r"a problem)\b|\bsounds like (?:you have|you've got|classic|typical) "
        r"(?!(?:\w+ed|been|done|had|made|found|given|taken|seen|known|thought|felt|said|told|"
        r"kept|put|lost|gone|come|got|run|held|brought|fought|won|begun|taught)\b)\w+|"
        r"\byou people\b|\b(?:that's|that is|how|so) typical\b|\bthat's (?:so )?you all over\b|"
        r"\b(?:a|the) (?:typical|classic) (?:case|example|teenager|pensioner|carer|man|woman)\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\byou (?:need|have|'ve got) to (?:understand|realise|realize|accept|admit|face|take "
        r"responsibility|get real|wake up|grow up|stop kidding)\b|"
        r"(?:^|[.!?,;]\s*|\bjust |\bnow |\bso )(?:wake|grow) up\b|"
        r"\bget real\b|\bthat's (?:not|hardly) (?:the point(?! of)|fair on|good enough|acceptable|"
        r"okay|ok|on|an excuse|how (?:it|things) work)|\bthat's your (?:problem|lookout)\b|"
        r"\b(?:you're|you are|that's|that is) (?:not|hardly) (?:helping|helpful|good enough|"
        r"acceptable)\b|\bwhat did you expect\b|\byou should(?:'ve| have) known\b|"
        r"\byou (?:did|brought|caused) this\b|\b(?:it's|that's|it is) (?:all )?(?:your|his|"
        r"her) (?:own )?fault\b|\byou (?:keep|always|never) (?:saying|doing|making|missing|"
        r"forgetting|ignoring|refusing|letting|blaming|changing)\b|\bi(?:'ve| have) told you "
        r"(?:before|already|this|that|a hundred|a thousand|so many)\b|\b(?:no more|stop the) "
        r"(?:excuses|arguing|nonsense)\b|\b(?:are you|you're) (?:seriously|really|honestly) "
        r"(?:telling me|saying|expecting)\b|\b(?:can't|don't|won't) you (?:see|realise|realize|"
        r"understand)\b|\byou know (?:that|this|it) (?:isn't|is not|won't|can't|doesn't|"
        r"wasn't)\b|\bthere(?:'s| is) no (?:excuse|point (?:in )?(?:arguing|denying|"
        r"pretending))\b|\b(?:the|your|that|all this|all that) (?:drink|drinking|drugs|"
        r"smoking|cannabis|weed|gambling|behaviou?r|attitude) (?:is|are|will be) (?:ruining|"
        r"destroying|killing|damaging|wrecking)\b|\b(?:carry on|keep (?:this|that|it) up|"
        r"keep going like this|keep doing this|carry on like this)(?:,)? and (?:you|it|they|"
        r"we|things)(?:'ll| will)\b|\bunless you (?:stop|start|take|accept|change|do|go|let|"
        r"agree|get|cut|listen)\b[^.?!]{0,60}(?:will|'ll|won't|going to)\b|"
        r"\bor (?:else )?(?:you(?:'ll| will)|they(?:'ll| will)|we(?:'ll| will)|it(?:'ll| "
        r"will)) (?:end up|lose|be|have|get|regret|never)\b|"
        r"\byou(?:'ll| will|'re going to| are going to) (?:lose|be evicted|be excluded|get "
        r"sectioned|be sectioned|be arrested|ruin|wreck|be on your own|have nothing|end up)\b|"
        r"\byou(?:'re| are) (?:heading|on track|on course) for\b|\b(?:that|which|this) is "
        r"(?:exactly |precisely )?why (?:you|things|this|it)\b|\b(?:why|how) (?:on earth|the "
        r"hell) (?:would|could|did|do) you\b|\b(?:why would|how could) you (?:do|say|let|leave|"
        r"even|be so|think that)\b|\bwhat were you thinking\b|\bdon't (?:give me|lie)\b|"
        r"\b(?:that's|that is) (?:a lie|rubbish|nonsense|ridiculous|absurd|silly|daft|"
        r"stupid)\b|\b(?:that's|that is|what a) (?:a |an )?(?:really |pretty )?(?:stupid|daft|"
        r"silly|ridiculous|terrible|mad|crazy|pointless|hopeless|bad) (?:idea|plan|thing to "
        r"(?:do|say))\b|(?:^|(?<=[.!?] )|(?<=, )|(?<=\bwell )|(?<=\bno )|(?<=\bnah )|(?<=\boh "
        r")|(?<=\blook ))(?:that|it)(?:'ll| will)? (?:never|not|won't|isn't going to|is never "
        r"going to|'s never going to|'s not going to) (?:work|happen)\b|"
        r"(?:^|(?<=[.!?] ))(?:it's |that's )?never (?:going to|gonna) (?:work|happen)\b|"
        r"\bwhat's wrong with you\b|"
        r"\bi(?:'m| am) (?:not having|not putting up with) (?:it|that|this)\b|"
        r"\byou(?:'ve| have) (?:only )?(?:got )?yourself to blame\b|\bno (?:ifs|buts)\b"
    )),
)


_STRUCTURAL: tuple[_Rule, ...] = (
    _Rule(Trap.POWER, _rx(
        r"\b(?:i|we|they|staff|the (?:team|consultant|doctors?|council|panel|manager|staff|"
        r"agency|home|service|court|ward|psychiatrist|school|hospital))(?:'ve| have| has|'re| "
        r"are|'m| am|'ll| will| is)? (?:just |already |now )?(?:decided|arranging|putting (?:you|"
        r"your name)|put your name|increasing|reducing|stopping|cancelling|ending|withdrawing|"
        r"sectioning|discharging|transferring|allocating|moving you|placing you|sending you "
        r"(?:to|away|home|back)|(?:choose|choosing|chosen|chose|pick|picking|decide|deciding) "
        r"(?:what|where|when|who|how|if|whether|for) (?:you|he|she|they)|agreed (?:with "
        r"(?:your|the) \w+ )?that you|told (?:the|your) \w+ to)\b|"
        r"\byou(?:'ll| will) (?:have|get|be|go|need|start)\b[^.?!]{0,60}\bfrom (?:now|next|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|the \w+)\b|"
        r"\byou(?:'re| are) not (?:going (?:to(?! be (?:forced|made|pushed|rushed|pressured|"
        r"moved against))|back|home|out)|seeing|having|staying|allowed|"
        r"moving|getting)\b|\b(?:we'll|i'll|we will|i will) have to (?:discharge|evict|"
    r"exclude|section|get a warrant|close|withdraw|take|involve|call|"
        r"report|remove|inform|stop|end|move)\b"
    )),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:i'll|we'll|i will|we will|i can|we can|let's|let us|we could|i could|i'm going "
        r"to|we're going to) (?:just )?(?:get|set up|sort|order|find|"
        r"fit|put in|refer|try|install|chase)\b(?! (?:a time|a date|another|back to you|you "
        r"a copy|started))|"
        r"\b(?:works wonders|does the trick|is the (?:best |only )?(?:cure|remedy|medicine|"
        r"answer|solution|way forward)|(?:would|will|'ll|could) let you|is (?:just )?what you "
        r"need|problem solved|job done|sorted)\b|"
        r"\b(?:wouldn't|won't|couldn't|would|could) (?:a|an|some|the) \w+(?: \w+)? (?:help|"
        r"work|sort it|sort things|fix it|solve it|do the trick)\b|"
        r"(?:^|[.!?]\s+|,\s*)(?:just )?(?!get a grip)(?:get|buy|try|use|download|join|install|"
        r"order) (?:a|an|"
        r"some|the|yourself)\b|"
        r"\byou (?:really )?(?:should|need to|ought to|could) (?:try|get|join|go to|"
        r"buy|download|ring|call|ask) (?:a|an|the|some)\b"
    )),
    _Rule(Trap.EXPERT, _rx(
        r"\bwhat i(?:'d| would) do is\b|\bif it (?:was|were) me\b|\bin my (?:experience|"
        r"opinion|view),? (?:you|the best|it's best|it's better)|\byou(?:'re| are) (?:much |far )?"
        r"better off\b|\bplease (?:keep|use|take|wear|try|make|don't|stop|remember|"
        r"call|ring|eat|drink)\b|\bmy advice\b|(?:^|[.!?]\s+)(?:just )?stay (?:away|in|home|"
        r"off|out|indoors|put)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:you're|you are|he's|he is|she's|she is|they're|they are) (?:acting|behaving) like "
        r"(?:a|an) \w+|\byour own worst enemy\b|\b(?:a|such a) (?:bad|terrible|awful) "
        r"(?:influence|example|mother|father|parent|mum|dad)\b|\bout of control\b|"
        r"\b(?:you're|you are|he's|she's) (?:obviously|clearly) (?:depressed|anxious|unwell|ill|"
        r"mad|disturbed|drunk|high|paranoid)\b|\b(?:you're|you are|she's|he's) (?:a|an) "
        r"(?:very |really |bit of an? )?(?:anxious|nervous|neurotic|overbearing|pushy|soft|"
        r"lonely old) (?:mum|dad|mother|father|person|man|woman|lady|parent|carer|type)\b|"
        r"\b(?:wants|after|for|seeking) attention\b|\b(?:your|his|her) (?:son|daughter|mum|"
        r"dad|mother|father|wife|husband|partner)'s (?:very |so |really |just |a bit )?(?:"
        + _NEG_TRAITS + r")\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bdo you want to (?:end up|lose|die|go back|be (?:homeless|evicted|excluded|"
        r"sectioned|alone))\b|\bmaking (?:you|things|it|everything|him|her|them) worse\b|"
        r"\bstop (?:feeling sorry|moaning|complaining|whinging|whining|making a fuss|being "
        r"silly)\b|\bfeeling sorry for yourself\b|\byou(?:'re| are) putting (?:\w+ ){0,3}"
        r"(?:at risk|in danger)\b|\b(?:frankly|quite frankly|to be blunt|let's face it|face it)"
        r"\b|\bif (?:nothing changes|things don't change)\b[^.?!]{0,60}(?:will|'ll|going to)\b|"
        r"\b(?:take|taking) (?:further )?action\b|\bnot doing (?:him|her|yourself|them|anyone|"
        r"the \w+) any favours\b|\bthat's not what (?:you|happened)\b"
    )),
)


_CHALLENGE: tuple[_Rule, ...] = (
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:do|did) you (?:really|honestly|seriously) (?:expect|think|believe|want)\b|"
        r"\bis that (?:really|honestly) the best\b|\byou (?:really|honestly|seriously) think "
        r"you\b|\bwhat did you (?:think|expect) would happen\b|\bare you (?:really|"
        r"seriously|honestly) (?:going|telling|saying|expecting)\b|"
        r"\byou(?:'re| are) (?:failing|throwing (?:your|it|everything)|wasting|ruining|"
        r"destroying|letting (?:\w+ )?down|hurting (?:your|the|those)|neglecting)\b|"
        r"\byou(?:'re| are) the one (?:who|that)\b(?! (?:gets? to|decides?|chooses|knows?|"
        r"is in charge|makes? the|should decide|can decide))|"
        r"\byou were (?:told|warned)\b(?! that you (?:could|can|might))|"
        r"\byou can't have it both ways\b|\byou don't know what's best\b|"
        r"\blet's not (?:pretend|kid ourselves)\b|\b(?:isn't|is not|simply isn't) the case\b|"
        r"\byou(?:'ll| will) be (?:sorry|dead|back here|in trouble)\b|\bat this rate\b|"
        r"\b(?:it's|it is) not (?:the|your) \w+,? (?:it's|it is) (?:the|your)\b|"
        r"\byou can't even\b|\blook at the state of\b|\bwith respect,? you\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bwhat did you (?:think|expect) (?:would|was going to|was gonna) happen(?:\s*[?!.]|\s*$|"
        r" if you\b)|\b(?:do|did) you (?:really|honestly|"
        r"seriously) (?:expect|think|believe)\b|^(?:so )?you (?:really|honestly|seriously) "
        r"think you\b"
    ), respect_view=False),
    _Rule(Trap.POWER, _rx(
        r"\bmade (?:the|a|this|that) decision (?:for|about|on behalf of) you\b|"
        r"\b(?:i'm|we're|i am|we are) not (?:letting|allowing) you\b|\bthe (?:panel|team|"
        r"board|council|doctors?|consultant|manager) (?:has|have) (?:agreed|approved|signed off|"
        r"decided)\b"
    )),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:would|will|'ll|should) (?:stop|prevent|keep) (?:him|her|you|them) (?:from )?"
        r"\w+ing\b|\b(?:we'll|i'll|we can|i can) put (?:a|an|some) \w+(?: \w+)? in\b|"
        r"\band that'll be that\b|\byou won't have to worry\b"
    )),
    _Rule(Trap.EXPERT, _rx(
        r"\bi(?:'d| would) (?:move|sell|leave|give|go|stop|get|buy|ring|call|write|"
        r"see)\b[^.?!]{0,40}"
        r"\b(?:personally|if i were you|myself|in your shoes)\b|\bi(?:'d| would) (?:move|sell|"
        r"leave|give up|stop) (?:to|the|your|it|him|her)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\byou(?:'re| are) (?:so |very |really |always |just )(?:negative|difficult|"
        r"pessimistic|fussy|touchy|awkward|stubborn)\b|\b(?:an? )?angry young (?:man|woman)\b"
    )),
)


_MORE_STANCE: tuple[_Rule, ...] = (
    _Rule(Trap.EXPERT, _rx(
        r"(?:^|[.!?]\s+|\b(?:honestly|really|so|well),? )(?:the )?best thing (?:you can do|"
        r"you could do|to do|for you)(?: for yourself)?(?: now)? is\b"
    )),
    _Rule(Trap.POWER, _rx(
        r"\b(?:taken )?out of your hands\b|\bi(?:'m| am) (?:going to have to )?insist\b|"
        r"\bi(?:'m| am) afraid you(?:'ll| will) (?:just )?have to\b|\byou have no (?:choice|"
        r"say|option)\b|\bit(?:'s| has) (?:already )?been agreed\b|\bwe(?:'ve| have) (?:all )?"
        r"agreed (?:that )?you\b"
    )),
    _Rule(Trap.YES_BUT, _rx(
        r"(?:^|[.!?]\s+)(?:while|whilst|although|though|even though) (?:i|we) (?:do |totally |"
        r"completely |really )?(?:understand|appreciate|know|hear|see|get|respect|accept)\b"
    ), respect_view=False),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:would|will|'ll|could) make (?:life|things|it|everything|your life) (?:so much |a "
        r"lot |much |far )?(?:easier|better|simpler)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\byou(?:'re| are) too (?:proud|stubborn|lazy|independent for your own good|set in "
        r"your ways)\b|\b(?:playing|acting) up\b|\bkicking off\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\band you know it\b|\bi don't think you(?:'re| are) being (?:truthful|honest|"
        r"straight)\b"
    )),
    _Rule(Trap.POWER, _rx(
        r"\b(?:it's|it has|everything's|everything has|that's|it's all|that has) (?:all )?been "
        r"(?:sorted|arranged|decided|organised|organized|booked|agreed|settled)\b|"
        r"\bthere's no point (?:discussing|arguing|talking about)\b|\bthe (?:move|plan|"
        r"placement|admission|decision) is (?:happening|going ahead|final|decided|made)\b|"
        r"\bwill be (?:given|managed|handled|done|taken over|controlled|decided) by (?:staff|us|"
        r"the (?:carers|staff|team|home|council))\b"
    )),
    _Rule(Trap.EXPERT, _rx(
        r"\b(?:if you want my (?:opinion|advice|view)|if you ask me|in my opinion|take my "
        r"advice)\b"
    ), respect_view=False),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"^(?:so |well |honestly |really )?what (?:would|will|'ll|'d) (?:really |probably )?help"
        r" (?:you )?(?:is|are|most is)\b|\bthere (?:are|'re) (?:some|loads of|lots of|plenty of)"
        r" (?:\w+ )?(?:great |good |brilliant |really good )?(?:apps|groups|services|courses|"
        r"classes|clubs|websites|gadgets|devices|charities)\b|\b(?:it's|it is|they're|that's) "
        r"(?:really |brilliant |great |good |so good )(?:for|at) (?:sleep|anxiety|stress|"
        r"pain|loneliness|mood|that|this|it)\b|\b(?:it's|it is) great for\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:you've|you have|he's|he has|she's|she has) got (?:a bit of |a real |quite )?"
        r"(?:a temper|an attitude|a chip on (?:your|his|her) shoulder|a short fuse)\b|"
        r"\bmaking a mountain out of a molehill\b|\bmaking (?:a )?(?:drama|fuss) (?:out of|"
        r"about) nothing\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bthat's not how (?:it|things) happened\b|\b(?:nobody|no one|no-one) else "
        r"(?:has|seems to have|complains|has a problem)\b|\byou(?:'re| are) (?:just )?"
        r"(?:exaggerating|overreacting|over-reacting|making it up)\b|\breality check\b"
    )),
)


_PLACEMENT = (
    r"(?:a |an |the )?(?:residential|nursing|care home|home|placement|respite|supported "
    r"living|sheltered|foster|move|moving|admission|hospital|day centre|\w+ placement)"
)
_SOFT_STANCE: tuple[_Rule, ...] = (
    # Power put softly: the team's view, a plan already settled, having to act.
    _Rule(Trap.POWER, _rx(
        r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'m going to| am going to) "
        r"(?!be\b)\w+[^.?!]{0,60}\bfrom (?:now on|next (?:week|month)|tomorrow|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|the (?:weekend|first|start))\b|"
        r"\b(?:we|i)(?:'ll| will|'re going to| are going to|'m going to| am going to) (?:probably "
        r"|really |definitely )?(?:need|have) to (?:look at|think about|consider|go for|go with|"
        r"push for|arrange|get you|put you|move you) " + _PLACEMENT + r"\b|"
        r"\b(?:we|i)(?:'re| are|'m| am)? (?:going to|gonna) have to (?:\w+ )?(?:put|move|limit|"
        r"reduce|cut|stop|end|cancel|change|increase|take|tell|inform|report|involve|place|"
        r"send|keep|book|arrange)\b|"
        r"\b(?:the|our) (?:team|doctors?|consultant|panel|staff|professionals|nurses|manager|"
        r"school|ward|service|social workers?|council)(?:'s| has| have)? (?:all )?(?:feel|feels|"
        r"felt|think|thinks|thought|decided|agreed|view is|recommend|recommended)(?: that)? "
        r"(?:it(?:'s| is|'d| would be| will be) (?:best|better|safest|right)|you(?:'ll| will| "
        r"should| need| must| have)|the (?:best|only|right))|"
        r"\bso (?:that's|that is) (?:what's happening|what is happening|what will happen|the plan|"
        r"what we're doing|what we'll do|how it(?:'s| is) going to be|decided|settled)\b|"
        r"\b(?:here's|this is|so) what(?:'s| is) (?:going to|gonna) happen\b|"
        r"^(?:so |right |ok(?:ay)? |well )?what(?:'s| is) (?:going to|gonna) happen is\b|"
        r"\bwe(?:'re| are) keeping (?:you|him|her|them) (?:here|in|on)\b|"
        r"\bwhether you (?:like it|want (?:it|me to|to)|agree|do or not)\b|"
        r"\b(?:is|'s) the only (?:option|way forward|choice|answer)"
        r"(?: left| now| for you| here)?\b|"
        r"\b(?:i|we)(?:'ve| have) (?:already |just |now )?(?:given|changed|moved|swapped|sold|"
        r"cancelled|stopped|reduced|ended|handed|passed|asked (?:the|your) \w+ to (?:end|stop|"
        r"cancel|change|take|move)) (?:your|his|her|their)\b|"
        r"\b(?:you|your \w+|he|she|they|the (?:kids|children|baby))(?:'ll| will) (?:now )?"
        r"(?:be )?(?:going|moving|staying|living|attending|starting|having|getting)\b[^.?!]{0,50}"
        r"\bfrom (?:now on|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|tomorrow)\b|"
        r"\b(?:we're|i'm|we are|i am) (?:putting|moving|placing|sending|taking) (?:him|her|them|"
        r"your \w+) (?:on|into|in|to|off|out)\b|"
        r"\bwhat (?:we|the (?:panel|team|doctors?|council|school)) (?:decide|decides|have decided|"
        r"has decided)\b|"
        r"\b(?:so|and) (?:that's|that is) (?:that|final|the end of (?:it|that|the matter))\b|"
        r"\b(?:i|we)(?:'ll| will) be (?:ringing|calling|phoning|contacting|informing|writing to|"
        r"speaking to|telling|letting) (?:your|the) (?:school|mum|dad|son|daughter|family|gp|"
        r"doctor|landlord|employer|teacher|college|social worker|parents|wife|husband|carers?|"
        r"bank|benefits|police|court|housing)\b"
    ), statement_only=True),
    # Labelling: a character, a condition or a type pinned on the person.
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:is|'s|sounds?|seems?|are|'re|being) (?:a bit |very |so |quite |really |a little )?"
        r"(?:ocd|adhd|autistic|bipolar|manic|psycho|schizo|neurotic|anorexic|depressed|"
        r"clinically \w+|away with the fairies|not all there|off (?:his|her|your) head)\b|"
        r"\bin (?:a (?:bit|state|spot) of |complete |total |real |such )denial\b|"
        r"\b(?:that's|that is|it's|it is|this is|sounds like|sounds like a|you're|you are|"
        r"he's|she's|a|a bit of a) (?:just |a |pretty |really |such a )?(?:classic|textbook) "
        r"(?!car|film|movie|music|rock|novel|book|song|recipe|serial|tv)\w+|"
        r"\b(?:carers|parents|mums|dads|mothers|fathers|people|men|women|lads|boys|girls|kids|"
        r"teenagers|teens|folk|families|patients|clients|residents) like (?:you|him|her|them|"
        r"yours|your \w+)\b|"
        r"\b(?:the|an?) (?:anxious|nervous|worrying|worrier|difficult|stubborn|awkward|needy|"
        r"dramatic|lazy|clingy|angry|aggressive|moody|sensitive|emotional|fussy|demanding|"
        r"argumentative|jealous|controlling|overprotective|over-protective|neurotic|obsessive)"
        r" (?:type|sort|kind)\b|"
        r"\b(?:a )?(?:worrier|pessimist|perfectionist|fusspot|loner|drama queen|control freak|"
        r"people pleaser|hoarder|bully) (?:by nature|at heart|through and through)\b|"
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|they(?:'re| are)) (?:just |always |so |"
        r"really |such |a bit |clearly |obviously )*(?:catastrophi[sz]ing|overthinking|"
        r"over-thinking|being (?:so |a bit |really )?(?:paranoid|silly|dramatic|precious|"
        r"difficult|awkward|stubborn|childish|unreasonable))\b|"
        r"\b(?:you|he|she|they)(?:'ve|'s| have| has)? (?:probably |clearly |obviously |"
        r"definitely )?(?:got )?(?:attachment issues|anger issues|trust issues|an attitude "
        r"problem|a personality disorder|adhd|add|ocd|bipolar|borderline|asperger's|aspergers|"
        r"issues)\b|"
        r"\b(?:he|she|you|they) (?:can be|gets|get|is getting|are getting|can get|always gets|"
        r"sounds|seems|comes across as) (?:very |really |quite |so |a bit |a little |rather )?"
        r"(?:manipulative|hyperactive|hysterical|paranoid|obsessive|needy|clingy|dramatic|"
        r"demanding|stroppy|lazy|stubborn|awkward)\b|"
        r"\b(?:is|are|was|were) (?:he|she|you|they) (?:always|usually|often|normally|ever)? ?"
        r"(?:this|that|so) (?:naughty|difficult|rude|lazy|stubborn|awkward|demanding|clingy|"
        r"aggressive|moody|dramatic)\b|"
        r"\b(?:that's|it's) (?:just |only )?(?:the|his|her|your) (?:autism|adhd|dementia|"
        r"depression|illness|condition|disability|learning disability|personality)\b(?! (?:nurse|"
        r"team|service|assessment|diagnosis|clinic|worker))"
    )),
    # Confrontational: disputing, correcting and warning, put plainly or with a tag.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:that|it|this)(?: just)? (?:isn't|is not|wasn't|was not|'s not|is just not|'s "
        r"just not) (?:true|right|what (?:happened|you said|was agreed)|how (?:it|things) "
        r"happened|the case|realistic|going to happen|fair on \w+|the whole story|an option|"
        r"acceptable|good enough|an excuse)\b|"
        r"\bthat's (?:really |just |simply )?not (?:fair on|a (?:very )?(?:sensible|realistic|"
        r"reasonable|good|wise|clever|smart) (?:thing|idea|plan|choice|way))\b|"
        r"\b(?:that's|that is|it's|it is) not what (?:\w+ ){1,3}(?:told|said|says|say|tells)\b|"
        r"\byou(?:'re| are) making (?:this|it|things|everything|life|that) (?:\w+ ){0,2}"
        r"(?:harder|worse|more difficult|difficult)\b|"
        r"\byou do (?:realise|realize|understand|know|see) (?:that |what |if |how )?(?:you|"
        r"your|this|it|that|the|we|they|he|she|there)\b|"
        r"\bexactly the (?:sort|kind|type) of (?:thing|thinking|behaviou?r|attitude|talk)\b|"
        r"\bwhat (?:on earth |the hell )?were you thinking\b|"
        r"\bwhat did you (?:think|expect) (?:was going to|would|was gonna) happen\b|"
        r"\byou knew (?:exactly|full well|perfectly well|very well|what you were doing)\b|"
        r"\bdon't (?:pretend|try to pretend|kid yourself|kid me|give me that)\b|"
        r"\btells? a (?:different|very different) story\b|"
        r"\b(?:don't|doesn't) you think (?:that's|that is|you're|you are|it's|this is) (?:being )?"
        r"(?:a bit|a little|rather|quite|very|too|just|so|really|being|selfish|unfair|silly|"
        r"unreasonable|paranoid)\b|"
        r"\bare you (?:really|sure about that)\s*\?|\byou did (?:agree|promise|sign|say you "
        r"would)\b(?![^.?!]*\b(?:and|but) (?:you|it)\b)|\bi don't (?:understand|see) (?:what )?"
        r"(?:the problem|the issue|why you're)\b|"
        r"\bif (?:this|that|it|things) (?:keeps? (?:happening|up|on)|carries on|continues|"
        r"happens again|goes on)\b[^.?!]{0,60}(?:will|'ll|going to|gonna)\b|"
        r"\byou know (?:that )?(?:you(?:'re| are)|you're) not (?:allowed|supposed|meant)\b|"
        r"\bcome off it\b|\bhere we go again\b|\b(?:i've|i have) heard (?:it|that|this) "
        r"(?:all )?before\b|\bpull the other one\b|\byou can(?:'t|not) be serious\b|"
        r"\bget a grip\b|(?:^|[.!?,]\s*)sort yourself out\b|\bnobody (?:forced|made) you\b|"
        r"\b(?:a bit|pretty|rather) rich coming from\b|\bdon't come (?:crying|running) to\b|"
        r"\b(?:that's|that is) no way to (?:speak|talk|behave|treat|carry on)\b|"
        r"\bnot rocket science\b|\b(?:need to|have to|got to|should|must|start|time to|time "
        r"you) (?:take|taking) (?:some |any )?responsibility\b|\btake some responsibility\b|"
        r"^(?:oh |and )?(?:seriously|really)\s*\?(?=\s*\w)|\bare you sure about that\b|"
        r"\ba likely story\b|\bgive over\b|\byou said that last time\b"
    )),
    # Confrontational: blaming, moralising, disbelief and putting the person straight.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bi (?:find|found) (?:that|it|this) (?:very |really |quite |a bit |rather )?hard to "
        r"believe\b|\bi don't believe (?:a word|that for|it for)\b|"
        r"\byou should(?:'ve| have) (?:thought|known|said|told|asked|listened|done|stopped|"
        r"come|rung|called|checked|realised|realized|seen)\b|"
        r"\byour own doing\b|"
        r"\b(?:you ought to|you should) be ashamed\b|\bshame on you\b|"
        r"\bthink about what you(?:'re| are) doing to\b|\bthink (?:about|of) (?:your|the) "
        r"(?:kids|children|family|mum|dad|wife|husband|partner) for once\b|"
        r"\bhardly surprising\b|\byou(?:'re| are) not (?:hearing|listening to) (?:me|what)\b|"
        r"\byou just don't want to (?:hear|listen|know)\b|\b(?:won't|will not|can't) keep "
        r"(?:turning a blind eye|letting this go|covering for)\b|"
        r"\bwon't (?:put up with|tolerate)\b|"
        r"\bi(?:'m| am) telling you (?:now|straight|again)\b|\b(?:this|it|that) can(?:'t|not) "
        r"(?:go on|carry on|continue)\b|\byou need to hear this\b|\blisten to me\b|"
        r"\byou(?:'ve| have) been told (?:this |that |it )?(?:before|already|again|a hundred|so "
        r"many|often|time and again|over and over|loads)\b|\beveryone else's fault\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bhow do you think (?:that|this|it) (?:makes|made|would make) (?:\w+ ){1,3}feel\b|"
        r"\bdo you (?:really )?think (?:that's|that is|it's|it is|this is) (?:fair|okay|ok|right|"
        r"acceptable|good enough|normal) (?:on|to|for)\b|"
        r"\bhow (?:is|are|will) (?:\w+ ){1,4}(?:going to|gonna) help\b"
        r"(?= ?(?:anyone|anything|matters|things)?\s*[?]?\s*$)|"
        r"\bwhat do you expect (?:me|us|them|her|him) to\b|"
        r"\bis (?:that|this|it) (?:really )?(?:the best you can do|fair on|fair to(?! say)|"
        r"acceptable)\b"
    ), respect_view=False),
    # Labelling: idioms and attitudes.
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:got|has|have|with) (?:a )?(?:real |bit of an? |proper |bad |right )?attitude "
        r"(?:on (?:him|her|you)|problem)\b|\bnot the (?:sharpest|brightest) \w+\b|"
        r"\b(?:a few|several) (?:sandwiches|bricks|cards) short\b|\bthick as\b|"
        r"\b(?:a|such a|bit of a|right) (?:madam|loose cannon|diva|princess|nutter|psycho|"
        r"wind-?up merchant|waste of space)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:lacks?|lacking|has no|have no|with no|shows? no|(?:has|have|'s|'ve) got no|hasn't "
        r"got any|haven't got any) (?:real |any )?(?:insight|common sense|motivation|self-control|"
        r"boundaries)\b|"
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|they(?:'re| are)) (?:very |so |really |quite "
        r"|just |always )?(?:hard|difficult|impossible) to (?:engage|reach|work with|manage|"
        r"place|please)\b|"
        r"\b(?:(?:he|she)(?:'s| is)|they(?:'re| are)|you(?:'re| are)) (?:just |clearly |"
        r"obviously |only )?(?:manipulating|playing (?:the system|you|everyone|games|up)|winding "
        r"(?:you|everyone|us) up|swinging the lead|putting it on|faking it|doing it for "
        r"attention)\b|"
        r"\b(?:a|such a|your|their|his|her) (?:chaotic|disorganised|dysfunctional) (?:lifestyle|"
        r"family|household|life|mum|dad|parent)\b|"
        r"\ba (?:frequent (?:attender|flyer|caller)|compulsive liar|pathological liar|bad lot|"
        r"bad apple|waste of space|time[- ]waster|problem drinker|non-?engager)\b|"
        r"\byou(?:'re| are) (?:the|a|that) (?:sort|type|kind)(?: of person)? (?:who|that)\b"
    )),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\byou (?:really )?want to get (?:yourself|him|her|them) (?:a|an|some|one)\b|"
        r"\b(?:we|i) (?:could|can|might|'ll|will) (?:look at|try|think about|consider) (?:a|an|"
        r"some|getting|setting up|putting in) (?!few\b|time\b|date\b|way\b|couple\b|bit\b)|"
        r"\b(?:a good idea|one idea|the way round (?:that|it|this)|(?:the )?(?:easiest|simplest|"
        r"quickest) (?:thing|way|fix)|the best fix)(?: would be| is|'s)\b|"
        r"\b(?:i|we)(?:'ll| will| can| could) (?:ask|get) (?:the|your) (?:gp|doctor|nurse|"
        r"district nurse|ot|physio|pharmacist|consultant|social worker|psychiatrist) to (?:review|"
        r"change|increase|reduce|look at|prescribe|put|sort|check|come|pop|refer)\b|"
        r"\bi know (?:a|an|this) (?:lady|man|guy|woman|bloke|company|place|group|charity|firm) "
        r"(?:who|that)\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:it's|it is|that's|that is|this is) (?:just |simply |totally |completely )?(?:not "
        r"acceptable|unacceptable)\b|\byou can(?:'t|not) (?:speak|talk|behave|carry on|treat "
        r"\w+) (?:to (?:\w+ ){1,2})?like that\b|\byou did (?:say|tell me) (?:that|so|this)"
        r"(?=\s*(?:[,.!;]|$))|"
        r"\b(?:that's|that is|it's) not (?:the story|what|how) (?:\w+ ){1,3}(?:told|said|says|"
        r"tells|described|remembers)\b|\bif you(?:'d| had) (?:\w+ ){1,5}(?:sooner|earlier|"
        r"before|in the first place|when (?:i|we) said)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:a|an) (?:habitual|serial|chronic|persistent) (?:absconder|complainer|liar|"
        r"offender|non-?attender|drinker|moaner|time[- ]waster)\b|"
        r"\b(?:likes? to|loves? to|always) plays? the (?:victim|martyr)\b"
    )),
    _Rule(Trap.POWER, _rx(
        r"\b(?:i|we)(?:'ll| will|'re| are|'m| am) (?:be )?taking (?:over|control of|charge of) "
        r"(?:your|his|her|their)\b|"
        r"\btold (?:him|her|them|your \w+) (?:that )?you(?:'ll| will|'re| are| won't| can't| "
        r"have to| need to)\b"
    )),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:we|i)(?:'ll| will) just (?:apply|book|order|get|sort|arrange|put|fit|refer)\b|"
        r"\b(?:would|will|'ll|could|might) give (?:you|him|her|them) (?:real |some |more )?"
        r"(?:peace of mind|a break|freedom|confidence|independence|respite|relief|company)\b"
    ), statement_only=True),
    _Rule(Trap.POWER, _rx(
        r"\b(?:your|the|his|her|their) (?:\w+ )?(?:package|budget|visits|calls|hours|care|support|"
        r"contact|placement|payments?|benefits|allowance|medication|tenancy|respite|sessions) "
        r"(?:will|is going to|are going to|has|have|is|are)(?: now)? (?:be |been |being )"
        r"(?:reduced|cut|stopped|ended|withdrawn|changed|moved|supervised|suspended|capped|limited|increased|"
        r"cancelled|terminated|reviewed down|halved|taken over|transferred)\b|"
        r"\b(?:a|the) (?:placement|bed|room|place|home|unit|foster (?:home|placement)) (?:has been|"
        r"have been|is being|was) (?:identified|found|allocated|secured|arranged|agreed) for "
        r"(?:you|him|her|them)\b|\bdecision is final\b|"
        r"\b(?:i'm|we're|i am|we are) (?:putting in|making|sending) (?:a|the) (?:referral|"
        r"application|request) (?:for|to) (?:residential|nursing|a care home|a placement|respite|"
        r"supported living)\b"
    )),
    _Rule(Trap.EXPERT, _rx(
        r"\b(?:it's|it is|it would be|it'd be) (?:really |very |clearly )?(?:in your best "
        r"interests?|for your own good|for the best) (?:to|that|if)\b"
    )),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:is|are|'s|was|were) (?:known to be|known for being|always|renowned for being) "
        r"(?:very |quite |so |rather )?(?:aggressive|hostile|difficult|awkward|manipulative|"
        r"uncooperative|unco-operative|non-?compliant|demanding|violent|abusive|volatile|"
        r"unreliable|dishonest|challenging|obstructive)\b|"
        r"\b(?:is|'s|was) (?:a|an) (?:very |really |quite |rather )?(?:difficult|awkward|"
        r"aggressive|hostile|demanding|manipulative|stubborn|challenging|nasty|rude|lazy|needy|"
        r"hopeless|useless|problem) (?:man|woman|lady|gentleman|person|character|family|client|"
        r"patient|boy|girl|lad|child|customer|case)\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bfailure to (?:engage|comply|attend|co-?operate|cooperate|keep|take) (?:\w+ ){0,4}"
        r"(?:will|would|may|could) (?:result|lead)\b|\bwhich is (?:simply |totally |completely )?"
        r"(?:unacceptable|not acceptable|not good enough)\b"
    )),
    _Rule(Trap.EXPERT, _rx(
        r"\byou (?:don't|do not) want to be (?:doing|going|carrying|lifting|driving|drinking|"
        r"eating|taking|getting|living|leaving|giving up|dropping out|stopping|smoking|staying)\b|"
        r"\byou(?:'d| would) be (?:mad|daft|silly|crazy|a fool) "
        r"not to\b|\bthe sooner you (?:[\w']+,? ){1,5}the better\b|"
        r"\bmy (?:honest |strong |personal )?(?:advice|suggestion|recommendation)\b|"
        r"\byou (?:wanna|want to) be careful\b|"
        r"\b(?:it's|it is|i think it's) (?:about )?time (?:you|to) (?:moved|move|let|accepted|"
        r"accept|stopped|stop|started|start|got|get|gave|give|thought|think|made|make|went|go|"
        r"sold|sell|told|tell)\b|(?:^|[.!?,]\s*)(?:just )?(?:say no|tell (?:him|her|them) no|"
        r"put your foot down|stand up to (?:him|her|them))\b"
    )),
    _Rule(Trap.POWER, _rx(
        r"\b(?:staff|the staff|carers|the carers|we|i|the team|the home|the council|the "
        r"(?:ward|unit|agency|deputy))(?:'ll| will| are going to|'re going to| is going to) "
        r"(?:now )?(?:manage|handle|control|look after|take over|hold|keep|deal with) "
        r"(?:your|his|her|their) "
        r"(?:money|finances|medication|medicines|tablets|cards?|bank|benefits|pension|keys|phone|"
        r"post|bills)\b"
    )),
    _Rule(Trap.POWER, _rx(
        r"\b(?:so|and) (?:that's|that is) (?:that|final|the end of (?:it|that|the matter))\s*"
        r"[.!]*$|\bi(?:'m| am) not having (?:you|him|her|them)\b|\bi won't have (?:you|him|her) "
        r"\w+ing\b|\byou(?:'re| are) staying (?:in|here|put|home|on the ward|with \w+)\b"
    ), respect_view=False),
    _Rule(Trap.POWER, _rx(
        r"\b(?:the )?(?:carers|staff|nurses|support workers?|district nurses?)(?:'ll| will) "
        r"(?:now )?(?:be )?(?:coming|come|visiting|visit|calling|call|doing|do)\b[^.?!]{0,40}"
        r"\bfrom "
        r"(?:now on|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"tomorrow)\b|"
        r"\b(?:i|we)(?:'ve| have) (?:already |just )?(?:let|told|informed) (?:the|your) "
        r"(?:landlord|school|council|employer|boss|college|bank|gp|family|mum|dad|son|daughter|neighbours?|"
        r"police|housing)\b"
    ), statement_only=True),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:your|this is your|that's your) (?:last|final) (?:chance|warning)\b|"
        r"\bfinal warning\b|\bi must remind you\b|\byou need to be aware that (?:we|they|the "
        r"police|the court|if)\b|\bdigging (?:yourself|a hole)\b|\byou can(?:'t|not) have it "
        r"(?:all )?your own way\b|\b(?:we've|we have|i've|i have) been (?:over|through) "
        r"(?:this|that|it) (?:a hundred|so many|loads of|countless|many|a thousand) times\b|"
        r"\byou(?:'re| are) (?:completely |totally |just )?missing the point\b|"
        r"\b(?:that's|that is) beside the point\b|\bdo you even (?:care|want|listen|try)\b"
    )),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bis (?:that|this) really (?:how|what) you want\b|\bhow can you (?:say|think|expect|"
        r"claim|call) (?:that|this|it)\b"
    ), respect_view=False),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|they(?:'re| are)) (?:just |far |much |way )?"
        r"too (?:sensitive|touchy|emotional|soft|needy|negative|clingy|dramatic)\b|"
        r"\btakes? (?:everything|it all|things) (?:so |too )?personally\b|\boverreacts? to "
        r"(?:everything|anything)\b|\bglass half empty\b|\ba screw loose\b|\bvictim mentality\b|"
        r"\b(?:(?:he|she)(?:'s| is)|you(?:'re| are)) (?:very |so |really |quite |a bit )?"
        r"(?:a bit much(?! for)|highly strung|"
        r"(?:just )?trouble,|a bad (?:lad|lot|egg|apple))|"
        r"\b(?:you've|you have) always been like (?:this|that)\s*[.!]*$"
    )),
    # Problem solving: the fix put as what the person could do.
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"^(?:so |well |right |okay |ok |um |er )*what (?:you|u|we|i) (?:could|can|might) (?:do|"
        r"try) is\b|\bwhat (?:works|worked|helps|helped) (?:for )?(?:a lot of|lots of|most|some) "
        r"(?:people|carers|parents|families) is\b"
    )),
    # Expert: the best way, what someone needs, how safe it would be.
    _Rule(Trap.EXPERT, _rx(
        r"\bthe (?:best|right|sensible|only|simplest|easiest|safest|obvious) (?:thing|option|"
        r"approach|answer|way|solution|course|plan|move|choice|idea)(?: (?:here|now|for you|"
        r"to do))?(?: would be| is|'s| will be)\b|"
        r"^(?:so |honestly |well |look |really )?what (?:he|she|they|your \w+|the \w+|the kids) "
        r"(?:really |actually )?needs? (?:is|are|more than anything is)\b|"
        r"\bit(?:'d| would|'ll| will|'s| is) be (?:much |far |a lot |so much )?(?:safer|wiser|"
        r"better|best|easier) (?:for you )?(?:to|if you)\b|"
        r"\b(?:he|she|they|the kids|the children|your \w+) needs? you to\b|"
        r"\b(?:it's|it is) as simple as that\b"
    ), statement_only=True),
    # Problem solving: the fix that will help.
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"(?<!what )(?<!which )(?<!who )(?<!else )(?<!think )\b(?:a|an|some|the|this|that|it|"
        r"these) (?:\w+ ){0,3}(?:would|will|should|'ll|'d|may|might|could) (?:really |definitely "
        r"|probably |honestly |certainly )?(?:help (?:you |him |her |them )?(?:to )?(?:remember|"
        r"sleep|relax|cope|manage|settle|feel|get|stay|keep|with)|take the pressure|lift (?:your|"
        r"his|her|their) mood|make (?:you|him|her|them|it|things|life|everything) (?:feel )?"
        r"(?:better|easier|safer)|do (?:you|him|her|them) (?:good|the world of good))\b|"
        r"\b(?:that|this|it) should (?:help|do it|sort it|do the trick)\s*[.!]*$"
    ), statement_only=True),
    # Yes, but: an acknowledgement taken back with "that said", "even so", "the thing is".
    _Rule(Trap.YES_BUT, _rx(
        r"\b(?:i (?:know|understand|get|see|hear|appreciate|accept|respect)|fair (?:point|"
        r"enough)|that's (?:fair|true|a fair point|a good point)|point taken|i take your point)"
        r"[^.?!]{0,80}?[.,;]\s*(?:that said|having said that|even so|all the same|mind you|"
        r"at the end of the day|the thing is|the problem is|the reality is|the fact is),"
    ), respect_view=False),
)


_PERSPECTIVE = re.compile(
    r"\b(?:you|you've|you have|you'd|you had|you've been|you were|you've also|you also|"
    r"you do|you did|you don't|you didn't|you still|you sometimes|you often|you kind of)\s+"
    r"(?:said|told|tell|mentioned|mention|explained|described|felt|feel|feeling|think|thought|"
    r"believe|believed|worry|worried|wonder|wondered|fear|feared|reckon|reckoned|suspect|sense|"
    r"say|says|heard|hear|were told|been told|keep saying|decided|hope|hoped|wish|wished|want|"
    r"wanted|would like|mean|meant|know(?! what i\b| what i'd\b| it\s*(?:[.,!?]|$)| you are\b| "
    r"full well\b| as well as i do\b)|knew|imagine|imagined|expect|"
    r"expected|guess|worry that|"
    r"agree|agreed|find|found|ask|asked|get told|get asked|keep getting told|keep hearing|"
    r"keep thinking|keep wondering)\b|"
    r"\byou(?:'re| are| were) (?:saying|telling|worried|afraid|scared|frightened|wondering|"
    r"thinking|feeling|hoping|not sure|unsure|concerned|anxious|asking|hearing|getting told|"
    r"being told|torn|in two minds|sure|convinced|aware|told)\b|"
    r"\b(?:he|she|they|people|someone|somebody|everyone|everybody|others|other people|folk|"
    r"nobody|no one|mum|dad|the \w+|"
    r"the consultant|the psychiatrist|the team|the hospital|the ward|the social worker|"
    r"(?:the |his |her |their |your |our |my )?(?:\w+ )?(?:staff|teachers?|school|doctors?|"
    r"nurses?|carers?|team|ward|family|parents|friends|neighbours|police|gp|college|"
    r"psychiatrist|consultant|social worker|manager|boss|sister|brother|son|daughter|"
    r"husband|wife|partner|kids|children)|"
    r"your (?:\w+ )?\w+)\s+(?:has |have |had |always |keeps? |kept |sometimes |even |"
    r"just |also |are |were |'re )?(?:talking about you as|treat(?:s|ed|ing)? you as|"
    r"think(?:s|ing)? of you as|thought of you as|look(?:s|ing)? at you as|"
    r"said|say|says|saying|told|tell|tells|telling|think|thinks|thought|call|"
    r"calls|called|calling|believe|believes|reckon|reckons|feel|feels|felt|worry|worries|"
    r"worried|want|wants|wanted|insist|insists|insisted|suggest|suggested|suggests|describe|"
    r"described|describes|label|labelled|labels|see you as|saw you as|accuse|accused|"
    r"accuses|warned|warn|warns)\b|"
    r"\b(?:part of you|a part of you|some of you|one part|another part|on the one hand|"
    r"on the other hand|it sounds like you (?:feel|think|believe|wonder|worry)|"
    r"it sounds as if you (?:feel|think|believe|wonder|worry)|you're not sure whether|"
    r"you're wondering whether|in your view|in your mind|from your point of view|"
    r"for you,|the worry is|the fear is|your worry is|your fear is|your sense is|"
    r"(?:'s|s'|your|their|his|her) (?:view|opinion|feeling|worry|concern|belief|take) is)\b|"
    r"\b(?:told|telling|tells|called|calling|calls|call|labelled|labeled|accused|accusing|"
    r"described|describe|describes) (?:you|yourself|himself|herself|themselves)\b|"
    r"\b(?:being|been|get|getting) (?:told|called|labelled|labeled|accused)\b|"
    r"\b(?:do|does|did|would|could|might|will|can) you (?:think|feel|believe|reckon|want|"
    r"wonder|imagine|expect|agree|worry|fear|sense|suppose|hope|wish)\b"
)
_DONT_YOU = re.compile(r"\b(?:don't|doesn't|wouldn't|shouldn't) you (?:think|agree|feel)\b")
_SAID_AFTER = re.compile(
    r",\s*(?:you said|you told me|you say|as you said|as you put it|in your words|you "
    r"mentioned|you feel|you think|you reckon|(?:he|she|they|people) (?:said|say|says))\s*[.!?]*$"
)
_SUBORDINATE = re.compile(r"\b(?:if|when|unless|once|until|whenever)\b")
_CLAUSE_BREAK = re.compile(r"[,;:]|\bbut\b|\bhowever\b|\band\b")
_CHECK_WORDS = re.compile(r"\b(?:so|and|but|or|because|while|although|though)\s+$")


_ASKING = re.compile(
    r"^(?:so |and |ok(?:ay)? |right |well )?,?\s*(?:what|how|who|where|when|which|why|do|does|"
    r"did|is|are|was|were|would|could|can|will|might|may|has|have)\b"
)


def _in_question(norm: str, sentences: list[Sentence], start: int) -> bool:
    sentence = _sentence_of(sentences, start)
    if sentence is None or not _ASKING.match(sentence.text):
        return False
    return sentence.text.endswith("?") or run_on_question(sentence.text) is not None


def _sentence_of(sentences: list[Sentence], pos: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= pos < sentence.end:
            return sentence
    return None


def quoted_or_reported(norm: str, sentences: list[Sentence], start: int) -> bool:
    """True when the words from ``start`` sit inside quotation marks, or in a sentence that
    reports someone's words ("... is what you said")."""
    sentence = _sentence_of(sentences, start)
    if sentence is None:
        return False
    return (norm[sentence.start:start].count('"') % 2 == 1
            or _SAID_AFTER.search(norm[sentence.start:sentence.end]) is not None)


def in_view(norm: str, sentences: list[Sentence], start: int, end: int) -> bool:
    """True when the match at norm[start:end] sits in the person's view or reported speech."""
    sentence = _sentence_of(sentences, start)
    if sentence is None:
        return False
    if quoted_or_reported(norm, sentences, start):
        return True
    before = norm[sentence.start:start]
    if _DONT_YOU.search(before):
        return False
    whole = norm[sentence.start:sentence.end]
    if sentence.is_question_mark or whole.rstrip().endswith("?"):
        if _PERSPECTIVE_QUESTION.search(whole):
            return True
    elif _PERSPECTIVE_QUESTION.match(whole) and not _DONT_YOU.search(whole):
        return True
    breaks = [0] + [brk.end() for brk in _CLAUSE_BREAK.finditer(before)]
    index = len(breaks) - 1
    clause = before[breaks[index]:]
    if _PERSPECTIVE.search(clause):
        return True
    while index > 0:
        segment = before[breaks[index - 1]:breaks[index]]
        subordinate = _SUBORDINATE.search(segment)
        if subordinate is None:
            break
        if _PERSPECTIVE.search(segment[: subordinate.start()]):
            return True
        index -= 1
    return False


_PERSPECTIVE_QUESTION = re.compile(
    r"^(?:so |and |ok(?:ay)? |right |well )?,?\s*(?:what|how|why|where|when|who|which|"
    r"do you|does it|did you|would you|could you|might you|is there|are there|can you) "
    r"(?:[^.?!]*\b)?you (?:\w+ )?(?:think|feel|believe|reckon|want|imagine|expect|wonder|hope|"
    r"make of|see|like|prefer|choose|decide)\b"
)


def _asks_own_view(sentences: list[Sentence], start: int) -> bool:
    """True inside a question that asks the person's own view ("What do you think the best
    option is?"), unless the question itself leads ("Don't you think...", "Why don't you...")."""
    sentence = _sentence_of(sentences, start)
    if sentence is None:
        return False
    if not sentence.text.endswith("?") and not _PERSPECTIVE_QUESTION.match(sentence.text):
        return False
    return bool(_PERSPECTIVE_QUESTION.search(sentence.text)) and not _LEADING.search(
        sentence.text)


_LEADING = re.compile(
    r"\b(?:don't|doesn't|wouldn't|shouldn't|isn't|aren't|why not|why don't)\b|"
    r"^what you (?:really )?want (?:to (?:do|be doing) )?is\b|\bwhat did you expect\b(?! "
    r"(?:to happen )?(?:when|from|of|at|to (?:find|see|get))\b)|"
    r"\bwhat did you (?:think|expect) (?:would|was going to|was gonna) happen\b|"
    r"\bhow do you think (?:that|this|it) (?:makes|made|would make)\b|"
    r"\bwhat do you expect (?:me|us|them|her|him) to\b|"
    r"\bdo you (?:really )?think (?:that's|that is|it's|it is|this is) (?:fair|okay|ok|right|"
    r"acceptable|good enough|normal) (?:on|to|for)\b"
)


_OPENS_PERSPECTIVE = re.compile(r"(?:(?:so|and)\s+)?(?:" + _PERSPECTIVE.pattern + ")")


def has_perspective(text: str) -> bool:
    """True when the text voices the person's own view or someone's reported words."""
    return bool(_PERSPECTIVE.search(text))


def opens_with_perspective(norm: str, start: int) -> bool:
    """True when the words from ``start`` open by voicing the person's own view ("so you
    want to know...", "you said...")."""
    return bool(_OPENS_PERSPECTIVE.match(norm, start))


def _top_chars(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The characters of a regular expression source that matter for its grouping, with the
    group depth after each: escapes and character classes are stepped over whole."""
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index += 1
            if pattern[index] == "^":
                index += 1
            if pattern[index] == "]":
                index += 1
            while pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield index, char, depth
        index += 1


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression source."""
    parts: list[str] = []
    start = 0
    for index, char, depth in _top_chars(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


_LOOKBEHIND = re.compile(r"\(\?<[!=](?:[^()\\]|\\.)*\)")
_AT_WORD_START = re.compile(r"\\b(?:\(\?:|[a-z])|\^")


def _starts_a_word(alternative: str) -> bool:
    """True when every match of the alternative starts where no letter goes before it."""
    rest = alternative
    while True:
        lookbehind = _LOOKBEHIND.match(rest)
        if lookbehind is None:
            break
        rest = rest[lookbehind.end():]
    if not _AT_WORD_START.match(rest):
        return False
    if rest.startswith("\\b(?:"):
        group = _split_alternatives(rest[5:_group_end(rest, 2)])
        return all(option[:1].isalpha() or (option.startswith("(?:") and _starts_a_word(
            "\\b" + option)) for option in group)
    return True


def _group_end(pattern: str, start: int) -> int:
    """The index of the ")" closing the group opened at ``start``."""
    for index, char, depth in _top_chars(pattern, start):
        if char == ")" and depth == 0:
            return index
    return len(pattern)


@dataclass(frozen=True)
class _Scan:
    """A rule compiled for scanning. Alternatives that can only match at the start of a word
    are searched behind a look-behind that skips the inside of words at once (several times
    faster); the others are searched as written. Each alternative is a named group ``a<n>``,
    so a tie at one place goes to the earlier alternative, as in the rule as written."""

    rule: _Rule
    at_words: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None


def _scan(rule: _Rule) -> _Scan:
    alternatives = _split_alternatives(rule.pattern)
    at_start = [_starts_a_word(alternative) for alternative in alternatives]
    if all(at_start):
        return _Scan(rule, re.compile("(?<![a-z])(?:" + rule.pattern + ")"), None)
    if not any(at_start):
        return _Scan(rule, None, re.compile(rule.pattern))
    words: list[str] = []
    other: list[str] = []
    for index, (alternative, word) in enumerate(zip(alternatives, at_start, strict=True)):
        (words if word else other).append(f"(?P<a{index}>{alternative})")
    return _Scan(rule, re.compile("(?<![a-z])(?:" + "|".join(words) + ")"),
                 re.compile("|".join(other)))


_TEAM = (
    r"(?:we|staff|the staff|the team|the council|the local authority|the (?:care )?agency|"
    r"the service|"
    r"the home|the ward|social services|the panel|panel|they)"
)
_FAMILY_RULES: tuple[_Rule, ...] = (
    # Power as team procedure: what the service will be doing to the person, settled already.
    _Rule(Trap.POWER, _rx(
        r"\b" + _TEAM + r"(?:'ll| will|'re going to| are going to) be (?:putting|doing|"
        r"assessing|deciding|initiating|holding|holding onto|keeping|taking|moving|stopping|"
        r"reducing|increasing|cutting|withdrawing|installing|fitting|changing|starting|"
        r"sending|making a referral|referring|placing|checking on|monitoring|managing)\b|"
        r"\bstaff'll be (?:\w+ing)\b|"
        r"\b(?:i|we)(?:'ve| have) (?:gone ahead|went ahead) and\b|"
        r"\b(?:is|are|will be) conditional on (?:you|your|him|her)\b|\bon (?:the )?condition "
        r"that you\b|"
        r"\b(?:not something|nothing) (?:we|i|the \w+) (?:can|could|will) (?:allow|permit|agree "
        r"to)\b|\b(?:we|i) (?:can't|cannot|won't|will not) (?:allow|permit) (?:that|it|you|this)\b|"
        r"\b(?:panel|the panel|funding|the council|they) (?:won't|will not|can't|cannot) "
        r"(?:fund|pay for|approve|agree to) (?:more than|any more|anything)\b|"
        r"\bno (?:\w+ ?){1,2},? no (?:\w+ ?){1,2},? (?:that's|thats) (?:how it works|the rule|"
        r"the deal)\b"
        r"|\b(?:a |the )?decision (?:has|'s) (?:now )?been (?:made|taken)\b|"
        r"\b(?:has|have) (?:now )?been (?:agreed|approved|decided|authorised|confirmed)\b"
        r"(?![^.?!]*\bwith you\b)|"
        r"\b(?:the )?(?:funding )?(?:panel|board|management|managers|commissioners) (?:will|'ll|"
        r"would|are going to) (?:want|need|expect|require)\b|"
        r"\bwhether (?:he|she|you|they) (?:likes?|wants?) (?:it|to) or not\b|"
        r"\b(?:it's|that's|it is) all (?:sorted|arranged|booked|settled|been arranged)\b"
    )),
    # Expert as reassurance: promising how the person will feel once they do as advised.
    _Rule(Trap.EXPERT, _rx(
        r"\b(?:trust me|believe me|i promise(?: you)?|honestly|mark my words),? you'll\b|"
        r"\byou'll (?:wonder why you (?:waited|didn't)|thank me|be glad you did|love it once)\b|"
        r"\bonce you(?:'re| are| get) (?:in|there|settled|used to it|into it)\b[^.?!]{0,40}?"
        r"\byou'll (?:feel|be|wonder|love|see)\b|"
        r"\bwhat you (?:really )?want to (?:do|be doing) is\b|\bwhat you want is (?:a|an|one "
        r"of those|some)\b(?! bit of)"
    ), respect_view=False),
    _Rule(Trap.EXPERT, _rx(
        r"\b(?:the|your) (?:safest|best|right|only sensible|most sensible) (?:place|option|thing|"
        r"choice|bet) for (?:you|him|her|them)(?:,? (?:now|then|love|pet|really|honestly))?"
        r"\s*(?:[.!,;]|$)|"
        r"\byou'll feel (?:\w+ )?better (?:once|when|after|if)\b|"
        r"\byou (?:just |only )?need (?:a|an|some) (?:better|good|proper|new|bit of|decent)\b|"
        r"\bmost people (?:in your (?:position|situation|shoes)|like you) (?:go for|choose|opt for|"
        r"end up|move|take|accept)\b|\bif you want my (?:honest |professional )?opinion\b|"
        r"\b(?:mate|love|pet|hun|duck|chick|babe|son|pal|bud),? just (?:stay|keep|get|go|leave|"
        r"stop|ignore|tell|do|say|walk|put)\b|\b(?:you(?:'ve| have)(?: got)?|there's|there is) no "
        r"(?:choice|option|alternative) (?:but|other than)\b"
    ), statement_only=True),
    # Confrontation: correcting the person's reality, shaming questions, a record of failings.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"^(?:no|nope),? (?:\w+, )?(?:your|he|she|it|that|they|you)\b[^.?!]{3,80}?, "
        r"remember\s*[?.!]*$|"
        r"\bdo you (?:understand|realise|realize|appreciate|know) (?:just )?how (?:serious|"
        r"dangerous|bad|risky|irresponsible|selfish|worried)\b|"
        r"\b(?:going to|gonna|will) kill you\b|"
        r"\b(?:this is|that's|it's) the (?:second|third|fourth|fifth|last|\w+th) time "
        r"(?:i've|i have|we've|we have) (?:had to )?(?:ask|tell|remind|say|chase|mention)\w*\b|"
        r"\bafter the way you (?:spoke|talked|behaved|acted|treated|carried on)\b|"
        r"\b(?:tells|shows|suggests) a different story\b"
    ), respect_view=False),
    # Yes, but put another way: granting the point, then "it's just", "except", or "so has
    # everyone".
    _Rule(Trap.YES_BUT, _rx(
        r"\b(?:i (?:see|get|understand|hear) (?:what you mean|that|it|you)|fair enough|i know|"
        r"i get it,? i do|yeah|yes|mm),? (?:i do,? )?(?:it's just|except|only|the only thing is)"
        r",? (?:that )?(?:you(?:'ve| have) said|you said|you've|you (?:never|always|didn't|"
        r"don't|won't))\b|"
        r"\b(?:except|it's just|only) (?:that )?you (?:said|'ve said) (?:the same|that|this) "
        r"(?:last time|before|every time)\b|"
        r"\b(?:good|great|lovely|nice|fair enough|i know|i get that|i hear you)[^.?!]{0,40}, "
        r"only (?:it's|that's|it is|that is|you(?! can| could| know| decide| get to))\b|"
        r"\bi (?:do )?(?:hear|understand|get|see) (?:you|that|what you mean)[;,.]\s*(?:that said|"
        r"having said that|even so|all the same|mind you|nonetheless|nevertheless)\b|"
        r"\bbut so (?:has|have|do|does|did|is|are|was) (?:everyone|everybody|lots of people|"
        r"loads of people|other people|we all|half the)\b"
    ), respect_view=False),
    # Problem solving: a fix put as a question or promised as the answer.
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"^(?:so |and |well |ok |okay |right )?(?:would|could|might|wouldn't|couldn't) (?:a|an|"
        r"one of those|some|getting|having|using|meals on wheels) (?!(?:\w+ )?(?:"
        r"friends?|neighbours?|relatives?|family|sisters?|brothers?|sons?|daughters?|one|body|"
        r"people|person|else)\b)[^?.!]{1,50}?\b"
        r"(?:help with|solve|sort out|sort|fix|take care of|deal with|address)\b|"
        r"\b(?:address|solve|fix|cure|tackle|sort out) (?:your|his|her|"
        r"their|the) (?:isolation|loneliness|problem|problems|issues?|boredom|sleep|money|"
        r"debts?|drinking|falls?|mornings|evenings|nights)\b|"
        r"\bthe (?:answer|solution|fix)(?:'s| is) (?:a|an|some|to get|getting|simple)\b|"
        r"\bwhat(?:'d| would| will|'ll) be (?:good|great|ideal|perfect|best|handy),? (?:is )?"
        r"(?:one of those|a|an|some)\b"
    ), respect_view=False),
    # More of the same families, as they are put in case records and in speech.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bi(?:'d| would|'ll| must| have to) (?:like to )?remind you (?:that|you)\b|"
        r"\bwith (?:the greatest|all due) respect,? you(?:'re| are)\b|"
        r"\byou can't (?:really )?complain\b|\bdon't tell me (?:you're|you are|you)\b|"
        r"\byou(?:'ve| have) already (?:asked|told|said)\b[^.?!]{0,20}\b(?:twice|three times|"
        r"\w+ times|before)\b|\bwhy (?:didn't|did not|didnt) you\b|"
        r"\bwhose (?:bright )?idea was it\b|"
        r"\b(?:your|the) (?:account|version|story) (?:does not|doesn't|don't) (?:match|add up|"
        r"fit)\b|\byou(?:'re| are) not being fair (?:on|to)\b|\byou(?:'re| are) being (?:silly|"
        r"ridiculous|daft|stupid|childish)\b"
        r"|\bwhose fault (?:is|was) (?:that|it)\b|\bwhat did you expect\b(?! (?:to happen )?"
        r"(?:when|from|of|at|to (?:find|see|get))\b)|\bbe honest with yourself\b|"
        r"^either you\b[^.?!]{3,60}\bor (?:we|i|they|you'll|you will)\b|\bi (?:won't|will not|'m "
        r"not going to) tell you again\b|\byou promised\b[^.?!]{0,40}\band you (?:haven't|"
        r"didn't|never)\b|\bare you even (?:trying|listening|bothered)\b|\byou(?:'ve| have) let "
        r"(?:everyone|everybody|us|them|your \w+|him|her) down\b|\byou(?:'ve| have) had every "
        r"(?:chance|opportunity)\b(?! to (?:tell|say|talk|speak|ask))|\b(?:it's|it is) "
        r"(?:about|high) time you\b|\bdo you know how much (?:this|that|it|you) (?:is )?"
        r"cost(?:ing|s)?\b"
        r"|\byour (?:behaviour|conduct|attitude|language)\b[^.?!]{0,30}\b(?:is|was|has been) "
        r"(?:unacceptable|not acceptable|inappropriate|not on|out of order)\b|\byou(?:'ve| have) "
        r"been (?:warned|spoken to)\b[^.?!]{0,25}\b(?:before|already|previously|twice|"
        r"times)\b|\bi (?:have to|must|need to|'m going to) challenge you\b|\b(?:the )?"
        r"(?:records?|notes|file|logs?|figures) (?:show|shows|say|says|suggest) (?:that )?you "
        r"(?:missed|didn't|did not|haven't|have not|weren't)\b|\byou(?:'re| are) (?:kidding|"
        r"having a laugh|joking)(?: me)?,? (?:right|aren't you|surely)\b|\bbehave yourself\b|"
        r"\bpack it in\b|\bnobody(?:'s| is) going to (?:help|want|listen to) you (?:if|unless)\b|"
        r"\bi(?:'m| am) not here to be (?:shouted at|spoken to like that|sworn at)\b"
    ), respect_view=False),
    _Rule(Trap.EXPERT, _rx(
        r"\bthe best (?:course of action|thing|option|way forward) (?:is|would be) (?:for you|"
        r"to)\b|\b(?:the right|the best) thing for (?:you|your \w+|him|her)\b[^.?!]{0,30}?\bis\b|"
        r"\byour (?:best|only) (?:option|bet)\b|\bknow what's best for "
        r"you\b|\bwhat works (?:with|for) \w+ is\b|\byou should(?:'ve| have) (?:just )?(?:told|"
        r"said|gone|asked|rung|called|left|done|listened)\b"
    ), statement_only=True),
    _Rule(Trap.POWER, _rx(
        r"\b(?:your (?:care )?(?:coordinator|worker|manager|social worker)|the (?:conference|"
        r"panel|manager|team|court|care coordinator|consultant)) will decide (?:when|whether|if|"
        r"what|where)\b|\bwill (?:need to|have to) be (?:risk[- ]assessed|approved|agreed|signed "
        r"off|checked) by\b|\b(?:we've|we have) found you\b|\bso you(?:'re| are) going (?:to|"
        r"into|in) (?:a|an|the)\b|"
        r"\b(?:your|ur|the|his|her) (?:carers?|visits?|calls?|package|hours|call times|support|"
        r"meds|medication|allowance|budget) (?:are|is|r|will be|'re|'s|re) (?:changing|being "
        r"(?:changed|moved|stopped|reduced|cut)|stopping|ending|reduced|cut|stopped|moving to|"
        r"going down)\b|"
        r"\b(?:we're|we are|we'll|we will|they're|they are|the council's|the council is) not "
        r"(?:going to |gonna )?(?:fund|pay for)\b|\b(?:we|they|the \w+) (?:won't|will not|can't|"
        r"cannot) (?:fund|pay for)\b|\b(?:won't|will not|wouldn't) sign (?:it|that|this|you|her|"
        r"him) off\b"
    ), statement_only=True),
    _Rule(Trap.POWER, _rx(
        r"\byou(?:'re| are) not (?:permitted|allowed) to\b|\b(?:visiting|visits|contact|"
        r"leave|access|phone use) (?:will be|is|are|has been) (?:restricted|limited|suspended|"
        r"stopped)\b|\bit has been (?:determined|decided|concluded|assessed) that you\b|"
        r"\bthe rota(?:'s| has) been done\b"
    ), statement_only=True),
    _Rule(Trap.POWER, _rx(
        r"(?<!want to know )(?<!wanted to know )(?<!wondering )\bwhat (?:we|they|the (?:panel|"
        r"team|manager|council|conference|board)) (?:decide|"
        r"decides|have decided|'ve decided|has decided)\b"
    ), respect_view=False, statement_only=True),
    _Rule(Trap.PROBLEM_SOLVING, _rx(
        r"\b(?:i've|i have|ive|we've) (?:referred|booked) (?:you|him|her) (?:in )?(?:to|at|for|"
        r"on|with)\b|\bi(?:'ll| will) ring round\b|\bjust refer (?:him|her|them|you)\b|"
        r"\b(?:we'll|i'll) (?:put|get|fit|stick) (?:a|an|some) [^.?!]{1,30}? so (?:you|he|she)\b"
    ), statement_only=True),
    _Rule(Trap.YES_BUT, _rx(
        r"\b(?:i'm with you(?: there)?|you've (?:a|got a) point|fair play(?: for \w+)?|totally|"
        r"thank you for explaining|thanks for explaining)[^.?!]{0,20}?[,.]\s*(?:mind,? )?(?:but|"
        r"it's just(?: that)?|only thing is|the only thing is|nevertheless|nonetheless|however)\b"
    ), respect_view=False),
    _Rule(Trap.LABELLING, _rx(
        r"\bover-?(?:anxious|involved|protective|bearing|emotional|attached)\b|\ba known "
        r"(?:risk|offender|drinker|user)\b|\b(?:a|right|real|proper) piece of work\b|"
        r"\bthat's what (?:addicts|"
        r"alcoholics|drinkers|teenagers|people like you|they all|junkies) do\b"
    )),
    # Labels from case records: the person summed up as a category.
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:you're|you are|she's|he's|she is|he is|what) (?:a |an |such a )?(?:proper |right |"
        r"real |bit of a )?little (?:madam|minx|terror|horror|devil|monkey|sod|so and so)\b|"
        r"\btypical (?:young |old |teenage )?(?:carer|"
        r"teenager|lad|girl|boy|man|woman|mum|dad|pensioner|addict|drinker|male|female)\b|"
        r"\b(?:he|she|they|you)(?:'s| is| are|'re| was| were) (?:a |an )?(?:very |quite |so |"
        r"really |rather )?(?:frail elderly|pleasantly confused|high[- ]functioning|"
        r"low[- ]functioning|elderly and confused|frail old|wanderer|sundowner)\b|"
        r"\b(?:he|she|they)(?:'s| has| have|'ve)(?: got)? no capacity\b|"
        r"\b(?:he|she|they)(?:'s| has| have|'ve)(?: got)? (?:proper |real |serious |major )?"
        r"(?:anger|attitude|behaviour|behavioural) (?:issues|problems)\b|"
        r"\b(?:he|she|they)(?:'s| has| have|'ve)(?: got)? (?:dementia|alzheimer's|a learning "
        r"disability|learning disabilities|autism|adhd),? so (?:he|she|they) (?:won't|can't|"
        r"doesn't|don't|wouldn't|will not|cannot)\b"
    )),
    # Confrontational: a warning that the present course will catch up with the person.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:catch(?:es|ing)? up (?:with|on)|come back (?:to (?:bite|haunt)|on)|comes back "
        r"(?:to (?:bite|haunt)|on)|coming back (?:to (?:bite|haunt)|on)) (?:you|him|her|them)\b|"
        r"\b(?:this|that|it|things)(?:'s| is)? (?:not going to|isn't going to|won't|will not|"
        r"never) end well\b|\bdon't say (?:i|we|nobody|no one) (?:didn't|did not|never) warn"
        r"(?:ed)? you\b|\b(?:you're|you are|he's|she's|they're) (?:skating )?on (?:very |really "
        r")?thin ice\b|\b(?:you're|you are|he's|she's) on (?:a|the) slippery slope\b|"
        r"\bthere (?:will|'ll|are going to) be (?:serious )?consequences\b|"
        r"\bif (?:you|he|she|they|the \w+(?: and the \w+)?|your \w+(?: and your \w+)?) "
        r"(?:carry|carries) on\b[^.?!]{0,60}\b(?:going to|gonna|'ll|will) (?:\w+ ){0,3}"
        r"(?:worse|end up|lose|trouble|catch|fail|regret|no choice|have to|excluded|evicted|kicked "
        r"out|suffer|downhill|cost you)\b|"
        r"\bif (?:the|your) \w+(?: and (?:the|your) \w+)? (?:keeps?|keep on) (?:\w+ing|going "
        r"(?:unpaid|up|on))\b[^.?!]{0,50}\b(?:'ll|will|going to) (?:\w+ ){0,3}(?:worse|end up|"
        r"lose|trouble|no choice|have to|excluded|evicted|suffer)\b"
    ), statement_only=True),
    # Confrontational: moralising, and minimising what the person has told you.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\byou owe it to (?:your (?:\w+ )?(?:kids|children|family|mum|dad|mother|father|wife|"
        r"husband|partner|son|daughter|brothers?|sisters?|nan|gran)|them|him|her|everyone)\b|"
        r"\b(?:any|a) (?:decent|good|responsible|proper|loving) (?:parent|mum|mother|dad|father|"
        r"carer|son|daughter) (?:would|wouldn't|would never)\b|"
        r"\byou(?:'re| are) (?:old|big) enough to know better\b|"
        r"\bgood luck with that\b|"
        r"\b(?:it|things|that|this) could (?:be|have been) (?:a lot |much |far |way |so much )?"
        r"worse(?!\s+(?:for|if|when|than)\b)|"
        r"\b(?:there (?:are|is)|there's) (?:people|plenty of people|others|folk|families|kids|"
        r"carers|lots of people|loads of people) (?:\w+ ){0,3}(?:a lot |much |far |way |so much )?"
        r"worse off\b|\bworse off than you\b|"
        r"\b(?:it's|it is|that's|that is|it isn't|it's hardly|it is hardly|that's hardly) (?:not )?"
        r"(?:exactly )?the end of the world\b|"
        r"\b(?:it's|it is|that's|that is) (?:hardly|not) (?:a |that (?:much )?of a )?big deal\b|"
        r"(?:^|[.!?]\s+)(?:oh,? |come on,? |honestly,? )?(?:it's|it is|it isn't|that's|that isn't)"
        r" (?:not )?(?:that|as|so) bad(?:,? (?:really|honestly|surely|is it|you know|love))?\s*"
        r"(?:[.!]|$)|"
        r"\b(?:other (?:people|carers|parents|families|kids)|(?:plenty|lots|loads) of "
        r"(?:people|others|carers|parents|families|kids)|most people|everyone else|"
        r"everybody else) "
        r"(?:seem to |still |just )?(?:cope|manage|get by|get on with it|deal with it)"
        r"(?: (?:just )?fine)?(?: (?:with|on) (?:a lot |much |far |way )?(?:worse|more|less)"
        r"(?: than (?:this|that|you))?)?(?:,? (?:you know|don't they|love|mate))?\s*(?:[.!,;]|$)|"
        r"\byou(?:'re| are) (?:lucky|luckier|fortunate) (?:compared to|than|next to) (?:some|"
        r"others|other|most|a lot)\b"
    ), statement_only=True),
    # Confrontational: a moralising question put to the person, not asked of them.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bwhat (?:kind|sort) of (?:an? )?(?:example|message) (?:is|are) (?:that|this|you)\b"
    ), respect_view=False),
    # Labelling: a role or a category the person is put into.
    _Rule(Trap.LABELLING, _rx(
        r"(?<!feel like )(?<!feels like )(?<!feel as if )(?<!feels as if )"
        r"\b(?:you(?:'re| are|'ve become| have become|'ve turned into|'ve ended up (?:being|as)| "
        r"have ended up (?:being|as)|'ve had to become)|(?:he|she)(?:'s| is|'s become|'s ended up"
        r" (?:being|as))) (?:basically |really |now |just |sort of |kind of )?(?:the|a|like the) "
        r"(?:parent|mum|mother|dad|father|grown-?up|adult|carer|man|woman|head|wife|husband) "
        r"(?:in|of) (?:the|your|this|that) (?:house|home|family|household)\b|"
        r"\bparentified\b|"
        r"\b(?:which|that|this)(?:'s| is) (?:really |very |so |quite |just |pretty )?(?:common|"
        r"typical|classic|normal|standard) (?:with|for|in|among|of) (?:young carers|carers like "
        r"you|kids like you|people like you|children like you|families like yours|teenagers|"
        r"your (?:type|sort|kind))\b|"
        r"\b(?:that's|that is|it's|it is|this is|which is|so|very|just) typical (?:of|for) (?:an? |"
        r"the )?(?:young |teenage |old |elderly )?(?:carers?|teenagers?|teens|lads?|men|women|"
        r"addicts?|drinkers?|someone like you|people like you|kids like you|your (?:type|sort|"
        r"kind|generation))\b|"
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|they(?:'re| are)) (?:just |basically |really |"
        r"clearly |obviously |always |such |a bit of |quite )?(?:an? )?(?:(?:heavy |big |secret |"
        r"chaotic |binge )?(?:drinker|smoker|gambler|waster|user|druggie|mummy's boy|daddy's "
        r"girl|rubbish (?:mum|dad|parent|mother|father)|useless (?:mum|dad|parent|mother|father)|"
        r"disengaged|addictive personality))\b(?!\s+(?:of|in|at|for|with)\b)|"
        r"\b(?:you|he|she|they)(?:'ve| have|'s| has) (?:got )?(?:an? |quite an? |such an? )?"
        r"addictive personality\b"
    )),
    # Confrontational: the consequence spelled out, the condition put first or last.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bif (?:you|he|she|they) (?:don't|do not|won't|will not|refuse to|keep|carry on|"
        r"continue)\b[^.?!]{0,60}?,? (?:then )?(?:you|he|she|they|we|this|it|there|"
        r"nobody|no one|the (?:children|kids|police|court|council|school|landlord|team)|your \w+)"
        r"(?:(?:'ll| will|'s going to| is going to|'re going to| are going to| could| might) "
        r"(?:\w+ ){0,3}(?:lose|removed|taken into care|taken away|involved|arrested|evicted|"
        r"excluded|end up|worse|in trouble|to conference|to court)\b|(?: won't| will not|'re not "
        r"going to| are not going to|'s not going to| is not going to| can't| cannot) (?:\w+ )?"
        r"(?:be able to|get better|stay|help|manage|cope|keep)\b|(?: can| will) help you\b|"
        r"(?:'s| is) nothing (?:more )?"
        r"(?:\w+ )?(?:we|i|anyone|anybody|they) can do\b)|"
        r"\b(?:you(?:'re| are)|you) (?:not going to|won't|will never|'ll never|never going to) "
        r"(?:\w+ )?(?:get better|get well|get any better|manage|cope|stay|keep your)\b[^.?!]{0,50}"
        r"\bif you (?:keep|carry on|don't|won't|continue|refuse)\b|"
        r"\byou(?:'re| are) (?:going to|gonna) (?:get yourself|end up|lose)\b[^.?!]{0,50}\bif you "
        r"(?:keep|carry on|don't|won't|continue|refuse)\b|"
        r"\bif nothing changes\b[^.?!]{0,50}\b(?:could|will|'ll|might|going to) (?:\w+ )?(?:be )?"
        r"(?:removed|taken|lose|end up|evicted|excluded|worse)\b|"
        r"\bor (?:this|it) (?:goes|will go|'ll go|is going) to (?:conference|court|panel|"
        r"a panel)\b|"
        r"\byou (?:wouldn't|would not) be (?:in here|here|in this (?:mess|situation|position))\b"
        r"[^.?!]{0,30}\bif you\b"
    ), statement_only=True),
    # Confrontational: disputing the person's account or dismissing it.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:that's|that is|it's|it is) not (?:really |quite )?(?:the point|the whole story|how "
        r"it went|how it happened|what happened)\b(?:,? (?:though|now))?,? (?:is it|isn't it|"
        r"though)\b|"
        r"\b(?:that's |it's |that is |it is |what a |talking )?(?:a load of|a pack of|total|"
        r"complete|utter) (?:rubbish|nonsense|codswallop|tosh|lies|rot)\b|"
        r"\byou(?:'re| are) not fooling (?:anyone|anybody|me|us|yourself)\b|"
        r"\bstop kidding (?:yourself|me|us)\b|\bwho are you kidding\b|"
        r"\b(?:i've|i have|we've|we have) heard (?:all )?"
        r"(?:it|that|this|them|those|these|your)(?: all)? "
        r"(?:excuses )?before\b|\bi(?:'m| am) not being funny,? but\b|"
        r"\b(?:start|stop) being (?:straight|honest|truthful) with me\b|"
        r"\b(?:start|stop) (?:lying|telling (?:me )?lies|making excuses)\b|"
        r"\byou know (?:full well |very well |fine well )?(?:that )?(?:the|your|all this) \w+"
        r"(?: \w+)? (?:is|are|'s) (?:making|doing) (?:you|it|things|everything) (?:worse|no good|"
        r"harm)\b|"
        r"\bwhy is (?:the|your) (?:house|flat|kitchen|room|bedroom|home|place) (?:in (?:this|that|"
        r"such a) state|such a mess|so dirty|a tip)\b|"
        r"\b(?:the|your) (?:house|flat|kitchen|bedroom|home|place)(?: \w+){0,3} (?:was|is|'s|"
        r"looks|looked) (?:an absolute |a complete |a total |such a )?(?:tip|pigsty|disgrace)\b"
    ), statement_only=True),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\b(?:isn't|is) (?:it|that|this) (?:a bit |rather |quite |very |just |a little |really )?"
        r"(?:selfish|irresponsible|lazy|childish|reckless)\b"
    ), respect_view=False),
    # Confrontational: putting the person in the wrong, and the last chance.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\byou(?:'ve| have) got (?:that|it|this|the wrong end of the stick)(?: all| completely| "
        r"totally)? wrong\b|"
        r"\byou(?:'ve| have) had (?:plenty of|enough|loads of|so many|too many|more than enough) "
        r"chances\b|\bwhose (?:bright )?idea was (?:that|this)\b|"
        r"\byou(?:'re| are) in for a (?:shock|rude awakening|nasty surprise)\b|"
        r"\bone more (?:missed \w+|late \w+|warning|strike|incident|complaint|time|chance|"
        r"no-show|absence|detention|exclusion)\b[^.?!]{0,20}?\band (?:you're|you are|you'll|"
        r"we'll|that's) (?:off|out|gone|done|finished|evicted|excluded)\b|"
        r"^(?:oh,? |well,? )?(?:rubbish|nonsense|codswallop|give over)\s*[,!.]\s*(?:you|he|she|"
        r"that|it's|of course)\b|"
        r"\bsurely (?:you|he|she) (?:can|must|could) see\b|\byou must (?:be able to )?see "
        r"(?:that|how|what)\b|"
        r"\b(?:we|i) can(?:'t|not) keep (?:doing|bailing|rescuing|covering|sorting|picking up) "
        r"(?:this|it|that|things|you)\b|"
        r"\byou (?:always|never) (?:have|had|got|seem to have) (?:an? )?(?:excuse|reason why)\b|"
        r"\bthere's always (?:an excuse|something)\b(?=[^.?!]*\bwith you\b)"
    ), statement_only=True),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bwhy can't you just\b|\bwhat (?:on earth |the hell )?(?:were|are) you playing at\b"
    ), respect_view=False),
    # Confrontational: blame and warning put as idioms.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bnobody(?:'s| is) (?:making|forcing) you (?:drink|smoke|use|gamble|go back|stay|do "
        r"(?:this|that|it))\b|\byou(?:'ve)? made your (?:own )?bed(?:,? (?:now |so |and )?(?:you"
        r"(?:'ll| will| have to|'ve got to|'ll have to) )?lie in it|\s*(?:[.!]|$))|"
        r"\bthat's the (?:risk|chance|choice) you (?:took|made)\b|\bactions have consequences\b|"
        r"\bno wonder (?:she|he|they|your \w+)(?:'s| is|'re| are)? (?:so |really )?(?:upset|angry|"
        r"cross|fed up|annoyed|furious|had enough) (?:with|at|of) you\b|"
        r"\b(?:that|this|it)(?:'s| is) not going to wash\b|\bwon't wash with\b|"
        r"\bthat's (?:a bit |pretty |rather )rich\s*(?:[.!]|$)|"
        r"\byou(?:'ve| have)? only (?:got )?yourself to thank\b|"
        r"(?:^|[.!?,]\s*)(?:oh |just )?grow up\b|\btime (?:you|to) (?:grow|grew) up\b|"
        r"\bthis (?:has|'s|needs) (?:got )?to stop\b|\benough is enough\b|"
        r"\b(?:things|this|it) can(?:'t|not) (?:go on|carry on) like this\b|"
        r"\byou(?:'ll| will| are going to|'re going to) (?:only )?(?:make yourself (?:ill|poorly|"
        r"sick)|live to regret)\b|"
        r"\b(?:it|this|that)(?:'ll| will|'s going to| is going to|'s gonna) (?:all )?end in "
        r"tears\b|"
        r"\bplaying with fire\b|\ba recipe for disaster\b|\basking for trouble\b|"
        r"\bheading for (?:a )?(?:fall|breakdown|disaster|trouble|crash)\b"
    ), statement_only=True),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bwhat do you expect (?:if|when)\b"
    ), respect_view=False),
    # Confrontational: holding the person to a promise, blame-shifting thrown back, and the
    # person's tone put in the wrong.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\byou (?:said|told me|promised(?: me)?|agreed) (?:you'd|you would|to|that you'd)\b"
        r"[^.?!]{0,40}\b(?:and|but) (?:you )?(?:haven't|didn't|never|still haven't|still don't|"
        r"you've not|you haven't|you didn't|you never)\b|"
        r"^(?:but|hang on,?|look,?) you (?:told me|promised)\b|"
        r"\byou know as well as (?:i|we) do\b|\bgive me a break\b|^oh,? please\s*[.!]*$|"
        r"\b(?:always|never) (?:someone|somebody|anyone|anybody) else's fault\b|"
        r"\b(?:everyone|everybody)(?:'s| is) out to get you\b|"
        r"\byou just want (?:everyone else|someone else|somebody else|someone|somebody|other "
        r"people|us|me) to (?:blame|do|sort|fix|take)\b|"
        r"\bdon't (?:take that tone|use that tone|raise your voice|speak to me like that|talk to "
        r"me like that|you dare)\b|\bthere's no need (?:to be like that|to be rude|to shout|to "
        r"swear|for that attitude|for that language|for that tone)\b|"
        r"\bi (?:won't|will not|refuse to) be (?:spoken|talked) to like that\b|"
        r"\bare you calling me a liar\b|\bso you're saying it's (?:my|our) fault\b|"
        r"\bbury(?:ing)? your head in the sand (?:won't|isn't going to|is not going to|doesn't|"
        r"will not|never)\b|\bstop burying your head\b|"
        r"\byou need (?:a|some) (?:wake-?up call|reality check|kick up the \w+|good talking to)\b|"
        r"\byou(?:'re| are) letting (?:your \w+|them|him|her|everyone|everybody|yourself|us) "
        r"down\b"
    ), statement_only=True),
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"\bwhat (?:sort|kind) of (?:a )?(?:mother|mum|parent|father|dad|person|son|daughter) "
        r"(?:does (?:that|this)|would (?:do|say) (?:that|this)|lets (?:their|his|her)|leaves "
        r"(?:their|his|her))\b"
    ), respect_view=False),
    # Confrontational: correcting the person's facts, and challenges put as questions.
    _Rule(Trap.CONFRONTATIONAL, _rx(
        r"(?:^|[.!?]\s*)(?:well,? |no,? |erm,? )?actually,? (?:you were the one|it was you|"
        r"that's not|you did (?:agree|say|sign|know|promise)|you didn't|the (?:records|notes|log|"
        r"carers|school|file) (?:show|shows|say|says|said))\b|"
        r"\b(?:it was|it's|it is|it were) you (?:who|that) (?:said no|cancelled|refused|turned "
        r"(?:\w+ ){1,2}(?:down|away)|didn't|missed|walked out|started (?:it|this|"
        r"that))\b|"
        r"\byou were the one (?:who|that) (?:said no|cancelled|refused|didn't|missed|walked out|"
        r"started (?:it|this|that)|turned (?:it|them|us) (?:down|away))\b|"
        r"\b(?:that|it)(?:'s| is| isn't| is not)(?: not)? (?:strictly|entirely|quite|exactly) "
        r"(?:true|accurate|what happened)\b|"
        r"\blet me (?:correct|stop) you (?:there|right there)\b|"
        r"\b(?:that's|that is) (?:just |only )?your (?:version of events|side of the story)\b|"
        r"\bis that really (?:what happened|true|the case|how it went)\b|"
        r"\bare you sure (?:that's|that is) (?:what happened|true|how it went)\b|"
        r"\bexpect (?:me|us|anyone|anybody) to believe\b|"
        r"\bwhy should (?:anyone|anybody|we|i|they|people) (?:help|bother with|listen to|believe|"
        r"trust) you\b|\bthe rules don't apply to you\b|"
        r"\bdid you (?:even |ever )?stop to think\b|"
        r"\bhave you (?:got )?any idea how (?:worried|upset|much|hard|dangerous|serious|scared)\b|"
        r"\bis it any wonder\b|\bcan you (?:really )?blame (?:them|her|him|the \w+|anyone)\b"
    ), respect_view=False),
    # Labelling: a diagnosis, a problem or a type pinned on the person.
    _Rule(Trap.LABELLING, _rx(
        r"\bpresents? as (?:(?:very|quite|rather|somewhat|a bit|increasingly) )?(?:hostile|"
        r"uncooperative|aggressive|manipulative|guarded|evasive|resistant|difficult|chaotic|"
        r"volatile|demanding|attention-seeking|argumentative|defensive|unreliable|dishonest|"
        r"non-?compliant|challenging)\b|"
        r"\b(?:mum|dad|mother|father|the family|the parents|the client|he|she|they|you)(?:'s| is|"
        r"'re| are) (?:very |quite |so |often |being )?(?:non-?engaging|hard[- ]to[- ]reach)\b|"
        r"\ba known (?:alcoholic|addict|drug user|abuser|absconder|gambler)\b|"
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|they(?:'re| are)) (?:so |very |quite |a bit |"
        r"just |very much )?(?:emotionally (?:unstable|immature|unavailable|stunted|volatile|"
        r"dysregulated|needy)|hormonal|unpredictable|unstable|a loner|a poor historian|a danger "
        r"to (?:yourself|himself|herself|themselves|others)|a risk to (?:the children|the kids|"
        r"others|yourself|himself|herself|your \w+))\b|"
        r"\b(?:it's|that's|it is|that is) (?:just )?(?:learned|learnt|attention-seeking) "
        r"behaviou?r\b|\b(?:he|she|you|they) lacks? capacity\b"
    ), statement_only=True),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:got|has|have|with|had) (?:a |an )?(?:bit of (?:a |an )?|real |"
        r"serious |proper |big |definite |major )?(?:hoarding|anger|drinking|drink|drug|gambling|"
        r"spending|attitude|temper|commitment|boundary) (?:problem|issue)s?\b|"
        r"\b(?:a bit of |some |a lot of )?denial going on\b|"
        r"\b(?:all )?the hallmarks of\b|\b(?:textbook|classic) signs of\b|"
        r"\ban? (?:personality disorder|borderline|bpd|adhd|autism|autistic|ocd|bipolar) thing\b|"
        r"\bone of (?:our|the|my) (?:more |most )?(?:difficult|challenging|complex|chaotic|"
        r"demanding|problem|awkward|needy|high-maintenance) (?:service users|clients|families|"
        r"cases|residents|patients|tenants|users|kids|young people|parents|carers)\b|"
        r"\byou(?:'re| are) being (?:verbally |physically |quite |very |a bit |so |really )*"
        r"(?:aggressive|abusive|hostile|obstructive|manipulative|defensive|uncooperative)\b"
    ), statement_only=True),
    _Rule(Trap.LABELLING, _rx(
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|they(?:'re| are)|sounds like (?:you're |he's |"
        r"she's )?|(?:you|he|she) sounds? like|what|(?!(?:it|that|there|what|who|here|this|where|"
        r"how|let)'s)[a-z]+'s) (?:(?:just|kind of|sort of|basically|really|clearly|obviously|"
        r"honestly|quite|you know|er|erm|um|uh|like|a bit|he's|she's),? )*(?:a|an) (?:real |"
        r"right |proper |total "
        r"|complete |bit of a |bit of an |little |typical |classic |such a |quite a |quite an )*"
        r"(?:pushover|soft touch|doormat|wanderer|self-neglecter|repeat victim|busybody|"
        r"troublemaker|trouble-maker|grumpy old (?:man|woman|git|sod)|people-pleaser|"
        r"people pleaser|"
        r"dependent personality|attention-seeker|attention seeker|drama queen|control freak|"
        r"hypochondriac|martyr|nag|liability|lost cause|hopeless case|bad influence|menace|moaner|"
        r"whinger|skiver|layabout|scrounger|sponger|narcissist|sociopath|psychopath|enabler|"
        r"workaholic|lone wolf)\b|"
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)) (?:just |clearly |obviously |really )?(?:"
        r"one of life's (?:worriers|victims|moaners|strugglers|drifters)|enabling (?:him|her|them|"
        r"it|his|her)|the (?:difficult|awkward|problem|naughty|bad|lazy|weak|selfish) one (?:in|of)"
        r" (?:the|your|this) (?:family|house|household)|the black sheep)\b|"
        r"\b(?:you(?:'ve| have)|(?:he|she)(?:'s| has)) (?:just |clearly |obviously )?got (?:very |"
        r"really |such )?low self-esteem\b|"
        r"\b(?:you(?:'re| are)|(?:he|she)(?:'s| is)|they(?:'re| are)|(?:that|this|it) sounds|"
        r"sounds like (?:you're|he's|she's|you are)|(?:has|have|'s|'ve) become|you sound|"
        r"he sounds|she sounds) (?:being )?(?:quite |very |so |really |a bit |a little |rather |"
        r"just |too |totally |completely )*(?:institutionali[sz]ed|co-?dependent|self-sabotaging|"
        r"paranoid|disrespectful|streetwise|black and white|histrionic|spoilt|ungrateful|"
        r"feral|gullible|immature|irrational|delusional|uncooperative|ocd|adhd)\b|"
        r"\b(?:are|is) (?:you|he|she|they) (?:always |usually |often |normally |ever )?(?:this|"
        r"that|so) (?:disrespectful|rude|obsessive|paranoid|needy|ungrateful|selfish|negative|"
        r"defensive)\b|"
        r"\blacks? any real (?:insight|motivation)\b"
    )),
)


_SCANS = tuple(_scan(rule) for rule in (*_RULES, *_MORE_RULES, *_STRUCTURAL, *_CHALLENGE,
                                        *_MORE_STANCE, *_SOFT_STANCE))


@cache
def _all_scans() -> tuple[_Scan, ...]:
    """Every scan; the family rules are compiled on first use, which keeps the import quick
    (the first analysis reads the weights then anyway)."""
    return (*_SCANS, *(_scan(rule) for rule in _FAMILY_RULES))


def _matches(scan: _Scan, norm: str) -> Iterator[re.Match[str]]:
    if scan.anywhere is None:
        assert scan.at_words is not None
        return scan.at_words.finditer(norm)
    if scan.at_words is None:
        return scan.anywhere.finditer(norm)
    other = list(scan.anywhere.finditer(norm))
    if not other:
        return scan.at_words.finditer(norm)
    found = [*scan.at_words.finditer(norm), *other]
    found.sort(key=lambda m: (m.start(), int((m.lastgroup or "a0")[1:])))
    return iter(found)


def find_rule_hits(norm: str, sentences: list[Sentence]) -> list[Hit]:
    """Hits from the single-utterance rules (expert, power, fixes, labels, confrontation)."""
    hits: list[Hit] = []
    for scan in _all_scans():
        rule = scan.rule
        for match in _matches(scan, norm):
            start, end = match.span()
            while start < end and not norm[start].isalnum():
                start += 1
            while end > start and norm[end - 1] in " ,.":
                end -= 1
            if start >= end:
                continue
            if rule.respect_view and in_view(norm, sentences, start, end):
                continue
            if not rule.respect_view and _asks_own_view(sentences, start):
                continue
            if rule.statement_only and _in_question(norm, sentences, start):
                continue
            hits.append(Hit(rule.trap, start, end))
            break
    return hits


# Yes, but: an acknowledgement followed by "but"/"however" that overrides it.
_ACK = re.compile(
    r"(?:^|[.!?]\s*|,\s*|\band\s+)(?:(?:oh|well|ok|okay|right|look|yeah|yes|mm+|um+|erm|er|"
    r"so|sure|no)[,.]?\s+)*(?:"
    r"(?:(?:a |that's a |that's )?(?:good|fair|valid|nice|lovely) (?:point|idea|thought)|"
    r"you (?:might|may|could) (?:well )?(?:feel|think|say|believe) (?:that|so|this)(?: way)?|"
    r"yes|yeah|yep|sure|ok|okay|right|fine|absolutely|of course|fair enough|true|i know|"
    r"i see|i hear you|i hear that|i hear what you're saying|i hear what you say|i understand|"
    r"i appreciate|i get (?:that|it|what you mean|where you're coming from)|i realise|i realize|"
    r"i accept|i agree|i take your point|point taken|that's (?:true|fair|understandable|"
    r"(?:a |an )?(?:good|fair|valid|interesting) (?:point|idea|question)|right|fine|nice|lovely|"
    r"great|all very well|all well and good|as may be)|that (?:makes sense|is understandable)|"
    r"i can (?:see|understand|hear|appreciate|imagine)|i do (?:understand|see|hear|get|"
    r"appreciate)|you (?:may|might|could) (?:be right|have a point|well be right)|"
    r"you're right|with respect|i know you|i understand you|i know it's|i know that|"
    r"i understand that|i see that|i hear you're|i hear you want|i respect|i completely "
    r"understand|i totally understand|i really do understand|i do see|i'm sure|"
    r"(?:i|we) (?:totally |completely |really |fully |do )?(?:understand|get|see|hear|know|"
    r"appreciate|respect|accept|recognise|recognize|realise|realize|agree)|good|great|lovely|"
    r"brilliant|alright|all right|mm|totally|definitely|granted|obviously|agreed|indeed|"
    r"true enough|you've got a point|you have a point|i don't doubt|no doubt|naturally|"
    r"admittedly|in theory|in an ideal world|that may be|that might be|that may well be|"
    r"maybe|perhaps|possibly|you could be right|it's (?:good|great|lovely|nice|"
    r"understandable) (?:that|you)|that's (?:good|great|brilliant|understandable|a shame|"
    r"sad|hard|lovely))\b)"
)
_BUT = re.compile(
    r"(?:,\s*|\s+|[.!?]\s*)(?:but|however|still,|it's just that|the only (?:thing|problem) "
    r"is|although|though|except|the (?:problem|thing|issue|"
    r"trouble|difficulty|reality|fact|truth) is|unfortunately|sadly|realistically)\b"
)
_AMBIVALENCE_AFTER = re.compile(
    r"^\s*,?\s*(?:at the same time|also|part of you|another part|a part of you|there's also|"
    r"there is also|on the other hand|you(?:'re| are)? (?:also |still |really |just )?"
    r"(?:worried|scared|frightened|anxious|afraid|unsure|not sure|torn|nervous|concerned|"
    r"wondering|feel|feeling|also|miss|want|don't want|wish|love|like|enjoy|find|struggle|"
    r"hate|dread|fear|worry|can't see|don't know|aren't sure|haven't|noticed|notice|said|"
    r"say|told me|mentioned|sound|seem)|it (?:also )?(?:sounds|seems|feels)|"
    r"(?:it's|it has been|it's been|things have been|that's been) (?:also )?(?:hard|"
    r"difficult|tough|a struggle|a lot|scary|frightening|exhausting|lonely)|"
    r"(?:he|she|they) (?:also |still )?(?:worr|want|miss|love|feel|seem|sound|said|find)|"
    r"i'm also wondering what you|i wonder what you|what do you|how do you|what would you)\b"
)
_BARE_ACK = re.compile(
    r"^(?:(?:oh |well |ok(?:ay)?,? |right,? |look,? )?(?:yes|yeah|yep|sure|ok|okay|right|fine|"
    r"absolutely|of course|fair enough|true|i know|i see|i hear you|i understand|point taken|"
    r"i get it|that's (?:true|fair|right|fine)|i take your point))[,.! ]*$"
)
_FILLER_ACK = re.compile(
    r"^(?:oh |well |look,? )?(?:yes|yeah|yep|ok|okay|right|sure|fine|good|great|lovely|"
    r"brilliant|mm|alright|all right|maybe|perhaps|possibly|totally|definitely|obviously|"
    r"naturally|indeed|absolutely|true|granted|agreed)$"
)
_AMBIVALENCE_AFTER_BARE = re.compile(
    r"^\s*,?\s*(?:at the same time|also|part of you|another part|a part of you|there's also|"
    r"on the other hand)\b"
)


_GRANTED_VIEW = re.compile(
    r"[ ,]*(?:so )?you(?:'d| would)? (?:really |just )?(?:don't want|do not want|want|like|love|"
    r"prefer|rather|think|feel|say|said|reckon|'re not keen|are not keen|aren't keen|don't like)"
    r"\b|[ ,]*(?:i know,? )?(?:it's|it is|that's|this is|it must be|it's been|that must be) "
    r"(?:really |so |very |pretty |been )?(?:hard|tough|difficult|a lot|rough|horrible|awful|"
    r"not easy|scary|frustrating|exhausting|upsetting)\b"
)
"""After "sure", "okay" or "fine": the person's view, or how hard things are, granted before a
"but" overrides it ("Yes it's hard, but what you need is respite")."""


_OVERRIDE_AFTER = re.compile(
    r"\s*,?\s*(?:it's (?:about|not|just|still|for|too|time)|that's not|you (?:need|have|'ve got|"
    r"must|should|can't|cannot|won't|will have|'ll have|really need)|we (?:need|have|can't|'ll|"
    r"will|must)|i (?:think|need|'m|would|'d|have to)|what's the alternative|what else|the "
    r"(?:reality|thing|problem|fact|truth|risk) is|realistically|there's no|nobody|no one|"
    r"(?:he|she|they) (?:needs?|can't|won't|has to|have to)|at the end of the day|the "
    r"(?:doctors?|team|staff|school|court)|your safety|things have changed|it isn't|it is not|"
    r"what (?:you|he|she|they) (?:really )?(?:need|needs|should|have to|has to|'ve got to))\b"
)
"""What follows "but" when it overrides the view just granted, rather than adding a feeling."""


def find_yes_but(norm: str, sentences: list[Sentence]) -> Hit | None:
    """An acknowledgement overridden by "but" or "however", or None."""
    for ack in _ACK.finditer(norm):
        ack_start = ack.start()
        while ack_start < ack.end() and not norm[ack_start].isalpha():
            ack_start += 1
        if norm.startswith("and ", ack_start):
            ack_start += 4
        tail = norm[ack.end(): ack.end() + 240]
        stop = re.search(r"[?!]|\.\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+", tail)
        window = tail[: stop.start() + 24] if stop and stop.start() > 0 else tail
        but = _BUT.search(window)
        if but is None:
            continue
        after = norm[ack.end() + but.end(): ack.end() + but.end() + 120]
        ack_text = norm[ack_start: ack.end() + but.start()]
        bare = _BARE_ACK.match(ack_text.strip())
        if not bare and _FILLER_ACK.match(norm[ack_start: ack.end()].strip(" ,.!")) and not (
                _GRANTED_VIEW.match(norm, ack.end()) and _OVERRIDE_AFTER.match(after)):
            continue
        if (_AMBIVALENCE_AFTER_BARE if bare else _AMBIVALENCE_AFTER).match(after):
            continue
        if in_view(norm, sentences, ack_start, ack_start + 1) and not re.match(
            r"i |yes|yeah|ok|okay|sure|right|fine|that's", norm[ack_start:]
        ):
            continue
        end = ack.end() + but.end()
        return Hit(Trap.YES_BUT, ack_start, end)
    return None


# Wording that looks like a trap but is good practice: courtesy and closings, honesty about
# process, options handed back to the person, the person's own plan summarised back, their
# wish or refusal reflected, and facts or reported words. Each family clears hits of rules
# and of the learned models alike.
_COURTESY = re.compile(
    r"\b(?:i'll|i will|we'll|i'd better|i should|i'd best|i'll just) let you (?:get on|go(?! "
    r"(?:home|out|to|into|back|on|with|and|if)\b)|get back|get off|rest|be|have your(?![^.?!]*"
    r"\b(?:back|if|once|only|unless|as long as)\b))\b|\blet you get on\b|"
    r"\btake (?:all )?(?:the )?time (?:you need|you like|you want)\b|"
    r"\b(?:as|so) (?:slowly|long|much time|gently) as you (?:need|like|want)\b|"
    r"\bi'm not going anywhere\b|\bstop me (?:if|when|whenever|any ?time|"
    r"at any point)\b|\b(?:shall|should|can|could) we (?:have|take|grab|get) (?:a |five )?(?:"
    r"break|breather|minute|cuppa|cup of tea|brew)\b|\bget a (?:cuppa|brew|cup of tea)\b|"
    r"\bno (?:rush|hurry)\b|\b(?:cut|cutting) (?:us|this|things|it|you) short\b"
)
_PROCESS_HONESTY = re.compile(
    r"\bi(?:'ll| will) (?:find out|check|ask|look into it)\b[^.?!]{0,40}?\b(?:get back to you|"
    r"let you know)\b|\b(?:i|we)(?:'ll| will) (?:get back to you|ring you back)\b|\bi'd like "
    r"you to (?:see|read|check|look at) (?:it|the report|what i|what's written|my notes)\b|"
    r"\byou(?:'ll| will) (?:see|get|have) a copy\b|\bi(?:'ll| will) (?:put|make|argue|fight) "
    r"(?:your|the|his|her) case\b|\b(?:i|we)(?:'ll| will) let you know(?= (?:what|how|when|as "
    r"soon|if|whether)\b)"
)
_HANDED_BACK = re.compile(
    r"\bwhatever you (?:decide|choose|want|go for)\b|\b(?:it's|it is|that's) (?:entirely |"
    r"completely |totally |still )?(?:your|up to you)(?: (?:choice|decision|call))?\b|"
    r"\bup to you\b|\byour (?:choice|decision|call)\b|\b(?:it's|it is|that's) (?:for you|yours) to "
    r"(?:decide|choose|say)\b|\bonly (?:go ahead|do (?:it|that|anything)) if you(?:'re| are) "
    r"(?:happy|ok|okay|sure)\b"
)


def hands_back(text: str) -> bool:
    """True when the normalised text leaves the choice with the person ("it's up to you",
    "whatever you decide", "your call")."""
    return _HANDED_BACK.search(text) is not None


_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no longer|never|no need)\s+(?:\w+\s+){0,2}$|n't\s+(?:\w+\s+){0,2}$")
_PLAIN_HAND_BACK = re.compile(
    r"\bwhatever you (?:decide|choose|want|go for)\b|\bup to you\b|\byour (?:choice|decision|"
    r"call)\b|\bfor you to (?:decide|choose|say)\b|\bonly (?:go ahead|do (?:it|that|anything)) "
    r"if you(?:'re| are) (?:happy|ok|okay|sure)\b"
)
_ULTIMATUM = re.compile(
    r"\beither\b[^.?!]*\bor\b|\b(?:if|until|unless|till) you (?:don't|do not|won't|will not|"
    r"refuse|can't|miss|keep|agree|accept|sign|stop)\b|\bor (?:else|lose|you'll|you will|we'll|"
    r"we will|i'll|i will|you're|you lose|it's)\b|\b(?:your|the) choice (?:is|was)\b"
)
TURN = re.compile(r"\b(?:but|though|however|yet)\b")
"""A word that turns a sentence: what follows it overrides what came before."""


def leaves_choice(text: str) -> bool:
    """True when the normalised text plainly leaves the choice with the person: a hand-back
    not denied ("it's not up to you"), not turned ("your choice, but I've said yes") and
    with no ultimatum ("do the group or lose the trip, your choice")."""
    if _ULTIMATUM.search(text):
        return False
    return any(not _NEGATED_BEFORE.search(text[max(0, m.start() - 30):m.start()])
               and not TURN.search(text, m.end())
               for m in _PLAIN_HAND_BACK.finditer(text))


_OFFER_OF_HELP = re.compile(r"^(?:i|we)(?:'ll| will| can| could) (?:help|support|back)\b")
_OPTIONS = re.compile(
    r"\bsome (?:people|folk|folks|families|carers|parents|of the people)\b[^.?!]*\bsome\b|"
    r"\bother (?:people|folk)\b|\bor\b|\beither\b|\boptions?\b|\bchoices?\b"
)
_CHOICE_QUESTION = re.compile(
    r"\b(?:what|which|how) (?:\w+ ){0,3}(?:feels? right|sounds? (?:better|best|right|good|"
    r"like you)|would work|works|suits?|appeals?|fits?)\b|\b(?:what|which|how) (?:\w+ ){0,2}"
    r"(?:would|do|did) you (?:like|prefer|choose|fancy|want|pick|go for|think|reckon)\b|"
    r"\bwhich (?:one|of (?:those|these|them))\b|\bhow does (?:that|any of that) sound\b|"
    r"\bwhat do you make of\b|\bany of (?:those|them|that) (?:appeal|sound|feel)\b"
)
_STRONG = re.compile(
    r"\b(?:should|must|need to|needs to|have to|has to|got to|ought|better|i'd|i would|why "
    r"don't|let's|only|best)\b"
)
_OWN_PLAN = re.compile(
    r"\b(?:the|your) plan you(?:'ve| have)? (?:made|come up with|chosen|decided|worked out)\b|"
    r"\bwhat you(?:'ve| have) (?:decided|planned|chosen|come up with)\b|\byou(?:'ve| have) "
    r"(?:decided|agreed|chosen) (?:that )?you(?:'ll| will)?\b|\bto (?:sum|sum it|pull (?:it|this|"
    r"that)) up\b|\bto recap\b|\blet me (?:check|sum up|read back|make sure)\b|"
    r"\bif i've got (?:it|this|that) right\b"
)
_AGREED_LIST = re.compile(
    r"^(?:\w+,? ){0,3}we(?:'ve| have) agreed (?:that )?you(?:'ll| will)\b[^.?!]*(?:,[^.?!]*,|"
    r"\band (?:(?:your|my|the) )?[\w']+(?:'ll| will)\b)"
)
"""A plan made together read back as who does what ("so we've agreed you'll try the lunch
club, your niece'll drive you, and I'll ring Friday"; "...and your son'll take you"): one
thing "we've agreed you'll" do is a decision announced."""
_PLAN_ITEM = re.compile(
    r"^(?:(?:so|right|ok|okay|and|then),? )*(?:you(?:'ll| will|'re going to| are going to)|"
    r"(?:\w+ ){0,2}will help|[\w']+'ll help|we(?:'ve| have) agreed)\b"
)
_DEFERS = re.compile(
    r"\bbut (?:first |before that,? )?(?:i'd|i would|i want to|let me|let's|i'd rather) (?:like "
    r"to |love to |first )?(?:hear|know|ask|understand|find out|start with) (?:yours|what you|how "
    r"you|your|from you)\b"
)
"""'..., but I'd like to hear yours first': deferring to the person, not overriding them."""
_REFLECTED_WISH = re.compile(r"\b(?:you|u) (?:really )?want to\b")
_WISH_LIST = re.compile(r"\byou (?:want|'d like|would like|wanna)\b")
_FACT_BEFORE = re.compile(r"\b(?:now|since|because|cos|as|that|if|when)\s+$")


_CUES = re.compile(
    r"let you|time|as you|anywhere|stop me|break|cuppa|brew|cup of|rush|hurry|short|find out|"
    r"check|ask|look into|get back|back to you|like you to|copy|case|decide|choose|go for|up to|"
    r"choice|call|some|other|\bor\b|either|option|plan|agreed|decided|chosen|sum|recap|pull|"
    r"let me|right|want|got to|having|can't|cannot|can no|said|put it|your words|you say|"
    r"describe|tell me|explain|picture|imagine|show me|face it|the one|playing up|acting up|"
    r"misbehaving|kicking off|not (?:a|an)\b|hear|know|understand|help|support|back"
)
"""Words that every clearing family needs: a hit in a sentence without any is kept at once."""


def _overlaps(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    return any(m.start() < end and start < m.end() for m in pattern.finditer(text))


def cleared(trap: Trap, norm: str, sentences: list[Sentence], start: int, end: int) -> bool:
    """True when a hit at norm[start:end] is good practice after all: a courtesy or closing
    ("I'll let you get on", "take all the time you need"), honesty about process ("I'll find
    out and get back to you"), help offered with the choice left to the person ("whatever you
    decide, we'll help"), options handed back ("some people..., some..., what feels right to
    you?"), the person's own plan or wishes summarised back, their wish reflected ("you want
    to stop, but..."), their refusal ("you're not having any of it"), a fact ("now you can't
    drive"), or a negated label in their words ("you're not a bad mum, you said")."""
    if trap is Trap.QUESTION_AND_ANSWER:
        return False
    sentence = _sentence_of(sentences, start)
    if sentence is None or (not _CUES.search(norm, sentence.start, sentence.end) and not (
            trap in (Trap.PROBLEM_SOLVING, Trap.EXPERT, Trap.POWER) and _CUES.search(norm))):
        return False
    if trap is Trap.YES_BUT:
        return bool(_DEFERS.search(norm[sentence.start:sentence.end]))
    start, end = word_span(norm, start, end)
    text = norm[sentence.start:sentence.end]
    local_start, local_end = start - sentence.start, end - sentence.start
    evidence = norm[start:end]
    before = norm[sentence.start:start]
    if _overlaps(_COURTESY, text, local_start, local_end):
        return True
    if re.match(r"[^,.;?!]*, (?:you said|as you put it|in your words|your words|you say)"
                r"\s*(?:,|[.!?]*$)", text[local_end:]):
        return True
    if trap in (Trap.LABELLING, Trap.CONFRONTATIONAL) and re.search(
            r"\b(?:the|my|your|his|her|their|our) (?!(?:boy|girl|lad|lass|kid|kids|child|children|"
            r"baby|son|daughter|man|woman|twins|teenager|husband|wife|partner|mum|dad|mother|"
            r"father|brother|sister|nan|gran|grandad|ocd|adhd|depression|anxiety|autism|bipolar|"
            r"dementia|nerves|temper|anger|illness|condition)\b)[a-z]+(?:'s| is| are)?"
            r"(?: still| always| keeps?| been| again)* (?:playing up|acting up|misbehaving|"
            r"kicking off)\b",
            before + evidence):
        return True
    if trap is Trap.LABELLING:
        return bool(re.search(r"\b(?:you're|you are|she's|he's|you were) not (?:a |an )?$",
                              before)) or bool(re.search(
            r"\b(?:describe|tell me|explain|picture|imagine|show me)\s+$", before)
            and re.match(r"what (?:a|an)\b", evidence))
    if trap is Trap.CONFRONTATIONAL:
        one = re.match(r"you(?:'re| are) the one (?:who|that)\b", evidence)
        if one:
            return bool(re.match(r"\s*(?:\w+ )?(?:keeps?|kept|holds?|held|looks? after|looked "
                                 r"after|knows?|knew|cares?|cared|got|gets|does|did) (?:\w+ )?"
                                 r"(?:everyone|everybody|it all|them|him|her|the family|things|"
                                 r"best|most|going|together)\b",
                                 norm[start + one.end():]))
        return evidence.startswith("face it") and bool(
            re.search(r"\b(?:can't|cannot|couldn't|can not) $", before))
    if _overlaps(_PROCESS_HONESTY, text, local_start, local_end):
        return True
    if _HANDED_BACK.search(norm) and _OFFER_OF_HELP.match(evidence):
        return True
    if trap in (Trap.PROBLEM_SOLVING, Trap.EXPERT) and not _STRONG.search(evidence) and \
            _OPTIONS.search(norm) and _CHOICE_QUESTION.search(norm[end:]):
        return True
    if trap in (Trap.POWER, Trap.PROBLEM_SOLVING) and _PLAN_ITEM.match(evidence) and (
            _OWN_PLAN.search(norm[:start + 30]) or _AGREED_LIST.match(norm)):
        return True
    if trap is Trap.EXPERT and _REFLECTED_WISH.match(evidence):
        tail = text[local_end:]
        if len(_WISH_LIST.findall(text)) >= 2 or re.match(r"[^.;]{0,60}?,? but\b", tail) or \
                re.match(r"^(?:\w+ )?(?:so|right so|ok so|okay so|and)\s+$", before) or \
                re.match(r" (?!you\b|that you\b|to\b|it\b|everything\b)(?:(?:his|her|your|"
                         r"my|the|their|our) )?\w+(?:'s)? "
                         r"(?:is|are|gets?|has|have|feels?|stays?|can|'s)\b", tail):
            return True
    if trap is Trap.EXPERT and re.match(r"(?:you|u) got to\b", evidence):
        return bool(re.search(r"\b(?:if|when|once)\s+$", before))
    if trap is Trap.POWER:
        if re.match(r"you(?:'re| are) not having\b", evidence) and re.match(
                r"[^.?!]{0,12}?\b(?:any of it|it|that|none of it)\b", norm[end:]):
            return True
        if re.match(r"you (?:can't|cannot|can no longer)\b", evidence) and \
                _FACT_BEFORE.search(before):
            return True
    return False
