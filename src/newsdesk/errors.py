"""Errors a user can act on. Each carries a message fit to print as is."""


class NewsdeskError(Exception):
    """Base class: anything raised on purpose, with a clear message."""


class InputError(NewsdeskError):
    """An input cannot be read or is not something newsdesk can use."""


class ExtractionError(NewsdeskError):
    """An input was read but holds no article."""


class FetchError(NewsdeskError):
    """A URL could not be fetched (network, refusal, limits, HTTP status)."""


class StoreError(NewsdeskError):
    """The database cannot be opened or written."""


class ConfigError(NewsdeskError, ValueError):
    """A setting (environment variable or option) has a value newsdesk cannot use."""


class TimeLimitError(NewsdeskError):
    """A document took longer to read than the time limit allows."""
