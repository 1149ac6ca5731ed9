"""Word classes the learned models read beside the words themselves: a trap is a stance, and
the same stance comes in many words ("you should", "you really ought to", "you must").

Each class is a readable table. A word in a class is read as the class too, so the models
learn "you OBLIGE" once and recognise "you ought" and "you need" without a training line for
each. The classes hold words only: no patterns, no decisions.
"""

from __future__ import annotations

CLASSES: dict[str, frozenset[str]] = {
    # telling: obligation and judgement of what is best
    "OBLIGE": frozenset({
        "should", "shouldn't", "must", "mustn't", "ought", "need", "needs", "needed",
        "gotta", "supposed", "required", "expected", "essential", "vital", "crucial",
        "imperative", "necessary", "mandatory", "obliged", "compulsory",
    }),
    "BEST": frozenset({
        "best", "better", "sensible", "wise", "wiser", "advisable", "ideal", "recommend",
        "recommended", "advise", "advised", "suggest", "urge", "strongly", "definitely",
        "honestly", "seriously", "really", "safest", "smart", "smarter", "right",
        "proper", "properly", "correct", "sensibly", "responsible",
    }),
    # deciding for the person
    "DECIDE": frozenset({
        "decided", "arranged", "booked", "organised", "organized", "sorted", "referred",
        "signed", "enrolled", "scheduled", "registered", "allocated", "determined",
        "approved", "cancelled", "canceled", "placed", "assigned", "authorised",
        "authorized", "confirmed", "instructed", "ordered", "insisted", "agreed",
        "settled", "concluded", "chosen", "picked", "lined", "fixed", "planned",
        "moving", "transferring", "discharging", "restricting", "stopping", "reducing",
        "increasing", "withdrawing", "removing", "installing",
    }),
    "AUTHORITY": frozenset({
        "policy", "rules", "rule", "procedure", "protocol", "criteria", "eligible",
        "eligibility", "panel", "manager", "team", "consultant", "doctor", "doctors",
        "nurse", "nurses", "gp", "social", "worker", "professionals", "professional",
        "court", "order", "allowed", "permitted", "permission", "entitled", "duty",
        "responsibility", "decision", "decisions", "final", "non-negotiable", "condition",
        "conditional", "unless", "otherwise", "comply", "compliance", "plan", "assessment",
    }),
    # fixing: services, equipment and quick solutions
    "FIX": frozenset({
        "commode", "rail", "rails", "grab", "alarm", "pendant", "ramp", "stairlift",
        "walker", "frame", "wheelchair", "hoist", "carers", "carer", "cleaner",
        "befriender", "befriending", "meals", "respite", "daycentre", "centre", "center",
        "course", "app", "leaflet", "leaflets", "referral", "refer", "group", "groups",
        "counselling", "counseling", "therapy", "therapist", "medication", "tablets",
        "pills", "sitter", "helpline", "service", "services", "scheme", "programme",
        "program", "class", "classes", "appointment", "package", "placement", "home",
        "hostel", "sheltered", "telecare", "sensor", "monitor", "dosette", "blister",
        "timer", "rota", "chart", "diary", "sticker", "stickers", "gadget", "device",
        "equipment", "aid", "aids", "handrail", "shower", "seat", "stool", "cushion",
        "mattress", "bed", "lift", "taxi", "transport", "voucher", "grant", "benefit",
        "benefits", "rehab", "detox", "clinic", "worker", "volunteer", "mentor",
        "coach", "budget", "payment", "payments",
    }),
    "OFFER": frozenset({
        "sort", "arrange", "book", "organise", "organize", "get", "fix", "set", "put",
        "order", "install", "fit", "bring", "find", "ring", "phone", "call", "email",
        "contact", "chase", "apply", "try", "tried", "thought", "considered", "looked",
    }),
    # labels: words that sum a person up
    "LABEL": frozenset({
        "lazy", "selfish", "difficult", "aggressive", "manipulative", "noncompliant",
        "non-compliant", "resistant", "stubborn", "attention-seeking", "needy",
        "hysterical", "paranoid", "dramatic", "chaotic", "hostile", "unmotivated",
        "irresponsible", "immature", "naughty", "challenging", "demanding", "disruptive",
        "volatile", "denial", "hoarder", "alcoholic", "addict", "junkie", "drunk",
        "druggie", "troublemaker", "liar", "manipulator", "bully", "abuser", "victim",
        "problem", "case", "type", "sort", "kind", "typical", "classic", "textbook",
        "obsessive", "neurotic", "unstable", "erratic", "disengaged", "uncooperative",
        "hard-to-reach", "frequent", "flyer", "flier", "bed-blocker", "blocker",
        "wanderer", "wandering", "sundowning", "feisty", "madam", "diva", "drama",
        "queen", "softie", "pushover", "control", "freak", "mess", "wreck", "basket",
        "nutter", "psycho", "crazy", "mad", "loony", "thick", "slow", "simple",
        "vulnerable", "dependent", "helpless", "incapable", "hopeless", "useless",
        "grumpy", "awkward", "moody", "angry", "confused", "demented", "senile",
        "institutionalised", "entitled", "ungrateful", "spoilt", "spoiled", "brat",
        "cheeky", "defiant", "oppositional", "rude", "violent", "dangerous", "risk",
        "offender", "user", "heavy", "binge", "issues", "baggage",
        "avoidant", "workshy", "spendthrift", "feckless", "reckless", "careless", "naive",
        "gullible", "clingy", "possessive", "controlling", "bossy", "nosy", "fussy",
        "disorganised", "disorganized", "scatty", "flaky", "unreliable", "dishonest",
        "deceitful", "sneaky", "devious", "arrogant", "cocky", "stroppy", "sulky", "mardy",
        "surly", "mouthy", "gobby", "argumentative", "defensive", "negative", "touchy",
        "precious", "delusional", "psychotic", "manic", "bipolar", "anorexic", "worrier",
        "hypochondriac", "perfectionist", "procrastinator", "layabout", "slob", "scrounger",
        "skiver", "waster", "loser", "failure", "drunkard", "boozer", "alkie", "stoner",
        "crackhead", "smackhead", "codependent", "enabler", "martyr", "doormat",
        "snowflake", "princess", "moaner", "whinger", "complainer", "nag", "hothead",
        "unmanageable", "feral", "wild", "ignorant", "incompetent", "unfit",
        "neglectful", "negligent", "idle", "apathetic", "passive", "weak", "spineless",
        "irrational", "emotional", "avoidance", "narcissist", "narcissistic", "sociopath",
        "pleaser", "overprotective", "helicopter", "cynical",
    }),
    "BE_YOU": frozenset({"you're", "youre", "he's", "she's", "they're", "hes", "shes"}),
    # confronting: absolutes, blame and warnings
    "ABSOLUTE": frozenset({
        "always", "never", "constantly", "every", "everyone", "everybody", "nobody",
        "anybody", "forever", "continually", "repeatedly", "again", "still", "yet",
        "ever", "once", "twice", "chances", "chance", "warned", "warning", "told",
    }),
    "CONSEQUENCE": frozenset({
        "end", "lose", "losing", "lost", "die", "dying", "kill", "killing", "ruin",
        "ruining", "destroy", "destroying", "consequences", "consequence", "regret",
        "hospital", "prison", "jail", "evicted", "eviction", "removed", "taken",
        "worse", "serious", "trouble", "danger", "risk", "risks", "fall", "falls",
        "harm", "damage", "waste", "wasting", "throwing", "blame", "fault", "excuse",
        "excuses", "nonsense", "rubbish", "ridiculous", "silly", "stupid", "joke",
        "kidding", "really", "honestly", "seriously", "obviously", "clearly", "surely",
    }),
    "DISBELIEF": frozenset({
        "lol", "eh", "hmm", "huh", "funny", "convenient", "conveniently", "apparently",
        "supposedly", "magically", "mysteriously", "allegedly", "course", "sure", "shocker",
        "surprise", "believe", "expect", "whose", "which", "again", "forgot", "forgotten",
        "somehow", "coincidence", "oh",
    }),
    "SHAME": frozenset({
        "enough", "shame", "ashamed", "embarrassing", "disgrace", "disgraceful",
        "disgusting", "pathetic", "grateful", "lucky", "others", "everyone", "waiting",
        "example", "message", "selfish", "bothered", "cares", "age", "grown", "adult",
        "child", "baby", "kid",
    }),
    "DISMISS": frozenset({
        "overreacting", "exaggerating", "fuss", "nothing", "cheer", "imagining",
        "daft", "silly", "ridiculous", "nonsense", "rubbish", "dramatic", "worse",
        "worry", "minor", "little", "small", "only", "just", "fine", "overthinking",
        "catastrophising", "catastrophizing", "top",
    }),
    # acknowledging, then overriding
    "ACK": frozenset({
        "understand", "hear", "see", "know", "appreciate", "get", "realise", "realize",
        "sympathise", "sympathize", "respect", "accept", "agree", "true", "fair",
        "granted", "sure", "right", "point", "idea", "nice", "lovely", "great",
    }),
    "CONTRAST": frozenset({
        "but", "however", "though", "although", "yet", "except", "nevertheless",
        "nonetheless", "whereas", "unfortunately", "realistically", "actually",
    }),
    # listening: feelings, hedges and the person's own view
    "FEEL": frozenset({
        "worried", "worry", "worries", "scared", "afraid", "anxious", "frightened", "sad",
        "lonely", "angry", "upset", "frustrated", "fed", "tired", "exhausted",
        "overwhelmed", "stuck", "torn", "guilty", "ashamed", "embarrassed", "hopeless",
        "relieved", "proud", "happy", "hurt", "nervous", "terrified", "gutted", "low",
        "down", "miss", "missing", "missed", "love", "loved", "enjoy", "enjoyed", "hate",
        "dread", "dreading", "fear", "fears", "feel", "feeling", "feelings", "felt",
        "struggle", "struggling", "hard", "tough", "difficult", "easier", "matters",
        "important", "care", "cares", "want", "wanted", "wish", "hope", "hoping",
        "hopes", "glad", "pleased", "excited", "calm", "safe", "unsafe", "alone",
        "isolated", "drained", "burnt", "burned", "resentful", "confused", "unsure",
        "uncertain", "mixed", "ambivalent", "bothered", "bothers", "mean", "means",
    }),
    "HEDGE": frozenset({
        "sounds", "seems", "seem", "guess", "wonder", "wondering", "maybe", "perhaps",
        "possibly", "might", "bit", "somehow", "sense", "hearing", "imagine", "suppose",
        "reckon", "like",
    }),
    "OWN": frozenset({
        "yourself", "own", "decide", "choose", "choice", "prefer", "rather",
        "think", "reckon", "feel", "ideas", "idea", "options", "option", "whatever",
        "wherever", "whoever", "whichever", "up",
    }),
    "PERSON": frozenset({"you", "your", "yours", "yourself"}),
    "SELF": frozenset({"i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're",
                       "we've", "we'll", "we'd", "us", "our"}),
}
"""Each class and its words. A word may sit in several classes."""


def _index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, words in CLASSES.items():
        for word in words:
            index.setdefault(word, []).append(name)
    return {word: tuple(sorted(names)) for word, names in index.items()}


WORD_CLASSES: dict[str, tuple[str, ...]] = _index()
"""Word to the classes it belongs to."""


SERVICE_LABELS: tuple[str, ...] = (
    "attention seeker", "attention seeking", "attention-seeking", "bed blocker",
    "bed-blocker", "challenging behavior", "challenging behaviour", "control freak",
    "drama queen", "frequent flyer", "hypochondriac", "in denial", "non-compliant",
    "noncompliant", "people like you", "troublemaker",
)
"""Labels that are labels wherever they are pinned on a person, said as the service's own
jargon or a category: a rule's labelling warning on one of them stands even when the models,
reading a line shaped like a reflection, see no trap ("So since the centre closed, his
challenging behaviour has got worse"). The person's own words given back or quoted are still
cleared by the rules, and a denied label ("he isn't challenging behaviour") is not pinned by
this table (though the models may still warn on it)."""
