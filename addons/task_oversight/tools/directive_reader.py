"""Read a directive's text the way the Office reads it: its header (number,
place and date, issuer, summary, signer) and one assignment per task (lead
agency, coordinating agencies, content, expected output, deadline).

Pure Python, no network, no model: rules written from the administrative prose
of People's Committees (Decree 30/2020/NĐ-CP layout). Agency names are matched
on a folded form (no diacritics, lower case, usual abbreviations expanded);
a name the matcher does not know is returned as unknown, never guessed.

    reader = DirectiveReader(agencies, leaders)
    result = reader.parse(text, today)
"""

import bisect
import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

# ---------------------------------------------------------------------------
# Folding: the form names are compared on
# ---------------------------------------------------------------------------

# usual abbreviations, on folded words (punctuation around them is kept)
ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "vp": "van phong",
    "vpubnd": "van phong uy ban nhan dan",
    "tp": "thanh pho",
    "tp.": "thanh pho",
    "tn&mt": "tai nguyen va moi truong",
    "tn-mt": "tai nguyen va moi truong",
    "tnmt": "tai nguyen va moi truong",
    "kh&dt": "ke hoach va dau tu",
    "kh-dt": "ke hoach va dau tu",
    "khdt": "ke hoach va dau tu",
    "nn&mt": "nong nghiep va moi truong",
    "nn-mt": "nong nghiep va moi truong",
    "nnmt": "nong nghiep va moi truong",
    "nn&ptnt": "nong nghiep va phat trien nong thon",
    "nnptnt": "nong nghiep va phat trien nong thon",
    "kh&cn": "khoa hoc va cong nghe",
    "kh-cn": "khoa hoc va cong nghe",
    "khcn": "khoa hoc va cong nghe",
    "gd&dt": "giao duc va dao tao",
    "gd-dt": "giao duc va dao tao",
    "gddt": "giao duc va dao tao",
    "tt&tt": "thong tin va truyen thong",
    "tttt": "thong tin va truyen thong",
    "vh,tt&dl": "van hoa, the thao va du lich",
    "vhtt&dl": "van hoa, the thao va du lich",
    "vh-tt-dl": "van hoa, the thao va du lich",
    "vhttdl": "van hoa, the thao va du lich",
    "ld,tb&xh": "lao dong, thuong binh va xa hoi",
    "ld-tb-xh": "lao dong, thuong binh va xa hoi",
    "ld-tb&xh": "lao dong, thuong binh va xa hoi",
    "ldtb&xh": "lao dong, thuong binh va xa hoi",
    "ldtbxh": "lao dong, thuong binh va xa hoi",
    "gtvt": "giao thong van tai",
    "xd": "xay dung",
}
GROUP_PATTERNS = [
    # (kind, folded pattern): a group named instead of agencies
    ("department", r"cac so,? ban,? nganh(?: thanh pho| tinh)?|thu truong cac so,? ban,? nganh"),
    ("commune", r"(?:chu tich )?uy ban nhan dan cac (?:xa,? phuong(?:,? dac khu)?|phuong,? xa(?:,? dac khu)?)"),
    ("related", r"cac co quan,? don vi(?:,? dia phuong)? (?:co )?lien quan|cac don vi lien quan|cac co quan lien quan"),
]
# words that start the name of an agency: a name the matcher does not know is flagged from them
AGENCY_HEADS = (
    r"so|ban|uy ban nhan dan|van phong|cong an|bo chi huy|thanh tra|kho bac|cuc|chi cuc|trung tam|dai|"
    r"truong|benh vien|cang vu|khu|quy|lien doan|hoi"
)
# what ends the name of an agency in a sentence
NAME_END = (
    r"chu tri|phoi hop|tham muu|khan truong|to chuc|trien khai|xay dung|hoan thanh|bao cao|thuc hien|don doc|"
    r"nghien cuu|ra soat|kiem tra|theo doi|huong dan|chuan bi|tong hop|lap|de xuat|tiep tuc|chu dong|"
    r"tap trung|quan ly|giai quyet|xu ly|trinh|ban hanh|tang cuong|dam bao|phan cong|can cu|co trach nhiem|"
    r"nghiem tuc|khan cap|sau khi|truoc|trong|theo|de|ve viec|cung"
)
# the closing formula of a directive, not a task ("… nghiêm túc triển khai thực hiện")
GENERIC_CONTENT = re.compile(
    r"^(?:nghiem tuc |khan truong |chu dong )?(?:trien khai |to chuc )?(?:thuc hien)?(?:\s*\./?)*$"
)
# verbs after an agency that open a sentence assigning it ("Sở Tài chính chủ trì, …")
LEAD_VERBS = (
    r"chu tri|co trach nhiem|chiu trach nhiem|khan truong|tham muu|chu dong|tap trung|to chuc thuc hien|"
    r"trien khai|thuc hien|xay dung|ra soat|huong dan|theo doi|don doc|tong hop"
)
TRIGGERS = r"giao|yeu cau|de nghi|chi dao|phan cong|uy quyen|dong y giao|thong nhat giao"
OUTPUTS = [
    ("du thao quyet dinh", "dự thảo quyết định"),
    ("du thao nghi quyet", "dự thảo nghị quyết"),
    ("du thao ke hoach", "dự thảo kế hoạch"),
    ("du thao van ban", "dự thảo văn bản"),
    ("to trinh", "tờ trình"),
    ("de an", "đề án"),
    ("ke hoach", "kế hoạch"),
    ("bao cao", "báo cáo"),
]
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
ISSUERS = [
    ("thu tuong chinh phu", "prime_minister"),
    ("chinh phu", "government"),
    ("tinh uy|thanh uy|ban thuong vu|ban chap hanh dang bo", "party_committee"),
    ("hoi dong nhan dan", "people_council"),
    ("chu tich uy ban nhan dan", "chairman"),
    ("uy ban nhan dan", "people_committee"),
]


