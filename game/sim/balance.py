"""Tuning numbers of the rules, in one place. No fact of history lives here: only how the
game weighs what the pack says (the pack gives costs, incomes, reliabilities and rewards).
"""

from __future__ import annotations

DEFAULT_RELATIONS = 50
MAX_RELATIONS = 100

# A dated mission may be started this many years before (date - build_years): a player can
# run a little ahead of history, not decades.
EARLY_YEARS = 2

# A planned record (after its article's date) slips with this chance each time it falls due,
# by 1..SLIP_MAX_YEARS years.
SLIP_CHANCE = 0.3
SLIP_MAX_YEARS = 2

# Missions.
MAX_COST_SHARE = 0.5  # partners never carry more than this share of a mission's cost
MAX_PARTNER_RELIABILITY = 0.1  # total reliability bonus from agreements with partners
EXPERIENCE_STEP = 0.02  # reliability bonus per earlier success of the player
MAX_EXPERIENCE = 0.1
MAX_RELIABILITY = 0.92
FAILURE_PRESTIGE_SHARE = 0.5  # a failure costs this share of the prestige success would give
FAILURE_SCIENCE_SHARE = 0.25  # and still teaches this share of its science
FAILURE_RELATIONS = 6  # relations lost with each partner of a failed mission: a strain
SUCCESS_RELATIONS = 2  # relations won with each partner of a successful mission

# Risk (game balance, not the record of any programme). A mission that flies, of a kind the
# player's agency has never flown with success, is first of its kind: less reliable. An
# experienced partner (one that has flown that kind) takes some of that back; each test
# paid for while the mission is built adds to its chance.
FIRST_OF_KIND_PENALTY = 0.25
PARTNER_EXPERIENCE = 0.05
MIN_RELIABILITY = 0.5
TEST_RELIABILITY = 0.05  # per test
MAX_TESTS = 2  # tests per mission being built
TEST_COST_SHARE = 0.2  # a test costs this share of the mission's full cost
MIN_TEST_COST = 3
# Research: once a year the player may fund research (this share of its yearly income):
# science now, and a little more reliability for every mission it flies from then on.
RESEARCH_COST_SHARE = 1.0
RESEARCH_SCIENCE = 5
RESEARCH_STEP = 0.01
MAX_RESEARCH_RELIABILITY = 0.05

MAX_REPEATS = 3  # successes of one repeatable mission; each brings less (1, 1/2, 1/3)

# Diplomacy: a player may propose this many agreements a year (real offers do not count).
MAX_PROPOSALS_PER_YEAR = 1
# Upkeep: every agreement in force that the player's agency is party to costs this much a
# year, paid with the income; no new agreement may take the upkeep over this share of the
# yearly income (so a player holds a handful of partnerships, not fifty).
UPKEEP_PER_AGREEMENT = 1
MAX_UPKEEP_SHARE = 0.25
# Ending one of the player's own agreements (never the record's): its upkeep stops, and
# relations with each partner fall by this much (a broken commitment).
END_AGREEMENT_RELATIONS = 10

# Quiz checkpoints.
MAX_CHECKPOINTS_PER_YEAR = 1  # spaced questions: one a year at most (was 2 on the news)
QUIZ_PRESTIGE = 2
QUIZ_SCIENCE = 3
# Spaced retrieval (game.sim.spacing): a question answered wrong comes back, on the same
# fact, RETRY_TURNS turns later (a fact waits as long before it is asked again); a
# checkpoint picks one of the SPACED_CHOICES best-ranked items at random. A fact answered
# right rests longer, RIGHT_REST_TURNS turns (the gaps between retrievals grow), so a short
# scenario does not ask the same fact twice running.
RETRY_TURNS = 2
RIGHT_REST_TURNS = 4
SPACED_CHOICES = 3

# Score (report). History compares the player's years with the real ones.
HISTORY_TOLERANCE_YEARS = 3  # credit falls linearly to nothing at this many years off
# Partnership in deed, not signatures: points per partner of each joint mission flown
# successfully, and per real agreement the player signed (a commitment kept).
PARTNER_POINTS = 12  # what the greedy player reckons an agreement is worth to it
JOINT_FLIGHT_POINTS = 25
KEPT_AGREEMENT_POINTS = 15
# Knowledge: every right answer counts, more when retrieved at least SPACED_TURNS turns
# after its fact was first shown (no cap).
KNOWLEDGE_PER_ANSWER = 15
SPACED_ANSWER_BONUS = 10
SPACED_TURNS = 2
HISTORY_POINTS = 100  # for following the real timeline exactly

# Scarce opportunities and rivals (opportunities.yaml). Each year of a bidding window every
# rival may bid (one bid of the opportunity's price) or sign a proposal with the host.
RIVAL_BID_CHANCE = 0.3
RIVAL_COURT_CHANCE = 0.2
RIVAL_COURT_RELATIONS = 5  # relations with the host a rival's proposal adds to its standing
RIVAL_GROWTH_PER_YEAR = 2  # a rival's prestige and science grow this much a year from its start
STANDING_CAP = 100  # prestige and science count up to this much each in a standing
