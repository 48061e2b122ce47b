"""Table 3.4 has a column for every stored tenure value: a paper «от 10 до 20 лет» answer (the
seed's band, stored as 10_20) left out of the columns but counted in "all" would be recoverable
as "all" minus the columns."""

from __future__ import annotations

import random

import pandas as pd

from app.data.answer_store import CampaignData
from app.scoring.analysis import analyse
from app.scoring.frame import answers_to_frame
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.scoring.synthetic import AnswerModel, random_respondent


def test_every_tenure_value_has_its_column_and_small_ones_are_hidden():
    library = default_library()
    inst = library["job_satisfaction"]
    bands = ["lt1"] * 6 + ["gt20"] * 5 + ["10_20"] + [None] * 5
    ids = [f"{k:032x}" for k in range(len(bands))]
    model = AnswerModel(random.Random(3))
    answers = {i: random_respondent(inst, model, is_manager=False) for i in ids}
    frame = answers_to_frame(inst, [answers[i] for i in ids], index=ids)
    meta = pd.DataFrame(
        {
            "department_id": [None] * len(ids),
            "tenure_band": bands,
            "gender": [None] * len(ids),
            "is_manager": [False] * len(ids),
        },
        index=pd.Index(ids),
    )
    data = CampaignData(1, 5, meta, {"job_satisfaction": frame})
    figures = analyse(data, library, load_parameters()).instruments["job_satisfaction"]
    table, disclosure = figures.by_tenure, figures.by_tenure_disclosure
    columns = [c for c in table.columns if c != "all"]
    assert "10_20" in columns
    # the columns add up to "all": nobody is left to be worked out by subtraction
    assert sum(int(table.loc["_n", c]) for c in columns) == int(table.loc["_n", "all"])
    assert not disclosure["10_20"].allowed  # one person
    # and it is not the only hidden one: the next smallest goes with it
    assert sum(not disclosure[c].allowed for c in columns) >= 2
