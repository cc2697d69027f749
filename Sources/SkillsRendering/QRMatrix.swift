import CQRencode
import Foundation
import Synchronization

/// A QR code symbol as a square grid of dark/light modules, encoded once with libqrencode at level M.
struct QRMatrix: Sendable, Equatable {
    /// Modules per side, without the quiet zone.
    let width: Int
    /// Row-major dark flags, `width * width` long.
    let dark: [Bool]

    /// Modules of quiet zone required on each side.
    static let quietZone = 4

    /// Encodes `payload`, choosing numeric/alphanumeric/8-bit segments, smallest version that fits.
    init(encoding payload: String) throws(RenderError) {
        guard !payload.isEmpty else {
            throw RenderError("could not encode QR code: the payload is empty")
        }
        guard !payload.utf8.contains(0) else {
            throw RenderError("could not encode QR code: the payload contains a NUL byte")
        }
        guard let code = QRcode_encodeString(payload, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            let reason = errno == ERANGE ? "is too long for a QR code at level M" : "could not be encoded"
            throw RenderError("QR payload of \(payload.utf8.count) bytes \(reason) (starts '\(payload.prefix(24))')")
        }
        defer { QRcode_free(code) }
        let side = Int(code.pointee.width)
        let modules = UnsafeBufferPointer(start: code.pointee.data, count: side * side)
        width = side
        dark = modules.map { $0 & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` is dark.
    func isDark(x: Int, y: Int) -> Bool { dark[y * width + x] }

    /// Dark areas as few rectangles (column, row, width, height in modules): horizontal runs, stacked downwards
    /// while the rows below repeat the same run, so vector output stays small.
    var darkRectangles: [(column: Int, row: Int, width: Int, height: Int)] {
        var open: [Int: (row: Int, height: Int)] = [:]  // keyed by start * (width + 1) + length
        var done: [(column: Int, row: Int, width: Int, height: Int)] = []
        for row in 0...width {
            var runs: Set<Int> = []
            var column = 0
            while row < width && column < width {
                guard isDark(x: column, y: row) else {
                    column += 1
                    continue
                }
                let start = column
                while column < width && isDark(x: column, y: row) { column += 1 }
                runs.insert(start * (width + 1) + column - start)
            }
            for (key, rect) in open where !runs.contains(key) {
                done.append((key / (width + 1), rect.row, key % (width + 1), rect.height))
                open[key] = nil
            }
            for key in runs {
                open[key] = open[key].map { ($0.row, $0.height + 1) } ?? (row, 1)
            }
        }
        return done
    }

    /// Recently encoded symbols, so a PDF and its PNG previews encode a payload once.
    private static let cache = Mutex<[String: QRMatrix]>([:])
    private static let cacheLimit = 64

    /// The symbol for `payload`, from the small shared cache when it was encoded recently.
    static func cached(_ payload: String) throws(RenderError) -> QRMatrix {
        if let hit = cache.withLock({ $0[payload] }) { return hit }
        let matrix = try QRMatrix(encoding: payload)
        cache.withLock { entries in
            if entries.count >= cacheLimit { entries.removeAll(keepingCapacity: true) }
            entries[payload] = matrix
        }
        return matrix
    }
}
