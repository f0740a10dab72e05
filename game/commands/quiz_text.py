"""``quiz --text``: the quiz in plain text, for screen readers and for a terminal.

Numbered questions and options, one idea per line and no drawing characters, so a screen
reader reads it as it stands. Answers are typed by number or letter (an order as
``3 1 2 4``, a number as digits); anything else gets a re-prompt that says what to type.
After each answer come the right answer, the explanation and the verbatim quote with its
source. Input may be piped: the end of input ends the quiz with the score so far.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from game.commands.quiz_common import choose_pack, fresh_seed
from game.content.model import Pack, QuizItem
from game.errors import SpaceAccordError
from game.paths import results_dir
from game.quiz.answers import HELP_WORDS, QUIT_WORDS, how_to_answer, parse_answer
from game.quiz.classroom import EndEarly, EnterAnswer, Next, Reveal
from game.quiz.engine import Answer, Question, citations, right_answer
from game.services.classroom import Choices, Classroom, settings_for

STUDENT = 0  # the one team of a text quiz's session
DEFAULT_NAME = "Student"


def _spoken_answer(item: QuizItem, question: Question) -> str:
    """The right answer in words a screen reader reads well (no arrows or symbols).

    An order is given as the numbers to type (the items' numbers on screen, which are
    shuffled), then the items in that order: "3 1 4 2: Alpha, then Beta, ...".
    """
    good = right_answer(item, question)
    if isinstance(good, tuple):
        typed = " ".join(str(index + 1) for index in good)
        items = ", then ".join(question.choices[index] for index in good)
        return f"{typed}: {items}"
    if question.type in ("choice", "true_false") and isinstance(good, int):
        return f"{question.letter(good)}, {question.choices[good]}"
    unit = f" {item.unit}" if item.unit else ""
    tolerance = f" (answers within {item.tolerance:g} count)" if item.tolerance else ""
    return f"{item.answer}{unit}{tolerance}"


class TextQuiz:
    """One run of the terminal quiz over ``stdin`` and ``stdout``."""

    def __init__(self, pack: Pack, stdin: TextIO, stdout: TextIO) -> None:
        self.pack = pack
        self.stdin = stdin
        self.out = stdout
        self.echo = not _is_terminal(stdin)
        self.right = 0
        self.asked = 0
        self.input_ended = False

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def ask(self, prompt: str) -> str | None:
        """One line typed after ``prompt``; ``None`` at the end of input."""
        self.out.write(prompt)
        self.out.flush()
        line = self.stdin.readline()
        if not line:
            self.say()
            self.input_ended = True
            return None
        text = line.rstrip("\r\n")
        if self.echo:  # piped input is not shown by a terminal: show it, so the log reads
            self.say(text)
        return text

    def show(self, number: int, total: int, question: Question) -> None:
        self.say()
        self.say(f"Question {number} of {total}.")
        self.say(" ".join(question.prompt.split()))  # an order's prompt says what order
        for index, choice in enumerate(question.choices):
            self.say(f"{index + 1}. ({question.letter(index)}) {choice}")
        self.say(how_to_answer(question))

    def answer(self, question: Question) -> Answer | None:
        """Ask until a valid answer comes; ``None`` to stop."""
        while True:
            text = self.ask("Your answer: ")
            if text is None or text.strip().lower() in QUIT_WORDS:
                return None
            if text.strip().lower() in HELP_WORDS:
                self.say(how_to_answer(question) + " Type q to stop.")
                continue
            given = parse_answer(question, text)
            if given is None:
                shown = text.strip() or "nothing"
                self.say(f"Sorry, {shown!r} is not an answer to this question.")
                self.say(how_to_answer(question))
                continue
            return given

    def feedback(self, item: QuizItem, question: Question, correct: bool) -> None:
        if correct:
            self.say("Right.")
        else:
            lead = "The right order is" if question.type == "order" else "The answer is:"
            self.say(f"Not quite. {lead} {_spoken_answer(item, question)}.")
        self.say(" ".join(item.explanation.split()))
        for cite in citations(self.pack, item.facts):
            quote = " ".join(cite.quote.split())
            publisher = f", {cite.publisher}" if cite.publisher else ""
            dated = f", {cite.as_reported}" if cite.published else ""
            self.say(f'Source: "{quote}" From "{cite.source_title}"{publisher}{dated}.')

    def score(self, finished: bool) -> None:
        self.say()
        share = f" ({round(100 * self.right / self.asked)} percent)" if self.asked else ""
        lead = "Final score" if finished else "Score so far"
        self.say(f"{lead}: {self.right} out of {self.asked}{share}.")

    def run(self, classroom: Classroom) -> int:
        """Ask every question of ``classroom`` (a one-student session) through the service,
        which grades and logs each answer as the projector's would."""
        total = len(classroom.session.questions)
        while not classroom.session.finished:
            s = classroom.session
            self.show(s.index + 1, total, s.question)
            try:
                given = self.answer(s.question)
            except KeyboardInterrupt:
                given = None
            if given is None:
                classroom.apply(EndEarly())
                self.say("End of input: quiz stopped." if self.input_ended else "Quiz stopped.")
                self.score(finished=False)
                return 0
            classroom.apply(EnterAnswer(STUDENT, given))
            entry = classroom.session.entry(s.index, STUDENT)
            correct = entry is not None and entry.right
            classroom.apply(Reveal())
            self.asked += 1
            self.right += int(correct)
            self.feedback(s.item, s.question, correct)
            classroom.apply(Next())
        self.score(finished=True)
        return 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_quiz(
    pack: Pack,
    count: int,
    seed: int,
    stdin: TextIO,
    stdout: TextIO,
    *,
    folder: Path | None = None,
    name: str = DEFAULT_NAME,
) -> int:
    """The whole terminal quiz; returns the exit code. With ``folder``, the answers go to a
    results file there, as a classroom session's do (one team: the student)."""
    if not pack.quiz:
        raise SpaceAccordError(f"pack {pack.info.id!r} has no quiz questions")
    settings = settings_for(pack, Choices(questions=count, teams=(name,), seed=seed))
    classroom = Classroom.start(pack, settings, folder, log=folder is not None)
    quiz = TextQuiz(pack, stdin, stdout)
    title = " ".join(pack.info.title.split())
    asked = len(classroom.session.questions)
    quiz.say(f"Space Accord quiz: {title}.")
    quiz.say(f"{asked} questions, seed {seed}: run with --seed {seed} for the same questions.")
    quiz.say("Answer with the number or the letter of an option. Type h for help, q to stop.")
    return quiz.run(classroom)


def run(args: argparse.Namespace) -> int:
    pack = choose_pack(args.pack)
    seed = args.seed if args.seed is not None else fresh_seed()
    return run_quiz(pack, args.questions, seed, sys.stdin, sys.stdout, folder=results_dir())
