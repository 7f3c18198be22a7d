"""The answer page, the results page and the reviewer queue cost the same number of queries
for a 10-practice and a 60-practice framework."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from govhub.assessments import services
from govhub.assessments.models import Assessment
from govhub.frameworks.services import framework_import
from tests.assessments.conftest import answer_all
from tests.factories import MembershipFactory, OrganisationFactory
from tests.frameworks.documents import framework_document

pytestmark = pytest.mark.django_db


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _assessment(cast, key: str, domains: int, practices: int, submitted: bool):
    framework = framework_import(
        data=framework_document(key=key, domains=domains, practices=practices), by=None
    )
    assessment = services.assessment_open(
        organisation=cast.home, framework=framework, cycle=2027, by=cast.focal_point
    )
    answer_all(assessment, cast.member)
    if submitted:
        services.assessment_submit(assessment=assessment, by=cast.focal_point)
    return assessment


@pytest.mark.parametrize(("page", "expected"), [("domain", 16), ("results", 18), ("detail", 10)])
def test_assessment_pages_do_not_grow_with_the_framework(client, cast, page, expected) -> None:
    counts = []
    for key, domains, practices in (("small", 2, 5), ("large", 6, 10)):
        assessment = _assessment(cast, key, domains, practices, submitted=False)
        client.force_login(cast.member)
        url = {
            "domain": f"/en/assessments/{assessment.pk}/domains/1/",
            "results": f"/en/assessments/{assessment.pk}/results/",
            "detail": f"/en/assessments/{assessment.pk}/",
        }[page]
        counts.append(_count(client, url))
        # Close it so the next framework's assessment can be opened beside it.
        services.assessment_submit(assessment=assessment, by=cast.focal_point)
        services.assessment_validate(assessment=assessment, by=cast.reviewer)
    assert counts[0] == counts[1], counts
    assert counts[0] == expected, counts


def test_reviewer_queue_does_not_grow_with_submissions(client, cast) -> None:
    framework = framework_import(data=framework_document(domains=1, practices=2), by=None)
    client.force_login(cast.reviewer)
    counts = []
    for batch in (2, 10):
        while Assessment.objects.filter(status="submitted").count() < batch:
            organisation = OrganisationFactory()
            focal = MembershipFactory(organisation=organisation, role="focal_point").user
            assessment = services.assessment_open(
                organisation=organisation, framework=framework, cycle=2027, by=focal
            )
            answer_all(assessment, focal)
            services.assessment_submit(assessment=assessment, by=focal)
        counts.append(_count(client, "/en/assessments/review/"))
    assert counts[0] == counts[1], counts
