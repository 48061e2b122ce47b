"""The organisation, its departments and its employees."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(2), default="KZ")  # KZ or BY

    departments: Mapped[list[Department]] = relationship(back_populates="organisation")


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    # A parent lets the anonymity rules see nested units (subtraction protection).
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str] = mapped_column(String(300), default="")
    headcount: Mapped[int] = mapped_column(default=0)
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_position: Mapped[str] = mapped_column(String(200), default="")
    is_active: Mapped[bool] = mapped_column(default=True)

    organisation: Mapped[Organisation] = relationship(back_populates="departments")
    employees: Mapped[list[Employee]] = relationship(back_populates="department")


class Employee(Base):
    """A named person. Only named sessions (with consent) and cards refer to an employee."""

    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    position_kk: Mapped[str] = mapped_column(String(200), default="", server_default="")
    is_manager: Mapped[bool] = mapped_column(default=False)
    gender: Mapped[str | None] = mapped_column(String(10))
    hired_on: Mapped[date | None]
    personnel_number: Mapped[str] = mapped_column(String(50), default="")
    is_active: Mapped[bool] = mapped_column(default=True)

    department: Mapped[Department] = relationship(back_populates="employees")


class StaffMovements(Base):
    """One year's staff movements of a body, entered by HR (the inputs of seed 002's
    personnel-management indicators; app/scoring/indicators.py computes them)."""

    __tablename__ = "staff_movements"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(primary_key=True)
    average_headcount: Mapped[float]
    left_civil_service: Mapped[int]
    left_body: Mapped[int | None]
    first_year_leavers: Mapped[int | None]
    appointed: Mapped[int | None]
    dismissed: Mapped[int | None]
    over_3_years: Mapped[int | None]
    exit_interviews: Mapped[int | None]

    __table_args__ = (CheckConstraint("average_headcount > 0", name="headcount"),)
