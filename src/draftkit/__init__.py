"""draftkit: model provisions, gap checks and annotated Word drafts for counter-terrorism
law on the use of the Internet, after the UNODC publication of 2012."""

__version__ = "0.1.0"
