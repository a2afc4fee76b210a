"""Every fixed text of draftkit's documents, in English, under a stable code.

``_m(code, text)`` registers a message and ``_mp(code, singular, plural)`` one with a
plural (its ``count`` parameter chooses the form). Babel extracts them with the keywords
``_m:1c,2`` and ``_mp:1c,2,3`` (``make messages``), the code becoming the gettext context:
a translator sees the English text and the code, and translates the text.

Parameters are written ``{name}``; the renderer fills them with user text, numbers,
dates (formatted for the locale) or other messages. Keep sentences whole (never glue
fragments in code), so that a language with another word order can translate them.
"""

from __future__ import annotations

__all__ = ["PLURALS", "TEXT"]

TEXT: dict[str, str] = {}
PLURALS: dict[str, tuple[str, str]] = {}


def _m(code: str, text: str) -> str:
    TEXT[code] = text
    return code


def _mp(code: str, singular: str, plural: str) -> str:
    PLURALS[code] = (singular, plural)
    return code


# ----------------------------------------------------------------------------- words

_m("word.yes", "yes")
_m("word.no", "no")
_m("word.none", "none")
_m("word.dash", "\u2014")
_m("word.list", "{items}")

# ----------------------------------------------------------------------------- ratings (FATF technical compliance)

_m("rating.C", "Compliant")
_m("rating.LC", "Largely compliant")
_m("rating.PC", "Partially compliant")
_m("rating.NC", "Non-compliant")
_m("rating.NA", "Not applicable")
_m("rating.C.meaning", "there are no shortcomings")
_m("rating.LC.meaning", "there are only minor shortcomings")
_m("rating.PC.meaning", "there are moderate shortcomings")
_m("rating.NC.meaning", "there are major shortcomings")
_m("rating.NA.meaning", "the requirement does not apply to the State")
_m("rating.with_abbreviation", "{name} ({abbreviation})")
_m("rating.C.abbreviation", "C")
_m("rating.LC.abbreviation", "LC")
_m("rating.PC.abbreviation", "PC")
_m("rating.NC.abbreviation", "NC")
_m("rating.NA.abbreviation", "NA")

# ----------------------------------------------------------------------------- outcomes of a criterion

_m("outcome.met", "met")
_m("outcome.partly_met", "partly met")
_m("outcome.not_met", "not met")
_m("outcome.not_applicable", "not applicable")

# ----------------------------------------------------------------------------- how strongly a source asks

_m("strength.mandatory", "binding obligation")
_m("strength.should_consider", "recommended practice")
_m("strength.optional", "option for the State")

# ----------------------------------------------------------------------------- areas

_m("area.definitions", "Definitions and scope")
_m("area.criminalization", "Offences")
_m("area.investigative_powers", "Investigative powers")
_m("area.safeguards", "Safeguards and human rights")
_m("area.service_providers", "Data retention and service providers")
_m("area.jurisdiction", "Jurisdiction")
_m("area.international_cooperation", "International cooperation")
_m("area.evidence", "Evidence")

# ----------------------------------------------------------------------------- status of a national provision

_m("status.in_force", "in force")
_m("status.bill", "in the bill before Parliament")
_m("status.draft_proposal", "a draft proposal")

# ----------------------------------------------------------------------------- naming the law

_m("law.section", "section {number} of the {act}")
_m("law.section.start", "Section {number} of the {act}")
_m("law.article", "article {number} of the {act}")
_m("law.article.start", "Article {number} of the {act}")
_m("law.unit", "{unit} of the {act}")
_m("law.unit.start", "{unit} of the {act}")
_m("law.articles", "articles {numbers} of the {act}")
_m("law.articles.start", "Articles {numbers} of the {act}")
_m("law.sections", "sections {numbers} of the {act}")
_m("law.sections.start", "Sections {numbers} of the {act}")
# one provision the framework places in several sections (a singular subject: the verbs that follow agree with it)
_m("law.in_sections", "the provision in sections {numbers} of the {act}")
_m("law.in_sections.start", "The provision in sections {numbers} of the {act}")
_m("law.in_articles", "the provision in articles {numbers} of the {act}")
_m("law.in_articles.start", "The provision in articles {numbers} of the {act}")
# a run of sections ("26-29") and Schedules, which are cited "to" their Act
_m("law.range", "{first} to {last}")
_mp("law.schedules", "Schedule {numbers}", "Schedules {numbers}")
_mp("law.schedules.start", "Schedule {numbers}", "Schedules {numbers}")
_m("law.schedules_to", "{schedules} to the {act}")
_m("law.schedules_to.start", "{schedules} to the {act}")
_mp(
    "law.with_schedules",
    "section {numbers} of, and {schedules} to, the {act}",
    "sections {numbers} of, and {schedules} to, the {act}",
)
_mp(
    "law.with_schedules.start",
    "Section {numbers} of, and {schedules} to, the {act}",
    "Sections {numbers} of, and {schedules} to, the {act}",
)
_mp(
    "law.in_with_schedules",
    "the provision in section {numbers} of, and {schedules} to, the {act}",
    "the provision in sections {numbers} of, and {schedules} to, the {act}",
)
_mp(
    "law.in_with_schedules.start",
    "The provision in section {numbers} of, and {schedules} to, the {act}",
    "The provision in sections {numbers} of, and {schedules} to, the {act}",
)
_m("law.short", "{act}, s {number}")
_m("law.short.article", "{act}, art {number}")
_m("law.short.unit", "{act}, {unit}")
_m("law.with_status", "{provision} ({status})")
_m("law.dated", "{provision}, as amended on {date}")
_m("law.unknown", "a provision not described in the framework")

# ----------------------------------------------------------------------------- kinds of provision

_m("kind.definition", "definition")
_m("kind.offence", "offence")
_m("kind.investigative_power", "investigative power")
_m("kind.safeguard", "safeguard")
_m("kind.service_provider", "duty of service providers")
_m("kind.jurisdiction", "rule of jurisdiction")
_m("kind.cooperation", "rule of international cooperation")
_m("kind.evidence", "rule of evidence")

# ----------------------------------------------------------------------------- elements (what the assessor coded)

_m("element.term", "the term defined")
_m("element.concept", "the concept defined")
_m("element.covers_electronic_interference", "serious interference with electronic systems")
_m("element.requires_terrorist_purpose", "a terrorist purpose")
_m("element.protest_exemption", "an exemption for advocacy, protest and dissent")
_m("element.conduct", "the conduct made an offence")
_m("element.covers_online", "conduct committed online")
_m("element.mental_element", "the mental element")
_m("element.mental_elements", "the mental elements that suffice")
_m("element.terrorist_purpose", "a terrorist purpose")
_m("element.risk_element", "a real risk that a terrorist offence will be committed")
_m("element.result_required", "a result (an attack actually committed)")
_m("element.covers_online_payments", "online payment tools and virtual assets")
_m("element.any_purpose", "funds for a terrorist group or person for any purpose")
_m("element.penalty", "the penalty")
_m("element.max_years", "the maximum term of imprisonment (years)")
_m("element.life", "imprisonment for life")
_m("element.fine", "a fine")
_m("element.defences", "the defences")
_m("element.power", "the power")
_m("element.authorisation", "the authority that authorises the measure")
_m("element.urgent_exception", "an urgent procedure")
_m("element.threshold", "the threshold for using the power")
_m("element.persons_covered", "the persons the power may reach")
_m("element.max_duration_days", "the maximum duration (days)")
_m("element.renewable", "renewal")
_m("element.data_categories", "the categories of data")
_m("element.safeguards", "the safeguards")
_m("element.applies_to_all_powers", "application to every investigative power")
_m("element.applies_to", "the powers it applies to")
_m("element.oversight_body", "an oversight body")
_m("element.duty", "the duty")
_m("element.retention_months", "the retention period (months)")
_m("element.retention_scope", "whose data the retention duty reaches")
_m("element.access_authorisation", "the authority that authorises access to retained data")
_m("element.general_monitoring", "a general obligation to monitor content")
_m("element.due_process", "notice and a right to challenge a removal order")
_m("element.penalties", "penalties on a provider that fails in the duty")
_m("element.bases", "the grounds of jurisdiction")
_m("element.prosecute_if_not_extradited", "a duty to prosecute when the person is not extradited")
_m("element.coordination", "coordination with other States claiming jurisdiction")
_m("element.mechanisms", "the forms of cooperation")
_m("element.legal_bases", "the legal basis for cooperation")
_m("element.dual_criminality", "the dual-criminality rule")
_m("element.political_offence_excluded", "the exclusion of the political-offence exception")
_m("element.central_authority", "a central authority")
_m("element.speciality", "the rule of speciality")
_m("element.ne_bis_in_idem", "protection against double jeopardy")
_m("element.human_rights_refusal", "refusal where the person would face persecution, torture or an unfair trial")
_m("element.data_protection", "protection of the personal data exchanged")
_m("element.topics", "the matters of evidence it governs")
_m("element.reliability_test", "a test of reliability")
_m("element.related", "the provisions it refers to")
_m("element.kind", "the kind of provision")
_m("element.other", "an element of the provision")
_m("element.all_safeguards", "the safeguards that apply to it")
_m("element.when", "the cases in which it applies")
_m("element.confirmed_by", "the authority that must confirm it promptly")
_m("element.admissibility", "the admissibility of the evidence it governs")
_m("element.other_routes", "the other routes of authorisation")
_m("element.limbs", "the conduct and penalty of each limb")
_m("element.prosecution_consent", "the consent of the prosecuting authority to a prosecution")
_m("element.status", "the status")
_m("element.topic", "the matter of evidence")
_m("element.weakest_authorisation", "the authority that authorises the measure (the weakest, where there are several)")
_m(
    "element.weakest_access_authorisation",
    "the authority that authorises access (the weakest, where there are several)",
)
_m("element.authorisations", "the authorities that may authorise the measure")
_m("element.weakest_authorisation.single", "the authority that authorises the measure")
_m("element.weakest_access_authorisation.single", "the authority that authorises access")
_m("element.uses_terms", "the terms it uses")

