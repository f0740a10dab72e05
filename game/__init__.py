"""Space Accord: an educational space-diplomacy game built from quoted sources."""

__version__ = "0.2.0"
