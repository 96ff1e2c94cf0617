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
import functools
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
    "vh-tt&dl": "van hoa, the thao va du lich",
    "vhtt-dl": "van hoa, the thao va du lich",
    "vhttdl": "van hoa, the thao va du lich",
    "ld,tb&xh": "lao dong, thuong binh va xa hoi",
    "ld-tb-xh": "lao dong, thuong binh va xa hoi",
    "ld-tb&xh": "lao dong, thuong binh va xa hoi",
    "ldtb&xh": "lao dong, thuong binh va xa hoi",
    "ldtbxh": "lao dong, thuong binh va xa hoi",
    "gtvt": "giao thong van tai",
    "tx": "thi xa",
    "tx.": "thi xa",
    "xd": "xay dung",
    "ptnt": "phat trien nong thon",
    "qhkt": "quy hoach kien truc",
    "qlda": "quan ly du an",
    "hdnd&ubnd": "hoi dong nhan dan va uy ban nhan dan",
    "lđ-tb&xh": "lao dong, thuong binh va xa hoi",
    "ld-tbxh": "lao dong, thuong binh va xa hoi",
    "tc-kh": "tai chinh - ke hoach",
    "kkt": "khu kinh te",
    "kcn": "khu cong nghiep",
    "ccn": "cum cong nghiep",
    "chqs": "chi huy quan su",
    "bchqs": "bo chi huy quan su",
    "bdbp": "bo doi bien phong",
    "vh-tt": "van hoa va the thao",
    "vh&tt": "van hoa va the thao",
    "qh-kt": "quy hoach - kien truc",
    "nn-ptnt": "nong nghiep va phat trien nong thon",
    "tp.hcm": "thanh pho ho chi minh",
    "tphcm": "thanh pho ho chi minh",
    "atgt": "an toan giao thong",
    "mttq": "mat tran to quoc",
    "mttqvn": "mat tran to quoc viet nam",
    "ubmttq": "uy ban mat tran to quoc",
    "qltt": "quan ly thi truong",
    "bhxh": "bao hiem xa hoi",
    "pt-th": "phat thanh va truyen hinh",
    "pt&th": "phat thanh va truyen hinh",
    "ptth": "phat thanh va truyen hinh",
    "bch": "bo chi huy",
    "bql": "ban quan ly",
}
_TITLES = (
    r"(?:giam doc|pho giam doc|thu truong|lanh dao|chu tich|pho chu tich|truong|nguoi dung dau|cuc truong"
    r"|chi cuc truong|chanh van phong|chanh thanh tra|chi huy truong|tong giam doc)"
)
# one title, or several ("giám đốc, thủ trưởng các sở, ban, ngành": round 6)
_TITLE = rf"(?:(?:{_TITLES}\s*,\s*)*{_TITLES}\s+)"
_DISTRICT_TYPES = r"(?:huyen|quan(?! ly\b)|thi xa|thanh pho|thi tran)"  # not "quản lý"
_COMMUNE_TYPES = r"(?:xa|phuong|thi tran|dac khu)"
GROUP_PATTERNS = [
    # (kind, folded pattern): a group named instead of agencies; titles ("Thủ trưởng", "Giám đốc") included
    (
        "commune",
        rf"{_TITLE}?(?:uy ban nhan dan\s*)?(?:cac\s+(?:{_COMMUNE_TYPES}(?:\s*[,/]?\s*{_COMMUNE_TYPES})*)"
        # "chính quyền cơ sở": the communes (round 4); "các sở ngành, quận huyện và xã phường" (round 6)
        rf"|cap xa|chinh quyen cap xa|chinh quyen co so|xa\s*,?\s*phuong(?:\s*,?\s*dac khu)?"
        # "UBND các quận, huyện, phường, xã": the communes after the districts (round 8, dev)
        rf"|phuong\s*,\s*xa(?:\s*,?\s*(?:thi tran|dac khu))?)(?![\w])"
        # "Chủ tịch UBND 168 phường, xã, đặc khu": the communes counted instead of "các" (round 8, dev)
        rf"|{_TITLE}?uy ban nhan dan\s+\d+\s+{_COMMUNE_TYPES}(?:\s*[,/]?\s*{_COMMUNE_TYPES})*(?![\w])",
    ),
    (
        "district",
        rf"{_TITLE}?(?:uy ban nhan dan\s*|cac uy ban nhan dan\s+(?={_DISTRICT_TYPES}\s*[,/]))?"
        rf"(?:cac\s*{_DISTRICT_TYPES}(?:\s*(?:[,/]|\bva\b)?\s*{_DISTRICT_TYPES})*"
        rf"|{_DISTRICT_TYPES}(?:\s*[,/]\s*{_DISTRICT_TYPES})+(?:\s+(?:va\s+)?{_DISTRICT_TYPES})?"
        # "các sở ngành, quận huyện": the districts without "các" in a list (round 5)
        rf"|thanh pho va cac huyen|cap huyen|quan\s*,?\s*huyen)(?:\s+lien quan)?(?![\w])",
    ),
    (
        "boards",
        rf"{_TITLE}?cac (?:chu dau tu\s*,\s*)?ban quan ly du an"
        r"(?:\s+(?:chuyen nganh|khu vuc|dau tu xay dung|thanh pho|tinh|cap tinh|cac cong trinh)"
        r"|\s*,\s*khu vuc)*(?![\w])",
    ),
    (
        # "các cơ quan, đơn vị, địa phương": the departments and the districts (communes after 7/2025)
        "units_local",
        rf"{_TITLE}?(?:tat ca\s+)?(?:cac\s+)?cac\s+(?:cap|co quan|don vi|nganh|ban nganh)"
        r"(?:\s*,\s*(?:cac\s+)?(?:co quan|don vi|nganh|cap))*\s*(?:,|\bva\b)\s*"
        r"(?:cac\s+)?dia phuong(?:\s+(?:co lien quan|lien quan|trong tinh))?(?![\w])"
        r"|cac dia phuong\s*,\s*(?:co quan\s*,\s*)?don vi(?:\s+(?:co lien quan|lien quan))?(?![\w])"
        # "giao các ngành địa phương tiếp tục …" without the comma (round 8, dev)
        r"|cac nganh dia phuong(?![\w])",
    ),
    (
        "department",
        rf"{_TITLE}?cac\s+(?:so|ban)(?:\s*(?:[,-]|\bva\b)?\s*(?:cac\s+)?(?:so|ban|nganh|doan the|hoi|truong cac ban))*"
        r"(?:\s*,?\s*(?:don vi|co quan)(?=\s+cap tinh)|\s*,\s*(?:don vi|co quan)(?=\s+(?:co )?lien quan))?"
        r"(?:\s+(?:co lien quan|lien quan|chuc nang|(?:truc )?thuoc uy ban nhan dan (?:tinh|thanh pho)"
        r"|thuoc tinh|va tuong duong"
        r"|cap tinh|tinh|thanh pho|duoc phan cong phu trach cac chi tieu))*(?![\w])"
        r"|so,? nganh chuc nang|cac co quan,? ban,? nganh(?:\s+(?:trong tinh|tinh|cap tinh))?(?![\w])"
        # "yêu cầu ngành chức năng và các địa phương" (round 4)
        r"|(?:cac\s+)?nganh chuc nang(?=\s*(?:,|\bva\b)\s*(?:cac\s+)?dia phuong)"
        rf"|{_TITLE}(?:cac\s+)?so(?:\s+va\s+tuong duong(?:\s+cap tinh)?)?(?=\s*[,;]|\s+va\b)",
    ),
    (
        "related",
        rf"{_TITLE}?cac (?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi|dia phuong))*"
        # "các cơ quan, đơn vị chức năng liên quan", "các cơ quan chức trách" (round 7)
        r"(?:\s+(?:co lien quan|lien quan|chuc nang(?:\s+(?:co )?lien quan)?|chuc trach"
        # "yêu cầu cơ quan chức năng phải …" without "các" (round 6)
        r"|huu quan|duoc giao))(?![\w])|(?:cac )?co quan chuc nang"
        # "phối hợp với UBND cấp huyện và các ngành có liên quan": the bodies concerned (round 7)
        r"|cac nganh\s+(?:co )?lien quan(?![\w])"
        # "các cơ quan, tổ chức Trung ương được tổ chức theo ngành dọc tại tỉnh", "… đóng chân …" (round 6)
        r"|cac co quan(?:\s*,\s*to chuc)? (?:thuoc )?trung uong"
        r"(?: (?:dong(?: chan)? tren dia ban|duoc to chuc theo nganh doc tai)(?: tinh| thanh pho)?)?(?![\w])"
        rf"|{_TITLE}(?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi))*\s+(?:co lien quan|lien quan)(?![\w])"
        # "Thủ trưởng các cơ quan, đơn vị", "các đơn vị trên địa bàn thành phố" (round 4)
        rf"|{_TITLE}cac (?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi))*(?![\w])"
        r"(?!(?:\s*,\s*(?:co quan|don vi))*\s*,?\s*(?:cac\s+)?(?:dia phuong|doanh nghiep))"
        r"|cac (?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi))*\s+tren dia ban(?:\s+(?:tinh|thanh pho|tp))?(?![\w])"
        # "(từng) cấp, ngành, đơn vị liên quan": the bodies concerned (round 5)
        r"|(?:cac|tung)\s+cap\s*,?\s*nganh\s*,?\s*(?:co quan\s*,?\s*)?don vi\s+(?:co lien quan|lien quan)(?![\w])",
    ),
]
# "Ban Chỉ huy Phòng, chống thiên tai và TKCN các huyện, thành phố", "Ban Chỉ đạo … các ngành, các
# cấp": the boards of a group, whose tasks are the group's (round 6); not the province's own board
BOARD_OF = re.compile(r"ban chi (?:huy|dao)\b(?:(?!\btinh\b|\bban chi\b|\bcac\b)[^;:.]){0,100}?(?<![,;])\s(?=cac\s)")
SECTORS_AND_LEVELS = re.compile(r"cac nganh\s*,\s*cac cap|cac cap\s*,\s*cac nganh")
# an addressee named generically: the recipients of the letter are meant ("các đơn vị, địa phương")
RECIPIENTS = re.compile(
    r"cac (?:don vi|co quan)(?:\s*,\s*(?:don vi|dia phuong|co quan))*(?![\w])|cac dia phuong|dia phuong"
)
# "các địa phương": the districts, or the communes after July 2025
LOCAL = re.compile(
    r"(?:uy ban nhan dan\s+)?cac\s+dia phuong(?:\s+trong tinh)?(?![\w])(?!\s*,?\s*(?:co lien quan|lien quan))"
    # "chính quyền địa phương (có rừng)", not the name of the law nor "mô hình … hai cấp" (round 4)
    r"|(?<!to chuc )(?<!mo hinh )chinh quyen (?:cac )?dia phuong(?:\s+co rung)?(?![\w])(?!\s*(?:2|hai)\s+cap)"
)
# "…, cơ quan, đơn vị có liên quan": the bodies concerned, named without "các" at the end of a list
RELATED_IN_LIST = re.compile(r"(?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi))+\s+(?:co lien quan|lien quan)(?![\w])")
LOCAL_IN_LIST = re.compile(r"dia phuong(?:\s+trong tinh)?(?![\w])(?!\s*,?\s*(?:co lien quan|lien quan))")
# "các đơn vị", "các cơ quan, đơn vị, cá nhân": generic addressees, not the localities nor businesses
BARE_UNITS = re.compile(
    r"cac (?:co quan\s*,\s*)?don vi(?:\s*,\s*(?:to chuc\s*,\s*)?ca nhan)?(?![\w])"
    r"(?!\s*,?\s*(?:va\s+)?(?:cac\s+)?(?:dia phuong|doanh nghiep|to chuc|co lien quan|lien quan))"
)
# a paper whose senders are named after "của", then where it is sent: "Báo cáo của các sở gửi về …"
SENT_PAPER = re.compile(
    r"(?:y kien(?:\s+(?:tham gia|gop y|dong gop))?(?:\s*,\s*gop y)?(?:\s+(?:bao cao|du thao)(?:\s+\w+){0,3}?)?"
    r"|bao cao(?:\s+(?:ket qua|tinh hinh))?|de xuat|danh sach|ho so|van ban de nghi)\s+cua\s+"
)
SENT_TO = re.compile(r"\s*(?:phai\s+)?(?:gui|nop)(?!\s+kem)\b")
# "chính quyền huyện X", "chính quyền thành phố X": the People's Committee of X, named after it (round 5)
LOCAL_GOVERNMENT = re.compile(rf"chinh quyen (?=(?:{_DISTRICT_TYPES}|{_COMMUNE_TYPES})\s+(?!cac\b)\w)")
# "Thanh tra, kiểm tra, xử lý vi phạm …": the verb, not the inspectorate (round 5)
INSPECT_VERB = re.compile(r"thanh tra\s*,\s*(?:kiem tra|giam sat|giai quyet|xu ly)\b")
# words that start the name of an agency: a name the matcher does not know is flagged from them
AGENCY_HEADS = (
    r"so|ban|uy ban nhan dan|van phong|cong an|bo chi huy|thanh tra|kho bac|cuc|chi cuc|trung tam|dai|"
    r"truong|benh vien|cang vu|khu|quy|lien doan|hoi"
)
# verbs of a task: after the lead they open the task ("Sở Tài chính chủ trì, …", "Sở Tài chính thẩm định …")
TASK_VERBS = (
    r"chu tri|phoi hop|tham muu|khan truong|to chuc|trien khai|xay dung|hoan thanh|hoan tat|bao cao|thuc hien|"
    r"don doc|nghien cuu|ra soat|kiem tra|theo doi|huong dan|chuan bi|tong hop|lap|de xuat|tiep tuc|chu dong|"
    r"tap trung|quan ly|giai quyet|xu ly|trinh|ban hanh|tang cuong|dam bao|bao dam|tham dinh|co trach nhiem|"
    r"chiu trach nhiem(?! truoc)|co nhiem vu|chi dao|nop|gui|cap nhat|hoan thien|thanh lap|tham gia|ho tro|phat dong|"
    r"tuyen truyen|van dong|lien he|day nhanh|khac phuc|ung pho|tra loi|xac minh|danh gia|bo tri|dinh hoan|"
    r"dinh chi|dung|giam|rong|khan cap|tiep nhan|can cu|co ke hoach|duoc giao|co y kien|cho y kien|tiep thu|"
    r"phan cong|nhap|theo chuc nang|san sang|lam chu nhiem|lam dau moi|dieu tra|truy quet|hiep dong|"
    r"xuat cap|huy dong|giam sat|thu hoi|giai ngan|phan bo|sap xep|tuan tra|"
    r"canh bao|so tan|di doi|dieu dong|kiem diem|lam ro|mua sam|sua chua|gop y|vao cuoc|dieu chinh|phe duyet|"
    r"tham tra|"
    r"cung cap|chu trong|co van ban|day manh|kiem soat|nang cao|tao dieu kien|ngan chan|bo sung|kiem dem|"
    r"bam sat"
)
# what may stand between the lead and its verb ("Sở Xây dựng sẽ phối hợp", "… theo chức năng, nhiệm vụ triển khai")
VERB_FILLERS = (
    r"(?:\s*,?\s*(?:se|cung|can|phai|thuong xuyen|kip thoi|tinh|thanh pho|cua (?:tinh|thanh pho)"
    r"|duoc uy ban nhan dan tinh giao|duoc giao"
    r"|chung tay|\.{3}|…|la (?:co quan|don vi) (?:thuong truc|dau moi|chu tri)[^,;.]{0,80}?,"
    r"|theo chuc nang,? (?:tham quyen|nhiem vu)(?:,? (?:tham quyen|nhiem vu|quyen han))*"
    r"(?: duoc giao)?(?: cua (?:nganh|don vi) minh)?|tuy theo chuc nang,? nhiem vu cua nganh minh|\([^)]*\)"
    r"|\s[-–]\s*co quan (?:thuong truc|chu tri)(?:\s+\S+){0,12}?\s+giup(?:\s+\S+){0,8}?(?=\s+tham muu)))*"
)
# what ends the name of an agency in a sentence
NAME_END = rf"{TASK_VERBS}|nghiem tuc|sau khi|truoc|trong|theo|de|ve viec|cung|da|voi"
# words before a name that make it no lead ("gửi Sở Tài chính", "của Sở Y tế", "phối hợp với Sở …")
NOT_A_LEAD = re.compile(
    r"(?:\b(?:ve|cho|voi|cua|qua|gui|tai|den|tu|thong qua|de|cung|nghe|doi voi|giua|nhu|la|hop|trong|tren|va)"
    r"|phoi hop)\s*$"
)
# the closing formula of a directive, not a task ("… nghiêm túc triển khai thực hiện", "… thi hành Quyết định này")
GENERIC_CONTENT = re.compile(
    r"^(?:nghiem tuc |khan truong |chu dong )?(?:trien khai |to chuc )?(?:thuc hien)?(?:\s*\./?)*$"
    r"|thi hanh quyet dinh nay|can cu quyet dinh thi hanh|quyet dinh nay co hieu luc"
)
TRIGGERS = r"giao cho|giao(?! duc\b)|yeu cau|de nghi|chi dao|phan cong|uy quyen|dong y giao|thong nhat giao|nhan manh"
TASK_VERB = re.compile(rf"\b(?:{TASK_VERBS})\b")
VERB_AFTER_LEAD = re.compile(rf"{VERB_FILLERS}\s*(?:{TASK_VERBS})\b")
TRIGGER = re.compile(rf"(?:^|[\s,;:(])(?<!duoc )(?:{TRIGGERS})\b")
TRIGGER_START = re.compile(rf"(?:{TRIGGERS})\b")
# a word that assigns, then where its addressees begin ("giao cho Sở …", "yêu cầu: các sở …")
TRIGGER_ADDRESSEE = re.compile(
    # "giao nhiệm vụ cho …", "giao trách nhiệm (cụ thể) cho …" (round 5)
    # the word before is looked behind, not taken: "chỉ đạo, giao Sở …" tries "giao" too (round 5)
    # "kiến nghị Sở … chỉ đạo …": a request that assigns when a task verb follows the agency (round 6)
    rf"(?:^|(?<=[\s,;:(]))(?<!duoc )(?:{TRIGGERS}|kien nghi)\b\s*[:,]?\s*"
    # "giao trách nhiệm Sở Lao động … phối hợp …" without "cho" (round 8, dev)
    r"(?:(?:nhiem vu|trach nhiem)(?:\s+cu the)?\s+(?=cho\b|so\b|ban\b|cuc\b|uy ban\b|cong an\b))?"
    r"(?:cho\s+)?(?![,.;])"
)
# before a place written after a name: "Công an tỉnh Hà Tĩnh", "Sở Y tế thành phố Hà Nội" (round 8)
PLACE_HEAD = re.compile(r"(?:tinh|thanh pho)\s+")
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


