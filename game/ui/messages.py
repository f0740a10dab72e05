"""The English of every code the rules send up (``game.sim.messages.Message``), in one
gettext catalogue.

Each template is marked with ``N_`` (``game.ui.marks``); the end report's and the
generated quiz items' are kept in ``game.ui.report_messages``; ``tools/extract_messages.py`` writes them all to the
translators' template ``game/locale/space-accord.pot`` (a test fails when it is stale); ``Catalogue`` looks each one up through ``gettext`` translations (English when there
is no translation file), then fills in the parameters. A Spanish interface is a
``locale/es/LC_MESSAGES/space-accord.mo`` file, not a code change. No pygame here: the
terminal commands word messages through the same catalogue. The words the campaign screens
build themselves (by turn when a turn covers several years) are in
``game.ui.screen_messages``, merged in here.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from pathlib import Path

from game.sim.messages import Message, Param
from game.ui.marks import N_ as N_  # marks are made here too
from game.ui.report_messages import REPORT_TEMPLATES
from game.ui.screen_messages import SCREEN_TEMPLATES

DOMAIN = "space-accord"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


# code -> template, or (singular, plural, the parameter that counts).
TEMPLATES: dict[str, str | tuple[str, str, str]] = {
    # refusals
    "campaign_over": N_("The campaign is over."),
    "no_question": N_("There is no question waiting for an answer."),
    "answer_first": N_("Answer the quiz question first."),
    "dilemma_first": N_("Decide the dilemma first: choose one of its options."),
    "dilemma_not_open": N_("That dilemma is not waiting for a choice."),
    "no_such_option": N_("The dilemma has no option '{id}'."),
    "unknown_action": N_("Unknown action {name}."),
    "cost_over_budget": N_("It costs {cost} and the budget is {budget}."),
    "banned": N_("{reason}"),
    "no_such_agreement": N_("There is no agreement '{id}'."),
    "not_offered": N_("'{title}' is not on the table this year."),
    "not_offered.turn": N_("'{title}' is not on the table this turn."),
    "offer_not_open": N_("That agreement is not on the table this year."),
    "offer_not_open.turn": N_("That agreement is not on the table this turn."),
    "proposed_this_year": (
        N_("You have already proposed an agreement this year; try again next year."),
        N_("You have already proposed {most} agreements this year; try again next year."),
        "most",
    ),
    "proposed_this_year.turn": (
        N_("You have already proposed an agreement this turn; try again next turn."),
        N_("You have already proposed {most} agreements this turn; try again next turn."),
        "most",
    ),
    "no_such_kind": N_("There is no kind of agreement '{id}'."),
    "no_such_agency": N_("There is no agency '{id}'."),
    "self_agreement": N_("An agency cannot sign an agreement with itself."),
    "partner_not_active": N_("{partner} does not take part in space cooperation before {year}."),
    "kind_not_yet": N_("{kind} was not proposed before {year}."),
    "already_agreed": N_("{kind}: you already have one with {partner}."),
    "relations_too_low": N_(
        "{kind}: {partner} wants relations of at least {wanted}, and yours are {relations}."
    ),
    "no_rockets": N_("{kind}: neither you nor {partner} has rockets of its own."),
    "no_such_mission": N_("There is no mission '{id}'."),
    "not_your_mission": N_("{mission} is not led by your agency."),
    "mission_developing": N_("{mission} is already being built."),
    "mission_flown": N_("{mission} has already flown."),
    "mission_flown_enough": (
        N_("{mission} has flown {times} time: nothing more to gain."),
        N_("{mission} has flown {times} times: nothing more to gain."),
        "times",
    ),
    "mission_done": N_("{mission} is already done."),
    "mission_done_enough": (
        N_("{mission} has been done {times} time: nothing more to gain."),
        N_("{mission} has been done {times} times: nothing more to gain."),
        "times",
    ),
    "mission_announced_later": N_(
        "{mission} was first announced in {year}: it cannot start earlier."
    ),
    "mission_too_early": N_("The technology for {mission} is not ready before {year}."),
    "needs_first": N_("Needs first: {needs}."),
    "no_launcher": N_(
        "Your agency has no launcher: sign an agreement with {able} (or another agency with"
        " a launcher) first."
    ),
    "no_launcher_anyone": N_(
        "Your agency has no launcher: sign an agreement with an agency with a launcher first."
    ),
    "mission_too_late": N_("{mission} could not be ready before the campaign ends in {end}."),
    "upkeep_full": N_(
        "Your {agreements} agreements already cost {upkeep} a year to keep, and one more"
        " ({each} a year) would take the upkeep over {limit}, the most your income allows."
    ),
    "test_not_building": N_(
        "{mission} is not being built: only a mission being built can be tested."
    ),
    "tests_done": (
        N_("{mission} has had its {most} test."),
        N_("{mission} has had its {most} tests."),
        "most",
    ),
    "researched_this_year": N_("You have already funded research this turn."),
    "test_no_gain": N_("{mission} is as reliable as a mission can be: a test would add nothing."),
    "not_in_force": N_("You have no agreement '{id}' in force."),
    "agreement_on_record": N_(
        "{title} is in the record: real agreements stay in force in every game. Only"
        " agreements you made in your game can be ended."
    ),
    "agreement_too_new": N_(
        "{kind} with {parties} was made this turn: it can be ended from the next turn."
    ),
    # an answer of the wrong shape (the quiz kinds' problem codes)
    "choose-one": N_("Choose one of the options."),
    "option-range": N_("Choose an option between 1 and {count}."),
    "every-item-once": N_("Put every item in order, each once."),
    "every-row-once": N_("Match every row with one item, each once."),
    "not-a-number": N_("Give a number."),
    "not-finite": N_("Give a finite number."),
    # the same refusals as a list row shows them, under the mission's name
    "not_your_mission.brief": N_("Not led by your agency."),
    "mission_developing.brief": N_("Already being built."),
    "mission_flown.brief": N_("Already flown."),
    "mission_flown_enough.brief": (
        N_("Flown {times} time: nothing more to gain."),
        N_("Flown {times} times: nothing more to gain."),
        "times",
    ),
    "mission_done.brief": N_("Already done."),
    "mission_done_enough.brief": (
        N_("Done {times} time: nothing more to gain."),
        N_("Done {times} times: nothing more to gain."),
        "times",
    ),
    "mission_announced_later.brief": N_("First announced in {year}: it cannot start earlier."),
    "mission_too_early.brief": N_("The technology for it is not ready before {year}."),
    "mission_too_late.brief": N_("It could not be ready before the campaign ends in {end}."),
    "upkeep_full.brief": N_("Upkeep {upkeep} of {limit} a year: no room for another agreement."),
    # outcomes
    "agreement_signed": N_("Signed: {title}"),
    "proposal_signed": N_("Signed: {kind}: {parties}"),
    "offer_declined": N_("Declined: {title}"),
    "agreement_ended": N_(
        "Ended in your game: {kind} with {parties}; relations -{relations} with {parties}"
    ),
    "offer_lapsed": N_("Offer expired: {title}"),
    "mission_started": N_("{mission} is being built; launch planned for {year}"),
    "research_funded": (
        N_("Research funded for {cost}: +{science} science ({years} turn funded)"),
        N_("Research funded for {cost}: +{science} science ({years} turns funded)"),
        "years",
    ),
    "mission_tested": N_("{mission} tested for {cost}: now {percent} % chance of success"),
    "mission_succeeded": N_("{mission} succeeded in {year}, in your game"),
    "mission_failed": N_("{mission} failed in {year}, in your game"),
    "year_began": (N_("{year}: {count} news item"), N_("{year}: {count} news items"), "count"),
    "quiz_opened": N_("Quiz: {prompt}"),
    "dilemma_opened": N_("A decision: {title}"),
    "dilemma_chosen": N_("You chose: {option}"),
    "quiz_right": N_("Right: {answer}"),
    "quiz_wrong": N_("Not quite: {answer}"),
    "quiz_time_up": N_("Time is up: {answer}"),
    "campaign_ended": N_("The campaign ends in {year}"),
    # words the screens build from the state's fields
    "expected_in": N_("Now expected in {year}."),
    "missed_launcher": N_("no launcher"),
    "missed_needs": N_("needs {needs}"),
    # scarce opportunities and rivals (every result is in your game, apart from the record)
    "no_such_opportunity": N_("There is no opportunity '{id}'."),
    "own_opportunity": N_("Your agency offers {opportunity}: it does not bid for it."),
    "opportunity_closed": N_("Bids for {opportunity} are taken from {open} to {last}."),
    "bid_this_year": N_("You have already bid for {opportunity} this year."),
    "bid_this_year.turn": N_("You have already bid for {opportunity} this turn."),
    "bid_placed": N_("Bid for {opportunity}: your standing {standing}, {to_beat} to beat"),
    "bid_placed_free": N_("Bid for {opportunity}: your standing {standing}, no rival ahead yet"),
    "opportunity_open": (
        N_(
            "{host} takes bids for {places} place in your game, from now to {last}; it "
            "decides in {decide}. One bid costs {bid}."
        ),
        N_(
            "{host} takes bids for {places} places in your game, from now to {last}; it "
            "decides in {decide}. One bid costs {bid}."
        ),
        "places",
    ),
    "opportunity_record": N_("In the record: {winners}."),
    "opportunity_won": N_(
        "In your game, {host} gave you a place: your standing {yours}, the best left out "
        "{theirs}. It brings {prestige} prestige and {science} science."
    ),
    "opportunity_won_alone": N_(
        "In your game, {host} gave you a place (your standing {yours}; no rival was left "
        "out). It brings {prestige} prestige and {science} science."
    ),
    "opportunity_decided": N_("In your game, {host} chose {winners}."),
    "opportunity_lost_relations": (
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. Better relations with {host} were their edge; {bids} more bid would have won it."
        ),
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. Better relations with {host} were their edge; {bids} more bids would have won it."
        ),
        "bids",
    ),
    "opportunity_lost_prestige": (
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. More prestige was their edge; {bids} more bid would have won it."
        ),
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. More prestige was their edge; {bids} more bids would have won it."
        ),
        "bids",
    ),
    "opportunity_lost_science": (
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. More science was their edge; {bids} more bid would have won it."
        ),
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. More science was their edge; {bids} more bids would have won it."
        ),
        "bids",
    ),
    "opportunity_lost_bid": (
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. They bid more; {bids} more bid would have won it."
        ),
        N_(
            "In your game, {host} chose {winners}: standing {theirs} against your "
            "{yours}. They bid more; {bids} more bids would have won it."
        ),
        "bids",
    ),
    "rival_bids": N_("In your game, {bidders} bid for a place with {host}."),
    "rival_courts": N_("In your game, {courted} signed a proposal with {host}."),
    "rival_bids_and_courts": N_(
        "In your game, {bidders} bid for a place with {host}; {courted} signed a proposal "
        "with {host}."
    ),
    # a mission's odds (game balance): what makes them, and what would raise them
    "odds_base": N_("Design reliability {percent} %"),
    "odds_first_of_kind": N_("First {kind} in your game: {points} points"),
    "odds_partner_experience": N_("{partner} has flown one before: +{points} points"),
    "odds_partner_agreements": N_("Agreements with its partners: +{points} points"),
    "odds_flight_experience": (
        N_("Your {flights} successful mission: +{points} points"),
        N_("Your {flights} successful missions: +{points} points"),
        "flights",
    ),
    "odds_research": (  # a point a turn funded: the two counts go together
        N_("Research you funded ({years} turn): +{points} point"),
        N_("Research you funded ({years} turns): +{points} points"),
        "years",
    ),
    "odds_tested": (
        N_("{tests} test paid for: +{points} points"),
        N_("{tests} tests paid for: +{points} points"),
        "tests",
    ),
    "odds_bounded": N_("Kept within the game's limits: {percent} %"),
    "odds_testing_could_add": (
        N_(
            "Testing it while it is built could add up to {points} points ({tests} test costing {cost})"
        ),
        N_(
            "Testing it while it is built could add up to {points} points"
            " ({tests} tests costing {cost} each)"
        ),
        "tests",
    ),
    "odds_agreements_could_add": N_(
        "Agreements with its partners that bring reliability could add up to {points} points"
    ),
    "odds_no_experienced_partner": N_(
        "A partner that has flown a {kind} would make a first flight safer"
    ),
    "upkeep_line": N_("Upkeep {upkeep} of at most {limit} a year ({each} per agreement)"),
    # ending one of the player's own agreements (the agreements screen)
    "ending_item": N_("Yours: {kind} with {parties}"),
    "ending_item_detail": N_("in your game since {year} · can be ended"),
    "ending_made": N_("{kind} with {parties}: made in {year}, in your game"),
    "ending_brings": N_("It brings: {effects}"),
    "ending_terms": N_(
        "Ending it frees its upkeep ({each} a year) and costs {relations} relations with"
        " {parties} (game balance). Agreements of the record stay in force in every game."
    ),
    "ending_relations": N_("Relations with {parties}: {now}/100 now, {after}/100 after."),
    "ending_button": N_("End…"),
    "ending_confirm": N_("End {kind} with {parties}?"),
    "ending_confirm_yes": N_("End agreement"),
    # the screens' wording by turn: ``game.ui.screen_messages``
    **SCREEN_TEMPLATES,
    # the end report and generated quiz items: ``game.ui.report_messages``
    **REPORT_TEMPLATES,
}

# Parameters that hold several names, and how a sentence joins them.
JOINS = {
    "able": N_(" or "),
    "parties": N_(" and "),
    "host": N_(" and "),
    "winners": N_(" and "),
}
LIST_JOIN = N_(", ")
# agency ids, shown by their short names
AGENCY_PARAMS = {"parties", "host", "winners", "bidders", "courted"}
# content names that stand inside a sentence: an opening article is not capitalised there
# ("Bid for a payload place on Chang'e-4"); the name itself stays as authored
MID_SENTENCE_PARAMS = {"opportunity"}
OPENING_WORDS = ("A", "An", "The", "Among")


def mid_sentence(name: str) -> str:
    """``name`` as it reads inside a sentence: "A payload place" -> "a payload place";
    names that open with a proper noun or an acronym are left as they are."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in OPENING_WORDS else name


