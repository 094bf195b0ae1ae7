"""Training: Rasa reads the examples from our JSON file as it would from nlu/, and
``train`` reports each stage and leaves both models and the fingerprint in place."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bot import quiet
from bot.nlu import training
from bot.settings import Settings, project_root

ROOT = project_root()


def test_rasa_reads_the_same_examples_from_json_as_from_nlu(tmp_path: Path) -> None:
    quiet.silence()
    from rasa.shared.nlu.training_data.loading import load_data

    quiet.after_rasa_import()
    written = tmp_path / "nlu.json"
    count = training.write_rasa_json(ROOT / "nlu", written)
    from_yaml = load_data(str(ROOT / "nlu"))
    from_json = load_data(str(written))
    pairs = [
        {(m.get("text"), m.get("intent")) for m in d.training_examples}
        for d in (from_yaml, from_json)
    ]
    assert count >= len(pairs[0]) > 20_000
    assert pairs[0] == pairs[1]
    # The JSON carries text and intent only: nlu/ must hold nothing else.
    assert not from_yaml.entity_examples
    assert not (from_yaml.entity_synonyms or from_yaml.regex_features or from_yaml.lookup_tables)


CONFIG = """\
recipe: default.v1
language: xx
assistant_id: test
pipeline:
  - name: bot.nlu.components.TfidfLogisticRegressionClassifier
    min_df: 1
  - name: FallbackClassifier
    threshold: 0.3
policies: []
"""
EXAMPLES = {
    "deadline": ["cuanto tiempo tengo para pedir refugio", "how long do i have to apply"],
    "legal_help": ["necesito un abogado gratis", "i need a free lawyer"],
    "greet": ["hola buenos dias", "hello there"],
}


def test_train_reports_each_stage_and_installs_both_models(tmp_path: Path) -> None:
    (tmp_path / "config.yml").write_text(CONFIG)
    for language in ("es", "en", "ht"):
        folder = tmp_path / "nlu" / language
        folder.mkdir(parents=True)
        for intent, texts in EXAMPLES.items():
            lines = "".join(f"    - {text} {language}\n" for text in texts)
            (folder / f"{intent}.yml").write_text(
                f'version: "3.1"\nnlu:\n- intent: {intent}\n  examples: |\n{lines}'
            )
    shutil.copytree(ROOT / "data" / "langid", tmp_path / "data" / "langid")
    settings = Settings(root=tmp_path)
    lines: list[str] = []
    result = training.train(settings, force=True, progress=lines.append)
    assert result.trained
    assert [line[:3] for line in lines] == ["1/3", "2/3", "2/3", "1/3", "3/3", "3/3"]
    assert training.model_path(settings).exists()
    assert training.language_model_path(settings).exists()
    assert training.is_current(settings)
    stamp = json.loads((settings.models_dir / "fingerprint.json").read_text())
    assert set(stamp["stages"]) >= {"topic model", "language detector"}
    assert list(settings.models_dir.iterdir()) != []
    # nothing left behind but the models and the stamp
    assert sorted(p.name for p in settings.models_dir.iterdir()) == [
        "fingerprint.json",
        "language.pkl",
        "nlu.tar.gz",
    ]
    assert not training.train(settings).trained


def test_the_topic_models_n_grams_ignore_case_accents_and_punctuation() -> None:
    from bot.nlu.topic_model import words_only

    assert words_only("¿Qué hago? La COMAR me negó el refugio, m'ap mande 🙏!!") == (
        "que hago la comar me nego el refugio m ap mande"
    )
