import Foundation

/// A QR symbol found in a greyscale page image (PGM from `pdftoppm -gray`), measured from its finder patterns, so a
/// test learns the printed symbol's version and size without trusting the encoder that drew it.
struct QRSymbolImage {
    /// Modules across (21 for version 1, 4 more per version).
    let modules: Int
    /// Side of the symbol in pixels, quiet zone excluded.
    let sidePixels: Double

    /// The QR version.
    var version: Int { (modules - 17) / 4 }

    /// Finds the symbol standing on the bottom edge of the certificate's content, right of everything else there.
    init?(pgm data: Data) {
        guard let image = Greyscale(pgm: data) else { return nil }
        let point = Double(image.height) / 595
        // A band across the symbol's bottom rows, below the body: only footer text (left of it) and the symbol.
        let band = Int(536 * point)...Int(556 * point)
        let xs = (image.width / 2)..<Int(812 * point)
        guard let edge = xs.reversed().first(where: { x in band.contains { image.isDark(x, $0) } }) else { return nil }
        // Its left edge: the leftmost dark pixel reached without crossing a light gap wider than the quiet zone.
        var left = edge
        for y in band {
            var x = edge
            var lastDark = edge
            while x > 0, Double(lastDark - x) < 10 * point {
                if image.isDark(x, y) { lastDark = x }
                x -= 1
            }
            left = min(left, lastDark)
        }
        let side = Double(edge + 1 - left)
        guard let bottom = band.reversed().first(where: { image.isDark(left + 1, $0) }) else { return nil }
        let top = Double(bottom + 1) - side
        func finder(left: Double, top: Double, module: Double) -> Bool {
            (0..<7).allSatisfy { row in
                (0..<7).allSatisfy { column in
                    let ring = min(row, column, 6 - row, 6 - column)
                    let x = Int(left + (Double(column) + 0.5) * module)
                    let y = Int(top + (Double(row) + 0.5) * module)
                    return image.isDark(x, y) == (ring != 1)
                }
            }
        }
        // The symbol is square, a whole number of modules, with a finder pattern in three corners.
        var found: Int?
        for version in 1...40 where found == nil {
            let count = 17 + 4 * version
            let module = side / Double(count)
            let far = Double(count - 7) * module
            let origin = Double(left)
            if finder(left: origin, top: top, module: module) && finder(left: origin, top: top + far, module: module)
                && finder(left: origin + far, top: top, module: module)
            {
                found = count
            }
        }
        guard let found else { return nil }
        modules = found
        sidePixels = side
    }
}

/// An 8-bit binary PGM (P5) image.
private struct Greyscale {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init?(pgm data: Data) {
        let bytes = [UInt8](data)
        var fields: [Int] = []
        var index = 2
        guard bytes.starts(with: Array("P5".utf8)) else { return nil }
        while fields.count < 3 && index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
            if bytes[index] == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            }
            var value = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            fields.append(value)
        }
        guard fields.count == 3, fields[2] == 255 else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[(index + 1)...])
        guard pixels.count >= width * height else { return nil }
    }

    func isDark(_ x: Int, _ y: Int) -> Bool {
        guard x >= 0, y >= 0, x < width, y < height else { return false }
        return pixels[y * width + x] < 128
    }
}