DISTRICTS_ABOLISHED = date(2025, 7, 1)  # the district level ended: "các địa phương" are communes after it
REVIEW_DEADLINE = "hạn chưa rõ"
# what follows the lead of a sentence whose tasks are the items below it ("giao Ban Quản lý dự án:")
INTRO_REST = re.compile(
    r"[\s,]*(?:(?:thuc hien|trien khai)\s+)?(?:(?:cac|mot so)\s+)?(?:noi dung|nhiem vu|viec|cong viec)?"
    r"\s*(?:sau(?: day)?|nhu sau|cu the(?: nhu sau)?)?\s*:\s*"
)
# a press report's lead: a paper just issued ("vừa ký ban hành Công điện số …", "vừa có văn bản …")
PRESS_LEAD = re.compile(
    r"\bvua (?:ky )?(?:ban hanh|co)\s+(?:cong dien|cong van|van ban|chi thi|thong bao|quyet dinh|ke hoach)\b"
)
# an approximate count of the tasks given, not a task: "giao cho các sở, ngành khoảng 800 nhiệm vụ"
# (round 6); "giao Sở Y tế 3 nhiệm vụ trọng tâm" is one
TASK_COUNT = re.compile(
    r"(?:\s*(?:,|\bva\b)?\s*(?:so|nganh|ban|dia phuong|don vi|co quan)\b)*"
    r"\s*(?:khoang|gan|hon|tren|tong cong|tong so)\s*\d[\d.,]*\s+(?:nhiem vu|viec|dau viec)\b"
)
# a piece that assigns its deadline to addressees of its own, no agency of the register ("yêu cầu các
# nhà đầu tư hoàn thành …"): the deadline is not the previous assignment's (round 6)
OWN_ADDRESSEES = re.compile(
    rf"(?:^|[\s,;:(])(?:{TRIGGERS})\s+(?:cac\s+|moi\s+)?(?:nha dau tu|chu dau tu|nha thau|doanh nghiep|to chuc"
    r"|ca nhan|nguoi dan|nhan dan|ho dan|chu ho|chu rung)\b"
)
# "… do Sở Kế hoạch và Đầu tư chủ trì": the lead of a part of a task
DONE_BY = re.compile(r"\bdo\s+(?=\S)")
REVIEW_LEAD = "cơ quan chủ trì chưa rõ"
# a clause that only coordinates: "…; đồng thời phối hợp với …", "…; chủ động phối hợp …" (round 7)
LENT_COORDINATION = re.compile(r"[\s,;]*(?:(?:dong thoi|va|chu dong|tiep tuc|kip thoi|chu tri)\s*,?\s*)*phoi hop\b")
# words telling that a deadline was meant where none could be read
DEADLINE_CUES = re.compile(
    r"\b(?:truoc|cham nhat|han|den het|trong thang|trong quy|cuoi thang|cuoi nam|hoan thanh|trong tuan"
    r"|ngay trong ngay)\b"
)


