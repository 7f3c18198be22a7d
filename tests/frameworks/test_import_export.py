from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command

from govhub.frameworks.models import Domain, Framework, LevelDescriptor, Practice
from govhub.frameworks.services import framework_export, framework_import, framework_to_yaml
from govhub.frameworks.validation import FrameworkFileError, load_bytes
from govhub.translation.provenance import TranslationStatus
from tests.frameworks.documents import changed, framework_document

pytestmark = pytest.mark.django_db

DEFAULT = Path(__file__).resolve().parents[2] / "src/govhub/frameworks/data/pigmf.yaml"


def _counts() -> tuple[int, int, int, int]:
    return (
        Framework.objects.count(),
        Domain.objects.count(),
        Practice.objects.count(),
        LevelDescriptor.objects.count(),
    )


def test_import_creates_the_whole_framework_with_provenance() -> None:
    framework = framework_import(data=framework_document(domains=2, practices=5), by=None)
    assert _counts() == (1, 2, 10, 60)
    practice = Practice.objects.get(key="testfw.d1.2")
    assert practice.weight == 1
    assert sorted(str(r) for r in practice.references.all()) == [
        "ipu-1.5.5:resources",
        "iso38500:strategy",
    ]
    statuses = dict(practice.translations.values_list("language_code", "status"))
    assert statuses == {
        "en": TranslationStatus.ORIGINAL,
        "fr": TranslationStatus.REVIEWED,
        "es": TranslationStatus.REVIEWED,
        "pt": TranslationStatus.REVIEWED,
    }
    descriptor = LevelDescriptor.objects.get(practice=practice, level=5)
    descriptor.set_current_language("pt")
    assert descriptor.text == "Level 5 of 1.2 (pt)"
    assert not framework.is_frozen


def test_export_import_export_gives_the_same_file() -> None:
    framework = framework_import(data=framework_document(), by=None)
    first = framework_to_yaml(framework_export(framework))
    Framework.objects.all().delete()
    again = framework_import(data=load_bytes(first.encode(), file="export.yaml"), by=None)
    second = framework_to_yaml(framework_export(again))
    assert first == second


def test_a_version_is_never_imported_twice() -> None:
    framework_import(data=framework_document(), by=None)
    with pytest.raises(FrameworkFileError, match="exists already"):
        framework_import(data=framework_document(), by=None)
    framework_import(data=framework_document(version="1.1"), by=None)
    assert Framework.objects.count() == 2


@pytest.mark.parametrize(
    ("path", "value", "where", "message"),
    [
        (
            ["domains", 0, "practices", 1, "levels"],
            [{"en": "x"}] * 5,
            "domains[0].practices[1].levels",
            "exactly 6",
        ),
        (
            ["domains", 1, "practices", 0, "levels", 5],
            {"fr": "seulement"},
            "domains[1].practices[0].levels[5]",
            "source language",
        ),
        (
            ["domains", 0, "practices", 2, "weight"],
            "heavy",
            "domains[0].practices[2].weight",
            "type integer",
        ),
        (
            ["domains", 0, "practices", 0, "id"],
            "testfw.d1.2",
            "domains[0].practices[1].id",
            "used twice",
        ),
        (
            ["domains", 0, "practices", 0, "id"],
            "other.d1.1",
            "domains[0].practices[0].id",
            "must start with",
        ),
        (
            ["domains", 0, "practices", 0, "maps_to"],
            {"cobit": ["x"]},
            "domains[0].practices[0].maps_to.cobit",
            "no reference model",
        ),
        (
            ["domains", 0, "practices", 0, "maps_to"],
            {"iso38500": ["nope"]},
            "domains[0].practices[0].maps_to.iso38500[0]",
            "not an entry",
        ),
        (["domains", 0, "title"], None, "domains[0]", "missing required field title"),
        (["domains", 0, "colour"], "blue", "domains[0]", "unexpected field"),
        (["format"], "other/2", "format", "must be govhub-framework/1"),
        (["source_language"], "xx", "source_language", "not a language of this hub"),
    ],
)
def test_every_problem_names_the_file_and_path_and_nothing_is_imported(
    path: list[object], value: object, where: str, message: str
) -> None:
    document = changed(framework_document(), path, value)
    raw = yaml.safe_dump(document, allow_unicode=True).encode()
    with pytest.raises(FrameworkFileError) as caught:
        data = load_bytes(raw, file="broken.yaml")
        framework_import(data=data, by=None, file="broken.yaml")
    rendered = [str(problem) for problem in caught.value.problems]
    assert any(
        line.startswith(f"broken.yaml: {where}:") and message in line for line in rendered
    ), rendered
    assert _counts() == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"format: [unclosed\n", "not valid YAML"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (b"- just\n- a list\n", "mapping at its top level"),
        (b"a: " + b"x" * (6 * 1024 * 1024), "larger than 5 MB"),
    ],
)
def test_malformed_files_are_refused(raw: bytes, message: str) -> None:
    with pytest.raises(FrameworkFileError) as caught:
        load_bytes(raw, file="bad.yaml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("bad.yaml")


def test_yaml_errors_give_line_and_column() -> None:
    with pytest.raises(FrameworkFileError) as caught:
        load_bytes(b"id: pigmf\ntitle: {en: [oops\n", file="bad.yaml")
    assert "line" in str(caught.value) and "column" in str(caught.value)


def test_command_line_list_import_export(tmp_path: Path) -> None:
    source = tmp_path / "fw.yaml"
    source.write_text(framework_to_yaml(framework_document()), encoding="utf-8")
    out = StringIO()
    call_command("framework", "import", str(source), stdout=out)
    assert "Imported testfw 1.0" in out.getvalue()
    listing = StringIO()
    call_command("framework", "list", stdout=listing)
    assert listing.getvalue().splitlines() == ["testfw\t1.0\tTest framework (en)"]
    target = tmp_path / "out.yaml"
    call_command("framework", "export", "testfw", "--output", str(target))
    assert yaml.safe_load(target.read_text()) == yaml.safe_load(
        framework_to_yaml(framework_export(Framework.objects.get()))
    )


def test_command_line_import_of_a_bad_file_reports_and_imports_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    document = changed(framework_document(), ["domains", 0, "practices", 0, "levels"], [])
    broken.write_text(yaml.safe_dump(document), encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("framework", "import", str(broken), stderr=err)
    assert f"{broken}: domains[0].practices[0].levels:" in err.getvalue()
    assert _counts() == (0, 0, 0, 0)


@pytest.mark.skipif(not DEFAULT.exists(), reason="the default framework file is assembled")
def test_the_default_framework_is_valid_complete_and_in_four_languages() -> None:
    data = load_bytes(DEFAULT.read_bytes(), file=str(DEFAULT))
    framework = framework_import(data=data, by=None)
    assert framework.key == "pigmf"
    assert Domain.objects.filter(framework=framework).count() >= 10
    practices = Practice.objects.filter(domain__framework=framework)
    assert practices.count() >= 50
    for practice in practices.prefetch_related("translations", "descriptors__translations"):
        assert {row.language_code for row in practice.translations.all()} == {
            "en",
            "fr",
            "es",
            "pt",
        }
        descriptors = list(practice.descriptors.all())
        assert [d.level for d in descriptors] == [0, 1, 2, 3, 4, 5]
        for descriptor in descriptors:
            assert len({row.language_code for row in descriptor.translations.all()}) == 4
        assert practice.references.filter(model__key="iso38500").exists()
        assert practice.references.filter(model__key="ipu-1.5.5").exists()