# ----------------------------------------------------------------------------- values of elements

_m("value.computer_system", "computer system")
_m("value.computer_data", "computer data")
_m("value.traffic_data", "traffic data")
_m("value.content_data", "content data")
_m("value.subscriber_information", "subscriber information")
_m("value.location_data", "location data")
_m("value.service_provider", "service provider")
_m("value.electronic_communication", "electronic communication")
_m("value.terrorist_act", "terrorist act")
_m("value.terrorist_offence", "terrorist offence")
_m("value.terrorist_group", "terrorist group")
_m("value.terrorist_publication", "terrorist publication")
_m("value.competent_authority", "competent authority")
_m("value.central_authority", "central authority")
_m("value.judicial_authority", "judicial authority")
_m("value.funds", "funds")
_m("value.critical_infrastructure", "critical infrastructure")
_m("value.other", "another matter")
_m("value.incitement", "incitement")
_m("value.encouragement", "encouragement")
_m("value.glorification", "glorification")
_m("value.recruitment", "recruitment")
_m("value.providing_training", "providing training")
_m("value.receiving_training", "receiving training")
_m("value.dissemination", "dissemination of terrorist material")
_m("value.collection_possession", "collecting or possessing terrorist material")
_m("value.financing", "financing")
_m("value.preparation", "preparation")
_m("value.association", "membership of or association with a terrorist group")
_m("value.conspiracy", "conspiracy")
_m("value.solicitation", "solicitation")
_m("value.attempt", "attempt")
_m("value.material_support", "material support")
_m("value.travel", "travel for terrorist purposes")
_m("value.travel_facilitation", "facilitating travel for terrorist purposes")
_m("value.cyberattack", "cyberattack")
_m("value.illegal_access", "illegal access to a computer system")
_m("value.illegal_interception", "illegal interception")
_m("value.data_interference", "data interference")
_m("value.system_interference", "system interference")
_m("value.misuse_of_devices", "misuse of devices")
_m("value.computer_fraud", "computer fraud")
_m("value.computer_forgery", "computer-related forgery")
_m("value.intent", "intent")
_m("value.knowledge", "knowledge")
_m("value.recklessness", "recklessness")
_m("value.negligence", "negligence")
_m("value.none", "none")
_m("value.reasonable_excuse", "reasonable excuse")
_m("value.non_endorsement", "non-endorsement")
_m("value.innocent_intermediary", "innocent intermediary")
_m("value.legitimate_purpose", "legitimate purpose (journalism, research, education)")
_m("value.humanitarian", "impartial humanitarian activity")
_m("value.expedited_preservation", "expedited preservation of stored data")
_m("value.partial_disclosure", "partial disclosure of traffic data")
_m("value.production_order", "production order")
_m("value.search_seizure", "search and seizure of computer data")
_m("value.extended_search", "extension of a search to connected systems")
_m("value.realtime_traffic", "real-time collection of traffic data")
_m("value.interception", "interception of communications")
_m("value.compelled_decryption", "compelled decryption")
_m("value.covert_online", "covert online investigation")
_m("value.remote_access", "remote access to a computer system")
_m("value.passenger_data", "passenger data from carriers")
_m("value.watch_list", "a watch list of known and suspected terrorists")
_m("value.biometric_collection", "collection of biometric data")
_m("value.judicial", "a judge")
_m("value.independent", "an independent body")
_m("value.prosecutorial", "a prosecutor")
_m("value.executive", "a minister or other member of the executive")
_m("value.internal", "an officer of the investigating agency itself")
_m("value.subscriber", "subscriber data")
_m("value.traffic", "traffic data")
_m("value.content", "content data")
_m("value.location", "location data")
_m("value.stored", "stored data")
_m("value.advance_passenger_information", "advance passenger information")
_m("value.passenger_name_record", "passenger name records")
_m("value.biometric", "biometric data")
_m("value.legal_basis", "a legal basis")
_m("value.necessity", "necessity")
_m("value.proportionality", "proportionality")
_m("value.time_limit", "a time limit")
_m("value.oversight", "oversight")
_m("value.notification", "notification of the person concerned")
_m("value.remedy", "a remedy")
_m("value.destruction", "destruction of material no longer needed")
_m("value.confidentiality", "confidentiality")
_m("value.record_keeping", "record-keeping")
_m("value.privilege", "protection of privileged material")
_m("value.child_specific", "juvenile-justice guarantees for children")
_m("value.rehabilitation", "rehabilitation and reintegration")
_m("value.data_retention", "data retention")
_m("value.cooperation", "cooperation with the authorities")
_m("value.notice_and_removal", "notice and removal of content")
_m("value.liability_limitation", "limits on intermediary liability")
_m("value.user_identification", "identification of users")
_m("value.cost_allocation", "costs of compliance")
_m("value.point_of_contact", "a point of contact")
_m("value.territorial", "territory")
_m("value.computer_in_territory", "a computer system in the territory")
_m("value.flag", "ships and aircraft under the State's flag")
_m("value.nationality", "nationality of the offender")
_m("value.habitual_residence", "habitual residence of the offender")
_m("value.passive_personality", "nationality of the victim")
_m("value.protective", "protection of the State's interests")
_m("value.effects", "effects in the territory")
_m("value.aut_dedere", "presence of an offender who is not extradited")
_m("value.universal", "universal jurisdiction")
_m("value.extradition", "extradition")
_m("value.mutual_legal_assistance", "mutual legal assistance")
_m("value.transfer_of_proceedings", "transfer of proceedings")
_m("value.transfer_of_sentenced", "transfer of sentenced persons")
_m("value.asset_freezing", "freezing of assets")
_m("value.police_cooperation", "police cooperation")
_m("value.contact_point_24_7", "a contact point available at all hours")
_m("value.spontaneous_information", "spontaneous information")
_m("value.joint_investigation_teams", "joint investigation teams")
_m("value.video_conference", "hearings by video conference")
_m("value.direct_provider_orders", "orders served directly on service providers by another State")
_m("value.giving_effect_to_orders", "giving effect to another State's orders for data")
_m("value.emergency_disclosure", "disclosure of data in an emergency")
_m("value.general", "every user (general retention)")
_m("value.targeted", "persons or places chosen on objective criteria (targeted retention)")
_m("value.source_addresses", "source network addresses only")
_m("value.treaty", "a treaty")
_m("value.statute", "the statute itself")
_m("value.reciprocity", "reciprocity")
_m("value.not_required", "not required")
_m("value.conduct_based", "satisfied by the conduct, whatever the offence is called")
_m("value.strict", "the same offence in both States")
_m("value.unspecified", "not stated")
_m("value.electronic_admissibility", "admissibility of electronic evidence")
_m("value.authentication", "authentication")
_m("value.chain_of_custody", "chain of custody")
_m("value.intercept_as_evidence", "intercepted material as evidence")
_m("value.foreign_evidence", "evidence obtained abroad")
_m("value.expert_evidence", "expert evidence")
_m("value.disclosure_protection", "protection of sensitive material from disclosure")
_m("value.attribution", "attribution")
_m("value.informal_channel_material", "material received through informal channels")
_m("value.definition", "definition")
_m("value.offence", "offence")
_m("value.investigative_power", "investigative power")
_m("value.safeguard", "safeguard")
_m("value.jurisdiction", "rule of jurisdiction")
_m("value.evidence", "rule of evidence")
_m("value.in_force", "in force")
_m("value.bill", "bill")
_m("value.draft_proposal", "draft proposal")
_m("value.true", "yes")
_m("value.false", "no")
_m("value.not_stated", "not stated")
_m("value.admitted", "admitted")
_m("value.excluded", "excluded")
_m("value.conditional", "admitted on conditions")

# ----------------------------------------------------------------------------- findings, each naming the law

