"""Small text functions the parser shares: splitting lines, list markers, inline markup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path, PurePath
from typing import ClassVar, NamedTuple

from cards.model import ItemKind

# Only these three end a line, as in every editor, so line numbers match what people
# see; str.splitlines() would also split on form feeds and U+2028 and miscount.
_LINE_END = re.compile(r"\r\n|\r|\n")
# Terminal escape sequences (CSI, OSC with its payload, and the two-byte ones), then any
# other control character but tab and newline, and the bidirectional overrides that can
# make printed text read differently from what it is. Text from files is untrusted and
# is later printed to a terminal, so none of it survives.
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?")
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def written_at(text: str, at: int, name: str) -> int:
    """Where `name` ends when `text` spells it from `at`, case aside (what a pattern of the
    escaped name matches with re.I); -1 when it does not. A name is looked for so in
    every entry's own text: a pattern built for each name cost its compiling each time,
    a tenth of a short entry's cards."""
    end = at + len(name)
    piece = text[at:end]
    if len(piece) != len(name):
        return -1
    if name.isascii() and not ASCII_PARTNERS.search(piece):
        return end if piece.lower() == name.lower() else -1
    # Beyond ASCII the pattern engine says which letters are one ('ſ' is an 's').
    return end if re.fullmatch(re.escape(name), piece, re.I) else -1


# The only letters beyond ASCII that a case-blind pattern takes for ASCII ones (every
# character was tried): dotted and dotless i, long s, the kelvin sign.
ASCII_PARTNERS = re.compile("[\u0130\u0131\u017f\u212a]")


