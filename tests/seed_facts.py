"""Facts transcribed by hand from the seeds, the tests' independent source of truth."""

from __future__ import annotations

FORUM_URL = "https://community.superoffice.com/en/developer/forum/"
PLATFORM_IDS = ("windows-client", "web-client-onsite", "web-client-online", "customer-service", "mobile")

SS = ("Sales", "Service")
SA = ("Sales",)
SE = ("Service",)
# The "At a glance" table of the seed "Introduction to SuperOffice APIs", transcribed by hand:
# (name, level, clients, onsite, online).
SEED_MATRIX: list[tuple[str, str, tuple[str, ...], bool, bool]] = [
    ("Preferences", "Configuration", SS, True, True),
    ("Lists", "Configuration", SS, True, True),
    ("User-defined Fields", "Configuration", SA, True, True),
    ("SAINT", "Configuration", SA, True, True),
    ("Sales Guide", "Configuration", SA, True, True),
    ("Project Guide", "Configuration", SA, True, True),
    ("Triggers", "UI Workflow", SE, True, True),
    ("SuperMacro", "UI Workflow", SE, True, True),
    ("Extra Tables", "UI Workflow", SE, True, True),
    ("Custom Screens", "UI Workflow", SE, True, True),
    ("Zapier", "UI Workflow", SS, False, True),
    ("CRMScript", "Scripting", SE, True, True),
    ("NetServer Service", "Scripting", SS, True, False),
    ("Windows Client", "Scripting", SA, True, False),
    ("SOAP", "External APIs", SS, True, True),
    ("Restful", "External APIs", SS, True, True),
    ("Quote Connector", "External APIs", SA, True, True),
    ("ERP Sync Connector", "External APIs", SA, True, True),
    ("Database Mirroring", "External APIs", SS, False, True),
    ("Custom Pages", "Internal APIs", SA, True, False),
    ("Custom Dialogs", "Internal APIs", SA, True, False),
    ("DataHandlers", "Internal APIs", SA, True, False),
    ("Ajax Methods", "Internal APIs", SA, True, False),
    ("Archive Providers", "Internal APIs", SA, True, False),
    ("MDO Providers", "Internal APIs", SA, True, False),
    ("Document Plugins", "Internal APIs", SA, True, False),
    ("Sentry Plugins", "Internal APIs", SA, True, False),
    ("Batch Task Plugins", "Internal APIs", SA, True, False),
    ("Continuous Database", "Database", SS, True, False),
    ("SQL Scripts", "Database", SS, True, False),
]


def rows(*, onsite: bool | None = None, online: bool | None = None, level: str | None = None,
         client: str | None = None, only_client: bool = False) -> list[str]:
    """Seed row names matching a filter, in matrix order."""
    return [name for name, lv, clients, on, off in SEED_MATRIX
            if (onsite is None or on is onsite) and (online is None or off is online)
            and (level is None or lv == level)
            and (client is None or (clients == (client,) if only_client else client in clients))]
