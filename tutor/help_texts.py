"""Help texts as typer renders them, 80 columns wide, for `tutor.quick_help`.

Written by `python -m tutor.quick_help`: do not edit. A test fails when they differ
from what typer renders."""

# As `tutor` prints them, by command.
TEXTS: dict[str, str] = {
    "": """\
Usage: tutor [OPTIONS] COMMAND [ARGS]...

  Learn concept paths in the terminal: flashcards and checks, scheduled with
  FSRS. With no command: what to do today.

Options:
  --db <path>  Collection file to use (default: $TUTOR_HOME/tutor.sqlite3,
               else the user data directory).
  --create     Make a new collection at --db or TUTOR_HOME even where its
               folder is missing.
  --json       With no command: today's figures as JSON, for scripts and
               status bars.
  --version    Print the version and exit.
  -h, --help   Show this message and exit.

Commands:
  review    Review today's due cards, then new cards of the open steps.
  init      Make a new collection at --db, TUTOR_HOME or the default place.
  import    Import entry files, folders, web pages, CSV or JSON as cards.
  preview   Show the cards entry files would give, without saving anything.
  path      Show each path's steps: status, cards seen, recall, what next.
  check     Check yourself on a step; a pass opens the next one.
  read      Read a step's entry, or one section of it, in the terminal.
  stats     Show progress: today, 30 days ahead, retention, streaks, steps.
  optimize  Fit the memory model (FSRS) to your own review history.
  backup    Copy the collection safely, even while a review is open.
  restore   Replace the collection by a backup, once the backup is checked.
  doctor    Check the collection's file, card states and review logs.
  config    Show the settings, or set one (tutor config new_per_day 30).
  export    Write your cards and history to other formats.
  cards     List and search cards; suspend, unsuspend, forget, flag them.
""",
    "review": """\
Usage: tutor review [OPTIONS]

  Review the cards due today, then new cards of unlocked steps (paths taken in
  turn).

  Keys: Space/Enter reveal; 1 Again, 2 Hard, 3 Good, 4 Easy, Enter/Space
  accept the marked rating (Good for cards you rate yourself, the grade for
  graded ones); for choices the option's number (Space shows the answer
  without one, proposing Again); on a typed card just type, Enter submits, Esc
  leaves the field; u undo (an answer, a suspension or a flag), s suspend, f
  flag (a wrong card: type why, or Enter), r read the card's section, q or
  Ctrl-C quit (answers are kept), ? shows every key. When a step is ready, the
  end says so and c takes its check. Examples: tutor review --path "System
  Basics"; tutor review --step backend; tutor review --cram dns.

Options:
  --path <str>  Only this path's cards (a hidden path too).
  --step <str>  Only this step's cards (title, slug or alias); all its new
                cards, past the day's limit.
  --cram <str>  Practise every card of this step in a fresh order; saves
                nothing (no schedule change, no review logged).
  -h, --help    Show this message and exit.
""",
    "init": """\
Usage: tutor init [OPTIONS]

  Make a new collection (at --db, TUTOR_HOME or the default place), folders
  included.

  The built-in System Basics path is put in at once. A collection already
  there is left as it is.

Options:
  -h, --help  Show this message and exit.
""",
    "import": """\
Usage: tutor import [OPTIONS] {TARGET...}

  Import entry files (plain-text pages, Markdown, glossaries, web pages) as
  cards.

  A web page is read from a saved .html file or straight from its http(s)://
  address (its main text only: menus, footers and banners are dropped). A
  glossary page that defines many terms gives an entry for each. Everything is
  checked before anything is written. Importing the same files twice changes
  nothing; an edited entry keeps the progress of every card whose question did
  not change; cards whose source is gone are retired, their reviews kept.

  tutor import csv FILE... reads cards written in a spreadsheet (see
  docs/GUIDE.md); tutor import json FILE loads a document from tutor export
  json into a new collection. Files ending in .csv or .json are read that way
  too.

Arguments:
  TARGET...  Entry files (Markdown, text, saved .html pages), folders of them,
             or web page URLs; or csv FILE... (cards), json FILE (a whole
             collection).  [required]

Options:
  --dry-run       Show what would change; write nothing.
  --skip-invalid  Import the valid files even if some are not.
  --json          Print the changes as JSON.
  -h, --help      Show this message and exit.
""",
    "preview": """\
Usage: tutor preview [OPTIONS] {TARGET...}

  Show the cards entry files would give, without saving anything.

  The cards are those tutor import would make into your collection (--db or
  TUTOR_HOME): the files given together, and the steps already on their path,
  lend each other wrong options, then the entries of your other paths. With no
  collection there yet, they are those of an import into a new one, beside the
  built-in System Basics path. Nothing is written, and no collection is made.

Arguments:
  TARGET...  Entry files, folders of them, or web page URLs.  [required]

Options:
  --json          Print entries and cards as JSON, for scripts.
  --seed <int>    Shuffles the options (0, as tutor import does).  [default:
                  0]
  --explain       Say which maker in cards/makers/ made each card, and list
                  the lines no card was made from.
  --skip-invalid  Exit 0 when some files are not valid (the rest are shown).
  --no-pager      Print everything even when it is long.
  -h, --help      Show this message and exit.
""",
    "path": """\
Usage: tutor path [OPTIONS] [NAME | remove NAME | hide NAME | show NAME]

  Show each path's steps in order: status, cards seen, predicted recall, last
  check, and what to do next. Hide, show or remove a path (the built-in one
  too).

  Predicted recall is the mean FSRS chance of recalling each of the step's
  cards right now; cards you have not seen yet count as 0.

  tutor path hide NAME: its cards leave reviews (progress kept) until tutor
  path show NAME. tutor path remove NAME: its steps and cards are retired
  after you confirm; the reviews stay in the log, and importing its files
  again brings it back.

Arguments:
  [NAME | remove NAME | hide NAME | show NAME]
                                  One path to show (default: every path); or
                                  remove NAME, hide NAME, show NAME.

Options:
  --json      Print the steps as JSON.
  -y, --yes   Remove without asking for confirmation.
  -h, --help  Show this message and exit.
""",
    "check": """\
Usage: tutor check [OPTIONS] [STEP]

  Check yourself on a step: up to 10 questions from its cards, of mixed kinds.

  Pass (80% right by default, rounded up: 8 of 10 questions, 4 of 4 on a step
  with only 4 to ask; `tutor config check_pass_mark`) and the next step's new
  cards start coming in `tutor review`. A later step may be checked directly:
  passing it unlocks it and every step before it. Each answer also counts as a
  review of its card. Choice and typed questions are graded for you; self-
  graded ones are revealed and you judge whether you knew them (1 no, 2-4
  yes), and the result says how many. Options are shuffled afresh and a retake
  within a day asks other questions where the step has them. Keys: the
  option's number (Space shows the answer, counted as missed); on a typed
  question just type, Enter submits, Space on an empty field skips; q quits
  (answers so far are kept as reviews, no attempt is recorded); ? shows the
  keys.

Arguments:
  STEP  The step to check: its title, slug or alias (any case).

Options:
  --path <str>  The path of the step, when several have one so named.
  --history     List past checks (of STEP, or all).
  --json        With --history: print the checks as JSON.
  -h, --help    Show this message and exit.
""",
    "read": """\
Usage: tutor read [OPTIONS] {TARGET}

  Read a step's entry in the terminal, or one section of it; long pages are
  paged.

  Examples: tutor read backend; tutor read backend#key-takeaways; tutor read
  dns#faq. Leech and failed-check messages name the section to reread this
  way.

Arguments:
  TARGET  The step (title, slug, alias or path/slug), then optionally
          #SECTION: a section heading as a slug (key-takeaways) or its kind
          (faq, pros).  [required]

Options:
  --path <str>  The path of the step, when several have one so named.
  --no-pager    Print the page even when it is long.
  -h, --help    Show this message and exit.
""",
    "stats": """\
Usage: tutor stats [OPTIONS]

  Show your progress: today, the next 30 days, retention, a calendar, and each
  step.

  Retention is the share of answers to cards in review that were not rated
  Again, over the last 7, 30 and 365 days. Days start at the day_start_hour
  setting. Longer than the terminal, it opens in your pager (as git does), so
  that 'Today' stays in sight.

Options:
  --path <str>  Only the cards of this path.
  --json        Print every figure as JSON.
  --no-pager    Print everything even when it is long.
  -h, --help    Show this message and exit.
""",
    "optimize": """\
Usage: tutor optimize [OPTIONS]

  Fit the memory model (FSRS) to your own review history.

  Scores your current parameters and the fitted ones on the same reviews (log
  loss and RMSE of binned recall; lower is better) and keeps the fitted ones
  only when they predict your recall better. Reviews from checks count like
  any other.

Options:
  --retention  Suggest a desired retention instead: simulate a year at a few
               values.
  --reset      Go back to the default parameters.
  --json       Print the result as JSON.
  -h, --help   Show this message and exit.
""",
    "backup": """\
Usage: tutor backup [OPTIONS] [FILE]

  Write a consistent copy of your collection, safe while a review is running.

  Default file: backups/tutor-<date>-<time>.sqlite3 beside the collection,
  readable by you only. `tutor restore FILE` puts it back.

Arguments:
  FILE  Where to write the copy (default: backups/ beside the collection).

Options:
  --force     Replace FILE if it exists.
  --json      Print where it went as JSON.
  -h, --help  Show this message and exit.
""",
    "restore": """\
Usage: tutor restore [OPTIONS] [FILE]

  Replace your collection by a backup, after checking the backup is sound.

  The backup must be a tutor collection that passes SQLite's integrity check
  and is not from a newer tutor. Your current collection is kept beside it as
  tutor.sqlite3.before-restore-<date>-<time>; a damaged or foreign file
  changes nothing. Into a TUTOR_HOME that does not exist yet (a new machine):
  tutor --create restore FILE. A file of tutor export json is no backup: tutor
  import json FILE loads it.

Arguments:
  FILE  A backup written by tutor backup (left out: the backups there are).

Options:
  --json      Print what happened as JSON.
  -h, --help  Show this message and exit.
""",
    "doctor": """\
Usage: tutor doctor [OPTIONS]

  Check the collection: the file's integrity, every card's state against its
  review log, and rows that point at nothing. --fix repairs them.

  Problems are summed up by kind with a few examples each; --json lists every
  one. Exit status 0 when the collection is sound (or was repaired), 1 when
  problems remain.

Options:
  --fix       Repair what was found (a copy of the file is taken first).
  --json      Print the findings as JSON.
  --thorough  Also check that every index holds exactly its table's rows
              (slow: about ten times the quick check of the file).
  -h, --help  Show this message and exit.
""",
    "config": """\
Usage: tutor config [OPTIONS] [name] [value]

  Show the settings, or set one: tutor config desired_retention 0.85.

  desired_retention 0.70-0.99, new_per_day, reviews_per_day, day_start_hour
  0-23, check_pass_mark 0.5-1.0.

Arguments:
  name   Setting to show or set.
  value  New value.

Options:
  --json      Print settings as JSON.
  -h, --help  Show this message and exit.
""",
    "export": """\
Usage: tutor export [OPTIONS] COMMAND [ARGS]...

  Write your cards and history to other formats.

Options:
  -h, --help  Show this message and exit.

Commands:
  revlog  Write the review log as CSV, for the FSRS optimizer and others.
  anki    Write the cards as an Anki package (.apkg), a deck per step.
  csv     Write every card as CSV, which tutor import csv reads back.
  json    Write the whole collection as one JSON document.
""",
    "export revlog": """\
Usage: tutor export revlog [OPTIONS] {FILE}

  Write the review log as CSV for the FSRS optimizer and other FSRS tools.

  Columns: card_id, review_time (UTC milliseconds), review_rating (1 Again ..
  4 Easy), review_state (the card's state before the answer: 0 new, 1
  learning, 2 review, 3 relearning), review_duration (milliseconds; empty when
  unknown). Reviews from checks are included. card_id is an integer made from
  tutor's text card id (the first 53 bits of its SHA-256), so a card keeps the
  same number in every export.

Arguments:
  FILE  CSV file to write; - for standard output.  [required]

Options:
  --force     Replace FILE if it exists.
  --json      Print a summary as JSON.
  -h, --help  Show this message and exit.
""",
    "export anki": """\
Usage: tutor export anki [OPTIONS] {FILE}

  Write your cards as an Anki package (.apkg): a deck per path and step.

  Choice and true/false cards become front/back notes with the options on the
  front; the back shows the answer, the explanation and the source. Exporting
  again and importing into Anki updates the notes instead of adding copies.
  Progress stays here; suspended and flagged cards are tagged tutor::suspended
  and tutor::flagged and come in suspended when Anki imports the package's
  scheduling.

Arguments:
  FILE  The .apkg file to write.  [required]

Options:
  --force       Replace FILE if it exists.
  --json        Print what was written as JSON.
  --path <str>  Only the cards of this path (name or slug).
  -h, --help    Show this message and exit.
""",
    "export csv": """\
Usage: tutor export csv [OPTIONS] {FILE}

  Write every card as CSV: path, step, kind, prompt, answer, options,
  explanation, tags, answering, accepted (lists separated by " | "). `tutor
  import csv` reads it back as new cards: progress, flags and suspensions are
  not in it (`tutor export json` and `tutor backup` keep everything).

Arguments:
  FILE  The CSV file to write; - for stdout.  [required]

Options:
  --force       Replace FILE if it exists.
  --json        Print what was written as JSON.
  --path <str>  Only the cards of this path (name or slug).
  -h, --help    Show this message and exit.
""",
    "export json": """\
Usage: tutor export json [OPTIONS] {FILE}

  Write the whole collection as one JSON document ("format": "tutor-
  collection").

  Entries, cards, memory states, every review, settings and check attempts.
  `tutor import json FILE` into a new collection gives the same states and
  reviews.

Arguments:
  FILE  The .json file to write.  [required]

Options:
  --force     Replace FILE if it exists.
  --json      Print what was written as JSON.
  -h, --help  Show this message and exit.
""",
    "cards": """\
Usage: tutor cards [OPTIONS] COMMAND [ARGS]...

  List and search your cards; suspend, unsuspend, forget, flag or unflag them.

Options:
  -s, --search <str>  Words that start words of the prompt, answer or
                      explanation (all of them); a phrase in double quotes,
                      inside single ones for the shell: '"small and often"'.
  --path <str>        Only the cards of this path (a hidden path's are listed
                      only so).
  --step <str>        Only the cards of this step (title, slug or alias).
  --kind <str>        definition, claim, identify, cloze, list, truefalse,
                      faq, ...
  --state <str>       new, learning, review, suspended, leech, flagged or
                      retired (default: every card not retired).
  --flagged           The flagged cards, with entry file, line and reason.
  --json              Print the cards as JSON.
  --no-pager          Print everything even when it is long.
  -h, --help          Show this message and exit.

Commands:
  show       Show cards whole: options, answer, source, memory, answers.
  suspend    Suspend cards: they leave reviews and checks until unsuspended.
  unsuspend  Bring suspended cards (leeches too) back into reviews.
  forget     Put cards back to new; their reviews stay in the log.
  flag       Flag cards as wrong: out of reviews and checks until fixed.
  unflag     Clear cards' flags: they come back into reviews and checks.
""",
    "cards show": """\
Usage: tutor cards show [OPTIONS] {ID...}

  Show cards whole, as Anki's card info does: the question and its options,
  the answer, the sentence it comes from (file and line), its memory (due,
  recall, stability, difficulty) and every answer given to it.

  Example: tutor cards show 6b063f5a

Arguments:
  ID...  Card ids, as `tutor cards` shows them; any unique start will do.
         [required]

Options:
  --json      Print the cards as JSON.
  -h, --help  Show this message and exit.
""",
    "cards suspend": """\
Usage: tutor cards suspend [OPTIONS] {ID...}

  Suspend cards: they leave reviews and checks until unsuspended.

Arguments:
  ID...  Card ids, as `tutor cards` shows them; any unique start will do.
         [required]

Options:
  -h, --help  Show this message and exit.
""",
    "cards unsuspend": """\
Usage: tutor cards unsuspend [OPTIONS] {ID...}

  Bring suspended cards (leeches too) back into reviews and checks.

Arguments:
  ID...  Card ids, as `tutor cards` shows them; any unique start will do.
         [required]

Options:
  -h, --help  Show this message and exit.
""",
    "cards forget": """\
Usage: tutor cards forget [OPTIONS] {ID...}

  Put cards back to new, to learn again; their reviews stay in the log.

Arguments:
  ID...  Card ids, as `tutor cards` shows them; any unique start will do.
         [required]

Options:
  -h, --help  Show this message and exit.
""",
    "cards flag": """\
Usage: tutor cards flag [OPTIONS] {ID...}

  Flag cards as wrong: hidden from reviews and checks until unflagged or
  changed.

Arguments:
  ID...  Card ids, as `tutor cards` shows them; any unique start will do.
         [required]

Options:
  -r, --reason <str>  What is wrong with it.
  -h, --help          Show this message and exit.
""",
    "cards unflag": """\
Usage: tutor cards unflag [OPTIONS] {ID...}

  Clear the flags of cards: they come back into reviews and checks.

Arguments:
  ID...  Card ids, as `tutor cards` shows them; any unique start will do.
         [required]

Options:
  -h, --help  Show this message and exit.
""",
}
# Where another program name makes the usage line wrap otherwise: that text whole.
WRAPPED_OTHERWISE: dict[str, dict[str, str]] = {
    "python -m tutor": {
        "path": """\
Usage: python -m tutor path [OPTIONS] [NAME | remove NAME | hide NAME | show
                            NAME]

  Show each path's steps in order: status, cards seen, predicted recall, last
  check, and what to do next. Hide, show or remove a path (the built-in one
  too).

  Predicted recall is the mean FSRS chance of recalling each of the step's
  cards right now; cards you have not seen yet count as 0.

  tutor path hide NAME: its cards leave reviews (progress kept) until tutor
  path show NAME. tutor path remove NAME: its steps and cards are retired
  after you confirm; the reviews stay in the log, and importing its files
  again brings it back.

Arguments:
  [NAME | remove NAME | hide NAME | show NAME]
                                  One path to show (default: every path); or
                                  remove NAME, hide NAME, show NAME.

Options:
  --json      Print the steps as JSON.
  -y, --yes   Remove without asking for confirmation.
  -h, --help  Show this message and exit.
""",
    },
}
