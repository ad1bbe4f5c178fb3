"""Where an article was written, from how it is written: cues of American local news.

A US local paper writes "Boone County", "Sheriff", "Gov. Beshear", "Paris, Ky.", "Oct. 3",
"center" and "neighborhood", gives addresses as "3125 Clarksville St." and roads as
"Route 31", times as "6 p.m." and names its "High School"; papers elsewhere write
"centre", "neighbour", "£" and "3 October", and name a police officer by the
Commonwealth rank, "Const. Singh" or "Constable Reid" (an American constable is a county
officer, "Harris County Constable ..."). Two American cues and no Commonwealth one
make the article American, which tells "Dublin" or "Athens" without a state named beside
them: the Ohio suburb or the Texas town, not the capital abroad.
"""

from __future__ import annotations

import re

# Cues of American writing (each occurrence counts). The word cues share one leading
# word boundary, which the regex engine then tests once per position, not once per cue.
_US_CUES = re.compile(
    r"\b(?:[A-Z][a-z]+ County\b|[Ss]heriff|(?:Gov|Sen|Rep)\. [A-Z]|Township\b|Twp\."
    r"|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b"
    r"|(?:center|neighborhood|color|favorite|theater|defense|labor|honor)s?\b"
    r"|(?:ZIP code|Interstate \d+|mph|grand jury|felony|misdemeanor|[Ss]electm[ae]n"
    r"|Board of Education|Board of Supervisors|[Ss]tate [Tt]rooper)\b"
    r"|\d+ (?:[NSEW]\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:St|Ave|Blvd|Rd|Dr|Ln|Hwy)\."
    r"|(?:Route|State Road|County Road) \d+\b|\d{1,2}(?::\d\d)? [ap]\.m\."
    r"|(?:High|Middle|Elementary) School\b)"
    r"|, (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss"
    r"|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt"
    r"|Va|Wash|W\. ?Va|Wis|Wyo)\."
)
# Cues of Commonwealth (British, Irish, Canadian, Australian) writing.
_COMMONWEALTH_CUES = re.compile(
    r"\b(?:(?:centre|neighbour|neighbourhood|colour|favourite|theatre|defence|labour|honour"
    r"|programme|kilometres|metres|RCMP|OPP|Garda|gardai|councillors?)s?"
    r"|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December))\b|£"
    r"|\b(?:Const\.|(?<!County )[Cc]onstable) [A-Z]"
)
US_CUES_NEEDED = 2


def written_in(text: str) -> str | None:
    """``"USA"`` when the text reads as American local news, else ``None``."""
    if _COMMONWEALTH_CUES.search(text) is not None:
        return None
    for count, _ in enumerate(_US_CUES.finditer(text), start=1):
        if count >= US_CUES_NEEDED:
            return "USA"
    return None