_m("law.unknown.start", "A provision not described in the framework")
_m("authority.instrument", "{instrument}")
_m("authority.instrument_at", "{instrument} ({pinpoint})")
_m("authority.standard", "the international standard")
_m("required.at_least", "at least {value}")
_m("required.at_most", "at most {value}")
_m("required.present", "a stated value")
_m("required.absent", "no value")
_m("required.not", "anything but {value}")
_m("required.below", "less than {value}")
_m("value.pair", "{first}: {second}")
_m("finding.value", "Under {provision}, {element} is {found}; {authority} requires {required}.")
_m(
    "finding.value.recommended",
    "Under {provision}, {element} is {found}; recommended practice under {authority} is {required}.",
)
_m("finding.lacks", "{provision} does not provide for {element}, which {authority} requires.")
_m(
    "finding.lacks.recommended",
    "{provision} does not provide for {element}, which is recommended practice under {authority}.",
)
_m("finding.has_forbidden", "{provision} provides for {element}, which {authority} rules out.")
_m("value.penalty_life", "life imprisonment")
_m("value.penalty_years", "imprisonment of up to {years} years")
_mp(
    "finding.found_many",
    "{provisions} goes further than {authority} allows.",
    "{provisions} go further than {authority} allows.",
)
_mp(
    "finding.found_as",
    "{provisions} goes further than {authority} allows: it is {kind} {pattern}.",
    "{provisions} go further than {authority} allows: each is {kind} {pattern}.",
)
_m("kind.a.definition", "a definition")
_m("kind.a.offence", "an offence")
_m("kind.a.investigative_power", "an investigative power")
_m("kind.a.safeguard", "a safeguard")
_m("kind.a.service_provider", "a duty of service providers")
_m("kind.a.jurisdiction", "a rule of jurisdiction")
_m("kind.a.cooperation", "a rule of international cooperation")
_m("kind.a.evidence", "a rule of evidence")
_m("kind.a.provision", "a provision")
_m("req.weakest_access_authorisation", "with requests authorised by {value}")
_m("required.dual_criminality.not_required", "that dual criminality not be required at all")
_m("required.dual_criminality.conduct_based", "that it be satisfied by the conduct, whatever the offence is called")
_m("req.mental_elements.not", "without requiring {value}")
_m("req.mental_elements.below", "requiring less than {value}")
_m("req.risk_element.false", "without requiring a real risk that a terrorist offence will be committed")
_m(
    "finding.not_stated",
    "The framework does not record whether {provision} provides for {element}; it is treated as unknown, "
    "not as absent, and should be confirmed.",
)
_m("finding.too_few", "Only {found} of the {required} provisions needed were found.")
_m("finding.not_party", "The State is not a party to {instruments}.")
_m("finding.term_undefined", "{provision} uses the term \u201c{term}\u201d, which no provision defines.")
_m("finding.terms_undefined", "{provision} uses the terms {terms}, which no provision defines.")
_m("finding.reference_unresolved", "{provision} refers to {target}, which is not part of the law assessed.")
_m("finding.reference_repealed", "{provision} refers to {target}, which has been repealed.")
_m("finding.needs_one_of", "{provision} meets none of the ways {authority} allows of satisfying it.")
_m(
    "finding.value_options",
    "Under {provision}, {element} is {found}; {authority} requires {required}.",
)
_m(
    "finding.value_options.recommended",
    "Under {provision}, {element} is {found}; recommended practice under {authority} is {required}.",
)
_m(
    "finding.value_options_except",
    "Under {provision}, {element} is {found}; {authority} requires {required}, except for {exempt}.",
)
_m(
    "finding.value_options_except.recommended",
    "Under {provision}, {element} is {found}; recommended practice under {authority} is {required}, "
    "except for {exempt}.",
)
_m("condition.for", "{value} for {case}")
_m("condition.unless", "a provision {case}")
_m(
    "finding.lacks_items",
    "{provision} provides for {found} but not for {missing}, which {authority} requires.",
)
_m(
    "finding.lacks_items.recommended",
    "{provision} provides for {found} but not for {missing}, which is recommended practice under {authority}.",
)
_m("finding.states_none", "{provision} does not require {required}; {authority} requires it.")
_m(
    "finding.states_none.recommended",
    "{provision} does not require {required}, which is recommended practice under {authority}.",
)
_m("finding.admissibility", "Under {provision}, {topic} is {found}; {authority} requires it to be {required}.")
_m(
    "finding.admissibility.recommended",
    "Under {provision}, {topic} is {found}; recommended practice under {authority} is that it be {required}.",
)
_m(
    "finding.admissibility_unstated",
    "{provision} does not say whether {topic} is admitted; {authority} requires it to be {required}.",
)
_m(
    "finding.admissibility_unstated.recommended",
    "{provision} does not say whether {topic} is admitted; recommended practice under {authority} is that it "
    "be {required}.",
)
_m("evidence.subject.electronic_admissibility", "electronic evidence")
_m("finding.no_provision", "The law assessed has no {kind} {pattern}.")
_m("finding.no_provision_plain", "The law assessed has no {kind}.")
_m(
    "finding.required_for",
    "{provision} provides for {found} but not for {required}, which {authority} requires for {scope}.",
)
_m(
    "finding.required_for.recommended",
    "{provision} provides for {found} but not for {required}, which is recommended practice under {authority} "
    "for {scope}.",
)
_m("kind.provision", "provision")
_m("req.other", "with {element} {value}")
_m("req.admissibility.item", "under which {topic} is {status}")
_m("req.stated", "stating {element}")
_m("req.provides", "providing for {element}")
_m("req.provides_not", "not providing for {element}")
_m("req.max_duration_days.present", "limited in time")
_m("req.threshold.present", "stating a threshold for its use")
_m("req.persons_covered.present", "stating whom it may reach")
_m("req.none_of", "not {value}")
_m("req.conduct", "covering {value}")
_m("req.covers_online.true", "reaching conduct online")
_m("req.mental_element", "requiring {value}")
_m("req.mental_elements", "requiring {value}")
_m("req.terrorist_purpose.true", "requiring a terrorist purpose")
_m("req.risk_element.true", "requiring a real risk that a terrorist offence will be committed")
_m("req.result_required", "requiring a result: {value}")
_m("req.covers_online_payments.true", "reaching online payment tools and virtual assets")
_m("req.mechanisms", "providing for {value}")
_m("req.legal_bases", "allowing cooperation on the basis of {value}")
_m("req.bases", "on the ground of {value}")
_m("req.power", "conferring a power of {value}")
_m("req.authorisation", "authorised by {value}")
_m("req.data_categories", "reaching {value}")
_m("req.prosecute_if_not_extradited.true", "obliging the State to prosecute a person it does not extradite")
_m("req.political_offence_excluded.true", "excluding the political-offence exception")
_m("req.political_offence_excluded.false", "keeping the political-offence ground for terrorist offences")
_m(
    "req.human_rights_refusal.true",
    "requiring refusal where the person would face persecution, torture or an unfair trial",
)
_m("req.coordination.true", "providing for coordination with other States")
_m("req.duty", "concerning {value}")
_m("req.concept", "defining {value}")
_m("req.covers_electronic_interference.true", "reaching serious interference with electronic systems")
_m("req.requires_terrorist_purpose.true", "requiring a terrorist purpose")
_m("req.protest_exemption.true", "excluding advocacy, protest and dissent")
_m("req.any_purpose.true", "reaching funds for a terrorist group or person for any purpose")
_m("req.topics", "governing {value}")
_m("req.safeguards", "providing for {value}")
_m("req.all_safeguards", "subject to {value}")
_m("req.applies_to_all_powers.true", "applying to every investigative power")
_m("req.applies_to", "applying to {value}")
_m("req.max_duration_days", "limited in time to {value} days")
_m("req.retention_months", "limited to {value} months of retention")
_m("req.general_monitoring", "with a general obligation to monitor content: {value}")
_m("req.general_monitoring.false", "without a general obligation to monitor content")
_m("req.due_process.true", "giving notice and a right to challenge")
_m("req.penalties.true", "with penalties on a provider that fails to comply")
_m("req.reliability_test.true", "requiring a test of reliability")
_m("req.defences", "allowing the defence of {value}")
_m("finding.rights_risk", "{provision} restricts rights further than {authority} allows.")
_m("finding.met_by", "Met by {provisions}.")
_mp("finding.partly_by", "{provisions} goes part of the way.", "{provisions} go part of the way.")
_m("finding.nothing_found", "The law assessed does not meet this requirement.")
_m("finding.partly_unspecified", "The provisions found meet this requirement only in part.")
_m("finding.not_applicable", "The requirement does not apply to the State.")
_m(
    "finding.not_applicable.condition",
    "The requirement does not apply to the State: the law assessed does not meet its condition of application.",
)
_m(
    "finding.not_applicable.nothing_in_scope",
    "The requirement does not apply to the State: the law assessed has no provision of the kind it concerns.",
)
_m(
    "finding.not_applicable.not_yet_binding",
    "The requirement does not apply to the State: its source did not yet bind the State on the date of the law "
    "assessed.",
)
_m(
    "finding.not_applicable.no_longer_binding",
    "The requirement does not apply to the State: its source had ceased to have effect on the date of the law "
    "assessed.",
)
_m(
    "finding.not_applicable.option_not_adopted",
    "The requirement does not apply to the State: it concerns an option the State has not taken, which is never a gap.",
)

