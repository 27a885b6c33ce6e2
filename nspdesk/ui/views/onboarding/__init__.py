"""Onboarding: a partner's checklist towards a target tier, step by step."""

from nspdesk.ui.views.onboarding.view import OnboardingView

__all__ = ["OnboardingView"]
