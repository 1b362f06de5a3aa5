'use strict';
// Box-drawing table renderer used by console.table(). Cells are left-aligned and padded to
// the widest cell of their column (display width, so wide CJK characters count as two).

const { getStringWidth } = require('internal/util/inspect');

const box = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = box.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += box.middle;
  }
  return out + box.right;
}

// head: column titles; columns: one array of cell strings per column (may be sparse).
function table(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  let longestColumn = 0;
  for (const column of columns) {
    if (column.length > longestColumn) longestColumn = column.length;
  }
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }
  const divider = columnWidths.map((w) => box.middleMiddle.repeat(w + 2));
  let result = `${box.topLeft}${divider.join(box.topMiddle)}${box.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${box.leftMiddle}${divider.join(box.rowMiddle)}${box.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${box.bottomLeft}${divider.join(box.bottomMiddle)}${box.bottomRight}`;
  return result;
}

module.exports = table;
