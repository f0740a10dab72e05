"""``quiz --text``: the quiz in plain text, for screen readers and for a terminal.

Written to be heard: one idea per line, no drawing characters or bracketed letters (a
speech synthesiser reads "(A)" as "uh"), each option as "Option A, or 1: China." so either
the letter or the number may be typed. Answers are typed by number, letter or the option's
words (an order as ``3 1 2 4``, a match as the partner of each row in turn, ``B A C``, a
number in digits or in words); anything else gets a
re-prompt that says what to type. The feedback repeats the student's own answer in words,
says whether it was right, gives the right answer with its words, the explanation and the
verbatim quote with its source, and waits for Enter before the next question. The session
runs through the classroom service, so its answers go to a results file like a classroom's
(one team: the student) with a gradebook at the end. ``--id ITEM`` asks one item.
Input may be piped: the end of input ends the quiz with the score so far.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from game.commands.quiz_common import choose_pack, fresh_seed
from game.content.citations import citations
from game.content.model import Pack, QuizItem
from game.errors import SpaceAccordError
from game.paths import results_dir
from game.quiz.answers import HELP_WORDS, QUIT_WORDS, parse_answer, typing_hint
from game.quiz.classroom import EndEarly, EnterAnswer, Next, Reveal
from game.quiz.engine import Answer, Question, number_text, right_answer
from game.quiz.kinds import kind_of
from game.quiz.question import LETTERS, Hint
from game.services.classroom import Choices, Classroom, settings_for
from game.textsafe import for_terminal
from game.ui.quiz_words import explanation_text, prompt_text

STUDENT = 0  # the one team of a text quiz's session
DEFAULT_NAME = "Student"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# What each kind of question calls its choices, and how feedback opens, by its hint's code.
NOUNS = {"type-order": "Item", "type-match": "Item"}
LEADS = {
    "type-order": ("You put them in the order", "The right order is"),
    "type-match": ("You paired them", "The pairs are"),
}
PLAIN_LEADS = ("You answered", "The answer is")


def how_to_answer(question: Question) -> str:
    """One sentence telling the player what to type for ``question``."""
    return hint_text(typing_hint(question))


def hint_text(hint: Hint) -> str:
    """The English of a typing ``Hint``."""
    count = hint.count
    example = " ".join(str(n) for n in (2, 1, *range(3, count + 1)))
    if hint.code == "type-true-false":
        return "Type 1 for True or 2 for False."
    if hint.code == "type-option":
        # Letters listed, not "from A to D": a speech synthesiser reads a lone "A" as "uh".
        letters = ", ".join(LETTERS[: count - 1]) + f" or {LETTERS[count - 1]}"
        return f"Type a number from 1 to {count}, or a letter: {letters}."
    if hint.code == "type-order":
        return (
            f"Type the numbers of all {count} items in the right order, separated by spaces, "
            f"for example {example}."
        )
    if hint.code == "type-match":
        return (
            f"For each of the {count} rows in turn, type the number of the item that goes "
            f"with it, separated by spaces, for example {example}."
        )
    if hint.code == "type-number":
        unit = f" (in {hint.unit})" if hint.unit else ""
        return f"Type a number{unit}, in digits or in words."
    raise ValueError(f"no words for the hint {hint.code!r}")


def option_line(question: Question, index: int) -> str:
    """ "Option A, or 1: China." (an order's or a match's items are "Item A, or 1: ...")."""
    noun = NOUNS.get(typing_hint(question).code, "Option")
    return f"{noun} {question.letter(index)}, or {index + 1}: {question.choices[index]}."


def said_answer(item: QuizItem, question: Question, answer: Answer) -> str:
    """An answer in words a screen reader reads well (no arrows or symbols): "B: Brazil",
    "2030 years", or an order (or a match) as the numbers to type, then in words:
    "3 1 4 2: Alpha, then Beta, ..." (the items' numbers on screen, which are shuffled)."""
    kind = kind_of(question.type)
    if isinstance(answer, tuple):
        typed = " ".join(str(index + 1) for index in answer)
        return f"{typed}: {kind.answer_words(question, answer, spoken=True)}"
    if type(answer) is int and question.choices:
        return f"{question.letter(answer)}: {kind.answer_words(question, answer)}"
    return f"{number_text(float(answer))} {item.unit}".strip()


def _spoken_answer(item: QuizItem, question: Question) -> str:
    """The right answer in words; a number says what still counts."""
    good = right_answer(item, question)
    if isinstance(good, tuple) or type(good) is int:
        return said_answer(item, question, good)
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
        self.out.write(for_terminal(text) + "\n")  # a pack's escape codes never reach a tty

    def ask(self, prompt: str) -> str | None:
        """One line typed after ``prompt``; ``None`` at the end of input."""
        self.out.write(for_terminal(prompt))
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
        prompt = prompt_text(question.item_id, question.prompt)
        self.say(" ".join(prompt.split()))  # an order's prompt says what order
        for row_number, row in enumerate(question.rows, start=1):
            self.say(f"Row {row_number}: {row}.")
        if question.rows:
            self.say("The items that go with them:")
        for index in range(len(question.choices)):
            self.say(option_line(question, index))
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

    def feedback(self, item: QuizItem, question: Question, given: Answer, correct: bool) -> None:
        lead, right = LEADS.get(typing_hint(question).code, PLAIN_LEADS)
        self.say(f"{lead} {said_answer(item, question, given)}.")
        if correct:
            self.say("Right.")
        else:
            self.say(f"Not quite. {right} {_spoken_answer(item, question)}.")
        self.say(" ".join(explanation_text(self.pack, item.id, item.explanation).split()))
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

    def go_on(self) -> bool:
        """Wait for Enter before the next question; False to stop (q or the end of input)."""
        text = self.ask("Press Enter for the next question. ")
        return text is not None and text.strip().lower() not in QUIT_WORDS

    def stop(self, classroom: Classroom) -> int:
        classroom.apply(EndEarly())
        self.say("End of input: quiz stopped." if self.input_ended else "Quiz stopped.")
        self.score(finished=False)
        self.saved(classroom)
        return 0

    def saved(self, classroom: Classroom) -> None:
        if classroom.log is not None:
            self.say(f"Your answers are saved in {classroom.log.path}")

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
                return self.stop(classroom)
            classroom.apply(EnterAnswer(STUDENT, given))
            entry = classroom.session.entry(s.index, STUDENT)
            correct = entry is not None and entry.right
            classroom.apply(Reveal())
            self.asked += 1
            self.right += int(correct)
            self.feedback(s.item, s.question, given, correct)
            last = s.index + 1 >= total
            if not last and not self.go_on():
                return self.stop(classroom)
            classroom.apply(Next())
        self.score(finished=True)
        self.saved(classroom)
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
    item_id: str | None = None,
) -> int:
    """The whole terminal quiz; returns the exit code. With ``folder``, the answers go to a
    results file there, as a classroom session's do (one team: the student); ``item_id``
    asks that one item alone."""
    if not pack.quiz:
        raise SpaceAccordError(f"pack {pack.info.id!r} has no quiz questions")
    ids = (item_id,) if item_id else ()
    choices = Choices(questions=count, teams=(name,), seed=seed, ids=ids)
    classroom = Classroom.start(pack, settings_for(pack, choices), folder, log=folder is not None)
    quiz = TextQuiz(pack, stdin, stdout)
    title = " ".join(pack.info.title.split())
    asked = plural(len(classroom.session.questions), "question")
    # The pack's title often starts with the game's name: say it once.
    quiz.say(
        f"Quiz: {title}." if title.startswith("Space Accord") else f"Space Accord quiz: {title}."
    )
    if item_id:
        quiz.say(f"{asked}: item {item_id}.")
    else:
        quiz.say(f"{asked}, seed {seed}: run with --seed {seed} for the same questions.")
    quiz.say("Answer with the letter or the number of an option. Type h for help, q to stop.")
    return quiz.run(classroom)


def run(args: argparse.Namespace) -> int:
    pack = choose_pack(args.pack)
    seed = args.seed if args.seed is not None else fresh_seed()
    return run_quiz(
        pack,
        args.questions,
        seed,
        sys.stdin,
        sys.stdout,
        folder=results_dir(),
        name=args.name,
        item_id=args.id,
    )