def fold(text):
    """Lower case, no diacritics, đ → d, spaces squeezed: the form names are compared on."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(char for char in text if unicodedata.category(char) != "Mn").lower()
    return re.sub(r"\s+", " ", text).strip()


def fold_words(text):
    """``(folded text, start of each word)``: :func:`fold` word by word, abbreviations expanded,
    so that a position in the folded text leads back to a word of ``text``."""
    pieces, starts, offset = [], [], 0
    for word in text.split():
        folded = fold(word)
        core = folded.strip(",.;:()")
        if folded in ABBREVIATIONS:
            folded = ABBREVIATIONS[folded]
        elif core in ABBREVIATIONS:
            index = folded.find(core)
            folded = folded[:index] + ABBREVIATIONS[core] + folded[index + len(core) :]
        starts.append(offset)
        pieces.append(folded)
        offset += len(folded) + 1
    return " ".join(pieces), starts


def fold_name(text):
    """:func:`fold` with the usual abbreviations expanded."""
    return fold_words(text)[0]


# ---------------------------------------------------------------------------
# What the reader returns
# ---------------------------------------------------------------------------


@dataclass
class Mention:
    text: str  # as written
    agency_ids: list = field(default_factory=list)  # one agency, or the agencies of a group
    group: str = ""  # "department", "commune", "related" when a group is named
    unknown: bool = False
    successor_of: str = ""  # an old name: the agency that ended, mapped to its successor
    start: int = 0  # where it is named in the folded sentence
    end: int = 0


@dataclass
class Assignment:
    lead: Mention
    coordinators: list
    content: str
    source: str
    output: str = ""
    deadline: date = None
    deadline_text: str = ""
    deadline_kind: str = "none"  # date, month, quarter, year, relative, recurring, none, ongoing
    recurring_day: int = 0
    confidence: float = 1.0
    review: list = field(default_factory=list)  # why a clerk must check it ("hạn chưa rõ" …)

    def flags(self):
        flags = []
        if self.lead.unknown:
            flags.append("unknown")
        if self.lead.group:
            flags.append("group")
        if self.lead.successor_of:
            flags.append("successor")
        if any(mention.unknown for mention in self.coordinators):
            flags.append("unknown_coordinator")
        if self.deadline_kind == "recurring":
            flags.append("recurring")
        return flags


@dataclass
class Header:
    number: str = ""
    date: date = None
    place: str = ""
    issuer_level: str = ""
    summary: str = ""
    signer_name: str = ""
    signer_id: int = 0


@dataclass
class Reading:
    header: Header
    assignments: list


# ---------------------------------------------------------------------------
# Agencies
# ---------------------------------------------------------------------------


@dataclass
class Agency:
    id: int
    name: str
    agency_type: str = "department"
    aliases: tuple = ()
    successor_id: int = 0  # set on an agency that ended: its work goes to the successor


class AgencyMatcher:
    """Finds the agencies named at a position of a folded sentence: the longest known
    name, alias or group; an unknown name that starts like an agency's is flagged."""

    def __init__(self, agencies):
        self.agencies = {agency.id: agency for agency in agencies}
        self.names = []  # (folded name, agency)
        for agency in agencies:
            for name in (agency.name, *agency.aliases):
                folded = fold_name(name)
                self.names.append((folded, agency))
                # "UBND phường Hải Châu" is also written "phường Hải Châu"
                short = re.sub(r"^uy ban nhan dan ", "", folded)
                if short != folded:
                    self.names.append((short, agency))
        self.names.sort(key=lambda item: -len(item[0]))
        self.groups = [(kind, re.compile(pattern)) for kind, pattern in GROUP_PATTERNS]
        self.unknown = re.compile(rf"(?:{AGENCY_HEADS})\s+(?:(?!(?:{NAME_END})\b)[\w&-]+\s?){{1,6}}")

    def group_ids(self, kind):
        if kind == "related":
            return []
        return [
            agency.id for agency in self.agencies.values() if agency.agency_type == kind and not agency.successor_id
        ]

    def match_at(self, folded, position):
        """``(Mention, end position)`` of the agency or group named at ``position``, or ``(None, position)``."""
        mention, end = self._match_at(folded, position)
        if mention:
            mention.start, mention.end = position, end
        return mention, end

    def _match_at(self, folded, position):
        rest = folded[position:]
        for kind, pattern in self.groups:
            found = pattern.match(rest)
            if found:
                return Mention(text=found.group(0), agency_ids=self.group_ids(kind), group=kind), position + found.end()
        for name, agency in self.names:
            if rest.startswith(name) and (len(rest) == len(name) or not rest[len(name)].isalnum()):
                return self._mention(agency, name), position + len(name)
        found = self.unknown.match(rest)
        if found:
            text = found.group(0).strip()
            return Mention(text=text, unknown=True), position + len(text)
        return None, position

    def _mention(self, agency, text):
        if agency.successor_id and agency.successor_id in self.agencies:
            successor = self.agencies[agency.successor_id]
            while successor.successor_id and successor.successor_id in self.agencies:
                successor = self.agencies[successor.successor_id]
            return Mention(text=text, agency_ids=[successor.id], successor_of=agency.name)
        return Mention(text=text, agency_ids=[agency.id])

    def match_list(self, folded, position):
        """The agencies named from ``position`` on, separated by commas, "và", "and" or semicolons."""
        mentions = []
        while True:
            mention, end = self.match_at(folded, position)
            if not mention:
                break
            mentions.append(mention)
            separator = re.match(r"\s*(?:,|;|\bva\b|\bcung\b)\s*(?:cac\s+(?=so|ban|co quan|don vi))?", folded[end:])
            if not separator:
                position = end
                break
            position = end + separator.end()
        return mentions, position


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------