# ----------------------------------------------------------------------------- the report: cover, running heads

_m("report.title", "Legislative gap assessment")
_m(
    "report.subtitle",
    "The use of the Internet for terrorist purposes: the national legal framework measured against the UNODC "
    "publication (2012) and the international obligations that followed it",
)
_m("report.header", "DRAFT \u2014 {state}")
_m("report.footer", "Legislative gap assessment \u2014 {state} \u2014 page ")
_m("report.properties_title", "Legislative gap assessment \u2014 {state}")
_m("cover.as_of", "Law assessed as it stood on {date}")
_m("cover.prepared", "Prepared on {date} with draftkit {version}")
_mp("cover.standards", "Standard applied: {packs}", "Standards applied: {packs}")
_m(
    "cover.notice",
    "Draft for discussion with the national authorities. This assessment is not legal advice and does not bind "
    "any organisation.",
)

# ----------------------------------------------------------------------------- falling back (--fallback-language)

_mp(
    "fallback.messages",
    "{count} of the {total} fixed texts of draftkit has no {language} translation yet and is given in {fallback}.",
    "{count} of the {total} fixed texts of draftkit have no {language} translation yet and are given in {fallback}.",
)
_mp(
    "fallback.provisions",
    "{count} model provision has no {language} translation yet and is given in {fallback}.",
    "{count} model provisions have no {language} translation yet and are given in {fallback}.",
)

# ----------------------------------------------------------------------------- headings

_m("heading.contents", "Contents")
_m("heading.executive_summary", "Executive summary")
_m("heading.key_findings", "Key findings")
_m("heading.ratings", "Ratings by area")
_m("heading.priority_actions", "Priority actions")
_m("heading.progress", "Progress since the last assessment")
_m("heading.methodology", "Methodology and sources")
_m("heading.what_was_assessed", "What was assessed")
_m("heading.how_rated", "How the ratings were reached")
_m("heading.sources", "Citations and their verification")
_m("heading.limits", "Limits of this assessment")
_m("heading.factors", "Factors underlying the rating")
_m("heading.actions", "Recommended actions")
_m("heading.assistance", "Technical-assistance needs")
_m("heading.annex_criteria", "Technical compliance, criterion by criterion")
_m("heading.summary_table", "Summary of technical compliance")
_m("heading.annex_concordance", "Concordance with the sources and the proposed bill")
_m("heading.annex_observations", "Observations of the State")
_m("heading.general_observations", "General observations")
_m("heading.glossary", "Glossary")

# ----------------------------------------------------------------------------- columns

_m("column.area", "Area")
_m("column.in_force", "Law in force")
_m("column.with_draft", "With the State's draft")
_m("column.with_proposed", "With the proposed bill")
_m("column.criteria_met", "Requirements met (with the State's draft)")
_m("column.criteria_met_in_force", "Requirements met")
_m("column.rating", "Rating")
_m("column.rating_name", "Name")
_m("column.meaning", "Meaning")
_m("column.previous_rating", "Previous assessment")
_m("column.current_rating", "This assessment")
_m("column.change", "Change")
_m("column.law", "Law")
_m("column.provisions", "Provisions assessed")
_m("column.status", "Status")
_m("column.action", "Action")
_m("column.priority", "Priority")
_m("column.responsible", "Responsible authority")
_m("column.bill", "Proposed bill")
_m("column.reference", "Reference")
_m("column.factors", "Main factors underlying the rating")
_m("column.source", "Source")
_m("column.national_law", "National law that answers it")
_m("column.outcome", "Outcome")
_m("column.number", "No.")
_m("column.finding", "Finding")
_m("column.findings", "Findings")
_m("column.recommendation", "Recommendation")
_m("column.response", "Response of the State")
_m("column.action_planned", "Action planned")
_m("column.timeline", "Timeline")
_m("column.term", "Term")
_m("column.requirement", "Requirement")

# ----------------------------------------------------------------------------- executive summary

_mp(
    "summary.scope",
    "The law {state_of} as it stood on {date} was assessed against {count} requirement. In the law in force: "
    "{met} met, {partly} partly met, {not_met} not met.",
    "The law {state_of} as it stood on {date} was assessed against {count} requirements. In the law in force: "
    "{met} met, {partly} partly met, {not_met} not met.",
)
_mp(
    "summary.draft_changes",
    "The bills and proposals the State has already prepared would change the outcome of {count} requirement "
    "({better} for the better).",
    "The bills and proposals the State has already prepared would change the outcome of {count} requirements "
    "({better} for the better).",
)
_m("summary.no_gaps", "Every applicable requirement is met.")
_m("summary.finding_lead", "{area} ({outcome}).")
_m(
    "summary.views",
    "Each area is rated in up to three views: the law in force; the law as it would stand with the State's own "
    "bills and proposals enacted; and, where a bill has been proposed with this assessment, the law with that "
    "bill enacted.",
)
_m(
    "summary.views_no_draft",
    "Each area is rated in the law in force and, where a bill has been proposed with this assessment, with that "
    "bill enacted. The law assessed includes no bills or proposals of the State's own.",
)
_m("summary.scale", "The rating scale, as used by the FATF for technical compliance")
_m("summary.met_of", "{met} of {count}")
_m("summary.override", "The assessor rated {area} {rating} rather than the computed {computed}, for this reason:")
_m("summary.action_area", "({area})")
_m("summary.no_actions", "No action is needed.")

# ----------------------------------------------------------------------------- priorities

_m("priority.lead", "{priority}:")
_m("priority.immediate", "Immediate")
_m("priority.short_term", "Short term")
_m("priority.medium_term", "Medium term")

# ----------------------------------------------------------------------------- actions

_m("quoted", "\u201c{text}\u201d")
_mp(
    "action.amend_model",
    "Amend {provisions}, drawing on the model provision {models}.",
    "Amend {provisions}, drawing on the model provisions {models}.",
)
_mp(
    "action.enact_model",
    "Adopt provisions on the lines of the model provision {models}.",
    "Adopt provisions on the lines of the model provisions {models}.",
)
_m("action.enact_draft", "Enact {provisions}, already drafted, to close this gap in the law in force.")
_m("action.amend", "Amend {provisions} to meet the requirement.")
_m("action.legislate", "Legislate to meet the requirement.")
_m(
    "action.rights_first",
    "Amend {provisions} so that it no longer restricts rights beyond what the requirement allows.",
)
_m("authority.to_be_designated", "[to be designated by the State]")

# ----------------------------------------------------------------------------- progress

_m(
    "progress.intro",
    "Since the assessment of the law as it stood on {before}, the outcome in the law in force on {after} has "
    "improved for {improved} of the requirements, worsened for {worsened} and stayed the same for {unchanged}.",
)
_m("progress.caption", "Requirements whose outcome changed in the law in force")
_m("column.difference", "What made the difference")
_m("diff.title", "Progress since the last assessment: {state}")
_m("progress.direction.improved", "improved")
_m("progress.direction.worsened", "worsened")
_m("progress.direction.unchanged", "unchanged")
_m("progress.direction.changed", "changed")
_m("progress.improved", "Improved: {before} \u2192 {after}")
_m("progress.worsened", "Worsened: {before} \u2192 {after}")
_m("progress.changed", "Changed: {before} \u2192 {after}")
_m("progress.no_provision", "No single provision made the difference.")

# ----------------------------------------------------------------------------- methodology

