"""Pasted page text: recover the structure a browser's copy lost, as Markdown.

What a browser copies is the page's words with little of its shape: chrome before the
title (a site name, "Skip to content", breadcrumbs, reading time), single newlines
between blocks, headings that are short lines or questions ("What Exactly is a
Database?"), label lines ("Domain name: the recipient's name"), and more chrome after
the body (newsletter, copyright). This module finds the title and the body by shape
and writes them as Markdown (`# Title`, `## Heading`, `- item`, paragraphs), which the
one Markdown reader then parses. The plain-text page layout of `backend.vca.txt` does
not come here: `cards.page` reads it as it is; this is the fallback for text that the
page layout cannot read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from cards.defining import (
    KIND_NAMED,
    LANGUAGE,
    PART_OF_SPEECH,
    Definition,
    called_name,
    definition_of,
    expansion_of,
    is_abbreviation,
    slashed_names,
    spells_out,
    term_of,
    without_dictionary_lead,
)
from cards.names import plural_of, same_or_plural
from cards.segments import SCORE, TERMINAL
from cards.sentences import (
    FUNCTION_VERBS,
    LEADING_ARTICLE,
    first_sentence,
    split_sentences,
    upper_first,
)
from cards.text import list_marker, plain, written_at

# Lines that are site furniture wherever they stand.
_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|menu|close|home|search|share|"
    r"share this(?: article| post| page)?|tweet|print|back(?: to [\w ]{1,40})?|sign (?:in|up)|"
    r"log ?in|register|subscribe|toggle navigation|table of contents|contents|on this page|"
    r"browse (?:by|all) [\w ]{1,30}|"  # 'Browse by Category', a site's index link
    r"search\s*:\s.{0,40}|"  # a search box's label and its link: 'Search:  Browse the index'
    r"advertisements?|sponsored|loading(?: runtime| content| page)?\.*|\.{2,}|next|previous|prev|"
    r"(?:\d{1,3} )?min(?:ute)?s? read\s?[·•|]?|"
    r"(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s.{0,40}|"
    r"by [A-Z][\w.]*(?:,? [A-Z][\w.]*){0,5}|in partnership with.{0,60}|"
    r"chapter \d{1,3}.{0,20}|lesson \d{1,3}.{0,20}|\$\d[\d.,]*.{0,20}|[\d\s/·|•-]{1,20}|"
    r"cover image for .{0,80}|answered on\s*:.{0,30}|appearance|need help from an expert\??|"
    r"dev community|(?:solution|answer)\s+\d{1,2}\s*:?|"  # a Q&A site's 'Solution 1:'
    # a Q&A site's labels, and the text standing for a picture left out of the copy
    r"(?:best|accepted|top)\s+answer|enter\s+image\s+description\s+here|"
    r"[\w-]+\.(?:com|org|net|io|dev|co|app|ai|info)|"  # a site's name: 'Convertio.com'
    # an address copied on a line of its own, or as a Markdown reference: '[1]: https://...'
    r"(?:\[\w{1,10}\]\s*)?:?\s*(?:https?://|www\.)\S+|"
    r"\([^()]{1,60}\)|"  # '(data structure)': a headword's qualifier, the headword lost
    r"(?:term|word)\s+of\s+the\s+(?:moment|day|week)|look\s+up\s+(?:another|a)\s+(?:term|word)|"
    r"q\d{1,3}\s+of\s+\d{1,3}\b.{0,40}|"  # 'Q37 of 40 · Core Java': a quiz's counter
    r"(?:english\s+)?wikipedia\s+has\s+an\s+article\s+on\s*:.{0,80}|"  # Wiktionary's box
    r"\[syn:[^\]]{0,120}\]|"  # a thesaurus's synonyms: '[syn: firmware, microcode]'
    # how a headword is said, maybe with its field: '[′sel ‚ref·rəns] (computer science)'
    r"\[[^\]\s]{1,20}(?:\s[^\]\s]{1,20}){0,3}\](?:\s*\([a-z][a-z ]{1,30}\))?|"
    r"/[^/\s]{1,30}(?:\s[^/\s]{1,30}){0,2}/,?(?:\s*(?:n|v|adj|adv)\.)?|"  # "/ferm'weir/, n."
    r"\**\s*welcome\s+to\s+[\w .'-]{1,40}?\s*\**|"  # '*** Welcome to piglix ***'
    r"this\s+is\s+an\s+old\s+revision\s+of\s+the\s+(?:document|page)!?|"  # a wiki's banner
    r"find\s+the\s+(?:word\s+)?definitions?|"  # a dictionary site's heading
    r"showing\s+posts\s+with\s+label\s.{1,60}|"  # Blogger's label page
    r"(?:did\s+)?you\s+mean\s.{1,60}\?|"  # a search's suggestion: 'You mean potentiometer?'
    r"resources|"  # a site's section over the entry: 'Resources' / 'regression testing'
    r"blog|articles|insights|click\s+to\s+explore|"  # 'Blog' over a post's title
    # an icon's alt text left on a line: 'Downward-pointing chevron dropdown arrow icon.'
    r"[\w ,-]{1,60}\sicon(?:\s+in\s+[a-z]{3,12})?\.?|"
    r"about|"  # a site's 'About' tab over the page: 'About' / 'YAML stands for ...'
    # a flashcard site's faces and fields: 'Term side of the Card', 'Unit title: Lock file'
    r"(?:term|explanation|definition|front|back|question|answer)\s+side\s+of\s+the\s+card|"
    r"(?:topic|unit\s+title|categories|category|tags?)\s*:\s.{1,60}|"
    # a glossary's label over its term ('Defined term' / 'Role-based Access Control'), or
    # over one of its readings ('Very Simple Definition:')
    r"(?:defined|glossary|dictionary)\s+term|"
    r"(?:very\s+)?(?:simple|short|basic|formal|technical|plain|official)\s+definition\s*:?|"
    r"(?:date\s+)?[\d/.-]{8,10}\s+[\d,.]+k?\s+(?:reads|views)|"  # 'date 2021-11-15 515 reads'
    # a course's level as its category: 'Github Beginner' over 'GitHub Actions Workflow'
    r"(?:[\w.+#-]+\s+){1,2}(?:beginners?|intermediate|advanced)|"
    # a reference list's entry: 'What is multithreading? (2021). Retrieved from https://...'
    r"[^\n]{1,200}?\(\d{4}[a-z]?\)\.\s+retrieved\s+from\s+\S+)$",
    re.I,
)
# A vendor's buttons, their spaces taken out: 'Schedule Demo', 'Start Free Trial'.
_CALLS_TO_ACT = re.compile(
    r"^(?:(?:schedule|book|request|get)a?(?:free)?demo|start(?:a|your)?freetrial|"
    r"try(?:it)?(?:for)?free|contact(?:us|sales)|getstarted|signup(?:forfree)?|clickhere)+$"
)
# What parts a line of breadcrumbs: 'Home > Glossary > CDN', 'Docs / Web / DNS'.
_CRUMB_SEPARATOR = re.compile(r"\s+[>›»/|·]\s+")


def _is_crumbs(line: str) -> bool:
    """Whether a line is breadcrumbs: two to seven short parts with no sentence's stop,
    parted by '>', '›', '»', '/', '|' or '·' between spaces, or by '>' alone when run together
    ('Smartproxy>Glossary>Cookie Jar'). Split once: a regular expression whose parts may
    hold the separator tried every way of cutting a long line ('a > a > ... !')."""
    parts = _CRUMB_SEPARATOR.split(line)
    if len(parts) < 2:
        # run together: 'Smartproxy>Glossary>Cookie Jar', 'home/glossary/Intrusion ...'
        parts = line.split("/") if line.casefold().startswith("home/") else line.split(">")
        if any(part != part.strip() for part in parts):
            return False  # 'a >b': no run-together crumbs
    return 2 <= len(parts) <= 7 and all(
        1 <= len(part) <= 40 and not _STOPS & set(part) for part in parts
    )


_STOPS = frozenset(".!?")
# Where the body ends: what follows is about the site, not the concept.
_END = re.compile(
    r"^(?:related (?:articles|posts|reading|links|resources|terms|concepts|entries)|"
    r"more [\w ]{1,30} terms|you (?:may|might) also like|"
    r"more from|read next|leave a (?:reply|comment)|\d* ?comments?|subscribe\b.{0,60}|"
    r"sign up for.{0,60}|join our newsletter.{0,40}|newsletter|about the author|share this.{0,40}|"
    r"was this (?:page|article) helpful\??|©.{0,120}|copyright\b.{0,120}|"
    r"all rights reserved.{0,60}|"
    # a course's menu of its lessons under the page's own
    r"(?:all |other |more )?(?:lessons|chapters|modules) in this (?:course|module|series))$",
    re.I,
)
# 'What is a CDN?', "What's a content delivery network (CDN)?", 'What are webhooks?'
_WHAT_IS = re.compile(
    r"^(?:what (?:is|are) meant by|what(?:'s|’s| is| are)|what exactly is|what exactly are|"
    r"what do you (?:mean|understand)(?: by)?)\s+(?:an?\s+|the\s+)?"
    # 'What is the purpose of excel conditional formatting?': asked about the thing
    r"(?:(?:purpose|point|role)\s+of\s+(?:an?\s+|the\s+)?)?"
    r"(?P<name>[^?]{1,80}?)(?:\s+(?:anyway|exactly|really|actually|all about))?\s*\??$",
    re.I,
)
# 'What Does Port Forwarding Mean?', as a glossary site titles its entries; 'What Does
# will-change In CSS Actually Do?', as a blog does.
_WHAT_IT_MEANS = re.compile(
    r"^what\s+(?:does\s+(?:the\s+(?:term|word)\s+)?(?:an?\s+|the\s+)?(?P<name>[^?]{1,80}?)"
    r"(?:\s+really|\s+actually|\s+exactly)?\s+(?:mean|do)|"  # 'What does X really mean?'
    r"(?P<named>[^?]{1,80}?)\s+means)\s*\??$",
    re.I,
)
# Which kind of definition a label announces: 'Detailed definition:', 'Formal definition'.
_KIND_OF_DEFINITION = (
    r"(?:an?\s+|the\s+)?(?:very\s+|more\s+)?(?:technical|computer|simple|formal|full|detailed|basic|short|brief|"
    r"general|precise|exact|clear|quick|complete|plain)"
)
# A dictionary's head line: 'Definition of multi-factor authentication : noun'.
# ('Definition of Latency in the Network Encyclopedia.' is a sentence about the page.)
_DICTIONARY_HEAD = re.compile(
    r"^(?:definitions?|meanings?) of:?\s+"  # ('Definition of: popup blocker', as PCMag)
    r"(?:(?P<name>[^:.]{2,60}?)\s*:\s*(?:noun|verb|adjective|adverb)|"
    r"(?P<bare>[^:.!?]{2,40}))\s*$|"
    # 'Demand Paging Definition:' over its gloss, as a study site labels it
    # ('As per techtarget definition:' names whose definition follows, not what of)
    # ('Detailed definition:' says which kind of definition, not of what)
    r"^(?!(?:as per|according to|per|from|by)\s)"
    # ('Each letter has one meaning:' says how many, of no name)
    r"(?!.*\s(?:has|have|had|with)\s+(?:one|two|a|an|its|their|the\s+same)\s+(?:definition|meaning)\s*:$)"
    rf"(?!{_KIND_OF_DEFINITION}\s+(?:definition|meaning)\s*:$)"
    r"(?P<before>[^:.!?]{2,40}?)\s+(?:definition|meaning)\s*:$|"
    # 'Definition: dogfooding' over its gloss
    r"^(?:definition|meaning|term)\s*:\s*(?P<after>[^:.!?]{2,40}?)\s*$",
    re.I,
)
# A headword's forms, after it: '(usually uncountable, plural virtual memories)'.
_INFLECTIONS = re.compile(
    r"\s+\((?:[^()]{0,40}\b)?(?:plural|uncountable|countable|comparative)\b[^()]{0,60}\)$"
)
# The field a dictionary's sense belongs to, before it: '(statistics) any of the 99 ...'.
_FIELD_LABEL = re.compile(r"^\([a-z]+(?:\s[a-z]+){0,2}\)\s+(?=[a-z])")
# A part of speech, abbreviated as a dictionary sets it before a sense or its labels.
_SPEECH_PART = r"^(?:n|v|adj|adv|vt|vi)\.\s"
# A part of speech before a sense: 'n. a small electronic device ...'.
_SENSE_OF = re.compile(rf"{_SPEECH_PART}+(?=\S)")
# A dictionary's line of labels under the headword: its part of speech, then how it is
# said or counted ('n. countable C1 Advanced US //ækˌsɛɫɝ...// ac·celerom·e·ter').
_LABELS_LINE = re.compile(rf"{_SPEECH_PART}.{{0,60}}?(?://|\b(?:un)?countable\b)")
# What a title's question asks besides the concept, in brackets: '(And Why It Takes Time)'.
_AND_MORE = re.compile(
    r"\s*\((?:and|&|plus)\s[^()]{1,60}\)(?=\s*\?$)|"
    # 'What Are Threads (What is a Thread)?': the question asked again in the singular
    r"\s*\((?i:what)\s[^()]{1,60}\)(?=\s*\?$)|"
    # 'What is requestIdleCallback and how is it used for performance?': a second question
    r",?\s+and\s+how\s+(?:is|are)\s+(?:it|they)\s+used\b[^?]{0,60}(?=\?$)|"
    # 'What is Docker Images and Exaplin in 10 bullet lines?': a task set on top
    r",?\s+and\s+(?:explain|exaplin|describe|list|discuss|define)\b[^?]{0,60}(?=\?$)",
    re.I,
)
# 'A vs B', 'A vs. B', 'A versus B': where a title sets two names side by side.
VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.I)
# A name, then where it is met: 'N+1 query problem in ORMs and APIs'.
_IN_SCOPE = re.compile(r"^(?P<name>(?:\S+\s+){0,5}?\S+)\s+in\s+\S.*$", re.I)
_ABBREVIATED = re.compile(r"^(?P<long>.{2,80}?)\s*\((?P<short>[^()]{2,12})\)$")
# The other way round: 'OAuth (Open Authorization)', 'DNS (Domain Name System)'.
_EXPANDED = re.compile(r"^(?P<short>[^\s()]{2,12})\s*\((?P<long>[^()]{3,80})\)$")
_LABEL_LINE = re.compile(r"^(?P<label>[^:.!?]{1,40}):\s+(?P<rest>\S.*)$")

# A page's date run into the text after it: ' date 2024-05-10 DNS TTL refers to ...'.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DATED = re.compile(
    r"^\s*(?:(?:date|updated|published|posted|last updated)\s*:?\s*)?"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})\s+(?=[A-Za-z])",
    re.I,
)
# A breadcrumb run into the sentence under it, with no space between: 'CookiesThe SameSite
# attribute of ...'.
_CRUMB_RUN_IN = re.compile(r"^\s*[A-Z][a-z]{2,}(?=(?:The|An?|This|It)\s+[A-Za-z])")
# How far into the text the title is looked for, in non-blank lines.
_TOP = 25


# A title that names the kind of page rather than its concept: 'Glossary', 'API Glossary'.
_PAGE_KIND = re.compile(
    # (not a list's item: '- Shared type definitions and utilities')
    r"^(?![-*•]\s)(?:[\w&/ -]{0,60}\s)?(?:glossary|dictionary|encyclopedia|terms|definitions|wiki|"
    # ('Index 44' is a name: numbered, no page's kind)
    r"vocabulary|faq|cheat ?sheet|index|a-z|a to z)(?:\s(?!\d+$)[\w ]{0,20})?$",
    re.I,
)


# An image's alt text left as a line of its own: 'Illustration representing internet
# connections', 'Diagram concept of DNS query process', 'Server racks representing hosting'.
_CAPTION = re.compile(
    r"^(?:(?:an?\s+)?(?:illustration|diagram|image|photo|picture|screenshot|infographic)\s+"
    r"(?:of|showing|representing|illustrating|depicting|concept)\b|"
    r"[\w -]{3,60}\s(?:representing|depicting|illustrating)\s)[^.!?]*$",
    re.I,
)


# A date alone on its line: 'Jul 29, 17', '·Nov 28, 2021·', '2024-05-10', '3 March 2025',
# 'Wednesday, January 8, 2014'.
_DATE_LINE = re.compile(
    r"^[\s·•|-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}}|"
    rf"\d{{1,2}}\s+{_MONTH}\s+\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})[\s·•|-]*$",
    re.I,
)


def _is_chrome(line: str) -> bool:
    letter = line.strip()
    if len(letter) == 2 and letter[0].isupper() and letter[1] == letter[0].lower():
        return True  # 'Pp': a glossary's index letter over the entries that start with it
    if len(letter) <= 80 and _CALLS_TO_ACT.match(re.sub(r"[\s|·•-]+", "", letter.lower())):
        return True  # 'Schedule DemoStart Free Trial': a vendor's buttons run together
    if re.fullmatch(r"\|[^|]{1,60}\|", letter):
        return True  # '| P of EAA Catalog |': a navigation bar's one cell, copied alone
    if letter[:1] in "←«‹" and len(letter) <= 80:
        return True  # '← CodeClarityLab Home', '« Back to glossary': a link back
    if re.fullmatch(r"[A-Z][A-Za-z]{2,20}(?i:glossary|dictionary|lexicon|wiki|pedia)", letter):
        return True  # 'CyberGlossary': a reference site's name, run together
    if PART_OF_SPEECH.fullmatch(letter):
        return True  # 'Noun' over a dictionary's headword
    if letter.casefold() in _LABEL_TITLES:
        return True  # 'Answer' over a Q&A site's answer
    if re.match(r"\$ [a-z]", letter):
        return True  # '$ man merge-conflicts': a shell prompt a site dresses its page in
    if re.match(r"(?:https?://|www\.)\S", letter, re.I):
        return True  # 'http://en.wikipedia.org/wiki/Join_%28SQ ... outer_join...': a link
    if _in_another_script(letter):
        return True  # 'Описание тега event-bubbling': a site's label in its own language
    return bool(
        _CHROME.match(line)
        or _DATE_LINE.match(line)
        or (_is_crumbs(line) and slashed_names(line) is None)
        or _PAGE_KIND.match(line.strip())
        or _CAPTION.match(line.strip())
    )


def _in_another_script(line: str) -> bool:
    """Whether two letters in five of a line (three at least) are of no Latin alphabet:
    a label in the site's language beside a slug ('Описание тега event-bubbling')."""
    letters = [char for char in line if char.isalpha()]
    other = sum(not _LATIN_LETTER.match(char) for char in letters)
    return other >= 3 and other * 5 >= len(letters) * 2


