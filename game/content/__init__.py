"""Content packs: the model, YAML loading with line numbers, validation, schema and export. No pygame."""
