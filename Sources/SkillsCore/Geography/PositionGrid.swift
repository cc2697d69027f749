import Foundation

/// Places points (local authorities' centres) on a grid of equal tiles, each in a free cell as near as possible to
/// where it lies, so a tile map keeps the shape of the region while no two places overlap.
public enum PositionGrid {
    /// A 1-based (row, column) per position, row 1 at the top (north); the grid is trimmed to the cells used.
    public static func cells(for positions: [GeoPosition], maxColumns: Int = 9) -> [(row: Int, column: Int)] {
        guard !positions.isEmpty else { return [] }
        let meanLatitude = positions.map(\.latitude).reduce(0, +) / Double(positions.count)
        let xs = positions.map { $0.longitude * cos(meanLatitude * .pi / 180) }
        let ys = positions.map { -$0.latitude }
        let width = max(xs.max()! - xs.min()!, 1e-6)
        let height = max(ys.max()! - ys.min()!, 1e-6)
        // Room for about 1.6 cells per place, shaped like the region.
        let area = Double(positions.count) * 1.6
        var columns = max(1, min(maxColumns, Int((area * width / height).squareRoot().rounded())))
        var rows = max(1, Int((Double(positions.count) * 1.6 / Double(columns)).rounded(.up)))
        if positions.count == 1 { (rows, columns) = (1, 1) }
        while rows * columns < positions.count { rows += 1 }
        var taken = Set<Int>()
        var result = Array(repeating: (row: 0, column: 0), count: positions.count)
        // The places farthest from the middle first: they have the fewest good cells.
        let ideal = positions.indices.map { index in
            (
                x: (xs[index] - xs.min()!) / width * Double(columns - 1),
                y: (ys[index] - ys.min()!) / height * Double(rows - 1)
            )
        }
        let middle = (x: Double(columns - 1) / 2, y: Double(rows - 1) / 2)
        let order = positions.indices.sorted { a, b in
            let da = pow(ideal[a].x - middle.x, 2) + pow(ideal[a].y - middle.y, 2)
            let db = pow(ideal[b].x - middle.x, 2) + pow(ideal[b].y - middle.y, 2)
            return da != db ? da > db : a < b
        }
        for index in order {
            var best: (cell: Int, distance: Double)?
            for row in 0..<rows {
                for column in 0..<columns where !taken.contains(row * columns + column) {
                    let distance = pow(Double(column) - ideal[index].x, 2) + pow(Double(row) - ideal[index].y, 2)
                    if distance < (best?.distance ?? .infinity) { best = (row * columns + column, distance) }
                }
            }
            let cell = best!.cell
            taken.insert(cell)
            result[index] = (cell / columns, cell % columns)
        }
        let firstRow = result.map(\.row).min()!
        let firstColumn = result.map(\.column).min()!
        return result.map { (row: $0.row - firstRow + 1, column: $0.column - firstColumn + 1) }
    }
}
