/// An opaque colour with red, green and blue components in 0...1.
public struct RGBColor: Sendable, Equatable, Hashable {
    /// Red component, 0...1.
    public var red: Double
    /// Green component, 0...1.
    public var green: Double
    /// Blue component, 0...1.
    public var blue: Double

    /// Creates a colour from components in 0...1.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from a 24-bit hex value such as `0x1C3F5E`.
    public init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255,
            green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255
        )
    }

    /// Pure black.
    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    /// Pure white.
    public static let white = RGBColor(red: 1, green: 1, blue: 1)
}
