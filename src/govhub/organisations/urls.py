from django.urls import path

from govhub.organisations import views

app_name = "organisations"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("new/", views.organisation_create, name="create"),
    path("request-access/", views.access_request, name="access_request"),
    path("request-access/sent/", views.access_request_sent, name="access_request_sent"),
    path("access-requests/", views.queue, name="queue"),
    path("access-requests/<int:pk>/", views.access_request_detail, name="access_request_detail"),
    path(
        "access-requests/<int:pk>/grant/", views.access_request_grant, name="access_request_grant"
    ),
    path(
        "access-requests/<int:pk>/decline/",
        views.access_request_decline,
        name="access_request_decline",
    ),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/invite/", views.invite, name="invite"),
    path("<slug:slug>/people/<int:pk>/role/", views.membership_role, name="membership_role"),
    path("<slug:slug>/people/<int:pk>/end/", views.membership_end, name="membership_end"),
]