_mp(
    "method.assessed",
    "The assessment covers {count} provision of the legislation {state_of} ({in_force} in force, {bills} in bills "
    "before Parliament, {proposals} in draft proposals), as the law stood on {date}.",
    "The assessment covers {count} provisions of the legislation {state_of} ({in_force} in force, {bills} in "
    "bills before Parliament, {proposals} in draft proposals), as the law stood on {date}.",
)
_m("method.laws_caption", "Laws reviewed")
_mp("method.provisions_count", "{count} provision", "{count} provisions")
_m(
    "method.standards",
    "{count} of the {total} requirements of {packs} apply to the State. Each requirement is drawn from the "
    "UNODC publication The Use of the Internet for Terrorist Purposes (2012) or from an instrument adopted "
    "before or after it, and is marked as a binding obligation, a recommended practice or an option.",
)
_m(
    "method.coding",
    "The ratings rest on the assessor's coding of each provision. For every provision, the assessor recorded "
    "in the framework file what matters legally (the conduct an offence reaches and its mental element, who "
    "authorises an investigative power and for how long, the grounds of jurisdiction, the conditions of "
    "cooperation) and the requirements were applied to that record. A finding is only as sound as the coding "
    "behind it: the State is invited to correct any provision it considers wrongly recorded. An element the "
    "law does not state is treated as unknown, not as absent.",
)
_m(
    "method.functional_equivalence",
    "Requirements are judged by function, as assessors do: a provision that reaches the conduct \u201cby any "
    "means\u201d reaches it online, and a general offence that covers the conduct counts even if it does not "
    "name it.",
)
_m(
    "method.views",
    "The law is assessed twice: as in force, and as it would stand if the State's own bills and draft "
    "proposals were enacted. Findings in the area chapters describe the second view unless they say otherwise.",
)
_m(
    "method.views_no_draft",
    "The law is assessed as in force: the law assessed includes no bills or draft proposals of the State's own.",
)
_m("method.rating_rule", "The rating rule:")
_m(
    "rule.weights",
    "Each applicable requirement weighs {mandatory} if it is a binding obligation, {should} if it is a recommended "
    "practice and {optional} if it is an option, and earns {met} of its weight when met, {partly} when partly met "
    "and {not_met} when not met; an area's score is the weight earned divided by the weight of its applicable "
    "requirements.",
)
_m(
    "rule.every_provision.partly_met",
    "A requirement that asks something of every provision of a kind is met when all of them pass, partly met when "
    "some pass, and not met when none pass.",
)
_m(
    "rule.every_provision.not_met",
    "A requirement that asks something of every provision of a kind is met when all of them pass, and not met "
    "when only some or none pass.",
)
_m("rule.thresholds", "Rating by score: {thresholds}.")
_m("rule.threshold", "{rating} from {score}")
_m("rule.threshold_last", "{rating} below that")
_m("rule.cap.mandatory.not_met", "A binding obligation not met caps the area at {rating}.")
_m("rule.cap.mandatory.partly_met", "A binding obligation met only in part caps the area at {rating}.")
_m("rule.cap.rights", "A shortfall that is a risk to human rights caps the area at {rating}.")
_m("rule.not_applicable", "An area with no applicable requirement is rated {rating}.")
_m(
    "rule.override",
    "An assessor's override in the framework file replaces the computed rating; both ratings are shown.",
)
_m(
    "method.priorities",
    "Each recommended action is given a priority. Immediate (to begin within three months): a risk to human "
    "rights, or a binding obligation not met at all. Short term (within twelve months): a binding obligation "
    "met only in part, or a recommended practice not met. Medium term (one to three years): the rest.",
)
_m(
    "method.verification",
    "Each finding cites its sources. Articles of treaties and paragraphs of resolutions were checked against "
    "their text where the instrument registry records it, and paragraphs of the UNODC publication only where "
    "the paragraph was seen in its text. Other pinpoints give the chapter or article as understood without "
    "that check; they are marked \u201c(pinpoint not verified)\u201d and should be confirmed before they are "
    "quoted.",
)
_m(
    "method.technical_compliance",
    "This is an assessment of technical compliance: of the law on the books, not of how it is applied. It "
    "does not measure effectiveness (investigations, prosecutions, cooperation in practice), which needs "
    "information the law alone does not give.",
)
_m(
    "method.not_legal_advice",
    "The assessment was prepared with draftkit, an open-source tool, from the framework file the assessor "
    "wrote. It is not legal advice, and its findings are for discussion with the national authorities.",
)

# ----------------------------------------------------------------------------- area chapters

_m("area.rating_lead", "Rating:")
_m("area.rating_line", "{in_force} in the law in force; {with_draft} with the State's draft.")
_m("area.rating_line_only", "{in_force} in the law in force.")
_m("area.rating_line_only_proposed", "{in_force} in the law in force; {proposed} with the proposed bill.")
_m(
    "area.rating_line_proposed",
    "{in_force} in the law in force; {with_draft} with the State's draft; {proposed} with the proposed bill.",
)
_mp(
    "area.summary",
    "{count} requirement applies: {met} met, {partly} partly met and {not_met} not met with the State's draft.",
    "{count} requirements apply: {met} met, {partly} partly met and {not_met} not met with the State's draft.",
)
_mp(
    "area.summary_in_force",
    "{count} requirement applies: {met} met, {partly} partly met and {not_met} not met in the law in force.",
    "{count} requirements apply: {met} met, {partly} partly met and {not_met} not met in the law in force.",
)
_m("area.factor_outcome", "{outcome}; {strength}.")
_m(
    "area.rights_risk",
    "This shortfall is a risk to human rights, not only a gap in coverage: it caps the rating of the area.",
)
_m("area.no_factors", "No shortcoming was found in this area.")
_m("area.no_actions", "No action is recommended in this area.")
_mp("area.bill_sections", "section {sections}", "sections {sections}")

# ----------------------------------------------------------------------------- technical assistance

_mp(
    "assistance.drafting",
    "Legislative drafting support for the amendment recommended above.",
    "Legislative drafting support for the {count} amendments recommended above.",
)
_m("assistance.rights_review", "An independent human-rights review of the provisions concerned before they are tabled.")
_m(
    "assistance.training_powers",
    "Training of investigators, prosecutors and judges on the powers, their authorisation and their safeguards.",
)
_m(
    "assistance.cooperation",
    "Institutional support for the central authority and a contact point for urgent requests.",
)
_m("assistance.training_offences", "Training of prosecutors and judges on the new offences and their limits.")
_m("assistance.none", "None identified.")

# ----------------------------------------------------------------------------- citations

_m("cite.publication", "UNODC, The Use of the Internet for Terrorist Purposes (2012), {pinpoint}: {title}")
_m("cite.publication_plain", "UNODC, The Use of the Internet for Terrorist Purposes (2012): {title}")
_m("cite.guidance", "UNODC, The Use of the Internet for Terrorist Purposes (2012), {location}: {title}")
_m("cite.instrument", "{instrument}, {pinpoint}")
_m("cite.instrument_plain", "{instrument}")
_m("cite.other", "{source}, {pinpoint}")
_m("cite.other_plain", "{source}")
_m("cite.unverified", "{citation} (pinpoint not verified)")
_m("cite.publication_short", "UNODC (2012), {pinpoint}: {title}")
_m("cite.publication_plain_short", "UNODC (2012): {title}")
_m("cite.guidance_short", "UNODC (2012), {location}: {title}")

# ----------------------------------------------------------------------------- annexes

_m(
    "annex.criteria_intro",
    "Each requirement with its outcome in the law in force and, where it differs, with the State's draft; the "
    "findings that support it; the national provisions quoted (each once, under the requirement it answers "
    "most directly); and its sources. The reference is the requirement's identifier in the rule pack.",
)
_m(
    "annex.criteria_intro_no_draft",
    "Each requirement with its outcome in the law in force; the findings that support it; the national "
    "provisions quoted (each once, under the requirement it answers most directly); and its sources. The "
    "reference is the requirement's identifier in the rule pack.",
)
_m("annex.row.reference", "Reference")
_m("annex.row.strength", "Nature of the requirement")
_m("annex.row.in_force", "Law in force")
_m("annex.row.with_draft", "With the State's draft")
_m("annex.row.both", "Law in force, and with the State's draft")
_m("annex.row.rights", "Human rights")
_m("annex.row.models", "Model provisions proposed")
_m("annex.row.bill", "In the proposed bill")
_m("annex.row.sources", "Sources")
_m("annex.rights_risk", "The shortfall is a risk to human rights.")
_m("annex.quote_heading", "{title} \u2014 {provision} ({status})")
_m(
    "annex.concordance_intro",
    "Each source a requirement cites, against the national provisions that answer it with the State's draft "
    "and the sections of the proposed bill.",
)
_m(
    "annex.concordance_unodc",
    "\u201cUNODC (2012)\u201d is the UNODC publication The Use of the Internet for Terrorist Purposes (2012); its "
    "paragraphs and chapters come first, in their order, then the instruments.",
)
_m("annex.no_provision", "No provision")
_m("annex.no_citations", "No requirement cites a source.")
_m(
    "annex.observations_intro",
    "For the State to complete: its response to each finding, the action it plans and when. Corrections of "
    "fact, and laws or practice the assessment did not take into account, are welcome.",
)

# ----------------------------------------------------------------------------- the check command

_m("check.title", "Legislative gap assessment: {state}")
_m("check.scope", "Law as it stood on {date}; {count} requirements of {packs} apply.")
_mp(
    "scope.not_yet_binding",
    "{packs} did not yet bind the State on {date}.",
    "{packs} did not yet bind the State on {date}.",
)
_mp("scope.not_applying", "{packs} does not apply to the State.", "{packs} do not apply to the State.")
_m("check.gaps_heading", "Requirements not fully met with the State's draft, most urgent first")
_m("check.gaps_heading_in_force", "Requirements not fully met, most urgent first")
_m("check.outcome_change", "{before} in force; {after} with the draft")

# ----------------------------------------------------------------------------- glossary

