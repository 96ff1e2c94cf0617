import math

from odoo import models

# Widths, in pixels, of the web client's list font (13 px, Roboto-like) for a Vietnamese label:
# a narrow letter, a capital or "m"/"w", any other letter; the room around a badge's text and a
# column header's (cell padding, the sort caret).
NARROW = frozenset("iljtfrIì í ỉĩịJ.,;:()|!'/-")
WIDE = frozenset("mwMWĐĐƠƯÂÊÔĂOQGDHNUCBKV%")
NARROW_PX, WIDE_PX, LETTER_PX = 3.4, 9.0, 6.4
BADGE_ROOM, HEADER_ROOM = 36, 30
# a number or date column is never wider than this (a longer header is shortened in the view,
# the field's full name stays in its tooltip); a badge reads whole up to the longest status
# of Decree 335 ("Hoàn thành xuất sắc nhiệm vụ")
MAX_WIDTH, MAX_BADGE_WIDTH = 170, 230
# what Odoo's list gives a column when the table has to shrink (column_width_hook.js)
ODOO_MIN_WIDTH = {"integer": 71, "float": 93, "monetary": 105, "date": 90, "datetime": 140, "selection": 80}


def text_width(text):
    """Estimated width of ``text`` in the list's font, in pixels."""
    return sum(NARROW_PX if char in NARROW else WIDE_PX if char in WIDE else LETTER_PX for char in text)


def column_width(header, values=()):
    """The width that shows ``header`` and the longest of ``values`` (a badge's labels) whole,
    and whether it does (a header or label too long for the largest width does not)."""
    width = text_width(header) + HEADER_ROOM
    if values:
        width = max(width, max(text_width(value) for value in values) + BADGE_ROOM)
    width = math.ceil(width)
    largest = MAX_BADGE_WIDTH if values else MAX_WIDTH
    return min(width, largest), width <= largest


class IrUiView(models.Model):
    _inherit = "ir.ui.view"

    def _postprocess_tag_field(self, node, name_manager, node_info):
        """In the lists of the oversight models, a status badge and the header of a number or
        a date column are never cut ("Đang th…", "Số ngày …"): Odoo shrinks such a column to a
        fixed minimum whatever its Vietnamese label, so the column gets the width of its
        labels in the user's language (the views are cached per language)."""
        super()._postprocess_tag_field(node, name_manager, node_info)
        model = name_manager.model
        if node_info.get("view_type") != "list" or not model._name.startswith("oversight.") or node.get("width"):
            return
        field = model._fields.get(node.get("name"))
        if field is None or node.get("column_invisible") in ("1", "True"):
            return
        header = node.get("string") or field._description_string(self.env)
        if field.type == "selection" and node.get("widget") == "badge":
            labels = [label for _value, label in field._description_selection(self.env)]
            node.set("width", f"{column_width(header, labels)[0]}px")
        elif field.type in ODOO_MIN_WIDTH and not node.get("widget"):
            width = column_width(header)[0]
            if width > ODOO_MIN_WIDTH[field.type]:
                node.set("width", f"{width}px")
