"""Offline geoparsing: find toponyms in text and resolve them to gazetteer places in context.

:class:`Geoparser` parses texts with spaCy and resolves every toponym;
:func:`resolve_mentions` is the resolution step the pipeline's ``places`` component shares.
"""

from tacitus.geodesy import haversine_km
from tacitus.geoparse.parser import Geoparser
from tacitus.geoparse.resolve import resolve_mentions
from tacitus.geoparse.toponym import Toponym

__all__ = ["Geoparser", "Toponym", "haversine_km", "resolve_mentions"]
