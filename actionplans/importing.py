"""Reading an action plan from the seed's tab-separated table, with every problem named by line.

Columns: STRATEGIC GOAL, REF. No., DESCRIPTION OF ACTION, PARTICIPATING ENTITY, INDICATORS,
SOURCES OF DATA, OBSERVATION. Line 1 is the plan's heading ("Action Plan A. Title"), line 2 the
header. The goal cell is filled on a goal's first action and left empty on the following ones;
several values in one cell are separated by "; " (entities, sources) or " || " (description
points, indicators, an indicator may start with its code such as "2.2.a) ").
"""

import csv
import io
import re
from dataclasses import dataclass, field

HEADER = [
    "STRATEGIC GOAL",
    "REF. NO.",
    "DESCRIPTION OF ACTION",
    "PARTICIPATING ENTITY",
    "INDICATORS",
    "SOURCES OF DATA",
    "OBSERVATION",
]
HEADING = re.compile(r"^Action Plan (?P<code>[A-Z])\.\s+(?P<title>.+)$")
GOAL = re.compile(r"^(?P<number>\d+)\.\s*(?P<title>.+)$")
REFERENCE = re.compile(r"^(?P<goal>\d+)\.(?P<action>\d+)$")
INDICATOR_CODE = re.compile(r"^(?P<code>\d+\.\d+\.[a-z])\)\s*(?P<text>.+)$")
POINTS = " || "
VALUES = ";"


@dataclass
class IndicatorRow:
    code: str
    text: str


@dataclass
class ActionRow:
    line: int
    goal_number: int
    goal_title: str
    reference: str
    description: str
    sub_points: list[str]
    entities: list[str]
    indicators: list[IndicatorRow]
    data_sources: list[str]
    observation: str


@dataclass
class PlanTable:
    code: str
    title: str
    actions: list[ActionRow] = field(default_factory=list)


class PlanTableError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _split(cell: str, separator: str) -> list[str]:
    return [part.strip() for part in cell.split(separator.strip()) if part.strip()]


def parse_plan_table(text: str) -> PlanTable:
    """The plan as rows, or PlanTableError listing every bad line; nothing half-read."""
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    problems: list[str] = []
    if len(rows) < 3:
        raise PlanTableError(["The file needs a heading line, a header line and actions."])
    heading = HEADING.match(" ".join(rows[0]).strip())
    if not heading:
        raise PlanTableError(["Line 1: expected the heading “Action Plan A. Title”."])
    if [cell.strip().upper() for cell in rows[1]] != HEADER:
        raise PlanTableError([f"Line 2: expected the columns {', '.join(HEADER)}."])
    table = PlanTable(code=heading["code"], title=heading["title"].strip())
    goal_number, goal_title, seen = None, "", set()
    for line, cells in enumerate(rows[2:], start=3):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(HEADER):
            problems.append(f"Line {line}: {len(cells)} columns instead of {len(HEADER)}.")
            continue
        goal_cell, reference, description, entities, indicators, sources, observation = (
            cell.strip() for cell in cells
        )
        if goal_cell:
            goal = GOAL.match(goal_cell)
            if not goal:
                problems.append(f"Line {line}: the strategic goal “{goal_cell}” needs a number.")
                continue
            goal_number, goal_title = int(goal["number"]), goal["title"].strip()
        if goal_number is None:
            problems.append(f"Line {line}: the first action needs its strategic goal.")
            continue
        ref = REFERENCE.match(reference)
        if not ref:
            problems.append(f"Line {line}: “{reference}” is not a reference number like 2.1.")
            continue
        if int(ref["goal"]) != goal_number:
            problems.append(
                f"Line {line}: action {reference} does not belong to goal {goal_number}."
            )
            continue
        if reference in seen:
            problems.append(f"Line {line}: action {reference} appears twice.")
            continue
        seen.add(reference)
        if not description:
            problems.append(f"Line {line}: action {reference} has no description.")
            continue
        points = _split(description, POINTS)
        indicator_rows = []
        unlettered = [text for text in _split(indicators, POINTS) if not INDICATOR_CODE.match(text)]
        for position, text in enumerate(_split(indicators, POINTS)):
            coded = INDICATOR_CODE.match(text)
            if coded:
                if not coded["code"].startswith(reference + "."):
                    problems.append(
                        f"Line {line}: indicator {coded['code']} does not belong to {reference}."
                    )
                indicator_rows.append(IndicatorRow(coded["code"], coded["text"].strip()))
            elif len(unlettered) == 1:
                indicator_rows.append(IndicatorRow(reference, text))
            else:
                indicator_rows.append(IndicatorRow(f"{reference}.{'abcdefghij'[position]}", text))
        table.actions.append(
            ActionRow(
                line=line,
                goal_number=goal_number,
                goal_title=goal_title,
                reference=reference,
                description=points[0],
                sub_points=points[1:],
                entities=_split(entities, VALUES),
                indicators=indicator_rows,
                data_sources=_split(sources, VALUES),
                observation=observation,
            )
        )
    if problems:
        raise PlanTableError(problems)
    return table
