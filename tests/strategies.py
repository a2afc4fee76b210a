"""Hypothesis strategies that generate valid domain objects (shared by several test modules)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from hypothesis import strategies as st

from draftkit import models as m

# Any Unicode text a YAML/JSON file and an XML document can both hold: no surrogates,
# no C0 controls other than tab and newline, no U+FFFE/U+FFFF.
_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
_XML_OK = st.characters(
    exclude_categories=_SURROGATES,
    exclude_characters="".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A))
    + "\x7f\ufffe\uffff\x85\u2028\u2029",
)
text = st.text(_XML_OK, min_size=1, max_size=40)
ident = st.from_regex(r"\A[a-z][a-z0-9_]{0,6}(\.[a-z0-9][a-z0-9_]{0,6}){0,2}\Z")
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31))


def _enum_list(enum: Any, min_size: int = 0) -> st.SearchStrategy[list[Any]]:
    return st.lists(st.sampled_from(list(enum)), min_size=min_size, max_size=3, unique=True)


subsections = st.lists(
    st.builds(
        m.Subsection,
        text=text,
        paragraphs=st.lists(st.builds(m.Paragraph, text=text, subparagraphs=st.lists(text, max_size=2)), max_size=2),
        closing=st.none() | text,
    ),
    min_size=1,
    max_size=2,
)

citations = st.lists(
    st.builds(
        m.Citation,
        kind=st.sampled_from([m.CitationKind.CASE, m.CitationKind.NATIONAL_LAW]),
        source=text,
        pinpoint=st.none() | text,
        verified=st.booleans(),
        note=st.none() | text,
    ),
    max_size=2,
)

penalties = st.builds(m.Penalty, max_years=st.none() | st.integers(0, 100), life=st.booleans(), fine=st.booleans())
limbs = st.lists(
    st.builds(
        m.OffenceLimb,
        conduct=_enum_list(m.OffenceConduct, 1),
        mental_elements=_enum_list(m.MentalElement),
        penalty=st.none() | penalties,
    ),
    max_size=2,
)
routes = st.lists(
    st.builds(m.AuthorisationRoute, authorisation=st.sampled_from(list(m.Authorisation)), when=text), max_size=2
)


@st.composite
def evidence_elements(draw: st.DrawFn) -> m.EvidenceElements:
    """Evidence elements whose admissibility entries name distinct topics of ``topics``."""
    topics = draw(_enum_list(m.EvidenceTopic, 1))
    settled = draw(st.lists(st.sampled_from(topics), unique=True, max_size=len(topics)))
    admissibility = [
        m.TopicAdmissibility(topic=t, status=draw(st.sampled_from(list(m.Admissibility)))) for t in settled
    ]
    return m.EvidenceElements(topics=topics, reliability_test=draw(st.booleans()), admissibility=admissibility)


elements_by_kind: dict[str, st.SearchStrategy[Any]] = {
    "definition": st.builds(
        m.DefinitionElements,
        term=text,
        concept=st.sampled_from(list(m.DefinedConcept)),
        covers_electronic_interference=st.booleans(),
        requires_terrorist_purpose=st.booleans(),
    ),
    "offence": st.builds(
        m.OffenceElements,
        conduct=_enum_list(m.OffenceConduct, 1),
        covers_online=st.booleans(),
        mental_elements=_enum_list(m.MentalElement),
        terrorist_purpose=st.booleans(),
        risk_element=st.booleans(),
        result_required=st.booleans(),
        covers_online_payments=st.booleans(),
        penalty=penalties,
        defences=_enum_list(m.Defence),
        limbs=limbs,
        prosecution_consent=st.none() | st.booleans(),
    ),
    "investigative_power": st.builds(
        m.InvestigativePowerElements,
        power=st.sampled_from(list(m.PowerType)),
        authorisation=st.sampled_from(list(m.Authorisation)),
        urgent_exception=st.booleans(),
        threshold=st.none() | text,
        max_duration_days=st.none() | st.integers(1, 3650),
        renewable=st.booleans(),
        data_categories=_enum_list(m.DataCategory),
        safeguards=_enum_list(m.SafeguardType),
        other_routes=routes,
    ),
    "safeguard": st.builds(
        m.SafeguardElements,
        applies_to_all_powers=st.booleans(),
        applies_to=_enum_list(m.PowerType),
        safeguards=_enum_list(m.SafeguardType, 1),
        oversight_body=st.none() | text,
    ),
    "service_provider": st.builds(
        m.ServiceProviderElements,
        duty=st.sampled_from(list(m.ProviderDuty)),
        retention_months=st.none() | st.integers(0, 120),
        data_categories=_enum_list(m.DataCategory),
        access_authorisation=st.none() | st.sampled_from(list(m.Authorisation)),
        general_monitoring=st.booleans(),
        due_process=st.booleans(),
        safeguards=_enum_list(m.SafeguardType),
        other_routes=routes,
    ),
    "jurisdiction": st.builds(
        m.JurisdictionElements,
        bases=_enum_list(m.JurisdictionBasis, 1),
        prosecute_if_not_extradited=st.booleans(),
        coordination=st.booleans(),
    ),
    "cooperation": st.builds(
        m.CooperationElements,
        mechanisms=_enum_list(m.CooperationMechanism, 1),
        legal_bases=_enum_list(m.LegalBasis),
        dual_criminality=st.sampled_from(list(m.DualCriminality)),
        political_offence_excluded=st.booleans(),
        central_authority=st.none() | text,
        speciality=st.booleans(),
        ne_bis_in_idem=st.booleans(),
        human_rights_refusal=st.booleans(),
    ),
    "evidence": evidence_elements(),
}


@st.composite
def national_provisions(draw: st.DrawFn, kind: str | None = None) -> dict[str, Any]:
    """A national provision as plain data (validated by NationalFramework)."""
    chosen = kind or draw(st.sampled_from(sorted(elements_by_kind)))
    return {
        "id": draw(ident),
        "kind": chosen,
        "title": draw(text),
        "text": [s.model_dump(mode="json") for s in draw(subsections)],
        "citations": [c.model_dump(mode="json") for c in draw(citations)],
        # a definition relying on defined terms could close a cycle, which is invalid: only other kinds use terms
        "uses_terms": [] if chosen == "definition" else draw(st.lists(text, max_size=2)),
        "elements": draw(elements_by_kind[chosen]).model_dump(mode="json"),
        "source": {"act": draw(text), "section": draw(text), "date": draw(st.none() | dates.map(str))},
        "status": draw(st.sampled_from(list(m.ProvisionStatus))).value,
        "optional": draw(st.booleans()),
        "external_references": draw(
            st.lists(st.fixed_dictionaries({"act": text, "section": text}, optional={"note": text}), max_size=1)
        ),
    }


@st.composite
def frameworks(draw: st.DrawFn, max_provisions: int = 6) -> m.NationalFramework:
    """A valid NationalFramework: unique provision ids, registry instruments, no dangling references,
    amendment relations only from a draft to in-force provisions (each taken out by one clause at most)."""
    provisions = draw(st.lists(national_provisions(), max_size=max_provisions, unique_by=lambda p: p["id"]))
    ids = [p["id"] for p in provisions]
    for provision in provisions:
        others = [i for i in ids if i != provision["id"]]
        if others:
            provision["related"] = draw(st.lists(st.sampled_from(others), max_size=2, unique=True))
    in_force = [p["id"] for p in provisions if p["status"] == "in_force"]
    free = list(in_force)
    for provision in provisions:
        if provision["status"] == "in_force" or not in_force:
            continue
        provision["amends"] = draw(st.lists(st.sampled_from(in_force), max_size=1))
        if free:
            taken = draw(st.lists(st.sampled_from(free), max_size=2, unique=True))
            split = draw(st.integers(0, len(taken)))
            provision["replaces"], provision["repeals"] = taken[:split], taken[split:]
            free = [i for i in free if i not in taken]
    repeal_clauses = []
    if bool(free) and draw(st.booleans()):
        repeal_clauses.append(
            {
                "source": {"act": draw(text), "section": draw(text)},
                "status": draw(st.sampled_from(["bill", "draft_proposal"])),
                "repeals": draw(st.lists(st.sampled_from(free), min_size=1, max_size=2, unique=True)),
            }
        )
    treaties = ["icsft-1999", "ets-185", "cets-196", "iccpr", "unscr-1373"]
    party = [s for s in m.InstrumentStatus if s is not m.InstrumentStatus.BOUND_AS_EU_MEMBER]
    eu_acts = ["eu-dir-2017-541", "eu-reg-2021-784"]
    instruments = [
        {"id": i, "status": draw(st.sampled_from(party)).value}
        for i in draw(st.lists(st.sampled_from(treaties), unique=True, max_size=3))
    ] + [
        {"id": i, "status": draw(st.sampled_from(list(m.InstrumentStatus))).value}
        for i in draw(st.lists(st.sampled_from(eu_acts), unique=True, max_size=1))
    ]
    data = {
        "country": draw(st.from_regex(r"\AX[A-Z]\Z")),
        "name": draw(text),
        "legal_tradition": draw(st.sampled_from(list(m.LegalTradition))).value,
        "language": draw(st.sampled_from(["en", "fr", "ar", "zh", "es-419"])),
        "as_of": str(draw(dates)),
        "title": draw(st.none() | text),
        "parameters": draw(st.dictionaries(st.from_regex(r"\A[a-z][a-z0-9_]{0,8}\Z"), text, max_size=2)),
        "instruments": instruments,
        "provisions": provisions,
        "repeal_clauses": repeal_clauses,
        "assessor_notes": draw(st.lists(text, max_size=2)),
    }
    return m.NationalFramework.model_validate(data)
