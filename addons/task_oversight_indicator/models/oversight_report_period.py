import io

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

from odoo import models
from odoo.tools import format_date, formatLang

from .oversight_indicator_value import period_end

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class OversightReportPeriod(models.Model):
    _inherit = "oversight.report.period"

    def _indicator_month_end(self):
        """The month of the indicator table: the month of the period (its data close on its cut-off day)."""
        self.ensure_one()
        return period_end("month", self.date_to)

    def _indicator_rows(self):
        """The monthly indicator table (Decree 30 layout): one row per active indicator of the
        company, city-wide, with its last effective value of the year up to the period's month;
        two searches."""
        self.ensure_one()
        month_end = self._indicator_month_end()
        indicators = self.env["oversight.indicator"].sudo().search([("company_id", "=", self.company_id.id)])
        values = (
            self.env["oversight.indicator.value"]
            .sudo()
            .search(
                [
                    ("indicator_id", "in", indicators.ids),
                    ("is_effective", "=", True),
                    ("year", "=", month_end.year),
                    ("date", "<=", month_end),
                ],
                order="date desc, id desc",
            )
        )
        last = {}
        for value in values:
            if value.agency_id == value.indicator_id.agency_id:
                last.setdefault(value.indicator_id, value)
        targets = self.env["oversight.indicator.value"]._targets_of(indicators, month_end.year)
        statuses = dict(self.env["oversight.indicator.value"]._fields["status"]._description_selection(self.env))
        rows = []
        for indicator in indicators:
            value = last.get(indicator)
            target = targets.get((indicator.id, False))
            rows.append(
                {
                    "indicator": indicator,
                    "category": indicator.category,
                    "name": indicator.name,
                    "unit": indicator.uom_label,
                    "target": target.value if target else None,
                    "month": value.value if value and value.date == month_end else None,
                    "ytd": value.ytd_value if value else None,
                    "plan_rate": value.plan_rate if value and target else None,
                    "previous": value.previous_year_value if value and value.previous_year_value else None,
                    "yoy_rate": value.yoy_rate if value and value.previous_year_value else None,
                    "status": value.status if value else "not_due",
                    "status_label": statuses[value.status if value else "not_due"],
                    "estimate": bool(value and value.is_estimate),
                }
            )
        return rows

    def _indicator_categories(self):
        """The rows grouped by category, in the catalogue's order: ``[(label, rows)]``."""
        labels = dict(self.env["oversight.indicator"]._fields["category"]._description_selection(self.env))
        groups = {}
        for row in self._indicator_rows():
            groups.setdefault(row["category"], []).append(row)
        return [(labels[key], rows) for key, rows in groups.items()]

    def _indicator_number(self, value, digits):
        """A figure of the printed table, as the reader's language writes it; a dash for none."""
        return "—" if value is None else formatLang(self.env, value, digits=digits)

    def _indicator_headers(self):
        env = self.env
        return [
            env._("No."),
            env._("Indicator"),
            env._("Unit"),
            env._("Target of the year"),
            env._("Month"),
            env._("Year to date"),
            env._("% of target"),
            env._("Same period last year"),
            env._("vs same period (%)"),
            env._("Assessment"),
        ]

    def _xlsx_download(self):
        """The consolidated workbook, with the monthly indicator table on a second sheet."""
        content, filename = super()._xlsx_download()
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        self.sudo()._indicator_sheet(workbook)
        output = io.BytesIO()
        workbook.save(output)
        return output.getvalue(), filename

    def _indicator_sheet(self, workbook):
        env = self.env
        sheet = workbook.create_sheet(env._("Indicators"))
        month_end = self._indicator_month_end()
        sheet.append([self.company_id.name])
        sheet.append(
            [env._("Socio-economic indicators, month %(month)s", month=f"{month_end.month:02d}/{month_end.year}")]
        )
        sheet.append([env._("Figures at %(date)s", date=format_date(env, env.company._oversight_today()))])
        sheet.append(self._indicator_headers())
        for cell in sheet[4]:
            cell.font, cell.border = Font(bold=True), BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center")
        number = 0
        for label, rows in self._indicator_categories():
            sheet.append(["", label])
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
            for row in rows:
                number += 1
                sheet.append(
                    [
                        number,
                        row["name"],
                        row["unit"],
                        row["target"],
                        row["month"],
                        row["ytd"],
                        row["plan_rate"],
                        row["previous"],
                        row["yoy_rate"],
                        row["status_label"],
                    ]
                )
                for cell in sheet[sheet.max_row]:
                    cell.border = BORDER
        sheet.column_dimensions["B"].width = 50
        for column in "DEFGHIJ":
            sheet.column_dimensions[column].width = 14
        sheet.cell(1, 1).font = Font(bold=True)
