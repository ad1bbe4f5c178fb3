"""Article loaders: text, JSON, JSON Lines and HTML files into ``Article`` records."""

from tacitus.ingest.failures import FailureCode, LoadFailure
from tacitus.ingest.walk import count_inputs, iter_articles, iter_input_files, load_file

__all__ = [
    "FailureCode",
    "LoadFailure",
    "count_inputs",
    "iter_articles",
    "iter_input_files",
    "load_file",
]
