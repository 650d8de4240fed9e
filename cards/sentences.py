"""Sentences, heads and words: the small pieces of English that questions are cut from.

Everything here works on plain strings and knows nothing about entries or cards, so the
card makers can share one idea of what a sentence, a stop word or a list item's head is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cards.text import collapse


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text, as a set (for word tables)."""
    return frozenset(text.split())


# Words that carry no idea on their own: never a blank, never a reason to call two
# questions the same.
STOP_WORDS = word_set(
    """
    a an the and or but nor so yet if then than that this these those there here is
    are was were be been being am do does did done has have had having can could may
    might must shall should will would i you he she it we they me him her us them my
    your his its our their what which who whom whose when where why how of in on at
    by for with to from into onto over under about as up down out off not no yes all
    any each every some such only own same too very just also one s t
    """
)

NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven", "twelve"),
)
# A count of several in a pattern: 'two' to 'ten', or digits.
SEVERAL = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = word_set(
    "e.g i.e etc vs cf approx mr mrs ms dr st no fig incl excl resp cont dept misc avg min "
    "max est ca vol pp ch sec ed op"
)

# Abbreviations that stand before a number, whose full stop ends no sentence there.
_BEFORE_A_NUMBER = word_set("art sect par para chap rev ver")

# A sentence ends at . ! or ? (maybe closed by a quote or bracket) followed by space.
# The lookbehind starts a match only at the first mark of a run ('...', '?!'), so a line
# of a million full stops is scanned once, not once per stop.
# A sentence's closing mark, and a copy's citation numbers glued after it ('reliable
# operation.1,2 Manufacturers ...'), which are left out.
_SENTENCE_END = re.compile(
    r"(?<![.!?])[.!?]+[\"'”’)\]]*(?P<cite>(?<=[A-Za-z]{2}\.)\d{1,2}(?:,\d{1,2})*(?=\s+[A-Z]))?\s+"
)
# A copy may also lose the space after a full stop: 'patterns within them.In the domain
# of ...' (only before a word that opens sentences: 'Node.Js' and 'os.Path' stay whole).
# Its own pass, found from the stop: an alternative of the pattern above cost every
# paragraph a look back at each character.
_GLUED_STOP = re.compile(
    r"\.(?<=[a-z]{3}\.)(?=(?:In|The|This|It|Its|These|They|There|When|If|For|As|An?|However|"
    r"We|You|Each|Most|Many|Some|Our|Your)\s)"
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# The dash or colon that separates a list item's head from its explanation.
_HEAD_SEPARATOR = re.compile(r"\s+[—–-]{1,2}\s+|:\s+")


class Wording:
    """A case-insensitive pattern written in lower case, asked only whether it occurs.

    In ASCII text (most), the same pattern without IGNORECASE is searched in the text
    lower-cased: IGNORECASE leaves the regex engine no first letters to skip ahead by,
    and a search took about three times as long. The answer is the same: ASCII letters
    fold one to one, and a pattern with no capital has nothing else that case changes.
    """

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"a Wording is written in lower case: {pattern!r}")
        self.any_case = re.compile(pattern, re.IGNORECASE)
        self._lower = re.compile(pattern)

    def occurs_in(self, text: str) -> bool:
        """Whether the pattern matches somewhere in `text`, whatever its case."""
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.any_case.search(text) is not None


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping each one's closing punctuation.

    A full stop after a known abbreviation ("e.g.") does not end a sentence, nor one
    before a lower-case word, unless it closes a plain word: 'right now. git switch moves
    ...' is two sentences, the second opening with a command's name.
    """
    return list(_sentences_of(text))


@lru_cache(maxsize=16384)
def _sentences_of(text: str) -> tuple[str, ...]:
    text = collapse(text)
    if _GLUED_STOP.search(text):
        text = _GLUED_STOP.sub(". ", text)
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # Only the word before the mark matters: a bounded look back keeps this linear.
        before = text[max(start, match.start() - 64) : match.start()].rsplit(None, 1)
        # ('(e.g. 0.1)': the bracket before an abbreviation is not part of it)
        last_word = before[-1].lower().rstrip(".").lstrip("([\"'“‘") if before else ""
        following = text[match.end() : match.end() + 1]
        if last_word in _ABBREVIATIONS or not following:
            continue
        if following.isdigit() and last_word in _BEFORE_A_NUMBER and match.group() == ". ":
            continue  # 'the six legal bases in Art. 6 GDPR': a law's article and its number
        if len(last_word) == 1 and match.group().startswith(". ") and _initial(before):
            continue  # 'as described in Robert C. Martin': a name's initial
        if (
            len(last_word) == 1
            and before[-1].isupper()
            and _ANOTHER_INITIAL.match(text, match.end())
        ):
            continue  # 'for C. J. Doppler': the first of a name's initials
        if following.islower() and not (
            match.group().startswith(". ") and len(last_word) >= 3 and last_word.isalpha()
        ):
            continue
        end = match.start("cite") if match["cite"] else match.end()
        sentences.append(text[start:end].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return tuple(sentences)


# A name's next initial, then the name or a third: 'J. Doppler', 'R. R. Tolkien'.
_ANOTHER_INITIAL = re.compile(r"[A-Z]\.[ \t]+[A-Z]")


def _initial(before: list[str]) -> bool:
    """Whether the word before a full stop is a name's initial: one capital letter after a
    capitalised word ('Robert C.'), not 'register A.'."""
    word = before[-1]
    if len(word) != 1 or not word.isupper() or len(before) < 2:
        return False
    prior = before[0].rsplit(None, 1)[-1]
    return prior[:1].isupper() and prior.rstrip(".").isalpha()


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph, or '' for empty text."""
    sentences = _sentences_of(text)  # (the cached tuple: no copy of a long paragraph's list)
    return sentences[0] if sentences else ""


