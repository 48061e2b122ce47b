"""A new database starts with the motivator map (App. 7) and the tool list (table 8.2)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.data.catalogues import seed_catalogues
from app.models.cards import MotivationTool, Motivator, MotivatorGroup


def test_new_database_has_the_seed_catalogues(db):
    with db.session() as s:
        groups = s.scalars(select(MotivatorGroup).order_by(MotivatorGroup.position)).all()
        # Table 7.1: five groups with 4, 9, 10, 3 and 4 factors.
        assert [g.name_ru for g in groups] == [
            "Факторы общественного служения",
            "Факторы самореализации",
            "Психологические факторы",
            "Организационно-физиологические факторы",
            "Материальные факторы",
        ]
        assert [len(g.motivators) for g in groups] == [4, 9, 10, 3, 4]
        salary = groups[4].motivators[0]
        assert salary.name_ru.startswith("Заработная плата")
        assert salary.methods_ru == "Административные, экономические методы мотивации"
        assert all(
            m.name_kk and m.name_kk != m.name_ru and m.characteristic_kk
            for g in groups
            for m in g.motivators
        )
        tools = s.scalars(select(MotivationTool).order_by(MotivationTool.position)).all()
        assert len(tools) == 40  # table 8.2
        assert tools[0].name_ru == "Государственные награды"
        assert tools[-1].name_ru == "Самостоятельность в принятии решений"
        assert all(t.name_kk for t in tools)


def test_seeding_again_adds_nothing_and_keeps_hr_edits(db):
    with db.session() as s:
        first = s.scalars(select(Motivator).order_by(Motivator.id)).first()
        first.name_ru = "Отредактировано кадровой службой"
        s.commit()
        seed_catalogues(s)
        s.commit()
        assert s.scalar(select(func.count(Motivator.id))) == 30
        assert s.get(Motivator, first.id).name_ru == "Отредактировано кадровой службой"


def test_hr_can_add_rename_and_retire_entries_without_breaking_cards(db):
    import pytest

    from app.data.catalogues import CatalogueError, add_motivator, add_tool, update_entry

    with db.session() as s:
        group = s.scalars(select(MotivatorGroup).order_by(MotivatorGroup.position)).first()
        mid = add_motivator(s, group.id, " Волонтерство ", "")
        added = s.get(Motivator, mid)
        assert (added.name_ru, added.name_kk) == ("Волонтерство", "Волонтерство")
        assert added.methods_ru == group.motivators[0].methods_ru  # group's methods carried over
        tid = add_tool(s, "Гибкий график", "Икемді кесте")
        assert s.get(MotivationTool, tid).position == 40
        update_entry(s, "motivator", mid, "Волонтерская деятельность", "Волонтерлік", False)
        assert not s.get(Motivator, mid).is_active
        with pytest.raises(CatalogueError):
            update_entry(s, "tool", tid, "  ", "", True)


def test_card_choices_offer_active_entries_in_the_content_language(db):
    from app.data.catalogues import card_choices, motivation_tools, update_entry

    with db.session() as s:
        tools = motivation_tools(s)
        first = tools[0]
        ru, kk = card_choices(s, "ru"), card_choices(s, "kk")
        assert ru["tool"][0] == (first.id, first.name_ru, "")
        assert kk["tool"][0][1] == (first.name_kk or first.name_ru)
        assert len(ru["motivator"]) == len(kk["motivator"]) > 0
        update_entry(s, "tool", first.id, first.name_ru, "", active=False)
        s.flush()
        assert first.id not in [t[0] for t in card_choices(s, "kk")["tool"]]  # retired: not offered
