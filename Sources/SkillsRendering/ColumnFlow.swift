/// Pours fixed-height blocks into columns, page after page, so long lists spill instead of overlapping.
struct ColumnFlow: Sendable {
    /// Content laid out at the origin of a column, `height` points tall.
    struct Block: Sendable {
        /// Height the block needs, spacing below included.
        var height: Double
        /// Items relative to the block's top-left corner.
        var items: [DisplayItem]
        /// Whether the block must share a column with the one after it (a heading with its first line).
        var keepWithNext = false
    }

    /// Columns on the page the flow starts on (may be empty to start on a fresh page).
    let firstColumns: [DisplayRect]
    /// Columns on every further page.
    let nextColumns: [DisplayRect]

    /// Places `blocks`; element 0 holds the items for the first page, each later element a new page.
    func place(_ blocks: [Block]) -> [[DisplayItem]] {
        guard !blocks.isEmpty else { return [[]] }
        var pages: [[DisplayItem]] = [[]]
        var columns = firstColumns
        var column = 0
        var cursor = columns.first?.y ?? 0
        var index = 0

        func nextColumn() {
            column += 1
            if column >= columns.count {
                pages.append([])
                columns = nextColumns
                column = 0
            }
            cursor = columns[column].y
        }

        if columns.isEmpty {
            pages.append([])
            columns = nextColumns
            cursor = columns.first?.y ?? 0
        }
        while index < blocks.count {
            let block = blocks[index]
            var needed = block.height
            if block.keepWithNext, index + 1 < blocks.count { needed += blocks[index + 1].height }
            let region = columns[column]
            let atTop = cursor == region.y
            if cursor + needed > region.maxY && !atTop {
                nextColumn()
                continue
            }
            pages[pages.count - 1] += block.items.map { $0.offsetBy(dx: region.x, dy: cursor) }
            cursor += block.height
            index += 1
        }
        return pages
    }

    /// Places `blocks` in the first page's columns only; nil when they need more room than those columns have.
    func placeOnOnePage(_ blocks: [Block]) -> [DisplayItem]? {
        var items: [DisplayItem] = []
        var column = 0
        var cursor = firstColumns.first?.y ?? 0
        var index = 0
        while index < blocks.count {
            guard column < firstColumns.count else { return nil }
            let region = firstColumns[column]
            var needed = blocks[index].height
            if blocks[index].keepWithNext, index + 1 < blocks.count { needed += blocks[index + 1].height }
            if cursor + needed > region.maxY + 0.01 {
                column += 1
                cursor = column < firstColumns.count ? firstColumns[column].y : 0
                continue
            }
            items += blocks[index].items.map { $0.offsetBy(dx: region.x, dy: cursor) }
            cursor += blocks[index].height
            index += 1
        }
        return items
    }
}
