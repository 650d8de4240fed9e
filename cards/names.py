"""Names of entries: how an entry is mentioned in a sentence, and who may be a distractor.

An entry answers to its title and its aliases. Questions mention it the way its own text
does ("the backend", "an API", "DNS"), and distractors are the titles of other entries
that share none of its names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice

from cards.model import Entry, SectionKind, slugify
from cards.sentences import STOP_WORDS, first_sentence, indefinite, plural_ending, word_set

# The same few hundred names are compared again for every entry of a collection.
_slug = lru_cache(maxsize=65536)(slugify)


def named_by_its_kind(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence opens on 'This <kind>' where a name of several words ends in
    that kind: 'This pattern was first defined in ...' of the 'Claim Check pattern'."""
    found = _THIS_KIND.match(sentence)
    return found is not None and any(
        " " in name and name.split()[-1].casefold() == found["kind"].casefold() for name in names
    )


_THIS_KIND = re.compile(r"this\s+(?P<kind>[a-z]{3,})\s+(?!of\b)[a-z]", re.I)


def kind_said_above(sentence: str, name: str, above: str) -> bool:
    """Whether a sentence's subject is 'the' and a noun the text above has said
    ('Cabernet Sauvignon is one of the most planted grape varieties.' / 'The grape is a
    cross between ...'): the thing named above, by its kind, not a concept of its own."""
    if not above or not re.match(rf"the\s+{re.escape(name)}\b", sentence, re.I):
        return False
    if re.search(rf"(?:^|[.!?:]\s+)(?:the\s+|an?\s+)?{re.escape(name)}\b", above, re.I | re.M):
        return False  # ('Bowline' / 'The bowline is ...': named above as itself)
    if re.search(rf"\bthe\s+{re.escape(name)}\b", above, re.I):
        return False  # ('One of the first things to learn is the nitrogen cycle.')
    noun = re.escape(name.split()[-1])
    # (said after the verb of a sentence about another thing: its kind)
    return (
        re.search(rf"\b(?:is|are|was|were)\b[^.!?\n]*\b{noun}(?:s|es)?\b", above, re.I) is not None
    )


def same_name(a: str, b: str) -> bool:
    """Whether two names are one name, ignoring case, spacing and punctuation, and a
    hyphen before a number ('UTF8' and 'UTF-8')."""
    first, second = _slug(a), _slug(b)
    return first == second or _BEFORE_A_NUMBER.sub("", first) == _BEFORE_A_NUMBER.sub("", second)


_BEFORE_A_NUMBER = re.compile(r"(?<=[a-z])-(?=\d)")


def shares_a_name(a: Entry, b: Entry) -> bool:
    """Whether two entries answer to a common title or alias."""
    return any(same_name(x, y) for x in a.names for y in b.names)


def body_text(entry: Entry) -> str:
    """All the prose of an entry, one paragraph per line, for counting how it is named.

    'See also' lists are left out: they name other pages ('HTTP cookie'), not this one;
    so is a comparison's contrast section, as much about the other side as this one.
    """
    parts = [entry.tagline]
    for section in entry.sections:
        if section.kind.value in ("related", "contrast"):
            continue
        for item in section.items:
            parts.extend((item.text, item.answer))
    return "\n".join(part for part in parts if part)


def _spelled_by(letters: str, name: str) -> bool:
    """Whether `letters` abbreviate `name`: each letter, in order, starts one of its words
    or stands in the word before the next ('REST' of 'Representational state transfer').
    'CSS' of 'Block' is a qualifier, not an abbreviation."""
    initials = "".join(word[0] for word in name.split() if word[:1].isalpha()).lower()
    crossed = letters[:1].lower() == "x" and name.lower().startswith(("ex", "cross"))
    if not initials or (initials[0] != letters[0].lower() and not crossed):
        return False  # ('XP' of 'Extreme Programming', 'XSS' of 'Cross-site scripting')
    # ('INP' of 'Interaction to Next Paint': its small words have no letter)
    content = [word for word in name.split() if word[:1].isalpha() and word.lower() not in _SMALL]
    rest = iter(name.lower())
    return all(letter in rest for letter in letters.lower()) and min(
        len(initials), len(content)
    ) <= len(letters)


# The small words an abbreviation leaves out.
_SMALL = frozenset(("to", "of", "and", "the", "for", "in", "on", "a", "an", "by", "with"))


# Endings of common nouns (and of no product name): '-tion', '-ing', '-ency', '-ity'.
COMMON_NOUN = re.compile(
    # ('Semantics', 'Genetics': a field, said bare)
    r"(?:tion|sion|ing|ment|ness|ity|ance|ence|ency|ancy|ism|ship|width|ography|[oey]sis|ics)$",
    re.I,
)


# The endings of a quality or a state, which is not counted ('eventual consistency',
# 'high availability'), and stuff or a way of running that is not counted either
# ('virtual memory', 'kernel mode').
_QUALITY_HEAD = re.compile(
    r"(?:ency|ancy|ness|ism|ization|isation|ability|ibility|graphy)$|"  # 'graphy': a field
    r"^(?:integrity|atomicity|locality|complexity|elasticity|granularity|cardinality|privacy|"
    r"connectivity|interactivity|sensitivity|productivity|safety)$|"
    r"^(?:memory|storage|software|hardware|middleware|firmware|bandwidth|throughput|traffic|"
    r"data|information|security|mode|infrastructure|architecture|drift|time|runtime|management|"
    r"theory|reality|intelligence|learning|design|engineering|science|tolerance|delivery|"
    r"compliance|governance|resilience|space|interest|energy|momentum|inflation|equilibrium)$|"
    # a doing: 'dynamic programming', 'load balancing', 'connection pooling'
    r"^(?!(?:str|th|r|spr|sett|head|build|meet|p|k|w|ceil|list|mapp|record|draw|paint|"
    r"offer|open|end|warn|find|sav|be)ing$)[a-z]{2,}ing$",
    re.I,
)


def _uncounted(name: str, entry: Entry) -> bool:
    """Whether a name of several words is said without 'a': it ends in a quality
    ('eventual consistency'), or in a doing the page calls a process or a practice
    ('Cache invalidation is the process of ...'), where 'a session' or 'a race
    condition' is one of many."""
    head = name.split()[-1]
    if _QUALITY_HEAD.search(head) or re.fullmatch(r"\w+ by \w+", name, re.I):
        return True  # ('pass by value', 'call by reference': ways of doing)
    if not re.search(r"(?:tion|sion)$", head, re.I):
        return False
    doing = rf"{re.escape(name)}\s+(?:is|refers to)\s+the\s+(?:process|practice|act|art)\s+of\b"
    return re.search(doing, body_text(entry), re.I) is not None


