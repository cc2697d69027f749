/// A font request resolved by fontconfig at draw time, with per-script fallback.
public struct FontSpec: Sendable, Equatable, Hashable {
    /// How heavy the strokes are.
    public enum Weight: Sendable, Equatable, Hashable {
        case regular, semibold, bold
    }

    /// Fontconfig family name, such as "Noto Sans" or "Noto Serif".
    public var family: String
    /// Stroke weight.
    public var weight: Weight
    /// Whether to use the italic face.
    public var italic: Bool
    /// Size in points.
    public var size: Double

    /// Creates a font request.
    public init(family: String, weight: Weight = .regular, italic: Bool = false, size: Double) {
        self.family = family
        self.weight = weight
        self.italic = italic
        self.size = size
    }

    /// The same font at another size.
    public func sized(_ newSize: Double) -> FontSpec {
        var copy = self
        copy.size = newSize
        return copy
    }
}