class Gated:
    """A compiled pattern behind a test of plain words: every text it matches holds one
    of `marks` (lower case; in any case when the pattern ignores case), so a text that
    holds none is answered without running it.

    A pattern that fails runs its alternatives from each start it may take, and most
    sentences fail most of the patterns the definition finder tries one after another:
    `in` tells most of them apart in a tenth of the time. The answers are the pattern's:
    the marks are words no match can do without, and a case-blind pattern runs anyway on
    a text holding a letter it takes for an ASCII one (`ASCII_PARTNERS`). A mark is
    written text, never a class: '7' cannot stand for `\\d`, which takes the digits of
    other scripts too.
    """

    __slots__ = ("_any_case", "marks", "pattern")

    def __init__(self, marks: str | tuple[str, ...], pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.marks = (marks,) if isinstance(marks, str) else marks
        self._any_case = bool(pattern.flags & re.IGNORECASE)
        if self._any_case and any(mark != mark.lower() for mark in self.marks):
            raise ValueError(f"the marks of a case-blind pattern are in lower case: {marks!r}")

    # The last text a case-blind pattern was asked about, in lower case ('' when it holds
    # a letter such a pattern takes for an ASCII one): the definition finder asks a dozen
    # patterns about one sentence in a row.
    _lowered: ClassVar[tuple[str, str]] = ("", "")

    def _without_marks(self, text: str) -> bool:
        if self._any_case:
            asked, lowered = Gated._lowered
            if asked is not text:
                lowered = "" if ASCII_PARTNERS.search(text) else text.lower()
                Gated._lowered = (text, lowered)
            if not lowered:
                return not text  # (nothing to look for in an empty text either way)
            text = lowered
        return not any(map(text.__contains__, self.marks))

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self._without_marks(text) else self.pattern.match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self._without_marks(text) else self.pattern.search(text, pos)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return text if self._without_marks(text) else self.pattern.sub(repl, text, count=count)


def named_after_article(text: str, name: str) -> int:
    """Where `name` ends when `text` opens on an article and then it ('The Adapter
    pattern ...'), case aside, as `(?:the|an?)\\s+<name>` matches; -1 when it does not."""
    if not name or name[0].isspace():
        # (the pattern's space before the name would give a space back to the name's)
        found = re.match(rf"(?:the|an?)\s+{re.escape(name)}", text, re.I)
        return found.end() if found else -1
    article = _ARTICLE_THEN.match(text)
    return written_at(text, article.end(), name) if article else -1


def may_say(text: str, literal: str) -> bool:
    """False only when a pattern that must match `literal` case aside (re.I) cannot
    match in `text`: an entry's names are put into patterns, and compiling one for each
    entry, only to find the name nowhere, was about a third of the instructions of making
    a typical entry's cards. The rule is `written_at`'s: an ASCII name is found case
    aside by str.lower unless the text holds one of the `ASCII_PARTNERS` ('K' for the
    Kelvin sign), where it says True and leaves the answer to the pattern."""
    if literal.isascii() and not ASCII_PARTNERS.search(text):
        return literal.lower() in text.lower()
    return True


# An article and the space after it, where a name may follow ('the ', 'An  ').
_ARTICLE_THEN = re.compile(r"(?:the|an?)\s+", re.I)
# Where a word starts or ends: a pattern's \b, at a place in a text.
BOUNDARY = re.compile(r"\b")


def printable(text: str) -> str:
    """Untrusted text made safe to print: no escape sequence or control character left,
    and no invisible character that makes two texts look the same (U+061C, zero-width
    space, word joiner, invisible operators, a BOM inside the text). Zero-width joiner
    and non-joiner stay: Persian words and emoji sequences need them."""
    if text.isascii() and text.isprintable():
        return text  # no control character, and every character removed below is not ASCII
    bare = UNPRINTABLE.sub("", _ESCAPE.sub("", text)).replace("¶", "")  # permalink marks
    return re.sub("[\u061c\u180e\u200b\u2060-\u2064\ufeff]", "", bare)


# A run of one punctuation mark longer than this is decoration or junk, never prose: it
# is cut to this length, so a line of a million '[' costs what a line of 64 does.
_RUN = 64
_LONG_RUN = re.compile(rf"([^\w\s])\1{{{_RUN},}}")


# UTF-8 shown through a Windows code page, as a page saved with the wrong charset reads:
# 'â€™' for '’', 'ðŸš€' or (Thai Windows-874) '๐Ÿš€' for an emoji, (Greek ISO 8859-7)
# 'ΒΆ' for a permalink's '¶'. Each such character
# is one byte of the code page; the run of them is turned back into those bytes and read
# as UTF-8 again. A run that is not valid UTF-8 that way ('café', Thai words) is left.
_CODE_PAGE_BYTE: dict[str, int] = {}
for _page in ("cp874", "cp1252", "iso8859_7"):
    for _byte in range(0x80, 0x100):
        try:
            _CODE_PAGE_BYTE.setdefault(bytes([_byte]).decode(_page), _byte)
        except UnicodeDecodeError:
            continue  # a byte the code page leaves undefined
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")


def _read_again(run: re.Match[str]) -> str:
    text = run.group()
    data = bytes(_CODE_PAGE_BYTE.get(char, 0) for char in text)
    if 0 in data:
        return text  # a character no code page gives: real text, not mojibake
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return text


# Letters set in bold, italic or script by the Mathematical Alphanumeric Symbols block, as
# posts style their headings ('𝐨𝐫𝐜𝐡𝐞𝐬𝐭𝐫𝐚𝐭𝐢𝐨𝐧'): read as the plain letters and digits.
_STYLED = re.compile("[\U0001d400-\U0001d7ff]+")


def beyond_the_bmp(text: str) -> bool:
    """Whether a text holds a character past U+FFFF (an emoji, a styled letter): its UTF-16
    form then takes more units than it has characters. (7 us for a page of 9 kB, where a
    pattern looking for such characters takes 140.)"""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def plain_letters(text: str) -> str:
    """Text with its styled letters as plain ones: '𝐨𝐫𝐜𝐡𝐞𝐬𝐭𝐫𝐚𝐭𝐢𝐨𝐧' -> 'orchestration'."""
    if not beyond_the_bmp(text):
        return text
    return _STYLED.sub(lambda run: unicodedata.normalize("NFKC", run.group()), text)


# What is left of a non-breaking space read through Windows-1252 once the space itself
# was copied as a plain one: 'DNSÂ only works with static IPs'.
_LONE_A_CIRCUMFLEX = re.compile(r"(?<=[\w.,;:)])Â(?=[ \t])")


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was read as Windows-1252 or Windows-874, read right."""
    if text.isascii():
        return text  # (what both patterns look for is beyond ASCII)
    text = _NON_ASCII_RUN.sub(_read_again, text)
    return _LONE_A_CIRCUMFLEX.sub("", text) if "Â" in text else text


# A page's last line that stops mid-sentence: five words or more from a capital, the
# last in lowercase with no mark after it (no list's point, no heading's capitals).
_CUT_SENTENCE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’,()-]+){3,}\s+[a-z]+$")
# The letters a text ends on, with nothing after them: a word a copy may have cut.
_LAST_LETTERS = re.compile(r"[A-Za-z]{2,}$")
_LETTERS = re.compile(r"[A-Za-z]+")


def marked_if_cut(text: str) -> str:
    """`text` with the word it ends on replaced by '…' when that is a word cut short: a
    page copied only in part ('... 4. Scalin', '... even if another transaction mo')
    ends on letters the text never writes as a word of their own, only as the start of
    a longer one ('Scaling'). Every maker leaves alone a text that ends in '…' (the list
    whose last item it is, the definition it cuts)."""
    body = text.rstrip()
    last = body[body.rfind("\n") + 1 :].strip()
    if _CUT_SENTENCE.match(last) and text[len(body) : len(body) + 1] == " ":
        # 'Web accessibility ensures that people ' under the page's last heading: a
        # sentence stopped after a word, the space after it copied too
        return f"{body} …\n"
    end = _LAST_LETTERS.search(body[-64:])
    if end is None:
        return text
    cut = end.group().lower()
    before = body[: len(body) - len(cut)]
    if before[-1:].isalnum():
        return text  # 'a2b' or a longer run of letters than was looked at: not one word
    seen = {word.lower() for word in _LETTERS.findall(before)}
    if cut in seen or not any(len(word) > len(cut) and word.startswith(cut) for word in seen):
        return text
    return f"{before.rstrip()} …\n"


def split_lines(text: str) -> list[str]:
    """The file's lines, cleaned: no BOM, no control characters, tabs expanded, no
    trailing blanks, no run of one punctuation mark past 64, no UTF-8 read through a
    Windows code page, no letters styled as mathematical symbols, no minus sign set between
    words as a dash. Index i holds line i + 1."""
    return list(_cleaned_lines(text))


# A file is split by the glossary reader first, then by the layout that reads it.
@lru_cache(maxsize=2)
def _cleaned_lines(text: str) -> tuple[str, ...]:
    text = _LONG_RUN.sub(lambda run: run.group(1) * _RUN, text.removeprefix("\ufeff"))
    text = plain_letters(repair_mojibake(text))
    if " \u2212 " in text:
        # 'Negligence − is a failure ...': a minus for a dash
        text = text.replace(" \u2212 ", " - ")
    if "10" in text and ("×" in text or "x" in text):
        text = _FLAT_POWER.sub(_raised, text)
    lines = _LINE_END.split(text.expandtabs(4))
    return _unglued_rows([printable(line).rstrip() for line in lines])


# A power of ten whose superscript was lost in the copy: '9.46 x 1012 km' (10 to the
# 12th), '9.1 ×10−28 g'. Only in scientific notation (one digit before the point) and
# with an exponent no plain number would have (two digits, or a minus): '3 x 1000' and
# '2 x 105' stay as written.
_FLAT_POWER = re.compile(
    r"(?<![\d.])([1-9](?:\.\d+)?\s?[x×]\s?10)([−-]\d{1,2}|[1-9]\d)(?![\d.,]\d)"
)
_SUPERSCRIPT = str.maketrans("0123456789−-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻")


def _raised(power: re.Match[str]) -> str:
    return power[1].replace("x", "×") + power[2].translate(_SUPERSCRIPT)


# A table of two columns copied row by row: the row's number stands again where its second
# cell begins, run into the first cell's last word ('4. User level threads are faster than
# kernel level thread4. Kernel level threads are slower ...').
_ROW_NUMBER = re.compile(r"^\s*(\d{1,2})\.\s")
# How many rows must show it: one could be a name ending in a digit ('IPv4. The').
_GLUED_ROWS = 2


def _unglued_rows(lines: list[str]) -> tuple[str, ...]:
    """The lines with each glued row's repeated number made a sentence break."""
    glued: list[tuple[int, int, int]] = []  # (line, where the number starts, where it ends)
    for k, line in enumerate(lines):
        number = _ROW_NUMBER.match(line) if line[:4].lstrip()[:1].isdigit() else None
        if number is None:
            continue
        again = re.compile(rf"(?<=[A-Za-z)])\.?{number[1]}\.\s+(?=[A-Z])")
        second = again.search(line, number.end())
        if second is not None:
            glued.append((k, second.start(), second.end()))
    if len(glued) >= _GLUED_ROWS:
        for k, start, end in glued:
            lines[k] = f"{lines[k][:start]}. {lines[k][end:]}"
    return tuple(lines)


def collapse(text: str) -> str:
    """Runs of whitespace become one space; ends trimmed."""
    return " ".join(text.split())


def indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class Marker(NamedTuple):
    """A list item's start: its kind, the column its marker is at, and its text."""

    kind: ItemKind
    column: int
    text: str


# The marks a pasted list's items start with: bullets, and as often check marks, arrows
# and pointing hands ('☛ OnCreate(): ...').
# ('¨': a slide's Wingdings bullet, exported as the character its code stands for)
BULLET_MARKS = "-*+•‣◦▪●■□·–✅✔✓☑➜➤►→☛☞◆❖¨"
# ('- •Not including ...': a copy that kept the page's own bullet after the list's)
_BULLET = re.compile(rf"^(\s*)[{BULLET_MARKS}](?:\ufe0f)?(?:\s+(?:[•‣◦▪●]\s*)?(.*))?$")
_MARKS = f"{BULLET_MARKS}("
_NUMBER = re.compile(r"^(\s*)\(?\d{1,3}[.)](?:\s+(.*))?$")
# A dash glued to the point's first word, as some pages type them: '-Operations outside ...'.
_GLUED_BULLET = re.compile(r"^(\s*)[-•¨]([A-Z][a-z]*\s.*)$")
# A number glued to the point's first word: '1)Minimizing Redundancy', '2.Returns an ...'.
_GLUED_NUMBER = re.compile(r"^(\s*)\(?\d{1,2}[.)]([A-Z][a-z]+(?:\s.*)?)$")


def list_marker(line: str) -> Marker | None:
    """The list item a line starts, if any: '  • x', '- x', '* x', '1. x', '2) x'."""
    start = line.lstrip()[:1]
    if not start or (start not in _MARKS and not start.isdigit()):
        return None  # most lines: decided without a regex
    for kind, pattern in (
        (ItemKind.BULLET, _BULLET),
        (ItemKind.NUMBERED, _NUMBER),
        (ItemKind.BULLET, _GLUED_BULLET),
        (ItemKind.NUMBERED, _GLUED_NUMBER),
    ):
        match = pattern.match(line)
        if match and match.group(2):
            text = match.group(2)
            if kind is ItemKind.NUMBERED and (again := _NUMBER_AGAIN.match(text)) is not None:
                number = re.match(r"\s*\(?(\d+)", line)
                if number is not None and again.group(1) == number.group(1):
                    text = text[again.end() :]  # '1. 1Data Collection: ...': its number twice
            return Marker(kind, len(match.group(1)), text)
    return None


# An item's number said again, glued to its first word: '1. 1Data Collection'.
_NUMBER_AGAIN = re.compile(r"(\d{1,3})(?=[A-Z][a-z])")


# Patterns use negated classes rather than '.+?' so a line full of '*' or '_' stays linear.
_INLINE = (
    # A reference mark kept as a link by a copy: 'a database instance[[9]](https://...)'.
    # Taken before wiki links, which would leave '9(https://...)'.
    (re.compile(r"[ \t]?\[\[\d{1,3}\]\]\([^()\n]*\)"), ""),
    # Wiki links, as Obsidian notes and wikis write them: '[[dns|DNS]]' -> 'DNS',
    # '[[Cache]]' -> 'Cache'; an embedded file ('![[diagram.png]]') says nothing.
    (re.compile(r"!\[\[[^\[\]\n]*\]\]"), ""),
    (re.compile(r"\[\[[^\[\]|\n]*\|([^\[\]\n]+)\]\]"), r"\1"),
    (re.compile(r"\[\[([^\[\]|\n]+)\]\]"), r"\1"),
    # LaTeX's inline text commands, as a page of LaTeX source writes words: '\text{DELETE}'.
    (re.compile(r"\\(?:text|textbf|textit|texttt|emph|mathrm)\{([^{}\n]*)\}"), r"\1"),
    # A citation, as Pandoc notes write them: ' [@keith_2016]', ' [see @lee2020, p. 4]'.
    (re.compile(r"\s*\[(?:see\s+)?-?@[\w:.#/-]+(?:[;,][^\[\]\n]{0,80})?\]"), ""),
    # Link text never holds '[': a line of a million '[' is then scanned once.
    (re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)"), r"\1"),  # ![alt](src) -> alt
    (re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*\)"), r"\1"),  # [text](url) -> text
    # An AsciiDoc role over a code span, as Fedora's docs are written: '[command]`sudo`'.
    (re.compile(r"\[[a-z]{3,12}\](?=`)"), ""),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"\*\*([^*\n]+)\*\*"), r"\1"),
    (re.compile(r"__([^_\n]+)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~([^~\n]+)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), r"\1"),  # backslash escapes
    # A reference mark left by a copy: 'simultaneously [3].', 'as it is.[2][5]'
    # ('arr[3]' is code, and stays).
    (re.compile(r"[ \t]?(?<![\w\]])\[\d{1,3}\](?:\[\d{1,3}\])*(?=[\s.,;:!?]|$)"), ""),
)


_MARKUP = re.compile(r"[*_`\[~\\]")


def strip_inline(text: str) -> str:
    """Plain words from simple inline Markdown: bold, emphasis, code, links (wiki links
    too), images."""
    if _MARKUP.search(text) is None:  # most lines have no markup: skip the twelve passes
        return text
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def plain(text: str) -> str:
    """Inline Markdown removed and whitespace collapsed: the text an Item holds."""
    text = strip_inline(text)
    if "...." in text:
        # 'parameterized methods....[1]': a whole sentence's full stop, then the mark of
        # words left out of a quotation; the sentence is whole, not cut off
        text = _STOP_AND_OMISSION.sub(".", text)
    return collapse(text)


_STOP_AND_OMISSION = re.compile(r"(?<=[a-z)])\.{4}(?=\s|$)")


# A section number before a heading's words: '2.1. ', '7 ', '3) '.
# ('2.1. Address ...', '7 Application', '1 - What is VR?': a dash or colon after it too)
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}(?:[.)]|\s*[-–—:])?\s+(?=[A-Z])")


