"""Reading action plans from their tables, as the adopted document lays them out, with every
problem named by where it is (plan_files.py turns a .docx, .xlsx, .csv or .tsv into rows).

A plan's table starts with its heading, "Action Plan A. Title" (or "Plan d'action A." /
"خطة العمل A."), then, after any blank lines, the header row: STRATEGIC GOAL, REF. No.,
DESCRIPTION OF ACTION, PARTICIPATING ENTITY, INDICATORS, SOURCES OF DATA and OBSERVATION (in
English, French or Arabic, in any order; OBSERVATION may be left out). One file may hold several
plans, each under its heading. Then one row per action:

- the goal cell "1. Capacity development" names goal 1; an empty goal cell continues the goal above
  it. The adopted document's goal cells are merged over their actions and their text may sit on a
  lower row: an action whose reference says goal 2 (2.1) belongs to goal 2 when the table names it.
- a row without a reference number continues the action above it: the table broken across a page.
  A row with only a goal cell names that goal.
- several points in one cell are separated by line breaks (paragraphs in Word), bullets "•" or
  " || " (the portal's own TSV): a description's first point is the description, the others its
  sub-points. Sources of data are also separated by ";".
- indicators one per line or paragraph, or inline with their codes ("2.1 a) Contact points
  designated 2.1 b) Contact points listed"): 2.1.a, 2.1.b. A single uncoded indicator takes the
  action's reference as its code; several are lettered a, b, c...
- participating entities are read as written and matched against the directory by
  import_changes.py (Vocabulary below): names or acronyms separated by spaces, commas,
  semicolons or line breaks.
"""

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

MAX_CELL_CHARACTERS = 10_000  # the longest cell of the adopted plans has 650
MAX_LISTED_PROBLEMS = 50

HEADING = re.compile(
    r"^(?:action\s+plan|plan\s+d['’]\s*action|خطة\s+العمل)\s+(?P<code>[a-z])\s*[.:–-]\s*(?P<title>.+)$",
    re.IGNORECASE,
)
GOAL = re.compile(r"^(?P<number>\d{1,3})\s*[.)]\s*(?P<title>.+)$")
REFERENCE = re.compile(r"^(?P<goal>\d{1,3})\s*\.\s*(?P<action>\d{1,3})\s*\.?$")
# "2.2.a)", "2.2. b)", "3.1 a)": an indicator's code, at the start of a line or inline.
INDICATOR_CODE = re.compile(
    r"(?<![\w.])(?P<goal>\d{1,3})\s?\.\s?(?P<action>\d{1,3})\s?\.?\s?(?P<letter>[a-z])\s?\)"
)
LETTER_CODE = re.compile(r"^(?P<letter>[a-z])\)\s+")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
POINTS = re.compile(r"\n|\|\||•")  # description points and indicators
SOURCES = re.compile(r"\n|\|\||•|;")
BULLET = re.compile(r"^[-–—*▪◦●]\s+")
BLOCK_TAGS = re.compile(r"</?(?:ul|ol|li|p|br|div)\b[^<>]*>", re.IGNORECASE)
INLINE_TAGS = re.compile(r"</?[a-z][a-z0-9]*\b[^<>]*>", re.IGNORECASE)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

GOAL_COLUMN, REFERENCE_COLUMN = "goal", "reference"
DESCRIPTION, ENTITIES, INDICATORS, SOURCES_COLUMN, OBSERVATION = (
    "description",
    "entities",
    "indicators",
    "sources",
    "observation",
)
CONTENT_COLUMNS = (DESCRIPTION, ENTITIES, INDICATORS, SOURCES_COLUMN, OBSERVATION)
# The adopted document's headers, and the portal's own column names (in every language).
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    GOAL_COLUMN: ("STRATEGIC GOAL", "STRATEGIC GOALS", gettext_noop("Strategic goal")),
    REFERENCE_COLUMN: ("REF. No.", "REF", "REFERENCE", gettext_noop("Ref. No.")),
    DESCRIPTION: ("DESCRIPTION OF ACTION", "DESCRIPTION", gettext_noop("Description of action")),
    ENTITIES: (
        "PARTICIPATING ENTITY",
        "PARTICIPATING ENTITIES",
        gettext_noop("Participating entities"),
    ),
    INDICATORS: ("INDICATORS", "INDICATOR", gettext_noop("Indicators")),
    SOURCES_COLUMN: ("SOURCES OF DATA", "SOURCES", gettext_noop("Sources of data")),
    OBSERVATION: ("OBSERVATION", "OBSERVATIONS", gettext_noop("Observation")),
}
REQUIRED_COLUMNS = (GOAL_COLUMN, REFERENCE_COLUMN, DESCRIPTION, ENTITIES, INDICATORS)