def capitalised_inside(word: str, text: str) -> bool:
    """Whether `text` writes `word` with its capital inside a sentence ('... a Docker
    container'), where only a name keeps one."""
    if len(word) < 2:
        return False
    # '... a Docker', 'A Docker'; not 'with Cache-Control', a longer name's first part
    inside = rf"(?:[a-z,;]|\b(?:A|An|The))[ \t]+{re.escape(word)}(?![\w-])(?![ \t]+[A-Z][a-z])"
    text = text[:20_000]
    for found in re.finditer(inside, text):
        # ('What Is Golden Master Testing?' capitalises every word: a heading's capitals;
        # so does 'read our Ultimate Guide to Log Management' the words of a title)
        if not _in_title_case(text, found.start(), found.end()):
            return True
    return False


def sentence_cased(heading: str, text: str, name: str = "") -> str:
    """A question heading in title case brought into sentence case, its names kept: 'How
    Does a Social Engineering Attack Work?' -> 'How does a social engineering attack
    work?' on a page that writes those words in lower case. A word stays as written when
    `text` capitalises it inside a sentence ('Google'), or writes it only with its capital
    (at a sentence's start: 'Kubernetes is ...') and it is no common word of a question;
    so do abbreviations and words with capitals inside ('DNS', 'JavaScript'). A word the
    page says nowhere else is a heading's word, and loses its capital; so does a word of
    `name`, the entry as the cards say it, when that writes it in lower case ('phishing'
    on a page whose sentences only open with 'Phishing')."""
    said = heading.split()
    if len(said) < 3 or not _in_title_case(heading, 0, len(heading)):
        return heading
    text = f"{text[:20_000].replace(heading, ' ')}\n{name}"
    cased = [said[0]]
    for word in said[1:]:
        core = word.strip("?!:;,.\"'“”‘’()")
        if not _TITLE_WORD.fullmatch(core) or capitalised_inside(core, text):
            cased.append(word)
            continue
        lower = core.lower()
        common = lower in STOP_WORDS or lower in _QUESTION_WORDS
        if common or all(_said_alone(part, text) for part in lower.split("-")):
            cased.append(word.replace(core, lower))
        elif _said_alone(core, text):
            cased.append(word)  # 'Kubernetes is ...', never 'kubernetes': a name
        else:
            cased.append(word.replace(core, lower))  # said nowhere else: a heading's word
    return " ".join(cased)


# Words a question heading is made of besides its names: 'How Does X Work?', 'Why Is X
# Important?', 'What Are the Benefits of X?'.
_QUESTION_WORDS = word_set(
    """
    work works matter matters important difference differences between benefits
    advantages disadvantages types kinds examples need use used using help choose better best
    """
)


# A heading is no longer than this: a longer line is prose.
_HEADING_CHARS = 150


def _in_title_case(text: str, start: int, end: int) -> bool:
    """Whether the line of `text` holding `start`..`end` is a heading in title case:
    short, every word of four letters or more opening with a capital."""
    opens = text.rfind("\n", max(0, start - _HEADING_CHARS), start)
    ends = text.find("\n", end, end + _HEADING_CHARS)
    if (opens < 0 and start > _HEADING_CHARS) or (ends < 0 and len(text) - end > _HEADING_CHARS):
        return False
    line = text[opens + 1 : ends if ends >= 0 else len(text)]
    long = [word for word in line.split() if len(word) >= 4 and word[:1].isalpha()]
    return len(long) >= 2 and all(word[:1].isupper() for word in long)


# A title's bracketed field: 'Block (CSS)', 'Monad (functional programming)'. Lower-case
# words name a field; capitals only when they are no abbreviation of the name itself.
_FIELD = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<field>[a-z][a-z -]{2,30}|[A-Z]{2,5})\)$")


def written_in_capitals(name: str, text: str) -> bool:
    """Whether `text` writes `name` as an abbreviation, in capitals ('HTTPS' for a title's
    'https')."""
    return re.search(rf"\b{re.escape(name.upper())}\b", text) is not None


def field_of(title: str) -> str:
    """The field a title puts its name in ('Block (CSS)' -> 'CSS'), else ''.

    Two entries may share a name in different fields, and their 'What is a block?'
    must not be one question with two answers. An expansion ('DOM (Document Object
    Model)') or abbreviation ('Transport Layer Security (TLS)') is another name.
    """
    found = _FIELD.match(title)
    if found is None:
        return ""
    name, field = found.group("name"), found.group("field")
    if _spelled_by(field, name) or _spelled_by(name, field):
        return ""
    if field.casefold() in name.casefold() or name.casefold() in field.casefold():
        return ""
    initials = "".join(word[0] for word in name.split()).upper()
    if field.isupper() and len(initials) >= 2 and field.startswith(initials):
        return ""  # 'Relational database (RDBMS)': the letters of a longer name of it
    return field


def _inner_capitals(name: str) -> int:
    return sum(letter.isupper() for letter in name[1:])


# A name written as code names a function or a hook: a small letter, then a capital
# inside ('useEffect', 'requestAnimationFrame', 'setTimeout').
_IDENTIFIER = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+")


# The marks a sentence (or a heading's label) ends on, before the next one's capital.
_SENTENCE_ENDS = frozenset(".!?:")
# A kind's word before 'of', right before a name: 'This type of finder'.
_KIND_THEN_OF = re.compile(r"\b(?:type|kind|sort|form)s?\s+of$", re.I)


# A doing named first, then what it is done to or where: 'heeling on a sailboat',
# 'Stocking a tank'.
DOING_THEN = re.compile(r"[a-z]{3,}ing\s+(?:on|in|to|with|a|an|the|your)\s", re.I)