def unnumbered(heading: str) -> str:
    """A heading without the section number before it: '2.1. Address Resolution
    Protocol' -> 'Address Resolution Protocol', '7 Application' -> 'Application'."""
    return _SECTION_NUMBER.sub("", heading, count=1)


def without_marks(heading: str) -> str:
    """A heading without the pictures and symbols before its words: '🧊Why learn file
    signatures?' -> 'Why learn file signatures?' (an emoji is no word to ask with)."""
    start = 0
    while start < len(heading):
        if (
            unicodedata.category(heading[start]).startswith("S")
            or heading[start] in "\u200d\ufe0f "
        ):
            start += 1
        elif (garbled := _GARBLED_PICTURE.match(heading, start)) is not None:
            start = garbled.end()  # 'πŸ” What is a Switch?': an emoji's bytes misread
        else:
            break
    return heading[start:]


# An emoji's first bytes (F0 9F) read as Windows-1252 or -1253 letters, and the one or two
# characters its last bytes became: 'ðŸ‘‰', 'πŸ”'.
_GARBLED_PICTURE = re.compile(r"(?:ðŸ|πŸ)\S{0,2}(?=\s)")


def folder_path(location: Path) -> str:
    """The path a file that names none joins: its folder's name in words, 'system-basics'
    read as 'System Basics' (a name written with capitals is kept as it is)."""
    words = collapse(re.sub(r"[-_]+", " ", location.absolute().parent.name))
    return words.title() if words.islower() else words