@dataclass(frozen=True)
class SourceRow:
    """One row of the file: a table row (or a line of a text file), or a Word paragraph."""

    where: str  # "Line 5", "Row 5", "Table 2, row 5": how problems name it
    cells: tuple[str, ...]
    in_table: bool = True
    # Text files: a row must have as many cells as the header (a line break outside quotes
    # splits a row in two).
    strict_width: bool = False


@dataclass
class IndicatorRow:
    code: str
    text: str
    # The code as the table prints it, when it is not the action's: "3.2 b)" under action 3.1
    # (code "3.2.b").
    printed: str = ""


@dataclass
class ActionRow:
    where: str
    goal_number: int
    goal_title: str
    reference: str
    description: str
    sub_points: list[str]
    entities: str  # as written; services.py matches it against the directory
    indicators: list[IndicatorRow]
    data_sources: list[str]
    observation: str


@dataclass
class PlanTable:
    code: str
    title: str
    where: str = ""
    actions: list[ActionRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class PlanTableError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def listed_problems(problems: list[str]) -> list[str]:
    """The first MAX_LISTED_PROBLEMS problems (or notes), then how many more there are."""
    if len(problems) <= MAX_LISTED_PROBLEMS:
        return list(problems)
    more = len(problems) - MAX_LISTED_PROBLEMS
    return [*problems[:MAX_LISTED_PROBLEMS], _("… and %(count)s more.") % {"count": more}]


def quoted(text: str, limit: int = 60) -> str:
    """User text inside a message: on one line, and short (a cell may hold a megabyte)."""
    text = " ".join(text.split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"


def at(where: str, message: str) -> str:
    return f"{where}: {message}"


def clean_cell(text: str) -> str:
    """The cell's text with line breaks as "\\n", without markup or control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = CONTROL_CHARACTERS.sub("", text)
    if "<" in text:
        text = INLINE_TAGS.sub("", BLOCK_TAGS.sub("\n", text))
    return text.strip()


def one_line(text: str) -> str:
    return " ".join(text.split())


def split_points(text: str, separators: re.Pattern = POINTS) -> list[str]:
    parts = (BULLET.sub("", part.strip()).strip() for part in separators.split(text))
    return [part for part in parts if part]


def same_words(first: list[str], second: list[str]) -> bool:
    return " ".join(first).split() == " ".join(second).split()


def _normalised(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[.:°*]", " ", text.casefold()).split())


@lru_cache(maxsize=1)
def _column_names() -> dict[str, str]:
    """Normalised header text -> column, in every language of the portal."""
    names = {}
    for column, spellings in COLUMN_NAMES.items():
        for spelling in spellings:
            names[_normalised(spelling)] = column
            for language, _name in settings.LANGUAGES:
                with translation.override(language):
                    names[_normalised(translation.gettext(spelling))] = column
    return names


@dataclass
class Header:
    columns: dict[str, int]  # column -> cell index
    width: int
    unread: dict[int, str]  # cell index -> a header the import does not read


def read_header(cells: list[str]) -> tuple[Header | None, list[str]]:
    """The header, if these cells are one; else the required columns it lacks when the row looks
    like a header (three known column names or more)."""
    names = _column_names()
    columns: dict[str, int] = {}
    unread = {}
    for index, cell in enumerate(cells):
        column = names.get(_normalised(cell)) if cell else None
        if column and column not in columns:
            columns[column] = index
        elif cell:
            unread[index] = cell
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if not missing:
        return Header(columns=columns, width=len(cells), unread=unread), []
    return None, (missing if len(columns) >= 3 else [])


def column_title(column: str) -> str:
    return _(COLUMN_NAMES[column][-1])


@dataclass
class _RawAction:
    where: str
    reference: str
    own_goal: int | None
    goal_above: int | None
    cells: dict[str, str]


@dataclass
class _Table:
    code: str
    title: str
    where: str
    header: Header
    goals: dict[int, tuple[str, str]] = field(default_factory=dict)  # number -> (title, where)
    goal_above: int | None = None
    problems_before: int = 0  # the file's problems when the table started
    actions: list[_RawAction] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.tables: list[PlanTable] = []
        self.heading: tuple[str, str, str] | None = None  # code, title, where
        self.table: _Table | None = None
        self.skipping = False  # after a broken header, until the next heading

    def problem(self, where: str, message: str) -> None:
        self.problems.append(at(where, message))

    def feed(self, row: SourceRow) -> None:
        cells = [clean_cell(cell) for cell in row.cells]
        filled = [cell for cell in cells if cell]
        if not filled:
            return
        heading = None
        if len(filled) == 1 and len(filled[0]) <= MAX_CELL_CHARACTERS:
            heading = HEADING.match(one_line(filled[0]))
        if heading:
            self.close()
            self.heading = (heading["code"].upper(), one_line(heading["title"]), row.where)
            self.skipping = False
            return
        if not row.in_table or self.skipping:
            return  # a Word paragraph between tables; rows under a header that could not be read
        too_long = [cell for cell in cells if len(cell) > MAX_CELL_CHARACTERS]
        for cell in too_long:
            self.problem(
                row.where,
                _("a cell of %(count)s characters; at most %(limit)s are read.")
                % {"count": f"{len(cell):,}", "limit": f"{MAX_CELL_CHARACTERS:,}"},
            )
        if too_long:
            return
        header, missing = read_header(cells)
        if self.table is None:
            self.start(row, header, missing)
        elif header is None:
            self.read_action_row(row, cells)
        # else: the header again, repeated on a new page or above a table's second part.

    def start(self, row: SourceRow, header: Header | None, missing: list[str]) -> None:
        if header is None:
            if missing:
                self.problem(
                    row.where,
                    _("the header row lacks the columns %(columns)s.")
                    % {"columns": ", ".join(column_title(column) for column in missing)},
                )
                self.skipping = True
            else:  # a title or a date above the table
                self.notes.append(at(row.where, _("not part of a plan's table: not read.")))
            return
        if self.heading is None:
            self.problem(
                row.where,
                _("the header row needs the heading “Action Plan A. Title” above it."),
            )
            self.skipping = True
            return
        code, title, where = self.heading
        self.table = _Table(
            code=code,
            title=title,
            where=where,
            header=header,
            problems_before=len(self.problems),
        )
        for name in header.unread.values():
            self.table.notes.append(
                at(row.where, _("the column %(name)s is not read.") % {"name": quoted(name)})
            )

    def read_action_row(self, row: SourceRow, cells: list[str]) -> None:
        table = self.table
        header = table.header
        if row.strict_width and len(cells) < header.width:
            self.problem(
                row.where,
                _("%(count)s columns instead of %(expected)s.")
                % {"count": len(cells), "expected": header.width},
            )
            return
        # Text under a header the import does not read was noted with the header; text under
        # no header at all would be lost.
        read = set(header.columns.values()) | set(header.unread)
        outside = [cell for index, cell in enumerate(cells) if cell and index not in read]
        if outside:
            self.problem(
                row.where,
                _("text outside the table's columns: %(text)s.") % {"text": quoted(outside[0])},
            )
            return

        def cell(column: str) -> str:
            index = header.columns.get(column)
            return cells[index] if index is not None and index < len(cells) else ""

        goal_cell, reference_cell = cell(GOAL_COLUMN), cell(REFERENCE_COLUMN)
        content = {column: cell(column) for column in CONTENT_COLUMNS}
        own_goal = None
        if goal_cell:
            goal = GOAL.match(one_line(goal_cell))
            if not goal:
                self.problem(
                    row.where,
                    _("the strategic goal %(goal)s needs a number.") % {"goal": quoted(goal_cell)},
                )
                return
            own_goal = int(goal["number"])
            title = one_line(goal["title"])
            named = table.goals.setdefault(own_goal, (title, row.where))
            if named[0] != title:
                self.problem(
                    row.where,
                    _("goal %(number)s is named %(title)s on %(where)s.")
                    % {"number": own_goal, "title": quoted(named[0]), "where": named[1]},
                )
            table.goal_above = own_goal
        if reference_cell:
            reference = REFERENCE.match(one_line(reference_cell))
            if not reference:
                self.problem(
                    row.where,
                    _("%(reference)s is not a reference number like 2.1.")
                    % {"reference": quoted(reference_cell)},
                )
                return
            table.actions.append(
                _RawAction(
                    where=row.where,
                    reference=f"{int(reference['goal'])}.{int(reference['action'])}",
                    own_goal=own_goal,
                    goal_above=table.goal_above,
                    cells=content,
                )
            )
        elif any(content.values()):
            if not table.actions:
                self.problem(
                    row.where, _("a row without a reference number and no action above it.")
                )
                return
            action = table.actions[-1]
            for column, text in content.items():
                if text:
                    action.cells[column] = f"{action.cells[column]} {text}".strip()
            table.notes.append(
                at(
                    row.where,
                    _(
                        "no reference number: read as the rest of action %(reference)s above "
                        "(a row broken across a page)."
                    )
                    % {"reference": action.reference},
                )
            )

    def close(self) -> None:
        """Ends the current table; a heading without a table is only noted (a table of contents
        lists the plans' headings too)."""
        table, self.table = self.table, None
        if table is None:
            if self.heading and not self.skipping:
                self.notes.append(
                    at(self.heading[2], _("a heading without a table under it: not read."))
                )
            return
        self.heading = None
        if any(existing.code == table.code for existing in self.tables):
            self.problem(
                table.where,
                _("Action Plan %(code)s appears twice in the file.") % {"code": table.code},
            )
            return
        plan = PlanTable(code=table.code, title=table.title, where=table.where, notes=table.notes)
        seen: set[str] = set()
        for raw in table.actions:
            action = self.finish_action(table, raw, seen)
            if action:
                plan.actions.append(action)
        if not table.actions and len(self.problems) == table.problems_before:
            self.problem(
                table.where, _("Action Plan %(code)s has no actions.") % {"code": table.code}
            )
        self.tables.append(plan)

    def finish_action(self, table: _Table, raw: _RawAction, seen: set[str]) -> ActionRow | None:
        where, reference = raw.where, raw.reference
        number = int(reference.split(".")[0])
        above = raw.own_goal if raw.own_goal is not None else raw.goal_above
        if above != number and (raw.own_goal is not None or number not in table.goals):
            # An empty goal cell may still be part of goal `number`'s merged cell, whose text sits
            # on a lower row: the reference decides when the table names that goal.
            if above is None:
                self.problem(where, _("the first action needs its strategic goal."))
            else:
                self.problem(
                    where,
                    _("action %(reference)s does not belong to goal %(goal)s.")
                    % {"reference": reference, "goal": above},
                )
            return None
        if reference in seen:
            self.problem(where, _("action %(reference)s appears twice.") % {"reference": reference})
            return None
        seen.add(reference)
        points = split_points(raw.cells[DESCRIPTION])
        if not points:
            self.problem(
                where, _("action %(reference)s has no description.") % {"reference": reference}
            )
            return None
        return ActionRow(
            where=where,
            goal_number=number,
            goal_title=table.goals[number][0],
            reference=reference,
            description=points[0],
            sub_points=points[1:],
            entities=raw.cells[ENTITIES],
            indicators=self.read_indicators(table, where, reference, raw.cells[INDICATORS]),
            data_sources=split_points(raw.cells[SOURCES_COLUMN], SOURCES),
            observation=raw.cells[OBSERVATION],
        )

    def read_indicators(
        self, table: _Table, where: str, reference: str, text: str
    ) -> list[IndicatorRow]:
        found: list[tuple[str | None, str]] = []  # (letter or None, text)
        # letter -> (the code as printed, in the portal's notation), when not the action's
        printed: dict[str, tuple[str, str]] = {}
        for paragraph in split_points(text):
            letter = LETTER_CODE.match(paragraph)
            if letter:
                found.append((letter["letter"], paragraph[letter.end() :].strip()))
                continue
            codes = list(INDICATOR_CODE.finditer(paragraph))
            if not codes:
                found.append((None, paragraph))
                continue
            if paragraph[: codes[0].start()].strip():
                found.append((None, paragraph[: codes[0].start()].strip()))
            for position, code in enumerate(codes):
                end = codes[position + 1].start() if position + 1 < len(codes) else None
                printed_as = f"{int(code['goal'])}.{int(code['action'])}"
                if printed_as != reference:
                    # Kept as printed (the editorial note says so), not silently renumbered.
                    shown = f"{printed_as}.{code['letter']}"
                    printed[code["letter"]] = (" ".join(code.group(0).split()), shown)
                    table.notes.append(
                        at(
                            where,
                            _("indicator %(written)s read as %(code)s, under action %(ref)s.")
                            % {"written": quoted(code.group(0)), "code": shown, "ref": reference},
                        )
                    )
                found.append((code["letter"], paragraph[code.end() : end].strip()))
        if len(found) == 1 and found[0][0] is None:
            return [IndicatorRow(reference, found[0][1])]
        used = {letter for letter, _text in found if letter}
        free = iter(letter for letter in LETTERS if letter not in used)
        indicators = []
        for letter, indicator_text in found:
            letter = letter or next(free, None)
            if letter is None:
                self.problem(where, _("more indicators than letters a to z."))
                return []
            written, code = printed.get(letter, ("", f"{reference}.{letter}"))
            if any(indicator.code == code for indicator in indicators):
                self.problem(where, _("indicator %(code)s appears twice.") % {"code": code})
            elif not indicator_text:
                self.problem(where, _("indicator %(code)s has no text.") % {"code": code})
            indicators.append(IndicatorRow(code, indicator_text, written))
        return indicators

    def finish(self) -> list[PlanTable]:
        self.close()
        if not self.tables and not self.problems:
            self.problems.append(
                _(
                    "No plan's table was found: a plan needs its heading “Action Plan A. Title” "
                    "followed by the header row (%(columns)s)."
                )
                % {"columns": ", ".join(column_title(column) for column in REQUIRED_COLUMNS)}
            )
        if self.problems:
            raise PlanTableError(self.problems)
        return self.tables


@dataclass
class PlanFile:
    tables: list[PlanTable]
    notes: list[str]  # about rows outside every plan's table


def parse_rows(rows: Iterable[SourceRow]) -> PlanFile:
    """Every plan of the file, or PlanTableError listing every problem; nothing half-read."""
    reader = _Reader()
    for row in rows:
        reader.feed(row)
    return PlanFile(tables=reader.finish(), notes=reader.notes)


def text_rows(text: str, delimiter: str = "\t") -> Iterator[SourceRow]:
    """The records of a CSV or tab-separated text; a quoted cell may hold line breaks (as Excel
    writes them), and each record is named by the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            yield SourceRow(
                where=_("Line %(line)s") % {"line": line}, cells=tuple(cells), strict_width=True
            )
            line = reader.line_num + 1
    except csv.Error as error:  # a cell longer than the csv module's limit (128 KB), mostly
        too_long = "field larger than field limit" in str(error)
        raise PlanTableError(
            [
                at(
                    _("Line %(line)s") % {"line": line},
                    _("a cell of more than %(limit)s characters; at most %(limit)s are read.")
                    % {"limit": f"{MAX_CELL_CHARACTERS:,}"}
                    if too_long
                    else _("cannot be read (%(error)s).") % {"error": error},
                )
            ]
        ) from error


def parse_plan_table(text: str) -> PlanTable:
    """One plan from the portal's own tab-separated table (actionplans/seed/*.tsv)."""
    tables = parse_rows(text_rows(text)).tables
    if len(tables) != 1:
        raise PlanTableError([_("The file holds %(count)s plans.") % {"count": len(tables)}])
    return tables[0]


# --- Names in a cell: longest first against a vocabulary -----------------------------------------

# Names may hold spaces; commas, semicolons, slashes, bullets and line breaks end them.
WORD = re.compile(r"[^\s,;|•/]+|[,;|•/\n]")
SEPARATORS = frozenset(",;|•/\n")
Named = TypeVar("Named")


def _tokens(text: str) -> list[str]:
    return [token.casefold() for token in WORD.findall(text)]


class Vocabulary(Generic[Named]):
    """Names to look for in a cell, each standing for a value (an organisation)."""

    def __init__(self, names: Mapping[str, Named]) -> None:
        self.values = {tuple(_tokens(name)): value for name, value in names.items() if name.strip()}
        self.longest = max((len(key) for key in self.values), default=0)

    def match(self, text: str) -> tuple[list[Named], list[str]]:
        """What the cell names, longest name first ("Eurojust ATT" before "Eurojust"), and the
        runs of words left over, as written ("Ec. Crim")."""
        words = WORD.findall(text)
        tokens = [word.casefold() for word in words]
        found: list[Named] = []
        left: list[str] = []
        run: list[str] = []
        position = 0
        while position < len(tokens):
            for length in range(min(self.longest, len(tokens) - position), 0, -1):
                value = self.values.get(tuple(tokens[position : position + length]))
                if value is not None:
                    break
            else:
                value, length = None, 1
            if value is not None or tokens[position] in SEPARATORS:
                if run:
                    left.append(" ".join(run))
                    run = []
                if value is not None and value not in found:
                    found.append(value)
            else:
                run.append(words[position])
            position += length
        if run:
            left.append(" ".join(run))
        return found, left
