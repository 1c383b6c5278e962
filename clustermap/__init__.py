"""Cluster Atlas: Chinese industrial-policy documents turned into maps."""

__version__ = "0.1.0"