# File names that name no concept: a note so called keeps needing a title of its own.
_UNNAMED = frozenset(
    {"index", "readme", "untitled", "note", "notes", "draft", "todo", "new note", "page"}
)


def note_name(file: str, suffixes: tuple[str, ...] = (".md", ".markdown")) -> str:
    """The name of a Markdown note without a title heading: its file's name, as note apps
    (Obsidian, Foam, Logseq) show it: 'WebSocket.md' is 'WebSocket', 'load-balancer.md'
    'Load balancer'. '' for a name that names nothing ('index.md', 'Untitled 3.md'), or
    a file of none of `suffixes`."""
    path = PurePath(file)
    if path.suffix.lower() not in suffixes:
        return ""
    name = path.stem if " " in path.stem.strip() else re.sub(r"[-_]+", " ", path.stem)
    name = collapse(name)
    bare = re.sub(r"[\s\d()]+$", "", name).casefold()  # 'Untitled 3', 'notes (2)'
    if not bare or bare in _UNNAMED or not any(c.isalpha() for c in name):
        return ""
    if len(name.split()) > 6:
        return ""
    return name[:1].upper() + name[1:]


# A wiki's link whose target the copy lost, before the next sentence: '[Wikipedia[]] A'.
_EMPTY_LINK = re.compile(r"\[(?P<words>\w[\w .-]{0,60})\[\]\](?=[ \t]+[A-Z])")
# A video thumbnail's file name left as its picture's words, at a line's start.
_THUMBNAIL_NAME = re.compile(r"^(?:maxres|hq|mq|sd)default(?:\.(?:jpg|webp))?[ \t]+", re.M)
# A page layout's tag left at a line's start when its text was copied: '<footer>Why ...'.
_LAYOUT_TAG = re.compile(
    r"^<(?:header|footer|main|section|article|aside|nav|div|span|p)\b[^<>\n]{0,80}>(?=[A-Z])",
    re.M,
)
# A blog's footnote written as a shortcode, on one line: '[ref]http://...[/ref]'.
_REF_SHORTCODE = re.compile(r"\[ref\][^\[\]\n]{0,500}\[/ref\]")


# A dictionary's dot between a word's syllables: 'op·por·tu·ni·ty'.
_SYLLABLE_DOT = re.compile(r"(?<=[a-z])·(?=[a-z])")


