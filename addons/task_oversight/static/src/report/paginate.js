/* Page breaks of the Decree 30 layout, made in the page before wkhtmltopdf prints it, so that
 * they do not depend on its build (Debian's, with unpatched Qt, ignores
 * `thead { display: table-header-group }` and `tr { page-break-inside: avoid }`).
 *
 * The server measures the printable page of the paper format in CSS pixels (window.oversightPage,
 * tools/pagination.py) and inserts this script into the document. On load it gives the document
 * the width it will be printed at, then walks its blocks in order and, where one would cross the
 * foot of a page, puts a forced page break before it: before a table row, the table is split
 * and the new part starts with a copy of the header rows (thead); a block that asks to stay with
 * the next one (page-break-after: avoid: a section heading, a group row) goes with it. Forced
 * breaks are honoured by every build, and no block is left for wkhtmltopdf to cut. */
(function () {
    "use strict";

    var PAGE = window.oversightPage;
    // WebKit lays a page out at most this much wider than its content's minimum (its maximum
    // shrink factor, 2.0, over the minimum, 1.25): wider content is shrunk further
    var MAX_SHRINK = 1.6;
    // a block whose foot is within this of the foot of the page is kept on it (rounding)
    var SLACK = 0.5;

    function top(node) {
        return node.getBoundingClientRect().top + window.pageYOffset;
    }

    function bottom(node) {
        return node.getBoundingClientRect().bottom + window.pageYOffset;
    }

    function isBlock(style) {
        return style.display !== "none" && style.display.indexOf("inline") !== 0;
    }

    function hasBlockChild(node) {
        for (var child = node.firstElementChild; child; child = child.nextElementSibling) {
            if (isBlock(window.getComputedStyle(child))) {
                return true;
            }
        }
        return false;
    }

    /* The rows of a table's body sections, those joined by a rowspan as one unit. */
    function rowUnits(table) {
        var units = [];
        var spanned = 0;
        for (var s = 0; s < table.tBodies.length; s++) {
            collectRows(table.tBodies[s].rows, units, spanned);
        }
        if (table.tFoot) {
            collectRows(table.tFoot.rows, units, 0);
        }
        return units;
    }

    function collectRows(rows, units, spanned) {
        for (var r = 0; r < rows.length; r++) {
            var row = rows[r];
            if (spanned > 0 && units.length) {
                units[units.length - 1].last = row;
            } else {
                units.push({first: row, last: row});
            }
            spanned = Math.max(spanned - 1, 0);
            for (var c = 0; c < row.cells.length; c++) {
                spanned = Math.max(spanned, row.cells[c].rowSpan - 1);
            }
        }
    }

    function keepsWithNext(node) {
        return window.getComputedStyle(node).pageBreakAfter === "avoid";
    }

    /* The blocks of ``node`` in document order: {first, last, table, keep, forced, lines}. */
    function collect(node, height, atoms) {
        for (var child = node.firstElementChild; child; child = child.nextElementSibling) {
            var style = window.getComputedStyle(child);
            if (!isBlock(style) || child.tagName === "SCRIPT" || child.tagName === "STYLE") {
                continue;
            }
            var forced = style.pageBreakBefore === "always";
            var tall = bottom(child) - top(child) > height;
            if (child.tagName === "TABLE" && (child.tHead || tall)) {
                // row by row; the header rows (thead) are repeated on each page
                var units = rowUnits(child);
                for (var u = 0; u < units.length; u++) {
                    atoms.push({
                        first: units[u].first,
                        last: units[u].last,
                        table: child,
                        head: u === 0, // the first rows go with the header: the whole table moves
                        keep: keepsWithNext(units[u].last),
                        forced: forced && u === 0,
                    });
                }
                if (!units.length) {
                    atoms.push({first: child, last: child, keep: false, forced: forced});
                }
            } else if (child.tagName === "TABLE" || (!tall && style.pageBreakInside === "avoid") || !hasBlockChild(child)) {
                atoms.push({
                    first: child,
                    last: child,
                    keep: style.pageBreakAfter === "avoid",
                    forced: forced,
                    lines: tall && child.tagName !== "TABLE",
                });
            } else {
                if (forced) {
                    atoms.push({first: child, last: child, forced: true, marker: true});
                }
                collect(child, height, atoms);
            }
        }
        return atoms;
    }

    function pageBreak() {
        var marker = document.createElement("div");
        marker.className = "o_ov_page_break";
        marker.style.pageBreakBefore = "always";
        return marker;
    }

    /* Splits the table of ``row`` before it: the rest in a copy of the table whose header is
     * a copy of the original's, after a page break. Returns the page break. */
    function splitTable(table, row) {
        var copy = table.cloneNode(false);
        if (table.tHead) {
            copy.appendChild(table.tHead.cloneNode(true));
        }
        var section = row.parentNode;
        var rest = section.cloneNode(false);
        copy.appendChild(rest);
        for (var next = row; next; ) {
            var following = next.nextSibling;
            rest.appendChild(next);
            next = following;
        }
        for (var sibling = section.nextSibling; sibling; ) {
            var after = sibling.nextSibling;
            copy.appendChild(sibling);
            sibling = after;
        }
        var marker = pageBreak();
        table.parentNode.insertBefore(marker, table.nextSibling);
        table.parentNode.insertBefore(copy, marker.nextSibling);
        return marker;
    }

    /* Where ``atom`` starts: the first rows of a table with its header rows. */
    function startOf(atom) {
        return top(atom.head ? atom.table : atom.first);
    }

    function breakBefore(atom) {
        if (atom.table && !atom.head) {
            return splitTable(atom.first.parentNode.parentNode, atom.first);
        }
        var node = atom.table || atom.first;
        var marker = pageBreak();
        node.parentNode.insertBefore(marker, node);
        return marker;
    }

    /* The top of the line of ``node`` that crosses ``foot``: wkhtmltopdf moves it to the next page. */
    function crossingLine(node, foot) {
        var range = document.createRange();
        range.selectNodeContents(node);
        var rects = range.getClientRects();
        for (var r = 0; r < rects.length; r++) {
            var lineTop = rects[r].top + window.pageYOffset;
            if (rects[r].bottom + window.pageYOffset > foot + SLACK && lineTop > foot - rects[r].height) {
                return lineTop;
            }
        }
        return foot;
    }

    function paginate() {
        var html = document.documentElement;
        html.style.width = PAGE.width + "px";
        html.className += " o_ov_paginated";
        var printed = Math.min(Math.max(html.scrollWidth, PAGE.width), PAGE.width * MAX_SHRINK);
        var height = (PAGE.height * printed) / PAGE.width;
        var atoms = collect(document.body, height, []);
        var pageTop = 0;
        var guard = atoms.length * 4 + 100;
        for (var i = 0; i < atoms.length && guard-- > 0; ) {
            var atom = atoms[i];
            var atomTop = startOf(atom);
            if (atom.forced && atomTop > pageTop) {
                pageTop = atomTop;
            }
            var foot = pageTop + height;
            if (atom.marker || bottom(atom.last) <= foot + SLACK) {
                i++;
                continue;
            }
            // this block, and the blocks before it that keep with it, start the next page
            var start = i;
            while (start > 0 && atoms[start - 1].keep && !atoms[start].forced && startOf(atoms[start - 1]) > pageTop + 1) {
                start--;
            }
            var startTop = startOf(atoms[start]);
            if (start < i || (atomTop < foot && startTop > pageTop + 1 && bottom(atom.last) - startTop <= height)) {
                pageTop = top(breakBefore(atoms[start]));
                i = start;
            } else if (atomTop >= foot) {
                pageTop = foot; // the page ended on white space
            } else if (atom.lines) {
                pageTop = crossingLine(atom.first, foot); // taller than a page: its lines flow on
            } else {
                pageTop = foot; // taller than a page: cut where the page ends
            }
        }
    }

    if (PAGE) {
        window.addEventListener("load", paginate);
    }
})();