def load_translations(language: str | None) -> gettext.NullTranslations:
    """The translations of ``language`` from ``game/locale``; English without one."""
    if not language or language.startswith("en"):
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


class Catalogue:
    """Turns messages into sentences of one language (English by default)."""

    def __init__(self, translations: gettext.NullTranslations | None = None) -> None:
        self.translations = translations or gettext.NullTranslations()

    def say(
        self,
        message: Message,
        names: Mapping[str, str] | None = None,
        *,
        brief: bool = False,
        years: int = 1,
    ) -> str:
        """``message`` in words; agency ids among its parties are shown by ``names``.
        ``brief``: the form a row shows under the record's name, where there is one;
        ``years``: the years a turn covers (several: the form that says "this turn")."""
        params = dict(message.params)
        code = message.code
        if code == "no_launcher" and not params.get("able"):
            code = "no_launcher_anyone"
        if brief and f"{code}.brief" in TEMPLATES:
            code = f"{code}.brief"
        elif years > 1 and f"{code}.turn" in TEMPLATES:
            code = f"{code}.turn"
        return self.text(code, params, names)

    def text(
        self, code: str, params: Mapping[str, Param], names: Mapping[str, str] | None = None
    ) -> str:
        """The template of ``code`` filled with ``params`` (an unknown code raises KeyError)."""
        template = TEMPLATES[code]
        words = {key: self._word(key, value, names or {}) for key, value in params.items()}
        if isinstance(template, tuple):
            singular, plural, counter = template
            count = params[counter]
            assert isinstance(count, int)
            return self.translations.ngettext(singular, plural, count).format(**words)
        return self.translations.gettext(template).format(**words)

    def _word(self, key: str, value: Param, names: Mapping[str, str]) -> str:
        if isinstance(value, tuple):
            shown = [names.get(v, v) if key in AGENCY_PARAMS else v for v in value]
            join = JOINS.get(key, LIST_JOIN)
            return self.translations.gettext(join).join(shown)
        if key in MID_SENTENCE_PARAMS and isinstance(value, str):
            return mid_sentence(value)
        return str(value)


ENGLISH = Catalogue()


def say(
    message: Message | None,
    names: Mapping[str, str] | None = None,
    *,
    brief: bool = False,
    years: int = 1,
) -> str:
    """``message`` in English (the game's one language until a translation ships); ''
    for None (an option with no reason against it). ``years``: the years a turn covers."""
    return ENGLISH.say(message, names, brief=brief, years=years) if message is not None else ""


def words(code: str, names: Mapping[str, str] | None = None, **params: Param) -> str:
    """The catalogue's sentence for ``code`` with ``params`` (for words a screen builds)."""
    return ENGLISH.text(code, params, names)
