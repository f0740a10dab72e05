"""Quiz engine: question selection, grading, scoring and classroom sessions. No drawing."""
