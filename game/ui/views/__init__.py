"""Drawings of the campaign state used by several scenes: the timeline, the network of
agreements, the resource bar and agency cards."""
