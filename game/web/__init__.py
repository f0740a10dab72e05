"""The classroom over the school network: the local server and the student page."""
