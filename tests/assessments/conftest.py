from __future__ import annotations

import pytest

from govhub.assessments import services
from govhub.assessments.models import Answer, Assessment
from govhub.frameworks.models import Framework
from govhub.frameworks.services import framework_import
from tests.frameworks.documents import framework_document


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path) -> None:
    """Evidence files of each test go to its own folder (the storage reads the setting)."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def framework(db: None) -> Framework:
    return framework_import(data=framework_document(domains=2, practices=5), by=None)


@pytest.fixture
def assessment(cast, framework) -> Assessment:
    return services.assessment_open(
        organisation=cast.home, framework=framework, cycle=2027, by=cast.focal_point
    )


def answer_all(assessment: Assessment, by, current: int = 2, target: int = 4) -> None:
    for answer in Answer.objects.filter(assessment=assessment):
        services.answer_save(
            answer=answer,
            by=by,
            revision=answer.revision,
            current_level=current,
            target_level=target,
        )
