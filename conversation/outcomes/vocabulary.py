"""The words the outcome checker looks for, as precompiled regular expressions.

Pure domain code, compiled once when the module is first imported (no I/O). Patterns work on
text that :func:`conversation.outcomes.checker.normalise` has lowered and tidied, so they
can use plain lower-case words and straight apostrophes.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> str:
    """Join alternatives into one non-capturing group."""
    return "(?:" + "|".join(alternatives) + ")"


# --- Framing: signs that the statement says what someone wants, hopes for or can now do ---

_NEGATION = r"(?:don't|do not|doesn't|does not|never|wouldn't|would not|didn't|not|no longer)"

# "I want", "Mum would like", "we hope", "it means so much that", "what matters to me is".
WANT = re.compile(
    r"(?:\b(?P<neg>" + _NEGATION + r"\s+(?:ever\s+|really\s+)?)?)"
    r"\b(?:want|wants|wanted|would\s+(?:really\s+)?(?:like|love|prefer|rather)|'d\s+(?:really\s+)?"
    r"(?:like|love|prefer|rather)|hope|hopes|hoping|wish|wishes|dream|dreams|long\s+to|longs\s+to|"
    r"looking\s+forward\s+to|keen\s+to|determined\s+to|would\s+love\s+to|"
    r"(?:(?<=\bi\s)|(?<=\bwe\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s))"
    r"(?:aim|aims|plan|plans|intend|intends)\s+to|"
    r"(?:matters?|is\s+important|means\s+(?:so\s+much|a\s+lot|the\s+world|everything))"
    r"(?:\s+to\s+(?:me|him|her|us|them))?(?:\s+(?:is|that))?)\b"
)

# Statements written as the hoped-for result: "To have...", "Being able to...", "More time...".
START = re.compile(
    r"^(?:(?:for|that)\s+(?:my\s+|our\s+|his\s+|her\s+|their\s+)?[a-z']+\s+(?:to|can|could|will)\b|"
    r"to\b|be\s+able\b|able\s+to\b|more\b|less\b|fewer\b|better\b|"
    r"(?:keep|stay|carry\s+on|remain|get|go|feel|be|have|see|spend|make|learn|live|enjoy|find|"
    r"do|move|stop|start|sleep|walk|cook|visit|play|read|return|join)\b|"
    r"a\s+(?:better|safer|happier|calmer|fuller|quieter|more|less)\b|"
    r"(?!attending\b|accessing\b|receiving\b|using\b|fitting\b|installing\b|providing\b|"
    r"arranging\b|referring\b|nothing\b|something\b|morning\b|evening\b|during\b)[a-z]+ing\b)"
)

# A gerund that is the subject of a description ("Drinking is affecting his...").
GERUND_SUBJECT = re.compile(
    r"^[a-z]+ing\s+(?:[a-z']+\s+){0,4}?(?:is|are|was|were|has|have|had|keeps|makes|stops|gets)\b"
)

# "I can", "she will", "we are able to": the outcome written as already achieved or promised.
ABLE = re.compile(
    r"\b(?:i|we|he|she|they)\s+(?:can(?!'t|not|\s+not|\s+no\s+longer)|could(?!n't|\s+not)|"
    r"will(?!\s+not|\s+never)|'ll|am\s+able|'m\s+able|is\s+able|are\s+able|'re\s+able|"
    r"get\s+to|feel\s+(?:safe|happy|happier|confident|more|less|in\s+control|good|better|"
    r"settled|calm|calmer|relaxed|valued|listened|heard|at\s+home|part\s+of))\b"
)

# "I need to...", "We must...": the person's necessity, which the seeds count as a need.
NEED_TO = re.compile(
    r"\b(?:i|we|he|she|they|[a-z]+)\s+(?:really\s+)?(?:needs?\s+to|must|has\s+to|have\s+to)\b"
)

# --- Why it matters ---

# Markers of the reason or the difference it makes. Matches at the very start do not count.
WHY = re.compile(
    r"\b(?:so\s+that|so\s+(?:i|we|he|she|they|it|my|our|his|her|mum|dad|mam|the|there|people|"
    r"others|everyone|[a-z]+'s)\b|because|'cause|cos\b|in\s+order\s+to|which\s+(?:means|would\s+"
    r"mean|will\s+mean|is|will|would|gives|helps|makes|lets)|that\s+way|it\s+means\s+that|"
    r"that\s+means|as\s+(?:i|he|she|we|they)\s+(?:want|would\s+like|love|enjoy|miss)|"
    r"then\s+(?:i|we|he|she|they)\s+(?:can|could|will|would|'ll)|to\s+be\s+able\s+to|"
    r"so\s+as\s+to|otherwise|since\s+(?:it|that)\s+(?:is|makes|means))\b"
)

# Where the wanted thing itself stops and the how, why or but begins.
MAIN_STOP = re.compile(
    r"\s(?:by|through|with|via|while|whilst|without|rather\s+than|instead\s+of|but|and|or|"
    r"like|when|where|if|as|even|after|before|at)\s|[,;:.!?]"
)

# --- What is not an outcome ---

# Services, inputs, outputs and referrals (the things done or provided, not the result).
SERVICE = re.compile(
    r"\b(?:referr(?:al|als|ed|ing)|refer\s+(?:him|her|them|me|to|for)|provision\s+of|"
    r"(?:re-?)?assessments?|reviews?|best\s+interests?|(?:core\s+group\s+|planning\s+|"
    r"professionals'?\s+|network\s+|family\s+group\s+|strategy\s+)?meetings?|case\s+conference|"
    r"care\s+package|package\s+of\s+care|home\s?care|homecare|domiciliary\s+care|dom\s+care|"
    r"respite(?:\s+care)?|short\s+breaks?|day\s+(?:cent(?:re|er)s?|services?|care|opportunities)|"
    r"care\s+homes?|residential\s+(?:care|homes?|placement|unit)|nursing\s+homes?|placements?|"
    r"supported\s+(?:living|accommodation|housing)|extra\s+care(?:\s+housing)?|"
    r"(?:peer\s+|carers'?\s+)?support\s+groups?|parenting\s+(?:groups?|courses?|programmes?|"
    r"classes|sessions)|carers'?\s+(?:groups?|centre|service)|(?:sitting|befriending|"
    r"advocacy|counselling|floating\s+support|reablement|re-ablement|tenancy\s+support|"
    r"outreach|drug|alcohol|substance\s+misuse|mental\s+health|youth|social|support|care|"
    r"housing|health|community)\s+services?|meals\s+on\s+wheels|"
    r"direct\s+payments?|personal\s+budgets?|advocacy|advocates?|signpost\w*|"
    r"information\s+(?:about|on|leaflets?|pack)|leaflets?|"
    r"(?:care\s+workers?|carers?|support\s+workers?|staff)\s+(?:calling|to\s+call|visiting|"
    r"to\s+visit|coming\s+in|to\s+come\s+in|to\s+come)|(?:calls|visits)\s+(?:a|per|each|every|"
    r"once|twice|three|four|two|daily|weekly)|(?:daily|weekly|twice\s+weekly|regular)\s+"
    r"(?:calls|visits|sessions)|(?:memory|falls|pain|outpatient|drug|sexual\s+health)\s+clinic|"
    r"clinic|cmht|community\s+mental\s+health\s+team|a\s+social\s+worker|"
    r"occupational\s+therap\w+|\bot\b|physio\w*|counselling|cbt|talking\s+therap\w+|therapy|"
    r"supervised\s+contact|contact\s+centre|floating\s+support|reablement|intermediate\s+care|"
    r"care\s+plans?|support\s+plans?|care\s+and\s+support\s+plans?|pathway\s+plans?|"
    r"hours\s+(?:of|a\s+week\s+of)\s+(?:care|support)|(?:more|extra)\s+(?:care\s+)?hours|"
    r"support\s+hours|care\s+hours|(?:social\s+care|care|health|support|statutory)\s+services|"
    r"services|team\s+around\s+the\s+family|child\s+protection|child\s+in\s+need\s+plan|"
    r"^(?!(?:i|we|he|she|they|you|it)\s)(?:(?!(?:wants?|would|like|love|hopes?|needs?|wish|"
    r"going|trying|able|has|have|got|used|ought|is|are|was)\b)[a-z']+\s+){1,4}to\s+(?:receive|"
    r"visit|attend|complete|call|provide|arrange|refer|"
    r"contact|liaise|review|assess|undertake|signpost|continue\s+(?:with|to)|support|help|"
    r"explore|look\s+into|find|source|chase|discuss|apply|speak\s+to|be\s+[a-z]+(?:ed|en|nt))\b|"
    r"^(?:help|support|assistance|prompting|encouragement)\s+(?:to|with|from|for)\b|"
    r"(?:a|an)\s+(?:diagnosis|scan|operation|prescription|medication\s+review)|"
    r"befriend(?:ing|ers?)\b|job\s+coach\w*|independent\s+visitor|needle\s+exchange|naloxone|"
    r"methadone|substitute\s+prescribing|(?:night\s+)?sitters?\b|night\s+sitting|funding|"
    r"applications?|"
    r"continuing\s+health\s?care|chc\b|(?:family|children's|contact)\s+centres?|"
    r"(?:welfare|well-?being|check|phone|telephone|double-handed|morning|evening|tea-?time|"
    r"lunch(?:time)?|bedtime)\s+calls?|"
    r"(?:crisis|home\s+treatment|leaving\s+care|duty|intake|discharge|reablement|youth\s+"
    r"offending|drug\s+and\s+alcohol|learning\s+disability|mental\s+health|community\s+\w+|"
    r"hospice\s+at\s+home|housing\s+options|district\s+nursing)\s+team|"
    r"(?:ongoing|continued|practical|emotional|additional|extra|more|floating|specialist|peer|"
    r"family|parenting|tenancy|intensive)\s+support|support\s+from\s+(?:a|an|the)|"
    r"(?:dementia|memory|carers'?|alzheimer's|community)\s+caf(?:e|é)s?|"
    r"to\s+be\s+(?:arranged|reviewed|completed|held|set\s+up|made|booked|organised|provided|"
    r"supervised|funded|commissioned|sourced|requested|chased|"
    r"offered|installed|fitted|considered|explored|discussed|referred|assessed|monitored|"
    r"visited|seen|allocated|sent|agreed|updated|undertaken|carried\s+out|put\s+in\s+place|"
    r"increased|reduced|continued)|to\s+take\s+place|"
    r"(?:see|have|get|be\s+given|be\s+allocated)\s+(?:a|an|another)\s+(?:new\s+)?(?:counsellor|"
    r"therapist|psychiatrist|psychologist|social\s+worker|support\s+worker|key\s?worker|"
    r"advocate|nurse|mentor|befriender|occupational\s+therapist|physio\w*|care\s+coordinator|"
    r"personal\s+adviser)|lac\s+review|panel|waiting\s+list|allocated|allocation|"
    r"one[-\s]to[-\s]one\s+(?:support|"
    r"sessions?|work)|1:1|key\s?work(?:er)?\s+sessions?|programme|course)\b"
)

# Equipment, adaptations and other fixes that describe how rather than what.
EQUIPMENT = re.compile(
    r"\b(?:walk-?in\s+shower|wet\s?room|stair\s?lifts?|through-floor\s+lift|grab\s+rails?|"
    r"hand\s?rails?|banister|hoists?|commodes?|wheelchairs?(?!\s+(?:basketball|rugby|tennis|"
    r"racing|dance|dancing|sports?|users?|"
    r"football|accessible|friendly))|walking\s+(?:frame|stick|aid)|"
    r"zimmer(?:\s+frame)?|rollator|(?:hospital|profiling|adjustable)\s+bed|bed\s+rails?|"
    r"pendant(?:\s+alarm)?|(?:falls?|door|bed|pressure)\s+(?:alarm|sensor|mat)s?|"
    r"lifeline|careline|telecare|key\s?safe|memory\s+clock|talking\s+clock|dementia\s+clock|"
    r"perching\s+stool|shower\s+(?:chair|stool|seat)|bath\s+(?:lift|board|seat)|"
    r"raised\s+toilet\s+seat|toilet\s+frame|ramp|mobility\s+scooter|riser\s+recliner|"
    r"hearing\s+aids?|(?:medication|pill|tablet)\s+dispenser|dosette\s+box|blister\s+packs?|"
    r"video\s+doorbell|ring\s+doorbell|smart\s+speaker|alexa|gps\s+tracker|tracker|"
    r"sensors?|adaptations?|ramps?|door\s+opener|kettle\s+tipper|level\s+access|(?:a|"
    r"an)\s+(?:new\s+)?(?:property|flat|house|"
    r"home)\s+with|a\s+new\s+boiler|a\s+bigger\s+house|"
    r"a\s+(?:new|bigger|ground\s+floor)\s+(?:flat|house|property|bungalow)|"
    r"new\s+glasses|blue\s+badge|bus\s+pass|taxi\s+card|mobile\s+phone|tablet\s+computer|ipad)\b"
)

# Ways of doing it tacked onto a result: "by joining the club", "through weekly calls".
HOW = re.compile(
    r"\b(?:by|through|via)\s+(?:going|joining|being\s+part\s+of|attending|using|having|"
    r"getting|taking|having|moving|doing|starting|learning|seeing|talking|going\s+to|a|an|the)\b"
)

# Wanting help itself: a need written as a want ("I want support with...").
HELP_OBJECT = re.compile(
    r"^\s*(?:(?:to\s+)?(?:have|get|receive|be\s+given)\s+)?(?:(?:some|more|extra|a\s+bit\s+of|"
    r"a\s+lot\s+of|a\s+little(?:\s+bit\s+of)?|any|someone's|somebody's|your|practical|"
    r"emotional)\s+)?(?:help|support|assistance|a\s+hand)\b"
)

# Asking for an input: another carer, more hours, funding.
INPUT_OBJECT = re.compile(
    r"^\s*(?:to\s+(?:have|get|receive)\s+)?(?:(?:a|an|another|more|extra|some|new)\s+)"
    r"(?:carers?|care\s+workers?|support\s+workers?|workers?|pa|personal\s+assistants?|cleaner|"
    r"sitter|befriender|home\s+help|hours|visits|calls)\b|^\s*(?:to\s+(?:have|get)\s+)?"
    r"(?:funding|money\s+for|benefits|a\s+grant)\b"
)

# "My carers to...", "a carer to come in": who is asked to do what.
GIVER_TO = re.compile(
    r"^\s*(?:to\s+(?:have|get)\s+)?(?P<det>(?:a|an|some|more|extra|another|my|the|our|his|her|"
    r"their)\s+)?(?P<who>carers?|care\s+workers?|support\s+workers?|social\s+workers?|"
    r"(?:support|care)\s+staff|"
    r"key\s?workers?|"
    r"foster\s+(?:carers?|parents?)|care\s+co-?ordinators?|housing\s+officers?|health\s+visitors?|"
    r"therapists?|counsellors?|doctors?|gp|teachers?|mentors?|staff|workers?|someone|somebody|"
    r"people|a\s+person|nurses?|pa|personal\s+assistants?|helpers?)"
    r"(?:\s+(?:on|at|in|from|of)\s+(?:the\s+|my\s+)?[a-z]+)?\s+to\s+(?P<verb>[a-z]+)"
)
INPUT_VERBS = frozenset(
    [
        "come",
        "visit",
        "help",
        "do",
        "support",
        "assist",
        "provide",
        "cook",
        "clean",
        "shop",
        "wash",
        "dress",
        "sort",
        "check",
        "pop",
        "sit",
        "take",
        "bring",
        "look",
        "manage",
        "fill",
        "deal",
        "fix",
        "make",
        "get",
        "move",
        "drive",
        "collect",
    ]
)

# Needs, barriers, deficits and risks: what gets in the way, not what is hoped for.
NEED = re.compile(
    r"\b(?:can't|cannot|can\s+not|couldn't|unable|not\s+able|no\s+longer|isn't\s+able|"
    r"aren't\s+able|struggl\w+|difficult\w*|finds?\s+it\s+hard|hard\s+(?:for|to)|at\s+risk|"
    r"risks?\b|unsafe|unsteady|deficits?|lack\w*|barriers?|problems?|issues?|prevents?|"
    r"stopped\s+(?:me|us|him|her|them)|stops?\s+(?:me|us|him|her|them)|won't\s+let|anymore|"
    r"any\s+more|too\s+(?:tired|weak|frail|anxious|scared|ill|unwell)|needs?|needed|require\w*|"
    r"isolated|forgetful|confused|vulnerable|depend\w*\s+on|reliant|relies\s+on|"
    r"affect(?:s|ed|ing)?\s+(?:his|her|their|my|our|the)|impact\w*\s+on|gets?\s+in\s+the\s+way|"
    r"aggressive|agitated|distressed|wander(?:s|ing)|running\s+away|runs\s+away|abscond\w*|"
    r"not\s+attending|refus(?:es|ing)|won't\s+(?:eat|wash|go|get|let)|exhausted|breaking\s+point|"
    r"worn\s+out|burn(?:ed|t)\s+out|(?:not\s+(?:well\s+)?|un)controlled|"
    r"overcrowd\w*|nowhere\s+to|gets?\s+lost|getting\s+lost|too\s+\w+(?:\s+and\s+\w+)?\s+for|"
    r"hungry|late\s+for|end\s+of\s+(?:my|her|his|their)\s+tether|"
    r"not\s+coping|isn't\s+coping|can't\s+cope|unable\s+to\s+cope|neglect\w*|poor\s+\w+|"
    r"since\s+(?:having|the|my|his|her|their)\s+\w+)\b"
)

# Professional, service-perspective or jargon wording, even with "I" in front of it.
PROFESSIONAL = re.compile(
    r"\b(?:compl(?:y|ies|ied|iance|iant)|adhere\w*|adherence|concordan\w*|"
    r"engag(?:e|es|ed|ing|ement)\s+(?:with|in)\s+(?:services?|support|treatment|the\s+service|"
    r"professionals|the\s+plan|interventions?|the\s+process|agencies|care)|engagement|"
    r"(?:medication|treatment|exercise)\s+regime|regimen?|symmetrical\s+gait|gait|step\s+length|"
    r"mobilis\w+|mobility|adls?|activities\s+of\s+daily\s+living|daily\s+living\s+skills|"
    r"maximis\w+|optimis\w+|promot(?:e|ed|es|ing)\s+(?:my\s+|his\s+|her\s+|their\s+)?"
    r"(?:independence|well-?being|health|safety|inclusion)|independence\s+(?:is|will\s+be)\s+"
    r"promoted|(?:reduce|reduced|reducing|minimise|minimised|manage|managed|mitigate)\s+"
    r"(?:the\s+)?risks?|risks?\s+(?:is|are|will\s+be)\s+(?:managed|reduced|minimised|mitigated)|"
    r"safeguard\w*|nutrition(?:al)?\s*(?:intake|needs|status)?|hydrat\w+|fluid\s+intake|"
    r"personal\s+care(?:\s+needs)?|personal\s+hygiene|continence|toileting\s+needs|"
    r"service\s+users?|behaviours?\s+that\s+challenge|challenging\s+behaviours?|"
    r"presents?\s+(?:with|as)|cognitive\s+\w+|functional\s+\w+|therapeutic|interventions?|"
    r"statutory|needs\s+(?:are|will\s+be|being)\s+met|meet\s+(?:my|his|her|their)\s+"
    r"(?:assessed\s+)?needs|assessed\s+needs?|appropriate(?:ly)?|in\s+line\s+with|as\s+per|"
    r"as\s+directed|as\s+prescribed|be\s+monitored|monitoring|sustain\w*|facilitat\w+|"
    r"capacity|psycho-?education|self-?care\s+skills|tenancy\s+sustainment|maintain\s+"
    r"(?:my|his|her|their)\s+tenancy|attendance|punctuality|abstinen\w+|relapse\s+prevention|"
    r"coping\s+strategies|acceptable\s+standard|incidents\s+of|episodes\s+of|self-injurious|"
    r"access(?:ing|es)?\s+(?:the\s+)?community|"
    r"community\s+(?:access|resources|participation|presence)|universal\s+services|"
    r"engag\w*\s+(?:\w+\s+)?(?:with|in)\b|education,?\s+employment|\bneet\b|insight|"
    r"(?:independent\s+|daily\s+)?"
    r"living\s+skills|life\s+skills|skin\s+integrity|(?:safe\s+and\s+)?healthy\s+diet|"
    r"balanced\s+diet|(?:hospital\s+)?(?:re)?admissions|maintain\s+(?:a\s+)?(?:safe|healthy|"
    r"stable|skin|good|weight|diet|routines?|hygiene|nutrition)|"
    r"(?:demonstrat|ensur|establish|facilitat)\w*|"
    r"(?:improv|increas|reduc|develop|enhanc|promot|minimis|maximis|sustain)\w*\s+"
    r"(?:(?:my|his|her|their|the|a|an|our)\s+)?(?:\w+\s+)?(?!confidence\b|relationships?\b|"
    r"friendships?\b|fitness\b|ambitions?\b|education\b)\w+(?:tion|tions|ment|ments|ity|"
    r"ities|ness|ance|ence|isms?|levels|behaviours?)\b|social\s+skills|maintain\w*\s+(?:my|his|"
    r"her|their|good)\s+(?:mental\s+health|"
    r"physical\s+health|health|well-?being)|mental\s+health\s+and\s+well-?being|"
    r"anger\s+management|social\s+inclusion|socially\s+included|"
    r"(?:reduce|reduced|reducing)\s+(?:social\s+)?isolation|isolation\s+(?:is|will\s+be)\s+"
    r"reduced|accept(?:s|ing)?\s+(?:support|care|help|services|the\s+care)|follow(?:s|ing)?\s+"
    r"(?:the\s+)?(?:advice|plan|care\s+plan|guidance|routine\s+set)|attend(?:s|ing)?\s+(?:all\s+)?"
    r"(?:appointments|sessions|reviews)|keep\s+(?:all\s+)?appointments|(?:will\s+be|be|is|are)\s+"
    r"(?:supported|encouraged|enabled|assisted|prompted|facilitated)\s+(?:to|with)|"
    r"outcomes?\s+(?:are|will\s+be)\s+(?:met|achieved)|(?:improved|increased|enhanced|reduced)\s+"
    r"(?:sense|levels?|wellbeing|well-being|self-esteem|confidence|resilience|functioning|"
    r"independence|ability|capacity)|stabilis\w+|stability|resilience|self-esteem|"
    r"emotional\s+regulation|self-regulat\w+|boundaries|risk\s+taking\s+behaviours?|"
    r"(?:positive|protective)\s+factors|placement\s+stability|permanence|"
    r"(?:improve|improved|improving|increase|increased)\s+(?:my|his|her|their)?\s*"
    r"(?:mobility|function|functioning|compliance|engagement)|care\s+plan)\b"
)

# --- The kind of outcome ---

_GIVER = _words(
    r"carers?",
    r"care\s+workers?",
    r"support\s+workers?",
    r"(?:support|care)\s+staff",
    r"staff",
    r"workers?",
    r"social\s+workers?",
    r"nurses?",
    r"doctors?",
    r"care\s+co-?ordinators?",
    r"housing\s+officers?",
    r"health\s+visitors?",
    r"therapists?",
    r"counsellors?",
    r"psychiatrists?",
    r"mentors?",
    r"gp",
    r"foster\s+(?:parents?|carers?|mum|dad)",
    r"teachers?",
    r"key\s?workers?",
    r"pa",
    r"personal\s+assistants?",
    r"professionals",
    r"the\s+team",
    r"everyone",
    r"people\s+who\s+(?:support|help|care\s+for|look\s+after|work\s+with)",
    r"helpers?",
    r"home\s+care",
    r"the\s+agency",
    r"they",
    r"the\s+service",
)

# How support is given ("my carer listens to me", "staff who know me", "treated with respect").
PROCESS = re.compile(
    r"\b(?:listen(?:s|ed|ing)?\s+to\s+(?:me|him|her|us|them|what)|(?:be|being|feel|feels|am|is|"
    r"are)\s+(?:really\s+)?(?:listened\s+to|spoken\s+to|heard|respected|believed|valued|"
    r"understood|asked|"
    r"included|involved|taken\s+seriously)|treat(?:s|ed|ing)?\s+(?:me|him|her|us|them)?\s*"
    r"(?:with|like|as)\s+(?:dignity|respect|a\s+person|an\s+adult|a\s+human|kindness|an\s+equal)|"
    r"treated\s+with|with\s+(?:dignity|respect)|(?:who|that)\s+(?:really\s+)?(?:know|knows|"
    r"understand|understands|get|gets)\s+(?:me|him|her|us|them)|know(?:s)?\s+(?:me|him|her)\s+"
    r"(?:well|properly)|same\s+(?:carers?|care\s+workers?|workers?|staff|people|faces|person|"
    r"support\s+workers?|team)|familiar\s+(?:faces|carers|staff|people)|"
    r"at\s+(?:a|the)\s+times?\s+(?:that\s+|which\s+)?suits?|times?\s+that\s+suits?|"
    r"when\s+it\s+suits|(?:don't|doesn't|do\s+not|never)\s+rush|without\s+(?:being\s+)?rush\w*|"
    r"takes?\s+(?:their|the|her|his|my)\s+time|(?:help|support|care)\s+(?:that|which)\s+"
    r"(?:fits|suits|works|respects|understands|feels)|(?:makes?|made)\s+(?:me|him|her|us)\s+feel|"
    r"have\s+(?:a|my|his|her|our)\s+say|(?:involved|included)\s+in|ask(?:s|ed)?\s+(?:me|him|her)"
    r"\s+(?:what|how|before|about|first)|explain\w*\s+(?:things|what|it)|keep(?:s)?\s+(?:me|him|"
    r"her|us)\s+(?:informed|updated|in\s+the\s+loop)|tell(?:s)?\s+(?:me|him|her|us)\s+(?:what|"
    r"when|if)|(?:in|speak\w*|talk\w*)\s+(?:welsh|cymraeg|my\s+own\s+language|my\s+first\s+"
    r"language|bsl|sign\s+language)|(?:choose|choice\s+(?:of|about|over))\s+(?:who|my\s+carers?)|"
    r"call\w*\s+me\s+by|(?:talk|speak)s?\s+to\s+me\s+(?:not|rather|like|as)|"
    r"(?:arriv\w+|turn\w*\s+up|come|comes|coming|visit\w*)\s+on\s+time|"
    r"(?:be|being)\s+(?:told|kept\s+informed|kept\s+up\s+to\s+date)|told\s+the\s+truth|"
    r"(?:at|around)\s+the\s+same\s+time\s+(?:each|every)|"
    r"be\s+(?:honest|kind|patient|gentle|straight|open|calm)\s+with\s+(?:me|him|her|us|them)|"
    r"(?:who|that)\s+(?:can\s+)?speak\w*\s+(?!to\b)[a-z]+|"
    r"turn(?:s)?\s+up|arrive\w*\s+when|" + _GIVER + r"\s+(?:who\s+|that\s+|to\s+)?(?:really\s+)?"
    r"(?:listen\w*|understand\w*|respect\w*|know\w*|(?:is|are)\s+(?:kind|patient|friendly|"
    r"reliable|gentle)|treat\w*|explain\w*|ask\w*|talk\w*\s+to|speak\w*\s+to|trust\w*|"
    r"let\w*\s+me|believe\w*|make\w*\s+me)|i\s+(?:can\s+)?trust)\b"
)

# Keeping what is good, not going downhill.
MAINTENANCE = re.compile(
    r"\b(?:keep(?:s|ing)?|stay(?:s|ing)?|remain(?:s|ing)?|continu\w+|carry(?:ing)?\s+on|"
    r"carries\s+on|go(?:es|ing)?\s+on\s+\w+ing|maintain\w*|still|hold(?:ing)?\s+on\s+to|"
    r"hang(?:ing)?\s+on\s+to|"
    r"not\s+(?:lose|losing|go(?:ing)?\s+downhill|get(?:ting)?\s+worse)|without\s+losing|"
    r"as\s+long\s+as\s+(?:possible|i\s+can|he\s+can|she\s+can|we\s+can|they\s+can)|"
    r"for\s+as\s+long\s+as|no\s+worse|same\s+as\s+(?:now|before)|as\s+(?:i|he|she|we)\s+"
    r"(?:do|does)\s+now|as\s+it\s+is|as\s+they\s+are|getting\s+worse|downhill|"
    r"don't\s+want\s+to\s+(?:lose|go\s+into|move|end\s+up|leave|give\s+up|stop))\b"
)

# --- Measurable or with a known starting point ---

MEASURE = re.compile(
    r"\b(?:\d+|once|twice|three\s+times|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:times|days|nights|hours|minutes|miles|weeks|months|evenings|mornings|afternoons|"
    r"steps|stones?|pounds|kilos|streets)|every\s+(?:day|night|week|morning|evening|month|"
    r"weekend|other|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each\s+(?:day|"
    r"week|month|morning|evening)|daily|weekly|fortnightly|monthly|a\s+(?:day|week|month|year)|"
    r"per\s+(?:day|week|month)|by\s+(?:christmas|easter|the\s+summer|the\s+end|next|spring|"
    r"summer|autumn|winter|september|the\s+time)|within|out\s+of\s+(?:10|ten)|on\s+a\s+scale|"
    r"at\s+least|no\s+more\s+than|fewer|less\s+often|more\s+often|on\s+(?:my|his|her|their|"
    r"our)\s+own|by\s+(?:myself|himself|herself|themselves)|without\s+(?:help|anyone)|again|"
    r"on\s+time|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|birthday|wedding|christmas|"
    r"weekends?|before|like\s+i\s+(?:did|used\s+to)|used\s+to)\b"
)

SCALE_READING = re.compile(r"\b(?:10|[0-9])\s*(?:out\s+of|/)\s*(?:10|ten)\b")