def _same_task(one, other, share=0.5):
    """Whether two contents speak of the same task (a press report's lead, then its details): half
    the words of the shorter one are in the longer one."""
    first, second = (set(re.findall(r"\w{2,}", fold(text))) for text in (one, other))
    if not first or not second:
        return False
    return len(first & second) / min(len(first), len(second)) >= share


def _same_lead(one, other):
    return not one.unknown and not other.unknown and (one.group, one.agency_ids) == (other.group, other.agency_ids)


def fold(text):
    """Lower case, no diacritics, đ → d, spaces squeezed: the form names are compared on."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(char for char in text if unicodedata.category(char) != "Mn").lower()
    return re.sub(r"\s+", " ", text).strip()


# syllables of administrative prose: a word glued by a PDF's extraction ("Giaocho", "cáchuyện",
# "trướcngày", "đơnvị") is cut where both halves are syllables of this list
_SYLLABLE_TEXT = """
    giao cho chu tri phoi hop voi truoc ngay thang nam cac huyen xa thi thanh pho uy ban nhan dan don vi kiem tra
    co quan so nganh lien dia phuong trong den het va tinh bao cao thuc hien trien khai to chuc ve viec noi dung da
    nhu cong van dieu moi truong tai nguyen tham muu dong thoi han hoan xay lap ke hoach dau tu quyet dinh
    chi thi thong tin nghiep phat nong tro giup lao binh hoi duc dao y te tu phap vu tich khan yeu cau de nghi
    chinh sach mot cua cung cap quy che ho so tiep ket luan sau khi theo doi huong dan sinh doanh tiet kiem
    dien thu chi ngan thue kho bac cuc hai dang doan the mat tran"""
SYLLABLES = set(_SYLLABLE_TEXT.split())


def _split_glued(folded):
    """``folded`` with the words a PDF glued together cut again."""
    words = []
    for word in folded.split(" "):
        core, result = word.strip(",.;:()"), word
        if len(core) >= 5 and core.isalpha() and core not in SYLLABLES:
            for cut in range(2, len(core) - 1):
                if core[:cut] in SYLLABLES and core[cut:] in SYLLABLES:
                    index = word.find(core)
                    result = word[:index] + core[:cut] + " " + core[cut:] + word[index + len(core) :]
                    break
        words.append(result)
    return " ".join(words)


def _unglue(word):
    """ "chíVăn" → "chí Văn", "2.Giao" → "2. Giao": a lower case letter followed by a capitalised
    word, or a stop followed by a letter, is where two words were glued."""
    cuts = [
        index
        for index in range(1, len(word) - 1)
        if (word[index - 1].islower() and word[index].isupper() and word[index + 1].islower())
        or (word[index - 1] in ".;:," and word[index].isalpha() and index >= 2 and not word[index - 2].isupper())
    ]
    for index in reversed(cuts):
        word = word[:index] + " " + word[index:]
    return word


@functools.lru_cache(maxsize=65536)
def _fold_word(word):
    """One word of a text, folded: glued words cut, abbreviations expanded."""
    parts = []
    for part in fold(_unglue(word)).split(" "):
        core = part.strip(",.;:()")
        if part in ABBREVIATIONS:
            parts.append(ABBREVIATIONS[part])
        elif core in ABBREVIATIONS:
            index = part.find(core)
            parts.append(part[:index] + ABBREVIATIONS[core] + part[index + len(core) :])
        else:
            parts.append(_split_glued(part))
    return " ".join(parts)


@functools.lru_cache(maxsize=4096)
def fold_words(text):
    """``(folded text, start of each word)``: :func:`fold` word by word, abbreviations expanded,
    glued words cut ("Giaocho", "tiêu chíVăn phòng", "2.Giao"), so that a position in the folded
    text leads back to a word of ``text``."""
    pieces, starts, offset = [], [], 0
    for word in text.split():
        folded = _fold_word(word)
        starts.append(offset)
        pieces.append(folded)
        offset += len(folded) + 1
    return " ".join(pieces), tuple(starts)


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
    recipient_of: str = ""  # "các đơn vị" of a letter: the recipient meant
    expanded_from: str = ""  # "các cơ quan, đơn vị, địa phương": one of the groups it names


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
    intro: bool = False  # "giao Sở X:" with the tasks in the items below
    generic: bool = False  # only the closing formula ("… nghiêm túc thực hiện"): a task if a clause follows
    item: bool = False  # read from an item of a list under its lead

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


def name_pattern(folded, has_place=True):
    """A regular expression of a folded name that accepts the ways officials write it: a hyphen
    or comma where the name has one ("Lao động- Thương binh", "Lao động, Thương binh"), "&" for
    "và" ("LĐTB&XH"), and the name without the place that ends it ("Cục Thuế" for "Cục Thuế
    tỉnh", "Công an" for "Công an tỉnh", not for "Công an các huyện")."""
    tokens = re.findall(r"[-–,&/]|[^\s,&/–-]+", folded)
    words, separators = [], []
    pending = r"\s+"
    for token in tokens:
        if token in "-–,/":
            pending = r"(?:\s*[-–,/]\s*|\s+)"
        elif token in ("&", "va"):
            # "và" is sometimes lost ("Nông nghiệp Phát triển nông thôn") or a hyphen ("Tài nguyên - Môi trường")
            pending = r"(?:\s*(?:\bva\b|&|[-–])\s*|\s+)"
        else:
            if words:
                separators.append(pending)
            words.append(re.escape(token))
            pending = r"(?:\s*[-–]\s*|\s+)"  # "Sở Giao thông - Vận tải" for "Sở Giao thông vận tải"
    place = next((index for index, word in enumerate(words) if has_place and index >= 2 and word == "tinh"), None)
    cut = place if place is not None else len(words)
    pattern = words[0] + "".join(
        separator + word for separator, word in zip(separators[: cut - 1], words[1:cut], strict=True)
    )
    if cut < len(words):
        tail = "".join(separator + word for separator, word in zip(separators[cut - 1 :], words[cut:], strict=True))
        pattern += rf"(?:{tail}|(?!\s+(?:cac|huyen|quan|xa|phuong|thi|dac khu)\b))"
    return pattern + r"(?![\w&])"


class AgencyMatcher:
    """Finds the agencies named at a position of a folded sentence: the longest known
    name, alias or group; an unknown name that starts like an agency's is flagged."""

    def __init__(self, agencies):
        self.agencies = {agency.id: agency for agency in agencies}
        names = {}  # folded name: agency
        for agency in agencies:
            for name in (agency.name, *agency.aliases):
                folded = fold_name(name)
                names.setdefault(folded, agency)
                # "UBND phường Hải Châu" is also written "phường Hải Châu"
                short = re.sub(r"^uy ban nhan dan ", "", folded)
                if short != folded:
                    names.setdefault(short, agency)
                # "Ủy ban MTTQ tỉnh" for "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
                for short in {
                    folded.replace("mat tran to quoc viet nam", "mat tran to quoc"),
                    re.sub(r"^uy ban (?=mat tran)", "", folded),
                }:
                    if short != folded:
                        names.setdefault(short, agency)
                # "Bộ đội Biên phòng tỉnh" for "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
                short = re.sub(r"^bo chi huy (?=bo doi )", "", folded)
                if short != folded:
                    names.setdefault(short, agency)
        places = {
            fold_name(name)
            for agency in agencies
            for name in (agency.name, *agency.aliases)
            if "tỉnh" in name.lower().split()
        }
        places |= {re.sub(r"^bo chi huy (?=bo doi )", "", name) for name in places}
        self.by_pattern = []
        for index, (folded, agency) in enumerate(sorted(names.items(), key=lambda item: -len(item[0]))):
            self.by_pattern.append((f"n{index}", agency, folded))
        self.names = (
            re.compile(
                "|".join(
                    f"(?P<{key}>{name_pattern(folded, folded in places or not folded.endswith('tinh'))})"
                    for key, _, folded in self.by_pattern
                )
            )
            if self.by_pattern
            else None
        )
        self.keys = {key: (agency, folded) for key, agency, folded in self.by_pattern}
        self.groups = [(kind, re.compile(pattern)) for kind, pattern in GROUP_PATTERNS]
        self.unknown = re.compile(
            rf"(?!uy ban nhan dan (?:tinh|thanh pho)\b)(?:{AGENCY_HEADS})\s+(?:(?!(?:{NAME_END})\b)[\w&-]+\s?){{1,6}}"
        )
        self.title = re.compile(rf"{_TITLE}")
        self.local_kind = "district"  # what "các địa phương" are: set from the document's date
        self.factored = re.compile(
            rf"{_TITLE}?(?:uy ban nhan dan\s+)?(?:cac|sac)\s+(so|huyen|quan|xa|phuong|nganh)\s*(?:,\s*nganh)?\s*:?\s*"
        )
        # a group, then the agencies it means: "các sở, ngành liên quan như: Sở …, Công an tỉnh …"
        self.such_as = re.compile(r"\s*,?\s*(?:nhu|gom(?: co)?|bao gom)\s*:?\s*")

    def group_ids(self, kind):
        if kind in ("related", "boards"):
            return []
        return [
            agency.id for agency in self.agencies.values() if agency.agency_type == kind and not agency.successor_id
        ]

    def match_at(self, folded, position, in_list=False):
        """``(Mention, end position)`` of the agency or group named at ``position``, or ``(None, position)``."""
        mention, end = self._match_at(folded, position, in_list)
        if mention:
            mention.start, mention.end = position, end
        return mention, end

    def _match_at(self, folded, position, in_list=False):
        rest = folded[position:]
        title = self.title.match(rest)
        offset = title.end() if title and not rest.startswith("truong ") else 0
        # "chính quyền thành phố Hưng Yên": its People's Committee (round 5)
        government = LOCAL_GOVERNMENT.match(rest)
        offset = government.end() if government else offset
        found = self._group_at(folded, position, offset, in_list)
        if found:
            return found
        if self.names and not INSPECT_VERB.match(rest, offset):
            named = self.names.match(rest, offset)
            if named:
                agency, name = self.keys[named.lastgroup]
                return self._mention(agency, name), position + named.end()
        unknown = self.unknown.match(rest, offset)
        if unknown:
            text = unknown.group(0).strip()
            return Mention(text=text, unknown=True), position + offset + len(text)
        return None, position

    def _group_at(self, folded, position, offset, in_list):
        """``(Mention, end)`` of the group named at ``position`` (``offset``: past a title), or ``None``."""
        rest = folded[position:]
        board = BOARD_OF.match(rest)
        if board and not (self.names and self.names.match(rest, offset)):
            # "Ban Chỉ huy … các huyện, thị xã": the group's boards (round 6)
            sectors = SECTORS_AND_LEVELS.match(rest, board.end())
            if sectors:
                return Mention(text=sectors.group(0), group="units_local"), position + sectors.end()
            mention, end = self._match_at(folded, position + board.end(), in_list)
            if mention and mention.group:
                return mention, end
        for kind, pattern in self.groups:
            found = pattern.match(rest)
            if not found:
                continue
            named = self.names.match(rest, offset) if self.names else None
            if named and named.end() > found.end():
                break  # a registered name that starts like a group: "xã Phương Hải" (round 6)
            # "units_local" is read as two groups by the list (or as "related" among the coordinators)
            ids = [] if kind == "units_local" else self.group_ids(kind)
            return Mention(text=found.group(0), agency_ids=ids, group=kind), position + found.end()
        related = in_list and RELATED_IN_LIST.match(rest)
        if related:
            # "…, cơ quan, đơn vị có liên quan" without "các", in a list (round 6)
            return Mention(text=related.group(0), group="related"), position + related.end()
        local = LOCAL.match(rest) or (in_list and LOCAL_IN_LIST.match(rest))
        if local:
            kind = self.local_kind
            return Mention(text=local.group(0), agency_ids=self.group_ids(kind), group=kind), position + local.end()
        return None

    def _mention(self, agency, text):
        if agency.successor_id and agency.successor_id in self.agencies:
            successor = self.agencies[agency.successor_id]
            while successor.successor_id and successor.successor_id in self.agencies:
                successor = self.agencies[successor.successor_id]
            return Mention(text=text, agency_ids=[successor.id], successor_of=agency.name)
        return Mention(text=text, agency_ids=[agency.id])

    def _factored(self, folded, position):
        """ "các Sở: Tài chính, Xây dựng và Nội vụ", "các huyện Bình Sơn, Sơn Tịnh": the agencies of
        a list that names its kind once, or ``None``."""
        found = self.factored.match(folded, position)
        if not found or not self.names:
            return None
        kind = found.group(1)
        prefix = "so " if kind in ("so", "nganh") else f"uy ban nhan dan {kind} "
        mentions, cursor = [], found.end()
        while True:
            item = None
            for candidate in (prefix, ""):
                trial = candidate + folded[cursor:]
                matched = self.names.match(trial)
                if matched and matched.end() > len(candidate):
                    item = matched
                    break
            if item:
                agency, name = self.keys[item.lastgroup]
                mention = self._mention(agency, name)
                mention.start, mention.end = cursor, cursor + item.end() - len(candidate)
            elif mentions:
                mention, _end = self.match_at(folded, cursor, in_list=True)
                if not mention or mention.unknown:
                    break
            else:
                break
            mentions.append(mention)
            separator = re.match(r"\s*(?:,|;|\bva\b)\s*", folded[mention.end :])
            if not separator:
                break
            cursor = mention.end + separator.end()
        return mentions or None

    def _expanded(self, mention):
        """ "các cơ quan, đơn vị, địa phương": the departments and the districts (or communes);
        "các địa phương, cơ quan, đơn vị liên quan": the districts and the related agencies."""
        if mention.group != "units_local":
            return [mention]
        kinds = ("department", self.local_kind)
        if re.match(r"(?:cac )?dia phuong\b.*lien quan$", fold(mention.text)):
            kinds = (self.local_kind, "related")
        return [
            Mention(
                text=mention.text,
                agency_ids=self.group_ids(kind),
                group=kind,
                start=mention.start,
                end=mention.end,
                expanded_from="units_local",
            )
            for kind in kinds
        ]

    def _listed(self, folded, position):
        """The registered agencies of the list from ``position`` on, names it does not know
        stepped over; ``None`` when it names none."""
        mentions, _end = self.match_list(folded, position, tolerant=True)
        mentions = [mention for mention in mentions if not mention.unknown]
        return mentions or None

    def _item_at(self, folded, position, mentions):
        """``(Mention, end)`` of the item of a list at ``position``: the kind of the previous item
        inferred ("Sở Nông nghiệp và PTNT, Giao thông vận tải, …"), the rest of a name the
        matcher does not know stepped over ("Ban Quản lý dự án 85 - Bộ GTVT")."""
        mention, end = self.match_at(folded, position, in_list=bool(mentions))
        if not mention and folded.startswith("nganh ", position) and self.names:
            # "ngành nông nghiệp và các địa phương", "ngành Thuế tỉnh": the department of that sector
            inferred = self.names.match("so " + folded[position + 6 :])
            sector = re.match(r"nganh ((?:(?!va\b|cac\b)[a-z]+\s?){1,3})", folded[position:])
            words = sector.group(1).split() if sector and not inferred else []
            for count in range(len(words), 0, -1):
                head = " ".join(words[:count])
                heads = {
                    agency.id: agency
                    for agency, name in self.keys.values()
                    if re.match(rf"(?:so|cuc) {re.escape(head)}\b", name)
                }
                if len(heads) == 1:
                    agency = next(iter(heads.values()))
                    mention = self._mention(agency, fold_name(agency.name))
                    end = position + 6 + len(head)
                    mention.start, mention.end = position, end
                    break
            if inferred:
                agency, name = self.keys[inferred.lastgroup]
                mention, end = self._mention(agency, name), position + 6 + inferred.end() - 3
                mention.start, mention.end = position, end
        previous = mentions[-1] if mentions else None
        if (
            (not mention or mention.unknown)
            and previous
            and not previous.unknown
            and not previous.group
            and previous.text.startswith(("so ", "Sở", "sở"))
        ):
            inferred = self.names.match("so " + folded[position:]) if self.names else None
            if inferred and inferred.end() > 3:
                agency, name = self.keys[inferred.lastgroup]
                mention, end = self._mention(agency, name), position + inferred.end() - 3
                mention.start, mention.end = position, end
        if mention and mention.unknown:
            rest = re.match(r"[^,;]{0,40}?(?=\s*[,;]|\s+va\s)", folded[end:])
            if rest and not TASK_VERB.search(rest.group(0)):
                end += len(rest.group(0))
                mention.end = end
        return mention, end

    def _such_as(self, folded, mention, end):
        """ "các sở, ngành liên quan như: Sở …, Công an tỉnh …": the agencies a group means, or ``None``."""
        if not mention.group or mention.group == "units_local":
            return None
        such = self.such_as.match(folded, end)
        return self._listed(folded, such.end()) if such else None

    @staticmethod
    def _skip_chunk(folded, position, limit):
        """Where the next part of a list starts, past a part that names no agency, or ``None``."""
        following = re.compile(r"[,;]\s*|\s+va\s+").search(folded, position, limit)
        chunk = re.sub(
            # "Ban Quản lý dự án 85 - Bộ GTVT": the head of a name, not the verb "quản lý" (round 7)
            r"\bban chi dao\b|\bban quan ly\b|\bto chuc (?:dang|chinh tri|xa hoi|doan the|ca nhan)",
            "ban",
            folded[position : following.start() if following else limit],
        )
        if not following or TASK_VERB.search(chunk):
            return None
        return following.end()

    def match_list(self, folded, position, limit=None, tolerant=False):
        """The agencies named from ``position`` on, separated by commas, "và", "and" or semicolons;
        ``tolerant``: a part of the list that names no agency ("các thành viên Ban Chỉ đạo") is
        stepped over, up to ``limit``."""
        mentions, skipped = [], False
        limit = len(folded) if limit is None else limit
        while position < limit:
            factored = self._factored(folded, position)
            if factored:
                mentions.extend(factored)
                end = factored[-1].end
            else:
                mention, end = self._item_at(folded, position, mentions)
                if mention and mention.unknown and tolerant and (mentions or skipped):
                    mention = None
                items = self._such_as(folded, mention, end) if mention else None
                if items:
                    mentions.extend(items)
                    end = items[-1].end
                elif mention:
                    mentions.extend(self._expanded(mention))
                else:
                    following = self._skip_chunk(folded, position, limit) if tolerant else None
                    if following is None:
                        break
                    position, skipped = following, True
                    continue
            # "UBND các phường, xã (có đất rừng trên địa bàn), cơ quan, đơn vị …": the bracket is the
            # item's, the list goes on (round 6)
            bracket = re.match(r"\s*\([^()]{0,80}\)", folded[end:])
            end += bracket.end() if bracket else 0
            separator = re.match(r"\s*(?:,|;|\bva\b|\bcung\b)\s*", folded[end:])
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
            and not re.search(r"[.:;!?…]$", previous)
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
    for found in re.finditer(r"[.;…]\s+", paragraph):
        following = paragraph[found.end() : found.end() + 12]
        if re.search(r"(?:^|[\s(])(?:TP|Tp|TX|Tx|H|Q|P|TT|ThS|TS|PGS|GS|BS)\.$", paragraph[: found.start() + 1]):
            continue  # "UBND TP. Huế", "H. Tây Sơn": an abbreviation, not the end of a sentence
        if following[:1].isupper() or following[:1] in "-+•" or TRIGGER_START.match(fold(following)):
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


_DAY_MONTH = r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/]|\.\d|-\d|\s*/\s*[a-z])"
DEADLINE_PATTERNS = [
    # (kind, folded pattern)
    ("recurring", r"(?:hang|hàng) thang[^.;]{0,40}?truoc ngay (\d{1,2})(?!\s*[/-]\s*\d)(?! thang)"),
    ("recurring", r"dinh ky (?:hang|hàng) thang[^.;]{0,40}?truoc ngay (\d{1,2})(?!\s*[/-]\s*\d)(?! thang)"),
    ("recurring", r"truoc ngay (\d{1,2}) (?:hang|hàng) thang"),
    ("relative", r"trong (?:thoi han|vong)? ?(\d{1,3}) (ngay lam viec|ngay)(?: ke tu| tinh tu)?"),
    ("date_long", r"ngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?"),
    ("date", rf"(?:ngay )?{_DAY_MONTH}"),
    (
        "month",
        r"(?:trong|truoc het|den het|cuoi|hoan thanh\s*:?|thoi han\s*:?) thang (\d{1,2})"
        r"(?:\s*[/-]\s*(\d{4})| nam (\d{4}))?",
    ),
    ("quarter", r"(?:trong|truoc het|den het|cuoi) quy (iv|i{1,3}|[1-4])\b(?:\s*/\s*(\d{4})| nam (\d{4}))?"),
    ("year", r"(?<!gay ra )(?<!xay ra )(?:trong|truoc het|den het|cuoi) nam (\d{4})"),
    ("ongoing", r"thuong xuyen|lien tuc|hang nam"),
]
_ANY_DATE = re.compile(rf"{_DAY_MONTH}|ngay \d{{1,2}} thang \d{{1,2}}|(?:trong|den het|cuoi) (?:thang|quy|nam) \w+")


