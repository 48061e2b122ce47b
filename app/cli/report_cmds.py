"""`motivdesk report KIND …`: print documents to PDF without the GUI (PRODUCT.md §10)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import fail, open_db_or_explain

if TYPE_CHECKING:  # imported when a report is printed: the GUI start does not need it
    from app.reports.batch import PrintJob as Job

CARD_KINDS = ("personal", "career", "growth", "diagnostic", "strategic")
KINDS = (*CARD_KINDS, "motivators", "campaign", "result")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="print a document to PDF")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--db", dest="report_db", metavar="PATH_OR_URL")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--campaign", type=int, metavar="ID")
    target.add_argument("--employee", type=int, metavar="ID")
    target.add_argument(
        "--all",
        action="store_true",
        help="every document of this kind, into the folder given by --out",
    )
    p.add_argument(
        "--lang",
        dest="doc_lang",
        choices=("ru", "kk"),
        default="ru",
        help="language of the document (default ru)",
    )
    p.add_argument("--out", required=True, metavar="FILE_OR_DIR")
    p.add_argument(
        "--format",
        dest="doc_format",
        choices=("pdf", "docx"),
        default="pdf",
        help="cards and the campaign report also as editable Word files (docx)",
    )
    p.add_argument(
        "--graphical",
        action="store_true",
        help="personal: the graphical one-page card (seed figs 8.1/8.2)",
    )
    p.add_argument(
        "--about",
        action="store_true",
        help="result: add the 'About this instrument' pages for the HR service",
    )
    p.add_argument(
        "--department",
        dest="report_department",
        type=int,
        metavar="ID",
        help="campaign: the report of one department (the same anonymity rule)",
    )
    p.add_argument(
        "--exclude-flagged",
        action="store_true",
        help="campaign: leave out sessions flagged for answer quality (said in the report, "
        "audited; shown only where the anonymity rule allows)",
    )
    p.add_argument(
        "--for-user",
        dest="for_user",
        metavar="LOGIN",
        help="campaign: print what this user may see (a department head gets only his departments)",
    )
    p.set_defaults(handler=cmd_report)


def _jobs(session, args, library, parameters, lang, translate) -> Iterator[Job]:
    from sqlalchemy import select

    from app.models import Campaign, Employee, Organisation
    from app.models.base import SessionKind
    from app.models.campaign import SurveySession
    from app.reports.batch import PrintJob as Job
    from app.reports.campaign_report import render_campaign_report
    from app.reports.motivator_map import render_motivator_map
    from app.reports.result_sheet import render_result_sheets
    from app.services.report_data import (
        load_campaign_report,
        load_motivator_map,
        load_result_sheets,
        organisation_name,
    )

    if args.kind in CARD_KINDS:
        from app.models.cards import Card
        from app.reports.cards import render_card
        from app.services.report_data import load_card_view

        query = select(Card.id).where(Card.kind == args.kind).order_by(Card.id)
        if args.employee is not None:
            query = query.where(Card.employee_id == args.employee)
        if args.campaign is not None:
            query = query.where(Card.campaign_id == args.campaign)
        ids = list(session.scalars(query))
        if not ids and (args.employee is not None or args.campaign is not None):
            raise LookupError(
                f"no {args.kind} card for the given "
                f"{'employee' if args.employee is not None else 'campaign'}"
            )
        personal = args.kind in ("personal", "career", "growth")
        if args.kind == "personal" and args.graphical:
            from app.reports.personal_graphic import render_personal_graphic
            from app.services.report_data import load_personal_graphic

            for card_id in ids:
                yield Job(
                    f"personal-graphic-{card_id}-{lang}.pdf",
                    lambda s, cid=card_id: render_personal_graphic(
                        load_personal_graphic(s, cid, library, lang, translate), lang, translate
                    ),
                    audit=("card", str(card_id)),
                )
            return
        fmt = getattr(args, "doc_format", "pdf")
        for card_id in ids:
            yield Job(
                f"{args.kind}-card-{card_id}-{lang}.{fmt}",
                lambda s, cid=card_id: render_card(
                    load_card_view(s, cid, lang, translate), lang, translate, fmt=fmt
                ),
                audit=("card", str(card_id)) if personal else None,
            )
    elif args.kind == "campaign":
        ids = (
            [args.campaign]
            if args.campaign is not None
            else list(session.scalars(select(Campaign.id).order_by(Campaign.id)))
        )
        from app.models import Department
        from app.scoring.analysis import Filter

        dept = getattr(args, "report_department", None)
        exclude = bool(getattr(args, "exclude_flagged", False))
        scope = _user_scope(session, getattr(args, "for_user", None))
        if dept is not None and session.get(Department, dept) is None:
            raise LookupError(f"department {dept} not found")
        for cid in ids:
            if exclude:  # HR's choice to leave flagged sessions out is audited
                from app.services.quality import record_exclusion

                record_exclusion(session, cid, True, "cli report")
                session.commit()
            if dept is not None:
                try:
                    _check_department(session, cid, dept)
                except LookupError:
                    if args.all:  # every campaign that covers the department
                        continue
                    raise
            fmt = getattr(args, "doc_format", "pdf")
            name = (
                f"campaign-{cid}-{lang}.{fmt}"
                if dept is None
                else f"campaign-{cid}-department-{dept}-{lang}.{fmt}"
            )
            yield Job(
                name,
                lambda s, cid=cid, fmt=fmt: render_campaign_report(
                    load_campaign_report(
                        s,
                        cid,
                        library,
                        parameters,
                        lang,
                        Filter(department_id=dept, exclude_flagged=exclude),
                        departments=scope,
                    ),
                    lang,
                    translate,
                    fmt=fmt,
                ),
            )
    elif args.kind == "result":
        if args.employee is not None:
            ids = [args.employee]
        else:
            ids = list(
                session.scalars(
                    select(SurveySession.employee_id)
                    .where(SurveySession.kind == SessionKind.NAMED.value)
                    .distinct()
                    .order_by(SurveySession.employee_id)
                )
            )

        def build(s, eid):
            sheets = load_result_sheets(s, eid, library, lang)
            if not sheets:
                raise LookupError(f"employee {eid} has no finished test results")
            return render_result_sheets(sheets, lang, translate, about=args.about)

        for eid in ids:
            if session.get(Employee, eid) is None:
                raise LookupError(f"employee {eid} not found")
            yield Job(
                f"result-employee-{eid}-{lang}.pdf",
                lambda s, eid=eid: build(s, eid),
                audit=("employee_results", str(eid)),
            )
    elif args.kind == "motivators":
        org_id = session.scalar(select(Organisation.id).order_by(Organisation.id))
        yield Job(
            f"motivator-map-{lang}.pdf",
            lambda s: render_motivator_map(
                load_motivator_map(s, lang),
                organisation_name(s, org_id, lang) if org_id else "",
                lang,
                translate,
            ),
        )


def _user_scope(session, login: str | None) -> set[int] | None:
    """The departments a user may see: None for an HR administrator (or no --for-user)."""
    if login is None:
        return None
    from sqlalchemy import select

    from app.models.base import Role
    from app.models.users import User

    user = session.scalar(select(User).where(User.username == login))
    if user is None or not user.is_active:
        raise LookupError(f"user {login} not found")
    if user.role != Role.DEPARTMENT_HEAD.value:
        return None
    return {d.department_id for d in user.departments}


def _check_department(session, campaign_id: int, department_id: int) -> None:
    from app.models import Campaign, Department

    if session.get(Department, department_id) is None:
        raise LookupError(f"department {department_id} not found")
    campaign = session.get(Campaign, campaign_id)
    if campaign is not None and department_id not in {
        cd.department_id for cd in campaign.departments
    }:
        raise LookupError(f"campaign {campaign_id} does not cover department {department_id}")


def _needs(args) -> str | None:
    if (
        getattr(args, "report_department", None) is not None
        or getattr(args, "for_user", None) is not None
    ) and args.kind != "campaign":
        return "--department and --for-user are for report campaign"
    if args.graphical and args.kind != "personal":
        return "--graphical is for report personal"
    if args.kind in ("personal", "career", "growth") and args.employee is None and not args.all:
        return f"report {args.kind} needs --employee ID or --all"
    if args.kind == "diagnostic" and args.campaign is None and not args.all:
        return "report diagnostic needs --campaign ID or --all"
    if args.kind == "campaign" and args.campaign is None and not args.all:
        return "report campaign needs --campaign ID or --all"
    if args.kind == "result" and args.employee is None and not args.all:
        return "report result needs --employee ID or --all"
    return None


def cmd_report(args: argparse.Namespace) -> int:
    problem = _needs(args)
    if problem:
        return fail(problem, 2)
    from app.reports.batch import print_documents
    from app.scoring.instruments import default_library
    from app.scoring.level import load_parameters
    from app.ui.i18n import report_translator

    db = open_db_or_explain(args.report_db or args.db)
    if isinstance(db, str):
        return fail(db)
    lang = args.doc_lang
    translate = report_translator(lang)
    out = Path(args.out)
    written, errors = [], []
    try:
        with db.session() as session:
            try:
                jobs = list(
                    _jobs(session, args, default_library(), load_parameters(), lang, translate)
                )
            except LookupError as exc:
                return fail(str(exc).strip("'\""))
        if not jobs:
            return fail(f"there is nothing to print for report {args.kind}")
        single = len(jobs) == 1 and not args.all
        for result in print_documents(
            jobs, out, db.session, single_file=single, audit_detail=f"cli report {args.kind} {lang}"
        ):
            if result.path is not None:
                written.append(result.path)
            else:
                errors.append(result.error)
    finally:
        db.dispose()
    for path in written:
        print(path)
    for error in errors:
        fail(error)
    return 1 if errors and not written else 0
