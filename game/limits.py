"""The ranges of the numbers and names a user can give the game, in one place.

The command line checks its arguments against them (and prints them in ``--help``), and
the readers of results files and saves refuse values outside them, so an edited file
cannot hand the game a number it was never meant to hold.
"""

from __future__ import annotations

SEED_MAX = 999_999_999  # nine digits: short enough to read out, fits every file name
QUESTIONS_MAX = 500
TIMER_MAX = 600  # seconds per question
TEAMS_MAX = 9  # one number key per team (game.quiz.classroom.MAX_TEAMS)
TEAM_NAME_MAX = 40  # characters
TAGS_MAX = 50
TAG_MAX = 60  # characters
PATH_MAX = 4096  # characters of a path or pack id given on the command line
