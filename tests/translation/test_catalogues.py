"""Every marked string has a French, Spanish and Portuguese translation."""

from __future__ import annotations

from govhub.translation import catalogue_check


def test_catalogues_are_complete(capsys) -> None:
    status = catalogue_check.main()
    report = capsys.readouterr().out
    assert status == 0, report


def test_the_check_catches_a_missing_translation(tmp_path) -> None:
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Sign in"\nmsgstr ""\n\n'
        'msgid "Hello %(name)s"\nmsgstr "Bonjour %(nom)s"\n\n'
        '#, fuzzy\nmsgid "Sign out"\nmsgstr "Se déconnecter"\n',
        encoding="utf-8",
    )
    problems = catalogue_check.problems_in(po, tmp_path)
    assert len(problems) == 3
    assert any("not translated" in p for p in problems)
    assert any("placeholders" in p for p in problems)
    assert any("fuzzy" in p for p in problems)