def mention(entry: Entry) -> str:
    """How a question should name the entry: 'the backend', 'an API', 'DNS'.

    Counts how the entry's own text names it (article and capitalisation) and takes the
    most common form, so questions read like the page they come from.
    """
    articles: dict[str, float] = {}  # weighted: a sentence's opening 'The' counts half
    forms: Counter[str] = Counter()
    acting_bare = 0  # times it is said bare, doing something or inside a sentence
    # 'DOM (Document Object Model)': the page says 'the DOM', so the short name is asked.
    named = re.sub(r"\s*\([^()]*\)$", "", entry.title) or entry.title
    short = re.search(r"\(([A-Z][A-Z0-9]{1,7})\)$", entry.title)
    if short is not None and _spelled_by(short.group(1), named):
        named = short.group(1)  # 'Representational state transfer (REST)': asked as REST
    index = NameIndex([(named,)])
    title = named.lower()
    for text in body_text(entry).splitlines():
        if sum(articles.values()) >= 12:
            break  # a dozen uses show the habit; reading on changes nothing
        if title not in text.lower():
            continue  # most paragraphs never name the entry: skip the word-by-word pass
        if len(text) <= _HEADING_CHARS and _in_title_case(text, 0, len(text)):
            continue  # 'Why Use a Read Replica?': a heading's capitals are every word's
        if "!--" in text:
            continue  # '<!-- Container Format: HTML5 video ... -->': a code sample's comment
        for start, end in index.find(text):
            if sum(articles.values()) >= 12:
                break  # (a paragraph naming it thousands of times is read no further)
            form = text[start:end]
            if form.lower() != title:
                continue  # a plural ('backends') says nothing about the article
            # the words just before it, not the whole paragraph's: linear on long ones
            window = max(0, start - _LOOK_BACK)
            before = text[window:start].rstrip()
            if before[-1:] in _OPENING_QUOTES and before[:-1].rstrip()[-1:] in ("", ".", "!", "?"):
                # '“Gradient descent adjusts ...”' opens a sentence; 'the keyword “Database
                # Backup”' speaks of the words, glued to its quotation mark
                before = before[:-1].rstrip()
            previous = before.rsplit(maxsplit=1)[-1] if before else ""
            if previous == "of" and _KIND_THEN_OF.search(before):
                continue  # 'This type of finder was designed ...': a kind's, said bare
            article = previous.lower() if previous.lower() in {"the", "a", "an"} else ""
            # ('a good CLS score': an abbreviation so placed names another thing)
            pair = before.rsplit(maxsplit=2)[-2:] if not article and not form.isupper() else []
            if (
                len(pair) == 2
                and pair[0].lower() in {"a", "an"}
                and pair[1].islower()
                # ('A high variance means ...': a degree of it, which counts nothing)
                and pair[1] not in _DEGREES
            ):
                article = "a"  # 'A packet-filtering firewall examines ...': one of many
            if previous.lower() in _COUNTING:
                article = "a"  # 'one wildcard certificate can be used ...': one of many
            if article in ("a", "an") and _MODIFIES.match(text, end) and _proper(form):
                continue  # 'a Kerberos definition', 'an OAuth token': one of those, not it
            if (
                not article
                and before
                and (
                    len(before) == start - window
                    or (previous[:1].isupper() and before[-1] not in ".!?:,")
                )
            ):
                continue  # 'document.cookie', 'HTTP cookie': part of another name
            # 'The prepared statement can then be run': a sentence's 'The' points back to
            # one named before more often than it says the thing is one of a kind
            weight = 0.5 if previous == "The" and _opens(before) else 1.0
            if not article and (
                _ACTS.match(text, end) or (previous[:1].islower() and previous[-1:].isalpha())
            ):
                # 'Gradient descent adjusts weights ...', 'the system moves pages to swap
                # space when ...': said bare, as no countable thing is
                acting_bare += 1
            articles[article] = articles.get(article, 0.0) + weight
            # (nor does a unit's small 'dpi' in 'a 600 dpi printer' for the title's 'DPI')
            unit = named.isupper() and form.islower() and previous[:1].isdigit()
            # ('(See “weathering”.) Erosion goes on ...': a sentence ends inside brackets)
            ended = before.rstrip(")]”’\"'")[-1:] in _SENTENCE_ENDS
            if (article or (before and not ended)) and not unit:
                forms[form] += 1  # capitals at the start of a sentence say nothing
    # A tie goes to the form with capitals inside: 'virtual DOM' over a code comment's
    # '// virtual dom'; no writer capitalises a letter inside a name by accident.
    form = (
        max(forms, key=lambda said: (forms[said], _inner_capitals(said)))
        if forms
        else _as_written(named, body_text(entry))
    )
    if not forms and " " in form and form.istitle():
        # 'What is Long Polling' over 'Long polling is a technique ...': the page's own
        # sentences write the later words in lowercase
        as_sentence = form[:1] + form[1:].lower()
        if re.search(rf"(?:^|[.!?]\s)\s*{re.escape(as_sentence)}\b", body_text(entry), re.M):
            form = as_sentence
    if _title_cased_common(form, body_text(entry)):
        # 'Package Manager' over '... a Package Manager is a software tool ...': a common
        # noun in a title's capitals, none of its words a name the page writes alone
        form, forms = form[:1] + form[1:].lower(), Counter()
    rewritten = not forms and form != named  # 'FIFO queue' of the title 'FIFO Queue'
    if re.match(r"^[A-Z][\w-]*['’]s\s", form):
        return form  # "Raft's leader election process": a name's own, said as written
    if re.match(r"^(?:the\s+)?(?:law|principle|theory)\s+of\s", form, re.I):
        form = re.sub(r"^the\s+", "", form, flags=re.I)
        return f"the {form[:1].lower()}{form[1:]}"  # 'the law of supply and demand': one
    if re.match(r"^(?:the\s+)?differences?\s+between\s", form, re.I):
        form = re.sub(r"^the\s+", "", form, flags=re.I)
        return f"the {form[:1].lower()}{form[1:]}"  # 'the difference between A and B'
    if articles:
        # a tie goes to "the", then to an article: a bare use often opens a sentence;
        # but a doing or a quality is named bare, and the article of 'the dynamic
        # programming approach' is the approach's
        bare_first = len(articles) > 1 and _uncounted(form, entry)
        best = max(
            articles.items(),
            key=lambda pair: (
                pair[1],
                pair[0] == "" if bare_first else pair[0] == "the",
                pair[0] != "",
            ),
        )[0]
    else:
        best = "" if form[:1].isupper() or form[:1].isdigit() else "the"
    # ('N+1 query problem' has no capital to lower: a digit makes its first word a name)
    by_position = form[:1].isupper() and not any(c.isdigit() for c in form.split(" ")[0])
    if not forms and form[1:] == form[1:].lower() and by_position:
        # Met only where a sentence or a title starts: 'Latency', 'Authentication' are
        # capitalised by position there; a word so formed is no product's name, and
        # 'Routing table' (later words in lowercase) is no name at all.
        if " " in form and capitalised_inside(form.split()[0], body_text(entry)):
            pass  # 'A Docker container holds ...': the first word is a name ('Docker')
        elif " " in form:
            form = form[:1].lower() + form[1:]
            # (of 'states of matter' and 'separation of powers', the head before 'of')
            head = form.split(" of ", 1)[0]
            many = plural_ending(head)
            doing = form.endswith("ing")  # 'rate limiting', an activity: no 'a'
            # (nor 'heeling on a sailboat', 'stocking a tank': a doing, then what to)
            doing = doing or DOING_THEN.match(form) is not None
            # ('content negotiation': what is done, not one of many, unless the page
            # says it is: 'Deadlock condition is one of four things ...')
            last = head.split()[-1]
            abstract = (
                _DOING_OR_STATE.search(last) is not None
                and not re.search(r"\bone\s+of\b", first_sentence(_first_summary(entry)))
                # ('chemical reaction' on a page that speaks of 'reactions': one of many)
                and not re.search(
                    rf"\b{re.escape(plural_of(last))}\b", body_text(entry)[:20_000], re.I
                )
            )
            # ('Gradient descent adjusts weights ...', and never 'a gradient descent' nor
            # 'gradient descents': a method, said bare)
            bare = acting_bare and not re.search(
                rf"\b{re.escape(plural_of(form))}\b", body_text(entry)[:20_000], re.I
            )
            # ('Compound interest' glossed 'Interest paid on ...': a kind of a mass noun,
            # said bare as the noun is; not 'Window in a gable', a dictionary's way)
            mass = re.match(
                rf"{re.escape(last[:1].upper() + last[1:])}\s+(?:[a-z]+ed|paid|made|held|kept)\s",
                _first_summary(entry),
            )
            # ('Chain lube is an oil or wax ...', 'Mise en place is ...': a substance, or a
            # phrase of another language, said bare)
            substance = last.lower() in _MASS_HEADS or _FOREIGN_JOIN.search(form) is not None
            if (
                not best
                and not many
                and not doing
                and not abstract
                and not bare
                and not mass
                and not substance
                and not _uncounted(form, entry)
            ):
                best = indefinite(form)  # 'Load balancer is ...'
        elif (
            not best
            and plural_of(form) != form
            and _plural_said(form, body_text(entry)[:20_000])
            and not _said_capitalised_inside(form, entry)
        ):
            # 'Transponder is an electronic device ...', then 'Transponders are required
            # ...' or '... has three graphemes': one of many, its capital only where a
            # sentence starts
            form = form[:1].lower() + form[1:]
            best = indefinite(form)
        elif COMMON_NOUN.search(form):
            form = form[:1].lower() + form[1:]  # 'Latency'
        elif (
            plural_ending(form)
            and re.search(rf"\b{re.escape(form)}\s+are\b", body_text(entry)[:20_000])
            and not _said_capitalised_inside(form, entry)
        ):
            # 'Hurricanes are tropical cyclones ...': a plural, capitalised only where a
            # sentence starts, is no name
            form = form[:1].lower() + form[1:]
        elif _written_lower_inside(form, body_text(entry)):
            # 'P-values are the gatekeeper ...', then '... the p-value tells you ...':
            # capitalised where a sentence starts, lowercase inside one
            form = form[:1].lower() + form[1:]
        elif form.lower() in entry.aliases:
            # 'Throughput', whose glossary lists it as a common word; one defined as 'A
            # device that ...' is one of many ('a router'), one defined as 'The text a
            # shell prints ...' the one ('the prompt')
            form = form.lower()
            opening = re.match(r"(a|an|another|the)\s", body_text(entry), re.I)
            if not best and opening is not None:
                best = "the" if opening[1].lower() == "the" else "a"
    if (
        rewritten
        and not articles
        and not best
        # ('Volume Snapshots' over 'A VolumeSnapshot is ...': the plural title takes none)
        and not plural_ending(form)
        and re.match(r"an?\s", body_text(entry), re.I)
    ):
        # 'FIFO queue' of 'FIFO Queue' over 'A queue that hands out ...': one of many, as
        # its gloss says; 'DNS propagation' over 'DNS updates ...' is asked bare
        best = "a"
    said = _defining_article(
        entry, named, re.sub(r"\s*\([^()]*\)$", "", entry.title), *entry.aliases
    )
    plural = plural_ending(form) and not form.isupper()
    if said == "" and articles.get("a", 0) + articles.get("an", 0) >= 2:
        # 'Star schema is the simplest form of ...', then 'A star schema consists of'
        # and 'called a star schema': one of many, as the page goes on to say
        said = None
    if said in ("a", "an") and plural:
        said = None  # 'A token is ...' under 'Bearer tokens': asked 'What are bearer tokens?'
    if form.isupper() and said == "the":
        # 'The Domain Name System (DNS) is ...' is one of a kind, said bare as 'DNS'; 'A
        # service-level agreement (SLA) is ...' is one of many: 'an SLA'
        said = None
    if said is None and not plural:
        said = _asked_article(entry, form)
    if said is not None and not re.match(r"^[A-Z][\w-]*['’]s\s", form):
        best = said  # the definition's own way of naming it decides
    # 'PAM' of 'Privileged Access Management (PAM)': said as its words are, and a
    # practice is named bare ('A PAM platform ...' counts the platform)
    if (
        best in {"a", "an"}
        and short is not None
        and form == short.group(1)
        and _uncounted(re.sub(r"\s*\([^()]*\)$", "", entry.title), entry)
    ):
        best = ""
    if _IDENTIFIER.fullmatch(form):
        best = ""  # 'useEffect', 'requestAnimationFrame': code's name, said bare
    if _SHOUTED.fullmatch(form):
        form = form.lower()  # 'RACE CONDITION', an old glossary's headword in capitals
    if _TAKES_NO_ARTICLE.match(form):
        best = ""  # 'the third handshake', 'creating a variable', 'statically typed'
    if best in {"a", "an"}:
        if re.fullmatch(r"[A-Z][a-z]{2,}", form) and not _said_capitalised_inside(form, entry):
            # 'A Deadlock is a situation ...': one of many is a common noun, its capital a
            # writer's habit, unless the page capitalises it mid-sentence elsewhere too
            form = form.lower()
        best = indefinite(form)
    return f"{best} {form}".strip()