# Letters of the Latin alphabets, accented ones included (to U+024F).
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def is_chrome_line(line: str) -> bool:
    """Whether a line of pasted text is site furniture ('Skip to content', '6 min read')."""
    text = plain(line).strip()
    return bool(text) and SCORE.match(text) is None and _is_chrome(text)  # '3/5' is a score


def ends_body(line: str) -> bool:
    """Whether a line of pasted text starts what follows the body (newsletter, copyright)."""
    return _END.match(plain(line).strip()) is not None


def names_page_kind(line: str) -> bool:
    """Whether a line names the kind of page rather than a concept ('API Glossary')."""
    return _PAGE_KIND.match(plain(line).strip()) is not None


def is_chrome_title(title: str, lines: list[str] | None = None) -> bool:
    """Whether a title found by shape is site furniture ('GLOSSARY', 'Skip to content'), or
    with the page's `lines`, its author's byline."""
    if _is_chrome(title.strip()) or title.strip().casefold() in _SOURCE_NAMES:
        return True
    if lines is None:
        return False
    top = [line.strip() for line in lines if line.strip()][:_TOP]
    return (
        title.strip() in _bylines(top)
        or _over_the_title(title.strip(), top)
        or _unsaid_head(title.strip(), top, lines)
    )


def _unsaid_head(title: str, top: list[str], lines: list[str]) -> bool:
    """Whether a title is a dictionary site's name as its head line writes it ('Find the
    word definition' over a Wiktionary entry for 'package manager'): the page says it
    nowhere else."""
    wrapped = re.compile(rf"{re.escape(title)}\s+(?:definition|meaning)s?\s*:?", re.I)
    head = next((line for line in top if wrapped.fullmatch(line)), None)
    return head is not None and not _said_elsewhere(title, head, lines)


# An encyclopedia's or dictionary's name over the entry a page copied from it.
_SOURCE_NAMES = frozenset(("wiktionary", "wikipedia", "wordnet", "foldoc"))

# A Q&A page's label taken for its title: 'Answer' over the answer's first line.
_LABEL_TITLES = frozenset(("answer", "solution", "the answer", "short answer", "question"))

_PAIR_WORDS = frozenset(
    ("difference", "differences", "between", "vs", "vs.", "versus", "and", "the")
)


def _other_comparison(line: str, below: str) -> bool:
    """Whether a comparison line stands over another comparing two other things: a site's
    name ('Difference Between Similar Terms and Objects') over the page's title
    ('Difference Between MVC and MVP'), which shares none of its words."""
    if not (_COMPARISON.search(line) and _COMPARISON.search(below)):
        return False

    def named(text: str) -> set[str]:
        return {word for word in text.casefold().split() if word not in _PAIR_WORDS}

    return not named(line) & named(below)


def _over_the_title(title: str, top: list[str]) -> bool:
    """Whether a title is a site's or a category's line over the page's own title: the
    line below it is named again as the page's concept, repeated as a comparison ('Ask
    Difference' over 'A vs. B — What's the Difference?', twice) or asked about further
    down ('Vulnerability' over 'Web Cache Poisoning', then 'What is web cache poisoning?')."""
    if title not in top[:2]:
        return False
    at = top.index(title)
    below = top[at + 1] if at + 1 < len(top) else ""
    if _crumbs_end_on_a_line_below(title, top[at + 1 : at + _CRUMBS_REACH]):
        return True  # 'Domains' / 'HomeGlossarySite Reliability Engineering' / ...
    if not _COMPARISON.search(title) and _short(title, 3):
        for line in top[at + 1 : at + _CRUMBS_REACH]:
            if _COMPARISON.search(line) and _short(line, 10) and not line.endswith(TERMINAL):
                return True  # 'Dashboard' / 'Back to Comparisons' / ... / 'A vs B'
            if not _short(line, 6):
                break  # (only a menu's and a slogan's short lines between the two)
    if _PART_OF_A_BOOK.match(title) and _short(below, 6) and not below.endswith(TERMINAL):
        return True  # 'IV · Probabilistic structures' over 'Count-Min sketch'
    asked = {found[0].casefold() for line in top[at + 2 :] if (found := title_from_question(line))}
    for k, line in enumerate(top[at + 1 : at + 3], at + 1):
        if line == title or not _short(line, 12):
            continue
        if _COMPARISON.search(line) and top.count(line) > 1:
            return True
        if _other_comparison(title, line):
            return True
        if k == at + 1 and _COMPARISON.search(line) and not _COMPARISON.search(title):
            return True  # 'Design patterns comparison' over 'Dependency Injection vs ...'
        if line.endswith(TERMINAL):
            continue
        if line.casefold() in asked:
            return True
        # 'Design Principles' / 'Open Close Principle' / 'The Open Close Principle states
        # that ...': the page's first sentence is about the line below the title
        # ('Authentication' / 'WebAuthn (Web Authentication API)' / 'WebAuthn is the W3C
        # browser API ...': the name without its bracketed expansion; a line of other
        # names or a heading may come first: 'Also known as: PAM, ...' / 'Definition')
        name = re.sub(r"\s*\([^()]*\)$", "", line) or line
        said = re.compile(rf"(?:(?:an?|the)\s+)?{re.escape(name)}\s+[a-z]", re.I)
        for opening in top[k + 1 : k + 4]:
            if said.match(opening) and title.casefold() not in first_sentence(opening).casefold():
                return True
        following = top[k + 1] if k + 1 < len(top) else ""
        if _OTHER_NAMES_LINE.match(following):
            return True  # 'Privileged Access Management (PAM)' / 'Also known as: PAM, ...'
        if _PRONOUNCED.fullmatch(following):
            return True  # 'Cloud Infrastructure' / 'Load Balancer Health Check' / '/ləʊd .../'
    return False


# How many lines below a title a breadcrumb trail and the page's own name are looked for.
_CRUMBS_REACH = 6
# The last link of a trail, glued to the one before ('GlossarySite ...') or set apart.
_CRUMB_BEFORE = re.compile(r"(?:[a-z]|\s*[>›»/|·]\s*)$")


def _crumbs_end_on_a_line_below(title: str, below: list[str]) -> bool:
    """Whether a breadcrumb trail under a title ends on a name that stands on a line of
    its own further down: 'HomeGlossarySite Reliability Engineering' over 'Site
    Reliability Engineering', which names the page; the title over them is a menu's."""
    for k, crumbs in enumerate(below):
        for name in below[k + 1 :]:
            if (
                name != title
                and _short(name, 8)
                and not name.endswith(TERMINAL)
                and len(crumbs) > len(name)
                and crumbs.endswith(name)
                and _CRUMB_BEFORE.search(crumbs[: -len(name)]) is not None
            ):
                return True
    return False


# A line giving the name above it other names, as a glossary's head does.
_OTHER_NAMES_LINE = re.compile(r"^(?:also\s+known\s+as|aka|also\s+called)\s*:", re.I)


# A label before a page's definition: 'What it is: Shift Left is ...'.
_WHAT_IT_IS = re.compile(
    r"^(?:what\s+(?:it|this)\s+is|in\s+short|in\s+brief)\s*:\s*(?=[A-Z])", re.I
)
# A glossary line's term and dash: 'tablespace - ' before 'A tablespace is ...'.
_TERM_DASH = re.compile(r"^(?P<term>[^-–—]{1,60}?)\s+[-–—]\s+")


def _term_line(text: str) -> tuple[str, str] | None:
    """('tablespace', 'A tablespace is ...') of a glossary's term line 'tablespace - A
    tablespace is ...'; None for a text that opens with no term and dash."""
    found = _TERM_DASH.match(text)
    return None if found is None else (found["term"], text[found.end() :])


def _glossed_title(line: str, title: str) -> str | None:
    """The gloss of a term line that names the title ('tablespace - A tablespace is ...',
    'router: A device that ...'); None for any other line."""
    line = line.strip()
    sense = _SENSE_NUMBER.match(line)  # 'Noun1.logic gate - a computer circuit ...'
    if sense is not None:
        line = line[sense.end() :]
    led = _term_line(line)
    if led is None:
        term, colon, gloss = line.partition(": ")
        led = (term, gloss) if colon else None
    if led is None or not _names_title(led[0], title):
        return None
    gloss = led[1]
    if sense is not None or re.match(r"(?:an?|the)\s", gloss):
        # a dictionary's sense, in lower case; 'Time To First Byte: the elapsed time ...'
        gloss = gloss[:1].upper() + gloss[1:]
    return gloss if re.match("[A-Z]", gloss) else None


def _names_title(term: str, title: str) -> bool:
    """Whether a term line's term is the title, its other name in brackets, or the words
    its abbreviation stands for ('Time To First Byte' of 'TTFB (time-to-first-byte)')."""
    main, _, aside = title.partition(" (")
    names = [name.strip() for name in (title, main, aside.rstrip(")")) if name.strip()]

    def key(name: str) -> str:
        return " ".join(re.split(r"[\s-]+", name.strip().casefold()))

    return any(key(term) == key(name) or spells_out(name, term) for name in names)


# A dictionary's part of speech and sense number before its headword: 'Noun1.', '2.'.
_SENSE_NUMBER = re.compile(r"^(?:(?:noun|verb|adjective|adverb)\s*)?\d{1,2}\.\s*(?=\w)", re.I)


# A part's or chapter's heading over a page's title: 'IV · Probabilistic structures',
# 'Chapter 3: Trees'.
_PART_OF_A_BOOK = re.compile(
    r"^(?:[IVXL]{1,5}|\d{1,2}|(?:part|chapter|unit|module)\s+\w{1,5})\s*[·:|—–]\s+[A-Z]"
)


def _short(line: str, words: int = 10) -> bool:
    return 0 < len(line.split()) <= words and len(line) <= 90


def _opens_on(line: str, name: str) -> bool:
    """Whether a page's first line is a sentence whose subject is `name` (or its plural):
    'Service workers essentially act as proxy servers that ...'."""
    text = line.strip()
    forms = "|".join(re.escape(form) for form in (plural_of(name), name))
    return (
        not _short(text, 12)
        and text.endswith(TERMINAL)
        and re.match(rf"(?:an?\s+|the\s+)?(?:{forms})\s+[a-z]", text, re.I) is not None
    )


# A title comparing two concepts: the page defines each of them.
_COMPARISON = re.compile(r"\s(?:vs\.?|versus)\s|^(?:the )?differences? between\s", re.I)


def comparison_part(title: str) -> str | None:
    """The part of a two-part title that sets two things side by side, when the other
    part is a few words of chrome or blurb ('Full Explanation : Difference Between
    Firewall and WAF', 'Token-Based vs Session-Based Authentication: A Comprehensive
    Comparison'); None for any other title."""
    parts = [part.strip() for part in SUBTITLE.split(title.strip(), maxsplit=1)]
    if len(parts) != 2:
        return None
    compared = [bool(_COMPARISON.search(part)) for part in parts]
    if compared.count(True) != 1:
        return None
    pair, other = (parts[0], parts[1]) if compared[0] else (parts[1], parts[0])
    return pair if len(other.split()) <= _CHROME_WORDS and "?" not in other else None


