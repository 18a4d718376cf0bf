"""Evaluation: scoring against gold (as the official scorer does), gold converters, speed benchmark."""
