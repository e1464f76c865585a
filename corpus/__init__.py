"""Council documents → records with spans. Imports nothing from index, assistant or tui."""