_CHROME_WORDS = 4  # words of a label or blurb beside a comparison's pair in its title
# What a comparison's title asks after its pair: 'A vs. B — What's the Difference?'.
_WHATS_THE_DIFFERENCE = re.compile(r"\s+[—–:|-]\s+what(?:'s|’s|\s+is)\s+the\s+difference$", re.I)
# What a thing is, asked in a word: 'Coupling definition?', 'Define coupling?'.
_IN_A_WORD = re.compile(
    r"^(?:(?!(?:give|write|state|what|your|its|their|the|an?)\b)"
    r"(?P<name>[\w-]+(?:\s(?!the\b|an?\b)[\w-]+){0,3})\s+definition|"
    r"define\s+(?P<defined>[\w-]+(?:\s[\w-]+){0,3}))\?$",
    re.I,
)
# A pronunciation on a line of its own, in slashes: '/ləʊd ˈbælənsər helθ tʃek/'.
_PRONOUNCED = re.compile(r"/[^/\s][^/]{0,80}/")
# A subtitle after a dash or a bar: ' — The Cache-Control Difference That Trips ...'.
_SUBTITLED = re.compile(r"\s+[—–|]\s+")
# A question that opens a page without its question mark: it ends on a word.
_UNMARKED_QUESTION = re.compile(r"^what(?:'s|’s|\s+is|\s+are)\s.{1,90}\w$", re.I)
# A title asking how two concepts differ: 'How Is BIOS Different from UEFI?'.
_DIFFERENT_FROM = re.compile(
    r"^how\s+(?:is|are|does|do)\s+(?:an?\s+|the\s+)?(?P<a>[^\s?]+(?:\s+[^\s?]+){0,3}?)\s+"
    r"(?:different\s+from|differ\s+from|compared?\s+(?:to|with))\s+(?:an?\s+|the\s+)?"
    r"(?P<b>[^\s?]+(?:\s+[^\s?]+){0,3}?)\s*\?$",
    re.I,
)
# A title asking when to use one of two things: 'When do you use a t-test versus a
# z-test?', 'Should I use Podman or Docker?'.
WHICH_TO_USE = re.compile(
    r"^(?:(?:when|why)\s+(?:do|should|would)\s+(?:you|i|we)|should\s+(?:you|i|we))\s+"
    r"(?:use|choose|pick|prefer)\s+(?:an?\s+|the\s+)?(?P<a>[^\s?]+(?:\s+[^\s?]+){0,3}?)\s+"
    r"(?:vs\.?|versus|or|over|instead\s+of)\s+(?:an?\s+|the\s+)?"
    r"(?P<b>[^\s?]+(?:\s+[^\s?]+){0,3}?)\s*\??$",
    re.I,
)
# A sentence near the top saying the page sets out how two things differ.
_SAYS_IT_COMPARES = re.compile(
    r"\b(?:key |main )?differences?\s+between\s+(?:an?\s+|the\s+)?(?P<a>[\w/+-]+(?:\s+[\w/+-]+)?)"
    r"\s+and\s+(?:an?\s+|the\s+)?(?P<b>[\w/+-]+(?:\s+[\w/+-]+)?)"
    r"(?:\s+(?:are|is)\s+as\s+follows\b|\s*:$)",  # ('Here are some key differences ... B:')
    re.I,
)
_PRONOUNS = frozenset(
    ["it", "this", "that", "they", "these", "those", "them", "he", "she", "you", "we", "i"]
)
# Words after "What's" that ask about anything but a concept: 'on our menu', 'new', 'next'.
_NO_NAME_OPENS = frozenset(
    ("on", "in", "at", "up", "new", "next", "wrong", "going", "happening", "inside", "behind")
)


# Where a title's subtitle starts: 'DNS for Beginners: A Simple Guide', 'A vs B - a guide'.
SUBTITLE = re.compile(r"\s*:\s+|\s+[–—-]\s+")
# The words a beginner's page wraps its concept's name in: 'Understanding Load Balancers',
# 'An Introduction to Caching', 'Webhooks Explained', 'Git Basics', 'DNS for Beginners'.
_GUIDE = r"(?:guide|introduction|intro|primer|overview|tutorial|walkthrough)"
_WRAPPED_BEFORE = re.compile(
    # ('Understanding the Purpose of the Default Gateway': the gateway's)
    r"^(?:understanding(?:\s+the\s+(?:purpose|role|concept|importance|basics|meaning|idea|"
    r"function|use)\s+of)?|(?:an?\s+)?(?:introduction|intro)\s+to|"
    rf"(?:an?|the|your)\s+(?:\w+\s+){{0,2}}(?:beginner['’]?s['’]?\s+)?{_GUIDE}\s+(?:to|on)|"
    r"(?:everything|what)\s+you\s+(?:need|should)\s+to\s+know\s+about|getting\s+started\s+with|"
    r"(?:the\s+)?basics\s+of|all\s+about|learn|"
    # 'A Clear Definition of an Insider Threat'
    rf"(?:{_KIND_OF_DEFINITION}\s+)?definitions?\s+(?:for|of)|"
    r"(?:explain|describe|define|explaining|describing|defining|introducing|exploring|"
    r"demystifying)(?:\s+the\s+(?:concept|idea|meaning|term)\s+of)?)\s+(?=\S)",
    re.I,
)
_WRAPPED_AFTER = re.compile(
    r"\s+(?:explained(?:\s+(?:simply|for\s+\w+|in\s+(?:plain\s+english|(?:simple|simpler)\s+terms)))?|"
    rf"(?:{_KIND_OF_DEFINITION}\s+)?definitions?|meaning|"
    r"for\s+(?:beginners|dummies|newbies|everyone|absolute\s+beginners)|101|basics|"
    r"in\s+plain\s+english|in\s+(?:simple|simpler)\s+terms|made\s+(?:simple|easy)|"
    # 'Circuit Breaker Pattern' over 'Circuit breakers help to ...': the pattern's thing
    r"(?:design\s+)?pattern|(?:a\s+)?deep\s+dive(?:\s+(?:in|into)\s+\S.{0,40})?|"
    # 'CSV Format Reference (RFC 4180)': a reference page on the format
    r"(?:format\s+|quick\s+)?reference(?:\s+guide)?(?:\s*\([^()]{1,30}\))?)$",
    re.I,
)
_HOW_IT_WORKS = re.compile(r"^how\s+(?P<name>.{2,60}?)\s+works?$", re.I)
# A subtitle that only says the page is a guide: 'Caching: A Beginner's Guide'.
_GUIDE_SUBTITLE = re.compile(
    rf"^(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}(?:beginner['’]?s['’]?\s+)?{_GUIDE}|"
    r"^explained|^everything\s+you\s+need\s+to\s+know|^the\s+basics|"
    # a comparison's 'Cookies vs Local Storage: Which is Best?'
    r"^which\s+(?:one\s+)?(?:is|should\s+you\s+(?:use|choose|pick))\b[^?]{0,30}\?$|"
    r"^what['’]?s\s+the\s+difference\??$",
    re.I,
)


def title_without_wrapper(title: str) -> str | None:
    """The concept a beginner's page title wraps, or None when it wraps nothing.

    'Understanding Load Balancers' -> 'Load Balancers'; 'An Introduction to Caching' ->
    'Caching'; 'Webhooks Explained' -> 'Webhooks'; 'How DNS Works' -> 'DNS'; 'DNS for
    Beginners: A Simple Guide' -> 'DNS'; 'Caching: A Beginner's Guide' -> 'Caching'.
    """
    if len(title) > 200:
        return None  # a paragraph taken for a title wraps no name (and is not searched)
    parts = SUBTITLE.split(title.strip(), maxsplit=1)
    name = parts[0].strip()
    if len(parts) == 2 and name.casefold() in ("definition", "meaning", "term"):
        name = parts[1].strip()  # 'Definition: network topology', as a dictionary heads it
    elif len(parts) == 2 and _WRAPPED_AFTER.fullmatch(f" {parts[1].strip()}"):
        pass  # 'release candidate - technical definition': the wrapper all the subtitle
    elif len(parts) == 2 and _WRAPPED_AFTER.search(name) and len(name.split()) <= 4:
        pass  # 'JWT structure explained: header, payload, signature': the subtitle its parts
    elif len(parts) == 2 and len(name.split()) <= 2 and _WRAPPED_AFTER.search(parts[1].strip()):
        name = parts[1].strip()  # 'ASP.NET - Anti-forgery Token Deep Dive': a topic first
    elif len(parts) == 2 and not _GUIDE_SUBTITLE.match(parts[1].strip()):
        name = ""  # a subtitle that says more than 'a guide': the title stands whole
    if name:
        bare = _WRAPPED_AFTER.sub("", _WRAPPED_BEFORE.sub("", name))
        how = _HOW_IT_WORKS.match(bare)
        if how is not None:
            bare = how["name"]
        bare = re.sub(r"^(?:the|an?)\s+", "", bare.strip(), flags=re.I).strip()
        if re.fullmatch(r"[\"“][^\"“”]+[\"”]", bare):
            bare = bare[1:-1]  # 'Definitions for "Referential integrity"'
        changed = bare.casefold() != title.strip().casefold()
        if changed and bare and len(bare.split()) <= 6 and any(c.isalpha() for c in bare):
            return bare[:1].upper() + bare[1:] if bare[:1].islower() else bare
    return None


def under_its_kind(title: str) -> str | None:
    """The name of a title that puts a kind of thing, in the plural, before one of that
    kind ('Functions: VLOOKUP' -> 'VLOOKUP', 'Design patterns: Singleton'), as a blog's
    category does; None for any other title, such as a guide's subtitle ('Webhooks:
    Explained') or two things ('Microservices: Pros and Cons')."""
    from cards.headings import section_kind
    from cards.sentences import plural_ending

    kind, colon, name = title.partition(": ")
    name = name.strip()
    said = name.split()
    named = (
        colon
        and 1 <= len(kind.split()) <= 2
        and plural_ending(kind.split()[-1].lower())
        and 1 <= len(said) <= 3
        and name[:1].isupper()
        and not {word.lower() for word in said} & _NOT_IN_A_NAME
        and _GUIDE_SUBTITLE.match(name) is None
        and section_kind(name) is None
    )
    return name if named else None


_NOT_IN_A_NAME = frozenset(
    ("and", "or", "of", "the", "to", "vs", "vs.", "versus", "a", "an", "in", "for", "with")
)


# A question's tail asking how the two it names differ: 'What are A and B, and how do
# they differ in purpose and structure?'
_THEY_DIFFER = re.compile(
    r",?\s+and\s+how\s+(?:do|does|are)\s+(?:they|the\s+two)\s+(?:differ|different)\b[^?]{0,80}\?$|"
    # 'What is a system call and how does it operate?': what it is, asked first
    r",?\s+and\s+how\s+(?:do|does)\s+(?:it|they)\s+(?:work|operate|function)\?$",
    re.I,
)


# A quotation and who said it: '"Love is a perky elf ..." - Matt Groening'.
_QUOTED_SAYING = re.compile(r"^[\"“][^\"”]{20,400}[\"”]\s*[-–—―]{1,2}\s*[A-Z]")


def _said_again(quoted: str, lines: list[str]) -> bool:
    """Whether the page names what a quotation defines on another line: the quotation
    is the page's definition, its source given ('"Immutable infrastructure is ..." -
    Link'), not a signature's saying."""
    defined = definition_of(first_sentence(quoted.strip().lstrip('"“')))
    if defined is None:
        return False
    # (its first name, in the singular: 'message queue' of 'message queues and mailboxes')
    said = defined.name.split(" and ")[0].removesuffix("s")
    name = re.compile(rf"(?<!\w){re.escape(said)}", re.I)
    return any(name.search(line) for line in lines if line.strip() != quoted.strip())


# A name, then the system or language it is asked about in: 'inode in linux'.
_ON_A_PLATFORM = re.compile(
    r"^(?P<name>\S.{0,60}?)\s+in\s+(?:linux|unix|windows|macos|android|ios|python|java|"
    r"javascript|typescript|sql|excel|git|docker|kubernetes|react|c\+\+|c#|golang|rust|php|"
    r"ruby|html|css|an?\s+operating\s+systems?|operating\s+systems?|oop)$",
    re.I,
)
# A word that leads a question on from the text before it: 'But first, what is ...?'.
# The field a question is asked in, before it: 'With regard to network security, '.
_FIELD_LEAD = re.compile(
    r"^(?:in|with\s+(?:regard|respect)\s+to|regarding|in\s+terms\s+of|in\s+the\s+context\s+of|"
    r"when\s+it\s+comes\s+to)\s+[\w -]{2,40},\s+(?=what\b)",
    re.I,
)
_QUESTION_LEAD = re.compile(
    r"^(?:(?:but|and|now|okay|ok|well)(?:\s+first)?,|so,?)\s+(?=what\b)", re.I
)


# The longest line the cuts below could bring down to a title's question.
_LONGEST_ASKED = 300


_DEFINITION_ASKED = re.compile(
    r"^(?:so\s+|but\s+|and\s+)?what(?:'s|\s+is)\s+(?:the|an?)\s+(?:actual|real|formal|exact|"
    r"precise|official|proper|simple|true|correct)\s+(?:definition|meaning)\s+of\s+",
    re.I,
)