class DeadlineReader:
    def __init__(self, document_date, today, is_working_day=weekend_only):
        """Deadlines written relative to the document are counted from ``document_date``
        (``today`` when the text has no date), a date without its year falls in that year."""
        self.document_date = document_date or today
        self.is_working_day = is_working_day
        self.patterns = [(kind, re.compile(pattern)) for kind, pattern in DEADLINE_PATTERNS]

    @staticmethod
    def has_date(folded):
        """Whether ``folded`` writes a date or a period (a deadline or not)."""
        return bool(_ANY_DATE.search(folded))

    def parse(self, folded):
        """``(deadline, kind, text as found, recurring day)`` of a folded sentence; of several dates
        the last one is the deadline ("đến hết 31/7 đạt 50 %, đến 31/01/2027 đạt 100 %": the rest
        are milestones)."""
        found_at = []
        for kind, pattern in self.patterns:
            for found in pattern.finditer(folded):
                if kind in ("date", "date_long") and not self._is_deadline_context(folded, found.start()):
                    continue
                if kind == "year" and not self._is_year_deadline(folded, found):
                    continue
                found_at.append((found.start(), kind, found))
        dated = [item for item in found_at if item[1] in ("date", "date_long")]
        if len(dated) > 1 and not any(item[1] in ("recurring", "relative") for item in found_at):
            # milestones before the deadline: the latest date is the deadline
            values = [(getattr(self, f"_deadline_{kind}")(found), start, kind, found) for start, kind, found in dated]
            values = [item for item in values if item[0]]
            if values and re.search(r"\bhang nam\b", folded):
                # "trước ngày 10/6 và ngày 10/12 hằng năm": the next one comes first
                deadline, _start, kind, found = min(values, key=lambda item: item[0])
                return deadline, "yearly", found.group(0), 0
            if values:
                deadline, _start, kind, found = max(values, key=lambda item: item[0])
                return deadline, "date", found.group(0), 0
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
        if re.search(
            r"(?:so|ky hieu|van ban|cong van|quyet dinh|ke hoach|chi thi|thong bao)\s+"
            r"(?:so\s*:?\s*)?[\w./-]*\d[\w./-]*\s*$",
            before,
        ):
            return False
        if re.search(r"\b(?:den|va)(?: ngay)?\s*$", before) and not re.search(r"\btu(?: ngay)?\s+\d", before[-40:]):
            return bool(re.search(r"\b(?:truoc|cham nhat|den het|han|den)\b", before))
        return bool(
            re.search(
                r"(?:truoc|cham nhat(?: la)?|xong|hoan thanh|hoan tat|trong|den het|toi|vao|han|bao cao|gui|trinh"
                r"|ket thuc|mai\s*\()"
                r"(?:\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?'?,?)?(?: ngay)?\s*$",
                before,
            )
        )

    @staticmethod
    def _is_year_deadline(folded, found):
        """ "Trong năm 2024", "cuối năm 2024" end a task only after a word of completion in the same
        clause ("hoàn thành … trong năm 2024", "phấn đấu đến cuối năm 2024 đạt …"); otherwise they
        say when the work happens ("ứng phó với thiên tai trong năm 2024", "giảm số vụ cháy rừng
        trong năm 2025"). "Đến hết năm", "trước hết năm" are deadlines (round 5)."""
        if found.group(0).startswith(("den het", "truoc het")):
            return True
        clause = re.split(r"[.;:]", folded[max(0, found.start() - 120) : found.start()])[-1]
        return bool(re.search(r"\b(?:hoan thanh|hoan tat|xong|dat|ve dich|phan dau|dua vao su dung)\b", clause))

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