# lines of a document's header that never continue the line before
HEADER_LINE = re.compile(r"^(?:[^,]{2,30}, ngày \d|Số\s*:|V/v\b|Kính gửi)", re.IGNORECASE)
LIST_MARKER = re.compile(r"^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}[.)])\s+")


def paragraphs(text):
    """The text's paragraphs, with the lines a PDF's extraction cut joined again: a line
    continues the previous one when that one did not end a sentence and this one starts in
    lower case or with a digit, or follows a long line of prose (not a heading in capitals);
    list items and table rows start their own paragraph."""
    text = unicodedata.normalize("NFC", text.replace("\u00a0", " ").replace("\t", " "))
    result, current, previous = [], [], ""
    for raw in text.splitlines():
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            if current:
                result.append(" ".join(current))
            current, previous = [], ""
            continue
        continues = (
            current
            and not re.search(r"[.:;!?]$", previous)
            and not LIST_MARKER.match(line)
            and "|" not in line
            and "|" not in previous
            and not HEADER_LINE.match(line)
            and not HEADER_LINE.match(previous)
            and not line.isupper()
            and (line[:1].islower() or line[:1].isdigit() or (len(previous) >= 45 and not previous.isupper()))
        )
        if current and not continues:
            result.append(" ".join(current))
            current = []
        current.append(line)
        previous = line
    if current:
        result.append(" ".join(current))
    return result