_m("glossary.criterion.term", "Requirement")
_m("glossary.criterion", "A question the law must answer, drawn from a source and checked for every State alike.")
_m("glossary.binding.term", "Binding obligation")
_m("glossary.binding", "A requirement of a treaty the State is party to or of a binding Security Council decision.")
_m("glossary.recommended.term", "Recommended practice")
_m("glossary.recommended", "A requirement the sources recommend without making it binding.")
_m("glossary.option.term", "Option")
_m("glossary.option", "A measure the sources leave to the State's choice; it carries policy and rights choices.")
_m("glossary.in_force.term", "Law in force")
_m("glossary.in_force", "The law as it stood on the date of the assessment, without bills or proposals.")
_m("glossary.draft.term", "The State's draft")
_m("glossary.draft", "The bills before Parliament and the draft proposals the State has prepared.")
_m("glossary.proposed.term", "Proposed bill")
_m("glossary.proposed", "The bill prepared with this assessment: the State's draft and model provisions for the gaps.")
_m("glossary.model_provision.term", "Model provision")
_m("glossary.model_provision", "A provision drafted in general terms to be adapted by the State; not a binding text.")
_m("glossary.technical_compliance.term", "Technical compliance")
_m("glossary.technical_compliance", "Whether the law on the books meets a requirement, as distinct from effectiveness.")
_m("glossary.functional_equivalence.term", "Functional equivalence")
_m(
    "glossary.functional_equivalence",
    "A provision counts if it reaches the conduct in substance, whatever its words or its place in the law.",
)
_m("glossary.pinpoint.term", "Pinpoint")
_m("glossary.pinpoint", "The paragraph or article of a source that a citation points to.")
_m("glossary.aut_dedere.term", "Extradite or prosecute")
_m(
    "glossary.aut_dedere",
    "The duty to submit a case for prosecution when the State does not extradite the person (aut dedere aut judicare).",
)
_m("glossary.dual_criminality.term", "Dual criminality")
_m("glossary.dual_criminality", "The condition that the conduct be an offence in both States before cooperation.")
_m("glossary.mla.term", "Mutual legal assistance")
_m("glossary.mla", "Formal help between States in criminal matters: evidence, search, freezing of assets.")
_m("glossary.preservation.term", "Expedited preservation")
_m("glossary.preservation", "An order to keep specified stored data intact while a production order is sought.")
_m("glossary.traffic_data.term", "Traffic data")
_m("glossary.traffic_data", "Data on a communication's origin, destination, route, time, size and duration.")
_m("glossary.subscriber.term", "Subscriber information")
_m("glossary.subscriber", "What a service provider holds on a customer's identity, address and service.")
_m("glossary.service_provider.term", "Service provider")
_m(
    "glossary.service_provider",
    "Anyone offering users the ability to communicate by a computer system, or storing data for them.",
)
_m("glossary.iccpr.term", "ICCPR")
_m("glossary.iccpr", "International Covenant on Civil and Political Rights (1966).")
_m("glossary.unodc.term", "UNODC")
_m("glossary.unodc", "United Nations Office on Drugs and Crime.")
_m("glossary.cted.term", "CTED")
_m("glossary.cted", "Counter-Terrorism Committee Executive Directorate of the United Nations Security Council.")
_m("glossary.fatf.term", "FATF")
_m("glossary.fatf", "Financial Action Task Force, whose rating scale for technical compliance this report uses.")

# ----------------------------------------------------------------------------- the bill's running heads and cover note

_m("bill.running_head", "DRAFT \u2014 {country} \u2014 {date}")
_m("bill.running_foot", "{title} \u2014 page ")
_m("bill.prepared", "Draft prepared by draftkit on {date} from the national framework as of {as_of}.")

# ----------------------------------------------------------------------------- the command line's own output

_m("cli.drafted_in", "drafted in {seconds} s")
_m("cli.rated_below", "rated below {threshold}: {areas}")
_m("cli.rated_below_file", "{file}: rated below {threshold}: {areas}")
_m("cli.area_rating", "{area} ({rating})")
_m("cli.wrote", "wrote {file}")

# `draftkit import-akn`: what was imported, and what the user fills in
_mp(
    "akn.imported",
    "{count} section imported from {acts}, commented out.",
    "{count} sections imported from {acts}, each commented out.",
)
_mp("akn.acts", "{count} act", "{count} acts")
_m("akn.to_fill", "To fill before `draftkit check` can say anything about this State:")
_m("akn.fill.name", "name: the State's name as documents print it (now \u201c{name}\u201d)")
_m("akn.fill.tradition", "legal_tradition: {values} (now \u201c{current}\u201d)")
_mp(
    "akn.fill.kinds",
    "kind and elements of each section you keep ({count} imported, commented out)",
    "kind and elements of each section you keep ({count} imported, all commented out)",
)
_m("akn.suggested", "Kinds the wording suggests (confirm each; nothing was set):")
_m("akn.suggestion", "{id}: {kind} (\u201c{words}\u201d)")
_m("akn.left_out", "Not imported:")
_m("akn.left_out.item", "{file}: {item}")
_m("akn.left_out.no_text", "{unit}: no text (repealed or empty)")
_mp(
    "akn.left_out.attachments",
    "{count} attachment (a schedule or an annex): not imported",
    "{count} attachments (schedules, annexes): not imported",
)

# `draftkit instruments` and `draftkit guidance`: the registries
_m("registry.instruments.title", "Instruments ({count})")
_m("registry.guidance.title", "Guidance points ({count}); paragraphs: seen in the text, citable as verified")
_m("registry.column.id", "id")
_m("registry.column.short", "short title")
_m("registry.column.year", "year")
_m("registry.column.kind", "kind")
_m("registry.column.area", "area")
_m("registry.column.title", "title")
_m("registry.column.location", "location")
_m("registry.column.paragraphs", "paragraphs")
_m("registry.column.confidence", "confidence")
_m("registry.unknown_year", "?")
_m("registry.none", "-")
_m("registry.kind.un_sc_resolution", "Security Council resolution")
_m("registry.kind.un_ga_resolution", "General Assembly resolution")
_m("registry.kind.universal_treaty", "universal treaty")
_m("registry.kind.human_rights_treaty", "human rights treaty")
_m("registry.kind.regional_treaty", "regional treaty")
_m("registry.kind.model_law", "model law")
_m("registry.kind.eu_act", "act of the European Union")
_m("registry.kind.guidance", "guidance")
_m("registry.kind.judgment", "judgment")
_m("registry.confidence.S", "seen in the text")
_m("registry.confidence.P", "reported in the press")
_m("registry.confidence.R", "recalled")

# the properties of every Word document draftkit writes
_m("document.generated", "Generated by draftkit")

# ----------------------------------------------------------------------------- catalog list and show

_m("catalog.heading", "[{id}] {kind}, area: {area}")
_m("catalog.variant_heading", "{title} \u2014 {variant}")
_m("catalog.parameters", "Parameters:")
_m("catalog.parameter", "{name} = {value} ({how}) \u2014 {description}")
_m("catalog.given", "given")
_m("catalog.default", "default")
_m("catalog.commentary", "Commentary:")
_m("catalog.labelled", "{label}: {text}")
_m("catalog.purpose", "Purpose")
_m("catalog.adaptation", "Adapting it")
_m("catalog.common_law", "Common-law systems")
_m("catalog.civil_law", "Civil-law systems")
_m("catalog.human_rights", "Human rights")
_m("catalog.options", "Options:")
_m("catalog.option", "{id}: {title} \u2014 {note}")
_m("catalog.citations", "Citations:")
_m("catalog.citation", "{citation} [{status}]")
_m("catalog.citation_point", "{citation} [{status}; {reference}]")
_m("catalog.verified", "verified")
_m("catalog.unverified", "UNVERIFIED pinpoint")
_m("catalog.uses_terms", "Defined terms used")
_m("catalog.related", "Related provisions")
_m("catalog.list_title", "Model provisions ({count})")
_m("catalog.fallback", "This model provision has no {language} translation yet: it is shown in English.")
_m("catalog.column.id", "id")
_m("catalog.column.area", "area")
_m("catalog.column.title", "title")
_m("catalog.column.options", "options")

# ----------------------------------------------------------------------------- the proposed bill (billang)
# Codes bill.common.* are the common-law Bill, bill.civil.* the civil-law draft law, bill.* both.
# {where} is a citation of a provision in force with its article ("section 58 of the Telecommunications
# Act 2009", "l'article 41 du code pénal", "el artículo 41 del Código Penal"); {ref} a citation of this
# bill's own sections, with its article in languages that use one ("l'article 12", "los artículos 3 y 4").

