"""Own-variant answers are shown only as groups of similar wordings above the threshold."""

from __future__ import annotations

from app.scoring.own_variants import group_texts


def test_similar_wordings_group_and_small_groups_stay_hidden():
    texts = (
        ["Гибкий график работы"] * 6
        + ["гибкий  график"] * 3
        + ["Гибкого графика работы"]
        + ["Служебное жильё"] * 4
        + ["Мой начальник Петров И. И. грубит"]
    )
    groups, hidden = group_texts(texts, min_group=10, seed=1)
    assert [(g.label, g.count) for g in groups] == [("Гибкий график работы", 10)]
    assert hidden == 5  # the housing group (4) and the one identifying remark


def test_threshold_and_random_order():
    texts = ["Наставничество"] * 5 + ["Дистанционная работа"] * 5 + ["Жалақыны көтеру"] * 5
    assert group_texts(texts, min_group=6)[0] == []
    orders = {tuple(g.label for g in group_texts(texts, min_group=5, seed=s)[0]) for s in range(20)}
    assert len(orders) > 1  # not the order the answers came in
    assert all(len(o) == 3 for o in orders)


def test_blank_texts_are_ignored():
    assert group_texts(["", "  ", "\n"], min_group=1) == ([], 0)