def _title_cased_common(name: str, text: str) -> bool:
    """Whether `name` is words of a title's capitals ('Package Manager', 'Lazy Loading'),
    none of which `text` capitalises inside a sentence on its own ('Unicode' of 'Unicode
    Standard', 'Product' of a Scrum page's 'Product Owner' and 'Product Backlog')."""
    said = name.split()
    if not 1 < len(said) <= 4 or not all(_TITLE_WORD.fullmatch(word) for word in said):
        return False
    text = text[:20_000]
    initials = "".join(part[0] for word in said for part in word.split("-"))
    if len(initials) > 2 and re.search(rf"\b{initials}s?\b", text):
        return False  # 'Simple Network Management Protocol', a name its letters stand for
    parts = {part.lower() for word in said for part in word.split("-")}
    if not all(any(_said_alone(form, text) for form in (part, *_plurals(part))) for part in parts):
        return False  # 'Docker Compose File': 'docker' is never a common word of the page
    alone = text.replace(name, " ")  # its words where the whole name is not
    return not any(capitalised_inside(word, alone) for word in said)


# A word in a title's capitals: 'Manager', 'Bias-Variance'; not 'JavaScript', 'DNS'.
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")


def _plural_said(word: str, text: str) -> bool:
    """Whether `text` says a capitalised word's plural: as written ('Transponders are
    ...'), or in lowercase ('three graphemes') where it never says the word itself ('Soil
    is ...' beside 'soils' is said as stuff is)."""
    plural = re.escape(plural_of(word))
    if re.search(rf"\b{plural}\b", text):
        return True
    one = re.compile(rf"\b{re.escape(word)}\b", re.I)
    return bool(re.search(rf"\b{plural}\b", text, re.I)) and one.search(text) is None


def _written_lower_inside(word: str, text: str) -> bool:
    """Whether `text` writes `word` (or its singular) in lowercase inside a sentence at
    least twice, and never with its capital there ('Docker' is a name: 'a Docker image')."""
    lower = word[:1].lower() + word[1:]
    if lower == word or capitalised_inside(word, text):
        return False
    forms = "|".join(re.escape(form) for form in {lower, *singulars(lower)})
    inside = rf"[a-z,;][ \t]+(?:(?:an?|the)[ \t]+)?(?:{forms})(?![\w-])"
    return len(re.findall(inside, text[:20_000])) >= 2


