"""The campaign rules: state, actions, timeline and outcomes. Pure and seeded; no pygame.

The public API (keep these names working; the UI, classroom and benchmarks use them):

- ``new_game(pack, agency_id, seed, scenario=None) -> GameState`` (raises ``UnknownAgency``,
  ``UnknownScenario``); ``scenarios_for(pack, agency_id)``: the scenarios it may play;
- ``apply(state, action) -> (GameState, list[Outcome])``: the only way state changes; a
  refused action returns the same state and a ``Refused`` outcome with the reason;
- reasons and outcomes speak in ``Message`` values (a code and its parameters), never in
  English: ``game.ui.messages`` words them;
- actions: ``SignAgreement``, ``DeclineAgreement``, ``ProposeAgreement``, ``EndAgreement``
  (one of the player's own agreements; ``ending_options(state)`` lists them), ``StartMission``,
  ``BidForPlace`` (a place of a pack opportunity),
  ``AnswerQuiz``, ``TimeUp`` (the quiz timer ran out), ``EndYear``, ``AdvanceToNextEvent``;
- ``legal_actions(state) -> list[Option]``, each allowed or not with a reason;
  ``allowed_options(state)`` / ``allowed_actions(state)``: only the allowed ones, cheaply;
- views for cards: ``mission_view``/``mission_views``, ``agreement_view``/``offer_views``,
  ``proposal_view``;
- ``report(state) -> Report`` (``Report.to_json()`` for ``simulate --json``);
- scripted players: ``PLAYERS`` (historical, greedy, random) and ``play_campaign``;
- ``state_to_dict`` / ``state_from_dict`` for saves (``game.storage.saves`` writes them).
"""

from game.errors import UnknownAgency
from game.sim.actions import (
    Action,
    AdvanceToNextEvent,
    AnswerQuiz,
    BidForPlace,
    ChooseDilemmaOption,
    DeclineAgreement,
    EndAgreement,
    EndYear,
    ProposeAgreement,
    SignAgreement,
    StartMission,
    TimeUp,
)
from game.sim.codec import state_from_dict, state_to_dict
from game.sim.diplomacy import (
    AgreementView,
    ProposalView,
    agreement_view,
    bans_in_force,
    offer_views,
    proposal_view,
)
from game.sim.messages import CAMPAIGN_OVER, Message, message
from game.sim.mission_views import MissionView, mission_view, mission_views
from game.sim.options import (
    Option,
    allowed_actions,
    allowed_options,
    ending_options,
    legal_actions,
)
from game.sim.outcomes import (
    AgreementDeclined,
    AgreementEnded,
    AgreementSigned,
    BidPlaced,
    CampaignEnded,
    CheckpointOpened,
    DilemmaChosen,
    DilemmaOpened,
    MissionLaunched,
    MissionStarted,
    Outcome,
    QuizAnswered,
    Refused,
    YearBegan,
)
from game.sim.players import PLAYERS, Player, play_campaign
from game.sim.report import Report, Score, TimelineEntry, report
from game.sim.rules import HANDLERS, apply
from game.sim.state import (
    Bid,
    Checkpoint,
    Development,
    DilemmaChoice,
    GameState,
    Happened,
    Launch,
    NewsItem,
    OpportunityResult,
    QuizRecord,
    SignedAgreement,
    Stock,
)
from game.sim.world import new_game, scenarios_for

__all__ = [
    "CAMPAIGN_OVER",
    "PLAYERS",
    "HANDLERS",
    "Action",
    "AdvanceToNextEvent",
    "AgreementDeclined",
    "AgreementEnded",
    "AgreementSigned",
    "AgreementView",
    "AnswerQuiz",
    "Bid",
    "BidForPlace",
    "BidPlaced",
    "CampaignEnded",
    "Checkpoint",
    "CheckpointOpened",
    "ChooseDilemmaOption",
    "DeclineAgreement",
    "DilemmaChoice",
    "DilemmaChosen",
    "DilemmaOpened",
    "Development",
    "EndAgreement",
    "EndYear",
    "GameState",
    "Happened",
    "Launch",
    "MissionLaunched",
    "MissionStarted",
    "Message",
    "MissionView",
    "NewsItem",
    "OpportunityResult",
    "Option",
    "Outcome",
    "Player",
    "ProposalView",
    "ProposeAgreement",
    "QuizAnswered",
    "QuizRecord",
    "Refused",
    "Report",
    "Score",
    "SignAgreement",
    "SignedAgreement",
    "StartMission",
    "TimeUp",
    "Stock",
    "TimelineEntry",
    "UnknownAgency",
    "YearBegan",
    "agreement_view",
    "allowed_actions",
    "allowed_options",
    "ending_options",
    "apply",
    "bans_in_force",
    "legal_actions",
    "message",
    "mission_view",
    "mission_views",
    "new_game",
    "offer_views",
    "play_campaign",
    "proposal_view",
    "report",
    "scenarios_for",
    "state_from_dict",
    "state_to_dict",
]