_m("bill.common.document", "Bill")
_m("bill.civil.document", "Draft law")
_m("bill.common.default_title", "Counter-Terrorism (Use of the Internet) Bill")
_m("bill.civil.default_title", "Draft law on countering the use of the Internet for terrorist purposes")
_m("bill.common.act_title", "{name} Act {year}")
_m("bill.civil.act_title", "{name} {year}")
_m("bill.common.default_act_title", "Counter-Terrorism (Use of the Internet) Act")
_m("bill.civil.default_act_title", "Law on countering the use of the Internet for terrorist purposes")
_m("bill.civil.draft_title", "Draft {title}")
_m(
    "bill.common.long_title",
    "A Bill for an Act to make provision on {topics} so as to counter the use of the Internet for terrorist "
    "purposes, and for connected purposes.",
)
_m(
    "bill.common.long_title_amending",
    "A Bill for an Act to make provision on {topics} so as to counter the use of the Internet for terrorist "
    "purposes, to amend the {acts}, and for connected purposes.",
)
# A civil-law draft has one title (no long title beside it): the draft's title, naming the codes it amends.
_m("bill.civil.long_title", "{title}")
# closing a code article the bill rewrites in place: the bill's definitions do not reach the code by themselves
_m("bill.civil.meaning_of_term", "In this article, {terms} has the meaning given by {article}.")
_m("bill.civil.meaning_of_terms", "In this article, {terms} have the meaning given by {article}.")
_m("bill.civil.long_title_amending", "{title}, amending the {acts}")
_m("bill.topics.default", "terrorism")
_m("bill.common.enacting_formula", "BE IT ENACTED by {legislature}, as follows:")
_m("bill.common.legislature", "the Parliament {state_of}")
_m("bill.civil.enacting_formula", "{legislature} has adopted the following law:")
_m("bill.civil.legislature", "Parliament")
_m("bill.common.arrangement", "Arrangement of sections")
_m("bill.civil.arrangement", "Table of contents")
_m("bill.common.division", "Part {number}")
_m("bill.civil.division", "Title {number}")
_m("bill.common.section_label", "{number}.")
_m("bill.civil.section_label", "Article {number}")
_m("bill.schedule", "Schedule {number}")
_m("bill.common.preliminary", "Preliminary")
_m("bill.civil.preliminary", "General provisions")
_m("bill.common.final", "Repeals and consequential amendments")
_m("bill.civil.final", "Amendments and repeals")
_m("bill.common.final.amendments", "Consequential amendments")
_m("bill.civil.final.amendments", "Amendments to other laws")
_m("bill.final.repeals", "Repeals")
_m("bill.civil.final_provisions", "Final provisions")
_m("bill.civil.disposition.final", "Final provision {ordinal}.")
_m("bill.civil.disposition.repeal", "Repealing provision {ordinal}.")
_m("bill.short_title.heading", "Short title")
_m("bill.common.commencement.heading", "Commencement")
_m("bill.civil.commencement.heading", "Entry into force")
_m("bill.common.interpretation.heading", "Interpretation")
_m("bill.civil.interpretation.heading", "Definitions")
_m("bill.amendment.heading", "Amendment {of_act}")
_m("bill.repeals.heading", "Repeals")
_m("bill.common.short_title", "This Act may be cited as the {act}.")
_m("bill.civil.short_title", "This Law may be cited as the {act}.")
_m(
    "bill.common.commencement",
    "This Act comes into operation on a day appointed by {minister} by notice published in the Gazette, and "
    "different days may be appointed for different provisions.",
)
_m("bill.common.minister", "the Minister")
_m(
    "bill.common.no_retroactivity",
    "No provision of this Act that creates an offence applies to conduct that took place before that provision "
    "comes into operation.",
)
_m(
    "bill.civil.commencement",
    "This Law enters into force on the first day of the third month following its publication in the Official Journal.",
)
_m(
    "bill.civil.no_retroactivity",
    "No provision of this Law that creates an offence applies to conduct that took place before its entry into force.",
)
_m("bill.common.interpretation.lead", "In this Act\u2014")
_m("bill.civil.interpretation.lead", "For the purposes of this Law:")
_m("bill.common.definition.signpost", "{term} has the meaning given by {where}")
_m("bill.civil.definition.signpost", "{term} has the meaning given by {where}")
# the State's law defines the concept under another word: "subscriber information" is its "entity data"
_m("bill.common.definition.signpost_other", "{term} means {state_term} within the meaning given by {where}")
_m("bill.civil.definition.signpost_other", "{term} means {state_term} within the meaning given by {where}")
_m(
    "bill.common.regulations",
    "{minister} may make regulations prescribing any matter that this Act requires or permits to be prescribed, "
    "or that is necessary or convenient to prescribe for giving effect to this Act.",
)
_m(
    "bill.common.regulations.limits",
    "Regulations under this section may not create an offence, impose a penalty, or amend this or any other Act, "
    "and shall be laid before Parliament as soon as practicable after they are made.",
)
_m("bill.civil.regulations", "The conditions for the application of this Law are laid down by decree.")
_m("bill.civil.regulations.limits", "A decree under this article may not create an offence or impose a penalty.")
_m(
    "bill.safeguards_apply",
    "{ref} of the {act} applies to the exercise of a power under this section.",
)
_m(
    "bill.safeguards_apply.plural",
    "{ref} of the {act} apply to the exercise of a power under this section.",
)
_m(
    "bill.civil.safeguards_apply",
    "{ref} of the {act} applies to the exercise of a power under this article.",
)
_m(
    "bill.civil.safeguards_apply.plural",
    "{ref} of the {act} apply to the exercise of a power under this article.",
)

# citations: {number} of this bill's sections; {unit} and {of_act} of the law in force
_m("bill.common.cite_section", "section {number}")
_m("bill.common.cite_sections", "sections {numbers}")
_m("bill.common.cite_range", "sections {first} to {last}")
_m("bill.civil.cite_section", "article {number}")
_m("bill.civil.cite_sections", "articles {numbers}")
_m("bill.civil.cite_range", "articles {first} to {last}")
_m("bill.common.unit_range", "{first} to {last}")  # a range of sections in force, "26-29": "sections 26 to 29"
_mp("bill.common.cite_in_force", "section {unit} {of_act}", "sections {unit} {of_act}")
_mp("bill.civil.cite_in_force", "article {unit} {of_act}", "articles {unit} {of_act}")
# a Schedule is cited "to" its Act: "sections 49 to 55 of, and Schedule 2 to, the Regulation of ... Act 2000"
_mp("bill.common.schedules", "Schedule {numbers}", "Schedules {numbers}")
_mp(
    "bill.common.cite_in_force_and_schedules",
    "section {unit} of, and {schedules} to, {act}",
    "sections {unit} of, and {schedules} to, {act}",
)
_m("bill.common.cite_schedules_in_force", "{schedules} to {act}")
_m("bill.of_act", "of the {act}")
_m("bill.this_law", "of this Act")
_m("bill.civil.this_law", "of this Law")

# amending formulas: plural where {where} cites several units of one provision ("sections 60A and 61 of ...")
_mp(
    "bill.common.amend.substitute",
    "In {where}, for \u201c{old}\u201d substitute \u201c{new}\u201d.",
    "In {where}, for \u201c{old}\u201d substitute \u201c{new}\u201d.",
)
_mp(
    "bill.common.amend.substitute_each",
    "In {where}, for \u201c{old}\u201d substitute \u201c{new}\u201d (in each place, with any necessary change of "
    "capital letter).",
    "In {where}, for \u201c{old}\u201d substitute \u201c{new}\u201d (in each place, with any necessary change of "
    "capital letter).",
)
_mp(
    "bill.common.amend.insert_words",
    "In {where}, after \u201c{old}\u201d insert \u201c{new}\u201d.",
    "In {where}, after \u201c{old}\u201d insert \u201c{new}\u201d.",
)
_mp("bill.common.amend.omit", "In {where}, omit \u201c{old}\u201d.", "In {where}, omit \u201c{old}\u201d.")
_mp("bill.common.amend.insert_unit", "At the end of {where} insert\u2014", "At the end of {where} insert\u2014")
_mp(
    "bill.common.amend.insert_unit_each",
    "At the end of each of {where} insert\u2014",
    "At the end of each of {where} insert\u2014",
)
_m(
    "bill.common.amend.becomes_subsection",
    "The text of {where} becomes subsection (1) of that section, and after it insert\u2014",
)
_mp("bill.common.amend.substitute_unit", "For {where} substitute\u2014", "For {where} substitute\u2014")
_mp("bill.common.amend.repeal", "{where} is repealed.", "{where} are repealed.")
_m(
    "bill.civil.amend.substitute",
    "In {where}, the words \u00ab\u00a0{old}\u00a0\u00bb are replaced by the words \u00ab\u00a0{new}\u00a0\u00bb.",
)
_m(
    "bill.civil.amend.substitute_each",
    "In {where}, the words \u00ab\u00a0{old}\u00a0\u00bb are replaced by the words \u00ab\u00a0{new}\u00a0\u00bb "
    "(in each place where they occur).",
)
_m(
    "bill.civil.amend.insert_words",
    "In {where}, after the words \u00ab\u00a0{old}\u00a0\u00bb, the words \u00ab\u00a0{new}\u00a0\u00bb are inserted.",
)
_m("bill.civil.amend.omit", "In {where}, the words \u00ab\u00a0{old}\u00a0\u00bb are deleted.")
_mp(
    "bill.civil.amend.insert_unit",
    "{where} is supplemented by the following paragraphs:",
    "{where} are supplemented by the following paragraphs:",
)
_mp(
    "bill.civil.amend.insert_unit_each",
    "{where} are each supplemented by the following paragraph:",
    "{where} are each supplemented by the following paragraphs:",
)
_m(
    "bill.civil.amend.becomes_subsection",
    "The text of {where} becomes its paragraph 1, and the article is supplemented as follows:",
)
_mp(
    "bill.civil.amend.substitute_unit",
    "{where} is replaced by the following:",
    "{where} are replaced by the following:",
)
_m("bill.civil.amend.insert_article", "After {where}, an article {number} is inserted, worded as follows:")
_mp("bill.civil.amend.repeal", "{where} is repealed.", "{where} are repealed.")

