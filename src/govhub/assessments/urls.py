from django.urls import path

from govhub.assessments import views, views_exports

app_name = "assessments"

urlpatterns = [
    path("", views.my_assessments, name="mine"),
    path("review/", views.review_queue, name="review_queue"),
    path("open/<slug:slug>/", views.assessment_open, name="open"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/domains/<int:order>/", views.answer_domain, name="domain"),
    path("<int:pk>/answers/<int:answer_pk>/evidence/", views.evidence_add, name="evidence_add"),
    path(
        "<int:pk>/answers/<int:answer_pk>/review-comment/",
        views.review_comment,
        name="review_comment",
    ),
    path("<int:pk>/evidence/<int:evidence_pk>/", views.evidence_download, name="evidence_download"),
    path(
        "<int:pk>/evidence/<int:evidence_pk>/remove/",
        views.evidence_remove,
        name="evidence_remove",
    ),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/return/", views.return_to_organisation, name="return"),
    path("<int:pk>/validate/", views.validate, name="validate"),
    path("<int:pk>/results/", views.results, name="results"),
    path("<int:pk>/export.pdf", views_exports.export_pdf, name="export_pdf"),
    path("<int:pk>/export.xlsx", views_exports.export_xlsx, name="export_xlsx"),
    path("<int:pk>/export.json", views_exports.export_json, name="export_json"),
    path(
        "<int:pk>/questionnaire.xlsx",
        views_exports.questionnaire_download,
        name="questionnaire_download",
    ),
    path(
        "<int:pk>/questionnaire/upload/",
        views_exports.questionnaire_upload,
        name="questionnaire_upload",
    ),
]
