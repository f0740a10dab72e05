"""The English of words the campaign screens build from the state themselves (not codes the
rules send up), part of the one catalogue (``game.ui.messages`` merges them in).

A scenario's turn may cover several years (``years_per_turn``): a code that talks of the
year comes as ``CODE.year`` (a turn of one year), ``CODE.turn`` (several years, with the
turn's years in ``{years}``, e.g. 2007–2008) and, where the last turn differs,
``CODE.last`` (ending it ends the campaign). ``game.ui.turn_words`` picks the form.
"""

from __future__ import annotations

from game.ui.marks import N_

SCREEN_TEMPLATES: dict[str, str | tuple[str, str, str]] = {
    # the agreements screen's confirm: what keeping a new agreement costs
    "upkeep_after": N_(
        "Keeping it costs {each} a year from your income: upkeep {after} of at most {limit}."
    ),
    # the campaign view
    "campaign_hints.year": N_(
        "Tab/arrows: move · Enter: choose · E: end year · N: next event · H: help · Esc: menu"
    ),
    "campaign_hints.turn": N_(
        "Tab/arrows: move · Enter: choose · E: end turn ({years}) · N: next event · H: help"
        " · Esc: menu"
    ),
    "campaign_hints.last": N_(
        "Tab/arrows: move · Enter: choose · E: finish the campaign · H: help · Esc: menu"
    ),
    "end_turn.year": N_("End the year"),
    "end_turn.turn": N_("End the turn"),
    "end_turn.last": N_("Finish the campaign"),
    "end_turn_detail.year": N_("Go on to {next}"),
    "end_turn_detail.turn": N_("Go on to {next}"),
    "end_turn_detail.last": N_("Then your end report"),
    "next_event": N_("Advance to next event"),
    "next_event_detail.year": N_("Skip quiet years"),
    "next_event_detail.turn": N_("Skip quiet turns"),
    "news_panel.year": N_("News this year"),
    "news_panel.turn": N_("News {years}"),
    "quiet.year": N_("A quiet year: no news about space cooperation."),
    "quiet.turn": N_("A quiet turn: no news about space cooperation in {years}."),
    "missions_summary": N_("{ready} ready · {building} being built"),
    # the first-turn guide, where a turn covers several years (one year: help.py's own words)
    "help_year.turn": N_(
        "You lead the agency whose emblem is at the top left. Each turn covers {count} years"
        " of real history; this one is {years}."
    ),
    "help_news_title.turn": N_("News this turn"),
    "help_news.turn": N_(
        "Real events of this turn's years, each with its source. Read them: quiz questions"
        " come from these facts."
    ),
    "help_actions.turn": N_(
        "Open Agreements to sign offers or propose new ones, and Missions to start building."
        " Then end the turn, or advance to the next event to skip quiet turns. Esc opens the"
        " menu."
    ),
    # ending a turn with offers open
    "lapse_title": (N_("Let {count} offer expire?"), N_("Let {count} offers expire?"), "count"),
    "lapse_open": (
        N_("This offer is still open: {titles}."),
        N_("These offers are still open: {titles}."),
        "count",
    ),
    "lapse_body.year": (
        N_(
            "Ending the year without signing or declining lets it expire. Open Agreements (A)"
            " to sign instead."
        ),
        N_(
            "Ending the year without signing or declining lets them expire. Open Agreements (A)"
            " to sign instead."
        ),
        "count",
    ),
    "lapse_body.turn": (
        N_(
            "Ending the turn without signing or declining lets it expire. Open Agreements (A)"
            " to sign instead."
        ),
        N_(
            "Ending the turn without signing or declining lets them expire. Open Agreements (A)"
            " to sign instead."
        ),
        "count",
    ),
    "lapse_body.last": (
        N_(
            "Finishing the campaign without signing or declining lets it expire. Open"
            " Agreements (A) to sign instead."
        ),
        N_(
            "Finishing the campaign without signing or declining lets them expire. Open"
            " Agreements (A) to sign instead."
        ),
        "count",
    ),
    "lapse_advance": N_("Advance"),
    # the missions screen: "ready" is what the campaign view counts (can start now)
    "missions_none.year": N_("No mission is ready this year: sign agreements or end the year."),
    "missions_none.turn": N_("No mission is ready this turn: sign agreements or end the turn."),
    "missions_none.last": N_("No mission is ready in this last turn of the campaign."),
    "missions_short.year": N_(
        "No mission is ready this year: the cheapest one open to you costs {cost} and"
        " the budget is {budget}. End the year: your income adds {income} a year."
    ),
    "missions_short.turn": N_(
        "No mission is ready this turn: the cheapest one open to you costs {cost} and"
        " the budget is {budget}. End the turn: your income adds {income} a year, {per_turn}"
        " a turn."
    ),
    "missions_short.last": N_(
        "No mission is ready in this last turn: the cheapest one open to you costs"
        " {cost} and the budget is {budget}."
    ),
    "missions_launcher.year": N_(
        "No mission is ready this year: those open to you need a partner with a"
        " rocket. Sign a launch agreement, or end the year."
    ),
    "missions_launcher.turn": N_(
        "No mission is ready this turn: those open to you need a partner with a"
        " rocket. Sign a launch agreement, or end the turn."
    ),
    "missions_launcher.last": N_(
        "No mission is ready in this last turn: those open to you need a partner with a rocket."
    ),
    # funding research asks first, like starting a mission
    "research_title": N_("Fund research this turn?"),
    "costs_now": N_("Costs {cost} from your budget of {budget}, now."),
    "research_brings": (
        N_(
            "Brings {science} science now, and +{step} point of chance for every mission you"
            " fly from then on (game balance)."
        ),
        N_(
            "Brings {science} science now, and +{step} points of chance for every mission you"
            " fly from then on (game balance)."
        ),
        "step",
    ),
    "research_so_far": (
        N_(
            "Research funded so far adds +{now} point to every mission's chance, of at most +{most}."
        ),
        N_(
            "Research funded so far adds +{now} points to every mission's chance, of at most +{most}."
        ),
        "now",
    ),
    "research_none": N_(
        "No research funded yet: it adds up to +{most} points to every mission's chance."
    ),
    "research_full": N_(
        "Research already adds the most it can (+{most} points): this turn's would bring"
        " science only."
    ),
    "research_final": N_("Money spent on research cannot be taken back."),
    "research_yes": N_("Fund research"),
    # opportunities: a standing is weighted points, each part shown with its weight
    "opportunities_none.year": N_(
        "No opportunity is open this year: rivals bid only while one is."
    ),
    "opportunities_none.turn": N_(
        "No opportunity is open this turn: rivals bid only while one is."
    ),
    "standing_total": N_("Your standing: {total} points (game balance)"),
    "standing_part": N_("{part}: {value} × {weight} = {points} points"),
    "standing_part_capped": N_(
        "{part}: {value}, counted as at most {cap}: {cap} × {weight} = {points} points"
    ),
    "standing_relations": N_("Relations with {host}"),
    "standing_prestige": N_("Prestige"),
    "standing_science": N_("Science"),
    "standing_bid": N_("Budget bid so far"),
    "bid_title": N_("Bid for {opportunity}?"),
}