def title_from_question(line: str) -> tuple[str, str] | None:
    """('CDN', 'content delivery network') from "What's a content delivery network (CDN)?".

    A short prefix before a dash or colon is passed over ('ELI5 - What is a container?').
    """
    line = line.strip().lstrip("⟩›»▶►").strip()  # '⟩ What Are the Differences ...?': a mark
    # a Q&A site's tag or label: '[language-agnostic]', '(General Question)'
    line = re.sub(r"^(?:\[[\w .#+-]{1,30}\]|\([\w .#+-]{1,30}\))\s+", "", line)
    if "?" in line[:90] and not line.endswith("?"):
        line = line[: line.index("?") + 1]  # 'What Is DNS? DNS Explained for Beginners'
    if len(line) > _LONGEST_ASKED:
        return None  # no cut below brings it under a question's length (and none is searched)
    if re.match(r"^what\s.{1,60}\smeans$", line, re.I):
        line += "?"  # 'What SSL Termination Means', a heading that names what it explains
    # 'What Logging Actually Is', the same heading asked the other way round
    line = _WHAT_IT_ACTUALLY_IS.sub(r"What \2 \1?", line)
    # 'In data warehousing, what ...', 'With regard to network security, what ...'
    line = _FIELD_LEAD.sub("", line)
    line = _QUESTION_LEAD.sub("", line)  # 'But first, what is the Internet of Things?'
    # 'So what is the actual definition of technical debt?': what technical debt is
    line = _DEFINITION_ASKED.sub("What is ", line)
    # 'What is the different between Manual testing and ...': the page's slip
    line = re.sub(r"\bdifferent(?=\s+between\s)", "difference", line, flags=re.I)
    differ = _THEY_DIFFER.search(line)
    if differ is not None:
        line = line[: differ.start()] + "?"  # '..., and how do they differ in purpose?'
    if not line.endswith("?") or len(line) > 100:
        return None
    line = re.sub(r"^[^:–—-]{1,20}\s[:–—-]\s+|^(?:Q|Question)\s*[:.]\s+", "", line)
    line = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", line)  # '1.1 What is ...?'
    line = _AND_MORE.sub("", line)  # 'What Is DNS Propagation (And Why It Takes Time)?'
    # 'Coupling definition?', 'Define coupling?': what it is, asked in a word
    line = _IN_A_WORD.sub(lambda asked: f"What is {asked['name'] or asked['defined']}?", line)
    match = _WHAT_IS.match(line) or _WHAT_IT_MEANS.match(line)
    if match is None:
        return None
    asked = match["name"] or match.groupdict().get("named") or ""
    name = re.sub(r"^(?:the\s+)?(?:word|term)\s+", "", asked.strip(), flags=re.I)
    either, said_or, other = name.partition(" or ")
    other = re.sub(r"^(?:the|an?)\s+", "", other, flags=re.I)
    if said_or and either.casefold() == other.casefold():
        name = either  # 'What is the conversion rate or conversion rate?': a name said twice
    # 'the difference between a REST web service and a SOAP web service': a pair's names
    pair_of = re.match(r"(?:the\s+)?differences?\s+between\s", name, re.I)
    if pair_of is not None:
        # 'the difference between SLO vs. SLA': the pair as the other questions name one
        name = VERSUS.sub(" and ", name, count=1)
        # '... between CMD and ENTRYPOINT in a Dockerfile': where both are met
        name = re.sub(r"\s+in\s+(?:an?|the)\s+[\w.-]+$", "", name)
    if differ is not None and pair_of is None and " and " in name:
        name = name.replace(" and ", " vs ", 1)  # 'What are A and B, and how do they differ?'
        pair_of = differ
    most = 14 if pair_of is not None else 6
    if len(name.split()) > most and (scoped := _IN_SCOPE.match(name)) is not None:
        name = scoped["name"]  # 'the N+1 query problem in ORMs and APIs': where it is met
    if (platform := _ON_A_PLATFORM.match(name)) is not None:
        name = platform["name"]  # 'What is inode in linux?': where it is met
    if (
        len(name.split()) > most
        or name.casefold() in _PRONOUNS
        or name.casefold() in ("difference", "differences")  # 'A vs. B — What's the Difference?'
        or not any(c.isalpha() for c in name)
        # "What's on our menu for today?", "What's new?": no concept asked
        or name.split()[0].casefold() in _NO_NAME_OPENS
    ):
        return None
    pair = _EXPANDED.match(name)
    if (
        pair is not None
        and sum(c.isupper() for c in pair["short"]) >= 2
        and len(pair["long"].split()) >= 2
    ):
        return pair["short"], pair["long"].strip()  # 'What is DNS (Domain Name System)?'
    pair = _ABBREVIATED.match(name)
    if pair is not None:
        return pair["short"].strip(), pair["long"].strip()
    return name, ""


def _capitalised(name: str) -> str:
    name = name.lstrip("•‣◦▪● ")  # '• authoritative name server': a glossary's bullet
    if re.match(r"[a-z]+[A-Z]", name):
        return name  # 'requestIdleCallback', 'eBPF': a name written so keeps its case
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def _sharpened(asked: tuple[str, str], following: list[str]) -> tuple[str, str]:
    """The question's name, or the shorter name the definition after it uses.

    'What is a JWT token?' then 'JWT (JSON Web Token) is ...': the concept is JWT.
    """
    name, alias = asked
    if _COMPARISON.search(name) or re.search(r"\bbetween\b", name, re.I):
        return _capitalised(name), alias  # a pair: neither side is the page's concept
    for line in following:
        defined = definition_of(first_sentence(line))
        if defined is None:
            continue
        short = defined.abbreviation or defined.name
        fielded = _IN_A_FIELD.match(name)
        if fielded is not None and _bare_name(defined.name) == _bare_name(fielded["name"]):
            # 'What is circuit breaker pattern in microservices?' over 'The circuit breaker
            # pattern is a design pattern ...': where it is met is no part of its name
            return _capitalised(fielded["name"]), alias
        asked_words = name.casefold().split()
        if (
            short.casefold() != name.casefold()
            and short.casefold() in asked_words[:1]
            and _only_restated(short, asked_words[1:])
        ):
            # 'JWT' of 'JWT token'; never 'Propagation' of 'DNS Propagation', which only
            # drops what sets the name apart
            return _capitalised(short), defined.expansion or alias
        one, either, another = short.partition(" or ")
        if either and name.casefold() in (one.casefold(), another.casefold()):
            # 'What is Hydration?' over '... hydration or rehydration is a technique ...':
            # the name asked, the definition's other one beside it
            other_name = another if name.casefold() == one.casefold() else one
            return _capitalised(name), other_name
        subject = re.split(r"\s+(?:is|are)\s+", first_sentence(line), maxsplit=1)[0]
        other = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", subject, re.I)
        if len(name.split()) == 1 and other is not None and short.casefold() != name.casefold():
            # 'what is e2e' over 'End-to-end testing, also known as E2E testing, is ...':
            # the question's short name is the other name the definition gives
            return _capitalised(short), other.group(0)
        break
    if name.islower() and " " not in name and len(name) <= 6:
        # 'What is vpn' over 'Virtual private network(VPN): ...': the page's own capitals
        written = re.search(rf"(?<!\w){re.escape(name.upper())}(?!\w)", " ".join(following))
        if written is not None:
            name = written.group(0)
    return _capitalised(name), alias or head_alias(name, following)


# A name asked in its field: 'circuit breaker pattern in microservices' (not 'man in the
# middle', whose 'in' is part of it).
_IN_A_FIELD = re.compile(r"^(?P<name>.+?)\s+in\s+(?!the\b|an?\b)[\w.# -]{2,40}$", re.I)


def _bare_name(name: str) -> str:
    """A name without its article and case: 'The circuit breaker pattern' as 'circuit
    breaker pattern'."""
    return LEADING_ARTICLE.sub("", name.strip()).casefold()


_SAYS_MORE = frozenset(["and", "or", "in", "on", "for", "of", "with", "why", "how", "vs"])


def _only_restated(short: str, rest: list[str]) -> bool:
    """Whether the words a question adds after a short name say nothing of their own:
    what the abbreviation spells ('JWT' + 'token') or a question's scope ('BGP' + 'and
    why is it used', 'Autoscaling' + 'in cloud computing'). 'N+1' + 'query problem'
    names something else: the name is kept whole."""
    letters = [c.casefold() for c in short if c.isalpha()]
    spelt = short.isupper() and [word[:1] for word in rest] == letters[-len(rest) :]
    return bool(spelt or _SAYS_MORE.intersection(rest))


def head_alias(name: str, texts: list[str], later: Sequence[str] = ()) -> str:
    """The last or the first word of a name of several, when one of the first sentences
    of `texts` defines it alone: 'Propagation is the time ...' under 'What is DNS
    propagation?', 'N+1 happens when ...' under 'What is the N+1 query problem?' (the page
    shortens its name as it goes on); '' otherwise. Never the last word when a sentence
    opening `texts` or `later` (the page's other paragraphs) names it as the whole name's
    kind: 'A server is another name for a computer.' over 'a proxy server is a server
    that ...' speaks of servers in general."""
    said = name.split()
    if len(said) < 2:
        return ""
    opening = [sentence for text in texts for sentence in split_sentences(text)[:2]]
    found = [defined for sentence in opening if (defined := definition_of(sentence))]
    # 'BGP hijacking is a cyberattack ...' then 'BGP is the inter-domain routing protocol
    # ...': where the whole name is defined, its first word is another concept (its last,
    # the head noun, is still the same thing said shorter: 'peering' of internet peering)
    whole = any(defined.name.casefold() == name.casefold() for defined in found)
    for defined in found:
        if defined.name.casefold() == said[-1].casefold():
            if _kind_of_whole(name, said[-1], [*opening, *map(first_sentence, later)]):
                continue  # the page's kind of thing in general, not its name said shorter
            return defined.name
        if defined.name.casefold() == said[0].casefold() and not whole:
            return defined.name
    return ""


def _kind_of_whole(name: str, head: str, sentences: Iterable[str]) -> bool:
    """Whether one of `sentences` defines `name` as a kind of `head` ('a server (...) that
    ...' of 'proxy server')."""
    kind = re.compile(rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(head)}\b", re.I)
    for sentence in sentences:
        defined = definition_of(sentence)
        if (
            defined is not None
            and defined.name.casefold() == name.casefold()
            and kind.match(defined.predicate)
        ):
            return True
    return False


def is_dictionary_head(line: str) -> bool:
    """Whether a line is a dictionary's head line ('Definition: dogfooding'), which names
    the term the gloss below it defines."""
    return _DICTIONARY_HEAD.match(line.strip()) is not None


# A heading asking what a number means: 'What 502 Means', 'What does 404 mean?'.
_NUMBER_ASKED = re.compile(
    r"^what\s+(?:does\s+|is\s+)?(?:an?\s+|the\s+)?(?P<number>\d{2,5})\s+means?\s*\??$", re.I
)


def _number_named(number: str, below: list[tuple[int, str]]) -> str:
    """The name a sentence below defines with the number a heading asks about ('502
    error' of 'A 502 error means ...'); '' when none does. A sentence defining another
    number ('A 500 error means ...', said beside it) names something else."""
    said = re.compile(rf"(?<![\w.]){number}(?![\w.])")
    for _, text in below:
        for sentence in split_sentences(text.strip()):
            defined = definition_of(sentence)
            if defined is not None and said.search(defined.name) and defined.name != number:
                return _capitalised(defined.name)
    return ""


def _said_elsewhere(name: str, head: str, lines: list[str]) -> bool:
    """Whether a dictionary head's name is said on another line of the page: 'Find the
    word definition' over a Wiktionary entry for 'package manager' is the site's name."""
    said = re.compile(rf"(?<!\w){re.escape(name)}", re.I)
    return any(said.search(line) for line in lines if line.strip() != head.strip())


_COMPARES_SIDES = re.compile(r"\s(?:vs\.?|versus)\s", re.I)


def _one_side(name: str, compared: str) -> bool:
    """Whether `name` is one of the sides a comparison's title names ('Cookie' of 'Cookies
    vs Local Storage')."""
    said = {word.casefold().rstrip("s") for word in re.findall(r"[\w-]+", compared)}
    named = [word.casefold().rstrip("s") for word in re.findall(r"[\w-]+", name)]
    return bool(named) and all(word in said for word in named)