# A verb of what a thing does, right after its name: ' adjusts', ' stores'.
_ACTS = re.compile(r"\s+(?!is\b|has\b|was\b|does\b)[a-z]{3,}s\b")
# A noun after a name, which the name qualifies: 'a Kerberos definition' (no verb in -s,
# no word of a sentence's frame).
_MODIFIES = re.compile(
    r"\s+(?!(?:and|or|but|in|on|of|to|for|with|by|as|at|that|which|who|can|will|may|must|"
    r"should|would|could|might|was|were|had|did)\b)[a-z][a-z-]{2,}(?<!s)\b"
)


def _proper(form: str) -> bool:
    """Whether a name is written as a name of its own: a capital first and small letters
    after ('Kerberos', 'OAuth'), not all in capitals."""
    return form[:1].isupper() and any(c.islower() for c in form)


# Marks that open a quotation or an aside, whose first word opens a sentence.
_OPENING_QUOTES = frozenset('“‘"(')


def _said_capitalised_inside(word: str, entry: Entry) -> bool:
    """Whether the page writes `word` capitalised after a lowercase word (a name's way):
    after an article twice at least ('we have a Deadlock' once is a writer's habit)."""
    text = body_text(entry)[:20_000]
    if re.search(rf"\b(?!(?:an?|the)\s)[a-z]+\s+{re.escape(word)}\b", text):
        return True
    if re.search(rf"[,;]\s+{re.escape(word)}\s+[a-z]", text):
        return True  # 'In JavaScript, Boolean conditions are ...'
    return len(re.findall(rf"\b(?:an?|the)\s+{re.escape(word)}\b", text)) >= 2


# A name in capitals that is no abbreviation: words of four letters or more, one of
# them seven at least ('RACE CONDITION'; not 'HTTP STATUS').
_SHOUTED = re.compile(r"(?=.*[A-Z]{7})[A-Z]{4,}(?:[ -][A-Z]{4,})+")

# A name no article goes before: one that has its own, a doing with its object, and a
# quality ('What is a the third handshake?', 'What is a creating a variable?').
_TAKES_NO_ARTICLE = re.compile(
    r"^(?:(?:the|an?)\s|[a-z]{3,}ing\s+(?:an?|the|your|its|their|my|our)\s|"
    r"[a-z]{3,}ly\s+[a-z]{3,}ed$)",
    re.I,
)


# A gloss with no name that says what kind of thing it is: 'A counter that ...'.
_GLOSSED_AS_ONE = re.compile(
    r"(?i:an?)\s+(?!(?:form|type|kind|way|measure|set|state|method)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:in|of|by|on|with)\b)[a-z][\w-]*){0,2}"
    # ('An entry in a set of statistical data which lies ...': where it is one of many)
    r"(?:\s+(?:in|of|on|within)\s+(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)?"
    r"\s+(?:that|which|who|used|for)\b"
)
# How far before a name its article and the word before that are looked for.
_LOOK_BACK = 80

# Words of how much of a quality there is: 'a high variance', 'a low latency'.
_DEGREES = frozenset(
    (
        *("high", "low", "large", "small", "big", "huge", "tiny", "higher", "lower"),
        *("larger", "smaller", "great", "greater", "strong", "weak", "zero", "negative"),
        "positive",
    )
)
# Words that count what follows: a thing so counted is one of many.
_COUNTING = frozenset(("one", "each", "every", "another"))


def _asked_article(entry: Entry, form: str) -> str | None:
    """The article the page's own question names the entry with, when it asks one: 'What
    is an API gateway?', 'What is the N+1 query problem in ORMs and APIs?'."""
    questions = [s.heading for s in entry.sections[:2] if s.heading[:4].casefold() == "what"]
    if not questions:
        return None  # most entries: decided without building a pattern for the name
    asked = re.compile(
        rf"what(?:'s|’s|\s+is|\s+are)\s+(an?|the)\s+{re.escape(form)}(?![\w+-])", re.I
    )
    for heading in questions:
        found = asked.match(heading)
        if found is not None:
            return found[1].lower()
    return None


def _opens(before: str) -> bool:
    """Whether the last word of `before` opens a sentence."""
    ahead = before[: before.rfind(" ") + 1].rstrip() if " " in before else ""
    return ahead[-1:] in ("", ".", "!", "?", ":")


# Endings of a word naming something done or a state, which no one counts.
# ('cruise control', 'version control': the control a thing has, no countable device)
# (or a measure, said bare of what it measures: 'grind size', 'water temperature')
_DOING_OR_STATE = re.compile(
    r"(?:tion|sion|ment|ness|ity|ism)$|^(?:control|size|length|speed|weight|temperature|"
    r"pressure|depth|width|height|strength)$",
    re.I,
)


def _first_summary(entry: Entry) -> str:
    """The first paragraph of the entry's summary, or ''."""
    summary = next((s for s in entry.sections_of(SectionKind.SUMMARY) if s.paragraphs), None)
    return summary.paragraphs[0].text if summary is not None else ""


def _defining_article(entry: Entry, *names: str) -> str | None:
    """The article the entry's definition names it with: 'A service-level agreement is
    ...' -> 'a'; 'Replication lag is the delay ...' -> '' (said bare, as a mass noun is);
    None when its definition opens otherwise."""
    # ("An ‘API Key’ is ...": the quotes set the name apart, no part of it)
    text = _NAME_QUOTES.sub("", _first_summary(entry))
    if not text:
        return None
    if _FOREIGN_PHRASE.search(first_sentence(text)):
        return ""  # 'Latin expression of the ... doctrine', 'a French culinary phrase': said bare
    if _MASS_GENUS.match(text) or (_EVENT_GLOSS.match(text) and " " not in names[0].strip()):
        # 'A form of authentication in which ...', 'When a function calls itself.' under
        # 'recursion': a gloss, the name left out, of something no one counts (not 'When
        # a program keeps memory ...', a memory leak, one of many; nor one the page
        # counts elsewhere: 'we have a Deadlock')
        counted = rf"\ban?\s+{re.escape(names[0].strip())}\b"
        return "a" if re.search(counted, body_text(entry)[:20_000], re.I) else ""
    lowered = text.casefold()
    for name in dict.fromkeys(names):
        key = name.casefold()
        opening = next((art for art in _ARTICLES if lowered.startswith(art + key)), None)
        end = len(opening or "") + len(key)
        if opening is None or lowered[end : end + 1].isalnum():
            continue
        found = _IS_AFTER_NAME.match(text, end)
        if found is None:
            continue
        genus = (found["genus"] or "").lower()
        if not opening and re.match(r"[^()]*?\bare\b", text[end : found.end()], re.I):
            return ""  # 'Formulas are equations that ...': many, bare (not 'a formulas')
        if opening:
            article = opening.strip()
            # 'A structured query language (SQL) is the standard language ...': one of a
            # kind, whatever its first word says
            unique = genus == "the" and _ONE_OF_A_KIND.match(text, found.start("genus"))
            return None if article != "the" and unique else article
        if not name.isupper() and (genus == "the" or _MASS_GENUS.match(text, found.start("genus"))):
            return ""
    if (
        _GLOSSED_AS_ONE.match(text)
        and not names[0].strip().endswith("ing")  # ('circuit switching': a doing)
        and re.search(
            rf"\b(?:the|an?)\s+{re.escape(names[0].strip().lower())}(?![\w-])",
            body_text(entry)[:20_000],
        )
    ):
        # 'Mutex' over 'A "mutually exclusive" lock that ...', then 'protected by the
        # mutex': a gloss naming one of a kind of thing, the name a common noun the page
        # writes small after an article (a product's name, 'Docker: A program that ...',
        # keeps its capital; 'is called memoization' names a technique bare)
        return "a"
    return None


