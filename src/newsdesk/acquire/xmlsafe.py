"""Refuse XML that declares entities before any parser expands them."""

from __future__ import annotations

from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from newsdesk.errors import InputError


class UnsafeXML(InputError):
    """The document declares entities (an expansion bomb or external reference)."""


def refuse_entities(content: bytes, label: str) -> None:
    """Raise UnsafeXML if ``content`` declares XML entities; malformed XML passes
    (lenient parsers downstream decide what to make of it)."""
    try:
        SafeET.fromstring(content, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (EntitiesForbidden, ExternalReferenceForbidden, DTDForbidden):
        raise UnsafeXML(
            f"{label}: declares XML entities (a possible entity-expansion bomb); refused"
        ) from None
    except (ParseError, ValueError):
        return