# The makers and the rules look at the same sentences, prompts and answers many times.
@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of a text, lower-cased, without punctuation."""
    found = _WORD.findall(text.lower())
    return tuple(word.replace("’", "'") for word in found) if "’" in text else tuple(found)


def stem(word: str) -> str:
    """A crude stem, good enough to tell that 'handles' and 'handling' are one word."""
    word = word.lower().removesuffix("'s")
    return word[:5]


def content_words(text: str) -> frozenset[str]:
    """The stems of the words of a text that are not stop words."""
    # words() gives lower-case words already: stem() inlined, as this runs for every card.
    found = words(text)
    if "'" not in text and "’" not in text:  # no possessive to strip: most texts
        return frozenset([word[:5] for word in found if word not in STOP_WORDS])
    return frozenset(word.removesuffix("'s")[:5] for word in found if word not in STOP_WORDS)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two word sets: 1.0 when equal, 0.0 when disjoint or empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def strip_end(text: str) -> str:
    """A sentence without its closing punctuation (a full stop inside its closing quote
    too, double or single: '... and Practices."' -> '... and Practices"')."""
    text = text.strip()
    if text[-1:] in "\"”'’" and text[-2:-1] == ".":
        text = text[:-2] + text[-1]
    return text.rstrip(".!?;:,").rstrip()


def as_question(text: str) -> str:
    """Make a question of a text by ending it with one question mark."""
    return strip_end(text) + "?"


def _is_acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def lower_first(text: str) -> str:
    """Lower-case the first letter to continue a sentence, unless it starts an acronym or 'I'."""
    if not text:
        return text
    first_word = text.split()[0]
    if _is_acronym(first_word) or first_word in {"I", "I'm", "I've"}:
        return text
    if any(char.isupper() for char in first_word[1:]):
        return text  # 'JavaScript', 'iPhone': a name written so on purpose
    if any(char.isdigit() for char in first_word):
        return text  # 'S3', 'Route53', 'H2': a name with a number in it
    named = text.split()
    if len(named) > 1 and first_word not in _ARTICLES and all(w[:1].isupper() for w in named):
        return text  # 'User Level Threads': a name in capitals throughout, not 'user Level'
    return text[0].lower() + text[1:]


_ARTICLES = frozenset(("A", "An", "The"))


def name_forms(name: str) -> set[str]:
    """A name and, when its last word reads as a plural, its singulars: 'page faults' ->
    also 'page fault'; 'cache misses' -> also 'cache miss' (and 'cache misse', which
    matches nothing)."""
    if not plural_ending(name) or name.isupper():
        return {name}
    forms = {name, name[:-1]}
    if name.endswith("es"):
        forms.add(name[:-2])
    if name.endswith("ies"):
        forms.add(f"{name[:-3]}y")
    return forms


def plural_ending(word: str) -> bool:
    """Whether a word ends as a plural noun does: 'tokens', not 'access', 'status', 'analysis'."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def indefinite(phrase: str) -> str:
    """'a' or 'an' before `phrase`, as it is said: 'an API', 'a REST API', 'an HTTP
    method', 'an SQL query' and 'an SLA' (said letter by letter), 'a URL', 'an X.509'."""
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    letters = "".join(char for char in first if char.isalpha())
    if len(letters) >= 2 and letters.isupper():
        if letters[0] == "U":
            return "a"  # 'you': a URL, a UI, a USB stick
        if not set(letters[:2]) & set("AEIOU"):
            # No vowel to say it by, at least at its start: letter by letter ('an SQL
            # query', 'an SLA', 'an SSO login'; but 'a LAN', 'a REST API')
            return "an" if letters[0] in "FHLMNRSX" else "a"  # 'eff', 'aitch', 'ess'
    if re.match(r"[FHLMNRSX][^A-Za-z]", first):
        return "an"  # 'an X.509 certificate', 'an F1 score': a letter said alone, 'ex'
    if _SAID_WITH_Y_OR_W.match(first):
        return "a"  # 'a Unix timestamp', 'a unique key', 'a one-time pad', 'a European'
    return "an" if first[:1].lower() in "aeiou" else "a"


