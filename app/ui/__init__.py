"""The PySide6 window. Renders the domain and calls it; no SQL, no business rules here."""