def find_title(lines: list[str]) -> tuple[int, str, str] | None:
    """(index of the line the body starts at, title, alias) among the top lines.

    A 'What is X?' line names the concept; else the first sentence that defines a term
    ('Content Delivery Network, or CDN, is ...'); else the first short line that is not
    chrome.
    """
    top = _without_menus([(i, line) for i, line in enumerate(lines) if line.strip()])[:_TOP]
    bylines = _bylines([line.strip() for _, line in top])
    top = _without_featured([(i, line) for i, line in top if line.strip() not in bylines])
    for i, line in top[:4]:
        head = _DICTIONARY_HEAD.match(line.strip())
        if head is not None:
            name = head["name"] or head["bare"] or head["before"] or head["after"]
            if len(name.split()) <= 5:
                if name.isupper() and _said_lower(name, lines):
                    name = name.lower()  # 'Definitions of PERCENTILE': a word, in capitals
                return i, _capitalised(name), ""  # 'Definition of X : noun'
    for k, (i, line) in enumerate(top):
        found = title_from_question(line)
        number = _NUMBER_ASKED.match(line.strip()) if found is None and k < 3 else None
        if number is not None and (named := _number_named(number["number"], top[k + 1 : k + 7])):
            # (the question is the title's line: the body starts below it)
            return top[k + 1][0], named, ""  # 'What 502 Means' over 'A 502 error ...'
        if found is None and k < 3 and _UNMARKED_QUESTION.match(line.strip()):
            # 'What is the difference between encryption at rest and encryption in
            # transit', a page's title that lost its question mark
            found = title_from_question(line.strip() + "?")
        if found is not None:
            if k > 0 and _COMPARES_SIDES.search(top[0][1]) and _one_side(found[0], top[0][1]):
                # 'Cookies vs Local Storage: Which is Best?' over 'What is a Cookie?': the
                # question asks about one side of what the page compares
                break
            if k > 0 and _opens_by_defining(top[0][1], found[0]):
                # 'MapReduce is a programming paradigm ...' as the page's first line, and
                # 'What is a Map phase ?' further down: a question about one of its parts
                break
            if not line.rstrip().endswith("?") and _defined_above(found[0], top[:k]):
                # 'What is NFC? Everything you need to know', a link under the page's own
                # 'Near Field Communications (NFC) is ...': the definition opens the page
                break
            # A date, a reading time and a course's blurb may stand between the two.
            return (i, *_sharpened(found, [text for _, text in top[k + 1 : k + 7]]))
    for k, (i, line) in enumerate(top[:3]):
        below = top[k + 1][1].strip() if k + 1 < len(top) else ""
        short = _ABBREVIATION_LINE.match(below)
        if short is not None and spells_out(short["short"], line.strip()):
            # 'Proof Key for Code Exchange' / 'Abbreviation: PKCE', as a glossary sets an
            # entry's head: asked by its abbreviation, as its other pages are
            return i, short["short"], line.strip()
        if is_abbreviation(line.strip()) and _short(below, 8) and spells_out(line.strip(), below):
            return i, line.strip(), below  # 'HATEOAS' / 'Hypermedia as the Engine of ...'
        spelled = expansion_of(below, (line.strip(),)) if is_abbreviation(line.strip()) else None
        if spelled is not None:
            return i, line.strip(), spelled.expansion  # 'TOTP' / 'TOTP is the acronym for ...'

    # A dictionary's entry: its headword, maybe a second form of it, then the gloss
    # ('packet switching' / 'packet switch' / 'A communications paradigm in which ...'),
    # under the line that names the dictionary.
    # (A part of speech above the headword, 'Noun', and the headword's forms after it,
    # '(usually uncountable, plural virtual memories)', are a dictionary's too.)
    heads = [
        (i, _INFLECTIONS.sub("", line.strip()))
        for k, (i, line) in enumerate(top[:5])
        # ('cell reference' said twice, as a dictionary site heads its entry)
        if (k == 0 or line.strip() != top[k - 1][1].strip())
        and not _DICTIONARY_SOURCE.match(line.strip())
        and not PART_OF_SPEECH.fullmatch(line.strip())
        and not _LABELS_LINE.match(line.strip())
        and not _is_chrome(line.strip())  # 'https://en.wikipedia.org/wiki/...' above it
    ][:4]
    if heads and heads[0][1].casefold() in _SOURCE_NAMES:
        heads = heads[1:]  # 'Wiktionary' / 'package manager' / 'n. A computer program ...'
    # Under a dictionary's own line its headword may keep its capitals ('RSA encryption').
    sourced = len(heads) < len(top[:4])
    if len(heads) > 1 and _glossed_name(heads[0][1], heads[1][1], sourced):
        return heads[0][0], _capitalised(heads[0][1]), ""
    if (
        len(heads) > 2
        and _headword(heads[1][1], sourced)
        and _glossed_name(heads[0][1], heads[2][1], sourced)
    ):
        return heads[0][0], _capitalised(heads[0][1]), heads[1][1]
    defined_under_title = len(top) > 1 and _titles_its_definition(top[0][1], top[1][1])
    for k, (i, line) in enumerate(top[:5]):
        if defined_under_title and k >= 2:
            break  # 'Capacity vs size', a part's heading under the title and its definition
        line = line.strip().rstrip(" :")  # 'Differences between a session and a cookie :'
        if line.endswith(".") and _short(line, 10) and _COMPARISON.search(line):
            line = line[:-1]  # 'Differences between Star and Snowflake Schema.'
        asked = _DIFFERENT_FROM.match(line) or WHICH_TO_USE.match(line)
        if asked is not None:
            return i, f"{_capitalised(asked['a'])} vs {asked['b']}", ""
        if _COMPARISON.search(line):
            line = re.sub(r"\s*\?\.?$", "", line)  # 'Difference between A and B ?.'
            line = _WHATS_THE_DIFFERENCE.sub("", line)  # 'A vs. B — What's the Difference?'
            titled = _SUBTITLED.split(line, maxsplit=1)[0]
            if titled != line and _COMPARISON.search(titled):
                line = titled  # 'no-cache vs no-store — The Cache-Control Difference That ...'
        if _short(line, 10) and _COMPARISON.search(line) and not line.endswith(TERMINAL):
            under = [text.strip() for _, text in top[k + 1 : k + 3]]
            if any(_other_comparison(line, text) for text in under):
                continue  # 'Difference Between Similar Terms and Objects': the site's name
            return i, _capitalised(line), ""  # 'Authentication vs Authorization'
    for i, line in top[:3]:
        said = _SAYS_IT_COMPARES.search(line)
        if said is not None and not _short(line, 10):
            # 'The key differences between a compiler and an interpreter are as follows:'
            return i, f"{_capitalised(said['a'])} vs {said['b']}", ""
    labelled = _over_a_definition_label(top[:_LABEL_REACH])
    if labelled is not None:
        return labelled
    if (
        len(top) > 2
        and _titled_over_a_part(top[0][1], top[1][1])
        # (not over 'Definition' / 'The decibel, symbol dB, is ...': that names it)
        and definition_of(first_sentence(top[2][1].strip())) is None
    ):
        # 'Visible Focus' / 'Summary' / 'People who use a mouse ...': the page's title
        # over its first part's heading, whatever sentence further down says 'is'
        return top[0][0], _capitalised(top[0][1].strip()), ""
    for k, (i, line) in enumerate(top):
        if _is_chrome(line) or (
            _short(line, 12) and not line.endswith(TERMINAL) and not _NOTE_DEFINITION.match(line)
        ):
            continue
        if _QUOTED_SAYING.match(line.strip()) and not _said_again(line, lines):
            continue  # '"Love is a perky elf ..." - Matt Groening': a signature's quotation
        if k == 0 and (term := _term_of_gloss(line)) is not None:
            # 'Accessible Rich Internet Applications — a set of HTML attributes ...' /
            # 'ARIA bridges the gap ...': asked by the letters the page goes on to use
            short = next(
                (
                    word
                    for word in re.findall(r"\b[A-Z]{2,8}\b", " ".join(t for _, t in top[:3]))
                    if spells_out(word, term)
                ),
                None,
            )
            if short is not None and " " in term:
                return i, short, term
            return i, _capitalised(term), ""  # 'Confidence interval: A range of values ...'
        marker = list_marker(line)
        if marker is not None and (marker.kind.value == "numbered" or k == 0):
            # '1. A git branch is a separate version of ...'; a page's one bullet at
            # the top, '- Live migration is the movement of ...'
            line = marker.text
        line = _WHAT_IT_IS.sub("", line)  # 'What it is: Shift Left is a philosophy ...'
        defined = definition_of(first_sentence(line))
        if defined is None and (term := term_of(first_sentence(line))):
            defined = Definition(term, "", "", "")  # 'A webhook is also known as ...'
        if defined is None and (term := called_name(first_sentence(line))):
            defined = Definition(term, "", "", "")  # '... is called the residual (e).'
        if defined is not None:
            start, name = i, defined.abbreviation or defined.name
            first, either, other = name.partition(" or ")
            if either and not defined.expansion:
                # 'Survivorship bias or survival bias is ...': titled by its first name
                return start, _capitalised(first), other
            # 'tablespace - A tablespace is ...': a glossary's term line, its name twice
            led = _term_line(name)
            if led is not None and re.fullmatch(
                rf"(?:an?\s+|the\s+)?{re.escape(led[0])}", led[1], re.I
            ):
                name = led[0]
            if k > 0 and _opens_on(top[0][1], name):
                # 'Service workers essentially act as proxy servers ...' / 'What they
                # are used for' / a list / 'A service worker is ...': the page opens on
                # its concept, so all of it is the body, not chrome above a title
                return top[0][0], _capitalised(name), defined.expansion
            # A short line further up naming it is the title line, and what stands
            # between the two is the page's opening: 'Beamforming' / 'Directs a Wi-Fi
            # signal toward ...' / ... / 'Beamforming is a standard feature in ...'
            titled = next(
                (
                    j
                    for j, (_, text) in enumerate(top[: k - 1])
                    if _short(text, 6) and _names_the_same(text.strip(), name)
                ),
                None,
            )
            if titled is not None:
                return top[titled][0], _capitalised(top[titled][1].strip()), defined.expansion
            # A short line right above the definition that names it is the title line.
            if k > 0 and not _is_chrome(top[k - 1][1]) and _short(top[k - 1][1]):
                start = top[k - 1][0]
                above = top[k - 1][1].strip()
                opening = re.sub(r"^(?:an?|the)\s+", "", line.strip(), flags=re.I)
                if (
                    not defined.abbreviation
                    and "(" not in above
                    and len(above) > len(name)
                    and opening.casefold().startswith(f"{above} ".casefold())
                ):
                    name = above  # 'Defense in Depth' over 'Defense in Depth is a ...'
                bare = re.sub(r"\s*\([^()]*\)$", "", above)
                if (
                    bare != above  # qualified: 'Monad (functional programming)'
                    and bare.casefold() != name.casefold()
                    and not defined.abbreviation
                    and same_or_plural(name, bare)
                ):
                    # 'Monad (functional programming)' over 'Monads are ...': the
                    # qualified title, and the bare name as its other name
                    return start, _capitalised(above), bare
            return start, _capitalised(name), defined.expansion
    from cards.headings import section_kind

    does = _named_by_what_it_does(top, lines)
    if does is not None:
        return does
    glossed = _named_after_its_gloss(top)
    if glossed is not None:
        return glossed
    further = _defined_further_in(top, lines)
    if further is not None:
        return further
    for i, line in top:
        if _is_chrome(line) or not _short(line, 8) or line.endswith(TERMINAL):
            continue
        if sum(c.isalpha() for c in line) < 2:
            continue  # '=====', '* * *': a rule, not a title
        beside = (lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if list_marker(line) is not None and any(list_marker(text) for text in beside):
            continue  # '- Cannot be directly used in': a point of a list, cut by a wrap
        if line.lstrip().startswith("<") and line.rstrip().endswith(">"):
            continue  # "<div id='div1' style=...>": sample markup, not a title
        if section_kind(line) is not None or line.strip().casefold() in _ABOUT_THE_ARTICLE:
            return None  # a heading such as 'Summary' first: the page names no concept
        if _over_the_title(line.strip(), [text.strip() for _, text in top]):
            continue  # 'Design Principles' over 'Open Close Principle'
        return i, _capitalised(line.strip().rstrip(":")), ""
    return None


# How far down the top lines a glossary's 'Quick Definition' label is looked for.
_LABEL_REACH = 10
_DEFINITION_LABEL = re.compile(r"^(?:(?:quick|short|brief|simple|plain)\s+)?definition:?$", re.I)


def _over_a_definition_label(top: list[tuple[int, str]]) -> tuple[int, str, str] | None:
    """The short line right over a glossary's 'Quick Definition' label, when a gloss that
    names nothing follows it ('Site Reliability Engineering' / 'Quick Definition' / 'An
    engineering discipline that ...'): the entry's head, whatever menu lines stand above
    it and whatever the sentences below go on to define ('SRE is complementary to ...')."""
    for k in range(1, len(top) - 1):
        if not _DEFINITION_LABEL.match(top[k][1].strip()):
            continue
        head, gloss = top[k - 1][1].strip(), top[k + 1][1].strip()
        if (
            _short(head, 8)
            and not head.endswith(TERMINAL)
            and ":" not in head  # (not 'Also known as: RBAM, ...', a head's other names)
            and not _is_chrome(head)
            and not names_page_kind(head)
            and definition_of(first_sentence(gloss)) is None
            and _GENUS_NEXT.match(gloss) is not None
        ):
            return top[k - 1][0], _capitalised(head), ""
        return None
    return None


# A dictionary site's box for another entry: 'Term of the Moment' over its term.
_FEATURED = re.compile(r"^(?:term|word)\s+of\s+the\s+(?:moment|day|week)$", re.I)


def _without_featured(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without a featured-term box: 'Term of the Moment' / 'intellectual
    property' over a page whose entry is 'Definition: scareware'."""
    featured = {k + 1 for k, (_, line) in enumerate(lines) if _FEATURED.match(line.strip())}
    return [pair for k, pair in enumerate(lines) if k not in featured]


def _names_the_same(line: str, name: str) -> bool:
    """Whether a short line names what a definition names: the name itself, or the part
    of it a reference page's title keeps ('Content-Type' of 'HTTP Content-Type header')."""
    if line.casefold() == name.casefold():
        return True
    kept = re.fullmatch(rf"(?:{LANGUAGE}\s+)?{re.escape(line)}\s+(?:{KIND_NAMED})", name, re.I)
    return kept is not None


def _titles_its_definition(title: str, below: str) -> bool:
    """Whether a short first line names what the sentence under it defines: 'Dynamic
    Arrays & Amortized O(1) Append Explained' over 'A dynamic array is an array that ...'."""
    if not _short(title, 12) or title.rstrip().endswith(TERMINAL):
        return False
    defined = definition_of(first_sentence(below.strip()))
    if defined is None:
        return False
    said = title.casefold()
    return any(form.casefold() in said for form in (defined.name, f"{defined.name}s"))


def _menu_item(line: str) -> bool:
    """A bullet of a few words ('  • Class 12'), as a site's menu lists its links."""
    marker = list_marker(line)
    return (
        marker is not None
        and marker.kind.value == "bullet"
        and len(marker.text.split()) <= 3
        and not marker.text.rstrip().endswith((*TERMINAL, ":"))
    )


_MENU_RUN = 3  # short bullets in a row that make a menu, not a headword's bullet


def _without_menus(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without a site menu's runs of short bullets, which name no concept of the
    page and may fill its top lines ahead of the title."""
    kept: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    for numbered in lines:
        if _menu_item(numbered[1]):
            run.append(numbered)
            continue
        if len(run) < _MENU_RUN:
            kept.extend(run)
        run = []
        kept.append(numbered)
    return kept + (run if len(run) < _MENU_RUN else [])


# The labels a page sets before its text, which are no terms.
_LABELS = frozenset(
    (
        *("answer", "ans", "a", "solution", "question", "q", "note", "tip", "reply"),
        # a part's label before the gloss, which names no term: 'Definition : A program'
        *("definition", "meaning", "description", "summary", "overview", "explanation"),
    )
)


# A dictionary's field of an entry, before a bar: '(programming) | '.
_FIELD = r"^\([\w .,/-]{1,30}\)\s*\|\s*"
_FIELD_BAR = re.compile(_FIELD)
# That field's line: '(programming) | tail recursion - When the last thing ... |'.
_FIELDED_GLOSS = re.compile(_FIELD + r"(?P<term>[^|:-]{1,60}?)\s+-\s+(?P<gloss>[^|]+)\|?$")


def _term_of_gloss(line: str) -> str | None:
    """The term of a page's opening line that is a glossary's term and its gloss, as
    dictionaries write it ('Confidence interval: A range of values ...'); None for any
    other line. A dictionary's field before a bar is passed over ('(programming) |
    tail recursion - When the last thing ...'), and a dash may stand for the colon."""
    fielded = _FIELD_BAR.match(line.strip())
    line = line.strip()[fielded.end() :] if fielded else line.strip()
    term, colon, gloss = line.partition(": ")
    if not colon and fielded:
        term, colon, gloss = line.partition(" - ")
    if not colon:
        # 'Accessible Rich Internet Applications — a set of HTML attributes that ...'
        term, colon, gloss = line.partition(" — ")
    term = term.strip()  # 'Definition : A program that ...'
    # ('Lazy loading: set of techniques to make ... (eg. visible on screen):', a note's
    # gloss over the links it goes on to)
    gloss = re.sub(r"\s*:$", ".", gloss.rstrip())
    if not colon or not _short(term, 4) or term.endswith(TERMINAL):
        return None
    if term.casefold() in _LABELS:
        return None  # 'Answer: It is well known that ...': a Q&A page's label
    gloss = without_dictionary_lead(gloss)  # 'deadlock: n. 1. [techspeak] A situation ...'
    if definition_of(first_sentence(gloss), (term,), pronoun=True, fragment=True) is None:
        return None
    return term


def _said_lower(name: str, lines: list[str]) -> bool:
    """Whether the page writes a name it heads in capitals as a word ('the 57th
    percentile' under 'PERCENTILE'), not as the abbreviation capitals make it."""
    lower = re.compile(rf"(?<!\w){re.escape(name.lower())}(?!\w)")
    return any(lower.search(line) for line in lines)


def _titled_over_a_part(line: str, below: str) -> bool:
    """Whether a short line stands over a heading of a page's part ('Summary',
    'Overview'): it is the page's title."""
    from cards.headings import section_kind

    line = line.strip()
    if not _short(line, 6) or line.endswith((*TERMINAL, ":")) or _is_chrome(line):
        return False
    return section_kind(line) is None and section_kind(below.strip()) is not None


def _opens_by_defining(line: str, asked: str) -> bool:
    """Whether a page's first line is a sentence saying what a term of a few words is,
    other than the one `asked` about further down."""
    line = line.strip()
    if not line.endswith(TERMINAL) or _is_chrome(line):
        return False
    defined = definition_of(first_sentence(line))
    return (
        defined is not None
        and len(defined.name.split()) <= 4
        and not same_or_plural(defined.name, asked)
        and not same_or_plural(asked, defined.name)
    )


def _defined_above(name: str, above: list[tuple[int, str]]) -> bool:
    """Whether a line above says what `name` is, by its name or its abbreviation."""
    for _, line in above:
        defined = definition_of(first_sentence(line.strip()))
        if defined is not None and any(
            said and same_or_plural(said, name) for said in (defined.name, defined.abbreviation)
        ):
            return True
    return False


# A glossary's line giving an entry's short form: 'Abbreviation: PKCE', 'Acronym: TLS'.
_ABBREVIATION_LINE = re.compile(
    r"^(?:abbreviation|acronym|short form)\s*:\s*(?P<short>\S{2,12})$", re.I
)

# Headings of an article's own parts, which name no concept: 'Scope' ('This article
# explains ...'), 'Prerequisites'.
_ABOUT_THE_ARTICLE = frozenset(("scope", "conclusion", "prerequisites", "table of contents"))

# The line a dictionary server puts over its entry: 'From The Free On-line Dictionary of
# Computing (18 March 2015) :', 'From WordNet (r) 3.0 (2006) [wn]:'.
_DICTIONARY_SOURCE = re.compile(
    r"^(?:From\s+)?[^:]{0,60}\b(?:dictionary|wordnet|jargon file|thesaurus|glossary|lexicon)\b"
    # ('From WordNet (r) 3.0 (2006):'; 'from The Free On-line Dictionary of Computing (8
    # July 2008)', with its date and no colon)
    r"(?:[^:]{0,40}:|\s*\([^()]{4,30}\))$",
    re.I,
)


def _headword(line: str, any_case: bool = False) -> bool:
    """A short line in lower case (or any case) with no stop: a dictionary's headword."""
    return (any_case or line[:1].islower()) and _short(line, 5) and not line.endswith(TERMINAL)


def _glossed_name(name: str, gloss: str, any_case: bool = False) -> bool:
    """A short line in lower case, as a dictionary writes its headword, over a gloss
    that leaves the name out: 'prepared statement' / 'The executable form of ...'."""
    if not _headword(name, any_case):
        return False
    # ('(computing) Any of several techniques ...': the gloss, its field aside)
    sentence = first_sentence(_FIELD_LABEL.sub("", _SENSE_OF.sub("", gloss.strip()), count=1))
    if definition_of(sentence) is not None:
        return False  # 'Interrupt is a term ...' under 'interrump': it names its own subject
    return definition_of(sentence, (name,), pronoun=True, fragment=True) is not None


def _named_by_what_it_does(
    top: list[tuple[int, str]], lines: list[str]
) -> tuple[int, str, str] | None:
    """A page with no title line that opens by saying what a thing does ('A source map
    allows a JavaScript debugger to map ...'): the thing is its concept when the page
    names it again and again (three times at least), not once in passing."""
    # (a section's heading may stand above it: 'Git as the source of truth' over 'GitOps
    # manages infrastructure ...')
    said = [(i, line) for i, line in top if not _is_chrome(line)][:2]
    first = next((found for found in said if not _short(found[1], 8)), said[0] if said else None)
    if first is None:
        return None
    opening = _DOES.match(first_sentence(first[1].strip()))
    if opening is None or opening["verb"].lower() not in FUNCTION_VERBS:
        return None
    name = opening["name"] or opening["named"] or opening["cased"]
    said = re.findall(rf"\b{re.escape(name)}s?\b", "\n".join(lines), re.I)
    # (or the sentence after it goes on about it: 'Distributed tracing records the path
    # of a request ... . It is used to tie ...', a short page that names it once)
    after = first[1].strip()[len(first_sentence(first[1].strip())) :].lstrip()
    return (first[0], _capitalised(name), "") if len(said) >= 3 or _GOES_ON.match(after) else None


def _named_after_its_gloss(top: list[tuple[int, str]]) -> tuple[int, str, str] | None:
    """A page with no title line that opens with a gloss naming nothing ('A security
    principle that gives users the least access ...') and names its subject in the next
    sentence ('The principle of least privilege reduces ...'): that name, on the gloss's
    line. The page's title was left behind when it was copied."""
    said = [(i, line.strip()) for i, line in top if not _is_chrome(line)][:2]
    if not said:
        return None
    i, first = said[0]
    first = _LABELLED_GLOSS.sub("", first)  # 'Definition: A security process that ...'
    sentences = split_sentences(first)
    gloss = sentences[0] if sentences else ""
    if (
        not _GENUS_NEXT.match(gloss)
        or definition_of(gloss) is not None
        or definition_of(gloss, (_SOME_NAME,), pronoun=True, fragment=True) is None
    ):
        return None
    following = (
        sentences[1] if len(sentences) > 1 else first_sentence(said[1][1]) if len(said) > 1 else ""
    )
    subject = _SUBJECT_NEXT.match(following)
    if subject is None:
        return None
    return i, _capitalised(subject["name"]), ""


# A label before a gloss: 'Definition: A security process that ...'.
_LABELLED_GLOSS = re.compile(r"^(?:definition|meaning)\s*:\s+", re.I)
# A stand-in name, to ask whether a sentence would gloss a name it leaves out.
_SOME_NAME = "Thing"
# The subject of a sentence and its verb: 'The principle of least privilege reduces',
# 'MFA enhances'.
_SUBJECT_NEXT = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z]{2,}[A-Z0-9]*|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?))"
    r"\s+(?P<verb>is|are|[a-z]{2,}[^s\W]s)\b"
)