_ARTICLES = ("the ", "an ", "a ", "")
# A phrase of another tongue, as its gloss says: no one counts 'stare decisis'.
_FOREIGN_PHRASE = re.compile(
    r"\b(?:Latin|Greek|French|German|Italian|Spanish)\s+(?:[a-z]+\s+)?(?:expression|phrase|"
    r"term|word|maxim)\b"
)
_NAME_QUOTES = re.compile(r"[‘’“”\"]")
# A gloss of what happens, its subject left out: 'When a function calls itself.'
_EVENT_GLOSS = re.compile(r"when\s+(?:an?|the|one|two|some)\s", re.I)
# What follows a name its definition opens with: an aside, where it is met, the verb.
_IS_AFTER_NAME = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+in\s+[A-Z][\w.+#-]*)?\s+(?i:is|are)\s+(?P<genus>(?i:an?|the))?\b"
)
# A genus that makes its thing the only one: 'the standard language for ...'.
_ONE_OF_A_KIND = re.compile(r"the\s+(?:standard|only|official|sole|de facto|primary)\b", re.I)
# A kind of something no one counts: 'a form of authentication', 'a type of encryption'.
_MASS_GENUS = re.compile(
    r"(?:an?|one)\s+(?:form|type|kind|way|method|variety)\s+of\s+"
    r"[a-z-]*(?:tion|sion|ment|ing|ance|ence|ity|ness)\b",
    re.I,
)


def _said_alone(word: str, text: str) -> bool:
    """Whether `text` writes `word` as a word of its own."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _as_written(name: str, text: str) -> str:
    """A title-cased name after an abbreviation with each later word as the page writes
    it alone: 'DNS propagation' of 'DNS Propagation' on a page that says 'wait for
    propagation'. ('Active Directory' is left: a name in capitals may be a product's.)"""
    said = name.split()
    if len(said) < 2 or not (said[0].isupper() and sum(c.isalpha() for c in said[0]) >= 2):
        return name
    for k, word in enumerate(said[1:], 1):
        if word[:1].isupper() and word[1:].islower() and _said_alone(word.lower(), text):
            said[k] = word.lower()
    return " ".join(said)


# The siblings' mentions are asked for again by every entry of a path. Keyed by the
# entry's identity (hashing an entry rehashes all its text); the value keeps it alive.
_MENTIONS: dict[int, tuple[Entry, str]] = {}


def cached_mention(entry: Entry) -> str:
    """`mention(entry)`, worked out once per entry (a memo)."""
    cached = _MENTIONS.get(id(entry))
    if cached is None:
        if len(_MENTIONS) >= 4096:  # each keeps an entry alive: bound the memory
            _MENTIONS.clear()
        cached = _MENTIONS[id(entry)] = (entry, mention(entry))
    return cached[1]


def distractors(entry: Entry, others: Sequence[Entry], limit: int = 12) -> list[Entry]:
    """Up to `limit` entries whose titles may stand beside `entry`'s as wrong options.

    Entries on the same path come first, then the rest; within each, the entries most
    alike in subject come first (those sharing the most words of title, tags and
    definition with `entry`, ties in the order given), so the options are neighbours a
    learner could mistake, not whatever comes first in the alphabet. An entry that
    shares a title or alias with `entry`, or whose title is already taken, is left out,
    so no wrong option is also right. At most `_SCAN` entries of each group are weighed,
    which keeps the work per entry bounded in a collection of thousands.
    """
    own = {_slug(name) for name in entry.names}
    taken = set(own)
    topic = _topic(entry)
    found: list[Entry] = []
    kind = _kind(entry)
    for same_path in (True, False):
        group = list(
            islice(
                (
                    other
                    for other in others
                    if (other.path == entry.path) is same_path
                    and other is not entry
                    and not (other.path == entry.path and other.slug == entry.slug)
                ),
                _SCAN,
            )
        )
        ranks = [
            (
                not kind or _kind(other) != kind,  # a language beside languages first
                -len(topic & _topic(other)),
                k,
            )
            for k, other in enumerate(group)
        ]
        ranked = sorted(range(len(group)), key=ranks.__getitem__)
        for k in ranked:
            if len(found) >= limit:
                return found
            other = group[k]
            slugs = {_slug(name) for name in _aka(other)}
            if slugs & own or _slug(other.title) in taken:
                continue
            if not _concept_name(other.title):
                continue  # 'Sessions and cookies', a page's headline: no concept's name
            if any(_overlaps(_slug(other.title), name) for name in taken):
                continue  # 'Frontend Development' beside 'Frontend': one may be read as the other
            if _slug(other.title) in {_slug(n) for n in _aka(entry)}:
                continue
            found.append(other)
            taken.add(_slug(other.title))
    return found


_SCAN = 200


_COMPOUND = re.compile(
    r"\s(?i:and|or|vs\.?|versus|&)\s|[:?!]|[A-Z]{2,}[A-Z][a-z]|"
    r"\b(?i:glossary|guide|tutorial|explained|introduction|basics|cheat ?sheet)\b"
)


def _concept_name(title: str) -> bool:
    """Whether a title reads as one concept's name, fit to stand as an option."""
    return len(title.split()) <= 5 and _COMPOUND.search(title) is None


def _overlaps(a: str, b: str) -> bool:
    """Whether one slug is the other plus words ('frontend' and 'frontend-development',
    'container' and 'docker-container')."""
    return a != b and (
        a.startswith(b + "-") or b.startswith(a + "-") or a.endswith("-" + b) or b.endswith("-" + a)
    )


def kin(a: str, b: str) -> bool:
    """Whether two names are kin that one statement may fit both of: one is the other
    plus words ('Frontend', 'Frontend Development'), or they differ only in their last
    letter or digit ('HTTP' and 'HTTPS', 'IPv4' and 'IPv6')."""
    x, y = _slug(a), _slug(b)
    if x == y:
        return False
    if _overlaps(x, y):
        return True
    shorter = min(len(x), len(y))
    common = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), shorter)
    return common >= 3 and common >= shorter - 1 and abs(len(x) - len(y)) <= 1


_PARENS = re.compile(r"\s*\(([^()]{1,60})\)\s*")


def _aka(entry: Entry) -> tuple[str, ...]:
    """An entry's names with the parts of 'Domain Name System (DNS)' as names too."""
    found = list(entry.names)
    for name in entry.names:
        inner = _PARENS.search(name)
        if inner is not None:
            found.extend((_PARENS.sub(" ", name).strip(), inner.group(1)))
    return tuple(found)