# Words spelled with a vowel first but said with a 'y' or 'w' sound first.
_SAID_WITH_Y_OR_W = re.compile(r"^(?:uni(?!n)|use|usu|uti|ure|eu|one\b|one-|once\b)", re.I)


def upper_first(text: str) -> str:
    """Upper-case the first letter, to start a sentence."""
    return text[:1].upper() + text[1:]


def lower_title(heading: str) -> str:
    """Bring a Title Case Heading into sentence case, keeping acronyms ('API') as written."""
    return " ".join(word if _is_acronym(word) else word.lower() for word in heading.split())


@lru_cache(maxsize=65536)
def head_of(item: str) -> str:
    """A list item's head: the words before its dash or colon ('Validate the data — ...')."""
    text = collapse(item)
    match = _HEAD_SEPARATOR.search(text)
    if match and match.start() > 0:
        return strip_end(text[: match.start()])
    return strip_end(text)


def split_label(sentence: str) -> tuple[str, str]:
    """Split 'Iron rule: never trust ...' into ('Iron rule', 'never trust ...').

    Only a short label (at most three words) counts, so a colon in the middle of a long
    sentence is left alone. Returns ('', sentence) when there is no label.
    """
    label, colon, rest = sentence.partition(":")
    if not colon or not rest.strip() or not label.strip():
        return "", sentence
    label_words = label.split()
    if len(label_words) > 3 or not label_words[0][:1].isupper():
        return "", sentence
    return label.strip(), rest.strip()


def dash_labelled(sentence: str) -> bool:
    """Whether a point opens on a label set off by a dash, a term and its gloss rather
    than a statement: 'Base Case - This is the stopping condition ...'."""
    return _DASHED_LABEL.match(sentence) is not None


_DASHED_LABEL = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}\s+[-–—]\s+(?=[A-Z])")


def number_word(count: int) -> str:
    """'three' for 3; the digits when there is no common word for it."""
    return NUMBER_WORDS[count] if 0 <= count < len(NUMBER_WORDS) else str(count)