def without_leftovers(text: str) -> str:
    """A page copied from a browser without what its markup left in the words: a
    glossary's pop-up, copied inline where its term stood ('how a glossarySystemA system
    is a collection of ...Open glossary term works'), read as the term ('how a system
    works'); a wiki's bold and italic quotes (three apostrophes each side of 'kerning')
    dropped; a title line marked as AsciiDoc marks it ('= Hyperparameter') read as the
    plain title line it is; '(see below)', a wiki's '[edit]', a heading's '#' link and a
    docs site's 'Section titled “Summary”' dropped; a line cut short over its whole copy
    left blank; a link's picture glued to its word dropped; an encyclopedia's
    pronunciation in brackets ('(/ˈbɪmi/)'), a copyright notice glued to a sentence's
    stop, a footnote's '[ref]...[/ref]', a video thumbnail's file name and a layout tag
    at a line's start ('<footer>') dropped, and a crumb glued to the sentence opening on
    its term ('Braising - CookingBraising is ...'). Lines stay where they were."""
    if (marked := _EQUALS_TITLE.match(text)) is not None:
        text = _unmarked_title(text, marked)
    if "(see " in text:
        text = _SEE_ELSEWHERE.sub("", text)  # '... a number of other problems (see below)'
    if "the right)" in text or "the left)" in text or "(fig" in text or "(Fig" in text:
        # '(the green curves in the plots to the right)', '(Fig. 2)': pictures not copied
        text = _PICTURED.sub("", text)
    if "[edit]" in text:
        text = text.replace("[edit]", "")  # a wiki's link glued to each heading it copied
    if "·" in text:
        text = _SYLLABLE_DOT.sub("", text)  # 'op·por·tu·ni·ty cost': a dictionary's syllables
    if "[]]" in text:
        # '... can be found In [Wikipedia[]] A pivot table is ...': a wiki's link with
        # its target lost, and the stop after it
        text = _EMPTY_LINK.sub(r"\g<words>.", text)
    if "default " in text:
        text = _THUMBNAIL_NAME.sub("", text)  # 'maxresdefault What Is a Build Artifact?'
    if "<" in text and "</" not in text:
        # '<footer>Why should you care about ...?': a tag glued to the words after it, in
        # text with no closing tag (no HTML)
        text = _LAYOUT_TAG.sub("", text)
    if "[ref]" in text:
        # '... when pulling changes[ref]http://.../git-stash.html[/ref].': a blog's
        # footnote shortcode, its source copied into the sentence
        text = _REF_SHORTCODE.sub("", text)
    if ("#" in text or "¶" in text) and _ENDS_ON_A_MARK.search(text):
        text = _ANCHOR_MARK.sub("", text)  # 'Perceivable #': a heading's link to itself
    if "ore..." in text or "ore…" in text:
        text = _MORE_LINK.sub("", text)  # 'See More...What is the purpose of ...?'
    if "ast updated" in text:
        # '... see randomizationThis definition last updated 08/11/2008': a glossary's
        # footer glued to the last word of its gloss
        text = _GLUED_UPDATED.sub("", text)
    if " —" in text:
        # '... an equal chance of being chosen —synonym simple random sample —see
        # randomization': a dictionary's pointers to other headwords, after its gloss
        text = _CROSS_REFERENCES.sub("", text)
    if "Section titled" in text:
        text = _SECTION_TITLED.sub("", text)  # 'Section titled “Summary”People who ...'
    if ("Q:" in text or "Question:" in text) and _QA_QUESTION.search(text):
        # 'Q: What is Botrytis?' / 'A: Botrytis Cinera ... is a form of rot.': a Q&A
        # column's labels, no words of the question or its answer
        text = _QA_LABEL.sub(r"\1", text)
    if "Explanation" in text:
        # 'ExplanationSQL injection usually occurs when ...': a Q&A site's label, glued
        # to the first word of the answer under it
        text = _GLUED_LABEL.sub("", text)
    if " - " in text or " – " in text:
        # 'Braising - CookingBraising is a cooking method ...': a page's crumb (its term,
        # then its section) glued to the sentence that opens on the same term
        text = _GLUED_CRUMB.sub("", text)
    if any(map(text.__contains__, ("ourtesy", "OURTESY", "redit", "REDIT"))):
        # 'A flock of migrating birds. Photo courtesy of Wikimedia Commons': a picture's
        # caption, which the copy keeps without its picture
        text = _CAPTION_LINE.sub("", text)
    if " n." in text or " v." in text or " adj." in text:
        # "Rap-tor (rap'-tər) n.": a dictionary's head, its syllables, sound and part of
        # speech, on a line of its own above the gloss
        text = _HEAD_LINE.sub("", text)
    if "]" in text:
        # '[Latin, from rapere, to seize]Any of various birds of prey ...': where the word
        # comes from, glued to the gloss
        text = _GLUED_ORIGIN.sub("", text)
    if "?" in text:
        # 'What is a stalemate in chess?When a player has no legal moves, ...': a
        # question glued to its answer, whose words were lost with it
        text = _GLUED_ANSWER.sub(r"\g<asked> ", text)
    if "??" in text:
        # '??The sheet bend is ...': a sign the copy could not encode, before a paragraph
        text = _LOST_SIGNS.sub("", text)
    if " / " in text[:200]:
        # 'Entertainment / Literature / Typographic Justification: In printing, the ...':
        # a site's sections run into the label its gloss opens on
        text = _CRUMBS_BEFORE_LABEL.sub("", text, count=1)
    text = _without_cut_copies(text)
    if text[:1] == "1" and _LINE_NUMBER.match(text):
        text = _without_line_numbers(text)  # '1Cross-Origin Resource Sharing (CORS) is'
    if text[:1].isdigit() and (numbered := _NUMBERED_QUESTION.match(text)) is not None:
        text = text[numbered.end() :]  # '1What is the role of the sidecar ...?'
    if "Open glossary term" in text:
        text = _POP_UP.sub(lambda found: found["term"].lower(), text)
    if "''" in text:
        text = _WIKI_QUOTES.sub(r"\g<said>", text)
    if "(/" in text:
        text = _SAID_AS.sub("", text)  # 'or BIMI (/ˈbɪmi/), is a specification ...'
    if "uh" in text:
        text = _RESPELLED.sub(_unsaid, text)  # 'Tourniquet, << TUR nuh keht, >> is a ...'
    if "=" in text:
        text = _EQUALS_EXPANSION.sub(_as_spelled_out, text)  # 'CORS = Cross-Origin ...'
    if "Copyright" in text:
        text = _GLUED_COPYRIGHT.sub("", text)  # '... current surges.Copyright © 1981-2019 by'
    if "“" in text:
        # '“in software-intensive systems, technical debt is a collection of ...”': a
        # definition quoted whole on its own line, as a standard's glossary quotes it
        text = _QUOTED_LINE.sub(r"\g<said>", text)
    if " is\n" in text or " are\n" in text:
        # 'A Gantt chart is' / '' / 'a diagrammatic representation of ...': a definition
        # cut after its verb, the rest a paragraph below
        text = _CUT_AT_ITS_VERB.sub(r"\g<said> ", text)
    if "<\\/" in text:
        # '... in an image. <\/p>\n': a page copied from its feed's escaped markup
        text = _ESCAPED_MARKUP.sub("", text)
    if "\n\n" in text:
        text = _rejoined_wraps(text)
    if not beyond_the_bmp(text):
        return text
    return _LINK_ICON.sub("", text)  # 'is an 📝Artificial Intelligence (AI) based ...'