# Words an entry is about, worked out once per entry (a memo keyed by identity).
_TOPICS: dict[int, tuple[Entry, frozenset[str]]] = {}
_TOPIC_WORD = re.compile(r"[a-z][a-z0-9]{3,}")
_COMMON = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "which",
        "what",
        "when",
        "where",
        "they",
        "their",
        "there",
        "than",
        "then",
        "have",
        "been",
        "will",
        "would",
        "could",
        "should",
        "also",
        "such",
        "more",
        "most",
        "other",
        "into",
        "some",
        "used",
        "uses",
        "using",
        "make",
        "makes",
        "made",
        "like",
        "just",
        "only",
        "each",
        "many",
        "much",
        "very",
        "your",
        "about",
        "over",
        "between",
    ]
)


# Where the head noun phrase of a definition ends: 'a programming language | used for'.
_KIND_END = re.compile(
    r"\s(?:that|which|who|whose|where|used|designed|built|for|of|to|in|on|with|by|from|"
    r"between|within|consisting|allowing|enabling)\b|[,;:(]",
    re.I,
)
_KIND_START = re.compile(
    r"\b(?:is|are)\s+(?:an?|the|one of the)\s+(?P<kind>.+)$|^(?:an?)\s+(?P<bare>.+)$", re.I
)
_KINDS: dict[int, tuple[Entry, str]] = {}


def same_kind(entry: Entry, other: Entry) -> bool:
    """Whether both definitions say the same kind of thing ('a protocol for ...' beside
    'a protocol that ...'); False when either says none."""
    kind = _kind(entry)
    return bool(kind) and kind == _kind(other)


def _kind(entry: Entry) -> str:
    """What kind of thing a definition says the entry is, as a stem: 'langua' for 'a
    programming language used for ...', 'protoc' for 'a protocol for ...'; '' if none."""
    cached = _KINDS.get(id(entry))
    if cached is None:
        if len(_KINDS) >= 8192:
            _KINDS.clear()
        summary = next((s for s in entry.sections if s.kind.value == "summary" and s.items), None)
        first = summary.items[0].text.split(". ")[0][:300] if summary else ""
        found = _KIND_START.search(first)
        head = ""
        if found is not None:
            phrase = _KIND_END.split(found["kind"] or found["bare"], maxsplit=1)[0]
            nouns = [w for w in _TOPIC_WORD.findall(phrase.lower()) if w not in _COMMON]
            head = nouns[-1][:6] if nouns else ""
        cached = _KINDS[id(entry)] = (entry, head)
    return cached[1]


def _topic(entry: Entry) -> frozenset[str]:
    cached = _TOPICS.get(id(entry))
    if cached is None:
        if len(_TOPICS) >= 8192:
            _TOPICS.clear()
        summary = next((s for s in entry.sections if s.kind.value == "summary" and s.items), None)
        text = " ".join((*entry.names, *entry.tags, summary.items[0].text if summary else ""))
        found = frozenset(w[:6] for w in _TOPIC_WORD.findall(text.lower()) if w not in _COMMON)
        cached = _TOPICS[id(entry)] = (entry, found)
    return cached[1]


_NAME_WORD = re.compile(r"[^\W_][\w'’-]*")
# A dot that opens a name ('a .gitignore file', 'the .NET runtime'): at the text's start
# or after a space, bracket or quotation mark (not a sentence's stop: 'ends.Next').
_DOT_LED = re.compile(r"(?:^|[\s(\"'“‘])\.$")


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """A name's lookup form: its words, lower-cased, one space apart."""
    return " ".join(word.lower() for word in _NAME_WORD.findall(name))


# Endings after which English adds -es for the plural: box -> boxes, class -> classes.
_SIBILANT = ("s", "x", "z", "ch", "sh")


@lru_cache(maxsize=65536)
def _plurals(word: str) -> tuple[str, ...]:
    """The plural forms a (lower-case) word may take: cache -> caches, proxy -> proxies."""
    if word.endswith(_SIBILANT):
        return (word + "es",)
    if len(word) > 2 and word[-1] == "y" and word[-2] not in "aeiou":
        return (word[:-1] + "ies",)
    return (word + "s",)


# Heads of names that have no plural: 'Local Storage', 'Object Storage', 'Middleware'.
_UNCOUNTED_HEADS = frozenset(
    (
        *("storage", "software", "hardware", "middleware", "firmware", "malware", "data"),
        *("information", "traffic", "bandwidth", "encryption", "authentication"),
        *("authorization", "security", "infrastructure", "equipment", "metadata"),
    )
)


# Heads of names of stuff rather than things, said without 'a': 'chain lube', 'bread
# flour', 'potting soil'.
_MASS_HEADS = _UNCOUNTED_HEADS | frozenset(
    (
        *("lube", "oil", "wax", "grease", "water", "paint", "glue", "ink", "sugar", "flour"),
        *("salt", "butter", "dough", "broth", "soil", "compost", "mulch", "sand", "clay"),
        *("concrete", "cement", "steel", "plastic", "rubber", "fabric", "foam", "mud"),
        *("bread", "honey", "pollen", "milk", "cheese", "rice", "coffee", "tea", "syrup"),
        *("jelly", "nectar", "propolis", "resin", "sap"),
    )
)
# A word joining the words of a French or Spanish phrase: 'mise en place', 'pot au feu',
# 'pommes de terre'.
_FOREIGN_JOIN = re.compile(r"\s(?:en|de|du|des|la|le|au|aux|à|del)\s")


def plural_of(name: str) -> str:
    """`name` in the plural, its last word made plural: 'web proxy' -> 'web proxies'."""
    head, space, last = name.rpartition(" ")
    if not last or last.isupper():
        return f"{name}s"  # 'API' -> 'APIs'
    if last.lower() in _UNCOUNTED_HEADS:
        return name  # 'local storage', 'object storage': no plural
    plural = _plurals(last.lower())[0]
    return f"{head}{space}{last[: len(last) - 1]}{plural[len(last) - 1 :]}"


def same_or_plural(name: str, of: str) -> bool:
    """Whether `name` is the name `of` or its plural: 'processes' of 'process', 'web
    proxies' of 'Web proxy'."""
    named, single = fold_name(name), fold_name(of)
    if named == single:
        return True
    head, _, last = single.rpartition(" ")
    return any(named == f"{head} {plural}".lstrip() for plural in _plurals(last))


def either_number(a: str, b: str) -> bool:
    """Whether two names are one, either of them in the plural ('branch', 'branches')."""
    return same_or_plural(a, b) or same_or_plural(b, a)


@lru_cache(maxsize=65536)
def singulars(word: str) -> tuple[str, ...]:
    """The words of which a (lower-case) word ending in s may be the plural.

    Only the -es a plural really takes is stripped: 'boxes' -> 'box', but 'caches' ->
    'cache' (cache + s), and 'proxies' -> 'proxy'.
    """
    found = [word[:-1]]
    if word.endswith("es") and word[:-2].endswith(_SIBILANT):
        found.append(word[:-2])
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    return tuple(found)


