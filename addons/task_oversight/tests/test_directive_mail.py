"""Directives forwarded by the e-office: real .eml messages through Odoo's mail gateway
(``message_process``) into the Settings' alias, and one through a real SMTP conversation on
this machine. The mails are dated Monday 5 October 2026, received at 09:30 in Vietnam."""

import queue
import smtplib
import socketserver
import threading
from datetime import date
from pathlib import Path

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import OversightCase

MAILS = Path(__file__).parent / "mail"
RECEIVED = "2026-10-05 02:30:00"  # 09:30 in Hồ Chí Minh City


def eml(name):
    return (MAILS / f"{name}.eml").read_text()


class SmtpHandler(socketserver.StreamRequestHandler):
    """Just enough of RFC 5321 for smtplib: each message received goes to the server's queue."""

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 ubnd.test ESMTP")
        while line := self.rfile.readline():
            command = line.decode().strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 ubnd.test")
            elif command.startswith(("MAIL FROM", "RCPT TO", "RSET", "NOOP")):
                self.reply("250 OK")
            elif command == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.server.messages.put(b"".join(lines))
                self.reply("250 OK: queued")
            elif command == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


@tagged("post_install", "-at_install")
class TestDirectiveMail(OversightCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("en_US")
        cls.office.lang = "en_US"
        cls.leader.name = "Lê Trung Chinh"  # signs the directive of the mail
        company = cls.env.company
        company.alias_domain_id = cls.env["mail.alias.domain"].create({"name": "ubnd.test"})
        settings = cls.env["res.config.settings"].create(
            {
                "oversight_directive_alias_name": "vanban",
                "oversight_directive_sender_domains": "ioffice.danang.gov.vn, @vpubnd.danang.gov.vn",
            }
        )
        settings.execute()
        cls.alias = company.oversight_directive_alias_id

    def _receive(self, name, when=RECEIVED):
        with freeze_time(when):
            self.env["mail.thread"].message_process(None, eml(name))
        return self.env["oversight.directive"].search([("source_email", "!=", False)], order="id desc", limit=1)

    def _notes(self, directive):
        return directive.message_ids.filtered(lambda message: message.subtype_id == self.env.ref("mail.mt_note"))

    def test_the_alias_is_configured_in_settings(self):
        self.assertRecordValues(
            self.alias,
            [
                {
                    "alias_full_name": "vanban@ubnd.test",
                    "alias_model_id": self.env["ir.model"]._get_id("oversight.directive"),
                }
            ],
        )
        self.assertEqual(self.env.company.oversight_directive_alias_name, "vanban")
        self.env.company.oversight_directive_alias_name = "vanbanden"
        self.assertEqual(self.alias.alias_full_name, "vanbanden@ubnd.test")

    def test_a_forwarded_docx_becomes_a_draft_with_its_proposed_tasks(self):
        directive = self._receive("directive_docx")
        self.assertRecordValues(
            directive,
            [
                {
                    "name": "1502/UBND-TH",
                    "date": date(2026, 10, 2),
                    "state": "draft",
                    "urgency": "normal",
                    "signer_id": self.leader.id,
                    "source_email": "vanthu@ioffice.danang.gov.vn",
                    "company_id": self.env.company.id,
                }
            ],
        )
        self.assertIn("triển khai nhiệm vụ cải cách hành chính", directive.summary)
        # the file is kept on the directive, as the gateway keeps every attachment
        attachments = self.env["ir.attachment"].search(
            [("res_model", "=", "oversight.directive"), ("res_id", "=", directive.id)]
        )
        self.assertEqual(attachments.mapped("name"), ["1502-UBND-TH.docx"])
        # the two lines with one known lead are draft tasks; the group and the unknown agency wait
        self.assertRecordValues(
            directive.task_ids.sorted("deadline"),
            [
                {"lead_agency_id": self.agency_a.id, "deadline": date(2026, 10, 30), "state": "draft"},
                {"lead_agency_id": self.agency_b.id, "deadline": date(2026, 11, 30), "state": "draft"},
            ],
        )
        self.assertIn("2 draft tasks proposed", directive.intake_note)
        self.assertIn("Line(s) 3, 4", directive.intake_note)
        self.assertTrue(self._notes(directive))
        # registered by the Office: the entry clock stops, the number is now counted
        with freeze_time("2026-10-06 03:00:00"):
            directive.with_user(self.office).action_register()
        self.assertRecordValues(
            directive, [{"state": "registered", "number_seq": 1502, "symbol": "UBND-TH", "number_year": 2026}]
        )

    def test_urgent_subject_and_pdf(self):
        directive = self._receive("urgent_pdf")
        self.assertRecordValues(
            directive, [{"name": "15/CĐ-UBND", "date": date(2026, 10, 3), "urgency": "urgent", "state": "draft"}]
        )
        self.assertEqual(directive.task_ids.lead_agency_id, self.agency_a | self.agency_b)

    def test_unknown_sender_bounces_and_nothing_is_created(self):
        before = self.env["oversight.directive"].search_count([])
        self._receive("unknown_sender")
        self.assertEqual(self.env["oversight.directive"].search_count([]), before)
        bounce = self.env["mail.mail"].sudo().search([("email_to", "ilike", "nguyenvana@gmail.com")])
        self.assertEqual(len(bounce), 1)
        self.assertIn("not one of the e-office", bounce.body_html)
        self.assertEqual(self.alias.alias_status, "not_tested", "a refused sender is no configuration error")

    def test_mail_without_document_is_a_draft_with_a_note(self):
        directive = self._receive("no_document")
        self.assertRecordValues(directive, [{"name": "1510/UBND-TH", "date": date(2026, 10, 4), "state": "draft"}])
        self.assertIn("no document attached", directive.intake_note)
        self.assertFalse(directive.task_ids)

    def test_registered_number_is_noted_and_proposes_nothing(self):
        directive = self._receive("registered_number")
        self.assertNotEqual(directive, self.directive)
        self.assertIn("5324/UBND-KSTT is already registered", directive.intake_note)
        self.assertFalse(directive.task_ids, "no task is added to either document")
        self.assertFalse(self.directive.task_ids)
        with self.assertRaisesRegex(UserError, "already registered"):
            directive.with_user(self.office).action_register()

    def test_refused_file_is_noted(self):
        directive = self._receive("scanned_pdf")
        self.assertRecordValues(directive, [{"name": "1512/UBND-TH", "state": "draft"}])
        self.assertIn("was not read: The file has no text to read", directive.intake_note)
        self.assertFalse(directive.task_ids)

    def test_only_the_office_registers(self):
        directive = self._receive("no_document")
        with self.assertRaisesRegex(UserError, "Only the Committee Office"):
            directive.with_user(self.head_a).action_register()
        with self.assertRaises(AccessError):
            directive.with_user(self.user_a).write({"state": "registered"})
        with self.assertRaises(AccessError):
            self.env.company.with_user(self.user_a).oversight_directive_sender_domains = "gmail.com"

    def test_smtp_round_trip(self):
        """The e-office's mail server speaks SMTP to this machine; the message it hands over
        goes to the gateway as the mail server's delivery script would hand it."""
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), SmtpHandler)
        server.messages = queue.Queue()
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        with smtplib.SMTP(*server.server_address, timeout=10) as client:
            refused = client.sendmail(
                "vanthu@ioffice.danang.gov.vn", ["vanban@ubnd.test"], eml("directive_docx").encode()
            )
        self.assertEqual(refused, {})
        received = server.messages.get(timeout=10)
        with freeze_time(RECEIVED):
            directive_id = self.env["mail.thread"].message_process(None, received)
        directive = self.env["oversight.directive"].browse(directive_id)
        self.assertRecordValues(directive, [{"name": "1502/UBND-TH", "state": "draft"}])
        self.assertEqual(len(directive.task_ids), 2)


