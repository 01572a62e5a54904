"""A backup imported by a French user is confirmed in French, whatever the backup holds."""

from __future__ import annotations

from pathlib import Path

from .conftest import NOW, Run


def test_import_confirms_in_the_profiles_language(run: Run, tmp_path: Path) -> None:
    assert (
        run("init", "--lang", "fr", "--start", "2026-11-16", "--timezone", "Europe/Paris").code == 0
    )
    assert run("--now", NOW, "today").code == 0
    backup = tmp_path / "b.json"
    assert run("--now", NOW, "export", "--format", "json", "-o", str(backup)).code == 0
    tried = run("import", str(backup), "--merge", "--dry-run")
    assert (tried.code, tried.err) == (0, "")
    assert tried.out == (
        "Essai à blanc, rien n'a été écrit\u00a0: la sauvegarde contient 1 mois, 173 tâches, "
        "0 valeur d'indicateurs\n"
    )
    done = run("import", str(backup), "--merge")
    assert done.code == 0
    assert (done.out, done.err) == (
        "Importé\u00a0: 1 mois, 173 tâches, 0 valeur d'indicateurs\n",
        "",
    )
