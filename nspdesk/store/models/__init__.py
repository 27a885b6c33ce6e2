"""All tables; importing this package registers them on ``Base.metadata``."""

from sqlalchemy.orm import configure_mappers

from nspdesk.store.models.base import Base
from nspdesk.store.models.catalog import CatalogItem
from nspdesk.store.models.onboarding import OnboardingChecklist, OnboardingStep
from nspdesk.store.models.partner import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    Contact,
    NfrLicence,
    Partner,
    PartnerYear,
    Technician,
    TrainingRecord,
)
from nspdesk.store.models.quote import (
    Quote,
    QuoteEvent,
    QuoteLineRow,
    QuoteNumberCounter,
    QuoteRevision,
    QuoteTemplate,
    QuoteTemplateLine,
)
from nspdesk.store.models.review import Review, ReviewItem, TierHistory
from nspdesk.store.models.sender import SenderRow
from nspdesk.store.models.sync import SyncConflict, SyncCounter, SyncDevice, SyncRow, SyncSelf

__all__ = [
    "AdminCourse",
    "Agreement",
    "BacklinkCheck",
    "Base",
    "CatalogItem",
    "Contact",
    "NfrLicence",
    "OnboardingChecklist",
    "OnboardingStep",
    "Partner",
    "PartnerYear",
    "Quote",
    "QuoteEvent",
    "QuoteLineRow",
    "QuoteNumberCounter",
    "QuoteRevision",
    "QuoteTemplate",
    "QuoteTemplateLine",
    "Review",
    "ReviewItem",
    "SenderRow",
    "SyncConflict",
    "SyncCounter",
    "SyncDevice",
    "SyncRow",
    "SyncSelf",
    "Technician",
    "TierHistory",
    "TrainingRecord",
]


def configure() -> None:
    """Configure every mapper now (their relationships, attributes and events): the ORM's first
    use would do it for all of them at once, 45–50 ms of Python in whatever thread reads first."""
    configure_mappers()
