/// A QR code symbol (error correction level M) drawn in a square that includes its 4-module quiet zone.
public struct QRCodeBox: Sendable, Equatable, Hashable {
    /// The bytes to encode, as text; numeric/alphanumeric/8-bit modes are chosen per segment.
    public var payload: String
    /// Left edge of the square, in points.
    public var x: Double
    /// Top edge of the square, in points.
    public var y: Double
    /// Side of the square including the quiet zone, in points.
    public var size: Double
    /// Colour of the dark modules.
    public var color: RGBColor
    /// What a screen reader says for the symbol (the tagged PDF's alternative text).
    public var altText: String?

    /// Creates a QR code box.
    public init(payload: String, x: Double, y: Double, size: Double, color: RGBColor = .black) {
        self.payload = payload
        self.x = x
        self.y = y
        self.size = size
        self.color = color
    }

    /// The square reserved for the symbol and its quiet zone.
    public var frame: DisplayRect { DisplayRect(x: x, y: y, width: size, height: size) }

    /// Side of one module, in points (0.56 mm): over 2 device pixels at 100 dpi, so a page rendered at 100 dpi
    /// still scans, and a version 10 symbol with its quiet zone is about 37 mm across.
    public static let modulePoints = 1.6

    /// Side of the square for `payload`, quiet zone included: a whole number of modules; nil when it cannot be encoded.
    public static func side(for payload: String) -> Double? {
        guard let matrix = try? QRMatrix.cached(payload) else { return nil }
        return Double(matrix.width + 2 * QRMatrix.quietZone) * modulePoints
    }

    /// The QR version (1 to 40) `payload` needs at level M; nil when it cannot be encoded.
    public static func version(for payload: String) -> Int? {
        guard let matrix = try? QRMatrix.cached(payload) else { return nil }
        return (matrix.width - 17) / 4
    }
}
