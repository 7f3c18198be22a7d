from allauth.account.decorators import secure_admin_login
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from django.utils.translation import gettext_lazy as _

from govhub.accounts import views as account_views
from govhub.core import views as core_views
from govhub.home import views as home_views

# The admin signs in through allauth, so MFA and rate limits apply there too.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]
admin.site.site_header = _("govhub administration")
admin.site.site_title = _("govhub administration")
admin.site.index_title = _("Hub data")

urlpatterns: list[URLPattern | URLResolver] = [
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/setlang/", account_views.set_language, name="set_language"),
]

urlpatterns += i18n_patterns(
    path("", home_views.home, name="home"),
    path("dashboard/", home_views.dashboard, name="home_dashboard"),
    path("accounts/", include("allauth.urls")),
    path("invitations/", include("govhub.accounts.urls")),
    path("organisations/", include("govhub.organisations.urls")),
    path("assessments/", include("govhub.assessments.urls")),
    path("frameworks/", include("govhub.frameworks.urls")),
    path("hub/audit/", core_views.audit_log, name="audit_log"),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

handler403 = "govhub.core.views.error_403"
handler404 = "govhub.core.views.error_404"
handler500 = "govhub.core.views.error_500"