# A sentence that goes on about the one before's subject: 'It is used to ...'.
_GOES_ON = re.compile(r"^It\s+(?:is|was|can|also|helps|lets|allows|makes|gives|keeps)\b")


# How many sentences into a page's opening paragraph a definition by name is looked for
# (on a page with no title line, and by the page layouts on one with a title).
SENTENCES_IN = 4


def _defined_further_in(
    top: list[tuple[int, str]], lines: Sequence[str] = ()
) -> tuple[int, str, str] | None:
    """A page with no title line whose opening paragraph defines a name a sentence or
    three in ('Having Git repositories as ... Argo CD is a declarative, GitOps continuous
    delivery tool ...'): that name, on the paragraph's line. A part's heading may stand
    over the paragraph ('Overview' / 'In frameworks like React ... Hydration is the
    process where ...')."""
    from cards.headings import section_kind

    opening = top[1:2] if top and section_kind(top[0][1].strip()) is not None else top[:1]
    for i, line in opening:
        found = _further_definition(line, lines)
        if found is not None:
            defined = found[1]
            return i, _capitalised(defined.abbreviation or defined.name), defined.expansion
    return None


def _further_definition(line: str, lines: Sequence[str] = ()) -> tuple[int, Definition] | None:
    """(where it starts, the definition) of the sentence a line's second to fourth
    sentences define a name by, when the sentences before lead up to it or the page's
    `lines` go on about it ('The fragment identifier is the text after ...', and 'fragment
    identifier' said again and again below)."""
    text = line.strip()[:_OPENING_REACH]
    for sentence in split_sentences(text)[1:SENTENCES_IN]:
        defined = definition_of(sentence)
        at = text.find(sentence)
        if (
            defined is not None
            and (
                _A_NAME.fullmatch(defined.name)
                # ('... can be expressed as user stories. A user story is ...': a name
                # written small, which the sentences before lead up to)
                or _leads_up_to(defined.name, text[:at])
                or _said_often(defined.name, lines)
            )
            and _GENUS_NEXT.match(defined.predicate)
        ):
            return at, defined
    return None


def _said_often(name: str, lines: Sequence[str]) -> bool:
    """Whether a name of two words or more is said on the page three times at least (in
    its first _PAGE_REACH characters, joined only when a definition asks)."""
    if len(name.split()) < 2 or not lines:
        return False
    kept: list[str] = []
    size = 0
    for line in lines:
        if size >= _PAGE_REACH:
            break
        kept.append(line)
        size += len(line) + 1
    said = re.compile(rf"(?<!\w){re.escape(name)}s?(?!\w)", re.I)
    return len(said.findall("\n".join(kept), 0, _PAGE_REACH)) >= _OFTEN


_OFTEN = 3
_PAGE_REACH = 20_000  # characters of a page read for how often a name is said


def _leads_up_to(name: str, before: str) -> bool:
    """Whether the sentences before a definition already say its name (or its plural)."""
    forms = "|".join(re.escape(form.casefold()) for form in (name, plural_of(name)))
    return re.search(rf"(?<!\w)(?:{forms})(?!\w)", before.casefold()) is not None


# What a definition by name says it is: a kind of thing ('a declarative ... tool'), not
# an instance of one ('Z-scores are an example of standard scores').
_GENUS_NEXT = re.compile(r"^(?:an?|the)\s(?!(?:example|instance|case)\b)", re.I)
# A name a page may be titled by: capitalised, no sentence inside ('E.g. www.news24.com').
_A_NAME = re.compile(r"[A-Z][\w.+#-]*(?:\s[\w+#-]+){0,4}")
# How much of a page's first line is read for a definition further in.
_OPENING_REACH = 1500


# 'A source map allows ...': an article, a name of up to three lower-case words, a verb;
# or a name written with its capitals and no article ('GitOps manages ...').
_DOES = re.compile(
    r"^(?:(?:An?|The)\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)|"
    # or a name of its own: 'GitOps manages infrastructure and deployments by ...'
    r"(?P<named>[A-Z][\w-]*[a-z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?|"
    # or in capitals: 'VLOOKUP finds a row in a lookup table by ...'
    r"[A-Z]{2,}[A-Z0-9]*)|"
    # or in sentence case: 'Consistent hashing distributes cache keys across nodes ...'
    r"(?!(?:each|every|this|that|these|those|our|your|their|its|some|any|most|many)\s)"
    r"(?P<cased>[A-Z][a-z][\w-]*(?:\s+[a-z][\w-]*){1,2}?))\s+(?P<verb>[a-z]+s)\b"
)


def _bylines(top: list[str]) -> set[str]:
    """The author lines among the top lines: a short line of capitalised words that a date
    line follows, its repeats passed over ('Sagi Kedmi' / 'Sagi Kedmi' / 'Jul 29, 17')."""
    found: set[str] = set()
    for k, line in enumerate(top):
        if not _AUTHOR.match(line) or line in found:
            continue
        after = [other for other in top[k + 1 : k + 5] if other != line][:2]
        if any(_DATE_LINE.match(other) for other in after):
            found.add(line)
    return found


# A person's name as a byline gives it: two or three capitalised words, nothing else.
_AUTHOR = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){1,2}$")


def _under_question(line: str, following: str) -> bool:
    """Whether the line under a page's question is its author's name, the answer after it:
    two or three capitalised words that name no section, then a paragraph."""
    from cards.headings import section_kind

    return (
        _AUTHOR.match(line) is not None
        and section_kind(line) is None
        and list_marker(following) is None
        and len(following.split()) > 8
    )


def _unquoted(line: str, tabled: bool = False) -> str:
    """A line of an answer quoting another page ('> Infrastructure as code (IaC) is ...')
    or of a page laid out in a table's cells as its words, its reference links ('[data
    centers][1]') as their text."""
    if line.lstrip().startswith(">"):
        line = _QUOTE_MARK.sub("", line, count=1)
    elif (attributed := _ATTRIBUTED.match(line.strip())) is not None:
        # '"In programming, a mutex is an object used to ...," alayton explains.': the
        # words quoted, without who said them
        line = attributed["quote"].rstrip(",. ") + "."
    elif (
        tabled
        and line.startswith("| ")
        and " | " not in (cell := line.strip().strip("| "))
        and _INFOBOX_FIELD.match(cell) is None
    ):
        # a page laid out in a table, one cell a line: '| texture mapping |', '| Texture
        # mapping is a technique for ... | |' (not a wiki's '| name = Brotli')
        line = cell
    if "][" in line:
        line = _REFERENCE_LINK.sub(r"\1", line)
    if "<a " in line or "<span " in line:
        # 'A <a href="https://..." class="...">build tool is software ...': a link's markup
        # left in the copied text, around words of the sentence
        line = _LINK_MARKUP.sub("", line)
    return line


# A link's or a span's opening tag with its attributes, and the closing tag after it.
_LINK_MARKUP = re.compile(r"<(?:a|span)\s[^<>]{0,400}?=[^<>]{0,400}>|</(?:a|span)>")
_WHAT_IT_ACTUALLY_IS = re.compile(r"^what\s+(.{1,60}?)\s+(?:actually|really)\s+(is|are)$", re.I)
_QUOTE_MARK = re.compile(r"^\s*>\s?")
# A quotation that is all a line says, then who said it: '"... ," alayton explains.'
_ATTRIBUTED = re.compile(
    r"^[\"“](?P<quote>[^\"“”]{20,}?)[\"”]\s+(?:[\w@.'’-]+\s+){1,3}?"
    r"(?:explains|explained|says|said|writes|wrote|notes|noted|adds|added)\.?$"
)
_INFOBOX_FIELD = re.compile(r"^[\w -]{1,30}=")
_TABLED = 3  # lines opening with a table's bar, at the top of a page laid out in one
_REFERENCE_LINK = re.compile(r"\[(?!\d{1,3}\])([^\[\]\n]{1,200})\]\[\w{1,10}\]")  # not '[1][2]'


class Recovered(NamedTuple):
    """Pasted text as Markdown, and the line of the pasted text each Markdown line is from."""

    text: str
    origins: tuple[int, ...]  # origins[i]: the 1-based pasted line of Markdown line i + 1

    def origin(self, line: int) -> int:
        """The pasted line a Markdown line came from (line 0 stays 0)."""
        if line <= 0 or not self.origins:
            return line
        return self.origins[min(line, len(self.origins)) - 1]


# A wiki's heading between runs of '=' (DokuWiki, MediaWiki), and the text run in after
# it when the page lost its line breaks: '====== Bytecode ====== In computing, ...'.
_WIKI_HEADING = re.compile(r"^\s*(={2,6})\s*(?P<heading>[^=\s][^=]{0,80}?)\s*\1\s*(?P<rest>.*)$")


def _wiki_heading_apart(line: str) -> list[str]:
    """A line with a wiki heading as the heading's line and the text after it, and so
    each heading further on (a page whose line breaks were all lost: '====== Smell ======
    ==== Definition ==== A **smell** is ...')."""
    if line.startswith("#") and len(_ATX_MARK.findall(line)) >= 3:
        return _atx_headings_apart(line)
    found = _WIKI_HEADING.match(line)
    if found is None:
        return [line]
    parts: list[str] = []
    at = 0
    for heading in _ANY_WIKI_HEADING.finditer(line):
        said = line[at : heading.start()].strip()
        parts.extend((said, "") if said else ())
        parts.extend((heading["heading"].strip(), ""))
        at = heading.end()
    rest = line[at:].strip()
    return [*parts, rest] if rest else parts[:-1]


def _atx_headings_apart(line: str) -> list[str]:
    """A line of Markdown headings run together with their text, each heading and each
    text on a line of its own: '# Explanation:## Step1: Understanding X ### A system
    call is ...' (a heading's closing marks end it)."""
    parts: list[str] = []
    for piece in re.split(r"\s*(?=(?<!#)#{1,6}\s)", line):
        heading, closing, text = piece.partition(" ###")
        if not closing:
            heading, closing, text = piece.partition(" ##")
        if heading.strip():
            parts.extend((f"{heading.strip().lstrip('#').strip()}", ""))
        text = text.lstrip("#").strip()
        if text:
            parts.extend((text, ""))
    return parts[:-1] if parts else [line]


# A Markdown heading's marks, anywhere along a line.
_ATX_MARK = re.compile(r"(?<!#)#{1,6}\s")
# Any wiki heading along a line, its marks the same length either side.
_ANY_WIKI_HEADING = re.compile(r"(?<!=)(={2,6})\s*(?P<heading>[^=\s][^=]{0,80}?)\s*\1(?!=)")


