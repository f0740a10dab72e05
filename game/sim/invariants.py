"""What every sound game state satisfies; a list of broken rules (empty when sound).

Used when a save is loaded (an edited file that breaks a rule is refused) and by the
property tests (no sequence of actions may ever break one).
"""

from __future__ import annotations

from game.sim.balance import MAX_RELATIONS, MAX_TESTS
from game.sim.index import split_key
from game.sim.state import GameState


def state_problems(state: GameState) -> list[str]:
    index = state.index
    problems: list[str] = []
    if state.agency_id not in index.agencies:
        return [f"agency '{state.agency_id}' is not in pack '{state.pack.info.id}'"]
    if not state.start_year <= state.year <= state.end_year:
        problems.append(f"year {state.year} lies outside {state.start_year}-{state.end_year}")
    scenario = next((s for s in state.pack.scenarios if s.id == state.scenario), None)
    if state.scenario and (scenario is None or state.agency_id not in scenario.agencies):
        problems.append(f"scenario '{state.scenario}' is not one of the agency's in the pack")
    years = (
        (scenario.start, scenario.end)
        if scenario
        else (state.agency.start, state.pack.info.timeline.end)
    )
    if (state.start_year, state.end_year) != years:
        problems.append("the campaign's years do not match the pack")
    step = scenario.years_per_turn if scenario else 1
    if state.years_per_turn != step or (state.year - state.start_year) % step:
        problems.append("the campaign's turns do not match the pack")
    for name in ("budget", "income", "prestige", "science"):
        if getattr(state.stock, name) < 0:
            problems.append(f"{name} is negative")
    expected = sorted(a for a in index.agencies if a != state.agency_id)
    if [agency for agency, _ in state.relations] != expected:
        problems.append("relations do not list every other agency once")
    if any(not 0 <= value <= MAX_RELATIONS for _, value in state.relations):
        problems.append("a relation lies outside 0-100")
    for signed in state.signed:
        if signed.real and signed.id not in index.agreements:
            problems.append(f"unknown agreement '{signed.id}'")
        if not signed.real and (
            signed.kind not in index.kinds or state.agency_id not in signed.parties
        ):
            problems.append(f"unsound proposal '{signed.id}'")
    for ended in state.ended:
        if ended.kind not in index.kinds or state.agency_id not in ended.parties:
            problems.append(f"unsound ended agreement '{ended.id}'")
    for agreement_id in state.offers + state.declined:
        agreement = index.agreements.get(agreement_id)
        if agreement is None or state.agency_id not in agreement.parties:
            problems.append(f"offer '{agreement_id}' is not an agreement of the player's agency")
    if state.finished and state.offers:
        problems.append("a finished campaign has offers open")
    open_missions = index.open_missions.get(state.agency_id, ())
    for development in state.developing:
        if development.mission_id not in open_missions:
            problems.append(f"mission '{development.mission_id}' is not the player's to build")
        elif development.launch_year <= state.year and not state.finished:
            problems.append(f"mission '{development.mission_id}' should have launched")
        if not 0 <= development.tests <= MAX_TESTS:
            problems.append(f"mission '{development.mission_id}' has {development.tests} tests")
    if list(state.research) != sorted(set(state.research)) or any(
        not state.start_year <= year <= state.year for year in state.research
    ):
        problems.append("research funded out of order or outside the campaign's years")
    for launch in state.launches:
        if launch.mission_id not in index.missions:
            problems.append(f"unknown mission '{launch.mission_id}'")
    for happened in state.happened:
        kind, record_id = split_key(happened.key)
        table = {"event": index.events, "agreement": index.agreements, "mission": index.missions}
        if record_id not in table.get(kind, {}):
            problems.append(f"unknown record '{happened.key}'")
    asked = [record.item_id for record in state.quiz_log]
    if state.checkpoint is not None:
        asked.append(state.checkpoint.item_id)
    if any(item not in index.quiz for item in asked):
        problems.append("a quiz item is not in the pack")
    if len(set(asked)) != len(asked):
        problems.append("a quiz item was asked twice")
    answered = [record.year for record in state.quiz_log]
    if answered != sorted(answered) or any(
        not state.start_year <= year <= state.year for year in answered
    ):
        problems.append("quiz answers out of order or outside the campaign's years")
    if any(record.timed_out and record.correct for record in state.quiz_log):
        problems.append("a quiz answer both timed out and was right")
    if state.finished and state.checkpoint is not None:
        problems.append("a finished campaign has a question open")
    problems.extend(_dilemma_problems(state))
    opportunities = {o.id for o in state.pack.opportunities}
    for bid in state.bids:
        if bid.opportunity_id not in opportunities or bid.agency_id not in index.agencies:
            problems.append(f"a bid names an unknown opportunity or agency ({bid.opportunity_id})")
        elif bid.amount < 0:
            problems.append("a bid is negative")
    for result in state.opportunity_results:
        named = {agency for agency, _ in result.standings}
        if result.opportunity_id not in opportunities or not set(result.winners) <= named:
            problems.append(
                f"an opportunity result does not fit the pack ({result.opportunity_id})"
            )
        elif not named <= set(index.agencies):
            problems.append("an opportunity result names an unknown agency")
    return problems


def _dilemma_problems(state: GameState) -> list[str]:
    """The pending dilemma and the choices made name the pack's dilemmas, each met once."""
    by_id = {d.id: d for d in state.pack.dilemmas}
    found = []
    met = [choice.dilemma_id for choice in state.dilemma_choices]
    if state.dilemma:
        met.append(state.dilemma)
    if any(d not in by_id or state.agency_id not in by_id[d].agencies for d in met):
        found.append("a dilemma is not one of the agency's in the pack")
    elif any(
        choice.option_id not in {o.id for o in by_id[choice.dilemma_id].options}
        for choice in state.dilemma_choices
    ):
        found.append("a dilemma's chosen option is not in the pack")
    if len(set(met)) != len(met):
        found.append("a dilemma was met twice")
    if state.finished and state.dilemma:
        found.append("a finished campaign has a dilemma open")
    return found
