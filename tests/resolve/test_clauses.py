"""Clause structure decides the owner of a figure: wider-place references, comparisons, locating and
superlative asides, possessive pronouns inside objects, first-person writers."""

from __future__ import annotations

import pytest

from tally.extract.facts import extract_facts
from tally.model import Article, Document


def _facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    d = Document(name="t.txt", source="t.txt", text=text, sha256="0", published=None, size=len(text))
    facts, _ = extract_facts(d, [Article(index=0, start=0, end=len(text))])
    return {f.text: (f.entity, f.entity_type) for f in facts}


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        # "the region" is the province a city belongs to, not the city last named
        (
            "Yunnan opened more border crossings.\n\nRuili, a busy crossing on the border, handled 3 million "
            "tons of goods. Last year, the region's economy grew 5.1 percent.",
            "5.1 percent",
            "Yunnan",
        ),
        # ... but a place whose parent is a country stays "the region"
        (
            "Greater Manchester added jobs.\n\nGreater Manchester added more. "
            "Last year the region had 40,000 new firms.",
            "40,000",
            "Greater Manchester",
        ),
        # the subject of a reporting clause and a landmark of a locative phrase in the predicate do not
        # take the topic over
        (
            "Gansu trade grew in spring.\n\nSteel makers in Jiayuguan said orders had picked up. "
            "Officers have cut waiting times at the rail depot in Jiayuguan. "
            "Trade with Europe made up 12 percent of the total.",
            "12 percent",
            "Gansu",
        ),
        # the standard of a comparison after the figure is no owner
        (
            (
                "Yili Dairy, a milk processor, buys from herders.\n\n"
                "A herder with 30 cows earns more than a teacher in the city."
            ),
            "30",
            "Yili Dairy",
        ),
        # a locating aside ("south of X") hides its place from the figure after it
        (
            "The Lanzhou New Area, north of the capital Lanzhou, now hosts 40 factories.",
            "40",
            "Lanzhou New Area",
        ),
        # a superlative apposition ("the largest in the province") is an aside too
        (
            "In Anxi county, tea covers the hills. The county has 40,000 hectares of tea, the largest in the "
            "province, and 520 tea factories.",
            "520",
            "Anxi county",
        ),
        # a possessive pronoun inside an object ("for their followers") does not make its antecedent
        # the subject
        (
            "Tourism grew in Jixi county.\n\nTea from the county's farms sells online, "
            "and students who studied in Zhejiang film videos for their fans.\n\n"
            "Officials say they will link 12 villages by road.",
            "12",
            "Jixi county",
        ),
    ],
)
def test_clause_owner(text: str, figure: str, entity: str) -> None:
    assert _facts(text)[figure][0] == entity


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an affiliation with a longer field of study, and "here" naming no place
        (
            "I am a doctoral student in soil science at Lanzhou University, "
            "and I have lived here for two years.",
            "two years",
        ),
        (
            "I am a master's student in civil engineering at Lanzhou University, "
            "and I have lived in the city for five years.",
            "five years",
        ),
    ],
)
def test_first_person_writer(text: str, figure: str) -> None:
    assert _facts(text)[figure][0] == "Lanzhou University"


def test_which_aside_crosses_thousands_comma() -> None:
    from tally.resolve.coref import asides

    sentence = "Output rose in Pingxiang, which employs 1,200 people in Anyuan district, last year."
    spans = asides(sentence, 0)
    which = sentence.index(", which")
    assert (which, sentence.index(", last")) in spans