# A dictionary's first sense, numbered: '1. An asynchronous event ...'.
# (a gloss, its name left out: not '1) The compiler work is to ...', a list's point)
_FIRST_SENSE = re.compile(r"^1\.\s+(?=(?:An?|Any|One)\s|\()")


def _first_sense(body: list[tuple[int, str]], title: str) -> int | None:
    """Where in the body a dictionary's numbered first sense stands, when only the
    headword (however long: 'Structured Query Language (SQL) injection') and its forms
    ('interrupts') stand above it; None otherwise."""
    said = [k for k, (_, line) in enumerate(body[:_TOP]) if line.strip()][:4]
    for k in said:
        line = body[k][1].strip()
        if _FIRST_SENSE.match(line):
            return k
        if k == said[0] and line.casefold() == title.casefold():
            continue
        if len(line.split()) > 3 or line.endswith(TERMINAL):
            return None
    return None


# A dictionary's part of speech before its headword: 'Noun: mutex'.
_POS_LABEL = re.compile(r"^(?:noun|verb|adjective|adj|n|v)\.?:\s+(?=\w)", re.I)


def _glossed_by_first_point(body: list[tuple[int, str]], title: str) -> bool:
    """Whether the first line below the title is a point that glosses it."""
    first = next((line for _, line in body[1:] if line.strip()), "")
    marker = list_marker(first)
    return marker is not None and (
        definition_of(first_sentence(marker.text), (title,), pronoun=True, fragment=True)
        is not None
    )