# what an amendment or repeal cures (the comment on the section)
_m("bill.finding.not_independent", "authorisation by \u201c{authority}\u201d is not independent of the executive")
_m("bill.finding.no_duration", "the power has no maximum duration")
_m("bill.finding.persons_covered", "the law does not say whom the power may reach")
_m("bill.finding.life_sentence", "a life sentence is disproportionate for this offence")
_m("bill.finding.dual_criminality", "dual criminality is tested on the name of the offence, not on the conduct")
_m("bill.finding.political_offence", "a terrorist offence could be treated as a political offence")
_m(
    "bill.finding.human_rights_refusal",
    "the law allows no refusal where the person would face serious violations of human rights",
)
_m("bill.finding.speciality", "the rule of speciality is not stated")
_m("bill.finding.ne_bis_in_idem", "the rule against double jeopardy is not stated")
_m("bill.finding.safeguards_reach", "the safeguards of this bill must reach the powers already in force")
# the safeguards applied to the powers in force, by one section of a common-law bill
_m("bill.reach.heading", "Application of safeguards to existing powers")
_m(
    "bill.origin.reach",
    "draftkit: the bill's safeguards applied to the investigative powers in force that it keeps, in one section "
    "rather than by amending each",
)
_mp(
    "bill.reach.lead",
    "{ref} applies to the exercise of a power under\u2014",
    "{ref} apply to the exercise of a power under\u2014",
)
_mp(
    "bill.reach.single",
    "{ref} applies to the exercise of a power under {where}.",
    "{ref} apply to the exercise of a power under {where}.",
)
_m("bill.reach.item", "{where};")
_m("bill.reach.item_and", "{where}; and")
_m("bill.reach.item_last", "{where}.")
_m("bill.finding.replaced_by", "replaced by {ref} {this_law}")
_m("bill.finding.falls_short", "falls short")
_m("bill.finding.not_in_code", "the code has no such offence")
_m(
    "bill.note.inserted_numbers",
    "check that the code has no articles {numbers} yet",
)

# statutory words the amendments put into the law in force (in the language of that law)
_m("bill.fix.judge_of", "a judge of {court}")
_m("bill.fix.default_court", "the High Court")
_m("bill.fix.capped_sentence", "imprisonment for a term not exceeding {years} years")
_m(
    "bill.fix.duration",
    "An authorisation under this section has effect for the period it specifies, which shall not exceed {days} "
    "days, and may be renewed for further periods not exceeding {days} days each if {judge} is satisfied that the "
    "conditions for giving it continue to be met.",
)
_m(
    "bill.fix.persons_covered",
    "An authorisation under this section may be given only in respect of a person suspected on reasonable grounds "
    "of the offence under investigation, or a person believed on reasonable grounds to receive or pass on "
    "communications for that person or whose account or device that person uses, and shall name that person or "
    "the account, device or other identifier concerned.",
)
_m(
    "bill.fix.dual_criminality",
    "For the purposes of this section, the requirement that conduct be an offence under the law of both States is "
    "satisfied if the conduct would be an offence under the law of each, whatever the name or category each law "
    "gives it and whether or not the constituent elements of the offences differ.",
)
_m(
    "bill.fix.political_offence",
    "For the purposes of this section, no terrorist offence is to be regarded as a political offence, an offence "
    "connected with a political offence or an offence inspired by political motives.",
)
_m(
    "bill.fix.human_rights_refusal",
    "A request shall be refused where there are substantial grounds for believing that the person concerned would "
    "be in danger of being subjected to torture or to other cruel, inhuman or degrading treatment or punishment, or "
    "to a flagrant denial of justice, or that the request has been made for the purpose of prosecuting or punishing "
    "a person on account of race, religion, nationality, ethnic origin, political opinion, sex or gender.",
)
_m(
    "bill.fix.speciality",
    "A person surrendered under this section shall not be proceeded against, sentenced or detained for any offence "
    "committed before the surrender other than the offence for which the person was surrendered, unless the State "
    "that surrendered the person consents.",
)
_m(
    "bill.fix.ne_bis_in_idem",
    "A request shall be refused where the person has been finally acquitted or convicted in respect of the same "
    "conduct, and any sentence imposed has been served, is being served or can no longer be enforced.",
)

# Schedules
_m(
    "bill.schedule.offences.heading",
    "Enactments giving effect to the international conventions and protocols relating to terrorism",
)
_m("bill.schedule.conventions.heading", "International conventions and protocols relating to terrorism")
_m("bill.schedule.offences.entry", "{instrument}: [the enactment that gives effect to it]")
_m(
    "bill.schedule.offences.none",
    "[the enactments giving effect to the conventions and protocols relating to terrorism to which the State is party]",
)

# the comment on each section
_m("bill.note.label", "{label}:")
_m("bill.note.source", "Source")
_m("bill.note.answers", "Answers")
_m("bill.note.why", "Why")
_m("bill.note.authority", "Authority")
_m("bill.note.to_decide", "To decide")
_m("bill.note.see", "See")
_m("bill.note.finding", "Finding")
_m("bill.note.repealed", "Repealed")
_m("bill.note.translation", "Translation")
_m(
    "bill.note.unofficial_translation",
    "unofficial translation of draftkit's model text; check it against the English text before tabling.",
)
_mp("bill.note.and_more", "{question} (and {count} more)", "{question} (and {count} more)")
_mp(
    "bill.note.answers_count",
    "{count} requirement of the assessment (listed in the gap report)",
    "{count} requirements of the assessment (listed in the gap report)",
)
_m("bill.note.see_chapter", "the gap report, chapter \u201c{chapter}\u201d.")
_m("bill.note.decide_entry", "{shown}: {description}")
_m(
    "bill.note.unresolved",
    "the words {words} refer to provisions this Act does not contain: name the provisions meant, or delete the words.",
)
_m(
    "bill.note.number_each",
    "a subsection marked \u201c( )\u201d is added at the end of each section cited: give it, in each, the number "
    "after that section's last subsection.",
)
_m("bill.note.repealed_entry", "{where}: {finding}")
_m("bill.note.unodc", "UNODC, The use of the Internet for terrorist purposes (2012), {pinpoints}")
_m("bill.note.unodc_plain", "UNODC, The use of the Internet for terrorist purposes (2012)")
_m("bill.note.unverified_pinpoint", "{pinpoint} (unverified)")
_m("bill.note.pinpoint_unverified", "{citation} (pinpoint unverified)")
_m("bill.status.in_force", "law in force")
_m("bill.status.bill", "bill")
_m("bill.status.draft_proposal", "draft proposal")
_m("bill.origin.state_provision", "the State's {status}: {source}")
_m(
    "bill.origin.state_falls_short",
    "the State's {status}: {source}, which falls short; replaced by draftkit's model text",
)
_m("bill.origin.model", "draftkit model provision \u201c{title}\u201d, proposed by draftkit")
_mp(
    "bill.origin.model_replaces",
    "draftkit model provision \u201c{title}\u201d, replaces {where}, which is repealed",
    "draftkit model provision \u201c{title}\u201d, replaces {where}, which are repealed",
)
_m("bill.origin.model_rewrites", "draftkit model provision \u201c{title}\u201d, the new text of {where}")
_m("bill.origin.model_inserted", "draftkit model provision \u201c{title}\u201d, which becomes {where}")
_m(
    "bill.origin.model_needed",
    "draftkit model provision \u201c{title}\u201d, needed because \u201c{referrer}\u201d refers to it",
)
_m(
    "bill.origin.every_bill",
    "a standard clause of every bill, which says how the law is cited and when it takes effect",
)
_m(
    "bill.origin.interpretation",
    "draftkit: one interpretation section holding every term the bill uses; the State's own definition where it "
    "has one, else the model definition",
)
_m("bill.origin.amendments", "draftkit: the smallest amendments {of_act} that cure the findings on it")
_m("bill.origin.repeals", "draftkit: provisions in force that this bill replaces")
_m("bill.term.state", "the State's definition ({source})")
_m("bill.term.model", "draftkit model definition")

# the Word document
_m(
    "bill.legend.tracked",
    "What draftkit proposes is shown as tracked changes: accept or reject each one under Review. Where the "
    "State's own clause falls short, its words are struck through and the remedy inserted.",
)
_m(
    "bill.legend.clean",
    "What draftkit proposes is printed as clean text; each section's comment says where it comes from.",
)
_m(
    "bill.legend.notes",
    "Every section carries a short comment giving its source, the question it answers and where the gap report "
    "discusses it. Words highlighted in [brackets] are values still to be decided.",
)
_m("bill.replaces_clause", "[replaces the State's clause \u201c{title}\u201d]")
_m("bill.common.source", "{act}, s {unit}")
_m("bill.civil.source", "{act}, art {unit}")
_m("bill.schedule_ref", "Schedule {number}")
