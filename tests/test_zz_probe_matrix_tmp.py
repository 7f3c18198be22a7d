import hashlib
from datetime import timedelta
import pytest
from django.urls import reverse
from django.utils import timezone
from govhub.accounts.models import Invitation
from tests.conftest import ROLES
from tests.factories import AccessRequestFactory, UserFactory
from govhub.organisations.models import Membership

URLS = {
 "healthz": lambda c,o: reverse("healthz"),
 "set_language": lambda c,o: reverse("set_language"),
 "home": lambda c,o: reverse("home"),
 "home_dashboard": lambda c,o: reverse("home_dashboard"),
 "account_login": lambda c,o: reverse("account_login"),
 "account_logout": lambda c,o: reverse("account_logout"),
 "account_inactive": lambda c,o: reverse("account_inactive"),
 "account_signup": lambda c,o: reverse("account_signup"),
 "account_reauthenticate": lambda c,o: reverse("account_reauthenticate"),
 "account_request_reauthentication_code": lambda c,o: reverse("account_request_reauthentication_code"),
 "account_confirm_reauthentication_code": lambda c,o: reverse("account_confirm_reauthentication_code"),
 "account_email": lambda c,o: reverse("account_email"),
 "account_email_verification_sent": lambda c,o: reverse("account_email_verification_sent"),
 "account_change_password": lambda c,o: reverse("account_change_password"),
 "account_set_password": lambda c,o: reverse("account_set_password"),
 "account_reset_password": lambda c,o: reverse("account_reset_password"),
 "account_confirm_login_code": lambda c,o: reverse("account_confirm_login_code"),
 "account_confirm_email": lambda c,o: reverse("account_confirm_email", kwargs={"key": "bogus-key"}),
 "account_reset_password_from_key_done": lambda c,o: reverse("account_reset_password_from_key_done"),
 "account_reset_password_from_key": lambda c,o: reverse("account_reset_password_from_key", kwargs={"uidb36": "1", "key": "bogus-key"}),
 "account_reset_password_done": lambda c,o: reverse("account_reset_password_done"),
 "mfa_index": lambda c,o: reverse("mfa_index"),
 "mfa_authenticate": lambda c,o: reverse("mfa_authenticate"),
 "mfa_reauthenticate": lambda c,o: reverse("mfa_reauthenticate"),
 "mfa_activate_totp": lambda c,o: reverse("mfa_activate_totp"),
 "mfa_deactivate_totp": lambda c,o: reverse("mfa_deactivate_totp"),
 "mfa_view_recovery_codes": lambda c,o: reverse("mfa_view_recovery_codes"),
 "mfa_generate_recovery_codes": lambda c,o: reverse("mfa_generate_recovery_codes"),
 "mfa_download_recovery_codes": lambda c,o: reverse("mfa_download_recovery_codes"),
 "accounts:invitation_accept": lambda c,o: reverse("accounts:invitation_accept", kwargs={"token": "known-token"}),
 "organisations:directory": lambda c,o: reverse("organisations:directory"),
 "organisations:create": lambda c,o: reverse("organisations:create"),
 "organisations:access_request": lambda c,o: reverse("organisations:access_request"),
 "organisations:access_request_sent": lambda c,o: reverse("organisations:access_request_sent"),
 "organisations:queue": lambda c,o: reverse("organisations:queue"),
 "organisations:access_request_detail": lambda c,o: reverse("organisations:access_request_detail", kwargs={"pk": o["ar"].pk}),
 "organisations:access_request_grant": lambda c,o: reverse("organisations:access_request_grant", kwargs={"pk": o["ar"].pk}),
 "organisations:access_request_decline": lambda c,o: reverse("organisations:access_request_decline", kwargs={"pk": o["ar"].pk}),
 "organisations:detail": lambda c,o: reverse("organisations:detail", kwargs={"slug": c.home.slug}),
 "organisations:invite": lambda c,o: reverse("organisations:invite", kwargs={"slug": c.home.slug}),
 "organisations:membership_role": lambda c,o: reverse("organisations:membership_role", kwargs={"slug": c.home.slug, "pk": o["m"].pk}),
 "organisations:membership_end": lambda c,o: reverse("organisations:membership_end", kwargs={"slug": c.home.slug, "pk": o["m"].pk}),
 "audit_log": lambda c,o: reverse("audit_log"),
 "admin:index": lambda c,o: reverse("admin:index"),
 "admin:login": lambda c,o: reverse("admin:login"),
 "admin:logout": lambda c,o: reverse("admin:logout"),
 "admin:accounts_user_changelist": lambda c,o: reverse("admin:accounts_user_changelist"),
}

@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("role", ROLES)
def test_probe(cast, client, role, method):
    inv_user = UserFactory()
    Invitation.objects.create(user=inv_user, token_hash=hashlib.sha256(b"known-token").hexdigest(), expires_at=timezone.now()+timedelta(days=3))
    o = {"ar": AccessRequestFactory(organisation=cast.home), "m": Membership.objects.get(user=cast.member)}
    out = []
    for name, f in URLS.items():
        from django.test import Client
        cl = Client()
        u = cast.user(role)
        if u: cl.force_login(u)
        url = f(cast, o)
        r = getattr(cl, method)(url)
        out.append(f"{name:45s} {r.status_code} {r.get('Location','')}")
    open(f"/tmp/probe/{method}-{role}.txt","w").write("\n".join(out))
