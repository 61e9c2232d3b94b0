"""The public face of the statistical reader (see ``_reader``): what
``tools/train_reader.py`` needs to featurise sentences exactly as the
extractor does, and the packaged model."""

from __future__ import annotations

from ._reader import Reader, load_reader, reader_features, reader_from_dict, reader_tokens

__all__ = ["Reader", "load_reader", "reader_features", "reader_from_dict", "reader_tokens"]
