"""Words for what the state holds: agency names, resources, sources, news lines.

Only formatting: every name, date and fact comes from the pack or the state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from game.content.citations import Citation, distinct_quotes
from game.ui.messages import say, words
from game.ui.widgets import Para

if TYPE_CHECKING:
    from game.sim import GameState, NewsItem, Outcome

RESOURCES = (
    ("budget", "Budget"),
    ("income", "Income / yr"),
    ("prestige", "Prestige"),
    ("science", "Science"),
)
NEWS_STATUS = {
    # An open plan that comes due on its date: the sources know it only as a plan.
    "planned": "As planned, in your game",
    # Only open plans and the player's own missions can slip or fail: "in your game".
    "slipped": "Plan put back in your game",
    "succeeded": "Success in your game",
    "failed": "Failure in your game",
    # Scarce opportunities: bids, rivals and results are the game's, never the record's.
    "open": "Open for bids in your game",
    "game": "Rivals in your game",
    "won": "Won in your game",
    "lost": "Lost in your game",
    "decided": "Decided in your game",
}


def short(state: GameState, agency_id: str) -> str:
    agency = state.index.agencies.get(agency_id)
    return agency.short if agency else agency_id


def shorts(state: GameState, agency_ids: Iterable[str]) -> str:
    return ", ".join(short(state, a) for a in agency_ids)


def cost_para(state: GameState, cost: int) -> Para:
    """What a confirm dialog says first: the price, from the budget, paid now."""
    return Para(words("costs_now", cost=cost, budget=state.stock.budget), "body", gap=0.3)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def agency_names(state: GameState) -> dict[str, str]:
    """Agency id -> short name, for messages that name parties by id."""
    return {agency.id: agency.short for agency in state.pack.agencies}


def notice(state: GameState, outcome: Outcome) -> str:
    """What a player reads about ``outcome``: its message, worded by the catalogue."""
    return say(outcome.message, agency_names(state))


def source_line(citation: Citation) -> str:
    parts = [citation.source_title]
    if citation.publisher:
        parts.append(citation.publisher)
    line = ", ".join(parts)
    if citation.published:
        line += f" — {citation.as_reported}"
    return line


def citation_paras(citations: Iterable[Citation], *, quotes: bool = True) -> list[Para]:
    """Each cited fact: its verbatim quote (optional) and where it comes from (once for
    quotes in a row from the same source)."""
    paras: list[Para] = []
    cited = list(distinct_quotes(citations)) if quotes else list(citations)
    for index, citation in enumerate(cited):
        line = source_line(citation)
        following = cited[index + 1] if index + 1 < len(cited) else None
        # Quotes in a row from one source share its line, given after the last of them.
        shared = quotes and following is not None and source_line(following) == line
        if quotes:
            paras.append(Para(f"“{citation.quote.strip()}”", "body", gap=0.5 if shared else 0.2))
        if not shared:
            paras.append(Para(line, "small", "muted", gap=0.8))
    return paras


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", text.lower()) if len(w) > 2}


def lead_first(citations: Iterable[Citation], about: str) -> tuple[Citation, ...]:
    """``citations`` (each quote once) with the one that carries ``about`` first: the quote
    sharing most words with it (the earliest cited on a tie)."""
    cited = list(distinct_quotes(citations))
    if not cited:
        return ()
    wanted = _words(about)
    lead = max(range(len(cited)), key=lambda i: (len(wanted & _words(cited[i].quote)), -i))
    return (cited[lead], *cited[:lead], *cited[lead + 1 :])


def more_sources_label(hidden: int) -> str:
    """The button that shows the quotes a card keeps back ('' when it keeps none)."""
    return f"{hidden} more source{'s' if hidden != 1 else ''} (S)" if hidden else ""


def sources_paras(citations: Iterable[Citation], about: str, *, every: bool) -> list[Para]:
    """The quote that carries ``about`` with its source and date; the others too if
    ``every``."""
    cited = lead_first(citations, about)
    return citation_paras(cited if every else cited[:1])


def news_summary(state: GameState, item: NewsItem) -> str:
    """What a news item says: its record's summary, or the rules' message in words."""
    if item.message is not None:
        return say(item.message, agency_names(state))
    return item.summary


def news_paras(state: GameState, items: Iterable[NewsItem]) -> list[Para]:
    paras: list[Para] = []
    for item in items:
        tag = NEWS_STATUS.get(item.status, "")
        head = f"{item.title}  ·  {tag}" if tag else item.title
        colour = "accent" if item.concerns_player else "text"
        paras.append(Para(head, "body", colour, bold=True, gap=0.2))
        if item.expected is not None:
            paras.append(Para(words("expected_in", year=item.expected), "small", "text", gap=0.2))
        elif item.summary or item.message:
            paras.append(Para(news_summary(state, item), "small", "text", gap=0.2))
        for citation in item.citations[:1]:
            paras.append(Para("Source: " + source_line(citation), "small", "muted", gap=0.2))
        paras.append(Para("", "small", gap=0.2))
    return paras


def effects_text(effects: object, scale: float = 1.0) -> str:
    """'+5 prestige, +2 science, partners pay 30 %' from an Effects record."""
    parts = []
    for name in ("budget", "income", "prestige", "science", "relations"):
        value = round(getattr(effects, name, 0) * scale)
        if value:
            parts.append(f"{value:+d} {name}")
    reliability = getattr(effects, "reliability", 0.0)
    if reliability:
        parts.append(f"+{round(reliability * 100)} % reliability on joint missions")
    share = getattr(effects, "cost_share", 0.0)
    if share:
        parts.append(f"partners pay {round(share * 100)} % of joint missions")
    return ", ".join(parts) if parts else "no change"
