"""The pages of the trainer space (/formateur/)."""