def sentences(paragraph):
    """A paragraph cut after a full stop or semicolon followed by a capital or a list marker,
    and before a new "giao …" after a semicolon."""
    parts, start = [], 0
    for found in re.finditer(r"[.;]\s+", paragraph):
        following = paragraph[found.end() : found.end() + 12]
        if following[:1].isupper() or following[:1] in "-+•" or re.match(rf"(?:{TRIGGERS})\b", fold(following)):
            parts.append(paragraph[start : found.end()].strip())
            start = found.end()
    parts.append(paragraph[start:].strip())
    return [part for part in parts if part]


# ---------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------


def weekend_only(day):
    return day.weekday() < 5


def add_working_days(start, count, is_working_day=weekend_only):
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def month_end(year, month):
    """The last day of the month, or ``None`` for a month or year no calendar has ("năm 0000")."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(text, default):
    return int(text) if text else default


def _safe_date(year, month, day):
    try:
        return date(year, month, day)
    except ValueError:
        return None


DATE_WORDS = r"(?:truoc|cham nhat(?: la)?|chậm nhất|xong truoc|hoan thanh truoc|trong ngay|den het|vao ngay|han)"
DEADLINE_PATTERNS = [
    # (kind, folded pattern)
    ("recurring", r"(?:hang|hàng) thang[^.;]{0,40}?truoc ngay (\d{1,2})(?!\s*[/-]\s*\d)(?! thang)"),
    ("recurring", r"dinh ky (?:hang|hàng) thang[^.;]{0,40}?truoc ngay (\d{1,2})(?!\s*[/-]\s*\d)(?! thang)"),
    ("relative", r"trong (?:thoi han|vong) (\d{1,3}) (ngay lam viec|ngay)(?: ke tu| tinh tu)?"),
    ("date_long", r"ngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?"),
    ("date", r"(?:ngay )?(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?!\d)(?:\s*/\s*(\d{4}))?(?!\s*/\s*[a-z])(?![\d/])"),
    ("month", r"(?:trong|truoc het|den het|cuoi) thang (\d{1,2})(?:\s*/\s*(\d{4})| nam (\d{4}))?"),
    ("quarter", r"(?:trong|truoc het|den het|cuoi) quy (iv|i{1,3}|[1-4])\b(?:\s*/\s*(\d{4})| nam (\d{4}))?"),
    ("year", r"(?:trong|truoc het|den het|cuoi) nam (\d{4})"),
    ("ongoing", r"thuong xuyen|lien tuc|hang nam"),
]


class DeadlineReader:
    def __init__(self, document_date, today, is_working_day=weekend_only):
        """Deadlines written relative to the document are counted from ``document_date``
        (``today`` when the text has no date), a date without its year falls in that year."""
        self.document_date = document_date or today
        self.is_working_day = is_working_day
        self.patterns = [(kind, re.compile(pattern)) for kind, pattern in DEADLINE_PATTERNS]

    def parse(self, folded):
        """``(deadline, kind, text as found, recurring day)`` of a folded sentence."""
        found_at = []
        for kind, pattern in self.patterns:
            for found in pattern.finditer(folded):
                if kind in ("date", "date_long") and not self._is_deadline_context(folded, found.start()):
                    continue
                found_at.append((found.start(), kind, found))
        for _start, kind, found in sorted(found_at, key=lambda item: (self._rank(item[1]), item[0])):
            deadline = getattr(self, f"_deadline_{kind}")(found)
            if deadline is not None or kind == "ongoing":
                recurring = int(found.group(1)) if kind == "recurring" else 0
                return deadline, {"date_long": "date"}.get(kind, kind), found.group(0), recurring
        return None, "none", "", 0

    @staticmethod
    def _rank(kind):
        return ["recurring", "relative", "date_long", "date", "month", "quarter", "year", "ongoing"].index(kind)

    @staticmethod
    def _is_deadline_context(folded, start):
        """A date is a deadline when words like "trước", "chậm nhất", "hoàn thành" come just before it
        (not the date of a document cited, "Công văn số 12/UBND ngày 3/5/2026")."""
        before = folded[max(0, start - 40) : start]
        if re.search(r"(?:so|ky hieu|van ban|cong van|quyet dinh|ke hoach|chi thi|thong bao)\s+\S*\s*$", before):
            return False
        return bool(
            re.search(
                r"(?:truoc|cham nhat(?: la)?|xong|hoan thanh|hoan tat|trong|den het|vao|han|bao cao|gui|trinh|ket thuc)"
                r"(?:\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?,?)?(?: ngay)?\s*$",
                before,
            )
        )

    def _deadline_recurring(self, found):
        return self._next_monthly(int(found.group(1)))

    def _deadline_relative(self, found):
        count = int(found.group(1))
        if found.group(2) == "ngay lam viec":
            return add_working_days(self.document_date, count, self.is_working_day)
        return self.document_date + timedelta(days=count)

    def _deadline_date(self, found):
        year = self.document_date.year
        day, month, explicit = int(found.group(1)), int(found.group(2)), found.group(3)
        result = _safe_date(_year(explicit, year), month, day)
        if result and not explicit and result < self.document_date:
            result = _safe_date(year + 1, month, day)
        return result

    _deadline_date_long = _deadline_date

    def _deadline_month(self, found):
        month, explicit = int(found.group(1)), found.group(2) or found.group(3)
        if not 1 <= month <= 12:
            return None
        year = self.document_date.year
        result = month_end(_year(explicit, year), month)
        if result and not explicit and result < self.document_date:
            result = month_end(year + 1, month)
        return result

    def _deadline_quarter(self, found):
        return month_end(_year(found.group(2) or found.group(3), self.document_date.year), ROMAN[found.group(1)] * 3)

    def _deadline_year(self, found):
        return _safe_date(int(found.group(1)), 12, 31)

    def _deadline_ongoing(self, found):
        return None

    def _next_monthly(self, day):
        start = self.document_date
        candidate = _safe_date(start.year, start.month, day) or month_end(start.year, start.month)
        if candidate <= start:
            following = month_end(start.year, start.month) + timedelta(days=1)
            candidate = _safe_date(following.year, following.month, day) or month_end(following.year, following.month)
        return candidate

    def monthly_until_year_end(self, first, day):
        """The monthly deadlines from ``first`` to the end of its year."""
        result, current = [], first
        while current and current.year == first.year:
            result.append(current)
            following = month_end(current.year, current.month) + timedelta(days=1)
            current = _safe_date(following.year, following.month, day) or month_end(following.year, following.month)
        return result


# ---------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------


class DirectiveReader:
    def __init__(self, agencies, leaders=(), is_working_day=weekend_only):
        """``agencies``: :class:`Agency` records; ``leaders``: ``(id, name)`` of the leaders who sign."""
        self.matcher = AgencyMatcher(agencies)
        self.leaders = [(leader_id, fold(name)) for leader_id, name in leaders]
        self.is_working_day = is_working_day

    def parse(self, text, today, document_date=None):
        """The :class:`Reading` of ``text``; ``document_date`` when the text does not say it."""
        parts = paragraphs(text or "")
        header = self.read_header(parts)
        deadlines = DeadlineReader(header.date or document_date, today, self.is_working_day)
        assignments, heading = [], None  # heading: the agencies of "1. Sở Nội vụ:" over the items below it
        for paragraph in self._body(parts):
            mentions, rest = self._heading(paragraph)
            if mentions:
                heading, items = mentions, [rest] if rest else []
            elif heading and LIST_MARKER.match(paragraph):
                items = [paragraph]
            else:
                heading, items = None, None
            if items is None:
                for sentence in sentences(paragraph):
                    assignments.extend(self._assignments(sentence, deadlines))
                continue
            for item in items:
                assignments.extend(self._assignments(item, deadlines) or self._items_of(heading, item, deadlines))
        return Reading(header=header, assignments=assignments)

    # -- header ---------------------------------------------------------

    def read_header(self, parts):
        header = Header()
        top = parts[:25]
        for paragraph in top:
            folded = fold(paragraph)
            if not header.number:
                number = re.search(r"\bso\s*:\s*(\d{1,6}(?:/\d{4})?[/-])", folded)
                if number:
                    raw = re.match(r"(\d{1,6}(?:/\d{4})?[/-][^\s,;]+)", paragraph[number.start(1) :])
                    header.number = raw.group(1).rstrip(".") if raw else ""
            if not header.date:
                found = re.search(r"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})", folded)
                if found:
                    header.date = _safe_date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
                    comma = paragraph.find(",")
                    header.place = paragraph[:comma].strip() if 0 < comma < found.start() else ""
            if not header.summary:
                summary = re.match(r"^\s*(?:v/v|ve viec)\s*:?\s*", folded)
                if summary:
                    header.summary = paragraph[summary.end() :].strip()
        header.summary = header.summary or self._title_summary(top)
        header.issuer_level = self._issuer(top)
        header.signer_name, header.signer_id = self._signer(parts)
        return header

    @staticmethod
    def _title_summary(top):
        for index, paragraph in enumerate(top[:-1]):
            if fold(paragraph) in ("chi thi", "ke hoach", "quyet dinh", "thong bao", "cong dien", "ket luan"):
                following = top[index + 1]
                if fold(following).startswith("ve "):
                    return following.strip()
        return ""

    @staticmethod
    def _issuer(top):
        head = " ".join(fold_name(paragraph) for paragraph in top[:4])
        for pattern, level in ISSUERS:
            if re.search(pattern, head):
                return level
        return ""

    def _signer(self, parts):
        for paragraph in reversed(parts[-8:]):
            words = paragraph.split()
            if 2 <= len(words) <= 5 and all(word[:1].isupper() for word in words) and not paragraph.isupper():
                folded = fold(paragraph)
                return paragraph, next((leader_id for leader_id, name in self.leaders if name == folded), 0)
        return "", 0

    @staticmethod
    def _body(parts):
        """The paragraphs before "Nơi nhận"."""
        body = []
        for paragraph in parts:
            if re.match(r"^noi nhan\b", fold(paragraph)):
                break
            body.append(paragraph)
        return body

    # -- assignments ----------------------------------------------------

    def _heading(self, paragraph):
        """A paragraph naming agencies then a colon: ``(mentions, what follows the colon)``."""
        text = LIST_MARKER.sub("", paragraph, count=1)
        folded, starts = fold_words(text)
        mentions, end = self.matcher.match_list(folded, 0)
        if not mentions or not re.match(r"\s*:", folded[end:]):
            return None, None
        for mention in mentions:
            mention.text = self._as_written(text, starts, mention)
        return mentions, text[text.find(":") + 1 :].strip()

    def _assignments(self, sentence, deadlines):
        text = LIST_MARKER.sub("", sentence, count=1)
        folded, starts = fold_words(text)
        candidates = [found.end() for found in re.finditer(rf"(?:^|[\s,;:(])(?:{TRIGGERS})\s*:?\s+", folded)]
        for start in [*candidates[:1], 0]:
            mentions, end = self.matcher.match_list(folded, start)
            if not mentions:
                continue
            if start == 0 and not re.match(rf"\s*(?:{LEAD_VERBS})\b", folded[end:]):
                continue
            coordinators = self._coordinators(folded, end)
            for mention in [*mentions, *coordinators]:
                mention.text = self._as_written(text, starts, mention)
            mentions = [mention for mention in mentions if self._looks_like_a_name(mention)]
            found = [
                self._assignment(mention, coordinators, (text, folded, starts), end, deadlines) for mention in mentions
            ]
            return [assignment for assignment in found if not GENERIC_CONTENT.match(fold(assignment.content))]
        return []

    def _items_of(self, heading, item, deadlines):
        text = LIST_MARKER.sub("", item, count=1)
        folded, starts = fold_words(text)
        if len(folded) < 12:
            return []
        coordinators = self._coordinators(folded, 0)
        for mention in coordinators:
            mention.text = self._as_written(text, starts, mention)
        return [
            self._assignment(mention, coordinators, (text, folded, starts), 0, deadlines, confidence=0.85)
            for mention in heading
        ]

    @staticmethod
    def _looks_like_a_name(mention):
        """An unknown name is an agency's when the word after "Sở", "Trung tâm", "UBND" … is
        capitalised as names are ("Trung tâm Phát triển quỹ đất"), not a phrase ("giao ban tháng 10")."""
        if not mention.unknown:
            return True
        folded, starts = fold_words(mention.text)
        head = re.match(rf"(?:{AGENCY_HEADS})\s+", folded)
        words = mention.text.split()
        index = bisect.bisect_left(starts, head.end()) if head else len(words)
        return index < len(words) and words[index][:1].isupper()

    @staticmethod
    def _as_written(text, starts, mention):
        """The words of ``text`` that name ``mention``."""
        first = bisect.bisect_right(starts, mention.start) - 1
        last = bisect.bisect_left(starts, mention.end)
        return " ".join(text.split()[max(first, 0) : last]).strip(" ,;:.(")

    def _coordinators(self, folded, position):
        found = re.compile(r"phoi hop(?: chat che)?(?: voi)?\s+").search(folded, position)
        if not found:
            return []
        return self.matcher.match_list(folded, found.end())[0]

    def _assignment(self, mention, coordinators, sentence, end, deadlines, *, confidence=1.0):
        """``sentence``: ``(text, folded text, start of each word)``."""
        text, folded, starts = sentence
        deadline, kind, deadline_text, recurring = deadlines.parse(folded)
        if mention.unknown or mention.group == "related":
            confidence -= 0.4
        if kind == "none":
            confidence -= 0.1
        return Assignment(
            lead=mention,
            coordinators=[item for item in coordinators if item.agency_ids != mention.agency_ids],
            content=self._content(text, folded, starts, end, max((item.end for item in coordinators), default=0)),
            source=text,
            output=self._output(folded),
            deadline=deadline,
            deadline_text=deadline_text,
            deadline_kind=kind,
            recurring_day=recurring,
            confidence=round(max(confidence, 0.1), 2),
        )

    @staticmethod
    def _content(text, folded, starts, end, coordinators_end=0):
        """What is to be done: the sentence after the agencies, "chủ trì" and "phối hợp với …"
        (up to the last coordinating agency named, when they follow the lead)."""
        if coordinators_end > end and re.match(r"[\s,:]*(?:chu tri,?\s*)?phoi hop", folded[end:]):
            offset = coordinators_end + len(re.match(r"[\s,:]*", folded[coordinators_end:]).group(0))
            return DirectiveReader._words_from(text, starts, offset)
        skip = re.match(
            rf"[\s,:]*(?:chu tri,?\s*)?(?:phoi hop(?: chat che)?(?: voi)?.*?(?=\s(?:{NAME_END})\b))?[\s,:]*",
            folded[end:],
        )
        offset = end + (skip.end() if skip else 0)
        return DirectiveReader._words_from(text, starts, offset)

    @staticmethod
    def _words_from(text, starts, offset):
        words = text.split()
        index = bisect.bisect_left(starts, offset)  # the first word starting at or after the offset
        content = re.sub(r"\s*\|[\s|]*", " ", " ".join(words[index:]))
        content = re.sub(r"^\([^)]*\)\s*", "", content).strip(" ,;.|/")  # "(nay là Sở Tài chính) tổng hợp …"
        content = content or text.strip(" ,;.")
        return content[:1].upper() + content[1:]

    @staticmethod
    def _output(folded):
        """The product named: "dự thảo quyết định", "tờ trình", "báo cáo" …"""
        for key, label in OUTPUTS:
            if re.search(rf"\b(?:trinh|xay dung|ban hanh|lap|hoan thien|gui|co)\b(?:\s+\S+){{0,6}}?\s+{key}\b", folded):
                return label
        return "báo cáo" if re.search(r"\bbao cao\b", folded) else ""