def has_phrase(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` as whole words, ignoring case and punctuation."""
    needle = " ".join(words(phrase))
    if not needle:
        return False
    return f" {needle} " in f" {' '.join(words(text))} "


def third_person(verb: str) -> str:
    """'indicates' of 'indicate', 'quantifies' of 'quantify', 'expresses' of 'express'."""
    if verb.endswith("y"):
        return f"{verb[:-1]}ies"
    return f"{verb}es" if verb.endswith(("s", "sh", "ch", "x")) else f"{verb}s"


# Verbs that say what a thing does for someone: 'What does X do?' asks them well. Other
# verbs ('represents', 'resembles') are asked with their own verb.
# What a field of knowledge looks into: 'Semantics studies the meaning of ...'.
LOOKS_INTO = ("study", "examine", "investigate")
FUNCTION_VERBS = frozenset(
    stem
    for verb in (
        *("translate", "store", "convert", "map", "turn", "let", "allow", "enable", "connect"),
        *("send", "deliver", "protect", "encrypt", "control", "manage", "keep", "hold", "link"),
        *("identify", "verify", "check", "tell", "provide", "filter", "block", "route", "serve"),
        *("distribute", "spread", "balance", "cache", "speed", "reduce", "improve", "ensure"),
        *("track", "record", "transfer", "transmit", "carry", "handle", "process", "run"),
        *("make", "help", "give", "offer", "secure", "authenticate", "authorize", "grant"),
        *("standardize", "standardise", "define", "describe", "separate", "isolate", "package"),
        *("supply", "ask", "shorten", "answer", "resolve", "sign", "hash", "compress"),
        *("mediate", "encapsulate", "coordinate", "wrap", "decouple", "expose", "promote"),
        *("find", "return", "calculate", "compute", "search", "scan", "determine", "detect"),
        *("support", "propagate", "add", "combine", "create", "generate", "try"),
        *("prevent", "restrict", "limit", "stop"),
        # (what a part of a machine does: 'Performs arithmetic operations ...')
        *("perform", "execute", "decode", "fetch"),
        *LOOKS_INTO,
    )
    for stem in (verb, verb + "s", verb + "es", verb[:-1] + "ies" if verb.endswith("y") else "")
    if stem
)


# Verbs of what a figure or a sign tells, as a gloss opens with them ('Indicates how many
# bits ...'), each to the form a question asks with ('What does bit rate indicate?').
MEASURES = {
    third_person(verb): verb for verb in ("indicate", "measure", "quantify", "denote", "express")
}
# The same of what a field looks into ('What does semantics study?').
STUDIES = {third_person(verb): verb for verb in LOOKS_INTO}


# Plural nouns that a compound name ends in and that are seldom a verb: after a name, they
# are part of the subject ('SSL certificates', 'Backtracking algorithms'), not what it does.
PLURAL_NOUNS = frozenset(
    (
        *("algorithms", "certificates", "parameters", "programs", "servers", "packets"),
        *("headers", "tables", "systems", "applications", "methods", "techniques", "tools"),
        *("protocols", "nodes", "numbers", "users", "devices", "networks", "languages"),
        *("databases", "messages", "classes", "variables", "instances", "containers"),
        *("entries", "columns", "rows", "frames", "bits", "bytes", "ports", "types"),
        *("errors", "events", "tokens", "sessions", "cookies", "resources", "components"),
        *("modules", "libraries", "frameworks", "patterns", "trees", "graphs", "arrays"),
        *("strings", "keys", "values", "pipelines", "queues"),
        # what a page is made of: 'CSS files block both rendering and parsing'
        *("files", "pages", "images", "scripts", "fonts", "stylesheets", "elements"),
        # who uses or sells it: 'PaaS providers offer ...', 'SaaS customers pay ...'
        *("providers", "developers", "customers", "vendors", "consumers", "subscribers"),
        *("administrators", "engineers", "teams", "companies", "organizations", "clusters"),
        *("operators", "makers"),
        *("buckets", "volumes", "platforms", "regions", "zones", "features"),
        # what an attack comes as: 'Smishing scams frequently seek to ...'
        *("scams", "attacks", "attackers", "campaigns", "emails", "texts", "victims"),
    )
)
# The modal verbs: 'can be shown', 'may contain', 'will refuse to'.
MODALS = frozenset(("can", "could", "may", "might", "must", "should", "will", "would"))
# An article opening a phrase: 'the CAP theorem', 'a digital footprint'.
LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
# A restatement's opening after a comma: ', ie, cookies are ...', ', that is, ...'.
THAT_IS = r",\s*(?:ie|i\.e\.|that\s+is),?\s+"
# The verbs that only a plural noun comes before ('servers are', 'programs cannot'): after
# the name and a plural, they show the plural is no verb but part of a longer subject.
AFTER_A_PLURAL = frozenset(("are", "were", "have", "do", "don't", "cannot", "can't")).union(MODALS)


# The few verbs that end in -ings: any other such word is a plural noun ('TTL settings
# assist', 'the bindings'), never the verb after a subject.
_VERBS_IN_INGS = frozenset(
    ("brings", "sings", "rings", "stings", "springs", "swings", "clings", "flings", "wrings")
)


def noun_in_ings(word: str) -> bool:
    """Whether a word ending in -ings is a plural noun: 'settings', not 'brings'."""
    lowered = word.lower()
    return lowered.endswith("ings") and lowered not in _VERBS_IN_INGS


# What a verb acts on, right after it: 'Chooses the route', 'Moves data'.
_ACTS_ON = frozenset(("the", "a", "an", "its", "their", "each", "every", "all", "data", "one"))


def opens_with_doing(text: str) -> bool:
    """Whether a text opens with a verb saying what something does, its subject left out
    as a gloss leaves it: 'Gives programs network services', 'Chooses the route ...'."""
    said = words(text)
    if len(said) < 3:
        return False
    first = said[0]
    return first in FUNCTION_VERBS or (
        # not "Here's the key insight": a word run into 'is' is no verb of its own
        first.isalpha() and first.endswith("s") and not first.endswith("ss") and said[1] in _ACTS_ON
    )
