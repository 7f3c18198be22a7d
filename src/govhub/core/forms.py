"""Form helpers shared by every app."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms import Form


def add_service_error(form: Form, error: ValidationError) -> None:
    """Show a service's refusal next to the field it names, or at the top of the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
