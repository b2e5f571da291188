"""User-facing strings of the core, in one place."""

from __future__ import annotations

FORUM_URL = "https://community.superoffice.com/en/developer/forum/"
SDK_EMAIL = "sdk@superoffice.com"

FALLBACK = (
    "I don't know that one - my knowledge is which SuperOffice extensibility point or API "
    "works where (platform, onsite or online, Sales or Service), and that question is outside it."
)
OUT_OF_SCOPE = (
    "I can't answer that: it is outside what I know, which is SuperOffice extensibility - "
    "which integration point or API works on which platform, onsite or online, for Sales or Service."
)
ASK_HUMANS = (
    f"Ask in the SuperOffice developer forum ({FORUM_URL}) or write to {SDK_EMAIL}."
)
DID_YOU_MEAN = "Did you mean one of these?"
GREETING = "Hi! I'm sobot. Ask me which SuperOffice extensibility point or API fits your platform and environment."
THANKS = "You're welcome - ask again any time."
HELP_INTRO = (
    "I know the SuperOffice capability matrix (30 extensibility points by level, client, onsite and "
    "online), the integration points of each platform, and the concepts around them."
)
HELP_EXAMPLES = (
    "can I deploy a sentry plugin to CRM Online?",
    "what can I customise for Service in online?",
    "which integration points does the Windows client have?",
    "how do I call the Customer Service SOAP services?",
    "I need my code to run whenever a contact is saved, we are onsite",
    "SOAP vs Restful",
)
CS_SOAP_NOTE = (
    "Not to be confused with the Customer Service SOAP services (`/scripts/SOAP.exe?action=customer|ticket|admin`), "
    "which are a different, legacy API and are not available in Online."
)
WHICH_WEB_CLIENT = "Which Web client do you mean - the onsite one (on your own web server) or CRM Online?"
ASK_ENV = "Onsite or online? The answer depends on it - tell me and I'll narrow it down."
ENV_CHOICES = ("We are onsite", "We are online")
WEB_CLIENT_CHOICES = ("Which integration points does the onsite Web client have?",
                      "Which integration points does the online Web client have?")
ERROR = "Sorry - something went wrong while answering. Please try again or rephrase."
