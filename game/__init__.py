"""Space Accord: an educational space-diplomacy game built from quoted sources."""