def _first_sense_bare(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A dictionary entry below its 'Noun: race condition' line: the head line left out,
    and its first sense, set as a point ('- A type of flaw ...'), as the gloss it is."""
    out = [(body[0][0], "")]
    bared = False
    for no, line in body[1:]:
        marker = list_marker(line) if not bared and line.strip() else None
        if marker is not None:
            line, bared = marker.text, True
        bared = bared or bool(line.strip())
        out.append((no, line))
    return out


def recover(text: str) -> Recovered | None:
    """Pasted page text as Markdown with its title as '# Title'; None when no title is found."""
    raw = text.splitlines()
    # a page laid out in a table, one cell a line, several at the top (one alone is a
    # navigation bar's: '| Patterns Catalog |')
    tabled = sum(line.startswith("| ") for line in raw[:_TOP]) >= _TABLED
    numbered = _join_wrapped(
        [
            (no, _CRUMB_RUN_IN.sub("", _DATED.sub("", plain(_unquoted(part, tabled)))))
            for no, line in enumerate(raw, 1)
            for part in _wiki_heading_apart(line)
        ]
    )
    numbered = _without_epigraph(numbered)
    numbered = _unglued(numbered)
    lines = [line for _, line in numbered]
    found = find_title(lines)
    if found is None:
        return None
    start, title, alias = found
    headed = _POS_LABEL.match(title) is not None
    title = _capitalised(_POS_LABEL.sub("", title))  # 'Noun: mutex', a dictionary's head
    at = numbered[start][0]
    body = numbered[start:]
    if headed:
        body = _first_sense_bare(body)
    elif _glossed_by_first_point(body, title):
        # 'Lazy loading' / '- A design pattern commonly used ... to defer ...' / '-
        # Previous term: ...': a glossary sets its gloss as the first of its points
        body = [body[0], *_first_sense_bare(body)[1:]]
    # 'firewall definition - telecom' under the headword: the dictionary's label for the
    # gloss below, which is then the page's opening
    body = [
        (no, "" if k < 4 and _labels_the_gloss(line.strip(), title) else line)
        for k, (no, line) in enumerate(body)
    ]
    # (the body may open on the title's own line)
    leading = [k for k, (_, line) in enumerate(body[:_TOP]) if line.strip()][:2]
    first_said = next((k for k in leading if _NUMBERED_SENSES.match(body[k][1])), None)
    if first_said is not None and (numbered_senses := _NUMBERED_SENSES.match(body[first_said][1])):
        # 'technical debt' / '1. A term used to describe ... 2. A metaphor that ...': a
        # dictionary's senses run on one line, the first its main one
        line_no = body[first_said][0]
        body = [
            *body[:first_said],
            (line_no, numbered_senses["first"]),
            (line_no, ""),
            (line_no, numbered_senses["rest"]),
            *body[first_said + 1 :],
        ]
    first_at = _first_sense(body, title)
    if first_at is not None:
        # 'interrupt' / 'interrupts' / '1. An asynchronous event that ...': a dictionary's
        # first sense under its headword's forms is the gloss, no list's first point
        line_no, text = body[first_at]
        body = [
            *body[:first_at],
            (line_no, _FIRST_SENSE.sub("", text.strip(), count=1)),
            *body[first_at + 1 :],
        ]
    if body and (fielded := _FIELDED_GLOSS.match(body[0][1].strip())) is not None:
        # '(programming) | tail recursion - When ... |': a dictionary's line, its term
        # glossed as a glossary writes it
        body = [(body[0][0], f"{fielded['term']}: {fielded['gloss'].strip()}"), *body[1:]]
    opening = body[0][1] if body else ""
    # (most openings define in their first sentence: the later ones are read only if not)
    undefined = bool(opening) and definition_of(first_sentence(opening.strip())) is None
    further = _further_definition(opening) if undefined else None
    if further is not None and _capitalised(further[1].abbreviation or further[1].name) == title:
        # 'Having Git repositories ... Argo CD is a ...': the page starts at the sentence
        # that defines it (the lead-in before it would be read as its gloss)
        body = [(body[0][0], body[0][1].strip()[further[0] :]), *body[1:]]
    if not alias and is_abbreviation(title):
        # 'SMTP' / 'Simple Mail Transfer Protocol. The standard e-mail protocol on the
        # Internet.': the letters spelled out, then the gloss, as a dictionary sets them
        said = next((k for k, (_, line) in enumerate(body[1:], 1) if line.strip()), None)
        spelled = _SPELLED_FIRST.match(body[said][1].strip()) if said is not None else None
        if said is not None and spelled is not None and spells_out(title, spelled["long"]):
            alias = spelled["long"]
            body = [*body[:said], (body[said][0], spelled["rest"]), *body[said + 1 :]]
    if not alias and is_abbreviation(title):
        # 'CORS' / 'What is CORS ?' / 'Cross-origin resource sharing' / 'CORS defines ...':
        # the letters spelled out under the page's question
        first_lines = [
            line.strip()
            for _, line in body[:_TOP]
            if line.strip() and not line.strip().isdigit()  # ('28', the answer's votes)
        ][:3]
        asked_at = next((k for k, line in enumerate(first_lines) if title_from_question(line)), -1)
        letters = first_lines[asked_at + 1] if 0 <= asked_at < len(first_lines) - 1 else ""
        if letters and spells_out(title, letters):
            alias = letters
    out: list[tuple[int, str]] = [(at, f"# {title}"), (at, "")]
    if alias and alias.casefold() != title.casefold():
        head = ["---", f"title: {_yaml(title)}", f"aliases: [{_yaml(alias)}]", "---"]
        out = [(at, line) for line in head] + out
    first = body[0][1] if body else ""
    unmarked = (
        title_from_question(first.rstrip() + "?")
        if body and _UNMARKED_QUESTION.match(first.strip())
        else None
    )
    if (
        unmarked is not None
        and same_or_plural(_capitalised(unmarked[0]), title)
        and not _COMPARISON.search(unmarked[0])  # (a pair's question is read as a pair's)
    ):
        first = first.rstrip() + "?"  # 'what is inode in linux', its question mark lost
        body = [(body[0][0], first), *body[1:]]
    if body and title_from_question(first):
        # The page asks 'What is X?' itself: what follows answers it, as a summary does.
        # ('What Logging Actually Is' asked as the question it is)
        asked = first.strip() if first.rstrip().endswith("?") else f"What is {title}?"
        # (not 'But first, what is ...?' nor 'With regard to network security, what ...?')
        asked = upper_first(_QUESTION_LEAD.sub("", _FIELD_LEAD.sub("", asked)))
        out.extend(((at, f"## {asked}"), (at, "")))
        answered = _ANSWER_ON_ITS_LINE.match(first.strip())
        # 'What is SPI ? SPI (Serial Peripheral Interface) is ...': the answer on the
        # question's line stays, as the first line under it
        body = [(body[0][0], answered["rest"]), *body[1:]] if answered else body[1:]
        said_lines = [(k, line.strip()) for k, (_, line) in enumerate(body) if line.strip()][:2]
        if len(said_lines) == 2 and _under_question(said_lines[0][1], said_lines[1][1]):
            del body[said_lines[0][0]]  # 'Ankur Kulhari' under 'What is priority inversion?'
        elif said_lines and alias and said_lines[0][1] == alias:
            del body[said_lines[0][0]]  # 'Cross-origin resource sharing', now an alias
    elif body and _INFLECTIONS.sub("", first.strip()).casefold() == title.casefold():
        body = body[1:]
        if alias and body and body[0][1].strip() == alias:
            body = body[1:]  # a dictionary's second form of the headword, now an alias
        # 'uninterruptible power supply (UPS)' over 'uninterruptible power supply
        # (UPS): A device that ...': a glossary's entry, its head said twice (maybe under
        # a line of its own, 'RU: ...', a translation of the head): the gloss opens it
        for said in [k for k, (_, line) in enumerate(body) if line.strip()][:2]:
            if (gloss := _glossed_title(body[said][1], title)) is not None:
                body = [(body[said][0], gloss), *body[:said], *body[said + 1 :]]
                break
    elif body and alias and first.strip() == alias:
        body = body[1:]  # 'Proof Key for Code Exchange' over 'Abbreviation: PKCE'
        if body and _ABBREVIATION_LINE.match(body[0][1].strip()):
            body = body[1:]
    elif body and (gloss := _glossed_title(first, title)) is not None:
        # 'tablespace - A tablespace is ...': the term line's definition, without its term
        body = [(body[0][0], gloss), *body[1:]]
    elif body and _DICTIONARY_HEAD.match(first.strip()):
        # A dictionary's head line: its first sense, numbered or not, is the definition.
        out.extend(((at, "## Definition"), (at, "")))
        senses = [(no, line) for no, line in body[1:] if line.strip()]
        if senses and (sense := list_marker(senses[0][1].strip())) is not None:
            out.extend(((senses[0][0], sense.text), (senses[0][0], "")))
            body = [(no, line) for no, line in body[1:] if no != senses[0][0]]
        elif senses and (field := _FIELD_LABEL.match(senses[0][1].strip())) is not None:
            # '(statistics) any of the 99 numbered points ...': the sense, its field aside
            gloss = senses[0][1].strip()[field.end() :]
            out.extend(((senses[0][0], gloss[:1].upper() + gloss[1:]), (senses[0][0], "")))
            body = [(no, line) for no, line in body[1:] if no != senses[0][0]]
        else:
            body = body[1:]
    previous = ""
    said, looked = False, 0  # whether the lines kept so far say something; how many read
    for k, (no, line) in enumerate(body):
        line = line.strip()
        if not line:
            continue
        if _END.match(line):
            while not said and looked < len(out):
                said, looked = len(out[looked][1].split()) > 8, looked + 1
            if said:
                break
            continue  # 'Share This Article' under the title: buttons, before any text
        if _is_chrome(line) or _PRONUNCIATION.match(line) or _LABELS_LINE.match(line):
            continue  # ('Pronunciation:  'ded`lâk', 'n. countable ...' under a dictionary's head)
        following = next((b.strip() for _, b in body[k + 1 :] if b.strip()), "")
        marker = list_marker(line)
        if marker is not None and k == 0 and definition_of(first_sentence(marker.text)):
            # The first point defines the title: the page's definition, not a list item.
            out.extend(((no, ""), (no, marker.text), (no, "")))
        elif marker is not None:
            out.append((no, f"{'1.' if marker.kind.value == 'numbered' else '-'} {marker.text}"))
        elif _is_heading(line, following):
            out.extend(((no, ""), (no, f"## {line.rstrip(':')}"), (no, "")))
        elif (
            _LABEL_LINE.match(line)
            and not _known_label(line)
            and (_LABEL_LINE.match(following) or _LABEL_LINE.match(previous))
        ):
            out.append((no, f"- {line}"))  # a run of 'Term: explanation' lines is a list
        else:
            # A paragraph; 'Definition: ...' and 'Also known as: ...' stay label lines.
            out.extend(((no, ""), (no, line), (no, "")))
        previous = line
    # '<script async>', '<!DOCTYPE html>' in pasted text are words the page shows, not
    # markup: kept as text when the Markdown is read ('&lt;' reads back as '<').
    matter = 4 if out and out[0][1] == "---" else 0  # the front matter's lines
    text = "\n".join(
        line if k < matter else line.replace("<", "&lt;") for k, (_, line) in enumerate(out)
    )
    return Recovered(text + "\n", tuple(no for no, _ in out))


# A question and its answer on one line: 'What is SPI ? SPI (Serial Peripheral Interface)
# is a synchronous ...' (a short tagline after it, 'DNS Explained for Beginners', is none).
_ANSWER_ON_ITS_LINE = re.compile(r"^[^?]{3,100}\?\s+(?P<rest>[A-Z\d]\S*(?:\s+\S+){7,}.*)$")
# How a dictionary says its headword: 'Pronunciation:  'ded`lâk'.
_PRONUNCIATION = re.compile(r"^pronunciation\s*:", re.I)
# A line opening with a name spelled out and a full stop, then more: 'Simple Mail
# Transfer Protocol. The standard e-mail protocol ...'.
_SPELLED_FIRST = re.compile(r"^(?P<long>[^.!?]{3,80})\.\s+(?P<rest>[A-Z].*)$")
# Who said a quotation, on a line of its own under it: '― Donald E. Knuth'.
# (A hyphen or an en dash opens a list item: '- Consistency' is none.)
_ATTRIBUTION = re.compile(r"^(?:[―—]|--)\s*[A-Z][\w.]*(?:\s+[A-Z][\w.'’-]*){0,4}$")
# How far down a page an epigraph may stand, in non-blank lines.
_EPIGRAPH_REACH = 12


def _without_epigraph(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without a quotation set at the top of the page and its author's line: a
    lesson that opens with someone's words on programming is not about them."""
    seen = 0
    for k, (_, line) in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _EPIGRAPH_REACH:
            break
        if _ATTRIBUTION.match(line.strip()):
            start = k
            while start > 0 and lines[start - 1][1].strip():
                start -= 1
            # the quotation opens with its mark: a page that runs on without blank lines
            # ('Cohesion' / 'Cohesion is ...' / '“Cohesion refers to ...” ...' / '— Larry
            # Constantine') keeps its title and definition above it
            quoted = next(
                (at for at in range(k - 1, start - 1, -1) if lines[at][1].lstrip()[:1] in _QUOTES),
                start,
            )
            if lines[start][1].lstrip()[:1] not in _QUOTES and quoted > start:
                start = quoted
            if sum(len(text.split()) for _, text in lines[start:k]) < 8:
                break  # no quotation above: a name on a line of its own
            if not any(text.strip() for _, text in lines[k + 1 :]):
                break  # the page's last line: its author signing it, no epigraph's
            return lines[:start] + lines[k + 1 :]
    return lines


# A dictionary's numbered senses on one line: '1. A term used ... 2. A metaphor ...'.
_NUMBERED_SENSES = re.compile(r"^\s*1\.\s+(?P<first>[A-Z][^\n]*?[.;])\s+(?P<rest>2\.\s+[A-Z].*)$")
_QUOTES = "“\"‘'«"


_ENDS_ON_ARTICLE = re.compile(r"(?:^|\s)(?:a|an|the)$", re.I)
# Words no sentence ends on: a line ending in one was cut by a hard wrap.
_MID_SENTENCE = re.compile(
    r"\s(?:a|an|the|of|to|in|on|for|with|and|or|by|from|that|"
    r"particular|certain|specific|its|their|each|every|"  # '... can use in defining their'
    r"after|than|via|between|into|onto)$",  # '... link analysis algorithm, named after'
    re.I,
)


# Where a title runs into the sentence below it: a small letter, then a capital that
# opens a word ('compoundThermal', 'DSARWhat').
_GLUE = re.compile(r"(?<=[a-z\d])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]+\s)")


_BRACKETED = re.compile(r"\(([^()]{2,12})\)")
# How much of a line after a glue point is read for the sentence it opens.
_GLUED_REACH = 300


# (a capital first: "murmur" and "couscous" are words of their own)
# ('Brand Indicators for Message IdentificationBrand Indicators for ...': words too)
_DOUBLED = re.compile(r"^(?P<name>[A-Z][\w.+#-]{2,30}?(?: [\w.+#-]{1,20}){0,5}?)(?P=name)(?=[\s,])")


def _unglued(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The top lines with a title the copy ran into its first sentence set on a line of
    its own: 'Processor thermal compoundThermal compound is a sticky paste ...', 'Learn /
    DSARWhat is a DSAR? ...'. The title's last words name what the sentence defines or
    asks about, so a name written in camel case ('JavaScript is ...') is never split."""
    out = list(lines)
    for k, (no, line) in enumerate(lines[:_TOP]):
        doubled = _DOUBLED.match(line)
        if doubled is not None:
            # 'EEPROMEEPROM stands for ...': the title, then the sentence opening with it
            out[k : k + 1] = [(no, doubled["name"]), (no, line[doubled.end("name") :])]
            return out
        for glue in _GLUE.finditer(line, 0, 90):
            title, rest = line[: glue.start()].rstrip(), line[glue.start() :]
            if not title or title[-1:] in TERMINAL or len(title.split()) > 8:
                continue
            opening = first_sentence(rest[:_GLUED_REACH])  # (a bounded look at each)
            asked = title_from_question(opening)
            defined = definition_of(opening) if asked is None else None
            names = [asked[0]] if asked is not None else [defined.name] if defined else []
            if defined is not None:
                # 'HTTPSHypertext Transfer Protocol Secure (HTTPS) is ...': its short form
                names.extend(_BRACKETED.findall(rest[: len(defined.name) + 20]))
            if any(
                re.search(rf"(?:^|\W){re.escape(name)}$", title, re.I)
                # 'CSRFWhat is Cross-Site Request Forgery?': its letters, then its words
                or spells_out(title.split()[-1], name)
                for name in names
            ):
                out[k : k + 1] = [(no, title), (no, rest)]
                return out
    return out


# A paragraph that opens on its sentence's verb ('means that each message ...'): its
# subject is the term on the line above, set apart as documentation sets a term list.
_PREDICATE_ONLY = re.compile(r"^(?:means|refers\s+to|denotes)\s+\S")
_TERM_WORDS = 6  # the most words of a term on its own line


# What follows a headword on a dictionary's label line: ' definition - telecom'.
_GLOSS_LABEL = re.compile(r"\s+(?:definition|meaning)s?(?:\s+[-–—:]\s*[\w ]{1,30})?", re.I)


def _labels_the_gloss(line: str, title: str) -> bool:
    """Whether a line is the page's headword and a label for its gloss ('firewall
    definition - telecom' under 'firewall')."""
    end = written_at(line, 0, title)
    return end >= 0 and _GLOSS_LABEL.fullmatch(line, end) is not None


def subjects_rejoined(lines: list[str]) -> list[str]:
    """Each term set on a line of its own above the rest of its sentence put back in
    front of it: 'at-most-once delivery' / '' / 'means that a message is delivered zero
    or one times' is one sentence, 'at-most-once delivery means that ...'. The sentence
    stands on its verb's line (its hard-wrapped rest follows); the term's line is left
    blank, so every line keeps its number."""
    out = list(lines)
    for k, line in enumerate(lines):
        if not _PREDICATE_ONLY.match(line.strip()):
            continue
        # the term: the last line with words on it, at most one blank line above
        above = next((j for j in range(k - 1, max(k - 3, -1), -1) if out[j].strip()), None)
        term = out[above].strip() if above is not None else ""
        if (
            above is not None
            and 0 < len(term.split()) <= _TERM_WORDS
            and term[-1] not in TERMINAL
            and term[-1] not in ",;:"
            and list_marker(term) is None
        ):
            out[above:k] = [""] * (k - above)
            out[k] = f"{term} {line.strip()}"
    return out


def ends_mid_sentence(line: str) -> bool:
    """Whether a line stops on a word no sentence ends on ('... attribute of the')."""
    return _MID_SENTENCE.search(line.rstrip()[-12:]) is not None  # (the last word is enough)


def _join_wrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines that a hard wrap cut mid-sentence joined again: the next one opens lower-case,
    or the line ends on a word no sentence ends on ('... portion of an' / 'IP address.')."""
    broken = _broken_at_code(lines)
    wrap = _wrap_width(lines)
    # Each joined line as its pieces and its word count, put together once at the end:
    # a page of one long wrapped sentence is then read in time linear in its size.
    joined: list[tuple[int, list[str], int]] = []
    carried = False  # the last line joined was a word or two the sentence runs on past
    sourced = False  # the last line read with words on it is a dictionary's own line
    headword = 0  # the number of the line read first under one
    for no, line in lines:
        last = joined[-1][1][-1] if joined else ""  # the last piece: where the line ends
        count = joined[-1][2] if joined else 0
        mid = bool(last) and ends_mid_sentence(f" {last}")
        if line.strip():
            headword = no if sourced else headword
            sourced = _DICTIONARY_SOURCE.match(line.strip()) is not None
        # 'zombie process' / 'defunct process' under FOLDOC's line: a headword and its
        # other form, each on its line
        heads = (
            bool(joined)
            and joined[-1][0] == headword
            and count <= _HEAD_WORDS
            and len(line.split()) <= _HEAD_WORDS
        )
        if (
            last
            and not heads
            and line.strip()
            and list_marker(line) is None
            and not _SENSE_OF.match(line)  # ('n. a small electronic device ...': a sense)
            and (
                (
                    not last.endswith(TERMINAL)
                    and (
                        (
                            line[:1].islower()
                            and (broken or count > _WORDS_BEFORE_A_BREAK)
                            # ('... by the findutils package' / 'xargs is a command for
                            # ...': a line of its own that defines a name written small,
                            # on a page not wrapped by hand: 'the significance' / 'level
                            # is the criterion ...' is one sentence)
                            and (mid or bool(wrap) or not _defines_by_name(line))
                            # ('... the number of replicas for a controller' / 'it is
                            # performed by ...': notes, a clause a line, their capitals
                            # left out)
                            and (mid or bool(wrap) or not _NEW_CLAUSE.match(line))
                        )
                        # '... in which packets' / '(messages or fragments of messages) ...'
                        or (
                            line[:1] == "("
                            and line[1:2].islower()
                            and count > 2
                            # 'Definitions of PERCENTILE' / '(statistics) any of the 99 ...'
                            and not _DICTIONARY_HEAD.match(last.strip())
                            # 'virtual memory (usually uncountable, ...)' / '(computing) ...'
                            and not _INFLECTIONS.search(last.rstrip())
                        )
                        or (mid and (broken or _ends_cut(count, line)))
                        # '... Extensions (MIME) is an' / 'Internet Standard that ...': no
                        # sentence, and no heading, ends on an article
                        or _ENDS_ON_ARTICLE.search(last[-5:]) is not None
                        or carried
                    )
                )
                # a line that runs to the page's margin: 'invented in 1977 by Ron' /
                # 'Rivest, Adi Shamir, ...'
                or (wrap and _runs_to_margin(last, line, wrap))
                # a sentence's comma at a hard break: '... method for classification,' /
                # 'regression and other tasks, that operate by ...'
                or (last.endswith(",") and line[:1].islower() and count > _WORDS_BEFORE_A_BREAK)
            )
            # (not under a site's line: 'English Wikipedia has an article on: ...')
            and not (len(joined[-1][1]) == 1 and _is_chrome(last.strip()))
        ):
            joined[-1][1].append(line)
            joined[-1] = (joined[-1][0], joined[-1][1], count + len(line.split()))
            carried = broken and mid and len(line.split()) <= 3
        else:
            joined.append((no, [line], len(line.split())))
            carried = False
    return [(no, " ".join(pieces)) for no, pieces, _ in joined]


# A note's line that defines without its full stop: 'horizontal auto-scaling is the
# number of replicas for a controller' (a heading names; it seldom says 'is the').
_NOTE_DEFINITION = re.compile(
    r"^[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\s+(?:is|are)\s+(?:an?|the)\s+\w+(?:\s+\w+){2,}$"
)
# A line that opens a clause of its own: a pronoun and its verb.
_NEW_CLAUSE = re.compile(
    r"^(?:it|they|this|these|we|you)\s+(?:is|are|was|were|can|will|has|have)\b"
)


def _defines_by_name(line: str) -> bool:
    """Whether a line opens with a sentence that defines a name: 'xargs is a command ...'."""
    return definition_of(first_sentence(line.strip()[:_GLUED_REACH])) is not None


_HEAD_WORDS = 4  # words of a dictionary's headword line, and of its other form below
# Words a sentence has run to before a line break inside it is taken for a hard wrap.
_WORDS_BEFORE_A_BREAK = 6
# The widest a line of a page wrapped by hand may be (72 to 80 columns is the custom; a
# snippet site's text box wraps prose near 86), and how many of its lines must stop
# mid-sentence at the margin for the page to count as one.
_WRAP_MAX = 90
_WRAP_CUTS = 4
# How near the margin a line stops when the wrap cut it, as a share of the widest line.
_AT_MARGIN = 0.8


def _wrap_width(lines: list[tuple[int, str]]) -> int:
    """The column a page was wrapped at by hand (a dictionary server's entry, a plain-text
    note), or 0: nearly all its lines fit in 90 columns, and several long ones stop where
    no sentence does, with more text on the line below."""
    texts = [line.strip() for _, line in lines]
    filled = [text for text in texts if text]
    if not filled or sum(len(text) <= _WRAP_MAX for text in filled) < 0.9 * len(filled):
        return 0
    width = max(len(text) for text in filled if len(text) <= _WRAP_MAX)
    cuts = sum(
        1
        for text, below in itertools.pairwise(texts)
        if len(text) >= _AT_MARGIN * width
        and below
        and not text.endswith((*TERMINAL, ":"))
        and list_marker(below) is None
    )
    return width if cuts >= _WRAP_CUTS else 0


def _runs_to_margin(last: str, line: str, wrap: int) -> bool:
    """Whether a line of words stopped at the page's margin and `line` goes on with its
    sentence: not a line of code or a table's row ('{"name": ...}' over 'Pros:'), and not
    followed by a short heading."""
    last = last.strip()
    return (
        len(last) >= _AT_MARGIN * wrap
        and (last[-1:].isalnum() or last[-1:] in ",;)'\"’”")
        and (len(line.strip()) >= 25 or line.rstrip().endswith(TERMINAL))
    )


# How many breaks inside a sentence make a page whose inline code or links were set on
# lines of their own ('The SameSite' / 'attribute of the' / 'Set-Cookie' / 'HTTP response
# header allows ...'; 'An' / 'ephemeral port is a' / 'TCP or' / 'UDP port number ...').
_CODE_BREAKS = 4


def _broken_at_code(lines: list[tuple[int, str]]) -> bool:
    """Whether the page's sentences were broken at its inline code or links, many times
    over: a line opens lower-case under a short one without a full stop, or a line stops
    on a word no sentence ends on."""
    breaks = 0
    last = ""
    for _, line in lines:
        text = line.strip()
        if not text:
            last = ""
            continue
        if (
            last
            and not last.endswith(TERMINAL)
            and (
                (text[:1].islower() and len(last.split()) <= 6)
                or (ends_mid_sentence(f" {last}") and list_marker(text) is None)
            )
        ):
            breaks += 1
            if breaks >= _CODE_BREAKS:
                return True
        last = text
    return False


def _ends_cut(words_before: int, line: str) -> bool:
    """Whether `line` ends the sentence of `words_before` words broken off on 'of an': its
    first sentence is a few words only ('IP address.'), not one of its own ('OAuth is an
    open standard ...' after a line whose link was dropped: 'I have gleaned some
    information from')."""
    return words_before > 2 and len(first_sentence(line).split()) <= 3


def _known_label(line: str) -> bool:
    """A 'Label: text' line whose label says what the text is (a section or a fact)."""
    from cards.headings import meta_field, section_kind

    match = _LABEL_LINE.match(line)
    if match is None:
        return False
    label = match["label"]
    return (
        section_kind(label) is not None
        or meta_field(label) is not None
        or label.strip().casefold() in _ABOUT_THE_ARTICLE  # 'Conclusion: Which Should ...?'
    )


# A name and its expansion, alone on a line: 'TCP (Transmission Control Protocol)'.
_EXPANDED_NAME = re.compile(r"^[A-Z][\w/+-]*(?: [\w/+-]+){0,2} \([A-Z][^()]{2,60}\)\.?$")


def _is_heading(line: str, following: str) -> bool:
    """A short line that opens the block after it: a heading by shape."""
    if not _short(line, 10) or list_marker(line) is not None or _LABEL_LINE.match(line):
        return False
    if line.endswith("?"):
        return bool(following) and not following.endswith("?")
    if line.endswith(":"):
        return len(line.split()) <= 6
    if _EXPANDED_NAME.match(line):
        return bool(following)  # 'UDP (User Datagram Protocol).': a stray full stop
    if line.endswith(TERMINAL) or (not line[:1].isupper() and not line[:1].isdigit()):
        return False
    if following[:1].islower() and ends_mid_sentence(line):
        return False  # 'Each pixel in a' / 'monochrome image has its own brightness ...'
    from cards.headings import section_kind

    if following and section_kind(line) is not None:
        return True  # 'Code Examples' over a short '✗ Vulnerable': a section's name
    return bool(following) and (
        len(following.split()) > len(line.split()) or list_marker(following) is not None
    )


def _yaml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