_GLUED_CRUMB = re.compile(
    r"(?m)^[ \t]*(?P<term>[A-Z][\w'-]*(?:[ \t][\w'-]+){0,3})[ \t]+[-–][ \t]+[A-Z][a-z]+"
    r"(?=(?P=term)\s)"
)
_CAPTION_LINE = re.compile(
    r"(?im)^[^\n]{0,160}?\b(?:photo|image|picture|illustration)\s+(?:courtesy|credit)s?\b[^\n]{0,120}$"
)
_HEAD_LINE = re.compile(
    r"(?m)^[ \t]*[A-Z][a-z]*(?:[-·][a-z]+)+[ \t]*\([^()\n]{2,30}\)[ \t]*(?:n|v|adj|adv)\.[ \t]*$"
)
# (not a wiki's '[edit | edit source]', which its own rules read)
_GLUED_ORIGIN = re.compile(r"(?m)^[ \t]*\[(?!edit\b)[^\[\]|\n]{2,60}\](?=[A-Z][a-z])")
_GLUED_ANSWER = re.compile(
    r"(?m)^(?P<asked>[ \t]*(?:What|How|Why|When|Who|Where|Which|Is|Are|Do|Does|Can)\b[^?\n]{3,120}"
    r"\?)(?=[A-Z][a-z])"
)
_LOST_SIGNS = re.compile(r"(?m)^[ \t]*\?{2,}[ \t]*(?=[A-Z])")
# Two to five sections, each a few words in capitals, before a label and its colon at the
# text's first line (a word each part, bounded: linear in a long line).
_CRUMBS_BEFORE_LABEL = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]{0,30}(?:[ \t][\w&'’-]{1,30}){0,3}[ \t]+/[ \t]+){2,5}"
    r"(?=[A-Z][\w'’-]{0,30}(?:[ \t][\w'’-]{1,30}){0,3}:[ \t]+\S)"
)
_CUT_AT_ITS_VERB = re.compile(
    r"(?m)^(?P<said>[ \t]*(?:An?|The)\s+[^\n.?!:]{1,60}?\s(?:is|are))[ \t]*\n(?:[ \t]*\n)*(?=[a-z])"
)
# Markup a feed escapes, with the line break it writes as two characters: '<\/p>\n',
# '<\/a>' and '<a>' run into a word.
_ESCAPED_MARKUP = re.compile(r"<\\?/?[a-z][a-z0-9]{0,9}>(?:\\n)?|\\n(?=[ \t]*$)", re.M)
# A line that is one quotation and nothing else, long enough to be a sentence.
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*“(?P<said>[^“”\n]{40,})”[ \t]*$")
# A line broken mid-sentence by the copy, a blank line after it, and the sentence going
# on in lowercase: '... is able to' / '' / 'determine whether that memory ...'.
_BROKEN_OFF = re.compile(r"[^\n]{40,}[a-z,]")
_GOES_ON_LOWER = re.compile(r"[a-z]")
# How many such breaks make a page hard-wrapped with doubled breaks (one alone may be a
# heading or a code line before a lowercase one).
_WRAPS = 2


def _rejoined_wraps(text: str) -> str:
    """`text` with each sentence a copy broke over lines and blank lines joined again,
    when it did so at least _WRAPS times: each line's rest is run onto the line above,
    and its own line left blank, so every line keeps its number."""
    lines = text.split("\n")
    breaks = [
        at
        for at in range(len(lines) - 2)
        if not lines[at + 1].strip()
        and _GOES_ON_LOWER.match(lines[at + 2]) is not None
        and _BROKEN_OFF.fullmatch(lines[at]) is not None
    ]
    if len(breaks) < _WRAPS:
        return text
    for at in reversed(breaks):  # from the end: a line joined on may be joined on again
        lines[at] = f"{lines[at]} {lines[at + 2]}"
        lines[at + 2] = ""
    return "\n".join(lines)


# A quiz's number glued to the question a page opens on: '1What is the role of ...?'.
_NUMBERED_QUESTION = re.compile(
    r"[1-9]\d{0,2}(?=(?:What|How|Why|When|Which|Who|Where|Is|Are|Can|Does|Do)\s"
    r"[^\n]*\?[ \t]*(?:\n|$))"
)
# A line number glued to the line's first word, as a code viewer copies it: '2allows a
# server to indicate ...'.
_LINE_NUMBER = re.compile(r"(?P<number>[1-9]\d{0,4})(?=[^\d\s.):])")


def _without_line_numbers(text: str) -> str:
    """`text` without the numbers a copy glued to the start of its lines, when its lines
    open 1, 2, 3, ... (at least three of them): a page copied from a viewer that numbers
    lines ('1Cross-Origin Resource Sharing (CORS) is ...' / '2allows a server to ...')."""
    lines = text.split("\n")
    counted = 0
    for line in lines:
        found = _LINE_NUMBER.match(line)
        if found is None or int(found["number"]) != counted + 1:
            break
        counted += 1
    if counted < 3:
        return text
    unnumbered = [_LINE_NUMBER.sub("", line, count=1) for line in lines[:counted]]
    return "\n".join([*unnumbered, *lines[counted:]])


# A note's line spelling an abbreviation out as an equation: 'CORS = Cross-Origin Resource
# Sharing'.
_EQUALS_EXPANSION = re.compile(
    r"^(?P<short>[A-Z][A-Za-z0-9]{1,7})[ \t]*=[ \t]*(?P<long>[A-Z][\w-]*(?:[ \t]+[\w-]+){1,6})"
    r"[ \t]*$",
    re.M,
)


def _as_spelled_out(found: re.Match[str]) -> str:
    """The line said as a sentence when its words' initials are the abbreviation's
    capitals ('CORS stands for Cross-Origin Resource Sharing.'); 'Origin = Protocol +
    Domain + Port' and 'X = Some Value' stay as they are."""
    from cards.defining import spells_out  # (this module stays a leaf: loaded when met)

    short, long = found["short"], found["long"]
    return f"{short} stands for {long}." if spells_out(short, long) else found.group(0)


# How a name is said, in an encyclopedia's brackets: ' (/ˈbɪmi/)', ' (/ˈjuːz/; YOOZ)'.
_SAID_AS = re.compile(r" \(/[^/()\n]{1,40}/(?:;[^()\n]{0,40})?\)")
# How a name is said, respelled in syllables with the stressed one in capitals, in
# brackets after it: ', << TUR nuh keht, >>', ' (HIGHM lik muh NOO vuhr)'.
_RESPELLED = re.compile(
    r"(?P<before>,?)[ \t]*(?:<<|\()[ \t]*"
    r"(?P<said>(?:[a-z]{1,5}|[A-Z]{1,6})(?:[ \t-]+(?:[a-z]{1,5}|[A-Z]{1,6})){1,7}),?[ \t]*(?:>>|\))"
    r"(?P<after>,?)"
)
# Words that make a bracket of short words and capitals a phrase, not syllables ('(HTTP
# over TLS)').
_NO_SYLLABLES = frozenset(
    ("a", "an", "and", "as", "by", "for", "in", "is", "of", "on", "or", "the", "to")
)


def _unsaid(found: re.Match[str]) -> str:
    """A respelling dropped with its commas ('Tourniquet, << TUR nuh keht, >> is' ->
    'Tourniquet is'); anything else in brackets kept. A respelling has a stressed
    syllable in capitals, the others small, and a schwa spelled 'uh' among them."""
    syllables = re.split(r"[ \t-]+", found["said"])
    small = [syllable for syllable in syllables if syllable.islower()]
    if (
        len(small) == len(syllables)
        or not any("uh" in syllable for syllable in small)
        or _NO_SYLLABLES.intersection(small)
    ):
        return found[0]
    return "," if found["before"] and found["after"] else ""  # ('X, (...), a kind of ...')


# A site's copyright notice glued to the stop of the sentence before it.
_GLUED_COPYRIGHT = re.compile(r"(?<=[a-z]\.)Copyright\s*(?:©|\([cC]\))[^\n]*")


_EQUALS_TITLE = re.compile(r"^\s*(?P<marks>=+) (?=\S)")
# A picture a wiki sets before each of its links, inside a line, glued to the link's word.
_LINK_ICON = re.compile("(?<=[ \t])[\U0001f300-\U0001faff]\ufe0f?(?=[A-Za-z])")
# A heading's link to itself at the end of its line: 'Perceivable #', 'Overview ¶'. (Only
# after a word, so at the start of a run of spaces: a search starting inside every run of
# a line is quadratic.) Glued to a word of two letters or more too ('Content
# Negotiation#'), never to one letter: 'C#' and 'F#' are languages.
_ANCHOR_MARK = re.compile(r"(?<=\w)[ \t]+[#¶][ \t]*$|(?<=[A-Za-z]{2})#[ \t]*$", re.M)
# A line that ends on such a mark, found in a tenth of the time: Markdown's headings hold
# '#' at the start of their lines, where it is none.
_ENDS_ON_A_MARK = re.compile(r"[#¶][ \t]*$", re.M)
# A link to more, copied into the line after it: 'See More...What is the purpose of ...'.
_MORE_LINK = re.compile(r"^[ \t]*(?:See|Read|Show|Learn|View) [Mm]ore(?:\.\.\.|…)(?=[A-Z])", re.M)
# A page's 'last updated' footer, glued to the last word of the line before it.
_GLUED_UPDATED = re.compile(
    r"(?<=[a-z.])(?:This\s+(?:definition|entry|page|term)\s+(?:was\s+)?)?[Ll]ast\s+updated\s+"
    r"(?:on\s+)?\d{1,2}/\d{1,2}/\d{2,4}[ \t]*$",
    re.M,
)
# A dictionary's cross-references after a gloss, to the end of its line: ' —synonym simple
# random sample —see randomization', ' —compare median', ' —called also ...'.
_CROSS_REFERENCES = re.compile(
    r"[ \t]+—[ \t]*(?:synonyms?|see(?:[ \t]+also)?|compare|called[ \t]+also|also[ \t]+called)"
    r"\b[^\n]*$",
    re.M,
)
# A Q&A site's label over its answer, glued to the answer's first word.
# A Q&A column's question, labelled: 'Q: What is Botrytis?'.
_QA_QUESTION = re.compile(r"(?m)^[ \t]*(?:Q|Question)[ \t]*:[ \t]*\S[^\n]*\?[ \t]*\r?$")
# Its labels on the question and the answer lines: 'Q: ', 'A: ', 'Answer: '.
_QA_LABEL = re.compile(r"(?m)^([ \t]*)(?:Q|Question|A|Ans|Answer)[ \t]*:[ \t]+")
_GLUED_LABEL = re.compile(r"^[ \t]*Explanation(?=[A-Z][A-Za-z]*[ \t])", re.M)
# The text a docs site gives a heading's link, copied into the paragraph under it.
_SECTION_TITLED = re.compile(r"Section titled “[^”\n]{1,80}”")


def _unmarked_title(text: str, marked: re.Match[str]) -> str:
    """`text` with its first line's title marks taken off: '= Hyperparameter', and a
    wiki's '= ZooKeeper =' closed by as many marks as open it."""
    end = text.find("\n", marked.end())
    end = len(text) if end < 0 else end
    title = text[marked.end() : end].rstrip()
    if f" {marked['marks']} " in title:
        return text  # '====== Bytecode ====== In computing, ...': text run in after it
    if title.endswith(f" {marked['marks']}"):
        title = title[: -len(marked["marks"])].rstrip()
    return text[: marked.start("marks")] + title + text[end:]


# A picture the copy left out, pointed at in brackets: '(the curves in the plot to the
# right)', '(Fig. 2)'.
_PICTURED = re.compile(
    r"[ \t]?\((?:[^()\n]{0,60}\b(?:plots?|graphs?|figures?|diagrams?|images?|pictures?|charts?)"
    r"\s+(?:to|on|at)\s+the\s+(?:right|left)|(?:see\s+)?fig(?:ure|\.)?\s*\d{1,3}[a-z]?)\)",
    re.I,
)
# A pointer to another part of the page, which a card shown alone cannot follow.
_SEE_ELSEWHERE = re.compile(r"[ \t]?\(see (?:below|above|later|earlier)\)")


def _without_cut_copies(text: str) -> str:
    """A line that is only the start of the line below it left blank: a copy's first,
    broken go at a sentence ('A small positive number (e.g.') over the whole of it."""
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        line, below = lines[k].strip(), lines[k + 1].strip()
        if len(below) > len(line) and below.startswith(line) and _broken(line):
            lines[k] = ""
    return "\n".join(lines)


def _broken(line: str) -> bool:
    """Whether a line stops where no title does: inside a bracket, or after many words
    (a title line said again as its definition's first words, 'Testing in Production' /
    'Testing in Production is a practice ...', is no broken copy)."""
    return line.count("(") > line.count(")") or len(line.split()) >= _CUT_COPY_WORDS


_CUT_COPY_WORDS = 12  # words of a line that stops where the line below goes on
# A pop-up's term, then its gloss, then the link that opens it, run together.
_POP_UP = re.compile(r"glossary(?P<term>[A-Z][a-z]{1,30})(?=[A-Z])[^\n]{0,400}?Open glossary term")
_WIKI_QUOTES = re.compile(r"(?P<quotes>'''|'')(?P<said>[^'\s](?:[^'\n]{0,80}?[^'\s])?)(?P=quotes)")


def latex_tables(text: str) -> str:
    """A LaTeX tabular's rows as Markdown table rows ('DELETE & TRUNCATE' -> '| DELETE |
    TRUNCATE |'), its \\begin, \\hline and \\end lines left blank: a row is no sentence
    and no 'Term: gloss' line, whatever its cells say. Text outside a tabular is kept, and
    every line stays on its line number (a card's source line is the file's)."""
    if "\\begin{tabular}" not in text:
        return text
    out: list[str] = []
    inside = False
    for line in text.split("\n"):
        bare = line.strip()
        if bare.startswith(("\\begin{tabular}", "\\end{tabular}")):
            inside = bare.startswith("\\begin")
            out.append("")
            continue
        if not inside:
            out.append(line)
            continue
        bare = bare.removesuffix("\\\\").replace("\\hline", "").strip()
        if " & " in bare:
            bare = "| " + " | ".join(cell.strip() for cell in bare.split(" & ")) + " |"
        out.append(bare)
    return "\n".join(out)


# A table copied as text with its cells run together: the header ('TermExplanation',
# 'FeatureAdvantage') is two of these words glued, and each row a term glued to its gloss.
_HEADER_WORDS = (
    "term|explanation|definition|meaning|description|feature|advantage|benefit|concept|"
    "name|value|purpose|type|example|property|aspect|component|role|command|details"
)
_GLUED_HEADER = re.compile(rf"^\s*(?i:{_HEADER_WORDS})(?=[A-Z])(?i:{_HEADER_WORDS})\s*$")
_GLUED_HEADER_LINE = re.compile(_GLUED_HEADER.pattern, re.M)
# Where a row's term ends and its gloss begins: 'Column FamilyA group of ...'.
_ROW_GLUE = re.compile(r"^(?P<term>[A-Z][\w-]*(?: [\w-]+){0,3}?)(?<=[a-z\d])(?=[A-Z][a-z]*[\s-])")


def glued_tables(text: str) -> str:
    """Each row of a table whose cells were run together ('TermExplanation' over 'RowA
    single data entry ...') as a 'Row: A single data entry ...' line, and its header line
    left blank: a glossary the page set as a table. Every line keeps its number."""
    if _GLUED_HEADER_LINE.search(text) is None:
        return text  # (most texts: one scan, no line-by-line pass)
    out: list[str] = []
    rows = False
    for line in text.split("\n"):
        if _GLUED_HEADER.match(line):
            rows = True
            out.append("")
            continue
        glued = _ROW_GLUE.match(line) if rows and line.strip() else None
        if glued is None:
            rows = rows and bool(line.strip())  # (a blank line ends the table)
            out.append(line)
            continue
        out.append(f"{glued['term']}: {line[glued.end() :].strip()}")
    return "\n".join(out)


# A product's model after the kind of thing it is: 'Ultrasonic sensor HC-SR04'.
_MODEL_AFTER = re.compile(
    r"(?P<kind>[A-Za-z][\w -]{2,60}?)\s+(?P<model>[A-Z]{1,5}-?[A-Z]{0,4}\d[\w-]*)"
)


def without_model(title: str, below: list[str]) -> str:
    """A title without the product model after its kind of thing, when the lines below
    speak of that kind: 'Ultrasonic sensor HC-SR04' over 'An ultrasonic sensor transmits
    ...' is about ultrasonic sensors, the model one of them. (Said after an article: a
    maker's name before its model, 'Apple M1', is no kind of thing.)"""
    found = _MODEL_AFTER.fullmatch(title.strip())
    if found is None:
        return title
    kind = re.compile(rf"\b(?:an?|the)\s+{re.escape(found['kind'])}\b", re.I)
    return found["kind"] if any(kind.search(line) for line in below) else title