_KIND_ONLY = DeadlineReader(date(2000, 1, 1), date(2000, 1, 1))  # what kind of deadline a piece writes


class DirectiveReader:
    def __init__(self, agencies, leaders=(), is_working_day=weekend_only):
        """``agencies``: :class:`Agency` records; ``leaders``: ``(id, name)`` of the leaders who sign."""
        self.matcher = AgencyMatcher(agencies)
        self.leaders = [(leader_id, fold(name)) for leader_id, name in leaders]
        self.is_working_day = is_working_day
        self._sent_to = False
        self._starts, self._capitals = (), frozenset()  # where the piece's words (with a capital) begin

    def parse(self, text, today, document_date=None):
        """The :class:`Reading` of ``text``; ``document_date`` when the text does not say it."""
        parts = paragraphs(text or "")
        header = self.read_header(parts)
        deadlines = DeadlineReader(header.date or document_date, today, self.is_working_day)
        # "các địa phương" before July 2025 are the districts, after it the communes
        self.matcher.local_kind = "district" if deadlines.document_date < DISTRICTS_ABOLISHED else "commune"
        found, previous, recipients, waited, intro, seen = [], [], [], 0, None, -1
        letters, numbers, announces = [], {}, set()  # letters "gửi … về việc …" that assign nothing themselves
        self._sent_to = False  # whether the recipients are a letter's (not the first leads)
        pending = None  # assignments whose content was the closing formula, and their paragraph
        for index, (unit, over, number, in_item) in enumerate(self._units(parts)):
            own, pending = self._own(unit, over, number, deadlines, recipients, pending=pending)
            self._note(unit, number, own, numbers, announces)
            if intro and not in_item:
                intro = None
            if not own and intro:
                # "UBND tỉnh giao Ban Quản lý dự án …:" then "1. Khẩn trương …", "2. Phối hợp …"
                own = self._items_of([item.lead for item in intro], unit, deadlines)
                for item in own:
                    item.item = True
                found = [(position, item) for position, item in found if not any(item is head for head in intro)]
            if not own and over:
                own = self._items_of(over, unit, deadlines)
            recipients = self._letter(index, unit, own, letters) or recipients
            if own:
                if not recipients:
                    recipients = [item.lead for item in own if item.lead.group or not item.lead.unknown]
                if all(item.intro for item in own):
                    intro = own
                found.extend((index, item) for item in own)
                previous, waited, seen = own, 0, number
                continue
            self._lend_coordinators(unit, previous if waited == 0 and number == seen else [])
            # a piece naming no agency: its deadline is the one of the assignments just before it
            # ("… tổng hợp báo cáo. Yêu cầu hoàn thành trước ngày 24/5/2019.")
            deadline, kind, deadline_text, recurring = deadlines.parse(fold_words(unit)[0])
            if OWN_ADDRESSEES.search(fold_words(unit)[0]):
                kind = "none"  # "…, yêu cầu các nhà đầu tư hoàn thành … đến hết tháng 2/2025": their own (round 6)
            if kind not in ("none", "ongoing") and previous and all(item.deadline_kind == "none" for item in previous):
                for item in previous:
                    item.deadline, item.deadline_kind, item.deadline_text = deadline, kind, deadline_text
                    item.recurring_day = recurring
                    item.source = f"{item.source} {unit}"
                    item.review = [reason for reason in item.review if reason != REVIEW_DEADLINE]
                previous = []
            waited += 1
            if waited > 3 and number - seen > 1:
                previous = []
        found = self._restated(found, numbers)
        found = self._letters(found, letters, deadlines)
        return Reading(header=header, assignments=self._merged(found))

    def _lend_coordinators(self, unit, previous):
        """ "Sở X theo dõi …; đồng thời phối hợp với các huyện, thành phố thực hiện …": a clause
        that names no lead of its own and starts with "phối hợp" goes on with the assignments of
        the clause just before it, in the same paragraph; its agencies coordinate them (round 7, dev)."""
        text = LIST_MARKER.sub("", unit, count=1)
        folded, starts = fold_words(text)
        if not previous or not LENT_COORDINATION.match(folded):
            return
        coordinators = self._coordinators(folded, 0)
        for mention in coordinators:
            mention.text = self._as_written(text, starts, mention) or mention.text
        for item in previous:
            named = [item.lead, *item.coordinators]
            item.coordinators.extend(
                mention
                for mention in coordinators
                if not any(_same_lead(mention, other) for other in named)
                and not (mention.agency_ids and mention.agency_ids == item.lead.agency_ids)
            )

    @staticmethod
    def _note(unit, number, own, numbers, announces):
        """Where each assignment was read, and whether its piece restates the paragraph before it
        ("Theo đó, …", "Cụ thể, …", after "…; cụ thể:")."""
        restates = bool(re.match(r"\W*(?:theo do|cu the)\b", fold(unit[:20]))) or number - 1 in announces
        # a press report's lead telling of a paper just issued ("… vừa ký ban hành Công điện số 14
        # yêu cầu …"): the next paragraph that gives the same leads a task restates it (round 6)
        folded = fold(unit)
        issued, trigger = PRESS_LEAD.search(folded), TRIGGER.search(folded)
        press = bool(issued and trigger and issued.start() < trigger.start())
        for item in own:
            numbers[id(item)] = (number, restates, press)
        if re.search(r"\b(?:cu the|nhu sau)\s*:\s*$", fold(unit[-20:])):
            announces.add(number)  # "…; cụ thể:" then the details in the next paragraph

    def _letter(self, index, unit, own, letters):
        """The recipients a piece sends a letter to (kept in ``letters`` when the piece is a letter
        "gửi … về việc …" that assigns nothing itself)."""
        sent_to = self._recipients(unit)
        if sent_to and not own and re.search(r"\bve viec\b", fold_words(unit)[0]):
            letters.append((index, sent_to, unit))
        self._sent_to = self._sent_to or bool(sent_to)
        return sent_to

    def _own(self, unit, over, number, deadlines, recipients, *, pending):
        """The assignments of a piece, and those kept aside whose content was only the closing
        formula (``(assignments, paragraph)`` or ``None``)."""
        own = self._assignments(unit, deadlines, recipients)
        if over and TASK_VERB.match(fold_words(LIST_MARKER.sub("", unit, count=1))[0]):
            # "UBND các huyện, thị xã, thành phố: chỉ đạo UBND cấp xã …": the heading leads
            own = self._items_of(over, unit, deadlines)
        generic = [item for item in own if item.generic]
        own = [item for item in own if not item.generic]
        if not own and not generic and pending and pending[1] == number:
            # "… nghiêm túc thực hiện; báo cáo kết quả trước ngày 30/11/2024.": the task follows
            folded_unit = fold_words(unit)[0]
            if TASK_VERB.match(folded_unit.lstrip(" ,;")) or deadlines.has_date(folded_unit):
                text = LIST_MARKER.sub("", unit, count=1)
                own = [
                    self._assignment(item.lead, item.coordinators, (text, *fold_words(text)), 0, deadlines)
                    for item in pending[0]
                ]
        return own, ((generic, number) if generic and not own else None)

    def _letters(self, found, letters, deadlines):
        """ "Công văn … gửi Sở Xây dựng, Sở Nội vụ và UBND quận, huyện về việc rà soát …": when
        nothing further on gives any of its recipients a task, they are the assignees of the
        letter's subject, flagged for review (recall first)."""
        for index, sent_to, unit in letters:
            named = [mention for _, item in found for mention in (item.lead, *item.coordinators)]
            if any(item.lead.recipient_of for _, item in found) or any(
                _same_lead(mention, other) for mention in sent_to for other in named
            ):
                continue  # the letter's recipients have their tasks further on
            text = LIST_MARKER.sub("", unit, count=1)
            folded, starts = fold_words(text)
            subject = re.search(r"\bve viec\s*", folded)
            for mention in sent_to:
                assignment = self._assignment(mention, [], (text, folded, starts), subject.end(), deadlines)
                assignment.review = [REVIEW_LEAD, *[reason for reason in assignment.review if reason != REVIEW_LEAD]]
                assignment.confidence = round(max(assignment.confidence - 0.3, 0.1), 2)
                found.append((index, assignment))
        return sorted(found, key=lambda pair: pair[0])

    @staticmethod
    def _restates(lead, later):
        """Whether ``later`` restates ``lead`` in the details: the same agency or group, an agency of
        the group, or any agency for "các đơn vị liên quan"."""
        if _same_lead(lead, later):
            return True
        if lead.unknown or later.unknown:
            return False
        if lead.group == "related":
            return True
        return bool(lead.group and later.agency_ids and set(later.agency_ids) <= set(lead.agency_ids))

    @staticmethod
    def _restated(found, numbers):
        """A press report's lead ("… vừa có công văn yêu cầu các sở … đẩy nhanh …") restated in the
        next paragraph ("Theo đó, … yêu cầu các sở … căn cứ …", or after "…; cụ thể:"): the
        detailed one is kept; after a lead telling of a paper just issued, when the next paragraph
        names all of its leads again (round 6)."""
        dropped = set()
        paragraph = {}  # the leads read in each paragraph
        for _index, item in found:
            paragraph.setdefault(numbers.get(id(item), (None,))[0], []).append(item.lead)
        for position, (_index, item) in enumerate(found):
            number, _, press = numbers.get(id(item), (None, False, False))
            if number is None or item.deadline_kind != "none" or item.item:
                continue
            again = press and all(
                any(_same_lead(lead, other) for other in paragraph.get(number + 1, ())) for lead in paragraph[number]
            )
            for _later_index, later in found[position + 1 :]:
                later_number, restates, _ = numbers.get(id(later), (None, False, False))
                if later_number is None or later_number > number + 1:
                    break
                restates = restates or (again and _same_lead(item.lead, later.lead))
                if later_number == number + 1 and restates and DirectiveReader._restates(item.lead, later.lead):
                    dropped.add(id(item))
                    break
        return [(index, item) for index, item in found if id(item) not in dropped]

    def _units(self, parts):
        """``(clause, agencies of the heading over it, paragraph, in a list item)``: the pieces of
        the body, read one by one."""
        units = []
        heading = None  # the agencies of "1. Sở Nội vụ:" over the items below it
        loose = False  # a paragraph of addressees: its first item may have no list marker (round 6)
        for number, paragraph in enumerate(self._body(parts)):
            item = bool(LIST_MARKER.match(paragraph))
            mentions, rest = self._heading(paragraph)
            if mentions:
                heading, loose = mentions, rest is None
                units.extend((piece, heading, number, item) for piece in ([rest] if rest else []))
                continue
            if heading and (item or loose):
                loose = False
                units.append((paragraph, heading, number, True))
                continue
            heading = None
            units.extend((clause, None, number, item) for clause in self._clauses(paragraph))
        return units

    @staticmethod
    def _merged(found):
        """The assignments, an assignment without deadline dropped into the next one of the same
        lead with a deadline, a few pieces below (a press report's lead, then its details)."""
        merged = set()
        for position, (index, item) in enumerate(found):
            if item.deadline_kind != "none" or item.item:
                continue
            for later_index, later in found[position + 1 :]:
                if later_index - index > 4:
                    break
                if (
                    later.deadline_kind not in ("none", "ongoing")
                    and _same_lead(later.lead, item.lead)
                    and _same_task(item.content, later.content)
                ):
                    later.source = f"{item.source} {later.source}"
                    merged.add(id(item))
                    break
        for position, (index, item) in enumerate(found):
            if item.deadline_kind != "none" or id(item) in merged or item.item:
                continue
            before = [
                earlier
                for earlier_index, earlier in found[:position]
                if earlier_index == index - 1 and id(earlier) not in merged
            ]
            for earlier in before:
                if earlier.deadline_kind in ("none", "ongoing"):
                    continue
                related = [earlier.lead, *earlier.coordinators]
                if any(_same_lead(item.lead, mention) for mention in related):
                    earlier.source = f"{earlier.source} {item.source}"
                    merged.add(id(item))
                    break
        return [item for _, item in found if id(item) not in merged]

    def _clauses(self, paragraph):
        """A paragraph's sentences, cut at their semicolons too ("…, trước ngày 5/10; các quận, huyện
        … trước ngày 15/10"), but not inside a list of agencies ("Giao các sở, ngành tỉnh; UBND các
        huyện; …")."""
        parts = [
            part
            for sentence in sentences(paragraph)
            for part in re.split(r"(?<=;)\s+|(?<=,)\s+(?=trong khi\s)", sentence)
            if part.strip()
        ]
        clauses = []
        for part in parts:
            if clauses and clauses[-1].endswith(";") and self._continues(clauses[-1], part):
                clauses[-1] = f"{clauses[-1]} {part}"
            else:
                clauses.append(part)
        return clauses

    def _continues(self, clause, following):
        """Whether ``following`` goes on with the list of agencies of ``clause`` (no deadline in
        ``clause``, and the list runs over the semicolon)."""
        if _KIND_ONLY.parse(fold_words(clause)[0])[1] not in ("none", "ongoing"):
            return False
        folded = fold_words(clause)[0]
        tail = re.sub(r"\bban chi dao\b", "ban", folded[-60:])
        if self._ends_with_agencies(clause) and re.search(rf"(?:^|[\s,:])(?:{TRIGGERS})\s+[^;]*;$", folded):
            # "Giao Giám đốc Sở NN&PTNT, Sở Tài chính; thành viên Ban Chỉ huy …; … chịu trách nhiệm …"
            return True
        return self._starts_with_agency(following) and (self._ends_with_agencies(clause) or not TASK_VERB.search(tail))

    def _starts_with_agency(self, text):
        folded = fold_words(LIST_MARKER.sub("", text, count=1))[0]
        mention, _end = self.matcher.match_at(folded, 0)
        return bool(mention and not mention.unknown)

    def _ends_with_agencies(self, text):
        folded = fold_words(text)[0].rstrip(" ;.")
        for found in re.finditer(r"(?:^|(?<=[\s,;:]))\S", folded[-120:]):
            position = len(folded) - len(folded[-120:]) + found.start()
            mention, end = self.matcher.match_at(folded, position)
            if mention and not mention.unknown and end >= len(folded):
                return True
        return False

    def _recipients(self, unit):
        """The agencies a letter is sent to ("Công văn … gửi các sở, ngành; UBND các huyện …"): those
        meant by "các đơn vị" further on."""
        folded = fold_words(unit)[0]
        found = re.match(r"\s*kinh gui\s*:?\s*", folded) or re.search(r"\bgui\s+", folded)
        if not found or not (
            folded[: found.end()].strip().startswith("kinh gui")
            or re.search(r"\b(?:cong van|van ban|cong dien|chi thi|ke hoach)\b", folded[: found.start()])
        ):
            return []
        mentions, _end = self.matcher.match_list(folded, found.end())
        return [mention for mention in mentions if not mention.unknown]

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
                found = re.search(r"^(?:[^,]{2,40},\s*)?ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})", folded)
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
            if paragraph.lstrip()[:1] in "Nn" and re.match(r"^noi nhan\b", fold(paragraph[:20])):
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
            addressees = self._addressees(folded)
            for mention in addressees:
                mention.text = self._as_written(text, starts, mention)
            return (addressees, None) if addressees else (None, None)
        for mention in mentions:
            mention.text = self._as_written(text, starts, mention)
        return mentions, text[text.find(":") + 1 :].strip()

    def _addressees(self, folded):
        """ "Thủ trưởng các sở, ban, ngành; các doanh nghiệp nhà nước thuộc tỉnh; Chủ tịch UBND các
        huyện:" (a paragraph of addressees, then the items below it): the agencies and groups of
        the parts that name one, the others (businesses, associations) stepped over (round 6)."""
        if not re.fullmatch(r"[^:]{20,600}:\s*", folded) or ";" not in folded:
            return []
        mentions = []
        for part in re.finditer(r"[^;:]+", folded):
            start = part.start() + len(re.match(r"\s*", part.group(0)).group(0))
            found, end = self.matcher.match_list(folded, start)
            if found and not any(mention.unknown for mention in found) and not folded[end : part.end()].strip():
                mentions.extend(
                    mention
                    for mention in found
                    if not (mention.group and any(_same_lead(mention, other) for other in mentions))
                )
        return mentions

    def _assignments(self, sentence, deadlines, recipients=()):
        text = LIST_MARKER.sub("", sentence, count=1)
        folded, starts = fold_words(text)
        # where the words written with a capital begin: a place after a name is one ("Sở Y tế Nghệ An")
        words = zip(starts, text.split(), strict=True)
        self._capitals = frozenset(start for start, word in words if word[:1].isupper())
        self._starts = starts
        leads = self._leads(folded, recipients)
        if not leads:
            return []
        mentions, end = leads
        coordinators = self._coordinators(folded, end)
        for mention in [*mentions, *coordinators]:
            if not mention.text or mention.start or mention.end:
                mention.text = self._as_written(text, starts, mention) or mention.text
        mentions = [mention for mention in mentions if self._looks_like_a_name(mention)]
        if self._with_those_concerned(folded, mentions):
            # "Sở Nội vụ và các sở, ngành liên quan khẩn trương …": the agency leads, the others take part
            coordinators = [mentions[1], *coordinators]
            mentions = mentions[:1]
        unique = []
        for mention in mentions:
            if not (mention.group and any(_same_lead(mention, other) for other in unique)):
                unique.append(mention)
        mentions = unique
        found = [
            self._assignment(mention, coordinators, (text, folded, starts), end, deadlines) for mention in mentions
        ]
        if INTRO_REST.fullmatch(folded[end:]):
            for assignment in found:
                assignment.intro = True
            return found
        found += self._done_by(text, folded, starts, deadlines, [mention.agency_ids for mention in mentions])
        for assignment in found:
            assignment.generic = bool(GENERIC_CONTENT.search(fold(assignment.content)))
        return found

    @staticmethod
    def _with_those_concerned(folded, mentions):
        """Whether the leads are one agency "và" a group of those concerned (round 5)."""
        return (
            len(mentions) == 2
            and not mentions[0].group
            and not mentions[0].unknown
            and mentions[1].group in ("department", "related")
            and bool(re.fullmatch(r"\s*va\s*", folded[mentions[0].end : mentions[1].start]))
            and bool(re.search(r"\blien quan$", folded[mentions[1].start : mentions[1].end]))
        )

    def _done_by(self, text, folded, starts, deadlines, named):
        """ "…, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì …":
        the agencies that lead each part."""
        result = []
        for found in DONE_BY.finditer(folded):
            mentions, end = self.matcher.match_list(folded, found.end())
            if not mentions or not re.match(r"\s*chu tri\b", folded[end:]):
                continue
            for mention in mentions:
                if mention.unknown or mention.agency_ids in named:
                    continue
                mention.text = self._as_written(text, starts, mention) or mention.text
                assignment = self._assignment(mention, [], (text, folded, starts), end, deadlines)
                assignment.content = self._part_done(text, starts, found.start())
                named.append(mention.agency_ids)
                result.append(assignment)
        return result

    @staticmethod
    def _part_done(text, starts, position):
        """The words before "do <agency> chủ trì", back to the comma or colon before them."""
        words = text.split()
        last = bisect.bisect_left(starts, position)
        first = last
        while first > 0 and not re.search(r"[,:;]$", words[first - 1]) and last - first < 12:
            first -= 1
        return " ".join(words[first:last]).strip(" ,;:.") or text

    def _leads(self, folded, recipients):
        """``(mentions, end)``: the agencies a piece assigns, and where their task begins, or ``None``.
        A lead is named right after a word that assigns ("giao", "yêu cầu", "đề nghị" …, not only
        the first of the sentence), or is the subject of a task verb ("Sở Y tế chủ trì …",
        "Trên cơ sở …, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp …"); "các đơn vị" are the
        recipients of the letter."""
        return (
            self._subject_leads(folded, recipients)
            or self._addressed_leads(folded, recipients)
            or self._recipient_leads(folded, recipients)
            or self._modal_leads(folded)
            or self._sender_leads(folded)
        )

    def _subject_leads(self, folded, recipients):
        """The agencies that are the subject of a task verb."""
        first_trigger = TRIGGER.search(folded)
        for start in self._subject_starts(folded):
            if start and first_trigger and start > first_trigger.start():
                break  # after "giao …", a list of agencies, not a new subject
            mentions, end = self._recipients_at(folded, start, recipients)
            if not mentions:
                mentions, end = self.matcher.match_list(folded, start)
            if not mentions or any(mention.unknown for mention in mentions):
                continue
            if start and NOT_A_LEAD.search(folded[:start]):
                continue
            end = self._past_place(folded, self._past_others(folded, end))
            if VERB_AFTER_LEAD.match(folded, end) and not re.match(r"\s*(?:da|dang|vua)\b", folded[end:]):
                return mentions, end
        return None

    @staticmethod
    def _past_others(folded, end):
        """After a list of agencies, the end of the names in it that are no agency of the province
        ("…, Công an tỉnh, Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam, Tổng Công ty Đông Bắc…,
        theo dõi …"): up to two of them, when a task verb follows."""
        position = end
        if not re.search(r",\s*$", folded[:end]):
            return end  # the list did not stop at a comma: what follows is no name
        for _ in range(2):
            other = re.match(r"\s*,?\s*([^,;.:]{3,60}?)(?:…|\.{3})?\s*,\s*", folded[position:])
            if (
                VERB_AFTER_LEAD.match(folded, position)
                or not other
                or TASK_VERB.search(other.group(1))
                or TRIGGER_START.search(other.group(1))
            ):
                break
            position += other.end()
            if VERB_AFTER_LEAD.match(folded, position - 1) or TASK_VERB.match(folded, position):
                return position
            position -= len(re.search(r"\s*,\s*$", folded[:position]).group(0))
        return end

    def _past_place(self, folded, end):
        """After a name, the end of the place that follows it ("Sở Y tế Nghệ An chủ trì …", "Sở
        NN-MT TPHCM được giao …", "Công an tỉnh Hà Tĩnh phối hợp …"): up to four words written with
        a capital, "tỉnh" or "thành phố" before them, when a task verb follows (round 8, dev)."""
        if VERB_AFTER_LEAD.match(folded, end):
            return end
        starts, capitals = self._starts, self._capitals
        index = bisect.bisect_left(starts, end)  # the first written word after the name
        head = index < len(starts) and starts[index] not in capitals and PLACE_HEAD.match(folded, starts[index])
        if head:
            index = bisect.bisect_left(starts, head.end())  # "tỉnh Hà Tĩnh", not "TP.HCM" ("thành phố Hồ Chí Minh")
        for _ in range(4):
            if index >= len(starts) or starts[index] not in capitals:
                break
            index += 1  # the whole written word: "TP.HCM" is read as five
            position = starts[index] - 1 if index < len(starts) else len(folded)
            if VERB_AFTER_LEAD.match(folded, position):
                return position
            if index < len(starts) and folded.startswith(("- ", "– "), starts[index]):
                index += 1  # "Bà Rịa - Vũng Tàu"
        return end

    def _addressed_leads(self, folded, recipients):
        """The agencies after a word that assigns ("giao cho …", "yêu cầu …"), the first such word
        that names some."""
        for trigger in TRIGGER_ADDRESSEE.finditer(folded):
            start = trigger.end()
            if re.match(r"(?:cua|tai|ve|so\s*\d|cho y kien|nay|nhu sau|thuc hien)\b", folded[start:]):
                continue
            mentions, end = self._recipients_at(folded, start, recipients)
            if not mentions:
                mentions, end = self.matcher.match_list(folded, start, tolerant=True)
            if mentions and TASK_COUNT.match(folded, end):
                continue  # "giao cho các quận, huyện, sở, ngành khoảng 800 nhiệm vụ": a count, no task
            heard = "nhan manh" in trigger.group(0) or "kien nghi" in trigger.group(0)
            if mentions and heard and not VERB_AFTER_LEAD.match(folded, end):
                continue  # "nhấn mạnh, Sở … chịu trách nhiệm trước …", "kiến nghị Sở … về …": no task
            if not mentions and "kien nghi" in trigger.group(0):
                continue
            if mentions:
                return mentions, end
            if not recipients:
                bare = self._bare_units(folded, start)
                if bare:
                    return bare
        return None

    def _bare_units(self, folded, start):
        """ "đề nghị các đơn vị thực hiện …", "yêu cầu …, các cơ quan, đơn vị, cá nhân theo chức năng
        … thực hiện": in a text with no recipients, the bodies concerned (flagged), when a task verb
        follows them (round 5)."""
        span = folded[start : start + 240]
        for found in BARE_UNITS.finditer(span):
            if found.start() and not re.search(r",\s*$", span[: found.start()]):
                continue
            if TRIGGER.search(span, 0, found.start()):
                break
            end = start + found.end()
            if VERB_AFTER_LEAD.match(folded, end):
                mention = Mention(text=found.group(0), group="related", start=start + found.start(), end=end)
                return [mention], end
        return None

    def _sender_leads(self, folded):
        """ "Ý kiến góp ý của các cơ quan, địa phương gửi về Văn phòng UBND tỉnh trước ngày …",
        "Báo cáo của các sở, ngành gửi về Sở Nội vụ …": those whose paper is to be sent (round 5)."""
        for start in self._subject_starts(folded):
            found = SENT_PAPER.match(folded, start)
            if not found:
                continue
            mentions, end = self.matcher.match_list(folded, found.end())
            if mentions and not any(mention.unknown for mention in mentions) and SENT_TO.match(folded, end):
                return mentions, end
        return None

    def _modal_leads(self, folded):
        """A group or agency after a comma, then "cần"/"phải" and a task verb ("…, các cơ quan, đơn
        vị, địa phương của tỉnh cần kịp thời cung cấp …"): the subject of a clause of its own."""
        for comma in re.finditer(r"[,;]\s*", folded):
            start = comma.end()
            if NOT_A_LEAD.search(folded[:start].rstrip(" ,;")):
                continue
            mentions, end = self.matcher.match_list(folded, start)
            if not mentions or any(mention.unknown for mention in mentions):
                continue
            own = re.match(r"\s+(?:cua|thuoc|trong|tren dia ban)\s+(?:tinh|thanh pho)\b", folded[end:])
            end += own.end() if own else 0
            if re.match(
                rf"(?:\s+co(?:\s+[^\s,;.]+){{1,4}}?)?\s*(?:can|phai|co trach nhiem)\b"
                rf"{VERB_FILLERS}\s*(?:{TASK_VERBS})\b",
                folded[end:],
            ):
                return mentions, end
        return None

    def _recipient_leads(self, folded, recipients):
        """ "Chủ tịch UBND tỉnh yêu cầu: từ ngày …, các đơn vị bố trí …": the letter's recipients."""
        if recipients:
            for comma in re.finditer(r"[,:]\s*", folded):
                mentions, end = self._recipients_at(folded, comma.end(), recipients)
                if mentions and VERB_AFTER_LEAD.match(folded, end):
                    return mentions, end
        return None

    def _recipients_at(self, folded, start, recipients):
        """The letter's recipients, for "các đơn vị (, địa phương)" named at ``start``: ``(mentions, end)``."""
        found = RECIPIENTS.match(folded, start) if recipients else None
        if found and not self._sent_to and "dia phuong" in found.group(0):
            return [], start  # no letter's recipients: "các địa phương" are the localities
        if not found or re.match(
            r"\s*,?\s*(?:co lien quan|lien quan|huu quan|chuc nang|duoc giao)"
            r"|\s+(?:quan ly|su nghiep|thi cong|tu van|kinh doanh|van tai|truc thuoc|thuoc|san xuat|chu quan"
            r"|chuyen mon)\b",
            folded[found.end() :],
        ):
            return [], start
        resolved = []
        for mention in recipients:
            copy = Mention(
                text=found.group(0),
                agency_ids=list(mention.agency_ids),
                group=mention.group,
                start=start,
                end=found.end(),
            )
            copy.recipient_of = mention.text
            resolved.append(copy)
        return resolved, found.end()

    @staticmethod
    def _subject_starts(folded):
        """Where a subject may begin: the start, after an opening clause ("Theo đó, …", "Trên cơ sở
        …, …"), after "đồng thời" and after a semicolon."""
        starts = [len(re.match(r"[\W_]*", folded).group(0))]
        heads = [
            0,
            *(
                found.end()
                for found in re.finditer(r"^(?:theo do|dong thoi|ngoai ra|trong do|ben canh do)\s*,\s*", folded)
            ),
        ]
        for head in heads:
            opening = re.compile(
                r"(?:tren co so|sau khi|can cu|de(?! nghi)|trong thoi gian|tu ngay|tu nay|truoc mat|nham|doi voi)\b"
                r"[^;.]{0,200}"
            ).match(folded, head)
            if opening:
                starts.extend(head + found.end() for found in re.finditer(r",\s*", opening.group(0)))
        for found in re.finditer(
            r"^(?:theo do|dong thoi|ngoai ra|trong do|tren co so[^,]{0,160}|sau khi[^,]{0,160}|theo ke hoach"
            r"|song song do|do do|ket luan cuoc hop|[^,]{0,60}\bgiao)\s*,\s*|^(?:theo do|dong thoi|ngoai ra)\s+"
            r"|(?<=[;,])\s*(?:dong thoi,?\s*)|(?<=;)\s*"
            # a connector before the subject: "…, vì vậy các ngành, địa phương cần …", "Bên cạnh đó, Sở Y tế …"
            r"|(?:^|(?<=[;,]))\s*(?:vi vay|vi the|do vay|do do|ben canh do|cung voi do|trong khi do|trong khi"
            r"|rieng)\s*,?\s*"
            # "(Phó) Chủ tịch UBND tỉnh … cho biết, các sở, ban, ngành sẽ …": the chairman's word (round 6)
            r"|^[^,;.]{0,160}?\bchu tich\b[^,;.]{0,100}?\bcho biet\s*,\s*",
            folded,
        ):
            starts.append(found.end())
        return sorted(set(starts))

    def _zone_end(self, folded, start):
        """Where the list of agencies after a word that assigns ends: at the first task verb that is
        not part of a name ("Ban Chỉ đạo")."""
        for found in TASK_VERB.finditer(folded[start:]):
            position = start + found.start()
            if not re.search(r"\bban\s*$", folded[:position]):
                return position
        return len(folded)

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
        """The agencies after "phối hợp (chặt chẽ) (với)" or "chủ trì cùng", up to the task."""
        found = re.compile(
            r"(?:phoi hop(?: (?:chat che|tot|thuong xuyen|dong bo))?(?: voi)?|hiep dong voi|thong nhat voi"
            r"|chu tri(?:,)? cung(?: voi)?)\s+"
        ).search(folded, position)
        if not found:
            return []
        mentions, _end = self.matcher.match_list(folded, found.end(), tolerant=True)
        result = []
        for found_mention in mentions:
            mention = found_mention
            if mention.expanded_from == "units_local":
                # "phối hợp với các đơn vị, địa phương (liên quan)": those concerned
                if any(item.expanded_from == "units_local" and item.start == mention.start for item in result):
                    continue
                mention = Mention(
                    text=mention.text,
                    group="related",
                    start=mention.start,
                    end=mention.end,
                    expanded_from="units_local",
                )
            if not mention.unknown or self._looks_like_a_name(mention):
                result.append(mention)
        return result

    def _assignment(self, mention, coordinators, sentence, end, deadlines, *, confidence=1.0):
        """``sentence``: ``(text, folded text, start of each word)``."""
        text, folded, starts = sentence
        deadline, kind, deadline_text, recurring = deadlines.parse(folded)
        review = []
        if mention.unknown or mention.group in ("related", "boards") or mention.recipient_of or mention.expanded_from:
            confidence -= 0.4
            review.append(REVIEW_LEAD)
        if kind == "none":
            confidence -= 0.1
            if DEADLINE_CUES.search(folded[end:]):
                review.append(REVIEW_DEADLINE)
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
            review=review,
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
