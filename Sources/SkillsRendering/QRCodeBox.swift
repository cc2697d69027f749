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

    /// Side that gives modules of at least 2 device pixels at 96 dpi for symbols up to version 20 (~600 bytes).
    public static let comfortableSize: Double = 160
}
