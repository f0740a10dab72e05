"""The English of the end report (*your timeline*, *the record*, the summary beside the
score) and of generated "says who, and when?" quiz items, as catalogue templates: part of
``game.ui.messages.TEMPLATES`` (code -> template, or (singular, plural, the parameter that
counts)), kept here to keep each module to one subject and a readable size."""

from __future__ import annotations

from game.ui.marks import N_

REPORT_TEMPLATES: dict[str, str | tuple[str, str, str]] = {
    # the end report: your timeline (in your game only) and the record (what really happened)
    "yours_flew": N_("{year}: {title} flew"),
    "yours_done": N_("{year}: {title} done"),
    "yours_failed": N_("{year}: {title} failed"),
    "yours_signed": N_("{year}: you signed {title}"),
    "yours_proposed": N_("{year}: you agreed {title} with {parties}"),
    "yours_declined": N_("{year}: you turned down {title}"),
    "yours_ended": N_("{year}: you ended {title} with {parties}"),
    "yours_slipped": N_("{year}: {title} was put back to {expected}"),
    "yours_won": N_("{year}: you won “{title}” from {host}, in your game"),
    "yours_lost": N_("{year}: you lost “{title}” to {winners}, in your game"),
    "yours_chose": N_(
        "{year}: {title} — you chose “{option}” in your game; the record: “{record}”"
    ),
    "yours_chose_as_record": N_("{year}: {title} — you chose “{option}”, as the record did"),
    "yours_chose_open": N_("{year}: {title} — you chose “{option}” in your game"),
    "yours_real_year": N_("the record: {year}"),
    "yours_same_turn": N_("the record: {year}, in the same turn of {span} years: on time"),
    "record_line": N_("{year}: {title}"),
    "record_plan": N_("an announced plan; its outcome lies beyond the sources"),
    "record_yours": N_("in your game: {status}"),
    "record_yours_year": N_("in your game: {status}, {year}"),
    "record_yours_same_turn": N_("in your game: on time, {year}, in the same turn of {span} years"),
    # the end report's summary beside the score
    "end_prestige_note": N_(
        "* prestige gained ({prestige}) + half the science gained ({science} ÷ 2)"
    ),
    "end_total": N_("Total: {total}"),
    "end_compare": N_("To compare: {agency} playing history's own moves scores {total}."),
    "end_quiz": N_("Quiz: {right} of {asked} right ({percent} %)"),
    "end_missions": N_("Missions: {succeeded} of {tried} launches succeeded"),
    "end_missions_ground": N_(
        "Missions: {succeeded} of {tried} succeeded ({ground} on the ground)"
    ),
    "end_agreements": N_("Agreements signed: {count} (real ones kept: {kept})"),
    "end_partners": N_("Partners in joint successes: {partners}"),
    "end_knowledge": N_("Knowledge: every right answer; {spaced} remembered turns later"),
    "end_nothing_yours": N_("Nothing was signed or launched in this game."),
    "end_nothing_recorded": N_("No dated record of this agency in these years."),
    # generated "says who, and when?" items (``game.quiz.says_who``)
    "says_who_prompt": N_("Who reported this, and when? “{quote}”"),
    "says_who_explanation": N_("{publisher} reported it in {title} ({date})."),
    "quiz_opened_says_who": N_("Quiz: who reported “{quote}”, and when?"),
}
