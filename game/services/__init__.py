"""Application services: apply actions to the pure rules, keep what they return, and write
it down (logs, saves) with no pygame. The pygame scenes, the text quiz and the device server
all drive these, so every screen follows the same rules and leaves the same files."""
