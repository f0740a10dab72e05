"""The campaign rules: state, actions, timeline and outcomes. Pure and seeded; no pygame."""
