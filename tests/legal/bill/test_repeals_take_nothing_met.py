"""A bill that repeals a provision in force to cure one finding must not leave another requirement worse off.

Legal reasoning. A provision in force often answers several requirements at once. Britain's Terrorism Act 2000
s 12 (inviting support for a proscribed organisation) is at once a speech offence the rights criteria find too
wide and the offence that makes recruitment punishable. Repealing it for the model dissemination offence cures
the first and takes away the second: the law as the bill would leave it no longer punishes recruitment, which
the law in force does (and the Council of Europe Convention on the Prevention of Terrorism, art 6, requires).
The plan therefore looks again, after each change, at every requirement the law in force meets or partly meets,
and enacts the model provision that puts it right. (Britain's, France's and Kenya's proposed bills fell from
"met" to "not met" on incitement, recruitment or training before this rule; the law in force met each.)
An option the State has not taken up is never adopted for this.
"""

from __future__ import annotations

from draftkit.assess import Outcome, assess
from draftkit.catalog import load_catalog
from draftkit.compose.plan import ChangeKind, plan_bill
from tests.legal.engine.frameworks import framework, provision


def test_a_repeal_that_takes_away_recruitment_is_followed_by_the_model_recruitment_offence() -> None:
    speech_and_recruitment = provision(
        "xz.ta.s12",
        "offence",
        {
            "conduct": ["incitement", "recruitment"],
            "covers_online": True,
            "mental_elements": ["recklessness"],
            "terrorist_purpose": True,
            "penalty": {"max_years": 10},
        },
    )
    law = framework(speech_and_recruitment)
    assessment = assess(law)
    assert assessment.criterion("crim.recruitment").in_force.outcome is Outcome.MET
    plan = plan_bill(law, assessment, load_catalog(), act="Counter-Terrorism Act 2026")
    repealed = {c.target for c in plan.changes if c.kind in (ChangeKind.REPEAL, ChangeKind.REPEAL_AND_NEW)}
    assert "xz.ta.s12" in repealed  # the speech offence goes: it punishes speech without intent
    enacted = {c.model for c in plan.changes if c.kind is not ChangeKind.AMEND}
    assert "offence.recruitment" in enacted  # and recruitment stays punishable
    assert assess(plan.proposed).criterion("crim.recruitment").outcome is Outcome.MET
