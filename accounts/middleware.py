from django.conf import settings

from .mfa import second_factor_setup
from .roles import waits_for_second_factor


class RequireMFAMiddleware:
    """The admins send a staff member without a second factor to set it up.

    The protection itself is by role: until the second factor is set up, accounts.roles
    does not count the staff roles, so no view anywhere grants them (an HR officer sees
    only their own certificates), and the role checks of the staff spaces (accounts.access)
    send the person to set it up. The Wagtail and Django admins check group permissions,
    not our roles: for them, this middleware does the same by URL
    (REPERES_MFA_PROTECTED_PREFIXES).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(settings.REPERES_MFA_PROTECTED_PREFIXES)

    def __call__(self, request):
        if self._must_set_up_mfa(request):
            return second_factor_setup(request)
        return self.get_response(request)

    def _must_set_up_mfa(self, request):
        user = getattr(request, "user", None)
        if not user or not user.is_authenticated:
            return False
        if not request.path.startswith(self.prefixes) or request.path.endswith("/login/"):
            return False
        return waits_for_second_factor(user)
