"""The trigger lexicon and the type crosswalk, both explicit data in ``data/coding``."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from tacitus.errors import ResourceError

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class TypeCode:
    """One row of the crosswalk: a single typing decision in every vocabulary."""

    code: str
    acled_event_type: str | None
    acled_sub_event_type: str | None
    plover_event: str
    plover_mode: str | None
    cameo: str

    @property
    def is_statement(self) -> bool:
        """Statements (accuse, threaten, consult, ...) have no ACLED type."""
        return self.acled_event_type is None


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """A lemma (one or two words) and part of speech that signal an event type."""

    lemma: str
    pos: str
    code: str
    strength: str


def _read_csv(name: str) -> list[dict[str, str]]:
    path = resources.files("tacitus") / "data" / "coding" / name
    try:
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    except OSError as exc:
        raise ResourceError(f"cannot read packaged data file coding/{name}: {exc}") from exc


class Lexicon:
    """Trigger rules keyed by (lemma, POS) and type codes keyed by name."""

    def __init__(self, *, rules: list[TriggerRule], codes: list[TypeCode]) -> None:
        self.codes = {c.code: c for c in codes}
        self._single: dict[tuple[str, str], TriggerRule] = {}
        self._double: dict[tuple[str, str, str], TriggerRule] = {}
        for rule in rules:
            if rule.code not in self.codes:
                raise ResourceError(f"trigger {rule.lemma!r} names unknown type {rule.code!r}")
            words = rule.lemma.split()
            if len(words) == 1:
                self._single[(rule.lemma, rule.pos)] = rule
            else:
                self._double[(words[0], words[1], rule.pos)] = rule

    @classmethod
    def load(cls) -> Lexicon:
        """The lexicon shipped with the package."""
        codes = [
            TypeCode(
                code=row["code"],
                acled_event_type=row["acled_event_type"] or None,
                acled_sub_event_type=row["acled_sub_event_type"] or None,
                plover_event=row["plover_event"],
                plover_mode=row["plover_mode"] or None,
                cameo=row["cameo"],
            )
            for row in _read_csv("crosswalk.csv")
        ]
        rules = [
            TriggerRule(
                lemma=row["lemma"], pos=row["pos"], code=row["code"], strength=row["strength"]
            )
            for row in _read_csv("triggers.csv")
        ]
        return cls(rules=rules, codes=codes)

    def match(self, token: Token) -> tuple[TriggerRule, int] | None:
        """The rule a token starts, and how many tokens it covers (1, 2, or 3 for a
        hyphenated word)."""
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_
        if pos == "PROPN":
            return self._capitalised_noun(token)
        hyphenated = self._hyphenated(token)
        if hyphenated is not None:
            return hyphenated, 3
        lemma = token.lemma_.lower()
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None:
            rule = self._double.get((lemma, nxt.lemma_.lower(), pos))
            if rule is not None:
                return rule, 2
        rule = self._single.get((lemma, pos)) or self._single.get((token.lower_, pos))
        return (rule, 1) if rule is not None else None

    def _hyphenated(self, token: Token) -> TriggerRule | None:
        """A hyphenated noun that the tokenizer split in three ("sit-in", "shoot-out"):
        the lexicon spells it whole, with no space around the hyphen."""
        doc = token.doc
        if token.i + 2 >= len(doc) or token.whitespace_:
            return None
        hyphen, last = doc[token.i + 1], doc[token.i + 2]
        if hyphen.text != "-" or hyphen.whitespace_:
            return None
        return self._single.get((f"{token.lower_}-{last.lower_}", "NOUN"))

    def _capitalised_noun(self, token: Token) -> tuple[TriggerRule, int] | None:
        """A common noun the tagger took for a name only because it opens the sentence
        ("Shootings in Belfast had continued"): no entity, capitalised, not in capitals,
        and a noun of the lexicon once lower-cased (plural or not)."""
        text = token.text
        if not token.is_sent_start or token.ent_type_ or not text[:1].isupper() or text.isupper():
            return None
        lower = token.lower_
        forms = (lower, lower[:-1]) if lower.endswith("s") else (lower,)
        rule = next((self._single[(f, "NOUN")] for f in forms if (f, "NOUN") in self._single), None)
        return (rule, 1) if rule is not None else None

    def code(self, name: str) -> TypeCode:
        """The crosswalk row called ``name``."""
        try:
            return self.codes[name]
        except KeyError:
            raise ResourceError(f"unknown type code {name!r}") from None
