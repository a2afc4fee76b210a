"""Plain-language labels for element names and allowed values, as a ministry reads them.

One source of words: a field or value without an entry here is labelled with the message catalog's
English words for it (``element.*``, ``value.*`` in :mod:`draftkit.i18n.messages`, capitalised), the
words the reports use; the entries here are where the form asks its question differently (a question
to answer rather than a noun in a report). Only a name with no words anywhere is spelled out.
"""

from __future__ import annotations

__all__ = ["field_label", "value_label"]

_FIELDS: dict[str, str] = {
    "term": "Defined term (exactly as used in the text)",
    "concept": "What the term defines",
    "covers_electronic_interference": "Reaches serious interference with electronic systems",
    "requires_terrorist_purpose": "Requires a terrorist purpose (intimidating a population, compelling a government)",
    "conduct": "Conduct made an offence",
    "covers_online": "Reaches conduct online or by any means",
    "mental_element": "Mental element",
    "mental_elements": "Mental elements that suffice",
    "terrorist_purpose": "A terrorist purpose or link is an element",
    "risk_element": "A danger that an offence may be committed is an element",
    "result_required": "A terrorist act must actually be committed or attempted",
    "covers_online_payments": "Reaches online payments, virtual assets and crowdfunding",
    "max_years": "maximum years of imprisonment",
    "life": "life imprisonment",
    "fine": "a fine",
    "defences": "Defences",
    "power": "Power",
    "authorisation": "Who authorises it",
    "urgent_exception": "A lower authority may act in urgency, subject to confirmation",
    "threshold": "Threshold (e.g. reasonable grounds to believe)",
    "persons_covered": "Persons it may reach (e.g. the suspect and persons in contact with the suspect)",
    "max_duration_days": "Maximum duration in days",
    "renewable": "Renewable",
    "data_categories": "Data covered",
    "safeguards": "Safeguards it provides",
    "applies_to_all_powers": "Applies to all investigative powers",
    "applies_to": "Applies to these powers",
    "oversight_body": "Oversight body",
    "duty": "Duty",
    "retention_months": "Retention period in months",
    "access_authorisation": "Who authorises access to the data",
    "general_monitoring": "Imposes a general duty to monitor content",
    "due_process": "Orders are reasoned, notified and open to review",
    "penalties": "A provider that fails in the duty faces a penalty (a fine, an offence)",
    "bases": "Bases of jurisdiction",
    "prosecute_if_not_extradited": "Duty to prosecute when the person is not extradited",
    "coordination": "Consultation with other States to avoid double prosecution",
    "mechanisms": "Forms of cooperation",
    "legal_bases": "Legal basis for cooperation",
    "dual_criminality": "Dual criminality",
    "political_offence_excluded": "Terrorist offences are not treated as political offences",
    "central_authority": "Central authority",
    "speciality": "Rule of speciality",
    "ne_bis_in_idem": "No second trial for the same conduct (ne bis in idem)",
    "topics": "Matters dealt with",
    "reliability_test": "Admissibility turns on relevance and reliability",
    "prosecution_consent": "Prosecution needs the consent of the prosecuting authority",
    "limbs": "Separate limb",
    "other_routes": "Other route",
    "when": "in these cases",
    "confirmed_by": "to be confirmed promptly by",
    "admissibility": "Admissibility",
    "topic": "matter",
    "status": "status",
    "penalty": "Maximum penalty",
    "replaces": "Bill only: the provisions in force it replaces",
    "repeals": "Bill only: the provisions in force it repeals",
    "amends": "Bill only: the provisions in force it amends",
    "external_references": "Reference to another law",
    "act": "act",
    "section": "section",
    "note": "note",
    "source": "Where it stands",
    "date": "date",
    "RepealClause.repeals": "the provisions in force it repeals",
}

_VALUES: dict[str, str] = {
    "bill": "In a bill",
    "not_party": "Not a party",
    "expedited_preservation": "Expedited preservation of data",
    "compelled_decryption": "Order to decrypt or give access",
    "remote_access": "Remote access to a computer",
    "passenger_data": "Passenger data from carriers (API, PNR)",
    "watch_list": "Watch list of known and suspected terrorists",
    "biometric_collection": "Collection of biometric data",
    "extended_search": "Extending a search to connected systems",
    "search_seizure": "Search and seizure of computers and data",
    "contact_point_24_7": "24/7 contact point",
    "computer_in_territory": "The computer or data used is in the territory",
    "aut_dedere": "Where the person is not extradited (aut dedere aut judicare)",
    "ne_bis_in_idem": "Ne bis in idem",
    "conduct_based": "Conduct-based (the conduct is criminal in both States)",
    "strict": "Strict (the same offence in both States)",
    "common_law": "Common law",
    "civil_law": "Civil law",
    "islamic_law": "Islamic law",
    "bound_as_eu_member": "Bound as a member of the European Union",
    "non_endorsement": "The person did not endorse the material",
    "legitimate_purpose": "Journalism, research, education, art or official duty",
}


def _spelled(name: str) -> str:
    words = name.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _catalog(code: str) -> str | None:
    """The English words of the message catalog for an element or a value, as a label (capitalised)."""
    # lazily: not loaded with this module, only when this runs (start-up time)
    from draftkit.i18n.messages import TEXT

    text = TEXT.get(code)
    return None if text is None or "{" in text else text[:1].upper() + text[1:]


def field_label(model: str, name: str) -> str:
    """The label of element ``name`` of ``model`` (the model name lets a label differ by kind): the form's
    own question where it asks differently from the catalog, else the catalog's ``element.*`` words."""
    return _FIELDS.get(f"{model}.{name}") or _FIELDS.get(name) or _catalog(f"element.{name}") or _spelled(name)


def value_label(enum: str, value: str) -> str:
    """The label of an allowed ``value`` of ``enum``."""
    return _VALUES.get(f"{enum}.{value}") or _VALUES.get(value) or _catalog(f"value.{value}") or _spelled(value)