@tagged("post_install", "-at_install")
class TestDirectiveEntry(OversightCase):
    """Entry on time (Thanh Hóa's rule, the defaults of Settings): urgent documents the day
    they come, others within 1 working day, documents with 5 tasks or more within 2.
    Received on Friday 2 October 2026 at 16:00 in Vietnam (09:00 UTC)."""

    def _received(self, name, urgency="normal", tasks=0, when="2026-10-02 09:00:00"):
        with freeze_time(when):
            directive = self.env["oversight.directive"].create(
                {
                    "name": name,
                    "summary": "Văn bản đến từ hệ thống quản lý văn bản",
                    "state": "draft",
                    "urgency": urgency,
                    "source_email": "vanthu@ioffice.danang.gov.vn",
                    "date_received": self.env["res.company"]._oversight_now(),
                    "date_registered": False,
                }
            )
            for number in range(tasks):
                self._task(directive_id=directive.id, name=f"Nhiệm vụ {number + 1}")
        return directive

    def _register(self, directive, day):
        with freeze_time(f"{day} 03:00:00"):
            directive.with_user(self.office).action_register()

    def test_entry_deadlines_in_working_days(self):
        urgent = self._received("12/CĐ-UBND", urgency="urgent")
        normal = self._received("1520/UBND-TH")
        many = self._received("1521/UBND-TH", tasks=5)
        # Friday 2/10 + 1 working day = Monday 5/10 (the weekend does not count); + 2 = Tuesday 6/10
        self.assertRecordValues(
            urgent | normal | many,
            [
                {"entry_days_allowed": 0, "entry_due_date": date(2026, 10, 2)},
                {"entry_days_allowed": 1, "entry_due_date": date(2026, 10, 5)},
                {"entry_days_allowed": 2, "entry_due_date": date(2026, 10, 6)},
            ],
        )
        saturday = self._received("13/CĐ-UBND", urgency="urgent", when="2026-10-03 02:00:00")
        self.assertEqual(saturday.entry_due_date, date(2026, 10, 5), "same day, or the next working day")

    def test_the_office_sees_the_documents_waiting_too_long(self):
        urgent = self._received("12/CĐ-UBND", urgency="urgent")
        normal = self._received("1520/UBND-TH")
        many = self._received("1521/UBND-TH", tasks=5)
        Directive = self.env["oversight.directive"].with_user(self.office)
        with freeze_time("2026-10-05 03:00:00"):  # Monday: the urgent one is late, the others not yet
            self.assertEqual(Directive.search([("entry_overdue", "=", True)]), urgent)
        with freeze_time("2026-10-07 03:00:00"):  # Wednesday: all three
            self.assertEqual(Directive.search([("entry_overdue", "=", True)]), urgent | normal | many)
            self._register(normal, "2026-10-07")
            self.assertEqual(Directive.search([("entry_overdue", "=", True)]), urgent | many)
            self.assertEqual(Directive.search([("entry_overdue", "=", False)]) & (urgent | normal), normal)
        self._register(many, "2026-10-06")
        # Friday 2/10 → Wednesday 7/10: 3 working days (5, 6, 7), late; → Tuesday 6/10: 2, on time
        self.assertRecordValues(
            normal | many,
            [{"entry_working_days": 3, "entry_late": True}, {"entry_working_days": 2, "entry_late": False}],
        )

    def test_entry_days_are_checked_in_settings(self):
        with self.assertRaisesRegex(ValidationError, "0 to 30 working days"):
            self.env.company.oversight_entry_days_normal = -1
        with self.assertRaisesRegex(ValidationError, "from 2 tasks"):
            self.env.company.oversight_entry_many_tasks = 1
