"""Pipeline assembly validates component order and names."""

from __future__ import annotations

import pytest

from tacitus.components import default_registry
from tacitus.errors import ConfigError
from tacitus.pipeline import PipelineConfig
from tacitus.pipeline.config import DEFAULT_COMPONENTS


def test_default_order_is_valid() -> None:
    specs = default_registry().check_order(DEFAULT_COMPONENTS)
    assert [s.name for s in specs] == list(DEFAULT_COMPONENTS)


def test_a_component_before_its_inputs_is_refused() -> None:
    with pytest.raises(ConfigError, match="needs"):
        default_registry().check_order(["linking", "parse"])


def test_an_unknown_component_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="known: "):
        default_registry().get("coref")


def test_config_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError, match="extra"):
        PipelineConfig.model_validate({"components": ["parse"], "speed": "fast"})