class NameIndex:
    """Finds the names of many concepts in a sentence in one pass over its words.

    One regex with a thousand alternatives is slow to build for every entry; looking
    each run of up to `longest` words up in a dict is not.
    """

    def __init__(self, groups: Iterable[Sequence[str]] = (), base: NameIndex | None = None) -> None:
        self.base = base
        self.groups: dict[str, tuple[str, ...]] = {}
        for names in groups:
            for name in names:
                key = fold_name(name)
                if key:
                    self.groups.setdefault(key, tuple(names))
        # First words of every name: most words of a sentence start none, and are
        # passed over with one set lookup.
        self.firsts: frozenset[str] = frozenset(key.split(" ", 1)[0] for key in self.groups) | (
            base.firsts if base else frozenset()
        )
        # The words a name may begin at: a first word, or a plural of one (a one-word
        # name is its own first word): cache -> caches, box -> boxes, proxy -> proxies.
        self.starts: frozenset[str] = self.firsts | {
            plural for first in self.firsts for plural in _plurals(first)
        }
        longest = max((key.count(" ") + 1 for key in self.groups), default=0)
        self.longest: int = max(longest, base.longest if base else 0)
        # How many words the names that begin with each first word have, longest first:
        # a run of words is looked up only at those lengths. (A plural changes the last
        # word only, and a one-word name is tried at every start.)
        lengths: dict[str, set[int]] = {}
        for key in self.groups:
            lengths.setdefault(key.split(" ", 1)[0], {1}).add(key.count(" ") + 1)
        for first, counts in (base.lengths if base else {}).items():
            lengths.setdefault(first, {1}).update(counts)
        self.lengths: dict[str, tuple[int, ...]] = {
            first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()
        }
        # What `find` found in each text: the makers search the same sentences again
        # (a cloze, a flipped claim and an identify card of one sentence). Bounded, and
        # gone with the index.
        self._found: dict[str, tuple[tuple[int, int], ...]] = {}

    def _get(self, key: str) -> tuple[str, ...] | None:
        found = self.groups.get(key)
        if found is None and self.base is not None:
            return self.base._get(key)
        return found

    def __contains__(self, name: str) -> bool:
        return self._get(fold_name(name)) is not None

    def names_of(self, name: str) -> tuple[str, ...]:
        """Every name of the concept `name` belongs to, or () for an unknown name."""
        return self._get(fold_name(name)) or ()

    def find(self, text: str) -> list[tuple[int, int]]:
        """Where known names (or their plurals) stand in `text`, as (start, end) spans."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= 4096:
                self._found.clear()
            found = self._found[text] = tuple(self._find(text))
        return list(found)

    def _find(self, text: str) -> list[tuple[int, int]]:
        if not self.longest:
            return []
        lowered_text = text.lower()
        if len(lowered_text) != len(text):  # a letter whose lower case is longer: rare
            lowered_text = "".join(
                char if len(char.lower()) != 1 else char.lower() for char in text
            )
        tokens = _NAME_WORD.findall(lowered_text)
        starts = self.starts.intersection(tokens)
        if not starts:
            return []  # most sentences name nothing: no positions are worked out
        get, lengths, count = self._get, self.lengths, len(tokens)
        spans: list[tuple[int, int]] = []
        found: list[tuple[int, int]] = []
        free = 0  # the first token not inside a name found already
        for i in [i for i, token in enumerate(tokens) if token in starts]:
            if i < free:
                continue
            for length in lengths.get(tokens[i], (1,)):
                if length > count - i:
                    continue  # runs past the text's end
                key = " ".join(tokens[i : i + length])
                named = get(key) is not None
                if not named and key[-1] == "s":
                    named = any(get(singular) is not None for singular in singulars(key))
                    if named:
                        if not spans:
                            spans = [m.span() for m in _NAME_WORD.finditer(lowered_text)]
                        # 'DNS' in capitals is a name of its own, not the plural of 'DN';
                        # 'APIs' with a small s is the plural of 'API'.
                        named = text[spans[i + length - 1][1] - 1] == "s"
                if named:
                    if not spans:  # the same tokens, now with where they stand
                        spans = [m.span() for m in _NAME_WORD.finditer(lowered_text)]
                    start, end = spans[i][0], spans[i + length - 1][1]
                    if _DOT_LED.match(text, max(0, start - 2), start):
                        start -= 1  # '.gitignore', '.NET': the dot is part of the name
                    if text[end : end + 1] == ")" and "(" in text[start:end]:
                        end += 1  # 'Domain Name System (DNS)': the name's own bracket
                    found.append((start, end))
                    free = i + length
                    break
        return found


# Every entry of an import is generated beside the same collection: each one's `others`
# is that collection less itself, a different list every time. So the index is built
# once over the whole collection (the entry itself included) and shared. That gives the
# same answers as an index of `others` alone: an entry's own names are looked up in its
# own index first, and the others keep their relative order, so a name two siblings
# share still belongs to the one that comes first. The key is the entries' identities;
# the value keeps them alive, so no id is reused.
_SHARED: dict[frozenset[int], tuple[tuple[Entry, ...], NameIndex]] = {}


def shared_index(others: Sequence[Entry], entry: Entry | None = None) -> NameIndex:
    """The names of `others` (and of `entry`), indexed once per collection (a memo)."""
    members = (entry, *others) if entry is not None else tuple(others)
    key = frozenset(map(id, members))
    cached = _SHARED.get(key)
    if cached is None:
        if len(_SHARED) >= 8:
            _SHARED.clear()
        cached = _SHARED[key] = (members, NameIndex(member.names for member in members))
    return cached[1]


# An HTTP status code as a page's title: 'HTTP Status Code 429 – Too Many Requests',
# 'Error 503', '404 Not Found'. Without 'HTTP', 'status' or 'error' before it, the words
# after the number must be a status's ('Not Found', 'Bad Gateway'), so '300 Spartans'
# is no status code.
_STATUS_TITLE = re.compile(
    r"(?P<led>(?:HTTP\s+)?(?:status\s+(?:code\s+)?|error\s+(?:code\s+)?)|HTTP\s+)?"
    r"(?P<code>[1-5]\d\d)(?:\s*[-–—:]?\s*(?P<reason>[A-Za-z][\w' -]{1,40}))?",
    re.I,
)
_STATUS_WORDS = re.compile(
    r"\b(?:error|found|requests?|allowed|unauthori[sz]ed|forbidden|timeout|required|"
    r"unavailable|gateway|content|created|accepted|ok|moved|modified|conflict|gone|"
    r"redirect|implemented|entity|continue)\b",
    re.I,
)


def status_code(title: str) -> str:
    """The HTTP status code a title names ('429' of '429 Too Many Requests'), or ''."""
    found = _STATUS_TITLE.fullmatch(title.strip())
    if found is None or not (found["led"] or _STATUS_WORDS.search(found["reason"] or "")):
        return ""
    return found["code"]
