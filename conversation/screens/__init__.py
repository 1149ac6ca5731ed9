"""Screens of the app: each orchestrates one view and leaves the logic to the domain."""
